"""A return's ``figures`` as the API shows them: typed, money with two decimals, rates in their one
spelling (miniapp_api.wire). The stored snapshot (core/domain/vat_return.py, cit.py, surcharges.py) stays
as it is; this only reads it."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import Any

from core.domain.cit import CitReturn
from core.domain.vat_return import VatTotals
from miniapp_api import wire
from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj

FRACTION = {"type": "string", "description": "A rate as a fraction, e.g. \"0.07\" (7%)", "examples": ["0.25"]}
NULL_MONEY = wire.NULL_MONEY_OUT
MONEY = wire.MONEY_OUT
CIT_MONEY = tuple(f.name for f in fields(CitReturn) if f.type in ("Decimal",) and not f.name.endswith("_rate"))
CIT_RATES = ("standard_rate", "effective_rate")

VAT_FIGURES = obj({
    "period": STRING, "taxpayer_kind": {"type": "string", "enum": ["general", "small_scale"]},
    "threshold": {**NULL_MONEY, "description": "起征点 of a small-scale return, or null"},
    "under_threshold": {"type": "boolean", "description": "Small-scale sales under the 起征点: exempt"},
    "rows": {"type": "array", "description": "The return's figures (one per row code and rate)", "items": obj({
        "code": {"type": "string", "description": "Row code (explain a figure with GET /filings/{id}/explain?row=)"},
        "side": {"type": "string", "enum": ["sales", "input"]}, "group": STRING,
        "rate": {**wire.RATE, "type": ["string", "null"], "enum": [*wire.RATE["enum"], None]},
        "base": {**MONEY, "description": "销售额 / 金额 (excluding tax)"}, "tax": MONEY,
        "sources": {"type": "array", "items": INTEGER, "description": "Ids of the invoices behind the figure"},
        "columns": {"type": "array", "items": obj({"column": STRING, "base": MONEY, "tax": MONEY},
                                                  ("column", "base", "tax"))},
    }, ("code", "side", "group", "rate", "base", "tax", "sources", "columns"))},
    "totals": obj({f.name: MONEY for f in fields(VatTotals)}, tuple(f.name for f in fields(VatTotals)),
                  description="sales, output_tax, input_tax, payable, carried_out (期末留抵), uninvoiced_sales …"),
    "notes": {"type": "array", "items": STRING},
    "surcharges": obj({
        "lines": {"type": "array", "items": obj({
            "id": STRING, "label": {"type": "string", "description": "城市维护建设税, 教育费附加 …"},
            "base": MONEY, "rate": FRACTION, "tax": MONEY, "exempt_by": NULLABLE_STRING,
            "relief_by": NULLABLE_STRING, "relief": MONEY, "payable": MONEY},
            ("id", "label", "base", "rate", "tax", "relief", "payable"))},
        "total": MONEY, "sources": {"type": "array", "items": STRING}}, ("lines", "total", "sources"),
        description="附加税费 on the VAT payable"),
    "inputs": obj({"transfers_out": {**MONEY, "description": "进项转出 the filer added"},
                   "uninvoiced": {"type": "object", "additionalProperties": MONEY,
                                  "description": "未开票收入 by rate, keyed in the rate's one spelling (\"0.13\")"}},
                  ("transfers_out", "uninvoiced")),
}, ("period", "taxpayer_kind", "rows", "totals", "notes", "surcharges", "inputs"), description="A VAT return")

CIT_FIGURES = obj({
    "period": STRING, **{name: MONEY for name in CIT_MONEY}, **{name: FRACTION for name in CIT_RATES},
    "relief_id": {"type": ["string", "null"], "description": "The 小型微利企业 relief applied, or null"},
    "employees": INTEGER, "restricted_industry": BOOLEAN,
    "ineligible": {"type": "array", "items": STRING, "description": "Why no relief applied"},
    "revenue_sources": {"type": "array", "items": INTEGER, "description": "Ids of the invoices behind revenue"},
    "revenue_from": obj({"invoiced": MONEY, "uninvoiced": MONEY,
                         "cost": {"type": "string", "enum": ["typed", "csv"]}}, ("invoiced", "uninvoiced", "cost")),
    "inputs": obj({"cost": MONEY, "expenses": MONEY}, ("cost", "expenses")),
}, ("period", "revenue", "cost", "expenses", "payable", "relief_id"),
    description="A CIT prepayment (企业所得税季度预缴)")

FIGURES = {"oneOf": [VAT_FIGURES, CIT_FIGURES],
           "description": "The return's figures: a VAT return (tax_type vat) or a CIT prepayment (tax_type cit)"}


def _money(value: Any) -> str:
    try:
        return wire.money(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return wire.money(Decimal(0))


def _optional_money(value: Any) -> str | None:
    return None if value is None else _money(value)


def _fraction(value: Any) -> str:
    return f"{Decimal(str(value)).normalize():f}"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _rate_key(code: str) -> str:
    return wire.rate_of_code(code) or code


def vat_figures(raw: dict[str, Any]) -> dict[str, Any]:
    totals = _dict(raw.get("totals"))
    surcharges = _dict(raw.get("surcharges"))
    inputs = _dict(raw.get("inputs"))
    return {
        "period": str(raw.get("period", "")), "taxpayer_kind": raw.get("taxpayer_kind", "general"),
        "threshold": _optional_money(raw.get("threshold")), "under_threshold": bool(raw.get("under_threshold")),
        "rows": [{"code": str(row.get("code", "")), "side": row.get("side", "sales"), "group": str(row.get("group", "")),
                  "rate": wire.rate_of_code(row.get("rate_code") or ""), "base": _money(row.get("base", "0")),
                  "tax": _money(row.get("tax", "0")), "sources": [int(s) for s in _list(row.get("sources"))],
                  "columns": [{"column": str(c.get("column", "")), "base": _money(c.get("base", "0")),
                               "tax": _money(c.get("tax", "0"))} for c in _list(row.get("columns"))]}
                 for row in _list(raw.get("rows"))],
        "totals": {f.name: _money(totals.get(f.name, "0")) for f in fields(VatTotals)},
        "notes": [str(n) for n in _list(raw.get("notes"))],
        "surcharges": {
            "lines": [{"id": str(x.get("id", "")), "label": str(x.get("label", "")), "base": _money(x.get("base", "0")),
                       "rate": _fraction(x.get("rate", "0")), "tax": _money(x.get("tax", "0")),
                       "exempt_by": x.get("exempt_by"), "relief_by": x.get("relief_by"),
                       "relief": _money(x.get("relief", "0")), "payable": _money(x.get("payable", "0"))}
                      for x in _list(surcharges.get("lines"))],
            "total": _money(surcharges.get("total", "0")), "sources": [str(s) for s in _list(surcharges.get("sources"))]},
        "inputs": {"transfers_out": _money(inputs.get("transfers_out", "0")),
                   "uninvoiced": {_rate_key(str(code)): _money(value)
                                  for code, value in _dict(inputs.get("uninvoiced")).items()}},
    }


def cit_figures(raw: dict[str, Any]) -> dict[str, Any]:
    revenue_from = _dict(raw.get("revenue_from"))
    inputs = _dict(raw.get("inputs"))
    return {
        "period": str(raw.get("period", "")), **{name: _money(raw.get(name, "0")) for name in CIT_MONEY},
        **{name: _fraction(raw.get(name, "0")) for name in CIT_RATES},
        "relief_id": raw.get("relief_id"), "employees": int(raw.get("employees") or 0),
        "restricted_industry": bool(raw.get("restricted_industry")),
        "ineligible": [str(x) for x in _list(raw.get("ineligible"))],
        "revenue_sources": [int(x) for x in _list(raw.get("revenue_sources"))],
        "revenue_from": {"invoiced": _money(revenue_from.get("invoiced", "0")),
                         "uninvoiced": _money(revenue_from.get("uninvoiced", "0")),
                         "cost": "csv" if revenue_from.get("cost") == "csv" else "typed"},
        "inputs": {"cost": _money(inputs.get("cost", "0")), "expenses": _money(inputs.get("expenses", "0"))},
    }


def figures_json(tax_type: str, raw: dict[str, Any]) -> dict[str, Any]:
    return vat_figures(raw) if tax_type == "vat" else cit_figures(raw)
