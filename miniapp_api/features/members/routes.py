"""The routes of the members of the current company: list, role, removal, 开票人, owner transfer."""

from __future__ import annotations

from miniapp_api.features.members import views
from miniapp_api.features.members.schemas import (
    IssuerName,
    Member,
    Members,
    RoleChange,
    TransferConfirm,
    TransferRequest,
    TransferStarted,
)
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import Route

MEMBER_PATH = "/company/members/{account_id}"
MANAGERS = ("owner", "admin")
OWNERSHIP = ("owner_required", "last_owner", "not_found", "no_current_company")

ROUTES: tuple[Route, ...] = (
    Route("GET", "/company/members", views.members,
          "Members of the current company (owners first), with the 开票人 each prints", "company",
          roles=("owner", "admin", "issuer", "accountant", "viewer"), query=PAGE_QUERY, responses={200: Members},
          errors=("no_current_company",),
          description="Every member of the current company with their role and the 开票人 their invoices print."),
    Route("PUT", MEMBER_PATH, views.change_role,
          "Change a member's role (owner/admin; an owner only by an owner, never the last owner)", "company",
          roles=MANAGERS, body=RoleChange, responses={200: Member}, errors=OWNERSHIP,
          description="Gives a member another role. An owner's role changes only by an owner, and never the "
                      "last owner's (409 `last_owner`). Side effects: the member is notified, an audit entry."),
    Route("DELETE", MEMBER_PATH, views.remove,
          "Remove a member from the company (owner/admin; never the last owner); the member is notified",
          "company", roles=MANAGERS, responses={204: None}, errors=OWNERSHIP,
          description="Removes a member (an owner only by an owner, never the last owner). Side effects: the "
                      "member is notified, an audit entry."),
    Route("PUT", MEMBER_PATH + "/issuer-name", views.issuer_name,
          "Set the 开票人 printed on this member's invoices (empty: the registered name); "
          "members set their own, owners/admins anyone's", "company",
          roles=("owner", "admin", "issuer", "accountant", "viewer"), body=IssuerName, responses={200: Member},
          errors=("not_found", "permission_denied", "no_current_company"),
          description="Any member sets their own 开票人; owners and admins set anyone's (403 otherwise). Invoices "
                      "issued from now on print it. Side effect: an audit entry."),
    Route("POST", "/company/transfer", views.start_transfer,
          "Start handing the company to another member: an SMS code goes to the owner's phone", "company",
          roles=("owner",), body=TransferRequest, responses={202: TransferStarted},
          errors=("owner_required", "not_found", "rate_limited", "no_current_company"),
          description="Only an owner. Sends an SMS code to the owner's phone (the SMS limits apply); the transfer "
                      "waits for /company/transfer/confirm while the code lives. Transferring to oneself is 422 "
                      "on account_id."),
    Route("POST", "/company/transfer/confirm", views.confirm_transfer,
          "Confirm the transfer with the SMS code: the member becomes owner, the old owner admin", "company",
          roles=("owner",), body=TransferConfirm, responses={200: Member},
          errors=("owner_required", "not_found", "transfer_not_started", "sms_code_invalid", "sms_code_expired",
                  "sms_code_exhausted", "no_current_company"),
          description="With the code of /company/transfer: the member becomes owner and the caller admin. Side "
                      "effects: both are notified, an audit entry."),
)
