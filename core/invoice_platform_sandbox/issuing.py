"""Issuing on the sandbox platform: numbers, 授信额度, the national QR payload, red invoices.

A blue invoice on PostgreSQL is issued by ONE statement (its own transaction): take the
额度 (a conditional upsert of the month's ``platform_credit_used`` row, refused past the
额度), take the next number of the series (``platform_counter``, gapless: it rolls back with
the statement), and insert the invoice with its 校验 and QR payload computed from the
number in SQL exactly as :func:`_check_code` and :func:`build_qr` compute them. The rows
every issuer shares are therefore held for that one statement and its commit. SQLite (one
connection) and red invoices (which check a 确认单 too) take the same steps one by one in a
transaction. Idempotency by request id: a second attempt of an issued request fails on the
``(seller_tax_id, request_id)`` unique key (or, near the 额度, is refused), rolls back (so
the number stays unused), and answers the invoice the first attempt produced.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

import core.invoice_platform_sandbox.records as records
from core.adapters import hot_queries, hot_writes
from core.domain.invoice_number import format_number
from core.domain.qr_payload import KIND_DIGITAL_ORDINARY, KIND_DIGITAL_SPECIAL, build_qr
from core.invoice_platform_sandbox.base import ZERO, SandboxBase, log
from core.invoice_platform_sandbox.models import (
    PlatformCredit,
    PlatformCreditUsed,
    PlatformInvoice,
    PlatformRedConfirmation,
)
from core.port_data.invoice_platform import Credit, IssuedInvoice, IssueRequest, PlatformInvoiceStatus, PlatformRejected

_PLACEHOLDER_NUMBER = "0" * 20


def _check_code(number: str, total: Decimal, on: date, seller_tax_id: str) -> str:
    """The payload's 校验: 4 hex digits of a hash over number, 价税合计, date and seller."""
    return hashlib.sha256(f"{number}{_check_suffix(total, on, seller_tax_id)}".encode()).hexdigest()[:4].upper()


def _check_suffix(total: Decimal, on: date, seller_tax_id: str) -> str:
    return f",{total},{on:%Y%m%d},{seller_tax_id}"


def _qr_parts(kind: str, total: Decimal, on: date) -> tuple[str, str]:
    """``build_qr`` around the number and the 4-character 校验: payload = a + number + b + check."""
    payload = build_qr(kind, _PLACEHOLDER_NUMBER, total, on, tail="0000")
    before, after = payload.split(_PLACEHOLDER_NUMBER)
    return before, after[:-4]


#: The booking of a blue invoice as data-modifying CTEs (numbered parameters from $1): take the
#: 额度, the next number, the 校验, and insert the platform's record; ``booked`` returns its
#: number, QR payload and 校验, or no row when the 额度 refused it.
_BOOKING_CTES = """
"lim" AS (
    SELECT coalesce((SELECT "monthly_total" FROM "platform_credit" WHERE "tax_id" = $1), $2::numeric) AS "total"
), "credit" AS (
    INSERT INTO "platform_credit_used" AS u ("tax_id", "month", "used")
    SELECT $1::text, $3::text, $4::numeric FROM "lim" WHERE $4::numeric <= "lim"."total"
    ON CONFLICT ("tax_id", "month") DO UPDATE SET "used" = u."used" + EXCLUDED."used"
    WHERE u."used" + EXCLUDED."used" <= (SELECT "total" FROM "lim")
    RETURNING 1
), "seq" AS (
    INSERT INTO "platform_counter" AS c ("series", "last_value") SELECT $5::text, 1 FROM "credit"
    ON CONFLICT ("series") DO UPDATE SET "last_value" = c."last_value" + 1
    RETURNING $6::text || lpad(c."last_value"::text, 15, '0') AS "number"
), "chk" AS (
    SELECT "number", upper(left(encode(sha256(convert_to("number" || $7::text, 'UTF8')), 'hex'), 4)) AS "check"
    FROM "seq"
), "booked" AS (
INSERT INTO "platform_invoice" ("number", "request_id", "seller_tax_id", "seller_name", "buyer_tax_id",
    "buyer_name", "kind", "issued_at", "month", "total_amount", "total_tax", "total", "qr_payload", "check_code",
    "is_red", "status", "lines", "use_reason")
SELECT "number", $8::text, $1::text, $9::text, $10::text, $11::text, $12::text, $13::timestamptz, $3::text,
    $14::numeric, $15::numeric, $4::numeric, $16::text || "number" || $17::text || "check", "check", false,
    'normal', $18::jsonb, ''
FROM "chk"
RETURNING "number", "qr_payload", "check_code"
)"""
_ISSUE_BLUE_SQL = f'WITH {_BOOKING_CTES} SELECT "number", "qr_payload", "check_code" FROM "booked"'
#: first parameter's index -> :data:`_BOOKING_CTES` numbered from there (the caller's statement's shape)
_BOOKING_TEXTS: dict[int, str] = {}


def _booking_text(start: int) -> str:
    text = _BOOKING_TEXTS.get(start)
    if text is None:
        text = _BOOKING_TEXTS[start] = re.sub(r"\$(\d+)", lambda m: f"${int(m.group(1)) + start}", _BOOKING_CTES)
    return text


#: SQLite (``_credit_and_row_sqlite``): the taxpayer's 额度 (NULL: the rules' default) and the
#: month's used row (NULLs: none yet).
_CREDIT_SQLITE = """
SELECT (SELECT "monthly_total" FROM "platform_credit" WHERE "tax_id" = ?) AS "total", u."id", u."used"
FROM (SELECT 1) LEFT JOIN "platform_credit_used" AS u ON u."tax_id" = ? AND u."month" = ?
"""


class SandboxIssuing(SandboxBase):
    def _check_request(self, request: IssueRequest) -> None:
        if not request.request_id or len(request.request_id) > 64:
            raise PlatformRejected("request_id_format")
        if request.kind == "special" and not request.buyer_tax_id:
            raise PlatformRejected("special_needs_tax_id")
        red = request.red is not None
        self.check_lines(request.lines, request.kind, red=red)
        self.check_totals(request.lines, request.total_amount, request.total_tax, request.total)
        if not red and request.total <= 0:
            raise PlatformRejected("amount_positive")

    # -- the optimisation this adapter offers (core.ports.IssuesInTransaction) -----------------

    def transactional_issuing(self) -> bool:
        """On SQLite: one writer at a time anyway, and every commit is an fsync, so the caller's
        transaction carrying the booking costs nothing and saves two commits. Not on PostgreSQL,
        where a blue issue is one statement holding the shared rows (number series, 额度) for
        that statement and its commit only; inside the caller's transaction they would be held
        until its end."""
        return Tortoise.get_connection("default").capabilities.dialect == "sqlite"

    async def issue_in_transaction(self, request: IssueRequest, conn: BaseDBAsyncClient) -> IssuedInvoice:
        """:meth:`issue` with the booking written through the caller's open transaction: it
        commits or rolls back with the caller's invoice (the request id is new with it, so
        there is no earlier attempt to answer)."""
        self._check_request(request)
        return await self._issue_in(request, conn)

    async def issue(self, request: IssueRequest) -> IssuedInvoice:
        self._check_request(request)
        red = request.red is not None
        try:
            if not red and Tortoise.get_connection("default").capabilities.dialect == "postgres":
                return await self._issue_blue_postgres(request)
            async with in_transaction("default") as conn:
                return await self._issue_in(request, conn)
        except (IntegrityError, PlatformRejected):
            # An earlier attempt of the same request issued it (a concurrent one committed
            # first, or a retry near the 额度 that attempt used): answer with what it produced.
            again = await self.find_issued(request.seller_tax_id, request.request_id)
            if again is None:
                raise
            return again

    def _booking_params(self, request: IssueRequest, now: datetime) -> list[Any]:
        """The values of :data:`_BOOKING_CTES`' parameters for a blue invoice issued at ``now``."""
        on = records.china_date(now)
        kind = KIND_DIGITAL_SPECIAL if request.kind == "special" else KIND_DIGITAL_ORDINARY
        qr_before, qr_after = _qr_parts(kind, request.total, on)
        prefix = format_number(on.year, self.rules.province, self.rules.channel_digit, 1)[:-15]
        lines = json.dumps([records.line_to_json(line) for line in request.lines], ensure_ascii=False)
        return [
            request.seller_tax_id, self.rules.default_credit, f"{on.year:04d}-{on.month:02d}", request.total, prefix,
            prefix, _check_suffix(request.total, on, request.seller_tax_id), request.request_id, request.seller_name,
            request.buyer_tax_id, request.buyer_name, request.kind, now, request.total_amount, request.total_tax,
            qr_before, qr_after, lines,
        ]

    # -- the optimisation this adapter offers on PostgreSQL (core.ports.IssuesInStatement) ------

    def statement_issuing(self) -> bool:
        """On PostgreSQL: the booking as CTEs of the caller's one statement, which then writes
        the invoice once, as issued (no draft row updated afterwards), and commits once."""
        return Tortoise.get_connection("default").capabilities.dialect == "postgres"

    def booking_ctes(self, request: IssueRequest, params: list[Any]) -> tuple[str, datetime]:
        """A blue invoice's booking as CTEs of the caller's statement (the same CTEs
        :meth:`issue` runs alone), their values appended to ``params``; ``booked`` returns
        (number, qr_payload, check_code), or no row when the 额度 refuses it (then
        :meth:`booking_refusal`). The request is checked first (PlatformRejected)."""
        self._check_request(request)
        if request.red is not None:
            raise ValueError("a red invoice is not booked in the caller's statement")
        now = self.clock.now()
        start = len(params)
        params += self._booking_params(request, now)
        return _booking_text(start), now

    async def booking_refusal(self, request: IssueRequest, issued_at: datetime) -> PlatformRejected:
        """Why a blue booking (:meth:`booking_ctes`' ``booked``, or :meth:`issue` alone) returned no
        row: the 额度 of the month it was issued in."""
        on = records.china_date(issued_at)
        month = f"{on.year:04d}-{on.month:02d}"
        credit = await self._credit(request.seller_tax_id, month, None)
        return PlatformRejected("credit_exceeded", remaining=str(credit.remaining), total=str(credit.total),
                                month=month)

    async def _issue_blue_postgres(self, request: IssueRequest) -> IssuedInvoice:
        now = self.clock.now()
        # One statement, its own transaction: off asyncpg's pool (core/adapters/hot_queries.alone).
        rows = await hot_queries.execute(hot_queries.alone(), _ISSUE_BLUE_SQL, self._booking_params(request, now))
        if not rows:
            raise await self.booking_refusal(request, now)
        row = rows[0]
        log.debug("platform issued %s for %s (%s)", row["number"], request.seller_tax_id, request.request_id)
        return IssuedInvoice(request_id=request.request_id, number=row["number"], issued_at=now,
                             qr_payload=row["qr_payload"], check_code=row["check_code"])

    async def _issue_in(self, request: IssueRequest, conn: BaseDBAsyncClient) -> IssuedInvoice:
        now = self.clock.now()
        on = records.china_date(now)
        month = f"{on.year:04d}-{on.month:02d}"
        confirmation = None
        blue = None
        # Locks in the order of the one-statement blue issue (no deadlock between them): the
        # taxpayer's 额度 row, then the series row every issuer of the province shares; the
        # 额度 (SQLite) and the 确认单 are checked under both, by one issuer at a time; a
        # refusal rolls everything back.
        used_row = None
        if request.red is None or conn.capabilities.dialect != "postgres":  # (PostgreSQL adds by an upsert)
            credit, used_row = await self._credit_and_row(request.seller_tax_id, month, conn)
            if request.red is None and request.total > credit.remaining:
                raise PlatformRejected("credit_exceeded", remaining=str(credit.remaining), total=str(credit.total),
                                       month=month)
        await self._use_credit(request.seller_tax_id, month, request.total, conn, used_row)
        sequence = await self._next_sequence(conn, on.year)
        if request.red is not None:
            blue, confirmation = await self._red_basis(request, conn)
        number = format_number(on.year, self.rules.province, self.rules.channel_digit, sequence)
        check = _check_code(number, request.total, on, request.seller_tax_id)
        kind = KIND_DIGITAL_SPECIAL if request.kind == "special" else KIND_DIGITAL_ORDINARY
        payload = build_qr(kind, number, request.total, on, tail=check)
        # Built as ``PlatformInvoice(**columns)`` builds it, without Model.__init__'s per-field setattr.
        row = hot_writes.build(PlatformInvoice, {
            "number": number, "request_id": request.request_id, "seller_tax_id": request.seller_tax_id,
            "seller_name": request.seller_name, "buyer_tax_id": request.buyer_tax_id, "buyer_name": request.buyer_name,
            "kind": request.kind, "issued_at": now, "month": month, "total_amount": request.total_amount,
            "total_tax": request.total_tax, "total": request.total, "qr_payload": payload, "check_code": check,
            "is_red": request.red is not None, "blue_number": request.red.blue_number if request.red else None,
            "confirmation_no": request.red.confirmation_no if request.red else None, "status": "normal",
            "lines": [records.line_to_json(line) for line in request.lines],
        })
        await hot_writes.insert(conn, row)  # the ORM's INSERT without its per-call machinery
        if blue is not None and confirmation is not None:
            await PlatformRedConfirmation.filter(id=confirmation.id).using_db(conn).update(red_number=number)
            reds = await PlatformInvoice.filter(blue_number=blue.number, is_red=True).using_db(conn)
            left = blue.total + sum((red.total for red in reds), ZERO)
            status = "fully_red" if left <= 0 else "partly_red"
            await PlatformInvoice.filter(id=blue.id).using_db(conn).update(status=status)
        log.debug("platform issued %s for %s (%s)", number, request.seller_tax_id, request.request_id)
        return records.issued(row)

    async def _next_sequence(self, conn: BaseDBAsyncClient, year: int) -> int:
        series = f"{year % 100:02d}{self.rules.province}{self.rules.channel_digit}"
        mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
        rows = await conn.execute_query_dict(
            f'INSERT INTO "platform_counter" ("series", "last_value") VALUES ({mark}, 1) ON CONFLICT ("series") '
            'DO UPDATE SET "last_value" = "platform_counter"."last_value" + 1 RETURNING "last_value"', [series])
        return int(rows[0]["last_value"])

    async def _red_basis(self, request: IssueRequest,
                         conn: BaseDBAsyncClient) -> tuple[PlatformInvoice, PlatformRedConfirmation]:
        assert request.red is not None
        blue = await PlatformInvoice.get_or_none(number=request.red.blue_number, is_red=False, using_db=conn)
        if blue is None or blue.seller_tax_id != request.seller_tax_id:
            raise PlatformRejected("blue_not_found", number=request.red.blue_number)
        confirmation = await PlatformRedConfirmation.get_or_none(
            confirmation_no=request.red.confirmation_no, using_db=conn)
        if confirmation is None or confirmation.blue_number != blue.number:
            raise PlatformRejected("confirmation_not_found", confirmation_no=request.red.confirmation_no)
        if confirmation.state not in ("confirmed", "no_confirmation_needed") or confirmation.red_number:
            raise PlatformRejected("confirmation_state", state=confirmation.state)
        wanted = records.lines_from_json(confirmation.lines)
        if sum((line.amount for line in wanted), ZERO) != request.total_amount or \
                sum((line.tax for line in wanted), ZERO) != request.total_tax:
            raise PlatformRejected("red_not_as_confirmed", confirmation_no=confirmation.confirmation_no)
        return blue, confirmation

    async def find_issued(self, seller_tax_id: str, request_id: str) -> IssuedInvoice | None:
        row = await PlatformInvoice.get_or_none(seller_tax_id=seller_tax_id, request_id=request_id)
        return records.issued(row) if row else None

    async def invoice_status(self, seller_tax_id: str, number: str) -> PlatformInvoiceStatus:
        row = await PlatformInvoice.get_or_none(seller_tax_id=seller_tax_id, number=number)
        if row is None:
            raise PlatformRejected("invoice_not_found", number=number)
        return cast(PlatformInvoiceStatus, row.status)

    async def credit(self, tax_id: str, month: str) -> Credit:
        return await self._credit(tax_id, month, None)

    async def _credit(self, tax_id: str, month: str, conn: BaseDBAsyncClient | None) -> Credit:
        return (await self._credit_and_row(tax_id, month, conn))[0]

    async def _credit_and_row(self, tax_id: str, month: str,
                              conn: BaseDBAsyncClient | None) -> tuple[Credit, PlatformCreditUsed | None]:
        if conn is not None and conn.capabilities.dialect == "sqlite":
            return await self._credit_and_row_sqlite(tax_id, month, conn)
        own = await PlatformCredit.get_or_none(tax_id=tax_id, using_db=conn)
        total = own.monthly_total if own else self.rules.default_credit
        row = await PlatformCreditUsed.get_or_none(tax_id=tax_id, month=month, using_db=conn)
        used = Decimal(str(row.used)) if row else ZERO
        return Credit(month=month, total=total, used=used, remaining=max(ZERO, total - used)), row

    async def _credit_and_row_sqlite(self, tax_id: str, month: str,
                                     conn: BaseDBAsyncClient) -> tuple[Credit, PlatformCreditUsed | None]:
        """The same two rows in one plain statement (issuing's transaction on SQLite), each
        column converted as the ORM's reads convert it."""
        rows = await conn.execute_query_dict(_CREDIT_SQLITE, [tax_id, tax_id, month])
        found = rows[0]
        total = self.rules.default_credit if found["total"] is None else \
            PlatformCredit._meta.fields_map["monthly_total"].to_python_value(found["total"])
        row = None
        if found["id"] is not None:
            row = PlatformCreditUsed._init_from_db(id=found["id"], tax_id=tax_id, month=month, used=found["used"])
        used = Decimal(str(row.used)) if row else ZERO
        return Credit(month=month, total=total, used=used, remaining=max(ZERO, total - used)), row

    @staticmethod
    async def _use_credit(tax_id: str, month: str, amount: Decimal, conn: BaseDBAsyncClient,
                          row: PlatformCreditUsed | None) -> None:
        """Add a 价税合计 (negative for a red invoice) to the month's 额度 used: one atomic
        upsert on PostgreSQL (a concurrent one-statement issue adds to the same row); SQLite
        (one connection, Decimals kept as text) writes the ``row`` this transaction read."""
        if conn.capabilities.dialect == "postgres":
            await conn.execute_query(
                'INSERT INTO "platform_credit_used" AS u ("tax_id", "month", "used") VALUES ($1, $2, $3) '
                'ON CONFLICT ("tax_id", "month") DO UPDATE SET "used" = u."used" + EXCLUDED."used"',
                [tax_id, month, amount])
            return
        if row is None:
            await hot_writes.insert(conn, hot_writes.build(PlatformCreditUsed,
                                                           {"tax_id": tax_id, "month": month, "used": amount}))
        else:
            used = PlatformCreditUsed._meta.fields_map["used"].to_db_value(Decimal(str(row.used)) + amount, None)  # type: ignore[arg-type]  # as the ORM update
            await conn.execute_query('UPDATE "platform_credit_used" SET "used" = ? WHERE "id" = ?', [used, row.id])

    async def set_credit(self, tax_id: str, monthly_total: Decimal) -> None:
        """Sandbox only: this taxpayer's monthly 授信额度 (the real platform sets it)."""
        await PlatformCredit.update_or_create(defaults={"monthly_total": monthly_total}, tax_id=tax_id)
