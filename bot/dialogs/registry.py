"""Which command starts which dialog."""

from __future__ import annotations

from bot.dialogs import (
    change_password,
    company,
    corrections,
    filing,
    forgot_password,
    help,
    input_invoice,
    invoice,
    login,
    members,
    pay_tax,
    register,
    second_factor,
    support,
)
from bot.dialogs.engine import Dialog

DIALOGS: dict[str, Dialog] = {
    "register": register.DIALOG,
    "login": login.DIALOG,
    "forgot_password": forgot_password.DIALOG,
    "create_company": company.CREATE,
    "join_company": company.JOIN,
    "invite": company.INVITE,
    "second_factor": second_factor.DIALOG,
    "change_password": change_password.DIALOG,
    "issue_invoice": invoice.DIALOG,
    "reissue": invoice.REISSUE,
    "red_letter": corrections.RED,
    "help": help.DIALOG,
    "ticket": support.TICKET,
    "feedback": support.FEEDBACK,
    "file_tax": filing.DIALOG,
    "pay_tax": pay_tax.DIALOG,
    "input_invoice": input_invoice.DIALOG,
    "switch_company": members.SWITCH,
    "members": members.MEMBERS,
    "transfer_company": members.TRANSFER,
    "input_overview": input_invoice.OVERVIEW,
}
