"""The sandbox tax bureau itself (see the package's doc for its timeline and rules)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from core.clock import CHINA
from core.domain.money import to_money
from core.port_data.tax_bureau import REQUIRED_FIGURES, BureauState, BureauStatus, Submission
from core.ports import Clock, SandboxRecords, TruthSource
from core.tax_bureau_sandbox.records import MemorySandboxRecords
from core.tax_bureau_sandbox.rules import (
    IN_PROGRESS,
    MOVING,
    OPTIONAL_FIGURES,
    PERIOD,
    amount_text,
    decimal_of,
    due,
    fingerprint,
    submission_json,
    to_status,
)
from core.tax_bureau_sandbox.texts import SandboxTexts, load_texts


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
                if record["fingerprint"] != fingerprint(submission):
                    raise self.texts.rejected("submission_key_reused")
                await self._advance_and_save(record)
                return self._latest(record)
            await self._refuse_duplicate(submission)
            now = self.clock.now()
            number = await self._records.next_number("reference")
            reference = f"SB{now.astimezone(CHINA):%Y%m%d}{number:06d}"
            record = {
                "reference": reference,
                "fingerprint": fingerprint(submission),
                "submission": submission_json(submission),
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
            return [to_status(reference, entry) for entry in record["history"]]

    async def upload(self, reference: str, filename: str, data: bytes, media_type: str) -> BureauStatus:
        async with self._lock:
            record = await self._load(reference)
            await self._advance_and_save(record)
            state = self._state(record)
            if state not in IN_PROGRESS:
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
            payable = due(record)
            paid = record["payment"]
            if state == "paid" and paid is not None and to_money(Decimal(paid["amount"])) == to_money(amount):
                return self._latest(record)
            if state != "succeeded":
                raise self.texts.rejected("not_payable", state=self.texts.states[state])
            if to_money(payable) <= 0:
                raise self.texts.rejected("nothing_due")
            if to_money(amount) != to_money(payable):
                raise self.texts.rejected("amount_mismatch", amount=amount_text(amount), payable=amount_text(payable))
            now = self.clock.now()
            receipt = "JK" + reference[2:]
            record["payment"] = {"amount": str(to_money(amount)), "method": method, "receipt": receipt, "at": now.isoformat()}
            message = self.texts.message(
                "paid", amount=amount_text(amount), method=self.texts.pay_methods.get(method, method), receipt=receipt
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
        if not PERIOD.match(submission.period):
            raise self.texts.rejected("invalid_period", value=submission.period)
        figures: dict[str, Decimal] = {}
        for name in REQUIRED_FIGURES[submission.tax_type]:
            value = decimal_of(submission.figures.get(name))
            if value is None:
                raise self.texts.rejected("invalid_figure", field=name, value=submission.figures.get(name, ""))
            figures[name] = value
        for name in OPTIONAL_FIGURES:
            if name in submission.figures:
                value = decimal_of(submission.figures[name])
                if value is None:
                    raise self.texts.rejected("invalid_figure", field=name, value=submission.figures[name])
                figures[name] = value
        declared = decimal_of(submission.declared_invoice_total)
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
            if state in IN_PROGRESS:
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
                declared=amount_text(declared),
                issued=amount_text(issued),
                difference=amount_text(issued - declared),
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
                    claimed=amount_text(Decimal(claimed)),
                    confirmed=amount_text(confirmed),
                    difference=amount_text(Decimal(claimed) - confirmed),
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
                        amount=amount_text(value),
                        threshold=amount_text(self.materials_over),
                        materials="；".join(self.texts.materials[submission["tax_type"]]),
                        **params,
                    )
                    self._transition(record, "needs_materials", at, message)
                    return
        receipt = "HZ" + record["reference"][2:]
        payable = due(record)
        key = "succeeded" if to_money(payable) > 0 else "succeeded_nothing_due"
        message = self.texts.message(key, receipt=receipt, payable=amount_text(payable), **params)
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
        return to_status(record["reference"], record["history"][-1])

    async def _load(self, reference: str) -> dict[str, Any]:
        record = await self._records.get(reference)
        if record is None:
            raise self.texts.rejected("reference_unknown", reference=reference)
        return record

    async def _save(self, record: dict[str, Any]) -> None:
        state = self._state(record)
        await self._records.save(record, state=state, moving=state in MOVING)


