"""Query parameters are checked against the route's declaration before the view runs (issue 16).

An undeclared parameter is a 422 naming it (a typo such as ``?limt=5`` was silently ignored), a
repeated one too, and a value that does not match its declared schema is a 422 naming the field
(``?actor_id=abc``, ``?limit=0``, ``?date_from=2026-13-01``). Integers are ASCII digits only, so a
full-width ``１`` is refused rather than read as 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from multidict import MultiMapping

from core.domain.errors import FieldProblem, ValidationFailed

#: Longer than any integer a parameter takes (ids, counts).
MAX_INT_DIGITS = 12


def ascii_int(raw: str) -> int | None:
    """``raw`` as an integer when it is ASCII digits (a leading ``-`` allowed), else None."""
    digits = raw[1:] if raw.startswith("-") else raw
    if not digits or not (digits.isascii() and digits.isdigit()) or len(digits) > MAX_INT_DIGITS:
        return None
    return int(raw)


def _problem(schema: Mapping[str, Any], raw: str) -> FieldProblem | None:
    kind = schema.get("type")
    if kind == "integer":
        value = ascii_int(raw)
        if value is None:
            return FieldProblem("type_integer")
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            return FieldProblem("integer_range", {"min": low if low is not None else "", "max": high or ""})
        return None
    if kind == "boolean":
        return None if raw in ("true", "false", "1", "0") else FieldProblem("type_boolean")
    if "enum" in schema and raw not in schema["enum"]:
        return FieldProblem("not_allowed", {"allowed": "、".join(str(v) for v in schema["enum"])})
    if "maxLength" in schema and len(raw) > schema["maxLength"]:
        return FieldProblem("too_long", {"max": schema["maxLength"]})
    fmt = schema.get("format")
    if fmt == "date":
        try:
            date.fromisoformat(raw)
        except ValueError:
            return FieldProblem("date_format")
        if not raw.isascii() or len(raw) != 10:
            return FieldProblem("date_format")
    elif fmt == "date-time":
        try:
            datetime.fromisoformat(raw)
        except ValueError:
            return FieldProblem("datetime_format")
    return None


def check_query(declared: Mapping[str, Mapping[str, Any]], query: MultiMapping[str]) -> None:
    """Refuse undeclared or repeated parameters and values that do not match their schema."""
    problems: dict[str, FieldProblem] = {}
    allowed = "、".join(declared)
    for name in query:
        schema = declared.get(name)
        if schema is None:
            problems.setdefault(name, FieldProblem("unknown_parameter", {"allowed": allowed}))
            continue
        values = query.getall(name)
        if len(values) > 1:
            problems.setdefault(name, FieldProblem("repeated_parameter"))
            continue
        problem = _problem(schema, values[0])
        if problem is not None:
            problems.setdefault(name, problem)
    if problems:
        raise ValidationFailed(fields=problems)
