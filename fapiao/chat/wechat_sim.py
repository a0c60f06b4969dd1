"""Plays WeChat's server: builds message XML, signs it, encrypts it in safe mode,
and decodes replies. Used by ``fapiao chat``, the end-to-end tests and the load
generator, so all three speak the protocol exactly the same way.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import xmltodict
from wechatpy.crypto import WeChatCrypto

from bot.webhook import signature


@dataclass
class SignedRequest:
    params: dict[str, str]
    body: str


@dataclass
class WeChatServerSimulator:
    token: str
    appid: str
    aes_key: str = ""
    account: str = "gh_fapiao_dev"
    _msg_id: int = field(default_factory=lambda: int(time.time() * 1000))

    @property
    def crypto(self) -> WeChatCrypto | None:
        return WeChatCrypto(self.token, self.aes_key, self.appid) if self.aes_key else None

    def next_msg_id(self) -> int:
        self._msg_id += 1
        return self._msg_id

    def text_xml(self, openid: str, content: str, *, msg_id: int | None = None,
                 create_time: int | None = None) -> str:
        return (
            f"<xml><ToUserName><![CDATA[{self.account}]]></ToUserName>"
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content>"
            f"<MsgId>{msg_id or self.next_msg_id()}</MsgId></xml>"
        )

    def event_xml(self, openid: str, event: str, *, key: str | None = None,
                  create_time: int | None = None) -> str:
        key_xml = f"<EventKey><![CDATA[{escape(key)}]]></EventKey>" if key is not None else ""
        return (
            f"<xml><ToUserName><![CDATA[{self.account}]]></ToUserName>"
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[event]]></MsgType>"
            f"<Event><![CDATA[{event}]]></Event>{key_xml}</xml>"
        )

    def image_xml(self, openid: str, *, msg_id: int | None = None, media_id: str = "m1",
                  create_time: int | None = None) -> str:
        return (
            f"<xml><ToUserName><![CDATA[{self.account}]]></ToUserName>"
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType><![CDATA[image]]></MsgType>"
            f"<PicUrl><![CDATA[http://127.0.0.1/x.png]]></PicUrl><MediaId><![CDATA[{escape(media_id)}]]></MediaId>"
            f"<MsgId>{msg_id or self.next_msg_id()}</MsgId></xml>"
        )

    def voice_xml(self, openid: str, recognition: str | None, *, msg_id: int | None = None,
                  create_time: int | None = None) -> str:
        """A voice message; with speech recognition on, WeChat adds the text as ``Recognition``."""
        recognised = f"<Recognition><![CDATA[{recognition}]]></Recognition>" if recognition is not None else ""
        return (
            f"<xml><ToUserName><![CDATA[{self.account}]]></ToUserName>"
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
            f"<MediaId><![CDATA[v1]]></MediaId><Format><![CDATA[amr]]></Format>{recognised}"
            f"<MsgId>{msg_id or self.next_msg_id()}</MsgId></xml>"
        )

    def sign(self, xml: str, *, timestamp: int | None = None, nonce: str | None = None) -> SignedRequest:
        """What WeChat's server posts: query parameters and body (encrypted in safe mode)."""
        ts = str(timestamp if timestamp is not None else int(time.time()))
        nonce = nonce or secrets.token_hex(5)
        params = {"timestamp": ts, "nonce": nonce,
                  "signature": signature(self.token, ts, nonce), "openid": "x"}
        crypto = self.crypto
        if crypto is None:
            return SignedRequest(params, xml)
        encrypted = xmltodict.parse(crypto.encrypt_message(xml, nonce, ts))["xml"]
        params["encrypt_type"] = "aes"
        params["msg_signature"] = encrypted["MsgSignature"]
        body = (f"<xml><ToUserName><![CDATA[{self.account}]]></ToUserName>"
                f"<Encrypt><![CDATA[{encrypted['Encrypt']}]]></Encrypt></xml>")
        return SignedRequest(params, body)

    def decode_reply(self, body: str) -> dict[str, Any] | None:
        """The reply as a dict (``Content`` for text); None for ``success`` or empty."""
        if body.strip() in ("", "success"):
            return None
        parsed: dict[str, Any] = xmltodict.parse(body)["xml"]
        crypto = self.crypto
        if crypto is not None:
            expected = signature(self.token, parsed["TimeStamp"], parsed["Nonce"], parsed["Encrypt"])
            if expected != parsed["MsgSignature"]:
                raise ValueError("reply signature does not match")
            inner = crypto.decrypt_message(body, parsed["MsgSignature"], parsed["TimeStamp"], parsed["Nonce"])
            parsed = xmltodict.parse(inner)["xml"]
        return parsed
