"""Tortoise models of the input side: the received invoices (进项发票) and their 进项转出.

Companies and invoices are referred to by plain integer ids, like ``core/support/models.py``.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class InputInvoice(Model):
    """进项发票: an invoice our company received, recorded for the VAT return."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    kind = fields.CharField(max_length=16)  # special / normal
    code = fields.CharField(max_length=12, default="")  # legacy 发票代码; empty for 数电
    number = fields.CharField(max_length=24)
    issue_date = fields.DateField()
    seller_name = fields.CharField(max_length=100, default="")
    seller_tax_id = fields.CharField(max_length=20, default="")
    amount = fields.DecimalField(max_digits=16, decimal_places=2)  # 金额 excluding tax
    tax = fields.DecimalField(max_digits=16, decimal_places=2)
    rate_code = fields.CharField(max_length=16, default="")
    #: Deductible by its kind and items (``core/data/input_deductibility.yaml``); whether it
    #: counts in a period depends on ``use``/``use_period``.
    deductible = fields.BooleanField(default=True)
    #: platform / typed / import / qr / pdf / ofd / xml
    source = fields.CharField(max_length=8)
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()
    #: The QR 票种 (31, 32, 01, 04 … 51 铁路电子客票, 61 航空行程单); "" when typed without one.
    qr_kind = fields.CharField(max_length=4, default="")
    #: 价税合计 (票面金额 for tickets); None when only 金额 and 税额 were given.
    total = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    #: What the items are (``dining``, ``entertainment``, ``daily_services``, ``toll`` …);
    #: "" for ordinary goods and services.
    item_category = fields.CharField(max_length=24, default="")
    item_names = fields.CharField(max_length=400, default="")
    #: Why it is not deductible (a code of input_deductibility.yaml), "" when it is.
    not_deductible_code = fields.CharField(max_length=32, default="")
    #: The input tax it gives when used for deduction (tickets: computed from 票面金额).
    deductible_tax = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    #: 用途确认: "" not yet, ``deduct`` 抵扣, ``not_deduct`` 不抵扣.
    use = fields.CharField(max_length=12, default="")
    #: The period (``2026-11``) the use was confirmed in: the deduction counts there.
    use_period = fields.CharField(max_length=8, null=True, db_index=True)
    #: 不抵扣 reason code (``core/data/input_deductibility.yaml`` ``not_deduct_reasons``).
    use_reason = fields.CharField(max_length=32, default="")
    use_confirmed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "input_invoice"
        unique_together = (("company_id", "code", "number"),)


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
