"""What accounts ask of companies (the :class:`core.accounts.base.Memberships` seam): the account's view
with the companies it belongs to, and whether one member manages another, for unlocking."""

from __future__ import annotations

from typing import Any

from core.accounts.views import AccountView, MembershipView, mask_phone, second_factor_of
from core.adapters.hot_queries import Sql, fetch
from core.companies.models import Membership
from core.domain.roles import Role

#: 我的账户 (and the other callers of the account's view) in one statement, as plain SQL
#: (core/adapters/hot_queries.py): the account's row, whether any WeChat user is bound to it, and
#: one row per membership (oldest first) with its company; an account without memberships is one
#: row whose membership columns are NULL. The ORM took five queries, a third of the message in
#: building them (tests/integration/test_hot_queries.py holds this to them).
_ACCOUNT_VIEW = Sql("""
    SELECT a.id, a.phone, a.display_name, a.email, a.totp_enabled, a.sms_second_factor, a.current_company_id,
           EXISTS (SELECT 1 FROM wechat_binding b WHERE b.account_id = a.id),
           m.company_id, m.role, c.name, c.tax_id
    FROM account a
    LEFT JOIN membership m ON m.account_id = a.id
    LEFT JOIN company c ON c.id = m.company_id
    WHERE a.id = {}
    ORDER BY m.id
""")


class CompanyMemberships:
    async def account_view(self, account_id: int) -> AccountView | None:
        rows = await fetch(_ACCOUNT_VIEW, account_id)
        if not rows:
            return None
        # Explicit conversions, as the ORM's fields made them: SQLite answers booleans (and the
        # EXISTS) as 0/1, PostgreSQL as bool; a membership's company always exists (ON DELETE CASCADE).
        account = rows[0]
        current_company_id = _int_or_none(account[6])
        phone = str(account[1])
        return AccountView(
            id=int(account[0]),
            phone=phone,
            masked_phone=mask_phone(phone),
            display_name=str(account[2]),
            email=None if account[3] is None else str(account[3]),
            second_factor=second_factor_of(bool(account[4]), bool(account[5])),
            bound_wechat=bool(account[7]),
            memberships=tuple(
                MembershipView(
                    company_id=int(row[8]),
                    company_name=str(row[10]),
                    tax_id=str(row[11]),
                    role=Role(row[9]),
                    current=int(row[8]) == current_company_id,
                )
                for row in rows if row[8] is not None
            ),
        )

    async def manages_member(self, manager_id: int, account_id: int) -> bool:
        # tortoise 1.x cannot take a values_list query as an __in operand (TypeError → 500).
        target_companies = await Membership.filter(account_id=account_id).values_list("company_id", flat=True)
        return await Membership.filter(
            account_id=manager_id, role__in=[Role.OWNER, Role.ADMIN], company_id__in=list(target_companies),
        ).exists()


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)
