"""Which rate one invoice line may carry: the item's tax code, the invoice kind and the
small-scale relief waiver, on top of the taxpayer's rates from :mod:`core.domain.tax_rates`.

All rules are data in ``core/data/tax_rates.yaml`` (each citing its 公告):

* ``reliefs[].waivable_on``: a small-scale seller may give up the 3% -> 1% reduction for
  one sale and issue a 3% 专票 (国家税务总局公告2023年第1号 第三条). Core accepts it only
  with an explicit waiver flag (:attr:`LineContext.waive_relief`); the bot asks once.
* ``code_rules``: 销售/出租不动产 and 转让土地使用权 take the 5% 征收率 under the simplified
  method and never the 1% relief.
* ``kind_restrictions``: 免税 and 不征税 lines never go on a 专票.

Problem codes raised (field ``rate`` unless told otherwise):

* ``rate_mark_on_special`` (``rate``, ``source``): a 免税/不征税 line on a 专票.
* ``rate_code_rule`` (``rate``, ``item``, ``allowed``, ``source``): a rate the item's code
  rule does not allow (e.g. 1% on 房租).
* ``rate_waiver_required`` (``rate``, ``by``): the relieved rate (3%) on a 专票 without the
  waiver flag.
* ``rate_waiver_special_only`` (``rate``, ``by``): the relieved rate on a 普票, where it
  cannot be waived.
* ``rate_not_allowed`` (``rate``, ``allowed``): anything else the taxpayer may not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any, Final, Literal

import yaml

from core.domain.errors import ValidationFailed
from core.domain.rate_reading import read_rate
from core.domain.tax_rates import (
    DATA_FILE,
    Relief,
    TaxpayerKind,
    TaxRate,
    all_rates,
    default_rate_for,
    rate_by_code,
    rates_for,
    reliefs,
)

__all__ = [
    "CodeRule",
    "InvoiceKind",
    "KindRestriction",
    "LineContext",
    "allowed_rates",
    "check_line_rate",
    "code_rule",
    "default_line_rate",
    "parse_line_rate",
    "waivable_relief",
    "waiver_question_applies",
]

InvoiceKind = Literal["normal", "special"]
_KINDS: Final = frozenset({"normal", "special"})


@dataclass(frozen=True)
class CodeRule:
    id: str
    label: str
    prefixes: tuple[str, ...]
    small_scale: tuple[str, ...]
    general: tuple[str, ...]
    no_relief: bool
    source: str

    def matches(self, tax_code: str) -> bool:
        return any(tax_code.startswith(prefix) for prefix in self.prefixes)

    def rate_codes(self, taxpayer_kind: TaxpayerKind) -> tuple[str, ...]:
        return self.general if taxpayer_kind == "general" else self.small_scale


@dataclass(frozen=True)
class KindRestriction:
    kind: str
    forbids: frozenset[str]
    source: str


@dataclass(frozen=True)
class _Waiver:
    relief_id: str
    replaces: str
    by: str
    kinds: frozenset[str]
    source: str


@dataclass(frozen=True)
class LineContext:
    """Who issues which kind of invoice on which date, and whether the relief is waived."""

    taxpayer_kind: TaxpayerKind
    on: date
    invoice_kind: InvoiceKind = "normal"
    waive_relief: bool = False


@dataclass(frozen=True)
class _Rules:
    waivers: tuple[_Waiver, ...]
    code_rules: tuple[CodeRule, ...]
    restrictions: tuple[KindRestriction, ...]


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{DATA_FILE.name}: {where}: expected a list of quoted strings")
    return tuple(value)


@cache
def _rules() -> _Rules:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    known = {rate.code for rate in all_rates()}
    waivers: list[_Waiver] = []
    for i, item in enumerate(raw.get("reliefs") or []):
        kinds = frozenset(_strings(item.get("waivable_on", []), f"reliefs[{i}].waivable_on"))
        if not kinds <= _KINDS:
            raise ValueError(f"{DATA_FILE.name}: reliefs[{i}]: waivable_on must name normal/special")
        if kinds:
            waivers.append(_Waiver(str(item["id"]), str(item["replaces"]), str(item["by"]), kinds,
                                   str(item.get("waiver_source", ""))))
    rules: list[CodeRule] = []
    for i, item in enumerate(raw.get("code_rules") or []):
        where = f"code_rules[{i}]"
        rule = CodeRule(
            id=str(item["id"]), label=str(item["label"]),
            prefixes=_strings(item["prefixes"], where + ".prefixes"),
            small_scale=_strings(item["small_scale"], where + ".small_scale"),
            general=_strings(item["general"], where + ".general"),
            no_relief=bool(item.get("no_relief", False)), source=str(item.get("source", "")),
        )
        if not set(rule.small_scale) | set(rule.general) <= known or not rule.small_scale or not rule.general:
            raise ValueError(f"{DATA_FILE.name}: {where}: unknown or missing rate codes")
        if not rule.source:
            raise ValueError(f"{DATA_FILE.name}: {where}: cite the source")
        rules.append(rule)
    restrictions: list[KindRestriction] = []
    for i, item in enumerate(raw.get("kind_restrictions") or []):
        where = f"kind_restrictions[{i}]"
        forbids = frozenset(_strings(item["forbids"], where + ".forbids"))
        if item.get("kind") not in _KINDS or not forbids <= known or not item.get("source"):
            raise ValueError(f"{DATA_FILE.name}: {where}: needs kind, known rate codes and a source")
        restrictions.append(KindRestriction(str(item["kind"]), forbids, str(item["source"])))
    return _Rules(tuple(waivers), tuple(rules), tuple(restrictions))


def _check_context(ctx: LineContext) -> None:
    if ctx.invoice_kind not in _KINDS:
        raise ValueError(f"unknown invoice kind: {ctx.invoice_kind!r}")


# -------------------------------------------------------------------------------- API


def code_rule(tax_code: str) -> CodeRule | None:
    """The rule for this 19-digit code (不动产, 土地使用权 ...), or None."""
    for rule in _rules().code_rules:
        if rule.matches(tax_code):
            return rule
    return None


def _active_waiver(ctx: LineContext) -> _Waiver | None:
    """The relief this invoice kind may waive on ``ctx.on`` for this taxpayer, if any."""
    covering = {relief.id for relief in reliefs() if relief.covers(ctx.taxpayer_kind, ctx.on)}
    for waiver in _rules().waivers:
        if waiver.relief_id in covering and ctx.invoice_kind in waiver.kinds:
            return waiver
    return None


def waivable_relief(taxpayer_kind: TaxpayerKind, on: date, invoice_kind: InvoiceKind) -> Relief | None:
    """The running relief a seller of this kind may waive on this invoice kind (the small-scale
    3% -> 1% on a 专票 in 2026-2027), else None."""
    waiver = _active_waiver(LineContext(taxpayer_kind, on, invoice_kind))
    if waiver is None:
        return None
    return next(relief for relief in reliefs() if relief.id == waiver.relief_id)


def waiver_question_applies(ctx: LineContext, tax_codes: list[str]) -> bool:
    """Whether to ask 「本张专票按3%开具？」: a waivable relief runs and some line would get it
    (a line under a ``no_relief`` code rule, such as 房租 at 5%, never does)."""
    _check_context(ctx)
    if _active_waiver(ctx) is None:
        return False
    return any((rule := code_rule(code)) is None or not rule.no_relief for code in tax_codes)


def allowed_rates(ctx: LineContext, tax_code: str) -> list[TaxRate]:
    """The rates this line may carry, in display order (the taxpayer's, narrowed by the
    item's code rule and the invoice kind, widened by a waived relief)."""
    return list(_allowed_rates(ctx, tax_code))


@lru_cache(maxsize=1024)
def _allowed_rates(ctx: LineContext, tax_code: str) -> tuple[TaxRate, ...]:
    """:func:`allowed_rates`, kept per (context, code): the rules never change while the process
    runs, and each invoice line asks it once or twice (check_line_rate)."""
    _check_context(ctx)
    base = rates_for(ctx.taxpayer_kind, ctx.on)
    rule = code_rule(tax_code)
    marks = [rate for rate in base if rate.is_mark]
    if rule is not None:
        numeric = [rate_by_code(code) for code in rule.rate_codes(ctx.taxpayer_kind)]
    else:
        numeric = [rate for rate in base if not rate.is_mark]
        waiver = _active_waiver(ctx)
        if waiver is not None and ctx.waive_relief:
            replaced = rate_by_code(waiver.replaces)
            if replaced not in numeric:
                numeric.insert(0, replaced)
    forbidden = _forbidden(ctx.invoice_kind)
    return (*numeric, *(mark for mark in marks if mark.code not in forbidden))


def _forbidden(invoice_kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for restriction in _rules().restrictions:
        if restriction.kind == invoice_kind:
            for code in restriction.forbids:
                out[code] = restriction.source
    return out


def default_line_rate(ctx: LineContext, tax_code: str, general_rate_code: str) -> TaxRate:
    """The rate to propose for an item whose general-taxpayer default is ``general_rate_code``.

    A code rule gives its first rate (房租: 9% general, 5% small-scale); a mark (免税) stays
    a mark (and is refused on a 专票 by :func:`check_line_rate`, with the reason); a waived
    relief gives the replaced rate (3%).
    """
    _check_context(ctx)
    nominal = rate_by_code(general_rate_code)
    rule = code_rule(tax_code)
    if nominal.is_mark:
        return nominal
    if rule is not None:
        return rate_by_code(rule.rate_codes(ctx.taxpayer_kind)[0])
    rate = default_rate_for(ctx.taxpayer_kind, general_rate_code, ctx.on)
    waiver = _active_waiver(ctx)
    if waiver is not None and ctx.waive_relief and rate.code == waiver.by:
        return rate_by_code(waiver.replaces)
    return rate


def check_line_rate(rate: TaxRate, ctx: LineContext, tax_code: str, field: str = "rate") -> TaxRate:
    """``rate`` if this line may carry it, else ValidationFailed naming the rule."""
    _check_context(ctx)
    forbidden = _forbidden(ctx.invoice_kind)
    if rate.code in forbidden:
        raise ValidationFailed.one(field, "rate_mark_on_special", rate=rate.label, source=forbidden[rate.code])
    allowed = allowed_rates(ctx, tax_code)
    if rate in allowed:
        return rate
    labels = "、".join(r.label for r in allowed)
    rule = code_rule(tax_code)
    if rule is not None:
        raise ValidationFailed.one(field, "rate_code_rule", rate=rate.label, item=rule.label, allowed=labels,
                                   source=rule.source)
    for waiver in _rules().waivers:
        if rate.code != waiver.replaces:
            continue
        if _active_waiver(ctx) is not None:
            raise ValidationFailed.one(field, "rate_waiver_required", rate=rate.label,
                                       by=rate_by_code(waiver.by).label)
        if waivable_relief(ctx.taxpayer_kind, ctx.on, "special") is not None:
            raise ValidationFailed.one(field, "rate_waiver_special_only", rate=rate.label,
                                       by=rate_by_code(waiver.by).label)
    raise ValidationFailed.one(field, "rate_not_allowed", rate=rate.label, allowed=labels)


def parse_line_rate(text: str, ctx: LineContext, tax_code: str, field: str = "rate") -> TaxRate:
    """Read a typed rate (``3%``, ``免税`` ...; see :func:`core.domain.rate_reading.parse_rate`) and check it
    for this line with :func:`check_line_rate`."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if not text.strip():
        raise ValidationFailed.one(field, "rate_required")
    read = read_rate(text)
    if read is None:
        raise ValidationFailed.one(field, "rate_format")
    if isinstance(read, TaxRate):
        return check_line_rate(read, ctx, tax_code, field)
    for rate in all_rates():
        if not rate.is_mark and rate.rate == read:
            return check_line_rate(rate, ctx, tax_code, field)
    allowed = "、".join(r.label for r in allowed_rates(ctx, tax_code))
    percent = (read * 100).normalize()
    raise ValidationFailed.one(field, "rate_not_allowed", rate=f"{percent:f}%", allowed=allowed)
