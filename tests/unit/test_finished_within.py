"""bot/webhook.py ``finished_within``: the reply budget's wait, which never cancels the work (issue 14)."""

from __future__ import annotations

import asyncio

import pytest

from bot.webhook import finished_within


async def test_a_task_that_ends_in_time_is_done() -> None:
    async def work() -> str:
        await asyncio.sleep(0)
        return "reply"

    task = asyncio.create_task(work())
    assert await finished_within(task, 60)
    assert task.result() == "reply"
    assert await finished_within(task, 0)  # already done


async def test_past_the_budget_the_task_keeps_running() -> None:
    release = asyncio.Event()

    async def work() -> str:
        await release.wait()
        return "late"

    task = asyncio.create_task(work())
    assert not await finished_within(task, 0)
    assert not task.done()
    release.set()
    assert await task == "late"


async def test_a_failed_task_is_done_and_keeps_its_error() -> None:
    async def work() -> str:
        raise ValueError("boom")

    task = asyncio.create_task(work())
    assert await finished_within(task, 60)
    with pytest.raises(ValueError, match="boom"):
        task.result()


async def test_cancelling_the_waiter_leaves_the_task_running() -> None:
    release = asyncio.Event()

    async def work() -> str:
        await release.wait()
        return "still"

    task = asyncio.create_task(work())
    waiting = asyncio.create_task(finished_within(task, 60))
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert not task.done()
    release.set()
    assert await task == "still"
