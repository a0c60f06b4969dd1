"""Benchmark: simulated WeChat users talking to ``/wechat``, open and closed loop, with the ceiling.

Starts its own ``fapiao serve`` (console SMS, its log captured), then:

1. **setup** (reported separately, not in the measured mix): every user follows the
   official account (subscribe event), registers in chat (注册 → phone → the SMS code
   read from the server log → password (argon2) → 跳过 → name), creates a company (a
   generated valid 统一社会信用代码) and issues one invoice, so that 查询 has a number;
2. **measured phase**: the conversation mix (``--mix realistic``: FAQ questions, 最近发票,
   查询 by number and by month, 申报状态, 我的账户, 帮助, 编码, subscribe, 开票 in one
   message and step by step), from client process(es) separate from the server:
   * ``open`` loop: a fixed offered ``--rate`` spread over ``--users``; each user keeps its
     conversation in order (its next message goes when its turn in the schedule comes AND
     its previous reply arrived); latency is measured from the *scheduled* send time and
     messages that had to wait past their scheduled time are counted (coordinated omission
     stays visible);
   * ``closed`` loop: each user sends back to back (maximum throughput);
3. **ceiling**: ``bench/ceiling_app.py`` (verify, decrypt, parse, reply with wechatpy and a
   dict) under the same closed loop (simple text messages, same users and duration);
   ours is reported as a ratio of it.

Messages are built, and with ``--safe`` encrypted in safe mode, by
``fapiao.chat.wechat_sim.WeChatServerSimulator`` exactly as WeChat's server does, signed and
posted by ``bench/wechat_client.py`` (a lean HTTP/1.1 keep-alive client on uvloop, so that the
load generator takes as little as possible of the cores it shares with the server: its CPU per
message is printed with each run); replies are decoded by it, anything but the server's plain
text-reply layout (and in safe mode everything: signature-checked and decrypted) by the
simulator's full parse. A reply counts as
an error if it is not a 200, times out (5 s, WeChat's own deadline), is ``success``
(deferred) where a reply was expected, or does not contain the expected text (for
example the fallback or the "系统开了个小差" error where success was expected).

    .venv/bin/python bench/bench_wechat.py                      # embedded, open 500/s + closed, 200 users
    .venv/bin/python bench/bench_wechat.py --backend pg --workers 2 --safe
    .venv/bin/python bench/bench_wechat.py --model closed --mix dialog --profile bench/results/prof_dialog

Writes the results as JSON into ``bench/results/<date>/`` and prints a markdown table
for docs/benchmarks.md. PostgreSQL: resets the schema of ``--database`` (default
``test_load``) and runs ``fapiao migrate``; Redis database ``--redis-db`` (default 6) is
flushed. Embedded: a temporary SQLite file and ``memory://``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import gc
import itertools
import json
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

import benchlib  # noqa: E402
import wechat_client  # noqa: E402
from wechat_client import Sender  # noqa: E402

from fapiao.chat.wechat_sim import WeChatServerSimulator  # noqa: E402

TOKEN = "fapiao-bench-token"
APPID = "wx00000000bench000"
#: Tencent's published sample EncodingAESKey (public, bench only).
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
REPLY_TIMEOUT = 5.0  # WeChat gives up (and retries) after 5 s
#: Open loop: a user still behind schedule this long after the window stops sending.
DRAIN_SECONDS = 10.0
CHINA = ZoneInfo("Asia/Shanghai")
#: Replies that mean "something went wrong" wherever they appear.
ERROR_MARKERS = ("系统开了个小差", "抱歉，我没听懂", "操作没有成功")
NUMBER_RE = re.compile(r"\d{20}")

# -- conversations -------------------------------------------------------------------------------------

#: FAQ questions users type in their own words (from tests/data/faq_eval.yaml's style). Not
#: 「密码不记得了怎么找回来」: the intent layer rightly starts 忘记密码 for it (no longer an FAQ answer).
FAQ_QUESTIONS = [
    "我的号被锁了要等多久", "设密码老是说不符合要求", "验证码一直收不到啊",
    "怎么把微信和账号绑在一起", "第一次用要先建公司吗", "同事给了我一个邀请码 怎么用", "会计和开票员权限有什么不一样",
    "我想开个发票 怎么弄", "开票能不能一句话搞定", "普票跟专票到底啥区别", "客户是个人没有税号咋开",
    "税号输进去说校验不通过", "卖建材开多少税率", "小规模现在是按1%还是3%", "含税价怎么拆出税额",
    "一张票上要开好几样东西", "开好的电子发票怎么给客户", "发票开错了咋办", "打印出来位置不对",
    "密码输错好几次登不上了", "增值税什么时候申报", "申报失败了怎么办",
]

#: (weight, name): the realistic mix, one entry per conversation. Issuing is ~6 % of messages
#: (one confirmed invoice per ~17 messages), the rest are questions and look-ups.
REALISTIC_MIX: list[tuple[int, str]] = [
    (25, "faq"), (12, "recent"), (12, "query_number"), (4, "query_month"), (8, "filing_status"),
    (8, "my_account"), (5, "help"), (5, "tax_code"), (2, "subscribe"), (4, "issue_one_message"),
    (2, "issue_step_by_step"),
]
MIXES: dict[str, list[tuple[int, str]]] = {
    "realistic": REALISTIC_MIX,
    "faq": [(1, "faq")],                      # profile: an FAQ question
    "dialog": [(1, "dialog_steps")],          # profile: text through active dialog steps, nothing issued
    "simple": [(1, "simple")],                # the ceiling's messages (ours: FAQ fallback)
}


@dataclass
class Step:
    kind: str
    text: str | None            # None: a subscribe event
    expect: tuple[str, ...]     # all must be in the reply
    capture_number: bool = False
    any_of: tuple[str, ...] = ()  # and at least one of these, if given


_month: tuple[float, str] = (0.0, "")


def china_month() -> str:
    """This month in China ("2026-12"), formatted once a month rather than once a conversation."""
    global _month
    now = time.time()
    if now >= _month[0]:
        today = _dt.datetime.fromtimestamp(now, CHINA)
        first_of_next = (today.replace(day=1) + _dt.timedelta(days=32)).replace(day=1, hour=0, minute=0, second=0,
                                                                               microsecond=0)
        _month = (first_of_next.timestamp(), today.strftime("%Y-%m"))
    return _month[1]


def conversation(name: str, user: dict[str, Any], rng: random.Random) -> list[Step]:
    """The messages of one conversation, in order, with what a correct reply contains."""
    month = china_month()
    if name == "faq":
        # An answer, or the honest "答不好" with suggestions: both are correct replies.
        return [Step("faq", rng.choice(FAQ_QUESTIONS), (), any_of=("【", "答不好"))]
    if name == "recent":
        return [Step("recent", "最近发票", ("已开具",))]
    if name == "query_number":
        number = rng.choice(user["numbers"])
        return [Step("query_number", f"查询 {number}", ("发票详情", number))]
    if name == "query_month":
        return [Step("query_month", f"查询 {month}", (f"查询：{month}",))]
    if name == "filing_status":
        return [Step("filing_status", "申报状态", ("申报",))]
    if name == "my_account":
        return [Step("my_account", "我的账户", (user["name"],))]
    if name == "help":
        return [Step("help", "帮助", ("我能帮您",))]
    if name == "tax_code":
        return [Step("tax_code", "编码 餐饮", ("3070401000000000000",))]
    if name == "subscribe":
        return [Step("subscribe", None, ("欢迎关注",))]
    if name == "issue_one_message":
        amount = rng.randint(50, 5000)
        return [Step("issue_card", f"开票 张三 餐费 {amount} 普票", ("请确认开票",)),
                Step("issue_confirm", "确认", ("开票成功",), capture_number=True)]
    if name == "issue_step_by_step":
        return [Step("issue_step", "开票", ("1 普票",)), Step("issue_step", "1", ("购买方",)),
                Step("issue_step", "李四", ("名称 金额",)),
                Step("issue_step", f"咨询费 {rng.randint(100, 3000)}", ("已添加第 1 项",)),
                Step("issue_step", "完成", ("请确认开票",)),
                Step("issue_confirm", "确认", ("开票成功",), capture_number=True)]
    if name == "dialog_steps":
        return [Step("dialog_start", "开票", ("1 普票",)), Step("dialog_step", "1", ("购买方",)),
                Step("dialog_step", "王五", ("名称 金额",)),
                Step("dialog_step", f"餐费 {rng.randint(10, 999)}", ("已添加第 1 项",)),
                Step("dialog_step", "完成", ("请确认开票",)), Step("dialog_cancel", "取消", ("已取消",))]
    if name == "simple":
        return [Step("simple", f"你好 {rng.randint(1, 10**6)}", ())]
    raise ValueError(name)


def uscc_for(index: int) -> str:
    from stdnum.cn import uscc

    base = f"91420100{index:09d}"
    return base + uscc.calc_check_digit(base)


def phone_for(index: int) -> str:
    return f"139{index:08d}"


# -- one message over HTTP (the Sender: bench/wechat_client.py) -----------------------------------------


def judge(step: Step, error: str | None, reply: str) -> str | None:
    if error is not None:
        return error
    if any(marker in reply for marker in ERROR_MARKERS):
        return "error_reply"
    if not all(fragment in reply for fragment in step.expect):
        return "unexpected_reply"
    if step.any_of and not any(fragment in reply for fragment in step.any_of):
        return "unexpected_reply"
    return None


# -- the measured phase (runs in client processes) ------------------------------------------------------


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)           # "kind:error"
    #: Errors of messages sent before the window (warm-up): not in the figures, but a server that
    #: fails its first messages (a burst of new connections, a cold cache) must not hide there.
    warmup_errors: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    late_waiting_reply: int = 0     # open loop: the previous reply came after this message's slot
    late_client_lag: int = 0        # open loop: the client woke up > 2 ms after the slot
    late_ms: list[float] = field(default_factory=list)
    unsent: int = 0                 # open loop: slots in the window never sent (user still behind at the end)
    sent: int = 0
    posted: int = 0                 # every message posted, warm-up and drain too: divides the client's CPU
    last_arrival: float = 0.0       # of a message from the measured window (perf_counter)

    def record(self, step: Step, outcome: str | None, latency_ms: float, reply: str) -> None:
        self.latencies[step.kind].append(latency_ms)
        if outcome is not None:
            self.errors[f"{step.kind}:{outcome}"] += 1
            if len(self.examples) < 8:
                self.examples.append(f"{step.kind} {step.text!r} -> {outcome}: {reply[:160]!r}")


_mix_tables: dict[int, tuple[list[tuple[int, str]], list[str], list[int]]] = {}


def _mix_table(mix: list[tuple[int, str]]) -> tuple[list[str], list[int]]:
    """(names, cumulative weights) of a mix, computed once per mix."""
    cached = _mix_tables.get(id(mix))
    if cached is None or cached[0] is not mix:
        cum = list(itertools.accumulate(w for w, _ in mix))
        cached = _mix_tables[id(mix)] = (mix, [n for _, n in mix], cum)
    return cached[1], cached[2]


def next_conversation(mix: list[tuple[int, str]], user: dict[str, Any], rng: random.Random,
                      dirty: bool) -> list[Step]:
    names, cum_weights = _mix_table(mix)
    # cum_weights: the draws rng.choices(names, weights) makes, without summing the weights each time.
    steps = conversation(rng.choices(names, cum_weights=cum_weights)[0], user, rng)
    if dirty:  # a failed dialog may still be open: leave it first, as a user would
        steps.insert(0, Step("cancel", "取消", (), any_of=("已取消", "没有进行中")))
    return steps


async def user_loop(sender: Sender, user: dict[str, Any], model: str, mix: list[tuple[int, str]], t0: float,
                    warm_end: float, t_end: float, interval: float, phase: float, seed: int,
                    tally: Tally, dirty: bool = False) -> None:
    """``dirty``: a dialog may still be open from an earlier phase (a conversation cut at its end):
    the first conversation begins with 取消, as after a failed step."""
    rng = random.Random(seed)
    seq = 0
    k = 0
    steps: list[Step] = []
    last_arrival = t0
    while True:
        if not steps:
            steps = next_conversation(mix, user, rng, dirty)
            dirty = False
        step = steps[0]
        seq += 1
        request = sender.build(user["openid"], step.text, seq)  # built and signed ahead of the slot
        if model == "open":
            slot = t0 + phase + k * interval
            k += 1
            if slot >= t_end:
                return
            now = time.perf_counter()
            if now >= t_end + DRAIN_SECONDS:  # hopelessly behind: stop, and count what was never sent
                tally.unsent += int((t_end - slot) / interval) + 1
                return
            if now < slot:
                await asyncio.sleep(slot - now)
                now = time.perf_counter()
                if now - slot > 0.002 and slot >= warm_end:
                    tally.late_client_lag += 1
                    tally.late_ms.append((now - slot) * 1000)
            elif slot >= warm_end:
                if last_arrival > slot:
                    tally.late_waiting_reply += 1
                else:
                    tally.late_client_lag += 1
                tally.late_ms.append((now - slot) * 1000)
            start = slot
        else:
            start = time.perf_counter()
            if start >= t_end:
                return
        error, reply, arrived = await sender.post(request)
        tally.posted += 1
        last_arrival = arrived
        steps.pop(0)
        outcome = judge(step, error, reply)
        if outcome is not None and start < warm_end:
            tally.warmup_errors[f"{step.kind}:{outcome}"] += 1
        if start >= warm_end:
            tally.sent += 1
            tally.last_arrival = max(tally.last_arrival, arrived)
            tally.record(step, outcome, (arrived - start) * 1000, reply)
        if outcome is not None:
            dirty = step.kind != "cancel"
            steps = []
        elif step.capture_number and (match := NUMBER_RE.search(reply)):
            user["numbers"].append(match.group(0))
    # not reached


async def run_clients(config: dict[str, Any], users: list[dict[str, Any]]) -> dict[str, Any]:
    sim = WeChatServerSimulator(TOKEN, APPID, AES_KEY if config["safe"] else "")
    # Unlimited keep-alive connections, reused most recent first, as aiohttp's TCPConnector(limit=0) did.
    pool = wechat_client.HttpPool(config["url"], REPLY_TIMEOUT)
    signer = wechat_client.Signer(sim.token, pool.path)
    tally = Tally()
    try:
        # Open keep-alive connections before the clock starts (GET /wechat unsigned: a cheap 403).
        await asyncio.gather(*(pool.request(pool.get_request()) for _ in range(min(len(users), 64))),
                             return_exceptions=True)
        # The imports (the simulator pulls in the product's modules) left ~140k objects that every full
        # collection would walk again while the clock runs: set them aside, the new ones are collected as usual.
        gc.collect()
        gc.freeze()
        wall_t0 = config["t0_wall"]
        await asyncio.sleep(max(0.0, wall_t0 - time.time()))
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        warm_end = t0 + config["warmup"]
        t_end = warm_end + config["duration"]
        interval = config["users_total"] / config["rate"] if config["model"] == "open" else 0.0
        tasks = []
        for user in users:
            phase = user["index"] / config["users_total"] * interval
            sender_for_user = Sender(pool, sim, config["msg_base"] + user["index"] * 10_000_000, signer)
            tasks.append(user_loop(sender_for_user, user, config["model"], config["mix"], t0, warm_end, t_end,
                                   interval, phase, config["seed"] * 100_003 + user["index"], tally,
                                   dirty=config["after_another_phase"]))
        await asyncio.gather(*tasks)
        # Throughput divides by the time until the window's last reply (≥ the window): an open loop
        # that fell behind finishes its window's messages late, and that must lower the rate.
        span = max(config["duration"], tally.last_arrival - warm_end)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
    finally:
        pool.close()
    return {"latencies": dict(tally.latencies), "errors": dict(tally.errors), "examples": tally.examples,
            "warmup_errors": dict(tally.warmup_errors),
            "late_waiting_reply": tally.late_waiting_reply, "late_client_lag": tally.late_client_lag,
            "late_ms": tally.late_ms, "sent": tally.sent, "unsent": tally.unsent, "span": span,
            "client_cpu": cpu, "client_wall": wall, "posted": tally.posted,
            "numbers_issued": sum(len(u["numbers"]) for u in users)}


def client_process(config: dict[str, Any], users: list[dict[str, Any]], queue: Any, number: int = 0) -> None:
    try:
        profile = config.get("client_profile")
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            result = profiler.runcall(wechat_client.run, lambda: run_clients(config, users))
            path = Path(f"{profile}.client{number}")
            profiler.dump_stats(path.with_suffix(path.suffix + ".prof"))
            with open(path.with_suffix(path.suffix + ".txt"), "w") as out:
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(40)
        else:
            result = wechat_client.run(lambda: run_clients(config, users))
        queue.put(result)
    except BaseException as exc:  # report, never hang the parent
        queue.put({"crash": f"{type(exc).__name__}: {exc}"})


def run_measured(config: dict[str, Any], users: list[dict[str, Any]], procs: int,
                 on_start: Any = None, on_end: Any = None) -> dict[str, Any]:
    """Spread the users over ``procs`` client processes, start them together, merge results.
    ``on_start``/``on_end`` run in this process at the measured window's edges (CPU meter, profiler)."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    config = {**config, "t0_wall": time.time() + 3.0 + 0.5 * procs}
    slices = [users[i::procs] for i in range(procs)]
    children = [ctx.Process(target=client_process, args=(config, part, queue, number), daemon=True)
                for number, part in enumerate(slices) if part]
    for child in children:
        child.start()
    window_start = config["t0_wall"] + config["warmup"]
    time.sleep(max(0.0, window_start - time.time()))
    if on_start:
        on_start()
    time.sleep(max(0.0, window_start + config["duration"] - time.time()))
    if on_end:
        on_end()
    deadline = config["t0_wall"] + config["warmup"] + config["duration"] + REPLY_TIMEOUT + 60
    parts = []
    for _ in children:
        parts.append(queue.get(timeout=max(10.0, deadline - time.time())))
    for child in children:
        child.join(10)
    crashed = [p["crash"] for p in parts if "crash" in p]
    if crashed:
        raise SystemExit("client process failed: " + "; ".join(crashed))
    merged: dict[str, Any] = {"latencies": defaultdict(list), "errors": Counter(), "warmup_errors": Counter(),
                              "examples": [], "late_ms": []}
    for part in parts:
        for kind, values in part["latencies"].items():
            merged["latencies"][kind].extend(values)
        merged["errors"].update(part["errors"])
        merged["warmup_errors"].update(part["warmup_errors"])
        merged["examples"] += part["examples"]
        merged["late_ms"] += part["late_ms"]
        for key in ("late_waiting_reply", "late_client_lag", "sent", "unsent", "client_cpu", "numbers_issued",
                    "posted"):
            merged[key] = merged.get(key, 0) + part[key]
    merged["client_wall"] = max(p["client_wall"] for p in parts)
    merged["span"] = max(p["span"] for p in parts)
    merged["client_processes"] = len(children)
    return merged


def summarize(merged: dict[str, Any], duration: float) -> dict[str, Any]:
    window = merged["span"]
    all_lat = [v for values in merged["latencies"].values() for v in values]
    errors_by_kind: Counter[str] = Counter()
    for key, n in merged["errors"].items():
        errors_by_kind[key.split(":")[0]] += n
    per_kind = {}
    for kind, values in sorted(merged["latencies"].items(), key=lambda kv: -len(kv[1])):
        per_kind[kind] = {"count": len(values), "per_s": len(values) / window, "errors": errors_by_kind[kind],
                          **{k: round(v, 2) for k, v in benchlib.summary_ms(values).items()}}
    ok = len(all_lat) - sum(merged["errors"].values())
    return {
        "messages": len(all_lat), "ok": ok, "throughput_per_s": len(all_lat) / window,
        "ok_per_s": ok / window, "errors": sum(merged["errors"].values()),
        "error_breakdown": dict(merged["errors"]), "error_examples": merged["examples"],
        "warmup_errors": dict(merged["warmup_errors"]),
        "latency_ms": {k: round(v, 2) for k, v in benchlib.summary_ms(all_lat).items()},
        "per_kind": per_kind, "window_s": duration, "span_s": round(window, 3),
        "late_waiting_for_previous_reply": merged["late_waiting_reply"],
        "late_client_lag": merged["late_client_lag"],
        "unsent_at_end": merged["unsent"],
        "late_ms": {k: round(v, 2) for k, v in benchlib.summary_ms(merged["late_ms"]).items()}
        if merged["late_ms"] else None,
        "client_cpu_cores": merged["client_cpu"] / merged["client_wall"] if merged["client_wall"] else 0.0,
        # The load generator's own cost: CPU of the client processes from their start to their last reply
        # (warm-up and drain included) over every message they posted in that time.
        "client_cpu_ms_per_msg": merged["client_cpu"] / merged["posted"] * 1000 if merged["posted"] else None,
        "client_messages_posted": merged["posted"],
        "client_processes": merged["client_processes"],
        "invoices_issued": merged["numbers_issued"],
    }


# -- server-side helpers -------------------------------------------------------------------------------


def reset_postgres(database: str) -> None:
    if database in benchlib.FORBIDDEN_DATABASES or not (database.startswith("test_")
                                                        or database.startswith("fapiao_bench")):
        raise SystemExit(f"refusing to reset database {database!r}: use test_<name> or fapiao_bench*")
    benchlib.psql("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", database=database)


def flush_redis(db: int) -> None:
    import redis

    if db in (0, 15):
        raise SystemExit("refusing to flush Redis db 0 or 15")
    client = redis.Redis(host="127.0.0.1", port=6379, db=db, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def serve_supports_workers() -> bool:
    result = subprocess.run([benchlib.fapiao_executable(), "serve", "--help"], capture_output=True, text=True,
                            timeout=60)
    return "--workers" in result.stdout


class ProfiledServer(benchlib.ServerProcess):
    """``bench/profiled_serve.py``: the same server, with pyinstrument toggled by signals."""

    def __init__(self, *args: Any, profile_out: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile_out = profile_out

    def command(self) -> list[str]:
        return [sys.executable, str(ROOT / "bench" / "profiled_serve.py"), "--host", "127.0.0.1",
                "--port", str(self.port), "--out", self.profile_out]


class CeilingServer(benchlib.ServerProcess):
    start_timeout = 30
    label = "ceiling app"

    def command(self) -> list[str]:
        return [sys.executable, str(ROOT / "bench" / "ceiling_app.py"), "--port", str(self.port),
                "--token", TOKEN, "--appid", APPID, *self.extra_args]


# -- setup: subscribe, register, create a company, one invoice --------------------------------------------


async def setup_users(server: benchlib.ServerProcess, sim: WeChatServerSimulator, count: int,
                      concurrency: int, msg_base: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    pool = wechat_client.HttpPool(server.base_url + "/wechat", 30)  # setup is not the measurement: be patient
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    users: list[dict[str, Any]] = []
    gate = asyncio.Semaphore(concurrency)
    try:

        async def one(index: int) -> None:
            openid = f"o-bench-{index:05d}"
            phone = phone_for(index)
            name = f"压测{index}"
            sender = Sender(pool, sim, msg_base + index * 10_000_000 + 9_000_000)
            seq = 0

            async def say(kind: str, text: str | None, expect: tuple[str, ...]) -> str:
                nonlocal seq
                seq += 1
                request = sender.build(openid, text, seq)
                started = time.perf_counter()
                error, reply, arrived = await sender.post(request)
                latencies[kind].append((arrived - started) * 1000)
                outcome = judge(Step(kind, text, expect), error, reply)
                if outcome is not None:
                    raise RuntimeError(f"user {index} {kind} {text!r}: {outcome} {reply[:200]!r}")
                return reply

            async with gate:
                try:
                    await say("subscribe", None, ("欢迎关注",))
                    await say("register", "注册", ("手机号",))
                    mark = len(server.lines)
                    await say("register", phone, ("验证码已发送",))
                    code = await asyncio.to_thread(server.sms_code, phone, 20, mark)
                    await say("register", code, ("验证通过",))
                    await say("register_password", benchlib.PASSWORD, ("邮箱",))
                    await say("register", "跳过", ("称呼",))
                    await say("register_done", name, ("注册成功",))
                    await say("company", "创建企业", ("企业名称",))
                    await say("company", f"武汉压测{index}号商贸有限公司", ("统一社会信用代码",))
                    await say("company", uscc_for(index), ("纳税人类型",))
                    await say("company", "2", ("地址",))
                    await say("company", "跳过", ("开户行",))
                    await say("company", "跳过", ("请确认",))
                    mark = len(server.lines)
                    await say("company_done", "确认", ("已创建",))
                    # Issuing needs the taxpayer's authorisation: the sandbox platform logs the code
                    # (`TAX AUTH for <tax id>: <code>`), as the SMS console logs SMS codes.
                    tax_id = uscc_for(index)
                    line = await asyncio.to_thread(
                        server.wait_for, lambda text: f"TAX AUTH for {tax_id}:" in text, 20, mark)
                    if line is None:
                        raise RuntimeError(f"user {index}: no TAX AUTH code for {tax_id} in the server log")
                    auth_code = line.rsplit(":", 1)[1].strip().split()[0].strip('"')
                    await say("company_auth", f"企业认证 {auth_code}", ("认证成功",))
                    await say("first_invoice", "开票 张三 餐费 388 普票", ("请确认开票",))
                    reply = await say("first_invoice", "确认", ("开票成功",))
                    match = NUMBER_RE.search(reply)
                    assert match, reply
                    users.append({"index": index, "openid": openid, "name": name, "numbers": [match.group(0)]})
                except (RuntimeError, AssertionError, SystemExit) as exc:
                    failures.append(str(exc))

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(count)))
        wall = time.perf_counter() - started
    finally:
        pool.close()
    users.sort(key=lambda u: u["index"])
    for position, user in enumerate(users):
        user["index"] = position  # dense indexes for the schedule phases
    report = {"users": len(users), "failures": len(failures), "failure_examples": failures[:5],
              "wall_s": round(wall, 2), "users_per_s": round(len(users) / wall, 2) if wall else 0.0,
              "concurrency": concurrency,
              "latency_ms": {kind: {"count": len(v), **{k: round(x, 1) for k, x in benchlib.summary_ms(v).items()}}
                             for kind, v in latencies.items()}}
    return users, report


# -- reporting -------------------------------------------------------------------------------------------


def fmt(value: float) -> str:
    return f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def print_run(title: str, result: dict[str, Any]) -> None:
    lat = result["latency_ms"]
    print(f"\n-- {title} --")
    print(f"messages {result['messages']} in the measured window; throughput {result['throughput_per_s']:.1f} msg/s "
          f"(ok {result['ok_per_s']:.1f}/s); errors {result['errors']}"
          + (f" {result['error_breakdown']}" if result["errors"] else "")
          + (f"; in the warm-up {sum(result['warmup_errors'].values())} {result['warmup_errors']}"
             if result.get("warmup_errors") else ""))
    print(f"latency ms: p50 {lat['p50']:.1f}  p95 {lat['p95']:.1f}  p99 {lat['p99']:.1f}  max {lat['max']:.1f}  "
          f"mean {lat['mean']:.1f}")
    if "offered_per_s" in result:
        late = result["late_ms"]
        print(f"offered {result['offered_per_s']:.0f} msg/s; sent late (after the slot): "
              f"{result['late_waiting_for_previous_reply']} waiting for the previous reply, "
              f"{result['late_client_lag']} client lag > 2 ms; {result['unsent_at_end']} never sent"
              + (f" (lateness p50 {late['p50']:.1f} / p99 {late['p99']:.1f} / max {late['max']:.1f} ms)"
                 if late else ""))
    if result.get("cpu"):
        print("CPU (share of one core): " + benchlib.format_cpu(result["cpu"]))
        if result.get("server_cpu_ms_per_msg"):
            print(f"server CPU per message: {result['server_cpu_ms_per_msg']:.2f} ms")
        if result.get("server_syscalls_per_msg"):
            calls = result["server_syscalls_per_msg"]
            print(f"server system calls per message (/proc/<pid>/io): read {calls['read']:.2f}, "
                  f"write {calls['write']:.2f}")
    print(f"client: {result['client_processes']} process(es), {result['client_cpu_cores']:.2f} cores used"
          + (f"; client CPU per message {result['client_cpu_ms_per_msg']:.3f} ms "
             f"({result['client_messages_posted']} messages incl. warm-up)" if result.get("client_cpu_ms_per_msg")
             else ""))
    print("| kind | count | msg/s | p50 | p95 | p99 | max | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, s in result["per_kind"].items():
        print(f"| {kind} | {s['count']} | {s['per_s']:.1f} | {s['p50']:.1f} | {s['p95']:.1f} | {s['p99']:.1f} | "
              f"{s['max']:.1f} | {s['errors']} |")
    for example in result["error_examples"][:5]:
        print(f"  e.g. {example}")


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"WeChat load — {report['date']}, {m['cores']}, {m['memory']}, {report['backend']}, "
        f"{report['workers']} worker(s), {'safe mode (AES)' if report['safe'] else 'plaintext'}, "
        f"{report['users']} users, code {report['code']}",
        "",
        f"`{report['command']}`",
        "",
        "| run | msg/s | p50 ms | p95 ms | p99 ms | max ms | errors | sent late | server CPU | server CPU/msg "
        "| client cores |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key, label in (("open", "ours, open loop"), ("closed", "ours, closed loop"),
                       ("ceiling", "ceiling (wechatpy + dict), closed loop")):
        r = report.get(key)
        if not r:
            continue
        lat = r["latency_ms"]
        name = f"{label} ({r['offered_per_s']:.0f}/s offered)" if key == "open" else label
        late = (f"{r['late_waiting_for_previous_reply']} + {r['late_client_lag']} + {r['unsent_at_end']}"
                if key == "open" else "—")
        cpu = r.get("cpu", {}).get("server")
        per_msg = r.get("server_cpu_ms_per_msg")
        lines.append(f"| {name} | {fmt(r['throughput_per_s'])} | {lat['p50']:.1f} | {lat['p95']:.1f} | "
                     f"{lat['p99']:.1f} | {lat['max']:.1f} | {r['errors']} | {late} | "
                     f"{'—' if cpu is None else f'{cpu * 100:.0f} %'} | "
                     f"{'—' if per_msg is None else f'{per_msg:.2f} ms'} | {r['client_cpu_cores']:.2f} |")
    client = [f"{label} {report[key]['client_cpu_ms_per_msg']:.3f} ms" for key, label in
              (("open", "open"), ("closed", "closed"), ("ceiling", "ceiling"))
              if report.get(key) and report[key].get("client_cpu_ms_per_msg")]
    if client:
        lines.append("")
        lines.append("Load generator (client processes, same machine) CPU per message: " + ", ".join(client))
    if report.get("ratio_to_ceiling") is not None:
        lines.append("")
        lines.append(f"Closed loop, ours / ceiling: **{report['ratio_to_ceiling'] * 100:.1f} %** of the throughput"
                     + (f"; per message the ceiling costs {report['cpu_ratio_to_ceiling'] * 100:.1f} % of our "
                        "server CPU" if report.get("cpu_ratio_to_ceiling") else ""))
        lines.append("")
        lines.append("\"sent late\" (open loop): messages sent after their slot because the previous reply had "
                     "not arrived + because the client woke > 2 ms late + slots never sent; latency counts from "
                     "the slot.")
    setup = report.get("setup")
    if setup:
        reg = setup["latency_ms"].get("register_password", {})
        lines.append("")
        lines.append(f"Setup (not in the mix): {setup['users']} users registered + company + 1 invoice in "
                     f"{setup['wall_s']} s ({setup['users_per_s']} users/s at concurrency {setup['concurrency']}), "
                     f"{setup['failures']} failures; password step (argon2) p50 {reg.get('p50', float('nan')):.0f} / "
                     f"p99 {reg.get('p99', float('nan')):.0f} ms")
    return "\n".join(lines)


# -- main ------------------------------------------------------------------------------------------------


async def setup_phase(server: benchlib.ServerProcess, args: argparse.Namespace,
                      msg_base: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    sim = WeChatServerSimulator(TOKEN, APPID, AES_KEY if args.safe else "")
    return await setup_users(server, sim, args.users, args.setup_concurrency, msg_base)


def measured(server_url: str, server_pids: list[int], users: list[dict[str, Any]], args: argparse.Namespace,
             model: str, mix: str, msg_base: int, profiler_pid: int = 0,
             after_another_phase: bool = False) -> dict[str, Any]:
    config = {"url": server_url + "/wechat", "safe": args.safe, "msg_base": msg_base, "model": model,
              # The open loop's end cuts conversations mid-dialog; the next phase's users leave them first.
              "after_another_phase": after_another_phase,
              "mix": MIXES[mix], "rate": args.rate, "users_total": len(users), "warmup": args.warmup,
              "duration": args.duration, "seed": args.seed,
              "client_profile": f"{args.client_profile}_{model}_{mix}" if args.client_profile else None}
    meter = benchlib.CpuMeter(server_pids)
    cpu: dict[str, float] = {}

    def start() -> None:
        meter.start()
        if profiler_pid:
            os.kill(profiler_pid, signal.SIGUSR1)

    def end() -> None:
        cpu.update(meter.stop())
        if profiler_pid:
            os.kill(profiler_pid, signal.SIGUSR2)

    merged = run_measured(config, users, args.client_procs, start, end)
    result = summarize(merged, args.duration)
    cpu.pop("client (this process)", None)
    cpu["client processes"] = result["client_cpu_cores"]
    result["cpu"] = cpu
    result["server_cpu_ms_per_msg"] = (cpu.get("server", 0.0) * args.duration / result["messages"] * 1000
                                       if result["messages"] else None)
    if result["messages"]:  # the server's socket reads and writes per message (uvloop: read/write/writev)
        result["server_syscalls_per_msg"] = {"read": meter.io_calls[0] / result["messages"],
                                             "write": meter.io_calls[1] / result["messages"]}
    result["mix"] = mix
    if model == "open":
        result["offered_per_s"] = args.rate
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["embedded", "pg"], default="embedded")
    parser.add_argument("--workers", type=int, default=1, help="passed to `fapiao serve --workers N` when N > 1")
    parser.add_argument("--model", choices=["open", "closed", "both"], default="both")
    parser.add_argument("--mix", choices=sorted(MIXES), default="realistic")
    parser.add_argument("--rate", type=float, default=500, help="open loop: offered messages per second")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, default=5, help="seconds excluded before each measured window")
    parser.add_argument("--safe", action="store_true", help="safe mode: AES-encrypted messages and replies")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the ceiling app run")
    parser.add_argument("--client-procs", type=int, default=1, help="client processes (users split among them)")
    parser.add_argument("--setup-concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database", default="test_load", help="pg: database whose schema is reset")
    parser.add_argument("--redis-db", type=int, default=6, help="pg: Redis database (flushed)")
    parser.add_argument("--port", type=int, default=0, help="our server's port (default: a free one)")
    parser.add_argument("--ceiling-port", type=int, default=0)
    parser.add_argument("--profile", default=None, metavar="PREFIX",
                        help="run the server under pyinstrument during the measured phase; writes PREFIX.txt/.html")
    parser.add_argument("--client-profile", default=None, metavar="PREFIX",
                        help="run each client process under cProfile; writes PREFIX_<model>_<mix>.client<N>.prof/.txt")
    parser.add_argument("--out", default=None, help="JSON result path (default bench/results/<date>/wechat_*.json)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if args.workers > 1 and args.backend != "pg":
        parser.error("--workers > 1 needs --backend pg (the embedded default is single-process only)")
    if args.workers > 1 and args.profile:
        parser.error("--profile profiles one process: use --workers 1")
    if args.users < 1 or args.duration <= 0 or args.rate <= 0 or args.client_procs < 1:
        parser.error("--users, --duration, --rate and --client-procs must be positive")
    if args.workers > 1 and not serve_supports_workers():
        raise SystemExit("`fapiao serve --workers` is not available in this tree yet; run with --workers 1")

    command = "bench/bench_wechat.py " + " ".join(sys.argv[1:])
    workdir = Path(tempfile.mkdtemp(prefix="fapiao-bench-wechat-"))
    env = {"SMS_PROVIDER": "console", "ENVIRONMENT": "development", "DATA_DIR": str(workdir / "data"),
           "WECHAT_API": "console", "EMAIL_PROVIDER": "console", "WECHAT_TOKEN": TOKEN, "WECHAT_APPID": APPID,
           "WECHAT_AES_KEY": AES_KEY if args.safe else "", "CLOCK_OFFSET_DAYS": "0",
           "PUBLIC_BASE_URL": "http://127.0.0.1"}
    if args.backend == "pg":
        reset_postgres(args.database)
        flush_redis(args.redis_db)
        env["DATABASE_URL"] = benchlib.postgres_url(args.database)
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{args.redis_db}"
        benchlib.run_migrate(env, workdir)
        backend = f"PostgreSQL ({benchlib.postgres_version()}) db {args.database} + Redis db {args.redis_db}"
    else:
        env["DATABASE_URL"] = f"sqlite://{workdir / 'bench.sqlite3'}"
        env["REDIS_URL"] = "memory://"
        backend = "embedded (SQLite temp file + in-process memory:// store)"
    models = ["open", "closed"] if args.model == "both" else [args.model]
    benchlib.print_header("WeChat load", {
        "backend": backend, "workers": args.workers, "mode": "safe (AES)" if args.safe else "plaintext",
        "command": command,
        "workload": f"{args.users} users; {', '.join(models)} loop; mix {args.mix}"
                    f"{f'; open loop offered {args.rate:g} msg/s' if 'open' in models else ''}; "
                    f"{args.warmup:g} s warm-up + {args.duration:g} s measured per run; "
                    f"{args.client_procs} client process(es)",
    })
    print("mix (weight, conversation): " + ", ".join(f"{w} {n}" for w, n in MIXES[args.mix]))

    extra = ["--workers", str(args.workers)] if args.workers > 1 else []
    if args.profile:
        prefix = str(Path(args.profile).resolve())
        server: benchlib.ServerProcess = ProfiledServer(env, workdir, port=args.port or None, profile_out=prefix)
    else:
        server = benchlib.ServerProcess(env, workdir, port=args.port or None, extra_args=extra)
    report: dict[str, Any] = {"date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                              "machine": benchlib.machine_info(), "code": benchlib.code_version(),
                              "backend": backend, "backend_key": args.backend, "workers": args.workers,
                              "safe": args.safe, "users": args.users, "mix": args.mix, "command": command,
                              "args": vars(args)}
    msg_base = int(time.time()) * 1_000_000_000_000 % (2**62)
    rc = 0
    server.start()
    try:
        time.sleep(0.5 if args.workers == 1 else 3.0)
        server_pids = benchlib.descendants(server.pid)
        print(f"server pids: {server_pids}")
        users, setup = wechat_client.run(lambda: setup_phase(server, args, msg_base))
        report["setup"] = setup
        print(f"\n-- setup (not measured in the mix) --\n{setup['users']} users ready in {setup['wall_s']} s "
              f"({setup['failures']} failures)")
        for kind, s in setup["latency_ms"].items():
            print(f"  {kind:<18} n={s['count']:<5} p50 {s['p50']:.1f}  p95 {s['p95']:.1f}  p99 {s['p99']:.1f}  "
                  f"max {s['max']:.1f} ms")
        for failure in setup["failure_examples"]:
            print(f"  failure: {failure}")
        if not users:
            raise SystemExit("no user finished the setup")
        for number, model in enumerate(models, 1):
            mark = len(server.lines)
            result = measured(server.base_url, server_pids, users, args, model, args.mix,
                              msg_base + number * 10**11, profiler_pid=server.pid if args.profile else 0,
                              after_another_phase=number > 1)
            if args.profile:
                written = server.wait_for(lambda line: "profile written" in line, 60, start_at=mark)
                print(written.strip() if written else "profile: not written (see the server log)")
            report[model] = result
            print_run(f"ours, {model} loop ({args.mix})", result)
            rc = rc or (1 if result["errors"] or result["warmup_errors"] else 0)
        server_errors = server.error_lines()
        report["server_error_lines"] = len(server_errors)
        if server_errors:
            print(f"server log has {len(server_errors)} ERROR/Traceback lines; first: {server_errors[0].strip()}")
            log_path = Path(args.out or "bench-wechat.json").with_suffix(".server.log")
            log_path.parent.mkdir(parents=True, exist_ok=True)
            log_path.write_text("".join(server.lines))
            print(f"server log written to {log_path}")
    finally:
        code = server.stop()
        print(f"\nserver stopped with SIGTERM (exit code {code})")

    if not args.no_ceiling and "closed" in models:
        ceiling = CeilingServer({}, ROOT, port=args.ceiling_port or None,
                                extra_args=["--aes-key", AES_KEY] if args.safe else [])
        ceiling.start()
        try:
            ceiling_users = [{"index": i, "openid": f"o-ceiling-{i:05d}", "name": "", "numbers": ["0"]}
                             for i in range(len(users))]
            result = measured(ceiling.base_url, [ceiling.pid], ceiling_users, args, "closed", "simple",
                              msg_base + 9 * 10**11)
            report["ceiling"] = result
            print_run("ceiling app, closed loop (simple text)", result)
        finally:
            ceiling.stop()
        if report.get("closed") and result["throughput_per_s"]:
            report["ratio_to_ceiling"] = report["closed"]["ok_per_s"] / result["throughput_per_s"]
            print(f"\nclosed loop, ours ({args.mix} mix) / ceiling: {report['ratio_to_ceiling'] * 100:.1f} %")
            ours_cpu, ceiling_cpu = report["closed"].get("server_cpu_ms_per_msg"), result.get("server_cpu_ms_per_msg")
            if ours_cpu and ceiling_cpu:
                report["cpu_ratio_to_ceiling"] = ceiling_cpu / ours_cpu
                print(f"server CPU per message: ours {ours_cpu:.2f} ms, ceiling {ceiling_cpu:.3f} ms")

    out = Path(args.out) if args.out else (
        ROOT / "bench" / "results" / _dt.date.today().isoformat()
        / f"wechat_{args.backend}_{args.model}_{args.mix}{'_safe' if args.safe else ''}_w{args.workers}_"
          f"{time.strftime('%H%M%S')}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    print(f"\nresults: {out}")
    print("\n-- markdown for docs/benchmarks.md --\n")
    print(markdown(report))
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    raise SystemExit(rc)


if __name__ == "__main__":
    main()
