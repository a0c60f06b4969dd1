"""Server CPU per chat message, by message kind: a measurement that survives a loaded machine.

``bench/bench_wechat.py`` measures latency and throughput under an offered load, which other
work on the machine distorts. This driver measures what the issue's CPU target counts: the
server process's CPU time (user + system, all its threads, from ``/proc/<pid>/stat``) per
message, one message kind at a time, so that a change can be judged by kind while other
processes load the cores (CPU time is not wall time; the remaining noise is cache and
frequency effects, a few per cent).

It starts ``fapiao serve`` (or ``bench/profiled_serve.py --cpu`` with ``--profile``), sets up
``--users`` users exactly as bench_wechat.py does (subscribe, register, company, authorisation,
one invoice), then for each kind sends ``--per-kind`` messages as a closed loop of the users
(each user's messages in order, ``--users`` at a time) and divides the server's CPU delta by
the number of messages. The realistic mix's expected CPU per message is computed from the
per-kind figures and bench_wechat.py's conversation weights.

    .venv/bin/python bench/chat_cpu.py                           # embedded
    .venv/bin/python bench/chat_cpu.py --backend pg --redis-db 8 --database test_speedchat_bench
    .venv/bin/python bench/chat_cpu.py --safe --kinds recent,faq
    .venv/bin/python bench/chat_cpu.py --profile bench/results/x/prof   # cProfile (CPU time) per kind
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import itertools
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

import bench_wechat as bw  # noqa: E402
import benchlib  # noqa: E402
import wechat_client  # noqa: E402

from fapiao.chat.wechat_sim import WeChatServerSimulator  # noqa: E402

#: Menu clicks measured (in turn): the keys users click most.
CLICK_KEYS = ("RECENT_INVOICES", "MY_ACCOUNT", "FILING_STATUS", "HELP")

#: kind → (messages of one conversation, builder). A conversation's steps are bench_wechat's.
KINDS = ("faq", "recent", "query_number", "query_month", "filing_status", "my_account", "messages", "help",
         "tax_code", "subscribe", "click", "dialog_steps", "issue_one_message", "issue_step_by_step")


def proc_user_system(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds of one process: the system share is mostly socket round trips."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0, 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / ticks, int(fields[12]) / ticks


def proc_run_ns(pid: int) -> int:
    """Nanoseconds all the process's threads ran (the scheduler's sum of user + system: no 10 ms
    clock tick steps, which at 200 messages of a kind are 0.05 ms per message)."""
    total = 0
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return 0
    for task in tasks:
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):  # a thread that ended meanwhile
            continue
    return total


def steps_for(kind: str, user: dict[str, Any], rng: random.Random) -> list[bw.Step]:
    if kind == "messages":
        return [bw.Step("messages", "消息", ())]
    if kind == "click":
        return [bw.Step("click", None, (), any_of=("",))]
    return bw.conversation(kind, user, rng)


class CpuProfiledServer(benchlib.ServerProcess):
    """``bench/profiled_serve.py --cpu``: cProfile on the loop thread, toggled by signals."""

    def __init__(self, *args: Any, profile_out: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile_out = profile_out

    def command(self) -> list[str]:
        # The tree's own profiled_serve.py: it puts its tree first on sys.path (copy this one's into
        # an older tree that lacks --cpu).
        tree = Path(self.env.get("PYTHONPATH") or ROOT)
        return [sys.executable, str(tree / "bench" / "profiled_serve.py"), "--cpu", "--host", "127.0.0.1",
                "--port", str(self.port), "--out", self.profile_out]


class CallgrindServer(benchlib.ServerProcess):
    """``fapiao serve`` under ``valgrind --tool=callgrind``, instrumentation off until a kind is
    measured: instruction counts, which no other load on the machine changes (10-50x slower)."""

    def __init__(self, *args: Any, out_dir: Path, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.out_dir = out_dir

    start_timeout = 600

    def command(self) -> list[str]:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        return ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                f"--callgrind-out-file={self.out_dir}/callgrind.out.%p", benchlib.fapiao_executable(), "serve",
                "--host", "127.0.0.1", "--port", str(self.port)]

    def control(self, *flags: str) -> None:
        subprocess.run(["callgrind_control", *flags, str(self.pid)], check=True, capture_output=True, timeout=120)

    def instructions(self) -> int:
        """Dump the counts since the last dump (instrumentation must be off) and return their total."""
        before = set(self.out_dir.glob(f"callgrind.out.{self.pid}*"))
        self.control("-d")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            new = set(self.out_dir.glob(f"callgrind.out.{self.pid}*")) - before
            for path in new:
                for line in path.read_text(errors="replace").splitlines():
                    if line.startswith("totals:"):  # ("summary:" is 0 with instrumentation toggled)
                        return int(line.split()[1])
            time.sleep(0.2)
        raise SystemExit("callgrind wrote no dump")


async def run_kind(url: str, sim: WeChatServerSimulator, users: list[dict[str, Any]], kind: str, count: int,
                   msg_base: int, seed: int, clock: itertools.count) -> tuple[int, int, list[str]]:
    """Send about ``count`` messages of ``kind`` (whole conversations), the users in parallel.
    Returns (messages, errors, examples)."""
    per_user = max(1, count // len(users))
    errors: list[str] = []
    sent = 0
    pool = wechat_client.HttpPool(url, 30)
    try:
        async def one(user: dict[str, Any]) -> None:
            nonlocal sent
            rng = random.Random(seed * 1_000_003 + user["index"])
            sender = bw.Sender(pool, sim, msg_base + user["index"] * 10_000_000)
            seq = 0
            done = 0
            while done < per_user:
                for step in steps_for(kind, user, rng):
                    seq += 1
                    if kind == "click":
                        xml = sim.event_xml(user["openid"], "CLICK", key=CLICK_KEYS[seq % len(CLICK_KEYS)],
                                            create_time=next(clock))
                        request = sender.request_for(xml)
                    elif step.text is None:  # subscribe: events are de-duplicated by CreateTime
                        request = sender.request_for(sim.event_xml(user["openid"], "subscribe",
                                                                   create_time=next(clock)))
                    else:
                        request = sender.build(user["openid"], step.text, seq)
                    error, reply, _ = await sender.post(request)
                    sent += 1
                    done += 1
                    outcome = bw.judge(step, error, reply)
                    if outcome is not None:
                        errors.append(f"{kind} {step.text!r}: {outcome} {reply[:120]!r}")
                        if step.kind not in ("cancel",):
                            await sender.post(sender.build(user["openid"], "取消", seq + 500_000))
                        break
                    if step.capture_number and (m := bw.NUMBER_RE.search(reply)):
                        user["numbers"].append(m.group(0))

        await asyncio.gather(*(one(u) for u in users))
    finally:
        pool.close()
    return sent, len(errors), errors[:3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["embedded", "pg"], default="embedded")
    parser.add_argument("--safe", action="store_true")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-kind", type=int, default=400, help="messages per kind and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the kinds; the median is reported")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--database", default="test_speedchat_bench")
    parser.add_argument("--redis-db", type=int, default=8)
    parser.add_argument("--profile", default=None, metavar="PREFIX",
                        help="cProfile (CPU time of the loop thread) per kind: PREFIX-<kind>.txt (last round)")
    parser.add_argument("--out", default=None, help="JSON path")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--callgrind", default=None, metavar="DIR",
                        help="count instructions with valgrind's callgrind (dumps in DIR) instead of CPU time")
    parser.add_argument("--pg-socket", default=None, metavar="DIR",
                        help="connect the server to PostgreSQL over its unix-domain socket in DIR (e.g. "
                             "/var/run/postgresql) instead of TCP to 127.0.0.1")
    parser.add_argument("--strace", default=None, metavar="FILE",
                        help="count the server's system calls over the measured rounds (strace -c -f, summary in "
                             "FILE; the CPU figures are then inflated by ptrace and not comparable)")
    parser.add_argument("--tree", default=str(ROOT),
                        help="the source tree the server runs (PYTHONPATH; default: this one, not the installed "
                             "package's), e.g. an older commit exported with `git archive` for a before/after")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}; known: {', '.join(KINDS)}")

    workdir = Path(tempfile.mkdtemp(prefix="fapiao-chat-cpu-"))
    env = {"SMS_PROVIDER": "console", "ENVIRONMENT": "development", "DATA_DIR": str(workdir / "data"),
           "WECHAT_API": "console", "EMAIL_PROVIDER": "console", "WECHAT_TOKEN": bw.TOKEN, "WECHAT_APPID": bw.APPID,
           "WECHAT_AES_KEY": bw.AES_KEY if args.safe else "", "CLOCK_OFFSET_DAYS": "0",
           "PUBLIC_BASE_URL": "http://127.0.0.1", "PYTHONPATH": str(Path(args.tree).resolve())}
    if args.backend == "pg":
        bw.reset_postgres(args.database)
        bw.flush_redis(args.redis_db)
        env["DATABASE_URL"] = benchlib.postgres_url(args.database)
        if args.pg_socket:  # the same server and database, through its socket (no host in the URL)
            env["DATABASE_URL"] = f"postgres://{benchlib.PG_USER}@/{args.database}?host={args.pg_socket}"
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{args.redis_db}"
        benchlib.run_migrate(env, workdir)
    else:
        env["DATABASE_URL"] = f"sqlite://{workdir / 'bench.sqlite3'}"
        env["REDIS_URL"] = "memory://"
    if args.callgrind:
        server: benchlib.ServerProcess = CallgrindServer(env, workdir, out_dir=Path(args.callgrind).resolve())
    elif args.profile:
        prefix = str(Path(args.profile).resolve())
        server = CpuProfiledServer(env, workdir, profile_out=prefix)
    else:
        server = benchlib.ServerProcess(env, workdir)
    sim = WeChatServerSimulator(bw.TOKEN, bw.APPID, bw.AES_KEY if args.safe else "")
    msg_base = int(time.time()) * 1_000_000_000_000 % (2**62)
    clock = itertools.count(int(time.time()) - 200_000)
    code = benchlib.code_version() if Path(args.tree).resolve() == ROOT else f"tree {args.tree}"
    results: dict[str, list[float]] = {k: [] for k in kinds}
    system: dict[str, list[float]] = {k: [] for k in kinds}  # the kernel's share (stime) per message
    precise: dict[str, list[float]] = {k: [] for k in kinds}  # schedstat's run time per message
    errors: dict[str, int] = {k: 0 for k in kinds}
    server.start()
    if args.callgrind:
        print("unit: the 'ms' columns are millions of instructions per message / 1000 (callgrind)")
    try:
        time.sleep(0.5)
        pid = server.pid
        # Under valgrind the server is ~50x slower: a registration's argon2 hash, four at a time on a
        # loaded machine, can pass the 4-second reply budget (deferred, so the setup fails). Set up
        # one user at a time there; the setup is not measured.
        users, setup = asyncio.run(bw.setup_users(server, sim, args.users, 1 if args.callgrind else 4, msg_base))
        if not users:
            raise SystemExit(f"no user set up: {setup['failure_examples']}")
        print(f"code {code}; {args.backend}{' safe' if args.safe else ''}"
              f"{' over ' + args.pg_socket if args.pg_socket and args.backend == 'pg' else ''}; {len(users)} users set up "
              f"in {setup['wall_s']} s; {args.per_kind} messages per kind, {args.rounds} rounds")
        for failure in setup["failure_examples"][:2]:
            print(f"  setup failure: {failure[:300]}")
        # A binding change marks the openid's cached binding as settling for BINDING_CHANGED_SECONDS
        # (every message meanwhile reads the binding from the database): past that, as in production.
        time.sleep(11)
        # Warm-up: one pass of every kind (first-use costs: jieba, template compilation, ORM caches).
        for n, kind in enumerate(kinds):
            asyncio.run(run_kind(server.base_url + "/wechat", sim, users, kind, len(users), msg_base + (n + 1) * 10**10,
                                 args.seed, clock))
        tracer = None
        if args.strace:
            tracer = subprocess.Popen(["strace", "-c", "-f", "-o", str(Path(args.strace).resolve()), "-p", str(pid)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(1.0)  # attached to every thread before the first message
        measured = 0
        for r in range(args.rounds):
            for n, kind in enumerate(kinds):
                last = r == args.rounds - 1
                if args.profile and last:
                    os.kill(pid, signal.SIGUSR1)
                if isinstance(server, CallgrindServer):
                    server.control("-z")
                    server.control("-i", "on")
                before = benchlib.proc_cpu_seconds(pid)
                sys_before = proc_user_system(pid)[1]
                ns_before = proc_run_ns(pid)
                t0 = time.perf_counter()
                sent, bad, examples = asyncio.run(run_kind(
                    server.base_url + "/wechat", sim, users, kind, args.per_kind,
                    msg_base + (r + 2) * 10**12 + (n + 1) * 10**10, args.seed + r, clock))
                wall = time.perf_counter() - t0
                cpu = benchlib.proc_cpu_seconds(pid) - before
                sys_cpu = proc_user_system(pid)[1] - sys_before
                run_ns = proc_run_ns(pid) - ns_before
                if isinstance(server, CallgrindServer):
                    server.control("-i", "off")
                    # Reported in the CPU column as "ms" of a 1-instruction-per-ns machine: millions of
                    # instructions per message / 1000 (the JSON says which unit).
                    cpu = server.instructions() / 1e9
                if args.profile and last:
                    mark = len(server.lines)
                    os.kill(pid, signal.SIGUSR2)
                    server.wait_for(lambda line: "profile written" in line, 60, start_at=mark)
                    written = Path(f"{prefix}-{kind}.txt")
                    produced = sorted(Path(prefix).parent.glob(Path(prefix).name + "-[0-9]*.txt"),
                                      key=lambda p: p.stat().st_mtime)
                    if produced:
                        raw = produced[-1].with_suffix(".prof")
                        produced[-1].replace(written)
                        if raw.exists():  # the raw stats, for callers and callees (pstats)
                            raw.replace(written.with_suffix(".prof"))
                measured += sent
                results[kind].append(cpu / sent * 1000)
                system[kind].append(sys_cpu / sent * 1000)
                precise[kind].append(run_ns / sent / 1e6)
                errors[kind] += bad
                print(f"round {r + 1} {kind:<20} {sent:>5} msgs  {cpu / sent * 1000:6.3f} ms CPU/msg  "
                      f"wall {wall:5.1f} s  errors {bad}" + (f"  e.g. {examples[0]}" if examples else ""),
                      flush=True)
        if tracer is not None:
            tracer.send_signal(signal.SIGINT)
            tracer.wait(60)
            summary = Path(args.strace).read_text()
            calls = next((int(line.split()[3]) for line in summary.splitlines() if line.rstrip().endswith("total")), 0)
            Path(args.strace).write_text(summary + f"\n{measured} messages measured: {calls / measured:.2f} "
                                         "system calls per message\n")
            print(summary + f"\n{calls / measured:.2f} system calls per message ({measured} messages)")
    finally:
        server.stop()
    print(f"\n| kind | CPU ms/msg (median of {args.rounds}) | min | max | errors |")
    print("|---|---|---|---|---|")
    medians = {}
    for kind in kinds:
        values = results[kind]
        medians[kind] = statistics.median(values)
        print(f"| {kind} | {medians[kind]:.3f} | {min(values):.3f} | {max(values):.3f} | {errors[kind]} |")
    weights = dict((n, w) for w, n in bw.REALISTIC_MIX)
    lengths = {"issue_one_message": 2, "issue_step_by_step": 6}
    if all(k in medians for k in weights):
        total_cpu = sum(w * medians[k] * lengths.get(k, 1) for k, w in weights.items())
        total_msgs = sum(w * lengths.get(k, 1) for k, w in weights.items())
        mix = total_cpu / total_msgs
        print(f"\nrealistic mix (bench_wechat.py weights): {mix:.3f} ms server CPU per message")
        if not args.callgrind:
            sys_med = {k: statistics.median(v) for k, v in system.items()}
            sys_mix = sum(w * sys_med[k] * lengths.get(k, 1) for k, w in weights.items()) / total_msgs
            print(f"  of which system (kernel) {sys_mix:.3f} ms, user {mix - sys_mix:.3f} ms")
            run_med = {k: statistics.median(v) for k, v in precise.items()}
            run_mix = sum(w * run_med[k] * lengths.get(k, 1) for k, w in weights.items()) / total_msgs
            print(f"  by the scheduler's run time (ns, all threads): {run_mix:.3f} ms")
    else:
        mix = None
    report = {"date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"), "code": code,
              "backend": args.backend, "safe": args.safe, "users": len(users), "per_kind": args.per_kind,
              "rounds": args.rounds, "cpu_ms_per_msg": results, "system_ms_per_msg": system,
              "schedstat_ms_per_msg": precise, "median": medians, "errors": errors,
              "realistic_mix_ms": mix, "command": "bench/chat_cpu.py " + " ".join(sys.argv[1:]),
              "unit": "billions of instructions per 1,000 messages (callgrind)" if args.callgrind
              else "ms of server CPU per message"}
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1))
        print(f"results: {args.out}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
