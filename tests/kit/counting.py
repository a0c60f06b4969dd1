"""Counting the calls of a hot query while the real one still answers."""

from __future__ import annotations

from typing import Any

import pytest

from core.adapters import hot_queries
from core.filing import status
from core.invoicing import hot_reads


def count_scope_lookups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The account ids the company scope is read for from now on: by its own statement
    (``hot_queries.current_membership``) or with the rows of a read that needs it first (the
    ``*_scoped`` reads of core/invoicing/hot_reads.py, 申报状态's company read); clear the list between messages to count
    per message."""
    calls: list[int] = []
    for module, name in ((hot_queries, "current_membership"), (hot_reads, "page_views_scoped"),
                         (hot_reads, "view_by_number_scoped"), (status, "_scoped_board")):
        real = getattr(module, name)

        def counted(real: Any) -> Any:
            async def call(account_id: int, *args: Any, **kwargs: Any) -> Any:
                calls.append(account_id)
                return await real(account_id, *args, **kwargs)
            return call

        monkeypatch.setattr(module, name, counted(real))
    return calls
