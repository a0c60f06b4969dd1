"""``fapiao chat``: the terminal WeChat user (:mod:`fapiao.chat`) against a running server."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from fapiao.config import load_or_exit


def cmd_chat(args: argparse.Namespace) -> int:
    from fapiao.chat.session import run_chat  # aiohttp and the WeChat crypto: only for this command

    settings = load_or_exit()
    return asyncio.run(run_chat(settings, base_url=args.url, openid=args.openid))


def add_commands(sub: Any) -> None:
    chat = sub.add_parser("chat", help="chat with a running server as a WeChat user")
    chat.add_argument("--url", default=None, help="server base URL (default: http://127.0.0.1:8080)")
    chat.add_argument("--openid", default="dev-user", help="act as this WeChat user")
    chat.set_defaults(func=cmd_chat)
