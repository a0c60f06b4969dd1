"""The few queries every logged-in chat message runs, as plain SQL (no ORM query building).

Tortoise builds each query through pypika on every call: 0.1-0.2 ms of CPU per query,
more than SQLite or PostgreSQL take to answer these. The queries here are written once,
with ``{}`` where a parameter goes, and rendered per dialect the first time they run
(``?`` for SQLite, ``$1, $2 …`` for asyncpg); they go through tortoise's connection of the
current context, so inside ``in_transaction()`` they see the transaction's rows, and
outside a transaction they read on the read connection (core/adapters/database.py).
tests/integration/test_hot_queries.py holds each one to the ORM query it replaces, on both
backends. A feature's own hot reads live in the feature and are built from these pieces
(the invoices' in core/invoicing/hot_reads.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.context import require_context
from tortoise.models import Model

from core.adapters.pg_read import PgReadClient
from core.adapters.sqlite_read import InlineSqliteReadClient

M = TypeVar("M", bound=Model)

#: The name of the read connection (for reads outside transactions): on a SQLite file the
#: read-only connection (core/adapters/sqlite_read.py), on PostgreSQL connections kept apart
#: from tortoise's pool (core/adapters/pg_read.py).
READ_CONNECTION = "read"


class Sql:
    """One statement for both dialects: ``{}`` marks each parameter, in order. ``postgres``: the
    statement's PostgreSQL spelling where a function differs (``string_agg`` for SQLite's
    ``group_concat``), with the same parameters in the same order."""

    __slots__ = ("_by_dialect", "_postgres", "text")

    def __init__(self, text: str, *, postgres: str | None = None) -> None:
        self.text = " ".join(text.split())
        self._postgres = None if postgres is None else " ".join(postgres.split())
        self._by_dialect: dict[str, str] = {}

    def render(self, dialect: str) -> str:
        rendered = self._by_dialect.get(dialect)
        if rendered is None:
            text = self._postgres if dialect == "postgres" and self._postgres is not None else self.text
            count = text.count("{}")
            marks = [f"${n}" for n in range(1, count + 1)] if dialect == "postgres" else ["?"] * count
            rendered = self._by_dialect[dialect] = text.format(*marks)
        return rendered


#: Set by core.adapters.database.init_db: True when the read connection is configured.
_reads_apart = False


def use_read_connection(enabled: bool) -> None:
    global _reads_apart
    _reads_apart = enabled


#: Whether each client class is a transaction's: ``isinstance`` against tortoise's ABC costs an
#: ``__instancecheck__`` per read, and the chat path reads four to six times per message.
_transactional: dict[type, bool] = {}


def _in_transaction(conn: BaseDBAsyncClient) -> bool:
    kind = type(conn)
    known = _transactional.get(kind)
    if known is None:
        known = _transactional[kind] = isinstance(conn, TransactionalDBClient)
    return known


# The connections of the current context are looked up as ``require_context().connections``, not
# through tortoise's module-level ``connections``: that proxy answers through ``__getattr__``, i.e.
# after a failed ordinary look-up that builds (and drops) an AttributeError with its formatted
# message, ~3 k instructions per call, and every read asked twice (default, then read).


def read_connection_name() -> str | None:
    """The read connection's name for a read outside a transaction (the embedded default),
    None for the default connection (PostgreSQL; any read inside ``in_transaction()``)."""
    if not _reads_apart or _in_transaction(require_context().connections.get("default")):
        return None
    return READ_CONNECTION


def read_connection() -> BaseDBAsyncClient:
    """Where a read goes: the read connection outside a transaction on the embedded default,
    else the default connection (which is the transaction's own inside one)."""
    handler = require_context().connections
    conn: BaseDBAsyncClient = handler.get("default")
    if _reads_apart and not _in_transaction(conn):
        conn = handler.get(READ_CONNECTION)
    return conn


async def execute(conn: BaseDBAsyncClient, text: str, values: Sequence[Any]) -> list[Any]:
    """The rows of one statement on ``conn``: on PostgreSQL's read client (:func:`alone`) straight
    to one of its connections, else through tortoise's ``execute_query``."""
    if type(conn) is PgReadClient:
        return await conn.fetch(text, values)
    _, rows = await conn.execute_query(text, list(values))
    return list(rows)


def alone() -> BaseDBAsyncClient:
    """Where a statement that is a whole transaction by itself goes (PostgreSQL's one-statement
    writes: an issue's draft, the platform's number, the stored result): tortoise's pooled
    default connection (the transaction's inside ``in_transaction()``). Sending them over the
    read client's connections instead (no pool acquire/release) measured slower with 2 workers
    (bench/results/2026-12-07/pgissue/alone): its few connections then wait on the
    audit chain head's lock while reads and the platform's statement queue behind them."""
    conn: BaseDBAsyncClient = require_context().connections.get("default")
    return conn


class ReadRouter:
    """Tortoise's router on the embedded default: ORM reads outside a transaction go to the
    read connection, so they never queue behind a write transaction (or its fsync) on the
    single write connection. Writes, and every query inside ``in_transaction()``, stay on the
    default connection (a transaction reads its own uncommitted rows)."""

    def db_for_read(self, _model: Any) -> str | None:
        return read_connection_name()

    def db_for_write(self, _model: Any) -> str | None:
        return None


async def fetch(sql: Sql, *values: Any) -> list[Any]:
    """The rows of ``sql`` (each indexable by position and by column name)."""
    return (await fetch_raw(sql, *values))[1]


async def fetch_raw(sql: Sql, *values: Any) -> tuple[Conversions, list[Any]]:
    """The rows of ``sql`` as the driver gives them, with the :class:`Conversions` of their dialect."""
    conn = read_connection()
    if type(conn) is PgReadClient:  # PostgreSQL outside a transaction: straight to a read connection
        return _POSTGRES, await conn.fetch(sql.render("postgres"), values)
    if type(conn) is InlineSqliteReadClient:  # the embedded default outside a transaction: its read connection
        return _SQLITE, await conn.fetch(sql.render("sqlite"), _sqlite_values(values))
    dialect = conn.capabilities.dialect
    if dialect == "sqlite":
        values = _sqlite_values(values)
    _, rows = await conn.execute_query(sql.render(dialect), list(values))
    return CONVERSIONS[dialect], list(rows)


def _sqlite_values(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Dates as tortoise writes them to SQLite (ISO text), not as the driver's adapter would."""
    for value in values:
        if type(value) is date:
            return tuple(v.isoformat() if type(v) is date else v for v in values)
    return values


def _same(value: Any) -> Any:
    return value


class Conversions:
    """What tortoise's fields make of a column's raw value, per kind of field, on one dialect: for
    reads that build a view straight from a row (no model). SQLite gives text for dates, datetimes
    and Decimals (tortoise stores DecimalField as VARCHAR) and 0/1 for booleans; asyncpg gives
    ``date``, ``Decimal`` and ``bool`` already (tortoise passes them through as "native"), and
    aware datetimes that tortoise moves to its default time zone. Each converter does what the
    field's ``to_python_value`` does to that dialect's value (tests/integration/test_hot_queries.py
    holds them to it), without iso8601's pure-Python parsing where ``fromisoformat`` reads
    what tortoise wrote."""

    __slots__ = ("cents", "day", "decimal8", "dialect", "flag")

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        text = dialect == "sqlite"
        #: BooleanField.
        self.flag: Callable[[Any], bool] = bool if text else _same
        #: DateField (nullable).
        self.day: Callable[[Any], date | None] = _text_date if text else _same
        #: DecimalField(decimal_places=2), NOT NULL (money: Decimal, never float).
        self.cents: Callable[[Any], Decimal] = _text_decimal(Decimal("0.01")) if text else _same
        #: DecimalField(decimal_places=8), nullable (quantities, unit prices).
        self.decimal8: Callable[[Any], Decimal | None] = _nullable(_text_decimal(Decimal("0.00000001"))) if text \
            else _same

    @staticmethod
    def moment(field: Any, value: Any) -> datetime:
        """DatetimeField ``field``, NOT NULL: SQLite's text parsed with ``fromisoformat`` (which reads
        what tortoise writes, ``2026-11-27 09:01:01.123456+00:00``), then the field's own time-zone
        handling (aware, in tortoise's default zone)."""
        if type(value) is str:
            with contextlib.suppress(ValueError):  # a spelling fromisoformat does not read: the field parses it
                value = datetime.fromisoformat(value)
        converted: datetime = field.to_python_value(value)
        return converted


def _text_date(value: Any) -> date | None:
    """DateField.to_python_value of SQLite's text (``2026-11-27``, as tortoise writes a date)."""
    if value is None:
        return None
    if type(value) is str and len(value) == 10:
        try:  # (not contextlib.suppress: an object and two calls per date)
            return date.fromisoformat(value)
        except ValueError:
            pass
    parsed: date | None = _DATE_FIELD.to_python_value(value)  # any other spelling, as tortoise reads it
    return parsed


def _text_decimal(quant: Decimal) -> Callable[[Any], Decimal]:
    """DecimalField.to_python_value with these places: ``Decimal(value).quantize(quant)``."""
    def convert(value: Any) -> Decimal:
        return Decimal(value).quantize(quant)
    return convert


def _nullable(convert: Callable[[Any], Decimal]) -> Callable[[Any], Decimal | None]:
    def or_none(value: Any) -> Decimal | None:
        return None if value is None else convert(value)
    return or_none


_DATE_FIELD = fields.DateField(null=True)
#: The two dialects the project runs on (core/adapters/database.py).
CONVERSIONS = {"sqlite": Conversions("sqlite"), "postgres": Conversions("postgres")}
_SQLITE, _POSTGRES = CONVERSIONS["sqlite"], CONVERSIONS["postgres"]


_statements: dict[str, Sql] = {}


def sql_of(text: str) -> Sql:
    """The :class:`Sql` of a statement composed at run time (one object per distinct text)."""
    statement = _statements.get(text)
    if statement is None:
        statement = _statements[text] = Sql(text)
    return statement


_columns: dict[type[Model], str] = {}


def columns(model: type[Model]) -> str:
    """Every column of ``model``'s table, as tortoise selects them for a whole row."""
    listed = _columns.get(model)
    if listed is None:
        listed = _columns[model] = ", ".join(f'"{column}"' for column in model._meta.fields_db_projection.values())
    return listed


async def fetch_rows(model: type[M], sql: Sql, *values: Any) -> list[M]:
    """Whole rows of ``model`` selected by ``sql`` (which selects :func:`columns`), built as
    tortoise builds the rows of its own queries (the same conversions of each column)."""
    return [model._init_from_db(**row) for row in await fetch(sql, *values)]


_MEMBERSHIP = ("SELECT m.company_id, m.role FROM membership m "
               "JOIN account a ON a.id = m.account_id AND a.current_company_id = m.company_id "
               "WHERE m.account_id = {}")
CURRENT_MEMBERSHIP = Sql(_MEMBERSHIP)
#: The same membership as a CTE ``member_scope(company_id, role)`` (0 or 1 row) that a company
#: read puts in front of its own statement, its company ``(SELECT company_id FROM member_scope)``:
#: the scope and the rows in one round trip (Tenancy.unresolved). Its parameter comes first.
MEMBERSHIP_CTE = f"WITH member_scope AS ({_MEMBERSHIP})"
SCOPE_COMPANY = "(SELECT company_id FROM member_scope)"
BINDING_ACCOUNT = Sql('SELECT account_id FROM wechat_binding WHERE app = {} AND openid = {}')


async def current_membership(account_id: int) -> tuple[int, str] | None:
    """(company id, role) of the account's membership in its current company; None when it
    has no current company or is not (or no longer) a member of it."""
    rows = await fetch(CURRENT_MEMBERSHIP, account_id)
    if not rows:
        return None
    return int(rows[0][0]), str(rows[0][1])


async def binding_account(app: str, openid: str) -> int | None:
    """The account an openid of ``app`` (``mp``/``miniapp``) is bound to, or None."""
    rows = await fetch(BINDING_ACCOUNT, str(app), str(openid))  # str: as the ORM query converted it
    return int(rows[0][0]) if rows else None


#: PostgreSQL's type for each kind of tortoise field, to cast a parameter in ``INSERT … SELECT``
#: (where no target column tells PostgreSQL its type); base types, so a value too long for a
#: VARCHAR(n) fails the insert's own length check instead of being cut by a cast.
_PG_TYPES = {"BigIntField": "bigint", "SmallIntField": "smallint", "IntField": "int", "CharField": "text",
             "TextField": "text", "BooleanField": "boolean", "DecimalField": "numeric",
             "DatetimeField": "timestamptz", "DateField": "date", "JSONField": "jsonb", "FloatField": "float8"}


def _pg_type(field: Any) -> str:
    for kind in type(field).__mro__:
        if kind.__name__ in _PG_TYPES:
            return _PG_TYPES[kind.__name__]
    raise TypeError(f"no PostgreSQL type for {type(field).__name__}: add it to _PG_TYPES")


#: Kinds of field whose ``to_db_value`` on asyncpg is the value itself once ``hot_writes.build``
#: (or ``Model.__init__``) converted it: a type check, the length validators PostgreSQL's
#: column types check again, nothing else. Any other field goes through ``to_db_value``.
_AS_IS = frozenset({"CharField", "TextField", "IntField", "BigIntField", "SmallIntField", "BooleanField",
                    "DecimalField", "DateField"})


def _to_db(field: Any) -> Callable[[Any, Any], Any] | None:
    """None when the value goes to asyncpg as it is, else the field's ``to_db_value``."""
    if type(field).__name__ in _AS_IS:
        return None
    if type(field).__name__ == "DatetimeField" and not (field.auto_now or field.auto_now_add):
        return None  # (aware datetimes: hot_writes.build and the clock give only those)
    converted: Callable[[Any, Any], Any] = field.to_db_value
    return converted


#: (model, with key) -> (quoted column list, [(field name, to_db_value or None, PostgreSQL type)])
_Columns = tuple[str, list[tuple[str, Callable[[Any, Any], Any] | None, str]]]


def _insert_columns(model: type[Model], with_key: bool) -> _Columns:
    """The quoted column list and (field name, conversion, PostgreSQL type) of an INSERT of ``model``."""
    cached = _INSERT_COLUMNS.get((model, with_key))
    if cached is None:
        meta = model._meta
        names = [n for n in meta.fields_db_projection if with_key or not meta.fields_map[n].generated]
        cached = (", ".join(f'"{meta.fields_db_projection[n]}"' for n in names),
                  [(n, _to_db(meta.fields_map[n]), _pg_type(meta.fields_map[n])) for n in names])
        _INSERT_COLUMNS[(model, with_key)] = cached
    return cached


_INSERT_COLUMNS: dict[tuple[type[Model], bool], _Columns] = {}
#: (model, with key, rows, first parameter, tail, name, returning, computed) -> the CTE's text
_INSERT_TEXTS: dict[tuple[type[Model], bool, int, int, str, str, str, tuple[tuple[str, str], ...]], str] = {}


def insert_cte(name: str, rows: Sequence[Model], tail: str, params: list[Any], *, returning: str = "",
               computed: Mapping[str, str] | None = None) -> str:
    """PostgreSQL: a data-modifying CTE ``"name" AS (INSERT INTO <table> (…) SELECT … <tail> UNION ALL …)``
    writing these unsaved model instances (all of one model) with tortoise's own conversions of
    each value, one ``SELECT`` each followed by ``tail`` (``FROM "inv"``: once per row of the CTE
    ``inv``, i.e. only when it wrote). A generated key left ``None`` is left to the database.
    The values are appended to the statement's ``params`` (numbered from ``$1``); the text
    depends only on where they start, so it is composed once per shape. ``computed``: fields
    whose value is this SQL expression instead (the row's own value is not sent)."""
    model = type(rows[0])
    meta = model._meta
    with_key = getattr(rows[0], meta.pk_attr) is not None
    columns, fields = _insert_columns(model, with_key)
    start = len(params)
    if computed:
        for row in rows:
            params.extend([getattr(row, n) if to_db is None else to_db(getattr(row, n), row)
                           for n, to_db, _ in fields if n not in computed])
    else:
        for row in rows:
            params.extend([getattr(row, n) if to_db is None else to_db(getattr(row, n), row) for n, to_db, _ in fields])
    shape = (model, with_key, len(rows), start, tail, name, returning, tuple(computed.items()) if computed else ())
    text = _INSERT_TEXTS.get(shape)
    if text is None:
        selects = []
        number = start
        for _ in rows:
            marks = []
            for n, _c, kind in fields:
                if computed and n in computed:
                    marks.append(f"{computed[n]}::{kind}")
                    continue
                number += 1
                marks.append(f"${number}::{kind}")
            selects.append(f"SELECT {', '.join(marks)} {tail}")
        text = _INSERT_TEXTS[shape] = (
            f'"{name}" AS (INSERT INTO "{meta.db_table}" ({columns}) {" UNION ALL ".join(selects)}'
            f'{" RETURNING " + returning if returning else ""})')
    return text
