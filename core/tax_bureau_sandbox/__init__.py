"""A sandbox tax bureau: the local default :class:`~core.ports.TaxBureau`.

It is a simulator, not a stub: every submission moves through the bureau's states on the
injected clock, and the outcome follows rules, so tests and demos can drive every path.

Timeline (``t`` = when the state was entered)::

    submitted --accept_after--> accepted --review_after--> reviewing --decide_after--> result

The result, decided when review ends, in this order (票表比对, as the bureau applies it):

1. the declared sales (``declared_invoice_total``: invoiced plus 未开票收入, compared to the
   fen) are *below* :meth:`TruthSource.issued_sales_base` for the taxpayer and period ->
   ``failed``, the message names both amounts. Declared sales at or above the invoiced
   sales pass: 未开票收入 is a normal column of the return;
2. (VAT) the input tax claimed (figure ``input_tax``) is above
   :meth:`TruthSource.confirmed_input_tax`, the tax of the invoices confirmed for
   deduction (勾选/用途确认) in the period -> ``failed``, naming both amounts;
3. ``sales_total`` or ``payable`` is over ``materials_over`` and no material has been
   uploaded yet -> ``needs_materials``, the message lists what to upload;
4. otherwise ``succeeded`` with a 申报回执号.

``upload()`` in ``needs_materials`` sends the return back to ``reviewing`` (review starts
again, same delay, same rules). ``pay()`` is accepted only in ``succeeded`` and only for
exactly what is due: the ``payable`` figure plus the ``surcharges`` figure (附加税费,
0 when absent); it ends in ``paid`` with a 缴款凭证号. Paying a paid return
again with the same amount answers the paid status (a retried request does not fail).

Further rules a real bureau also applies:

* a second return (different ``submission_key``) for the same taxpayer, tax type and period
  is refused while another one is in progress (``in_progress``) or after one succeeded
  (``already_filed``); after a ``failed`` one it is welcome (corrected return);
* the same ``submission_key`` with different content is refused (``submission_key_reused``);
* figures must be present and valid amounts, periods ``2026-11`` or ``2026Q4``.

Refusals raise :class:`~core.port_data.tax_bureau.TaxBureauRejected` with a Chinese message; all user
texts live in ``core/data/tax_bureau_sandbox.zh.yaml``.

Time only moves when someone looks: :meth:`SandboxTaxBureau.status` (and ``upload``,
``pay``, ``history``) first catch a submission up with the clock, and :meth:`tick`, meant
for a background job, catches up every open one and returns those that changed. Each
transition is stamped with the moment it was due, not the moment it was noticed, so the
history reads the same however often the clock is consulted.

State lives in :class:`SandboxRecords`: the server uses the database
(:class:`~core.tax_bureau_sandbox.records.DatabaseSandboxRecords`, one row per reference),
so a new instance over the same database picks up where the last one stopped — after a
restart, on SQLite and on PostgreSQL. Without records it is kept in memory (unit tests).
Writes are serialised by a lock inside one instance; several processes could race on the
same reference, which is acceptable for a sandbox (the submission key is unique).

The package, by concern (like ``core/invoice_platform_sandbox/``): ``bureau``
(:class:`SandboxTaxBureau`, the port's methods and the state machine), ``rules`` (periods,
figures, amounts, fingerprints, what counts as open), ``texts`` (the user texts of
``core/data/tax_bureau_sandbox.zh.yaml``), ``records`` (where the submissions are kept: the
database or memory) and ``models`` (its tables).
"""
