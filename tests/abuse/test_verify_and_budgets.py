"""The public 查验 lookup, proxies and the SMS ceiling (issue 13 #2, #6).

- GET /api/v1/verify answers only what the national 查验 shows anyone (no link to the document);
  it is limited per address and overall, fails closed when the store is down, and after N misses
  an address waits.
- X-Forwarded-For is believed only from TRUSTED_PROXIES (default none): rotating it from an
  untrusted peer changes nothing.
- The whole platform has an SMS budget per hour and per day, alarmed in /metrics.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.accounts.codes import Purpose
from core.domain.actor import Actor
from core.invoicing.verification_limits import VERIFY_MISSES_BEFORE_WAIT, VERIFY_PER_IP_PER_MINUTE, VERIFY_WAIT_SECONDS
from tests.kit.api import Api
from tests.kit.factories import authorise_companies


@pytest.fixture
async def issued(client_api: Api) -> dict[str, Any]:
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L"},
                          expect=201)
    await authorise_companies()
    _, invoice = await client_api.call("POST", "/invoices", {
        "kind": "normal", "price_includes_tax": True,
        "buyer": {"name": "武汉某某餐饮有限公司", "tax_id": "9144030071526726XG"},
        "lines": [{"name": "咨询费", "amount": "100"}]}, expect=201)
    return dict(invoice)


def query(invoice: dict[str, Any], **changes: str) -> dict[str, str]:
    return {"number": invoice["number"], "date": invoice["issue_date"], "amount_incl_tax": invoice["amount_incl_tax"],
            **changes}


async def test_a_match_shows_only_the_public_facts(client_api: Api, issued: dict[str, Any]) -> None:
    _, facts = await client_api.call("GET", "/verify", params=query(issued), token="", expect=200)
    assert set(facts) <= {"number", "issue_date", "seller_name", "buyer_masked", "amount_incl_tax", "status", "is_red",
                         "kind"}
    assert "verify_url" not in facts and "/v/" not in str(facts)
    assert facts["buyer_masked"] != "武汉某某餐饮有限公司" and "*" in facts["buyer_masked"]


async def test_misses_make_an_address_wait(client_api: Api, issued: dict[str, Any], clock: Any) -> None:
    for n in range(VERIFY_MISSES_BEFORE_WAIT):
        await client_api.call("GET", "/verify", params=query(issued, amount_incl_tax=f"{n + 1}.00"), token="", expect=404)
        clock.advance(seconds=13)  # under the per-minute limit: it is the misses that count
    _, body = await client_api.call("GET", "/verify", params=query(issued), token="", expect=429)
    assert body["error"]["details"]["retry_after"] > 60
    clock.advance(seconds=VERIFY_WAIT_SECONDS + 1)
    await client_api.call("GET", "/verify", params=query(issued), token="", expect=200)


async def test_lookups_are_limited_per_address(client_api: Api, issued: dict[str, Any]) -> None:
    for _ in range(VERIFY_PER_IP_PER_MINUTE):
        await client_api.call("GET", "/verify", params=query(issued), token="", expect=200)
    await client_api.call("GET", "/verify", params=query(issued), token="", expect=429)


async def test_the_lookup_fails_closed_without_the_store(client_api: Api, issued: dict[str, Any], core: Any,
                                                         monkeypatch: Any) -> None:
    from redis.exceptions import ConnectionError as RedisConnectionError

    async def down(*_args: Any, **_kwargs: Any) -> Any:
        raise RedisConnectionError("Redis is down")

    monkeypatch.setattr(core.store, "incr", down)
    monkeypatch.setattr(core.store, "get", down)
    status, _ = await client_api.call("GET", "/verify", params=query(issued), token="")
    assert status == 503


async def test_a_rotated_forwarded_header_from_an_untrusted_peer_changes_nothing(client_api: Api, sms: Any) -> None:
    """TRUSTED_PROXIES is empty by default: the test client's own address counts, whatever it claims."""
    from core.accounts.codes import SEND_LIMITS

    per_ip = next(limit.max_sends for limit in SEND_LIMITS if limit.scope == "ip")
    for n in range(per_ip):
        await client_api.call("POST", "/auth/sms-codes", {"phone": f"1370000{n:04d}", "purpose": "register"},
                              headers={"X-Forwarded-For": f"203.0.113.{n}"}, expect=202)
    await client_api.call("POST", "/auth/sms-codes", {"phone": "13799999999", "purpose": "register"},
                          headers={"X-Forwarded-For": "198.51.100.77"}, expect=429)


async def test_the_sms_budget_caps_the_whole_platform(core: Any, sms: Any) -> None:
    from prometheus_client import REGISTRY

    from core.domain.errors import RateLimited

    core.codes.budget_per_hour = 3
    before = REGISTRY.get_sample_value("fapiao_sms_budget_exhausted_total", {"window": "hour"}) or 0
    for n in range(3):
        await core.accounts.request_code(f"1360000{n:04d}", Purpose.REGISTER, Actor(channel="api", ip=f"203.0.113.{n}"))
    with pytest.raises(RateLimited):
        await core.accounts.request_code("13600009999", Purpose.REGISTER, Actor(channel="api", ip="198.51.100.1"))
    assert len(sms.sent) == 3
    assert REGISTRY.get_sample_value("fapiao_sms_budget_exhausted_total", {"window": "hour"}) == before + 1
