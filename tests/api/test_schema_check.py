"""miniapp_api/schema_check.py says yes only to bodies jsonschema finds nothing wrong with, on
every route's schema: for bodies built from each schema (every property given, only the
required ones) and for many broken variants of them (wrong types, lengths, enum values, limits,
missing and extra keys, Decimals, whole floats, booleans for integers). And it does say yes to
the valid ones, so the API's bodies take the quick path."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from jsonschema import Draft202012Validator

from miniapp_api.app import ROUTES
from miniapp_api.schema_check import compile_check

_ODD = (None, True, False, 0, 1, -1, 2**31, 1.0, 1.5, Decimal("1.5"), Decimal("2"), "", "x", "0.06", "1" * 300,
        [], ["x"], {}, {"x": 1})


def _sample(schema: dict[str, Any], full: bool) -> Any:
    """A value ``schema`` accepts (with every optional property when ``full``)."""
    kind = schema.get("type", "object")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    if "enum" in schema:
        return schema["enum"][-1 if full else 0]
    if kind == "object":
        names = schema.get("properties", {}) if full else schema.get("required", [])
        return {name: _sample(schema.get("properties", {}).get(name, {"type": "string"}), full) for name in names}
    if kind == "array":
        return [_sample(schema.get("items", {"type": "string"}), full)] * max(1, schema.get("minItems", 1))
    if kind == "string":
        if "pattern" in schema:
            return "10%" if "%" in schema["pattern"] else "12.5"
        return "a" * max(1, schema.get("minLength", 1) if not full else schema.get("maxLength", 5))
    if kind == "integer":
        return schema.get("maximum", 1) if full else schema.get("minimum", 1)
    if kind == "number":
        return Decimal("1.5")
    if kind == "boolean":
        return full
    return None


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*at, index))


def _variants(body: Any) -> Iterator[Any]:
    for path in _paths(body):
        for odd in _ODD:
            if not path:
                yield odd
                continue
            changed = copy.deepcopy(body)
            parent = changed
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = odd
            yield changed
            if isinstance(parent, dict):
                gone = copy.deepcopy(changed)
                target = gone
                for step in path[:-1]:
                    target = target[step]
                del target[path[-1]]
                yield gone
                target["unexpected_key"] = odd
                yield gone


def test_a_yes_is_a_body_jsonschema_accepts() -> None:
    checked = quick = 0
    for route in ROUTES:
        schema = route.body_schema()
        if schema is None:
            continue
        passes = compile_check(schema)
        if passes is None:
            continue
        validator = Draft202012Validator(schema)
        for full in (True, False):
            body = _sample(schema, full)
            valid = validator.is_valid(body)
            assert passes(body) == valid, (route.path, body)
            quick += valid
            for variant in _variants(body):
                checked += 1
                if passes(variant):
                    assert validator.is_valid(variant), (route.path, variant)
    assert checked > 10_000 and quick > 50


def test_the_issue_body_takes_the_quick_path() -> None:
    route = next(r for r in ROUTES if r.path.endswith("/invoices") and r.method == "POST")
    passes = compile_check(route.body_schema())
    assert passes is not None
    body = {"kind": "special", "buyer": {"name": "武汉某某贸易有限公司", "tax_id": "91420100MA4K0X0X0X"},
            "lines": [{"name": "技术服务费", "amount": "1000", "rate": "0.06"},
                      {"name": "打印纸", "quantity": "3", "unit_price": "7.333", "rate": "0.13", "unit": "包"}],
            "price_includes_tax": True}
    assert passes(body)
    body["lines"][0]["rate"] = "6%"
    assert not passes(body)
