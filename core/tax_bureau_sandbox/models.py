"""Tortoise models of the SANDBOX tax bureau: its own records, not fapiao's (our side of a
return lives in ``filing`` / ``filing_event``, ``core/filing/models.py``). Kept in the
database so a submission survives a restart on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


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
