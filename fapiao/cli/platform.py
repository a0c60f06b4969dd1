"""``fapiao platform credit <tax id> [<amount>]``: the sandbox platform's 授信额度 of one taxpayer.

The real platform sets a taxpayer's monthly credit; the sandbox uses the rules' default
(core/data/invoice_platform_sandbox.yaml) unless told another amount here, e.g. to try the
refusal when the 额度 runs out.
"""

from __future__ import annotations

import argparse
import asyncio
from decimal import Decimal, InvalidOperation
from typing import Any

from core.clock import SystemClock
from fapiao.config import load_or_exit


def _amount(value: str) -> Decimal:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {value!r}") from None
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"not an amount in yuan with at most 2 decimals: {value!r}")
    return amount


def cmd_platform_credit(args: argparse.Namespace) -> int:
    from core.invoice_platform_sandbox import SandboxInvoicePlatform
    from core.invoice_platform_sandbox.records import china_date

    settings = load_or_exit()
    if settings.invoice_platform != "sandbox":
        print("INVOICE_PLATFORM is not sandbox: the real platform sets the 授信额度")
        return 2

    async def run() -> str:
        from core.adapters.database import close_db, ensure_schema, init_db

        await init_db(settings.database_url)
        try:
            await ensure_schema(settings.database_url, auto_migrate=settings.is_sqlite)
            platform = SandboxInvoicePlatform(SystemClock())
            if args.amount is not None:
                await platform.set_credit(args.tax_id, args.amount)
            today = china_date(SystemClock().now())
            credit = await platform.credit(args.tax_id, f"{today.year:04d}-{today.month:02d}")
        finally:
            await close_db()
        return f"{args.tax_id} {credit.month}: total {credit.total}, used {credit.used}, remaining {credit.remaining}"

    print(asyncio.run(run()))
    return 0


def add_commands(subparsers: Any) -> None:
    platform = subparsers.add_parser("platform", help="the sandbox national invoicing platform")
    platform_sub = platform.add_subparsers(dest="platform_command", required=True)
    credit = platform_sub.add_parser("credit", help="show or set a taxpayer's monthly 授信额度 in the sandbox")
    credit.add_argument("tax_id")
    credit.add_argument("amount", nargs="?", type=_amount, default=None)
    credit.set_defaults(func=cmd_platform_credit)
