"""Worked examples of the 增值税及附加税费 return, with the figures written out as an
accountant would check them (rates: VAT Law 2026; 起征点 30万/quarter; 附加税费 7% / 3% / 2%,
halved for small-scale taxpayers (公告2023年第12号), 教育费 exempt ≤ 10万/month, 30万/quarter
(财税〔2016〕12号))."""

from __future__ import annotations

from decimal import Decimal

from core.domain.periods import Period
from core.domain.surcharges import compute_surcharges
from core.domain.vat import compute_general, compute_small_scale
from core.domain.vat_lines import InputInvoice, SaleLine

D = Decimal
Q4 = Period.quarter(2026, 4)
OCT = Period.month(2026, 10)
NOV = Period.month(2026, 11)


def sale(i: int, rate: str, amount: str, tax: str, kind: str = "normal") -> SaleLine:
    return SaleLine(i, f"2642000000000000{i:04d}", rate, D(amount), D(tax), False, kind)  # type: ignore[arg-type]


def bought(i: int, amount: str, tax: str) -> InputInvoice:
    return InputInvoice(i, f"2542000000000001{i:04d}", "13", D(amount), D(tax), True)


def surcharge_lines(period: Period, vat: Decimal, sales: Decimal, **who: bool) -> dict[str, str]:
    result = compute_surcharges(period, vat, sales, small_scale=who.get("small_scale", False),
                                small_profit=who.get("small_profit", False))
    return {line.id: str(line.payable) for line in result.lines} | {"total": str(result.total)}


def test_small_scale_below_the_threshold_all_exempt() -> None:
    # Q4: 普票 at 1% 250,000.00 (tax 2,500.00) + 未开票收入 at 1% 20,000.00 (tax 200.00)
    # = 270,000.00 < 300,000.00 起征点 → everything is 小微企业免税销售额; VAT 0; 附加税费 0.
    ret = compute_small_scale(Q4, [sale(1, "1", "250000.00", "2500.00")], uninvoiced={"1": D("20000")})
    assert ret.under_threshold is True and ret.threshold == D("300000")
    assert ret.totals.sales == D("270000.00")
    assert ret.totals.exempt_sales == D("270000.00") and ret.totals.exempt_tax == D("2700.00")
    assert ret.totals.uninvoiced_sales == D("20000.00") and ret.totals.uninvoiced_tax == D("200.00")
    assert ret.totals.payable == D("0.00")
    assert surcharge_lines(Q4, ret.totals.payable, ret.totals.sales, small_scale=True)["total"] == "0.00"


def test_small_scale_above_the_threshold_all_taxed_with_halved_surcharges() -> None:
    # Q4: 普票 1% 280,000.00 (2,800.00) + 未开票 1% 30,000.00 (300.00) = 310,000.00 ≥ 300,000.00:
    # the 起征点 is a cliff, all is taxed: VAT 2,800.00 + 300.00 = 3,100.00.
    ret = compute_small_scale(Q4, [sale(1, "1", "280000.00", "2800.00")], uninvoiced={"1": D("30000")})
    assert ret.under_threshold is False
    assert ret.row("levy_1").columns == (("other", D("280000.00"), D("2800.00")),
                                        ("uninvoiced", D("30000.00"), D("300.00")))
    assert ret.totals.payable == D("3100.00") and ret.totals.exempt_sales == D("0.00")
    # 附加税费 on 3,100.00, sales 310,000.00 > 300,000.00 (no 教育费 exemption), halved (small-scale):
    #   城建税 3,100.00 × 7% = 217.00 → 108.50; 教育费附加 × 3% = 93.00 → 46.50;
    #   地方教育附加 × 2% = 62.00 → 31.00; total 186.00. To pay: 3,100.00 + 186.00 = 3,286.00.
    assert surcharge_lines(Q4, ret.totals.payable, ret.totals.sales, small_scale=True) == {
        "urban_maintenance": "108.50", "education": "46.50", "local_education": "31.00", "total": "186.00"}


def test_small_scale_with_a_3_percent_special_invoice() -> None:
    # Q4: 专票 at 3% (reduction waived) 50,000.00 (1,500.00) + 普票 at 1% 100,000.00 (1,000.00)
    # = 150,000.00 < 300,000.00: the 普票 sales are exempt (免税额 1,000.00), the 专票 is taxed
    # at 3% — 1% and 3% stay apart: VAT 1,500.00.
    ret = compute_small_scale(Q4, [sale(1, "3", "50000.00", "1500.00", "special"),
                                   sale(2, "1", "100000.00", "1000.00")])
    assert ret.under_threshold is True
    assert (ret.row("levy_3").base, ret.row("levy_3").tax) == (D("50000.00"), D("1500.00"))
    assert ret.row("exempt_threshold").base == D("100000.00") and ret.totals.exempt_tax == D("1000.00")
    assert ret.totals.payable == D("1500.00")
    # 附加税费 on 1,500.00; sales 150,000.00 ≤ 300,000.00 → both 教育费 exempt;
    # 城建税 1,500.00 × 7% = 105.00, halved → 52.50. To pay: 1,552.50.
    assert surcharge_lines(Q4, ret.totals.payable, ret.totals.sales, small_scale=True) == {
        "urban_maintenance": "52.50", "education": "0.00", "local_education": "0.00", "total": "52.50"}


def test_general_taxpayer_carries_credit_forward_with_transfers_out_and_surcharges() -> None:
    # October: 销项 13% 10,000.00 → 1,300.00; 进项 13% 33,076.92 → 4,300.00;
    # due 1,300.00 - 4,300.00 = -3,000.00 → nothing to pay, 期末留抵 3,000.00.
    october = compute_general(OCT, [sale(1, "13", "10000.00", "1300.00", "special")],
                              [bought(101, "33076.92", "4300.00")])
    assert october.totals.payable == D("0.00") and october.totals.carried_out == D("3000.00")
    # November: 销项 13% 专票 100,000.00 (13,000.00) + 未开票 13% 20,000.00 (2,600.00) = 15,600.00;
    # 进项 13% 10,400.00; 进项转出 400.00; 上期留抵 3,000.00 (October's 期末留抵):
    # 15,600.00 - (10,400.00 - 400.00) - 3,000.00 = 2,600.00 payable, 期末留抵 0.00.
    november = compute_general(NOV, [sale(2, "13", "100000.00", "13000.00", "special")],
                               [bought(102, "80000.00", "10400.00")], transfers_out=D("400"),
                               carried_credit=october.totals.carried_out, uninvoiced={"13": D("20000")})
    assert november.totals.output_tax == D("15600.00") and november.totals.sales == D("120000.00")
    assert november.row("sales_13").columns == (("special", D("100000.00"), D("13000.00")),
                                               ("uninvoiced", D("20000.00"), D("2600.00")))
    assert november.totals.payable == D("2600.00") and november.totals.carried_out == D("0.00")
    # 附加税费 on 2,600.00, monthly sales 120,000.00 > 100,000.00 (no exemption), not small-scale
    # nor 小型微利 (no halving): 182.00 + 78.00 + 52.00 = 312.00. To pay: 2,912.00.
    assert surcharge_lines(NOV, november.totals.payable, november.totals.sales) == {
        "urban_maintenance": "182.00", "education": "78.00", "local_education": "52.00", "total": "312.00"}
    # A 小型微利企业 pays half: 91.00 + 39.00 + 26.00 = 156.00.
    assert surcharge_lines(NOV, D("2600.00"), D("120000.00"), small_profit=True)["total"] == "156.00"
    # At 100,000.00 of monthly sales the 教育费 surcharges are exempt: 182.00 only.
    assert surcharge_lines(NOV, D("2600.00"), D("100000.00"))["total"] == "182.00"


def test_halving_ends_with_2027() -> None:
    after = Period.month(2028, 1)
    assert surcharge_lines(after, D("1000.00"), D("400000.00"), small_scale=True)["total"] == "120.00"
