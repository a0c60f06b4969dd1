"""Tortoise models of the input side besides ``InputInvoice`` (``core.adapters.models``).

Companies and invoices are referred to by plain integer ids, like ``core/support/models.py``.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class InputTransferOut(Model):
    """进项转出: input tax deducted in an earlier period that no longer qualifies (the
    purchase went to 集体福利, to exempt or simplified-method sales, was lost …). It is
    declared in ``period`` (附列资料二 第13栏起)."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    input_invoice_id = fields.IntField(null=True)
    number = fields.CharField(max_length=24, default="")
    period = fields.CharField(max_length=8)
    tax = fields.DecimalField(max_digits=16, decimal_places=2)
    #: A code of ``transfer_out_reasons`` in ``core/data/input_deductibility.yaml``.
    reason = fields.CharField(max_length=32)
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "input_transfer_out"
