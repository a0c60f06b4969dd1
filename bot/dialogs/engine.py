"""The engine that runs the dialogs declared with :mod:`bot.dialogs.steps`.

It owns the state (in the key-value store, 30 minutes), the words that
work at every step (取消 and its synonyms, 返回, 帮助), re-prompting and the escapes: a
message that is clearly another command (its keyword, alone or with arguments; on a choice
or confirmation step also a recognised natural request) leaves the dialog and runs
(:class:`Escape`), and a few look-ups (编码 饮料) are answered without leaving it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.context import BotContext
from bot.dialogs.steps import (
    Abort,
    Dialog,
    DialogContext,
    Finish,
    Goto,
    Leave,
    Next,
    Resolved,
    Retry,
    Step,
    is_cancel,
    is_no,
    is_yes,
)
from bot.nlu.choice import Option, match
from bot.nlu.intents import Understanding, understand
from bot.nlu.text import normalize
from bot.vocabulary import vocabulary
from core import json_codec
from core.domain.errors import DomainError

log = logging.getLogger(__name__)
STATE_TTL_SECONDS = 30 * 60


@dataclass(frozen=True)
class Escape:
    """What :meth:`DialogEngine.handle` returns when the message left the dialog for a command:
    the router runs ``command`` with ``args`` (or ``seed``) and prefixes ``notice``."""

    command: str
    args: str
    notice: str
    seed: Mapping[str, Any] | None = None


class _Unset:
    """:meth:`DialogEngine.handle` was not given the state: read it."""


UNSET = _Unset()


#: Answers a look-up command in place (the router's, with the command's needs): (context,
#: command, args) → the reply, or None when that command cannot be answered in place.
InlineAnswer = Callable[[BotContext, str, str], Awaitable[str | None]]


class DialogEngine:
    def __init__(self, dialogs: Mapping[str, Dialog], inline: InlineAnswer | None = None) -> None:
        self.dialogs = dict(dialogs)
        self.inline = inline

    @staticmethod
    def key(openid: str) -> str:
        """The store key of the openid's dialog state (read with the message's first round trip)."""
        return f"dialog:{openid}"

    _key = key

    async def _load(self, ctx: BotContext) -> dict[str, Any] | None:
        raw = await ctx.store.get(self._key(ctx.openid))
        if raw is None:
            return None
        state: dict[str, Any] = json_codec.loads(raw)
        if state.get("dialog") not in self.dialogs:
            return None
        return state

    async def _save(self, ctx: BotContext, state: dict[str, Any]) -> None:
        await ctx.store.set(self._key(ctx.openid), json_codec.dumps(state), ttl=STATE_TTL_SECONDS)

    async def clear(self, ctx: BotContext) -> bool:
        return await ctx.store.delete(self._key(ctx.openid)) > 0

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
                outcome = await dialog.fill(dctx, await dialog.start(dctx))
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

    @staticmethod
    def title(ctx: BotContext, dialog: str) -> str:
        key = f"bot.nlu.titles.{dialog}"
        return ctx.texts.render(key if ctx.texts.has(key) else "bot.nlu.titles._default")

    @staticmethod
    def classify(step: Step, text: str, options: Sequence[Option] = (),
                 today: date | None = None) -> tuple[str, Understanding | None]:
        """What a message means at a step, before the step's parser sees it: cancel, back,
        help, inline (a look-up answered in place), escape (another command: leave) or data.
        Pure, so the evaluation set (scripts/nlu_eval.py) scores exactly this."""
        words = vocabulary()
        plain = normalize(text)
        if is_cancel(plain):
            return "cancel", None
        if words.is_word("back", plain):
            return "back", None
        if words.is_word("help", plain):
            return "help", None
        # A step's answer may be a password or a code: looked up among the texts understood
        # before, never added to them (bot/nlu/intents.py).
        understood = understand(text, today, remember=False)
        if understood.strength == "command" and understood.intent not in step.keeps and understood.escapes:
            # a keyword and its arguments, space-separated (「开票 张三 餐费 388」「编码 饮料」)
            return ("inline" if understood.inline else "escape"), understood
        if step.accepts is not None and step.accepts(text):
            return "data", None
        if step.options is not None and match(text, options).option is not None:
            return "data", None
        if step.confirm and (is_yes(text) or is_no(text)):
            return "data", None
        intent = understood.intent
        if intent is None or intent in step.keeps or not understood.escapes:
            return "data", understood
        if understood.strength in ("exact", "command"):
            return ("inline" if understood.inline else "escape"), understood
        if understood.strength == "pattern" and (step.options is not None or step.confirm):
            return "escape", understood
        return "data", understood

    async def handle(self, ctx: BotContext, text: str,
                     state: dict[str, Any] | _Unset | None = UNSET) -> str | Escape | None:
        """Feed one message to the active dialog; None when there is none. ``state`` is what
        :meth:`load` returned for this message (read from the store when not given)."""
        if isinstance(state, _Unset):
            state = await self._load(ctx)
        if state is None:
            return None
        dialog = self.dialogs[state["dialog"]]
        step = dialog.step(state["step"])
        dctx = DialogContext(ctx, state["data"])

        verdict, understood = self.classify(step, text, step.option_list(dctx), ctx.core.invoices.today())
        if verdict == "cancel":
            await self.clear(ctx)
            return ctx.say("bot.dialog.cancelled")
        if verdict == "back":
            if not state["history"]:
                return ctx.say("bot.dialog.at_first_step") + "\n" + self._prompt(step, dctx)
            previous = dialog.step(state["history"].pop())
            state["step"] = previous.name
            await self._save(ctx, state)
            return self._prompt(previous, dctx)
        if verdict == "help":
            explanation = ctx.say(step.help, **dctx.data) if step.help else ""
            return "\n".join(filter(None, [explanation, self._prompt(step, dctx), ctx.say("bot.dialog.controls")]))
        if verdict == "inline" and understood is not None and understood.intent is not None and self.inline:
            # A look-up the step itself suggests (编码 饮料 while adding items): answer, stay.
            answer = await self.inline(ctx, understood.intent, understood.args)
            if answer is not None:
                return answer + "\n" + ctx.say("bot.nlu.still_in", title=self.title(ctx, dialog.name))
        if verdict == "escape" and understood is not None and understood.intent is not None:
            await self.clear(ctx)
            quiet = understood.intent == dialog.name or not dialog.announce_exit
            notice = "" if quiet else ctx.say("bot.nlu.left", title=self.title(ctx, dialog.name))
            return Escape(understood.intent, understood.args, notice, understood.seed())

        try:
            outcome: Resolved = await dialog.fill(dctx, await step.parse(text.strip(), dctx)) or Next()
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
            if not target.repeat_prompt:
                return notice
            return notice + "\n" + prompt
        return prompt
