"""The intent layer: what a message asks for, and the slots it fills.

``understand(text, today)`` returns an :class:`Understanding`: the intent (a command id of
templates/commands.yaml, or a pseudo intent: greeting, pick_from_list, list_more), how it was
recognised (``exact``: the whole message is a keyword; ``command``: a keyword and its
arguments; ``pattern``: a natural request matched a pattern of templates/intents.yaml) and
the slots. No intent means the help centre (jieba + BM25) answers.

The answer depends on the text, the day (「上个月」) and the templates alone, so it is remembered
(issue 14: owners send the same 菜单 words and FAQ questions again and again); see ``understand``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

import yaml

from bot.nlu import slots as extract
from bot.nlu.prefilter import Screen
from bot.nlu.text import is_blank_or_symbols, normalize
from bot.vocabulary import vocabulary
from templates import TEMPLATE_DIR

#: Three digits or more: a month in the message does not hide the last digits next to it.
_DIGITS = re.compile(r"\d{3,}")
#: Understandings remembered (``understand``); all are forgotten when it is full, as the FAQ replies
#: of bot/router.py are: no bookkeeping per hit, and a flood of unique texts costs one clear per 4,096.
UNDERSTOOD_KEPT = 4096
#: Longer texts are understood afresh each time: the words and questions that repeat are short, and
#: a long key would be hashed and kept for nothing.
UNDERSTOOD_TEXT_MAX = 120
_NO_SLOTS: Mapping[str, Any] = MappingProxyType({})


def _frozen(value: Any) -> Any:
    """A slot value that cannot be changed: mappings read-only, lists tuples (an invoice line)."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value


def _thawed(value: Any) -> Any:
    """A fresh, changeable copy of a frozen slot value: dicts and lists, as ``fill_slots`` makes them."""
    if isinstance(value, Mapping):
        return {k: _thawed(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thawed(v) for v in value]
    return value


@dataclass(frozen=True)
class Understanding:
    """Immutable, slots included (a read-only mapping; an invoice line's list a tuple of read-only
    mappings), so that one remembered answer is handed to every caller: the hit costs no copy.
    A caller that needs changeable data takes :meth:`seed`, a fresh copy (only dialog commands do,
    a few per cent of messages), rather than every caller paying for a copy it does not need."""

    intent: str | None
    strength: str | None = None  # exact | command | pattern
    args: str = ""
    slots: Mapping[str, Any] = field(default_factory=lambda: _NO_SLOTS)
    escapes: bool = True
    inline: bool = False

    def __post_init__(self) -> None:
        # Always copied, even a read-only mapping (it may show a dict its maker still holds);
        # only a miss of the memo builds an Understanding.
        object.__setattr__(self, "slots", _frozen(self.slots) if self.slots else _NO_SLOTS)

    def seed(self) -> dict[str, Any] | None:
        """Dialog data for a dialog command: the slots read, or the arguments to parse (a fresh
        copy: the dialog changes its data)."""
        if self.intent == "issue_invoice" and self.slots:
            return {"_slots": _thawed(self.slots)}
        return {"_args": self.args} if self.args else None


@dataclass(frozen=True)
class _Intent:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    slots: tuple[str, ...]
    question_to_faq: bool
    unless: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class _Model:
    intents: tuple[_Intent, ...]
    greeting: frozenset[str]
    glued: tuple[tuple[str, str], ...]  # (keyword, command), longest keyword first
    inline: frozenset[str]
    no_escape: frozenset[str]
    question: tuple[str, ...]
    request: tuple[str, ...]
    #: the glued keywords, for one ``str.startswith`` before the loop over them
    glued_prefixes: tuple[str, ...] = ()
    by_name: Mapping[str, _Intent] = field(default_factory=dict)
    #: every intent's patterns in order (screened: bot/nlu/prefilter.py), and the intent of each
    screen: Screen = field(default_factory=lambda: Screen(()))
    owner: tuple[int, ...] = ()
    #: the position in ``screen`` of each intent's first pattern
    first: tuple[int, ...] = ()

    def matched(self, plain: str) -> _Intent | None:
        """The first intent (in file order) a pattern of which matches ``plain`` and no
        ``unless`` pattern does; patterns whose match cannot begin in ``plain`` are skipped."""
        candidates = self.screen.candidates(plain)
        start = 0
        while (position := self.screen.first_match(plain, candidates, start)) is not None:
            index = self.owner[position]
            intent = self.intents[index]
            if not any(p.search(plain) for p in intent.unless):
                return intent
            if index + 1 == len(self.intents):
                return None
            start = self.first[index + 1]  # that intent is excluded: on to the next one's patterns
        return None


@cache
def _model() -> _Model:
    raw = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))
    intents = tuple(_Intent(name, tuple(re.compile(p) for p in spec["patterns"]), tuple(spec.get("slots", ())),
                            bool(spec.get("question_to_faq", True)),
                            tuple(re.compile(p) for p in spec.get("unless", ())))
                    for name, spec in raw["intents"].items())
    owner = tuple(index for index, intent in enumerate(intents) for _ in intent.patterns)
    first = tuple(sum(len(i.patterns) for i in intents[:index]) for index in range(len(intents)))
    glued_commands = set(raw["glued"])
    glued = sorted(((kw, cmd) for kw, cmd in vocabulary().keywords.items() if cmd in glued_commands),
                   key=lambda pair: len(pair[0]), reverse=True)
    return _Model(intents, frozenset(normalize(w) for w in raw["greeting"]), tuple(glued),
                  frozenset(raw["inline"]), frozenset(raw["no_escape"]),
                  tuple(raw["question"]["markers"]), tuple(raw["question"]["request"]),
                  tuple(keyword for keyword, _ in glued), {i.name: i for i in intents},
                  Screen([p for intent in intents for p in intent.patterns]), owner, first)


def fill_slots(names: tuple[str, ...] | list[str], text: str, today: date | None = None) -> dict[str, Any]:
    """Read the named slots from a message (absent ones are left out)."""
    today = today or date.today()
    found: dict[str, Any] = {}
    for name in names:
        if name == "kind":
            value: Any = extract.kind_of(text)
        elif name == "tax_id":
            value = extract.tax_id_of(text)
        elif name == "buyer":
            value = extract.buyer_of(text)
        elif name == "lines":
            line = extract.line_of(_without_buyer(text))
            value = [line] if line else None
        elif name == "month":
            month = extract.month_of(text, today)
            value = f"{month[0]}-{month[1]:02d}" if month else None
        elif name == "last_digits":
            value = extract.last_digits_of(text) if extract.month_of(text, today) is None or \
                _DIGITS.search(text) else None
        elif name == "query_text":
            value = extract.query_text_of(text) or None
        elif name == "format":
            value = extract.format_of(text)
        elif name == "code_query":
            value = extract.code_query_of(text)
        elif name == "invoice_number":
            value = extract.invoice_number_of(text)
        elif name == "index":
            value = extract.index_of(text)
        else:
            raise KeyError(f"unknown slot {name}")
        if value:
            found[name] = value
    return found


def _without_buyer(text: str) -> str:
    """The line's part of 「给武汉某某科技开张专票，咨询费5000」: after the buyer and the kind."""
    tax_id = extract.tax_id_of(text)
    rest = re.sub(re.escape(tax_id), " ", text, flags=re.IGNORECASE) if tax_id else text
    buyer = extract.buyer_of(rest)
    if buyer and buyer in rest:
        rest = rest[rest.index(buyer) + len(buyer):]
    return rest


def _is_question(text: str, model: _Model) -> bool:
    if any(word in text for word in model.request):
        return False
    return any(marker in text for marker in model.question)


_understood: dict[tuple[str, date], Understanding] = {}


def understand(text: str, today: date | None = None, *, remember: bool = True) -> Understanding:
    """What ``text`` asks for on ``today`` (the caller's clock: the core's, which tests and
    CLOCK_OFFSET_DAYS move; the wall clock's date only when none is given).

    Remembered by (text, day): the answer is a function of those and of the templates, which are
    read once per process (``_model``, ``vocabulary``, the slots' ``_slots``: cached, never
    reloaded; whoever reloads them must call :func:`forget`). Nothing of the user or the dialog
    goes in: a dialog's step is judged around it (bot/dialogs/engine.py ``classify``).
    ``remember=False`` looks the memo up but adds nothing: a dialog's answers (passwords, codes,
    names) are neither kept in memory nor allowed to push the common words out.
    """
    day = today or date.today()
    if len(text) > UNDERSTOOD_TEXT_MAX:
        return _understand(text, day)
    key = (text, day)
    found = _understood.get(key)
    if found is None:
        found = _understand(text, day)
        if remember:
            if len(_understood) >= UNDERSTOOD_KEPT:
                _understood.clear()
            _understood[key] = found
    return found


def forget() -> None:
    """Forget every remembered understanding (after the templates were reloaded; tests)."""
    _understood.clear()


def _understand(text: str, today: date) -> Understanding:
    model = _model()
    plain = normalize(text)
    words = vocabulary()
    # the arguments as typed (a QR string keeps its trailing commas, a name its case); 「？」 is a
    # keyword before it is punctuation
    command, args = words.command_for(text)
    if command is None:
        command, args = words.command_for(plain or text)
    if command is None and (is_blank_or_symbols(text) or plain in model.greeting):
        return Understanding("greeting", "exact", escapes=False)
    strength = "command" if args else "exact"
    if command is None:
        # 「查询12月」「编码饮料」「开票给张三 餐费388」: a keyword glued to arguments it can read.
        # Only as strong as a natural request: 「开票时提示税号错误」 stays a ticket's text.
        for keyword, glued in model.glued if plain.startswith(model.glued_prefixes) else ():
            if plain.startswith(keyword) and len(plain) > len(keyword):
                spec = model.by_name.get(glued)
                rest = plain[len(keyword):].strip()
                asked = spec is not None and spec.question_to_faq and _is_question(plain, model)
                if spec is not None and not asked and fill_slots(spec.slots, rest, today):
                    command, args, strength = glued, rest, "pattern"
                break
    if command is not None:
        spec = model.by_name.get(command)
        slots = fill_slots(spec.slots, args, today) if spec and args else {}
        if command == "issue_invoice" and "buyer" not in slots:
            slots = {}  # 「开票 张三 餐费 388」: the positional form, parsed by the dialog
        if strength == "pattern" and command != "issue_invoice":
            args = _args_from(command, slots) or args
        return Understanding(command, strength, args, slots, escapes=command not in model.no_escape,
                             inline=command in model.inline)
    intent = model.matched(plain)
    if intent is None:
        return Understanding(None)
    if intent.question_to_faq and _is_question(plain, model):
        return Understanding(None)
    slots = fill_slots(intent.slots, plain, today)
    return Understanding(intent.name, "pattern", _args_from(intent.name, slots), slots,
                         escapes=intent.name not in model.no_escape, inline=intent.name in model.inline)


def _args_from(intent: str, slots: dict[str, Any]) -> str:
    """The argument text a command handler reads, rebuilt from the slots of a natural request."""
    parts = [str(slots[k]) for k in ("month", "last_digits", "query_text", "format", "code_query", "invoice_number",
                                     "index") if slots.get(k)]
    return " ".join(parts)
