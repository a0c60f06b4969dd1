"""`fapiao serve` takes startup's objects out of the full garbage collections (fapiao/server.py)."""

from __future__ import annotations

import gc
import os
import signal
from pathlib import Path

import pytest

from core.settings import load_settings
from fapiao import server
from tests.kit.servers import free_port


def test_freeze_collects_startup_garbage_then_freezes() -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    Cycle()  # unreachable, but only the cycle collector frees it
    try:
        server.freeze_startup_heap()
        assert gc.get_freeze_count() > 0
        assert not any(type(obj) is Cycle for obj in gc.get_objects())  # collected before the freeze
    finally:
        gc.unfreeze()


async def test_serve_freezes_after_the_app_is_built_and_before_it_listens(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/fapiao.sqlite3")
    seen: list[str] = []
    real_start = server.AcceptAllSite.start

    def freeze() -> None:
        seen.append("freeze")
        os.kill(os.getpid(), signal.SIGTERM)  # serve's own handler: a clean stop right after startup

    async def start(site: server.AcceptAllSite) -> None:
        seen.append("listen")
        await real_start(site)

    monkeypatch.setattr(server, "freeze_startup_heap", freeze)
    monkeypatch.setattr(server.AcceptAllSite, "start", start)
    await server.serve(load_settings(), "127.0.0.1", free_port())
    assert seen == ["freeze", "listen"]
