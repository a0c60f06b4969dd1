"""Request and response types of companies."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from miniapp_api.schema import DateTime, Id, InvitableRole, Model, Out, RoleName, exactly, example, optional, text

TaxpayerKind = Literal["general", "small_scale"]
InvoiceKind = Literal["normal", "special"]
AuthState = Literal["pending", "authorized", "superseded"]
COMPANY_EXAMPLE = {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L", "taxpayer_kind": "general",
                   "region": "42", "address_phone": "武汉市东湖新技术开发区光谷大道77号 027-87654321",
                   "bank_account": "招商银行武汉光谷支行 127905678910001", "issuer_name": "王会计",
                   "allowed_kinds": ["normal", "special"], "default_rate": "0.06", "invoice_limit": "100000.00",
                   "approval_required": False}


class CompanyInput(Model):
    """A company's registration and invoice settings. PUT keeps what the body leaves out."""

    name: str = text(100, "The registered name, as printed on invoices")
    tax_id: str = text(20, "统一社会信用代码 (18 characters, checksum checked; 15/17/20 legacy forms too)")
    taxpayer_kind: TaxpayerKind = optional("general (一般纳税人) or small_scale (小规模, the default)")
    region: str = optional("Province code of the tax bureau (2 digits, 42 = 湖北, the default)", max_length=2)
    address_phone: str = optional("地址、电话 printed on 专票", max_length=200)
    bank_account: str = optional("开户行及账号 printed on 专票", max_length=200)
    issuer_name: str = optional("The company-wide 开票人 (members may have their own)", max_length=32)
    allowed_kinds: list[InvoiceKind] = optional("Invoice kinds the company issues (default both)")
    default_rate: str | None = optional(
        "The rate new lines get when they name none, in the one rate spelling: \"0.13\", \"0.06\" … \"0\", "
        "\"exempt\", \"not_taxable\" (null: the item's own rate)", max_length=16)
    invoice_limit: Annotated[Any, exactly({"type": ["number", "string", "null"]})] = optional(
        "The highest total one invoice may have (null: the platform's limit)")
    approval_required: bool = optional("Invoices issued by issuers wait for an owner's or admin's approval")
    model_config = example(COMPANY_EXAMPLE)


class Company(Out):
    """The company, its settings, and the caller's role in it."""

    id: int
    name: str
    tax_id: str
    taxpayer_kind: TaxpayerKind
    region: str
    address_phone: str
    bank_account: str
    issuer_name: str
    allowed_kinds: list[InvoiceKind]
    default_rate: str | None = Field(description="The default rate in the one rate spelling (\"0.06\"), or null")
    invoice_limit: str | None = Field(description="Decimal string, or null")
    approval_required: bool
    role: RoleName = Field(description="The caller's role in this company")
    auth_state: AuthState = Field(description=(
        "pending (待认证: the taxpayer has not authorised the platform yet, issuing is refused with 403 "
        "company_not_authorized), authorized, or superseded (another registration of the same tax id won)"))
    model_config = example({**COMPANY_EXAMPLE, "id": 7, "role": "owner", "auth_state": "authorized"})


class AuthorizationCode(Model):
    code: str = text(16, "The authorisation code the taxpayer got from the invoicing platform (税务数字账户)")
    model_config = example({"code": "A7K2Q9"})


class Switch(Model):
    company_id: Id
    model_config = example({"company_id": 7})


class InviteRequest(Model):
    role: InvitableRole = Field(description="The role the invitee gets (never owner: owners are made by a transfer)")
    model_config = example({"role": "issuer"})


class Invite(Out):
    """A one-time invite code: the invitee sends it to POST /companies/join."""

    code: str
    role: RoleName
    expires_at: DateTime
    company_name: str
    model_config = example({"code": "K7D2Q9FM", "role": "issuer", "expires_at": "2026-12-08T10:00:00+08:00",
                            "company_name": "武汉光谷软件有限公司"})


class JoinRequest(Model):
    code: str = text(32, "The invite code")
    model_config = example({"code": "K7D2Q9FM"})
