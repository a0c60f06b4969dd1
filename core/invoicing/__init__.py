"""Invoicing, split by use case.

* :mod:`core.invoicing.views` -- inputs and views (DTOs) and their conversions;
* :mod:`core.invoicing.base` -- what every use case shares (clock, audit, ownership, events);
* :mod:`core.invoicing.queries` -- reading, filtered pages, customers, ``sales_lines``;
* :mod:`core.invoicing.verification` -- documents and public verification (查验);
* :mod:`core.invoicing.drafting` -- validating, computing and storing drafts;
* :mod:`core.invoicing.issuing` -- issuing (idempotent by key) or submitting for 审核;
* :mod:`core.invoicing.issue_statements` -- a one-step issue's writes on PostgreSQL, one statement each;
* :mod:`core.invoicing.corrections` -- 红冲 (and 红字确认单) and 重开;
* :mod:`core.invoicing.service` -- ``InvoiceService``, all of the above plus approval.

Import from the module that defines a name (``from core.invoicing.views import DraftInput``).
"""
