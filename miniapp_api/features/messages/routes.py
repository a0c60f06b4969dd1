"""The routes of the message centre: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.messages import views
from miniapp_api.features.messages.schemas import PREFERENCES
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.spec import BOOLEAN, ID_IN, INTEGER, STRING, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("GET", "/messages", views.inbox, "In-app messages, newest first, with the unread count",
          "messages", query={"unread": {"type": "string", "enum": ["0", "1"], "description": "1: unread ones only"},
                             **PAGE_QUERY},
          responses={200: page_schema({}, unread=INTEGER)}),
    Route("POST", "/messages/read", views.mark_read, "Mark messages read (ids, or all)", "messages",
          body=obj({"ids": {"type": "array", "items": ID_IN, "maxItems": 1000}, "all": BOOLEAN}),
          responses={200: obj({"marked": INTEGER}, ("marked",))}),
    Route("GET", "/account/notification-preferences", views.get_preferences,
          "Notification channels and deadline reminders", "messages", responses={200: PREFERENCES}),
    Route("PUT", "/account/notification-preferences", views.set_preferences,
          "Choose channels (wechat, miniapp, sms as fallback; the inbox is always on) and reminder days",
          "messages", body=obj({"channels": {"type": "array", "items": {"type": "string", "enum": [
              "wechat", "miniapp", "sms", "inbox"]}}, "reminder_days": {"type": "integer", "minimum": 1,
                                                                        "maximum": 30},
                                "reminders_enabled": BOOLEAN}),
          responses={200: PREFERENCES}, errors=(422,)),
    Route("GET", "/account/subscribe-grants", views.subscribe_grants,
          "Subscribe-message templates to request (wx.requestSubscribeMessage) and the unspent grants",
          "messages", responses={200: obj({"templates": {"type": "array", "items": obj(
              {"kind": STRING, "template_id": STRING}, ("kind", "template_id"))},
              "unspent": {"type": "object", "additionalProperties": INTEGER}}, ("templates", "unspent"))}),
    Route("POST", "/account/subscribe-grants", views.record_subscribe_grants,
          "Record the result of wx.requestSubscribeMessage: each accepted template is one push", "messages",
          body=obj({"results": {"type": "object", "maxProperties": 20,
                                "additionalProperties": string(64)}}, ("results",)),
          responses={201: obj({"recorded": INTEGER, "unspent": {"type": "object",
                                                                "additionalProperties": INTEGER}},
                              ("recorded", "unspent"))}, errors=(422,)),
)
