"""What every company use case shares: the clock, the audit log, the taxpayer's authorisation,
and the tenancy check (:class:`core.companies.scope.Tenancy`)."""

from __future__ import annotations

from core.audit.log import AuditLog
from core.companies.scope import Tenancy
from core.companies.taxpayer_auth import TaxpayerAuthService
from core.ports import Clock


class CompanyBase(Tenancy):
    def __init__(self, clock: Clock, audit: AuditLog, tax_auth: TaxpayerAuthService | None = None) -> None:
        self.clock = clock
        self.audit = audit
        #: The taxpayer's authorisation (issue 13 #5); build_core wires it.
        self.tax_auth = tax_auth
