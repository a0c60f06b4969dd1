"""The routes of members of the current company: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.companies.schemas import ROLE_NAMES
from miniapp_api.features.members import views
from miniapp_api.features.members.schemas import MEMBER, MEMBER_PATH, TRANSFER_STARTED
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.spec import ID_IN, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("GET", "/company/members", views.members,
          "Members of the current company (owners first), with the 开票人 each prints", "company",
          query=PAGE_QUERY, responses={200: page_schema(MEMBER)}, errors=(409,)),
    Route("PUT", MEMBER_PATH, views.change_role,
          "Change a member's role (owner/admin; an owner only by an owner, never the last owner)", "company",
          body=obj({"role": {"type": "string", "enum": ROLE_NAMES}}, ("role",)), responses={200: MEMBER},
          errors=(403, 404, 409, 422)),
    Route("DELETE", MEMBER_PATH, views.remove,
          "Remove a member from the company (owner/admin; never the last owner); the member is notified",
          "company", responses={204: None}, errors=(403, 404, 409)),
    Route("PUT", MEMBER_PATH + "/issuer-name", views.issuer_name,
          "Set the 开票人 printed on this member's invoices (empty: the registered name); "
          "members set their own, owners/admins anyone's", "company",
          body=obj({"issuer_name": string(32)}, ("issuer_name",)), responses={200: MEMBER},
          errors=(403, 404, 422)),
    Route("POST", "/company/transfer", views.start_transfer,
          "Start handing the company to another member: an SMS code goes to the owner's phone", "company",
          body=obj({"account_id": ID_IN}, ("account_id",)), responses={202: TRANSFER_STARTED},
          errors=(403, 404, 422, 429)),
    Route("POST", "/company/transfer/confirm", views.confirm_transfer,
          "Confirm the transfer with the SMS code: the member becomes owner, the old owner admin", "company",
          body=obj({"account_id": ID_IN, "code": string(12)}, ("account_id", "code")),
          responses={200: MEMBER}, errors=(400, 403, 404, 409, 422)),
)
