"""A small engine for dialogs declared as data.

A :class:`Dialog` is a list of :class:`Step`s. Each step names its prompt template
and a parser. The parser reads the user's text, may call one core service, stores
what it learned in ``ctx.data`` and returns an outcome: ``Next`` (the following
step), ``Goto`` (a named step), ``Retry`` (ask again with an error), ``Finish``
(reply and end) or ``Abort``. A parser that raises a DomainError is a Retry with
that error's message.

The engine owns the state (in the key-value store, 30 minutes), the words that
work at every step (取消 and its synonyms, 返回, 帮助), re-prompting and the escapes: a
message that is clearly another command (its keyword, alone or with arguments; on a choice
or confirmation step also a recognised natural request) leaves the dialog and runs
(:class:`Escape`), and a few look-ups (编码 饮料) are answered without leaving it.

Three step types besides a plain :class:`Step`:

- :func:`Choice`: one option of a list, by number, label, part of it or synonym
  (templates/choices.yaml); the parser gets the option's value.
- :func:`Confirm`: 确认/是/好的/ok … runs ``on_yes``; 否/不 … cancels; the re-prompt names
  the same words as the prompt (``bot.nlu.confirm_hint`` with the step's verb).
- :func:`Confirm`'s ``verb`` is a template key (``bot.nlu.confirm_verb.*``), no Chinese here.
- :class:`Form` + :class:`FillSlots`: the slots a dialog fills (Rasa-forms style). A step or
  starter returns ``FillSlots()`` and the engine goes to the first missing slot's step (a
  :class:`Slot` may be conditional: ``needed``), so a message that filled several slots at
  once skips the steps it answered; with every slot filled, the form's ``done`` decides.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.context import BotContext
from bot.nlu.choice import Option, choice_set, match
from bot.nlu.intents import Understanding, understand
from bot.nlu.text import normalize
from bot.vocabulary import vocabulary
from core import json_codec
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


@dataclass(frozen=True)
class FillSlots:
    """Go on with the dialog's :class:`Form`: to the step of the first slot still missing, or,
    with every slot filled, to what the form's ``done`` says (typically the confirmation card)."""


#: An outcome the engine acts on directly (FillSlots is first resolved by the dialog's form).
Resolved = Next | Goto | Retry | Finish | Abort | Leave
Outcome = Resolved | FillSlots


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
OptionSource = Callable[[DialogContext], Sequence[Option]]


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
    #: A choice step's options (set by :func:`Choice`): the name of a set in choices.yaml or a
    #: function of the dialog data.
    options: str | OptionSource | None = None
    #: Commands whose keywords are data at this step (明细 on the 申报 card), so they do not escape.
    keeps: frozenset[str] = frozenset()
    #: True when the text is this step's data (an item line), whatever command word it starts with.
    accepts: Callable[[str], bool] | None = None
    #: A confirmation step (set by :func:`Confirm`): natural requests escape from it too.
    confirm: bool = False

    def option_list(self, ctx: DialogContext) -> Sequence[Option]:
        if self.options is None:
            return ()
        return choice_set(self.options) if isinstance(self.options, str) else self.options(ctx)


ChoiceParser = Callable[[str, DialogContext], Awaitable[Outcome | None]]


def Choice(name: str, prompt: str, options: str | OptionSource, then: str | ChoiceParser,
           *, otherwise: Parser | None = None, **kwargs: Any) -> Step:
    """A step that picks one option. ``then`` is the data key to store the option's value in
    (and go to the next step), or a parser called with the value. ``otherwise`` reads a
    message that picked nothing (default: re-ask with the options listed)."""

    async def parse(text: str, ctx: DialogContext) -> Outcome | None:
        choices = _step.option_list(ctx)
        picked = match(text, choices)
        if picked.option is None and otherwise is not None and not picked.ambiguous:
            return await otherwise(text, ctx)
        if picked.option is None:
            listed = picked.ambiguous or tuple(choices)
            return Retry("bot.nlu.choice_invalid", {"options": [o.label for o in listed],
                                                    "ambiguous": bool(picked.ambiguous)})
        if isinstance(then, str):
            ctx.data[then] = picked.option.value
            return Next()
        return await then(picked.option.value, ctx)

    _step = Step(name, prompt, parse, options=options, **kwargs)
    return _step


YesHandler = Callable[[DialogContext], Awaitable[Outcome | None]]


def Confirm(name: str, prompt: str, on_yes: YesHandler, verb: str, *,
            other: Parser | None = None, **kwargs: Any) -> Step:
    """A confirmation card. ``verb`` is the template key of what 确认 does (``bot.nlu.confirm_verb.issue``:
    开具, 创建, 提交 …) in the re-prompt; ``other`` may handle further words first (修改 …) and
    returns None when it does not."""

    async def parse(text: str, ctx: DialogContext) -> Outcome | None:
        if other is not None:
            outcome = await other(text, ctx)
            if outcome is not None:
                return outcome
        if is_yes(text):
            return await on_yes(ctx) or Finish("bot.dialog.cancelled")
        if is_no(text):
            return Finish("bot.dialog.cancelled")
        return Retry("bot.nlu.confirm_hint", {"verb": ctx.bot.say(verb)})

    return Step(name, prompt, parse, confirm=True, **kwargs)


def is_yes(text: str) -> bool:
    words = vocabulary()
    plain = normalize(text)
    if words.is_word("yes", plain):
        return True
    # 「确认开具」「确认作废」「好的，开吧」: a yes word (commands.yaml yes_prefix) and a few more characters
    return any(plain.startswith(w) and len(plain) - len(w) <= 3 for w in words.words.get("yes_prefix", ()))


def is_no(text: str) -> bool:
    return vocabulary().is_word("no", normalize(text))


def is_cancel(text: str) -> bool:
    """取消 and its synonyms (算了, 不开了, 不要了, 退出 …), or a short message starting with one."""
    words = vocabulary()
    plain = normalize(text)
    if words.is_word("cancel", plain):
        return True
    return len(plain) <= 8 and any(plain.startswith(w) for w in words.words.get("cancel_prefix", ()))


SlotNeeded = Callable[[DialogContext], Awaitable[bool]]


@dataclass(frozen=True)
class Slot:
    """A value the dialog needs (``name`` in its data) and the step that asks for it; ``needed``:
    asked only when this says so (the 3% waiver only for a 专票 it applies to). False and 0 are
    values; None, "" and an empty list or mapping are missing."""

    name: str
    step: str
    needed: SlotNeeded | None = None

    def missing(self, data: Mapping[str, Any]) -> bool:
        value = data.get(self.name)
        return value is None or (isinstance(value, str | list | dict) and not value)


@dataclass(frozen=True)
class Form:
    """The slots a dialog fills, in order (Rasa-forms style): a step or a starter returns
    :class:`FillSlots` and the engine goes to the first missing slot's step, so a message that
    filled several slots at once skips the steps it answered; with all filled, ``done`` decides."""

    slots: tuple[Slot, ...]
    done: Starter | None = None

    def next_missing(self, data: Mapping[str, Any]) -> str | None:
        """The step of the first missing slot, conditions aside (see :meth:`next_step`)."""
        for slot in self.slots:
            if slot.needed is None and slot.missing(data):
                return slot.step
        return None

    async def next_step(self, ctx: DialogContext) -> Outcome:
        for slot in self.slots:
            if slot.missing(ctx.data) and (slot.needed is None or await slot.needed(ctx)):
                return Goto(slot.step)
        if self.done is not None:
            return await self.done(ctx) or Next()
        return Next()


@dataclass(frozen=True)
class Dialog:
    name: str
    steps: tuple[Step, ...]
    #: Runs before the first step; may Abort (e.g. "already logged in") or seed data.
    start: Starter | None = None
    #: Say 「已退出…」 when another command leaves this dialog (off for menus like 帮助).
    announce_exit: bool = True
    #: The slots :class:`FillSlots` fills.
    form: Form | None = None

    async def fill(self, ctx: DialogContext, outcome: Outcome | None) -> Resolved | None:
        """A :class:`FillSlots` outcome resolved by the form; any other outcome as it is."""
        if not isinstance(outcome, FillSlots):
            return outcome
        if self.form is None:
            raise ValueError(f"dialog {self.name} fills slots but has no form")
        resolved = await self.form.next_step(ctx)
        if isinstance(resolved, FillSlots):
            raise ValueError(f"dialog {self.name}: the form's done answered FillSlots again")
        return resolved

    def step(self, name: str) -> Step:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(f"dialog {self.name} has no step {name}")

    def after(self, name: str) -> Step | None:
        names = [s.name for s in self.steps]
        index = names.index(name) + 1
        return self.steps[index] if index < len(self.steps) else None


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
        understood = understand(text, today)
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
