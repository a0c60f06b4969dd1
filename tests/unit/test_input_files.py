"""Received invoices from their files: a 数电 PDF rendered by our own PDF adapter, an OFD and a
数电票 XML built for the tests, and hostile or broken files (refused, never a crash)."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from core.domain.errors import Conflict, ValidationFailed
from core.domain.qr_payload import QrPayload
from core.input_invoicing.files import read_invoice_file
from tests.kit.factories import accountant  # noqa: F401
from tests.kit.fakes import OUR_TAX_ID, qr_png, received_pdf

DATA = Path(__file__).resolve().parent.parent / "data" / "inputs"


def ofd_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((DATA / "ofd").rglob("*.xml")):
            archive.write(path, path.relative_to(DATA / "ofd").as_posix())
    return buffer.getvalue()


def test_the_pdf_text_layer_gives_number_date_amounts_parties_and_kind():
    found = read_invoice_file(received_pdf())
    assert (found.file_type, found.kind, found.number, str(found.issue_date)) == (
        "pdf", "special", "26422000000000000611", "2026-11-05")
    assert (found.amount, found.tax, found.total, found.rate) == (
        Decimal("1000.00"), Decimal("130.00"), Decimal("1130.00"), "13")
    assert (found.buyer_tax_id, found.seller_name, found.seller_tax_id) == (
        OUR_TAX_ID, "武汉办公用品有限公司", "9144030071526726XG")
    assert found.item_names == ("*纸制品*复印纸",)
    # The PDF's QR code carries the national payload, and it agrees with the text.
    assert found.qr is not None and (found.qr.kind, found.qr.number, found.qr.amount) == (
        "31", "26422000000000000611", Decimal("1130.00"))


def test_the_ofd_page_text_and_the_xml():
    toll = read_invoice_file(ofd_bytes())
    assert (toll.file_type, toll.kind, toll.number, toll.amount, toll.tax, toll.total) == (
        "ofd", "normal", "26422000000000000812", Decimal("97.09"), Decimal("2.91"), Decimal("100.00"))
    assert toll.item_names == ("*经营租赁*通行费",) and toll.seller_name == "湖北交投高速公路运营有限公司"
    xml = read_invoice_file((DATA / "invoice.xml").read_bytes())
    assert (xml.kind, xml.number, str(xml.issue_date), xml.amount, xml.tax, xml.rate) == (
        "special", "26422000000000000711", "2026-11-12", Decimal("2000.00"), Decimal("260.00"), "13")
    assert xml.tax_codes == ("1060101010000000000",) and xml.buyer_tax_id == OUR_TAX_ID


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


@pytest.mark.parametrize("data, problem", [
    (b"", "invoice_file_format"),
    (b"hello", "invoice_file_format"),
    (b"%PDF-1.4\n garbage", "invoice_file_unreadable"),
    (b"PK\x03\x04 not a zip", "invoice_file_unreadable"),
    (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;'>]><x>&b;</x>",
     "invoice_file_unreadable"),
    (b"<EInvoice><InvoiceNumber>1</InvoiceNumber>", "invoice_file_unreadable"),
    (b"<a/>", "invoice_file_unreadable"),
    (b"%PDF-" + b"x" * (5 * 1024 * 1024), "invoice_file_too_large"),
])
def test_bad_files_are_refused_by_name(data, problem):
    with pytest.raises(ValidationFailed) as exc:
        read_invoice_file(data)
    assert exc.value.fields["file"].code == problem


def test_a_zip_bomb_and_a_zip_without_ofd_are_refused():
    bomb = _zip({"OFD.xml": b"<a/>", **{f"Doc_0/x{i}.xml": b"0" * (1024 * 1024) for i in range(25)}})
    with pytest.raises(ValidationFailed) as exc:
        read_invoice_file(bomb)
    assert exc.value.fields["file"].code == "invoice_file_too_large"
    with pytest.raises(ValidationFailed):
        read_invoice_file(_zip({"word/document.xml": b"<a/>"}))


async def test_recorded_from_each_file_once_and_only_for_us(core, accountant):  # noqa: F811
    pdf = await core.input_invoices.record_file(received_pdf(), accountant)
    assert not isinstance(pdf, QrPayload)
    assert (pdf.source, pdf.kind, pdf.tax, pdf.deductible_tax, pdf.rate_code) == (
        "pdf", "special", Decimal("130.00"), Decimal("130.00"), "13")
    toll = await core.input_invoices.record_file(ofd_bytes(), accountant)
    assert (toll.source, toll.kind, toll.deductible, toll.item_category) == ("ofd", "normal", True, "toll")
    xml = await core.input_invoices.record_file((DATA / "invoice.xml").read_bytes(), accountant)
    assert (xml.source, xml.total) == ("xml", Decimal("2260.00"))
    with pytest.raises(Conflict):  # the same invoice again, whatever the way in
        await core.input_invoices.record_file(received_pdf(), accountant)
    with pytest.raises(ValidationFailed) as exc:
        await core.input_invoices.record_file(received_pdf("26422000000000000612", "9144030071526726XG"), accountant)
    assert exc.value.fields["file"].code == "invoice_not_ours"


async def test_a_photo_of_the_qr_code(core, accountant):  # noqa: F811
    special = await core.input_invoices.record_file(qr_png("01,31,,26422000000000000911,1130.00,20261105,,1DD6"),
                                                    accountant)
    assert isinstance(special, QrPayload) and special.number == "26422000000000000911"  # the tax is asked next
    rail = await core.input_invoices.record_file(qr_png("01,51,,26512000000000000912,545.00,20261104,,"),
                                                 accountant)
    assert not isinstance(rail, QrPayload)
    assert (rail.kind, rail.source, rail.deductible_tax) == ("rail", "qr", Decimal("45.00"))
    with pytest.raises(ValidationFailed) as exc:
        await core.input_invoices.record_file(qr_png("https://example.com/not-an-invoice"), accountant)
    assert exc.value.fields["file"].code == "invoice_qr_not_found"
