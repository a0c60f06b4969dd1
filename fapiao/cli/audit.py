"""``fapiao audit verify``: walk the hash-chained audit log and report the first broken link."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from core.audit.chain import VerifyResult
from core.clock import SystemClock
from fapiao.config import load_or_exit


def format_result(result: VerifyResult) -> str:
    legacy = f", {result.legacy} legacy entries before the chain's genesis" if result.legacy else ""
    if result.broken is None:
        return f"audit log OK: {result.checked} chained entries verified{legacy}"
    return (f"audit log BROKEN after {result.checked} good entries{legacy}: first broken link at "
            f"{result.broken.describe()}")


async def verify(database_url: str) -> tuple[int, str]:
    """(exit code, line): 0 when the chain holds, 1 when it is broken, 2 when it cannot be checked."""
    from core.adapters.database import close_db, init_db, pending_migrations
    from core.audit.log import AuditLog

    await init_db(database_url)
    try:
        pending = await pending_migrations()
        if pending:
            return 2, f"cannot verify: {len(pending)} pending migration(s) ({', '.join(pending)}); run `fapiao migrate`"
        result = await AuditLog(SystemClock()).verify()
    finally:
        await close_db()
    return (0 if result.ok else 1), format_result(result)


def cmd_audit_verify(args: argparse.Namespace) -> int:

    settings = load_or_exit()
    code, line = asyncio.run(verify(settings.database_url))
    print(line, file=sys.stdout if code == 0 else sys.stderr)
    return code


def add_commands(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="the tamper-evident audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    check = audit_sub.add_parser("verify", help="check the hash chain; exit 1 naming the first broken entry")
    check.set_defaults(func=cmd_audit_verify)
