"""A small engine for dialogs declared as data.

A :class:`Dialog` is a list of :class:`Step`s. Each step names its prompt template
and a parser. The parser reads the user's text, may call one core service, stores
what it learned in ``ctx.data`` and returns an outcome: ``Next`` (the following
step), ``Goto`` (a named step), ``Retry`` (ask again with an error), ``Finish``
(reply and end) or ``Abort``. A parser that raises a DomainError is a Retry with
that error's message.

The engine owns the state (in the key-value store, 30 minutes), the words that
work at every step (取消, 返回, 帮助) and re-prompting.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.context import BotContext
from bot.vocabulary import vocabulary
from core.domain.errors import DomainError

log = logging.getLogger(__name__)
STATE_TTL_SECONDS = 30 * 60


@dataclass(frozen=True)
class Next:
    notice: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Goto:
    step: str
    notice: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Retry:
    error: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Finish:
    reply: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Abort:
    reply: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Leave:
    """The text is not for this dialog (e.g. a new question): close it and route the text normally."""


Outcome = Next | Goto | Retry | Finish | Abort | Leave


class _Unset:
    """:meth:`DialogEngine.handle` was not given the state: read it."""


UNSET = _Unset()


@dataclass
class DialogContext:
    bot: BotContext
    data: dict[str, Any]

    @property
    def core(self) -> Any:
        return self.bot.core

    @property
    def actor(self) -> Any:
        return self.bot.actor

    def word(self, kind: str, text: str) -> bool:
        return vocabulary().is_word(kind, text)


Parser = Callable[[str, DialogContext], Awaitable[Outcome | None]]
Starter = Callable[[DialogContext], Awaitable[Outcome | None]]


@dataclass(frozen=True)
class Step:
    name: str
    prompt: str
    parse: Parser
    #: Template explaining this step in more words (帮助); defaults to the prompt.
    help: str | None = None
    #: Params for the prompt template, computed from the dialog data.
    prompt_params: Callable[[DialogContext], Mapping[str, Any]] | None = None
    #: Repeat the prompt after a notice that returns to this same step (off for
    #: steps like "add another item" where the notice already says what to do next).
    repeat_prompt: bool = True


@dataclass(frozen=True)
class Dialog:
    name: str
    steps: tuple[Step, ...]
    #: Runs before the first step; may Abort (e.g. "already logged in") or seed data.
    start: Starter | None = None

    def step(self, name: str) -> Step:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(f"dialog {self.name} has no step {name}")

    def after(self, name: str) -> Step | None:
        names = [s.name for s in self.steps]
        index = names.index(name) + 1
        return self.steps[index] if index < len(self.steps) else None


class DialogEngine:
    def __init__(self, dialogs: Mapping[str, Dialog]) -> None:
        self.dialogs = dict(dialogs)

    @staticmethod
    def _key(openid: str) -> str:
        return f"dialog:{openid}"

    async def _load(self, ctx: BotContext) -> dict[str, Any] | None:
        raw = await ctx.core.store.get(self._key(ctx.openid))
        if raw is None:
            return None
        state: dict[str, Any] = json.loads(raw)
        if state.get("dialog") not in self.dialogs:
            return None
        return state

    async def _save(self, ctx: BotContext, state: dict[str, Any]) -> None:
        await ctx.core.store.set(self._key(ctx.openid), json.dumps(state, ensure_ascii=False),
                                 ttl=STATE_TTL_SECONDS)

    async def clear(self, ctx: BotContext) -> bool:
        return await ctx.core.store.delete(self._key(ctx.openid)) > 0

    async def active(self, ctx: BotContext) -> str | None:
        state = await self._load(ctx)
        return state["dialog"] if state else None

    async def load(self, ctx: BotContext) -> dict[str, Any] | None:
        """The open dialog's state (None without one), to pass to :meth:`handle` so that one
        message reads it once."""
        return await self._load(ctx)

    def _prompt(self, step: Step, dctx: DialogContext) -> str:
        params = dict(step.prompt_params(dctx)) if step.prompt_params else {}
        return dctx.bot.texts.render(step.prompt, {**dctx.data, **params})

    async def start(self, name: str, ctx: BotContext, seed: Mapping[str, Any] | None = None) -> str:
        dialog = self.dialogs[name]
        dctx = DialogContext(ctx, dict(seed or {}))
        first = dialog.steps[0]
        if dialog.start is not None:
            try:
                outcome = await dialog.start(dctx)
            except DomainError as exc:
                return ctx.error(exc)
            if isinstance(outcome, Finish | Abort):
                await self.clear(ctx)
                return ctx.say(outcome.reply, **{**dctx.data, **outcome.params})
            if isinstance(outcome, Goto):
                first = dialog.step(outcome.step)
        # Jumping ahead (a one-message command filled the early steps) still lets 返回 walk back.
        names = [s.name for s in dialog.steps]
        history = names[: names.index(first.name)]
        state = {"dialog": name, "step": first.name, "data": dctx.data, "history": history}
        await self._save(ctx, state)
        return self._prompt(first, dctx)

    async def handle(self, ctx: BotContext, text: str, state: dict[str, Any] | _Unset | None = UNSET) -> str | None:
        """Feed one message to the active dialog; None when there is none. ``state`` is what
        :meth:`load` returned for this message (read from the store when not given)."""
        if isinstance(state, _Unset):
            state = await self._load(ctx)
        if state is None:
            return None
        dialog = self.dialogs[state["dialog"]]
        step = dialog.step(state["step"])
        dctx = DialogContext(ctx, state["data"])
        words = vocabulary()

        if words.is_word("cancel", text):
            await self.clear(ctx)
            return ctx.say("bot.dialog.cancelled")
        if words.is_word("back", text):
            if not state["history"]:
                return ctx.say("bot.dialog.at_first_step") + "\n" + self._prompt(step, dctx)
            previous = dialog.step(state["history"].pop())
            state["step"] = previous.name
            await self._save(ctx, state)
            return self._prompt(previous, dctx)
        if words.is_word("help", text):
            explanation = ctx.say(step.help, **dctx.data) if step.help else ""
            return "\n".join(filter(None, [explanation, self._prompt(step, dctx), ctx.say("bot.dialog.controls")]))

        try:
            outcome: Outcome = await step.parse(text.strip(), dctx) or Next()
        except DomainError as exc:
            await self._save(ctx, state)
            return ctx.error(exc) + "\n" + self._prompt(step, dctx)

        if isinstance(outcome, Leave):
            await self.clear(ctx)
            return None
        if isinstance(outcome, Retry):
            await self._save(ctx, state)
            return ctx.say(outcome.error, **{**dctx.data, **outcome.params}) + "\n" + self._prompt(step, dctx)
        if isinstance(outcome, Finish | Abort):
            await self.clear(ctx)
            return ctx.say(outcome.reply, **{**dctx.data, **outcome.params})

        target = dialog.step(outcome.step) if isinstance(outcome, Goto) else dialog.after(step.name)
        if isinstance(outcome, Goto) and target is not None and target.name in state["history"]:
            # Going back to an earlier step by name: forget the steps after it.
            state["history"] = state["history"][: state["history"].index(target.name)]
            state["step"] = target.name
            await self._save(ctx, state)
            prompt = self._prompt(target, dctx)
            notice = ctx.say(outcome.notice, **{**dctx.data, **outcome.params}) if outcome.notice else ""
            return "\n".join(filter(None, [notice, prompt]))
        if target is None:
            log.error("dialog %s ran past its last step %s", dialog.name, step.name)
            await self.clear(ctx)
            return ctx.say("bot.dialog.cancelled")
        if target.name != step.name:
            state["history"].append(step.name)
        state["step"] = target.name
        await self._save(ctx, state)
        prompt = self._prompt(target, dctx)
        if outcome.notice:
            notice = ctx.say(outcome.notice, **{**dctx.data, **outcome.params})
            if target.name == step.name and not target.repeat_prompt:
                return notice
            return notice + "\n" + prompt
        return prompt
