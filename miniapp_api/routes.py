"""Every API route in one table: method, path, view, schemas."""

from __future__ import annotations

from typing import Any

from miniapp_api.scan_routes import SCAN_ROUTES
from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, Route, obj, string
from miniapp_api.views import (
    account,
    audit,
    auth,
    companies,
    exports,
    filings,
    help,
    input_invoices,
    invoices,
    members,
    messages,
    support,
)

PHONE = string(20, description="Mainland China mobile number")
PURPOSES = ["register", "login", "reset", "second_factor"]
ROLE_NAMES = ["admin", "issuer", "accountant", "viewer"]
TOKEN = obj({"token": STRING}, ("token",))
#: Integers a client sends: bounded to what the database columns hold (an unbounded id was a 500).
ID_IN = {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
COUNT_IN = {"type": "integer", "minimum": 0, "maximum": 2**31 - 1}

MEMBERSHIP = obj({"company_id": INTEGER, "company_name": STRING, "tax_id": STRING, "role": STRING,
                  "current": BOOLEAN}, ("company_id", "company_name", "role", "current"))
ACCOUNT = obj(
    {
        "id": INTEGER, "masked_phone": STRING, "display_name": STRING, "email": NULLABLE_STRING,
        "second_factor": {"type": ["string", "null"], "enum": ["totp", "sms", None]},
        "bound_wechat": BOOLEAN, "memberships": {"type": "array", "items": MEMBERSHIP},
    },
    ("id", "masked_phone", "display_name", "memberships"),
)
COMPANY_FIELDS = {
    "name": string(100), "tax_id": string(20),
    "taxpayer_kind": {"type": "string", "enum": ["general", "small_scale"]},
    "region": string(2), "address_phone": string(200), "bank_account": string(200),
    "issuer_name": string(32),
    "allowed_kinds": {"type": "array", "items": {"type": "string", "enum": ["normal", "special"]}},
    "default_rate": {"type": ["string", "null"], "maxLength": 16},
    "invoice_limit": {"type": ["number", "string", "null"]},
    "approval_required": BOOLEAN,
}
COMPANY_IN = obj(COMPANY_FIELDS, ("name", "tax_id"))
COMPANY_OUT = obj(
    {**COMPANY_FIELDS, "id": INTEGER, "role": STRING, "invoice_limit": {"type": ["string", "null"]},
     "auth_state": {"type": "string", "enum": ["pending", "authorized", "superseded"]}},
    ("id", "name", "tax_id", "taxpayer_kind", "role"),
)
MEMBER = obj({"account_id": INTEGER, "display_name": STRING, "masked_phone": STRING,
              "role": {"type": "string", "enum": ["owner", *ROLE_NAMES]}, "issuer_name": STRING,
              "issuer_name_default": BOOLEAN, "is_self": BOOLEAN},
             ("account_id", "display_name", "role", "issuer_name", "is_self"))
MEMBER_PATH = "/company/members/{account_id}"
TRANSFER_STARTED = obj({"to_account_id": INTEGER, "to_name": STRING, "masked_phone": STRING},
                       ("to_account_id", "to_name", "masked_phone"))
INVITE = obj({"code": STRING, "role": STRING, "expires_at": STRING, "company_name": STRING},
             ("code", "role", "expires_at"))

MONEY = {"type": ["string", "number"]}
MONEY_OUT = {"type": "string"}
NULL_MONEY_OUT = {"type": ["string", "null"]}
BUYER = obj({
    "name": string(100), "tax_id": string(20), "address_phone": string(200), "bank_account": string(200),
    "is_person": BOOLEAN, "email": string(254), "phone": string(20),
}, ("name",))
BUYER_TITLE = obj({"type": {"type": ["string", "integer"]}, "title": string(100), "taxNumber": string(20),
                   "companyAddress": string(200), "telephone": string(40), "bankName": string(100),
                   "bankAccount": string(100)}, ("title",),
                  description="The object wx.chooseInvoiceTitle returns (type 0 = company, 1 = person)")
LINE_IN = obj({"name": string(90), "amount": MONEY, "quantity": MONEY, "unit_price": MONEY,
               "rate": {"type": ["string", "number"]}, "tax_code": string(19), "spec": string(40),
               "unit": string(20),
               "discount": {"type": ["string", "number"], "maxLength": 20, "description": (
                   "折扣行 printed right under this line (国税函〔2010〕56号): money (50) or a percentage "
                   "('10%') of the line, including tax when price_includes_tax; it comes back as the next "
                   "line with negative amount and tax")}}, ("name",))
INVOICE_IN = obj({
    "kind": {"type": "string", "enum": ["normal", "special"]}, "buyer": BUYER, "buyer_title": BUYER_TITLE,
    "lines": {"type": "array", "items": LINE_IN, "minItems": 1, "maxItems": 100},
    "price_includes_tax": BOOLEAN, "remark": string(200), "draft": BOOLEAN, "save_buyer": BOOLEAN,
    "waive_relief": {"type": "boolean", "description": (
        "Small-scale seller only, on a 专票 (kind special) while the 3%->1% relief runs: give the relief up "
        "for this invoice and issue at 3% (国家税务总局公告2023年第1号 第三条). Without it a typed 3% is "
        "refused (rate_waiver_required) and lines default to 1%. Ignored otherwise.")},
}, ("kind", "lines"))
LINE_OUT = obj({"position": INTEGER, "name": STRING, "printed_name": STRING, "tax_code": STRING, "spec": STRING,
                "unit": STRING, "quantity": NULL_MONEY_OUT, "unit_price": NULL_MONEY_OUT, "amount": MONEY_OUT,
                "rate": STRING, "rate_label": STRING, "tax": MONEY_OUT,
                "original_position": {"type": ["integer", "null"]}},
               ("position", "printed_name", "amount", "rate", "tax"))
EVENT = obj({"at": STRING, "action": STRING, "actor_id": {"type": ["integer", "null"]}, "channel": STRING,
             "detail": {"type": "object"}}, ("at", "action"))
INVOICE = obj({
    "id": INTEGER, "kind": STRING, "status": {"type": "string", "enum": [
        "draft", "pending", "issuing", "issued", "voided", "red_partial", "red_full"]},
    "is_red": BOOLEAN, "number": NULLABLE_STRING, "issue_date": NULLABLE_STRING, "buyer_name": STRING,
    "buyer_tax_id": STRING, "buyer_is_person": BOOLEAN, "total_amount": MONEY_OUT, "total_tax": MONEY_OUT,
    "total": MONEY_OUT, "total_in_words": STRING, "remark": STRING, "original_id": {"type": ["integer", "null"]},
    "reissued_from_id": {"type": ["integer", "null"]}, "pending_action": STRING, "reason": STRING,
    "verify_url": NULLABLE_STRING, "pdf_url": NULLABLE_STRING, "new_buyer": BOOLEAN,
    "lines": {"type": "array", "items": LINE_OUT}, "events": {"type": "array", "items": EVENT},
    "qr_payload": STRING, "red_confirmation_no": STRING,
}, ("id", "kind", "status", "number", "total", "lines", "verify_url"))
INVOICE_PAGE = obj({"items": {"type": "array", "items": INVOICE}, "next_cursor": NULLABLE_STRING},
                   ("items", "next_cursor"))
REASON = obj({"reason": string(200)}, ("reason",))
RED_IN = obj({"reason_code": {"type": "string", "enum": ["mistake", "return", "suspension", "allowance"]},
              "lines": {"type": "array", "items": obj({"position": ID_IN, "quantity": MONEY, "amount": MONEY,
                                                                      "total": MONEY},
                                                      ("position",))}}, ("reason_code",))
BINARY = {"type": "string", "contentMediaType": "application/octet-stream"}
SEARCH_QUERY: dict[str, dict[str, Any]] = {
    "number": string(24), "code": string(12), "date_from": {"type": "string", "format": "date"},
    "date_to": {"type": "string", "format": "date"}, "buyer": string(100),
    "status": {"type": "string", "enum": ["draft", "pending", "issued", "voided", "red_partial", "red_full"]},
    "kind": {"type": "string", "enum": ["normal", "special"]},
    "min_total": STRING, "max_total": STRING, "sort": {"type": "string", "enum": ["-id", "id", "-total", "total"]},
    "cursor": STRING, "limit": {"type": "integer", "minimum": 1, "maximum": 100},
}
VERIFICATION = obj({"number": STRING, "issue_date": STRING, "seller_name": STRING, "buyer_masked": STRING,
                    "total": MONEY_OUT, "status": STRING, "is_red": BOOLEAN, "kind": STRING},
                   ("number", "issue_date", "seller_name", "buyer_masked", "total", "status"),
                   additionalProperties=False)
ONE = "/invoices/{invoice_id}"
PREFERENCES = obj({"channels": {"type": "array", "items": STRING}, "reminder_days": INTEGER,
                   "reminders_enabled": BOOLEAN}, ("channels", "reminder_days", "reminders_enabled"))
FILING = obj({"id": INTEGER, "tax_type": STRING, "period": STRING, "status": {"type": "string", "enum": [
    "draft", "submitted", "accepted", "reviewing", "needs_materials", "succeeded", "failed", "paid", "cancelled"]},
    "version": INTEGER, "payable": STRING, "declared_sales": STRING, "due_date": STRING, "receipt": NULLABLE_STRING,
    "message": STRING, "figures": {"type": "object"}, "events": {"type": "array", "items": obj(
        {"at": STRING, "status": STRING, "version": INTEGER, "message": STRING}, ("at", "status"))},
    "surcharges": STRING, "total_due": STRING, "overdue": BOOLEAN},
    ("id", "tax_type", "period", "status", "payable", "due_date", "events", "surcharges", "total_due", "overdue"))
#: The company's filing profile: 纳税期限 and the CIT figures the 小型微利 test needs (null: not asked yet).
FILING_PROFILE = obj({"taxpayer_kind": STRING, "vat_period": {"type": "string", "enum": ["month", "quarter"]},
                      "employees": {"type": ["integer", "null"]}, "assets": NULLABLE_STRING,
                      "restricted_industry": {"type": ["boolean", "null"]}, "prior_losses": NULLABLE_STRING},
                     ("taxpayer_kind", "vat_period", "employees", "assets", "restricted_industry", "prior_losses"))
INPUT_KINDS = ["special", "normal", "toll", "rail", "air"]
INPUT_INVOICE = obj({"id": INTEGER, "kind": {"type": "string", "enum": INPUT_KINDS}, "code": STRING,
                     "number": STRING, "issue_date": STRING, "seller_name": STRING, "seller_tax_id": STRING,
                     "amount": STRING, "tax": STRING, "deductible": BOOLEAN,
                     "source": {"type": "string", "enum": ["platform", "typed", "import", "qr", "pdf", "ofd", "xml"]},
                     "qr_kind": STRING, "rate_code": STRING, "total": NULL_MONEY_OUT, "item_category": STRING,
                     "not_deductible_code": STRING, "deductible_tax": STRING,
                     "use": {"type": "string", "enum": ["", "deduct", "not_deduct"]}, "use_period": NULLABLE_STRING,
                     "use_reason": STRING},
                    ("id", "kind", "number", "amount", "tax", "deductible", "deductible_tax", "use", "source"))
INPUT_PAGE = obj({"items": {"type": "array", "items": INPUT_INVOICE}, "next_cursor": NULLABLE_STRING},
                 ("items", "next_cursor"))
STATISTICS_STATE = {"type": "string", "enum": ["open", "applied", "signed"]}
INPUT_OVERVIEW = obj({"month": STRING, "count": INTEGER, "amount": MONEY_OUT, "tax": MONEY_OUT,
                      "unconfirmed": INTEGER, "unconfirmed_special": INTEGER, "use_period": STRING,
                      "statistics": STATISTICS_STATE, "deducted_count": INTEGER, "deducted_tax": MONEY_OUT,
                      "items": {"type": "array", "items": INPUT_INVOICE}},
                     ("month", "count", "tax", "unconfirmed", "use_period", "statistics", "items"))
INPUT_CONFIRMED = obj({"decision": STRING, "period": STRING, "done": {"type": "array", "items": INPUT_INVOICE},
                       "transfers_out": {"type": "array", "items": STRING}},
                      ("decision", "period", "done", "transfers_out"))
INPUT_REASON = obj({"code": STRING, "label": STRING}, ("code", "label"))
INPUT_NUMBER = {"type": "string", "minLength": 8, "maxLength": 24, "pattern": "^[0-9]+$"}
ATTACHMENT_META = obj({"id": INTEGER, "filename": STRING, "media_type": STRING, "size": INTEGER, "sha256": STRING},
                      ("id", "filename", "media_type", "size"))
TICKET_SUMMARY = obj({"id": INTEGER, "subject": STRING, "category": STRING, "status": STRING, "anonymous": BOOLEAN,
                     "contact_phone": STRING}, ("id", "subject", "status"))
TICKET_MESSAGE = obj({"id": INTEGER, "author_id": {"type": ["integer", "null"]}, "from_staff": BOOLEAN,
                     "body": STRING, "created_at": STRING, "attachments": {"type": "array", "items": ATTACHMENT_META}},
                    ("id", "from_staff", "body", "created_at"),
                    description="One post of the conversation: the user's (from_staff false) or staff's")
TICKET = obj({"id": INTEGER, "subject": STRING, "category": STRING, "status": STRING,
              "messages": {"type": "array", "items": TICKET_MESSAGE}, "anonymous": BOOLEAN,
              "contact_phone": STRING}, ("id", "subject", "status", "messages"))
FEEDBACK = obj({"id": INTEGER, "kind": STRING, "status": STRING}, ("id", "kind", "status"))
ANNOUNCEMENT = obj({"id": INTEGER, "title": STRING, "body": STRING, "starts_at": STRING, "ends_at": STRING,
                    "maintenance": BOOLEAN, "published_at": NULLABLE_STRING}, ("id", "title", "body", "starts_at",
                                                                               "ends_at", "maintenance"))
TICKET_STATUS = {"type": "string", "enum": ["open", "in_progress", "waiting_user", "resolved", "closed"]}
FEEDBACK_STATUS = {"type": "string", "enum": ["received", "classified", "investigating", "replied",
                                              "following_up", "closed"]}
FAQ_ENTRY = obj({"id": STRING, "category": STRING, "question": STRING, "answer": STRING,
                 "keywords": {"type": "array", "items": STRING}, "synonyms": {"type": "array", "items": STRING},
                 "next_action": NULLABLE_STRING}, ("id", "category", "question", "answer"))
CONFIRMATION_STATE = {"type": "string", "enum": [
    "no_confirmation_needed", "seller_pending_buyer", "buyer_pending_seller", "confirmed", "lapsed", "revoked",
    "refused"]}
CONFIRMATION = obj({"confirmation_no": STRING, "state": CONFIRMATION_STATE, "blue_number": STRING,
                    "seller_name": STRING, "buyer_name": STRING, "initiator": {"type": "string", "enum": [
                        "seller", "buyer"]}, "reason_code": STRING, "total": STRING, "created_at": STRING,
                    "expires_at": {"type": ["string", "null"]}, "red_number": {"type": ["string", "null"]},
                    "as_seller": BOOLEAN, "awaiting_me": BOOLEAN, "direction": STRING},
                   ("confirmation_no", "state", "blue_number", "seller_name", "buyer_name", "total"))
CONFIRMATION_IN = obj({"number": string(24), "reason_code": {"type": "string", "enum": [
    "mistake", "return", "suspension", "allowance"]}}, ("number", "reason_code"))
PRODUCT = obj({"id": INTEGER, "name": STRING, "tax_code": STRING, "printed_name": STRING, "rate": STRING,
               "unit": STRING, "spec": STRING, "unit_price": NULL_MONEY_OUT, "price_includes_tax": BOOLEAN},
              ("id", "name", "tax_code", "printed_name"))
EXPORT_JOB = obj({"id": STRING, "format": STRING, "status": {"type": "string", "enum": ["queued", "running", "done", "failed"]},
                  "processed": INTEGER, "total": INTEGER, "percent": INTEGER, "filename": STRING, "error": STRING,
                  "download_url": NULLABLE_STRING}, ("id", "status", "processed", "total", "percent", "download_url"))

AUDIT_ITEM = obj({"id": INTEGER, "seq": {"type": ["integer", "null"]}, "at": STRING,
                  "actor_id": {"type": ["integer", "null"]}, "company_id": {"type": ["integer", "null"]},
                  "channel": STRING, "action": STRING, "action_label": STRING, "target": STRING,
                  "detail": {"type": "object"}}, ("id", "seq", "at", "actor_id", "company_id", "channel", "action",
                                                  "action_label", "target", "detail"))
AUDIT_PAGE = obj({"items": {"type": "array", "items": AUDIT_ITEM}, "next_cursor": NULLABLE_STRING},
                 ("items", "next_cursor"))
AUDIT_QUERY: dict[str, dict[str, Any]] = {
    "action": {"type": "string", "description": "exact action, or a prefix ending in '.' (e.g. invoice.)"},
    "actor_id": INTEGER, "since": {"type": "string", "format": "date-time"},
    "until": {"type": "string", "format": "date-time"}, "cursor": STRING,
    "limit": {"type": "integer", "minimum": 1, "maximum": 100},
}

#: Re-authentication for second-factor changes: the password, or a code of the current second factor.
REAUTH = obj({"password": string(256), "code": string(16)})
BINDING = obj({"id": INTEGER, "app": {"type": "string", "enum": ["mp", "miniapp"]}, "masked_openid": STRING,
               "created_at": {"type": "string", "format": "date-time"}, "current": BOOLEAN},
              ("id", "app", "masked_openid", "created_at"))

ROUTES: tuple[Route, ...] = (
    # -- auth (public) --------------------------------------------------------
    Route("POST", "/auth/sms-codes", auth.request_code, "Send an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}}, ("phone", "purpose")),
          responses={202: obj({"phone": STRING, "expires_in": INTEGER}, ("phone", "expires_in"))},
          errors=(422, 429)),
    Route("POST", "/auth/sms-codes/verify", auth.verify_code, "Check a code and get a one-time proof", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}, "code": string(6)},
                   ("phone", "purpose", "code")),
          responses={200: obj({"proof": STRING, "expires_in": INTEGER}, ("proof",))}, errors=(409, 422)),
    Route("POST", "/auth/register", auth.register, "Register (with a code or a proof)", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "password": string(256),
                    "email": {"type": ["string", "null"], "maxLength": 254}, "display_name": string(64)},
                   ("phone", "password", "display_name")),
          responses={201: obj({"account_id": INTEGER, "token": STRING}, ("account_id", "token"))},
          errors=(409, 422)),
    Route("POST", "/auth/login", auth.login, "Log in with phone and password", "auth", auth=False,
          body=obj({"phone": PHONE, "password": string(256), "second_factor": string(16)}, ("phone", "password")),
          responses={200: TOKEN}, errors=(401, 422, 423, 429)),
    Route("POST", "/auth/login/second-factor", auth.login_second_factor, "Finish the second factor", "auth", auth=False,
          body=obj({"ticket": string(64), "code": string(16)}, ("ticket", "code")),
          responses={200: TOKEN}, errors=(401, 423)),
    Route("POST", "/auth/login/sms", auth.login_sms, "Log in with an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6)}, ("phone", "code")),
          responses={200: TOKEN}, errors=(422, 423)),
    Route("POST", "/auth/wechat", auth.login_wechat, "Log in with a wx.login code", "auth", auth=False,
          body=obj({"code": string(128)}, ("code",)),
          responses={200: obj({"token": NULLABLE_STRING, "bound": BOOLEAN}, ("token", "bound"))}),
    Route("POST", "/auth/logout", auth.logout, "Log out", "auth", responses={204: None}),
    Route("POST", "/auth/password-reset/email-code", auth.reset_email_code, "Send a password-reset code by e-mail", "auth",
          auth=False, body=obj({"phone": PHONE}, ("phone",)),
          responses={202: obj({"email": STRING, "expires_in": INTEGER}, ("email",))}, errors=(422, 429)),
    Route("POST", "/auth/password-reset", auth.reset_password, "Reset the password with a code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "new_password": string(256)},
                   ("phone", "new_password")),
          responses={204: None}, errors=(422,)),
    # -- account --------------------------------------------------------------
    Route("GET", "/account", account.me, "The signed-in account", "account", responses={200: ACCOUNT}),
    Route("POST", "/account/second-factor/totp", account.start_totp, "Start authenticator (TOTP) setup", "account",
          body=REAUTH,
          responses={200: obj({"secret": STRING, "provisioning_uri": STRING, "qr_png": STRING},
                              ("secret", "provisioning_uri", "qr_png"))}, errors=(401, 422, 423)),
    Route("POST", "/account/second-factor/totp/confirm", account.confirm_totp, "Confirm the authenticator", "account",
          body=obj({"code": string(16)}, ("code",)),
          responses={200: obj({"recovery_codes": {"type": "array", "items": STRING}}, ("recovery_codes",))},
          errors=(401,)),
    Route("PUT", "/account/second-factor", account.set_second_factor, "Turn the SMS second factor on or off", "account",
          body=obj({"method": {"type": "string", "enum": ["sms", "off"]}, **REAUTH["properties"]}, ("method",)),
          responses={204: None}, errors=(401, 422, 423)),
    Route("POST", "/account/password", account.change_password, "Change the password (ends every session and binding)",
          "account", body=obj({"current_password": string(256), "new_password": string(256)},
                              ("current_password", "new_password")),
          responses={204: None}, errors=(401, 422, 423)),
    Route("GET", "/account/bindings", account.bindings, "WeChat and mini-program users bound to the account",
          "account", responses={200: obj({"items": {"type": "array", "items": BINDING}}, ("items",))}),
    Route("DELETE", "/account/bindings/{binding_id}", account.remove_binding, "Unbind one WeChat or mini-program user",
          "account", responses={204: None}, errors=(404,)),
    Route("POST", "/account/wechat-binding", account.bind_wechat, "Bind this mini-program user", "account",
          body=obj({"code": string(128)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("DELETE", "/account/wechat-binding", account.unbind_wechat, "Unbind this mini-program user", "account",
          body=obj({"code": string(128)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("POST", "/accounts/unlock", account.unlock, "Unlock a member's account (admin)", "account",
          body=obj({"phone": PHONE}, ("phone",)), responses={204: None}, errors=(403, 404)),
    # -- companies ------------------------------------------------------------
    Route("POST", "/companies", companies.create, "Create a company", "company", body=COMPANY_IN,
          responses={201: COMPANY_OUT}, errors=(409, 422)),
    Route("GET", "/company", companies.current, "The current company", "company", responses={200: COMPANY_OUT},
          errors=(409,)),
    Route("POST", "/company/authorization", companies.authorize,
          "Enter the taxpayer's authorisation code (the company may issue from then on)", "company",
          body=obj({"code": string(16)}, ("code",)), responses={200: COMPANY_OUT}, errors=(403, 422)),
    Route("POST", "/company/authorization/request", companies.request_authorization,
          "Ask the invoicing platform for the taxpayer's authorisation again", "company",
          responses={200: COMPANY_OUT}, errors=(403,)),
    Route("PUT", "/company", companies.update, "Update the current company and its invoice settings", "company", body=COMPANY_IN,
          responses={200: COMPANY_OUT}, errors=(403, 409, 422)),
    Route("POST", "/company/switch", companies.switch, "Switch the current company", "company",
          body=obj({"company_id": ID_IN}, ("company_id",)), responses={200: COMPANY_OUT}, errors=(404,)),
    Route("GET", "/company/members", members.members,
          "Members of the current company (owners first), with the 开票人 each prints", "company",
          responses={200: obj({"items": {"type": "array", "items": MEMBER}}, ("items",))}, errors=(409,)),
    Route("PUT", MEMBER_PATH, members.change_role,
          "Change a member's role (owner/admin; an owner only by an owner, never the last owner)", "company",
          body=obj({"role": {"type": "string", "enum": ROLE_NAMES}}, ("role",)), responses={200: MEMBER},
          errors=(403, 404, 409, 422)),
    Route("DELETE", MEMBER_PATH, members.remove,
          "Remove a member from the company (owner/admin; never the last owner); the member is notified",
          "company", responses={204: None}, errors=(403, 404, 409)),
    Route("PUT", MEMBER_PATH + "/issuer-name", members.issuer_name,
          "Set the 开票人 printed on this member's invoices (empty: the registered name); "
          "members set their own, owners/admins anyone's", "company",
          body=obj({"issuer_name": string(32)}, ("issuer_name",)), responses={200: MEMBER},
          errors=(403, 404, 422)),
    Route("POST", "/company/transfer", members.start_transfer,
          "Start handing the company to another member: an SMS code goes to the owner's phone", "company",
          body=obj({"account_id": ID_IN}, ("account_id",)), responses={202: TRANSFER_STARTED},
          errors=(403, 404, 422, 429)),
    Route("POST", "/company/transfer/confirm", members.confirm_transfer,
          "Confirm the transfer with the SMS code: the member becomes owner, the old owner admin", "company",
          body=obj({"account_id": ID_IN, "code": string(12)}, ("account_id", "code")),
          responses={200: MEMBER}, errors=(400, 403, 404, 409, 422)),
    Route("POST", "/company/invites", companies.invite, "Create a one-time invite code", "company",
          body=obj({"role": {"type": "string", "enum": ROLE_NAMES}}, ("role",)),
          responses={201: INVITE}, errors=(403,)),
    Route("POST", "/companies/join", companies.join, "Join a company with an invite code", "company",
          body=obj({"code": string(32)}, ("code",)), responses={200: COMPANY_OUT}, errors=(409, 422)),
    # -- audit trail ----------------------------------------------------------
    Route("GET", "/companies/{company_id}/audit", audit.company_trail,
          "The company's audit trail, newest first (owner or admin; platform staff)", "audit",
          query=AUDIT_QUERY, responses={200: AUDIT_PAGE}, errors=(403, 404, 422)),
    Route("GET", "/audit", audit.all_entries, "The whole audit log, newest first (platform staff)", "audit",
          query={**AUDIT_QUERY, "company_id": INTEGER}, responses={200: AUDIT_PAGE}, errors=(403, 422)),
    # -- invoices -------------------------------------------------------------
    Route("POST", "/invoices", invoices.create, "Issue an invoice (or save a draft); honours Idempotency-Key",
          "invoice", body=INVOICE_IN, responses={201: INVOICE}, errors=(403, 409, 422)),
    Route("GET", "/invoices", invoices.search, "Search invoices (filters, sorting, cursor pagination)", "invoice",
          query=SEARCH_QUERY, responses={200: INVOICE_PAGE}),
    Route("GET", ONE, invoices.detail, "An invoice with its lines and history", "invoice",
          responses={200: INVOICE}, errors=(404,)),
    Route("PUT", ONE, invoices.update, "Edit a draft (issued invoices are immutable)", "invoice", body=INVOICE_IN,
          responses={200: INVOICE}, errors=(404, 409)),
    Route("DELETE", ONE, invoices.delete, "Delete a draft", "invoice", responses={204: None}, errors=(404, 409)),
    Route("POST", ONE + "/issue", invoices.issue, "Issue a draft (or submit it for approval)", "invoice",
          responses={200: INVOICE}, errors=(404, 409)),
    Route("POST", ONE + "/approve", invoices.approve, "Approve the pending action", "invoice",
          responses={200: INVOICE}, errors=(403, 404, 409)),
    Route("POST", ONE + "/reject", invoices.reject, "Reject the pending action with a reason", "invoice",
          body=REASON, responses={200: INVOICE}, errors=(403, 404, 409)),
    Route("POST", ONE + "/void", invoices.void,
          "No 作废 for an electronic 数电票: always 409, saying the correction is 红冲 then 重开 (drafts: DELETE)",
          "invoice", body=REASON, errors=(404, 409)),
    Route("POST", ONE + "/red-letter", invoices.red_letter, "Red-letter an invoice, fully or by lines", "invoice",
          body=RED_IN, responses={201: INVOICE, 202: INVOICE}, errors=(404, 409)),
    Route("POST", ONE + "/reissue", invoices.reissue, "重开: start a corrected draft from a red-lettered invoice",
          "invoice", responses={201: INVOICE}, errors=(404, 409)),
    Route("GET", ONE + "/corrections", invoices.corrections, "Which corrections apply now, and why", "invoice",
          responses={200: obj({"editable": BOOLEAN, "red": BOOLEAN, "reissue": BOOLEAN},
                              ("editable", "red", "reissue"))}, errors=(404,)),
    Route("GET", ONE + "/pdf", invoices.pdf, "The invoice PDF", "invoice", responses={200: None}, errors=(404, 409)),
    Route("GET", ONE + "/qr.png", invoices.qr_png, "QR code (PNG) of the verification link", "invoice",
          responses={200: None}, errors=(404, 409)),
    Route("POST", ONE + "/deliver", invoices.deliver, "Send the PDF by e-mail and/or the link by SMS to the buyer",
          "invoice", body=obj({"email": string(254), "phone": string(20)}),
          responses={200: obj({"deliveries": {"type": "array", "items": obj(
              {"channel": STRING, "to_masked": STRING}, ("channel", "to_masked"))}}, ("deliveries",))},
          errors=(404, 409, 422, 429)),
    Route("GET", "/red-confirmations", invoices.confirmations,
          "红字确认单: incoming (waiting for this company's decision) or outgoing (started by it)", "invoice",
          query={"direction": {"type": "string", "enum": ["incoming", "outgoing"]}},
          responses={200: obj({"items": {"type": "array", "items": CONFIRMATION}}, ("items",))}),
    Route("POST", "/red-confirmations", invoices.request_confirmation,
          "Buyer starts a 红字确认单 for an invoice it received from a seller on fapiao (the seller confirms)",
          "invoice", body=CONFIRMATION_IN, responses={201: CONFIRMATION}, errors=(404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/confirm", invoices.confirm,
          "The other side confirms: the red invoice is issued for the seller", "invoice",
          responses={200: CONFIRMATION}, errors=(403, 404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/decline", invoices.decline,
          "The other side refuses a pending 确认单", "invoice", responses={200: CONFIRMATION},
          errors=(403, 404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/revoke", invoices.revoke,
          "The side that started a pending 确认单 withdraws it", "invoice", responses={200: CONFIRMATION},
          errors=(403, 404, 409, 422)),
    Route("GET", "/verify", invoices.verify, "Verify by number + issue date + total (like the national verification platform)",
          "verify", auth=False, query={"number": STRING, "date": {"type": "string", "format": "date"},
                                       "total": STRING},
          responses={200: VERIFICATION}, errors=(404, 422, 429, 503)),
    Route("GET", "/tax-codes", invoices.tax_codes, "Search the tax classification catalogue", "catalogue",
          query={"q": STRING}, responses={200: obj({"items": {"type": "array"}}, ("items",))}),
    Route("GET", "/products", invoices.products, "Saved products and services", "catalogue",
          responses={200: obj({"items": {"type": "array", "items": PRODUCT}}, ("items",))}),
    Route("POST", "/products", invoices.add_product, "Save a product or service for quick picking", "catalogue",
          body=obj({"name": string(90), "tax_code": string(19), "rate": string(16), "unit": string(20),
                    "spec": string(40), "unit_price": MONEY, "price_includes_tax": BOOLEAN}, ("name",)),
          responses={201: PRODUCT}, errors=(409, 422)),
    Route("DELETE", "/products/{product_id}", invoices.remove_product, "Remove a saved product", "catalogue",
          responses={204: None}, errors=(404,)),
    Route("GET", "/customers", invoices.customers, "Saved buyers, most recent first", "catalogue",
          responses={200: obj({"items": {"type": "array"}}, ("items",))}),
    Route("POST", "/exports", exports.start, "Export invoices (csv, xlsx or a zip of PDFs) as a background job",
          "export", body=obj({"format": {"type": "string", "enum": ["csv", "xlsx", "zip"]},
                              "filters": obj({k: {"type": ["string", "integer", "number"]} for k in SEARCH_QUERY})},
                             ("format",)),
          responses={202: EXPORT_JOB}, errors=(403, 422)),
    Route("GET", "/exports/{job_id}", exports.status, "Progress of an export; the download link once done",
          "export", responses={200: EXPORT_JOB}, errors=(404,)),
    Route("POST", "/exports/backup", exports.start_backup,
          "Back up the company's own data (invoices with lines and events, customers, products, filings, input "
          "invoices, invoice PDFs) as one ZIP; owner or admin; follow it like an export",
          "export", responses={202: EXPORT_JOB}, errors=(403,)),
    # -- help centre ----------------------------------------------------------
    Route("GET", "/help/search", help.search, "Answer a question from the help centre", "help", auth=False,
          query={"q": STRING}, responses={200: obj({"answer": {"anyOf": [FAQ_ENTRY, {"type": "null"}]},
                                                    "alternatives": {"type": "array", "items": FAQ_ENTRY}},
                                                   ("answer", "alternatives"))}),
    Route("GET", "/help/categories", help.categories, "Help-centre categories with their questions", "help",
          auth=False, responses={200: obj({"items": {"type": "array"}}, ("items",))}),
    Route("GET", "/help/articles/{article_id}", help.article, "One help-centre entry", "help", auth=False,
          responses={200: FAQ_ENTRY}, errors=(404,)),
    Route("PUT", "/help/articles/{article_id}", help.save, "Add or edit an entry (staff)", "help",
          body=obj({"category": string(16), "question": string(200), "answer": string(2000),
                    "keywords": {"type": "array", "items": string(40)}, "synonyms": {"type": "array", "items": string(80)},
                    "next_action": {"type": ["string", "null"], "maxLength": 100}},
                   ("category", "question", "answer")),
          responses={200: FAQ_ENTRY}, errors=(403,)),
    Route("DELETE", "/help/articles/{article_id}", help.retire, "Retire an entry (staff)", "help",
          responses={204: None}, errors=(403, 404)),
    # -- tickets, feedback, announcements ------------------------------------
    Route("POST", "/tickets", support.open_ticket, "Open a support ticket", "support",
          body=obj({"subject": string(100), "description": string(2000), "category": string(16)},
                   ("subject", "description", "category")), responses={201: TICKET}, errors=(422,)),
    Route("GET", "/tickets", support.my_tickets, "My tickets", "support",
          responses={200: obj({"items": {"type": "array", "items": TICKET_SUMMARY}}, ("items",))}),
    Route("GET", "/tickets/{ticket_id}", support.ticket, "A ticket with its thread", "support",
          responses={200: TICKET}, errors=(404,)),
    Route("POST", "/tickets/{ticket_id}/replies", support.reply, "Reply in a ticket's thread", "support",
          body=obj({"text": string(2000)}, ("text",)), responses={200: TICKET}, errors=(404, 409)),
    Route("POST", "/tickets/{ticket_id}/attachments", support.upload,
          "Attach images or PDF (multipart/form-data, field 'file'; ≤ 10 MB each, type checked by content)",
          "support", responses={201: TICKET}, errors=(404, 409, 413, 422)),
    Route("GET", "/attachments/{attachment_id}", support.attachment, "Download a ticket attachment", "support",
          responses={200: None}, errors=(404,)),
    Route("POST", "/feedback", support.submit_feedback, "Send feedback (problem, suggestion, complaint)", "support",
          body=obj({"kind": {"type": "string", "enum": ["problem", "suggestion", "complaint"]}, "text": string(2000)},
                   ("kind", "text")), responses={201: FEEDBACK}, errors=(422,)),
    Route("GET", "/feedback", support.my_feedback, "My feedback and its status", "support",
          responses={200: obj({"items": {"type": "array", "items": FEEDBACK}}, ("items",))}),
    Route("GET", "/announcements", support.announcements, "Current announcements", "support", auth=False,
          responses={200: obj({"items": {"type": "array", "items": ANNOUNCEMENT}}, ("items",))}),
    Route("PUT", "/account/notifications", support.notification_settings, "Announcement push on or off", "account",
          body=obj({"announcements": BOOLEAN}, ("announcements",)), responses={204: None}),
    Route("GET", "/staff/tickets", support.staff_tickets, "All tickets (staff)", "staff",
          query={"status": TICKET_STATUS},
          responses={200: obj({"items": {"type": "array", "items": TICKET_SUMMARY}}, ("items",))}, errors=(403,)),
    Route("POST", "/staff/tickets/{ticket_id}/status", support.staff_ticket_status, "Move a ticket (staff)", "staff",
          body=obj({"status": TICKET_STATUS}, ("status",)), responses={200: TICKET}, errors=(403, 404, 409)),
    Route("POST", "/staff/feedback/{feedback_id}", support.staff_feedback, "Advance feedback (staff)", "staff",
          body=obj({"status": FEEDBACK_STATUS, "note": string(2000)}, ("status",)), responses={200: FEEDBACK},
          errors=(403, 404, 409)),
    Route("POST", "/staff/announcements", support.create_announcement, "Create an announcement (staff)", "staff",
          body=obj({"title": string(100), "body": string(2000), "starts_at": STRING, "ends_at": STRING,
                    "maintenance": BOOLEAN}, ("title", "body", "starts_at", "ends_at")),
          responses={201: ANNOUNCEMENT}, errors=(403, 422)),
    Route("POST", "/staff/announcements/{announcement_id}/publish", support.publish_announcement,
          "Publish an announcement, optionally notifying every user (staff)", "staff",
          body=obj({"notify": BOOLEAN}), responses={200: obj({"announcement": ANNOUNCEMENT, "notified": INTEGER,
                                                               "failed": INTEGER}, ("announcement",))},
          errors=(403, 404, 409)),
    # -- tax filing -----------------------------------------------------------
    Route("POST", "/filings", filings.prepare, "Prepare a return (VAT or CIT) prefilled from our data", "filing",
          body=obj({"tax_type": {"type": "string", "enum": ["vat", "cit"]}, "period": string(16),
                    "cost": MONEY, "expenses": MONEY, "employees": COUNT_IN, "assets": MONEY,
                    "restricted_industry": BOOLEAN, "prior_losses": MONEY,
                    "transfers_out": MONEY,
                    "uninvoiced": {"type": "object", "description": "未开票收入 by rate code, e.g. {\"13\": \"5000\"}",
                                   "additionalProperties": MONEY, "maxProperties": 8}},
                    ("tax_type", "period")),
          responses={201: FILING}, errors=(403, 409, 422)),
    Route("POST", "/filings/{filing_id}/adjust", filings.adjust,
          "修改 one column of a draft return and recompute everything that depends on it: 未开票收入 (uninvoiced, "
          "per rate; may be negative), 进项转出 (transfers_out); CIT cost / expenses", "filing",
          body=obj({"column": {"type": "string", "enum": ["uninvoiced", "transfers_out", "cost", "expenses"]},
                    "value": MONEY, "rate": string(8)}, ("column", "value")),
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("POST", "/filings/{filing_id}/books", filings.import_books,
          "营业成本 and 期间费用 of a CIT draft from a CSV of the books (multipart 'file': account,amount per row); "
          "returns the recomputed return and the rows not understood", "filing",
          responses={200: obj({"filing": FILING, "cost": STRING, "expenses": STRING, "problems": {
              "type": "array", "items": obj({"row": INTEGER, "account": STRING, "problem": STRING},
                                            ("row", "problem"))}}, ("filing", "cost", "expenses", "problems"))},
          errors=(404, 409, 422)),
    Route("GET", "/filing-profile", filings.profile, "The company's filing profile (纳税期限, CIT figures)",
          "filing", responses={200: FILING_PROFILE}),
    Route("PUT", "/filing-profile", filings.set_profile,
          "Set the 纳税期限 (small-scale: month or quarter) and the CIT figures the 小型微利 test needs", "filing",
          body=obj({"vat_period": {"type": "string", "enum": ["month", "quarter"]}, "employees": COUNT_IN,
                    "assets": MONEY, "restricted_industry": BOOLEAN, "prior_losses": MONEY}),
          responses={200: FILING_PROFILE}, errors=(403, 422)),
    Route("GET", "/filings", filings.recent, "Recent returns and their status", "filing",
          responses={200: obj({"items": {"type": "array", "items": FILING}}, ("items",))}),
    Route("GET", "/filings/{filing_id}", filings.detail, "A return with its whole timeline", "filing",
          responses={200: FILING}, errors=(404,)),
    Route("POST", "/filings/{filing_id}/submit", filings.submit, "Submit (or resubmit a corrected) return", "filing",
          responses={200: FILING}, errors=(404, 409, 422, 503)),
    Route("POST", "/filings/{filing_id}/materials", filings.materials,
          "Upload requested materials (multipart 'file'; images or PDF ≤ 10 MB, checked by content)", "filing",
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("POST", "/filings/{filing_id}/pay", filings.pay, "Pay the tax of a successful return", "filing",
          body=obj({"method": {"type": "string", "enum": ["bank", "wechat", "alipay", "tripartite"]}}, ("method",)),
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("GET", "/filings/{filing_id}/explain", filings.explain, "The invoices behind a figure of the return",
          "filing", query={"row": STRING},
          responses={200: obj({"row": STRING, "invoices": {"type": "array", "items": STRING}}, ("row", "invoices"))},
          errors=(404, 422)),
    Route("GET", "/input-invoices", input_invoices.listing,
          "Received input invoices (synced from the platform or added by hand), newest first, with a cursor",
          "filing", query={"month": string(8), "kind": {"type": "string", "enum": INPUT_KINDS},
                           "use": {"type": "string", "enum": ["pending", "deduct", "not_deduct"]},
                           "seller": string(100), "cursor": string(12), "limit": string(4)},
          responses={200: INPUT_PAGE}, errors=(422,)),
    Route("GET", "/input-invoices/overview", input_invoices.overview,
          "进项 of a month (synced from the platform first): count, tax, what waits for 勾选, the 统计确认 state",
          "filing", query={"month": string(8)}, responses={200: INPUT_OVERVIEW}, errors=(422, 503)),
    Route("POST", "/input-invoices/sync", input_invoices.sync,
          "Copy the platform's 全量发票查询 (invoices issued to the company) into the records", "filing",
          body=obj({"month": string(8)}), responses={200: obj({"added": INTEGER, "updated": INTEGER},
                                                              ("added", "updated"))}, errors=(422, 503)),
    Route("POST", "/input-invoices/use", input_invoices.confirm_use,
          "勾选/用途确认: deduct, not_deduct (with a reason code or number) or undo, for invoices or every "
          "unconfirmed 专票", "filing",
          body=obj({"numbers": {"type": "array", "items": INPUT_NUMBER, "maxItems": 500},
                    "all_special": BOOLEAN,
                    "decision": {"type": "string", "enum": ["deduct", "not_deduct", "undo"]},
                    "reason": string(64)}, ("decision",)),
          responses={200: INPUT_CONFIRMED}, errors=(404, 409, 422, 503)),
    Route("POST", "/input-invoices/statistics", input_invoices.statistics,
          "The period's 统计确认: status, apply (申请统计), sign (确认签名), undo (before signing)", "filing",
          body=obj({"action": {"type": "string", "enum": ["status", "apply", "sign", "undo"]},
                    "period": string(8)}, ("action",)),
          responses={200: obj({"period": STRING, "state": STATISTICS_STATE}, ("period", "state"))},
          errors=(422, 503)),
    Route("POST", "/input-invoices/file", input_invoices.upload_file,
          "Record a received invoice from its 数电 PDF, OFD or XML file or a photo of its QR code (multipart "
          "'file', at most 5 MB); 202 with the QR payload when its tax must still be sent", "filing",
          responses={201: INPUT_INVOICE, 202: obj({"qr": STRING, "needs": {"type": "array", "items": STRING}},
                                                  ("qr", "needs"))},
          errors=(409, 422)),
    Route("GET", "/input-invoices/reasons", input_invoices.reasons,
          "The standard 不抵扣 and 进项转出 reasons", "filing",
          responses={200: obj({"not_deduct": {"type": "array", "items": INPUT_REASON},
                               "transfer_out": {"type": "array", "items": INPUT_REASON}},
                              ("not_deduct", "transfer_out"))}),
    Route("POST", "/input-invoices", filings.add_input_invoice,
          "Record an input invoice: typed fields, or the QR string of a received invoice plus its tax", "filing",
          body=obj({"qr": string(200), "number": string(24), "code": string(12), "issue_date": string(20),
                    "amount": MONEY, "tax": MONEY, "kind": string(16), "seller_name": string(100),
                    "seller_tax_id": string(20), "rate": string(8), "total": MONEY, "fare_and_fuel": MONEY}),
          responses={201: INPUT_INVOICE}, errors=(409, 422)),
    Route("POST", "/input-invoices/import", filings.import_input_invoices,
          "Import input invoices from Excel or CSV (multipart 'file'); returns a per-row report", "filing",
          responses={200: obj({"imported": INTEGER, "problems": {"type": "array"}}, ("imported", "problems"))},
          errors=(422,)),
    # -- message centre -------------------------------------------------------
    Route("GET", "/messages", messages.inbox, "In-app messages, newest first, with the unread count",
          "messages", query={"unread": STRING, "before_id": STRING},
          responses={200: obj({"items": {"type": "array"}, "unread": INTEGER}, ("items", "unread"))}),
    Route("POST", "/messages/read", messages.mark_read, "Mark messages read (ids, or all)", "messages",
          body=obj({"ids": {"type": "array", "items": ID_IN, "maxItems": 1000}, "all": BOOLEAN}),
          responses={200: obj({"marked": INTEGER}, ("marked",))}),
    Route("GET", "/account/notification-preferences", messages.get_preferences,
          "Notification channels and deadline reminders", "messages", responses={200: PREFERENCES}),
    Route("PUT", "/account/notification-preferences", messages.set_preferences,
          "Choose channels (wechat, miniapp, sms as fallback; the inbox is always on) and reminder days",
          "messages", body=obj({"channels": {"type": "array", "items": {"type": "string", "enum": [
              "wechat", "miniapp", "sms", "inbox"]}}, "reminder_days": {"type": "integer", "minimum": 1,
                                                                        "maximum": 30},
                                "reminders_enabled": BOOLEAN}),
          responses={200: PREFERENCES}, errors=(422,)),
    Route("GET", "/account/subscribe-grants", messages.subscribe_grants,
          "Subscribe-message templates to request (wx.requestSubscribeMessage) and the unspent grants",
          "messages", responses={200: obj({"templates": {"type": "array", "items": obj(
              {"kind": STRING, "template_id": STRING}, ("kind", "template_id"))},
              "unspent": {"type": "object", "additionalProperties": INTEGER}}, ("templates", "unspent"))}),
    Route("POST", "/account/subscribe-grants", messages.record_subscribe_grants,
          "Record the result of wx.requestSubscribeMessage: each accepted template is one push", "messages",
          body=obj({"results": {"type": "object", "maxProperties": 20,
                                "additionalProperties": string(64)}}, ("results",)),
          responses={201: obj({"recorded": INTEGER, "unspent": {"type": "object",
                                                                "additionalProperties": INTEGER}},
                              ("recorded", "unspent"))}, errors=(422,)),
)

# 扫码开票 (issue 15): its routes live beside their schemas in miniapp_api/scan_routes.py.
ROUTES = ROUTES + SCAN_ROUTES
