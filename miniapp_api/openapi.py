"""The OpenAPI 3.1 document, generated from the route table so it cannot drift."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from miniapp_api.http import API_PREFIX
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import Route

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message", "fields"],
        "properties": {
            "code": {"type": "string"},
            "message": {"type": "string"},
            "fields": {"type": "object", "additionalProperties": {"type": "string"}},
            "details": {"type": "object"},
            "request_id": {"type": "string"},
        },
    }},
}


#: The pagination parameters' components: every list refers to them.
PAGE_PARAMETERS = {"cursor": "Cursor", "limit": "Limit"}


def build_document(routes: Iterable[Route]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for route in routes:
        operation: dict[str, Any] = {
            "summary": route.summary,
            "tags": [route.tag],
            "operationId": f"{route.method.lower()}_{route.path.strip('/').replace('/', '_').replace('-', '_')}"
                           .replace("{", "").replace("}", ""),
            "responses": {},
        }
        if route.auth:
            operation["security"] = [{"bearer": []}]
        else:
            operation["security"] = []
        if route.body is not None:
            operation["requestBody"] = {"required": True,
                                        "content": {"application/json": {"schema": route.body}}}
        params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                  for name in _path_params(route.path)]
        params += [{"$ref": f"#/components/parameters/{PAGE_PARAMETERS[name]}"}
                   if PAGE_QUERY.get(name) is schema else
                   {"name": name, "in": "query", "required": False, "schema": schema}
                   for name, schema in route.query.items()]
        if params:
            operation["parameters"] = params
        for status, schema in route.responses.items():
            response: dict[str, Any] = {"description": "OK"}
            if schema is not None:
                response["content"] = {"application/json": {"schema": schema}}
            operation["responses"][str(status)] = response
        # 503: the database or Redis is unreachable (any route), or a declared maintenance window (writes).
        error_statuses = set(route.errors) | {400, 422, 500, 503} | ({401} if route.auth else set())
        if route.method not in ("GET", "HEAD"):
            error_statuses |= {413}  # body cap
        for status in sorted(error_statuses):
            operation["responses"].setdefault(str(status), {
                "description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
            })
        if "429" in operation["responses"]:
            operation["responses"]["429"] = {**operation["responses"]["429"], "headers": {"Retry-After": {
                "description": "Seconds to wait before trying again (also details.retry_after)",
                "schema": {"type": "integer", "minimum": 1}}}}
        paths.setdefault(API_PREFIX + route.path, {})[route.method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": "fapiao mini-program API", "version": "1"},
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": ERROR},
            # Every list's two query parameters, described once (miniapp_api/pagination.py).
            "parameters": {component: {"name": name, "in": "query", "required": False, "schema": PAGE_QUERY[name],
                                       "description": PAGE_QUERY[name]["description"]}
                           for name, component in PAGE_PARAMETERS.items()},
        },
    }


def _path_params(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")]
