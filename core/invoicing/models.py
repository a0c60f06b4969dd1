"""Tortoise models of issuing: invoices with their lines and history, the numbering series,
the ``Idempotency-Key`` records and the 红字确认单 copies.

Money columns are DecimalField (round-trips Decimal). An issued invoice's content never
changes and issued invoices are never deleted.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class InvoiceCounter(Model):
    """One row per numbering series (year + province); allocation is gapless because
    the increment happens inside the issuing transaction and rolls back with it."""

    series = fields.CharField(max_length=16, primary_key=True)
    last_value = fields.BigIntField(default=0)

    class Meta:
        table = "invoice_counter"


class Invoice(Model):
    """A draft until issued; once issued its content never changes (only its status)."""

    id = fields.IntField(primary_key=True)
    #: ``models.Company`` (core/companies/models.py), typed as a plain Model so that this module
    #: does not import the companies package; only ``company_id`` is read.
    company: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Company", related_name="invoices", on_delete=fields.RESTRICT
    )
    company_id: int
    kind = fields.CharField(max_length=16)
    status = fields.CharField(max_length=16, db_index=True)
    is_red = fields.BooleanField(default=False)
    original_id = fields.IntField(null=True, db_index=True)
    reissued_from_id = fields.IntField(null=True)
    number = fields.CharField(max_length=24, null=True, unique=True)
    legacy_code = fields.CharField(max_length=12, null=True)
    issue_date = fields.DateField(null=True)
    issued_at = fields.DatetimeField(null=True)
    buyer_name = fields.CharField(max_length=100)
    buyer_tax_id = fields.CharField(max_length=20, default="")
    buyer_address_phone = fields.CharField(max_length=200, default="")
    buyer_bank_account = fields.CharField(max_length=200, default="")
    buyer_is_person = fields.BooleanField(default=False)
    buyer_email = fields.CharField(max_length=254, default="")
    buyer_phone = fields.CharField(max_length=20, default="")
    seller_name = fields.CharField(max_length=100)
    seller_tax_id = fields.CharField(max_length=20)
    seller_address_phone = fields.CharField(max_length=200, default="")
    seller_bank_account = fields.CharField(max_length=200, default="")
    price_includes_tax = fields.BooleanField(default=True)
    total_amount = fields.DecimalField(max_digits=16, decimal_places=2)
    total_tax = fields.DecimalField(max_digits=16, decimal_places=2)
    total = fields.DecimalField(max_digits=16, decimal_places=2)
    remark = fields.CharField(max_length=230, default="")
    issuer_name = fields.CharField(max_length=32, default="")
    verify_token = fields.CharField(max_length=48, null=True, unique=True)
    #: Our idempotency key at the invoicing platform: one per invoice, kept across retries.
    platform_request_id = fields.CharField(max_length=64, null=True, unique=True)
    #: The national QR payload and its 校验 as the platform returned them.
    qr_payload = fields.CharField(max_length=120, default="")
    check_code = fields.CharField(max_length=16, default="")
    #: A red invoice: the 红字确认单 (确认单编号) it is issued under.
    red_confirmation_no = fields.CharField(max_length=32, default="")
    reason = fields.CharField(max_length=200, default="")
    red_reason_code = fields.CharField(max_length=16, default="")
    #: Included in a filed tax return: no longer voidable (red-letter instead).
    filed = fields.BooleanField(default=False)
    #: With approval on: the action waiting for an admin ("issue", "void", "red").
    pending_action = fields.CharField(max_length=8, default="")
    pending_payload: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "invoice"
        # (company, issue_date, id) serves date ranges; (company, total, id) the 金额 sort and range.
        indexes = (("company_id", "issue_date", "id"), ("company_id", "status"), ("company_id", "id"),
                   ("company_id", "total", "id"))


class InvoiceLine(Model):
    id = fields.IntField(primary_key=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="lines", on_delete=fields.CASCADE
    )
    invoice_id: int
    position = fields.IntField()
    name = fields.CharField(max_length=100)
    printed_name = fields.CharField(max_length=120)
    tax_code = fields.CharField(max_length=19)
    spec = fields.CharField(max_length=40, default="")
    unit = fields.CharField(max_length=20, default="")
    quantity = fields.DecimalField(max_digits=24, decimal_places=8, null=True)
    unit_price = fields.DecimalField(max_digits=24, decimal_places=8, null=True)
    amount = fields.DecimalField(max_digits=16, decimal_places=2)
    rate_code = fields.CharField(max_length=16)
    tax = fields.DecimalField(max_digits=16, decimal_places=2)
    #: On a red invoice: the position of the blue line it corrects.
    original_position = fields.IntField(null=True)

    class Meta:
        table = "invoice_line"
        unique_together = (("invoice", "position"),)


class InvoiceEvent(Model):
    """The history of an invoice: created, submitted, approved, issued, voided …"""

    id = fields.BigIntField(primary_key=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="events", on_delete=fields.CASCADE
    )
    invoice_id: int
    at = fields.DatetimeField()
    actor_id = fields.IntField(null=True)
    channel = fields.CharField(max_length=8)
    action = fields.CharField(max_length=32)
    detail: fields.Field[dict[str, object]] = fields.JSONField(default=dict)

    class Meta:
        table = "invoice_event"
        #: An invoice's history is read by invoice (查询 <number>, the API's detail); without it
        #: every read scanned all events of all companies.
        indexes = (("invoice_id", "id"),)


class IdempotencyRecord(Model):
    """An ``Idempotency-Key`` and the response it produced, stored with the invoice."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField()
    key = fields.CharField(max_length=128)
    fingerprint = fields.CharField(max_length=64)
    invoice_id = fields.IntField()
    response: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "idempotency_record"
        unique_together = (("company_id", "key"),)


class RedConfirmation(Model):
    """fapiao's copy of a 红字发票信息确认单 on the invoicing platform, kept for the seller's
    blue invoice (the platform decides; ``confirmation_no`` is its 确认单编号)."""

    id = fields.IntField(primary_key=True)
    #: 确认单编号 on the platform.
    confirmation_no = fields.CharField(max_length=32, null=True, db_index=True)
    #: Who filled it in: seller or buyer.
    initiator = fields.CharField(max_length=8, default="seller")
    blue_invoice_id = fields.IntField(db_index=True)
    seller_company_id = fields.IntField(db_index=True)
    buyer_company_id = fields.IntField(db_index=True)
    #: The platform's state (core.port_data.invoice_platform.ConfirmationState): no_confirmation_needed,
    #: seller_pending_buyer, buyer_pending_seller, confirmed, lapsed (作废), revoked, refused.
    status = fields.CharField(max_length=24)
    reason_code = fields.CharField(max_length=16)
    lines: fields.Field[list[dict[str, object]]] = fields.JSONField(default=list)
    total = fields.DecimalField(max_digits=16, decimal_places=2)
    requested_by_id = fields.IntField()
    decided_by_id = fields.IntField(null=True)
    red_invoice_id = fields.IntField(null=True)
    expires_at = fields.DatetimeField()
    created_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "red_confirmation"
