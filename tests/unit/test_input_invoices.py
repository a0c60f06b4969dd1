"""进项发票: typed, from a received invoice's QR string, and imported with a per-row report."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from core.domain.errors import Conflict, ValidationFailed
from core.input_invoicing.rows import InputInvoiceData
from tests.kit.factories import accountant as accountant


async def test_typed_and_duplicate(core, accountant):
    data = InputInvoiceData(number="26422000000000000123", issue_date="2026-11-03", amount="1000", tax="130",
                            kind="special", seller_name="武汉纸业有限公司", seller_tax_id="9144030071526726XG")
    view = await core.input_invoices.record(data, accountant)
    assert view.deductible and view.tax == Decimal("130.00") and view.kind == "special"
    with pytest.raises(Conflict):
        await core.input_invoices.record(data, accountant)
    with pytest.raises(ValidationFailed) as exc:
        await core.input_invoices.record(InputInvoiceData(number="123", issue_date="2026-13-01", amount="x",
                                                          tax="1"), accountant)
    assert {"number", "issue_date", "amount"} <= set(exc.value.fields)


async def test_from_the_qr_string_of_a_received_invoice(core, accountant):
    qr = "01,31,,24312000000136634917,1130.00,20241105,,1DD6"
    payload = core.input_invoices.from_qr(qr)
    assert payload.number == "24312000000136634917" and payload.is_special
    view = await core.input_invoices.record_from_qr(qr, "130", accountant, seller_name="某供应商")
    assert view.amount == Decimal("1000.00") and view.source == "qr"
    with pytest.raises(ValidationFailed):
        core.input_invoices.from_qr("not a qr")


async def test_csv_import_reports_bad_rows(core, accountant):
    csv = ("\ufeff发票号码,开票日期,销售方名称,金额,税额,票种\r\n"
           "26422000000000000001,2026-11-01,甲公司,100.00,13.00,专票\r\n"
           "bad,2026-11-01,乙公司,100,13,专票\r\n"
           "26422000000000000001,2026-11-01,甲公司,100.00,13.00,专票\r\n"
           "26422000000000000002,2026/11/02,丙公司,\"1,000.00\",60.00,专票\r\n"
           "26422000000000000003,2026-11-02,丁公司,100.00,13.00,\r\n"
           "26422000000000000004,2026-11-02,戊公司,100.00,7.77,专票\r\n").encode()
    report = await core.input_invoices.import_file("进项.csv", csv, accountant)
    assert report.imported == 2
    # A blank 票种 is not taken as 专票, and a rate that fits nothing is not taken as 13%.
    assert [(p.row, p.code or p.messages[0].code) for p in report.problems] == [
        (2, "invoice_number_format"), (3, "conflict"), (5, "required"), (6, "input_rate_unknown")]


async def test_xlsx_import(core, accountant):
    book = Workbook()
    sheet = book.active
    sheet.append(["发票代码", "发票号码", "开票日期", "金额", "税额", "票种"])
    sheet.append(["4200212130", "01234567", "2026-11-05", 500, 15, "普票"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = await core.input_invoices.import_file("inputs.xlsx", buffer.getvalue(), accountant)
    assert report.imported == 1 and not report.problems
    rows = await core.input_invoices.list(accountant)
    assert rows[0].code == "4200212130" and rows[0].deductible is False  # a 普票 is not deductible
    with pytest.raises(ValidationFailed):
        await core.input_invoices.import_file("inputs.pdf", b"%PDF", accountant)
