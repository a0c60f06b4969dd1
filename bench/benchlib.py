"""Shared helpers for the API benchmarks: machine facts, percentiles, a server process
started the way production starts it (``fapiao serve``), registration through the API,
PostgreSQL/Redis housekeeping and /proc CPU accounting.

Everything talks to 127.0.0.1 only. Not a test module and not application code.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The checkout's own venv, else the one running this bench (a git worktree shares the main
#: checkout's venv, whose editable install points at the main checkout).
VENV_BIN = ROOT / ".venv" / "bin" if (ROOT / ".venv" / "bin").exists() else Path(sys.executable).parent
# The servers and CLIs a bench starts run THIS checkout's code: PYTHONPATH comes before the
# editable install's finder.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USER = "postgres"
#: Redis database reserved for benchmarks (never 0 or 15: those belong to dev and tests).
BENCH_REDIS_DB = 9
BENCH_REDIS_URL = f"redis://127.0.0.1:6379/{BENCH_REDIS_DB}"
PASSWORD = "Kaipiao#2026"
COMPANY_TAX_ID = "91110000600037341L"
BUYER_TAX_ID = "9144030071526726XG"
FORBIDDEN_DATABASES = {"test", "postgres", "template0", "template1"}

#: The 2-line 专票 body used by the issue benchmark (same as tests/api/test_invoices_api.py).
SPECIAL_BODY: dict[str, Any] = {
    "kind": "special",
    "price_includes_tax": True,
    "buyer": {"name": "深圳某某科技有限公司", "tax_id": BUYER_TAX_ID},
    "lines": [
        {"name": "技术服务费", "amount": "1000", "rate": "0.06"},
        {"name": "打印纸", "quantity": "10", "unit_price": "22.6", "rate": "0.13", "unit": "包"},
    ],
}


# -- machine ---------------------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return {
        "cores": f"{os.cpu_count()} logical ({usable} usable by this process)",
        "memory": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "cpu": model,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def code_version() -> str:
    """The commit the benchmark ran on (read-only git), and whether the tree had local edits."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head or 'unknown'}{' + uncommitted edits in the work tree' if dirty else ''}"


def print_header(title: str, extra: Mapping[str, Any]) -> None:
    print(f"== {title} ==")
    for key, value in {**machine_info(), "code": code_version(), **extra}.items():
        print(f"{key:>12}: {value}")
    sys.stdout.flush()


def postgres_version() -> str:
    try:
        return psql("SELECT version()", database="postgres").strip().split(" on ")[0]
    except Exception as exc:  # pragma: no cover - informative only
        return f"unknown ({exc})"


# -- statistics ------------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """Linear interpolation between closest ranks; ``p`` in 0..100."""
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def summary_ms(values_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    return {
        "p50": percentile(ordered, 50),
        "p95": percentile(ordered, 95),
        "p99": percentile(ordered, 99),
        "max": ordered[-1] if ordered else float("nan"),
        "mean": sum(ordered) / len(ordered) if ordered else float("nan"),
    }


# -- /proc CPU accounting ----------------------------------------------------------------------------

_TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu_seconds(pid: int) -> float:
    """user+system CPU seconds of one process (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


def proc_io_calls(pid: int) -> tuple[int, int]:
    """(read, write) system calls of one process so far, from /proc/<pid>/io (syscr, syscw: the
    read and write family, e.g. uvloop's socket read/write/writev; not send/recv, which asyncio's
    own loop uses); (0, 0) if it is gone or not readable."""
    try:
        fields = dict(line.split(": ", 1) for line in Path(f"/proc/{pid}/io").read_text().splitlines())
    except (OSError, ValueError):
        return 0, 0
    return int(fields.get("syscr", 0)), int(fields.get("syscw", 0))


def cpu_seconds_by_name(name: str) -> float:
    """user+system CPU seconds summed over all processes whose comm is ``name``
    (e.g. the PostgreSQL backends). Counts only processes alive now."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        comm = stat[stat.find("(") + 1: stat.rfind(")")]
        if comm == name or comm.startswith(name + ":"):
            fields = stat.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / _TICKS
    return total


def system_cpu_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, from /proc/stat."""
    parts = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    values = [int(v) for v in parts]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    total = sum(values[:8])
    return (total - idle) / _TICKS, total / _TICKS


def descendants(pid: int) -> list[int]:
    """pid and all its descendants (the workers of ``fapiao serve --workers N``)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += children.get(current, [])
    return out


class CpuMeter:
    """CPU used by the server process, PostgreSQL, Redis, this client and the whole machine
    between :meth:`start` and :meth:`stop`, as a share of one core."""

    def __init__(self, server_pids: int | Sequence[int] | None) -> None:
        if server_pids is None:
            server_pids = []
        self.server_pids = [server_pids] if isinstance(server_pids, int) else list(server_pids)

    def _sample(self) -> dict[str, float]:
        busy, total = system_cpu_seconds()
        return {
            "server": sum(proc_cpu_seconds(pid) for pid in self.server_pids),
            "postgres": cpu_seconds_by_name("postgres"),
            "redis": cpu_seconds_by_name("redis-server"),
            "client (this process)": time.process_time(),
            "machine busy": busy,
            "machine total": total,
            "wall": time.perf_counter(),
        }

    def _io(self) -> tuple[int, int]:
        calls = [proc_io_calls(pid) for pid in self.server_pids]
        return sum(c[0] for c in calls), sum(c[1] for c in calls)

    def start(self) -> None:
        self.before = self._sample()
        self.io_before = self._io()

    def stop(self) -> dict[str, float]:
        after = self._sample()
        io_after = self._io()
        #: The server's (read, write) system calls in the window (see proc_io_calls).
        self.io_calls = (io_after[0] - self.io_before[0], io_after[1] - self.io_before[1])
        wall = after["wall"] - self.before["wall"]
        shares = {key: (after[key] - self.before[key]) / wall for key in after
                  if key not in ("wall", "machine busy", "machine total")}
        total = after["machine total"] - self.before["machine total"]
        shares["machine (all cores)"] = (after["machine busy"] - self.before["machine busy"]) / total * (
            os.cpu_count() or 1) if total else 0.0
        # Whatever else ran meanwhile (other people's jobs on a shared machine) competes for the cores.
        shares["other processes"] = max(0.0, shares["machine (all cores)"] - sum(
            shares[k] for k in ("server", "postgres", "redis", "client (this process)")))
        return shares


def format_cpu(shares: Mapping[str, float]) -> str:
    return ", ".join(f"{name} {share * 100:.0f}%" for name, share in shares.items())


# -- PostgreSQL and Redis housekeeping ------------------------------------------------------------------


def psql(sql: str, *, database: str, tuples_only: bool = True, timeout: float = 600) -> str:
    """Run SQL through psql against 127.0.0.1 (trust auth) and return stdout."""
    args = ["psql", "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-d", database, "-v", "ON_ERROR_STOP=1",
            "-X", "-q"]
    if tuples_only:
        args += ["-A", "-t"]
    result = subprocess.run([*args, "-c", sql], capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"psql failed: {result.stderr.strip()}")
    return result.stdout


def recreate_database(name: str) -> None:
    if name in FORBIDDEN_DATABASES or not name.startswith("fapiao_bench"):
        raise SystemExit(f"refusing to drop database {name!r}: benchmarks only use fapiao_bench*")
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', database="postgres")
    psql(f'CREATE DATABASE "{name}"', database="postgres")


def postgres_url(name: str, **params: Any) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items() if v is not None)
    return f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}" + (f"?{query}" if query else "")


def flush_bench_redis() -> None:
    """FLUSHDB on the benchmark database (9) only."""
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=BENCH_REDIS_DB, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def fapiao_executable() -> str:
    candidate = VENV_BIN / "fapiao"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("fapiao")
    if not found:
        raise SystemExit("fapiao executable not found: install the project into .venv first")
    return found


def run_migrate(env: Mapping[str, str], cwd: Path) -> None:
    result = subprocess.run([fapiao_executable(), "migrate"], env={**os.environ, **env}, cwd=cwd,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"fapiao migrate failed:\n{result.stdout}\n{result.stderr}")
    print(f"migrate: {result.stdout.strip()}")


# -- the server process ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_SMS_RE = re.compile(r"SMS to (\d+): .*?验证码是\s*(\d{6})")


class ServerProcess:
    """``fapiao serve --port P`` in a child process; its combined stdout/stderr is read by
    a thread so that the pipe never fills, and searched for SMS codes."""

    def __init__(self, env: Mapping[str, str], cwd: Path, port: int | None = None,
                 extra_args: Sequence[str] = ()) -> None:
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **env}
        self.cwd = cwd
        self.extra_args = list(extra_args)
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self.proc: subprocess.Popen[str] | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    #: How long :meth:`start` waits for "serving on" by default, and what a failure calls the process.
    start_timeout: float = 90
    label = "server"

    def command(self) -> list[str]:
        """What runs: ``fapiao serve``; the profiled, callgrind and ceiling servers change only this."""
        return [fapiao_executable(), "serve", "--host", "127.0.0.1", "--port", str(self.port), *self.extra_args]

    def start(self, timeout: float | None = None) -> None:
        self.proc = subprocess.Popen(self.command(), env=self.env, cwd=self.cwd, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, bufsize=1)
        threading.Thread(target=self._pump, daemon=True).start()
        if not self.wait_for(lambda line: "serving on" in line, timeout or self.start_timeout):
            self.stop()
            raise SystemExit(f"{self.label} did not start:\n" + "".join(self.lines[-40:]))

    def _pump(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._cond:
                self.lines.append(line)
                self._cond.notify_all()

    def wait_for(self, predicate: Any, timeout: float, start_at: int = 0) -> str | None:
        deadline = time.monotonic() + timeout
        seen = start_at
        with self._cond:
            while True:
                for line in self.lines[seen:]:
                    if predicate(line):
                        return line
                seen = len(self.lines)
                if self.proc is not None and self.proc.poll() is not None and seen == len(self.lines):
                    return None
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._cond.wait(min(remaining, 0.2))

    def sms_code(self, phone: str, timeout: float = 10, start_at: int = 0) -> str:
        line = self.wait_for(lambda text: (m := _SMS_RE.search(text)) is not None and m.group(1) == phone,
                             timeout, start_at)
        if line is None:
            raise SystemExit(f"no SMS code for {phone} in the server log")
        match = _SMS_RE.search(line)
        assert match is not None
        return match.group(2)

    def error_lines(self) -> list[str]:
        return [line for line in self.lines if " ERROR " in line or "Traceback" in line]

    def stop(self, timeout: float = 30) -> int | None:
        """SIGTERM, wait, and SIGKILL only if it did not stop by itself."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            # Which step of the shutdown was still running: its last log lines, before the kill.
            with self._cond:
                tail = self.lines[-20:]
            print(f"{self.label} did not stop within {timeout:.0f} s of SIGTERM; its last log lines:",
                  *(f"  {line.rstrip()}" for line in tail), sep="\n", file=sys.stderr)
            self.proc.kill()
            return self.proc.wait(10)


async def api_call(session: Any, base_url: str, method: str, path: str, body: Any = None,
                   token: str | None = None, expect: int | None = None, **kwargs: Any) -> tuple[int, Any]:
    headers = dict(kwargs.pop("headers", {}) or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    async with session.request(method, base_url + "/api/v1" + path, json=body, headers=headers, **kwargs) as resp:
        data = await resp.json() if resp.content_type == "application/json" else await resp.read()
        if expect is not None and resp.status != expect:
            raise SystemExit(f"{method} {path}: expected {expect}, got {resp.status}: {data}")
        return resp.status, data


async def register_with_company(session: Any, server: ServerProcess, phone: str, company_name: str,
                                tax_id: str = COMPANY_TAX_ID) -> str:
    """Register through the API (SMS code read from the server log), create the company;
    returns the bearer token."""
    mark = len(server.lines)
    await api_call(session, server.base_url, "POST", "/auth/sms-codes", {"phone": phone, "purpose": "register"},
                   expect=202)
    code = await asyncio.to_thread(server.sms_code, phone, 10, mark)
    _, body = await api_call(session, server.base_url, "POST", "/auth/register", {
        "phone": phone, "code": code, "password": PASSWORD, "display_name": "压测会计"}, expect=201)
    token = str(body["token"])
    mark = len(server.lines)
    await api_call(session, server.base_url, "POST", "/companies", {
        "name": company_name, "tax_id": tax_id, "taxpayer_kind": "general", "issuer_name": "王会计"},
        token=token, expect=201)
    # The company may issue once the platform confirms the taxpayer's authorisation: the sandbox
    # platform logs the code as `TAX AUTH for <tax id>: <code>`, as the SMS console logs codes.
    line = await asyncio.to_thread(server.wait_for, lambda text: f"TAX AUTH for {tax_id}:" in text, 10, mark)
    if line is None:
        raise SystemExit(f"no TAX AUTH code for {tax_id} in the server log")
    auth_code = line.rsplit(":", 1)[1].strip().split()[0].strip('"')
    await api_call(session, server.base_url, "POST", "/company/authorization", {"code": auth_code},
                   token=token, expect=200)
    return token


# -- profiling with py-spy (optional) ----------------------------------------------------------------


class PySpy:
    """``py-spy record`` of the server process while the measured phase runs (raw collapsed
    stacks), then a summary of where its samples went."""

    def __init__(self, pid: int, output: Path, rate: int = 200) -> None:
        exe = VENV_BIN / "py-spy"
        if not exe.exists():
            raise SystemExit("--profile needs py-spy: .venv/bin/pip install py-spy")
        self.output = output
        self.proc = subprocess.Popen(
            [str(exe), "record", "-p", str(pid), "-f", "raw", "-o", str(output), "-r", str(rate), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)  # let it attach

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def summarize_collapsed(path: Path, top: int = 25, idle_markers: Sequence[str] = ("select (selectors.py",
                                                                                      "_run_once (asyncio")) -> str:
    """Inclusive and self shares per function from py-spy's raw (collapsed) output."""
    from collections import Counter

    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    idle = 0
    for line in path.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        frames = stack.split(";")
        total += count
        leaf = frames[-1]
        if any(marker in leaf for marker in idle_markers[:1]):
            idle += count
        own[_short(leaf)] += count
        for name in {_short(f) for f in frames}:
            inclusive[name] += count
    if not total:
        return "no samples"
    out = [f"{total} samples ({idle / total:.0%} idle in select()); inclusive share per function (top {top}):"]
    for name, count in inclusive.most_common(top):
        out.append(f"  {count / total:6.1%}  {name}")
    out.append(f"self share per function (top {top}):")
    for name, count in own.most_common(top):
        out.append(f"  {count / total:6.1%}  {name}")
    return "\n".join(out)


def _short(frame: str) -> str:
    # "func (path/to/module.py:123)" -> "func (module.py)"
    name, _, where = frame.partition(" (")
    where = where.rstrip(")")
    file = where.rsplit(":", 1)[0]
    parts = file.split("/")
    short = "/".join(parts[-2:]) if len(parts) > 1 else file
    return f"{name} ({short})"


async def pg_round_trip_probe(database: str = "postgres", n: int = 2000) -> str:
    """Wall time and client CPU of one trivial query over TCP to 127.0.0.1: the price of each
    database round trip on this machine, before any ORM work."""
    import asyncpg

    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database=database)
    try:
        for _ in range(50):
            await conn.fetchval("SELECT 1")
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(n):
            await conn.fetchval("SELECT 1")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        await conn.close()
    return f"{wall / n * 1e6:.0f} µs wall, {cpu / n * 1e6:.0f} µs client CPU per `SELECT 1` (asyncpg, TCP 127.0.0.1)"
