"""What crosses the two outside tax systems' ports (the Protocols are in ``core/ports.py``):

* ``invoice_platform``: the national 电子发票服务平台 / 乐企 (``InvoicePlatform``): issue requests and
  results, credit, 红字确认单, received invoices, authorisation, and the platform's errors;
* ``tax_bureau``: the tax bureau (``TaxBureau``): submissions, statuses, required figures, and the
  bureau's errors.

Shared by the features that use a port (invoicing, 进项, filing), the sandboxes that implement it in
the core and the HTTP clients in ``fapiao/integrations/``; it imports nothing but the domain.
"""
