"""Inserting unsaved model instances without the ORM's per-call machinery (the hot writes of
issuing on the embedded default: core/invoicing/issuing.py ``_issue_in_one_transaction``).

``Model.save()`` / ``create()`` / ``bulk_create()`` build an executor, run the save signals and
the partial-model checks on every call; what reaches the database is the executor's cached
INSERT with each column converted by its field's ``to_db_value``. These functions send exactly
that statement with exactly those conversions (taken from tortoise's own executor, once per
model and connection), so a row written here reads back as one written by ``save()``
(tests/unit/test_issuing_statements.py holds the rows of the paths using them to the ORM's).
Only for models whose key the database generates, left ``None`` on the instance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

#: (model, connection name) -> (INSERT statement, [(field name, to_db_value)])
_Plan = tuple[str, list[tuple[str, Callable[[Any, Any], Any]]]]
_plans: dict[tuple[type[Model], str], _Plan] = {}


def _plan(conn: BaseDBAsyncClient, model: type[Model]) -> _Plan:
    key = (model, conn.connection_name)
    plan = _plans.get(key)
    if plan is None:
        executor = conn.executor_class(model=model, db=conn)
        fields = model._meta.fields_map
        plan = _plans[key] = (executor.insert_query,
                              [(name, fields[name].to_db_value) for name in executor.regular_columns])
    return plan


def _values(row: Model, columns: list[tuple[str, Callable[[Any, Any], Any]]]) -> list[Any]:
    return [to_db(getattr(row, name), row) for name, to_db in columns]


async def insert(conn: BaseDBAsyncClient, row: Model) -> None:
    """INSERT one unsaved instance; its generated key is set, and it counts as saved."""
    assert row.pk is None, "hot_writes inserts rows whose key the database generates"
    sql, columns = _plan(conn, type(row))
    result: Any = await conn.execute_insert(sql, _values(row, columns))
    # SQLite answers the rowid; asyncpg the row of the INSERT's RETURNING (the generated key)
    row.pk = result if isinstance(result, int) else result[0]
    row._saved_in_db = True


async def insert_many(conn: BaseDBAsyncClient, rows: Sequence[Model]) -> None:
    """INSERT unsaved instances of one model in one ``executemany`` (their keys are not read
    back, as with ``bulk_create``)."""
    if not rows:
        return
    sql, columns = _plan(conn, type(rows[0]))
    await conn.execute_many(sql, [_values(row, columns) for row in rows])
