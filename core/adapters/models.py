"""Tortoise ORM models: the persistent shape of accounts, companies and the audit log.

Money columns are DecimalField (round-trips Decimal). Rows that record history
(audit entries, issued invoices) are never deleted by the application.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Account(Model):
    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=20, unique=True)
    password_hash = fields.CharField(max_length=255)
    email = fields.CharField(max_length=254, null=True)
    display_name = fields.CharField(max_length=64)
    is_staff = fields.BooleanField(default=False)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    totp_secret = fields.CharField(max_length=64, null=True)
    totp_enabled = fields.BooleanField(default=False)
    sms_second_factor = fields.BooleanField(default=False)
    current_company: fields.ForeignKeyNullableRelation[Company] = fields.ForeignKeyField(
        "models.Company", null=True, related_name=False, on_delete=fields.SET_NULL
    )
    current_company_id: int | None
    created_at = fields.DatetimeField()
    password_changed_at = fields.DatetimeField()

    class Meta:
        table = "account"


class WeChatBinding(Model):
    id = fields.IntField(primary_key=True)
    #: "mp" = official account (bot), "miniapp" = mini-program
    app = fields.CharField(max_length=16)
    openid = fields.CharField(max_length=64)
    unionid = fields.CharField(max_length=64, null=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="bindings", on_delete=fields.CASCADE
    )
    account_id: int
    created_at = fields.DatetimeField()

    class Meta:
        table = "wechat_binding"
        unique_together = (("app", "openid"),)


class Company(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    tax_id = fields.CharField(max_length=20, unique=True)
    taxpayer_kind = fields.CharField(max_length=16)
    region = fields.CharField(max_length=2, default="42")
    address_phone = fields.CharField(max_length=200, default="")
    bank_account = fields.CharField(max_length=200, default="")
    allowed_kinds: fields.Field[list[str]] = fields.JSONField(default=list)
    default_rate = fields.CharField(max_length=16, null=True)
    invoice_limit = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    issuer_name = fields.CharField(max_length=32, default="")
    approval_required = fields.BooleanField(default=False)
    created_at = fields.DatetimeField()

    class Meta:
        table = "company"


class Membership(Model):
    id = fields.IntField(primary_key=True)
    company: fields.ForeignKeyRelation[Company] = fields.ForeignKeyField(
        "models.Company", related_name="memberships", on_delete=fields.CASCADE
    )
    company_id: int
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="memberships", on_delete=fields.CASCADE
    )
    account_id: int
    role = fields.CharField(max_length=16)
    created_at = fields.DatetimeField()

    class Meta:
        table = "membership"
        unique_together = (("company", "account"),)


class Invite(Model):
    id = fields.IntField(primary_key=True)
    #: SHA-256 of the one-time code; the code itself is shown once to the inviter.
    code_hash = fields.CharField(max_length=64, unique=True)
    company: fields.ForeignKeyRelation[Company] = fields.ForeignKeyField(
        "models.Company", related_name="invites", on_delete=fields.CASCADE
    )
    company_id: int
    role = fields.CharField(max_length=16)
    created_by_id = fields.IntField()
    expires_at = fields.DatetimeField()
    used_by_id = fields.IntField(null=True)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "invite"


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

    class Meta:
        table = "audit_entry"
