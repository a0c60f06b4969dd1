"""The routes of companies: create, read and update the current one, authorise, switch, invite, join."""

from __future__ import annotations

from miniapp_api.features.companies import views
from miniapp_api.features.companies.schemas import (
    AuthorizationCode,
    Company,
    CompanyInput,
    Invite,
    InviteRequest,
    JoinRequest,
    Switch,
)
from miniapp_api.spec import Route

MEMBER = ("owner", "admin", "issuer", "accountant", "viewer")
MANAGERS = ("owner", "admin")

ROUTES: tuple[Route, ...] = (
    Route("POST", "/companies", views.create, "Create a company", "company", roles=("account",),
          body=CompanyInput, responses={201: Company}, errors=("company_exists",),
          description="Registers a company; the caller becomes its owner and it becomes their current company. "
                      "It cannot issue until the taxpayer authorises it (auth_state pending, see "
                      "/company/authorization); a tax id another registration already authorised is 409 "
                      "`company_exists`. Side effects: the invoicing platform is asked for the taxpayer's "
                      "authorisation, an audit entry."),
    Route("GET", "/company", views.current, "The current company", "company", roles=MEMBER,
          responses={200: Company}, errors=("no_current_company",),
          description="The company the company-scoped routes act on, with the caller's role."),
    Route("POST", "/company/authorization", views.authorize,
          "Enter the taxpayer's authorisation code (the company may issue from then on)", "company",
          roles=MANAGERS, body=AuthorizationCode, responses={200: Company}, errors=("no_current_company",),
          description="The taxpayer authorises the platform in their 税务数字账户 and gets a code; entering it "
                      "here makes auth_state authorized. A wrong code is 422 on `code`. Side effect: an audit "
                      "entry."),
    Route("POST", "/company/authorization/request", views.request_authorization,
          "Ask the invoicing platform for the taxpayer's authorisation again", "company", roles=MANAGERS,
          responses={200: Company}, errors=("no_current_company", "platform_unavailable"),
          description="Asks the invoicing platform to send the taxpayer a new authorisation request (after the "
                      "first one lapsed)."),
    Route("PUT", "/company", views.update, "Update the current company and its invoice settings", "company",
          roles=MANAGERS, body=CompanyInput, responses={200: Company},
          errors=("no_current_company", "company_exists"),
          description="Changes the registration and invoice settings; fields the body leaves out keep their "
                      "value. The tax id cannot change once invoices exist (422 `tax_id_locked` on tax_id). "
                      "Side effect: an audit entry with what changed."),
    Route("POST", "/company/switch", views.switch, "Switch the current company", "company", roles=("account",),
          body=Switch, responses={200: Company}, errors=("not_found",),
          description="Makes another company the caller belongs to the current one (404 for any other id). "
                      "Side effect: an audit entry."),
    Route("POST", "/company/invites", views.invite, "Create a one-time invite code", "company", roles=MANAGERS,
          body=InviteRequest, responses={201: Invite}, errors=("no_current_company",),
          description="A code that lets one account join the current company with the role given; it works "
                      "once, for 7 days. Side effect: an audit entry."),
    Route("POST", "/companies/join", views.join, "Join a company with an invite code", "company",
          roles=("account",), body=JoinRequest, responses={200: Company},
          errors=("invite_invalid", "already_member"),
          description="Joins the company of the invite with its role; it becomes the current company. Side "
                      "effects: the code is used up, an audit entry."),
)
