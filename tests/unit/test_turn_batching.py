"""fapiao.observability.turn_batching: log lines written once per turn of the event loop, same bytes."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.settings import load_settings
from fapiao import server
from fapiao.observability.logs import setup_logging
from fapiao.observability.turn_batching import TurnBatchedStream, batch_handler_writes, unbatch_handler_writes
from tests.kit.servers import free_port


class CountingStream(io.StringIO):
    """A target that counts its write calls."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


class BrokenStream(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(32, "Broken pipe")


@pytest.fixture()
def root_handlers() -> Iterator[None]:
    """Leave the root logger as the test found it (setup_logging replaces its handlers)."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved:
        root.addHandler(handler)
    root.setLevel(level)


async def next_turns(n: int = 2) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


async def test_lines_of_one_turn_are_written_with_one_call_at_the_next() -> None:
    target = CountingStream()
    stream = TurnBatchedStream(target)
    stream.attach(asyncio.get_running_loop())
    for n in range(5):
        stream.write(f"line {n}\n")
        stream.flush()  # StreamHandler flushes after every line: deferred too
    assert (target.getvalue(), target.writes, stream.pending) == ("", 0, 5)
    await next_turns()
    assert target.getvalue() == "".join(f"line {n}\n" for n in range(5))
    assert (target.writes, stream.pending) == (1, 0)


async def test_other_threads_write_through() -> None:
    target = CountingStream()
    stream = TurnBatchedStream(target)
    stream.attach(asyncio.get_running_loop())
    thread = threading.Thread(target=lambda: stream.write("from a thread\n"))
    thread.start()
    thread.join()
    assert target.getvalue() == "from a thread\n"


async def test_detach_writes_what_is_pending_then_writes_through() -> None:
    target = CountingStream()
    stream = TurnBatchedStream(target)
    stream.attach(asyncio.get_running_loop())
    stream.write("pending\n")
    stream.detach()
    assert target.getvalue() == "pending\n"
    stream.write("direct\n")
    assert target.getvalue() == "pending\ndirect\n"


def test_without_a_running_loop_lines_go_straight_through() -> None:
    target = CountingStream()
    stream = TurnBatchedStream(target)
    loop = asyncio.new_event_loop()
    try:
        stream.attach(loop)  # attached, but the loop is not running (startup, shutdown)
        stream.write("at once\n")
        assert target.getvalue() == "at once\n"
    finally:
        loop.close()


async def test_a_broken_stderr_does_not_break_the_loop(capsys: pytest.CaptureFixture[str]) -> None:
    stream = TurnBatchedStream(BrokenStream())
    stream.attach(asyncio.get_running_loop())
    stream.write("lost\n")
    await next_turns()  # the write fails inside the loop's callback: nothing raised
    assert stream.pending == 0


async def test_through_logging_the_bytes_are_those_of_the_plain_handler(root_handlers: None) -> None:
    plain, batched_target = io.StringIO(), CountingStream()
    handler = setup_logging(log_format="text", level="INFO", stream=batched_target)
    reference = setup_logging(log_format="text", level="INFO", stream=plain)  # same filters and formatter
    reference.set_name("reference")  # not the one to batch
    logging.getLogger().addHandler(handler)  # both: the batched one and the reference
    stream = batch_handler_writes(asyncio.get_running_loop())
    assert stream is not None and handler.stream is stream and reference.stream is plain
    log = logging.getLogger("fapiao.test")
    log.info("开票成功 %s", "26423000000000000001")
    log.warning("phone 13912345678 and token=abcdef0123456789")
    assert batched_target.getvalue() == ""
    await next_turns()
    assert batched_target.writes == 1
    assert batched_target.getvalue() == plain.getvalue() != ""
    unbatch_handler_writes(stream)
    assert handler.stream is batched_target


async def test_fapiao_serve_batches_while_it_serves(root_handlers: None, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/fapiao.sqlite3")
    target = io.StringIO()
    handler = setup_logging(log_format="text", level="INFO", stream=target)
    seen: list[object] = []
    real_start = server.AcceptAllSite.start

    async def start(site: server.AcceptAllSite) -> None:
        await real_start(site)
        seen.append(handler.stream)
        os.kill(os.getpid(), signal.SIGTERM)  # serve's own handler: a clean stop once it listens

    monkeypatch.setattr(server.AcceptAllSite, "start", start)
    await server.serve(load_settings(), "127.0.0.1", free_port())
    assert len(seen) == 1 and isinstance(seen[0], TurnBatchedStream)
    assert handler.stream is target  # restored, with every line written
    assert "serving on http://127.0.0.1" in target.getvalue() and "stopped" in target.getvalue()
