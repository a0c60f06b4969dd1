"""The routes of tickets, feedback, announcements, staff: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.support import views
from miniapp_api.features.support.schemas import ANNOUNCEMENT, FEEDBACK, FEEDBACK_STATUS, TICKET, TICKET_STATUS, TICKET_SUMMARY
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.spec import BOOLEAN, INTEGER, STRING, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("POST", "/tickets", views.open_ticket, "Open a support ticket", "support",
          body=obj({"subject": string(100), "description": string(2000), "category": string(16)},
                   ("subject", "description", "category")), responses={201: TICKET}, errors=(422,)),
    Route("GET", "/tickets", views.my_tickets, "My tickets", "support",
          query=PAGE_QUERY, responses={200: page_schema(TICKET_SUMMARY)}),
    Route("GET", "/tickets/{ticket_id}", views.ticket, "A ticket with its thread", "support",
          responses={200: TICKET}, errors=(404,)),
    Route("POST", "/tickets/{ticket_id}/replies", views.reply, "Reply in a ticket's thread", "support",
          body=obj({"text": string(2000)}, ("text",)), responses={200: TICKET}, errors=(404, 409)),
    Route("POST", "/tickets/{ticket_id}/attachments", views.upload,
          "Attach images or PDF (multipart/form-data, field 'file'; ≤ 10 MB each, type checked by content)",
          "support", responses={201: TICKET}, errors=(404, 409, 413, 422)),
    Route("GET", "/attachments/{attachment_id}", views.attachment, "Download a ticket attachment", "support",
          responses={200: None}, errors=(404,)),
    Route("POST", "/feedback", views.submit_feedback, "Send feedback (problem, suggestion, complaint)", "support",
          body=obj({"kind": {"type": "string", "enum": ["problem", "suggestion", "complaint"]}, "text": string(2000)},
                   ("kind", "text")), responses={201: FEEDBACK}, errors=(422,)),
    Route("GET", "/feedback", views.my_feedback, "My feedback and its status", "support",
          query=PAGE_QUERY, responses={200: page_schema(FEEDBACK)}),
    Route("GET", "/announcements", views.announcements, "Current announcements", "support", auth=False,
          query=PAGE_QUERY, responses={200: page_schema(ANNOUNCEMENT)}),
    Route("PUT", "/account/notifications", views.notification_settings, "Announcement push on or off", "account",
          body=obj({"announcements": BOOLEAN}, ("announcements",)), responses={204: None}),
    Route("GET", "/staff/tickets", views.staff_tickets, "All tickets (staff)", "staff",
          query={"status": TICKET_STATUS, **PAGE_QUERY},
          responses={200: page_schema(TICKET_SUMMARY)}, errors=(403,)),
    Route("POST", "/staff/tickets/{ticket_id}/status", views.staff_ticket_status, "Move a ticket (staff)", "staff",
          body=obj({"status": TICKET_STATUS}, ("status",)), responses={200: TICKET}, errors=(403, 404, 409)),
    Route("POST", "/staff/feedback/{feedback_id}", views.staff_feedback, "Advance feedback (staff)", "staff",
          body=obj({"status": FEEDBACK_STATUS, "note": string(2000)}, ("status",)), responses={200: FEEDBACK},
          errors=(403, 404, 409)),
    Route("POST", "/staff/announcements", views.create_announcement, "Create an announcement (staff)", "staff",
          body=obj({"title": string(100), "body": string(2000), "starts_at": STRING, "ends_at": STRING,
                    "maintenance": BOOLEAN}, ("title", "body", "starts_at", "ends_at")),
          responses={201: ANNOUNCEMENT}, errors=(403, 422)),
    Route("POST", "/staff/announcements/{announcement_id}/publish", views.publish_announcement,
          "Publish an announcement, optionally notifying every user (staff)", "staff",
          body=obj({"notify": BOOLEAN}), responses={200: obj({"announcement": ANNOUNCEMENT, "notified": INTEGER,
                                                               "failed": INTEGER}, ("announcement",))},
          errors=(403, 404, 409)),
)
