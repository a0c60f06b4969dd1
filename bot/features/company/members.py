"""Dialog module.

切换企业 (pick the current company), 成员 (list; owners and admins pick a member to change
the role, remove them or set their 开票人) and 转让企业 (pick a member, 确认, SMS code).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from bot.dialogs.steps import (
    Abort,
    Choice,
    Confirm,
    Dialog,
    DialogContext,
    Finish,
    Goto,
    Leave,
    Next,
    Outcome,
    Retry,
    Step,
    is_no,
)
from bot.nlu.choice import Option, match
from core.companies.members import LastOwner, OwnerRequired
from core.domain.errors import PermissionDenied
from core.domain.roles import Role

MANAGERS = (Role.OWNER, Role.ADMIN)


def _listed(key: str, name: str) -> Any:
    """The options of a list kept in the dialog data (companies, members): by number or name."""
    def options(ctx: DialogContext) -> Sequence[Option]:
        return tuple(Option(str(i), str(item[name])) for i, item in enumerate(ctx.data[key]))

    return options


# -- 切换企业 ------------------------------------------------------------------------------------


async def _switch_start(ctx: DialogContext) -> Outcome | None:
    view = await ctx.core.accounts.view(ctx.bot.account_id)
    companies = [{"id": m.company_id, "name": m.company_name, "tax_id": m.tax_id, "role": str(m.role),
                  "current": m.current} for m in view.memberships]
    ctx.data["companies"] = companies
    if not companies:
        return Abort("bot.switch.none")
    if len(companies) == 1:
        return Abort("bot.switch.only_one", {"name": companies[0]["name"]})
    wanted = str(ctx.data.pop("_args", "")).strip()
    if wanted:
        picked = match(wanted, _listed("companies", "name")(ctx))
        if picked.option is not None:
            return await _switch_to(companies[int(picked.option.value)]["id"], ctx)
    return None


async def _switch_to(company_id: int, ctx: DialogContext) -> Outcome:
    company = await ctx.core.companies.switch(company_id, ctx.actor)
    return Finish("bot.switch.done", {"company": company})


async def _switch_pick(value: str, ctx: DialogContext) -> Outcome:
    return await _switch_to(ctx.data["companies"][int(value)]["id"], ctx)


async def _switch_unknown(text: str, ctx: DialogContext) -> Outcome:
    return Retry("bot.switch.not_found")


SWITCH = Dialog(
    name="switch_company",
    start=_switch_start,
    steps=(Choice("pick", "bot.switch.ask", _listed("companies", "name"), _switch_pick, otherwise=_switch_unknown),),
)


# -- 成员 ----------------------------------------------------------------------------------------


def _plain(members: Sequence[Any]) -> list[dict[str, Any]]:
    return [{**asdict(m), "role": str(m.role)} for m in members]


async def _members_start(ctx: DialogContext) -> Outcome | None:
    members = _plain(await ctx.core.members.list(ctx.actor))
    company = await ctx.core.companies.current(ctx.actor)
    me = next(m for m in members if m["is_self"])
    manage = Role(me["role"]) in MANAGERS
    ctx.data.update(members=members, company=company.name, manage=manage)
    ctx.data.pop("_args", None)
    if not manage:
        return Finish("bot.member.list")
    return None


async def _members_not_picked(text: str, ctx: DialogContext) -> Outcome:
    if unicodedata.normalize("NFKC", text).strip().isdecimal():
        return Retry("bot.member.pick_invalid")
    return Leave()  # not an answer to the list: a new question or command


async def _members_pick(value: str, ctx: DialogContext) -> Outcome:
    chosen = ctx.data["members"][int(value)]
    ctx.data.update(target=chosen["account_id"], name=chosen["display_name"], role=chosen["role"],
                    issuer_name=chosen["issuer_name"])
    return Next()


async def _members_action(value: str, ctx: DialogContext) -> Outcome:
    return Goto(value)  # the option values of member_action are the steps' names


async def _members_role(role: str, ctx: DialogContext) -> Outcome:
    """A role picked from the list, or typed in another form the core reads (role_invalid otherwise)."""
    try:
        member = await ctx.core.members.change_role(ctx.actor, ctx.data["target"], role)
    except (LastOwner, OwnerRequired, PermissionDenied) as exc:
        return Finish(f"error.{exc.code}", exc.params)  # asking again cannot help
    return Finish("bot.member.role_done", {"member": member})


async def _members_keep(text: str, ctx: DialogContext) -> Outcome | None:
    """否 at 「确认移出」: back to the list, nothing removed."""
    return Goto("pick") if is_no(text) else None


async def _members_remove(ctx: DialogContext) -> Outcome:
    try:
        member = await ctx.core.members.remove(ctx.actor, ctx.data["target"])
    except (LastOwner, OwnerRequired, PermissionDenied) as exc:
        return Finish(f"error.{exc.code}", exc.params)
    return Finish("bot.member.removed_done", {"member": member})


async def _members_issuer(text: str, ctx: DialogContext) -> Outcome:
    name = "" if ctx.word("default_name", text) else text
    member = await ctx.core.members.set_issuer_name(ctx.actor, name, ctx.data["target"])
    return Finish("bot.member.issuer_set", {"member": member})


MEMBERS = Dialog(
    name="members",
    start=_members_start,
    steps=(
        Choice("pick", "bot.member.list", _listed("members", "display_name"), _members_pick,
               otherwise=_members_not_picked),
        Choice("action", "bot.member.ask_action", "member_action", _members_action),
        Choice("role", "bot.member.ask_role", "invite_role", _members_role, otherwise=_members_role),
        Confirm("remove", "bot.member.confirm_remove", _members_remove, verb="bot.nlu.confirm_verb.remove",
                other=_members_keep),
        Step("issuer", "bot.member.ask_issuer", _members_issuer),
    ),
)


# -- 转让企业 ------------------------------------------------------------------------------------


async def _transfer_start(ctx: DialogContext) -> Outcome | None:
    members = _plain(await ctx.core.members.list(ctx.actor))
    me = next(m for m in members if m["is_self"])
    if me["role"] != Role.OWNER:
        return Abort("error.owner_required")
    company = await ctx.core.companies.current(ctx.actor)
    others = [m for m in members if not m["is_self"]]
    ctx.data.update(others=others, company=company.name)
    ctx.data.pop("_args", None)
    if not others:
        return Abort("bot.transfer.no_others")
    return None


async def _transfer_pick(value: str, ctx: DialogContext) -> Outcome:
    chosen = ctx.data["others"][int(value)]
    ctx.data.update(to_id=chosen["account_id"], to_name=chosen["display_name"])
    return Next()


async def _send_code(ctx: DialogContext) -> None:
    started = await ctx.core.members.start_transfer(ctx.actor, ctx.data["to_id"])
    ctx.data["masked_phone"] = started.masked_phone


async def _transfer_confirm(ctx: DialogContext) -> Outcome:
    await _send_code(ctx)
    return Next()


async def _transfer_code(text: str, ctx: DialogContext) -> Outcome:
    if ctx.word("resend", text):
        await _send_code(ctx)
        return Retry("bot.register.code_sent")
    member = await ctx.core.members.confirm_transfer(ctx.actor, ctx.data["to_id"], text)
    return Finish("bot.transfer.done", {"member": member})


TRANSFER = Dialog(
    name="transfer_company",
    start=_transfer_start,
    steps=(
        Choice("pick", "bot.transfer.ask_member", _listed("others", "display_name"), _transfer_pick),
        Confirm("confirm", "bot.transfer.confirm", _transfer_confirm, verb="bot.nlu.confirm_verb.transfer"),
        Step("code", "bot.transfer.ask_code", _transfer_code),
    ),
)
