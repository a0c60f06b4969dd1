"""HTTP client of a 税务申报 aggregator (the :class:`~core.ports.TaxBureau` port).

No real bureau or provider can be reached from where this was written, so the client
follows the *common shape* of Chinese tax-filing open platforms (航天信息, 百望云, 诺诺 and
similar): one HTTPS gateway, a JSON envelope of common parameters with the business
payload as a JSON string in ``bizContent``, an HMAC-SHA256 signature over the sorted
parameters, and a ``code``/``msg``/``data`` answer. The exact shapes are documented in
``docs/tax-bureau-api.md``; they must be checked against the chosen provider's real
documentation (field names, status values, error codes) before production use.

Signing and transport are shared with the invoicing platform adapter
(``fapiao/integrations/signed_gateway.py``).

Errors: network errors, timeouts, HTTP errors, unreadable answers and platform codes
(``1xxx``: signature, timestamp, app key, rate limit, busy) raise
:class:`~core.port_data.tax_bureau.TaxBureauUnavailable`; any other ``code != 0`` is the bureau
refusing the request and raises :class:`~core.port_data.tax_bureau.TaxBureauRejected` with the
provider's ``msg``.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import logging
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final

import aiohttp

from core.clock import CHINA
from core.domain.money import to_money
from core.port_data.tax_bureau import BureauState, BureauStatus, Submission, TaxBureauRejected, TaxBureauUnavailable
from core.ports import Clock
from fapiao.integrations.signed_gateway import API_VERSION, SIGN_TYPE, SignedGateway, canonical_string, compact_json, sign

logger = logging.getLogger("fapiao.tax_bureau")

#: Provider times without an offset are Beijing time.

METHOD_SUBMIT: Final = "tax.declaration.submit"
METHOD_QUERY: Final = "tax.declaration.query"
METHOD_UPLOAD: Final = "tax.declaration.attachment.upload"
METHOD_PAY: Final = "tax.declaration.pay"

#: The provider's ``taxType`` per port tax type.
TAX_TYPES: Final[Mapping[str, str]] = {"vat": "VAT", "cit": "CIT"}
#: The provider's ``status`` -> :data:`~core.port_data.tax_bureau.BureauState`.
STATUSES: Final[Mapping[str, BureauState]] = {
    "SUBMITTED": "submitted",
    "ACCEPTED": "accepted",
    "REVIEWING": "reviewing",
    "NEED_MATERIALS": "needs_materials",
    "SUCCESS": "succeeded",
    "FAILED": "failed",
    "PAID": "paid",
}
SUCCESS_CODE: Final = "0"

_MONTH: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER: Final = re.compile(r"^(\d{4})Q([1-4])$")

SessionFactory = Callable[[], aiohttp.ClientSession]
#: Kept for callers that imported it from here.
_compact_json = compact_json


def period_bounds(period: str) -> tuple[date, date]:
    """``"2026-11"`` -> (2026-11-01, 2026-11-30); ``"2026Q4"`` -> (2026-10-01, 2026-12-31)."""
    if match := _MONTH.match(period):
        year, month = int(match[1]), int(match[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if match := _QUARTER.match(period):
        year, last = int(match[1]), int(match[2]) * 3
        return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
    raise ValueError(f"period {period!r}: expected YYYY-MM or YYYYQn")


class HttpTaxBureau:
    """The :class:`~core.ports.TaxBureau` port over a provider's JSON gateway.

    ``base_url`` is the gateway URL every request is POSTed to (the method is a parameter,
    not a path). The adapter owns one :class:`aiohttp.ClientSession`, created on first use by
    ``session_factory``; call :meth:`close` on shutdown. Each request has a total timeout of
    ``timeout`` seconds.
    """

    def __init__(
        self,
        base_url: str,
        app_key: str,
        app_secret: str,
        *,
        timeout: float = 10,
        session_factory: SessionFactory | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.gateway = SignedGateway(base_url, app_key, app_secret, timeout=timeout,
                                     session_factory=session_factory, clock=clock)
        self.url = base_url
        self.app_key = app_key
        self.timeout = timeout
        self.clock = clock

    async def close(self) -> None:
        await self.gateway.close()

    # -- the port ----------------------------------------------------------------------

    async def submit(self, submission: Submission) -> BureauStatus:
        start, end = period_bounds(submission.period)
        biz = {
            "outRequestNo": submission.submission_key,
            "taxpayerId": submission.taxpayer_id,
            "taxType": TAX_TYPES[submission.tax_type],
            "periodStart": start.isoformat(),
            "periodEnd": end.isoformat(),
            "declaredSalesAmount": submission.declared_invoice_total,
            "figures": {str(name): str(value) for name, value in submission.figures.items()},
        }
        return self._status(await self.call(METHOD_SUBMIT, biz))

    async def status(self, reference: str) -> BureauStatus:
        return self._status(await self.call(METHOD_QUERY, {"declarationNo": reference}))

    async def upload(self, reference: str, filename: str, data: bytes, media_type: str) -> BureauStatus:
        biz = {
            "declarationNo": reference,
            "fileName": filename,
            "mediaType": media_type,
            "fileSize": len(data),
            "fileSha256": hashlib.sha256(data).hexdigest(),
            "fileContent": base64.b64encode(data).decode("ascii"),
        }
        return self._status(await self.call(METHOD_UPLOAD, biz))

    async def pay(self, reference: str, amount: Decimal, method: str) -> BureauStatus:
        biz = {
            "declarationNo": reference,
            # One payment per declaration: a retried request is recognised by the provider.
            "outPayNo": f"{reference}-PAY",
            "amount": str(to_money(amount)),
            "payMethod": method,
        }
        return self._status(await self.call(METHOD_PAY, biz))

    # -- the wire ----------------------------------------------------------------------

    def envelope(self, method: str, biz: Mapping[str, Any], *, timestamp: str | None = None,
                 nonce: str | None = None) -> dict[str, str]:
        """The signed request body for ``method`` with business parameters ``biz``."""
        return self.gateway.envelope(method, biz, timestamp=timestamp, nonce=nonce)

    async def call(self, method: str, biz: Mapping[str, Any]) -> dict[str, Any]:
        """POST one signed request; the ``data`` of a ``code == 0`` answer."""
        try:
            status, raw = await self.gateway.post(method, biz)
        except TimeoutError as exc:
            raise TaxBureauUnavailable("Timeout", f"no answer from the tax provider within {self.timeout} s") from exc
        except aiohttp.ClientError as exc:
            raise TaxBureauUnavailable("NetworkError", f"{type(exc).__name__}: {exc}") from exc
        return self._check(method, status, raw)

    def _check(self, method: str, status: int, raw: bytes) -> dict[str, Any]:
        try:
            answer = json.loads(raw)
            code = str(answer["code"])
            message = str(answer.get("msg") or "")
        except (ValueError, KeyError, TypeError) as exc:
            raise TaxBureauUnavailable("HttpError", f"HTTP {status}: unexpected answer {raw[:200]!r}") from exc
        request_id = answer.get("requestId", "")
        if status >= 500 and code == SUCCESS_CODE:
            raise TaxBureauUnavailable("HttpError", f"HTTP {status} with code 0")
        if code != SUCCESS_CODE:
            logger.warning("tax provider %s refused: code=%s msg=%s request=%s", method, code, message, request_id)
            if code.startswith("1") and len(code) == 4:
                raise TaxBureauUnavailable(code, message)
            raise TaxBureauRejected(code, message)
        data = answer.get("data")
        if not isinstance(data, dict):
            raise TaxBureauUnavailable("BadResponse", f"{method}: code 0 without a data object")
        logger.info("tax provider %s ok: %s request=%s", method, data.get("declarationNo", ""), request_id)
        return data

    @staticmethod
    def _status(data: Mapping[str, Any]) -> BureauStatus:
        try:
            reference = str(data["declarationNo"])
            state = STATUSES[str(data["status"])]
            at = datetime.fromisoformat(str(data["statusTime"]))
        except (KeyError, ValueError) as exc:
            raise TaxBureauUnavailable("BadResponse", f"unreadable declaration data: {exc!r}") from exc
        if at.tzinfo is None:
            at = at.replace(tzinfo=CHINA)
        receipt = data.get("receiptNo")
        return BureauStatus(
            reference=reference,
            state=state,
            message=str(data.get("statusMsg") or ""),
            receipt=str(receipt) if receipt else None,
            at=at.astimezone(UTC),
        )


__all__ = [
    "API_VERSION",
    "METHOD_PAY",
    "METHOD_QUERY",
    "METHOD_SUBMIT",
    "METHOD_UPLOAD",
    "SIGN_TYPE",
    "STATUSES",
    "HttpTaxBureau",
    "canonical_string",
    "period_bounds",
    "sign",
]
