"""Feature routers: what each bot feature answers, and what each answer needs.

A feature (``bot/features/<feature>/routes.py``) builds one :class:`FeatureRouter` and
declares on it every command, dialog, media type and event it handles, each with its needs:

- ``login``: without a bound account the user gets ``bot.need_login`` and nothing runs;
- ``access``: READ or WRITE, which the core's one maintenance rule reads
  (``core/domain/maintenance.py``: during a window writes wait, reads go on; the feature's
  name is the activity the core's exemptions name, e.g. ``support``);
- ``permission``: the company permission checked before the command starts (a dialog refuses
  before its first prompt; the core services check again on every write).

``login`` and ``access`` have no default: a command cannot be declared without saying them.
``bot/app.py`` includes the routers explicitly; :meth:`Routes.include` refuses a name
declared twice, and the contract tests (tests/unit/test_bot_contracts.py) check that
commands.yaml, the routers, menu.yaml and the help text agree.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.context import BotContext
from bot.dialogs.steps import Dialog
from core.domain.maintenance import Access
from core.domain.roles import Permission

READ = Access.READ
WRITE = Access.WRITE


@dataclass(frozen=True)
class StartDialog:
    """What a handler returns to open a dialog (a received invoice photo → 录入进项): the
    router starts dialog ``name`` with ``seed``, as if its command had been typed."""

    name: str
    seed: Mapping[str, Any] = field(default_factory=dict)


Reply = str | StartDialog
#: A command handler: (context, the text after the keyword) → the reply.
Handler = Callable[[BotContext, str], Awaitable[Reply]]
#: A media handler: (context, WeChat media id) → the reply.
MediaHandler = Callable[[BotContext, str], Awaitable[Reply]]
#: An event handler: (context, wechatpy's event message) → the reply or None (say nothing).
EventHandler = Callable[[BotContext, object], Awaitable[str | None]]


@dataclass(frozen=True)
class Needs:
    login: bool
    access: Access
    permission: Permission | None = None


@dataclass(frozen=True)
class CommandRoute:
    """A command id of commands.yaml (or an intent of intents.yaml), answered by a handler or a dialog."""

    name: str
    feature: str
    needs: Needs
    handler: Handler | None = None
    dialog: Dialog | None = None


@dataclass(frozen=True)
class MediaRoute:
    msg_type: str
    feature: str
    needs: Needs
    handler: MediaHandler


@dataclass(frozen=True)
class EventRoute:
    event: str
    feature: str
    access: Access
    handler: EventHandler


#: A core query of a handler built by :func:`show`: (context, the text after the keyword) → a result.
Query = Callable[[BotContext, str], Awaitable[Any]]


def show(template: str, query: Query) -> Handler:
    """A handler that is one core query rendered by one template (the result as ``result``).
    Many read commands are exactly this; such a feature needs no handler module of its own."""

    async def handler(ctx: BotContext, args: str) -> Reply:
        return ctx.say(template, result=await query(ctx, args))

    return handler


def logged_in(ctx: BotContext) -> int:
    """The account of a handler declared ``login=True`` (the router has checked it)."""
    if ctx.account_id is None:
        raise AssertionError("a login=True route ran without an account")
    return ctx.account_id


class FeatureRouter:
    """One feature's declarations (see the module docstring)."""

    def __init__(self, feature: str) -> None:
        self.feature = feature
        self.commands: dict[str, CommandRoute] = {}
        self.media_routes: dict[str, MediaRoute] = {}
        self.event_routes: dict[str, EventRoute] = {}

    def _add(self, route: CommandRoute) -> None:
        if route.name in self.commands:
            raise ValueError(f"{self.feature}: command {route.name} declared twice")
        self.commands[route.name] = route

    def command(self, name: str, handler: Handler, *, login: bool, access: Access,
                permission: Permission | None = None) -> None:
        self._add(CommandRoute(name, self.feature, Needs(login, access, permission), handler=handler))

    def dialog(self, name: str, dialog: Dialog, *, login: bool, access: Access,
               permission: Permission | None = None) -> None:
        if dialog.name != name:
            raise ValueError(f"{self.feature}: dialog {dialog.name} declared as {name}")
        self._add(CommandRoute(name, self.feature, Needs(login, access, permission), dialog=dialog))

    def media(self, msg_type: str, handler: MediaHandler, *, login: bool, access: Access) -> None:
        if msg_type in self.media_routes:
            raise ValueError(f"{self.feature}: media {msg_type} declared twice")
        self.media_routes[msg_type] = MediaRoute(msg_type, self.feature, Needs(login, access), handler)

    def event(self, name: str, handler: EventHandler, *, access: Access, activity: str | None = None) -> None:
        """``activity``: the name the core's maintenance exemptions know, when it is not the feature
        (``callback``: WeChat reporting what a buyer did)."""
        if name in self.event_routes:
            raise ValueError(f"{self.feature}: event {name} declared twice")
        self.event_routes[name] = EventRoute(name, activity or self.feature, access, handler)


@dataclass(frozen=True)
class Routes:
    """Every feature's routes together: what :class:`bot.router.Router` dispatches on."""

    commands: Mapping[str, CommandRoute]
    media: Mapping[str, MediaRoute]
    events: Mapping[str, EventRoute]

    @classmethod
    def include(cls, *routers: FeatureRouter) -> Routes:
        commands: dict[str, CommandRoute] = {}
        media: dict[str, MediaRoute] = {}
        events: dict[str, EventRoute] = {}
        for router in routers:
            _merge(router.feature, commands, router.commands)
            _merge(router.feature, media, router.media_routes)
            _merge(router.feature, events, router.event_routes)
        return cls(commands, media, events)

    @property
    def dialogs(self) -> dict[str, Dialog]:
        return {name: r.dialog for name, r in self.commands.items() if r.dialog is not None}

    @property
    def handlers(self) -> dict[str, Handler]:
        return {name: r.handler for name, r in self.commands.items() if r.handler is not None}


def _merge(feature: str, table: dict[str, Any], new: Mapping[str, Any]) -> None:
    clash = table.keys() & new.keys()
    if clash:
        raise ValueError(f"{feature}: {', '.join(sorted(clash))} already declared by another feature")
    table.update(new)
