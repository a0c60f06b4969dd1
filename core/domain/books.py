"""Cost and expenses for the CIT prepayment from a simple CSV export of the books: one row
per account, ``account,amount`` (a header row is optional). Pure: no I/O but the data file
``core/data/cit_accounts.yaml`` (which accounts are 营业成本, which 期间费用).

Rows that are not a known cost or expense account, or whose amount is not a number, are
reported with their row number and left out; nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Final

import yaml

from core.domain.money import CENT

__all__ = ["MAX_ROWS", "BookRow", "BooksImport", "parse_books"]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "cit_accounts.yaml"
MAX_ROWS: Final = 500
_CODE: Final = re.compile(r"^[0-9]{4,10}\s*")


@cache
def _accounts() -> dict[str, str]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return {name: figure for figure in ("cost", "expenses") for name in raw[figure]}


@dataclass(frozen=True)
class BookRow:
    row: int
    account: str
    figure: str | None  # cost / expenses; None when refused
    amount: Decimal | None
    problem: str | None  # account_unknown / amount_format


@dataclass(frozen=True)
class BooksImport:
    cost: Decimal
    expenses: Decimal
    rows: tuple[BookRow, ...]

    @property
    def problems(self) -> tuple[BookRow, ...]:
        return tuple(r for r in self.rows if r.problem)


def parse_books(data: bytes) -> BooksImport:
    """Read ``account,amount`` rows (UTF-8 with or without BOM, or GB18030)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    accounts = _accounts()
    rows: list[BookRow] = []
    totals = {"cost": Decimal("0.00"), "expenses": Decimal("0.00")}
    for number, cells in enumerate(csv.reader(io.StringIO(text)), 1):
        if number > MAX_ROWS + 1:
            break
        if not cells or not "".join(cells).strip():
            continue
        account = _CODE.sub("", cells[0].strip()).replace(" ", "")
        value = cells[1].strip().replace(",", "") if len(cells) > 1 else ""
        if number == 1 and account in ("科目", "科目名称", "account"):
            continue
        figure = accounts.get(account)
        try:
            amount = Decimal(value)
            ok = amount.is_finite() and amount == amount.quantize(CENT)
        except InvalidOperation:
            amount, ok = None, False
        if figure is None:
            rows.append(BookRow(number, account, None, None, "account_unknown"))
        elif not ok or amount is None:
            rows.append(BookRow(number, account, figure, None, "amount_format"))
        else:
            totals[figure] += amount
            rows.append(BookRow(number, account, figure, amount, None))
    return BooksImport(totals["cost"], totals["expenses"], tuple(rows))
