"""Ports 扫码开票 needs from outside: WeChat (images, JS-SDK ticket, 卡包, buyer notices) and
the QR/poster renderer. Sandbox/console defaults and real clients live in ``fapiao/integrations``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol


@dataclass(frozen=True)
class CardInvoice:
    """What 卡包 insertion (``card/invoice/insert``) needs of one issued invoice."""

    order_id: str
    openid: str
    number: str
    issue_date: str  # YYYYMMDD
    total: Decimal
    tax: Decimal
    buyer_name: str
    buyer_tax_id: str
    seller_name: str
    verify_url: str


class ScanWeChat(Protocol):
    """The official account's side of 扫码开票 (part of the WeChatApi adapters)."""

    async def send_image(self, openid: str, png: bytes, filename: str) -> None:
        """Customer-service image message (upload as temporary media, then ``message/custom/send``)."""
        ...

    async def send_notice(self, openid: str, template: str, params: Mapping[str, Any]) -> None:
        """Customer-service text to a buyer who follows the official account (rendered at the edge)."""
        ...

    async def jsapi_ticket(self) -> str:
        """The JS-SDK ``jsapi_ticket`` (cached by the adapter in the store until it expires)."""
        ...

    async def oauth_openid(self, code: str) -> str:
        """``sns/oauth2/access_token`` (snsapi_base): the buyer's openid for the official account,
        so a buyer who follows it also gets a customer-service message."""
        ...

    async def select_title_url(self, attach: str) -> str:
        """``card/invoice/biz/getselecttitleurl``: WeChat's page where the buyer picks a saved 抬头;
        WeChat then sends it to the official account (event ``submit_invoice_title``) with ``attach``."""
        ...

    async def invoice_contact(self, phone: str, time_out: int = 7200) -> None:
        """``card/invoice/setbizattr?action=set_contact``: the shop's contact and the authorisation window."""
        ...

    async def invoice_ticket_url(self) -> str:
        """``card/invoice/seturl``: the 授权页 base (s_pappid comes from it)."""
        ...

    async def invoice_auth_url(self, order_id: str, money_cents: int, timestamp: int, redirect_url: str) -> str:
        """``card/invoice/getauthurl``: the page where the buyer lets the invoice into 卡包."""
        ...

    async def invoice_create_card(self, shop_name: str) -> str:
        """``card/invoice/platform/createcard``: the shop's invoice card template; returns card_id."""
        ...

    async def invoice_upload_pdf(self, pdf: bytes) -> str:
        """``card/invoice/platform/setpdf``: returns s_media_id."""
        ...

    async def invoice_insert(self, card_id: str, invoice: CardInvoice, s_media_id: str) -> None:
        """``card/invoice/insert``; raises ``ScanWeChatError`` with 72038 / 72042 / 72047 …"""
        ...


class QrRenderer(Protocol):
    def qr_png(self, url: str) -> bytes:
        """A PNG of the QR code of ``url``."""
        ...

    def poster_pdf(self, url: str, shop_name: str, store_name: str, size: str) -> bytes:
        """A printable poster (``A4`` or ``A6``): shop name, 「扫码开发票」 and the QR code."""
        ...


class UnavailableScanWeChat:
    """Used when no adapter was wired (tools building a Core for other purposes): every call
    says the service is unavailable, never a silent no-op."""

    def __getattr__(self, name: str) -> Any:
        from core.domain.errors import ServiceUnavailable

        async def refuse(*_args: Any, **_kwargs: Any) -> Any:
            raise ServiceUnavailable({"what": "wechat_scan"})

        return refuse


class UnavailableQr:
    def qr_png(self, url: str) -> bytes:
        from core.domain.errors import ServiceUnavailable

        raise ServiceUnavailable({"what": "qr"})

    def poster_pdf(self, url: str, shop_name: str, store_name: str, size: str) -> bytes:
        return self.qr_png(url)
