"""Help centre: the FAQ knowledge base (``data/``) and its search engine (:mod:`core.help.search`)."""

from core.help.search import (
    FaqEntry,
    FaqIndex,
    SearchHit,
    confident,
    load_categories,
    load_entries,
    warm_up,
)

__all__ = [
    "FaqEntry",
    "FaqIndex",
    "SearchHit",
    "confident",
    "load_categories",
    "load_entries",
    "warm_up",
]
