"""What a received invoice recorded by hand must be: the fields typed, pasted or imported
(:class:`InputInvoiceData`), checked into the model's values with what the invoice gives as input
tax (:func:`checked_values`: the kind never assumed, the rate found from 金额 and 税额 or asked
for), and the rows of an imported CSV/XLSX file keyed by our field names (:func:`read_table`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from core.domain import validators
from core.domain.errors import FieldChecks, ValidationFailed
from core.domain.invoice_number import is_valid_legacy_code, is_valid_number
from core.domain.money import MONEY_MAX, to_money
from core.domain.taxpayer_id import normalize_tax_id
from core.domain.upload_bounds import Deadline, bounded_rows, xlsx_rows
from core.input_invoicing.deductibility import assess

#: Accepted column headers (Chinese as printed in exports of common systems, and English).
COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("发票号码", "number"),
    "code": ("发票代码", "code"),
    "issue_date": ("开票日期", "issue_date", "date"),
    "seller_name": ("销售方名称", "销方名称", "seller_name"),
    "seller_tax_id": ("销售方纳税人识别号", "销方税号", "seller_tax_id"),
    "amount": ("金额", "合计金额", "amount"),
    "tax": ("税额", "合计税额", "tax"),
    "kind": ("票种", "发票类型", "kind"),
    "rate": ("税率", "税率/征收率", "rate"),
    "total": ("价税合计", "票面金额", "total"),
}


@dataclass(frozen=True)
class InputInvoiceData:
    number: str
    issue_date: str
    amount: str
    tax: str
    code: str = ""
    #: special / normal / toll / rail / air (or 专票 / 普票 …); never assumed when blank.
    kind: str = ""
    seller_name: str = ""
    seller_tax_id: str = ""
    #: The rate printed (``13``, ``13%``, ``0.13``); found from 金额 and 税额 when blank.
    rate: str = ""
    #: 价税合计 / 票面金额 (rail: the base of the computed tax).
    total: str = ""
    #: 航空行程单: 票价 + 燃油附加费, the base of the computed tax.
    fare_and_fuel: str = ""
    qr_kind: str = ""
    tax_codes: tuple[str, ...] = ()
    item_names: tuple[str, ...] = ()


def money(text: str, field_name: str) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace(",", "").lstrip("¥￥"))
    except InvalidOperation:
        raise ValidationFailed.one(field_name, "amount_format") from None
    if not value.is_finite() or value < 0:
        raise ValidationFailed.one(field_name, "amount_format")
    if value > MONEY_MAX:  # 1E+30 made quantize() raise InvalidOperation: a 500
        raise ValidationFailed.one(field_name, "amount_too_large", max=str(MONEY_MAX))
    return to_money(value)


def parse_date(text: str, field_name: str) -> date:
    raw = str(text).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(raw[:19].split(" ")[0] if fmt != "%Y年%m月%d日" else raw, fmt).date()
        except ValueError:
            continue
    raise ValidationFailed.one(field_name, "date_format")


#: Words for the kinds (typed, imported); a blank kind is refused, never taken as 专票.
KIND_WORDS: dict[str, str] = {
    "专票": "special", "专用发票": "special", "增值税专用发票": "special", "数电专票": "special",
    "普票": "normal", "普通发票": "normal", "增值税普通发票": "normal", "数电普票": "normal",
    "通行费": "toll", "通行费发票": "toll", "通行费电子发票": "toll",
    "铁路": "rail", "火车票": "rail", "铁路电子客票": "rail", "电子客票": "rail",
    "航空": "air", "机票": "air", "行程单": "air", "航空行程单": "air", "航空运输电子客票行程单": "air",
}
KINDS = ("special", "normal", "toll", "rail", "air")
#: Rates a received invoice may show (税率 and 征收率), in percent.
STANDARD_RATES = ("13", "9", "6", "5", "3", "1")
#: |税额 − 金额 × 税率| allowed over a whole invoice (GUIDE §3 "Arithmetic").
TAX_TOLERANCE = Decimal("1.27")


def _rate_code(text: str) -> str:
    raw = text.strip().rstrip("%％")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationFailed.one("rate", "input_rate_unknown") from None
    if 0 < value < 1:
        value *= 100
    code = str(value.normalize()) if value.is_finite() else ""
    if code not in STANDARD_RATES and code != "0":
        raise ValidationFailed.one("rate", "input_rate_unknown")
    return code


def _derived_rate(amount: Decimal, tax: Decimal) -> str:
    """The standard rate that fits 金额 and 税额, or "" when none does (then it is asked for)."""
    if tax == 0:
        return "0"
    if amount <= 0:
        return ""
    ratio = str((tax / amount * 100).quantize(Decimal("1")))
    if ratio in STANDARD_RATES and abs(amount * Decimal(ratio) / 100 - tax) <= TAX_TOLERANCE:
        return ratio
    return ""


def checked_values(data: InputInvoiceData) -> dict[str, Any]:
    """The model's values for a received invoice, with what it gives as input tax; a
    ``ValidationFailed`` naming every field at fault otherwise."""

    checks = FieldChecks()
    number = data.number.strip()
    code = data.code.strip()
    if not is_valid_number(number):
        checks.fail("number", "invoice_number_format")
    if code and not is_valid_legacy_code(code):
        checks.fail("code", "invoice_code_format")
    if len(number) == 8 and not code:
        checks.fail("code", "required")
    checks.run("issue_date", parse_date, data.issue_date, "issue_date")
    kind = KIND_WORDS.get(data.kind.strip(), data.kind.strip())
    if not kind:
        checks.fail("kind", "required")
    elif kind not in KINDS:
        checks.fail("kind", "invoice_kind_invalid")
    ticket = kind in ("rail", "air")
    if ticket:
        checks.run("total", money, data.total, "total")
        if kind == "air":
            checks.run("fare_and_fuel", money, data.fare_and_fuel, "fare_and_fuel")
    else:
        checks.run("amount", money, data.amount, "amount")
        checks.run("tax", money, data.tax, "tax")
        if data.total.strip():
            checks.run("total", money, data.total, "total")
    if data.rate.strip():
        checks.run("rate", _rate_code, data.rate)
    if data.seller_tax_id.strip():
        checks.run("seller_tax_id", normalize_tax_id, data.seller_tax_id, "seller_tax_id")
    checks.run("seller_name", validators.check_text, data.seller_name, "seller_name", max_len=100,
               required=False)
    checks.raise_if_any()
    values = checks.values
    issue_date = values["issue_date"]
    names = tuple(n[:60] for n in data.item_names[:20])
    judged = assess(kind, on=issue_date, tax=values.get("tax", Decimal("0.00")), total=values.get("total"),
                    fare_and_fuel=values.get("fare_and_fuel"), tax_codes=data.tax_codes, item_names=names)
    if ticket:
        # The ticket shows a tax-inclusive price; its tax is computed (公告2019年第39号).
        tax = judged.deductible_tax
        base = values["fare_and_fuel"] if kind == "air" else values["total"]
        amount, rate_code, total = base - tax, "9", values["total"]
    else:
        amount, tax = values["amount"], values["tax"]
        rate_code = values.get("rate") or _derived_rate(amount, tax)
        if not rate_code:
            raise ValidationFailed.one("rate", "input_rate_unknown")
        if rate_code != "0" and abs(amount * Decimal(rate_code) / 100 - tax) > TAX_TOLERANCE:
            raise ValidationFailed.one("tax", "input_tax_mismatch", rate=rate_code)
        total = values.get("total") or amount + tax
    qr_kind = data.qr_kind or _default_qr_kind(kind, len(number) == 8)
    return {"number": number, "code": code, "kind": kind, "issue_date": issue_date,
            "amount": amount, "tax": tax, "total": total, "seller_name": values.get("seller_name", ""),
            "seller_tax_id": values.get("seller_tax_id", ""), "rate_code": rate_code, "qr_kind": qr_kind,
            "deductible": judged.deductible, "deductible_tax": judged.deductible_tax,
            "not_deductible_code": judged.not_deductible_code, "item_category": judged.category,
            "item_names": "、".join(names)[:400]}


def _default_qr_kind(kind: str, legacy: bool) -> str:
    return {"special": "01" if legacy else "31", "normal": "04" if legacy else "32", "toll": "14" if legacy else "32",
            "rail": "51", "air": "61"}[kind]


def _header_map(header: Sequence[object]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for position, title in enumerate(header):
        label = str(title or "").strip()
        for key, names in COLUMNS.items():
            if label in names:
                mapping[position] = key
    return mapping


def read_table(filename: str, data: bytes) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8, with or without BOM, or GBK) or XLSX file, keyed by our field names."""
    lowered = filename.lower()
    deadline = Deadline()
    if lowered.endswith(".xlsx"):
        raw_rows = list(xlsx_rows(data, deadline))
    elif lowered.endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationFailed.one("file", "import_unreadable")
        try:
            raw_rows = list(bounded_rows(csv.reader(io.StringIO(text)), deadline))
        except csv.Error:
            raise ValidationFailed.one("file", "import_unreadable") from None
    else:
        raise ValidationFailed.one("file", "import_format")
    if not raw_rows:
        return []
    mapping = _header_map(raw_rows[0])
    if "number" not in mapping.values():
        raise ValidationFailed.one("file", "import_header", required="发票号码、开票日期、金额、税额")
    rows = []
    for raw in raw_rows[1:]:
        if not any(cell not in (None, "") for cell in raw):
            continue
        row: dict[str, str] = {}
        for position, key in mapping.items():
            value = raw[position] if position < len(raw) else None
            if isinstance(value, datetime):
                value = value.date().isoformat()
            elif isinstance(value, date):
                value = value.isoformat()
            row[key] = "" if value is None else str(value)
        rows.append(row)
    return rows
