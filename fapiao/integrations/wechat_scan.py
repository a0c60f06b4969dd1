"""The official account's side of 扫码开票 (the ``ScanWeChat`` port): customer-service images,
buyer notices, the JS-SDK ticket and 微信卡包 (电子发票 插卡).

* ``ConsoleScanWeChat`` -- development: an image is written under ``DATA_DIR/wechat_out/``
  and shown in ``fapiao chat`` as a push with its path; every 卡包 call is logged and kept in
  ``wechat:scan:sent`` (what would have been sent); the JS-SDK ticket is a sandbox value;
* ``ScanWeChatClient`` -- the real API through wechatpy 1.8's ``client.invoice`` (``get_url``,
  ``create_card``, ``get_auth_url``, ``upload_pdf``, ``insert``) and, where wechatpy has no
  method, ``card/invoice/setbizattr?action=set_contact`` posted directly; the jsapi_ticket
  and the wx_card ticket are cached in the store (``wechat:<appid>:ticket:<type>``) until
  they expire;
* ``RecordingScanWeChat`` -- the test fake.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

from core.domain.errors import ServiceUnavailable
from core.ports import CardInvoice, Clock, KeyValueStore
from fapiao.integrations.wechat import (
    ConsoleWeChatApi,
    SharedTokenWeChatClient,
    WeChatApiError,
    WeChatClientApi,
    api_root,
    sandbox_openid,
)
from templates import Texts, texts

logger = logging.getLogger("fapiao.wechat")
TICKET_MARGIN_SECONDS = 300


def card_ext(invoice: CardInvoice, s_media_id: str) -> dict[str, Any]:
    """``card_ext`` of ``card/invoice/insert``: money in cents, the PDF's media id."""
    return {
        "nonce_str": secrets.token_hex(16),
        "user_card": {"invoice_user_data": {
            "fee": int(invoice.total * 100), "title": invoice.buyer_name,
            "billing_time": invoice.issue_date, "billing_no": invoice.number[:12], "billing_code": invoice.number,
            "fee_without_tax": int((invoice.total - invoice.tax) * 100), "tax": int(invoice.tax * 100),
            "s_pdf_media_id": s_media_id, "buyer_number": invoice.buyer_tax_id, "check_code": invoice.number[-6:],
        }},
    }


class ConsoleScanWeChat:
    def __init__(self, console: ConsoleWeChatApi, texts: Texts, out_dir: Path) -> None:
        self.console = console
        self.texts = texts
        self.out_dir = out_dir

    async def _record(self, call: str, payload: Mapping[str, Any]) -> None:
        line = json.dumps({"call": call, **payload}, ensure_ascii=False, default=str)
        logger.info("WECHAT would send %s", line)
        await self.console.store.rpush("wechat:scan:sent", line, ttl=86400, max_len=200)

    async def send_image(self, openid: str, png: bytes, filename: str) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        path = self.out_dir / f"{openid[:24]}-{secrets.token_hex(4)}-{Path(filename).name}"
        path.write_bytes(png)
        logger.info("WECHAT image to %s: %s", openid, path)
        await self.console._push(openid, f"[image] {path}")

    async def send_notice(self, openid: str, template: str, params: Mapping[str, Any]) -> None:
        await self.console.send_text(openid, self.texts.render(template, dict(params)))

    async def jsapi_ticket(self) -> str:
        return "sandbox-jsapi-ticket"

    async def oauth_openid(self, code: str) -> str:
        return sandbox_openid(code)

    async def select_title_url(self, attach: str) -> str:
        await self._record("biz/getselecttitleurl", {"attach": attach})
        return "https://mp.weixin.qq.com/bizmall/choosetitle?sandbox=1&attach=" + attach

    async def invoice_contact(self, phone: str, time_out: int = 7200) -> None:
        await self._record("setbizattr?action=set_contact", {"phone": phone, "time_out": time_out})

    async def invoice_ticket_url(self) -> str:
        await self._record("seturl", {})
        return "https://mp.weixin.qq.com/bizmall/authinvoice?action=list&s_pappid=sandbox"

    async def invoice_auth_url(self, order_id: str, money_cents: int, timestamp: int, redirect_url: str) -> str:
        await self._record("getauthurl", {"order_id": order_id, "money": money_cents, "redirect_url": redirect_url})
        return redirect_url + "?card=sandbox"

    async def invoice_create_card(self, shop_name: str) -> str:
        await self._record("platform/createcard", {"payee": shop_name})
        return "sandbox-card-" + secrets.token_hex(6)

    async def invoice_upload_pdf(self, pdf: bytes) -> str:
        await self._record("platform/setpdf", {"bytes": len(pdf)})
        return "sandbox-media-" + secrets.token_hex(6)

    async def invoice_insert(self, card_id: str, invoice: CardInvoice, s_media_id: str) -> None:
        await self._record("insert", {"card_id": card_id, "order_id": invoice.order_id, "openid": invoice.openid,
                                      "card_ext": card_ext(invoice, s_media_id)})


class RecordingScanWeChat:
    """Test fake: keeps every call; ``fail[call] = errcode`` makes that call raise."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.fail: dict[str, int] = {}

    def _call(self, name: str, payload: Any) -> None:
        self.calls.append((name, payload))
        if name in self.fail:
            raise WeChatApiError(self.fail[name], "fake failure")

    def named(self, name: str) -> list[Any]:
        return [payload for call, payload in self.calls if call == name]

    async def send_image(self, openid: str, png: bytes, filename: str) -> None:
        self._call("image", (openid, png, filename))

    async def send_notice(self, openid: str, template: str, params: Mapping[str, Any]) -> None:
        self._call("notice", (openid, template, dict(params)))

    async def jsapi_ticket(self) -> str:
        self._call("jsapi_ticket", None)
        return "fake-jsapi-ticket"

    async def oauth_openid(self, code: str) -> str:
        self._call("oauth", code)
        return "o-" + code

    async def select_title_url(self, attach: str) -> str:
        self._call("select_title", attach)
        return "https://example.invalid/choosetitle?attach=" + attach

    async def invoice_contact(self, phone: str, time_out: int = 7200) -> None:
        self._call("set_contact", phone)

    async def invoice_ticket_url(self) -> str:
        self._call("seturl", None)
        return "https://example.invalid/auth?s_pappid=fake"

    async def invoice_auth_url(self, order_id: str, money_cents: int, timestamp: int, redirect_url: str) -> str:
        self._call("getauthurl", (order_id, money_cents, redirect_url))
        return "https://example.invalid/authpage?order=" + order_id

    async def invoice_create_card(self, shop_name: str) -> str:
        self._call("createcard", shop_name)
        return f"card-{len(self.named('createcard'))}"

    async def invoice_upload_pdf(self, pdf: bytes) -> str:
        self._call("setpdf", len(pdf))
        return "media-1"

    async def invoice_insert(self, card_id: str, invoice: CardInvoice, s_media_id: str) -> None:
        self._call("insert", (card_id, invoice, s_media_id))


class ScanWeChatClient:
    """The real adapter, sharing the official account's token with :class:`WeChatClientApi`."""

    def __init__(self, api: WeChatClientApi, store: KeyValueStore, clock: Clock) -> None:
        self.api = api
        self.client: SharedTokenWeChatClient = api.official
        self.store = store
        self.clock = clock

    async def _ticket(self, kind: str) -> str:
        key = f"wechat:{self.client.appid}:ticket:{kind}"
        cached = await self.store.get(key)
        if cached:
            return cached
        result = await self.api._call(self.client.jsapi.get_ticket, kind)
        ticket = str(result["ticket"])
        ttl = max(int(result.get("expires_in", 7200)) - TICKET_MARGIN_SECONDS, 60)
        await self.store.set(key, ticket, ttl=ttl)
        return ticket

    async def send_image(self, openid: str, png: bytes, filename: str) -> None:
        media = io.BytesIO(png)
        media.name = filename
        uploaded = await self.api._call(self.client.media.upload, "image", media)
        await self.api._call(self.client.message.send_image, openid, uploaded["media_id"])

    async def send_notice(self, openid: str, template: str, params: Mapping[str, Any]) -> None:
        await self.api.send_text(openid, texts().render(template, dict(params)))

    async def jsapi_ticket(self) -> str:
        return await self._ticket("jsapi")

    async def oauth_openid(self, code: str) -> str:
        """GET sns/oauth2/access_token with appid + secret (no access_token): the openid."""
        url = api_root(self.client.API_BASE_URL) + "sns/oauth2/access_token"
        params = {"appid": self.client.appid, "secret": self.client.secret, "code": code,
                  "grant_type": "authorization_code"}

        def fetch() -> dict[str, Any]:
            response = self.client._http.get(url, params=params, timeout=self.client.timeout)
            return dict(response.json())

        try:
            result = await asyncio.to_thread(fetch)
        except (requests.RequestException, ValueError) as exc:
            raise WeChatApiError(-1, f"{type(exc).__name__}: {exc}") from exc
        if result.get("errcode") or not result.get("openid"):
            raise WeChatApiError(int(result.get("errcode") or -1), str(result.get("errmsg", "no openid")))
        return str(result["openid"])

    async def select_title_url(self, attach: str) -> str:
        return str(await self.api._call(self.client.invoice.get_select_title_url, attach=attach))

    async def invoice_contact(self, phone: str, time_out: int = 7200) -> None:
        # wechatpy 1.8 has no set_contact: POST card/invoice/setbizattr?action=set_contact.
        await self.api._call(self.client.invoice._post, "setbizattr", params={"action": "set_contact"},
                             data={"contact": {"phone": phone, "time_out": time_out}})

    async def _s_pappid(self) -> str:
        key = f"wechat:{self.client.appid}:s_pappid"
        cached = await self.store.get(key)
        if cached:
            return cached
        url = await self.invoice_ticket_url()
        values = parse_qs(urlsplit(url).query).get("s_pappid")
        if not values:
            raise WeChatApiError(-1, "seturl answered without s_pappid")
        await self.store.set(key, values[0], ttl=30 * 86400)
        return values[0]

    async def invoice_ticket_url(self) -> str:
        return str(await self.api._call(self.client.invoice.get_url))

    async def invoice_auth_url(self, order_id: str, money_cents: int, timestamp: int, redirect_url: str) -> str:
        s_pappid = await self._s_pappid()
        ticket = await self._ticket("wx_card")
        return str(await self.api._call(self.client.invoice.get_auth_url, s_pappid, order_id, money_cents, timestamp,
                                        "web", ticket, 0, redirect_url=redirect_url))

    async def invoice_create_card(self, shop_name: str) -> str:
        base_info = {"logo_url": "", "title": shop_name, "description": "", "custom_url_name": ""}
        return str(await self.api._call(self.client.invoice.create_card, base_info, shop_name, "Invoice"))

    async def invoice_upload_pdf(self, pdf: bytes) -> str:
        media = io.BytesIO(pdf)
        media.name = "invoice.pdf"
        return str(await self.api._call(self.client.invoice.upload_pdf, media))

    async def invoice_insert(self, card_id: str, invoice: CardInvoice, s_media_id: str) -> None:
        await self.api._call(self.client.invoice.insert, invoice.order_id, card_id, self.client.appid,
                             card_ext(invoice, s_media_id))


def build_scan_wechat(wechat: Any, store: KeyValueStore, clock: Clock, texts: Texts, data_dir: Path) -> Any:
    """The adapter that goes with the chosen WeChatApi (console or real)."""
    if isinstance(wechat, WeChatClientApi):
        return ScanWeChatClient(wechat, store, clock)
    if isinstance(wechat, ConsoleWeChatApi):
        return ConsoleScanWeChat(wechat, texts, data_dir / "wechat_out")
    raise ServiceUnavailable({"what": "wechat_scan"})
