"""Tortoise models of the audit log: the append-only entries and the one row that holds the
hash chain's head. Written by ``core/audit/log.py``.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditEntry(Model):
    """Append-only: who did what, when, through which channel."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField()
    actor_id = fields.IntField(null=True)
    company_id = fields.IntField(null=True, db_index=True)
    channel = fields.CharField(max_length=8)
    action = fields.CharField(max_length=64)
    target = fields.CharField(max_length=128, default="")
    detail: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    #: The hash chain (core/audit/chain.py): position, the previous entry's hash and
    #: this entry's own hash. NULL on legacy rows written before the chain existed.
    seq = fields.BigIntField(null=True, unique=True)
    prev_hash = fields.CharField(max_length=64, null=True)
    hash = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "audit_entry"


class AuditChainHead(Model):
    """The one row (id 1) that knows the chain's last entry. Appending updates it in the
    entry's transaction, so concurrent writers queue on it and cannot fork the chain, and a
    deleted last entry is detectable."""

    id = fields.IntField(primary_key=True)
    seq = fields.BigIntField(default=0)
    last_hash = fields.CharField(max_length=64)
    last_entry_id = fields.BigIntField(null=True)

    class Meta:
        table = "audit_chain_head"
