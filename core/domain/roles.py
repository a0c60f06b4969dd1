"""Company roles and what each may do, as data."""

from __future__ import annotations

from enum import StrEnum

from core.domain.errors import ValidationFailed


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    ISSUER = "issuer"
    ACCOUNTANT = "accountant"
    VIEWER = "viewer"


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_COMPANY = "manage_company"
    MANAGE_MEMBERS = "manage_members"
    ISSUE_INVOICE = "issue_invoice"
    APPROVE = "approve"
    FILE_TAX = "file_tax"
    EXPORT = "export"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: _ALL,
    Role.ADMIN: _ALL,
    Role.ISSUER: frozenset({Permission.VIEW, Permission.ISSUE_INVOICE, Permission.EXPORT}),
    Role.ACCOUNTANT: frozenset({Permission.VIEW, Permission.FILE_TAX, Permission.EXPORT}),
    Role.VIEWER: frozenset({Permission.VIEW}),
}

#: Roles an inviter may hand out: nobody can create a second owner by invitation.
INVITABLE_ROLES = frozenset({Role.ADMIN, Role.ISSUER, Role.ACCOUNTANT, Role.VIEWER})


def parse_role(raw: str, field: str = "role") -> Role:
    aliases = {
        "管理员": Role.ADMIN,
        "开票员": Role.ISSUER,
        "会计": Role.ACCOUNTANT,
        "申报": Role.ACCOUNTANT,
        "只读": Role.VIEWER,
        "查看": Role.VIEWER,
    }
    value = raw.strip()
    role = aliases.get(value)
    if role is None:
        try:
            role = Role(value.lower())
        except ValueError:
            raise ValidationFailed.one(field, "role_invalid") from None
    if role not in INVITABLE_ROLES:
        raise ValidationFailed.one(field, "role_invalid")
    return role
