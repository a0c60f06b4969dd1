"""Counting the calls of a hot query while the real one still answers."""

from __future__ import annotations

from typing import Any

import pytest

from core.adapters import hot_queries


def count_scope_lookups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The account ids ``hot_queries.current_membership`` (the company scope's one statement) is
    called with from now on; clear the list between messages to count per message."""
    calls: list[int] = []
    real = hot_queries.current_membership

    async def counted(account_id: int) -> Any:
        calls.append(account_id)
        return await real(account_id)

    monkeypatch.setattr(hot_queries, "current_membership", counted)
    return calls
