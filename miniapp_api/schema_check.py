"""A quick yes for request bodies that pass their route's JSON schema.

``jsonschema``'s ``iter_errors`` walks a schema through its generic keyword dispatch (a new
validator object per subschema, type checks by registry): about a quarter of the API layer's
CPU on an issue (a 2-line 专票, ~0.5 ms). Nearly every body is valid, and for a valid body
nothing is reported. :func:`compile_check` turns a schema into plain nested checks of the
keywords the API's schemas use, answering True only when the body certainly passes; anything
it is not sure of (a keyword it does not know, a value of a type it does not read, any
failure) answers False, and the handler then runs ``jsonschema`` as before, which finds and
words the problems. So the errors and their messages are jsonschema's, always; a body is
let through without it only when the check and jsonschema agree it is valid
(tests/api/test_schema_check.py holds that on every route's schema).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

Check = Callable[[Any], bool]

#: Keywords that assert nothing (Draft 2020-12 without a format checker: ``format`` is an annotation).
_ANNOTATIONS = frozenset({"description", "title", "examples", "default", "format", "x-problem",
                          "x-problem-params", "$schema", "$comment", "deprecated", "readOnly", "writeOnly"})
#: The Python types of each JSON type as ``json.loads(parse_float=Decimal)`` gives them, where
#: ``jsonschema``'s type checker agrees for every value of that Python type (a float that is a
#: whole number is an "integer" to jsonschema: not read here, so such a body goes to jsonschema).
_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float, Decimal),
                                       "boolean": (bool,), "object": (dict,), "array": (list,),
                                       "null": (type(None),)}
_NUMBERS = (int, float, Decimal)


class Unsupported(Exception):
    """The schema uses something :func:`compile_check` does not read: no quick check for it."""


def compile_check(schema: Any) -> Check | None:
    """A function answering True only for bodies ``schema`` certainly accepts; None when the
    schema uses a keyword this does not read (then every body goes to jsonschema)."""
    try:
        return _compile(schema)
    except Unsupported:
        return None


def _type_check(expected: Any) -> Check:
    names = expected if isinstance(expected, list) else [expected]
    kinds: set[type] = set()
    for name in names:
        if name not in _TYPES:
            raise Unsupported(f"type {name!r}")
        kinds.update(_TYPES[name])
    allowed = frozenset(kinds)  # exact types: bool is not an int here, as for jsonschema
    return lambda value: type(value) in allowed


def _compile(schema: Any) -> Check:
    if schema is True or schema == {}:
        return lambda value: True
    if not isinstance(schema, dict):
        raise Unsupported(repr(schema))
    unknown = set(schema) - _ANNOTATIONS - {
        "type", "properties", "required", "additionalProperties", "maxLength", "minLength", "enum", "items",
        "minItems", "maxItems", "maximum", "minimum", "pattern", "maxProperties", "propertyNames"}
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema:
        values = schema["enum"]
        if not all(type(v) is str for v in values):  # jsonschema's equality for other values: not read here
            raise Unsupported("enum of non-strings")
        options = frozenset(values)
        checks.append(lambda value: type(value) is str and value in options)
    if "maxLength" in schema or "minLength" in schema:
        top, bottom = schema.get("maxLength"), schema.get("minLength", 0)
        checks.append(lambda value: type(value) is not str or (
            bottom <= len(value) and (top is None or len(value) <= top)))
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search  # jsonschema's re.search
        checks.append(lambda value: type(value) is not str or search(value) is not None)
    if "maximum" in schema or "minimum" in schema:
        high, low = schema.get("maximum"), schema.get("minimum")
        checks.append(lambda value: type(value) not in _NUMBERS or (
            (high is None or value <= high) and (low is None or value >= low)))
    if "properties" in schema or "required" in schema or "additionalProperties" in schema \
            or "maxProperties" in schema or "propertyNames" in schema:
        checks.append(_object_check(schema))
    if "items" in schema or "minItems" in schema or "maxItems" in schema:
        if "items" in schema and not isinstance(schema["items"], dict):
            raise Unsupported("items that is not one schema")
        item = _compile(schema["items"]) if "items" in schema else None
        most, least = schema.get("maxItems"), schema.get("minItems", 0)

        def array(value: Any) -> bool:
            if type(value) is not list:
                return True
            if len(value) < least or (most is not None and len(value) > most):
                return False
            return item is None or all(item(entry) for entry in value)
        checks.append(array)
    if len(checks) == 1:
        return checks[0]
    every = tuple(checks)
    return lambda value: all(check(value) for check in every)


def _object_check(schema: dict[str, Any]) -> Check:
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    if extra is not False and extra is not True:
        raise Unsupported("additionalProperties with a schema")
    closed = extra is False
    most = schema.get("maxProperties")
    names = _compile(schema["propertyNames"]) if "propertyNames" in schema else None

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return True
        for name in required:
            if name not in value:
                return False
        if most is not None and len(value) > most:
            return False
        for key, entry in value.items():
            sub = properties.get(key)
            if sub is None:
                if closed:
                    return False
            elif not sub(entry):
                return False
            if names is not None and not names(key):
                return False
        return True
    return check
