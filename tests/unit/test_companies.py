"""A company's details in core: the tax ID is locked once the company has an invoice (a draft
too), and a new tax ID starts the taxpayer's authorisation again."""

from __future__ import annotations

import pytest

from core.companies.models import Company
from core.domain.errors import ValidationFailed
from tests.kit.factories import OTHER_USCC, special
from tests.kit.factories import owner as owner


async def test_the_tax_id_is_locked_once_the_company_has_an_invoice(core, owner):
    current = await core.companies.current(owner)
    await core.invoices.create_draft(special(), owner)
    with pytest.raises(ValidationFailed) as exc:
        await core.companies.patch({"tax_id": OTHER_USCC}, owner)
    assert exc.value.fields["tax_id"].code == "tax_id_locked"
    renamed = await core.companies.patch({"name": "武汉光谷软件股份有限公司"}, owner)
    assert (renamed.tax_id, renamed.name) == (current.tax_id, "武汉光谷软件股份有限公司")


async def test_without_invoices_a_new_tax_id_is_authorised_again(core, owner):
    assert (await core.companies.current(owner)).auth_state == "authorized"
    other = await core.companies.patch({"tax_id": OTHER_USCC}, owner)
    assert (other.tax_id, other.auth_state) == (OTHER_USCC, "pending")
    company = await Company.get(id=other.id)
    assert company.authorized_at is None and company.taxpayer_kind == "general"  # the rest kept
