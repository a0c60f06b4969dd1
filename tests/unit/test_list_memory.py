"""bot/features/lists/handlers.py remembers a list's filter as the same JSON as before
(when it was built with dataclasses.asdict), and reads it back to the same filter."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

import pytest

from bot.features.lists.handlers import _filter_from, _filter_json
from core.invoicing.views import InvoiceFilter


def reference(filters: InvoiceFilter) -> dict[str, Any]:
    raw = asdict(filters)
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in raw.items()
            if k in ("number", "date_from", "date_to", "buyer", "limit") and v}


@pytest.mark.parametrize("filters", [
    InvoiceFilter(limit=5), InvoiceFilter(date_from=date(2026, 12, 1), date_to=date(2026, 12, 31), limit=10),
    InvoiceFilter(number="0002", limit=5), InvoiceFilter(buyer="张三", limit=5, cursor="abc", status="issued"),
    InvoiceFilter(limit=0),
])
def test_the_remembered_filter_is_the_json_it_was(filters: InvoiceFilter) -> None:
    kept = _filter_json(filters)
    assert kept == reference(filters) and list(kept) == list(reference(filters))
    again = _filter_from(kept, "next")
    assert (again.number, again.date_from, again.date_to, again.buyer) == \
        (filters.number, filters.date_from, filters.date_to, filters.buyer) and again.cursor == "next"
