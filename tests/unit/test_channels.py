"""The relay as the server builds it (fapiao.bootstrap.build_relay) with template settings:
WeChat template messages (jinja2 field expressions, url / miniprogram), mini-program subscribe
messages spending one grant each, per-user channel preferences, and errors that must not be
retried (43004) against ones that must (a network failure)."""

from __future__ import annotations

import pytest

from core.notifications.models import OutboxEvent, SubscribeGrant
from core.settings import Settings, SettingsError, WeChatTemplateSetting
from fapiao.notify_templates import compile_templates, limit
from templates import texts
from tests.kit.factories import PARAMS, make_account, notify, run

FILING = WeChatTemplateSetting(
    template_id="TPL-FILING",
    fields={"keyword1": "period", "keyword2": "{'accepted': '已受理', 'succeeded': '申报成功'}.get(status, status)",
            "thing3": "message", "amount4": "payable | money"},
    url="https://fapiao.example/filings/{{ filing_id }}",
)
REMINDER = WeChatTemplateSetting(template_id="TPL-REMIND", fields={"time1": "due"},
                                 miniprogram={"appid": "wxmini", "pagepath": "pages/file?period={{ period }}"})
SUBSCRIBE = WeChatTemplateSetting(template_id="TPL-SUB", fields={"thing1": "'增值税 ' ~ period", "phrase2": "status"},
                                  page="pages/filing/detail?id={{ filing_id }}")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    settings.wechat_templates = {"filing.status": FILING, "deadline.reminder": REMINDER}
    settings.miniapp_subscribe_templates = {"filing.status": SUBSCRIBE}
    return settings


async def test_template_message_with_jinja_fields_url_and_limits(core, wechat_api, sms):
    me = await make_account(core, "13800000101", mp="o-mp")
    await notify(core, me)
    await notify(core, me, "deadline.reminder", "bot.filing.reminder",
                 {"period": "2026Q4", "due": "2027-01-15", "days_left": 5, "company": "某公司"})
    await notify(core, me, "ticket", "bot.ticket.staff_replied", {"ticket_id": 3, "subject": "开票", "text": "好的"})
    assert await run(core) == 3
    filing, reminder = wechat_api.templates_sent
    assert filing == ("o-mp", "TPL-FILING", {
        "keyword1": {"value": "2026-11"}, "keyword2": {"value": "已受理"},
        "thing3": {"value": "税务机关已受理您的申报，正在排队等待人…"}, "amount4": {"value": "1,234.50"},
    }, "https://fapiao.example/filings/7")
    assert reminder[:2] == ("o-mp", "TPL-REMIND") and reminder[2] == {"time1": {"value": "2027-01-15"}}
    assert wechat_api.template_miniprograms == [None, {"appid": "wxmini", "pagepath": "pages/file?period=2026Q4"}]
    # No template for the kind: customer-service text, rendered from the message key.
    assert wechat_api.texts_to("o-mp") == [texts().render("bot.ticket.staff_replied",
                                                          {"ticket_id": 3, "subject": "开票", "text": "好的"})]
    assert sms.sent == []


async def test_unsubscribed_user_is_not_retried_and_sms_stands_in_for_reminders(core, wechat_api, sms):
    me = await make_account(core, "13800000102", mp="o-gone")
    wechat_api.errors["o-gone"] = 43004  # the user unfollowed the official account
    status = await notify(core, me)
    reminder = await notify(core, me, "deadline.reminder", "bot.filing.reminder",
                            {"period": "2026Q4", "due": "2027-01-15", "days_left": 5, "company": "某公司"})
    assert await run(core) == 2
    for event_id in (status, reminder):
        event = await OutboxEvent.get(event_id=event_id)
        assert (event.status, event.attempts) == ("delivered", 1)
    assert [phone for phone, _t, _p in sms.sent] == ["13800000102"]  # reminders only
    core.clock.advance(days=1)
    assert await run(core) == 0  # nothing left to retry


async def test_transient_failure_is_retried_without_repeating_other_channels(core, wechat_api):
    me = await make_account(core, "13800000103", mp="o-flaky")
    wechat_api.errors["o-flaky"] = -1  # WeChat could not be reached
    event_id = await notify(core, me)
    assert await run(core) == 1
    event = await OutboxEvent.get(event_id=event_id)
    assert event.status == "pending" and event.channels_done == ["inbox"]
    del wechat_api.errors["o-flaky"]
    core.clock.advance(seconds=10)
    assert await run(core) == 1
    assert (await OutboxEvent.get(event_id=event_id)).status == "delivered"
    assert len(wechat_api.templates_sent) == 1


async def test_subscribe_message_spends_one_grant_per_push(core, wechat_api):
    me = await make_account(core, "13800000104", miniapp="o-mini")
    recorded = await core.subscribe_grants.record_subscribe_results(
        me, {"TPL-SUB": "accept", "TPL-OTHER": "reject", "errMsg": "requestSubscribeMessage:ok"})
    assert recorded == 1 and await core.subscribe_grants.unspent_by_template(me) == {"TPL-SUB": 1}
    await notify(core, me)
    await notify(core, me, params={**PARAMS, "status": "succeeded"})
    assert await run(core) == 2
    assert wechat_api.subscribes_sent == [
        ("o-mini", "TPL-SUB", {"thing1": {"value": "增值税 2026-11"}, "phrase2": {"value": "acce…"}},
         "pages/filing/detail?id=7")]
    assert await core.subscribe_grants.unspent_by_template(me) == {}
    assert await SubscribeGrant.filter(account_id=me, spent_at__isnull=False).count() == 1


async def test_preferences_choose_the_channels(core, wechat_api):
    me = await make_account(core, "13800000105", mp="o-both", miniapp="o-both-mini")
    await core.subscribe_grants.record_subscribe_results(me, {"TPL-SUB": "accept"})
    await core.notification_preferences.set_preferences(me, channels=["miniapp"])
    await notify(core, me)
    await run(core)
    assert wechat_api.templates_sent == [] and len(wechat_api.subscribes_sent) == 1

    await core.subscribe_grants.record_subscribe_results(me, {"TPL-SUB": "accept"})
    await core.notification_preferences.set_preferences(me, channels=["wechat"])
    await notify(core, me)
    await run(core)
    assert len(wechat_api.templates_sent) == 1 and len(wechat_api.subscribes_sent) == 1
    assert await core.subscribe_grants.unspent_by_template(me) == {"TPL-SUB": 1}  # not spent: the channel is off


async def test_a_mapping_that_fails_on_the_params_is_not_retried(core, wechat_api, settings):
    settings.wechat_templates = {"filing.status": WeChatTemplateSetting(
        template_id="TPL-BAD", fields={"keyword1": "missing.attribute"})}
    me = await make_account(core, "13800000106", mp="o-bad")
    event_id = await notify(core, me)
    assert await run(core) == 1
    assert wechat_api.templates_sent == []
    assert (await OutboxEvent.get(event_id=event_id)).status == "delivered"  # inbox; wechat does not apply


def test_bad_expression_is_a_settings_error():
    with pytest.raises(SettingsError) as caught:
        compile_templates("WECHAT_TEMPLATES", {"ticket": WeChatTemplateSetting(
            template_id="T", fields={"keyword1": "ticket_id +"})})
    assert "WECHAT_TEMPLATES.ticket.fields.keyword1" in str(caught.value)


def test_settings_parse_json_and_refuse_a_bad_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.settings import load_settings

    monkeypatch.setenv("WECHAT_TEMPLATES", '{"ticket": {"template_id": "T", "fields": {"keyword1": "ticket_id"}}}')
    assert load_settings(_env_file=None).wechat_templates["ticket"].fields == {"keyword1": "ticket_id"}
    monkeypatch.setenv("MINIAPP_SUBSCRIBE_TEMPLATES", '{"ticket": {"fields": {}}}')
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert "MINIAPP_SUBSCRIBE_TEMPLATES" in str(caught.value) and "TEMPLATE_ID" in str(caught.value)


def test_field_limits_by_type():
    assert limit("thing1", "一二三四五六七八九十一二三四五六七八九十一") == "一二三四五六七八九十一二三四五六七八九…"
    assert limit("phrase3", "审核中") == "审核中"
    assert limit("keyword1", "x" * 50) == "x" * 50
