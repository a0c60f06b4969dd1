"""The ONE catalogue of the API's error codes: each code, its HTTP status and what it means.

An error body is ``{"error": {"code", "message", "fields", "details", "request_id"?}}``. ``code`` is one
of these; ``message`` is the Chinese sentence to show (from ``templates/``); ``fields`` names each
input field at fault with its own sentence (``validation_failed``); ``details`` carries the code's
parameters (``ticket``, ``retry_after``, ``minutes`` …).

The OpenAPI document exposes the catalogue as the ``ErrorCode`` schema (enum, ``x-error-codes``
and a table in its description); :func:`markdown_table` renders the same table for docs/api.md.
tests/api/test_error_catalogue.py fails when core or the API raises a code missing here, or when a
status disagrees with the ``DomainError`` class.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorSpec:
    status: int
    meaning: str


CATALOGUE: dict[str, ErrorSpec] = {
    # -- the request itself ---------------------------------------------------------------------------
    "malformed_json": ErrorSpec(400, "The body is not valid JSON (details: line, column)."),
    "validation_failed": ErrorSpec(422, "One or more fields broke a rule; `fields` names each with a sentence."),
    "route_not_found": ErrorSpec(404, "No such path under /api/v1."),
    "method_not_allowed": ErrorSpec(405, "The path exists, but not with this method."),
    "body_too_large": ErrorSpec(413, "The JSON body is over the limit (details: limit, in bytes)."),
    "upload_too_large": ErrorSpec(413, "An uploaded file is over the limit (details: limit_mb)."),
    "unsupported_media_type": ErrorSpec(415, "A JSON route got a body that is not application/json."),
    "header_too_large": ErrorSpec(431, "A request header is over the limit (details: limit_kb)."),
    "uri_too_long": ErrorSpec(414, "The request line (path and query) is over the limit (details: limit_kb)."),
    "malformed_request": ErrorSpec(400, "The HTTP request itself could not be parsed."),
    "idempotency_mismatch": ErrorSpec(
        422, "The Idempotency-Key was already used by this company with a different body."),
    # -- who is calling -------------------------------------------------------------------------------
    "not_authenticated": ErrorSpec(401, "No bearer token, or it expired or was revoked: log in again."),
    "invalid_credentials": ErrorSpec(401, "Wrong phone or password."),
    "second_factor_required": ErrorSpec(
        401, "The password was right; finish the login at /auth/login/second-factor with details.ticket "
             "and a code of details.method (totp or sms)."),
    "second_factor_invalid": ErrorSpec(401, "The second-factor code or the ticket is wrong or expired."),
    "account_locked": ErrorSpec(423, "Too many failed attempts: the account is locked (details: minutes)."),
    "permission_denied": ErrorSpec(403, "The caller's role in the current company (or staff status) does not "
                                        "allow this."),
    "owner_required": ErrorSpec(403, "Only an owner of the company may do this."),
    "company_not_authorized": ErrorSpec(
        403, "The taxpayer has not authorised the company on the invoicing platform yet "
             "(POST /company/authorization)."),
    "rate_limited": ErrorSpec(429, "Too many requests; retry after details.retry_after seconds."),
    # -- accounts, codes, bindings --------------------------------------------------------------------
    "account_exists": ErrorSpec(409, "An account already uses this phone."),
    "sms_code_invalid": ErrorSpec(422, "The SMS code is wrong."),
    "sms_code_expired": ErrorSpec(422, "The SMS code expired; request a new one."),
    "sms_code_exhausted": ErrorSpec(422, "Too many wrong tries for this code; request a new one."),
    "already_bound": ErrorSpec(409, "This WeChat user is already bound to an account."),
    "not_bound": ErrorSpec(409, "This WeChat user is not bound to the account."),
    # -- companies and members ------------------------------------------------------------------------
    "company_exists": ErrorSpec(409, "A company with this taxpayer ID already exists."),
    "no_current_company": ErrorSpec(409, "The account has no current company: create or join one first."),
    "invite_invalid": ErrorSpec(422, "The invite code is unknown, used or expired."),
    "already_member": ErrorSpec(409, "The account is already a member of that company."),
    "last_owner": ErrorSpec(409, "The only owner cannot be removed or demoted; transfer the company first."),
    "transfer_not_started": ErrorSpec(409, "No owner transfer to that member is waiting for a code."),
    # -- resources and states -------------------------------------------------------------------------
    "not_found": ErrorSpec(404, "The resource does not exist or belongs to another company (details: what)."),
    "conflict": ErrorSpec(409, "The request conflicts with the resource's current state."),
    "invoice_not_editable": ErrorSpec(409, "Issued invoices are immutable: correct by red-letter, then reissue."),
    "invoice_not_voidable": ErrorSpec(409, "An electronic invoice is never voided: red-letter it, then reissue."),
    "invoice_not_red_letterable": ErrorSpec(409, "This invoice cannot be red-lettered (details say why)."),
    "invoice_not_reissuable": ErrorSpec(409, "Only a red-lettered invoice can be reissued."),
    "invoice_state_conflict": ErrorSpec(409, "The invoice's status does not allow this (details: status)."),
    "filing_state_conflict": ErrorSpec(409, "The return's status does not allow this (details: status)."),
    "ticket_closed": ErrorSpec(409, "The ticket is closed: open a new one."),
    "transition_not_allowed": ErrorSpec(409, "That status change is not allowed from the current status."),
    "announcement_published": ErrorSpec(409, "The announcement is already published."),
    "scan_code_unusable": ErrorSpec(404, "The 开票码 is unknown, withdrawn, used or expired."),
    "scan_request_closed": ErrorSpec(409, "The buyer's request was already handled."),
    "scan_amount_changed": ErrorSpec(409, "The amount changed since the buyer submitted; confirm again."),
    "scan_limit_reached": ErrorSpec(429, "The code's automatic-issue cap is reached."),
    # -- outside services -----------------------------------------------------------------------------
    "platform_rejected": ErrorSpec(422, "The invoicing platform refused the invoice (details: reason)."),
    "tax_bureau_rejected": ErrorSpec(422, "The tax bureau refused the return (details: reason)."),
    "platform_unavailable": ErrorSpec(503, "The invoicing platform cannot be reached; retry later."),
    "platform_outcome_unknown": ErrorSpec(
        503, "The platform did not answer in time; the invoice is kept as issuing and settles by itself."),
    "service_unavailable": ErrorSpec(503, "A service this needs (database, cache, WeChat, tax bureau) is "
                                          "unreachable; retry later."),
    "under_maintenance": ErrorSpec(503, "A declared maintenance window: writes wait, reads go on."),
    "unexpected": ErrorSpec(500, "A bug: quote request_id to support."),
}


def status_of(code: str) -> int:
    return CATALOGUE[code].status


def markdown_table() -> str:
    """The catalogue as a Markdown table (code, HTTP status, meaning), sorted by status then code."""
    rows = ["| code | HTTP | meaning |", "|---|---|---|"]
    for code, spec in sorted(CATALOGUE.items(), key=lambda item: (item[1].status, item[0])):
        rows.append(f"| `{code}` | {spec.status} | {spec.meaning.replace('|', '/')} |")
    return "\n".join(rows)


def error_code_schema() -> dict[str, Any]:
    """The ``ErrorCode`` component: an enum, ``x-error-codes`` (code -> status, meaning) and the table."""
    return {
        "type": "string",
        "enum": sorted(CATALOGUE),
        "description": "Every error code the API answers with.\n\n" + markdown_table(),
        "x-error-codes": {code: {"status": spec.status, "meaning": spec.meaning}
                          for code, spec in sorted(CATALOGUE.items())},
    }


def error_schema() -> dict[str, Any]:
    """The ``Error`` component: the envelope of every 4xx and 5xx."""
    scalar = {"type": ["string", "integer", "number", "boolean"]}
    return {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {
            "type": "object",
            "required": ["code", "message", "fields", "details"],
            "properties": {
                "code": {"$ref": "#/components/schemas/ErrorCode"},
                "message": {"type": "string", "description": "The Chinese sentence to show the user."},
                "fields": {"type": "object", "additionalProperties": {"type": "string"},
                           "description": "validation_failed: field (dotted path for nested ones) -> sentence."},
                "details": {
                    "type": "object",
                    "description": "The code's parameters, scalars only.",
                    "properties": {
                        "ticket": {"type": "string", "description": "second_factor_required: send it to "
                                                                     "/auth/login/second-factor."},
                        "method": {"type": "string", "enum": ["totp", "sms"],
                                   "description": "second_factor_required: which code to ask for."},
                        "retry_after": {"type": "integer", "description": "rate_limited: seconds to wait."},
                        "minutes": {"type": "integer", "description": "account_locked: minutes left."},
                        "what": {"type": "string", "description": "not_found: the kind of resource."},
                        "status": {"type": "string", "description": "*_state_conflict: the current status."},
                        "limit": {"type": "integer", "description": "body_too_large: the cap in bytes."},
                        "limit_mb": {"type": "integer", "description": "upload_too_large: the cap in MB."},
                        "line": {"type": "integer", "description": "malformed_json: where."},
                        "column": {"type": "integer", "description": "malformed_json: where."},
                    },
                    "additionalProperties": scalar,
                },
                "request_id": {"type": "string", "description": "5xx only: quote it to support."},
            },
            "additionalProperties": False,
        }},
        "additionalProperties": False,
        "examples": [{"error": {"code": "validation_failed", "message": "填写的信息有误，请按提示修改后重试。",
                               "fields": {"display_name": "最多 32 个字符。"}, "details": {}}}],
    }
