"""The national invoice QR string: ``版本,票种,代码,号码,金额,YYYYMMDD,校验码,尾码``.

Example (数电普票): ``01,32,,24312000000136634917,0.01,20240514,,1DD6``; 代码 and 校验码
are empty for 数电 invoices. Parsing it is how received invoices (进项) get recorded
quickly (GUIDE.md section 3, "Verification").

票种 accepted: ``31`` 数电专票 and ``32`` 数电普票 (20-digit number, no 代码), and the
legacy kinds ``01`` 专票, ``04`` 普票, ``08`` 电子专票, ``10`` 电子普票, ``11`` 卷票,
``14`` 通行费 (10/12-digit 代码 + 8-digit 号码), and the 数电 tickets ``51`` 铁路电子客票 and
``61`` 航空行程单 (20-digit number). For 数电 the 金额 is taken as printed;
whether it is 价税合计 or 合计金额 is *unconfirmed*, so it is stored as ``amount``.

Bad input raises ``ValidationFailed`` with problem code ``qr_format`` on field ``qr``; the
param ``reason`` says which part failed: ``fields``, ``version``, ``kind``, ``code``,
``number``, ``amount``, ``date``, ``check_code`` or ``tail``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from core.domain.errors import ValidationFailed
from core.domain.invoice_number import DIGITAL_LENGTH, is_valid_legacy_code
from core.domain.money import CENT

__all__ = [
    "DIGITAL_KINDS",
    "KIND_DIGITAL_ORDINARY",
    "KIND_DIGITAL_SPECIAL",
    "LEGACY_KINDS",
    "TICKET_KINDS",
    "QrPayload",
    "build_qr",
    "parse_qr",
]

KIND_DIGITAL_SPECIAL: Final = "31"
KIND_DIGITAL_ORDINARY: Final = "32"
DIGITAL_KINDS: Final = frozenset({KIND_DIGITAL_SPECIAL, KIND_DIGITAL_ORDINARY})
LEGACY_KINDS: Final = frozenset({"01", "04", "08", "10", "11", "14"})
#: 数电 passenger-transport tickets a business receives: ``51`` 电子发票（铁路电子客票）
#: (公告2024年第8号), ``61`` 电子发票（航空运输电子客票行程单） (公告2024年第9号); 20-digit
#: numbers, no 代码, and the 金额 is the 票面金额.
TICKET_KINDS: Final = frozenset({"51", "61"})
_SPECIAL_KINDS: Final = frozenset({KIND_DIGITAL_SPECIAL, "01", "08"})

_VERSION_RE: Final = re.compile(r"[0-9]{2}")
_DIGITAL_NUMBER_RE: Final = re.compile(r"[0-9]{20}")
_LEGACY_NUMBER_RE: Final = re.compile(r"[0-9]{8}")
_AMOUNT_RE: Final = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")
_DATE_RE: Final = re.compile(r"[0-9]{8}")
_CHECK_CODE_RE: Final = re.compile(r"[0-9]{0,20}")
_TAIL_RE: Final = re.compile(r"[0-9A-Za-z]{0,16}")
_FIELD_COUNT: Final = 8


@dataclass(frozen=True)
class QrPayload:
    version: str
    kind: str
    code: str
    number: str
    amount: Decimal
    issue_date: date
    check_code: str
    tail: str

    @property
    def is_digital(self) -> bool:
        """A 数电 invoice (20-digit number, no 代码)."""
        return self.kind in DIGITAL_KINDS

    @property
    def is_special(self) -> bool:
        """A 专票 (VAT special invoice), digital or legacy."""
        return self.kind in _SPECIAL_KINDS

    def to_string(self) -> str:
        return ",".join(
            (
                self.version,
                self.kind,
                self.code,
                self.number,
                f"{self.amount:.2f}",
                f"{self.issue_date.year:04d}{self.issue_date.month:02d}{self.issue_date.day:02d}",
                self.check_code,
                self.tail,
            )
        )


def _fail(reason: str) -> ValidationFailed:
    return ValidationFailed.one("qr", "qr_format", reason=reason)


def _check(payload: QrPayload) -> None:
    """Raise ``qr_format`` when the parts do not fit together."""
    if not _VERSION_RE.fullmatch(payload.version):
        raise _fail("version")
    if payload.kind in DIGITAL_KINDS or payload.kind in TICKET_KINDS:
        if payload.code:
            raise _fail("code")
        if len(payload.number) != DIGITAL_LENGTH or not _DIGITAL_NUMBER_RE.fullmatch(payload.number):
            raise _fail("number")
    elif payload.kind in LEGACY_KINDS:
        if not is_valid_legacy_code(payload.code) or not payload.code.isascii():
            raise _fail("code")
        if not _LEGACY_NUMBER_RE.fullmatch(payload.number):
            raise _fail("number")
    else:
        raise _fail("kind")
    if payload.amount != payload.amount.quantize(CENT):
        raise _fail("amount")
    if not _CHECK_CODE_RE.fullmatch(payload.check_code):
        raise _fail("check_code")
    if not _TAIL_RE.fullmatch(payload.tail):
        raise _fail("tail")


def parse_qr(text: str) -> QrPayload:
    """Parse the QR string of a received invoice (a trailing comma is tolerated)."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    fields = [part.strip() for part in text.strip().split(",")]
    if len(fields) == _FIELD_COUNT + 1 and fields[-1] == "":
        fields.pop()
    if len(fields) != _FIELD_COUNT:
        raise _fail("fields")
    version, kind, code, number, amount_text, date_text, check_code, tail = fields
    if kind not in DIGITAL_KINDS and kind not in LEGACY_KINDS and kind not in TICKET_KINDS:
        raise _fail("kind")
    if not _AMOUNT_RE.fullmatch(amount_text):
        raise _fail("amount")
    if not _DATE_RE.fullmatch(date_text):
        raise _fail("date")
    try:
        issued = date(int(date_text[:4]), int(date_text[4:6]), int(date_text[6:]))
    except ValueError:
        raise _fail("date") from None
    payload = QrPayload(
        version=version,
        kind=kind,
        code=code,
        number=number,
        amount=Decimal(amount_text).quantize(CENT),
        issue_date=issued,
        check_code=check_code,
        tail=tail,
    )
    _check(payload)
    return payload


def build_qr(
    kind: str,
    number: str,
    amount: Decimal,
    issue_date: date,
    *,
    version: str = "01",
    code: str = "",
    check_code: str = "",
    tail: str = "",
) -> str:
    """Build the QR string; ``parse_qr(build_qr(...))`` gives the same parts back.

    Raises ``ValidationFailed`` (``qr_format``) for parts that do not fit and TypeError
    for a float amount.
    """
    if isinstance(amount, float) or not isinstance(amount, Decimal):
        raise TypeError("amount must be a Decimal")
    if not amount.is_finite():
        raise _fail("amount")
    payload = QrPayload(
        version=version,
        kind=kind,
        code=code,
        number=number,
        amount=amount,
        issue_date=issue_date,
        check_code=check_code,
        tail=tail,
    )
    _check(payload)
    return payload.to_string()
