"""Reading the short free-form texts people type in chat: items, buyers, months.

Pure functions over user input (they recognise Chinese words such as 元, 免税, 专票);
the bot uses them to turn a message into dialog data.
"""

from __future__ import annotations

import re
from typing import Any

from core.domain.taxpayer_id import is_person_id

TAX_ID = re.compile(r"^[0-9A-Za-z]{15}$|^[0-9A-Za-z]{17,18}$|^[0-9A-Za-z]{20}$")
AMOUNT = re.compile(r"^[¥￥]?\d[\d,]*(\.\d{1,2})?元?$")
RATE = re.compile(r"^(\d{1,2}(\.\d+)?%|免税|不征税)$")
MONTH = re.compile(r"^(\d{4})[-/年.](\d{1,2})月?$")
DISCOUNT = re.compile(r"^(?:折扣|优惠|让利)\s*([¥￥]?\d[\d,]*(?:\.\d{1,2})?元?|\d{1,3}(?:\.\d{1,2})?[%％])$")
DISCOUNT_WORDS = frozenset({"折扣", "优惠", "让利"})
SPECIAL_WORDS = frozenset({"专票", "专用发票", "增值税专用发票"})
NORMAL_WORDS = frozenset({"普票", "普通发票"})


def plain_amount(text: str) -> str:
    """'¥1,000元' → '1000'."""
    return text.strip("¥￥元").replace(",", "")


def is_amount(text: str) -> bool:
    return bool(AMOUNT.match(text))


def parse_discount(text: str) -> str | None:
    """`折扣 50`, `优惠 10%` (a 折扣行 for the line before) → "50" / "10%"; else None."""
    match = DISCOUNT.match(text.strip())
    if match is None:
        return None
    value = match.group(1).replace("％", "%")
    return value if value.endswith("%") else plain_amount(value)


def _pop_discount(tokens: list[str]) -> str | None:
    """Take a trailing `折扣 <金额|百分比>` off ``tokens``."""
    if len(tokens) >= 2 and tokens[-2] in DISCOUNT_WORDS:
        value = parse_discount(f"{tokens[-2]} {tokens[-1]}")
        if value is not None:
            del tokens[-2:]
            return value
    return None


def parse_item(text: str) -> dict[str, Any] | None:
    """`名称 金额 [税率] [折扣 X]` → a line; None when the text does not look like one."""
    tokens = text.split()
    discount = _pop_discount(tokens)
    if len(tokens) < 2:
        return None
    rate = tokens.pop() if RATE.match(tokens[-1]) else None
    if len(tokens) < 2 or not AMOUNT.match(tokens[-1]):
        return None
    amount = plain_amount(tokens.pop())
    item: dict[str, Any] = {"name": " ".join(tokens), "amount": amount, "rate": rate}
    if discount is not None:
        item["discount"] = discount
    return item


def parse_buyer(text: str) -> dict[str, Any]:
    """`名称 [税号|身份证号]`; a short name without an ID, or one with a 身份证号, is a natural person."""
    tokens = text.split()
    tax_id = ""
    if len(tokens) >= 2 and TAX_ID.match(tokens[-1]):
        tax_id = tokens.pop().upper()
    name = " ".join(tokens)
    # a 身份证号 makes the buyer a natural person, whatever the name's length
    person = is_person_id(tax_id) if tax_id else len(name) <= 4
    return {"name": name, "tax_id": tax_id, "is_person": person}


def parse_one_message(args: str) -> dict[str, Any]:
    """What `开票 <买方> [税号] <项目> <金额> [税率] [折扣 X] [专票|普票]` says, as dialog data."""
    tokens = args.split()
    data: dict[str, Any] = {}
    if not tokens:
        return data
    if tokens[-1] in SPECIAL_WORDS:
        data["kind"] = "special"
        tokens.pop()
    elif tokens[-1] in NORMAL_WORDS:
        data["kind"] = "normal"
        tokens.pop()
    discount = _pop_discount(tokens)
    rate = tokens.pop() if tokens and RATE.match(tokens[-1]) else None
    if len(tokens) >= 3 and AMOUNT.match(tokens[-1]):
        amount = plain_amount(tokens.pop())
        item = tokens.pop()
        line: dict[str, Any] = {"name": item, "amount": amount, "rate": rate}
        if discount is not None:
            line["discount"] = discount
        data["lines"] = [line]
    if tokens:
        data["buyer"] = parse_buyer(" ".join(tokens))
    return data


def parse_month(text: str) -> tuple[int, int] | None:
    """'2026-11', '2026年11月' → (2026, 11)."""
    match = MONTH.match(text.strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 else None
