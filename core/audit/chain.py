"""The audit log's hash chain: canonical bytes, entry hashes, and verification (pure).

Each chained entry carries ``seq`` (1, 2, 3 …), ``prev_hash`` (the previous entry's hash,
:data:`GENESIS_HASH` for seq 1) and ``hash`` = SHA-256 over :func:`canonical_bytes` of its
fields plus ``prev_hash``. The canonical form depends only on decoded values, so the same
entry hashes alike on SQLite and PostgreSQL and after a logical backup/restore:

- ``at`` in UTC, ISO 8601 with microseconds (a naive value is taken as UTC);
- ``detail`` as JSON with sorted keys, ``ensure_ascii=False``, no spaces;
- ints as ints, a missing actor/company as ``null``.

:func:`verify_chain` walks the rows in log order and reports the FIRST broken link.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
CHAIN_VERSION = 1


@dataclass(frozen=True)
class ChainRow:
    """One audit entry as stored (what the chain covers, plus its link fields)."""

    id: int
    at: datetime
    actor_id: int | None
    company_id: int | None
    channel: str
    action: str
    target: str
    detail: Mapping[str, Any]
    seq: int | None
    prev_hash: str | None
    hash: str | None


@dataclass(frozen=True)
class ChainHead:
    seq: int
    last_hash: str
    last_entry_id: int | None


@dataclass(frozen=True)
class Break:
    """The first broken link: which entry, what the chain expected there, what was found."""

    entry_id: int | None
    field: str
    expected: str
    found: str

    def describe(self) -> str:
        where = f"entry {self.entry_id}" if self.entry_id is not None else "end of log"
        return f"{where}: {self.field} expected {self.expected}, found {self.found}"


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    legacy: int
    broken: Break | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def normalise_detail(detail: Mapping[str, Any] | None) -> dict[str, Any]:
    """The detail exactly as it will read back from the database (JSON types only):
    Decimals, dates and other objects become strings."""
    return dict(json.loads(json.dumps(dict(detail or {}), ensure_ascii=False, default=str)))


def canonical_time(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_bytes(*, seq: int, prev_hash: str, at: datetime, actor_id: int | None, company_id: int | None,
                    channel: str, action: str, target: str, detail: Mapping[str, Any]) -> bytes:
    body = {
        "v": CHAIN_VERSION,
        "seq": int(seq),
        "prev": prev_hash,
        "at": canonical_time(at),
        "actor": None if actor_id is None else int(actor_id),
        "company": None if company_id is None else int(company_id),
        "channel": channel,
        "action": action,
        "target": target,
        "detail": detail,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def canonical_parts(*, at: datetime, actor_id: int | None, company_id: int | None, channel: str, action: str,
                    target: str, detail: Mapping[str, Any]) -> tuple[str, str, str]:
    """The canonical text around the two link fields: ``a + prev_hash + b + str(seq) + c`` is
    exactly :func:`canonical_bytes` decoded, so a database can hash an entry once it knows
    the chain head (PostgreSQL appends in one statement, core/audit/log.py). The keys
    are sorted: the body's keys before ``prev`` (action … detail) come first, then ``prev``,
    ``seq``, and ``target`` and ``v`` after them."""

    def dump(value: dict[str, Any]) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    before = dump({
        "at": canonical_time(at),
        "actor": None if actor_id is None else int(actor_id),
        "company": None if company_id is None else int(company_id),
        "channel": channel,
        "action": action,
        "detail": detail,
    })
    after = dump({"target": target, "v": CHAIN_VERSION})
    return before[:-1] + ',"prev":"', '","seq":', "," + after[1:]


def entry_hash(*, seq: int, prev_hash: str, at: datetime, actor_id: int | None, company_id: int | None,
               channel: str, action: str, target: str, detail: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(
        seq=seq, prev_hash=prev_hash, at=at, actor_id=actor_id, company_id=company_id, channel=channel,
        action=action, target=target, detail=detail,
    )).hexdigest()


def row_hash(row: ChainRow) -> str:
    assert row.seq is not None and row.prev_hash is not None
    return entry_hash(seq=row.seq, prev_hash=row.prev_hash, at=row.at, actor_id=row.actor_id,
                      company_id=row.company_id, channel=row.channel, action=row.action, target=row.target,
                      detail=row.detail)


class ChainVerifier:
    """Checks rows fed one at a time in log order (ascending id), so a long log is walked
    in batches. Rows before the first chained one are legacy (written before the chain
    existed) and only counted. From the genesis on, every row must continue the chain: seq
    one more than the previous, prev_hash equal to the previous hash, and its own hash
    recomputing. At the end the head must agree with the last row."""

    def __init__(self) -> None:
        self.legacy = 0
        self.checked = 0
        self.broken: Break | None = None
        self._started = False
        self._seq = 1
        self._prev = GENESIS_HASH
        self._last_id: int | None = None

    def feed(self, row: ChainRow) -> bool:
        """Check one row; False once the chain is broken (stop feeding)."""
        if self.broken is not None:
            return False
        if not self._started:
            if row.seq is None:
                self.legacy += 1
                return True
            self._started = True
        if row.seq is None or row.prev_hash is None or row.hash is None:
            self.broken = Break(row.id, "seq", str(self._seq), "an unchained entry")
        elif row.seq != self._seq:
            self.broken = Break(row.id, "seq", str(self._seq), str(row.seq))
        elif row.prev_hash != self._prev:
            self.broken = Break(row.id, "prev_hash", self._prev, row.prev_hash)
        else:
            actual = row_hash(row)
            if row.hash != actual:
                self.broken = Break(row.id, "hash", actual, row.hash)
        if self.broken is not None:
            return False
        assert row.hash is not None
        self.checked += 1
        self._seq += 1
        self._prev = row.hash
        self._last_id = row.id
        return True

    def finish(self, head: ChainHead | None) -> VerifyResult:
        if self.broken is None:
            self.broken = self._check_head(head)
        return VerifyResult(self.checked, self.legacy, self.broken)

    def _check_head(self, head: ChainHead | None) -> Break | None:
        last_seq = self._seq - 1
        if head is None:
            return Break(None, "chain head", f"seq {last_seq}", "no head row") if self.checked else None
        if head.seq != last_seq or head.last_hash != self._prev:
            # The log ends before (or beyond) where the head says it does: entries were
            # deleted from the end, or the head was edited.
            missing = head.last_entry_id if head.seq > last_seq else self._last_id
            return Break(missing, "last entry", f"seq {head.seq} hash {head.last_hash}",
                         f"seq {last_seq} hash {self._prev}" if self.checked else "no chained entries")
        return None


def verify_chain(rows: Iterable[ChainRow], head: ChainHead | None) -> VerifyResult:
    """Walk ``rows`` in log order and report the first broken link (see ChainVerifier)."""
    verifier = ChainVerifier()
    for row in rows:
        if not verifier.feed(row):
            break
    return verifier.finish(head)
