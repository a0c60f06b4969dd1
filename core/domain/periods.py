"""Tax periods (纳税期: a month or a quarter) and their filing deadlines.

A return for a period is due by the 15th of the month after it (GUIDE.md section 3,
"Filing"). The tax bureau publishes the real deadlines each year (申报纳税期限, moved for
holidays); they live in ``core/data/tax_calendar.yaml``. A month with no entry there
falls back to the 15th, moved to the next Monday when the 15th is a Saturday or Sunday.

:meth:`Period.parse` raises :class:`~core.domain.errors.ValidationFailed` with problem
code ``period_format`` (field ``period`` unless told otherwise) for text it cannot read.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, get_args

import yaml

from core.domain.errors import ValidationFailed

__all__ = [
    "CALENDAR_FILE",
    "Deadline",
    "Period",
    "PeriodKind",
    "calendar_entry",
    "due_date",
    "filing_month",
    "reminder_date",
]

CALENDAR_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "tax_calendar.yaml"

PeriodKind = Literal["month", "quarter"]
_KINDS: Final = frozenset(get_args(PeriodKind))
MIN_YEAR: Final = 1
MAX_YEAR: Final = 9999


# ------------------------------------------------------------------------------ Period


@dataclass(frozen=True)
class Period:
    """A calendar month (``index`` 1-12) or quarter (``index`` 1-4) of ``year``."""

    kind: PeriodKind
    year: int
    index: int

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown period kind: {self.kind!r}")
        for name in ("year", "index"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year out of range: {self.year}")
        top = 12 if self.kind == "month" else 4
        if not 1 <= self.index <= top:
            raise ValueError(f"{self.kind} index must be 1..{top}, got {self.index}")

    # -- constructors

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls("month", year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls("quarter", year, quarter)

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> Period:
        """The month or quarter ``day`` falls in."""
        if kind == "month":
            return cls("month", day.year, day.month)
        if kind == "quarter":
            return cls("quarter", day.year, (day.month - 1) // 3 + 1)
        raise ValueError(f"unknown period kind: {kind!r}")

    @classmethod
    def parse(cls, text: str, field: str = "period") -> Period:
        """Read ``2026-11``, ``2026/11``, ``2026年11月``, ``2026年十一月``, ``2026Q4``,
        ``2026-Q4``, ``2026年第四季度``, ``2026年4季度``, ``2026年第4季`` (full-width digits and
        spaces are fine). Anything else raises ``ValidationFailed`` (``period_format``)."""
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        cleaned = "".join(unicodedata.normalize("NFKC", text).split()).upper()
        match = _MONTH_RE.fullmatch(cleaned)
        if match:
            month = _small_number(match.group(2))
            if month is not None and 1 <= month <= 12:
                return cls.month(int(match.group(1)), month)
        match = _QUARTER_RE.fullmatch(cleaned) or _QUARTER_CN_RE.fullmatch(cleaned)
        if match:
            quarter = _small_number(match.group(2))
            if quarter is not None and 1 <= quarter <= 4:
                return cls.quarter(int(match.group(1)), quarter)
        raise ValidationFailed.one(field, "period_format")

    # -- dates and labels

    @property
    def first_month(self) -> int:
        return self.index if self.kind == "month" else 3 * self.index - 2

    @property
    def last_month(self) -> int:
        return self.index if self.kind == "month" else 3 * self.index

    @property
    def months(self) -> tuple[int, ...]:
        """Month numbers covered: ``(11,)`` for 2026-11, ``(10, 11, 12)`` for 2026Q4."""
        return tuple(range(self.first_month, self.last_month + 1))

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.last_month, calendar.monthrange(self.year, self.last_month)[1])

    @property
    def label(self) -> str:
        """``2026-11`` or ``2026Q4``; :meth:`parse` reads it back."""
        if self.kind == "month":
            return f"{self.year:04d}-{self.index:02d}"
        return f"{self.year:04d}Q{self.index}"

    @property
    def label_zh(self) -> str:
        """``2026年11月`` or ``2026年第4季度``."""
        if self.kind == "month":
            return f"{self.year}年{self.index}月"
        return f"{self.year}年第{self.index}季度"

    def __str__(self) -> str:
        return self.label

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def quarter_of(self) -> Period:
        """The quarter this period lies in (itself for a quarter)."""
        return Period.containing(self.start, "quarter")

    def months_in(self) -> tuple[Period, ...]:
        """The month periods this period covers."""
        return tuple(Period.month(self.year, m) for m in self.months)

    # -- navigation

    def previous(self) -> Period:
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, 12 if self.kind == "month" else 4)

    def next(self) -> Period:
        top = 12 if self.kind == "month" else 4
        if self.index < top:
            return Period(self.kind, self.year, self.index + 1)
        return Period(self.kind, self.year + 1, 1)


_CN_NUMBERS: Final = {
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "十": 10, "十一": 11, "十二": 12,
}  # fmt: skip
_MONTH_RE: Final = re.compile(r"([0-9]{4})(?:-|/|\.|年)([0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:月份?)?")
_QUARTER_RE: Final = re.compile(r"([0-9]{4})-?Q([0-9])")
_QUARTER_CN_RE: Final = re.compile(r"([0-9]{4})年第?([0-9]|[一二三四])季度?")


def _small_number(text: str) -> int | None:
    if text.isdecimal():
        return int(text)
    return _CN_NUMBERS.get(text)


# ---------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class Deadline:
    """A published deadline: returns due in ``month`` (``YYYY-MM``) must be filed by ``due``."""

    month: str
    due: date
    reason: str
    unconfirmed: bool


@dataclass(frozen=True)
class _Calendar:
    day: int
    deadlines: dict[str, Deadline]


def _load_calendar(path: Path) -> _Calendar:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")
    rule = raw.get("rule")
    if not isinstance(rule, dict):
        raise ValueError(f"{path.name}: missing `rule`")
    day = rule.get("day")
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 28:
        raise ValueError(f"{path.name}: rule.day must be an int in 1..28")
    if rule.get("weekend") != "next_monday":
        raise ValueError(f"{path.name}: rule.weekend must be next_monday")

    deadlines: dict[str, Deadline] = {}
    items: Any = raw.get("deadlines") or []
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: `deadlines` must be a list")
    for i, item in enumerate(items):
        where = f"{path.name}: deadlines[{i}]"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: expected a mapping")
        month = item.get("month")
        if not isinstance(month, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}", month):
            raise ValueError(f"{where}: month must be a quoted 'YYYY-MM'")
        due = item.get("due")
        if not isinstance(due, date):
            raise ValueError(f"{where}: due must be an ISO date")
        if f"{due.year:04d}-{due.month:02d}" != month or due.day < day:
            raise ValueError(f"{where}: due must lie in {month}, on or after day {day}")
        if month in deadlines:
            raise ValueError(f"{where}: duplicate month {month}")
        unconfirmed = item.get("unconfirmed", False)
        if not isinstance(unconfirmed, bool):
            raise ValueError(f"{where}: unconfirmed must be true or false")
        deadlines[month] = Deadline(month, due, str(item.get("reason") or ""), unconfirmed)
    return _Calendar(day, deadlines)


@cache
def _calendar() -> _Calendar:
    return _load_calendar(CALENDAR_FILE)


def filing_month(period: Period) -> Period:
    """The month in which the return for ``period`` is due (the month after it)."""
    return Period.containing(period.end + timedelta(days=1), "month")


def calendar_entry(period: Period) -> Deadline | None:
    """The published deadline for ``period``'s return, or None when the month has none
    (then :func:`due_date` uses the fallback rule)."""
    return _calendar().deadlines.get(filing_month(period).label)


def due_date(period: Period) -> date:
    """Last day to file the return for ``period``.

    The published deadline when the calendar lists the filing month; otherwise the 15th of
    that month, or the Monday after when the 15th is a Saturday or Sunday.
    """
    entry = calendar_entry(period)
    if entry is not None:
        return entry.due
    month = filing_month(period)
    due = date(month.year, month.index, _calendar().day)
    weekday = due.weekday()  # Monday = 0
    if weekday >= 5:
        due += timedelta(days=7 - weekday)
    return due


def reminder_date(period: Period, days_before: int = 5) -> date:
    """The day to remind the user: ``days_before`` calendar days before :func:`due_date`."""
    if isinstance(days_before, bool) or not isinstance(days_before, int):
        raise TypeError("days_before must be an int")
    if days_before < 0:
        raise ValueError("days_before must not be negative")
    return due_date(period) - timedelta(days=days_before)
