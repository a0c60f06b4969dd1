"""The event loop the servers run on: uvloop when installed, asyncio's own otherwise.

uvloop (libuv) costs less CPU per request than asyncio's selector loop: its transports,
timers and callbacks are C. It is a default dependency on Linux (pyproject.toml), where
the servers run; on a platform without it (Windows) asyncio's loop serves the same way.
``FAPIAO_EVENT_LOOP=asyncio`` chooses asyncio's loop even when uvloop is installed (to
compare, or to rule it out when debugging).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
ENV = "FAPIAO_EVENT_LOOP"


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's ``new_event_loop`` when installed and not switched off, else None (asyncio's)."""
    if os.environ.get(ENV, "").strip().lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def loop_name() -> str:
    return "uvloop" if loop_factory() is not None else "asyncio"


def run(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(main)`` on the chosen loop."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(main)
