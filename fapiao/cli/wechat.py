"""``fapiao wechat menu``: print the custom menu (bot/menu.py) and push it when credentials are set."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from bot.menu import menu_definition
from fapiao.config import load_or_exit
from templates import texts


def cmd_wechat_menu(args: argparse.Namespace) -> int:
    menu = menu_definition()
    print(json.dumps(menu, ensure_ascii=False, indent=2))
    settings = load_or_exit()
    if settings.wechat_api != "wechat" or not settings.wechat_appsecret:
        print("(not pushed: set WECHAT_API=wechat, WECHAT_APPID and WECHAT_APPSECRET to push the menu)",
              file=sys.stderr)
        return 0

    async def push() -> None:
        # The Redis client and wechatpy: only when pushing.
        from core.adapters.kv import RedisStore
        from fapiao.integrations.wechat import build_wechat_api

        store = RedisStore.from_url(settings.redis_url)
        try:
            await build_wechat_api(settings, store, texts()).create_menu(menu)
        finally:
            await store.close()

    asyncio.run(push())
    print("menu pushed", file=sys.stderr)
    return 0


def add_commands(sub: Any) -> None:
    wechat = sub.add_parser("wechat", help="WeChat official-account tools")
    wechat_sub = wechat.add_subparsers(dest="wechat_command", required=True)
    menu = wechat_sub.add_parser("menu", help="print the custom menu JSON and push it when credentials are set")
    menu.set_defaults(func=cmd_wechat_menu)
