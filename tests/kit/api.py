"""The API client of the tests and request bodies they share."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from miniapp_api.app import document

PASSWORD = "Kaipiao#2026"


def _schema_for(method: str, path_template: str, status: int) -> dict[str, Any] | None:
    operation = document()["paths"][path_template][method.lower()]
    response = operation["responses"].get(str(status))
    assert response is not None, f"{method} {path_template} answered {status}, which is not documented"
    content = response.get("content")
    if content is None:
        return None
    if "application/json" not in content:
        return None  # a file: its media type is checked by the tests that download it
    # The named types are $refs into components: validate with the document's components at the root.
    return {**content["application/json"]["schema"], "components": document()["components"]}


class Api:
    """Calls the API and checks every response against the OpenAPI document."""

    def __init__(self, client: Any, sms: Any) -> None:
        self.client = client
        self.sms = sms
        self.token: str | None = None

    async def call(self, method: str, path: str, json: Any = None, *, token: str | None = None,
                   template: str | None = None, expect: int | None = None, **kwargs: Any) -> tuple[int, Any]:
        headers = dict(kwargs.pop("headers", {}))
        bearer = token if token is not None else self.token
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        response = await self.client.request(method, "/api/v1" + path, json=json, headers=headers, **kwargs)
        body = await response.json() if response.content_type == "application/json" else None
        schema = _schema_for(method, "/api/v1" + (template or path), response.status)
        if schema is not None:
            errors = list(Draft202012Validator(schema).iter_errors(body))
            assert not errors, f"{method} {path} {response.status} does not match its schema: {errors[0].message}"
        if expect is not None:
            assert response.status == expect, f"{method} {path}: {response.status} {body}"
        return response.status, body

    async def register(self, phone: str, name: str = "王会计") -> str:
        await self.call("POST", "/auth/sms-codes", {"phone": phone, "purpose": "register"}, expect=202)
        _, body = await self.call("POST", "/auth/register", {
            "phone": phone, "code": self.sms.last_code(phone), "password": PASSWORD, "display_name": name,
        }, expect=201)
        return str(body["token"])


BUYER_USCC = "9144030071526726XG"


SPECIAL = {
    "kind": "special",
    "price_includes_tax": True,
    "buyer": {"name": "深圳某某科技有限公司", "tax_id": BUYER_USCC},
    "lines": [{"name": "技术服务费", "amount": "1000", "rate": "0.06"},
              {"name": "打印纸", "quantity": "10", "unit_price": "22.6", "rate": "0.13", "unit": "包"}],
}


NORMAL_FROM_TITLE = {
    "kind": "normal",
    "price_includes_tax": True,
    "buyer_title": {"type": "0", "title": "武汉某某餐饮有限公司", "taxNumber": "91420102MA4K00000M",
                    "companyAddress": "武汉市洪山区", "telephone": "027-88888888", "bankName": "", "bankAccount": ""},
    "lines": [{"name": "餐费", "amount": "388"}],
}
