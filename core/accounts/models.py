"""Tortoise models of accounts: the account, its WeChat bindings and the second factor's
one-time recovery codes (app label "models", tables unchanged).

Companies refer to accounts (``Membership.account``), never the other way round: the account's
current company is a foreign key typed as a plain ``Model`` here.
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
    #: Sealed (AES-GCM, core/accounts/credentials.py SecretBox): ``enc1:…``.
    totp_secret = fields.CharField(max_length=255, null=True)
    totp_enabled = fields.BooleanField(default=False)
    sms_second_factor = fields.BooleanField(default=False)
    #: ``models.Company`` (core/companies/models.py), typed as a plain Model: accounts do not
    #: import the companies package (companies build on accounts, not back); only the id is read.
    current_company: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
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
        #: Pushes and logouts find an account's bindings.
        indexes = (("account_id",),)


class RecoveryCode(Model):
    """One of the ten one-time codes given when the authenticator is set up, stored as an HMAC
    (core/accounts/credentials.py); ``used_at`` is set when it has served as the second factor."""

    id = fields.IntField(primary_key=True)
    account_id = fields.IntField(db_index=True)
    digest = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "recovery_code"
