"""`fapiao serve` as a real process, for the operations tests and the generated-client test.

Helpers: a free port, a clean environment for the subprocess, and a
running server that is always stopped at the end.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The variables the subprocess keeps from ours; everything fapiao reads is given explicitly.
_KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SSL_CERT_FILE", "SSL_CERT_DIR")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {key: os.environ[key] for key in _KEEP if key in os.environ}
    env.update(PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1", DATA_DIR=str(tmp_path / "var"),
               DATABASE_URL=f"sqlite://{tmp_path}/fapiao.sqlite3")
    env.update(settings)
    return env


def fapiao(*args: str, env: dict[str, str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fapiao.cli", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, check=False)


class Server:
    """``fapiao serve …`` as a child process; its output goes to ``log``."""

    def __init__(self, args: list[str], *, env: dict[str, str], cwd: Path, port: int,
                 command: list[str] | None = None) -> None:
        self.port = port
        self.log = cwd / f"serve-{port}.log"
        self._out = self.log.open("w")
        argv = command or [sys.executable, "-m", "fapiao.cli", "serve", "--port", str(port), *args]
        self.proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=self._out, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited with {self.proc.returncode}:\n{self.output()}")
            with contextlib.suppress(OSError), urllib.request.urlopen(self.url("/api/v1/openapi.json"), timeout=2) as r:
                if r.status == 200:
                    return
            time.sleep(0.2)
        raise AssertionError(f"server not ready after {timeout}s:\n{self.output()}")

    def output(self) -> str:
        self._out.flush()
        return self.log.read_text(errors="replace")

    def terminate(self) -> None:
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> int:
        return self.proc.wait(timeout=timeout)

    def close(self) -> None:
        """Always called: a server still running (a failed test) is stopped, else killed with its workers."""
        if self.proc.poll() is None:
            self.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._out.close()


def connection_refused(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except ConnectionRefusedError:
        return True
