"""Every domain error has its own message, and it renders with or without params."""

from __future__ import annotations

import core.domain.errors as errors
import core.support.errors as support_errors
from core.domain.errors import DomainError
from templates import texts


def _all_errors() -> list[type[DomainError]]:
    found = []
    for module in (errors, support_errors):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, DomainError) and value is not DomainError:
                found.append(value)
    return found


def test_every_error_code_has_a_message():
    t = texts()
    for error in _all_errors():
        assert t.has(f"error.{error.code}"), f"no template error.{error.code}"
        message = t.error(error.code, {})  # missing params fall back, never raise
        assert message and "{{" not in message, error.code


def test_error_rendering_never_raises():
    t = texts()
    assert t.error("not_found", {"what": object()}) == t.render("error.not_found", {})
    assert t.error("no_such_code") == t.render("error.unexpected")
    assert t.field("no_such_field_code") == t.render("field.invalid")
