"""The signed JSON gateway shape most Chinese tax and invoicing open platforms share, used by
the tax bureau (``tax_bureau_http``) and the invoicing platform (``invoice_platform_http``)
adapters: one HTTPS gateway, a flat JSON envelope of common parameters with the business
payload as a JSON string in ``bizContent``, an HMAC-SHA256 signature over the sorted
parameters, and a ``code``/``msg``/``data`` answer.

Signing (:func:`sign`): take every parameter except ``sign`` whose value is not empty, sort
by name, join as ``name=value`` with ``&``, and send
``upper(hex(HMAC-SHA256(app_secret, that string)))``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from typing import Any, Final

import aiohttp

from core.ports import Clock
from fapiao.integrations.http_session import OwnedSession, SessionFactory

API_VERSION: Final = "1.0"
SIGN_TYPE: Final = "HMAC-SHA256"
JSON_CONTENT_TYPE: Final = "application/json; charset=utf-8"



def canonical_string(params: Mapping[str, str]) -> str:
    """``name=value`` pairs of the non-empty parameters except ``sign``, sorted by name, joined by ``&``."""
    return "&".join(f"{name}={params[name]}" for name in sorted(params) if name != "sign" and params[name] != "")


def sign(params: Mapping[str, str], app_secret: str) -> str:
    """Upper-case hex HMAC-SHA256 of :func:`canonical_string` keyed with ``app_secret`` (UTF-8)."""
    digest = hmac.new(app_secret.encode("utf-8"), canonical_string(params).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest().upper()


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SignedGateway(OwnedSession):
    """Signs and POSTs requests to one gateway URL; owns one :class:`aiohttp.ClientSession`
    (created on first use, closed by :meth:`close`). Transport errors are left to the
    adapter to translate: :class:`TimeoutError` and :class:`aiohttp.ClientError`."""

    def __init__(self, base_url: str, app_key: str, app_secret: str, *, timeout: float = 10,
                 session_factory: SessionFactory | None = None, clock: Clock | None = None) -> None:
        self.url = base_url
        self.app_key = app_key
        self._app_secret = app_secret
        super().__init__(timeout, session_factory)
        self.clock = clock

    def _timestamp_ms(self) -> str:
        seconds = self.clock.now().timestamp() if self.clock else time.time()
        return str(int(seconds * 1000))

    def envelope(self, method: str, biz: Mapping[str, Any], *, timestamp: str | None = None,
                 nonce: str | None = None) -> dict[str, str]:
        """The signed request body for ``method`` with business parameters ``biz``."""
        params = {
            "appKey": self.app_key,
            "method": method,
            "version": API_VERSION,
            "timestamp": timestamp or self._timestamp_ms(),
            "nonce": nonce or secrets.token_hex(16),
            "signType": SIGN_TYPE,
            "bizContent": compact_json(biz),
        }
        params["sign"] = sign(params, self._app_secret)
        return params

    async def post(self, method: str, biz: Mapping[str, Any]) -> tuple[int, bytes]:
        """POST one signed request; the HTTP status and the raw answer."""
        payload = compact_json(self.envelope(method, biz)).encode("utf-8")
        async with self.session().post(
            self.url,
            data=payload,
            headers={"Content-Type": JSON_CONTENT_TYPE, "Accept": "application/json"},
            timeout=aiohttp.ClientTimeout(total=self.timeout),
        ) as response:
            return response.status, await response.read()
