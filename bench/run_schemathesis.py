"""schemathesis, large: every operation of the OpenAPI document, positive and negative data,
authenticated, against the real app in this process (SQLite + the in-process store by default, or
--database-url postgres://… --redis-url redis://…). The CI-sized run is tests/abuse/test_schemathesis.py.

    .venv/bin/python bench/run_schemathesis.py --examples 300
    .venv/bin/python bench/run_schemathesis.py --examples 300 \
        --database-url postgres://postgres@127.0.0.1:5432/test_abuse --redis-url redis://127.0.0.1:6379/5

Prints the number of cases, the statuses seen per operation and every failure (with a curl line).
Exits 1 when anything failed. PostgreSQL: the database's tables are truncated first.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import web

from core.accounts.passwords import Argon2Hasher
from core.adapters.database import close_db, ensure_schema, init_db, migrate
from core.adapters.kv import RedisStore
from core.clock import FrozenClock
from core.container import build_core
from core.settings import Settings
from fapiao.bootstrap import Runtime, build_bureau
from fapiao.integrations.email import RecordingEmail
from fapiao.integrations.pdf import ReportlabInvoiceRenderer, load_labels
from fapiao.integrations.sms import RecordingSms
from fapiao.integrations.wechat import RecordingWeChatApi
from fapiao.server import build_app
from templates import texts
from tests.abuse.schemathesis_run import run
from tests.kit.api import Api
from tests.kit.tenants import COMPANY_NAMES, PHONES, TAX_IDS, build_tenant


class ErrorLog(logging.Handler):
    """Every ERROR the server logs is a finding, even when the client got a tidy answer."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage()[:200])


async def main(args: argparse.Namespace) -> int:
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    tmp = Path(tempfile.mkdtemp(prefix="fapiao-st-"))
    if args.database_url:
        await migrate(args.database_url)
        await init_db(args.database_url)
        from tortoise import Tortoise

        tables = [m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
        await Tortoise.get_connection("default").execute_script(
            f'TRUNCATE {", ".join(chr(34) + t + chr(34) for t in tables)} RESTART IDENTITY CASCADE')
        url = args.database_url
    else:
        url = f"sqlite://{tmp}/st.sqlite3"
        await init_db(url)
        await ensure_schema(url, auto_migrate=True)
    store = RedisStore.from_url(args.redis_url)
    if args.redis_url != "memory://":
        await store.client.flushdb()
    settings = Settings(database_url=url, redis_url=args.redis_url, environment="test",
                        secret_key="test-secret-key-0123456789", data_dir=tmp / "var",
                        _env_file=None)  # type: ignore[call-arg]
    clock = FrozenClock()
    sms = RecordingSms()
    core = build_core(settings, clock=clock, store=store, sms=sms, email=RecordingEmail(), wechat=RecordingWeChatApi(),
                      hasher=Argon2Hasher.fast_for_tests(), renderer=ReportlabInvoiceRenderer(load_labels()),
                      bureau=build_bureau(settings, clock, store))
    app = build_app(Runtime(core=core, texts=texts(), store=store), background=False)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", args.port)
    await site.start()
    base_url = f"http://127.0.0.1:{args.port}"
    try:
        import aiohttp

        async with aiohttp.ClientSession(base_url) as http:
            # One company with one of everything (tests/abuse/conftest.py), and a buyer company on the platform.
            api = Api(http, sms)
            clock.advance(seconds=61)
            buyer = await api.register(PHONES["C"], name="丙会计")
            await api.call("POST", "/companies", {"name": COMPANY_NAMES["C"], "tax_id": TAX_IDS["C"]}, token=buyer,
                           expect=201)
            tenant = await build_tenant(api, clock, "A", platform_buyer="C")
        token = tenant.token
        known = {name: values[0] for name, values in tenant.ids.items() if isinstance(values, list)}
        known["company_id"] = tenant.company_id
        started = time.perf_counter()
        report = await asyncio.to_thread(run, base_url, token, examples=args.examples, known_ids=known)
        elapsed = time.perf_counter() - started
    finally:
        await runner.cleanup()
        await store.close()
        await close_db()
    for operation, statuses in sorted(report.by_operation.items()):
        print(f"  {operation}: " + ", ".join(f"{k}×{v}" for k, v in sorted(statuses.items())))
    for operation, items in report.failures.items():
        print(f"FAIL {operation}")
        for item in items:
            print("    " + item)
    print(report.summary() + f" in {elapsed:.0f} s ({'PostgreSQL' if args.database_url else 'SQLite'}, "
          f"{args.examples} examples per operation and generation mode)")
    for message in sorted(set(errors.messages)):
        print(f"LOGGED ERROR ×{errors.messages.count(message)}: {message}")
    return 1 if report.failures or errors.messages else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=300, help="max examples per operation and mode")
    parser.add_argument("--port", type=int, default=8105)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--redis-url", default="memory://")
    sys.exit(asyncio.run(main(parser.parse_args())))
