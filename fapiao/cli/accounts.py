"""``fapiao account unlock`` and ``fapiao staff create``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from core.domain.actor import Actor
from fapiao.cli.runtime import with_runtime

if TYPE_CHECKING:
    from fapiao.bootstrap import Runtime


def cmd_account_unlock(args: argparse.Namespace) -> int:
    async def work(runtime: Runtime) -> None:
        await runtime.core.accounts.unlock(args.phone, Actor(channel="cli"))

    with_runtime(work)
    print(f"unlocked {args.phone}")
    return 0


def cmd_staff_create(args: argparse.Namespace) -> int:
    async def work(runtime: Runtime) -> None:
        account_id, password = await runtime.core.accounts.make_staff(args.phone, args.name, Actor(channel="cli"))
        print(f"staff account {account_id} ({args.phone})")
        if password:
            print(f"one-time password: {password}  (log in, then change it with 忘记密码)")

    with_runtime(work)
    return 0


def add_commands(sub: Any) -> None:
    account = sub.add_parser("account", help="account administration")
    account_sub = account.add_subparsers(dest="account_command", required=True)
    unlock = account_sub.add_parser("unlock", help="lift a login lockout")
    unlock.add_argument("phone")
    unlock.set_defaults(func=cmd_account_unlock)

    staff = sub.add_parser("staff", help="platform staff (help centre, announcements)")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    create = staff_sub.add_parser("create", help="create a staff account, or promote an existing one")
    create.add_argument("phone")
    create.add_argument("--name", default="客服")
    create.set_defaults(func=cmd_staff_create)
