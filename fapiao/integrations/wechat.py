"""WeChat API: wechatpy-backed client (real), console sandbox (development), recording fake.

The real client shares each app's access_token between all workers through Redis:

* the token is stored under ``wechat:<appid>_access_token`` with a TTL of
  ``expires_in - REFRESH_MARGIN_SECONDS``, so it is refreshed before WeChat expires it;
* a worker that finds no token takes the lock ``wechat:<appid>_access_token:lock``
  (``SET NX EX``); only the holder calls ``/cgi-bin/token``, the others wait for the
  new token to appear. A worker never fetches a token outside the lock;
* when WeChat answers 40001/40014/42001 (token invalid or expired) wechatpy retries
  once after ``fetch_access_token``; under the lock we fetch only if the stored token
  is still the one that failed, so a burst of failures causes one fetch.

wechatpy is synchronous (``requests``): every call runs in :func:`asyncio.to_thread`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import logging
import os
import secrets
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol, TypeVar

import redis
import requests
from wechatpy import WeChatClient
from wechatpy.client.api.base import BaseWeChatAPI
from wechatpy.exceptions import WeChatClientException
from wechatpy.session import SessionStorage

from core.clock import SystemClock
from core.domain.errors import ServiceUnavailable
from core.ports import Clock, KeyValueStore, MiniappSession, WeChatApi
from core.settings import EMBEDDED_REDIS, Settings
from templates import Texts

logger = logging.getLogger("fapiao.wechat")

#: WeChat's own API root; wechatpy's endpoint groups hard-code URLs below it.
WECHAT_API_ROOT = "https://api.weixin.qq.com/"
#: Refresh the shared token this long before WeChat says it expires.
REFRESH_MARGIN_SECONDS = 300
#: A lock holder that dies releases the lock after this long.
TOKEN_LOCK_TTL_SECONDS = 15
#: How long a worker waits for another worker's refresh before giving up.
TOKEN_LOCK_WAIT_SECONDS = 20.0
PUSH_TTL_SECONDS = 86400
PUSH_MAX_LEN = 200
#: WeChat keeps temporary media 3 days; the development store keeps uploads a day.
MEDIA_TTL_SECONDS = 86400
#: Larger than any attachment we accept (10 MB), so the size check says what is wrong.
MEDIA_MAX_BYTES = 20 * 1024 * 1024

T = TypeVar("T")


class WeChatApiError(ServiceUnavailable):
    """WeChat answered with an errcode (or could not be reached: errcode -1).

    Common codes: 40029 invalid js_code, 45015 customer-service window (48 h) closed,
    43004 user not subscribed, 45009 daily quota reached.
    """

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__({"errcode": errcode})
        self.errcode = errcode
        self.errmsg = errmsg

    def __str__(self) -> str:
        return f"WeChat API error {self.errcode}: {self.errmsg}"


def describe_template(kind: str, template_id: str, data: Mapping[str, Any], link: str | None) -> str:
    """One line for the development console: ``[template ID] keyword1: … | keyword2: … -> link``."""
    values = " | ".join(
        f"{name}: {value.get('value', '') if isinstance(value, Mapping) else value}" for name, value in data.items()
    )
    return f"[{kind} {template_id}] {values}" + (f" -> {link}" if link else "")


def sandbox_openid(js_code: str) -> str:
    """The sandbox maps any mini-program login code to a stable fake openid."""
    return "sandbox-" + hashlib.sha256(js_code.encode("utf-8")).hexdigest()[:24]


# -- console / sandbox ---------------------------------------------------------------


class ConsoleWeChatApi:
    """Development sandbox: nothing leaves the machine.

    * ``send_text`` logs ``WECHAT push to <openid>: <text>`` and appends
      ``{"seq", "text", "at"}`` JSON to the store list ``push:<openid>`` (kept 24 h, last 200),
      where the dev chat client (``fapiao chat``) reads pushes from;
    * ``code_to_session`` maps **any** ``js_code`` to the stable openid
      ``"sandbox-" + sha256(js_code)[:24]`` (same code, same user), without unionid;
    * ``create_menu`` logs the menu JSON;
    * ``send_template`` / ``send_subscribe`` log the message and keep it as a push too
      (``[template ID] keyword1: … | …``), so ``fapiao chat`` shows what the user would see;
    * ``download_media`` reads what ``put_media`` stored (``media:<id>``, 24 h): the
      development endpoint ``POST /dev/media`` that ``fapiao chat``'s ``/image`` uses.
    """

    def __init__(self, store: KeyValueStore, texts: Texts | None = None, clock: Clock | None = None,
                 image_dir: Path | None = None) -> None:
        self.store = store
        self.texts = texts
        self.clock: Clock = clock or SystemClock()
        self.image_dir = image_dir or Path(tempfile.gettempdir()) / "fapiao-dev-images"

    async def send_text(self, openid: str, text: str) -> None:
        logger.info("WECHAT push to %s: %s", openid, text)
        await self._push(openid, text)

    async def send_image(self, openid: str, image: bytes, filename: str) -> None:
        """Development: the image goes to a file (0600) whose path is logged and pushed as ``[图片] <path>``."""
        self.image_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.image_dir / f"{secrets.token_hex(6)}-{Path(filename).name}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(image)
        logger.info("WECHAT image to %s: %s", openid, path, extra={"unmasked": True})
        await self._push(openid, f"[图片] {path}")

    async def code_to_session(self, js_code: str) -> MiniappSession:
        return MiniappSession(openid=sandbox_openid(js_code), unionid=None)

    async def create_menu(self, menu: Mapping[str, Any]) -> None:
        logger.info("WECHAT menu: %s", json.dumps(menu, ensure_ascii=False))

    async def _push(self, openid: str, text: str) -> None:
        # A sequence number that only grows, so readers page by it even after old pushes are trimmed.
        seq = await self.store.incr(f"push:seq:{openid}", ttl=PUSH_TTL_SECONDS)
        record = json.dumps({"seq": seq, "text": text, "at": self.clock.now().isoformat()}, ensure_ascii=False)
        await self.store.rpush(f"push:{openid}", record, ttl=PUSH_TTL_SECONDS, max_len=PUSH_MAX_LEN)

    async def send_template(
        self, openid: str, template_id: str, data: Mapping[str, Any], url: str | None = None,
        miniprogram: Mapping[str, str] | None = None,
    ) -> None:
        """Logged and kept for ``fapiao chat`` as ``[template ID] keyword1: … | keyword2: …``."""
        text = describe_template("template", template_id, data, url or (miniprogram or {}).get("pagepath"))
        logger.info("WECHAT template to %s: %s", openid, text)
        await self._push(openid, text)

    async def send_subscribe(
        self, openid: str, template_id: str, data: Mapping[str, Any], page: str | None = None
    ) -> None:
        """Logged (the mini-program user is not the chat user, but pushes are kept under
        their openid like the others)."""
        text = describe_template("subscribe", template_id, data, page)
        logger.info("MINIAPP subscribe message to %s: %s", openid, text)
        await self._push(openid, text)

    async def put_media(self, data: bytes) -> str:
        """Development: keep an uploaded file (``fapiao chat``'s ``/image``) as WeChat keeps a
        temporary media file, for :meth:`download_media`; returns its media id."""
        if len(data) > MEDIA_MAX_BYTES:
            raise WeChatApiError(40006, "invalid meida size")
        media_id = "dev-" + secrets.token_hex(12)
        await self.store.set(f"media:{media_id}", base64.b64encode(data).decode("ascii"), ttl=MEDIA_TTL_SECONDS)
        return media_id

    async def download_media(self, media_id: str) -> bytes:
        raw = await self.store.get(f"media:{media_id}")
        if raw is None:
            raise WeChatApiError(40007, "invalid media_id")
        return base64.b64decode(raw)


# -- recording fake ------------------------------------------------------------------


class RecordingWeChatApi:
    """Test fake. Set ``sessions[code]`` for codes that should log in; other codes
    raise ``WeChatApiError(40029)`` as WeChat does. ``delay_seconds`` makes every call
    slow (to test the 5-second reply budget). ``media[id]`` holds what ``download_media``
    returns; ``errors[openid]`` makes template/subscribe sends to that user fail."""

    def __init__(self, delay_seconds: float = 0.0) -> None:
        self.delay_seconds = delay_seconds
        self.texts_sent: list[tuple[str, str]] = []
        self.images_sent: list[tuple[str, bytes, str]] = []
        self.templates_sent: list[tuple[str, str, dict[str, Any], str | None]] = []
        self.template_miniprograms: list[dict[str, str] | None] = []
        self.subscribes_sent: list[tuple[str, str, dict[str, Any], str | None]] = []
        #: media id → bytes that ``download_media`` returns (what the user "sent").
        self.media: dict[str, bytes] = {}
        #: openid → errcode that template and subscribe sends to it raise (e.g. 43004).
        self.errors: dict[str, int] = {}
        self.menus: list[dict[str, Any]] = []
        self.sessions: dict[str, MiniappSession] = {}

    async def _delay(self) -> None:
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)

    async def send_text(self, openid: str, text: str) -> None:
        await self._delay()
        self.texts_sent.append((openid, text))

    async def send_image(self, openid: str, image: bytes, filename: str) -> None:
        await self._delay()
        self.images_sent.append((openid, image, filename))

    def texts_to(self, openid: str) -> list[str]:
        return [text for to, text in self.texts_sent if to == openid]

    async def code_to_session(self, js_code: str) -> MiniappSession:
        await self._delay()
        try:
            return self.sessions[js_code]
        except KeyError:
            raise WeChatApiError(40029, "invalid code") from None

    async def create_menu(self, menu: Mapping[str, Any]) -> None:
        await self._delay()
        self.menus.append(dict(menu))

    def _maybe_fail(self, openid: str) -> None:
        errcode = self.errors.get(openid)
        if errcode is not None:
            raise WeChatApiError(errcode, "recorded failure")

    async def send_template(
        self, openid: str, template_id: str, data: Mapping[str, Any], url: str | None = None,
        miniprogram: Mapping[str, str] | None = None,
    ) -> None:
        await self._delay()
        self._maybe_fail(openid)
        self.templates_sent.append((openid, template_id, dict(data), url))
        self.template_miniprograms.append(dict(miniprogram) if miniprogram else None)

    async def send_subscribe(
        self, openid: str, template_id: str, data: Mapping[str, Any], page: str | None = None
    ) -> None:
        await self._delay()
        self._maybe_fail(openid)
        self.subscribes_sent.append((openid, template_id, dict(data), page))

    async def download_media(self, media_id: str) -> bytes:
        await self._delay()
        try:
            return self.media[media_id]
        except KeyError:
            raise WeChatApiError(40007, "invalid media_id") from None


# -- shared access_token storage -----------------------------------------------------


class TokenStorage(Protocol):
    """A wechatpy session storage that can also hold a short lock."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any, ttl: int | None = None) -> None: ...

    def delete(self, key: str) -> None: ...

    def acquire(self, key: str, owner: str, ttl: int) -> bool: ...

    def release(self, key: str, owner: str) -> None: ...


class RedisTokenStorage(SessionStorage):  # type: ignore[misc]
    """wechatpy session storage over a synchronous :class:`redis.Redis` (shared by workers)."""

    def __init__(self, client: redis.Redis, prefix: str = "wechat") -> None:
        self.redis = client
        self.prefix = prefix

    def key_name(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    def get(self, key: str, default: Any = None) -> Any:
        value = self.redis.get(self.key_name(key))
        if value is None:
            return default
        return value.decode("utf-8") if isinstance(value, bytes) else value

    def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        if value is None:
            return
        self.redis.set(self.key_name(key), str(value), ex=ttl)

    def delete(self, key: str) -> None:
        self.redis.delete(self.key_name(key))

    def acquire(self, key: str, owner: str, ttl: int) -> bool:
        return bool(self.redis.set(self.key_name(key), owner, nx=True, ex=ttl))

    def release(self, key: str, owner: str) -> None:
        """Delete the lock only if we still hold it (WATCH/MULTI compare-and-delete)."""
        name = self.key_name(key)
        with self.redis.pipeline() as pipe:
            try:
                pipe.watch(name)  # type: ignore[no-untyped-call]
                current = pipe.get(name)
                if isinstance(current, bytes):
                    current = current.decode("utf-8")
                if current == owner:
                    pipe.multi()
                    pipe.delete(name)
                    pipe.execute()
                else:
                    pipe.unwatch()
            except redis.WatchError:
                pass


class MemoryTokenStorage(SessionStorage):  # type: ignore[misc]
    """In-process storage for the embedded (``memory://``) single-process setup."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[Any, float | None]] = {}
        self._mutex = threading.Lock()

    def _live(self, key: str) -> Any:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and expires <= time.monotonic():
            del self._data[key]
            return None
        return value

    def get(self, key: str, default: Any = None) -> Any:
        with self._mutex:
            value = self._live(key)
        return default if value is None else value

    def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        if value is None:
            return
        with self._mutex:
            self._data[key] = (value, time.monotonic() + ttl if ttl else None)

    def delete(self, key: str) -> None:
        with self._mutex:
            self._data.pop(key, None)

    def acquire(self, key: str, owner: str, ttl: int) -> bool:
        with self._mutex:
            if self._live(key) is not None:
                return False
            self._data[key] = (owner, time.monotonic() + ttl)
            return True

    def release(self, key: str, owner: str) -> None:
        with self._mutex:
            if self._live(key) == owner:
                del self._data[key]


_memory_storages: weakref.WeakKeyDictionary[Any, MemoryTokenStorage] = weakref.WeakKeyDictionary()
_memory_storages_mutex = threading.Lock()


def token_storage_for(settings: Settings, store: KeyValueStore) -> TokenStorage:
    """Redis storage from ``settings.redis_url``; for ``memory://`` one in-memory storage
    per ``store`` object, so clients built on the same embedded store share tokens."""
    if settings.redis_url != EMBEDDED_REDIS:
        client = redis.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2
        )
        return RedisTokenStorage(client)
    with _memory_storages_mutex:
        try:
            storage = _memory_storages.get(store)
            if storage is None:
                storage = _memory_storages[store] = MemoryTokenStorage()
        except TypeError:  # store cannot be weakly referenced
            storage = MemoryTokenStorage()
    return storage


# -- wechatpy client with a shared token ---------------------------------------------


def api_root(api_base_url: str) -> str:
    """``https://host/cgi-bin/`` -> ``https://host/`` (where ``sns/`` and ``wxa/`` live)."""
    base = api_base_url.rstrip("/") + "/"
    return base[: -len("cgi-bin/")] if base.endswith("/cgi-bin/") else base


class SharedTokenWeChatClient(WeChatClient):  # type: ignore[misc]
    """wechatpy's ``WeChatClient`` with a base URL that can be overridden and an
    access_token shared through :class:`TokenStorage` and refreshed under its lock."""

    def __init__(
        self,
        appid: str,
        secret: str,
        *,
        storage: TokenStorage,
        api_base_url: str = WECHAT_API_ROOT + "cgi-bin/",
        timeout: float = 5.0,
        lock_ttl: int = TOKEN_LOCK_TTL_SECONDS,
        lock_wait: float = TOKEN_LOCK_WAIT_SECONDS,
    ) -> None:
        super().__init__(appid, secret, session=storage, timeout=timeout, auto_retry=True)
        self.storage = storage
        self.lock_ttl = lock_ttl
        self.lock_wait = lock_wait
        self.API_BASE_URL = api_base_url.rstrip("/") + "/"
        root = api_root(self.API_BASE_URL)
        # Endpoint groups (wxa, card, datacube ...) carry their own absolute base URL.
        for api in vars(self).values():
            if isinstance(api, BaseWeChatAPI):
                base = getattr(api, "API_BASE_URL", "") or ""
                if base.startswith(WECHAT_API_ROOT):
                    api.API_BASE_URL = root + base[len(WECHAT_API_ROOT) :]
        self._local = threading.local()

    @property
    def lock_key(self) -> str:
        return f"{self.access_token_key}:lock"

    @property
    def access_token(self) -> str:
        token = self.storage.get(self.access_token_key)
        if token:
            return str(token)
        return self._refresh(stale=None)

    def fetch_access_token(self) -> dict[str, Any]:
        """Called by wechatpy when WeChat rejects the token: refresh unless another
        worker already replaced the token that failed."""
        if getattr(self._local, "depth", 0) > 1:
            # wechatpy retries recursively; one retry with a fresh token is enough.
            raise WeChatClientException(40001, "access_token rejected again after a refresh")
        stale = getattr(self._local, "used_token", None) or self.storage.get(self.access_token_key)
        token = self._refresh(stale=stale)
        return {"access_token": token}

    def _request(self, method: str, url_or_endpoint: str, **kwargs: Any) -> Any:
        if url_or_endpoint.rstrip("/").endswith("sns/jscode2session"):
            # code2session authenticates with appid+secret; wechatpy would otherwise
            # fetch an access_token first. requests drops params whose value is None.
            params = kwargs.setdefault("params", {})
            params.setdefault("access_token", None)
        depth = getattr(self._local, "depth", 0)
        self._local.depth = depth + 1
        try:
            return super()._request(method, url_or_endpoint, **kwargs)
        finally:
            self._local.depth = depth

    def _handle_result(
        self,
        res: Any,
        method: str | None = None,
        url: str | None = None,
        result_processor: Callable[[Any], Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        params = kwargs.get("params")
        self._local.used_token = params.get("access_token") if isinstance(params, dict) else None
        return super()._handle_result(res, method, url, result_processor, **kwargs)

    def _refresh(self, stale: str | None) -> str:
        owner = secrets.token_hex(8)
        deadline = time.monotonic() + self.lock_wait
        while True:
            current = self.storage.get(self.access_token_key)
            if current and current != stale:
                return str(current)
            if self.storage.acquire(self.lock_key, owner, self.lock_ttl):
                try:
                    current = self.storage.get(self.access_token_key)
                    if current and current != stale:
                        return str(current)
                    return self._fetch_token()
                finally:
                    self.storage.release(self.lock_key, owner)
            if time.monotonic() >= deadline:
                raise WeChatClientException(-1, "timed out waiting for another worker's access_token refresh")
            time.sleep(0.05)

    def _fetch_token(self) -> str:
        logger.info("fetching a new access_token for %s", self.appid)
        response = self._http.get(
            self.API_BASE_URL + "token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
            timeout=self.timeout,
        )
        if response.status_code != 200:
            raise WeChatClientException(-1, f"HTTP {response.status_code} from token endpoint")
        result = response.json()
        if result.get("errcode"):
            raise WeChatClientException(int(result["errcode"]), result.get("errmsg", ""))
        token = str(result["access_token"])
        expires_in = int(result.get("expires_in", 7200))
        ttl = max(expires_in - REFRESH_MARGIN_SECONDS, min(expires_in, 60))
        self.storage.set(self.access_token_key, token, ttl)
        self.expires_at = int(time.time()) + expires_in
        return token


class WeChatClientApi:
    """The real :class:`WeChatApi`: official account (customer-service and template
    messages, menu) and mini-program (code2session) through wechatpy, in threads."""

    def __init__(
        self,
        settings: Settings,
        store: KeyValueStore,
        *,
        token_storage: TokenStorage | None = None,
        timeout: float = 5.0,
        lock_wait: float = TOKEN_LOCK_WAIT_SECONDS,
    ) -> None:
        storage = token_storage or token_storage_for(settings, store)
        self.storage = storage
        self.official = SharedTokenWeChatClient(
            settings.wechat_appid,
            settings.wechat_appsecret,
            storage=storage,
            api_base_url=settings.wechat_api_base_url,
            timeout=timeout,
            lock_wait=lock_wait,
        )
        self.miniapp = SharedTokenWeChatClient(
            settings.miniapp_appid,
            settings.miniapp_secret,
            storage=storage,
            api_base_url=settings.wechat_api_base_url,
            timeout=timeout,
            lock_wait=lock_wait,
        )

    async def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return await asyncio.to_thread(fn, *args, **kwargs)
        except WeChatClientException as exc:
            if exc.errcode is None:  # HTTP error status
                status = getattr(exc.response, "status_code", "?")
                raise WeChatApiError(-1, f"HTTP {status}") from exc
            raise WeChatApiError(int(exc.errcode), str(exc.errmsg)) from exc
        except (requests.RequestException, redis.RedisError) as exc:
            raise WeChatApiError(-1, f"{type(exc).__name__}: {exc}") from exc

    async def send_text(self, openid: str, text: str) -> None:
        await self._call(self.official.message.send_text, openid, text)

    async def send_image(self, openid: str, image: bytes, filename: str) -> None:
        """Upload a temporary image (POST cgi-bin/media/upload) and send it as a customer-service image."""
        uploaded = await self._call(self.official.media.upload, "image", (filename, io.BytesIO(image)))
        media_id = uploaded.get("media_id") if isinstance(uploaded, dict) else None
        if not media_id:
            raise WeChatApiError(-1, "media/upload answered without a media_id")
        await self._call(self.official.message.send_image, openid, media_id)

    async def send_template(
        self, openid: str, template_id: str, data: Mapping[str, Any], url: str | None = None,
        miniprogram: Mapping[str, str] | None = None,
    ) -> None:
        await self._call(self.official.message.send_template, openid, template_id, dict(data), url=url,
                         mini_program=dict(miniprogram) if miniprogram else None)

    async def send_subscribe(
        self, openid: str, template_id: str, data: Mapping[str, Any], page: str | None = None
    ) -> None:
        """POST cgi-bin/message/subscribe/send with the mini-program's access token."""
        await self._call(self.miniapp.wxa.send_subscribe_message, openid, template_id, dict(data), page=page)

    async def download_media(self, media_id: str) -> bytes:
        """GET cgi-bin/media/get: the file's bytes (WeChat answers JSON with an errcode
        instead when the id is unknown or expired, which raises)."""
        response = await self._call(self.official.media.download, media_id)
        content = getattr(response, "content", None)
        if not isinstance(content, bytes):
            raise WeChatApiError(-1, "media/get answered without a file")
        if len(content) > MEDIA_MAX_BYTES:
            raise WeChatApiError(-1, "media/get answered with a file over the size limit")
        return content

    async def create_menu(self, menu: Mapping[str, Any]) -> None:
        await self._call(self.official.menu.create, dict(menu))

    async def code_to_session(self, js_code: str) -> MiniappSession:
        result = await self._call(self.miniapp.wxa.code_to_session, js_code)
        if not isinstance(result, dict) or not result.get("openid"):
            raise WeChatApiError(-1, "code2session answered without an openid")
        return MiniappSession(openid=str(result["openid"]), unionid=result.get("unionid") or None)


def build_wechat_api(settings: Settings, store: KeyValueStore, texts: Texts) -> WeChatApi:
    """``settings.wechat_api``: ``console`` (sandbox, default) or ``wechat`` (real API)."""
    if settings.wechat_api == "wechat":
        return WeChatClientApi(settings, store, timeout=settings.wechat_api_timeout_seconds)
    return ConsoleWeChatApi(store, texts, image_dir=Path(settings.data_dir) / "dev-images")


__all__ = [
    "ConsoleWeChatApi",
    "MemoryTokenStorage",
    "RecordingWeChatApi",
    "RedisTokenStorage",
    "SharedTokenWeChatClient",
    "WeChatApiError",
    "WeChatClientApi",
    "build_wechat_api",
    "describe_template",
    "sandbox_openid",
    "token_storage_for",
]
