"""One pagination shape for every list of the API (issue 16).

A list answers ``{"items": [...], "next_cursor": "<opaque>" | null}`` (some add a field beside them,
such as the message centre's ``unread``). Its query takes:

* ``limit``: how many items, 1–100, default :data:`DEFAULT_LIMIT` (20); anything else is a 422 naming
  ``limit`` (never silently clamped);
* ``cursor``: the previous page's ``next_cursor``, as it was. ``next_cursor`` is null on the last page.

A cursor is opaque and bound to its list, its sort and its filters: it carries a digest of them, and
a cursor used with another list, sort or filter is a 422 ``cursor_mismatch`` (start again from the
first page). A cursor that is not one of ours is a 422 ``cursor_invalid``.

Lists the database pages (invoices, input invoices, the audit trail, messages) keep their keyset
position inside the cursor. Short lists (tickets, feedback, filings, products, customers, announcements,
members, bindings, red-confirmations, tax-code look-ups, scan codes …) are read whole by their service,
bounded (:data:`WHOLE_LIST`; staff tickets: the 500 most recently updated) and paged here with
:func:`slice_page`: where the order has a unique key (tickets, feedback, customers, announcements)
the cursor holds the last item's key, so an item added meanwhile never shifts a page; elsewhere
(ranked look-ups, products) it holds the item's place in the list.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from aiohttp import web

from core.domain.errors import ValidationFailed

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: How many items a short list's service reads at most, to page here (its own default is lower).
WHOLE_LIST = 1000

#: The two query parameters of every list, for its route's ``query`` (and so for the OpenAPI document).
PAGE_QUERY: dict[str, dict[str, Any]] = {
    "cursor": {"type": "string", "maxLength": 512,
               "description": "The previous page's next_cursor, unchanged (opaque; bound to this list, its "
                              "sort and its filters: another one is 422 cursor_mismatch). Omit for the first page."},
    "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT,
              "description": f"Items per page, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT}); outside is 422."},
}


def page_schema(item: Mapping[str, Any], **extra: Any) -> dict[str, Any]:
    """The JSON schema of a page of ``item`` (plus ``extra`` properties, required too)."""
    return {"type": "object",
            "properties": {"items": {"type": "array", "items": dict(item)},
                           "next_cursor": {"type": ["string", "null"],
                                           "description": "Pass as ?cursor= for the next page; null on the last"},
                           **extra},
            "required": ["items", "next_cursor", *extra]}


def parse_limit(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_LIMIT
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 4 or not 1 <= int(raw) <= MAX_LIMIT:
        raise ValidationFailed.one("limit", "integer_range", min=1, max=MAX_LIMIT)
    return int(raw)


def api_cursor(path: str, filters: Mapping[str, Any], position: Any) -> str:
    """The cursor a list at ``path`` (``/api/v1/invoices``) with these filters and sort would give for a
    position: what :class:`PageRequest` writes (benchmarks build deep pages with it)."""
    return PageRequest(DEFAULT_LIMIT, None, _digest(path, filters)).cursor_for(position)


def _digest(list_name: str, bound: Mapping[str, Any]) -> str:
    canonical = json.dumps([list_name, {k: bound[k] for k in sorted(bound) if bound[k] not in (None, "")}],
                           ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class PageRequest:
    """What a list's query asked for: how many, and where the previous page ended (None: first page)."""

    limit: int
    position: Any
    binding: str

    def cursor_for(self, position: Any) -> str:
        raw = json.dumps({"b": self.binding, "p": position}, separators=(",", ":"), default=str).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def next(self, position: Any) -> str | None:
        """The next page's cursor for a position (None: this was the last page)."""
        return None if position is None else self.cursor_for(position)

    def text_position(self) -> str:
        """The position as a database list's own cursor string ("" on the first page)."""
        if self.position is None:
            return ""
        if not isinstance(self.position, str):
            raise ValidationFailed.one("cursor", "cursor_invalid")
        return self.position


def page_request(request: web.Request, *, bound: Mapping[str, Any] | None = None) -> PageRequest:
    """``limit`` and ``cursor`` of a list's query. The cursor is bound to the list (its path) and every
    other query parameter (its sort and filters; the handler refused undeclared ones), plus ``bound``."""
    query = request.query
    filters = {k: v for k, v in query.items() if k not in ("cursor", "limit")}
    binding = _digest(request.path, {**filters, **(bound or {})})
    limit = parse_limit(query.get("limit"))
    raw = query.get("cursor")
    if raw is None or raw == "":
        return PageRequest(limit, None, binding)
    try:
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        if not isinstance(data, dict) or not isinstance(data.get("b"), str) or "p" not in data:
            raise ValueError("not a cursor")
    except (ValueError, TypeError, UnicodeDecodeError):
        raise ValidationFailed.one("cursor", "cursor_invalid") from None
    if data["b"] != binding:
        raise ValidationFailed.one("cursor", "cursor_mismatch")
    return PageRequest(limit, data["p"], binding)


def page_body(items: Sequence[Any], next_cursor: str | None, **extra: Any) -> dict[str, Any]:
    return {"items": list(items), "next_cursor": next_cursor, **extra}


def stamp(moment: datetime | None) -> int:
    """A datetime as a sort key a cursor can carry (microseconds since the epoch; None first)."""
    return -(2**62) if moment is None else int(moment.timestamp() * 1_000_000)


def slice_page(items: Sequence[T], page: PageRequest, key: Callable[[T], Sequence[Any]] | None = None, *,
               descending: bool = False) -> tuple[list[T], str | None]:
    """One page of a list already in its order: the items after the cursor's position, and the next cursor.

    ``key``: the item's sort key in that order (a tuple of ints or strings ending with a unique id);
    without one the position is the item's index (for ranked results bound to their query).
    """
    keyed: list[tuple[list[Any], T]] = [
        (list(key(item)) if key else [index], item) for index, item in enumerate(items)]
    if page.position is not None:
        position = page.position
        if not isinstance(position, list) or (keyed and len(position) != len(keyed[0][0])):
            raise ValidationFailed.one("cursor", "cursor_invalid")
        try:
            keyed = [(k, item) for k, item in keyed if (k < position if descending and key else k > position)]
        except TypeError:
            raise ValidationFailed.one("cursor", "cursor_invalid") from None
    chosen = keyed[: page.limit]
    more = len(keyed) > page.limit
    return [item for _, item in chosen], page.cursor_for(chosen[-1][0]) if more and chosen else None


def page_of(request: web.Request, items: Sequence[T], key: Callable[[T], Sequence[Any]] | None = None, *,
            descending: bool = False) -> tuple[list[T], str | None]:
    """A page of a whole list the view read (see :func:`slice_page`), per the request's limit and cursor."""
    return slice_page(items, page_request(request), key, descending=descending)
