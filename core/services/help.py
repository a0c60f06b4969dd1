"""Help centre: answers from the FAQ knowledge base (jieba + BM25, see core/help/search.py).

jieba needs about a second to load its dictionary, so the index is built once, in a
thread, at startup (``warm_up``) or on first use, never per request.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from core.help.search import FaqEntry, FaqIndex, load_categories


@dataclass(frozen=True)
class HelpAnswer:
    entry: FaqEntry | None  # None: nothing scored well enough to answer honestly
    alternatives: tuple[FaqEntry, ...]


_shared_index: FaqIndex | None = None
_shared_lock = threading.Lock()


def _load_shared_index() -> FaqIndex:
    """One index per process for the shipped knowledge base (building it costs ~1 s)."""
    global _shared_index
    with _shared_lock:
        if _shared_index is None:
            _shared_index = FaqIndex.from_file()
        return _shared_index


class HelpService:
    def __init__(self) -> None:
        self._categories = load_categories()

    async def index(self) -> FaqIndex:
        if _shared_index is not None:
            return _shared_index
        return await asyncio.to_thread(_load_shared_index)

    async def warm_up(self) -> None:
        await self.index()

    async def answer(self, question: str) -> HelpAnswer:
        index = await self.index()
        hits = await asyncio.to_thread(index.search, question, 3)
        if not hits or not index.confident(hits):
            return HelpAnswer(entry=None, alternatives=tuple(hit.entry for hit in hits[:2]))
        return HelpAnswer(entry=hits[0].entry, alternatives=tuple(hit.entry for hit in hits[1:3]))

    def categories(self) -> list[str]:
        return list(self._categories)

    async def entries_in(self, category: str) -> list[FaqEntry]:
        return (await self.index()).entries_in(category)

    async def get(self, entry_id: str) -> FaqEntry | None:
        return (await self.index()).get(entry_id)
