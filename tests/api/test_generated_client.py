"""Proof that the OpenAPI document is enough (issue 16): a TypeScript client typed ONLY from
/api/v1/openapi.json type-checks and runs the mini-program's whole journey against a real server.

examples/miniprogram/ is copied to a temporary folder; there ``npm ci`` installs the pinned tools,
``openapi-typescript`` turns the served document into types, Redocly's recommended lint rules
(examples checked against their schemas) must find no error, ``tsc --noEmit`` checks the
mini-program code against them and WeChat's typings (strict), ``tsc`` builds it with the node
runner, and node runs the journey (wx.login → /auth/wechat → SMS sign-up → bind, company and
taxpayer authorisation, a refused form, issue to a wx.chooseInvoiceTitle title with an Idempotency-Key
(replayed, then refused with another body), a second invoice by quantity, the list page by page, PDF
through wx.downloadFile, verification, subscribe messages, filing status) with a wx shim on fetch.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import urllib.request
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.kit.servers import Server, free_port, server_env

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "miniprogram"
NODE, NPM = shutil.which("node"), shutil.which("npm")
COMPANY = "武汉光谷软件有限公司"
TEMPLATES = {"filing.status": {"template_id": "TPL-filing-status", "fields": {"thing1": "period"}}}

pytestmark = [
    pytest.mark.skipif(not (NODE and NPM), reason="node and npm are not installed (.ci/run installs them from Debian)"),
    pytest.mark.skipif(bool(os.environ.get("FAPIAO_TEST_DATABASE_URL")),
                       reason="runs once, in the embedded-default pass: its server is always an embedded one"),
]


_started: list[subprocess.Popen[str]] = []


def _command(argv: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "npm_config_update_notifier": "false", "npm_config_fund": "false", "npm_config_audit": "false"}
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    _started.append(process)
    return process


def _finish(process: subprocess.Popen[str], timeout: float) -> str:
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    assert process.returncode == 0, f"{' '.join(map(str, process.args))} failed ({process.returncode}):\n{output}"
    return output


def _copy_example(to: Path) -> Path:
    ignored = shutil.ignore_patterns("node_modules", "build", "generated")
    shutil.copytree(EXAMPLE, to, ignore=ignored)
    return to


def test_a_client_generated_from_the_document_runs_the_mini_program_journey(tmp_path: Path) -> None:
    client = _copy_example(tmp_path / "miniprogram")
    tools = client / "node_modules" / ".bin"
    env = server_env(tmp_path, MINIAPP_SUBSCRIBE_TEMPLATES=json.dumps(TEMPLATES))
    server = Server([], env=env, cwd=tmp_path, port=free_port())
    try:
        # The server starts while npm installs; the two type-checks run side by side.
        install = _command([str(NPM), "ci", "--no-audit", "--no-fund", "--prefer-offline"], client)
        server.wait_ready()
        with urllib.request.urlopen(server.url("/api/v1/openapi.json"), timeout=10) as response:
            (tmp_path / "openapi.json").write_bytes(response.read())
        _finish(install, timeout=600)
        _finish(_command([str(tools / "openapi-typescript"), str(tmp_path / "openapi.json"), "-o",
                          "src/generated/api.d.ts"], client), timeout=120)
        checks = [_command([str(tools / "tsc"), "--noEmit", "-p", "tsconfig.json"], client),  # the mini-program code
                  _command([str(tools / "tsc"), "-p", "tsconfig.node.json"], client)]  # + runner and wx shim, emitted
        for check in checks:
            _finish(check, timeout=300)
        lint = _command([str(NODE), "build/node/lint.js", str(tmp_path / "openapi.json")], client)  # Redocly's rules
        result = subprocess.run([str(NODE), "build/node/run.js", server.url(""), str(server.log)], cwd=client,
                                capture_output=True, text=True, timeout=120, check=False)
        _finish(lint, timeout=120)
    finally:
        server.close()
        for process in _started:  # a failed step leaves none of the others running
            if process.poll() is None:
                process.kill()
                process.wait()

    steps: dict[str, dict[str, Any]] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        steps[record.pop("step")] = record
    assert result.returncode == 0 and "done" in steps, f"journey failed:\n{result.stdout}\n{result.stderr}"

    assert steps["login"] == {"via": "sms_then_wechat", "bound": True, "account_id": steps["login"]["account_id"],
                              "bound_wechat": True}
    assert steps["company"]["auth_state"] == "pending"  # no invoice before the taxpayer's authorisation
    assert steps["authorisation"]["auth_state"] == "authorized"

    # A wrong form: 422 with the error envelope naming each field (a Chinese sentence per field).
    refused = steps["refused"]
    assert (refused["status"], refused["code"]) == (422, "validation_failed")
    assert set(refused["fields"]) == {"buyer.tax_id", "lines.0.amount"} and all(refused["fields"].values())
    assert steps["idempotency_mismatch"] == {"status": 422, "code": "idempotency_mismatch"}

    issued = steps["issue"]
    assert re.fullmatch(r"\d{20}", issued["number"]), issued  # the platform's 20-digit 数电票 number
    assert issued["status"] == "issued" and issued["amount_incl_tax"] == "388.00"  # the amount sent, tax included
    assert Decimal(issued["amount_excl_tax"]) + Decimal(issued["tax"]) == Decimal("388.00")
    assert re.fullmatch(r"\d+\.\d\d", issued["tax"]) and issued["rates"] == ["0.06"]  # money 2 places, one rate spelling
    assert issued["buyer_name"] == "武汉某某餐饮有限公司"  # from wx.chooseInvoiceTitle's object
    assert issued["replayed"] == "true"  # the retry with the same Idempotency-Key was a replay, not a 2nd invoice

    person = steps["issue_person"]
    assert person["amount_incl_tax"] == "500.00" and person["quantity"] == "20"  # no trailing zeros
    # Newest first, one per page with limit=1, next_cursor passed back until null; limit=1000 is refused.
    assert steps["list"]["numbers"] == [person["number"], issued["number"]] and steps["list"]["pages"] == 2
    assert steps["list"]["limit_1000"] == {"status": 422, "fields": ["limit"]}

    pdf = steps["pdf"]
    assert pdf["magic"] == "%PDF-" and pdf["bytes"] > 1000
    assert pdf["file"] == f"电子发票-{issued['number']}.pdf"
    assert steps["done"]["opened"] == [pdf["file"]]  # wx.openDocument got the downloaded file

    assert steps["verify"]["seller"] == COMPANY and steps["verify"]["status"] == "issued"  # the invoices' word
    assert steps["verify"]["verify_url"].startswith(server.url("/v/"))

    assert steps["subscribe"] == {"offered": 1, "recorded": 1, "unspent": {"TPL-filing-status": 1}}

    filing = steps["filing"]
    assert filing["prepared"] == "draft" and filing["submitted"] == "submitted" and filing["listed"] == "submitted"
    assert filing["event_times"] and all(at.endswith("+08:00") for at in filing["event_times"])  # China time
