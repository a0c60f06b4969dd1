"""Sessions and bindings (issue 13 #1, issue 18's account parts).

- A reset, and a password change, end every API session and every WeChat / mini-program binding,
  and the user is told by SMS.
- 我的账户 and GET /account/bindings list the bindings; 解绑 <n> and DELETE /account/bindings/{id}
  remove one; DELETE /account/wechat-binding unbinds only the caller's own binding.
- Turning the second factor off or changing it needs the password or the current second factor.
- A new binding alerts the account's other bindings and the phone.
- The TOTP setup sends a QR code image and, once confirmed, ten one-time recovery codes.
"""

from __future__ import annotations

from typing import Any

import pyotp
import pytest

from bot.router import Router
from core.accounts.models import Account, RecoveryCode, WeChatBinding
from core.ports import MiniappSession
from templates import texts
from tests.kit.api import PASSWORD, Api
from tests.kit.chat import verify_dialog

PHONE = "13800138000"
VICTIM_CHAT = "o-victim-phone"
ATTACKER_CHAT = "o-attacker-phone"
NEW_PASSWORD = "Neues#Passwort9"


@pytest.fixture
def router(core: Any) -> Router:
    return Router(core, texts())


@pytest.fixture
def client(api: Any, sms: Any) -> Api:
    return Api(api, sms)


async def login_in_chat(router: Router, openid: str, password: str = PASSWORD) -> None:
    await verify_dialog(router, openid, [("登录", "手机号"), (PHONE, "密码"), (password, "登录成功")])


async def test_a_reset_ends_wechat_and_miniapp_logins(client: Api, router: Router, wechat_api: Any, sms: Any,
                                                      clock: Any) -> None:
    token = await client.register(PHONE)
    await login_in_chat(router, ATTACKER_CHAT)
    wechat_api.sessions["mini-code"] = MiniappSession(openid="mini-attacker", unionid=None)
    await client.call("POST", "/account/wechat-binding", {"code": "mini-code"}, token=token, expect=204)
    # The victim resets the password by SMS.
    clock.advance(seconds=61)
    await client.call("POST", "/auth/sms-codes", {"phone": PHONE, "purpose": "reset"}, expect=202)
    await client.call("POST", "/auth/password-reset", {"phone": PHONE, "code": sms.last_code(PHONE),
                                                       "new_password": NEW_PASSWORD}, expect=204)
    assert sms.sent[-1][1] == "sms.password_changed"
    assert "所有登录" in texts().render("sms.password_changed", sms.sent[-1][2])
    # The attacker's chat and mini-program are logged out.
    await verify_dialog(router, ATTACKER_CHAT, [("我的账户", "请先登录")])
    _, body = await client.call("POST", "/auth/wechat", {"code": "mini-code"}, token="", expect=200)
    assert body == {"token": None, "bound": False}
    await client.call("GET", "/account", token=token, expect=401)
    assert not await WeChatBinding.exists()


async def test_bindings_are_listed_and_removed_one_by_one(client: Api, router: Router, wechat_api: Any) -> None:
    token = await client.register(PHONE)
    await login_in_chat(router, VICTIM_CHAT)
    await login_in_chat(router, ATTACKER_CHAT)
    _, listed = await client.call("GET", "/account/bindings", token=token, expect=200)
    assert [b["app"] for b in listed["items"]] == ["mp", "mp"]
    assert all("****" in b["masked_openid"] and b["masked_openid"] != ATTACKER_CHAT for b in listed["items"])
    # In chat: 我的账户 lists both (this one marked), 解绑 2 removes the other phone.
    replies = await verify_dialog(router, VICTIM_CHAT, [("我的账户", ("已绑定的微信", "本微信", "解绑 序号"))])
    assert replies[0].count("公众号用户") == 2
    await verify_dialog(router, VICTIM_CHAT, [("解绑 2", "已解除第 2 个绑定"), ("解绑 9", "没有第 9 个绑定")])
    await verify_dialog(router, ATTACKER_CHAT, [("我的账户", "请先登录")])
    # Through the API.
    await login_in_chat(router, ATTACKER_CHAT)
    _, listed = await client.call("GET", "/account/bindings", token=token, expect=200)
    second = listed["items"][1]["id"]
    await client.call("DELETE", f"/account/bindings/{second}", token=token, template="/account/bindings/{binding_id}",
                      expect=204)
    await client.call("DELETE", f"/account/bindings/{second}", token=token, template="/account/bindings/{binding_id}",
                      expect=404)
    await verify_dialog(router, ATTACKER_CHAT, [("我的账户", "请先登录")])


async def test_another_account_cannot_unbind_my_miniapp_user(client: Api, wechat_api: Any, clock: Any) -> None:
    a = await client.register(PHONE)
    clock.advance(seconds=61)
    b = await client.register("13900139000")
    wechat_api.sessions["a-code"] = MiniappSession(openid="mini-a", unionid=None)
    await client.call("POST", "/account/wechat-binding", {"code": "a-code"}, token=a, expect=204)
    status, _ = await client.call("DELETE", "/account/wechat-binding", {"code": "a-code"}, token=b)
    assert status == 409
    assert await WeChatBinding.exists(openid="mini-a")


async def test_the_second_factor_cannot_be_changed_with_a_token_alone(client: Api, clock: Any) -> None:
    token = await client.register(PHONE)
    await client.call("PUT", "/account/second-factor", {"method": "sms"}, token=token, expect=422)
    await client.call("PUT", "/account/second-factor", {"method": "sms", "password": "Wrong#pass1"}, token=token,
                      expect=401)
    await client.call("PUT", "/account/second-factor", {"method": "sms", "password": PASSWORD}, token=token,
                      expect=204)
    _, body = await client.call("PUT", "/account/second-factor", {"method": "off"}, token=token, expect=422)
    assert "password" in body["error"]["fields"]
    await client.call("POST", "/account/second-factor/totp", {}, token=token, expect=422)
    _, setup = await client.call("POST", "/account/second-factor/totp", {"password": PASSWORD}, token=token,
                                 expect=200)
    totp = pyotp.TOTP(setup["secret"])
    _, confirmed = await client.call("POST", "/account/second-factor/totp/confirm", {"code": totp.at(clock.now())},
                                     token=token, expect=200)
    assert len(confirmed["recovery_codes"]) == 10 and len(set(confirmed["recovery_codes"])) == 10
    clock.advance(seconds=30)
    await client.call("PUT", "/account/second-factor", {"method": "off", "code": totp.at(clock.now())}, token=token,
                      expect=204)
    account = await Account.get(phone=PHONE)
    assert not account.totp_enabled and not account.sms_second_factor


async def test_password_change_ends_everything_and_names_the_rule(client: Api, router: Router, sms: Any) -> None:
    token = await client.register(PHONE)
    await login_in_chat(router, ATTACKER_CHAT)
    _, body = await client.call("POST", "/account/password", {"current_password": PASSWORD,
                                                              "new_password": "abcdefgh1"}, token=token, expect=422)
    assert "缺少特殊字符" in body["error"]["fields"]["new_password"]
    await client.call("POST", "/account/password", {"current_password": "Wrong#pass1", "new_password": NEW_PASSWORD},
                      token=token, expect=401)
    await client.call("POST", "/account/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD},
                      token=token, expect=204)
    await client.call("GET", "/account", token=token, expect=401)
    await verify_dialog(router, ATTACKER_CHAT, [("我的账户", "请先登录")])
    assert sms.sent[-1][1] == "sms.password_changed"
    await client.call("POST", "/auth/login", {"phone": PHONE, "password": NEW_PASSWORD}, token="", expect=200)


async def test_password_change_in_chat(client: Api, router: Router, sms: Any) -> None:
    await client.register(PHONE)
    await login_in_chat(router, VICTIM_CHAT)
    await verify_dialog(router, VICTIM_CHAT, [
        ("修改密码", "当前密码"),
        ("Wrong#pass1", ("密码不正确", "当前密码")),
        (PASSWORD, "新密码"),
        ("short1!", ("长度须为 8–64 位", "新密码")),
        (NEW_PASSWORD, ("密码已修改", "重新登录")),
        ("我的账户", "请先登录"),
    ])
    await login_in_chat(router, VICTIM_CHAT, NEW_PASSWORD)


async def test_a_new_binding_alerts_the_other_bindings_and_the_phone(client: Api, router: Router, wechat_api: Any,
                                                                     sms: Any) -> None:
    await client.register(PHONE)
    await login_in_chat(router, VICTIM_CHAT)
    assert sms.sent[-1][1] == "sms.new_binding"
    await login_in_chat(router, ATTACKER_CHAT)
    assert sms.sent[-1][1] == "sms.new_binding"
    alerts = wechat_api.texts_to(VICTIM_CHAT)
    assert len(alerts) == 1 and "安全提醒" in alerts[0] and "解绑" in alerts[0]
    assert not wechat_api.texts_to(ATTACKER_CHAT)


async def test_totp_setup_in_chat_sends_a_qr_image_and_recovery_codes(client: Api, router: Router, wechat_api: Any,
                                                                       core: Any, clock: Any) -> None:
    await client.register(PHONE)
    await login_in_chat(router, VICTIM_CHAT)
    replies = await verify_dialog(router, VICTIM_CHAT, [
        ("二次验证", "确认身份"), (PASSWORD, "回复 1"), ("1", ("二维码", "密钥"))])
    (to, image, _name), = wechat_api.images_sent
    assert to == VICTIM_CHAT and image.startswith(b"\x89PNG")
    secret = replies[-1].split("密钥：")[1].split()[0]
    account = await Account.get(phone=PHONE)
    assert secret not in (account.totp_secret or "") and account.totp_secret.startswith("enc1:")
    done = await verify_dialog(router, VICTIM_CHAT, [(pyotp.TOTP(secret).at(clock.now()), ("恢复码", "只显示这一次"))])
    codes = [line.strip() for line in done[0].splitlines() if len(line.strip()) == 11 and line.strip()[5] == "-"]
    assert len(codes) == 10
    rows = await RecoveryCode.filter(account_id=account.id)
    assert len(rows) == 10 and all(c.replace("-", "") not in r.digest for r in rows for c in codes)
    # A recovery code works once as the second factor.
    await verify_dialog(router, VICTIM_CHAT, [("解绑", "已解除")])
    await verify_dialog(router, VICTIM_CHAT, [("登录", "手机号"), (PHONE, "密码"), (PASSWORD, "动态码"),
                                              (codes[0].lower(), "登录成功")])
    await verify_dialog(router, VICTIM_CHAT, [("解绑", "已解除")])
    await verify_dialog(router, VICTIM_CHAT, [("登录", "手机号"), (PHONE, "密码"), (PASSWORD, "动态码"),
                                              (codes[0], "不正确")])
