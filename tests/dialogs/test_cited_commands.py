"""What the FAQ and the bot's texts tell users to send exists (issue 18).

Every 「…」 quoted in ``core/help/data/faq.yaml``, ``templates/messages.zh.yaml``,
``templates/messages/*.zh.yaml`` and ``templates/menu.yaml`` is one of:

* a command (its first word is a keyword of ``templates/commands.yaml`` with a handler or a
  dialog) -- sent to the bot, it must reach that command, never the FAQ fallback;
* a word every dialog understands (确认, 返回, 跳过 …);
* a question the texts suggest asking in plain words -- the help centre must answer it;
* something else, listed in :data:`NOT_COMMANDS` with the reason (labels, statuses, example
  data typed inside a dialog step, other apps' menus);
* a command another developer of issue 18 is landing (:data:`PENDING`).

A new quote that is none of these fails: either build what it promises or fix the text. The
FAQ cites no mini-program page either: the mini-program is not shipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from bot.app import routes
from bot.router import Router
from bot.vocabulary import vocabulary
from templates import TEMPLATE_DIR, texts
from tests.kit.chat import register_in_chat

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "core/help/data/faq.yaml", TEMPLATE_DIR / "messages.zh.yaml", TEMPLATE_DIR / "menu.yaml",
           *sorted((TEMPLATE_DIR / "messages").glob("*.zh.yaml"))]
QUOTE = re.compile(r"「([^「」\n]{1,60})」")

#: Questions the texts suggest typing as they are: the help centre must answer each.
QUESTIONS = {"密码输错好几次登不上了", "怎么红冲", "发票开错了怎么办", "小规模纳税人用什么征收率"}

#: Quoted, but not something to send the bot on its own.
NOT_COMMANDS: dict[str, str] = {
    # what to type inside a dialog step (the step parses it)
    "名称 税号": "buyer step input format",
    "名称 金额 [税率]": "item step input format",
    "序号 金额": "red-letter line step input format",
    "转出 100": "VAT card input inside the filing dialog (进项转出)",
    "未开票 13% 5000": "VAT card input inside the filing dialog (未开票收入 by rate)",
    "修改 成本 40000": "CIT card input inside the filing dialog",
    "修改 费用 10000": "CIT card input inside the filing dialog",
    "主营业务成本,40000": "a row of the books CSV (POST /filings/{id}/books)",
    "管理费用,8000": "a row of the books CSV (POST /filings/{id}/books)",
    "行号:含税金额": "red-letter line input format",
    "行号:数量": "red-letter line input format",
    "行号:数量/含税金额": "red-letter line input format",
    "打印纸 226 13%": "item step example",
    "折扣 50": "item step input: a 折扣行 for the item before (issue 11)",
    "折扣 10%": "item step input: a 折扣行 for the item before (issue 11)",
    "折扣 金额": "item step input format of a 折扣行 (issue 11)",
    "本张专票按3%开具？": "the question the 开票 dialog asks a small-scale seller once (issue 11)",
    "餐费 388": "item step example",
    "餐费": "item name example",
    "技术服务费": "item name example",
    "服务": "tax-code keyword example",
    "租赁": "tax-code keyword example",
    "一般纳税人": "choice label of the taxpayer-kind step",
    "小规模纳税人": "choice label of the taxpayer-kind step",
    "名字@域名": "e-mail format",
    "＠": "full-width character to avoid",
    "。": "full-width character to avoid",
    "…": "ellipsis inside an example",
    "*简称*名称": "printed item name format",
    "金额×税率": "formula",
    "100%": "print scale",
    "01,32,,24312000000136634917,0.01,20240514,,1DD6": "example of the text a QR code holds",
    # labels and statuses the user reads
    "草稿": "printer mode", "处理中": "status",
    "已提交": "filing status", "已缴款": "filing status", "需补充材料": "filing status",
    "正常、部分红冲、已红冲": "invoice statuses", "所有者": "role name", "合计税额": "field printed on an invoice",
    "电子发票（普通发票）": "invoice title", "电子发票（增值税专用发票）": "invoice title",
    "红字发票信息确认单": "form name", "商品和服务税收分类编码": "catalogue name", "发票总额度": "policy term",
    "开票有误、销货退回、服务中止、销售折让": "red-letter reasons", "销货退回": "red-letter reason",
    "销售折让": "red-letter reason", "零申报": "filing term", "起征点": "tax term", "免征额": "tax term",
    "住宿": "industry", "餐饮": "industry", "软件": "industry", "无需确认": "red-letter case",
    "账号已存在": "error the user saw", "账号已锁定": "error the user saw",
    "密码不符合规则": "error the user saw", "邮箱格式不正确": "error the user saw",
    "纳税人识别号不正确": "error the user saw", "该公众号暂时无法提供服务，请稍后再试": "WeChat's error",
    "解冻账户": "what scammers ask for",
    # other apps' menus and buttons (WeChat, PDF readers, printers, Excel, tax bureau)
    "扫一扫": "WeChat", "设置-通用-存储空间": "WeChat", "文件传输助手": "WeChat", "用其他应用打开": "WeChat",
    "在浏览器打开": "WeChat", "骚扰拦截": "phone settings", "实际大小": "PDF reader", "适合页面": "PDF reader",
    "缩小过大的页面": "PDF reader", "标准": "printer mode", "高": "printer mode", "省墨": "printer mode",
    "数据-从文本/CSV": "Excel", "粘贴二维码": "tax bureau app", "更正": "tax bureau app",
    "重新提交": "tax bureau app", "重新获取": "SMS button", "自动同步": "tax bureau app",
    "默认": "the word after 开票人 (开票人 默认)",
}

#: Cited commands that other developers of issue 18 are landing; each routes once it lands (then its
#: entry here is moot: remove it when convenient).
PENDING: dict[str, str] = {
    "修改密码": "security (修改密码)",
    "更多": "nlu (lists: 更多)",
    "3月发票": "nlu (month expressions)",
}


def _cited() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for path in SOURCES:
        for quote in QUOTE.findall(path.read_text(encoding="utf-8")):
            if "{{" in quote or "{%" in quote:
                continue  # a template value, not a fixed text
            found[quote.strip()].add(path.name)
    return found


def _is_dialog_word(text: str) -> bool:
    return any(text.strip().lower() in words for words in vocabulary().words.values())


def _routes(text: str) -> bool:
    command, _ = vocabulary().command_for(text)
    return command is not None and (command in routes().commands)


def commands_cited() -> list[str]:
    return sorted(q for q in _cited() if _routes(q))


def test_every_cited_text_is_a_command_a_dialog_word_or_listed() -> None:
    unknown = {q: sorted(files) for q, files in _cited().items()
               if not (_routes(q) or _is_dialog_word(q) or q in QUESTIONS or q in NOT_COMMANDS or q in PENDING)}
    assert not unknown, (
        "texts cite these as if the bot understood them, but it routes none of them (build the command, "
        f"fix the text, or list it in NOT_COMMANDS with the reason): {unknown}")


def test_the_lists_are_not_stale() -> None:
    cited = _cited()
    stale = sorted(q for q in [*QUESTIONS, *NOT_COMMANDS, *PENDING] if q not in cited)
    assert not stale, f"no longer cited anywhere, remove from the lists: {stale}"


def test_every_command_keyword_has_a_handler_or_dialog() -> None:
    missing = sorted({c for c in vocabulary().keywords.values() if c not in routes().commands})
    assert not missing, f"commands with keywords but nothing behind them: {missing}"


def test_menu_keys_route_to_commands() -> None:
    menu = yaml.safe_load((TEMPLATE_DIR / "menu.yaml").read_text(encoding="utf-8"))
    keys = [b["key"] for top in menu["button"] for b in top.get("sub_button", [top]) if b.get("type") == "click"]
    assert keys
    unrouted = [k for k in keys if vocabulary().menu_keys.get(k) not in routes().commands]
    assert not unrouted, unrouted


def test_the_faq_cites_no_mini_program_page() -> None:
    faq = (ROOT / "core/help/data/faq.yaml").read_text(encoding="utf-8")
    pages = re.findall(r"小程序[^「」。\n]{0,8}「([^」]+)」", faq)
    assert not pages, f"the mini-program is not shipped; say what to send in chat or which API to call: {pages}"


class SpyRouter(Router):
    """Records every message that fell through to the FAQ fallback."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.fell: list[str] = []

    async def fallback(self, ctx, text):  # type: ignore[no-untyped-def]
        self.fell.append(text)
        return await super().fallback(ctx, text)


@pytest.fixture
def router(core):
    return SpyRouter(core, texts())


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
async def test_cited_commands_reach_their_command(router, sms, signed_in: bool) -> None:
    openid = "o-cited"
    if signed_in:
        await register_in_chat(router, sms, openid=openid)
    commands = commands_cited()
    assert {"切换企业", "成员", "人工", "转让企业"} <= set(commands)
    for text in commands:
        await router.on_text(openid, text)
        await router.on_text(openid, "取消")  # leave whatever dialog it opened
    assert router.fell == [], f"fell through to the FAQ: {router.fell}"
    await router.on_text(openid, "今天天气怎么样")
    assert router.fell == ["今天天气怎么样"], "the spy no longer sees the fallback: teach it the router's new shape"


async def test_suggested_questions_get_an_answer(core) -> None:
    for question in sorted(QUESTIONS):
        answer = await core.help.answer(question)
        assert answer.entry is not None, question
