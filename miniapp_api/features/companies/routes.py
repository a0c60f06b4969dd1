"""The routes of companies: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.companies import views
from miniapp_api.features.companies.schemas import COMPANY_IN, COMPANY_OUT, INVITE, ROLE_NAMES
from miniapp_api.spec import ID_IN, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("POST", "/companies", views.create, "Create a company", "company", body=COMPANY_IN,
          responses={201: COMPANY_OUT}, errors=(409, 422)),
    Route("GET", "/company", views.current, "The current company", "company", responses={200: COMPANY_OUT},
          errors=(409,)),
    Route("POST", "/company/authorization", views.authorize,
          "Enter the taxpayer's authorisation code (the company may issue from then on)", "company",
          body=obj({"code": string(16)}, ("code",)), responses={200: COMPANY_OUT}, errors=(403, 422)),
    Route("POST", "/company/authorization/request", views.request_authorization,
          "Ask the invoicing platform for the taxpayer's authorisation again", "company",
          responses={200: COMPANY_OUT}, errors=(403,)),
    Route("PUT", "/company", views.update, "Update the current company and its invoice settings", "company", body=COMPANY_IN,
          responses={200: COMPANY_OUT}, errors=(403, 409, 422)),
    Route("POST", "/company/switch", views.switch, "Switch the current company", "company",
          body=obj({"company_id": ID_IN}, ("company_id",)), responses={200: COMPANY_OUT}, errors=(404,)),
    Route("POST", "/company/invites", views.invite, "Create a one-time invite code", "company",
          body=obj({"role": {"type": "string", "enum": ROLE_NAMES}}, ("role",)),
          responses={201: INVITE}, errors=(403,)),
    Route("POST", "/companies/join", views.join, "Join a company with an invite code", "company",
          body=obj({"code": string(32)}, ("code",)), responses={200: COMPANY_OUT}, errors=(409, 422)),
)
