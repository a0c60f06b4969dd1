"""Tortoise models of the security work: one-time recovery codes of the second factor.

Accounts are referred to by plain integer ids (no foreign keys across modules), like
``core/support/models.py``. Rows are written by ``core/services/account_security.py``.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class RecoveryCode(Model):
    """One of the ten one-time codes given when the authenticator is set up, stored as an HMAC
    (core/services/credentials.py); ``used_at`` is set when it has served as the second factor."""

    id = fields.IntField(primary_key=True)
    account_id = fields.IntField(db_index=True)
    digest = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "recovery_code"
