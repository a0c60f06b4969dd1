"""templates' plain substitution of ``{{ name }}``-only messages (issue 14) renders as jinja does."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from jinja2 import UndefinedError

from templates import Texts, _substitution

VALUES: tuple[Any, ...] = ("王 & <b>{x}</b>", 12, Decimal("3.50"), None, True, 0, "", "  边  ", ["a"], {"k": 1})


def jinja(texts: Texts, key: str, params: dict[str, Any]) -> str:
    return texts.text_env.from_string(texts.messages[key]).render(params).strip()


def jinja_renderer(texts: Texts, key: str) -> Any:
    template = texts.text_env.from_string(texts.messages[key])
    return lambda params: template.render(params).strip()


def test_every_substituted_message_reads_as_jinja_renders_it() -> None:
    texts = Texts()
    reserved = frozenset(texts.text_env.globals) | {"true", "false", "none", "True", "False", "None"}
    substituted = {key: sub for key in texts.messages if "{" in texts.messages[key]
                   and (sub := _substitution(texts.messages[key], reserved)) is not None}
    assert len(substituted) > 50  # most messages with variables are such
    for key, (_, names) in substituted.items():
        render = jinja_renderer(texts, key)
        for shift in range(len(VALUES)):
            params = {name: VALUES[(i + shift) % len(VALUES)] for i, name in enumerate(names)}
            assert texts.render(key, params) == render(params), key
            # The keyword form, and both together (keywords win, as in the jinja path).
            assert texts.render(key, **params) == render(params), key
            assert texts.render(key, {name: "x" for name in names}, **params) == render(params), key


def test_a_missing_value_raises_as_in_jinja() -> None:
    texts = Texts()
    key = next(key for key in texts.messages if "{{" in texts.messages[key]
               and _substitution(texts.messages[key], frozenset()) is not None)
    with pytest.raises(UndefinedError):
        texts.render(key)
    with pytest.raises(UndefinedError):
        jinja(texts, key, {})


@pytest.mark.parametrize("source", ["{% if a %}x{% endif %}", "{{ a | money }}", "{{ a.b }}", "{# c #}{{ a }}",
                                    "{{ true }}", "{{ range }}", "{{- a }}", "a\r\n{{ b }}", "{{ a }}}", "{ {{ a }}"])
def test_anything_else_is_left_to_jinja(source: str) -> None:
    assert _substitution(source, frozenset({"range", "true"})) is None


def test_the_supported_shape() -> None:
    assert _substitution("您好，{{ name }}！共 {{n}} 张", frozenset()) == (("您好，", "！共 ", " 张"), ("name", "n"))


def test_a_remembered_render_is_the_render() -> None:
    """Renders of jinja messages are remembered by their parameters (issue 14): the same text for
    the same parameters, a new render for new ones, and never a mix-up of 1 and True or of
    Decimals that compare equal but print differently."""
    texts = Texts()
    texts.messages["t.menu"] = "{% for g in groups %}{{ g.label }}:{{ g.n }};{% endfor %}{% if on %}on{% endif %}"
    menu = {"groups": [{"label": "开票", "n": 1}, {"label": "查询", "n": 2}], "on": True}
    first = texts.render("t.menu", menu)
    assert first == "开票:1;查询:2;on"
    assert texts.render("t.menu", menu) == first
    menu["groups"][0]["label"] = "改了"  # the parameters, not the object, are remembered
    assert texts.render("t.menu", menu) == "改了:1;查询:2;on"
    assert texts.render("t.menu", {"groups": [{"label": "a", "n": True}], "on": 1}) == "a:True;on"
    assert texts.render("t.menu", {"groups": [{"label": "a", "n": 1}], "on": 1}) == "a:1;on"
    assert texts.render("t.menu", {"groups": [{"label": "a", "n": Decimal("1.0")}]}) == "a:1.0;"
    assert texts.render("t.menu", {"groups": [{"label": "a", "n": Decimal("1.00")}]}) == "a:1.00;"


def test_a_message_with_many_distinct_parameters_is_not_remembered() -> None:
    from templates import MEMO_SIZE

    texts = Texts()
    texts.messages["t.list"] = "{% for n in numbers %}{{ n }},{% endfor %}"
    for i in range(MEMO_SIZE + 5):
        assert texts.render("t.list", {"numbers": [i, i + 1]}) == f"{i},{i + 1},"
    assert texts._memo["t.list"] is None
    assert texts.render("t.list", {"numbers": [1]}) == "1,"


def test_jinja_messages_render_with_the_environments_globals_as_a_plain_dict() -> None:
    """Texts hands jinja a plain dict of the text environment's globals (not jinja's ChainMap, whose
    per-render copy raised a KeyError per global): the same entries, and the same texts as a
    template jinja compiled itself, globals used or not."""
    texts = Texts()
    key = "bot.query.list"
    assert texts.render(key, items=[], title="recent", start=0) == jinja(texts, key, {"items": [], "title": "recent",
                                                                                     "start": 0})
    template = texts._compiled[key]
    assert type(template.globals) is dict and template.globals == dict(texts.text_env.globals)
    texts.messages["test.globals"] = "{% for n in range(3) %}{{ n }}{% endfor %}{{ dict(a=1) }}{{ namespace(b=2).b }}"
    assert texts.render("test.globals") == jinja(texts, "test.globals", {}) == "012{'a': 1}2"
