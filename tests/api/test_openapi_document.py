"""The OpenAPI document is enough to build on: valid, typed, examples that match, every error code catalogued."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

import core
from core.domain.errors import DomainError
from miniapp_api.app import ROUTES, document
from miniapp_api.errors import CATALOGUE, markdown_table
from miniapp_api.schema import is_model

ROOT = Path(__file__).resolve().parents[2]


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": document()["components"]})


def test_the_document_is_valid_openapi_3_1():
    validate(document())


def test_every_declared_example_matches_its_schema():
    doc = document()
    checked = 0
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            media = [operation.get("requestBody", {}).get("content", {}).get("application/json")]
            media += [r.get("content", {}).get("application/json") for r in operation["responses"].values()]
            for item in media:
                if item and "example" in item:
                    errors = list(_validator(item["schema"]).iter_errors(item["example"]))
                    assert not errors, f"{method} {path}: example does not match: {errors[0].message}"
                    checked += 1
    for name, schema in doc["components"]["schemas"].items():
        for sample in schema.get("examples", []):
            errors = list(_validator({"$ref": f"#/components/schemas/{name}"}).iter_errors(sample))
            assert not errors, f"{name}: example does not match: {errors[0].message}"
    assert checked > 0


def _domain_errors() -> list[type[DomainError]]:
    for module in pkgutil.walk_packages(core.__path__, "core."):
        importlib.import_module(module.name)
    found: list[type[DomainError]] = []
    stack = [DomainError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return [cls for cls in found if cls is not DomainError]


def test_every_domain_error_core_can_raise_is_catalogued_with_its_status():
    missing = {cls.code: cls.__qualname__ for cls in _domain_errors() if cls.code not in CATALOGUE}
    assert not missing, f"error codes missing from miniapp_api/errors.py CATALOGUE: {missing}"
    wrong = {cls.code: (cls.http_status, CATALOGUE[cls.code].status) for cls in _domain_errors()
             if CATALOGUE[cls.code].status != cls.http_status}
    assert not wrong, f"status in the class vs the catalogue: {wrong}"


def _literal_codes_in_api() -> set[str]:
    """Codes the API writes itself: error_body(texts, "<code>", ...) and the HTTP-status mapping."""
    codes: set[str] = set()
    for path in (ROOT / "miniapp_api").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "error_body" and len(node.args) > 1
                    and isinstance(node.args[1], ast.Constant)):
                codes.add(node.args[1].value)
            if isinstance(node, ast.FunctionDef) and node.name == "_http_error_code":
                codes |= {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
            if (isinstance(node, ast.Tuple) and len(node.elts) > 1 and isinstance(node.elts[0], ast.Constant)
                    and isinstance(node.elts[0].value, int) and 400 <= node.elts[0].value < 600
                    and isinstance(node.elts[1], ast.Constant) and isinstance(node.elts[1].value, str)):
                codes.add(node.elts[1].value)  # return 414, "uri_too_long", {...}
            if isinstance(node, ast.Assign):  # code = "..." and code, params = "...", {...}
                for target, value in _pairs(node.targets[0], node.value):
                    if getattr(target, "id", "") == "code" and isinstance(value, ast.Constant):
                        codes.add(value.value)
    return codes


def _pairs(target: ast.expr, value: ast.expr) -> list[tuple[ast.expr, ast.expr]]:
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        return list(zip(target.elts, value.elts, strict=False))
    return [(target, value)]


def test_every_code_the_api_writes_itself_is_catalogued():
    codes = _literal_codes_in_api()
    assert {"malformed_json", "header_too_large", "unsupported_media_type", "upload_too_large",
            "malformed_request"} <= codes
    assert codes <= set(CATALOGUE), f"not in the catalogue: {codes - set(CATALOGUE)}"


def test_the_catalogue_is_in_the_document_and_every_error_body_must_use_it():
    doc = document()
    error_code = doc["components"]["schemas"]["ErrorCode"]
    assert error_code["enum"] == sorted(CATALOGUE)
    assert error_code["x-error-codes"]["second_factor_required"] == {
        "status": 401, "meaning": CATALOGUE["second_factor_required"].meaning}
    assert "| `not_found` | 404 |" in markdown_table()
    # A response whose code is not in the catalogue fails the response check every API test makes.
    envelope = {"error": {"code": "made_up", "message": "", "fields": {}, "details": {}}}
    assert list(_validator({"$ref": "#/components/schemas/Error"}).iter_errors(envelope))
    # Every documented error status lists codes of that status.
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                for code in response.get("x-error-codes", []):
                    assert CATALOGUE[code].status == int(status), (method, path, status, code)


def test_named_types_are_components_referred_to_by_ref():
    doc = document()
    login = doc["paths"]["/api/v1/auth/login"]["post"]
    assert login["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Login"}
    assert "Token" in doc["components"]["schemas"]
    # Two features declaring different types under one name would get module-qualified names: rename one.
    assert all(name.isidentifier() and "__" not in name for name in doc["components"]["schemas"])
    assert doc["servers"] and doc["components"]["parameters"]["IdempotencyKey"]["schema"]["maxLength"] == 128


@pytest.mark.parametrize("route", [r for r in ROUTES if is_model(r.body)], ids=lambda r: f"{r.method} {r.path}")
def test_converted_routes_describe_who_may_call_them(route):
    assert route.roles, f"{route.method} {route.path}: say who may call it (roles)"
    assert route.description, f"{route.method} {route.path}: describe what it does and its side effects"


def test_every_json_body_and_answer_has_an_example():
    """Issue 16: every operation shows a request and a response example (binary and multipart exempt)."""
    missing = []
    for path, operations in document()["paths"].items():
        for method, operation in operations.items():
            request = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if request is not None and "example" not in request:
                missing.append(f"{method.upper()} {path} request")
            for status, response in operation["responses"].items():
                answer = response.get("content", {}).get("application/json")
                if status.startswith("2") and answer is not None and "example" not in answer:
                    missing.append(f"{method.upper()} {path} {status}")
    assert missing == []
