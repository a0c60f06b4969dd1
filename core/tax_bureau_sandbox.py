"""A sandbox tax bureau: the local default :class:`~core.tax_bureau.TaxBureau`.

It is a simulator, not a stub: every submission moves through the bureau's states on the
injected clock, and the outcome follows rules, so tests and demos can drive every path.

Timeline (``t`` = when the state was entered)::

    submitted --accept_after--> accepted --review_after--> reviewing --decide_after--> result

The result, decided when review ends, in this order (票表比对, as the bureau applies it):

1. the declared sales (``declared_invoice_total``: invoiced plus 未开票收入, compared to the
   fen) are *below* :meth:`TruthSource.issued_sales_base` for the taxpayer and period ->
   ``failed``, the message names both amounts. Declared sales at or above the invoiced
   sales pass: 未开票收入 is a normal column of the return;
2. (VAT) the input tax claimed (figure ``input_tax``) is above
   :meth:`TruthSource.confirmed_input_tax`, the tax of the invoices confirmed for
   deduction (勾选/用途确认) in the period -> ``failed``, naming both amounts;
3. ``sales_total`` or ``payable`` is over ``materials_over`` and no material has been
   uploaded yet -> ``needs_materials``, the message lists what to upload;
4. otherwise ``succeeded`` with a 申报回执号.

``upload()`` in ``needs_materials`` sends the return back to ``reviewing`` (review starts
again, same delay, same rules). ``pay()`` is accepted only in ``succeeded`` and only for
exactly what is due: the ``payable`` figure plus the ``surcharges`` figure (附加税费,
0 when absent); it ends in ``paid`` with a 缴款凭证号. Paying a paid return
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

State lives in :class:`SandboxRecords`: the server uses the database
(:class:`core.adapters.sandbox_bureau_store.DatabaseSandboxRecords`, one row per reference),
so a new instance over the same database picks up where the last one stopped — after a
restart, on SQLite and on PostgreSQL. Without records it is kept in memory (unit tests).
Writes are serialised by a lock inside one instance; several processes could race on the
same reference, which is acceptable for a sandbox (the submission key is unique).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, cast

import yaml

from core.domain.money import to_money
from core.ports import Clock, SandboxRecords, TruthSource
from core.tax_bureau import BUREAU_STATES, REQUIRED_FIGURES, BureauState, BureauStatus, Submission, TaxBureauRejected

__all__ = ["DATA_FILE", "MemorySandboxRecords", "SandboxTaxBureau", "SandboxTexts", "load_texts"]

DATA_FILE: Final = Path(__file__).resolve().parent / "data" / "tax_bureau_sandbox.zh.yaml"
#: Reference numbers and receipts carry the date in China time.
CHINA_TZ: Final = timezone(timedelta(hours=8))
_PERIOD: Final = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$|^\d{4}Q[1-4]$")
#: States in which time alone moves a submission on (what :meth:`tick` looks at).
_MOVING: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing"})
#: Figures a return may carry besides :data:`REQUIRED_FIGURES`, checked when present.
_OPTIONAL_FIGURES: Final = ("input_tax", "surcharges")
_IN_PROGRESS: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing", "needs_materials"})

_MESSAGE_KEYS: Final = (
    "submitted",
    "accepted",
    "reviewing",
    "reviewing_after_materials",
    "needs_materials",
    "succeeded",
    "succeeded_nothing_due",
    "failed_sales_below_invoiced",
    "failed_input_over_confirmed",
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


class MemorySandboxRecords:
    """In-process records (unit tests, short-lived scripts): lost when the process ends."""

    def __init__(self) -> None:
        self.records: dict[str, str] = {}
        self.states: dict[str, tuple[str, bool]] = {}
        self.counters: dict[str, int] = {}

    async def get(self, reference: str) -> dict[str, Any] | None:
        raw = self.records.get(reference)
        return None if raw is None else cast("dict[str, Any]", json.loads(raw))

    async def reference_for_key(self, submission_key: str) -> str | None:
        for reference, raw in self.records.items():
            if json.loads(raw)["submission"]["submission_key"] == submission_key:
                return reference
        return None

    async def references_for_period(self, taxpayer_id: str, tax_type: str, period: str) -> list[str]:
        found = []
        for reference, raw in self.records.items():
            submission = json.loads(raw)["submission"]
            if (submission["taxpayer_id"], submission["tax_type"], submission["period"]) == (
                    taxpayer_id, tax_type, period):
                found.append(reference)
        return sorted(found)

    async def moving(self) -> list[str]:
        return sorted(ref for ref, (_, moving) in self.states.items() if moving)

    async def save(self, record: dict[str, Any], *, state: str, moving: bool) -> None:
        self.records[record["reference"]] = json.dumps(record, ensure_ascii=False)
        self.states[record["reference"]] = (state, moving)

    async def next_number(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]


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


def _due(record: Mapping[str, Any]) -> Decimal:
    """What the taxpayer pays for a return: the tax plus the 附加税费 declared with it."""
    figures = record["figures"]
    return Decimal(figures["payable"]) + Decimal(figures.get("surcharges", "0"))


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
        records: SandboxRecords | None = None,
        texts: SandboxTexts | None = None,
    ) -> None:
        """``decide_after`` is how long review takes (default: ``review_after``)."""
        self.clock = clock
        self.truth = truth
        self.accept_after = accept_after
        self.review_after = review_after
        self.decide_after = review_after if decide_after is None else decide_after
        self.materials_over = materials_over
        self.texts = texts or load_texts()
        self._records: SandboxRecords = records if records is not None else MemorySandboxRecords()
        self._lock = asyncio.Lock()

    # -- the port ----------------------------------------------------------------------

    async def submit(self, submission: Submission) -> BureauStatus:
        figures = self._validate(submission)
        async with self._lock:
            existing = await self._records.reference_for_key(submission.submission_key)
            if existing is not None:
                record = await self._load(existing)
                if record["fingerprint"] != _fingerprint(submission):
                    raise self.texts.rejected("submission_key_reused")
                await self._advance_and_save(record)
                return self._latest(record)
            await self._refuse_duplicate(submission)
            now = self.clock.now()
            number = await self._records.next_number("reference")
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
            payable = _due(record)
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
            for reference in await self._records.moving():
                record = await self._records.get(reference)
                if record is None:
                    continue
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
        for name in _OPTIONAL_FIGURES:
            if name in submission.figures:
                value = _decimal(submission.figures[name])
                if value is None:
                    raise self.texts.rejected("invalid_figure", field=name, value=submission.figures[name])
                figures[name] = value
        declared = _decimal(submission.declared_invoice_total)
        if declared is None:
            raise self.texts.rejected(
                "invalid_figure", field="declared_invoice_total", value=submission.declared_invoice_total
            )
        return figures

    async def _refuse_duplicate(self, submission: Submission) -> None:
        for other in await self._records.references_for_period(submission.taxpayer_id, submission.tax_type,
                                                                submission.period):
            record = await self._records.get(other)
            if record is None:
                continue
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
        if to_money(declared) < to_money(issued):
            message = self.texts.message(
                "failed_sales_below_invoiced",
                declared=_amount(declared),
                issued=_amount(issued),
                difference=_amount(issued - declared),
                **params,
            )
            self._transition(record, "failed", at, message)
            return
        claimed = record["figures"].get("input_tax")
        if submission["tax_type"] == "vat" and claimed is not None:
            confirmed = await self.truth.confirmed_input_tax(submission["taxpayer_id"], submission["period"])
            if to_money(Decimal(claimed)) > to_money(confirmed):
                message = self.texts.message(
                    "failed_input_over_confirmed",
                    claimed=_amount(Decimal(claimed)),
                    confirmed=_amount(confirmed),
                    difference=_amount(Decimal(claimed) - confirmed),
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
        payable = _due(record)
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
        record = await self._records.get(reference)
        if record is None:
            raise self.texts.rejected("reference_unknown", reference=reference)
        return record

    async def _save(self, record: dict[str, Any]) -> None:
        state = self._state(record)
        await self._records.save(record, state=state, moving=state in _MOVING)

