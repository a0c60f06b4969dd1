"""bot/webhook.py ``split_reply``'s shortcut for a reply that fits (issue 14) gives what the line loop gives."""

from __future__ import annotations

import random

from bot.webhook import MAX_REPLY_BYTES, split_reply


def line_loop(text: str, limit: int = MAX_REPLY_BYTES) -> list[str]:
    """split_reply before the shortcut, verbatim."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line.encode()) > limit:
            cut = len(line)
            while len(line[:cut].encode()) > limit:
                cut -= 1
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate.encode()) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts


def test_the_shortcut_agrees_with_the_line_loop() -> None:
    rng = random.Random(14)
    alphabet = ["a", "开", "票", "🧾", "\n", "\n\n", " ", "·", "1"]
    texts = ["", "\n", "\n\n", "短", "\n短", "短\n", "a\n\nb\n", "开" * 682, "开" * 683, "\n" + "开" * 700]
    for _ in range(300):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.choice((3, 40, 300, 700, 900)))))
    for text in texts:
        for limit in (MAX_REPLY_BYTES, 64) if len(text) > 50 else (MAX_REPLY_BYTES, 64, 4):
            assert split_reply(text, limit) == line_loop(text, limit), (text, limit)
