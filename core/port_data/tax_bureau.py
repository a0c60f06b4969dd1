"""What crosses the tax bureau port (申报; the ``TaxBureau`` Protocol is in :mod:`core.ports`):
submit a return, follow its status, add materials, pay.

GUIDE.md section 3 "Filing" lists the statuses a filing goes through on our side:
草稿, 已提交, 已受理, 审核中/待处理, 需补充材料, 申报成功, 申报失败, 已缴款. 草稿 never
reaches the bureau; the others map onto :data:`BureauState`:

==================  ====================
``BureauState``     filing status
==================  ====================
``submitted``       已提交 (sent, not yet acknowledged by the bureau)
``accepted``        已受理
``reviewing``       审核中/待处理
``needs_materials`` 需补充材料
``succeeded``       申报成功
``failed``          申报失败 (``message`` gives the reason)
``paid``            已缴款
==================  ====================

A failed return is corrected and submitted again under a *new* ``submission_key``
(e.g. filing id + version): the key is the idempotency key of one version of a return.

Implementations:

* :class:`core.tax_bureau_sandbox.SandboxTaxBureau` -- the local default, a rule-driven
  simulator advanced by the injected clock;
* :class:`fapiao.integrations.tax_bureau_http.HttpTaxBureau` -- a client for a JSON-over-HTTPS
  aggregator API (see ``docs/tax-bureau-api.md``).

Money crosses the port as :class:`~decimal.Decimal` or as decimal strings, never floats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from core.domain.errors import DomainError, ServiceUnavailable

__all__ = [
    "BUREAU_STATES",
    "FINAL_STATES",
    "REQUIRED_FIGURES",
    "BureauState",
    "BureauStatus",
    "Submission",
    "TaxBureauRejected",
    "TaxBureauUnavailable",
    "TaxType",
]

TaxType = Literal["vat", "cit"]
BureauState = Literal["submitted", "accepted", "reviewing", "needs_materials", "succeeded", "failed", "paid"]

#: Every value of :data:`BureauState`, in the order a return normally goes through them.
BUREAU_STATES: tuple[BureauState, ...] = get_args(BureauState)
#: States after which nothing changes by itself any more (``succeeded`` still waits for ``pay``).
FINAL_STATES: frozenset[BureauState] = frozenset({"failed", "paid"})

#: Keys of :attr:`Submission.figures` every return carries, per tax type.
REQUIRED_FIGURES: Mapping[TaxType, tuple[str, ...]] = {
    "vat": ("output_tax", "sales_total", "payable"),
    "cit": ("sales_total", "payable"),
}


@dataclass(frozen=True)
class Submission:
    """One version of a return, as sent to the bureau."""

    #: Our idempotency key, e.g. ``f"{filing_id}:{version}"``. Submitting the same key again
    #: returns the existing reference; a corrected return needs a new key.
    submission_key: str
    #: The company's 纳税人识别号.
    taxpayer_id: str
    tax_type: TaxType
    #: ``"2026-11"`` (month) or ``"2026Q4"`` (quarter).
    period: str
    #: The return's key figures as decimal strings: at least ``sales_total`` and ``payable``
    #: (and ``output_tax`` for VAT), see :data:`REQUIRED_FIGURES`. A VAT return also carries
    #: ``input_tax`` (进项税额 claimed) and ``surcharges`` (附加税费, paid with the VAT).
    figures: Mapping[str, str]
    #: The 销售额 we declare, excluding tax: the period's issued invoices plus 未开票收入
    #: (票表比对: it may not be below the invoiced sales).
    declared_invoice_total: str


@dataclass(frozen=True)
class BureauStatus:
    """Where a submission stands, as of ``at``."""

    #: The bureau's reference for the submission (申报序号 / 流水号).
    reference: str
    state: BureauState
    #: Text for users: the reason of a failure, the materials asked for, the receipt ...
    message: str
    #: 申报回执号 once ``succeeded``; the payment receipt (缴款凭证号) once ``paid``.
    receipt: str | None
    #: When the submission entered ``state`` (timezone-aware).
    at: datetime


class TaxBureauUnavailable(ServiceUnavailable):
    """The bureau (or the provider in front of it) could not be reached or did not answer
    usefully: network error, timeout, HTTP error, a platform error such as a bad signature.

    It keeps the ``service_unavailable`` code, so users see the polite "try again later"
    text; ``provider_code``/``provider_message`` are for logs and operators.
    """

    def __init__(self, provider_code: str, provider_message: str) -> None:
        super().__init__({"provider_code": provider_code})
        self.provider_code = provider_code
        self.provider_message = provider_message

    def __str__(self) -> str:
        return f"tax bureau unavailable: {self.provider_code}: {self.provider_message}"


class TaxBureauRejected(DomainError):
    """The bureau refused the request itself (unknown reference, payment in the wrong state
    or of the wrong amount, invalid figures ...). ``message`` is the bureau's own text,
    meant to be shown to the user; ``provider_code`` is stable enough to branch on.

    Template key: ``error.tax_bureau_rejected`` with params ``message``, ``provider_code``.
    """

    code = "tax_bureau_rejected"
    http_status = 422

    def __init__(self, provider_code: str, message: str) -> None:
        super().__init__({"provider_code": provider_code, "message": message})
        self.provider_code = provider_code
        self.provider_message = message

    def __str__(self) -> str:
        return f"tax bureau rejected the request: {self.provider_code}: {self.provider_message}"
