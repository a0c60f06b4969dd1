"""The 扫码开票 ports' stand-ins when no implementation was wired (tools building a Core for other
purposes): every call says the service is unavailable, never a silent no-op. The ports
(``ScanWeChat``, ``QrRenderer``) are in :mod:`core.ports`; the implementations in
``fapiao/integrations`` (wechat_scan, scan_qr)."""

from __future__ import annotations

from typing import Any

from core.domain.errors import ServiceUnavailable


class UnavailableScanWeChat:
    """Every call raises ``ServiceUnavailable`` (what: wechat_scan)."""

    def __getattr__(self, name: str) -> Any:
        async def refuse(*_args: Any, **_kwargs: Any) -> Any:
            raise ServiceUnavailable({"what": "wechat_scan"})

        return refuse


class UnavailableQr:
    def qr_png(self, url: str) -> bytes:
        raise ServiceUnavailable({"what": "qr"})

    def poster_pdf(self, url: str, shop_name: str, store_name: str, size: str) -> bytes:
        return self.qr_png(url)
