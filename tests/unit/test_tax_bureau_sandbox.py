"""The sandbox tax bureau: every path, driven by a FrozenClock and a settable truth source."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from core.clock import FrozenClock
from core.port_data.tax_bureau import BureauStatus, Submission, TaxBureauRejected
from core.ports import TaxBureau, TruthSource
from core.tax_bureau_sandbox.bureau import SandboxTaxBureau
from core.tax_bureau_sandbox.records import DatabaseSandboxRecords
from core.tax_bureau_sandbox.texts import DATA_FILE, load_texts

START = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
TAXPAYER = "91420100MA4KXXXX1X"


class FakeTruth:
    """Issued sales base per (taxpayer, period); counts the look-ups."""

    def __init__(self, bases: dict[tuple[str, str], Decimal] | None = None,
                 inputs: dict[tuple[str, str], Decimal] | None = None) -> None:
        self.bases = dict(bases or {})
        self.inputs = dict(inputs or {})
        self.calls: list[tuple[str, str]] = []

    async def issued_sales_base(self, taxpayer_id: str, period: str) -> Decimal:
        self.calls.append((taxpayer_id, period))
        return self.bases.get((taxpayer_id, period), Decimal("0"))

    async def confirmed_input_tax(self, taxpayer_id: str, period: str) -> Decimal:
        return self.inputs.get((taxpayer_id, period), Decimal("0"))


def vat(
    key: str = "filing-1:v1",
    *,
    declared: str = "100000.00",
    sales: str | None = None,
    payable: str = "13000.00",
    period: str = "2026-11",
    extra: dict[str, str] | None = None,
) -> Submission:
    return Submission(
        submission_key=key,
        taxpayer_id=TAXPAYER,
        tax_type="vat",
        period=period,
        figures={"output_tax": payable, "sales_total": sales or declared, "payable": payable, **(extra or {})},
        declared_invoice_total=declared,
    )


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def truth() -> FakeTruth:
    return FakeTruth({(TAXPAYER, "2026-11"): Decimal("100000.00"), (TAXPAYER, "2026Q4"): Decimal("2500000")})


@pytest.fixture
def bureau(clock: FrozenClock, truth: FakeTruth) -> SandboxTaxBureau:
    return SandboxTaxBureau(clock, truth)  # records in memory


async def walk_to_result(bureau: SandboxTaxBureau, clock: FrozenClock, reference: str) -> BureauStatus:
    """Defaults: accepted after 5 s, reviewing 20 s later, result 20 s after that."""
    clock.advance(seconds=45)
    return await bureau.status(reference)


def test_types_satisfy_the_ports(bureau: SandboxTaxBureau, truth: FakeTruth) -> None:
    port: TaxBureau = bureau
    source: TruthSource = truth
    assert port is bureau and source is truth


def test_texts_file_loads_and_is_complete() -> None:
    texts = load_texts(DATA_FILE)
    assert texts.states["needs_materials"] == "需补充材料"
    assert texts.materials["vat"]


def test_texts_file_missing_a_message_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(DATA_FILE.read_text(encoding="utf-8").replace("  paid: \"缴款成功", "  paid_x: \"缴款成功"),
                      encoding="utf-8")
    with pytest.raises(ValueError, match="paid"):
        load_texts(broken)


# -- the happy path ----------------------------------------------------------------------


async def test_accepted_then_reviewing_then_succeeded(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    first = await bureau.submit(vat())
    assert first.state == "submitted"
    assert first.reference.startswith("SB20261203")
    assert first.at == START

    clock.advance(seconds=4)
    assert (await bureau.status(first.reference)).state == "submitted"
    clock.advance(seconds=1)
    accepted = await bureau.status(first.reference)
    assert accepted.state == "accepted"
    assert "已受理" in accepted.message
    assert accepted.at == START + timedelta(seconds=5)

    clock.advance(seconds=20)
    reviewing = await bureau.status(first.reference)
    assert reviewing.state == "reviewing"
    assert "审核" in reviewing.message

    clock.advance(seconds=20)
    done = await bureau.status(first.reference)
    assert done.state == "succeeded"
    assert done.receipt == "HZ" + first.reference[2:]
    assert done.receipt in done.message
    assert "13,000.00" in done.message
    assert done.at == START + timedelta(seconds=45)

    history = await bureau.history(first.reference)
    assert [h.state for h in history] == ["submitted", "accepted", "reviewing", "succeeded"]
    assert [h.at - START for h in history] == [timedelta(0), timedelta(seconds=5), timedelta(seconds=25),
                                                timedelta(seconds=45)]


async def test_a_late_look_applies_every_due_transition_at_its_own_time(
    bureau: SandboxTaxBureau, clock: FrozenClock
) -> None:
    reference = (await bureau.submit(vat())).reference
    clock.advance(hours=3)
    assert (await bureau.status(reference)).state == "succeeded"
    history = await bureau.history(reference)
    assert [h.at - START for h in history] == [timedelta(0), timedelta(seconds=5), timedelta(seconds=25),
                                                timedelta(seconds=45)]


async def test_delays_are_configurable(clock: FrozenClock, truth: FakeTruth) -> None:
    bureau = SandboxTaxBureau(clock, truth, accept_after=timedelta(minutes=1), review_after=timedelta(minutes=2),
                              decide_after=timedelta(minutes=3))
    reference = (await bureau.submit(vat())).reference  # in memory, no store
    clock.advance(seconds=59)
    assert (await bureau.status(reference)).state == "submitted"
    clock.advance(seconds=1)
    assert (await bureau.status(reference)).state == "accepted"
    clock.advance(minutes=2)
    assert (await bureau.status(reference)).state == "reviewing"
    clock.advance(minutes=3)
    assert (await bureau.status(reference)).state == "succeeded"


async def test_nothing_payable_succeeds_without_asking_for_payment(
    bureau: SandboxTaxBureau, clock: FrozenClock
) -> None:
    reference = (await bureau.submit(vat(payable="0.00"))).reference
    done = await walk_to_result(bureau, clock, reference)
    assert done.state == "succeeded"
    assert "无需缴款" in done.message
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("0"), "tripartite")
    assert caught.value.provider_code == "nothing_due"


# -- 票表比对: declared sales below the invoices, input tax above what was confirmed ----------


async def test_declared_below_invoiced_fails_with_both_amounts(
    bureau: SandboxTaxBureau, clock: FrozenClock, truth: FakeTruth
) -> None:
    reference = (await bureau.submit(vat(declared="98765.40"))).reference
    failed = await walk_to_result(bureau, clock, reference)
    assert failed.state == "failed"
    assert failed.receipt is None
    assert "票表比对" in failed.message
    assert "申报销售额 98,765.40 元" in failed.message
    assert "已开发票金额 100,000.00 元" in failed.message
    assert "少 1,234.60 元" in failed.message
    assert truth.calls == [(TAXPAYER, "2026-11")]
    # Final: nothing more happens, and no payment is taken.
    clock.advance(days=1)
    assert (await bureau.status(reference)).state == "failed"
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("13000.00"), "tripartite")
    assert caught.value.provider_code == "not_payable"
    assert "申报失败" in caught.value.provider_message


async def test_amounts_compare_to_the_fen(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat(declared="100000"))).reference
    assert (await walk_to_result(bureau, clock, reference)).state == "succeeded"
    below = (await bureau.submit(vat("k:2", declared="99999.99", period="2026-12"))).reference
    assert (await walk_to_result(bureau, clock, below)).state == "succeeded"  # 2026-12: nothing invoiced


async def test_declared_above_invoiced_is_accepted(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    """未开票收入 is a normal column: 100,000 invoiced + 25,000 not invoiced passes."""
    reference = (await bureau.submit(vat(declared="125000.00"))).reference
    assert (await walk_to_result(bureau, clock, reference)).state == "succeeded"


async def test_input_tax_over_confirmed_fails_with_both_amounts(clock: FrozenClock) -> None:
    truth = FakeTruth({(TAXPAYER, "2026-11"): Decimal("100000")}, {(TAXPAYER, "2026-11"): Decimal("5200.00")})
    bureau = SandboxTaxBureau(clock, truth)
    ok = (await bureau.submit(vat("a:1", extra={"input_tax": "5200.00"}))).reference
    assert (await walk_to_result(bureau, clock, ok)).state == "succeeded"
    over = (await bureau.submit(vat("b:1", period="2026-10", declared="0", extra={"input_tax": "0.01"}))).reference
    failed = await walk_to_result(bureau, clock, over)
    assert failed.state == "failed"
    assert "进项税额 0.01 元" in failed.message and "用途确认" in failed.message and "0.00 元" in failed.message


async def test_surcharges_are_paid_with_the_tax(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat(extra={"surcharges": "780.00"}))).reference
    done = await walk_to_result(bureau, clock, reference)
    assert "13,780.00" in done.message
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("13000.00"), "wechat")
    assert caught.value.provider_code == "amount_mismatch"
    assert (await bureau.pay(reference, Decimal("13780.00"), "wechat")).state == "paid"


async def test_a_corrected_return_is_accepted_after_a_failure(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    failed = (await bureau.submit(vat("filing-1:v1", declared="90000.00"))).reference
    assert (await walk_to_result(bureau, clock, failed)).state == "failed"
    corrected = await bureau.submit(vat("filing-1:v2", declared="100000.00"))
    assert corrected.reference != failed
    assert (await walk_to_result(bureau, clock, corrected.reference)).state == "succeeded"


# -- needs materials ------------------------------------------------------------------------


async def test_over_threshold_needs_materials_then_upload_then_succeeds(
    bureau: SandboxTaxBureau, clock: FrozenClock
) -> None:
    big = vat(declared="2500000", payable="325000.00", period="2026Q4")
    reference = (await bureau.submit(big)).reference
    asked = await walk_to_result(bureau, clock, reference)
    assert asked.state == "needs_materials"
    assert "销售额 2,500,000.00 元" in asked.message
    assert "1,000,000.00 元" in asked.message
    assert "销售合同" in asked.message
    # Waiting does not help.
    clock.advance(hours=1)
    assert (await bureau.status(reference)).state == "needs_materials"

    uploaded = await bureau.upload(reference, "合同.pdf", b"%PDF-1.7 contract", "application/pdf")
    assert uploaded.state == "reviewing"
    assert "合同.pdf" in uploaded.message
    assert uploaded.at == clock.now()
    clock.advance(seconds=19)
    assert (await bureau.status(reference)).state == "reviewing"
    clock.advance(seconds=1)
    done = await bureau.status(reference)
    assert done.state == "succeeded"
    assert "325,000.00" in done.message
    assert [h.state for h in await bureau.history(reference)] == [
        "submitted", "accepted", "reviewing", "needs_materials", "reviewing", "succeeded",
    ]


async def test_payable_over_threshold_also_needs_materials(clock: FrozenClock, truth: FakeTruth) -> None:
    bureau = SandboxTaxBureau(clock, truth, materials_over=Decimal("10000"))
    reference = (await bureau.submit(vat(payable="13000.00", sales="9000", declared="100000.00"))).reference
    asked = await walk_to_result(bureau, clock, reference)
    assert asked.state == "needs_materials"
    assert "应纳税额 13,000.00 元" in asked.message


async def test_materials_uploaded_early_count(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat(declared="2500000", payable="325000.00", period="2026Q4"))).reference
    early = await bureau.upload(reference, "合同.pdf", b"%PDF", "application/pdf")
    assert early.state == "submitted"  # kept, no transition
    assert (await walk_to_result(bureau, clock, reference)).state == "succeeded"


async def test_upload_refused_after_the_result(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat())).reference
    await walk_to_result(bureau, clock, reference)
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.upload(reference, "a.pdf", b"%PDF", "application/pdf")
    assert caught.value.provider_code == "upload_not_allowed"
    assert "申报成功" in caught.value.provider_message


async def test_empty_upload_refused(bureau: SandboxTaxBureau) -> None:
    reference = (await bureau.submit(vat())).reference
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.upload(reference, "a.pdf", b"", "application/pdf")
    assert caught.value.provider_code == "empty_file"


# -- payment ----------------------------------------------------------------------------------


async def test_pay_before_success_is_refused(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat())).reference
    clock.advance(seconds=10)
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("13000.00"), "tripartite")
    assert caught.value.provider_code == "not_payable"
    assert "已受理" in caught.value.provider_message
    assert caught.value.code == "tax_bureau_rejected"


async def test_pay_wrong_amount_refused(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat())).reference
    await walk_to_result(bureau, clock, reference)
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("12999.99"), "tripartite")
    assert caught.value.provider_code == "amount_mismatch"
    assert "12,999.99" in caught.value.provider_message
    assert "13,000.00" in caught.value.provider_message
    assert (await bureau.status(reference)).state == "succeeded"


async def test_pay_then_paid_with_receipt(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    reference = (await bureau.submit(vat())).reference
    await walk_to_result(bureau, clock, reference)
    clock.advance(minutes=5)
    paid = await bureau.pay(reference, Decimal("13000"), "tripartite")
    assert paid.state == "paid"
    assert paid.receipt == "JK" + reference[2:]
    assert paid.at == clock.now()
    assert "13,000.00" in paid.message
    assert "三方协议扣款" in paid.message
    assert paid.receipt in paid.message
    # A retried payment answers the same paid status; another amount is refused.
    assert await bureau.pay(reference, Decimal("13000.00"), "tripartite") == paid
    with pytest.raises(TaxBureauRejected):
        await bureau.pay(reference, Decimal("1"), "tripartite")
    history = await bureau.history(reference)
    assert [h.state for h in history][-2:] == ["succeeded", "paid"]
    assert history[-2].receipt == "HZ" + reference[2:]


# -- submission rules ---------------------------------------------------------------------------


async def test_submit_is_idempotent_by_key(bureau: SandboxTaxBureau, clock: FrozenClock) -> None:
    first = await bureau.submit(vat())
    clock.advance(seconds=6)
    again = await bureau.submit(vat())
    assert again.reference == first.reference
    assert again.state == "accepted"  # the current status of the existing submission
    assert len(await bureau.history(first.reference)) == 2


async def test_same_key_other_content_is_refused(bureau: SandboxTaxBureau) -> None:
    await bureau.submit(vat())
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.submit(vat(declared="1.00"))
    assert caught.value.provider_code == "submission_key_reused"


async def test_second_return_for_the_period_refused_while_one_is_open_or_done(
    bureau: SandboxTaxBureau, clock: FrozenClock
) -> None:
    first = (await bureau.submit(vat("filing-1:v1"))).reference
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.submit(vat("filing-2:v1"))
    assert caught.value.provider_code == "in_progress"
    assert first in caught.value.provider_message
    await walk_to_result(bureau, clock, first)
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.submit(vat("filing-2:v1"))
    assert caught.value.provider_code == "already_filed"
    # Another period is independent.
    assert (await bureau.submit(vat("filing-3:v1", period="2026-10"))).state == "submitted"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"period": "2026-13"}, "invalid_period"),
        ({"period": "2026Q5"}, "invalid_period"),
        ({"tax_type": "stamp"}, "invalid_tax_type"),
        ({"figures": {"output_tax": "1", "sales_total": "1"}}, "invalid_figure"),
        ({"figures": {"output_tax": "1", "sales_total": "abc", "payable": "1"}}, "invalid_figure"),
        ({"declared_invoice_total": "NaN"}, "invalid_figure"),
    ],
)
async def test_invalid_submissions_refused(bureau: SandboxTaxBureau, change: dict[str, object], code: str) -> None:
    fields = {**vat().__dict__, **change}
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.submit(Submission(**fields))
    assert caught.value.provider_code == code


async def test_unknown_reference(bureau: SandboxTaxBureau) -> None:
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.status("SB20261203999999")
    assert caught.value.provider_code == "reference_unknown"
    assert "SB20261203999999" in caught.value.provider_message


# -- background job and persistence ----------------------------------------------------------


async def test_tick_moves_open_submissions_and_reports_changes(
    bureau: SandboxTaxBureau, clock: FrozenClock
) -> None:
    a = (await bureau.submit(vat("a:v1"))).reference
    b = (await bureau.submit(vat("b:v1", period="2026-10", extra={"input_tax": "1.00"}))).reference
    assert await bureau.tick() == []
    clock.advance(seconds=5)
    assert sorted((s.reference, s.state) for s in await bureau.tick()) == [(a, "accepted"), (b, "accepted")]
    assert await bureau.tick() == []
    clock.advance(seconds=40)
    results = {s.reference: s.state for s in await bureau.tick()}
    # 2026-10 has no confirmed input invoices in the truth source: claiming 1.00 -> failed.
    assert results == {a: "succeeded", b: "failed"}
    clock.advance(days=1)
    assert await bureau.tick() == []


async def test_state_survives_a_new_instance_over_the_same_database(
    clock: FrozenClock, truth: FakeTruth, database: str
) -> None:
    """A server restart: a new bureau over the same database knows every submission."""
    from core.tax_bureau_sandbox.models import SandboxBureauSubmission

    first = SandboxTaxBureau(clock, truth, records=DatabaseSandboxRecords(clock))
    reference = (await first.submit(vat())).reference
    clock.advance(seconds=5)
    assert (await first.status(reference)).state == "accepted"

    second = SandboxTaxBureau(clock, truth, records=DatabaseSandboxRecords(clock))
    clock.advance(seconds=40)
    assert (await second.status(reference)).state == "succeeded"
    assert (await second.submit(vat())).reference == reference  # idempotency survives too
    assert [h.state for h in await second.history(reference)] == ["submitted", "accepted", "reviewing", "succeeded"]
    other = await second.submit(vat("filing-9:v1", period="2026-10"))
    assert other.reference != reference  # the numbering continues
    assert other.reference.endswith("000002")  # gapless
    row = await SandboxBureauSubmission.get(reference=reference)
    assert row.state == "succeeded" and not row.moving
    assert [r.reference for r in await SandboxBureauSubmission.filter(moving=True)] == [other.reference]
    clock.advance(seconds=45)
    assert {s.reference for s in await second.tick()} == {other.reference}
