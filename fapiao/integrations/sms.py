"""SMS senders: Tencent Cloud SMS (real), console (development) and recording (tests).

Tencent Cloud SMS sends *registered templates*: a message key such as ``sms.code``
is mapped to a template id (``settings.sms_tencent_templates``) and the params are
sent as a positional list (``TemplateParamSet``) in the order given by
:data:`TEMPLATE_PARAM_ORDER`. The template registered with Tencent must use the
placeholders ``{1}``, ``{2}`` ... in that same order, for example for ``sms.code``::

    您的验证码是{1}，{2}分钟内有效，请勿告诉他人。

Requests are signed with TC3-HMAC-SHA256 (API 3.0), see :func:`tc3_authorization`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from core.domain.errors import ServiceUnavailable
from core.ports import Clock, SmsSender
from core.settings import Settings
from fapiao.integrations.http_session import OwnedSession, SessionFactory
from templates import Texts

logger = logging.getLogger("fapiao.sms")

TENCENT_SMS_SERVICE = "sms"
TENCENT_SMS_VERSION = "2021-01-11"
TENCENT_SMS_ACTION = "SendSms"
TC3_ALGORITHM = "TC3-HMAC-SHA256"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
#: Headers covered by the signature (lowercase, sorted), as in Tencent's examples.
TC3_SIGNED_HEADERS = ("content-type", "host", "x-tc-action")

#: Message key -> names of its params, in the order of the template's {1}, {2} ...
TEMPLATE_PARAM_ORDER: dict[str, tuple[str, ...]] = {
    "sms.code": ("code", "minutes"),
    "sms.password_changed": ("name",),
}


class SmsConfigurationError(RuntimeError):
    """The SMS gateway is not set up for a message (no template id, unknown param order)."""


class SmsDeliveryError(ServiceUnavailable):
    """The gateway did not accept the message.

    ``provider_code``/``provider_message`` are Tencent's (e.g.
    ``LimitExceeded.PhoneNumberDailyLimit``) or ``Timeout``/``NetworkError``/``HttpError``.
    It is a :class:`ServiceUnavailable`, so the transports answer with the polite
    ``error.service_unavailable`` text (HTTP 503) if nothing handles it earlier.
    """

    def __init__(self, provider_code: str, provider_message: str) -> None:
        super().__init__({"provider_code": provider_code})
        self.provider_code = provider_code
        self.provider_message = provider_message

    def __str__(self) -> str:
        return f"SMS delivery failed: {self.provider_code}: {self.provider_message}"


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "****"


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


# -- console -------------------------------------------------------------------------


class ConsoleSms:
    """Development default: logs ``SMS to <phone>: <text>`` (the code is in the text)."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    async def send(self, phone: str, template: str, params: Mapping[str, Any]) -> None:
        text = _one_line(self.texts.render(template, params))
        # Left unmasked in the logs (fapiao.observability.logs): how a developer reads the code.
        logger.info("SMS to %s: %s", phone, text, extra={"unmasked": True})


# -- recording -----------------------------------------------------------------------


class RecordingSms:
    """Test fake: keeps ``(phone, template, params)`` for every message."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, dict[str, Any]]] = []

    async def send(self, phone: str, template: str, params: Mapping[str, Any]) -> None:
        self.sent.append((phone, template, dict(params)))

    def last_code(self, phone: str) -> str | None:
        """The ``code`` param of the latest message to ``phone`` that had one."""
        for to, _template, params in reversed(self.sent):
            if to == phone and "code" in params:
                return str(params["code"])
        return None


# -- Tencent Cloud -------------------------------------------------------------------


def _hmac_sha256(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tc3_authorization(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    timestamp: int,
    headers: Mapping[str, str],
    payload: bytes,
    method: str = "POST",
    canonical_uri: str = "/",
    canonical_query: str = "",
    signed_headers: Sequence[str] = TC3_SIGNED_HEADERS,
) -> str:
    """The ``Authorization`` header value of Tencent Cloud API 3.0 (TC3-HMAC-SHA256).

    1. CanonicalRequest = method \\n uri \\n query \\n CanonicalHeaders \\n SignedHeaders \\n
       hex(sha256(payload)); CanonicalHeaders is ``name:value\\n`` per signed header,
       names and values lowercased and trimmed, names sorted.
    2. StringToSign = "TC3-HMAC-SHA256" \\n timestamp \\n CredentialScope \\n
       hex(sha256(CanonicalRequest)); CredentialScope = ``<UTC date>/<service>/tc3_request``.
    3. Key chain: HMAC("TC3" + SecretKey, date) -> HMAC(., service) -> HMAC(., "tc3_request");
       Signature = hex(HMAC(SigningKey, StringToSign)).
    4. ``TC3-HMAC-SHA256 Credential=<SecretId>/<CredentialScope>, SignedHeaders=<names>,
       Signature=<signature>``.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    names = sorted(name.lower() for name in signed_headers)
    canonical_headers = "".join(f"{name}:{lowered[name].strip().lower()}\n" for name in names)
    signed = ";".join(names)
    canonical_request = "\n".join(
        [method.upper(), canonical_uri, canonical_query, canonical_headers, signed, _sha256_hex(payload)]
    )
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    scope = f"{date}/{service}/tc3_request"
    string_to_sign = "\n".join(
        [TC3_ALGORITHM, str(timestamp), scope, _sha256_hex(canonical_request.encode("utf-8"))]
    )
    secret_date = _hmac_sha256(("TC3" + secret_key).encode("utf-8"), date)
    secret_service = _hmac_sha256(secret_date, service)
    secret_signing = _hmac_sha256(secret_service, "tc3_request")
    signature = hmac.new(secret_signing, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{TC3_ALGORITHM} Credential={secret_id}/{scope}, SignedHeaders={signed}, Signature={signature}"




class TencentCloudSms(OwnedSession):
    """Tencent Cloud SMS ``SendSms`` (API 3.0, version 2021-01-11) over aiohttp.

    The adapter owns one :class:`aiohttp.ClientSession`, created on first use by
    ``session_factory``; call :meth:`close` on shutdown. Each request has a total
    timeout of ``timeout`` seconds (5 s by default).
    """

    def __init__(
        self,
        settings: Settings,
        texts: Texts,
        session_factory: SessionFactory | None = None,
        *,
        timeout: float = 5.0,
        clock: Clock | None = None,
        param_order: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.settings = settings
        self.texts = texts
        super().__init__(timeout, session_factory)
        self.clock = clock
        self.param_order: dict[str, tuple[str, ...]] = {
            **TEMPLATE_PARAM_ORDER,
            **{key: tuple(names) for key, names in (param_order or {}).items()},
        }
        parts = urlsplit(settings.sms_tencent_endpoint)
        self.url = settings.sms_tencent_endpoint
        #: The Host header as sent (and signed): host[:port], without credentials.
        self.host = parts.netloc.rsplit("@", 1)[-1]

    def _timestamp(self) -> int:
        return int(self.clock.now().timestamp()) if self.clock else int(time.time())

    def request_body(self, phone: str, template: str, params: Mapping[str, Any]) -> dict[str, Any]:
        template_id = self.settings.sms_tencent_templates.get(template)
        if not template_id:
            raise SmsConfigurationError(
                f"no Tencent SMS template id for {template!r}: add it to SMS_TENCENT_TEMPLATES, "
                f'e.g. {{"{template}": "123456"}}'
            )
        order = self.param_order.get(template)
        if order is None:
            raise SmsConfigurationError(f"no TemplateParamSet order defined for {template!r}")
        missing = [name for name in order if name not in params]
        if missing:
            raise SmsConfigurationError(f"params {missing} missing for SMS template {template!r}")
        return {
            "PhoneNumberSet": [phone if phone.startswith("+") else f"+86{phone}"],
            "SmsSdkAppId": self.settings.sms_tencent_sdk_app_id,
            "SignName": self.settings.sms_tencent_sign_name,
            "TemplateId": template_id,
            "TemplateParamSet": [str(params[name]) for name in order],
        }

    def signed_headers(self, payload: bytes, timestamp: int) -> dict[str, str]:
        headers = {
            "Content-Type": JSON_CONTENT_TYPE,
            "Host": self.host,
            "X-TC-Action": TENCENT_SMS_ACTION,
            "X-TC-Timestamp": str(timestamp),
            "X-TC-Version": TENCENT_SMS_VERSION,
            "X-TC-Region": self.settings.sms_tencent_region,
        }
        headers["Authorization"] = tc3_authorization(
            secret_id=self.settings.sms_tencent_secret_id,
            secret_key=self.settings.sms_tencent_secret_key,
            service=TENCENT_SMS_SERVICE,
            timestamp=timestamp,
            headers=headers,
            payload=payload,
        )
        return headers

    async def send(self, phone: str, template: str, params: Mapping[str, Any]) -> None:
        body = self.request_body(phone, template, params)
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = self.signed_headers(payload, self._timestamp())
        if self._session is None or self._session.closed:
            self._session = self._session_factory()
        try:
            async with self._session.post(
                self.url,
                data=payload,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            ) as response:
                raw = await response.read()
                status = response.status
        except TimeoutError as exc:
            message = f"no answer from the SMS gateway within {self.timeout} s"
            raise SmsDeliveryError("Timeout", message) from exc
        except aiohttp.ClientError as exc:
            raise SmsDeliveryError("NetworkError", f"{type(exc).__name__}: {exc}") from exc
        self._check(status, raw, phone, template)

    def _check(self, status: int, raw: bytes, phone: str, template: str) -> None:
        try:
            answer = json.loads(raw)
            result = answer["Response"]
        except (ValueError, KeyError, TypeError) as exc:
            raise SmsDeliveryError("HttpError", f"HTTP {status}: unexpected answer {raw[:200]!r}") from exc
        request_id = result.get("RequestId", "")
        error = result.get("Error")
        if error:
            code, message = str(error.get("Code", "")), str(error.get("Message", ""))
            logger.warning(
                "SMS to %s rejected: %s %s (request %s)", mask_phone(phone), code, message, request_id
            )
            raise SmsDeliveryError(code, message)
        statuses = result.get("SendStatusSet") or []
        first = statuses[0] if statuses else {}
        code = str(first.get("Code", ""))
        if code != "Ok":
            message = str(first.get("Message", "empty SendStatusSet"))
            logger.warning(
                "SMS to %s failed: %s %s (request %s)", mask_phone(phone), code, message, request_id
            )
            raise SmsDeliveryError(code or "Unknown", message)
        logger.info(
            "SMS sent to %s template=%s serial=%s request=%s",
            mask_phone(phone),
            template,
            first.get("SerialNo", ""),
            request_id,
        )


def build_sms(settings: Settings, texts: Texts) -> SmsSender:
    """The SMS sender named by ``settings.sms_provider`` (``console`` or ``tencent``)."""
    if settings.sms_provider == "tencent":
        return TencentCloudSms(settings, texts, timeout=settings.sms_timeout_seconds)
    return ConsoleSms(texts)


__all__ = [
    "TEMPLATE_PARAM_ORDER",
    "ConsoleSms",
    "RecordingSms",
    "SmsConfigurationError",
    "SmsDeliveryError",
    "TencentCloudSms",
    "build_sms",
    "tc3_authorization",
]
