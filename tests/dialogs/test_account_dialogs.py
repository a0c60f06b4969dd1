"""Dialog transcripts: what a user types in chat and what the bot answers."""

from __future__ import annotations

import pyotp

from core.accounts.models import Account
from tests.kit.chat import OPENID, PHONE, register_in_chat, verify_dialog
from tests.kit.chat import router as router
from tests.kit.factories import authorise_companies

GOOD_USCC = "91110000600037341L"


def code_of(sms):
    return lambda: sms.last_code(PHONE)


async def test_register_end_to_end_in_chat(router, sms):
    await register_in_chat(router, sms)
    account = await Account.get(phone=PHONE)
    assert account.display_name == "王会计"
    await verify_dialog(router, OPENID, [("我的账户", ("王会计", "138****8000", "创建企业"))])


async def test_register_reprompts_on_bad_input_and_supports_back_and_cancel(router, sms):
    await verify_dialog(router, OPENID, [
        ("注册", "手机号"),
        ("12345", ("手机号格式不正确", "手机号")),
        (PHONE, "验证码已发送"),
        ("abc", ("6 位数字", "验证码")),
        ("000001" if sms.last_code(PHONE) != "000001" else "000002", ("验证码不正确", "还可以再试 4 次")),
        ("返回", "手机号"),
        ("取消", "已取消"),
        ("我的账户", "请先登录"),
    ])


async def test_password_rule_and_help_in_dialog(router, sms):
    await verify_dialog(router, OPENID, [("注册", "手机号"), (PHONE, "验证码")])
    await verify_dialog(router, OPENID, [
        (sms.last_code(PHONE), "密码"),
        ("帮助", ("密码规则", "取消")),
        ("password", ("密码不符合规则", "字母、数字和特殊字符")),
        ("Password1!", "过于常见"),
        ("Kaipiao#2026", "邮箱"),
        ("bad@", ("邮箱格式不正确", "邮箱")),
        ("返回", "设置登录密码"),
    ])


async def test_existing_phone_gets_account_exists_after_the_code(router, sms, clock):
    await register_in_chat(router, sms)
    clock.advance(seconds=61)
    await verify_dialog(router, "o-other", [
        ("注册", "手机号"),
        (PHONE, "验证码已发送"),
    ])
    await verify_dialog(router, "o-other", [(sms.last_code(PHONE), ("账号已存在", "登录", "忘记密码"))])


async def test_login_binds_and_lockout_message(router, sms, clock):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [("解绑", "已解除")])
    await verify_dialog(router, OPENID, [
        ("登录", "手机号"),
        (PHONE, "密码"),
        ("Wrong#pass1", ("不正确", "再错 4 次")),
        ("Wrong#pass1", "再错 3 次"),
        ("Wrong#pass1", "再错 2 次"),
        ("Wrong#pass1", "再错 1 次"),
        ("Wrong#pass1", ("锁定", "15 分钟")),
        ("Kaipiao#2026", ("锁定", "15 分钟")),
    ])
    clock.advance(minutes=15, seconds=1)
    await verify_dialog(router, OPENID, [("Kaipiao#2026", ("登录成功", "王会计"))])
    await verify_dialog(router, OPENID, [("登录", ("已绑定账号", "解绑"))])


async def test_login_with_totp(router, sms, core, clock):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [("二次验证", "确认身份"), ("Kaipiao#2026", "身份验证器")])
    replies = await verify_dialog(router, OPENID, [("1", "密钥")])
    totp = pyotp.TOTP(replies[0].split("密钥：")[1].split()[0])
    await verify_dialog(router, OPENID, [(totp.at(clock.now()), "已开启身份验证器")])
    clock.advance(seconds=30)
    await verify_dialog(router, OPENID, [("解绑", "已解除")])
    await verify_dialog(router, OPENID, [
        ("登录", "手机号"), (PHONE, "密码"), ("Kaipiao#2026", "动态码"),
        ("123", "不正确"), (totp.at(clock.now()), "登录成功"),
    ])


async def test_forgot_password(router, sms, clock):
    await register_in_chat(router, sms)
    clock.advance(seconds=61)
    await verify_dialog(router, "o-lost", [("忘记密码", "手机号"), (PHONE, "验证码已发送")])
    await verify_dialog(router, "o-lost", [
        (sms.last_code(PHONE), "新密码"),
        ("weak", "密码不符合规则"),
        ("Neues#Passwort9", ("密码已重置", "退出")),
    ])


async def test_create_company_join_and_invite(router, sms, clock):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [
        ("创建企业", "企业名称"),
        ("武汉光谷软件有限公司", "统一社会信用代码"),
        ("91110000600037341M", ("校验位不正确", "统一社会信用代码")),
        (GOOD_USCC, "纳税人类型"),
        ("3", ("序号", "纳税人类型")),
        ("2", "地址"),
        ("跳过", "开户行"),
        ("跳过", ("请确认", "小规模纳税人", GOOD_USCC)),
        ("确认", ("已创建", "武汉光谷软件有限公司")),
    ])
    await authorise_companies()
    replies = await verify_dialog(router, OPENID, [("邀请成员", "角色"), ("2", ("邀请码", "开票员"))])
    code = replies[1].split("邀请码：")[1].split()[0]
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid="o-colleague", phone="13900139000")
    await verify_dialog(router, "o-colleague", [
        ("加入企业", "邀请码"),
        (code, ("已加入", "武汉光谷软件有限公司", "开票员")),
        ("我的账户", ("武汉光谷软件有限公司", "开票员")),
        ("邀请成员", "没有权限"),
    ])
    await verify_dialog(router, "o-third", [("加入企业", "请先登录")])


async def test_menu_click_routes_to_the_same_command(router):
    reply = await router.on_event(OPENID, "click", None, "REGISTER")
    assert "手机号" in reply
    await verify_dialog(router, OPENID, [("取消", "已取消")])
    assert "欢迎关注" in await router.on_event(OPENID, "subscribe", None)


async def test_unknown_text_gets_help_hint(router):
    await verify_dialog(router, OPENID, [("随便说点什么", "帮助"), ("取消", "没有进行中")])


async def test_colloquial_questions_get_the_right_answer_first(router):
    for question, expected in (("密码输错好几次登不上了", "锁"), ("发票开错了咋办", "红"),
                               ("打印出来位置不对", "打印")):
        reply = await router.on_text("o-asker", question)
        first_block = reply.split("你可能还想问")[0]
        assert expected in first_block, (question, reply)


async def test_help_browses_categories(router):
    await verify_dialog(router, "o-browse", [
        ("帮助", ("1. 账户与登录", "10. 联系客服")),
        ("6", ("【打印与设备】", "1.")),
        ("1", lambda reply: reply.startswith("【")),
        ("帮助", "常见问题"),
        ("今天天气怎么样", ("答不好", "人工")),
        ("常见问题 红冲", "红"),
    ])
