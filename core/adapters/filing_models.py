"""Tortoise models of tax filing beyond the return itself: the company's filing profile
(纳税期限 and the 企业所得税 figures the 小型微利 test needs) and the sandbox tax bureau's
own records.

Companies are referred to by plain integer ids (no foreign keys across modules), like
``core/support/models.py``. The sandbox tables belong to the simulated bureau, not to us: our
side of a return lives in ``filing`` / ``filing_event`` (``core.adapters.models``).
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


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


class SandboxBureauSubmission(Model):
    """One submission the sandbox bureau received, with its whole history (``record``, JSON).

    ``state`` and ``moving`` repeat what ``record`` says so the bureau can find open
    submissions without reading every record.
    """

    reference = fields.CharField(max_length=32, primary_key=True)
    submission_key = fields.CharField(max_length=128, unique=True)
    taxpayer_id = fields.CharField(max_length=20)
    tax_type = fields.CharField(max_length=8)
    period = fields.CharField(max_length=8)
    state = fields.CharField(max_length=16)
    moving = fields.BooleanField(default=False, db_index=True)
    record: fields.Field[dict[str, Any]] = fields.JSONField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "sandbox_bureau_submission"
        indexes = (("taxpayer_id", "tax_type", "period"),)


class SandboxBureauCounter(Model):
    """Gapless counters of the sandbox bureau (申报序号), advanced by one UPDATE … RETURNING."""

    name = fields.CharField(max_length=32, primary_key=True)
    value = fields.BigIntField(default=0)

    class Meta:
        table = "sandbox_bureau_counter"
