"""ENVIRONMENT=production refuses each unsafe setting with one line per problem, and ``fapiao doctor``
names the same (issue 13 #4). /dev/* exists only outside production; plaintext WeChat mode needs
WECHAT_ALLOW_PLAINTEXT=true and is warned about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.settings import SettingsError, load_settings
from fapiao.cli import main

UNSAFE = {
    "ENVIRONMENT": "production",
    "SECRET_KEY": "aaaaaaaaaaaaaaaa",
    "WECHAT_TOKEN": "fapiao-dev-token",
    "WECHAT_API": "console",
    "EMAIL_PROVIDER": "console",
    "SMS_PROVIDER": "console",
    "PUBLIC_BASE_URL": "http://fapiao.example.com",
}
SAFE = {
    "ENVIRONMENT": "production",
    "SECRET_KEY": "Zq8v1Xr7Lm2Tn6Pw3Ks9Hd4Jf5Gb0Yc-_Ae",
    "WECHAT_TOKEN": "Qm3Rt7Yu1Io9Pa5Sd",
    "WECHAT_API": "wechat",
    "WECHAT_AES_KEY": "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
    "EMAIL_PROVIDER": "smtp",
    "SMS_PROVIDER": "tencent",
    "PUBLIC_BASE_URL": "https://fapiao.example.com",
}
NAMES = ["SECRET_KEY", "WECHAT_TOKEN", "WECHAT_API", "EMAIL_PROVIDER", "PUBLIC_BASE_URL", "WECHAT_AES_KEY",
         "SMS_PROVIDER"]


@pytest.fixture
def env(monkeypatch: Any, tmp_path: Path) -> Any:
    monkeypatch.chdir(tmp_path)
    for name in {*UNSAFE, *SAFE, "WECHAT_ALLOW_PLAINTEXT", "DATABASE_URL", "REDIS_URL"}:
        monkeypatch.delenv(name, raising=False)

    def set_env(values: dict[str, str]) -> None:
        for key, value in values.items():
            monkeypatch.setenv(key, value)

    return set_env


def test_production_refuses_each_unsafe_setting_on_its_own_line(env: Any) -> None:
    env(UNSAFE)
    with pytest.raises(SettingsError) as exc:
        load_settings(_env_file=None)
    problems = exc.value.problems
    assert sorted(p.split(":", 1)[0] for p in problems) == sorted(NAMES)
    assert all("\n" not in p for p in problems)


def test_safe_production_settings_pass_and_plaintext_needs_consent(env: Any) -> None:
    env(SAFE)
    assert load_settings(_env_file=None).production_problems() == []
    env({"WECHAT_AES_KEY": ""})
    with pytest.raises(SettingsError) as exc:
        load_settings(_env_file=None)
    assert [p.split(":", 1)[0] for p in exc.value.problems] == ["WECHAT_AES_KEY"]
    env({"WECHAT_ALLOW_PLAINTEXT": "true"})
    settings = load_settings(_env_file=None)
    assert settings.production_warnings() and "plaintext" in settings.production_warnings()[0]


def test_doctor_lists_every_unsafe_setting(env: Any, capsys: Any) -> None:
    env(UNSAFE)
    assert main(["doctor"]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    failed = [line for line in lines if line.startswith("FAIL")]
    for name in NAMES:
        assert sum(name + ":" in line for line in failed) == 1, (name, lines)
    assert "aaaaaaaaaaaaaaaa" not in "\n".join(lines)


def test_dev_routes_exist_only_outside_production(settings: Any, runtime: Any) -> None:
    from fapiao.server import build_app

    paths = {getattr(r.resource, "canonical", "") for r in build_app(runtime, background=False).router.routes()}
    assert "/dev/pushes" in paths
    settings.environment = "production"
    paths = {getattr(r.resource, "canonical", "") for r in build_app(runtime, background=False).router.routes()}
    assert "/dev/pushes" not in paths and "/dev/media" not in paths
