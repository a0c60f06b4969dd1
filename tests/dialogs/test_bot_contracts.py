"""Contracts between the bot's declarations (issue 17).

``templates/commands.yaml`` (what users type) ⇄ the feature routers (what runs, with which
needs) ⇄ ``templates/menu.yaml`` (what users click) ⇄ the 帮助 text (what users are told)
must agree, and every template key the code uses must exist and render. A new command that
misses one of them fails here, not in front of a user:

- a keyword without a route (e.g. a feature router not included in ``bot/app.py``: the old
  "side-effect import" trap) → :func:`test_every_command_has_a_route_and_every_route_a_command`;
- a menu key without a command → :func:`test_every_menu_key_resolves_to_a_routed_command`;
- a command 帮助 does not list → :func:`test_help_lists_every_command`;
- a key typed wrong, or a YAML key read as a boolean (``off:``) →
  :func:`test_every_template_key_used_in_code_exists`.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
import yaml

from bot import app
from bot.router import Router
from bot.routing import READ, FeatureRouter
from bot.vocabulary import vocabulary
from templates import TEMPLATE_DIR, texts

ROOT = Path(__file__).resolve().parents[2]
#: Intents of templates/intents.yaml that are no command of commands.yaml but are routed.
PSEUDO_INTENTS = {"pick_from_list"}


def _commands() -> dict[str, dict[str, object]]:
    data = yaml.safe_load((TEMPLATE_DIR / "commands.yaml").read_text(encoding="utf-8"))
    commands: dict[str, dict[str, object]] = data["commands"]
    return commands


def test_every_command_has_a_route_and_every_route_a_command() -> None:
    declared = set(_commands())
    routed = set(app.routes().commands)
    assert not declared - routed, f"commands.yaml keywords reach no feature router: {sorted(declared - routed)}"
    assert not routed - declared - PSEUDO_INTENTS, \
        f"routes no keyword reaches (add them to commands.yaml): {sorted(routed - declared - PSEUDO_INTENTS)}"
    intents = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))
    named = set(intents["intents"]) - {"greeting", "list_more"}
    assert not named - routed, f"intents.yaml names intents nothing routes: {sorted(named - routed)}"


def test_every_feature_router_is_included_in_the_app() -> None:
    """A bot/features/<feature>/routes.py whose router bot/app.py does not list answers nothing."""
    found = sorted(p.parent.name for p in (ROOT / "bot/features").glob("*/routes.py"))
    assert found
    for feature in found:
        module = importlib.import_module(f"bot.features.{feature}.routes")
        router = module.router
        assert isinstance(router, FeatureRouter) and router.feature == feature
        assert router in app.ROUTERS, f"bot/app.py does not include bot/features/{feature}/routes.py"


def test_a_name_declared_twice_is_refused() -> None:
    first, second = FeatureRouter("one"), FeatureRouter("two")
    handler = app.routes().commands["faq"].handler
    assert handler is not None
    first.command("x", handler, login=False, access=READ)
    second.command("x", handler, login=False, access=READ)
    with pytest.raises(ValueError, match="already declared"):
        app.Routes.include(first, second)
    with pytest.raises(ValueError, match="declared twice"):
        first.command("x", handler, login=False, access=READ)


def test_every_menu_key_resolves_to_a_routed_command() -> None:
    menu = yaml.safe_load((TEMPLATE_DIR / "menu.yaml").read_text(encoding="utf-8"))
    keys = [b["key"] for top in menu["button"] for b in top.get("sub_button", [top]) if b.get("type") == "click"]
    assert keys
    by_key = vocabulary().menu_keys
    unresolved = [k for k in keys if by_key.get(k) not in app.routes().commands]
    assert not unresolved, f"menu keys with no command behind them: {unresolved}"
    # commands.yaml may route more keys than the menu shows (a menu pushed earlier still sends them).


def test_every_command_has_a_help_group_with_a_label() -> None:
    groups = vocabulary().help_groups
    listed = [c for ids in groups.values() for c in ids]
    assert sorted(listed) == sorted(_commands())
    for group in groups:
        assert texts().has(f"bot.help_group.{group}"), f"no label bot.help_group.{group}"


async def test_help_lists_every_command(core) -> None:
    reply = await Router(core, texts()).on_text("o-contract-help", "帮助")
    missing = sorted(word for word in vocabulary().canonical.values() if word not in reply)
    assert not missing, f"帮助 does not list: {missing}\n{reply}"
    assert len(reply.encode()) < 2048, "帮助 no longer fits one WeChat reply"


# -- template keys ---------------------------------------------------------------------------

PREFIXES = ("bot", "error", "field", "unavailable", "email", "sms", "notify", "platform", "backup", "observability")
#: In bot/ every such literal is a template key; elsewhere only those passed to a rendering call
#: (``scan.request_issued`` in core is an audit action, not a text).
KEY = r"""["']([a-z]+\.[A-Za-z0-9_.{}]+)["']"""
LITERAL = re.compile(r"(?<![\w.])f?" + KEY.replace("[a-z]+", "(?:" + "|".join(PREFIXES) + ")", 1))
RENDERED = re.compile(r"\b(?:render|say|send|error|Retry|Finish|Abort|Next|Goto|Step|Choice|Confirm)\(\s*f?" + KEY)


def _used_keys() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for package in ("bot", "core", "miniapp_api", "h5", "http_shared", "fapiao"):
        for path in (ROOT / package).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            pattern = LITERAL if package == "bot" else RENDERED
            for match in pattern.finditer(source):
                used.setdefault(match.group(1), set()).add(str(path.relative_to(ROOT)))
    return used


def _exists(key: str, keys: set[str]) -> bool:
    if "{" in key:  # an f-string: some key must fit it
        shape = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", "[A-Za-z0-9_]+", re.escape(key)) + "$")
        return any(shape.match(k) for k in keys)
    if key.endswith("."):  # a prefix the code completes ("bot.help_group." + group)
        return any(k.startswith(key) for k in keys)
    # e-mails are a subject and a body under one name
    return key in keys or any(k.startswith(key + ".") for k in keys)


def test_every_template_key_used_in_code_exists() -> None:
    keys = set(texts().messages)
    used = _used_keys()
    assert len(used) > 200, "the scan found too few keys: the patterns are broken"
    missing = {key: sorted(files) for key, files in used.items() if not _exists(key, keys)}
    assert not missing, f"template keys used in code but not in templates/: {missing}"


def test_every_message_key_is_text_and_every_template_compiles() -> None:
    for path in [TEMPLATE_DIR / "messages.zh.yaml", *sorted((TEMPLATE_DIR / "messages").glob("*.zh.yaml"))]:
        stack = [("", yaml.safe_load(path.read_text(encoding="utf-8")))]
        while stack:
            prefix, node = stack.pop()
            if isinstance(node, dict):
                for name, child in node.items():
                    # `off:` / `yes:` unquoted are booleans to YAML: the key would be "False"
                    assert isinstance(name, str), f"{path.name}: key {name!r} under {prefix!r} is not text; quote it"
                    stack.append((f"{prefix}.{name}", child))
    environment = texts().text_env
    for key, source in texts().messages.items():
        environment.from_string(source)  # a syntax error raises with the key in the traceback
        assert key


def test_keys_said_without_parameters_render_without_them() -> None:
    """``ctx.say("bot.x")`` with no parameters: the template must not need any."""
    plain = re.compile(r'''\.say\(\s*["']([a-z]+\.[A-Za-z0-9_.]+)["']\s*\)''')
    said = {m.group(1) for path in (ROOT / "bot").rglob("*.py") for m in plain.finditer(path.read_text(encoding="utf-8"))}
    assert said
    for key in sorted(said):
        assert texts().render(key).strip(), key


def test_no_user_facing_chinese_in_bot_python() -> None:
    """Replies, labels, verbs and words live in templates/, and so do the regular expressions that
    read what users type (numbers, months, amounts: templates/intents.yaml's slots.patterns)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        found += [f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings and cjk.search(node.value)]
    assert not found, "\n".join(found)
