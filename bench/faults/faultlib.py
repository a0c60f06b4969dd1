"""Shared helpers of the fault-injection scripts in bench/faults/.

Each script starts the real server (``fapiao serve``) as a child process with its own
environment (PostgreSQL database ``test_faults``, Redis database 7 or its own
redis-server on port 6390, console adapters, DATA_DIR in a temporary directory), drives
it through the API and the WeChat endpoint exactly as clients do, breaks a dependency,
and checks what the product promises. Everything talks to 127.0.0.1 only, every loop is
bounded, and every script stops by itself.

Not a test module and not application code.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

BENCH = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import benchlib  # noqa: E402
from benchlib import PASSWORD, ServerProcess, api_call, fapiao_executable, psql  # noqa: E402,F401

from fapiao.chat.wechat_sim import WeChatServerSimulator  # noqa: E402

ROOT = BENCH.parent
DATABASE = "test_faults"
REDIS_DB = 7
SHARED_REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
OWN_REDIS_PORT = 6390
OWN_REDIS_URL = f"redis://127.0.0.1:{OWN_REDIS_PORT}/0"
WECHAT_TOKEN = "faults-token"
WECHAT_APPID = "wxfaults000000000"
USCC = "91110000600037341L"
USCC_2 = "9144030071526726XG"


# -- reporting ----------------------------------------------------------------------------------------


class Report:
    """PASS/FAIL lines as they happen, then a summary; ``finish()`` is the exit code."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.notes: list[str] = []
        self.started = time.monotonic()

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(what)
        print(f"  {'PASS' if ok else 'FAIL'}  {what}{f'  ({detail})' if detail else ''}", flush=True)
        return ok

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note  {text}", flush=True)

    def step(self, text: str) -> None:
        print(f"-- {text}", flush=True)

    def finish(self) -> int:
        print(f"\n== {self.title}: summary ({time.monotonic() - self.started:.0f} s) ==")
        for what in self.passed:
            print(f"  PASS  {what}")
        for what in self.failed:
            print(f"  FAIL  {what}")
        for text in self.notes:
            print(f"  note  {text}")
        print(f"{self.title}: {len(self.passed)} passed, {len(self.failed)} failed", flush=True)
        return 1 if self.failed or not self.passed else 0


class SetupFailed(Exception):
    """The scenario could not even be set up (not a verdict on the fault behaviour)."""


# -- environment ---------------------------------------------------------------------------------------


def pg_url(port: int = benchlib.PG_PORT, database: str = DATABASE) -> str:
    return f"postgres://{benchlib.PG_USER}@127.0.0.1:{port}/{database}"


def reset_database() -> None:
    """Drop and recreate the public schema of ``test_faults`` (ours alone), then migrate."""
    psql("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", database=DATABASE)


def flush_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def server_env(data_dir: Path, *, database_url: str, redis_url: str, **extra: str) -> dict[str, str]:
    env = {
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DATA_DIR": str(data_dir),
        "ENVIRONMENT": "development",
        "SMS_PROVIDER": "console",
        "EMAIL_PROVIDER": "console",
        "WECHAT_API": "console",
        "TAX_BUREAU": "sandbox",
        "WECHAT_TOKEN": WECHAT_TOKEN,
        "WECHAT_APPID": WECHAT_APPID,
        "WECHAT_AES_KEY": "",
        "CLOCK_OFFSET_DAYS": "0",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env


def migrate(env: Mapping[str, str], cwd: Path) -> None:
    result = subprocess.run([fapiao_executable(), "migrate"], env={**os.environ, **env}, cwd=cwd,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SetupFailed(f"fapiao migrate failed:\n{result.stdout}\n{result.stderr}")


@contextlib.contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"fapiao-faults-{prefix}-") as tmp:
        yield Path(tmp)


def serve_supports_workers() -> bool:
    result = subprocess.run([fapiao_executable(), "serve", "--help"], capture_output=True, text=True, timeout=60)
    return "--workers" in result.stdout


def child_pids(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def kill9(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


# -- our own redis-server --------------------------------------------------------------------------------


class OwnRedis:
    """``redis-server --port 6390`` with nothing on disk: a restart loses every key."""

    def __init__(self, port: int = OWN_REDIS_PORT) -> None:
        self.port = port

    def ping(self) -> bool:
        result = subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True,
                                timeout=10)
        return result.stdout.strip() == "PONG"

    def start(self) -> None:
        if self.ping():
            return
        subprocess.run(["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no",
                        "--daemonize", "yes", "--bind", "127.0.0.1"], check=True, timeout=30,
                       capture_output=True)
        deadline = time.monotonic() + 10
        while not self.ping():
            if time.monotonic() > deadline:
                raise SetupFailed(f"redis-server on port {self.port} did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        """SHUTDOWN NOSAVE: the server exits and takes every key with it."""
        subprocess.run(["redis-cli", "-p", str(self.port), "shutdown", "nosave"], capture_output=True,
                       text=True, timeout=10)
        deadline = time.monotonic() + 10
        while self.ping():
            if time.monotonic() > deadline:
                raise SetupFailed(f"redis-server on port {self.port} did not stop")
            time.sleep(0.1)


# -- a TCP proxy we can cut ------------------------------------------------------------------------------


class CuttableProxy:
    """An asyncio TCP proxy 127.0.0.1:<port> -> target. ``cut()`` closes the listener and
    every open connection (the database looks gone: connection refused); ``restore()``
    listens again on the same port."""

    def __init__(self, target_host: str, target_port: int, port: int | None = None) -> None:
        self.target = (target_host, target_port)
        self.port = port or benchlib.free_port()
        self.server: asyncio.base_events.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()
        self.connections = 0

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        self.writers |= {client_writer, upstream_writer}
        try:
            await asyncio.gather(self._pipe(client_reader, upstream_writer),
                                 self._pipe(upstream_reader, client_writer))
        finally:
            self.writers -= {client_writer, upstream_writer}

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def cut(self) -> int:
        """Stop listening and drop every connection; returns how many were dropped."""
        if self.server is not None:
            self.server.close()
            self.server = None
        dropped = len(self.writers)
        for writer in list(self.writers):
            with contextlib.suppress(Exception):
                transport = writer.transport
                transport.abort()  # RST, like a host that went away
        self.writers.clear()
        return dropped

    async def restore(self) -> None:
        await self.start()


# -- WeChat users ---------------------------------------------------------------------------------------


@dataclass
class ChatReply:
    status: int
    text: str | None  # None: "success" / empty body (a deferred reply)
    raw: str
    seconds: float


class ChatUser:
    """One WeChat user: posts signed XML to /wechat as WeChat's server does."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, openid: str,
                 sim: WeChatServerSimulator | None = None) -> None:
        self.session = session
        self.base_url = base_url
        self.openid = openid
        self.sim = sim or WeChatServerSimulator(WECHAT_TOKEN, WECHAT_APPID)

    async def post_xml(self, xml: str, within: float = 15) -> ChatReply:
        signed = self.sim.sign(xml)
        started = time.perf_counter()
        async with self.session.post(self.base_url + "/wechat", params=signed.params, data=signed.body.encode(),
                                     timeout=aiohttp.ClientTimeout(total=within)) as resp:
            raw = await resp.text()
            seconds = time.perf_counter() - started
            text: str | None = None
            if resp.status == 200:
                decoded = self.sim.decode_reply(raw)
                text = None if decoded is None else str(decoded.get("Content", ""))
            return ChatReply(resp.status, text, raw, seconds)

    async def say(self, text: str, *, msg_id: int | None = None, within: float = 15) -> ChatReply:
        return await self.post_xml(self.sim.text_xml(self.openid, text, msg_id=msg_id), within)

    async def expect(self, text: str, *needles: str, msg_id: int | None = None) -> str:
        reply = await self.say(text, msg_id=msg_id)
        body = reply.text or ""
        if reply.status != 200 or any(n not in body for n in needles):
            raise SetupFailed(f"{self.openid} said {text!r}: expected {needles}, got {reply.status} {body[:300]!r}")
        return body


async def register_in_chat(user: ChatUser, server: ServerProcess, phone: str, name: str = "王会计") -> None:
    await user.expect("注册", "手机号")
    mark = len(server.lines)
    await user.expect(phone, "验证码已发送")
    code = await asyncio.to_thread(server.sms_code, phone, 15, mark)
    await user.expect(code, "密码")
    await user.expect(PASSWORD, "邮箱")
    await user.expect("跳过", "称呼")
    await user.expect(name, "注册成功")


async def create_company_in_chat(user: ChatUser, server: ServerProcess, name: str = "武汉光谷软件有限公司",
                                 tax_id: str = USCC) -> None:
    """Create the company and complete the taxpayer's authorisation (企业认证), without which the
    platform refuses to issue: the sandbox platform logs the code as ``TAX AUTH for <tax id>: <code>``."""
    await user.expect("创建企业", "名称")
    await user.expect(name, "统一社会信用代码")
    await user.expect(tax_id, "类型")
    await user.expect("1", "地址")
    await user.expect("跳过", "开户行")
    await user.expect("跳过", "确认")
    mark = len(server.lines)
    await user.expect("确认", "已创建")
    line = await asyncio.to_thread(server.wait_for, lambda text: f"TAX AUTH for {tax_id}:" in text, 20, mark)
    if line is None:
        raise SetupFailed(f"no TAX AUTH code for {tax_id} in the server log")
    auth_code = line.rsplit(":", 1)[1].strip().split()[0].strip('"')
    await user.expect(f"企业认证 {auth_code}", "认证成功")


async def pushes(session: aiohttp.ClientSession, base_url: str, openid: str) -> list[str]:
    """Customer-service messages the console WeChat API kept for ``openid`` (/dev/pushes)."""
    async with session.get(base_url + "/dev/pushes", params={"openid": openid}) as resp:
        data = await resp.json()
    return [str(item.get("text", "")) for item in data.get("messages", [])]


def db_count(sql: str) -> int:
    out = psql(sql, database=DATABASE).strip()
    return int(out or 0)


def db_rows(sql: str) -> list[list[str]]:
    out = psql(sql, database=DATABASE)
    return [line.split("|") for line in out.splitlines() if line.strip()]


def run(main: Any) -> None:
    """asyncio.run(main()) and exit with its code; a setup failure is a failure too."""
    try:
        code = asyncio.run(main())
    except SetupFailed as exc:
        print(f"SETUP FAILED: {exc}", flush=True)
        code = 2
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


def worker_pids(parent: int) -> list[int]:
    """Worker processes of ``fapiao serve --workers N`` (children of the parent, not
    multiprocessing's helpers)."""
    pids = []
    for pid in child_pids(parent):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "resource_tracker" in cmdline or "forkserver" in cmdline:
            continue
        pids.append(pid)
    return pids


def tracebacks(server: ServerProcess, limit: int = 3) -> list[str]:
    """The server's logged tracebacks (each with the log line before it), for the report."""
    blocks: list[str] = []
    lines = server.lines
    covered = -1
    for index, line in enumerate(lines):
        if index > covered and line.startswith("Traceback"):
            end = index + 1
            while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end][:4].isdigit()):
                end += 1
            covered = end
            blocks.append("".join(lines[max(0, index - 1):end]))
            if len(blocks) >= limit:
                break
    return blocks
