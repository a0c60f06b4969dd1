"""Composition root: settings → adapters → core, for the server, the CLI and tests."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.accounts.passwords import Argon2Hasher
from core.adapters.database import close_db, ensure_schema, init_db
from core.adapters.kv import RedisStore
from core.clock import OffsetClock, SystemClock
from core.container import Core, build_core
from core.filing.sources import InvoiceTruth
from core.invoice_platform_sandbox import SandboxInvoicePlatform
from core.notifications.channels import InboxChannel, MiniappSubscribeChannel, SmsChannel, WeChatChannel, WeChatTemplateChannel
from core.notifications.relay import OutboxRelay
from core.ports import Channel, Clock, InvoicePlatform, PasswordHasher, TaxBureau
from core.settings import Settings
from core.tax_bureau_sandbox.bureau import SandboxTaxBureau
from core.tax_bureau_sandbox.records import DatabaseSandboxRecords
from fapiao.integrations.email import build_email
from fapiao.integrations.invoice_platform_http import HttpInvoicePlatform
from fapiao.integrations.pdf import ReportlabInvoiceRenderer, default_font_path, load_labels
from fapiao.integrations.scan_qr import ReportlabQrRenderer
from fapiao.integrations.sms import build_sms
from fapiao.integrations.tax_bureau_http import HttpTaxBureau
from fapiao.integrations.wechat import build_wechat_api
from fapiao.integrations.wechat_scan import build_scan_wechat
from fapiao.notify_templates import compile_templates
from templates import Texts, texts

log = logging.getLogger("fapiao")


def build_bureau(settings: Settings, clock: Clock, store: RedisStore) -> TaxBureau:
    if settings.tax_bureau == "http":
        return HttpTaxBureau(settings.tax_bureau_url, settings.tax_bureau_app_key, settings.tax_bureau_app_secret)
    # The sandbox keeps its records in the database: a restart loses no submission.
    return SandboxTaxBureau(
        clock, InvoiceTruth(), records=DatabaseSandboxRecords(clock),
        accept_after=timedelta(seconds=settings.tax_bureau_accept_seconds),
        review_after=timedelta(seconds=settings.tax_bureau_review_seconds),
        materials_over=Decimal(settings.tax_bureau_materials_over),
    )


def build_platform(settings: Settings, clock: Clock) -> InvoicePlatform:
    """The national invoicing platform: the database-backed sandbox, or the HTTP aggregator."""
    if settings.invoice_platform == "http":
        return HttpInvoicePlatform(settings.invoice_platform_url, settings.invoice_platform_app_key,
                                   settings.invoice_platform_app_secret,
                                   timeout=settings.invoice_platform_timeout_seconds)
    return SandboxInvoicePlatform(clock)


def build_relay(core: Core, texts: Texts, worker_id: str | None = None) -> OutboxRelay:
    """The notification relay: 站内信 always; for users bound to the official account a template
    message when ``WECHAT_TEMPLATES`` has one for the kind, else customer-service text; a
    mini-program subscribe message (``MINIAPP_SUBSCRIBE_TEMPLATES``) for users who granted it;
    SMS only as the fallback for deadline reminders (SMS costs money and is rate-limited).
    The account's preferences choose among them (the relay checks them per channel)."""


    official = compile_templates("WECHAT_TEMPLATES", core.settings.wechat_templates)
    subscribe = compile_templates("MINIAPP_SUBSCRIBE_TEMPLATES", core.settings.miniapp_subscribe_templates,
                                  subscribe=True)
    channels: list[Channel] = [
        InboxChannel(core.clock),
        WeChatTemplateChannel(core.wechat.send_template, official.template_ids, official.field_map,
                              fallback=WeChatChannel(core.wechat, texts.render), extras=official.extras),
        MiniappSubscribeChannel(core.wechat.send_subscribe, subscribe.template_ids, subscribe.field_map,
                                core.clock, extras=subscribe.extras),
        SmsChannel(core.sms),
    ]
    return OutboxRelay(core.clock, channels, worker_id or f"{socket.gethostname()}:{os.getpid()}",
                       sms_kinds=("deadline.reminder",))


@dataclass
class Runtime:
    core: Core
    texts: Texts
    store: RedisStore

    def __post_init__(self) -> None:
        # The core speaks in template keys; alerts to other WeChat users (a new binding) are rendered here.
        core, text = self.core, self.texts

        async def push(openid: str, template: str, params: Mapping[str, Any]) -> None:
            await core.wechat.send_text(openid, text.render(template, params))

        core.accounts.push = push

    async def close(self) -> None:
        # Adapters that keep HTTP sessions open (Tencent SMS) close them here.
        for adapter in (self.core.sms, self.core.email, self.core.wechat, self.core.platform):
            closer = getattr(adapter, "close", None)
            if closer is not None:
                await closer()
        await self.store.close()
        await close_db()


def scan_poster_labels(text: Texts) -> dict[str, str]:
    """The words on the 扫码开票 poster (templates/messages/scan.zh.yaml)."""
    return {name: text.render(f"scan.poster.{name}") for name in ("title", "hint", "footer")}


async def start_runtime(
    settings: Settings,
    *,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    store: RedisStore | None = None,
    auto_migrate: bool | None = None,
) -> Runtime:
    """Open the database and the store and build the core with adapters from settings."""
    if settings.embedded:
        log.warning(
            "embedded mode (%s%s): single process only; set DATABASE_URL to PostgreSQL and REDIS_URL to "
            "Redis for production",
            "SQLite" if settings.is_sqlite else "PostgreSQL",
            " + in-process Redis stand-in" if settings.redis_url == "memory://" else " + Redis",
        )
    for warning in settings.production_warnings():
        log.warning("%s", warning)
    if clock is None and settings.clock_offset_days:
        log.warning("clock shifted by %s days (CLOCK_OFFSET_DAYS, development only)", settings.clock_offset_days)
        clock = OffsetClock(timedelta(days=settings.clock_offset_days))
    await init_db(settings.database_url)
    await ensure_schema(settings.database_url, auto_migrate=settings.is_sqlite if auto_migrate is None
                        else auto_migrate)
    store = store or RedisStore.from_url(settings.redis_url)
    text = texts()
    wechat = build_wechat_api(settings, store, text)

    scan_wechat = build_scan_wechat(wechat, store, clock or SystemClock(), text, Path(settings.data_dir))
    core = build_core(
        settings,
        clock=clock or SystemClock(),
        store=store,
        sms=build_sms(settings, text),
        email=build_email(settings, text),
        wechat=wechat,
        hasher=hasher or Argon2Hasher(),
        renderer=ReportlabInvoiceRenderer(load_labels(), settings.pdf_font_path or default_font_path()),
        bureau=build_bureau(settings, clock or SystemClock(), store),
        platform=build_platform(settings, clock or SystemClock()),
        scan_wechat=scan_wechat,
        qr=ReportlabQrRenderer(scan_poster_labels(text)),
    )
    return Runtime(core=core, texts=text, store=store)
