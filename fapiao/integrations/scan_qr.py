"""扫码开票 codes as images: the QR PNG (sent to the shop in chat, served to a POS) and the
printable A4 / A6 poster (shop name, 「扫码开发票」, the QR code), drawn with reportlab.

The poster's words come from ``templates/messages/scan.zh.yaml`` (``scan.poster.*``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from fapiao.integrations.pdf import _register_cid_font

SIZES = {"A4": A4, "A6": A6}


def qr_image(url: str, box: int = 10) -> io.BytesIO:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(url)
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(out, format="PNG")
    out.seek(0)
    return out


def _fit(text: str, font: str, size: float, width: float) -> float:
    while size > 6 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    return size


class ReportlabQrRenderer:
    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels

    def qr_png(self, url: str) -> bytes:
        return qr_image(url).getvalue()

    def poster_pdf(self, url: str, shop_name: str, store_name: str, size: str) -> bytes:
        width, height = SIZES[size]
        unit = width / 210  # millimetres of an A4 width, scaled to the page
        font = _register_cid_font()
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=(width, height))
        canvas.setTitle(self.labels["title"])
        margin = 15 * unit
        name = f"{shop_name}（{store_name}）" if store_name else shop_name
        size_name = _fit(name, font, 22 * unit, width - 2 * margin)
        canvas.setFont(font, size_name)
        canvas.drawCentredString(width / 2, height - 35 * unit, name)
        title_size = _fit(self.labels["title"], font, 40 * unit, width - 2 * margin)
        canvas.setFillColorRGB(0.027, 0.757, 0.376)
        canvas.setFont(font, title_size)
        canvas.drawCentredString(width / 2, height - 75 * unit, self.labels["title"])
        canvas.setFillColorRGB(0, 0, 0)
        side = min(width - 2 * margin, height - 150 * unit)
        canvas.drawImage(ImageReader(qr_image(url)), (width - side) / 2, height - 90 * unit - side, side, side)
        canvas.setFont(font, _fit(self.labels["hint"], font, 12 * unit, width - 2 * margin))
        canvas.drawCentredString(width / 2, height - 100 * unit - side, self.labels["hint"])
        canvas.setFont(font, 8 * unit)
        canvas.drawCentredString(width / 2, 12 * unit, self.labels["footer"])
        canvas.showPage()
        canvas.save()
        return out.getvalue()
