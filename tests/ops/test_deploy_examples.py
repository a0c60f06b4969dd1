"""The deployment examples in deploy/ pass their tools' syntax checks (where the tools exist),
the environment example loads as valid settings, and the gunicorn app factory serves."""

from __future__ import annotations

import importlib.util
import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import Settings, load_settings
from tests.kit.servers import REPO, Server, free_port, server_env

DEPLOY = REPO / "deploy"


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    unit = (DEPLOY / "fapiao.service").read_text()
    assert re.search(r"^ExecStart=\S+/fapiao serve .*--workers \d+", unit, re.M)
    assert "EnvironmentFile=" in unit and re.search(r"^KillSignal=SIGTERM$", unit, re.M)
    # The stop timeout leaves room for the app's shutdown timeout plus its background tasks.
    stop = int(re.search(r"^TimeoutStopSec=(\d+)$", unit, re.M).group(1))  # type: ignore[union-attr]
    assert stop >= load_settings().shutdown_timeout_seconds + 30
    # verify wants ExecStart to exist: point it at this checkout's fapiao script (or python).
    executable = Path(sys.executable).with_name("fapiao")
    target = executable if executable.exists() else Path(sys.executable)
    copy = tmp_path / "fapiao.service"
    copy.write_text(re.sub(r"^ExecStart=\S+", f"ExecStart={target}", unit, flags=re.M))
    result = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0 and "Failed to" in result.stderr and str(copy) not in result.stderr:
        pytest.skip(f"systemd-analyze cannot run here: {result.stderr.strip()[:200]}")
    # Unknown keys and bad values are only warnings (exit 0): none may name our unit.
    problems = [line for line in (result.stdout + result.stderr).splitlines() if copy.name in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_nginx_config_passes_nginx_t(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
                                           if os.access(p, os.X_OK)), None)
    openssl = shutil.which("openssl")
    if nginx is None or openssl is None:
        pytest.skip("nginx (and openssl for a test certificate) is not installed")
    site = (DEPLOY / "nginx.conf").read_text()
    assert re.search(r"client_max_body_size 11m;", site)  # the app's upload cap (build_app)
    assert "proxy_set_header X-Request-Id" in site and "deny all;" in site
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=fapiao.test"], capture_output=True, check=True, timeout=60)
    site = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {cert};", site)
    site = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {key};", site)
    site = site.replace("/var/log/nginx/", f"{tmp_path}/")
    (tmp_path / "site.conf").write_text(site)
    temp = "\n".join(f"    {kind}_temp_path {tmp_path}/{kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    wrapper = tmp_path / "nginx.conf"
    wrapper.write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
                       f"http {{\n{temp}\n    access_log off;\n    include {tmp_path}/site.conf;\n}}\n")
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(wrapper), "-e", f"{tmp_path}/error.log"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_env_example_is_valid_production_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DEPLOY / "env.example").read_text()
    filled = re.sub(r"<[^>]*>", "x", text)
    # Random values where production requires them (a weak secret or token is refused).
    filled = re.sub(r"^SECRET_KEY=.*$", "SECRET_KEY=" + secrets.token_urlsafe(32), filled, flags=re.M)
    filled = re.sub(r"^WECHAT_TOKEN=.*$", "WECHAT_TOKEN=" + secrets.token_urlsafe(16), filled, flags=re.M)
    filled = re.sub(r"^WECHAT_AES_KEY=.*$", "WECHAT_AES_KEY=" + "a" * 43, filled, flags=re.M)
    (tmp_path / ".env").write_text(filled)
    for name in list(os.environ):  # only the file counts
        if name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    settings = load_settings()  # production: refuses development defaults, so this is a real check
    assert settings.environment == "production" and not settings.embedded
    assert settings.trusted_proxies == "127.0.0.1"
    assert settings.sms_tencent_templates == {"sms.code": "x"}
    assert settings.smtp_from == "fapiao x"


@pytest.mark.skipif(importlib.util.find_spec("gunicorn") is None,
                    reason="gunicorn is not installed (optional extra: pip install .[gunicorn])")
def test_gunicorn_serves_the_app_factory(tmp_path: Path) -> None:
    port = free_port()
    env = server_env(tmp_path)
    gunicorn = [sys.executable, "-m", "gunicorn", "fapiao.server:gunicorn_app", "--worker-class",
                "aiohttp.GunicornWebWorker", "--workers", "1", "--bind", f"127.0.0.1:{port}",
                "--graceful-timeout", "10"]
    server = Server([], env=env, cwd=tmp_path, port=port, command=gunicorn)
    try:
        server.wait_ready()
        server.terminate()
        assert server.wait(timeout=60) == 0, server.output()
        assert "Booting worker" in server.output()
    finally:
        server.close()
