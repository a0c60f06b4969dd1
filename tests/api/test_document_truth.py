"""What the OpenAPI document used to get wrong (issue 16), each checked against the document and the server."""

from __future__ import annotations

from typing import Any

from core.help.entries import load_categories
from miniapp_api.app import ROUTES, document
from miniapp_api.openapi import operation_id
from tests.kit.api import PASSWORD


def _op(method: str, path: str) -> dict[str, Any]:
    return document()["paths"]["/api/v1" + path][method.lower()]


def _component(name: str) -> dict[str, Any]:
    return document()["components"]["schemas"][name]


def _body_schema(method: str, path: str) -> dict[str, Any]:
    ref = _op(method, path)["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return _component(ref.split("/")[-1])


def test_two_factor_login_documents_401_second_factor_required_with_its_ticket():
    response = _op("POST", "/auth/login")["responses"]["401"]
    assert "second_factor_required" in response["x-error-codes"]
    assert "details.ticket" in _op("POST", "/auth/login")["description"]
    details = _component("Error")["properties"]["error"]["properties"]["details"]["properties"]
    assert details["ticket"]["type"] == "string" and details["method"]["enum"] == ["totp", "sms"]


async def test_display_name_is_at_most_32_characters_without_angle_brackets(client_api, sms):
    name = _body_schema("POST", "/auth/register")["properties"]["display_name"]
    assert name["maxLength"] == 32 and name["pattern"] == "^[^<>]*$"
    for phone, bad in (("13800138001", "王" * 33), ("13800138002", "<b>王</b>")):
        await client_api.call("POST", "/auth/sms-codes", {"phone": phone, "purpose": "register"}, expect=202)
        _, body = await client_api.call("POST", "/auth/register", {
            "phone": phone, "code": sms.last_code(phone), "password": PASSWORD, "display_name": bad}, expect=422)
        assert "32" in body["error"]["fields"]["display_name"], body
    await client_api.register("13800138003", name="王" * 32)


async def test_ticket_category_is_an_enum_of_the_help_centre_labels(client_api):
    category = _body_schema("POST", "/tickets")["properties"]["category"]
    assert category["enum"] == load_categories()
    token = await client_api.register("13800138000")
    _, body = await client_api.call("POST", "/tickets", {"subject": "s", "description": "d", "category": "其他问题x"},
                                    token=token, expect=422)
    assert load_categories()[0] in body["error"]["fields"]["category"]


def test_help_search_q_is_required():
    (q,) = [p for p in _op("GET", "/help/search")["parameters"] if p["name"] == "q"]
    assert q["required"] is True


def test_415_and_403_are_documented_where_they_can_happen():
    for route in ROUTES:
        responses = _op(route.method, route.path)["responses"]
        if route.body is not None:
            assert "415" in responses, f"{route.method} {route.path}: a JSON body route answers 415 to another type"
        if route.roles and not {"account", "anonymous"} & set(route.roles):
            assert "403" in responses, f"{route.method} {route.path}: only {route.roles} may call it"


async def test_a_body_that_is_not_json_is_415_as_documented(client_api):
    client_api.token = await client_api.register("13800138000")
    status, body = await client_api.call("POST", "/companies", data="name=x", headers={"Content-Type": "text/plain"})
    assert status == 415 and body["error"]["code"] == "unsupported_media_type"


def test_tickets_and_feedback_document_every_field_they_return():
    for name in ("Ticket", "TicketSummary", "Feedback", "FeedbackEvent", "TicketMessage", "AttachmentMeta"):
        schema = _component(name)
        assert schema["additionalProperties"] is False, name  # an undeclared field fails every API test
    assert {"description", "account_id", "company_id", "context", "assignee_id", "created_at", "updated_at",
            "resolved_at", "closed_at"} <= set(_component("Ticket")["properties"])
    assert {"text", "created_at", "updated_at", "events", "account_id", "company_id"} <= set(
        _component("Feedback")["properties"])


def _untyped(schema: Any, where: str, seen: set[str]) -> list[str]:
    """Objects without properties or additionalProperties, arrays without items."""
    found: list[str] = []
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if ref and ref not in seen:
            seen.add(ref)
            _, _, kind, name = ref.split("/")  # #/components/<kind>/<name>
            found += _untyped(document()["components"][kind][name], name, seen)
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "object" in kinds and "properties" not in schema and not isinstance(
                schema.get("additionalProperties"), dict):
            found.append(where)
        if "array" in kinds and "items" not in schema:
            found.append(where)
        for key, value in schema.items():
            if key != "examples":
                found += _untyped(value, f"{where}.{key}", seen)
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found += _untyped(value, f"{where}[{i}]", seen)
    return found


def test_no_untyped_object_or_array_in_any_operation():
    problems: list[str] = []
    for route in ROUTES:
        operation = _op(route.method, route.path)
        problems += _untyped({k: v for k, v in operation.items() if k in ("requestBody", "responses", "parameters")},
                             operation_id(route), set())
    assert not problems, problems
