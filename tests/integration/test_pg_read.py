"""PostgreSQL's read connection (core/adapters/pg_read.py): the same rows as tortoise's pooled
connection, more concurrent reads than connections, errors translated as tortoise does, a
connection killed under it replaced, a cancelled read leaving nothing behind. Runs when the
suite runs on PostgreSQL (FAPIAO_TEST_DATABASE_URL)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError

from core.accounts.models import Account
from core.adapters import hot_queries
from core.adapters.pg_read import PgReadClient
from tests.conftest import PG_URL
from tests.kit.factories import make_user

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL")

NAME_OF = hot_queries.Sql("SELECT id, display_name, created_at FROM account WHERE id = {}")


def read_client() -> PgReadClient:
    client = connections.get(hot_queries.READ_CONNECTION)
    assert isinstance(client, PgReadClient)
    return client


async def test_reads_return_what_the_pooled_connection_returns(core: Any, sms: Any, clock: Any, database: str) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    query, values = NAME_OF.render("postgres"), [owner.account_id]
    _, pooled = await connections.get("default").execute_query(query, values)
    _, read = await read_client().execute_query(query, values)
    assert [dict(r) for r in read] == [dict(r) for r in pooled] and len(read) == 1
    assert [dict(r) for r in await hot_queries.fetch(NAME_OF, owner.account_id)] == [dict(r) for r in pooled]
    # The ORM's reads outside a transaction go there too (ReadRouter), with the same result.
    assert (await Account.get(id=owner.account_id)).display_name == "王老板"
    assert await Account.filter(id=owner.account_id).values_list("display_name", flat=True) == ["王老板"]


async def test_more_concurrent_reads_than_connections_wait_for_one(core: Any, sms: Any, clock: Any,
                                                                    database: str) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    client = read_client()
    sleepy = hot_queries.Sql("SELECT display_name, pg_sleep(0.01)::text FROM account WHERE id = {}")
    results = await asyncio.gather(*(hot_queries.fetch(sleepy, owner.account_id) for _ in range(client.pool_maxsize * 4)))
    assert all(rows[0][0] == "王老板" for rows in results)
    assert client._opened <= client.pool_maxsize and len(client._idle) == client._opened and not client._waiters


async def test_a_refused_statement_is_translated_and_keeps_its_connection(database: str) -> None:
    client = read_client()
    await client.fetch("SELECT 1", [])
    (connection,) = client._idle
    with pytest.raises(OperationalError):
        await hot_queries.fetch(hot_queries.Sql("SELECT no_such_column FROM account WHERE id = {}"), 1)
    with pytest.raises(OperationalError):  # a DataError, through the ORM's path
        await client.execute_query("SELECT 'x'::int", [])
    assert client._idle == [connection] and client._opened == 1


async def test_a_connection_ended_by_postgresql_is_replaced(database: str) -> None:
    client = read_client()
    pid = (await client.fetch("SELECT pg_backend_pid()", []))[0][0]
    (connection,) = client._idle
    ended = asyncio.Event()
    connection.add_termination_listener(lambda _connection: ended.set())
    await connections.get("default").execute_query("SELECT pg_terminate_backend($1)", [pid])
    await ended.wait()  # asyncpg has read PostgreSQL's goodbye: the idle connection is closed
    assert (await client.fetch("SELECT pg_backend_pid()", []))[0][0] != pid
    assert client._opened == 1 and client._idle != [connection]


async def test_a_cancelled_read_leaves_no_connection_behind(database: str) -> None:
    client = read_client()
    read = asyncio.ensure_future(client.fetch("SELECT pg_sleep(5)", []))
    await asyncio.sleep(0.2)  # in flight
    read.cancel()
    with pytest.raises(asyncio.CancelledError):
        await read
    assert client._opened == 0 and not client._idle  # dropped: its connection was mid-statement
    assert (await client.fetch("SELECT 1 AS one", []))[0]["one"] == 1
