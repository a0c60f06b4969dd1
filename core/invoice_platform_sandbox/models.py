"""Records of the SANDBOX national invoicing platform (``core/invoice_platform_sandbox``).

These tables stand in for the tax authority's 电子发票服务平台: they are the platform's
books, not fapiao's. fapiao's own invoices live in ``invoice``; it learns numbers, dates
and QR payloads from the platform through the port, exactly as it would from the real one.
Kept in the database so that the sandbox survives a restart on SQLite and PostgreSQL.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class PlatformCounter(Model):
    """One row per number series (YY + province + channel digit): the 15-digit sequence is
    taken with one ``UPDATE … RETURNING`` inside the issuing transaction, so it is gapless."""

    series = fields.CharField(max_length=8, primary_key=True)
    last_value = fields.BigIntField(default=0)

    class Meta:
        table = "platform_counter"


class PlatformInvoice(Model):
    """An invoice the platform issued (blue or red), as its 全量发票查询 knows it."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=20, unique=True)
    #: The issuer's idempotency key; unique per seller.
    request_id = fields.CharField(max_length=64)
    seller_tax_id = fields.CharField(max_length=20, db_index=True)
    seller_name = fields.CharField(max_length=100)
    buyer_tax_id = fields.CharField(max_length=20, db_index=True, default="")
    buyer_name = fields.CharField(max_length=100)
    #: ``special`` (31) or ``ordinary`` (32).
    kind = fields.CharField(max_length=16)
    issued_at = fields.DatetimeField()
    #: ``YYYY-MM`` in China time: the 授信额度 month.
    month = fields.CharField(max_length=7, db_index=True)
    total_amount = fields.DecimalField(max_digits=16, decimal_places=2)
    total_tax = fields.DecimalField(max_digits=16, decimal_places=2)
    total = fields.DecimalField(max_digits=16, decimal_places=2)
    qr_payload = fields.CharField(max_length=120)
    check_code = fields.CharField(max_length=16)
    is_red = fields.BooleanField(default=False)
    blue_number = fields.CharField(max_length=20, null=True)
    confirmation_no = fields.CharField(max_length=32, null=True)
    #: normal, partly_red, fully_red.
    status = fields.CharField(max_length=16, default="normal")
    #: The lines as issued (strings for Decimals), for red-letter checks and 全量查询.
    lines: fields.Field[list[dict[str, object]]] = fields.JSONField(default=list)
    #: 用途确认 by the buyer: deduct / not_deduct, or NULL until confirmed.
    use = fields.CharField(max_length=16, null=True)
    use_reason = fields.CharField(max_length=100, default="")
    use_period = fields.CharField(max_length=7, null=True)

    class Meta:
        table = "platform_invoice"
        unique_together = (("seller_tax_id", "request_id"),)


class PlatformRedConfirmation(Model):
    """红字发票信息确认单 on the platform."""

    id = fields.IntField(primary_key=True)
    confirmation_no = fields.CharField(max_length=32, unique=True)
    request_id = fields.CharField(max_length=64, db_index=True)
    blue_number = fields.CharField(max_length=20, db_index=True)
    seller_tax_id = fields.CharField(max_length=20, db_index=True)
    seller_name = fields.CharField(max_length=100)
    buyer_tax_id = fields.CharField(max_length=20, db_index=True, default="")
    buyer_name = fields.CharField(max_length=100)
    initiator = fields.CharField(max_length=8)
    reason_code = fields.CharField(max_length=16)
    state = fields.CharField(max_length=24)
    lines: fields.Field[list[dict[str, object]]] = fields.JSONField(default=list)
    line_indexes: fields.Field[list[int]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    decided_at = fields.DatetimeField(null=True)
    red_number = fields.CharField(max_length=20, null=True)

    class Meta:
        table = "platform_red_confirmation"


class PlatformCredit(Model):
    """A taxpayer's monthly 授信额度 when the sandbox was told one (else the rules' default)."""

    tax_id = fields.CharField(max_length=20, primary_key=True)
    monthly_total = fields.DecimalField(max_digits=16, decimal_places=2)

    class Meta:
        table = "platform_credit"


class PlatformCreditUsed(Model):
    """授信额度 used by a taxpayer in a month: the 价税合计 of its blue invoices, red ones giving
    it back. Issuing adds to it with one conditional upsert (refused past the 额度), so the
    month's invoices are never summed."""

    id = fields.IntField(primary_key=True)
    tax_id = fields.CharField(max_length=20)
    month = fields.CharField(max_length=7)
    used = fields.DecimalField(max_digits=16, decimal_places=2)

    class Meta:
        table = "platform_credit_used"
        unique_together = (("tax_id", "month"),)


class PlatformStatistics(Model):
    """A buyer's 统计确认 for a period: open, applied (申请统计), signed (确认签名)."""

    id = fields.IntField(primary_key=True)
    tax_id = fields.CharField(max_length=20)
    period = fields.CharField(max_length=7)
    state = fields.CharField(max_length=8, default="open")

    class Meta:
        table = "platform_statistics"
        unique_together = (("tax_id", "period"),)


class PlatformAuthorization(Model):
    """A taxpayer's authorisation of fapiao's channel, pending until the code is entered."""

    id = fields.IntField(primary_key=True)
    tax_id = fields.CharField(max_length=20, db_index=True)
    reference = fields.CharField(max_length=32, unique=True)
    code = fields.CharField(max_length=8)
    state = fields.CharField(max_length=12)
    created_at = fields.DatetimeField()

    class Meta:
        table = "platform_authorization"
