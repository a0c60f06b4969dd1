"""The SANDBOX national invoicing platform: the offline default behind ``InvoicePlatform``.

It behaves like the 电子发票服务平台 as far as fapiao can see: it numbers 数电票
(YY + 42 + channel digit + 15-digit sequence, gapless per series, unique across tenants),
refuses an issue over the month's 授信额度, a summary (non-末级) tax code or a rate that does
not fit the code, keeps every buyer's received invoices with their 用途确认 and the period's
统计确认, applies the 红字确认单 rules (72-hour lapse on the injected clock) and the channel
authorisation. Rules are data (``core/data/invoice_platform_sandbox.yaml``, with the 公告
cited); records live in the database (``core/invoice_platform_sandbox/models.py``), so they
survive a restart on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from core.invoice_platform_sandbox.confirmations import SandboxConfirmations
from core.invoice_platform_sandbox.issuing import SandboxIssuing
from core.invoice_platform_sandbox.received import SandboxReceived
from core.invoice_platform_sandbox.rules import SandboxRules, load_rules

__all__ = ["SandboxInvoicePlatform", "SandboxRules", "load_rules"]


class SandboxInvoicePlatform(SandboxIssuing, SandboxConfirmations, SandboxReceived):
    """Implements :class:`core.ports.InvoicePlatform` (plus ``set_credit``)."""
