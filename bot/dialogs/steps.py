"""What a dialog is declared with (see :mod:`bot.dialogs.engine` for how it runs).

A :class:`Dialog` is a list of :class:`Step`s. Each step names its prompt template
and a parser. The parser reads the user's text, may call one core service, stores
what it learned in ``ctx.data`` and returns an outcome: ``Next`` (the following
step), ``Goto`` (a named step), ``Retry`` (ask again with an error), ``Finish``
(reply and end) or ``Abort``. A parser that raises a DomainError is a Retry with
that error's message.

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

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.context import BotContext
from bot.nlu.choice import Option, choice_set, match
from bot.nlu.text import normalize
from bot.vocabulary import vocabulary

T = TypeVar("T")


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


def numbered(text: str, items: Sequence[T]) -> T | None:
    """The item a plain number picks from a numbered list (1 is the first), or None: for lists where
    anything else is not a pick but a message of its own (帮助's menus leave the dialog with it),
    unlike :func:`Choice`, which also matches labels and re-asks."""
    return items[int(text) - 1] if text.isdecimal() and 1 <= int(text) <= len(items) else None


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
