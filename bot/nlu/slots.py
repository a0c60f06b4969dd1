"""Slot extractors: what a free-form message says about an invoice, a month, a number.

Their words and patterns are data (templates/intents.yaml, ``slots:``); the extractors only
apply them. Amounts are kept as plain decimal strings ("5000", "2000") for the core to check.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import yaml

from bot.nlu.text import cn_number
from core.domain.taxpayer_id import is_person_id
from templates import TEMPLATE_DIR

_CN = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER = rf"(?:\d[\d,]*(?:\.\d{{1,2}})?(?:[千万kK]|w)?|[{_CN}]+)"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))["slots"]
    return data


@cache
def _regexes() -> dict[str, Any]:
    d = _data()
    units = "|".join(sorted((re.escape(u) for u in d["units"]), key=len, reverse=True))
    money = "|".join(sorted((re.escape(u) for u in d["money_unit"]), key=len, reverse=True))
    return {
        "tax_id": re.compile(d["tax_id"]),
        "rate": re.compile(d["rate"]),
        "buyer": [re.compile(p) for p in d["buyer"]],
        # 20份 / 20 份
        "quantity": re.compile(rf"(?P<q>\d+(?:\.\d+)?|[{_CN}]+)\s*(?P<u>{units})(?![a-z])"),
        # 每份25元 / 单价25 / 25元一份 / 25块/份
        "price_before": re.compile(rf"(?:每\s*(?:{units})?|单价)\s*(?P<p>{NUMBER})\s*(?:{money})?"),
        "price_after": re.compile(rf"(?P<p>{NUMBER})\s*(?:{money})\s*(?:/|一|每)\s*(?:{units})"),
        "money": re.compile(rf"(?:[¥￥]\s*)?(?P<a>{NUMBER})\s*(?P<m>{money})?"),
        "units": units,
        "money_unit": money,
    }


def amount_of(text: str) -> str | None:
    """「5000」「5,000元」「¥5000」「5千」「两千」「1.5万」「三千五」 → a plain decimal string."""
    raw = text.strip().strip("¥￥").replace(",", "")
    for unit in sorted(_data()["money_unit"], key=len, reverse=True):
        if raw.endswith(unit):
            raw = raw[: -len(unit)]
            break
    if not raw:
        return None
    multiplier = 1
    if raw[-1] in "千kK" and re.fullmatch(r"\d+(\.\d+)?", raw[:-1]):
        multiplier, raw = 1000, raw[:-1]
    elif raw[-1] in "万w" and re.fullmatch(r"\d+(\.\d+)?[万w]", raw):
        multiplier, raw = 10000, raw[:-1]
    if re.fullmatch(r"\d+(\.\d{1,2})?", raw):
        value = float(raw) * multiplier if multiplier != 1 else None
        if value is None:
            return raw
        return str(int(value)) if value == int(value) else f"{value:.2f}"
    # 三千五 (= 3500): a trailing digit after 千/万 counts in the next lower unit
    tail = re.fullmatch(rf"([{_CN}]+)([千万])([一二两三四五六七八九])", raw)
    number = cn_number(raw)
    if tail:
        head = cn_number(tail.group(1) + tail.group(2))
        last = cn_number(tail.group(3))
        if head is not None and last is not None:
            number = head + last * (1000 if tail.group(2) == "万" else 100)
    if number is None:
        return None
    return str(number * multiplier)


def kind_of(text: str) -> str | None:
    for kind in ("special", "normal"):
        if any(word in text for word in _data()["kind"][kind]):
            return str(kind)
    return None


def tax_id_of(text: str) -> str | None:
    found = _regexes()["tax_id"].search(text.lower())
    return found.group(1).upper() if found else None


def rate_of(text: str) -> str | None:
    found = _regexes()["rate"].search(text)
    return found.group(1) if found else None


def buyer_of(text: str) -> str | None:
    for pattern in _regexes()["buyer"]:
        found = pattern.search(text)
        if found:
            name = str(found.group("v")).strip()
            for word in (*_data()["kind"]["special"], *_data()["kind"]["normal"]):
                name = name.replace(word, "")
            if len(name) >= 2 and name not in _data()["not_buyer"]:
                return name
    return None


def _clean_item(name: str) -> str:
    name = name.strip(" ，,。：:；;、")
    changed = True
    while changed and name:
        changed = False
        for word in sorted(_data()["item_noise"], key=len, reverse=True):
            if name.startswith(word) and len(name) > len(word):
                name, changed = name[len(word):].strip(" ，,：:"), True
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)].strip(" ，,：:"), True
    return name


def line_of(text: str) -> dict[str, Any] | None:
    """One invoice line from a message: 「咨询费5000」「咨询费 5000元 6%」「盒饭 20份 每份25元」
    「打印纸 3箱 单价80」「5000的咨询费」. None when there is no amount or no name."""
    rx = _regexes()
    rest = text
    rate = rate_of(rest)
    if rate:
        rest = rest.replace(rate, " ")
    quantity = unit = price = None
    found = rx["price_before"].search(rest) or rx["price_after"].search(rest)
    if found:
        price = amount_of(found.group("p"))
        rest = rest[: found.start()] + " " + rest[found.end():]
        q = rx["quantity"].search(rest)
        if q:
            quantity, unit = str(cn_number(q.group("q")) or q.group("q")), q.group("u")
            rest = rest[: q.start()] + " " + rest[q.end():]
    line: dict[str, Any] = {"rate": rate}
    if price and quantity:
        name = _clean_item(re.split(r"[，,。；;]", rest.strip(" ，,。；;"))[0])
        if not name:
            return None
        return {**line, "name": name, "quantity": quantity, "unit": unit or "", "unit_price": price}
    # name + amount: the last number in the message is the amount
    amounts = [m for m in rx["money"].finditer(rest) if m.group("a") and amount_of(m.group("a")) is not None
               and not re.fullmatch(rf"[{_CN}]", m.group("a"))]
    if not amounts:
        return None
    last = amounts[-1]
    amount = amount_of(last.group("a"))
    before, after = rest[: last.start()], rest[last.end():]
    # the item is the clause the amount is in: 「开张票，维修费 5千」 → 维修费
    clause = re.split(r"[，,。；;]", before.strip(" ，,。；;"))[-1]
    name = _clean_item(clause) or _clean_item(after)
    if not name or amount is None or re.fullmatch(r"[\d.,\s]+", name):
        return None
    return {**line, "name": name, "amount": amount}


def month_of(text: str, today: date) -> tuple[int, int] | None:
    """本月 / 上个月 / 12月 / 十二月 / 2026年12月 / 2026-12 / 去年12月 → (year, month)."""
    words = _data()["month"]
    if any(w in text for w in words["this"]):
        return today.year, today.month
    if any(w in text for w in words["last"]):
        return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    found = re.search(r"(\d{4})\s*[-/年.]\s*(\d{1,2})(?:月|$|\D)", text)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
        return (year, month) if 1 <= month <= 12 else None
    found = re.search(r"(去年|今年)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!份?\d)", text)
    if found:
        month = cn_number(found.group(2)) or 0
        if not 1 <= month <= 12:
            return None
        if found.group(1) in words["last_year"]:
            return today.year - 1, month
        if found.group(1) in words["this_year"]:
            return today.year, month
        # a month after this one means last year's (in December 「12月」 is this month)
        return (today.year, month) if month <= today.month else (today.year - 1, month)
    return None


def last_digits_of(text: str) -> str | None:
    """「0002」「尾号0002」「后四位 0002」: 3–19 digits that are not a month or an amount."""
    found = re.search(r"(?<![\d.])(\d{3,20})(?![\d.]|\s*[月年元块份个])", text)
    return found.group(1) if found else None


def format_of(text: str) -> str | None:
    lowered = text.lower()
    for fmt, words in _data()["format"].items():
        if any(w in lowered for w in words):
            return str(fmt)
    return None


def query_text_of(text: str) -> str:
    """What is left of a query once the month, the digits and the filler words are gone."""
    rest = re.sub(r"(\d{4}\s*[-/年.]\s*)?\d{1,2}\s*月份?|\d{3,20}", " ", text)
    for group in _data()["month"].values():
        for word in group:
            rest = rest.replace(word, " ")
    for word in sorted(_data()["query_noise"], key=len, reverse=True):
        rest = rest.replace(word, " ")
    return " ".join(rest.split())


def invoice_number_of(text: str) -> str | None:
    found = re.search(r"(?<!\d)(\d{20}|\d{8})(?!\d)", text)
    return found.group(1) if found else None


def buyer_text(text: str) -> dict[str, Any]:
    """The buyer step's answer: 「武汉某某科技有限公司 91420100…」, 「武汉某某科技有限公司，税号：9142…」
    or a person's name. A short name without a tax ID is taken as a natural person."""
    tax_id = tax_id_of(text) or ""
    name = re.sub(re.escape(tax_id), " ", text, flags=re.IGNORECASE) if tax_id else text
    for word in sorted(_data()["buyer_noise"], key=len, reverse=True):
        name = name.replace(word, " ")
    name = " ".join(name.replace(",", " ").replace("，", " ").split()).strip(" ：:;；。")
    person = is_person_id(tax_id) if tax_id else len(name) <= 4  # a 身份证号 makes a natural person
    return {"name": name, "tax_id": tax_id, "is_person": person}
