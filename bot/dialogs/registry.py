"""Which command starts which dialog."""

from __future__ import annotations

from bot.dialogs import company, forgot_password, login, register, second_factor
from bot.dialogs.engine import Dialog

DIALOGS: dict[str, Dialog] = {
    "register": register.DIALOG,
    "login": login.DIALOG,
    "forgot_password": forgot_password.DIALOG,
    "create_company": company.CREATE,
    "join_company": company.JOIN,
    "invite": company.INVITE,
    "second_factor": second_factor.DIALOG,
}
