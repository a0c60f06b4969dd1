"""Tortoise models of 扫码开票: stores (门店), codes, buyer requests and buyer messages.

Companies, accounts and invoices are referred to by plain integer ids (no foreign keys
across feature modules), as in ``core/support/models.py``.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class ScanStore(Model):
    """A shop's 门店: its name on the code and the poster, and its own 开票员."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=40)
    #: The member who handles this store's requests (pushes, 同意/拒绝, auto-issue).
    issuer_account_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "scan_store"
        unique_together = (("company_id", "name"),)


class ScanCode(Model):
    """A 开票码: ``counter`` (fixed, the buyer types the amount) or ``order`` (one sale, one use)."""

    id = fields.IntField(primary_key=True)
    #: The random part of ``/s/<code>`` (128 bits, URL-safe): a code cannot be guessed.
    code = fields.CharField(max_length=32, unique=True)
    company_id = fields.IntField(db_index=True)
    store_id = fields.IntField(null=True)
    kind = fields.CharField(max_length=8)
    #: Order codes: the amount (tax included) and the lines ``[{"name", "amount"}]``.
    amount = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    items: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    expires_at = fields.DatetimeField(null=True)
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    #: Auto-issue within the caps, without the shop's action.
    auto_issue = fields.BooleanField(default=False)
    auto_cap = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    daily_cap = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    #: The member whose requests these are (the store's 开票员, else the code's creator).
    issuer_account_id = fields.IntField()
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "scan_code"


class ScanRequest(Model):
    """What a buyer submitted: 已提交 → 已开具 / 已拒绝 (reason) / 已过期."""

    id = fields.IntField(primary_key=True)
    code_id = fields.IntField(db_index=True)
    company_id = fields.IntField(db_index=True)
    #: The status page's token (192 bits, URL-safe), as the verification token of an invoice.
    token = fields.CharField(max_length=64, unique=True)
    #: submitted, issuing, issued, rejected, expired
    status = fields.CharField(max_length=12, db_index=True)
    kind = fields.CharField(max_length=8)
    amount = fields.DecimalField(max_digits=16, decimal_places=2)
    items: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    buyer_name = fields.CharField(max_length=100)
    buyer_tax_id = fields.CharField(max_length=20, default="")
    buyer_is_person = fields.BooleanField(default=False)
    buyer_address_phone = fields.CharField(max_length=200, default="")
    buyer_bank_account = fields.CharField(max_length=200, default="")
    email = fields.CharField(max_length=254, default="")
    phone = fields.CharField(max_length=20, default="")
    #: The buyer's official-account openid when the page was opened inside WeChat with it.
    openid = fields.CharField(max_length=64, default="")
    invoice_id = fields.IntField(null=True)
    reason = fields.CharField(max_length=200, default="")
    auto_issued = fields.BooleanField(default=False)
    #: 微信卡包: "" (not asked), authorised, inserted, failed (with the errcode in ``card_error``).
    card_status = fields.CharField(max_length=12, default="")
    card_error = fields.CharField(max_length=64, default="")
    #: A contact name the buyer gave (the push says who asks), else "".
    contact_name = fields.CharField(max_length=40, default="")
    ip = fields.CharField(max_length=45, default="")
    created_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)
    decided_by_id = fields.IntField(null=True)

    class Meta:
        table = "scan_request"
        indexes = (("company_id", "status"), ("code_id", "created_at"))


class ScanMessage(Model):
    """A buyer's message to the shop about a request (the shop's 工单 for it), or the shop's reply."""

    id = fields.IntField(primary_key=True)
    request_id = fields.IntField(db_index=True)
    company_id = fields.IntField(db_index=True)
    from_shop = fields.BooleanField(default=False)
    body = fields.TextField()
    created_at = fields.DatetimeField()
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "scan_message"


class ScanCardState(Model):
    """微信卡包: a shop's invoice card template, created once per shop."""

    id = fields.IntField(primary_key=True)
    company_id = fields.IntField(unique=True)
    card_id = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()

    class Meta:
        table = "scan_card"
