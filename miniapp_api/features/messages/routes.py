"""The routes of the message centre, notification preferences and subscribe-message grants."""

from __future__ import annotations

from miniapp_api.features.messages import views
from miniapp_api.features.messages.schemas import (
    Inbox,
    Marked,
    MarkRead,
    Preferences,
    PreferencesInput,
    SubscribeGrants,
    SubscribeRecorded,
    SubscribeResults,
)
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import Route

SELF = ("account",)

ROUTES: tuple[Route, ...] = (
    Route("GET", "/messages", views.inbox, "In-app messages, newest first, with the unread count", "messages",
          roles=SELF, query={"unread": {"type": "string", "enum": ["0", "1"], "description": "1: unread ones only"},
                             **PAGE_QUERY}, responses={200: Inbox},
          description="The caller's messages (invoice issued, approval needed, filing result, deadline "
                      "reminders, ticket replies …), newest first, with the text to show."),
    Route("POST", "/messages/read", views.mark_read, "Mark messages read (ids, or all)", "messages", roles=SELF,
          body=MarkRead, responses={200: Marked},
          description="Marks the caller's messages read: the ids given, or all. Neither is 422 on `ids`."),
    Route("GET", "/account/notification-preferences", views.get_preferences,
          "Notification channels and deadline reminders", "messages", roles=SELF, responses={200: Preferences},
          description="Where the caller's notifications go and when deadline reminders come."),
    Route("PUT", "/account/notification-preferences", views.set_preferences,
          "Choose channels (wechat, miniapp, sms as fallback; the inbox is always on) and reminder days",
          "messages", roles=SELF, body=PreferencesInput, responses={200: Preferences},
          description="Changes what the body names; the rest stays. Side effect: an audit entry."),
    Route("GET", "/account/subscribe-grants", views.subscribe_grants,
          "Subscribe-message templates to request (wx.requestSubscribeMessage) and the unspent grants",
          "messages", roles=SELF, responses={200: SubscribeGrants},
          description="A mini-program may push a subscribe message only once per grant: ask the user with "
                      "wx.requestSubscribeMessage for these template ids when a grant runs out."),
    Route("POST", "/account/subscribe-grants", views.record_subscribe_grants,
          "Record the result of wx.requestSubscribeMessage: each accepted template is one push", "messages",
          roles=SELF, body=SubscribeResults, responses={201: SubscribeRecorded},
          description="Send the object wx.requestSubscribeMessage returned: each `accept` is one grant (one "
                      "push)."),
)
