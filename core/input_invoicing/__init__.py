"""进项: invoices a company received — synced from the platform's 全量发票查询 or added by
hand, file or QR — their 用途确认 (勾选) through the platform port, what each one gives as
deductible input tax (rules as dated data in ``core/data/input_deductibility.yaml``), and
the per-period queries the VAT return reads.
"""
