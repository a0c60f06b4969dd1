"""Attach each route's description, roles and header parameters from a feature's ``docs.py`` table.

A feature keeps the prose beside its routes (``DOCS[(method, path)] = {"description", "roles",
"headers"}``) and ends its ``routes.py`` with ``ROUTES = documented(ROUTES, DOCS)``; a route without an
entry fails :func:`documented` (so a new route cannot go undocumented).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from miniapp_api.spec import Route


def documented(routes: tuple[Route, ...], docs: Mapping[tuple[str, str], Mapping[str, Any]]) -> tuple[Route, ...]:
    known = {f.name for f in fields(Route)}
    missing = [f"{r.method} {r.path}" for r in routes if (r.method, r.path) not in docs]
    if missing:
        raise LookupError(f"routes without a description: {missing}")
    return tuple(replace(r, **{k: v for k, v in docs[(r.method, r.path)].items() if k in known}) for r in routes)
