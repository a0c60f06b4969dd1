"""The ``fapiao`` command: one module per command group, each adding its subcommands.

=================  ==========================================================
``serve``          :mod:`fapiao.cli.serve` (also ``migrate``)
``chat``           :mod:`fapiao.cli.chat` (the terminal client is :mod:`fapiao.chat`)
``wechat menu``    :mod:`fapiao.cli.wechat`
``account``/``staff``  :mod:`fapiao.cli.accounts`
``faq``            :mod:`fapiao.cli.faq`
``audit verify``   :mod:`fapiao.cli.audit`
``backup``/``restore``  :mod:`fapiao.cli.backup` (the work is :mod:`fapiao.ops.backup`)
``doctor``         :mod:`fapiao.cli.doctor`
``platform credit``  :mod:`fapiao.cli.platform`
=================  ==========================================================

Command modules import what a command needs inside the command: ``fapiao --help`` stays fast,
and prometheus_client (imported by the core) is not imported before ``serve --workers N`` sets
its multi-process directory. Settings come from :func:`fapiao.config.load_or_exit`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from core.domain.errors import DomainError
from fapiao.cli import accounts, audit, backup, chat, doctor, faq, platform, serve, wechat
from templates import texts


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fapiao", description="WeChat-first e-invoicing for small businesses")
    sub = parser.add_subparsers(dest="command", required=True)
    for group in (serve, chat, wechat, accounts, faq, audit, backup, doctor, platform):
        group.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    Path("var").mkdir(exist_ok=True)
    try:
        return int(args.func(args))
    except DomainError as exc:
        # The same sentence the bot and the API would give, never a traceback.
        lines = [texts().field(p.code, p.params) for p in exc.fields.values()] or [texts().error(exc.code, exc.params)]
        for line in lines:
            print(f"error: {line}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `fapiao doctor | head`: the reader left; say nothing more (and no traceback at exit).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
