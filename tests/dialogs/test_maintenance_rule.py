"""Maintenance is ONE rule in core (core/domain/maintenance.py) that every transport obeys:
during a window a write is refused, a read goes on, and the exemptions are named in core.

The bot gives the rule what each feature router declares (READ/WRITE and the feature), so no
command can be forgotten in a list: here every command is sent during a window and must be
refused exactly when its declaration is a non-exempt write.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import app
from bot.router import Router
from bot.vocabulary import vocabulary
from core.domain.actor import Actor
from core.domain.maintenance import MAINTENANCE_EXEMPT, Access, refused_in_maintenance
from templates import texts
from tests.kit.chat import OPENID, register_in_chat

REFUSED = "系统维护中"


def test_the_rule() -> None:
    assert refused_in_maintenance(Access.WRITE, "invoices")
    assert not refused_in_maintenance(Access.READ, "invoices")
    assert {"support", "staff"} <= MAINTENANCE_EXEMPT
    for activity in MAINTENANCE_EXEMPT:
        assert not refused_in_maintenance(Access.WRITE, activity)


async def open_window(core, clock) -> None:
    staff_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    agent = Actor(channel="api", account_id=staff_id)
    start = clock.now() + timedelta(minutes=1)
    item = await core.announcements.create(agent, "系统升级", "升级开票服务。", start, start + timedelta(hours=2),
                                           maintenance=True)
    await core.announcements.publish(agent, item.id, notify=False)
    clock.advance(minutes=2)


@pytest.fixture
def router(core):
    return Router(core, texts())


async def test_every_command_obeys_its_declared_access_during_a_window(router, core, clock, sms) -> None:
    await register_in_chat(router, sms)
    await open_window(core, clock)
    words = router.routes.commands
    wrong: list[str] = []
    for command, keyword in sorted(vocabulary().canonical.items()):
        route = words[command]
        reply = await router.on_text(OPENID, keyword)
        await router.engine.clear(await router.context(OPENID))
        expected = refused_in_maintenance(route.needs.access, route.feature)
        if (REFUSED in reply) != expected:
            wrong.append(f"{keyword} ({command}, declared {route.needs.access} in {route.feature}): {reply[:60]!r}")
    assert not wrong, "\n".join(wrong)
    # Reads answered during the window, as the API's GETs are.
    assert REFUSED not in await router.on_text(OPENID, "最近发票")
    assert REFUSED in await router.on_text(OPENID, "开票")


async def test_a_dialog_open_before_the_window_waits_when_it_writes(router, core, clock, sms) -> None:
    await register_in_chat(router, sms)
    assert "企业名称" in await router.on_text(OPENID, "创建企业")
    await open_window(core, clock)
    assert REFUSED in await router.on_text(OPENID, "武汉某某科技有限公司")


def test_every_route_declares_its_access() -> None:
    for name, route in app.routes().commands.items():
        assert route.needs.access in (Access.READ, Access.WRITE), name
