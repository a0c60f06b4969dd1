"""Every foreign key that is read from its parent's side has an index that starts with it.

Neither SQLite nor PostgreSQL indexes a foreign key column by itself, and tortoise does not
either. Without one, an invoice's history (查询 <number>, the API's detail) scanned every event
of every company: the cost grew with the whole service's invoices, not the company's. Runs on
the schema the migrations build, on the backend the suite runs on.
"""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

#: Foreign keys deliberately left without an index, and why.
UNINDEXED = {
    # Read only from the account's side (its current company); a company is never deleted
    # while accounts point at it, so nothing looks accounts up by it.
    ("account", "current_company_id"),
}


async def _foreign_keys_and_leading_columns() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect == "sqlite":
        _, tables = await conn.execute_query("SELECT name FROM sqlite_master WHERE type = 'table'")
        keys: set[tuple[str, str]] = set()
        leading: set[tuple[str, str]] = set()
        for row in tables:
            table = row["name"]
            _, fks = await conn.execute_query(f'PRAGMA foreign_key_list("{table}")')
            keys.update((table, fk["from"]) for fk in fks)
            _, indexes = await conn.execute_query(f'PRAGMA index_list("{table}")')
            for index in indexes:
                _, columns = await conn.execute_query(f'PRAGMA index_info("{index["name"]}")')
                first = [c["name"] for c in columns if c["seqno"] == 0]
                leading.update((table, name) for name in first)
        return keys, leading
    _, fks = await conn.execute_query(
        "SELECT c.conrelid::regclass::text AS tbl, a.attname AS col FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace")
    _, indexes = await conn.execute_query(
        "SELECT i.indrelid::regclass::text AS tbl, a.attname AS col FROM pg_index i "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
        "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = 'public'::regnamespace")
    strip = lambda name: str(name).strip('"')  # noqa: E731 - regclass quotes some names
    return ({(strip(r["tbl"]), r["col"]) for r in fks}, {(strip(r["tbl"]), r["col"]) for r in indexes})


async def test_every_foreign_key_read_from_its_parent_is_indexed(database: str) -> None:
    keys, leading = await _foreign_keys_and_leading_columns()
    assert ("invoice_event", "invoice_id") in keys  # the query above really reads foreign keys
    missing = sorted(keys - leading - UNINDEXED)
    assert missing == [], f"foreign keys without an index that starts with them: {missing}"


async def test_an_invoices_history_is_read_through_its_index(database: str) -> None:
    conn = Tortoise.get_connection("default")
    sql = 'SELECT "id" FROM "invoice_event" WHERE "invoice_id" = 1 ORDER BY "id"'
    plan: list[Any]
    if conn.capabilities.dialect == "sqlite":
        _, plan = await conn.execute_query(f"EXPLAIN QUERY PLAN {sql}")
        text = " ".join(str(row["detail"]) for row in plan)
        assert "idx_invoice_eve_invoice_0dc018" in text, text
    else:
        # An empty table would be scanned whatever the indexes; ask the planner not to (SET LOCAL:
        # on this transaction's connection only).
        async with in_transaction("default") as tx:
            await tx.execute_script("SET LOCAL enable_seqscan = off")
            _, plan = await tx.execute_query(f"EXPLAIN {sql}")
        text = " ".join(str(row["QUERY PLAN"]) for row in plan)
        assert "idx_invoice_eve_invoice_0dc018" in text, text
