"""bot/webhook.py ``started_task``: a message's work with its first step run at once (issue 14), held to
what ``loop.create_task`` of the same coroutine gives: the result, the exception, the context, cancellation."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.webhook import Done, started_task

var: contextvars.ContextVar[str] = contextvars.ContextVar("test_started_task", default="outer")


async def _both(make: Callable[[], Any]) -> tuple[Any, Any]:
    """(the result through a plain task, the result through started_task): values or exception types."""
    loop = asyncio.get_running_loop()

    async def through(run: Callable[[], Awaitable[Any]]) -> Any:
        try:
            return await run()
        except Exception as exc:
            return type(exc)

    async def plain() -> Any:
        return await loop.create_task(make())

    async def started() -> Any:
        task = started_task(make(), loop)
        return task.value if isinstance(task, Done) else await task

    return await through(plain), await through(started)


async def test_a_coroutine_that_never_waits_gives_its_result_without_a_task() -> None:
    async def work() -> str:
        return "reply"

    task = started_task(work(), asyncio.get_running_loop())
    assert task == Done("reply")
    assert await _both(work) == ("reply", "reply")


@pytest.mark.parametrize("waits", [0, 1, 3])
async def test_a_coroutine_that_waits_continues_in_a_task_with_the_same_result(waits: int) -> None:
    async def work() -> str:
        for _ in range(waits):
            await asyncio.sleep(0)
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut.set_result, "late")
        return str(await fut)

    assert not isinstance(started_task(work(), asyncio.get_running_loop()), Done)
    assert await _both(work) == ("late", "late")


@pytest.mark.parametrize("before_waiting", [True, False])
async def test_an_exception_is_the_same(before_waiting: bool) -> None:
    async def work() -> str:
        if not before_waiting:
            await asyncio.sleep(0)
        raise KeyError("x")

    assert await _both(work) == (KeyError, KeyError)
    if before_waiting:  # raised at once, as task.result() would raise it
        with pytest.raises(KeyError):
            started_task(work(), asyncio.get_running_loop())


async def test_an_awaited_future_failing_reaches_the_coroutine() -> None:
    async def work() -> str:
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut.set_exception, ValueError("no"))
        try:
            await fut
        except ValueError:
            return "caught"
        return "not raised"

    assert await _both(work) == ("caught", "caught")


async def test_the_coroutine_runs_in_its_own_context() -> None:
    """A variable set and reset across an await (a transaction's) stays in the work's context: no
    "created in a different Context" error, and the caller's value is untouched."""
    seen: list[str] = []

    async def work() -> str:
        token = var.set("inner")
        await asyncio.sleep(0)
        seen.append(var.get())
        var.reset(token)
        return var.get()

    task = started_task(work(), asyncio.get_running_loop())
    assert var.get() == "outer"
    assert not isinstance(task, Done)
    assert await task == "outer"
    assert seen == ["inner"]
    var.set("caller")
    assert await _both(work) == ("caller", "caller")


async def test_cancelling_the_task_cancels_what_the_coroutine_waits_for() -> None:
    waiting = asyncio.get_running_loop().create_future()
    cleaned: list[str] = []

    async def work() -> str:
        try:
            await waiting
        finally:
            cleaned.append("finally")
        return "unreachable"

    task = started_task(work(), asyncio.get_running_loop())
    assert isinstance(task, asyncio.Task)
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert waiting.cancelled()
    assert cleaned == ["finally"]
