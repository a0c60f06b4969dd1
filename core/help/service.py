"""Help centre: answers from the FAQ knowledge base (jieba + BM25F, see core/help/index.py).

Entries live in the database, seeded from the reviewed ``core/help/data/faq.yaml``;
staff add, edit and retire them (API and CLI). jieba needs about a second to load,
so the index is built once per process in a thread, never per request. After an
edit every worker rebuilds its index: the edit bumps a version in the shared store
and each worker compares it before answering.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from core.accounts.models import Account
from core.audit.log import AuditLog
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import NotFound, PermissionDenied, ValidationFailed
from core.help.entries import FaqEntry, load_categories, load_entries
from core.help.index import FaqIndex
from core.help.models import FaqArticle
from core.help.tokenising import use_cache_dir
from core.ports import Clock, KeyValueStore

log = logging.getLogger(__name__)
VERSION_KEY = "faq:version"
#: How long a process answers from its index before asking the store whether staff changed the
#: FAQ (in another worker): one store round trip per second instead of one per question.
VERSION_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class HelpAnswer:
    entry: FaqEntry | None  # None: nothing scored well enough to answer honestly
    alternatives: tuple[FaqEntry, ...]


@dataclass(frozen=True)
class ArticleInput:
    id: str
    category: str
    question: str
    answer: str
    keywords: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    next_action: str | None = None


_built: dict[int, FaqIndex] = {}
_built_lock = threading.Lock()


def _index_for(entries: tuple[FaqEntry, ...]) -> FaqIndex:
    """Indexes by content: identical entry sets (every worker, every test) share one build."""
    key = hash(entries)
    with _built_lock:
        index = _built.get(key)
        if index is None:
            if len(_built) >= 4:
                _built.pop(next(iter(_built)))
            index = _built[key] = FaqIndex(list(entries))
        return index


def _entry(row: FaqArticle) -> FaqEntry:
    return FaqEntry(id=row.id, category=row.category, question=row.question, answer=row.answer,
                    keywords=tuple(row.keywords), synonyms=tuple(row.synonyms), next_action=row.next_action)


class HelpService:
    def __init__(self, store: KeyValueStore, clock: Clock, audit: AuditLog) -> None:
        self.store = store
        self.clock = clock
        self.audit = audit
        self._categories = load_categories()
        self._index: FaqIndex | None = None
        self._version: str | None = None
        self._lock = asyncio.Lock()
        #: When this process last compared its index with the shared version (monotonic seconds).
        self._checked_at: float | None = None

    # -- the index --------------------------------------------------------------------

    async def seed(self) -> int:
        """Insert the shipped entries that the database does not have yet; returns how many."""
        existing = {str(i) for i in await FaqArticle.all().values_list("id", flat=True)}
        fresh = [e for e in await asyncio.to_thread(load_entries) if e.id not in existing]
        if fresh:
            await FaqArticle.bulk_create([
                FaqArticle(id=e.id, category=e.category, question=e.question, answer=e.answer,
                           keywords=list(e.keywords), synonyms=list(e.synonyms), next_action=e.next_action,
                           updated_at=self.clock.now())
                for e in fresh
            ], ignore_conflicts=True)  # several workers seed at the same startup: the first insert wins
            await self._bump()
        return len(fresh)

    async def _bump(self) -> None:
        await self.store.incr(VERSION_KEY, ttl=10 * 365 * 86400)
        self._checked_at = None  # this process sees its own edit at once

    async def index(self) -> FaqIndex:
        now = time.monotonic()
        if (self._index is not None and self._checked_at is not None
                and now - self._checked_at < VERSION_CHECK_SECONDS):
            return self._index
        version = await self.store.get(VERSION_KEY)
        if self._index is not None and version == self._version:
            self._checked_at = now
            return self._index
        async with self._lock:
            if self._index is None or version != self._version:
                rows = await FaqArticle.filter(retired=False).order_by("id")
                if not rows:
                    await self.seed()
                    rows = await FaqArticle.filter(retired=False).order_by("id")
                    version = await self.store.get(VERSION_KEY)
                entries = tuple(_entry(row) for row in rows)
                self._index = await asyncio.to_thread(_index_for, entries)
                self._version = version
                self._checked_at = time.monotonic()
        return self._index

    async def warm_up(self, cache_dir: Path | None = None) -> None:
        """At startup, before the first request: add entries new in the shipped file (edits are
        kept), then build the index, which loads jieba (its dictionary cache in ``cache_dir``,
        the server's DATA_DIR/cache), so no user's first question pays the load."""
        if cache_dir is not None:
            use_cache_dir(cache_dir)
        await self.seed()
        await self.index()

    # -- answering --------------------------------------------------------------------

    async def answer(self, question: str) -> HelpAnswer:
        index = await self.index()
        # On the event loop: a search is ~0.5 ms of CPU (p99 1.4 ms over 1,000 entries); a
        # thread hop cost more than that and bought nothing (the GIL holds the loop anyway).
        # A question asked before (in the same words, since the last edit) is not searched again.
        hits = index.search_cached(question, 3)
        if not hits or not index.confident(hits):
            return HelpAnswer(entry=None, alternatives=tuple(hit.entry for hit in hits[:2]))
        return HelpAnswer(entry=hits[0].entry, alternatives=tuple(hit.entry for hit in hits[1:3]))

    def categories(self) -> list[str]:
        return list(self._categories)

    async def entries_in(self, category: str) -> list[FaqEntry]:
        return (await self.index()).entries_in(category)

    async def get(self, entry_id: str) -> FaqEntry | None:
        return (await self.index()).get(entry_id)

    # -- staff editing ----------------------------------------------------------------

    async def _require_staff(self, actor: Actor) -> None:
        if actor.channel == "cli":
            return
        account = await Account.get_or_none(id=actor.account_id or 0)
        if account is None or not account.is_staff:
            raise PermissionDenied()

    def _checked(self, data: ArticleInput) -> dict[str, object]:
        if data.category not in self._categories:
            raise ValidationFailed.one("category", "not_allowed", allowed="、".join(self._categories))
        if not data.id or len(data.id) > 64 or not all(ch.isalnum() or ch == "-" for ch in data.id):
            raise ValidationFailed.one("id", "faq_id_format")
        return {
            "category": data.category,
            "question": validators.check_text(data.question, "question", max_len=200),
            "answer": data.answer.strip() or validators.check_text("", "answer", max_len=1),
            "keywords": [k.strip() for k in data.keywords if k.strip()],
            "synonyms": [s.strip() for s in data.synonyms if s.strip()],
            "next_action": (data.next_action or "").strip() or None,
        }

    async def save(self, data: ArticleInput, actor: Actor) -> FaqEntry:
        """Add or edit an entry; every worker's index picks it up on its next answer."""
        await self._require_staff(actor)
        values = self._checked(data)
        if len(str(values["answer"]).encode()) > 1800:
            raise ValidationFailed.one("answer", "text_too_long", max=600)
        async with self.audit.transaction() as conn:
            row = await FaqArticle.get_or_none(id=data.id, using_db=conn)
            if row is None:
                row = await FaqArticle.create(id=data.id, updated_at=self.clock.now(), updated_by_id=actor.account_id,
                                              using_db=conn, **values)
            else:
                await FaqArticle.filter(id=data.id).using_db(conn).update(
                    retired=False, updated_at=self.clock.now(), updated_by_id=actor.account_id, **values)
                row = await FaqArticle.get(id=data.id, using_db=conn)
            await self.audit.record(actor, "faq.save", target=f"faq:{data.id}", connection=conn)
        await self._bump()
        return _entry(row)

    async def retire(self, entry_id: str, actor: Actor) -> None:
        await self._require_staff(actor)
        changed = await FaqArticle.filter(id=entry_id, retired=False).update(
            retired=True, updated_at=self.clock.now(), updated_by_id=actor.account_id)
        if not changed:
            raise NotFound({"what": "faq"})
        await self.audit.record(actor, "faq.retire", target=f"faq:{entry_id}")
        await self._bump()
