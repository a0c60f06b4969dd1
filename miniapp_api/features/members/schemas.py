"""Request and response types of the members of the current company."""

from __future__ import annotations

from pydantic import Field

from miniapp_api.schema import Id, InvitableRole, Model, Out, Page, RoleName, example, text

MEMBER_EXAMPLE = {"account_id": 43, "display_name": "李开票", "masked_phone": "139****9000", "role": "issuer",
                  "issuer_name": "李开票", "issuer_name_default": True, "is_self": False}


class Member(Out):
    """A member of the current company."""

    account_id: int
    display_name: str
    masked_phone: str
    role: RoleName
    issuer_name: str = Field(description="The 开票人 printed on the invoices this member issues")
    issuer_name_default: bool = Field(description="The member set no name of their own (the registered name is used)")
    is_self: bool = Field(description="This member is the caller")
    model_config = example(MEMBER_EXAMPLE)


class Members(Page):
    """The members, owners first."""

    items: list[Member]
    model_config = example({"items": [MEMBER_EXAMPLE], "next_cursor": None})


class RoleChange(Model):
    role: InvitableRole = Field(description="The new role (owner only through a transfer)")
    model_config = example({"role": "accountant"})


class IssuerName(Model):
    issuer_name: str = text(32, "The 开票人 to print; empty: back to the member's registered name")
    model_config = example({"issuer_name": "李开票"})


class TransferRequest(Model):
    account_id: Id = Field(description="The member who is to become owner")
    model_config = example({"account_id": 43})


class TransferStarted(Out):
    """An SMS code went to the owner's phone: confirm with it."""

    to_account_id: int
    to_name: str
    masked_phone: str = Field(description="Where the code went (the owner's phone), masked")
    model_config = example({"to_account_id": 43, "to_name": "李开票", "masked_phone": "138****8000"})


class TransferConfirm(Model):
    account_id: Id
    code: str = text(12, "The SMS code sent to the owner")
    model_config = example({"account_id": 43, "code": "123456"})
