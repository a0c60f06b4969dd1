"""Dialog module.

创建企业, 加入企业 and 邀请成员.
"""

from __future__ import annotations

from bot.dialogs.steps import Choice, Confirm, Dialog, DialogContext, Finish, Next, Outcome, Step
from core.companies.views import CompanyInput
from core.domain import validators
from core.domain.roles import parse_role
from core.domain.taxpayer_id import normalize_tax_id


async def _name(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["name"] = validators.check_text(text, "name", max_len=100)
    return Next()


async def _tax_id(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["tax_id"] = normalize_tax_id(text)
    return Next()


def _optional(field: str, max_len: int) -> object:
    async def parse(text: str, ctx: DialogContext) -> Outcome:
        ctx.data[field] = "" if ctx.word("skip", text) else validators.check_text(text, field, max_len=max_len)
        return Next()

    return parse


async def _confirm(ctx: DialogContext) -> Outcome:
    data = ctx.data
    company = await ctx.core.companies.create(
        CompanyInput(
            name=data["name"], tax_id=data["tax_id"], taxpayer_kind=data["taxpayer_kind"],
            address_phone=data.get("address_phone", ""), bank_account=data.get("bank_account", ""),
        ),
        ctx.actor,
    )
    return Finish("bot.company.created", {"company": company.name})


CREATE = Dialog(
    name="create_company",
    steps=(
        Step("name", "bot.company.ask_name", _name),
        Step("tax_id", "bot.company.ask_tax_id", _tax_id, help="bot.company.help_tax_id"),
        Choice("taxpayer_kind", "bot.company.ask_kind", "taxpayer_kind", "taxpayer_kind", help="bot.company.help_kind"),
        Step("address_phone", "bot.company.ask_address", _optional("address_phone", 200)),  # type: ignore[arg-type]
        Step("bank_account", "bot.company.ask_bank", _optional("bank_account", 200)),  # type: ignore[arg-type]
        Confirm("confirm", "bot.company.confirm", _confirm, verb="bot.nlu.confirm_verb.create"),
    ),
)


async def _join(text: str, ctx: DialogContext) -> Outcome:
    company = await ctx.core.companies.join(text, ctx.actor)
    return Finish("bot.company.joined", {"company": company.name, "role": str(company.role)})


JOIN = Dialog(
    name="join_company",
    steps=(Step("code", "bot.company.ask_invite_code", _join),),
)


async def _invite(value: str, ctx: DialogContext) -> Outcome:
    role = parse_role(value)
    invite = await ctx.core.companies.invite(role, ctx.actor)
    return Finish("bot.company.invited", {"code": invite.code, "role": str(role), "company": invite.company_name,
                                          "expires": invite.expires_at.strftime("%Y-%m-%d")})


INVITE = Dialog(
    name="invite",
    steps=(Choice("role", "bot.company.ask_role", "invite_role", _invite),),
)
