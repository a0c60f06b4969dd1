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

import inspect
from collections.abc import Callable, Mapping, Sequence
from copy import deepcopy
from datetime import datetime
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.base import Field
from tortoise.fields.data import DatetimeField
from tortoise.models import Model

M = TypeVar("M", bound=Model)

#: A column of the INSERT: (field name, its to_db_value, the type a value passes as it is (None:
#: always through to_db_value), whether that value must also be an aware datetime, its validators)
_Column = tuple[str, Callable[[Any, Any], Any], type | None, bool, tuple[Callable[[Any], Any], ...]]
#: (model, connection name) -> (INSERT statement, columns)
_Plan = tuple[str, list[_Column]]
_plans: dict[tuple[type[Model], str], _Plan] = {}


def _column(field: Field[Any], name: str) -> _Column:
    """The column's conversion. A field whose ``to_db_value`` is only a type check and its
    validators (``Field.to_db_value``; a DatetimeField without auto_now given an aware datetime:
    its time-zone warning does not apply) takes a value of exactly its type as it is, after
    the same validators; anything else goes through ``to_db_value``."""
    to_db = field.to_db_value
    method = type(field).to_db_value
    if method is Field.to_db_value:
        return name, to_db, field.field_type, False, tuple(field.validators)
    if isinstance(field, DatetimeField) and method is DatetimeField.to_db_value \
            and not (field.auto_now or field.auto_now_add):
        return name, to_db, datetime, True, tuple(field.validators)
    return name, to_db, None, False, ()


def _plan(conn: BaseDBAsyncClient, model: type[Model]) -> _Plan:
    key = (model, conn.connection_name)
    plan = _plans.get(key)
    if plan is None:
        executor = conn.executor_class(model=model, db=conn)
        fields = model._meta.fields_map
        plan = _plans[key] = (executor.insert_query,
                              [_column(fields[name], name) for name in executor.regular_columns])
    return plan


def _offset(value: Any) -> Any:
    return value.utcoffset()


def _values(row: Model, columns: list[_Column]) -> list[Any]:
    """Each column's ``to_db_value`` (tests/unit/test_hot_writes.py holds the fast path to it)."""
    values = []
    for name, to_db, kind, aware, validators in columns:
        value: Any = getattr(row, name)
        if type(value) is kind and (not aware or _offset(value) is not None):
            try:
                for check in validators:
                    check(value)
            except Exception:  # refused: by to_db_value itself, worded as it words it
                value = to_db(value, row)
        else:
            value = to_db(value, row)
        values.append(value)
    return values


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


#: model -> ({field name: (to_python_value or None when a type check is enough, field type, nullable)},
#:           [(field name, default value or factory, whether to call it)], the generated key's name or "")
_Build = tuple[dict[str, tuple[Callable[[Any], Any] | None, type, bool]], list[tuple[str, Any, bool]], str]
_builds: dict[type[Model], _Build] = {}


def _build_plan(model: type[Model]) -> _Build:
    plan = _builds.get(model)
    if plan is not None:
        return plan
    meta = model._meta
    converts: dict[str, tuple[Callable[[Any], Any] | None, type, bool]] = {}
    for name in meta.fields_db_projection:
        field = meta.fields_map[name]
        plain = type(field).to_python_value is Field.to_python_value  # only a type conversion
        converts[name] = (None if plain else field.to_python_value, field.field_type, field.null)
    defaults: list[tuple[str, Any, bool]] = []
    for name in meta.fields - meta.fetch_fields:
        field = meta.fields_map[name]
        default = field.default
        if inspect.iscoroutinefunction(default):
            raise TypeError(f"{model.__name__}.{name}: a coroutine default is set by save(), not here")
        if callable(default):
            defaults.append((name, default, True))
        elif default is not None:
            immutable = isinstance(default, (int, float, str, bool, bytes))
            defaults.append((name, default if immutable else (lambda d=default: deepcopy(d)), not immutable))
        elif field.has_db_default():
            defaults.append((name, field.get_db_default_value(), False))
        else:
            defaults.append((name, None, False))
    key = meta.pk_attr if meta.fields_map[meta.pk_attr].generated else ""
    plan = _builds[model] = (converts, defaults, key)
    return plan


def build(model: type[M], values: Mapping[str, Any]) -> M:
    """``model(**values)`` for columns' values (no relation objects): the same attributes, each
    value converted by its field's ``to_python_value`` and every other field at its default,
    without ``Model.__init__``'s per-attribute ``__setattr__`` and per-field default checks
    (4 rows per issue: ~0.3 ms of CPU). tests/unit/test_hot_writes.py holds it to the ORM's."""
    converts, defaults, key = _build_plan(model)
    row = model.__new__(model)
    state = row.__dict__
    state["_partial"] = False
    state["_saved_in_db"] = False
    state["_custom_generated_pk"] = bool(key) and key in values
    state["_await_when_save"] = {}
    for name, default, call in defaults:
        if name not in values:
            state[name] = default() if call else default
    for name, value in values.items():
        convert, kind, nullable = converts[name]
        if value is None:
            if not nullable:
                raise ValueError(f"{name} is non nullable field, but null was passed")
        elif convert is not None:
            value = convert(value)
        elif not isinstance(value, kind):
            value = kind(value)
        state[name] = value
    return row
