"""Drive schemathesis over every operation of the OpenAPI document against a running server.

Used by tests/abuse/test_schemathesis.py (a few examples per operation, in CI) and by
bench/run_schemathesis.py (a large run). Synchronous: call it from a thread while the server's
event loop keeps serving.
"""

from __future__ import annotations

import contextlib
import copy
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from miniapp_api.app import document

#: Operations left out of the run, with the reason.
SKIPPED = {
    ("POST", "/api/v1/auth/logout"): "would end the session every other case uses (covered in tests/api)",
}
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@dataclass
class Report:
    cases: int = 0
    operations: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    by_operation: dict[str, dict[int, int]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)

    def summary(self) -> str:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(self.by_status.items()))
        return (f"schemathesis: {self.cases} cases over {self.operations} operations ({statuses}); "
                f"{sum(len(v) for v in self.failures.values())} failures")


def run(base_url: str, token: str, *, examples: int,
        modes: tuple[GenerationMode, ...] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
        max_failures_per_operation: int = 3, known_ids: dict[str, Any] | None = None) -> Report:
    """``examples`` per operation and generation mode; derandomized, so every run sends the same cases.

    ``known_ids`` (path parameter name → an id of the signed-in company's objects) adds a second pass on
    each operation with that parameter pinned to a real object, so bodies reach the business rules
    instead of stopping at "not found"."""
    schema = schemathesis.openapi.from_dict(copy.deepcopy(document()))
    # The bearer token comes from us on every case; negative data goes to bodies and parameters, not to
    # the Authorization header (a missing or bad token is the same 401 every time, covered in tests/api).
    schema.config.generation.update(with_security_parameters=False)
    report = Report()
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}"}

    def checker(label: str, mode: GenerationMode, strategy: Any) -> Any:
        @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def check(case: Any) -> None:
            response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
            report.cases += 1
            report.by_status[response.status_code] = report.by_status.get(response.status_code, 0) + 1
            per_op = report.by_operation.setdefault(label, {})
            per_op[response.status_code] = per_op.get(response.status_code, 0) + 1
            try:
                case.validate_response(response, checks=CHECKS, headers=headers)
            except (AssertionError, BaseExceptionGroup) as exc:
                found = report.failures.setdefault(label, [])
                if len(found) < max_failures_per_operation:
                    text = str(exc).strip().splitlines()
                    found.append(f"[{mode.value}] {response.status_code} {' | '.join(text[:6])[:600]}\n"
                                 f"    {case.as_curl_command(headers=headers)[:400]}")

        return check

    for result in schema.get_all_operations():
        operation = result.ok()
        key = (operation.method.upper(), operation.path)
        if key in SKIPPED:
            continue
        report.operations += 1
        names = [p["name"] for p in operation.definition.raw.get("parameters", []) if p.get("in") == "path"]
        pinned = {name: str(known_ids[name]) for name in names if known_ids and name in known_ids}
        passes: list[dict[str, str] | None] = [None, pinned] if pinned and len(pinned) == len(names) else [None]
        for path_parameters in passes:
            for mode in modes:
                # Negative mode has nothing to break in an operation without parameters or body.
                with contextlib.suppress(Unsatisfiable):
                    strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters)
                    checker(f"{key[0]} {key[1]}", mode, strategy)()
    return report
