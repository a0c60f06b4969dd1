"""切换企业, 成员, 转让企业 and 开票人 in chat, with two WeChat users (issue 18)."""

from __future__ import annotations

import pytest

from bot.router import Router
from templates import texts
from tests.kit.chat import register_in_chat, verify_dialog

ALICE, BOB = "o-alice", "o-bob"
ALICE_PHONE, BOB_PHONE = "13800138000", "13900139000"
USCC = "91110000600037341L"
OTHER_USCC = "9144030071526726XG"


@pytest.fixture
def router(core):
    return Router(core, texts())


async def create_company(router, openid, name, tax_id):
    await verify_dialog(router, openid, [
        ("创建企业", "名称"), (name, "统一社会信用代码"), (tax_id, "类型"), ("2", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])


@pytest.fixture
async def two(router, sms, clock):
    """Alice owns 武汉光谷软件; Bob joined it as 开票员 and owns 张记小吃店."""
    await register_in_chat(router, sms, openid=ALICE, phone=ALICE_PHONE)
    await create_company(router, ALICE, "武汉光谷软件有限公司", USCC)
    replies = await verify_dialog(router, ALICE, [("邀请成员", "角色"), ("开票员", "邀请码")])
    code = replies[1].split("邀请码：")[1].split()[0]
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid=BOB, phone=BOB_PHONE)
    await create_company(router, BOB, "张记小吃店", OTHER_USCC)
    await verify_dialog(router, BOB, [("加入企业", "邀请码"), (code, ("已加入", "开票员"))])


async def test_switch_company_by_number_name_and_argument(router, two):
    await verify_dialog(router, BOB, [
        ("切换企业", ("张记小吃店", "▶ 武汉光谷软件有限公司", "回复序号")),
        ("9", ("没有找到这家企业", "回复序号")),
        ("１", ("已切换到「张记小吃店」", "所有者")),
        ("我的账户", "▶ 张记小吃店"),
        ("切换企业 光谷", ("已切换到「武汉光谷软件有限公司」", "开票员")),
        ("切换企业", "回复序号"),
        ("取消", "已取消"),
    ])
    await verify_dialog(router, ALICE, [("切换企业", ("只在「武汉光谷软件有限公司」一家企业中", "加入企业"))])
    await verify_dialog(router, "o-stranger", [("切换企业", "请先登录")])


async def test_members_list_role_change_issuer_and_removal(router, two, deliver, wechat_api):
    # Bob (开票员) sees the list but cannot manage it.
    await verify_dialog(router, BOB, [("成员", ("王会计", "所有者", "开票员（我）", "联系企业所有者或管理员"))])
    await verify_dialog(router, ALICE, [
        ("成员", ("1. 王会计", "2. 王会计", "回复序号管理该成员")),
        ("5", "请回复列表中的序号"),
        ("2", ("修改角色", "移出企业", "设置开票人")),
        ("修改角色", "哪个角色"),
        ("会计", ("角色改为会计", "已通知对方")),
        ("成员", "回复序号"),
        ("2", "修改角色"),
        ("3", "开票人姓名"),
        ("张晓明", "开票人将打印为「张晓明」"),
    ])
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == BOB]
    assert any("【成员变动】" in p and "改为会计" in p for p in pushes), pushes
    await verify_dialog(router, BOB, [("开票人", "「张晓明」")])
    await verify_dialog(router, ALICE, [
        ("成员", "回复序号"),
        ("1", "修改角色"),
        ("2", "确认把 王会计 移出企业吗"),
        ("确认", "企业至少要有一位所有者"),
    ])
    await verify_dialog(router, ALICE, [
        ("成员", "回复序号"), ("2", "修改角色"), ("2", "移出"), ("确认", ("移出企业", "已通知对方")),
        ("成员", lambda r: "2. " not in r),
    ])
    await deliver()
    assert any("已被移出「武汉光谷软件有限公司」" in text for openid, text in wechat_api.texts_sent if openid == BOB)
    await verify_dialog(router, BOB, [("我的账户", "▶ 张记小吃店")])


async def test_members_list_leaves_for_another_command(router, two):
    await verify_dialog(router, ALICE, [("成员", "回复序号"), ("我的账户", ("【我的账户】", "武汉光谷软件有限公司"))])


async def test_transfer_company_with_sms_code(router, two, sms, clock, deliver, wechat_api):
    await verify_dialog(router, BOB, [("切换企业 光谷", "已切换"), ("转让企业", "只有企业所有者")])
    clock.advance(seconds=61)
    await verify_dialog(router, ALICE, [
        ("转让企业", ("转让给哪位成员", "1. 王会计（139****9000）")),
        ("1", ("确认把「武汉光谷软件有限公司」转让给 王会计", "验证码")),
        ("确认", ("验证码已发送到 138****8000", "6 位验证码")),
        ("000000" if sms.last_code(ALICE_PHONE) != "000000" else "111111", "验证码不正确"),
    ])
    await verify_dialog(router, ALICE, [(sms.last_code(ALICE_PHONE), ("转让完成", "您是管理员"))])
    await deliver()
    assert any("您现在是企业所有者" in text for openid, text in wechat_api.texts_sent if openid == BOB)
    assert any("您现在是该企业的管理员" in text for openid, text in wechat_api.texts_sent if openid == ALICE)
    await verify_dialog(router, ALICE, [("我的账户", "武汉光谷软件有限公司（91110000600037341L）— 管理员")])
    await verify_dialog(router, BOB, [("成员", ("所有者（我）", "回复序号管理该成员")), ("取消", "已取消")])


async def test_issuer_name_command(router, two):
    await verify_dialog(router, BOB, [
        ("开票人", ("「王会计」", "注册时填写的名字")),
        ("开票人 张晓明", "开票人将打印为「张晓明」"),
        ("开票人", "「张晓明」"),
        ("开票人 默认", "「王会计」"),
    ])
    await verify_dialog(router, "o-stranger", [("开票人 张三", "请先登录")])
