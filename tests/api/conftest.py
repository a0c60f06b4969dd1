from __future__ import annotations

from typing import Any

import pytest

from tests.kit.api import Api
from tests.kit.factories import authorise_companies


@pytest.fixture
def client_api(api: Any, sms: Any) -> Api:
    return Api(api, sms)


@pytest.fixture
async def owner(client_api):
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                                 "taxpayer_kind": "general", "issuer_name": "王会计"}, expect=201)
    await authorise_companies()
    return client_api.token


