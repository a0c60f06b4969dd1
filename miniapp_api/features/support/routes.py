"""The routes of tickets, feedback, announcements and the staff desk."""

from __future__ import annotations

from miniapp_api.features.support import views
from miniapp_api.features.support.schemas import (
    Announcement,
    AnnouncementInput,
    Announcements,
    AttachmentUpload,
    Feedback,
    FeedbackAdvance,
    FeedbackInput,
    FeedbackList,
    NotificationSetting,
    Publish,
    Published,
    Reply,
    StatusChange,
    Ticket,
    TicketInput,
    Tickets,
)
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.schema import Binary, Multipart
from miniapp_api.spec import Route

SELF = ("account",)
STAFF = ("staff",)
TICKET = "/tickets/{ticket_id}"
THREAD = "Staff see every ticket; a user sees their own (another's id is 404)."

ROUTES: tuple[Route, ...] = (
    Route("POST", "/tickets", views.open_ticket, "Open a support ticket", "support", roles=SELF, body=TicketInput,
          responses={201: Ticket},
          description="Opens a ticket in one of the help-centre categories. Side effects: staff see it on their "
                      "desk, an audit entry."),
    Route("GET", "/tickets", views.my_tickets, "My tickets", "support", roles=SELF, query=PAGE_QUERY, responses={200: Tickets},
          description="The caller's tickets, newest first (also those opened in chat before logging in)."),
    Route("GET", TICKET, views.ticket, "A ticket with its thread", "support", roles=("account", "staff"),
          responses={200: Ticket}, errors=("not_found",), description="The ticket and its conversation. " + THREAD),
    Route("POST", TICKET + "/replies", views.reply, "Reply in a ticket's thread", "support",
          roles=("account", "staff"), body=Reply, responses={200: Ticket}, errors=("not_found", "ticket_closed"),
          description="Posts in the thread. A user's reply hands the ticket back to staff; a staff reply makes it "
                      "waiting_user and notifies the user. A closed ticket is 409 `ticket_closed`. " + THREAD),
    Route("POST", TICKET + "/attachments", views.upload,
          "Attach images or PDF (multipart/form-data, field 'file'; ≤ 10 MB each, type checked by content)",
          "support", roles=("account", "staff"), multipart=Multipart(AttachmentUpload), responses={201: Ticket},
          errors=("not_found", "ticket_closed"),
          description="Posts files (and an optional text) in the thread, like a reply. A body that is not "
                      "multipart, or has no `file` part, is 422 on `file`; a file over 10 MB or of another type "
                      "is 422 too. " + THREAD),
    Route("GET", "/attachments/{attachment_id}", views.attachment, "Download a ticket attachment", "support",
          roles=("account", "staff"), responses={200: Binary("*/*", "The file as uploaded (image/png, image/jpeg "
                                                                    "or application/pdf)")},
          errors=("not_found",), description="The file of an attachment in one of the caller's tickets."),
    Route("POST", "/feedback", views.submit_feedback, "Send feedback (problem, suggestion, complaint)", "support",
          roles=SELF, body=FeedbackInput, responses={201: Feedback},
          description="Records feedback; staff classify and answer it. Side effect: an audit entry."),
    Route("GET", "/feedback", views.my_feedback, "My feedback and its status", "support", roles=SELF,
          query=PAGE_QUERY, responses={200: FeedbackList}, description="The caller's feedback with staff's public answers."),
    Route("GET", "/announcements", views.announcements, "Current announcements", "support", auth=False,
          roles=("anonymous",), query=PAGE_QUERY, responses={200: Announcements},
          description="Published announcements whose window includes now (maintenance windows too)."),
    Route("PUT", "/account/notifications", views.notification_settings, "Announcement push on or off", "account",
          roles=SELF, body=NotificationSetting, responses={204: None},
          description="Opts the caller out of (or back into) announcement pushes."),
    Route("GET", "/staff/tickets", views.staff_tickets, "All tickets (staff)", "staff", roles=STAFF,
          query={"status": {"type": "string", "enum": ["open", "in_progress", "waiting_user", "resolved",
                                                         "closed"]}, **PAGE_QUERY},
          responses={200: Tickets}, description="Every ticket, newest first, optionally of one status."),
    Route("POST", "/staff/tickets/{ticket_id}/status", views.staff_ticket_status, "Move a ticket (staff)", "staff",
          roles=STAFF, body=StatusChange, responses={200: Ticket}, errors=("not_found", "transition_not_allowed"),
          description="Moves a ticket along open → in_progress → waiting_user → resolved → closed (409 "
                      "`transition_not_allowed` for a move the workflow does not have). Side effects: the user "
                      "is notified, an audit entry."),
    Route("POST", "/staff/feedback/{feedback_id}", views.staff_feedback, "Advance feedback (staff)", "staff",
          roles=STAFF, body=FeedbackAdvance, responses={200: Feedback},
          errors=("not_found", "transition_not_allowed"),
          description="Moves feedback along its workflow; `replied` needs a note, which the user sees. Side "
                      "effects: the user is notified of an answer, an audit entry."),
    Route("POST", "/staff/announcements", views.create_announcement, "Create an announcement (staff)", "staff",
          roles=STAFF, body=AnnouncementInput, responses={201: Announcement},
          description="Drafts an announcement (ISO 8601 times; a bad one is 422 `datetime_format`). A maintenance "
                      "one declares the window in which writes are refused. Side effect: an audit entry."),
    Route("POST", "/staff/announcements/{announcement_id}/publish", views.publish_announcement,
          "Publish an announcement, optionally notifying every user (staff)", "staff", roles=STAFF, body=Publish,
          responses={200: Published}, errors=("not_found", "announcement_published"),
          description="Makes it public and, with notify (the default), pushes it to every user who did not opt "
                      "out. Publishing twice is 409. Side effects: the pushes, an audit entry."),
)
