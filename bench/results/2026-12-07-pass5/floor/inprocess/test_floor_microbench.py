"""Not a test: instructions of POST /wechat in-process (floor helper's measurement; copied into a tree)."""
from __future__ import annotations

import os
import subprocess
from typing import Any

N = int(os.environ.get("FLOOR_N", "200"))
KINDS = {"faq": "发票丢了怎么办", "help": "帮助", "tax_code": "税收编码 咨询服务"}


def _cg(*flags: str) -> None:
    if os.environ.get("FLOOR_CG"):
        subprocess.run(["callgrind_control", *flags, str(os.getpid())], check=True, capture_output=True)


async def test_floor_microbench(wechat: Any, mode: str) -> None:
    base = 10_000
    for kind, text in KINDS.items():
        for i in range(20):  # warm up (FAQ index, templates, caches)
            await wechat.say(f"oUser{i % 5:024d}", text, msg_id=base + i)
        base += 1000
        _cg("-z")
        _cg("-i", "on")
        for i in range(N):
            reply = await wechat.say(f"oUser{i % 5:024d}", text, msg_id=base + i)
        _cg("-i", "off")
        _cg("-d")
        base += 1000
        print("REPLY", kind, mode, reply[:40].replace("\n", " "), flush=True)
