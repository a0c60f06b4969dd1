"""A sandbox tax bureau: the local default :class:`~core.tax_bureau.TaxBureau`.

It is a simulator, not a stub: every submission moves through the bureau's states on the
injected clock, and the outcome follows rules, so tests and demos can drive every path.

Timeline (``t`` = when the state was entered)::

    submitted --accept_after--> accepted --review_after--> reviewing --decide_after--> result

The result, decided when review ends, in this order:

1. ``declared_invoice_total`` differs from :meth:`TruthSource.issued_sales_base` for the
   taxpayer and period (compared to the fen) -> ``failed``, the message names both amounts;
2. ``sales_total`` or ``payable`` is over ``materials_over`` and no material has been
   uploaded yet -> ``needs_materials``, the message lists what to upload;
3. otherwise ``succeeded`` with a 申报回执号.

``upload()`` in ``needs_materials`` sends the return back to ``reviewing`` (review starts
again, same delay, same rules). ``pay()`` is accepted only in ``succeeded`` and only for
exactly the ``payable`` figure; it ends in ``paid`` with a 缴款凭证号. Paying a paid return
again with the same amount answers the paid status (a retried request does not fail).

Further rules a real bureau also applies:

* a second return (different ``submission_key``) for the same taxpayer, tax type and period
  is refused while another one is in progress (``in_progress``) or after one succeeded
  (``already_filed``); after a ``failed`` one it is welcome (corrected return);
* the same ``submission_key`` with different content is refused (``submission_key_reused``);
* figures must be present and valid amounts, periods ``2026-11`` or ``2026Q4``.

Refusals raise :class:`~core.tax_bureau.TaxBureauRejected` with a Chinese message; all user
texts live in ``core/data/tax_bureau_sandbox.zh.yaml``.

Time only moves when someone looks: :meth:`SandboxTaxBureau.status` (and ``upload``,
``pay``, ``history``) first catch a submission up with the clock, and :meth:`tick`, meant
for a background job, catches up every open one and returns those that changed. Each
transition is stamped with the moment it was due, not the moment it was noticed, so the
history reads the same however often the clock is consulted.

State lives in a :class:`~core.ports.KeyValueStore` (one JSON document per reference), so a
new instance over the same store picks up where the last one stopped; without a store it
is kept in memory. Writes are serialised by a lock inside one instance; several processes
sharing a Redis could race on the same reference, which is acceptable for a sandbox.
"""

from __future__ import annotations

import asyncio
import builtins
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, Protocol, cast

import yaml

from core.domain.money import to_money
from core.ports import Clock, KeyValueStore
from core.tax_bureau import (
    BUREAU_STATES,
    REQUIRED_FIGURES,
    BureauState,
    BureauStatus,
    Submission,
    TaxBureauRejected,
    TruthSource,
)

__all__ = ["DATA_FILE", "SandboxTaxBureau", "SandboxTexts", "load_texts"]

DATA_FILE: Final = Path(__file__).resolve().parent / "data" / "tax_bureau_sandbox.zh.yaml"
#: Reference numbers and receipts carry the date in China time.
CHINA_TZ: Final = timezone(timedelta(hours=8))
_PREFIX: Final = "taxbureau:sandbox:"
_PERIOD: Final = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$|^\d{4}Q[1-4]$")
#: States in which time alone moves a submission on (what :meth:`tick` looks at).
_MOVING: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing"})
_IN_PROGRESS: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing", "needs_materials"})

_MESSAGE_KEYS: Final = (
    "submitted",
    "accepted",
    "reviewing",
    "reviewing_after_materials",
    "needs_materials",
    "succeeded",
    "succeeded_nothing_due",
    "failed_sales_mismatch",
    "paid",
)
_ERROR_KEYS: Final = (
    "reference_unknown",
    "submission_key_reused",
    "invalid_tax_type",
    "invalid_period",
    "invalid_figure",
    "already_filed",
    "in_progress",
    "upload_not_allowed",
    "empty_file",
    "not_payable",
    "nothing_due",
    "amount_mismatch",
)


# -- texts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SandboxTexts:
    """The sandbox's user texts, loaded from :data:`DATA_FILE`."""

    tax_types: Mapping[str, str]
    figures: Mapping[str, str]
    states: Mapping[str, str]
    pay_methods: Mapping[str, str]
    materials: Mapping[str, tuple[str, ...]]
    messages: Mapping[str, str]
    errors: Mapping[str, str]

    def message(self, key: str, **params: Any) -> str:
        return self.messages[key].format(**params)

    def rejected(self, key: str, **params: Any) -> TaxBureauRejected:
        return TaxBureauRejected(key, self.errors[key].format(**params))


def _str_map(raw: Mapping[str, Any], section: str, required: tuple[str, ...], path: Path) -> dict[str, str]:
    value = raw.get(section)
    if not isinstance(value, dict):
        raise ValueError(f"{path.name}: section {section!r} must be a mapping")
    missing = [key for key in required if not isinstance(value.get(key), str)]
    if missing:
        raise ValueError(f"{path.name}: {section}: missing text for {missing}")
    return {str(key): str(text) for key, text in value.items()}


def load_texts(path: Path = DATA_FILE) -> SandboxTexts:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")
    tax_types: tuple[str, ...] = ("vat", "cit")
    materials_raw = raw.get("materials")
    if not isinstance(materials_raw, dict):
        raise ValueError(f"{path.name}: section 'materials' must be a mapping")
    materials: dict[str, tuple[str, ...]] = {}
    for tax_type in tax_types:
        items = materials_raw.get(tax_type)
        if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
            raise ValueError(f"{path.name}: materials.{tax_type} must be a non-empty list of texts")
        materials[tax_type] = tuple(items)
    return SandboxTexts(
        tax_types=_str_map(raw, "tax_types", tax_types, path),
        figures=_str_map(raw, "figures", ("sales_total", "payable"), path),
        states=_str_map(raw, "states", BUREAU_STATES, path),
        pay_methods=_str_map(raw, "pay_methods", (), path),
        materials=materials,
        messages=_str_map(raw, "messages", _MESSAGE_KEYS, path),
        errors=_str_map(raw, "errors", _ERROR_KEYS, path),
    )


# -- storage ---------------------------------------------------------------------------


class _Store(Protocol):
    """The part of :class:`~core.ports.KeyValueStore` the sandbox uses."""

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool: ...

    async def incr(self, key: str, *, ttl: int) -> int: ...

    async def sadd(self, key: str, member: str, *, ttl: int) -> None: ...

    async def smembers(self, key: str) -> builtins.set[str]: ...

    async def srem(self, key: str, member: str) -> None: ...


class _MemoryStore:
    """In-process stand-in when no store is given (no expiry: the process is short-lived)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.sets: dict[str, builtins.set[str]] = {}

    async def get(self, key: str) -> str | None:
        return self.values.get(key)

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool:
        if only_new and key in self.values:
            return False
        self.values[key] = value
        return True

    async def incr(self, key: str, *, ttl: int) -> int:
        value = int(self.values.get(key, "0")) + 1
        self.values[key] = str(value)
        return value

    async def sadd(self, key: str, member: str, *, ttl: int) -> None:
        self.sets.setdefault(key, set()).add(member)

    async def smembers(self, key: str) -> builtins.set[str]:
        return set(self.sets.get(key, set()))

    async def srem(self, key: str, member: str) -> None:
        self.sets.get(key, set()).discard(member)


# -- helpers ---------------------------------------------------------------------------


def _amount(value: Decimal) -> str:
    """``Decimal("1234.5")`` -> ``"1,234.50"`` (the messages add 元)."""
    return f"{to_money(value):,.2f}"


def _decimal(text: object) -> Decimal | None:
    """A finite Decimal from a decimal string (or a Decimal/int); floats and junk give None."""
    if isinstance(text, bool) or not isinstance(text, str | Decimal | int):
        return None
    try:
        value = Decimal(text.strip() if isinstance(text, str) else text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _fingerprint(submission: Submission) -> str:
    canonical = json.dumps(_submission_json(submission), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _submission_json(submission: Submission) -> dict[str, Any]:
    return {
        "submission_key": submission.submission_key,
        "taxpayer_id": submission.taxpayer_id,
        "tax_type": submission.tax_type,
        "period": submission.period,
        "figures": {str(key): str(value) for key, value in submission.figures.items()},
        "declared_invoice_total": submission.declared_invoice_total,
    }


def _to_status(reference: str, entry: Mapping[str, Any]) -> BureauStatus:
    return BureauStatus(
        reference=reference,
        state=cast(BureauState, entry["state"]),
        message=str(entry["message"]),
        receipt=cast("str | None", entry.get("receipt")),
        at=datetime.fromisoformat(str(entry["at"])),
    )


# -- the sandbox -----------------------------------------------------------------------


class SandboxTaxBureau:
    """Rule-driven simulator of a tax bureau, advanced by ``clock`` (see the module doc)."""

    def __init__(
        self,
        clock: Clock,
        truth: TruthSource,
        *,
        accept_after: timedelta = timedelta(seconds=5),
        review_after: timedelta = timedelta(seconds=20),
        decide_after: timedelta | None = None,
        materials_over: Decimal = Decimal("1000000"),
        store: KeyValueStore | None = None,
        keep_for: timedelta = timedelta(days=400),
        texts: SandboxTexts | None = None,
    ) -> None:
        """``decide_after`` is how long review takes (default: ``review_after``).
        ``keep_for`` is the expiry of what is kept in ``store``."""
        self.clock = clock
        self.truth = truth
        self.accept_after = accept_after
        self.review_after = review_after
        self.decide_after = review_after if decide_after is None else decide_after
        self.materials_over = materials_over
        self.texts = texts or load_texts()
        self._store: _Store = store if store is not None else _MemoryStore()
        self._ttl = max(1, int(keep_for.total_seconds()))
        self._lock = asyncio.Lock()

    # -- the port ----------------------------------------------------------------------

    async def submit(self, submission: Submission) -> BureauStatus:
        figures = self._validate(submission)
        async with self._lock:
            existing = await self._store.get(self._key_key(submission.submission_key))
            if existing is not None:
                record = await self._load(existing)
                if record["fingerprint"] != _fingerprint(submission):
                    raise self.texts.rejected("submission_key_reused")
                await self._advance_and_save(record)
                return self._latest(record)
            await self._refuse_duplicate(submission)
            now = self.clock.now()
            number = await self._store.incr(_PREFIX + "seq", ttl=self._ttl)
            reference = f"SB{now.astimezone(CHINA_TZ):%Y%m%d}{number:06d}"
            record = {
                "reference": reference,
                "fingerprint": _fingerprint(submission),
                "submission": _submission_json(submission),
                "figures": {name: str(value) for name, value in figures.items()},
                "materials": [],
                "payment": None,
                "history": [],
            }
            self._transition(record, "submitted", now, self.texts.message("submitted", **self._params(record)))
            await self._save(record)
            await self._store.set(self._key_key(submission.submission_key), reference, ttl=self._ttl)
            await self._store.sadd(self._period_key(submission), reference, ttl=self._ttl)
            return self._latest(record)

    async def status(self, reference: str) -> BureauStatus:
        async with self._lock:
            record = await self._load(reference)
            await self._advance_and_save(record)
            return self._latest(record)

    async def history(self, reference: str) -> list[BureauStatus]:
        """Every transition of the submission, oldest first."""
        async with self._lock:
            record = await self._load(reference)
            await self._advance_and_save(record)
            return [_to_status(reference, entry) for entry in record["history"]]

    async def upload(self, reference: str, filename: str, data: bytes, media_type: str) -> BureauStatus:
        async with self._lock:
            record = await self._load(reference)
            await self._advance_and_save(record)
            state = self._state(record)
            if state not in _IN_PROGRESS:
                raise self.texts.rejected("upload_not_allowed", state=self.texts.states[state])
            if not data:
                raise self.texts.rejected("empty_file")
            now = self.clock.now()
            record["materials"].append(
                {
                    "filename": filename,
                    "media_type": media_type,
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "at": now.isoformat(),
                }
            )
            if state == "needs_materials":
                message = self.texts.message("reviewing_after_materials", filename=filename, **self._params(record))
                self._transition(record, "reviewing", now, message)
            await self._save(record)
            return self._latest(record)

    async def pay(self, reference: str, amount: Decimal, method: str) -> BureauStatus:
        async with self._lock:
            record = await self._load(reference)
            await self._advance_and_save(record)
            state = self._state(record)
            payable = Decimal(record["figures"]["payable"])
            paid = record["payment"]
            if state == "paid" and paid is not None and to_money(Decimal(paid["amount"])) == to_money(amount):
                return self._latest(record)
            if state != "succeeded":
                raise self.texts.rejected("not_payable", state=self.texts.states[state])
            if to_money(payable) <= 0:
                raise self.texts.rejected("nothing_due")
            if to_money(amount) != to_money(payable):
                raise self.texts.rejected("amount_mismatch", amount=_amount(amount), payable=_amount(payable))
            now = self.clock.now()
            receipt = "JK" + reference[2:]
            record["payment"] = {"amount": str(to_money(amount)), "method": method, "receipt": receipt, "at": now.isoformat()}
            message = self.texts.message(
                "paid", amount=_amount(amount), method=self.texts.pay_methods.get(method, method), receipt=receipt
            )
            self._transition(record, "paid", now, message, receipt=receipt)
            await self._save(record)
            return self._latest(record)

    # -- background job ----------------------------------------------------------------

    async def tick(self) -> list[BureauStatus]:
        """Catch every open submission up with the clock; the statuses that changed."""
        changed: list[BureauStatus] = []
        async with self._lock:
            for reference in sorted(await self._store.smembers(_PREFIX + "moving")):
                raw = await self._store.get(self._record_key(reference))
                if raw is None:
                    await self._store.srem(_PREFIX + "moving", reference)
                    continue
                record = json.loads(raw)
                if await self._advance_and_save(record):
                    changed.append(self._latest(record))
        return changed

    # -- rules -------------------------------------------------------------------------

    def _validate(self, submission: Submission) -> dict[str, Decimal]:
        if submission.tax_type not in REQUIRED_FIGURES:
            raise self.texts.rejected("invalid_tax_type", value=submission.tax_type)
        if not _PERIOD.match(submission.period):
            raise self.texts.rejected("invalid_period", value=submission.period)
        figures: dict[str, Decimal] = {}
        for name in REQUIRED_FIGURES[submission.tax_type]:
            value = _decimal(submission.figures.get(name))
            if value is None:
                raise self.texts.rejected("invalid_figure", field=name, value=submission.figures.get(name, ""))
            figures[name] = value
        declared = _decimal(submission.declared_invoice_total)
        if declared is None:
            raise self.texts.rejected(
                "invalid_figure", field="declared_invoice_total", value=submission.declared_invoice_total
            )
        return figures

    async def _refuse_duplicate(self, submission: Submission) -> None:
        for other in sorted(await self._store.smembers(self._period_key(submission))):
            raw = await self._store.get(self._record_key(other))
            if raw is None:
                continue
            record = json.loads(raw)
            await self._advance_and_save(record)
            state = self._state(record)
            if state in _IN_PROGRESS:
                raise self.texts.rejected("in_progress", other_reference=other, **self._params(record))
            if state in ("succeeded", "paid"):
                raise self.texts.rejected("already_filed", other_reference=other, **self._params(record))

    async def _advance_and_save(self, record: dict[str, Any]) -> bool:
        """Apply every transition due by now; save and say whether anything changed."""
        now = self.clock.now()
        changed = False
        while True:
            state = self._state(record)
            since = datetime.fromisoformat(record["history"][-1]["at"])
            params = self._params(record)
            if state == "submitted" and now >= since + self.accept_after:
                self._transition(record, "accepted", since + self.accept_after, self.texts.message("accepted", **params))
            elif state == "accepted" and now >= since + self.review_after:
                self._transition(record, "reviewing", since + self.review_after, self.texts.message("reviewing", **params))
            elif state == "reviewing" and now >= since + self.decide_after:
                await self._decide(record, since + self.decide_after)
            else:
                break
            changed = True
        if changed:
            await self._save(record)
        return changed

    async def _decide(self, record: dict[str, Any], at: datetime) -> None:
        submission = record["submission"]
        params = self._params(record)
        declared = Decimal(submission["declared_invoice_total"])
        issued = await self.truth.issued_sales_base(submission["taxpayer_id"], submission["period"])
        if to_money(declared) != to_money(issued):
            message = self.texts.message(
                "failed_sales_mismatch",
                declared=_amount(declared),
                issued=_amount(issued),
                difference=_amount(abs(declared - issued)),
                **params,
            )
            self._transition(record, "failed", at, message)
            return
        if not record["materials"]:
            for name in ("sales_total", "payable"):
                value = Decimal(record["figures"][name])
                if value > self.materials_over:
                    message = self.texts.message(
                        "needs_materials",
                        figure=self.texts.figures[name],
                        amount=_amount(value),
                        threshold=_amount(self.materials_over),
                        materials="；".join(self.texts.materials[submission["tax_type"]]),
                        **params,
                    )
                    self._transition(record, "needs_materials", at, message)
                    return
        receipt = "HZ" + record["reference"][2:]
        payable = Decimal(record["figures"]["payable"])
        key = "succeeded" if to_money(payable) > 0 else "succeeded_nothing_due"
        message = self.texts.message(key, receipt=receipt, payable=_amount(payable), **params)
        self._transition(record, "succeeded", at, message, receipt=receipt)

    # -- record plumbing ---------------------------------------------------------------

    def _transition(
        self, record: dict[str, Any], state: BureauState, at: datetime, message: str, *, receipt: str | None = None
    ) -> None:
        record["history"].append({"state": state, "message": message, "receipt": receipt, "at": at.isoformat()})

    def _params(self, record: dict[str, Any]) -> dict[str, str]:
        submission = record["submission"]
        return {
            "reference": record["reference"],
            "period": submission["period"],
            "tax_type": self.texts.tax_types[submission["tax_type"]],
        }

    @staticmethod
    def _state(record: Mapping[str, Any]) -> BureauState:
        return cast(BureauState, record["history"][-1]["state"])

    @staticmethod
    def _latest(record: Mapping[str, Any]) -> BureauStatus:
        return _to_status(record["reference"], record["history"][-1])

    async def _load(self, reference: str) -> dict[str, Any]:
        raw = await self._store.get(self._record_key(reference))
        if raw is None:
            raise self.texts.rejected("reference_unknown", reference=reference)
        return cast("dict[str, Any]", json.loads(raw))

    async def _save(self, record: dict[str, Any]) -> None:
        reference = record["reference"]
        await self._store.set(self._record_key(reference), json.dumps(record, ensure_ascii=False), ttl=self._ttl)
        if self._state(record) in _MOVING:
            await self._store.sadd(_PREFIX + "moving", reference, ttl=self._ttl)
        else:
            await self._store.srem(_PREFIX + "moving", reference)

    @staticmethod
    def _record_key(reference: str) -> str:
        return f"{_PREFIX}ref:{reference}"

    @staticmethod
    def _key_key(submission_key: str) -> str:
        return f"{_PREFIX}key:{submission_key}"

    @staticmethod
    def _period_key(submission: Submission) -> str:
        return f"{_PREFIX}period:{submission.taxpayer_id}:{submission.tax_type}:{submission.period}"

