"""Deductibility as dated data: by kind, by what was bought, and the computed tax of tickets."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from core.input_invoicing.deductibility import assess, gross_tax, kind_of_qr, load_rules, rules

ON = date(2026, 11, 5)


def test_a_special_invoice_gives_its_printed_tax():
    judged = assess("special", on=ON, tax=Decimal("130.00"), tax_codes=("1090511030000000000",))
    assert (judged.deductible, judged.deductible_tax, judged.return_row) == (True, Decimal("130.00"), "2")


def test_dining_on_a_special_invoice_is_not_deductible_and_says_why():
    judged = assess("special", on=ON, tax=Decimal("6.00"), tax_codes=("3070401000000000000",))
    assert (judged.deductible, judged.deductible_tax, judged.not_deductible_code) == (False, Decimal("0.00"), "dining")
    named = assess("special", on=ON, tax=Decimal("6.00"), item_names=("*餐饮服务*餐费",))
    assert named.not_deductible_code == "dining"
    for code, why in (("3070302000000000000", "entertainment"), ("3070501000000000000", "daily_services")):
        assert assess("special", on=ON, tax=Decimal("6.00"), tax_codes=(code,)).not_deductible_code == why


def test_an_ordinary_invoice_counts_only_for_tolls():
    plain = assess("normal", on=ON, tax=Decimal("6.00"), item_names=("*信息技术服务*软件服务",))
    assert (plain.deductible, plain.not_deductible_code) == (False, "ordinary_invoice")
    toll = assess("normal", on=ON, tax=Decimal("2.91"), item_names=("*经营租赁*通行费",))
    assert (toll.deductible, toll.deductible_tax, toll.return_row) == (True, Decimal("2.91"), "8b")


def test_rail_ticket_tax_is_computed_from_the_face_amount():
    # 公告2019年第39号: 票面金额 ÷ (1 + 9%) × 9% = 545.00 / 1.09 × 0.09 = 45.00
    judged = assess("rail", on=ON, tax=Decimal("0"), total=Decimal("545.00"))
    assert (judged.deductible, judged.deductible_tax, judged.passenger_transport) == (True, Decimal("45.00"), True)


def test_air_ticket_tax_is_computed_from_fare_and_fuel_only():
    # (票价 1000 + 燃油附加费 90) ÷ 1.09 × 0.09 = 90.00; the 民航发展基金 50 is not in the base.
    judged = assess("air", on=ON, tax=Decimal("0"), total=Decimal("1140.00"), fare_and_fuel=Decimal("1090.00"))
    assert judged.deductible_tax == Decimal("90.00")


def test_a_ticket_kind_before_its_start_date_does_not_count():
    judged = assess("air", on=date(2024, 11, 30), tax=Decimal("0"), total=Decimal("100"), fare_and_fuel=Decimal("100"))
    assert (judged.deductible, judged.not_deductible_code) == (False, "kind_not_yet_valid")


def test_qr_kinds_map_to_our_kinds():
    assert [kind_of_qr(k) for k in ("31", "32", "01", "14", "51", "61")] == [
        "special", "normal", "special", "toll", "rail", "air"]


def test_every_rule_names_its_source():
    data = load_rules()
    assert data is not None and all(rule.source in data.sources for rule in (*data.kinds, *data.categories))
    assert "第二十二条" in data.sources["vat_law_22"] and "2019年第39号" in data.sources["ann_2019_39"]
    assert [r.code for r in rules().not_deduct_reasons][:3] == [
        "simplified_or_exempt", "collective_welfare", "abnormal_loss"]
    assert rules().not_deduct_reason("4").code == "restricted_services"


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2))
def test_gross_tax_is_the_base_split_at_nine_percent(base):
    tax = gross_tax(base, Decimal("0.09"))
    exact = base * Decimal("0.09") / Decimal("1.09")
    assert tax == exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert abs((base - tax) * Decimal("0.09") - tax) <= Decimal("0.01")


def test_every_item_must_be_in_the_category():
    mixed = assess("special", on=ON, tax=Decimal("381.60"),
                   tax_codes=("3040201000000000000", "3070401000000000000"))
    assert (mixed.deductible, mixed.category) == (True, "mixed")
    all_dining = assess("special", on=ON, tax=Decimal("12.00"),
                        item_names=("*餐饮服务*餐费", "*餐饮服务*酒水"))
    assert (all_dining.deductible, all_dining.category) == (False, "dining")
