"""Reading the short free-form texts people type in chat: items, buyers, months.

Pure functions over user input (they recognise Chinese words such as 元, 免税, 专票);
the bot uses them to turn a message into dialog data.
"""

from __future__ import annotations

import re
from typing import Any

TAX_ID = re.compile(r"^[0-9A-Za-z]{15}$|^[0-9A-Za-z]{17,18}$|^[0-9A-Za-z]{20}$")
AMOUNT = re.compile(r"^[¥￥]?\d[\d,]*(\.\d{1,2})?元?$")
RATE = re.compile(r"^(\d{1,2}(\.\d+)?%|免税|不征税)$")
MONTH = re.compile(r"^(\d{4})[-/年.](\d{1,2})月?$")
SPECIAL_WORDS = frozenset({"专票", "专用发票", "增值税专用发票"})
NORMAL_WORDS = frozenset({"普票", "普通发票"})


def plain_amount(text: str) -> str:
    """'¥1,000元' → '1000'."""
    return text.strip("¥￥元").replace(",", "")


def is_amount(text: str) -> bool:
    return bool(AMOUNT.match(text))


def parse_item(text: str) -> dict[str, Any] | None:
    """`名称 金额 [税率]` → a line; None when the text does not look like one."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    rate = tokens.pop() if RATE.match(tokens[-1]) else None
    if len(tokens) < 2 or not AMOUNT.match(tokens[-1]):
        return None
    amount = plain_amount(tokens.pop())
    return {"name": " ".join(tokens), "amount": amount, "rate": rate}


def parse_buyer(text: str) -> dict[str, Any]:
    """`名称 [税号]`; a short name without a tax ID is taken as a natural person."""
    tokens = text.split()
    tax_id = ""
    if len(tokens) >= 2 and TAX_ID.match(tokens[-1]):
        tax_id = tokens.pop().upper()
    name = " ".join(tokens)
    return {"name": name, "tax_id": tax_id, "is_person": not tax_id and len(name) <= 4}


def parse_one_message(args: str) -> dict[str, Any]:
    """What `开票 <买方> [税号] <项目> <金额> [税率] [专票|普票]` says, as dialog data."""
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
    rate = tokens.pop() if tokens and RATE.match(tokens[-1]) else None
    if len(tokens) >= 3 and AMOUNT.match(tokens[-1]):
        amount = plain_amount(tokens.pop())
        item = tokens.pop()
        data["lines"] = [{"name": item, "amount": amount, "rate": rate}]
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
