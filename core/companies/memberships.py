"""What accounts ask of companies (the :class:`core.accounts.base.Memberships` seam): the account's view
with the companies it belongs to, and whether one member manages another, for unlocking."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.accounts.security import binding_view
from core.accounts.views import AccountView, BindingView, MembershipView, mask_phone, second_factor_of
from core.adapters.hot_queries import Sql, fetch
from core.companies.models import Membership
from core.domain.roles import Role

_ACCOUNT = "a.id, a.phone, a.display_name, a.email, a.totp_enabled, a.sms_second_factor, a.current_company_id"
_MEMBERSHIP = "m.company_id, m.role, c.name, c.tax_id"
_OF_ACCOUNT = ("FROM account a LEFT JOIN membership m ON m.account_id = a.id "
               "LEFT JOIN company c ON c.id = m.company_id WHERE a.id = {}")

#: The account's view (AccountService.view) in one statement, as plain SQL
#: (core/adapters/hot_queries.py): the account's row, one row per membership (oldest first) with
#: its company, and whether any WeChat user is bound to it; an account without memberships is one
#: row whose membership columns are NULL. The ORM took five queries, a third of the message in
#: building them (tests/integration/test_hot_queries.py holds this to them).
_ACCOUNT_VIEW = Sql(f"SELECT {_ACCOUNT}, {_MEMBERSHIP}, "
                    f"EXISTS (SELECT 1 FROM wechat_binding b WHERE b.account_id = a.id) {_OF_ACCOUNT} ORDER BY m.id")

#: 我的账户: the view's rows and the account's WeChat bindings in one statement (it was two, the
#: second core/accounts/security.py's): the view's rows (part 0, by membership id), then one row
#: per binding (part 1, its id, and its app, openid and created_at last), the other part's columns
#: NULL. tests/integration/test_account_hot_reads.py holds it to the two reads and to the ORM's.
_ACCOUNT_SUMMARY = Sql(f"SELECT 0, m.id, {_ACCOUNT}, {_MEMBERSHIP}, NULL, NULL, NULL {_OF_ACCOUNT} "
                       f"UNION ALL SELECT 1, b.id, {', '.join(['NULL'] * 11)}, b.app, b.openid, b.created_at "
                       "FROM wechat_binding b WHERE b.account_id = {} ORDER BY 1, 2")


class CompanyMemberships:
    async def account_view(self, account_id: int) -> AccountView | None:
        rows = await fetch(_ACCOUNT_VIEW, account_id)
        return _account_view(rows, bound_wechat=bool(rows[0][11])) if rows else None

    async def account_summary(self, account_id: int,
                              openid: str | None) -> tuple[AccountView, list[BindingView]] | None:
        rows = await fetch(_ACCOUNT_SUMMARY, account_id, account_id)
        if not rows or rows[0][0] != 0:  # no account (a binding without its account cannot exist: a foreign key)
            return None
        views = [row[2:] for row in rows if row[0] == 0]
        bindings = [binding_view((row[1], *row[13:]), openid) for row in rows if row[0] == 1]
        return _account_view(views, bound_wechat=bool(bindings)), bindings

    async def manages_member(self, manager_id: int, account_id: int) -> bool:
        # tortoise 1.x cannot take a values_list query as an __in operand (TypeError → 500).
        target_companies = await Membership.filter(account_id=account_id).values_list("company_id", flat=True)
        return await Membership.filter(
            account_id=manager_id, role__in=[Role.OWNER, Role.ADMIN], company_id__in=list(target_companies),
        ).exists()


def _account_view(rows: Sequence[Sequence[Any]], *, bound_wechat: bool) -> AccountView:
    """The view of an account's rows: its columns (``_ACCOUNT``) then a membership's (``_MEMBERSHIPS``)."""
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
        bound_wechat=bound_wechat,
        memberships=tuple(
            MembershipView(
                company_id=int(row[7]),
                company_name=str(row[9]),
                tax_id=str(row[10]),
                role=Role(row[8]),
                current=int(row[7]) == current_company_id,
            )
            for row in rows if row[7] is not None
        ),
    )


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)
