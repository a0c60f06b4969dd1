"""`fapiao serve --port P` without PUBLIC_BASE_URL sends links on port P (issue 18)."""

from __future__ import annotations

import pytest

from core.settings import Settings, load_settings


@pytest.fixture(autouse=True)
def _no_env_file(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)


def test_unset_base_url_follows_the_port() -> None:
    settings = load_settings().for_listening("127.0.0.1", 8108)
    assert settings.public_base_url == "http://127.0.0.1:8108"


def test_wildcard_host_is_reached_on_loopback() -> None:
    assert load_settings().for_listening("0.0.0.0", 9001).public_base_url == "http://127.0.0.1:9001"
    assert load_settings().for_listening("::", 9001).public_base_url == "http://127.0.0.1:9001"
    assert load_settings().for_listening("::1", 9001).public_base_url == "http://[::1]:9001"


def test_explicit_base_url_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://fapiao.example.cn/")
    settings = load_settings().for_listening("127.0.0.1", 8108)
    assert settings.public_base_url == "https://fapiao.example.cn"


def test_cli_serve_passes_the_derived_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from fapiao import cli, server
    from fapiao.cli import serve as serve_command

    seen: list[Settings] = []

    async def fake_serve(settings: Settings, host: str, port: int) -> None:
        seen.append(settings)

    monkeypatch.setattr(server, "serve", fake_serve)
    monkeypatch.setattr(serve_command, "setup_logging", lambda verbose=False: None)
    args = cli.build_parser().parse_args(["serve", "--port", "8123"])
    assert args.func(args) == 0
    assert seen[0].public_base_url == "http://127.0.0.1:8123"
