"""fapiao.accepting: every waiting connection is accepted in one turn of the loop, on uvloop too.

On uvloop, aiohttp's sites accept one connection per turn (libuv/libuv#3696); a busy server
then took new connections at ~10/s and WeChat users waited past 5 s. The tests fill the
kernel's accept queue while the loop is not running (a blocking ``connect`` completes the
handshake without the server), let the loop turn a few times, and read the queue's length
(``ss``'s Recv-Q of a listener). Nothing here depends on time.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import shutil
import socket
import subprocess
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from core.settings import load_settings
from fapiao import accepting, server, workers
from fapiao.eventloop import loop_factory
from tests.kit.servers import free_port

needs_ss = pytest.mark.skipif(shutil.which("ss") is None, reason="needs ss (iproute2) to read the accept queue")

LOOPS = [pytest.param(None, id="asyncio")]
if loop_factory() is not None:
    LOOPS.append(pytest.param(loop_factory(), id="uvloop"))


def listener(port: int) -> tuple[int, int]:
    """(connections waiting to be accepted, backlog) of the socket listening on ``port``."""
    out = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()]
    assert len(rows) == 1, out
    return int(rows[0][1]), int(rows[0][2])


def run(factory: Callable[[], asyncio.AbstractEventLoop] | None, main: Callable[[], Awaitable[Any]]) -> Any:
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(main())  # type: ignore[arg-type]


async def hello(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def started_site(make_site: Callable[[web.AppRunner, socket.socket], web.BaseSite]
                       ) -> tuple[web.AppRunner, web.BaseSite, int]:
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = accepting.listening_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    site = make_site(runner, sock)
    await site.start()
    return runner, site, port


def queued_connections(port: int, count: int) -> list[socket.socket]:
    """``count`` connections completed by the kernel while the loop does not run."""
    clients = []
    for _ in range(count):
        client = socket.create_connection(("127.0.0.1", port))  # blocking: the loop is not turning
        clients.append(client)
    return clients


async def served(client: socket.socket) -> bytes:
    loop = asyncio.get_running_loop()
    client.setblocking(False)
    await loop.sock_sendall(client, b"GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
    reply = b""
    while chunk := await loop.sock_recv(client, 4096):
        reply += chunk
    return reply


async def turns(n: int) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


@needs_ss
@pytest.mark.parametrize("factory", LOOPS)
def test_every_waiting_connection_is_accepted_in_one_turn(factory: Any) -> None:
    async def main() -> None:
        runner, _site, port = await started_site(accepting.AcceptAllSite)
        clients = queued_connections(port, 50)
        try:
            assert listener(port) == (50, accepting.LISTEN_BACKLOG)
            await turns(2)  # the reader's turn (+1 for the loop to poll)
            assert listener(port)[0] == 0
            replies = await asyncio.gather(*(served(client) for client in clients))
            assert all(reply.startswith(b"HTTP/1.1 200") and reply.endswith(b"ok") for reply in replies)
        finally:
            for client in clients:
                client.close()
            await runner.cleanup()

    run(factory, main)


@needs_ss
@pytest.mark.skipif(loop_factory() is None, reason="uvloop is not installed")
def test_why_uvloops_own_server_is_not_used() -> None:
    """The behaviour AcceptAllSite replaces: libuv takes one connection per turn. If this starts
    failing, uvloop accepts greedily again and fapiao.accepting can go."""
    async def main() -> None:
        runner, _site, port = await started_site(lambda runner, sock: web.SockSite(runner, sock))
        clients = queued_connections(port, 50)
        try:
            await turns(3)
            assert listener(port)[0] >= 45
        finally:
            for client in clients:
                client.close()
            await runner.cleanup()

    run(loop_factory(), main)


@needs_ss
@pytest.mark.parametrize("factory", LOOPS)
def test_stop_refuses_new_connections_and_serves_open_ones(factory: Any) -> None:
    async def main() -> None:
        runner, site, port = await started_site(accepting.AcceptAllSite)
        client = socket.create_connection(("127.0.0.1", port))
        try:
            await turns(3)
            await site.stop()
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection(("127.0.0.1", port)).close()
            assert (await served(client)).endswith(b"ok")
        finally:
            client.close()
            await runner.cleanup()

    run(factory, main)


@pytest.mark.parametrize("factory", LOOPS)
def test_out_of_descriptors_pauses_accepting_then_resumes(factory: Any, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(accepting, "ACCEPT_RETRY_DELAY", 0)

    class FailsOnce(socket.socket):
        failed = False

        def accept(self) -> tuple[socket.socket, Any]:
            if not FailsOnce.failed:
                FailsOnce.failed = True
                raise OSError(errno.EMFILE, "Too many open files")
            return super().accept()

    async def main() -> None:
        def make_site(runner: web.AppRunner, sock: socket.socket) -> web.BaseSite:
            failing = FailsOnce(sock.family, sock.type, fileno=sock.detach())
            return accepting.AcceptAllSite(runner, failing)

        runner, _site, port = await started_site(make_site)
        client = socket.create_connection(("127.0.0.1", port))
        try:
            assert (await served(client)).endswith(b"ok")
        finally:
            client.close()
            await runner.cleanup()

    with caplog.at_level(logging.ERROR, logger="fapiao.accepting"):
        run(factory, main)
    assert FailsOnce.failed
    assert "accepting connections paused" in caplog.text


@needs_ss
def test_the_workers_socket_has_the_deep_backlog() -> None:
    sock = workers.listen("127.0.0.1", 0)
    try:
        assert listener(sock.getsockname()[1])[1] == accepting.LISTEN_BACKLOG == 1024
    finally:
        sock.close()


@needs_ss
async def test_fapiao_serve_listens_through_the_site(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    import os
    import signal

    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/fapiao.sqlite3")
    port = free_port()
    seen: list[tuple[type, int]] = []
    real_start = server.AcceptAllSite.start

    async def start(site: accepting.AcceptAllSite) -> None:
        await real_start(site)
        seen.append((type(site), listener(port)[1]))
        os.kill(os.getpid(), signal.SIGTERM)  # serve's own handler: a clean stop once it listens

    monkeypatch.setattr(server.AcceptAllSite, "start", start)
    await server.serve(load_settings(), "127.0.0.1", port)
    assert seen == [(accepting.AcceptAllSite, accepting.LISTEN_BACKLOG)]
