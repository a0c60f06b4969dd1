"""Log lines written once per turn of the event loop instead of once per line.

Every request logs its access line, and ``logging.StreamHandler`` writes and flushes each line at
once: a ``write(2)`` to stderr per request, on the event loop's thread. In the closed-loop chat
bench on this project's 2-core machine that write was ~6.5 % of the loop thread's samples
(bench/results/2026-12-07-pass7/logwrite/): a system call is expensive on a virtual machine, and it
blocks the loop whenever whoever reads stderr (journald, the bench) lags behind. The stream below
collects the lines written on the loop's thread and writes them with one call at the start of the
next turn (``call_soon``), the way ``core/adapters/redis_wire.py`` batches Redis commands.

What stays the same: every byte, in the order the loop thread wrote it; lines from other threads
(the executor's) are written at once, as before, so they can land before the loop thread's lines of
the same turn, a millisecond at most (each line carries its own timestamp). When the loop is not
running (startup, shutdown, the CLI) or the stream is detached, writes go straight through, after
anything still pending. What a hard kill (SIGKILL) loses: the lines of the current turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading
from typing import IO


class TurnBatchedStream:
    """A text stream for ``logging.StreamHandler``: on the loop's thread, lines wait for the end of
    the turn; elsewhere they are written through to ``target``."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0
        self._pending: list[str] = []
        self._scheduled = False
        # Orders a batch against a line written through from another thread (the handler's own lock
        # covers only one emit at a time, and the batch is written outside any emit).
        self._lock = threading.Lock()

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Batch the lines written on ``loop``'s thread (call from that thread, the loop running)."""
        self._loop = loop
        self._loop_thread = threading.get_ident()

    def detach(self) -> None:
        """Write what is pending and write through from now on."""
        self._loop = None
        self.write_pending()

    def _batching(self) -> bool:
        loop = self._loop
        return loop is not None and threading.get_ident() == self._loop_thread and loop.is_running()

    def write(self, text: str) -> int:
        if self._batching():
            self._pending.append(text)
            if not self._scheduled:
                assert self._loop is not None
                self._scheduled = True
                self._loop.call_soon(self.write_pending)
            return len(text)
        if self._pending:  # the loop stopped with lines pending: they come first
            self.write_pending()
        with self._lock:
            return self.target.write(text)

    def flush(self) -> None:
        if self._batching():
            return  # written (and flushed) at the end of this turn
        self.write_pending()
        with self._lock:
            self.target.flush()

    def write_pending(self) -> None:
        self._scheduled = False
        if not self._pending:
            return
        text = "".join(self._pending)
        self._pending.clear()
        try:
            with self._lock:
                self.target.write(text)
                self.target.flush()
        except Exception:  # as logging.Handler.handleError: a broken stderr must not break the loop
            if logging.raiseExceptions and sys.__stderr__ is not None and sys.__stderr__ is not self.target:
                with contextlib.suppress(Exception):  # nowhere left to report it
                    sys.__stderr__.write("--- log lines could not be written ---\n")

    @property
    def pending(self) -> int:
        """Lines (writes) waiting for the end of the turn."""
        return len(self._pending)


def batch_handler_writes(loop: asyncio.AbstractEventLoop, handler_name: str = "fapiao") -> TurnBatchedStream | None:
    """Make the root logger's handler named ``handler_name`` (``setup_logging``'s) write once per
    turn of ``loop``; None when there is no such stream handler (tests, a custom configuration)."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == handler_name and isinstance(handler, logging.StreamHandler):
            stream = handler.stream
            if not isinstance(stream, TurnBatchedStream):
                stream = TurnBatchedStream(stream)
                handler.setStream(stream)
            stream.attach(loop)
            return stream
    return None


def unbatch_handler_writes(stream: TurnBatchedStream | None, handler_name: str = "fapiao") -> None:
    """Undo ``batch_handler_writes``: pending lines written, the handler back on its own stream."""
    if stream is None:
        return
    stream.detach()
    for handler in logging.getLogger().handlers:
        if handler.get_name() == handler_name and isinstance(handler, logging.StreamHandler) \
                and handler.stream is stream:
            handler.setStream(stream.target)
