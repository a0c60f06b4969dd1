"""The API when PostgreSQL or Redis is unreachable: 503 with the Chinese sentence, never a
500, and back to normal by itself once the dependency answers again.

Redis goes away for real (the store's client is pointed at a closed port); the database
outage is a service that raises what asyncpg raises when its connection drops (the suite
also runs on SQLite). bench/faults/database_unreachable.py and redis_restarted.py do the
same against a real server process.
"""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest

from templates import texts
from tests.kit.fakes import redis_down

UNAVAILABLE = texts().error("service_unavailable")


def assert_unavailable(status: int, body: Any) -> None:
    assert status == 503, body
    assert body["error"]["code"] == "service_unavailable"
    assert body["error"]["message"] == UNAVAILABLE
    assert body["error"]["request_id"]


async def test_redis_down_answers_503_then_recovers(client_api, owner, store):
    with redis_down(store):
        # The bearer token is resolved in Redis: a read, a write and a public route.
        assert_unavailable(*await client_api.call("GET", "/invoices"))
        assert_unavailable(*await client_api.call("POST", "/invoices", {
            "kind": "normal", "price_includes_tax": True, "buyer": {"name": "张三", "is_person": True},
            "lines": [{"name": "餐费", "amount": "388", "rate": "0.06"}]}))
        assert_unavailable(*await client_api.call("POST", "/auth/sms-codes",
                                                  {"phone": "13900139000", "purpose": "register"}))
    await client_api.call("GET", "/invoices", expect=200)


async def test_database_connection_lost_answers_503_then_recovers(client_api, owner, core, monkeypatch):
    real_search = core.invoices.search

    async def dropped(*args: Any, **kwargs: Any) -> Any:
        raise asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle of operation")

    monkeypatch.setattr(core.invoices, "search", dropped)
    assert_unavailable(*await client_api.call("GET", "/invoices"))

    async def refused(*args: Any, **kwargs: Any) -> Any:
        try:
            raise ConnectionRefusedError(111, "Connect call failed")
        except OSError as exc:  # as tortoise/asyncpg chain it
            raise RuntimeError("pool could not connect") from exc

    monkeypatch.setattr(core.invoices, "search", refused)
    assert_unavailable(*await client_api.call("GET", "/invoices"))
    monkeypatch.setattr(core.invoices, "search", real_search)
    await client_api.call("GET", "/invoices", expect=200)


async def test_other_errors_stay_500(client_api, owner, core, monkeypatch):
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(core.invoices, "search", broken)
    status, body = await client_api.call("GET", "/invoices")
    assert status == 500 and body["error"]["code"] == "unexpected"


@pytest.mark.parametrize("method", ["get", "post"])
def test_every_route_documents_503(method):
    from miniapp_api.app import document

    for path, operations in document()["paths"].items():
        if method in operations:
            assert "503" in operations[method]["responses"], path


async def test_public_verification_page_answers_503_then_recovers(api, store):
    """/v/<token> is outside /api/v1 (no API error middleware): the outermost middleware
    answers 503 with the same sentence."""
    with redis_down(store):  # the per-IP limit counts in Redis first
        response = await api.get("/v/not-a-real-token")
        assert response.status == 503 and await response.text() == UNAVAILABLE
        assert response.headers["Retry-After"] == "5" and response.headers["X-Request-Id"]
    assert (await api.get("/v/not-a-real-token")).status == 404
