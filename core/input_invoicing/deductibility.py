"""What a received invoice gives as deductible input tax, from the dated rules in
``core/data/input_deductibility.yaml`` (VAT Law art. 22, 公告2019年第39号 …).

:func:`assess` decides by the invoice's kind (QR 票种) and by what was bought (the items'
tax codes or names), on the invoice's date; the code has no rule of its own besides the
two ways of finding the tax (``printed`` or ``gross``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from core.domain.errors import ValidationFailed

__all__ = ["Assessment", "Rules", "assess", "kind_of_qr", "rules"]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "input_deductibility.yaml"
CENT: Final = Decimal("0.01")


@dataclass(frozen=True)
class KindRule:
    kind: str
    qr_kinds: tuple[str, ...]
    label: str
    deductible: bool
    tax: str
    base: str
    rate: Decimal | None
    return_row: str
    source: str
    not_deductible: str
    deductible_categories: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class CategoryRule:
    code: str
    label: str
    tax_code_prefixes: tuple[str, ...]
    name_words: tuple[str, ...]
    deductible: bool
    source: str
    valid_from: date | None
    valid_to: date | None

    def matches(self, tax_codes: Sequence[str], names: Sequence[str]) -> bool:
        if any(code.startswith(prefix) for code in tax_codes for prefix in self.tax_code_prefixes):
            return True
        return any(word in name for name in names for word in self.name_words)


@dataclass(frozen=True)
class Reason:
    code: str
    label: str
    source: str


@dataclass(frozen=True)
class Rules:
    sources: dict[str, str]
    kinds: tuple[KindRule, ...]
    categories: tuple[CategoryRule, ...]
    not_deduct_reasons: tuple[Reason, ...]
    transfer_out_reasons: tuple[Reason, ...]

    def kind(self, kind: str) -> KindRule:
        for rule in self.kinds:
            if rule.kind == kind:
                return rule
        raise ValidationFailed.one("kind", "invoice_kind_invalid")

    def not_deduct_reason(self, text: str) -> Reason:
        """A reason by code, by its 1-based number in the list, or by its label."""
        cleaned = text.strip()
        for number, reason in enumerate(self.not_deduct_reasons, 1):
            if cleaned in (reason.code, str(number), reason.label):
                return reason
        raise ValidationFailed.one("reason", "input_reason_unknown",
                                   choices="；".join(f"{n} {r.label}" for n, r in
                                                    enumerate(self.not_deduct_reasons, 1)))

    def transfer_out_reason(self, text: str) -> Reason:
        cleaned = text.strip()
        for number, reason in enumerate(self.transfer_out_reasons, 1):
            if cleaned in (reason.code, str(number), reason.label):
                return reason
        raise ValidationFailed.one("reason", "input_reason_unknown",
                                   choices="；".join(f"{n} {r.label}" for n, r in
                                                    enumerate(self.transfer_out_reasons, 1)))


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _active(valid_from: date | None, valid_to: date | None, on: date) -> bool:
    return (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to)


def load_rules(path: Path = DATA_FILE) -> Rules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = {str(k): str(v) for k, v in raw["sources"].items()}
    kinds = tuple(KindRule(
        kind=str(k["kind"]), qr_kinds=tuple(str(q) for q in k["qr_kinds"]), label=str(k["label"]),
        deductible=bool(k["deductible"]), tax=str(k["tax"]), base=str(k.get("base", "")),
        rate=Decimal(str(k["rate"])) if k.get("rate") is not None else None, return_row=str(k["return_row"]),
        source=str(k["source"]), not_deductible=str(k.get("not_deductible", "")),
        deductible_categories=tuple(str(c) for c in k.get("deductible_categories", ())),
        valid_from=_date(k.get("valid_from")), valid_to=_date(k.get("valid_to"))) for k in raw["kinds"])
    categories = tuple(CategoryRule(
        code=str(c["code"]), label=str(c["label"]), tax_code_prefixes=tuple(str(p) for p in c["tax_code_prefixes"]),
        name_words=tuple(str(w) for w in c["name_words"]), deductible=bool(c["deductible"]), source=str(c["source"]),
        valid_from=_date(c.get("valid_from")), valid_to=_date(c.get("valid_to"))) for c in raw["categories"])
    reasons = tuple(Reason(str(r["code"]), str(r["label"]), str(r["source"])) for r in raw["not_deduct_reasons"])
    transfers = tuple(Reason(str(r["code"]), str(r["label"]), str(r["source"])) for r in raw["transfer_out_reasons"])
    named = [k.source for k in kinds] + [c.source for c in categories] + [r.source for r in (*reasons, *transfers)]
    for source in named:
        if source not in sources:
            raise ValueError(f"{path.name}: unknown source {source!r}")
    return Rules(sources, kinds, categories, reasons, transfers)


@lru_cache(maxsize=1)
def rules() -> Rules:
    return load_rules()


def kind_of_qr(qr_kind: str) -> str:
    """Our kind for a QR 票种 (``31`` → ``special``, ``51`` → ``rail`` …)."""
    for rule in rules().kinds:
        if qr_kind in rule.qr_kinds:
            return rule.kind
    raise ValidationFailed.one("qr", "qr_format", reason="kind")


@dataclass(frozen=True)
class Assessment:
    kind: str
    category: str
    deductible: bool
    #: The input tax it gives when confirmed for deduction (0 when not deductible).
    deductible_tax: Decimal
    #: Why not: a category code (``dining`` …), ``ordinary_invoice``, ``kind_not_yet_valid``;
    #: "" when deductible.
    not_deductible_code: str
    return_row: str
    passenger_transport: bool
    source: str


def gross_tax(base: Decimal, rate: Decimal) -> Decimal:
    """``base / (1 + rate) × rate``, to 0.01 ROUND_HALF_UP (公告2019年第39号 第六条)."""
    return (base / (1 + rate) * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def assess(kind: str, *, on: date, tax: Decimal, total: Decimal | None = None,
           fare_and_fuel: Decimal | None = None, tax_codes: Sequence[str] = (),
           item_names: Sequence[str] = ()) -> Assessment:
    """Decide what an invoice of ``kind`` issued ``on`` gives as input tax."""
    data = rules()
    rule = data.kind(kind)
    # Every item must fall in the category: an invoice that mixes, say, 餐饮 with office
    # supplies is ``mixed`` (deductible as a whole here; the user 勾选s it or not).
    items: list[tuple[tuple[str, ...], tuple[str, ...]]] = (
        [((code,), ()) for code in tax_codes] if tax_codes else [((), (name,)) for name in item_names])
    active = [c for c in data.categories if _active(c.valid_from, c.valid_to, on)]
    category = next((c for c in active if items and all(c.matches(*item) for item in items)), None)
    mixed = category is None and any(not c.deductible and any(c.matches(*item) for item in items) for c in active)
    category_code = category.code if category else ("mixed" if mixed else "")
    passenger = kind in ("rail", "air") or category_code == "passenger_transport"

    def result(deductible: bool, amount: Decimal, why: str, source: str) -> Assessment:
        return Assessment(kind=kind, category=category_code, deductible=deductible,
                          deductible_tax=amount if deductible else Decimal("0.00"),
                          not_deductible_code="" if deductible else why, return_row=rule.return_row,
                          passenger_transport=passenger, source=source)

    if not _active(rule.valid_from, rule.valid_to, on):
        return result(False, Decimal("0.00"), "kind_not_yet_valid", rule.source)
    if category is not None and not category.deductible:
        return result(False, Decimal("0.00"), category.code, category.source)
    deductible = rule.deductible or (category is not None and category.code in rule.deductible_categories)
    if not deductible:
        return result(False, Decimal("0.00"), rule.not_deductible or "ordinary_invoice", rule.source)
    if rule.tax == "gross":
        base = fare_and_fuel if rule.base == "fare_and_fuel" else total
        if base is None:
            field_name = "fare_and_fuel" if rule.base == "fare_and_fuel" else "total"
            raise ValidationFailed.one(field_name, "required")
        assert rule.rate is not None
        return result(True, gross_tax(base, rule.rate), "", rule.source)
    return result(True, tax, "", category.source if category else rule.source)
