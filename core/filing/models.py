"""Tortoise models of tax filing: the returns (增值税 or 所得税预缴) with their history and
payments, and the company's filing profile (纳税期限 and the 企业所得税 figures the 小型微利
test needs).

Companies are referred to by plain integer ids (no foreign keys across modules), like
``core/support/models.py``. The sandbox tax bureau's records are its own, not ours
(``core/tax_bureau_sandbox/models.py``).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Filing(Model):
    """A tax return (增值税 or 所得税预缴) for one period; corrected returns bump ``version``."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    tax_type = fields.CharField(max_length=8)  # vat / cit
    period = fields.CharField(max_length=8)  # 2026-11 / 2026Q4
    #: draft, submitted, accepted, reviewing, needs_materials, succeeded, failed, paid
    status = fields.CharField(max_length=16)
    version = fields.IntField(default=1)
    figures: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    inputs: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    payable = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    declared_sales = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    due_date = fields.DateField()
    reference = fields.CharField(max_length=64, null=True)
    receipt = fields.CharField(max_length=64, null=True)
    message = fields.CharField(max_length=500, default="")
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "filing"
        unique_together = (("company_id", "tax_type", "period"),)


class FilingEvent(Model):
    """Every transition of a return, with time, actor and message — kept forever."""

    id = fields.BigIntField(primary_key=True)
    filing_id = fields.IntField(db_index=True)
    at = fields.DatetimeField()
    actor_id = fields.IntField(null=True)
    status = fields.CharField(max_length=16)
    version = fields.IntField()
    message = fields.CharField(max_length=500, default="")
    detail: fields.Field[dict[str, object]] = fields.JSONField(default=dict)

    class Meta:
        table = "filing_event"


class FilingPayment(Model):
    id = fields.IntField(primary_key=True)
    filing_id = fields.IntField(db_index=True)
    amount = fields.DecimalField(max_digits=16, decimal_places=2)
    method = fields.CharField(max_length=16)
    receipt = fields.CharField(max_length=64, default="")
    paid_at = fields.DatetimeField()
    actor_id = fields.IntField(null=True)

    class Meta:
        table = "filing_payment"


class CompanyTaxProfile(Model):
    """What the returns ask once and remember per company.

    * ``vat_period``: ``month`` or ``quarter`` — the 纳税期限 the tax office set for a
      small-scale taxpayer (general taxpayers always file monthly, 实施条例第四十三条).
    * The CIT prepayment figures: 从业人数 (quarterly average), 资产总额 (quarterly
      average), whether the industry is restricted/prohibited, and the prior-year losses
      still to offset. ``None`` means "never asked": the return asks, it never defaults.
    """

    company_id = fields.IntField(primary_key=True, generated=False)
    vat_period = fields.CharField(max_length=8, null=True)
    employees = fields.IntField(null=True)
    assets = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    restricted_industry = fields.BooleanField(null=True)
    prior_losses = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    updated_by_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "company_tax_profile"
