"""One chat message's view of the key-value store: one round trip in, one round trip out.

A message needs its de-duplication claim, the openid's account binding and the open
dialog's state before anything else, and ends by writing the reply record, the dialog
state and the chat history. Each used to be its own store call (four to six Redis round
trips of ~0.1 ms CPU each). :meth:`UserTurns.claim` (the webhook) or
:meth:`MessageTurn.open` (a router called directly) reads them in one call; writes made
through the turn are kept in order and sent together by :meth:`flush` (a MULTI/EXEC on
Redis, one dict pass on the embedded store), with the reply record.

Reads of a key the turn wrote return the written value; reads of keys the turn did not
preload go to the store. A handler reaches the turn as ``ctx.store``.

A user's messages are handled one at a time (:class:`UserTurns`, the webhook's): a turn holds
the user's lease ``turn:<openid>``, taken in the first round trip and released in the last,
so a message arriving while the user's previous one is still being handled (a 确认 whose
issue outlived WeChat's 5-second window: answered ``success``, its result pushed later) waits
for it, then reads the state it left, instead of reading the state before it and having its
own writes overwritten by the earlier message's late ones (issue 14's load bench). The wait
is on this worker's previous turn of the user when there is one, else a poll of the lease
(another worker holds it). A turn whose lease expired (it ran past :data:`LEASE_TTL_SECONDS`,
and the user's next message may have gone on meanwhile) writes none of the user's chat state
at its end, only its reply record: the writes are fenced by the lease.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence

from core.ports import KeyValueStore, StoreLease, StoreWrite

#: How long a message may hold its user's lease. Longer than any message takes (an issue waits
#: at most on a few 10-second platform calls), short enough that a worker dying mid-message
#: delays the user's next messages by this at most (they are deferred and pushed meanwhile).
LEASE_TTL_SECONDS = 60
#: Waiting for a lease another worker holds: the first poll, doubling up to the last.
LEASE_POLL_SECONDS = (0.005, 0.1)


class _Place:
    """A message's place in its user's line on this worker: the one ahead of it, and the futures
    of those waiting for it to end (made only when someone waits: most messages wait for none)."""

    __slots__ = ("ahead", "ended", "skipped", "waiters")

    def __init__(self, ahead: _Place | None) -> None:
        self.ahead = ahead
        self.ended = False
        #: Ended without running (a retry, or the claim failed): whoever is behind waits for what it waited for.
        self.skipped = False
        self.waiters: list[asyncio.Future[None]] | None = None

    async def wait(self, longest: float) -> None:
        """Until the message ahead (the first that runs) has ended, ``longest`` seconds at most."""
        ahead = self.ahead
        while ahead is not None and ahead.skipped:
            ahead = ahead.ahead
        if ahead is None or ahead.ended:
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if ahead.waiters is None:
            ahead.waiters = []
        ahead.waiters.append(waiter)
        await asyncio.wait([waiter], timeout=longest)

    def end(self, *, skipped: bool = False) -> None:
        self.ended = True
        self.skipped = skipped
        waiters, self.waiters = self.waiters, None
        if not waiters:
            return
        ahead = self.ahead
        while skipped and ahead is not None and ahead.skipped:
            ahead = ahead.ahead
        if skipped and ahead is not None and not ahead.ended:
            if ahead.waiters is None:
                ahead.waiters = []
            ahead.waiters.extend(waiters)
            return
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)


class MessageTurn:
    def __init__(self, store: KeyValueStore, known: dict[str, str | None], *,
                 lease: StoreLease | None = None, held: bool = False, reads: Sequence[str] = (),
                 place: _Place | None = None, line: dict[str, _Place] | None = None) -> None:
        self.store = store
        #: Keys read in the first round trip (None: absent), then overlaid by the turn's writes.
        self.known = known
        self.writes: list[StoreWrite] = []
        self._pushed: dict[str, list[str]] = {}
        self._wrote = False
        #: The user's lease (None: a turn outside the webhook's ordering) and whether it is held.
        self.lease = lease
        self.held = held
        self._reads = reads
        #: The turn's place in its user's line on this worker (UserTurns), and that line.
        self._place = place
        self._line = line

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

    async def ready(self) -> None:
        """Wait until the turn holds its user's lease (at once unless the user's previous message
        is still being handled), with the preloaded keys read afresh when it had to wait."""
        lease = self.lease
        if lease is None or self.held:
            return
        if self._place is not None:
            # Not longer than a lease lasts: a message stuck for good holds the user up no longer
            # here than on another worker.
            await self._place.wait(lease.ttl)
        wait, longest = LEASE_POLL_SECONDS
        while True:
            taken, values = await self.store.claim_and_get(lease.key, lease.token, lease.ttl, self._reads)
            if taken:
                break
            await asyncio.sleep(wait)
            wait = min(wait * 2, longest)
        self.known = dict(zip(self._reads, values, strict=True))
        self.held = True

    async def close(self) -> None:
        """The turn is over: let the user's next message go (this worker's at once; the lease was
        released by :meth:`flush`, or is released here when the flush did not happen)."""
        if self.held and self.lease is not None:
            self.held = False
            with contextlib.suppress(Exception):  # the store is down: the lease expires by itself
                await self.store.write_batch([StoreWrite("release", self.lease.key, self.lease.token)])
        place = self._place
        if place is not None and not place.ended:
            place.end()
            line, lease = self._line, self.lease
            if line is not None and lease is not None and line.get(lease.key) is place:
                del line[lease.key]

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
        """Send the turn's writes and ``extra`` (the reply record) in one call; with the lease,
        the turn's writes apply only while it is still this turn's, and the call releases it."""
        self._wrote = self._wrote or bool(self.writes)
        writes = self.writes
        lease = self.lease if self.held else None
        if lease is not None:
            writes = [StoreWrite("fence", lease.key, lease.token), *writes,
                      StoreWrite("release", lease.key, lease.token)]
        writes = [*writes, *extra]
        self.writes = []
        self._pushed = {}
        if writes:
            await self.store.write_batch(writes)
        if lease is not None:
            self.held = False


def lease_key(openid: str) -> str:
    return f"turn:{openid}"


class UserTurns:
    """The turns of one worker's messages, in order per user (see the module docstring)."""

    def __init__(self) -> None:
        #: The user's lease key → the place of this worker's last message of that user.
        self._line: dict[str, _Place] = {}

    async def claim(self, store: KeyValueStore, openid: str, key: str, value: str, ttl: int,
                    reads: Sequence[str]) -> MessageTurn | None:
        """Claim the message's de-duplication ``key`` (None: claimed before, a retry) and, in the
        same round trip, the user's lease unless this worker is still handling (or waiting with)
        the user's previous message; ``reads`` are read with it. Call :meth:`MessageTurn.ready`
        before using the turn and :meth:`MessageTurn.close` after it."""
        # The message's key is its token: unique per message, and readable in the store by an operator.
        lease = StoreLease(lease_key(openid), key, LEASE_TTL_SECONDS)
        line = self._line
        ahead = line.get(lease.key)
        place = _Place(ahead)
        # In line before the round trip: a message arriving meanwhile queues behind this one.
        line[lease.key] = place
        try:
            claimed, values = await store.claim_and_get(key, value, ttl, [*reads, lease.key],
                                                        lease if ahead is None else None)
        except BaseException:
            self._skip(lease.key, place)
            raise
        if not claimed:
            self._skip(lease.key, place)
            return None
        held = values[-1] == lease.token
        known = dict(zip(reads, values, strict=False)) if held else {}
        return MessageTurn(store, known, lease=lease, held=held, reads=reads, place=place, line=line)

    def _skip(self, key: str, place: _Place) -> None:
        """A message that will not run: out of the line, whoever queued behind it waits for the one ahead."""
        place.end(skipped=True)
        if self._line.get(key) is place:
            ahead = place.ahead
            if ahead is not None and not ahead.ended:
                self._line[key] = ahead
            else:
                del self._line[key]
