"""Every user-facing string lives here, referenced by key.

``messages.zh.yaml`` holds short texts (bot replies, errors, field rules, SMS and
e-mail bodies) as jinja2 templates; ``*.html`` / ``*.j2`` files hold pages. Both the
bot and the API render through :class:`Texts`, so the same Chinese sentence appears
on both transports.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, UndefinedError, select_autoescape

from core.clock import CHINA
from templates.fast_getattr import FastGetattrCodeGenerator

TEMPLATE_DIR = Path(__file__).resolve().parent


def flatten(prefix: str, node: Any, out: dict[str, str]) -> None:
    """Nested YAML mappings to dotted keys: {"a": {"b": "x"}} -> {"a.b": "x"}."""
    if isinstance(node, dict):
        for key, value in node.items():
            flatten(f"{prefix}.{key}" if prefix else str(key), value, out)
    else:
        out[prefix] = str(node)


def load_messages(directory: Path, locale: str) -> dict[str, str]:
    """``messages.<locale>.yaml`` plus one file per feature in ``messages/*.<locale>.yaml``.

    Features keep their texts in their own file so that parallel work does not collide in
    one large file; a key defined twice is a bug and stops loading.
    """
    files = [directory / f"messages.{locale}.yaml", *sorted((directory / "messages").glob(f"*.{locale}.yaml"))]
    merged: dict[str, str] = {}
    for path in files:
        part: dict[str, str] = {}
        flatten("", yaml.safe_load(path.read_text(encoding="utf-8")) or {}, part)
        clash = merged.keys() & part.keys()
        if clash:
            raise ValueError(f"{path.name}: message keys defined twice: {', '.join(sorted(clash)[:5])}")
        merged.update(part)
    return merged


_PIECE = re.compile(r"\{([a-z_]+)\}")


def compile_patterns(sources: Mapping[str, str], pieces: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    """Regular expressions declared in a YAML file (``intents.yaml``'s ``slots.patterns``),
    compiled. ``{name}`` in a source stands for ``pieces[name]``, or for the pattern ``name``
    of ``sources`` itself (substituted as written, before compiling). A source that names an
    unknown piece or does not compile is a bug and stops loading, naming it."""
    resolved: dict[str, str] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> str:
        if name in resolved:
            return resolved[name]
        if name in seen:
            raise ValueError(f"pattern {name}: refers to itself ({' -> '.join((*seen, name))})")

        def piece(found: re.Match[str]) -> str:
            key = found.group(1)
            if key in pieces:
                return pieces[key]
            if key in sources:
                return resolve(key, (*seen, name))
            raise ValueError(f"pattern {name}: unknown piece {{{key}}}")

        resolved[name] = _PIECE.sub(piece, str(sources[name]))
        return resolved[name]

    compiled: dict[str, re.Pattern[str]] = {}
    for name in sources:
        try:
            compiled[name] = re.compile(resolve(name, ()))
        except re.error as exc:
            raise ValueError(f"pattern {name}: {exc}") from None
    return compiled


#: A placeholder that is only a variable's name (``{{ amount }}``): what a plain substitution can render.
_PLACEHOLDER = re.compile(r"\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}")
#: Names jinja reads as constants, not as variables.
_JINJA_CONSTANTS = frozenset({"true", "false", "none", "True", "False", "None"})


def _substitution(source: str, reserved: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(literal texts, variable names between them) when ``source`` uses no jinja beyond
    ``{{ name }}`` placeholders, else None. Rendered by joining the texts and ``str()`` of the
    values, such a message reads as jinja renders it (its output is ``str(value)``), without a
    jinja context and generator per message (issue 14); tests/unit/test_message_substitution.py holds
    every such message to jinja's rendering."""
    if "\r" in source:  # jinja normalises line ends: let it
        return None
    pieces = _PLACEHOLDER.split(source)
    literals, names = tuple(pieces[0::2]), tuple(pieces[1::2])
    if any("{" in text or "}" in text for text in literals) or reserved.intersection(names):
        return None
    return literals, names


class _Unfrozen(Exception):
    """A value :func:`_frozen` does not take."""


def _frozen(value: Any) -> Any:
    """A hashable copy of a message's parameters that is equal for two values only when jinja prints
    them the same: plain ``str`` as is; ``int``, ``bool`` and None with their type (``1 == True``);
    lists, tuples and dicts (in their order) of such. Anything else (Decimal("1.0") == Decimal("1.00"),
    datetimes, objects) raises _Unfrozen: such a render is not remembered."""
    kind = type(value)
    if kind is str:
        return value
    if kind is int or kind is bool or value is None:
        return kind, value
    if kind is list or kind is tuple:
        return kind, tuple([_frozen(item) for item in value])
    if kind is dict:
        return dict, tuple([(_frozen(name), _frozen(item)) for name, item in value.items()])
    raise _Unfrozen


#: Distinct renders remembered per message; a message rendered with more distinct parameters than
#: this (a list of invoices, a user's name) is not remembered at all.
MEMO_SIZE = 32


class _TestableUndefined(StrictUndefined):
    """Printing a missing value is a bug and raises; testing it (``{% if x %}``) is just false."""

    def __bool__(self) -> bool:  # type: ignore[override]
        return False

    def __iter__(self) -> Any:
        return iter(())

    def __len__(self) -> int:  # type: ignore[override]
        return 0


def _money(value: Any) -> str:
    amount = Decimal(str(value))
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"


def _china_time(value: Any) -> str:
    """An aware datetime as China time (``2026-12-06 18:30``): users never see UTC."""

    if not isinstance(value, datetime):
        return str(value)
    return value.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


class Texts:
    """Renders message keys (``error.account_exists``) and template files."""

    def __init__(self, directory: Path = TEMPLATE_DIR, locale: str = "zh") -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.filters["money"] = _money
        self.env.filters["china_time"] = _china_time
        self.text_env = Environment(undefined=_TestableUndefined, trim_blocks=True, lstrip_blocks=True)
        # The chat's texts read attributes without a Python call per dot (templates/fast_getattr.py).
        self.text_env.code_generator_class = FastGetattrCodeGenerator
        self.text_env.filters["money"] = _money
        self.text_env.filters["china_time"] = _china_time
        self.messages: dict[str, str] = load_messages(directory, locale)
        self._compiled: dict[str, Template] = {}
        #: Messages without any jinja syntax: their text (rendering them would give it back).
        self._plain: dict[str, str] = {}
        #: Messages whose only jinja is ``{{ name }}`` placeholders (see _substitution).
        self._substituted: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._reserved = _JINJA_CONSTANTS | frozenset(self.text_env.globals)
        #: Renders of jinja messages by their frozen parameters (see _render_remembered); a message
        #: mapped to None is not remembered.
        self._memo: dict[str, dict[Any, str] | None] = {}

    def has(self, key: str) -> bool:
        return key in self.messages

    def __call__(self, key: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> str:
        return self.render(key, params, **kwargs)

    def render(self, key: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> str:
        plain = self._plain.get(key)
        if plain is not None:
            return plain
        substitution = self._substituted.get(key)
        if substitution is not None:
            return self._substitute(substitution, {**params, **kwargs} if params else kwargs)
        template = self._compiled.get(key)
        if template is None:
            if key not in self.messages:
                raise KeyError(f"no message template {key!r}")
            source = self.messages[key]
            if "{" not in source and "\r" not in source:
                # No placeholder, block or comment: what jinja would give, without a render per message.
                plain = self._plain[key] = source.strip()
                return plain
            substitution = _substitution(source, self._reserved)
            if substitution is not None:
                self._substituted[key] = substitution
                return self._substitute(substitution, {**params, **kwargs} if params else kwargs)
            template = self.text_env.from_string(source)
            # jinja keeps a template's globals as ChainMap({}, environment globals) and copies them
            # into a dict per render: the ChainMap's look-ups raise and catch a KeyError per global
            # (six) each time. The text environment's globals never change after it is built, so a
            # plain dict of the same entries renders the same, without them (issue 14).
            template.globals = dict(template.globals)
            self._compiled[key] = template
            self._memo[key] = {} if "lipsum" not in source else None  # the one random global
        return self._render_remembered(key, template, {**(params or {}), **kwargs})

    def _render_remembered(self, key: str, template: Template, values: dict[str, Any]) -> str:
        """A jinja render depends only on the message and its parameters (the filters are pure): the
        same parameters give the text already rendered. Messages rendered with the same few
        parameters again and again (帮助's menu, the welcome) skip jinja's context and generators
        (issue 14); one with more than MEMO_SIZE distinct parameters stops being remembered."""
        memo = self._memo.get(key)
        if memo is None:
            return template.render(values).strip()
        try:
            frozen = _frozen(values)
        except _Unfrozen:
            self._memo[key] = None
            return template.render(values).strip()
        text = memo.get(frozen)
        if text is None:
            text = template.render(values).strip()
            if len(memo) >= MEMO_SIZE:
                self._memo[key] = None
            else:
                memo[frozen] = text
        return text

    @staticmethod
    def _substitute(substitution: tuple[tuple[str, ...], tuple[str, ...]], values: Mapping[str, Any]) -> str:
        literals, names = substitution
        out = [literals[0]]
        for name, text in zip(names, literals[1:], strict=True):
            try:
                value = values[name]
            except KeyError:
                raise UndefinedError(f"{name!r} is undefined") from None  # as jinja's StrictUndefined says
            out.append(str(value))
            out.append(text)
        return "".join(out).strip()

    def page(self, name: str, **params: Any) -> str:
        return self.env.get_template(name).render(**params)

    # -- errors ----------------------------------------------------------------

    def error(self, code: str, params: Mapping[str, Any] | None = None) -> str:
        return self._safe(f"error.{code}", "error.unexpected", params)

    def field(self, code: str, params: Mapping[str, Any] | None = None) -> str:
        return self._safe(f"field.{code}", "field.invalid", params)

    def _safe(self, key: str, fallback: str, params: Mapping[str, Any] | None) -> str:
        """Error texts must always render: a template bug falls back to the general sentence."""
        if key in self.messages:
            try:
                return self.render(key, params)
            except Exception:
                logging.getLogger(__name__).exception("message %s failed to render", key)
        return self.render(fallback)


@cache
def texts() -> Texts:
    return Texts()
