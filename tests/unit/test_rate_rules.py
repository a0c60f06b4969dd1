"""Rates per invoice line: the 3% 专票 waiver, 不动产 5%, no 免税/不征税 on a 专票."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from core.domain import rate_rules
from core.domain.errors import ValidationFailed
from core.domain.rate_rules import (
    LineContext,
    allowed_rates,
    check_line_rate,
    code_rule,
    default_line_rate,
    parse_line_rate,
    waivable_relief,
    waiver_question_applies,
)
from core.domain.tax_rates import DATA_FILE, rate_by_code

IN_RELIEF = date(2026, 6, 30)
AFTER_RELIEF = date(2028, 1, 1)
CATERING = "3070401000000000000"  # 餐饮服务, default 6%
RENT = "3040502020199000000"  # 其他住房租赁服务 (不动产经营租赁)
PARKING = "3040502020200000000"  # 车辆停放服务
HOUSE_SALE = "5010101000000000000"  # 房地产开发住宅
LAND = "4050101000000000000"  # 出让土地使用权
TUITION = "3070201010000000000"  # 学历教育服务, 免税
PREPAID = "6010000000000000000"  # 预付卡销售和充值, 不征税

SMALL = LineContext("small_scale", IN_RELIEF)
SMALL_SPECIAL = LineContext("small_scale", IN_RELIEF, "special")
SMALL_WAIVED = LineContext("small_scale", IN_RELIEF, "special", waive_relief=True)
GENERAL_SPECIAL = LineContext("general", IN_RELIEF, "special")


def labels(ctx: LineContext, code: str) -> list[str]:
    return [rate.label for rate in allowed_rates(ctx, code)]


def problem(exc: pytest.ExceptionInfo[ValidationFailed]) -> tuple[str, dict[str, object]]:
    (field, info), = exc.value.fields.items()
    assert field == "rate"
    return info.code, dict(info.params)


# -- every rule cites its source ------------------------------------------------------


def test_every_rule_in_the_data_cites_its_source() -> None:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    for section in ("code_rules", "kind_restrictions", "thresholds"):
        for item in raw[section]:
            assert item["source"], (section, item)
    relief = raw["reliefs"][0]
    assert relief["source"] == "财政部 税务总局公告2023年第19号"
    assert "2023年第1号" in relief["waiver_source"]


# -- small-scale 1% relief and its waiver ------------------------------------------------


def test_small_scale_normal_invoice_gets_one_percent_by_default() -> None:
    assert default_line_rate(SMALL, CATERING, "6").label == "1%"
    assert labels(SMALL, CATERING) == ["1%", "5%", "免税", "不征税"]


def test_three_percent_on_a_normal_invoice_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate("3%", SMALL, CATERING)
    code, params = problem(exc)
    assert code == "rate_waiver_special_only"
    assert params == {"rate": "3%", "by": "1%"}


def test_three_percent_special_needs_the_explicit_waiver() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate("3%", SMALL_SPECIAL, CATERING)
    assert problem(exc)[0] == "rate_waiver_required"
    assert default_line_rate(SMALL_SPECIAL, CATERING, "6").label == "1%"


def test_waived_special_issues_at_three_percent() -> None:
    assert default_line_rate(SMALL_WAIVED, CATERING, "6").label == "3%"
    assert parse_line_rate("3%", SMALL_WAIVED, CATERING).code == "3"
    assert labels(SMALL_WAIVED, CATERING)[0] == "3%"


def test_the_waiver_does_nothing_on_a_normal_invoice() -> None:
    waived_normal = LineContext("small_scale", IN_RELIEF, "normal", waive_relief=True)
    assert default_line_rate(waived_normal, CATERING, "6").label == "1%"
    with pytest.raises(ValidationFailed):
        parse_line_rate("3%", waived_normal, CATERING)


def test_after_the_relief_three_percent_is_ordinary() -> None:
    ctx = LineContext("small_scale", AFTER_RELIEF, "special")
    assert default_line_rate(ctx, CATERING, "6").label == "3%"
    assert waivable_relief("small_scale", AFTER_RELIEF, "special") is None
    assert not waiver_question_applies(ctx, [CATERING])


def test_the_bot_asks_only_for_small_scale_specials_during_the_relief() -> None:
    assert waivable_relief("small_scale", IN_RELIEF, "special") is not None
    assert waivable_relief("small_scale", IN_RELIEF, "normal") is None
    assert waivable_relief("general", IN_RELIEF, "special") is None
    assert waiver_question_applies(SMALL_SPECIAL, [CATERING])
    assert not waiver_question_applies(SMALL, [CATERING])
    # only real-estate lines: they take 5% and never the relief, so nothing to ask
    assert not waiver_question_applies(SMALL_SPECIAL, [RENT])
    assert waiver_question_applies(SMALL_SPECIAL, [RENT, CATERING])


# -- 不动产 and 土地使用权 ------------------------------------------------------------------


@pytest.mark.parametrize("code", [RENT, PARKING, HOUSE_SALE, LAND])
def test_real_estate_and_land_never_take_one_percent(code: str) -> None:
    assert code_rule(code) is not None
    assert default_line_rate(SMALL, code, "9").label == "5%"
    assert default_line_rate(SMALL_WAIVED, code, "9").label == "5%"
    for ctx in (SMALL, SMALL_WAIVED):
        assert "1%" not in labels(ctx, code) and "3%" not in labels(ctx, code)
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate("1%", SMALL, code)
    code_, params = problem(exc)
    assert code_ == "rate_code_rule"
    assert params["allowed"].startswith("5%")  # type: ignore[union-attr]
    assert "公告" in params["source"]  # type: ignore[operator]


def test_general_taxpayer_rent_is_nine_or_simplified_five() -> None:
    ctx = LineContext("general", IN_RELIEF)
    assert default_line_rate(ctx, RENT, "9").label == "9%"
    assert parse_line_rate("5%", ctx, RENT).code == "5"
    with pytest.raises(ValidationFailed):
        parse_line_rate("6%", ctx, RENT)


def test_other_codes_have_no_rule() -> None:
    assert code_rule(CATERING) is None


# -- 免税 / 不征税 never on a 专票 -----------------------------------------------------------


@pytest.mark.parametrize("ctx", [SMALL_SPECIAL, GENERAL_SPECIAL])
@pytest.mark.parametrize(("code", "rate", "cited"), [(TUITION, "免税", "第二十一条"), (PREPAID, "不征税", "2016年第53号")])
def test_marks_are_refused_on_a_special_invoice_with_the_reason(
    ctx: LineContext, code: str, rate: str, cited: str
) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate(rate, ctx, code)
    code_, params = problem(exc)
    assert code_ == "rate_mark_on_special"
    assert params["rate"] == rate and cited in str(params["source"])
    # the item's own default is a mark: proposed, then refused the same way
    default = default_line_rate(ctx, code, "exempt" if rate == "免税" else "nontaxable")
    with pytest.raises(ValidationFailed):
        check_line_rate(default, ctx, code)
    assert rate not in labels(ctx, code)


def test_marks_are_fine_on_a_normal_invoice() -> None:
    assert parse_line_rate("免税", SMALL, TUITION).code == "exempt"
    assert parse_line_rate("不征税", LineContext("general", IN_RELIEF), PREPAID).code == "nontaxable"


def test_unknown_rates_and_bad_input() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate("17%", LineContext("general", IN_RELIEF), CATERING)
    assert problem(exc)[0] == "rate_not_allowed"
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate("abc", SMALL, CATERING)
    assert problem(exc)[0] == "rate_format"
    with pytest.raises(ValidationFailed) as exc:
        parse_line_rate(" ", SMALL, CATERING)
    assert problem(exc)[0] == "rate_required"
    with pytest.raises(ValueError):
        allowed_rates(LineContext("small_scale", IN_RELIEF, "paper"), CATERING)  # type: ignore[arg-type]


def test_messages_exist_for_every_problem_code() -> None:
    from templates import TEMPLATE_DIR, load_messages

    messages = load_messages(TEMPLATE_DIR, "zh")
    for code in ("rate_mark_on_special", "rate_code_rule", "rate_waiver_required", "rate_waiver_special_only"):
        assert f"field.{code}" in messages
    assert rate_rules.__doc__ and rate_by_code("5").label == "5%"


def test_the_kept_rates_are_not_shared_with_callers() -> None:
    """allowed_rates and rates_for are kept per context (functools caches): each caller still gets
    a list of its own, so changing it does not change the next answer."""
    from datetime import date

    from core.domain.rate_rules import LineContext, allowed_rates
    from core.domain.tax_rates import rates_for

    ctx = LineContext("general", date(2026, 12, 6), "special")
    first = allowed_rates(ctx, "3040201990000000000")
    first.clear()
    assert allowed_rates(ctx, "3040201990000000000")
    listed = rates_for("small_scale", date(2026, 12, 6))
    listed.clear()
    assert rates_for("small_scale", date(2026, 12, 6))
