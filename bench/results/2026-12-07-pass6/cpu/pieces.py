"""Instructions of one piece of the per-message floor, measured alone (bench only).

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python pieces.py CASE 1
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python pieces.py CASE 2001

(the difference / 2000 is one piece's instructions). CASE: none, log (the access line), tele (the
three metric updates of a message), nlu, sig, parse, reply.
"""

from __future__ import annotations

import datetime
import os
import sys

from aiohttp import web

from bot.nlu.intents import understand
from bot.webhook import signature, split_reply
from bot.wechat_xml import PlainTextMessage, parse_fields, text_reply
from core import telemetry
from fapiao.observability import middleware
from fapiao.observability.logs import setup_logging

TODAY = datetime.date(2026, 12, 7)
XML = ("<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[oUser000000000000000000000001]]>"
       "</FromUserName><CreateTime>1795770000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
       "<Content><![CDATA[发票丢了怎么办]]></Content><MsgId>1234567890</MsgId></xml>")
REPLY = "【发票丢了怎么办】\n" + "电子发票可以在我的发票里重新下载，纸质发票请联系开票方。" * 8


def run(case: str, message: PlainTextMessage) -> None:
    if case == "log":
        if middleware.access_log.isEnabledFor(20):
            middleware.access_log.handle(middleware.access_record(20, "POST", "/wechat", 200, 0.0012, "127.0.0.1",
                                                                  "abcdef0123456789"))
    elif case == "tele":
        telemetry.http_request("/wechat", "POST", 200, 0.0012)
        telemetry.wechat_message("text", "")
        telemetry.wechat_reply(0.001)
    elif case == "nlu":
        understand("发票丢了怎么办", TODAY)
    elif case == "sig":
        signature("token", "1795770000", "123456789")
    elif case == "parse":
        PlainTextMessage(parse_fields(XML))
    elif case == "reply":
        parts = split_reply(REPLY)
        web.Response(text=text_reply(parts[0], message), content_type="application/xml")


def main() -> None:
    case, count = sys.argv[1], int(sys.argv[2])
    setup_logging(log_format="text", level="INFO", stream=open(os.devnull, "w"))  # noqa: SIM115
    message = PlainTextMessage(parse_fields(XML))
    for _ in range(count):
        run(case, message)


if __name__ == "__main__":
    main()
