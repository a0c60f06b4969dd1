"""WeChat template and mini-program subscribe messages from settings (jinja2 lives here, not in core).

``WECHAT_TEMPLATES`` / ``MINIAPP_SUBSCRIBE_TEMPLATES`` map a notification kind (or a message
key) to a template id and field mapping. Each field is a jinja2 *expression* over the
notification's params, evaluated in a sandbox; ``url``, ``miniprogram.pagepath`` and ``page``
are jinja2 *templates*. :func:`compile_templates` turns the settings into what the core
channels take: ids by key, field functions by key, and extra send arguments by key.

Field values are cut to what WeChat accepts for the field's type (``thing`` 20 characters,
``phrase`` 5 …, by the name's prefix), because WeChat refuses the whole message otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from core.notifications.channels import Extras, FieldSpec
from core.settings import Settings, SettingsError, WeChatTemplateSetting

#: Longest value WeChat accepts per field type (the field name without its number).
FIELD_LIMITS: dict[str, int] = {
    "thing": 20, "phrase": 5, "name": 10, "symbol": 5, "car_number": 8,
    "character_string": 32, "number": 32, "letter": 32, "amount": 32,
}
_FIELD_TYPE = re.compile(r"^([a-z_]+?)\d*$")

_env = SandboxedEnvironment(autoescape=False)


def _money(value: Any) -> str:
    return f"{Decimal(str(value)):,.2f}"


_env.filters["money"] = _money


def limit(name: str, value: str) -> str:
    """``value`` cut to the length WeChat allows for the field ``name`` (``thing1`` → 20)."""
    match = _FIELD_TYPE.match(name)
    most = FIELD_LIMITS.get(match.group(1)) if match else None
    if most is None or len(value) <= most:
        return value
    return value[: most - 1] + "…" if most > 3 else value[:most]


@dataclass
class CompiledTemplates:
    template_ids: dict[str, str] = field(default_factory=dict)
    field_map: dict[str, dict[str, FieldSpec]] = field(default_factory=dict)
    extras: dict[str, Extras] = field(default_factory=dict)


def _expression(setting: str, key: str, name: str, source: str) -> Callable[[Mapping[str, Any]], str]:
    try:
        compiled = _env.compile_expression(source, undefined_to_none=False)
    except TemplateSyntaxError as exc:
        raise SettingsError([f"{setting}.{key}.fields.{name}: not a jinja2 expression ({exc.message})"]) from None

    def evaluate(params: Mapping[str, Any]) -> str:
        value = compiled(**params)
        return limit(name, "" if value is None else str(value))

    return evaluate


def _template(setting: str, key: str, name: str, source: str) -> Callable[[Mapping[str, Any]], str]:
    try:
        compiled = _env.from_string(source)
    except TemplateSyntaxError as exc:
        raise SettingsError([f"{setting}.{key}.{name}: not a jinja2 template ({exc.message})"]) from None
    return lambda params: compiled.render(**params)


def _extras(setting: str, key: str, entry: WeChatTemplateSetting, subscribe: bool) -> Extras | None:
    parts: dict[str, Callable[[Mapping[str, Any]], Any]] = {}
    if subscribe:
        if entry.page:
            parts["page"] = _template(setting, key, "page", entry.page)
    else:
        if entry.url:
            parts["url"] = _template(setting, key, "url", entry.url)
        if entry.miniprogram:
            appid = entry.miniprogram.get("appid", "")
            pagepath = _template(setting, key, "miniprogram.pagepath", entry.miniprogram.get("pagepath", ""))
            parts["miniprogram"] = lambda params: {"appid": appid, "pagepath": pagepath(params)}
    if not parts:
        return None
    return lambda params: {name: make(params) for name, make in parts.items()}


def compile_templates(setting: str, entries: Mapping[str, WeChatTemplateSetting], *,
                      subscribe: bool = False) -> CompiledTemplates:
    """Settings → channel configuration; a bad expression raises :class:`SettingsError`."""
    out = CompiledTemplates()
    for key, entry in entries.items():
        out.template_ids[key] = entry.template_id
        out.field_map[key] = {name: _expression(setting, key, name, source) for name, source in entry.fields.items()}
        extra = _extras(setting, key, entry, subscribe)
        if extra is not None:
            out.extras[key] = extra
    return out


def check_templates(settings: Settings) -> None:
    """Compile both template settings once, so that a typo is a configuration error at
    startup (and in ``fapiao doctor``) rather than a traceback when the relay is built."""
    compile_templates("WECHAT_TEMPLATES", settings.wechat_templates)
    compile_templates("MINIAPP_SUBSCRIBE_TEMPLATES", settings.miniapp_subscribe_templates, subscribe=True)
