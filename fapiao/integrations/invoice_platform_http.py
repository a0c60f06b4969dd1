"""HTTP client of a 乐企-style invoicing aggregator (the :class:`~core.ports.InvoicePlatform` port).

No real platform or aggregator can be reached from where this was written: the client
follows the signed JSON gateway shape shared with the tax bureau adapter
(``fapiao/integrations/signed_gateway.py``); methods, fields and codes are documented in
``docs/invoice-platform-api.md`` and must be checked against the chosen provider.

Outcomes:

* ``code == "0"``: the ``data`` object;
* platform codes ``1xxx`` (signature, timestamp, app key, rate limit, busy), HTTP errors with
  an unreadable answer, network errors before the request was sent, and timeouts of calls
  that change nothing: :class:`~core.port_data.invoice_platform.PlatformUnavailable`;
* a timeout (or a broken connection, or an unreadable 5xx) of a call that may have taken
  effect (issue, 确认单, 用途确认 …): :class:`~core.port_data.invoice_platform.PlatformOutcomeUnknown`
  -- the caller asks ``find_issued`` with the same request id before any retry;
* any other code: the platform refused, :class:`~core.port_data.invoice_platform.PlatformRejected`
  with ``subCode`` (lower-cased) as the provider code and ``detail`` as its parameters.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final, Literal, cast

import aiohttp

from core.clock import CHINA
from core.port_data.invoice_platform import (
    AuthorizationRequest,
    ConfirmationState,
    Credit,
    IssuedInvoice,
    IssueRequest,
    PlatformInvoiceStatus,
    PlatformLine,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    ReceivedInvoice,
    RedConfirmationInfo,
    RedConfirmationRequest,
    StatisticsState,
    TaxMark,
    UseDecision,
)
from core.ports import Clock
from fapiao.integrations.http_session import SessionFactory
from fapiao.integrations.signed_gateway import SignedGateway

logger = logging.getLogger("fapiao.invoice_platform")

SUCCESS_CODE: Final = "0"
#: Provider times without an offset are Beijing time.
#: Methods that change something: a timeout leaves their outcome unknown.
MUTATING: Final = frozenset({
    "invoice.issue", "red.apply", "red.decide", "red.revoke", "received.use", "statistics.apply",
    "statistics.sign", "statistics.undo", "authorization.request", "authorization.confirm",
})


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _line_out(line: PlatformLine) -> dict[str, Any]:
    return {"name": line.name, "taxCode": line.tax_code, "amount": _money(line.amount), "tax": _money(line.tax),
            "rate": None if line.rate is None else str(line.rate), "taxMark": line.tax_mark, "spec": line.spec,
            "unit": line.unit, "quantity": None if line.quantity is None else str(line.quantity),
            "unitPrice": None if line.unit_price is None else str(line.unit_price), "discount": line.is_discount}


def _decimal(value: Any) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def _line_in(data: Mapping[str, Any]) -> PlatformLine:
    return PlatformLine(name=str(data["name"]), tax_code=str(data["taxCode"]), amount=Decimal(str(data["amount"])),
                        tax=Decimal(str(data["tax"])), rate=_decimal(data.get("rate")),
                        tax_mark=cast(TaxMark, data.get("taxMark") or ""), spec=str(data.get("spec") or ""),
                        unit=str(data.get("unit") or ""), quantity=_decimal(data.get("quantity")),
                        unit_price=_decimal(data.get("unitPrice")), is_discount=bool(data.get("discount")))


def _time(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CHINA)
    return moment.astimezone(UTC)


class HttpInvoicePlatform:
    """The :class:`~core.ports.InvoicePlatform` port over an aggregator's gateway."""

    def __init__(self, base_url: str, app_key: str, app_secret: str, *, timeout: float = 10,
                 session_factory: SessionFactory | None = None, clock: Clock | None = None) -> None:
        self.gateway = SignedGateway(base_url, app_key, app_secret, timeout=timeout,
                                     session_factory=session_factory, clock=clock)
        self.timeout = timeout

    async def close(self) -> None:
        await self.gateway.close()

    # -- the wire ----------------------------------------------------------------------

    async def call(self, method: str, biz: Mapping[str, Any]) -> dict[str, Any]:
        mutating = method in MUTATING
        try:
            status, raw = await self.gateway.post(method, biz)
        except TimeoutError as exc:
            text = f"{method}: no answer within {self.timeout} s"
            raise (PlatformOutcomeUnknown if mutating else PlatformUnavailable)("Timeout", text) from exc
        except aiohttp.ClientConnectorError as exc:  # never reached the gateway: nothing happened
            raise PlatformUnavailable("NetworkError", f"{type(exc).__name__}: {exc}") from exc
        except aiohttp.ClientError as exc:  # the connection broke while the request was out
            raise (PlatformOutcomeUnknown if mutating else PlatformUnavailable)(
                "NetworkError", f"{type(exc).__name__}: {exc}") from exc
        return self._check(method, status, raw, mutating)

    @staticmethod
    def _check(method: str, status: int, raw: bytes, mutating: bool) -> dict[str, Any]:
        try:
            answer = json.loads(raw)
            code = str(answer["code"])
            message = str(answer.get("msg") or "")
        except (ValueError, KeyError, TypeError) as exc:
            error = PlatformOutcomeUnknown if mutating and status >= 500 else PlatformUnavailable
            raise error("HttpError", f"HTTP {status}: unexpected answer {raw[:200]!r}") from exc
        if code != SUCCESS_CODE:
            logger.warning("invoice platform %s refused: code=%s msg=%s request=%s", method, code, message,
                           answer.get("requestId", ""))
            if code.startswith("1") and len(code) == 4:
                raise PlatformUnavailable(code, message)
            detail = answer.get("detail") if isinstance(answer.get("detail"), dict) else {}
            sub_code = str(answer.get("subCode") or code).lower()
            raise PlatformRejected(sub_code, **{str(k): str(v) for k, v in detail.items()})
        data = answer.get("data")
        if status >= 500 or not isinstance(data, (dict, list)):
            raise PlatformUnavailable("BadResponse", f"{method}: HTTP {status}, code 0 without data")
        return data if isinstance(data, dict) else {"items": data}

    # -- issuing -----------------------------------------------------------------------

    @staticmethod
    def _issued(data: Mapping[str, Any]) -> IssuedInvoice:
        try:
            return IssuedInvoice(request_id=str(data["outRequestNo"]), number=str(data["invoiceNo"]),
                                 issued_at=_time(data["issueTime"]), qr_payload=str(data["qrContent"]),
                                 check_code=str(data.get("checkCode") or ""))
        except (KeyError, ValueError) as exc:
            raise PlatformOutcomeUnknown("BadResponse", f"unreadable invoice data: {exc!r}") from exc

    async def issue(self, request: IssueRequest) -> IssuedInvoice:
        biz: dict[str, Any] = {
            "outRequestNo": request.request_id, "sellerTaxId": request.seller_tax_id,
            "sellerName": request.seller_name, "invoiceType": "31" if request.kind == "special" else "32",
            "buyerName": request.buyer_name, "buyerTaxId": request.buyer_tax_id,
            "buyerAddressPhone": request.buyer_address_phone, "buyerBankAccount": request.buyer_bank_account,
            "sellerAddressPhone": request.seller_address_phone, "sellerBankAccount": request.seller_bank_account,
            "lines": [_line_out(line) for line in request.lines], "totalAmount": _money(request.total_amount),
            "totalTax": _money(request.total_tax), "total": _money(request.total), "remark": request.remark,
            "issuer": request.issuer_name,
        }
        if request.red is not None:
            biz["red"] = {"blueInvoiceNo": request.red.blue_number, "confirmationNo": request.red.confirmation_no}
        return self._issued(await self.call("invoice.issue", biz))

    async def find_issued(self, seller_tax_id: str, request_id: str) -> IssuedInvoice | None:
        data = await self.call("invoice.query", {"sellerTaxId": seller_tax_id, "outRequestNo": request_id})
        if not data.get("found"):
            return None
        return self._issued(data)

    async def invoice_status(self, seller_tax_id: str, number: str) -> PlatformInvoiceStatus:
        data = await self.call("invoice.status", {"sellerTaxId": seller_tax_id, "invoiceNo": number})
        status = {"NORMAL": "normal", "PARTLY_RED": "partly_red", "FULLY_RED": "fully_red"}.get(str(data.get("status")))
        if status is None:
            raise PlatformUnavailable("BadResponse", f"unknown invoice status {data.get('status')!r}")
        return cast(PlatformInvoiceStatus, status)

    async def credit(self, tax_id: str, month: str) -> Credit:
        data = await self.call("credit.query", {"taxId": tax_id, "month": month})
        return Credit(month=month, total=Decimal(str(data["total"])), used=Decimal(str(data["used"])),
                      remaining=Decimal(str(data["remaining"])))

    # -- 红字发票信息确认单 -------------------------------------------------------------

    @staticmethod
    def _confirmation(data: Mapping[str, Any]) -> RedConfirmationInfo:
        try:
            return RedConfirmationInfo(
                confirmation_no=str(data["confirmationNo"]), state=cast(ConfirmationState, str(data["state"])),
                blue_number=str(data["blueInvoiceNo"]), seller_tax_id=str(data["sellerTaxId"]),
                seller_name=str(data["sellerName"]), buyer_tax_id=str(data.get("buyerTaxId") or ""),
                buyer_name=str(data["buyerName"]),
                initiator="buyer" if data.get("initiator") == "buyer" else "seller",
                reason_code=str(data["reason"]), lines=tuple(_line_in(line) for line in data.get("lines") or ()),
                line_indexes=tuple(int(i) for i in data.get("lineIndexes") or ()),
                created_at=_time(data["createTime"]),
                expires_at=_time(data["expireTime"]) if data.get("expireTime") else None,
                red_number=str(data["redInvoiceNo"]) if data.get("redInvoiceNo") else None)
        except (KeyError, ValueError, TypeError) as exc:
            raise PlatformUnavailable("BadResponse", f"unreadable confirmation: {exc!r}") from exc

    async def apply_red_confirmation(self, request: RedConfirmationRequest) -> RedConfirmationInfo:
        return self._confirmation(await self.call("red.apply", {
            "outRequestNo": request.request_id, "initiatorTaxId": request.initiator_tax_id,
            "blueInvoiceNo": request.blue_number, "reason": request.reason_code,
            "lines": [_line_out(line) for line in request.lines], "lineIndexes": list(request.line_indexes)}))

    async def decide_red_confirmation(self, tax_id: str, confirmation_no: str, accept: bool) -> RedConfirmationInfo:
        return self._confirmation(await self.call("red.decide", {
            "taxId": tax_id, "confirmationNo": confirmation_no, "decision": "CONFIRM" if accept else "REFUSE"}))

    async def revoke_red_confirmation(self, tax_id: str, confirmation_no: str) -> RedConfirmationInfo:
        return self._confirmation(await self.call("red.revoke", {"taxId": tax_id, "confirmationNo": confirmation_no}))

    async def red_confirmations(self, tax_id: str) -> Sequence[RedConfirmationInfo]:
        data = await self.call("red.list", {"taxId": tax_id})
        return [self._confirmation(item) for item in data.get("items") or ()]

    # -- received invoices ---------------------------------------------------------------

    @staticmethod
    def _received(data: Mapping[str, Any]) -> ReceivedInvoice:
        status = {"NORMAL": "normal", "PARTLY_RED": "partly_red", "FULLY_RED": "fully_red"}.get(
            str(data.get("status")), "normal")
        use = {"DEDUCT": "deduct", "NOT_DEDUCT": "not_deduct"}.get(str(data.get("use") or ""))
        return ReceivedInvoice(
            number=str(data["invoiceNo"]), qr_kind=str(data["invoiceType"]),
            issued_on=date.fromisoformat(str(data["issueDate"])), seller_name=str(data["sellerName"]),
            seller_tax_id=str(data["sellerTaxId"]), buyer_tax_id=str(data["buyerTaxId"]),
            amount=Decimal(str(data["amount"])), tax=Decimal(str(data["tax"])), total=Decimal(str(data["total"])),
            status=cast(PlatformInvoiceStatus, status), tax_codes=tuple(str(c) for c in data.get("taxCodes") or ()),
            item_names=tuple(str(n) for n in data.get("itemNames") or ()),
            use=cast(Literal["deduct", "not_deduct"] | None, use), use_reason=str(data.get("useReason") or ""),
            use_period=str(data["usePeriod"]) if data.get("usePeriod") else None)

    async def received_invoices(self, buyer_tax_id: str, issued_from: date,
                                issued_to: date) -> Sequence[ReceivedInvoice]:
        data = await self.call("received.list", {"buyerTaxId": buyer_tax_id, "issueDateFrom": issued_from.isoformat(),
                                                 "issueDateTo": issued_to.isoformat()})
        return [self._received(item) for item in data.get("items") or ()]

    async def confirm_use(self, buyer_tax_id: str, number: str, decision: UseDecision, period: str,
                          reason: str = "") -> ReceivedInvoice:
        return self._received(await self.call("received.use", {
            "buyerTaxId": buyer_tax_id, "invoiceNo": number, "decision": decision.upper(), "period": period,
            "reason": reason}))

    async def statistics(self, buyer_tax_id: str, period: str,
                         action: Literal["status", "apply", "sign", "undo"]) -> StatisticsState:
        data = await self.call(f"statistics.{action}", {"buyerTaxId": buyer_tax_id, "period": period})
        state = str(data.get("state", "")).lower()
        if state not in ("open", "applied", "signed"):
            raise PlatformUnavailable("BadResponse", f"unknown statistics state {state!r}")
        return cast(StatisticsState, state)

    # -- the channel's authorisation --------------------------------------------------------

    async def request_authorization(self, tax_id: str, taxpayer_name: str) -> AuthorizationRequest:
        data = await self.call("authorization.request", {"taxId": tax_id, "taxpayerName": taxpayer_name})
        return AuthorizationRequest(tax_id=tax_id, reference=str(data["reference"]), state="pending")

    async def confirm_authorization(self, tax_id: str, reference: str, code: str) -> AuthorizationRequest:
        data = await self.call("authorization.confirm", {"taxId": tax_id, "reference": reference, "code": code})
        state = "authorized" if data.get("state") == "AUTHORIZED" else "pending"
        return AuthorizationRequest(tax_id=tax_id, reference=reference, state=state)  # type: ignore[arg-type]


__all__ = ["MUTATING", "HttpInvoicePlatform"]
