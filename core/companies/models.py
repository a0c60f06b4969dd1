"""The companies' tables: companies, memberships (who is in which company, with which role),
invitations, and each company's saved buyers (Customer) and products (Product).

App label "models" and table names unchanged (FK strings stay ``"models.Company"``); only the
classes' home moved here (issue 17).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.accounts.models import Account


class Company(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    #: Unique among authorised companies only (a partial unique index in the migration): while a
    #: registration waits for the taxpayer's authorisation, another may claim the same tax ID.
    tax_id = fields.CharField(max_length=20, db_index=True)
    #: The taxpayer's authorisation of our channel (issue 13 #5): ``pending`` until the invoicing
    #: platform confirms it, then ``authorized``; ``superseded`` when another registration of the
    #: same tax ID was authorised first. Only an authorised company issues.
    auth_state = fields.CharField(max_length=16, default="pending")
    auth_reference = fields.CharField(max_length=64, null=True)
    authorized_at = fields.DatetimeField(null=True)
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
    #: 开票人 printed on the invoices this member issues; empty = the registered name.
    issuer_name = fields.CharField(max_length=32, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "membership"
        unique_together = (("company", "account"),)
        #: The scope of every logged-in message starts from the account (its memberships).
        indexes = (("account_id",),)


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
        indexes = (("company_id",),)


class Customer(Model):
    """A saved buyer title (购买方抬头) for quick picking."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=100)
    tax_id = fields.CharField(max_length=20, default="")
    address_phone = fields.CharField(max_length=200, default="")
    bank_account = fields.CharField(max_length=200, default="")
    is_person = fields.BooleanField(default=False)
    email = fields.CharField(max_length=254, default="")
    last_used_at = fields.DatetimeField()

    class Meta:
        table = "customer"
        unique_together = (("company_id", "name", "tax_id"),)


class Product(Model):
    """A saved product or service with its tax code, rate and usual price."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=100)
    tax_code = fields.CharField(max_length=19)
    rate_code = fields.CharField(max_length=16, default="")
    unit = fields.CharField(max_length=20, default="")
    spec = fields.CharField(max_length=40, default="")
    unit_price = fields.DecimalField(max_digits=24, decimal_places=8, null=True)
    price_includes_tax = fields.BooleanField(default=True)
    last_used_at = fields.DatetimeField()

    class Meta:
        table = "product"
        unique_together = (("company_id", "name"),)
