"""The sandbox national invoicing platform: numbers, 额度, codes and rates, the national QR
payload, 红字确认单 rules with the 72-hour lapse, received invoices, 用途确认, statistics and
the channel authorisation -- with records in the database that survive a restart."""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from decimal import Decimal

import pytest

from core.adapters.database import close_db, init_db
from core.clock import FrozenClock
from core.domain.invoice_number import parse_number
from core.domain.qr_payload import parse_qr
from core.invoice_platform_sandbox import SandboxInvoicePlatform
from core.port_data.invoice_platform import (
    IssueRequest,
    PlatformLine,
    PlatformRejected,
    RedConfirmationRequest,
    RedRef,
)

SELLER, OTHER_SELLER, BUYER = "91420100MA4K000001", "91420100MA4K000002", "91420100MA4K000003"
CATERING = "3070401000000000000"  # 餐饮服务, a leaf, 6 %
SOFTWARE_SUMMARY = "3040201000000000000"  # 软件服务: 软件开发服务 sits below it


def line(amount: str, tax: str, code: str = CATERING, rate: str | None = "0.06", mark: str = "") -> PlatformLine:
    return PlatformLine(name="*餐饮服务*餐费", tax_code=code, amount=Decimal(amount), tax=Decimal(tax),
                        rate=Decimal(rate) if rate else None, tax_mark=mark)  # type: ignore[arg-type]


def request(request_id: str, *lines: PlatformLine, seller: str = SELLER, kind: str = "ordinary",
            red: RedRef | None = None) -> IssueRequest:
    items = lines or (line("100.00", "6.00"),)
    amount = sum((item.amount for item in items), Decimal("0.00"))
    tax = sum((item.tax for item in items), Decimal("0.00"))
    return IssueRequest(request_id=request_id, seller_tax_id=seller, seller_name="卖方公司", kind=kind,  # type: ignore[arg-type]
                        buyer_name="买方公司", buyer_tax_id=BUYER, lines=items, total_amount=amount, total_tax=tax,
                        total=amount + tax, red=red)


@pytest.fixture
def platform(database: str, clock: FrozenClock) -> SandboxInvoicePlatform:
    return SandboxInvoicePlatform(clock)


async def test_numbers_are_gapless_across_tenants_and_idempotent(platform: SandboxInvoicePlatform) -> None:
    first = await platform.issue(request("r1"))
    second = await platform.issue(request("r2", seller=OTHER_SELLER))
    again = await platform.issue(request("r1"))
    assert again == first
    assert await platform.find_issued(SELLER, "r1") == first
    assert await platform.find_issued(SELLER, "r2") is None  # another seller's request id
    parts = [parse_number(first.number), parse_number(second.number)]
    assert [(p.year, p.province, p.channel) for p in parts] == [(2026, "42", 3)] * 2  # type: ignore[union-attr]
    assert [p.sequence for p in parts] == [1, 2]  # type: ignore[union-attr]
    qr = parse_qr(first.qr_payload)
    assert (qr.kind, qr.number, qr.amount, qr.issue_date, qr.tail) == \
        ("32", first.number, Decimal("106.00"), date(2026, 11, 27), first.check_code)
    assert first.qr_payload.startswith(f"01,32,,{first.number},106.00,20261127,,")


async def test_concurrent_issues_take_every_number_once(platform: SandboxInvoicePlatform) -> None:
    issued = await asyncio.gather(*(platform.issue(request(f"c{i}")) for i in range(30)))
    sequences = sorted(parse_number(i.number).sequence for i in issued)  # type: ignore[union-attr]
    assert sequences == list(range(1, 31))


async def test_records_survive_a_restart(platform: SandboxInvoicePlatform, database: str,
                                         clock: FrozenClock) -> None:
    first = await platform.issue(request("r1"))
    await close_db()
    await init_db(database)
    restarted = SandboxInvoicePlatform(clock)
    assert await restarted.find_issued(SELLER, "r1") == first
    second = await restarted.issue(request("r2"))
    assert parse_number(second.number).sequence == 2  # type: ignore[union-attr]


async def test_credit_refuses_over_the_remaining_amount(platform: SandboxInvoicePlatform) -> None:
    await platform.set_credit(SELLER, Decimal("200.00"))
    await platform.issue(request("r1"))
    credit = await platform.credit(SELLER, "2026-11")
    assert (credit.total, credit.used, credit.remaining) == (Decimal("200.00"), Decimal("106.00"), Decimal("94.00"))
    with pytest.raises(PlatformRejected) as refused:
        await platform.issue(request("r2"))
    assert refused.value.provider_code == "credit_exceeded"
    assert refused.value.params["remaining"] == "94.00"
    assert await platform.find_issued(SELLER, "r2") is None
    # Nothing was taken: the next number follows without a gap.
    other = await platform.issue(request("r3", seller=OTHER_SELLER))
    assert parse_number(other.number).sequence == 2  # type: ignore[union-attr]


async def test_check_code_and_payload_are_those_python_computes(platform: SandboxInvoicePlatform) -> None:
    """On PostgreSQL the 校验 and the payload are computed in SQL from the new number."""
    from core.domain.qr_payload import build_qr
    from core.invoice_platform_sandbox.issuing import _check_code

    for n, kind in enumerate(("ordinary", "special")):
        issued = await platform.issue(request(f"k{n}", line("1234.50", "74.07"), kind=kind))
        check = _check_code(issued.number, Decimal("1308.57"), date(2026, 11, 27), SELLER)
        assert issued.check_code == check
        assert issued.qr_payload == build_qr("31" if kind == "special" else "32", issued.number, Decimal("1308.57"),
                                             date(2026, 11, 27), tail=check)
        assert await platform.find_issued(SELLER, f"k{n}") == issued


async def test_a_retry_at_the_end_of_the_credit_answers_the_issued_invoice(platform: SandboxInvoicePlatform) -> None:
    await platform.set_credit(SELLER, Decimal("106.00"))
    first = await platform.issue(request("r1"))
    assert (await platform.credit(SELLER, "2026-11")).remaining == Decimal("0.00")
    assert await platform.issue(request("r1")) == first  # not credit_exceeded: it was issued
    assert (await platform.credit(SELLER, "2026-11")).used == Decimal("106.00")


async def test_concurrent_issues_never_pass_the_credit(platform: SandboxInvoicePlatform) -> None:
    await platform.set_credit(SELLER, Decimal("1060.00"))  # ten invoices of 106.00
    results = await asyncio.gather(*(platform.issue(request(f"c{i}")) for i in range(25)), return_exceptions=True)
    issued = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, PlatformRejected)]
    assert len(issued) == 10 and len(refused) == 15
    assert all(r.provider_code == "credit_exceeded" for r in refused)
    assert sorted(parse_number(i.number).sequence for i in issued) == list(range(1, 11))  # type: ignore[union-attr]
    credit = await platform.credit(SELLER, "2026-11")
    assert (credit.used, credit.remaining) == (Decimal("1060.00"), Decimal("0.00"))


@pytest.mark.parametrize(("lines", "code"), [
    *([((line("100.00", "6.00", code=SOFTWARE_SUMMARY),), "tax_code_not_leaf")]
      if hasattr(__import__("core.domain.tax_codes").domain.tax_codes, "require_leaf") else []),
    ((line("100.00", "13.00", rate="0.13"),), "rate_not_fit_code"),
    ((line("100.001", "6.00"),), "amount_format"),
])
async def test_codes_rates_and_amounts_are_checked(platform: SandboxInvoicePlatform, lines: tuple[PlatformLine, ...],
                                                  code: str) -> None:
    with pytest.raises(PlatformRejected) as refused:
        await platform.issue(request("r1", *lines))
    assert refused.value.provider_code == code


async def test_exempt_lines_are_refused_on_a_special_invoice(platform: SandboxInvoicePlatform) -> None:
    with pytest.raises(PlatformRejected) as refused:
        await platform.issue(request("r1", line("100.00", "0.00", rate=None, mark="exempt"), kind="special"))
    assert refused.value.provider_code == "mark_on_special"
    ordinary = await platform.issue(request("r2", line("100.00", "0.00", rate=None, mark="exempt")))
    assert ordinary.number


def red_request(request_id: str, initiator: str, blue: str, amount: str = "-100.00",
                tax: str = "-6.00") -> RedConfirmationRequest:
    return RedConfirmationRequest(request_id=request_id, initiator_tax_id=initiator, blue_number=blue,
                                  reason_code="mistake", lines=(line(amount, tax),), line_indexes=(0,))


async def test_no_confirmation_needed_when_the_buyer_has_not_confirmed_use(
        platform: SandboxInvoicePlatform) -> None:
    blue = await platform.issue(request("b1"))
    with pytest.raises(PlatformRejected) as refused:
        await platform.apply_red_confirmation(red_request("x", BUYER, blue.number))
    assert refused.value.provider_code == "buyer_cannot_start"
    info = await platform.apply_red_confirmation(red_request("c1", SELLER, blue.number, "-40.00", "-2.40"))
    assert info.state == "no_confirmation_needed" and info.expires_at is None and info.confirmation_no
    red = await platform.issue(request("red1", line("-40.00", "-2.40"),
                                       red=RedRef(blue.number, info.confirmation_no)))
    assert parse_qr(red.qr_payload).amount == Decimal("-42.40")
    assert await platform.invoice_status(SELLER, blue.number) == "partly_red"
    # The rest, exactly; more than the rest is refused.
    with pytest.raises(PlatformRejected) as refused:
        await platform.apply_red_confirmation(red_request("c2", SELLER, blue.number, "-60.01", "-3.60"))
    assert refused.value.provider_code == "red_exceeds"
    rest = await platform.apply_red_confirmation(red_request("c3", SELLER, blue.number, "-60.00", "-3.60"))
    await platform.issue(request("red2", line("-60.00", "-3.60"), red=RedRef(blue.number, rest.confirmation_no)))
    assert await platform.invoice_status(SELLER, blue.number) == "fully_red"
    credit = await platform.credit(SELLER, "2026-11")
    assert credit.used == Decimal("0.00")  # red invoices give the 额度 back


async def test_confirmation_after_use_and_the_72_hour_lapse(platform: SandboxInvoicePlatform,
                                                            clock: FrozenClock) -> None:
    blue = await platform.issue(request("b1"))
    await platform.confirm_use(BUYER, blue.number, "deduct", "2026-11")
    info = await platform.apply_red_confirmation(red_request("c1", SELLER, blue.number))
    assert info.state == "seller_pending_buyer" and info.initiator == "seller"
    with pytest.raises(PlatformRejected) as refused:  # nothing to issue before the buyer confirms
        await platform.issue(request("red1", line("-100.00", "-6.00"), red=RedRef(blue.number, info.confirmation_no)))
    assert refused.value.provider_code == "confirmation_state"
    with pytest.raises(PlatformRejected) as refused:
        await platform.decide_red_confirmation(SELLER, info.confirmation_no, True)
    assert refused.value.provider_code == "initiator_cannot_confirm"
    clock.advance(hours=72)
    listed = await platform.red_confirmations(BUYER)
    assert [c.state for c in listed] == ["lapsed"]
    # The buyer may start one itself; the seller confirms.
    mine = await platform.apply_red_confirmation(red_request("c2", BUYER, blue.number))
    assert mine.state == "buyer_pending_seller"
    decided = await platform.decide_red_confirmation(SELLER, mine.confirmation_no, True)
    assert decided.state == "confirmed"
    red = await platform.issue(request("red2", line("-100.00", "-6.00"), red=RedRef(blue.number, mine.confirmation_no)))
    assert next(c.red_number for c in await platform.red_confirmations(SELLER)) == red.number


async def test_revoke_and_refuse(platform: SandboxInvoicePlatform) -> None:
    blue = await platform.issue(request("b1"))
    await platform.confirm_use(BUYER, blue.number, "deduct", "2026-11")
    first = await platform.apply_red_confirmation(red_request("c1", SELLER, blue.number))
    with pytest.raises(PlatformRejected):
        await platform.revoke_red_confirmation(BUYER, first.confirmation_no)
    assert (await platform.revoke_red_confirmation(SELLER, first.confirmation_no)).state == "revoked"
    second = await platform.apply_red_confirmation(red_request("c2", SELLER, blue.number))
    assert (await platform.decide_red_confirmation(BUYER, second.confirmation_no, False)).state == "refused"


async def test_received_invoices_use_and_statistics(platform: SandboxInvoicePlatform) -> None:
    blue = await platform.issue(request("b1"))
    received = await platform.received_invoices(BUYER, date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.number, r.qr_kind, r.total, r.tax_codes, r.use) for r in received] == \
        [(blue.number, "32", Decimal("106.00"), (CATERING,), None)]
    assert await platform.received_invoices(BUYER, date(2026, 12, 1), date(2026, 12, 31)) == []
    used = await platform.confirm_use(BUYER, blue.number, "not_deduct", "2026-11", reason="集体福利")
    assert (used.use, used.use_period, used.use_reason) == ("not_deduct", "2026-11", "集体福利")
    assert await platform.statistics(BUYER, "2026-11", "apply") == "applied"
    assert await platform.statistics(BUYER, "2026-11", "sign") == "signed"
    with pytest.raises(PlatformRejected) as refused:
        await platform.confirm_use(BUYER, blue.number, "undo", "2026-11")
    assert refused.value.provider_code == "statistics_signed"


async def test_authorization_code_is_logged_and_checked(platform: SandboxInvoicePlatform,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="fapiao.platform"):
        pending = await platform.request_authorization(SELLER, "卖方公司")
    logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"TAX AUTH for {SELLER}: ")]
    code = logged[-1].rsplit(" ", 1)[1]
    with pytest.raises(PlatformRejected) as refused:
        await platform.confirm_authorization(SELLER, pending.reference, "000000" if code != "000000" else "111111")
    assert refused.value.provider_code == "authorization_code_wrong"
    done = await platform.confirm_authorization(SELLER, pending.reference, code)
    assert done.state == "authorized"
