"""Append-only, hash-chained audit log, written in the same transaction as the change it records.

Appending takes the single chain-head row (``audit_chain_head``, id 1) with one
``UPDATE … RETURNING``: concurrent writers on PostgreSQL queue on that row lock, so the
chain cannot fork; on SQLite tortoise runs one transaction at a time anyway. The head is
the last lock a transaction takes:

- ``async with audit.transaction() as conn`` is ``in_transaction("default")`` that buffers the
  entries recorded with ``connection=conn`` and appends them just before the commit,
  after every other write of the transaction (the invoice counter included). Lock order is
  therefore always: business rows → ``invoice_counter`` → ``audit_chain_head``.
- ``record(..., connection=conn)`` on a transaction not opened by :meth:`transaction`
  appends at once, so it must be the transaction's last write.
- ``record(...)`` without a connection appends in a transaction of its own.

On PostgreSQL the append is ONE statement (:meth:`AuditLog._append_postgres`): it locks the
head, hashes the entries in SQL (``sha256`` over the canonical text, whose parts around the
link fields Python prepares with :func:`core.audit.chain.canonical_parts`), inserts
them and moves the head. So a transaction holds the head for that statement and its COMMIT
only. SQLite (one connection, transactions one at a time) appends with the head read first.

The chain itself (canonical bytes, hashes, verification) is pure: core/audit/chain.py.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from core.adapters import hot_queries, hot_writes
from core.audit.chain import (
    GENESIS_HASH,
    ChainHead,
    ChainRow,
    ChainVerifier,
    VerifyResult,
    canonical_parts,
    entry_hash,
    normalise_detail,
)
from core.audit.models import AuditChainHead, AuditEntry
from core.domain.actor import Actor
from core.ports import Clock

HEAD_ID = 1
#: For the guard of :meth:`AuditLog.write_with_entries`: true once the chain head exists.
HEAD_EXISTS = f'EXISTS (SELECT 1 FROM "audit_chain_head" WHERE "id" = {HEAD_ID})'
VERIFY_BATCH = 1000


#: (first parameter's index, entries, guard, returning, fill, filled entries) -> the append's CTEs and final UPDATE
_APPEND_TEXTS: dict[tuple[int, int, str | None, str, tuple[str, str, str] | None, tuple[bool, ...]], str] = {}


def _append_text(start: int, count: int, guard: str | None, returning: str,
                 fill: tuple[str, str, str] | None = None, filled: tuple[bool, ...] = ()) -> str:
    """The part of :meth:`AuditLog._append_postgres`'s statement after ``WITH`` and the lead's CTEs, for
    ``count`` entries whose ten parameters each follow the lead's ``start`` ones: composed once
    per shape (every issue appends one entry per statement). ``fill``: (placeholder, SQL
    expression, what the final UPDATE joins for ``returning``) replaced in the canonical text
    and detail of the entries ``filled`` marks."""
    key = (start, count, guard, returning, fill, filled)
    text = _APPEND_TEXTS.get(key)
    if text is not None:
        return text
    only_if = f' AND EXISTS (SELECT 1 FROM "{guard}")' if guard else ""
    ctes = [f'"h" AS (SELECT "seq", "last_hash" AS "hash" FROM "audit_chain_head" WHERE "id" = {HEAD_ID}'
            f"{only_if} FOR UPDATE)"]
    rows = []
    prev_cte = "h"
    for index in range(1, count + 1):
        n = [f"${start + (index - 1) * 10 + k}" for k in range(1, 11)]
        if fill is not None and filled[index - 1]:  # (the placeholder is letters and digits: a literal as it is)
            n[0] = f"replace({n[0]}::text, '{fill[0]}', {fill[1]})"
            n[9] = f"replace({n[9]}::text, '{fill[0]}', {fill[1]})"
        ctes.append(
            f'"e{index}" AS (SELECT p."seq" + 1 AS "seq", p."hash" AS "prev", encode(sha256(convert_to('
            f'{n[0]}::text || p."hash" || {n[1]}::text || (p."seq" + 1)::text || {n[2]}::text, '
            f"'UTF8')), 'hex') AS \"hash\" FROM \"{prev_cte}\" AS p)")
        rows.append(
            f'SELECT {n[3]}::timestamptz, {n[4]}::int, {n[5]}::int, {n[6]}::text, {n[7]}::text, {n[8]}::text, '
            f'{n[9]}::jsonb, "e{index}"."seq", "e{index}"."prev", "e{index}"."hash" FROM "e{index}"')
        prev_cte = f"e{index}"
    ctes.append(
        '"ins" AS (INSERT INTO "audit_entry" ("at", "actor_id", "company_id", "channel", "action", "target", '
        '"detail", "seq", "prev_hash", "hash") ' + " UNION ALL ".join(rows) + ' RETURNING "id")')
    text = _APPEND_TEXTS[key] = (
        f'{", ".join(ctes)} UPDATE "audit_chain_head" SET "seq" = "last"."seq", '
        f'"last_hash" = "last"."hash", "last_entry_id" = (SELECT max("id") FROM "ins") '
        f'FROM "{prev_cte}" AS "last"{", " + fill[2] if fill and fill[2] else ""} '
        f'WHERE "audit_chain_head"."id" = {HEAD_ID} RETURNING "audit_chain_head"."seq"'
        f'{", " + returning if returning else ""}')
    return text


@dataclass(frozen=True)
class _Pending:
    at: datetime
    actor_id: int | None
    company_id: int | None
    channel: str
    action: str
    target: str
    detail: dict[str, Any]


class AuditLog:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        #: id(transaction client) -> entries waiting for that transaction's commit
        self._pending: dict[int, list[_Pending]] = {}

    # -- writing ----------------------------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[BaseDBAsyncClient]:
        """``in_transaction("default")`` whose audit entries are chained last, right before the commit."""
        async with in_transaction("default") as conn:
            key = id(conn)
            if key in self._pending:  # nested on the same client: the outer one appends
                yield conn
                return
            self._pending[key] = []
            try:
                yield conn
            finally:
                entries = self._pending.pop(key)
            if entries:
                await self._append(conn, entries)

    async def record(
        self,
        actor: Actor,
        action: str,
        *,
        target: str = "",
        company_id: int | None = None,
        detail: Mapping[str, Any] | None = None,
        connection: BaseDBAsyncClient | None = None,
    ) -> None:
        entry = _Pending(at=self.clock.now(), actor_id=actor.account_id, company_id=company_id,
                         channel=actor.channel, action=action, target=target, detail=normalise_detail(detail))
        if connection is not None:
            pending = self._pending.get(id(connection))
            if pending is not None:
                pending.append(entry)
                return
            await self._append(connection, [entry])
            return
        async with in_transaction("default") as conn:
            await self._append(conn, [entry])

    @staticmethod
    async def _take_head(conn: BaseDBAsyncClient, count: int) -> tuple[int, str]:
        """Advance the head by ``count`` (locking it until commit); returns (new seq, old hash)."""
        mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
        sql = (f'UPDATE "audit_chain_head" SET "seq" = "seq" + {int(count)} WHERE "id" = {HEAD_ID} '
               'RETURNING "seq", "last_hash"')
        rows = await conn.execute_query_dict(sql)
        if not rows:
            await conn.execute_query(
                f'INSERT INTO "audit_chain_head" ("id", "seq", "last_hash") VALUES ({HEAD_ID}, 0, {mark}) '
                'ON CONFLICT ("id") DO NOTHING', [GENESIS_HASH])
            rows = await conn.execute_query_dict(sql)
        return int(rows[0]["seq"]), str(rows[0]["last_hash"])

    async def _append(self, conn: BaseDBAsyncClient, entries: Sequence[_Pending]) -> None:
        if conn.capabilities.dialect == "postgres":
            if await self._append_postgres(conn, entries) is not None:
                return
            # No head row yet (a fresh database): create it, then append as usual.
            await conn.execute_query(
                f'INSERT INTO "audit_chain_head" ("id", "seq", "last_hash") VALUES ({HEAD_ID}, 0, $1) '
                'ON CONFLICT ("id") DO NOTHING', [GENESIS_HASH])
            if await self._append_postgres(conn, entries) is not None:
                return
        end_seq, prev = await self._take_head(conn, len(entries))
        seq = end_seq - len(entries) + 1
        last_id = None
        for entry in entries:
            digest = entry_hash(seq=seq, prev_hash=prev, at=entry.at, actor_id=entry.actor_id,
                                company_id=entry.company_id, channel=entry.channel, action=entry.action,
                                target=entry.target, detail=entry.detail)
            # The ORM's INSERT and conversions without its per-call machinery (core/adapters/hot_writes.py).
            # Built as ``AuditEntry(**columns)`` builds it, without Model.__init__'s per-field setattr.
            row = hot_writes.build(AuditEntry, {
                "at": entry.at, "actor_id": entry.actor_id, "company_id": entry.company_id, "channel": entry.channel,
                "action": entry.action, "target": entry.target, "detail": entry.detail, "seq": seq,
                "prev_hash": prev, "hash": digest})
            await hot_writes.insert(conn, row)
            prev, seq, last_id = digest, seq + 1, row.id
        marks = ("$1", "$2") if conn.capabilities.dialect == "postgres" else ("?", "?")
        await conn.execute_query(f'UPDATE "audit_chain_head" SET "last_hash" = {marks[0]}, "last_entry_id" = {marks[1]} '
                                 f'WHERE "id" = {HEAD_ID}', [prev, last_id])

    @staticmethod
    async def _append_postgres(conn: BaseDBAsyncClient, entries: Sequence[_Pending], *,
                               lead: Sequence[str] = (), params: list[Any] | None = None,
                               guard: str | None = None, returning: str = "",
                               fill: tuple[str, str, str] | None = None) -> dict[str, Any] | None:
        """Lock the head, hash, insert and move the head in one statement; the statement's row
        (``seq`` and the ``returning`` expressions), or None without a head row (or when
        ``guard`` returned no row).

        ``h`` locks the head row (``FOR UPDATE``: a concurrent appender waits here and then
        reads the head as the other one committed it); ``e1 … eN`` chain the entries, each
        hashing ``a || prev || b || seq || c`` (:func:`canonical_parts`) exactly as
        :func:`entry_hash` does; the INSERT writes them, and the UPDATE moves the head to the
        last one. The hashes are those Python would compute: ``audit verify`` checks them.

        ``lead``: data-modifying CTEs (``"name" AS (…)``, numbered parameters in ``params``)
        of the change the entries record, run by the same statement; with ``guard`` (one of
        their names) the entries are appended only when that CTE returned a row. ``fill``:
        (placeholder, SQL expression over the lead's CTEs, a lead CTE of one row the final
        UPDATE joins so that ``returning`` may name its columns) -- the expression is put in
        the entries' detail where the placeholder is (a value only the statement knows, e.g.
        the number it took)."""
        params = list(params or [])
        start = len(params)
        for entry in entries:
            a, b, c = canonical_parts(at=entry.at, actor_id=entry.actor_id, company_id=entry.company_id,
                                      channel=entry.channel, action=entry.action, target=entry.target,
                                      detail=entry.detail)
            params += [a, b, c, entry.at, entry.actor_id, entry.company_id, entry.channel, entry.action,
                       entry.target, json.dumps(entry.detail, ensure_ascii=False)]
        # (the detail's JSON is each entry's last parameter)
        filled = tuple(fill is not None and fill[0] in params[start + 10 * k + 9] for k in range(len(entries)))
        sql = "WITH " + ", ".join([*lead, _append_text(start, len(entries), guard, returning, fill, filled)])
        result = await hot_queries.execute(conn, sql, params)
        return dict(result[0]) if result else None

    def entry(self, actor: Actor, action: str, *, target: str = "", company_id: int | None = None,
              detail: Mapping[str, Any] | None = None) -> _Pending:
        """An entry to append with :meth:`write_with_entries`."""
        return _Pending(at=self.clock.now(), actor_id=actor.account_id, company_id=company_id, channel=actor.channel,
                        action=action, target=target, detail=normalise_detail(detail))

    async def write_with_entries(self, lead: Sequence[str], params: list[Any], guard: str,
                                 entries: Sequence[_Pending], *, returning: str = "",
                                 fill: tuple[str, str, str] | None = None) -> dict[str, Any] | None:
        """PostgreSQL only: a change (``lead``, data-modifying CTEs) and its audit entries in
        ONE statement, so in one implicit transaction that holds the chain head for that
        statement only. The entries are appended when the ``guard`` CTE returned a row;
        returns the statement's row if it did (``seq`` and the ``returning`` expressions, which
        may read the lead's CTEs), else None. The guard must include :data:`HEAD_EXISTS` in its condition
        and every other lead CTE must write only from the guard's rows, so that nothing is
        written before the head exists (a fresh database). ``fill``: as :meth:`_append_postgres`'s."""
        conn = hot_queries.alone()  # one statement: its own transaction, unless inside one
        assert conn.capabilities.dialect == "postgres"
        row = await self._append_postgres(conn, entries, lead=lead, params=params, guard=guard, returning=returning,
                                          fill=fill)
        if row is not None:
            return row
        head = await conn.execute_query_dict(f'SELECT 1 FROM "audit_chain_head" WHERE "id" = {HEAD_ID}')
        if head:
            return None  # the guard returned nothing: nothing was written
        async with in_transaction("default") as tx:  # a fresh database: the usual path creates the head
            await tx.execute_query(
                f'INSERT INTO "audit_chain_head" ("id", "seq", "last_hash") VALUES ({HEAD_ID}, 0, $1) '
                'ON CONFLICT ("id") DO NOTHING', [GENESIS_HASH])
        return await self._append_postgres(conn, entries, lead=lead, params=params, guard=guard, returning=returning,
                                           fill=fill)

    # -- verifying --------------------------------------------------------------------------

    async def verify(self) -> VerifyResult:
        """Walk the whole log in id order (in batches) and check every link."""
        head_row = await AuditChainHead.get_or_none(id=HEAD_ID)
        head = ChainHead(head_row.seq, head_row.last_hash, head_row.last_entry_id) if head_row else None
        verifier = ChainVerifier()
        async for row in self._rows():
            if not verifier.feed(row):
                break
        return verifier.finish(head)

    @staticmethod
    async def _rows() -> AsyncIterator[ChainRow]:
        after = 0
        while True:
            batch = await AuditEntry.filter(id__gt=after).order_by("id").limit(VERIFY_BATCH)
            if not batch:
                return
            for e in batch:
                yield ChainRow(id=e.id, at=e.at, actor_id=e.actor_id, company_id=e.company_id, channel=e.channel,
                               action=e.action, target=e.target, detail=dict(e.detail), seq=e.seq,
                               prev_hash=e.prev_hash, hash=e.hash)
            after = batch[-1].id
