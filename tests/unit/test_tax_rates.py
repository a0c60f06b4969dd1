from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.domain import tax_rates
from core.domain.errors import ValidationFailed
from core.domain.rate_reading import parse_rate
from core.domain.tax_rates import (
    TaxRate,
    all_rates,
    default_rate_for,
    effective_levy_rate,
    rate_by_code,
    rates_for,
    small_scale_threshold,
)

IN_RELIEF = date(2026, 6, 30)
BEFORE_RELIEF = date(2025, 12, 31)
AFTER_RELIEF = date(2028, 1, 1)


def codes(rates: list[TaxRate]) -> list[str]:
    return [rate.code for rate in rates]


def test_data_file_sits_next_to_the_package() -> None:
    assert Path(tax_rates.__file__).resolve().parent.parent / "data" / "tax_rates.yaml" == tax_rates.DATA_FILE
    assert tax_rates.DATA_FILE.is_file()


def test_all_rates_are_exact_decimals() -> None:
    by_code = {rate.code: rate for rate in all_rates()}
    assert set(by_code) == {"13", "9", "6", "0", "3", "5", "1", "exempt", "nontaxable"}
    assert by_code["13"] == TaxRate("13", Decimal("0.13"), "13%", "rate")
    assert by_code["9"].rate == Decimal("0.09")
    assert by_code["6"].rate == Decimal("0.06")
    assert by_code["0"].rate == Decimal("0") and by_code["0"].kind == "rate"
    assert by_code["3"].kind == "levy" and by_code["3"].rate == Decimal("0.03")
    assert by_code["1"].kind == "levy" and by_code["1"].rate == Decimal("0.01")
    assert by_code["exempt"] == TaxRate("exempt", Decimal("0"), "免税", "mark")
    assert by_code["nontaxable"].label == "不征税" and by_code["nontaxable"].is_mark
    for rate in by_code.values():
        assert isinstance(rate.rate, Decimal)


def test_five_percent_is_confirmed_by_the_guide() -> None:
    # GUIDE.md section 3: 5% 征收率 applies to 销售/出租不动产 (simplified method).
    assert rate_by_code("5").unconfirmed is False
    assert rate_by_code("13").unconfirmed is False


def test_rate_by_code_unknown() -> None:
    with pytest.raises(KeyError):
        rate_by_code("17")


def test_general_taxpayer_rates() -> None:
    assert codes(rates_for("general", IN_RELIEF)) == ["13", "9", "6", "0", "3", "5", "exempt", "nontaxable"]


def test_general_taxpayers_do_not_get_the_small_scale_relief() -> None:
    assert "1" not in codes(rates_for("general", IN_RELIEF))


@pytest.mark.parametrize("on", [date(2026, 1, 1), IN_RELIEF, date(2027, 12, 31)])
def test_small_scale_in_relief_window_gets_one_percent(on: date) -> None:
    assert codes(rates_for("small_scale", on)) == ["1", "5", "exempt", "nontaxable"]


@pytest.mark.parametrize("on", [BEFORE_RELIEF, AFTER_RELIEF])
def test_small_scale_outside_relief_window_gets_three_percent(on: date) -> None:
    assert codes(rates_for("small_scale", on)) == ["3", "5", "exempt", "nontaxable"]


def test_thirteen_percent_starts_2019_04_01() -> None:
    assert "13" not in codes(rates_for("general", date(2019, 3, 31)))
    assert "13" in codes(rates_for("general", date(2019, 4, 1)))


def test_unknown_taxpayer_kind() -> None:
    with pytest.raises(ValueError):
        rates_for("individual", IN_RELIEF)  # type: ignore[arg-type]


def test_effective_levy_rate() -> None:
    three = rate_by_code("3")
    assert effective_levy_rate(three, IN_RELIEF).code == "1"
    assert effective_levy_rate(three, AFTER_RELIEF).code == "3"
    assert effective_levy_rate(three, IN_RELIEF, "general").code == "3"
    assert effective_levy_rate(rate_by_code("5"), IN_RELIEF) == rate_by_code("5")
    assert effective_levy_rate(rate_by_code("13"), IN_RELIEF, "general") == rate_by_code("13")


def test_default_rate_for() -> None:
    assert default_rate_for("general", "6", IN_RELIEF).code == "6"
    assert default_rate_for("small_scale", "6", IN_RELIEF).code == "1"
    assert default_rate_for("small_scale", "13", AFTER_RELIEF).code == "3"
    assert default_rate_for("small_scale", "exempt", IN_RELIEF).code == "exempt"
    assert default_rate_for("small_scale", "nontaxable", IN_RELIEF).code == "nontaxable"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("6%", "6"),
        ("6", "6"),
        ("0.06", "6"),
        ("6 %", "6"),
        ("６％", "6"),
        ("百分之六", "6"),
        ("百分之十三", "13"),
        ("百分之九", "9"),
        ("13", "13"),
        ("0.13", "13"),
        ("税率9%", "9"),
        ("0", "0"),
        ("0%", "0"),
        ("零税率", "0"),
        ("3%", "3"),
        ("3%征收率", "3"),
        ("征收率5%", "5"),
        ("免税", "exempt"),
        ("exempt", "exempt"),
        ("不征税", "nontaxable"),
        ("nontaxable", "nontaxable"),
    ],
)
def test_parse_rate_general(text: str, code: str) -> None:
    assert parse_rate(text, "general", IN_RELIEF).code == code


@pytest.mark.parametrize(("text", "code"), [("1%", "1"), ("1", "1"), ("0.01", "1"), ("百分之一", "1")])
def test_parse_rate_small_scale_in_relief(text: str, code: str) -> None:
    assert parse_rate(text, "small_scale", IN_RELIEF).code == code


def test_parse_rate_small_scale_three_percent_outside_relief() -> None:
    assert parse_rate("3%", "small_scale", AFTER_RELIEF).code == "3"


@pytest.mark.parametrize(
    ("text", "kind", "on", "rate", "allowed"),
    [
        ("13%", "small_scale", IN_RELIEF, "13%", "1%、5%、免税、不征税"),
        ("3%", "small_scale", IN_RELIEF, "3%", "1%、5%、免税、不征税"),
        ("1%", "small_scale", AFTER_RELIEF, "1%", "3%、5%、免税、不征税"),
        ("1%", "general", IN_RELIEF, "1%", "13%、9%、6%、0%、3%、5%、免税、不征税"),
        ("17%", "general", IN_RELIEF, "17%", "13%、9%、6%、0%、3%、5%、免税、不征税"),
        ("0.5", "general", IN_RELIEF, "50%", "13%、9%、6%、0%、3%、5%、免税、不征税"),
        ("6.5%", "general", IN_RELIEF, "6.5%", "13%、9%、6%、0%、3%、5%、免税、不征税"),
        ("零税率", "small_scale", IN_RELIEF, "0%", "1%、5%、免税、不征税"),
    ],
)
def test_parse_rate_not_allowed(text: str, kind: tax_rates.TaxpayerKind, on: date, rate: str, allowed: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_rate(text, kind, on)
    problem = exc.value.fields["rate"]
    assert problem.code == "rate_not_allowed"
    assert dict(problem.params) == {"rate": rate, "allowed": allowed}


@pytest.mark.parametrize("text", ["abc", "六%", "百分之", "百分之一百二十", "%", "6%%", "-6%"])
def test_parse_rate_format(text: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_rate(text, "general", IN_RELIEF)
    assert exc.value.fields["rate"].code == "rate_format"


def test_parse_rate_required_and_field() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_rate("  ", "general", IN_RELIEF, field="lines.0.rate")
    assert exc.value.fields["lines.0.rate"].code == "rate_required"


def test_parse_rate_refuses_non_str() -> None:
    with pytest.raises(TypeError):
        parse_rate(0.06, "general", IN_RELIEF)  # type: ignore[arg-type]


def test_small_scale_thresholds() -> None:
    assert small_scale_threshold("month", IN_RELIEF) == Decimal("100000")
    assert small_scale_threshold("quarter", IN_RELIEF) == Decimal("300000")
    assert small_scale_threshold("transaction", IN_RELIEF) == Decimal("1000")


@pytest.mark.parametrize("period", ["month", "quarter", "transaction"])
def test_the_relief_thresholds_end_with_2027(period: tax_rates.ThresholdPeriod) -> None:
    relief = {"month": Decimal("100000"), "quarter": Decimal("300000"), "transaction": Decimal("1000")}
    assert small_scale_threshold(period, date(2027, 12, 31)) == relief[period]
    # from 2028 the general (unconfirmed) 起征点 of the 实施细则 applies, far lower
    assert small_scale_threshold(period, date(2028, 1, 1)) < relief[period]


def test_threshold_without_data() -> None:
    with pytest.raises(LookupError):
        small_scale_threshold("month", date(2020, 1, 1))
    with pytest.raises(ValueError):
        small_scale_threshold("year", IN_RELIEF)  # type: ignore[arg-type]


def test_loader_rejects_float_rates(tmp_path: Path) -> None:
    bad = tmp_path / "rates.yaml"
    bad.write_text(
        "rates:\n  - {code: '6', rate: 0.06, label: '6%', kind: rate, taxpayers: [general]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="quote"):
        tax_rates._load(bad)


def test_loader_rejects_unknown_relief_target(tmp_path: Path) -> None:
    bad = tmp_path / "rates.yaml"
    bad.write_text(
        "rates:\n  - {code: '3', rate: '0.03', label: '3%', kind: levy, taxpayers: [small_scale]}\n"
        "reliefs:\n  - {id: x, taxpayers: [small_scale], replaces: '3', by: '2'}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="unknown rate code"):
        tax_rates._load(bad)
