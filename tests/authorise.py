"""THE test helper for the taxpayer-authorisation gate (issue 13 #5; docs/security.md).

A company cannot issue until the invoicing platform confirms that the taxpayer authorised us.
A test that issues invoices creates its company as it always did (API, chat or core), then calls::

    from tests.authorise import authorise_companies
    await authorise_companies()                    # every company still waiting
    await authorise_companies("91110000600037341L")  # or just these tax IDs

which marks them authorised as if their owner had entered the platform's code. Tests of the
gate itself go through the real flow (tests/abuse/test_taxpayer_authorization.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from core.adapters.models import Company


async def authorise_companies(*tax_ids: str) -> int:
    """Authorise the pending companies (all, or those with these tax IDs); returns how many."""
    query = Company.filter(auth_state="pending")
    if tax_ids:
        query = query.filter(tax_id__in=list(tax_ids))
    return await query.update(auth_state="authorized", authorized_at=datetime.now(UTC))
