"""A notification reaches every WeChat user bound to the account (issue 18: a ticket reply went only
to the most recent binding), and a WeChat user without an account through the outbox too."""

from __future__ import annotations

from typing import Any

from core.notifications.channels import ANONYMOUS, EXCEPT_OPENID, TO_OPENID
from core.notifications.models import InboxMessage, OutboxEvent
from core.settings import WeChatTemplateSetting
from tests.kit.factories import make_account, notify, run

REPLY = {"ticket_id": 3, "subject": "开票", "text": "请重新登录试试"}


async def test_customer_service_text_goes_to_every_binding(core, wechat_api):
    me = await make_account(core, "13800000201", mp="o-first")
    from core.accounts.models import WeChatBinding

    await WeChatBinding.create(app="mp", openid="o-second", account_id=me, created_at=core.clock.now())
    await notify(core, me, "ticket", "bot.ticket.staff_replied", REPLY)
    assert await run(core) == 1
    for openid in ("o-first", "o-second"):
        assert any("请重新登录试试" in text for text in wechat_api.texts_to(openid)), openid
    assert (await OutboxEvent.get()).status == "delivered"


async def test_template_message_to_every_binding_one_refusal_does_not_stop_the_others(core, wechat_api, settings):
    settings.wechat_templates = {"ticket": WeChatTemplateSetting(template_id="TPL-T", fields={"thing1": "subject"})}
    me = await make_account(core, "13800000202", mp="o-first")
    from core.accounts.models import WeChatBinding

    await WeChatBinding.create(app="mp", openid="o-unfollowed", account_id=me, created_at=core.clock.now())
    await WeChatBinding.create(app="mp", openid="o-third", account_id=me, created_at=core.clock.now())
    wechat_api.errors["o-unfollowed"] = 43004
    await notify(core, me, "ticket", "bot.ticket.staff_replied", REPLY)
    await run(core)
    assert sorted(sent[0] for sent in wechat_api.templates_sent) == ["o-first", "o-third"]
    assert (await OutboxEvent.get()).status == "delivered"


async def test_a_wechat_user_without_an_account_is_reached_by_openid(core, wechat_api, sms):
    params: dict[str, Any] = {**REPLY, TO_OPENID: "o-locked-out"}
    await notify(core, ANONYMOUS, "ticket", "bot.ticket.staff_replied", params)
    assert await run(core) == 1
    assert any("请重新登录试试" in text for text in wechat_api.texts_to("o-locked-out"))
    assert await InboxMessage.all().count() == 0  # no account, no message centre
    assert sms.sent == []  # no account, no phone to fall back to


async def test_one_binding_can_be_left_out(core, wechat_api):
    me = await make_account(core, "13800000203", mp="o-old")
    from core.accounts.models import WeChatBinding

    await WeChatBinding.create(app="mp", openid="o-new", account_id=me, created_at=core.clock.now())
    await notify(core, me, "ticket", "bot.ticket.staff_replied", {**REPLY, EXCEPT_OPENID: "o-new"})
    await run(core)
    assert wechat_api.texts_to("o-old") and not wechat_api.texts_to("o-new")
