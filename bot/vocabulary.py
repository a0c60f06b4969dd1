"""Command keywords and dialog words, loaded from templates/commands.yaml.

What users type is user-facing language too, so it lives beside the replies and
not in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from templates import TEMPLATE_DIR

#: The kinds of words that only mean something inside a dialog (确认, 返回, 完成 ...).
DIALOG_ANSWERS = ("yes", "back", "done")


@dataclass(frozen=True)
class Vocabulary:
    keywords: dict[str, str]  # typed word -> command id
    menu_keys: dict[str, str]  # menu CLICK key -> command id
    canonical: dict[str, str]  # command id -> first keyword
    words: dict[str, frozenset[str]]  # "cancel" -> {取消, ...}
    help_groups: dict[str, tuple[str, ...]]  # 帮助's group -> its command ids, in file order
    #: the words that answer a dialog's step (yes, back, done), for one look-up (bot/router.py)
    dialog_answers: frozenset[str] = frozenset()

    def command_for(self, text: str) -> tuple[str | None, str]:
        """The command a message starts with, and the rest of the message."""
        stripped = text.strip()
        head, _, rest = stripped.partition(" ")
        for candidate in (stripped, head):
            command = self.keywords.get(candidate.lower())
            if command:
                return command, rest.strip() if candidate == head else ""
        return None, stripped

    def is_word(self, kind: str, text: str) -> bool:
        return text.strip().lower() in self.words.get(kind, frozenset())


@cache
def vocabulary() -> Vocabulary:
    data = yaml.safe_load((TEMPLATE_DIR / "commands.yaml").read_text(encoding="utf-8"))
    keywords: dict[str, str] = {}
    menu_keys: dict[str, str] = {}
    canonical: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for command, spec in data["commands"].items():
        canonical[command] = str(spec["keywords"][0])
        for word in spec["keywords"]:
            keywords[str(word).lower()] = command
        groups.setdefault(str(spec["help"]), []).append(command)
        if spec.get("menu"):
            menu_keys[spec["menu"]] = command
    words = {kind: frozenset(str(w).lower() for w in ws) for kind, ws in data["words"].items()}
    help_groups = {group: tuple(ids) for group, ids in groups.items()}
    answers = frozenset().union(*(words.get(kind, frozenset()) for kind in DIALOG_ANSWERS))
    return Vocabulary(keywords, menu_keys, canonical, words, help_groups, answers)
