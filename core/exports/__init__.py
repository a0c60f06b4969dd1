"""Exports: a company's data handed out as files, as background jobs with progress.

* ``service``: :class:`ExportService`, the jobs (invoice list as CSV / Excel / ZIP of PDFs, and
  the company's whole data, 「备份」), their state in the key-value store, the files under
  ``DATA_DIR/exports`` and the expiring ``/dl/`` download tokens;
* ``company_archive``: what goes into one company's ZIP (invoices, filings, 进项 …);
* ``writers``: the file formats themselves (streamed CSV, XLSX, ZIP, the download header), pure
  functions over rows of plain values.

It sits above the features whose data it exports (invoicing, filing, input invoicing); none of
them imports it.
"""
