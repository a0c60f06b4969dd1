"""bench_issue_api.py with its server under bench/profiled_serve.py --cpu (cProfile of the loop
thread, CPU time): started once the server is up, written just before SIGTERM (registration,
warm-up and the number check's listing included). Run from the worktree root:

    CPU_OUT=/tmp/cpu flock /work/bench.lock .venv/bin/python bench/results/2026-12-07/pgissue/cpu_bench.py \
        --backend postgres --count 2000
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT / "bench"))
import benchlib  # noqa: E402

OUT = os.environ["CPU_OUT"]
_start, _stop = benchlib.ServerProcess.start, benchlib.ServerProcess.stop


def command(self: Any) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "profiled_serve.py"), "--cpu", "--host", "127.0.0.1",
            "--port", str(self.port), "--out", OUT]


def start(self: Any, timeout: float | None = None) -> None:
    _start(self, timeout)
    os.kill(self.pid, signal.SIGUSR1)


def stop(self: Any, *args: Any, **kwargs: Any) -> Any:
    if self.proc is not None and self.proc.poll() is None:
        os.kill(self.pid, signal.SIGUSR2)
        time.sleep(3)
    return _stop(self, *args, **kwargs)


benchlib.ServerProcess.command = command  # type: ignore[method-assign]
benchlib.ServerProcess.start = start  # type: ignore[method-assign]
benchlib.ServerProcess.stop = stop  # type: ignore[method-assign]
sys.argv = ["bench/bench_issue_api.py", *sys.argv[1:]]
runpy.run_path(str(ROOT / "bench" / "bench_issue_api.py"), run_name="__main__")
