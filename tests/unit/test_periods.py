from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain import periods
from core.domain.errors import ValidationFailed
from core.domain.periods import Period, calendar_entry, due_date, filing_month, reminder_date

# ---------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11", Period("month", 2026, 11)),
        ("2026-01", Period("month", 2026, 1)),
        ("2026-1", Period("month", 2026, 1)),
        ("2026/3", Period("month", 2026, 3)),
        ("2026.03", Period("month", 2026, 3)),
        ("2026年11月", Period("month", 2026, 11)),
        ("2026年11月份", Period("month", 2026, 11)),
        ("2026年3月", Period("month", 2026, 3)),
        ("2026年十一月", Period("month", 2026, 11)),
        ("2026年十二月", Period("month", 2026, 12)),
        ("2026年三月", Period("month", 2026, 3)),
        ("２０２６年１１月", Period("month", 2026, 11)),
        (" 2026 - 11 ", Period("month", 2026, 11)),
        ("2026Q4", Period("quarter", 2026, 4)),
        ("2026q1", Period("quarter", 2026, 1)),
        ("2026-Q4", Period("quarter", 2026, 4)),
        ("2026-q2", Period("quarter", 2026, 2)),
        ("２０２６Ｑ４", Period("quarter", 2026, 4)),
        ("2026年第四季度", Period("quarter", 2026, 4)),
        ("2026年第一季度", Period("quarter", 2026, 1)),
        ("2026年4季度", Period("quarter", 2026, 4)),
        ("2026年第4季度", Period("quarter", 2026, 4)),
        ("2026年二季度", Period("quarter", 2026, 2)),
        ("2026年第3季", Period("quarter", 2026, 3)),
    ],
)
def test_parse(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026",
        "2026-13",
        "2026-0",
        "2026年13月",
        "2026年二十月",
        "2026Q5",
        "2026Q0",
        "2026年第五季度",
        "26-11",
        "11/2026",
        "2026-11-01",
        "本月",
    ],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        Period.parse(text, field="month")
    assert exc.value.fields["month"].code == "period_format"


def test_parse_refuses_non_text() -> None:
    with pytest.raises(TypeError):
        Period.parse(202611)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("period", "start", "end", "label", "label_zh", "months"),
    [
        (Period.month(2026, 11), date(2026, 11, 1), date(2026, 11, 30), "2026-11", "2026年11月", (11,)),
        (Period.month(2028, 2), date(2028, 2, 1), date(2028, 2, 29), "2028-02", "2028年2月", (2,)),
        (Period.month(2026, 2), date(2026, 2, 1), date(2026, 2, 28), "2026-02", "2026年2月", (2,)),
        (Period.quarter(2026, 1), date(2026, 1, 1), date(2026, 3, 31), "2026Q1", "2026年第1季度", (1, 2, 3)),
        (Period.quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31), "2026Q4", "2026年第4季度", (10, 11, 12)),
    ],
)
def test_dates_and_labels(period: Period, start: date, end: date, label: str, label_zh: str, months: tuple[int, ...]) -> None:
    assert (period.start, period.end, period.label, str(period), period.label_zh, period.months) == (
        start,
        end,
        label,
        label,
        label_zh,
        months,
    )
    assert Period.parse(period.label) == period
    assert period.contains(start) and period.contains(end)


@pytest.mark.parametrize(
    ("day", "kind", "expected"),
    [
        (date(2026, 11, 30), "month", Period.month(2026, 11)),
        (date(2026, 1, 1), "quarter", Period.quarter(2026, 1)),
        (date(2026, 3, 31), "quarter", Period.quarter(2026, 1)),
        (date(2026, 4, 1), "quarter", Period.quarter(2026, 2)),
        (date(2026, 12, 31), "quarter", Period.quarter(2026, 4)),
    ],
)
def test_containing(day: date, kind: periods.PeriodKind, expected: Period) -> None:
    assert Period.containing(day, kind) == expected


@pytest.mark.parametrize(
    ("period", "previous", "following"),
    [
        (Period.month(2026, 11), Period.month(2026, 10), Period.month(2026, 12)),
        (Period.month(2026, 1), Period.month(2025, 12), Period.month(2026, 2)),
        (Period.month(2026, 12), Period.month(2026, 11), Period.month(2027, 1)),
        (Period.quarter(2026, 1), Period.quarter(2025, 4), Period.quarter(2026, 2)),
        (Period.quarter(2026, 4), Period.quarter(2026, 3), Period.quarter(2027, 1)),
    ],
)
def test_previous_and_next(period: Period, previous: Period, following: Period) -> None:
    assert period.previous() == previous
    assert period.next() == following
    assert period.next().previous() == period


def test_quarter_of_and_months_in() -> None:
    assert Period.month(2026, 11).quarter_of() == Period.quarter(2026, 4)
    assert Period.quarter(2026, 4).quarter_of() == Period.quarter(2026, 4)
    assert Period.quarter(2026, 2).months_in() == (Period.month(2026, 4), Period.month(2026, 5), Period.month(2026, 6))


@pytest.mark.parametrize(
    ("kind", "year", "index", "error"),
    [
        ("month", 2026, 0, ValueError),
        ("month", 2026, 13, ValueError),
        ("quarter", 2026, 5, ValueError),
        ("week", 2026, 1, ValueError),
        ("month", 0, 1, ValueError),
        ("month", 2026, True, TypeError),
        ("month", "2026", 1, TypeError),
    ],
)
def test_invalid_periods(kind: str, year: object, index: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Period(kind, year, index)  # type: ignore[arg-type]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["month", "quarter"]))
def test_containing_period_contains_the_day(day: date, kind: periods.PeriodKind) -> None:
    period = Period.containing(day, kind)
    assert period.contains(day)
    assert period.next().start == date.fromordinal(period.end.toordinal() + 1)
    assert Period.parse(period.label) == period


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("period", "due"),
    [
        # 2026: published (税总办征科函〔2025〕64号).
        (Period.month(2025, 12), date(2026, 1, 20)),  # 元旦 1-3 Jan
        (Period.quarter(2025, 4), date(2026, 1, 20)),
        (Period.month(2026, 1), date(2026, 2, 24)),  # 春节 15-23 Feb
        (Period.month(2026, 2), date(2026, 3, 16)),  # 15 Mar is a Sunday
        (Period.month(2026, 3), date(2026, 4, 20)),
        (Period.quarter(2026, 1), date(2026, 4, 20)),
        (Period.month(2026, 4), date(2026, 5, 22)),
        (Period.month(2026, 5), date(2026, 6, 15)),
        (Period.month(2026, 6), date(2026, 7, 15)),
        (Period.quarter(2026, 2), date(2026, 7, 15)),
        (Period.month(2026, 7), date(2026, 8, 17)),  # 15 Aug is a Saturday
        (Period.month(2026, 8), date(2026, 9, 15)),
        (Period.month(2026, 9), date(2026, 10, 26)),  # 国庆 1-7 Oct
        (Period.quarter(2026, 3), date(2026, 10, 26)),
        (Period.month(2026, 10), date(2026, 11, 16)),  # 15 Nov is a Sunday
        (Period.month(2026, 11), date(2026, 12, 15)),
        # 2027: not published yet -> the 15th, moved off weekends to Monday.
        (Period.month(2026, 12), date(2027, 1, 15)),  # Friday
        (Period.quarter(2026, 4), date(2027, 1, 15)),
        (Period.month(2027, 4), date(2027, 5, 17)),  # 15 May 2027 is a Saturday
        (Period.month(2027, 7), date(2027, 8, 16)),  # 15 Aug 2027 is a Sunday
        (Period.month(2027, 8), date(2027, 9, 15)),  # Wednesday
    ],
)
def test_due_date(period: Period, due: date) -> None:
    assert due_date(period) == due


def test_filing_month_is_the_month_after() -> None:
    assert filing_month(Period.month(2026, 12)) == Period.month(2027, 1)
    assert filing_month(Period.quarter(2026, 3)) == Period.month(2026, 10)


def test_calendar_entry() -> None:
    entry = calendar_entry(Period.month(2026, 9))
    assert entry is not None and entry.month == "2026-10" and entry.due == date(2026, 10, 26)
    assert "10月1日至7日" in entry.reason and entry.unconfirmed is False
    assert calendar_entry(Period.month(2027, 4)) is None


def test_every_2026_month_is_published() -> None:
    for month in range(1, 13):
        entry = calendar_entry(Period.month(2026, month).previous())
        assert entry is not None, month
        assert entry.due.day >= 15


@given(st.integers(2020, 2090), st.integers(1, 12))
def test_due_date_is_a_weekday_on_or_after_the_15th(year: int, month: int) -> None:
    period = Period.month(year, month)
    due = due_date(period)
    assert filing_month(period).contains(due)
    assert due.day >= 15
    if calendar_entry(period) is None:
        assert due.weekday() < 5
        assert due.day <= 17


@pytest.mark.parametrize(
    ("period", "days_before", "expected"),
    [
        (Period.month(2026, 9), 5, date(2026, 10, 21)),
        (Period.month(2026, 11), 5, date(2026, 12, 10)),
        (Period.month(2026, 11), 0, date(2026, 12, 15)),
        (Period.quarter(2026, 4), 3, date(2027, 1, 12)),
    ],
)
def test_reminder_date(period: Period, days_before: int, expected: date) -> None:
    assert reminder_date(period, days_before) == expected


def test_reminder_default_is_five_days() -> None:
    assert reminder_date(Period.month(2026, 9)) == date(2026, 10, 21)


@pytest.mark.parametrize(("days", "error"), [(-1, ValueError), (1.5, TypeError), (True, TypeError)])
def test_reminder_refuses_bad_days(days: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        reminder_date(Period.month(2026, 9), days)  # type: ignore[arg-type]


# -------------------------------------------------------------------------- data file


def test_calendar_file_sits_next_to_the_package() -> None:
    assert Path(periods.__file__).resolve().parent.parent / "data" / "tax_calendar.yaml" == periods.CALENDAR_FILE
    assert "申报纳税期限" in periods.CALENDAR_FILE.read_text(encoding="utf-8")


GOOD_RULE = "version: 1\nrule:\n  day: 15\n  weekend: next_monday\n"


@pytest.mark.parametrize(
    "deadlines",
    [
        '  - month: "2026-10"\n    due: 2026-11-02\n',  # outside its month
        '  - month: "2026-10"\n    due: 2026-10-10\n',  # before the 15th
        "  - month: 2026-10-01\n    due: 2026-10-26\n",  # month not quoted YYYY-MM
        '  - month: "2026-10"\n    due: "26 Oct"\n',  # not a date
        '  - month: "2026-10"\n    due: 2026-10-26\n  - month: "2026-10"\n    due: 2026-10-27\n',  # duplicate
        '  - month: "2026-10"\n    due: 2026-10-26\n    unconfirmed: maybe\n',
    ],
)
def test_calendar_loader_refuses_bad_entries(tmp_path: Path, deadlines: str) -> None:
    path = tmp_path / "cal.yaml"
    path.write_text(GOOD_RULE + "deadlines:\n" + deadlines, encoding="utf-8")
    with pytest.raises(ValueError):
        periods._load_calendar(path)


def test_calendar_loader_reads_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "cal.yaml"
    path.write_text(
        GOOD_RULE + 'deadlines:\n  - month: "2030-10"\n    due: 2030-10-23\n    unconfirmed: true\n', encoding="utf-8"
    )
    loaded = periods._load_calendar(path)
    assert loaded.day == 15
    assert loaded.deadlines["2030-10"].unconfirmed is True
