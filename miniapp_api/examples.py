"""An example for every JSON body the document declares.

Hand-written examples (``model_config = example(...)`` or a dict schema's ``examples``) come first.
Where a type has none, one is built from its schema: nested types' own examples, the first enum
value, and for plain strings a value chosen by what the field holds (money, rate, date, number).
Every built example is checked against its schema and dropped if it does not match, so the
document never shows an example a client cannot send or receive (tests/api/test_openapi_document.py
checks them again, and Redocly's lint in the generated-client test a third time).
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

#: Plain-string values tried in order for a field by the words in its name; the first one that
#: matches the field's schema (pattern, length, format) is used.
_BY_NAME: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("rate",), ("0.06", "6%")),
    (("amount", "tax", "total", "payable", "price", "cost", "expenses", "assets", "sales", "surcharges",
      "value", "cap", "due", "losses"), ("1000.00", "1000")),
    (("quantity",), ("2",)),
    (("month", "period"), ("2026-11", "202611")),
    (("date",), ("2026-12-06",)),
    (("number",), ("26423000000000000001", "12345678")),
    (("tax_id", "tax_number"), ("91420102MA4K5A1B2U",)),
    (("phone",), ("13800138000",)),
    (("email",), ("owner@example.com",)),
    (("url",), ("https://kaipiao.example.cn/v/8f14e45fceea",)),
    (("name", "title", "buyer", "seller"), ("武汉某某科技有限公司",)),
    (("code",), ("1000",)),
    (("key",), ("0.13", "13")),
)
_BY_FORMAT = {"date-time": "2026-12-06T10:30:00+08:00", "date": "2026-12-06", "email": "owner@example.com",
              "uri": "https://kaipiao.example.cn/", "binary": "", "byte": ""}
_DEPTH = 8


def fill_examples(document: dict[str, Any]) -> None:
    """Give every JSON request body and JSON 2xx response of ``document`` an example (in place)."""
    components = document["components"]
    for operations in document["paths"].values():
        for operation in operations.values():
            media = [operation.get("requestBody", {}).get("content", {}).get("application/json")]
            media += [response.get("content", {}).get("application/json")
                      for status, response in operation["responses"].items() if status.startswith("2")]
            for item in media:
                if item and "example" not in item and "examples" not in item:
                    sample = example_for(item["schema"], components)
                    if sample is not None:
                        item["example"] = sample


def example_for(schema: dict[str, Any], components: dict[str, Any]) -> Any:
    """A value valid against ``schema`` (its own example when it has one), or None."""
    sample = _build(schema, components, "", 0)
    validator = Draft202012Validator({**schema, "components": components})
    return sample if sample is not None and validator.is_valid(sample) else None


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _build(schema: dict[str, Any], components: dict[str, Any], name: str, depth: int) -> Any:
    schema = _resolve(schema, components)
    if depth > _DEPTH:
        return None
    for key in ("examples",):
        if schema.get(key):
            return schema[key][0]
    if "example" in schema:
        return schema["example"]
    if "const" in schema:
        return schema["const"]
    enum = [value for value in schema.get("enum", ()) if value is not None]
    if enum:
        return enum[0]
    for key in ("oneOf", "anyOf", "allOf"):
        if schema.get(key):
            options = [_resolve(option, components) for option in schema[key]]
            usable = [option for option in options if option.get("type") != "null"] or options
            built = [_build(option, components, name, depth + 1) for option in usable]
            for option, value in zip(usable, built, strict=True):
                if Draft202012Validator({**option, "components": components}).is_valid(value):
                    return value
            return built[0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind == "object" or "properties" in schema:
        return _object(schema, components, depth)
    if kind == "array":
        item = _build(schema.get("items", {}), components, name, depth + 1)
        return [] if item is None else [item]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "string":
        return _string(schema, name)
    return None


def _object(schema: dict[str, Any], components: dict[str, Any], depth: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for field, sub in schema.get("properties", {}).items():
        value = _build(sub, components, field, depth + 1)
        if value is not None or field in schema.get("required", ()):
            result[field] = value
    extra = schema.get("additionalProperties")
    if not result and isinstance(extra, dict):
        key_schema = schema.get("propertyNames", {})
        key = _build(key_schema, components, "key", depth + 1) if key_schema else "key"
        value = _build(extra, components, str(key), depth + 1)
        if value is not None and isinstance(key, str):
            result[key] = value
    return result


def _string(schema: dict[str, Any], name: str) -> str:
    candidates: list[str] = []
    if schema.get("format") in _BY_FORMAT:
        candidates.append(_BY_FORMAT[schema["format"]])
    # The field's last word says what it holds: tax_type is a kind, due_date a date, tax money.
    last = name.lower().rsplit("_", 1)[-1].removesuffix("s")
    for words, values in _BY_NAME:
        if last in words or name.lower() in words:
            candidates.extend(values)
    candidates += ["示例", "1", "A"]
    check = Draft202012Validator(schema)
    for candidate in candidates:
        if check.is_valid(candidate):
            return candidate
    return candidates[0]
