"""The texts' attribute access renders, and fails, as jinja's own code generator (templates/fast_getattr.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

import pytest
from jinja2 import Environment

from templates import Texts, _TestableUndefined
from templates.fast_getattr import FastGetattrCodeGenerator


class View(NamedTuple):
    number: str | None
    total: Decimal
    status: str


class Odd:
    """An attribute that raises AttributeError from a property (jinja then tries the item), one
    that raises something else, and item access."""

    plain = "p"

    @property
    def hidden(self) -> str:
        raise AttributeError("hidden")

    @property
    def broken(self) -> str:
        raise ValueError("broken")

    def __getitem__(self, key: str) -> str:
        if key == "hidden":
            return "from the item"
        raise KeyError(key)


class Dynamic:
    def __getattr__(self, name: str) -> str:
        if name.startswith("d"):
            return name.upper()
        raise AttributeError(name)


SOURCES = [
    "{{ a.b }}", "{{ a.b.c }}", "{% if a.b %}yes{% else %}no{% endif %}", "{{ a.b | default('none') }}",
    "{% for v in a.views %}{{ loop.index }}.{{ v.number or '草稿' }} {{ v.total }} {{ v.status }};{% endfor %}",
    "{{ a['b'].c }}", "{{ a.items }}", "{{ a.keys() | list }}", "{{ a.b if a.b is defined else 'undefined' }}",
    "{{ (a.b ~ 'x').upper() }}", "{{ a.hidden }}", "{{ a.broken }}", "{{ a.plain }}", "{{ a.dx }}", "{{ a.zz }}",
    "{{ missing_name.b }}", "{% if missing_name.b %}y{% endif %}", "{% set x = a.b %}{{ x }}",
    "{% macro m(o) %}{{ o.b }}{% endmacro %}{{ m(a) }}", "{{ [a.b, a.c] }}", "{{ {'k': a.b}.k }}",
    "{{ a.b.c.d }}", "{{ a.__class__.__name__ }}",
]
VALUES: list[Any] = [
    {"b": "dict 值", "c": 2, "items": "an items key"}, {"b": {"c": "nested"}}, {}, None, "text", 7,
    {"views": [View("001", Decimal("1.50"), "issued"), View(None, Decimal("2"), "draft")]},
    {"views": []}, Odd(), Dynamic(), View("n", Decimal("0"), "x"), {"b": None}, {"b": {"c": {"d": 4}}},
]


def outcome(env: Environment, source: str, value: Any) -> tuple[str, str]:
    try:
        return "ok", env.from_string(source).render(a=value)
    except Exception as exc:
        return type(exc).__name__, str(exc)


def environments() -> tuple[Environment, Environment]:
    stock = Environment(undefined=_TestableUndefined, trim_blocks=True, lstrip_blocks=True)
    fast = Environment(undefined=_TestableUndefined, trim_blocks=True, lstrip_blocks=True)
    fast.code_generator_class = FastGetattrCodeGenerator
    return stock, fast


@pytest.mark.parametrize("source", SOURCES)
def test_renders_and_errors_are_jinjas(source: str) -> None:
    stock, fast = environments()
    for value in VALUES:
        assert outcome(fast, source, value) == outcome(stock, source, value), (source, value)


def test_the_texts_use_it_and_every_message_compiles() -> None:
    texts = Texts()
    assert texts.text_env.code_generator_class is FastGetattrCodeGenerator
    compiled = [texts.text_env.from_string(source) for source in texts.messages.values() if "{" in source]
    assert len(compiled) > 100
    assert "getattr((" in texts.text_env.compile("{{ a.b }}", raw=True)
