"""The fixtures of the abuse tests: the world of tests/kit/tenants.py, built through the API."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from core.accounts.models import Account
from tests.kit.api import Api
from tests.kit.factories import authorise_companies
from tests.kit.tenants import COMPANY_NAMES, PHONES, TAX_IDS, Tenant, World, build_tenant


@pytest.fixture
def client_api(api: Any, sms: Any) -> Api:
    return Api(api, sms)


@pytest.fixture
async def world(client_api: Api, clock: Any, core: Any, deliver: Any) -> World:
    api = client_api
    clock.advance(seconds=61)
    c_token = await api.register(PHONES["C"], name="丙会计")
    _, c_company = await api.call("POST", "/companies", {"name": COMPANY_NAMES["C"], "tax_id": TAX_IDS["C"]},
                                  token=c_token, expect=201)
    await authorise_companies()
    c = Tenant("C", c_token, c_company["id"])
    a = await build_tenant(api, clock, "A", platform_buyer="C")
    b = await build_tenant(api, clock, "B", platform_buyer="C")
    clock.advance(seconds=61)
    staff_token = await api.register(PHONES["staff"], name="客服")
    await Account.filter(phone=PHONES["staff"]).update(is_staff=True)
    start = clock.now()
    _, announcement = await api.call("POST", "/staff/announcements", {
        "title": "系统升级", "body": "今晚升级", "starts_at": (start + timedelta(days=3)).isoformat(),
        "ends_at": (start + timedelta(days=3, hours=1)).isoformat()}, token=staff_token, expect=201)
    # A deadline reminder for everyone puts one message in each inbox.
    await core.reminders.run(date(2026, 12, 10))
    await deliver()
    message_ids = {}
    for tenant in (a, b):
        _, inbox = await api.call("GET", "/messages", token=tenant.token, expect=200)
        message_ids[tenant.name] = [item["id"] for item in inbox["items"]]
        assert message_ids[tenant.name], "the reminder should have reached the inbox"
    return World(a, b, c, staff_token, announcement["id"], message_ids)
