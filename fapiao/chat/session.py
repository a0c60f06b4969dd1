"""``run_chat``: one chat session against a running server (Ctrl-C, the terminal's settings, pushes)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from typing import Any, TextIO

import aiohttp

from core.settings import Settings
from fapiao.chat.client import DEFAULT_BASE_URL, REQUEST_TIMEOUT, ChatClient, normalise_base_url


def _save_terminal(stream: TextIO) -> Any:
    try:
        import termios

        return termios.tcgetattr(stream.fileno())
    except Exception:
        return None


def _restore_terminal(stream: TextIO, state: Any) -> None:
    if state is None:
        return
    with contextlib.suppress(Exception):
        import termios

        termios.tcsetattr(stream.fileno(), termios.TCSADRAIN, state)


async def run_chat(settings: Settings, *, base_url: str | None, openid: str,
                   stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Chat with the server at ``base_url`` as WeChat user ``openid``; the exit code."""
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    err = stdout if stdout is not None else sys.stderr
    base = normalise_base_url(base_url or settings.public_base_url or DEFAULT_BASE_URL)

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)) as session:
        client = ChatClient(settings, session, base_url=base, openid=openid, stdin=stdin, stdout=out)
        problem = await client.check_server()
        if problem is not None:
            err.write(problem + "\n")
            err.flush()
            return 1

        client.terminal.setup_readline()
        terminal = _save_terminal(stdin) if client.interactive else None
        client.banner()
        await client.pushes.reset()
        poller = asyncio.create_task(client.pushes.poll_forever())
        repl = asyncio.create_task(client.repl())

        loop = asyncio.get_running_loop()
        interrupted = False

        def on_interrupt() -> None:
            nonlocal interrupted
            interrupted = True
            repl.cancel()

        sigint = False
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
            loop.add_signal_handler(signal.SIGINT, on_interrupt)
            sigint = True
        try:
            await repl
        except asyncio.CancelledError:
            if not interrupted:
                raise
        finally:
            if sigint:
                with contextlib.suppress(Exception):
                    loop.remove_signal_handler(signal.SIGINT)
            if interrupted:
                # A reader thread may be inside readline: give the terminal its settings back.
                _restore_terminal(stdin, terminal)
                out.write("\n")
                out.flush()
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
            client.terminal.save_history()
        if not client.interactive and not interrupted:
            await client.pushes.wait_for_pending()
    return 0
