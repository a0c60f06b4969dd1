"""Transcript testing for the bot (the Zulip-bots shape): [(user says, reply contains), ...]."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Expect = str | tuple[str, ...] | Callable[[str], bool]


async def verify_dialog(router: Any, openid: str, steps: Sequence[tuple[str, Expect]]) -> list[str]:
    """Send each message; each reply must contain the expected text(s). Returns the replies."""
    replies = []
    for number, (says, expect) in enumerate(steps, 1):
        reply = await router.on_text(openid, says)
        replies.append(reply)
        wanted = (expect,) if isinstance(expect, str) else expect
        if callable(wanted):
            assert wanted(reply), f"step {number}: {says!r} got {reply!r}"
            continue
        for fragment in wanted:
            assert fragment in reply, f"step {number}: {says!r} -> expected {fragment!r} in reply:\n{reply}"
    return replies
