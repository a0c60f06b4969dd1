"""Domain errors.

Every error has a stable ``code``. Transports map the code to a message template
(``templates/messages.zh.yaml``, key ``error.<code>``) and, for the API, to an HTTP
status. ``params`` feed the template; ``fields`` name the input fields at fault,
each with its own message code (key ``field.<code>``) and params.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class FieldProblem:
    """One field at fault: a message code (``field.<code>``) and its params."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


class DomainError(Exception):
    """Base class of every error a core service raises on purpose."""

    code: ClassVar[str] = "domain_error"
    #: HTTP status the API answers with; the bot ignores it.
    http_status: ClassVar[int] = 400

    def __init__(
        self,
        params: Mapping[str, Any] | None = None,
        fields: Mapping[str, FieldProblem] | None = None,
    ) -> None:
        self.params: dict[str, Any] = dict(params or {})
        self.fields: dict[str, FieldProblem] = dict(fields or {})
        super().__init__(self.code, self.params, {k: v.code for k, v in self.fields.items()})


class ValidationFailed(DomainError):
    """Input did not meet a rule; ``fields`` says which and why."""

    code = "validation_failed"
    http_status = 422

    @classmethod
    def one(cls, field_name: str, problem: str, **params: Any) -> ValidationFailed:
        return cls(fields={field_name: FieldProblem(problem, params)})


class FieldChecks:
    """Runs the checks of several fields and reports every failing field at once."""

    def __init__(self, **values: Any) -> None:
        self.values: dict[str, Any] = dict(values)
        self.problems: dict[str, FieldProblem] = {}

    def run(self, name: str, check: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """``values[name] = check(...)``, or remember the fields it refused."""
        try:
            self.values[name] = check(*args, **kwargs)
        except ValidationFailed as exc:
            self.problems.update(exc.fields)

    def fail(self, field_name: str, problem: str, **params: Any) -> None:
        self.problems[field_name] = FieldProblem(problem, params)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationFailed(fields=self.problems)


class NotFound(DomainError):
    code = "not_found"
    http_status = 404


class PermissionDenied(DomainError):
    code = "permission_denied"
    http_status = 403


class NotAuthenticated(DomainError):
    code = "not_authenticated"
    http_status = 401


class AccountExists(DomainError):
    code = "account_exists"
    http_status = 409


class InvalidCredentials(DomainError):
    code = "invalid_credentials"
    http_status = 401


class AccountLocked(DomainError):
    code = "account_locked"
    http_status = 423


class SecondFactorRequired(DomainError):
    code = "second_factor_required"
    http_status = 401


class SecondFactorInvalid(DomainError):
    code = "second_factor_invalid"
    http_status = 401


class SmsCodeInvalid(DomainError):
    code = "sms_code_invalid"
    http_status = 422


class SmsCodeExpired(DomainError):
    code = "sms_code_expired"
    http_status = 422


class SmsCodeExhausted(DomainError):
    code = "sms_code_exhausted"
    http_status = 422


class RateLimited(DomainError):
    code = "rate_limited"
    http_status = 429


class AlreadyBound(DomainError):
    code = "already_bound"
    http_status = 409


class NotBound(DomainError):
    code = "not_bound"
    http_status = 409


class CompanyExists(DomainError):
    code = "company_exists"
    http_status = 409


class NoCurrentCompany(DomainError):
    code = "no_current_company"
    http_status = 409


class InviteInvalid(DomainError):
    code = "invite_invalid"
    http_status = 422


class AlreadyMember(DomainError):
    code = "already_member"
    http_status = 409


class Conflict(DomainError):
    code = "conflict"
    http_status = 409


class ServiceUnavailable(DomainError):
    code = "service_unavailable"
    http_status = 503


class InvoiceNotEditable(DomainError):
    """Issued invoices are immutable: the way forward is 作废, 红冲 or 重开."""

    code = "invoice_not_editable"
    http_status = 409


class InvoiceNotVoidable(DomainError):
    """``params["why"]``: other_month, filed, red, status. The message explains 红冲."""

    code = "invoice_not_voidable"
    http_status = 409


class InvoiceNotRedLetterable(DomainError):
    code = "invoice_not_red_letterable"
    http_status = 409


class InvoiceNotReissuable(DomainError):
    code = "invoice_not_reissuable"
    http_status = 409


class FilingStateConflict(DomainError):
    """The filing is not in a state that allows this action (``params["status"]``): not an invoice's."""

    code = "filing_state_conflict"
    http_status = 409


class InvoiceStateConflict(DomainError):
    """The invoice is not in a state that allows this action (``params["status"]``)."""

    code = "invoice_state_conflict"
    http_status = 409


class IdempotencyMismatch(DomainError):
    code = "idempotency_mismatch"
    http_status = 422
