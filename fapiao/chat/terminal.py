"""Reading the user's lines without blocking the event loop: readline (line editing, history in
``DATA_DIR/chat_history``, tab completion) on a terminal, plain lines from a pipe."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

HISTORY_FILE = "chat_history"
HISTORY_LENGTH = 1000


class Terminal:
    def __init__(self, stdin: TextIO, out: TextIO, *, interactive: bool, history: Path,
                 complete: Callable[[str], list[str]]) -> None:
        self.stdin = stdin
        self.out = out
        self.interactive = interactive
        self.history = history
        #: The completions for the line typed so far.
        self.complete = complete
        self.readline: Any = None
        #: A line is being read (output must redraw the prompt and what was typed).
        self.reading = False

    def typed(self) -> str:
        """What the user has typed on the current line (empty without readline)."""
        if self.readline is None:
            return ""
        try:
            return str(self.readline.get_line_buffer())
        except Exception:
            return ""

    def setup_readline(self) -> None:
        if not (self.interactive and self.stdin is sys.stdin and self.out is sys.stdout):
            return
        try:
            import readline
        except ImportError:
            return
        self.readline = readline
        history = self.history
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            history.touch(exist_ok=True)
            readline.read_history_file(str(history))
        except OSError:
            pass
        with contextlib.suppress(Exception):
            readline.set_history_length(HISTORY_LENGTH)
            readline.set_completer_delims(" \t\n")
            readline.set_completer(self._complete)
            if "libedit" in (readline.__doc__ or ""):
                readline.parse_and_bind("bind ^I rl_complete")
            else:
                readline.parse_and_bind("tab: complete")

    def save_history(self) -> None:
        if self.readline is not None:
            with contextlib.suppress(Exception):
                self.readline.write_history_file(str(self.history))

    def _complete(self, text: str, state: int) -> str | None:
        try:
            options = self.complete(self.readline.get_line_buffer())
            matches = [o + " " for o in options if o and o.lower().startswith(text.lower())]
            return matches[state] if state < len(matches) else None
        except Exception:
            return None

    async def read_line(self, prompt: str) -> str | None:
        """The next input line, None at end of input; never blocks the event loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str | None] = loop.create_future()
        # input() on the real terminal uses readline when it is loaded.
        use_input = self.interactive and self.stdin is sys.stdin and self.out is sys.stdout
        if self.interactive and not use_input:
            self.out.write(prompt)
            self.out.flush()

        def deliver(result: str | None, exc: BaseException | None) -> None:
            if future.done():
                return
            if exc is not None:
                future.set_exception(exc)
            else:
                future.set_result(result)

        def work() -> None:
            result: str | None = None
            error: BaseException | None = None
            try:
                if use_input:
                    result = input(prompt)
                else:
                    line = self.stdin.readline()
                    result = line.rstrip("\r\n") if line else None
            except EOFError:
                result = None
            except BaseException as exc:
                error = exc
            with contextlib.suppress(RuntimeError):  # the loop is gone: we are exiting
                loop.call_soon_threadsafe(deliver, result, error)

        # A daemon thread rather than the default executor: a thread blocked in input()
        # must not keep the process alive after Ctrl-C.
        self.reading = True
        threading.Thread(target=work, name="fapiao-chat-stdin", daemon=True).start()
        try:
            line = await future
        finally:
            self.reading = False
        return line
