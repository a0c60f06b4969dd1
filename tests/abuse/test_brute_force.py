"""Brute force and SMS pumping, with the injected clock: each limit holds exactly (N allowed, N+1
refused with the right Chinese message) and reopens when its window ends.

Already proven exactly elsewhere, so not repeated here:
- 5 consecutive wrong passwords lock an account for 15 minutes, the right password is refused
  while locked with the minutes left, new codes do not reset it, it unlocks by itself:
  tests/unit/test_accounts.py::test_lockout_after_five_failures_and_self_unlock and
  tests/api/test_accounts_api.py::test_lockout_through_the_api (423, "15 分钟");
- the 60 s per-phone cooldown and the 5/hour per phone with the exact retry_after:
  tests/unit/test_accounts.py::test_sms_send_limits_per_phone, ::test_sms_daily_limit (10/day),
  tests/api/test_accounts_api.py::test_sms_rate_limit_says_when;
- 5 wrong tries burn a code: tests/unit/test_accounts.py::test_five_wrong_tries_burn_the_code;
- every random sequence of sends against a reference model: tests/abuse/test_properties.py.

Limits (core/accounts/codes.py SEND_LIMITS, core/accounts/lockout.py LOGIN_FAILURE_LIMITS):
SMS sends 30/hour per IP and 10/hour per openid; failed logins 20/hour per IP and 10/hour per
openid, across all phones (password spraying never trips the per-account lock).
"""

from __future__ import annotations

from typing import Any

import pytest

from core.accounts.codes import SEND_LIMITS, Purpose
from core.accounts.lockout import LOGIN_FAILURE_LIMITS
from core.accounts.views import RegisterCommand
from core.domain.actor import Actor
from tests.kit.api import Api
from tests.kit.chat import WeChatClient

PASSWORD = "Kaipiao#2026"
SMS_PER_IP = next(limit.max_sends for limit in SEND_LIMITS if limit.scope == "ip")
SMS_PER_OPENID = next(limit.max_sends for limit in SEND_LIMITS if limit.scope == "openid")
LOGIN_PER_IP = next(most for scope, _, most in LOGIN_FAILURE_LIMITS if scope == "ip")
LOGIN_PER_OPENID = next(most for scope, _, most in LOGIN_FAILURE_LIMITS if scope == "openid")


def test_the_documented_numbers() -> None:
    assert (SMS_PER_IP, SMS_PER_OPENID, LOGIN_PER_IP, LOGIN_PER_OPENID) == (30, 10, 20, 10)


def minutes_left(clock: Any) -> int:
    """What the rate_limited message says for a window that ends at the next full hour."""
    now = clock.now()
    return (3600 - (now.minute * 60 + now.second)) // 60


@pytest.fixture
def client(api: Any, sms: Any, settings: Any) -> Api:
    # The test client connects from 127.0.0.1, standing for nginx in front (TRUSTED_PROXIES).
    settings.trusted_proxies = "127.0.0.1"
    return Api(api, sms)


def via_proxy(ip: str, spoofed: str = "") -> dict[str, str]:
    """nginx appends the peer it saw; whatever the client sent comes first."""
    return {"X-Forwarded-For": f"{spoofed}, {ip}" if spoofed else ip}


async def make_account(core: Any, sms: Any, phone: str) -> None:
    await core.accounts.request_code(phone, Purpose.REGISTER, Actor(channel="cli"))
    await core.accounts.register(RegisterCommand(phone=phone, password=PASSWORD, display_name="用户",
                                                 code=sms.last_code(phone)), Actor(channel="cli"))


# ------------------------------------------------------------------ login guessing

async def test_password_spraying_is_stopped_per_ip(client: Api, core: Any, sms: Any, clock: Any) -> None:
    await make_account(core, sms, "13900000000")
    for n in range(LOGIN_PER_IP):
        # One guess per phone never comes near an account's lock; a made-up first entry changes nothing.
        status, body = await client.call("POST", "/auth/login", {"phone": f"1380000{n:04d}", "password": "Guess#123"},
                                         headers=via_proxy("203.0.113.7", spoofed=f"10.9.{n}.1"))
        assert status == 401, body
    status, body = await client.call("POST", "/auth/login", {"phone": "13900000000", "password": PASSWORD},
                                     headers=via_proxy("203.0.113.7", spoofed="1.2.3.4"))
    assert status == 429, body
    assert body["error"]["message"] == f"操作太频繁了，请 {minutes_left(clock)} 分钟后再试。"
    # Another address is not affected, and the account itself is not locked.
    await client.call("POST", "/auth/login", {"phone": "13900000000", "password": PASSWORD},
                      headers=via_proxy("198.51.100.1"), expect=200)
    clock.advance(seconds=body["error"]["details"]["retry_after"])
    await client.call("POST", "/auth/login", {"phone": "13900000000", "password": PASSWORD},
                      headers=via_proxy("203.0.113.7"), expect=200)


async def test_successful_logins_do_not_count(client: Api, core: Any, sms: Any) -> None:
    await make_account(core, sms, "13900000000")
    for _ in range(LOGIN_PER_IP + 5):
        await client.call("POST", "/auth/login", {"phone": "13900000000", "password": PASSWORD},
                          headers=via_proxy("203.0.113.8"), expect=200)


def test_a_client_cannot_pretend_to_be_the_proxy() -> None:
    """X-Forwarded-For is believed only from a peer in TRUSTED_PROXIES, and only its last entry."""
    from aiohttp.test_utils import make_mocked_request

    from core.settings import parse_networks
    from http_shared.http import client_ip

    def ip(remote: str, header: str | None, trusted: str = "127.0.0.1,10.0.0.0/8") -> str | None:
        request = make_mocked_request("GET", "/", headers={"X-Forwarded-For": header} if header else {})
        return client_ip(request.clone(remote=remote), parse_networks(trusted))

    assert ip("127.0.0.1", "1.1.1.1, 203.0.113.7") == "203.0.113.7"
    assert ip("10.0.0.2", "203.0.113.7") == "203.0.113.7"
    assert ip("8.8.4.4", "1.1.1.1") == "8.8.4.4"  # a public peer is the client itself
    assert ip("127.0.0.1", None) == "127.0.0.1"
    # Not a configured proxy: a private or loopback peer is the client too (issue 13 #6).
    assert ip("192.168.1.20", "203.0.113.7") == "192.168.1.20"
    assert ip("127.0.0.1", "203.0.113.7", trusted="") == "127.0.0.1"


async def test_password_guessing_through_the_chat_is_stopped_per_openid(api: Any, sim: Any, clock: Any, core: Any,
                                                                       sms: Any) -> None:
    await make_account(core, sms, "13900000000")
    wechat = WeChatClient(api, sim, clock)
    openid = "o-guesser"
    assert "已注册的手机号" in await wechat.say(openid, "登录")
    for n in range(LOGIN_PER_OPENID):
        await wechat.say(openid, f"1380000{n:04d}")
        assert "手机号或密码不正确" in await wechat.say(openid, "Guess#123")
        await wechat.say(openid, "返回")  # back to the phone step, next phone
    await wechat.say(openid, "13900000000")
    refused = await wechat.say(openid, PASSWORD)
    assert f"操作太频繁了，请 {minutes_left(clock)} 分钟后再试。" in refused
    # Another WeChat user can still log in to that account: it was never locked.
    assert "已注册的手机号" in await wechat.say("o-owner", "登录")
    await wechat.say("o-owner", "13900000000")
    assert "登录成功" in await wechat.say("o-owner", PASSWORD)
    clock.advance(seconds=3600)
    wechat.clock = clock
    assert "手机号或密码不正确" in await wechat.say(openid, "Guess#123")  # counted afresh: refused as wrong, not limited


# ------------------------------------------------------------------ SMS pumping

async def test_sms_flood_is_stopped_per_ip_through_the_api(client: Api, sms: Any, clock: Any) -> None:
    for n in range(SMS_PER_IP):
        await client.call("POST", "/auth/sms-codes", {"phone": f"1370000{n:04d}", "purpose": "register"},
                          headers=via_proxy("203.0.113.20", spoofed=f"10.1.{n}.1"), expect=202)
    _, body = await client.call("POST", "/auth/sms-codes", {"phone": "13799999999", "purpose": "register"},
                                headers=via_proxy("203.0.113.20", spoofed="8.8.8.8"), expect=429)
    assert body["error"]["message"] == f"操作太频繁了，请 {minutes_left(clock)} 分钟后再试。"
    assert len(sms.sent) == SMS_PER_IP
    await client.call("POST", "/auth/sms-codes", {"phone": "13799999998", "purpose": "register"},
                      headers=via_proxy("203.0.113.21"), expect=202)
    clock.advance(seconds=body["error"]["details"]["retry_after"])
    await client.call("POST", "/auth/sms-codes", {"phone": "13799999999", "purpose": "register"},
                      headers=via_proxy("203.0.113.20"), expect=202)


async def test_sms_flood_is_stopped_per_openid_through_the_chat(api: Any, sim: Any, clock: Any, sms: Any) -> None:
    wechat = WeChatClient(api, sim, clock)
    openid = "o-pumper"
    assert "手机号" in await wechat.say(openid, "注册")
    for n in range(SMS_PER_OPENID):
        assert "验证码已发送" in await wechat.say(openid, f"1360000{n:04d}")
        await wechat.say(openid, "返回")
    refused = await wechat.say(openid, "13699999999")
    assert f"操作太频繁了，请 {minutes_left(clock)} 分钟后再试。" in refused
    assert len(sms.sent) == SMS_PER_OPENID
    # Another WeChat user (another openid, same test IP-less channel) is not affected.
    await wechat.say("o-other", "注册")
    assert "验证码已发送" in await wechat.say("o-other", "13699999998")
    clock.advance(seconds=3600)
    assert "验证码已发送" in await wechat.say(openid, "13699999999")
    assert len(sms.sent) == SMS_PER_OPENID + 2


async def test_resend_in_the_chat_keeps_the_phone_cooldown(api: Any, sim: Any, clock: Any, sms: Any) -> None:
    wechat = WeChatClient(api, sim, clock)
    openid = "o-resender"
    await wechat.say(openid, "注册")
    assert "验证码已发送" in await wechat.say(openid, "13500000000")
    clock.advance(seconds=59)
    refused = await wechat.say(openid, "重新发送")
    assert "操作太频繁了，请 1 秒后再试。" in refused
    clock.advance(seconds=1)
    assert "验证码已发送" in await wechat.say(openid, "重新发送")
    assert len(sms.sent) == 2
