"""Run one piece of work against a started runtime (settings → adapters → Core), then close it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from fapiao.config import load_or_exit

if TYPE_CHECKING:
    from fapiao.bootstrap import Runtime


def with_runtime(work: Callable[[Runtime], Awaitable[None]]) -> None:
    # The whole core (and prometheus_client with it) is imported only by the commands that use it.
    from fapiao.bootstrap import start_runtime

    settings = load_or_exit()

    async def run() -> None:
        runtime = await start_runtime(settings)
        try:
            await work(runtime)
        finally:
            await runtime.close()

    asyncio.run(run())
