"""One chat message's view of the key-value store: one round trip in, one round trip out.

A message needs its de-duplication claim, the openid's account binding and the open
dialog's state before anything else, and ends by writing the reply record, the dialog
state and the chat history. Each used to be its own store call (four to six Redis round
trips of ~0.1 ms CPU each). :meth:`MessageTurn.claim` (the webhook) or
:meth:`MessageTurn.open` (a router called directly) reads them in one call; writes made
through the turn are kept in order and sent together by :meth:`flush` (a MULTI/EXEC on
Redis, one dict pass on the embedded store), with the reply record.

Reads of a key the turn wrote return the written value; reads of keys the turn did not
preload go to the store. A handler reaches the turn as ``ctx.store``.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ports import KeyValueStore, StoreWrite


class MessageTurn:
    def __init__(self, store: KeyValueStore, known: dict[str, str | None]) -> None:
        self.store = store
        #: Keys read in the first round trip (None: absent), then overlaid by the turn's writes.
        self.known = known
        self.writes: list[StoreWrite] = []
        self._pushed: dict[str, list[str]] = {}
        self._wrote = False

    @classmethod
    async def claim(cls, store: KeyValueStore, key: str, value: str, ttl: int,
                    reads: Sequence[str]) -> MessageTurn | None:
        """Claim the message's de-duplication ``key`` and read ``reads``; None when it was
        claimed before (a retry of a message already being handled)."""
        claimed, values = await store.claim_and_get(key, value, ttl, reads)
        if not claimed:
            return None
        return cls(store, dict(zip(reads, values, strict=True)))

    @classmethod
    async def open(cls, store: KeyValueStore, reads: Sequence[str]) -> MessageTurn:
        """Read ``reads`` in one call (no de-duplication: a router called directly)."""
        values = await store.get_many(reads)
        return cls(store, dict(zip(reads, values, strict=True)))

    # -- the KeyValueStore calls handlers make ------------------------------------------

    async def get(self, key: str) -> str | None:
        if key in self.known:
            return self.known[key]
        return await self.store.get(key)

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool:
        if only_new:  # a guarded write decides now, not at the end
            done = await self.store.set(key, value, ttl=ttl, only_new=True)
            if done:
                self.known[key] = value
            return done
        self.known[key] = value
        self.writes.append(StoreWrite("set", key, value, ttl))
        return True

    async def delete(self, *keys: str) -> int:
        removed = 0
        for key in keys:
            if key in self.known:
                removed += self.known[key] is not None
                self.known[key] = None
                self.writes.append(StoreWrite("delete", key))
            else:  # unknown: the store says whether it existed
                removed += await self.store.delete(key)
        return removed

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None:
        self._pushed.setdefault(key, []).append(value)
        self.writes.append(StoreWrite("rpush", key, value, ttl, max_len))

    async def lrange(self, key: str, start: int, end: int) -> list[str]:
        items = await self.store.lrange(key, 0, -1)
        pushed = self._pushed.get(key)
        if pushed:
            cap = max(w.max_len for w in self.writes if w.kind == "rpush" and w.key == key)
            items = (items + pushed)[-cap:]
        size = len(items)
        first = max(0, start + size if start < 0 else start)
        last = end + size if end < 0 else min(end, size - 1)
        return items[first:last + 1] if first <= last else []

    # -- the last round trip -------------------------------------------------------------

    @property
    def had_writes(self) -> bool:
        """Whether the turn wrote anything (also after :meth:`flush`)."""
        return self._wrote

    async def flush(self, extra: Sequence[StoreWrite] = ()) -> None:
        """Send the turn's writes and ``extra`` (the reply record) in one call."""
        self._wrote = self._wrote or bool(self.writes)
        writes = [*self.writes, *extra]
        self.writes = []
        self._pushed = {}
        if writes:
            await self.store.write_batch(writes)
