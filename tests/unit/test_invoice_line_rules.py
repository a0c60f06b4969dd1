"""Drafting applies the rate rules, leaf codes, buyer IDs and discount lines (issue #11)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.domain.errors import ValidationFailed
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from tests.kit.factories import BUYER_USCC, authorise_companies, make_user

SMALL_USCC = "91420100MA4K12345K"
ORG = BuyerInput(name="深圳某某科技有限公司", tax_id=BUYER_USCC)


@pytest.fixture
async def small(core, sms, clock) -> Actor:
    actor = await make_user(core, sms, clock, "13800138001")
    await core.companies.create(CompanyInput(name="武汉小店餐饮有限公司", tax_id=SMALL_USCC, taxpayer_kind="small_scale",
                                             issuer_name="李老板"), actor)
    await authorise_companies()
    return actor


def draft(*lines: LineDraft, kind: str = "special", buyer: BuyerInput = ORG, waive: bool = False) -> DraftInput:
    return DraftInput(kind=kind, buyer=buyer, lines=lines, waive_relief=waive)


def field_codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {name: problem.code for name, problem in exc.value.fields.items()}


async def test_small_scale_special_at_one_percent_unless_waived(core, small) -> None:
    normal = await core.invoices.issue_new(draft(LineDraft(name="餐费", amount="1010")), small)
    assert [line.rate_label for line in normal.invoice.lines] == ["1%"]
    assert await core.invoices.relief_waiver_applies(draft(LineDraft(name="餐费", amount="1")), small)
    waived = await core.invoices.issue_new(draft(LineDraft(name="餐费", amount="1030"), waive=True), small)
    assert [line.rate_label for line in waived.invoice.lines] == ["3%"]
    assert waived.invoice.total_tax == Decimal("30.00")
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="餐费", amount="100", rate="3%")), small)
    assert field_codes(exc) == {"lines.0.rate": "rate_waiver_required"}


async def test_small_scale_rent_is_five_percent_and_never_asks(core, small) -> None:
    view = (await core.invoices.issue_new(draft(LineDraft(name="门面房租", amount="10500")), small)).invoice
    assert [(line.rate_label, line.tax) for line in view.lines] == [("5%", Decimal("500.00"))]
    assert not await core.invoices.relief_waiver_applies(draft(LineDraft(name="门面房租", amount="1")), small)
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="房租", amount="100", rate="1%")), small)
    assert field_codes(exc) == {"lines.0.rate": "rate_code_rule"}


async def test_exempt_line_refused_on_a_special_invoice(core, small) -> None:
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="学费", amount="100")), small)
    assert field_codes(exc) == {"lines.0.rate": "rate_mark_on_special"}
    ok = await core.invoices.preview(draft(LineDraft(name="学费", amount="100"), kind="normal"), small)
    assert ok[1][0].rate.code == "exempt"


async def test_summary_codes_are_refused(core, small) -> None:
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="维修", amount="100", tax_code="2020000000000000000")), small)
    assert field_codes(exc) == {"lines.0.tax_code": "tax_code_not_leaf"}


async def test_buyers(core, small) -> None:
    person = BuyerInput(name="张三", tax_id="360426199101010071", is_person=True)
    view = (await core.invoices.issue_new(draft(LineDraft(name="餐费", amount="50"), kind="normal", buyer=person),
                                          small)).invoice
    assert view.buyer_tax_id == "360426199101010071"
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="餐费", amount="50"), kind="normal",
                                          buyer=BuyerInput(name="武汉某某餐饮有限公司")), small)
    assert field_codes(exc) == {"buyer.tax_id": "buyer_tax_id_required"}
    lettered = BuyerInput(name="武汉某某农民专业合作社", tax_id="N24201006G12345678")
    assert (await core.invoices.preview(draft(LineDraft(name="餐费", amount="50"), buyer=lettered), small))[0]


async def test_discount_line_follows_its_item_and_reduces_the_base(core, small) -> None:
    view = (await core.invoices.issue_new(
        draft(LineDraft(name="餐费", amount="1010", discount="101"), LineDraft(name="停车费", amount="105"),
              kind="normal"), small)).invoice
    assert [(line.position, line.printed_name, line.amount, line.tax) for line in view.lines] == [
        (1, "*餐饮服务*餐费", Decimal("1000.00"), Decimal("10.00")),
        (2, "*餐饮服务*餐费", Decimal("-100.00"), Decimal("-1.00")),
        (3, "*经营租赁*停车费", Decimal("100.00"), Decimal("5.00")),
    ]
    assert (view.total_amount, view.total_tax, view.total) == (Decimal("1000.00"), Decimal("14.00"),
                                                               Decimal("1014.00"))
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.preview(draft(LineDraft(name="餐费", amount="100", discount="101"), kind="normal"), small)
    assert field_codes(exc) == {"lines.0.discount": "discount_exceeds"}
    percent = await core.invoices.preview(draft(LineDraft(name="餐费", amount="200", discount="10%"), kind="normal"),
                                          small)
    assert percent[2].total == Decimal("180.00")


async def test_the_pdf_document_carries_the_platforms_qr_payload(core, small) -> None:
    from core.domain.qr_payload import parse_qr
    from core.invoicing.models import Invoice

    view = (await core.invoices.issue_new(draft(LineDraft(name="餐费", amount="1010")), small)).invoice
    stored = await Invoice.get(id=view.id)
    document = await core.invoices.document(view.id, small)
    payload = parse_qr(document.national_qr())
    assert (payload.kind, payload.number, payload.amount, payload.issue_date) == (
        "31", view.number, view.total, view.issue_date)
    if stored.qr_payload:  # issued through the platform: exactly what it returned
        assert document.national_qr() == stored.qr_payload


async def test_red_letter_of_a_discounted_invoice_reds_the_net(core, small) -> None:
    from core.invoicing.views import RedLineRequest

    view = (await core.invoices.issue_new(draft(LineDraft(name="餐费", amount="1010", discount="101"),
                                                LineDraft(name="停车费", amount="105"), kind="normal"), small)).invoice
    assert view.total == Decimal("1014.00")
    first = await core.invoices.red_letter(view.id, "allowance", small, [RedLineRequest(position=1, amount="300")])
    assert first.total == Decimal("-303.00")
    rest = await core.invoices.red_letter(view.id, "mistake", small)
    # the rest: what is left of the discounted line's NET (900 + 9 - 303) and the parking line
    assert rest.total == Decimal("-711.00")
    assert first.total + rest.total == -view.total
    assert (await core.invoices.get(view.id, small)).status == "red_full"
