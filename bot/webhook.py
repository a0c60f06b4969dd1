"""The WeChat official-account endpoint (``/wechat``).

Order matters: size cap, then signature and freshness, then decryption, then a
defused XML parse, then de-duplication, and only then the router. Every reply is
XML, ``success`` or empty, because WeChat shows anything else as "该公众号暂时无法
提供服务"; unexpected errors become a polite text reply, never a 500.
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import hmac
import logging
import time
from collections.abc import Coroutine, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from aiohttp import web
from wechatpy import parse_message
from wechatpy.exceptions import InvalidAppIdException

from bot.context import with_hint
from bot.dev_endpoints import add_dev_routes
from bot.router import Router
from bot.safe_mode import SafeModeCrypto
from bot.turn import MessageTurn, UserTurns
from bot.wechat_xml import Fields, MalformedXml, PlainTextMessage, parse_envelope, parse_fields, text_reply
from core import json_codec, telemetry
from core.adapters.outage import is_outage
from core.container import Core
from core.notifications.channels import is_not_applicable
from core.ports import StoreWrite
from templates import Texts

log = logging.getLogger(__name__)
TIMESTAMP_WINDOW_SECONDS = 300
#: A signed message is accepted while its timestamp is within ±300 s of now, so the same post can
#: arrive twice up to 600 s apart: remember it for that long and a margin (issue 13 #10).
DEDUPE_TTL_SECONDS = 2 * TIMESTAMP_WINDOW_SECONDS + 60
PUSH_RETRY_DELAYS = (2.0, 8.0)
#: Answer before WeChat's 5-second deadline; slower work is delivered by push.
REPLY_BUDGET_SECONDS = 4.0
#: WeChat silently drops a passive text reply over 2048 bytes (UTF-8).
MAX_REPLY_BYTES = 2048
#: Openids are 28 characters; the column holds 64.
MAX_OPENID_CHARS = 64


def split_reply(text: str, limit: int = MAX_REPLY_BYTES) -> list[str]:
    """Cut a long reply at line ends into parts that each fit WeChat's limit."""
    if text[:1] != "\n" and len(text.encode()) <= limit:
        # It fits: the loop below would give it back whole (it drops only leading empty lines), after
        # encoding it line by line. Most replies (issue 14).
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line.encode()) > limit:  # a single enormous line: cut by characters
            cut = len(line)
            while len(line[:cut].encode()) > limit:
                cut -= 1
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate.encode()) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts
PENDING = "__pending__"
T = TypeVar("T")


async def finished_within(task: asyncio.Task[Any], seconds: float) -> bool:
    """Wait up to ``seconds`` for ``task`` without cancelling it: True when it is done.

    What ``asyncio.wait_for(asyncio.shield(task), seconds)`` decided, with one future and one
    timer instead of shield's outer future and wait_for's waiter, and one loop iteration less
    between the task's end and the reply (issue 14: every message pays it). Cancelling the
    caller leaves the task running, as shield did."""
    if task.done():
        return True
    waiter = asyncio.get_running_loop().create_future()

    def wake(_: object = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    timer = waiter.get_loop().call_later(seconds, wake)
    task.add_done_callback(wake)
    try:
        await waiter
    finally:
        timer.cancel()
        task.remove_done_callback(wake)
    return task.done()


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """What :func:`started_task` gives for a coroutine that finished in its first step."""

    value: T


class _Rest(Generic[T]):
    """Awaiting it resumes a coroutine whose first step has run and returned ``awaiting`` (the future
    it waits for): what ``yield from`` would do, so the task running it sees the same futures (and
    cancels the same one) as a task running the coroutine from its start."""

    __slots__ = ("awaiting", "coro")

    def __init__(self, coro: Coroutine[Any, Any, T], awaiting: Any) -> None:
        self.coro = coro
        self.awaiting = awaiting

    def __await__(self) -> Generator[Any, Any, T]:
        coro, awaiting = self.coro, self.awaiting
        while True:
            try:
                sent = yield awaiting
            except BaseException as exc:  # the task's cancellation, or the awaited future's error
                try:
                    awaiting = coro.throw(exc)
                except StopIteration as done:
                    return cast(T, done.value)
            else:
                try:
                    awaiting = coro.send(sent)
                except StopIteration as done:
                    return cast(T, done.value)


async def _rest(rest: _Rest[T]) -> T:
    return await rest


def started_task(coro: Coroutine[Any, Any, T], loop: asyncio.AbstractEventLoop) -> asyncio.Task[T] | Done[T]:
    """``loop.create_task(coro)`` with the coroutine's first step run now rather than on the loop's next
    turn: when that step finishes it (a FAQ answer, 帮助: the embedded store never waits), its result
    comes back as :class:`Done` without a task, a future, a timer and two turns of the loop (issue 14);
    otherwise the task continues it. Either way it runs in its own copy of the context, as a task's
    coroutine does (a context variable set and reset across an ``await``, e.g. a transaction's, stays
    in it). An exception of the first step is raised here, as ``task.result()`` would."""
    context = contextvars.copy_context()
    try:
        awaiting = context.run(coro.send, None)
    except StopIteration as done:
        return Done(cast(T, done.value))
    return loop.create_task(_rest(_Rest(coro, awaiting)), context=context)


def signature(token: str, *parts: str) -> str:
    """WeChat's signature: SHA-1 of the token and the parts, sorted and joined."""
    return hashlib.sha1("".join(sorted([token, *parts])).encode()).hexdigest()


class BadRequest(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class WeChatEndpoint:
    core: Core
    texts: Texts
    router: Router
    reply_budget: float = REPLY_BUDGET_SECONDS
    #: Waits before retrying a deferred reply the WeChat API did not take (timeouts, 5xx,
    #: a token refresh failing): three tries in all, about 10 s. Errors that retrying
    #: cannot fix (the user unfollowed, outside the 48-hour window) are not retried.
    push_retry_delays: tuple[float, ...] = PUSH_RETRY_DELAYS
    background: set[asyncio.Task[Any]] = field(default_factory=set)
    _last_push: dict[str, asyncio.Task[Any]] = field(default_factory=dict)
    #: A user's messages one at a time, across workers too (bot/turn.py).
    turns: UserTurns = field(default_factory=UserTurns)
    _crypto: tuple[tuple[str, str, str], SafeModeCrypto] | None = None

    @property
    def settings(self) -> Any:
        return self.core.settings

    @property
    def crypto(self) -> SafeModeCrypto | None:
        """Safe mode's cipher (bot/safe_mode.py), built once per settings."""
        s = self.settings
        if not s.safe_mode:
            return None
        key = (s.wechat_token, s.wechat_aes_key, s.wechat_appid)
        if self._crypto is None or self._crypto[0] != key:
            self._crypto = (key, SafeModeCrypto(*key))
        return self._crypto[1]

    # -- checks ------------------------------------------------------------

    def _check_signature(self, query: Any, *extra: str, name: str = "signature", fresh: bool = False) -> None:
        """``fresh``: the timestamp has passed the window already (safe mode's second signature,
        msg_signature, is over the same timestamp as the first)."""
        timestamp = query.get("timestamp", "")
        nonce = query.get("nonce", "")
        given = query.get(name, "")
        if not (timestamp and nonce and given):
            raise BadRequest(403, "missing signature parameters")
        expected = signature(self.settings.wechat_token, timestamp, nonce, *extra)
        if not hmac.compare_digest(expected.encode(), given.encode()):
            raise BadRequest(403, "bad signature")
        if fresh:
            return
        try:
            skew = abs(self.core.clock.now().timestamp() - int(timestamp))
        except (ValueError, OverflowError):  # OverflowError: a 400-digit "timestamp" was a 500
            raise BadRequest(403, "bad timestamp") from None
        if skew > TIMESTAMP_WINDOW_SECONDS:
            raise BadRequest(403, "stale timestamp")

    async def _read_body(self, request: web.Request) -> str:
        limit = self.settings.max_body_bytes
        if request.content_length is not None and request.content_length > limit:
            raise BadRequest(413, "body too large")
        # read(n) returns what has arrived so far: loop until the end (a body may come in pieces).
        # at_eof(): the whole body is in, so the read that would return b"" is skipped (issue 14).
        content = request.content
        if content.is_eof():
            # All of it has arrived (a message is one small packet): taken at once, without read()'s
            # coroutine (issue 14); a body over the limit is refused just below either way.
            body = content.read_nowait()
        else:
            body = b""
            while len(body) <= limit and not content.at_eof() and (chunk := await content.read(limit + 1 - len(body))):
                body += chunk
        if len(body) > limit:
            raise BadRequest(413, "body too large")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest(400, "body is not UTF-8") from None

    @staticmethod
    def _safe_xml(text: str, envelope: bool = False) -> dict[str, str]:
        """The fields of a WeChat message (bot/wechat_xml.py: expat, DTDs and entities refused);
        ``envelope``: safe mode's outer envelope is expected (a faster path for its usual shape)."""
        try:
            return parse_envelope(text) if envelope else parse_fields(text)
        except MalformedXml as exc:
            raise BadRequest(400, str(exc)) from None

    @staticmethod
    def _message(xml: str, fields: dict[str, str]) -> Any:
        """The message object: a plain text message read from the fields already parsed
        (:class:`bot.wechat_xml.PlainTextMessage`, the attributes wechatpy's ``TextMessage`` gives);
        anything else is parsed again by wechatpy."""
        if isinstance(fields, Fields) and fields.plain and fields.get("MsgType") == "text":
            return PlainTextMessage(fields)
        return parse_message(xml)

    # -- handlers ----------------------------------------------------------

    async def verify(self, request: web.Request) -> web.Response:
        """GET: WeChat checks the server URL by asking us to echo ``echostr``."""
        try:
            self._check_signature(request.query)
        except BadRequest as exc:
            return web.Response(status=exc.status, text=exc.reason)
        return web.Response(text=request.query.get("echostr", ""))

    async def receive(self, request: web.Request) -> web.Response:
        started = time.perf_counter()
        try:
            body = await self._read_body(request)
            self._check_signature(request.query)
            crypto = self.crypto
            outer = self._safe_xml(body, envelope=crypto is not None)
            if crypto is not None:
                if request.query.get("encrypt_type") != "aes" or "Encrypt" not in outer:
                    raise BadRequest(400, "safe mode expects an encrypted message")
                self._check_signature(request.query, outer["Encrypt"], name="msg_signature", fresh=True)
                try:  # its msg_signature was checked just above
                    inner = crypto.decrypt(outer["Encrypt"])
                except InvalidAppIdException:
                    raise BadRequest(403, "cannot decrypt") from None
                except Exception:
                    raise BadRequest(400, "cannot decrypt") from None
                fields = self._safe_xml(inner)
                xml = inner
            else:
                fields, xml = outer, body
            if not fields.get("FromUserName") or not fields.get("MsgType"):
                raise BadRequest(400, "missing FromUserName or MsgType")
            if len(fields["FromUserName"]) > MAX_OPENID_CHARS:
                raise BadRequest(400, "FromUserName is not an openid")
        except BadRequest as exc:
            log.info("wechat request refused: %s %s", exc.status, exc.reason)
            return web.Response(status=exc.status, text=exc.reason)

        telemetry.wechat_message(fields["MsgType"], fields.get("Event", ""))
        try:
            message = self._message(xml, fields)
        except Exception:  # e.g. an empty <Event/> made wechatpy call None.lower(): it was a 500
            log.info("wechat request refused: 400 unreadable message")
            return web.Response(status=400, text="unreadable message")
        try:
            reply_text = await self._dedupe_and_route(message, fields)
        except Exception as exc:
            # Redis (de-duplication, dialog state) or the database is down: a polite text (HTTP 200, so
            # WeChat shows it) and no work done, since the work could not be de-duplicated.
            reply_text = self._failure_text(exc, message.source)
        response = self._render(message, reply_text, crypto)
        elapsed = time.perf_counter() - started
        telemetry.wechat_reply(elapsed)
        log.debug("wechat reply in %.1f ms", elapsed * 1000)
        return response

    def _render(self, message: Any, reply_text: str | None, crypto: SafeModeCrypto | None) -> web.Response:
        """``crypto``: the cipher the request was opened with (None in plain mode)."""
        if not reply_text:
            return web.Response(text="success")
        parts = split_reply(reply_text)
        reply_text = parts[0]
        for extra in parts[1:]:
            # The rest follows as customer-service messages, in order.
            self._push_later(message.source, extra)
        xml = text_reply(reply_text, message)
        if crypto is not None:
            timestamp = str(int(self.core.clock.now().timestamp()))
            xml = crypto.encrypt(xml, None, timestamp)  # a fresh nonce
        return web.Response(text=xml, content_type="application/xml")

    @staticmethod
    def _dedupe_key(message: Any, fields: dict[str, str]) -> str:
        if fields.get("MsgId"):
            return f"wx:seen:msg:{fields['MsgId']}"
        return f"wx:seen:evt:{fields['FromUserName']}:{fields.get('CreateTime', '')}:{fields.get('Event', '')}"

    async def _dedupe_and_route(self, message: Any, fields: dict[str, str]) -> str | None:
        """WeChat retries a message it got no answer for; do the work once, replay the reply.

        Two store round trips per message (bot/turn.py): the de-duplication claim together with
        the binding and dialog-state reads, and at the end the reply record together with the
        message's writes (dialog state, history, list memory). The claim also takes the user's
        lease: a message arriving while the user's previous one is still being handled (a deferred
        确认) waits for it, within its own reply window or deferred in turn."""
        store = self.core.store
        key = self._dedupe_key(message, fields)
        turn = await self.turns.claim(store, fields["FromUserName"], key, PENDING, DEDUPE_TTL_SECONDS,
                                      self.router.preload_keys(message.source))
        if turn is None:
            return await self._replay(key)
        deferred = False

        async def work() -> str | None:
            try:
                await turn.ready()
                reply = await self._route(message, turn)
                record = () if deferred else (
                    StoreWrite("set", key, json_codec.dumps({"text": reply}), DEDUPE_TTL_SECONDS),)
                try:
                    await turn.flush(record)
                except Exception as exc:
                    if not is_outage(exc):
                        raise
                    if not record or turn.had_writes:
                        # The dialog state or history could not be kept: say so, as when a write failed.
                        return self._failure_text(exc, message.source)
                    log.warning("could not keep the reply for %s (Redis unreachable): %r", key, exc)
                return reply
            finally:
                await turn.close()

        loop = asyncio.get_running_loop()
        began = loop.time()
        task = started_task(work(), loop)
        if isinstance(task, Done):
            return task.value  # done without waiting for anything: no task, no timer (issue 14)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        if await finished_within(task, self.reply_budget - (loop.time() - began)):
            return task.result()
        # Too slow for the 5-second window: answer "success" now, push the result later.
        deferred = True
        task.add_done_callback(lambda t: self._deliver_later(t, message.source, key))
        await store.set(key, json_codec.dumps({"text": None}), ttl=DEDUPE_TTL_SECONDS)
        return None

    def _failure_text(self, exc: BaseException, openid: str) -> str:
        if is_outage(exc):
            log.warning("wechat message from %s answered with unavailable.bot, a dependency is down: %r",
                        openid, exc)
            return self.texts.render("unavailable.bot")
        log.error("bot handler failed for %s", openid, exc_info=exc)
        return with_hint(self.texts, "error.unexpected", {}, self.texts.error("unexpected"))

    async def _replay(self, key: str) -> str | None:
        deadline = time.monotonic() + self.reply_budget
        while time.monotonic() < deadline:
            raw = await self.core.store.get(key)
            if raw is None:
                return None
            if raw != PENDING:
                text: str | None = json_codec.loads(raw)["text"]
                return text
            await asyncio.sleep(0.05)
        return None

    def _deliver_later(self, task: asyncio.Task[str | None], openid: str, key: str) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        text = task.result()
        for part in split_reply(text or ""):
            self._push_later(openid, part)

    def _push_later(self, openid: str, text: str) -> None:
        previous = self._last_push.get(openid)

        async def push() -> None:
            if previous is not None:
                await asyncio.wait([previous])  # keep the parts in order
            for attempt, wait in enumerate((0.0, *self.push_retry_delays)):
                await asyncio.sleep(wait)
                try:
                    await self.core.wechat.send_text(openid, text)
                    return
                except Exception as exc:
                    final = is_not_applicable(exc) or attempt == len(self.push_retry_delays)
                    log.warning("customer-service message to %s failed (try %s%s): %r", openid, attempt + 1,
                                ", giving up" if final else "", exc)
                    if final:
                        return

        task = asyncio.create_task(push())
        self._last_push[openid] = task
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    async def _route(self, message: Any, turn: MessageTurn | None = None) -> str | None:
        openid = message.source
        try:
            if message.type == "text":
                return await self.router.on_text(openid, message.content or "", turn)
            recognition = str(getattr(message, "recognition", "") or "") if message.type == "voice" else ""
            if recognition.strip():
                # A voice message with WeChat's speech recognition on: its text is the message.
                return await self.router.on_text(openid, recognition, turn)
            if message.type == "image":
                return await self.router.on_media(openid, "image", str(getattr(message, "media_id", "") or ""),
                                                  turn)
            if message.type == "event":
                event = str(message.event or "").lower()
                key = getattr(message, "key", None)
                if event in ("subscribe_scan", "scan") or (event == "subscribe" and getattr(message, "scene_id", None)):
                    event = "subscribe_scan"
                return await self.router.on_event(openid, event, message, key, turn)
            return await self.router.on_other(openid, turn)
        except Exception as exc:
            return self._failure_text(exc, openid)

    async def drain(self, seconds: float = 10.0) -> None:
        """Let deferred replies finish (graceful shutdown)."""
        if self.background:
            await asyncio.wait(list(self.background), timeout=seconds)


ENDPOINT = web.AppKey("wechat_endpoint", WeChatEndpoint)


def setup(app: web.Application, core: Core, texts: Texts) -> WeChatEndpoint:
    endpoint = WeChatEndpoint(core=core, texts=texts, router=Router(core, texts))
    app[ENDPOINT] = endpoint
    app.router.add_get("/wechat", endpoint.verify)
    app.router.add_post("/wechat", endpoint.receive)
    if core.settings.wechat_api == "console" and core.settings.environment != "production":
        # Development only: unauthenticated (production refuses WECHAT_API=console anyway).
        add_dev_routes(app, core)
    return endpoint
