"""The ``fapiao`` command: serve, migrate, chat, wechat menu, account admin."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

import yaml

from core.settings import Settings, SettingsError, load_settings


def _settings() -> Settings:
    from fapiao.notify_templates import check_templates

    try:
        settings = load_settings()
        check_templates(settings)
        return settings
    except SettingsError as exc:
        for problem in exc.problems:
            print(f"configuration error: {problem}", file=sys.stderr)
        raise SystemExit(2) from None


def _logging(verbose: bool = False) -> None:
    # JSON or text (LOG_FORMAT), LOG_LEVEL, request ids, masking; quiets noisy loggers.
    # Imports no prometheus_client (fapiao serve --workers sets its directory later).
    from fapiao.observability.logs import setup_logging

    setup_logging(verbose=verbose)


def cmd_serve(args: argparse.Namespace) -> int:
    from core.adapters.database import SchemaOutdated

    if args.workers > 1:
        from fapiao import workers

        # First of all: prometheus_client picks its multiprocess mode when it is imported,
        # and loading the settings (notification templates) already imports it.
        with workers.metrics_directory():
            _logging(args.verbose)
            return workers.run(_settings().for_listening(args.host, args.port), args.host, args.port,
                               args.workers)
    _logging(args.verbose)
    settings = _settings().for_listening(args.host, args.port)
    from fapiao.server import serve

    try:
        from fapiao import eventloop

        eventloop.run(serve(settings, args.host, args.port))
    except SchemaOutdated as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from core.adapters.database import migrate

    _logging()
    settings = _settings()
    applied = asyncio.run(migrate(settings.database_url))
    print("applied: " + (", ".join(applied) if applied else "nothing, the schema is up to date"))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from fapiao.chat import run_chat

    settings = _settings()
    return asyncio.run(run_chat(settings, base_url=args.url, openid=args.openid))


def menu_definition() -> dict[str, object]:
    from templates import TEMPLATE_DIR

    data: dict[str, object] = yaml.safe_load((TEMPLATE_DIR / "menu.yaml").read_text(encoding="utf-8"))
    return data


def cmd_wechat_menu(args: argparse.Namespace) -> int:
    menu = menu_definition()
    print(json.dumps(menu, ensure_ascii=False, indent=2))
    settings = _settings()
    if settings.wechat_api != "wechat" or not settings.wechat_appsecret:
        print("(not pushed: set WECHAT_API=wechat, WECHAT_APPID and WECHAT_APPSECRET to push the menu)",
              file=sys.stderr)
        return 0

    async def push() -> None:
        from core.adapters.kv import RedisStore
        from fapiao.integrations.wechat import build_wechat_api
        from templates import texts

        store = RedisStore.from_url(settings.redis_url)
        try:
            await build_wechat_api(settings, store, texts()).create_menu(menu)
        finally:
            await store.close()

    asyncio.run(push())
    print("menu pushed", file=sys.stderr)
    return 0


def cmd_account_unlock(args: argparse.Namespace) -> int:
    from core.domain.actor import Actor
    from fapiao.bootstrap import start_runtime

    settings = _settings()

    async def run() -> None:
        runtime = await start_runtime(settings)
        try:
            await runtime.core.accounts.unlock(args.phone, Actor(channel="cli"))
        finally:
            await runtime.close()

    asyncio.run(run())
    print(f"unlocked {args.phone}")
    return 0


def _with_runtime(work: object) -> None:
    from fapiao.bootstrap import start_runtime

    settings = _settings()

    async def run() -> None:
        runtime = await start_runtime(settings)
        try:
            await work(runtime)  # type: ignore[operator]
        finally:
            await runtime.close()

    asyncio.run(run())


def cmd_staff_create(args: argparse.Namespace) -> int:
    from core.domain.actor import Actor

    async def work(runtime: object) -> None:
        account_id, password = await runtime.core.accounts.make_staff(  # type: ignore[attr-defined]
            args.phone, args.name, Actor(channel="cli"))
        print(f"staff account {account_id} ({args.phone})")
        if password:
            print(f"one-time password: {password}  (log in, then change it with 忘记密码)")

    _with_runtime(work)
    return 0


def cmd_faq_seed(args: argparse.Namespace) -> int:
    async def work(runtime: object) -> None:
        added = await runtime.core.help.seed()  # type: ignore[attr-defined]
        print(f"added {added} new entries from core/help/data/faq.yaml (edited entries are kept)")

    _with_runtime(work)
    return 0


def cmd_faq_retire(args: argparse.Namespace) -> int:
    from core.domain.actor import Actor

    async def work(runtime: object) -> None:
        await runtime.core.help.retire(args.id, Actor(channel="cli"))  # type: ignore[attr-defined]
        print(f"retired {args.id}")

    _with_runtime(work)
    return 0


def _worker_count(value: str) -> int:
    from fapiao.workers import MAX_WORKERS

    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_WORKERS}")
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fapiao", description="WeChat-first e-invoicing for small businesses")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server (WeChat endpoint /wechat, API /api/v1)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--verbose", action="store_true")
    serve.add_argument("--workers", type=_worker_count, default=1, metavar="N",
                       help="worker processes sharing the port (N > 1 needs PostgreSQL and Redis; see docs/deploy.md)")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=cmd_migrate)

    chat = sub.add_parser("chat", help="chat with a running server as a WeChat user")
    chat.add_argument("--url", default=None, help="server base URL (default: http://127.0.0.1:8080)")
    chat.add_argument("--openid", default="dev-user", help="act as this WeChat user")
    chat.set_defaults(func=cmd_chat)

    wechat = sub.add_parser("wechat", help="WeChat official-account tools")
    wechat_sub = wechat.add_subparsers(dest="wechat_command", required=True)
    menu = wechat_sub.add_parser("menu", help="print the custom menu JSON and push it when credentials are set")
    menu.set_defaults(func=cmd_wechat_menu)

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

    faq = sub.add_parser("faq", help="help-centre knowledge base")
    faq_sub = faq.add_subparsers(dest="faq_command", required=True)
    seed = faq_sub.add_parser("seed", help="add entries that are new in the shipped FAQ file")
    seed.set_defaults(func=cmd_faq_seed)
    retire = faq_sub.add_parser("retire", help="retire an entry")
    retire.add_argument("id")
    retire.set_defaults(func=cmd_faq_retire)
    __import__("fapiao.ops.audit_cli").ops.audit_cli.add_commands(sub)
    __import__("fapiao.ops.backup").ops.backup.add_commands(sub)
    __import__("fapiao.ops.doctor").ops.doctor.add_commands(sub)
    __import__("fapiao.ops.platform_cli").ops.platform_cli.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from core.domain.errors import DomainError
    from templates import texts

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


if __name__ == "__main__":
    raise SystemExit(main())
