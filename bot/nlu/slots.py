"""Slot extractors: what a free-form message says about an invoice, a month, a number.

Their words and patterns are data (templates/intents.yaml, ``slots:``); the extractors only
apply them. Amounts are kept as plain decimal strings ("5000", "2000") for the core to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import yaml

from bot.nlu.text import cn_number, numerals
from core.domain.taxpayer_id import is_person_id
from templates import TEMPLATE_DIR, compile_patterns

#: Plain decimal numbers (no words in them: these only check a number's form).
_DECIMAL = re.compile(r"\d+(\.\d+)?")
_CENTS = re.compile(r"\d+(\.\d{1,2})?")
_NUMBERS_ONLY = re.compile(r"[\d.,\s]+")


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted((str(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class _Slots:
    """``slots:`` of templates/intents.yaml, loaded and compiled once."""

    data: dict[str, Any]
    rx: dict[str, re.Pattern[str]]
    buyer: tuple[re.Pattern[str], ...]  # the buyer patterns, in order
    money_units: tuple[str, ...]  # longest first, as the words below
    item_noise: tuple[str, ...]
    buyer_noise: tuple[str, ...]
    query_noise: tuple[str, ...]
    kind_words: tuple[str, ...]  # special then normal: cut from a buyer's name
    multipliers: dict[str, int]
    currency_signs: str
    edges: dict[str, str]
    separators: tuple[str, ...]


@cache
def _slots() -> _Slots:
    d: dict[str, Any] = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))["slots"]
    pieces = {"cn": numerals(),
              "units": "|".join(re.escape(u) for u in _longest_first(d["units"])),
              "money": "|".join(re.escape(u) for u in _longest_first(d["money_unit"]))}
    rx = compile_patterns(d["patterns"], pieces)
    rx["tax_id"] = re.compile(d["tax_id"])
    rx["rate"] = re.compile(d["rate"])
    return _Slots(d, rx, tuple(re.compile(p) for p in d["buyer"]), _longest_first(d["money_unit"]),
                  _longest_first(d["item_noise"]), _longest_first(d["buyer_noise"]), _longest_first(d["query_noise"]),
                  (*map(str, d["kind"]["special"]), *map(str, d["kind"]["normal"])),
                  {str(k): int(v) for k, v in d["multipliers"].items()}, str(d["currency_signs"]),
                  {str(k): str(v) for k, v in d["edges"].items()}, tuple(str(w) for w in d["separators"]))


def amount_of(text: str) -> str | None:
    """「5000」「5,000元」「¥5000」「5千」「两千」「1.5万」「三千五」 → a plain decimal string."""
    slots = _slots()
    raw = text.strip().strip(slots.currency_signs).replace(",", "")
    for unit in slots.money_units:
        if raw.endswith(unit):
            raw = raw[: -len(unit)]
            break
    if not raw:
        return None
    multiplier = slots.multipliers.get(raw[-1], 1)
    if multiplier != 1:
        if _DECIMAL.fullmatch(raw[:-1]):
            raw = raw[:-1]
        else:
            multiplier = 1
    if _CENTS.fullmatch(raw):
        value = float(raw) * multiplier if multiplier != 1 else None
        if value is None:
            return raw
        return str(int(value)) if value == int(value) else f"{value:.2f}"
    # 三千五 (= 3500): a trailing digit after 千/万 counts in the next lower unit
    tail = slots.rx["numeral_tail"].fullmatch(raw)
    number = cn_number(raw)
    if tail:
        head = cn_number(tail.group(1) + tail.group(2))
        last = cn_number(tail.group(3))
        if head is not None and last is not None:
            number = head + last * (slots.multipliers[tail.group(2)] // 10)
    if number is None:
        return None
    return str(number * multiplier)


def kind_of(text: str) -> str | None:
    for kind in ("special", "normal"):
        if any(word in text for word in _slots().data["kind"][kind]):
            return str(kind)
    return None


def tax_id_of(text: str) -> str | None:
    found = _slots().rx["tax_id"].search(text.lower())
    return found.group(1).upper() if found else None


def rate_of(text: str) -> str | None:
    found = _slots().rx["rate"].search(text)
    return found.group(1) if found else None


def buyer_of(text: str) -> str | None:
    slots = _slots()
    for pattern in slots.buyer:
        found = pattern.search(text)
        if found:
            name = str(found.group("v")).strip()
            for word in slots.kind_words:
                name = name.replace(word, "")
            if len(name) >= 2 and name not in slots.data["not_buyer"]:
                return name
    return None


def _clean_item(name: str) -> str:
    slots = _slots()
    edge = slots.edges["item_word"]
    name = name.strip(slots.edges["item"])
    changed = True
    while changed and name:
        changed = False
        for word in slots.item_noise:
            if name.startswith(word) and len(name) > len(word):
                name, changed = name[len(word):].strip(edge), True
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)].strip(edge), True
    return name


def line_of(text: str) -> dict[str, Any] | None:
    """One invoice line from a message: 「咨询费5000」「咨询费 5000元 6%」「盒饭 20份 每份25元」
    「打印纸 3箱 单价80」「5000的咨询费」. None when there is no amount or no name."""
    slots = _slots()
    rx = slots.rx
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
        name = _clean_item(rx["clause_break"].split(rest.strip(slots.edges["clause"]))[0])
        if not name:
            return None
        return {**line, "name": name, "quantity": quantity, "unit": unit or "", "unit_price": price}
    # name + amount: the last number in the message is the amount
    amounts = [m for m in rx["money"].finditer(rest) if m.group("a") and amount_of(m.group("a")) is not None
               and not rx["numeral"].fullmatch(m.group("a"))]
    if not amounts:
        return None
    last = amounts[-1]
    amount = amount_of(last.group("a"))
    before, after = rest[: last.start()], rest[last.end():]
    # the item is the clause the amount is in: 「开张票，维修费 5千」 → 维修费
    clause = rx["clause_break"].split(before.strip(slots.edges["clause"]))[-1]
    name = _clean_item(clause) or _clean_item(after)
    if not name or amount is None or _NUMBERS_ONLY.fullmatch(name):
        return None
    return {**line, "name": name, "amount": amount}


def month_of(text: str, today: date) -> tuple[int, int] | None:
    """本月 / 上个月 / 12月 / 十二月 / 2026年12月 / 2026-12 / 去年12月 → (year, month)."""
    slots = _slots()
    words = slots.data["month"]
    if any(w in text for w in words["this"]):
        return today.year, today.month
    if any(w in text for w in words["last"]):
        return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    found = slots.rx["year_month"].search(text)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
        return (year, month) if 1 <= month <= 12 else None
    found = slots.rx["month"].search(text)
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
    found = _slots().rx["last_digits"].search(text)
    return found.group(1) if found else None


def format_of(text: str) -> str | None:
    lowered = text.lower()
    for fmt, words in _slots().data["format"].items():
        if any(w in lowered for w in words):
            return str(fmt)
    return None


def query_text_of(text: str) -> str:
    """What is left of a query once the month, the digits and the filler words are gone."""
    slots = _slots()
    rest = slots.rx["query_month_or_digits"].sub(" ", text)
    for group in slots.data["month"].values():
        for word in group:
            rest = rest.replace(word, " ")
    for word in slots.query_noise:
        rest = rest.replace(word, " ")
    return " ".join(rest.split())


def invoice_number_of(text: str) -> str | None:
    found = _slots().rx["invoice_number"].search(text)
    return found.group(1) if found else None


def buyer_text(text: str) -> dict[str, Any]:
    """The buyer step's answer: 「武汉某某科技有限公司 91420100…」, 「武汉某某科技有限公司，税号：9142…」
    or a person's name. A short name without a tax ID is taken as a natural person."""
    tax_id = tax_id_of(text) or ""
    name = re.sub(re.escape(tax_id), " ", text, flags=re.IGNORECASE) if tax_id else text
    slots = _slots()
    for word in slots.buyer_noise:
        name = name.replace(word, " ")
    for separator in slots.separators:
        name = name.replace(separator, " ")
    name = " ".join(name.split()).strip(slots.edges["buyer"])
    person = is_person_id(tax_id) if tax_id else len(name) <= 4  # a 身份证号 makes a natural person
    return {"name": name, "tax_id": tax_id, "is_person": person}


def code_query_of(text: str) -> str | None:
    """「查一下饮料的税收分类编码」 → 饮料: a tax-code search's subject."""
    return _slots().rx["code_query_noise"].sub("", text).strip() or None


def index_of(text: str) -> int | None:
    """「第三张」「看第2张」 → 3, 2: the last number of a pick from a list."""
    numbers = _slots().rx["index"].findall(text)
    return cn_number(numbers[-1]) if numbers else None
