"""The invoice PDF (fapiao/integrations/pdf.py): text, marks, pages, determinism, QR code."""

from __future__ import annotations

import ast
import dataclasses
import io
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from core.domain.invoice_document import InvoiceDocument, PartyView
from core.domain.money import format_money
from fapiao.integrations import pdf as pdf_module
from fapiao.integrations.pdf import REQUIRED_LABELS, ReportlabInvoiceRenderer, load_labels
from tests.kit.fakes import SELLER, SPECIAL, VERIFY_URL, invoice, line

LABELS = load_labels()
CJK_FONTS = (*pdf_module.DEFAULT_FONT_PATHS, "/usr/share/fonts/truetype/arphic/uming.ttc")
RED_REMARK = "被红冲蓝字数电发票号码：26422000000012345678 红字发票信息确认单编号：42010026110500000001"


NORMAL = invoice(
    (line("*餐饮服务*餐费", "943.40", "56.60", spec="", unit="", quantity=None, unit_price=None),),
    kind="normal",
    number="26422000000012345679",
    buyer=PartyView("李四", ""),
    total_in_words="壹仟圆整",
)
RED = invoice(
    (line(amount="-3000.00", tax="-180.00", quantity=Decimal("-2")),),
    kind="normal",
    number="26422000000012345680",
    total_in_words="⊗叁仟壹佰捌拾圆整",
    is_red=True,
    original_number="26422000000012345678",
    remark=RED_REMARK,
)
VOIDED = dataclasses.replace(SPECIAL, status="voided")
DISCOUNTED = invoice(
    (
        line("*餐饮服务*餐费", "943.40", "56.60", spec="", unit="", quantity=None, unit_price=None),
        line("*餐饮服务*餐费", "-47.17", "-2.83", spec="", unit="", quantity=None, unit_price=None),
    ),
    kind="normal",
    total_in_words="玖佰伍拾圆整",
)
LONG = invoice(
    tuple(line(f"*餐饮服务*餐费第{i:02d}项", "100.00", "6.00") for i in range(1, 41)), total_in_words="肆仟贰佰肆拾圆整"
)


@pytest.fixture(scope="module")
def renderer() -> ReportlabInvoiceRenderer:
    return ReportlabInvoiceRenderer(LABELS)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Extracted text without line breaks (pypdf breaks between separately drawn pieces)."""
    return re.sub(r"\s+", "", text)


# -- content ------------------------------------------------------------------------------


def test_special_invoice_is_a_pdf_with_the_key_fields(renderer: ReportlabInvoiceRenderer) -> None:
    data = renderer.render(SPECIAL)
    assert data.startswith(b"%PDF-")
    [text] = pages_text(data)
    for expected in (
        LABELS["title.special"],
        SPECIAL.number,
        "2026年11月05日",
        SPECIAL.buyer.name,
        SPECIAL.buyer.tax_id,
        SPECIAL.seller.name,
        SPECIAL.seller.tax_id,
        SPECIAL.seller.address_phone,
        "*信息技术服务*软件维护服务费",
        "*餐饮服务*餐费",
        format_money(SPECIAL.total),  # 价税合计（小写）: ¥6,741.60
        format_money(SPECIAL.total_amount),
        format_money(SPECIAL.total_tax),
        SPECIAL.total_in_words,
        LABELS["total_words"],
        LABELS["total_figures"],
        SPECIAL.remark,
        SPECIAL.issuer,
    ):
        assert expected in text, expected
    for column in ("name", "spec", "unit", "quantity", "unit_price", "amount", "rate", "tax"):
        assert LABELS[f"column.{column}"] in text
    assert format_money(SPECIAL.total) == "¥6,741.60"
    assert LABELS["title.normal"] not in text
    assert LABELS["red.mark"] not in text
    assert "作废" not in text
    assert VERIFY_URL not in text and "/v/" not in text  # our link is not on the PDF


def test_metadata(renderer: ReportlabInvoiceRenderer) -> None:
    meta = PdfReader(io.BytesIO(renderer.render(SPECIAL))).metadata
    assert meta is not None
    assert meta.title == f"{LABELS['title.special']} {SPECIAL.number}"
    assert meta.author == SELLER.name
    assert meta.subject is not None and SPECIAL.number in meta.subject
    assert meta["/CreationDate"].startswith("D:20261105")


def test_normal_invoice_title_and_natural_person_buyer(renderer: ReportlabInvoiceRenderer) -> None:
    [text] = pages_text(renderer.render(NORMAL))
    assert LABELS["title.normal"] in text
    assert LABELS["title.special"] not in text
    assert "李四" in text
    assert NORMAL.number in text
    assert format_money(NORMAL.total) in text  # ¥1,000.00


def test_red_invoice_is_marked_negative_with_the_standard_remark(renderer: ReportlabInvoiceRenderer) -> None:
    [text] = pages_text(renderer.render(RED))
    assert LABELS["red.mark"] in text
    assert format_money(RED.total) == "-¥3,180.00"
    assert "-¥3,180.00" in text
    assert "-3,000.00" in text and "-180.00" in text
    # ⊗ alone, drawn as a mark; the words carry no 负 (GUIDE §3)
    assert "叁仟壹佰捌拾圆整" in text and "负叁" not in text
    # 备注 exactly as the invoice gives it, once
    assert flat(text).count(flat(RED_REMARK)) == 1
    assert "对应蓝字" not in text


def test_no_void_stamp_whatever_the_status(renderer: ReportlabInvoiceRenderer) -> None:
    for status in ("voided", "red_full", "red_partial"):
        [text] = pages_text(renderer.render(dataclasses.replace(SPECIAL, status=status)))
        assert "作废" not in text
        assert LABELS["red.mark"] not in text


def test_discount_line_prints_negative_under_the_discounted_item(renderer: ReportlabInvoiceRenderer) -> None:
    [text] = pages_text(renderer.render(DISCOUNTED))
    assert text.count("*餐饮服务*餐费") == 2
    sale, discount = text.index("943.40"), text.index("-47.17")
    assert sale < discount and "-2.83" in text
    assert "玖佰伍拾圆整" in text and "¥950.00" in text


def test_exempt_line_prints_stars_for_tax(renderer: ReportlabInvoiceRenderer) -> None:
    doc = invoice((line("*经纪代理服务*旅游服务", "1000.00", "0.00", rate_label="免税"),), total_in_words="壹仟圆整")
    [text] = pages_text(renderer.render(doc))
    assert "免税" in text
    assert LABELS["exempt_tax"] in text


def test_forty_lines_continue_on_further_pages_with_totals_on_the_last(renderer: ReportlabInvoiceRenderer) -> None:
    texts = pages_text(renderer.render(LONG))
    assert len(texts) > 1
    for i, text in enumerate(texts, 1):
        assert LONG.number in text  # the header is repeated
        assert LABELS["column.name"] in text
        assert LABELS["page"].format(page=i, pages=len(texts)) in text
    for text in texts[:-1]:
        assert LABELS["total_words"] not in text
        assert format_money(LONG.total) not in text
    last = texts[-1]
    assert LABELS["total_words"] in last
    assert format_money(LONG.total) in last  # ¥4,240.00
    assert LONG.total_in_words in last
    assert LONG.remark in last
    found = [n for n in range(1, 41) if any(f"第{n:02d}项" in t for t in texts)]
    assert found == list(range(1, 41))


def test_one_page_invoice_has_no_page_numbers(renderer: ReportlabInvoiceRenderer) -> None:
    [text] = pages_text(renderer.render(SPECIAL))
    assert LABELS["page"].format(page=1, pages=1) not in text


def test_long_texts_and_large_amounts_do_not_break_the_layout(renderer: ReportlabInvoiceRenderer) -> None:
    name = "*信息技术服务*" + "超长的项目名称" * 12
    doc = invoice(
        (line(name, "999999999.99", "59999999.99", spec="规格型号很长" * 5, unit_price=Decimal("123456.12345678")),),
        buyer=PartyView("湖北省武汉市东湖新技术开发区光谷软件园某某某某某科技发展股份有限公司第一分公司", "91420106MA4L00002X"),
        remark="备注很长。" * 80,
        total_in_words="壹拾亿伍仟玖佰玖拾玖万玖仟玖佰玖拾玖圆玖角捌分",
    )
    data = renderer.render(doc)
    text = flat("".join(pages_text(data)))
    assert "湖北省武汉市东湖新技术开发区" in text
    assert "超长的项目名称" in text
    assert "¥1,059,999,999.98" in text


def test_invoice_without_lines_still_renders(renderer: ReportlabInvoiceRenderer) -> None:
    doc = invoice((), total_in_words="零圆整")
    [text] = pages_text(renderer.render(doc))
    assert "¥0.00" in text


# -- determinism, threads, fonts --------------------------------------------------------


def test_output_is_deterministic(renderer: ReportlabInvoiceRenderer) -> None:
    first = renderer.render(LONG)
    assert renderer.render(LONG) == first
    assert ReportlabInvoiceRenderer(load_labels()).render(LONG) == first
    assert renderer.render(SPECIAL) != renderer.render(dataclasses.replace(SPECIAL, number="26422000000012345699"))


def test_concurrent_renders_agree(renderer: ReportlabInvoiceRenderer) -> None:
    docs = [SPECIAL, NORMAL, RED, VOIDED, DISCOUNTED] * 4
    expected = [renderer.render(d) for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(renderer.render, docs)) == expected


INSTALLED_CJK_FONT = next((p for p in CJK_FONTS if Path(p).exists()), None)


@pytest.mark.skipif(INSTALLED_CJK_FONT is None, reason="no CJK TrueType font installed (Debian: fonts-wqy-microhei)")
def test_truetype_font_is_embedded() -> None:
    assert INSTALLED_CJK_FONT is not None
    path = INSTALLED_CJK_FONT
    renderer = ReportlabInvoiceRenderer(LABELS, font_path=path)
    data = renderer.render(RED)
    assert renderer.render(RED) == data
    reader = PdfReader(io.BytesIO(data))
    text = reader.pages[0].extract_text()
    assert RED.buyer.name in text and LABELS["red.mark"] in text and format_money(RED.total) in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object().get("/FontDescriptor") for f in fonts.values()]
    assert any(d is not None and "/FontFile2" in d.get_object() for d in descriptors)


@pytest.mark.skipif(pdf_module.default_font_path() is None, reason="no default CJK font (Debian: fonts-wqy-microhei)")
def test_default_font_is_embedded_as_a_small_subset() -> None:
    path = pdf_module.default_font_path()
    assert path is not None and Path(path).stat().st_size > 1_000_000  # the whole font is megabytes
    data = ReportlabInvoiceRenderer(LABELS, font_path=path).render(SPECIAL)
    assert len(data) < 120_000  # small enough to send
    page = PdfReader(io.BytesIO(data)).pages[0]
    embedded = []
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        for candidate in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
            descriptor = candidate.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append((str(candidate["/BaseFont"]), len(descriptor.get_object()["/FontFile2"].get_data())))
    assert embedded
    for base_font, size in embedded:
        assert re.match(r"/?[A-Z]{6}\+", base_font), base_font  # a subset tag, as PDF names subsets
        assert size < 100_000
    assert SPECIAL.buyer.name in page.extract_text()


@pytest.mark.skipif(pdf_module.default_font_path() is None, reason="no default CJK font (Debian: fonts-wqy-microhei)")
def test_cached_font_subsets_give_the_same_bytes_as_a_fresh_subset(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subset is kept per process: rendering others in between and rendering again from
    the cache gives the PDF reportlab writes without the cache, byte for byte."""
    path = pdf_module.default_font_path()
    assert path is not None
    renderer = ReportlabInvoiceRenderer(LABELS, font_path=path)
    first = renderer.render(SPECIAL)
    renderer.render(NORMAL)
    renderer.render(RED)
    assert renderer.render(SPECIAL) == first
    face = pdfmetrics.getFont(pdf_module._register_ttf(path)).face
    monkeypatch.setattr(face, "addSubsetObjects", type(face).addSubsetObjects.__get__(face))  # reportlab's own
    assert renderer.render(SPECIAL) == first


def test_bootstrap_defaults_to_the_installed_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "DEFAULT_FONT_PATHS", ("/nonexistent/font.ttc",))
    assert pdf_module.default_font_path() is None


def test_labels_file_has_every_label_and_the_renderer_checks_them() -> None:
    assert LABELS.keys() >= REQUIRED_LABELS
    incomplete = {k: v for k, v in LABELS.items() if k != "red.mark"}
    with pytest.raises(KeyError, match=r"red\.mark"):
        ReportlabInvoiceRenderer(incomplete)


def test_no_chinese_string_literals_in_the_renderer() -> None:
    source = Path(pdf_module.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    strings = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    offenders = [n.value for n in strings if id(n) not in docstrings and cjk.search(n.value)]
    assert offenders == []


# -- QR code ------------------------------------------------------------------------------


def _decode_qr(gray: object) -> str:
    cv2 = pytest.importorskip("cv2")
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    return str(text)


def _assert_national(text: str, doc: InvoiceDocument) -> None:
    """The decoded string is the national payload: kind, number, 价税合计 and date exactly."""
    from core.domain.qr_payload import parse_qr

    assert text == doc.national_qr()
    payload = parse_qr(text)
    assert payload.kind == ("31" if doc.kind == "special" else "32")
    assert (payload.number, payload.amount, payload.issue_date) == (doc.number, doc.total, doc.issue_date)
    assert text.startswith("01,") and VERIFY_URL not in text


def test_the_document_prefers_the_platforms_payload() -> None:
    given = "01,31,,26422000000012345678,6741.60,20261105,,A1B2"
    assert dataclasses.replace(SPECIAL, qr_payload=given).national_qr() == given
    assert SPECIAL.national_qr() == "01,31,,26422000000012345678,6741.60,20261105,,"
    assert RED.national_qr() == "01,32,,26422000000012345680,-3180.00,20261105,,"


def test_qr_code_image_decodes_to_the_national_payload(renderer: ReportlabInvoiceRenderer) -> None:
    cv2 = pytest.importorskip("cv2")
    np = pytest.importorskip("numpy")
    page = PdfReader(io.BytesIO(renderer.render(SPECIAL))).pages[0]
    [image] = page.images
    gray = np.array(image.image.convert("L"))
    # On the page the code sits on white paper; give the cut-out image the same quiet zone.
    gray = cv2.copyMakeBorder(gray, 32, 32, 32, 32, cv2.BORDER_CONSTANT, value=255)
    _assert_national(_decode_qr(gray), SPECIAL)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
@pytest.mark.parametrize("doc", [SPECIAL, RED, DISCOUNTED], ids=["special", "red", "discount"])
def test_qr_code_decodes_from_the_rendered_page(doc: InvoiceDocument, tmp_path: Path) -> None:
    cv2 = pytest.importorskip("cv2")
    font = pdf_module.default_font_path()
    renderer = ReportlabInvoiceRenderer(LABELS, font_path=font)
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(renderer.render(doc))
    cmd = ["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "page")]
    subprocess.run(cmd, check=True, capture_output=True)
    gray = cv2.imread(str(tmp_path / "page.png"), cv2.IMREAD_GRAYSCALE)
    assert gray is not None
    height, width = gray.shape
    # The code is drawn top left; read it there, as a phone framing it would (on the whole
    # page OpenCV's detector is sometimes distracted by the red invoice's framed mark).
    corner = gray[: height // 3, : width // 4]
    text, points, _ = cv2.QRCodeDetector().detectAndDecode(corner)
    _assert_national(text, doc)
    assert points is not None
