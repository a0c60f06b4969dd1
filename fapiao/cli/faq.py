"""``fapiao faq seed`` and ``fapiao faq retire``: the help centre's knowledge base."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from core.domain.actor import Actor
from fapiao.cli.runtime import with_runtime

if TYPE_CHECKING:
    from fapiao.bootstrap import Runtime


def cmd_faq_seed(args: argparse.Namespace) -> int:
    async def work(runtime: Runtime) -> None:
        added = await runtime.core.help.seed()
        print(f"added {added} new entries from core/help/data/faq.yaml (edited entries are kept)")

    with_runtime(work)
    return 0


def cmd_faq_retire(args: argparse.Namespace) -> int:
    async def work(runtime: Runtime) -> None:
        await runtime.core.help.retire(args.id, Actor(channel="cli"))
        print(f"retired {args.id}")

    with_runtime(work)
    return 0


def add_commands(sub: Any) -> None:
    faq = sub.add_parser("faq", help="help-centre knowledge base")
    faq_sub = faq.add_subparsers(dest="faq_command", required=True)
    seed = faq_sub.add_parser("seed", help="add entries that are new in the shipped FAQ file")
    seed.set_defaults(func=cmd_faq_seed)
    retire = faq_sub.add_parser("retire", help="retire an entry")
    retire.add_argument("id")
    retire.set_defaults(func=cmd_faq_retire)
