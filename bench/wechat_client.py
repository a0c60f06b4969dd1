"""The WeChat load generator's client side, made cheap: requests signed like WeChat's server,
posted over a small HTTP/1.1 keep-alive client, replies decoded with a fast path.

Why: the load generator shares the machine's two cores with the server it measures. With
aiohttp's ``ClientSession``, xmltodict and a fresh signature per message it spent about
0.3-0.5 ms of CPU per message, a core share taken from the server under test (issue 14).
What the server receives and does is unchanged: the same message XML
(``fapiao.chat.wechat_sim.WeChatServerSimulator.text_xml``/``event_xml``), the same query
parameters and the same request headers as aiohttp sent, on keep-alive connections pooled as
aiohttp pools them (one per request in flight, reused last-in first-out).

* :class:`Signer`: query string with WeChat's signature, a fresh nonce per message as WeChat's
  server sends. (It once reused one nonce per second: the server never checks nonce reuse, but
  yarl caches the URLs it builds, so plain mode's repeated query strings skipped the query's
  parse and safe mode's, unique through msg_signature, did not: plain mode looked ~0.015 ms
  cheaper than it is, and safe mode's extra cost that much larger, issue 14.)
* :class:`HttpPool`: HTTP/1.1 on ``asyncio.Protocol``; Content-Length and chunked bodies,
  ``Connection: close`` honoured; a 5-second deadline per request covering connect + reply.
* :class:`Sender`: one user's messages built, posted and judged readable (bench_wechat.py, chat_cpu.py).
* :func:`reply_content`: a reply in exactly the server's text-reply layout (bot/wechat_xml.py
  ``text_reply``) is read with one regular expression; anything else (another layout, a CDATA
  split around ``]]>``, characters a parser would refuse or normalise) goes through the
  simulator's full parse, so what counts as a bad reply does not change.
* Safe mode: messages are sealed and replies opened with ``bot.safe_mode.SafeModeCrypto``
  (byte for byte wechatpy's, tests/unit/test_safe_mode.py) instead of the simulator's wechatpy
  and xmltodict, which cost the client ~85 µs per message against ~7 µs in plain mode. A slower
  client changed what was measured: in a closed loop the server then saw fewer requests per
  turn of its loop, and paid each turn's overhead over fewer messages, which showed as safe
  mode's cost (issue 14). The requests are the simulator's (same parameters, same body layout;
  the tests check them with wechatpy).
"""

from __future__ import annotations

import asyncio
import functools
import re
import secrets
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.safe_mode import SafeModeCrypto
from bot.webhook import signature
from fapiao.chat.wechat_sim import WeChatServerSimulator

#: The headers aiohttp's ClientSession sent for the bench's POST (Host is added per pool), so the
#: server parses the same request as before; only the product name in User-Agent differs.
USER_AGENT = f"Python/{sys.version_info[0]}.{sys.version_info[1]} fapiao-bench"
_POST_HEAD = ("POST {target} HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/xml\r\nAccept: */*\r\n"
              "Accept-Encoding: gzip, deflate\r\nUser-Agent: " + USER_AGENT + "\r\nContent-Length: {length}\r\n\r\n")
_GET_HEAD = ("GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\nAccept-Encoding: gzip, deflate\r\n"
             "User-Agent: " + USER_AGENT + "\r\n\r\n")


class Signer:
    """``?timestamp=…&nonce=…&signature=…&openid=x``: the current second and a fresh nonce per
    message, as WeChat's server sends (see the module's docstring for why not one per second)."""

    def __init__(self, token: str, path: str) -> None:
        self.token = token
        self.path = path
        self.params: dict[str, str] = {}

    def target(self, now: int | None = None) -> str:
        ts = str(int(time.time()) if now is None else now)
        nonce = secrets.token_hex(5)
        # The order aiohttp encoded the simulator's params in (WeChatServerSimulator.sign).
        self.params = {"timestamp": ts, "nonce": nonce, "signature": signature(self.token, ts, nonce), "openid": "x"}
        return f"{self.path}?timestamp={ts}&nonce={nonce}&signature={self.params['signature']}&openid=x"


def post_request(target: str, host: str, body: bytes) -> bytes:
    return _POST_HEAD.format(target=target, host=host, length=len(body)).encode() + body


# -- replies -----------------------------------------------------------------------------------------

#: bot/wechat_xml.py text_reply's layout. Content is non-greedy: a Content holding "]]>" is
#: sent split into several CDATA sections and is left to the full parse (checked below).
_TEXT_REPLY = re.compile(
    r"<xml>\n<MsgType><!\[CDATA\[text\]\]></MsgType>\n<Content><!\[CDATA\[(.*?)\]\]></Content>\n"
    r"<FromUserName><!\[CDATA\[[^\]<]*\]\]></FromUserName>\n<ToUserName><!\[CDATA\[[^\]<]*\]\]></ToUserName>\n"
    r"<CreateTime>\d+</CreateTime>\n</xml>", re.DOTALL)
#: What an XML parser refuses (control characters, U+FFFE/U+FFFF, lone surrogates) or rewrites (\r).
_NOT_PLAIN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff\ud800-\udfff]")


#: bot/safe_mode.py's reply envelope (wechatpy's layout).
_SEALED_REPLY = re.compile(
    r"<xml>\n<Encrypt><!\[CDATA\[([A-Za-z0-9+/=]*)\]\]></Encrypt>\n<MsgSignature><!\[CDATA\[([0-9a-f]{40})\]\]>"
    r"</MsgSignature>\n<TimeStamp>(\d+)</TimeStamp>\n<Nonce><!\[CDATA\[([0-9A-Za-z]*)\]\]></Nonce>\n</xml>")


@functools.lru_cache(maxsize=8)
def sealer(token: str, aes_key: str, appid: str) -> SafeModeCrypto:
    """One cipher per account (its contexts are reused, as the server's are)."""
    return SafeModeCrypto(token, aes_key, appid)


def _plain_content(raw: str) -> str | None:
    """The text of a plain reply in the server's layout, None when it needs the full parse."""
    if (match := _TEXT_REPLY.fullmatch(raw)) is not None:
        content = match.group(1)
        if "]]>" not in content and _NOT_PLAIN.search(raw) is None:
            return content.strip()
    return None


def reply_content(sim: WeChatServerSimulator, raw: str) -> str | None:
    """The reply's text as ``sim.decode_reply(raw)["Content"]`` gives it (stripped, "" when the
    reply has none); None for a deferred reply (``success`` or empty). Raises as decode_reply does."""
    if not sim.aes_key:
        if (content := _plain_content(raw)) is not None:
            return content
    elif (sealed := _SEALED_REPLY.fullmatch(raw)) is not None:
        encrypt, msg_signature, timestamp, nonce = sealed.groups()
        if signature(sim.token, timestamp, nonce, encrypt) != msg_signature:
            raise ValueError("reply signature does not match")
        if (content := _plain_content(sealer(sim.token, sim.aes_key, sim.appid).decrypt(encrypt))) is not None:
            return content
    reply = sim.decode_reply(raw)
    if reply is None:
        return None
    return str(reply.get("Content", "") or "")


# -- HTTP/1.1 keep-alive -------------------------------------------------------------------------------


class ServerDisconnectedError(ConnectionError):
    """The connection closed before the whole reply arrived."""


class BadHttpResponse(ConnectionError):
    """Not an HTTP/1.x response we can read."""


def _parse_chunked(buf: bytearray, start: int) -> tuple[bytes, int] | None:
    """(body, end offset) of a complete chunked body starting at ``start``, None while incomplete."""
    body = bytearray()
    pos = start
    while True:
        line_end = buf.find(b"\r\n", pos)
        if line_end < 0:
            return None
        try:
            size = int(bytes(buf[pos:line_end]).split(b";", 1)[0], 16)
        except ValueError:
            raise BadHttpResponse("bad chunk size") from None
        if size == 0:
            # Trailers (none expected) end with an empty line.
            trailer_end = buf.find(b"\r\n\r\n", line_end)
            if buf[line_end:line_end + 4] == b"\r\n\r\n":
                return bytes(body), line_end + 4
            if trailer_end < 0:
                return None
            return bytes(body), trailer_end + 4
        data_start = line_end + 2
        if len(buf) < data_start + size + 2:
            return None
        body += buf[data_start:data_start + size]
        pos = data_start + size + 2


class _Connection(asyncio.Protocol):
    """One keep-alive connection; one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.buf = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.keep_alive = True
        self._head_end = -1
        self._status = 0
        self._length = -1    # Content-Length; -1 unknown
        self._chunked = False

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            if self._head_end >= 0 and self._length < 0 and not self._chunked:
                # No length given: the body ends with the connection.
                waiter.set_result((self._status, bytes(self.buf[self._head_end:])))
            else:
                waiter.set_exception(ServerDisconnectedError("server disconnected"))

    def send(self, request: bytes, waiter: asyncio.Future[tuple[int, bytes]]) -> None:
        assert self.transport is not None
        self.waiter = waiter
        self.buf.clear()
        self._head_end = -1
        self.transport.write(request)

    def data_received(self, data: bytes) -> None:
        self.buf += data
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        try:
            done = self._complete()
        except BadHttpResponse as exc:
            self.keep_alive = False
            waiter.set_exception(exc)
            return
        if done is not None:
            self.waiter = None
            waiter.set_result(done)

    def _complete(self) -> tuple[int, bytes] | None:
        buf = self.buf
        if self._head_end < 0:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return None
            self._read_head(bytes(buf[:end]))
            self._head_end = end + 4
        start = self._head_end
        if self._chunked:
            parsed = _parse_chunked(buf, start)
            return None if parsed is None else (self._status, parsed[0])
        if self._length >= 0:
            if len(buf) - start < self._length:
                return None
            return self._status, bytes(buf[start:start + self._length])
        return None  # until the connection closes

    def _read_head(self, head: bytes) -> None:
        lines = head.split(b"\r\n")
        status_line = lines[0]
        if not status_line.startswith(b"HTTP/1.") or len(status_line) < 12:
            raise BadHttpResponse(f"bad status line {status_line[:40]!r}")
        try:
            self._status = int(status_line[9:12])
        except ValueError:
            raise BadHttpResponse(f"bad status line {status_line[:40]!r}") from None
        self._length = -1
        self._chunked = False
        self.keep_alive = status_line.startswith(b"HTTP/1.1")
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                self._length = int(value)
            elif name == b"transfer-encoding":
                self._chunked = b"chunked" in value.lower()
            elif name == b"connection":
                value = value.strip().lower()
                self.keep_alive = value == b"keep-alive" or (self.keep_alive and value != b"close")
        if self._chunked:
            self._length = -1


class HttpPool:
    """Keep-alive connections to one ``http://host:port/path``: a request takes the most recently
    released idle connection or opens one (no limit: one per request in flight)."""

    def __init__(self, url: str, timeout: float) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.path = parts.path or "/"
        self.host_header = f"{self.host}:{self.port}"
        self.timeout = timeout
        self._idle: list[_Connection] = []
        self.opened = 0

    async def _acquire(self, deadline: float) -> _Connection:
        while self._idle:
            conn = self._idle.pop()
            if not conn.closed:
                return conn
        loop = asyncio.get_running_loop()
        timeout = deadline - loop.time()
        if timeout <= 0:
            raise TimeoutError
        _, conn = await asyncio.wait_for(loop.create_connection(_Connection, self.host, self.port), timeout)
        self.opened += 1
        return conn

    async def request(self, request: bytes) -> tuple[int, bytes]:
        """(status, body) of one complete request (head and body bytes). Raises TimeoutError after
        ``timeout`` seconds, ConnectionError (and OSError) when the connection fails."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        conn = await self._acquire(deadline)
        waiter: asyncio.Future[tuple[int, bytes]] = loop.create_future()
        timer = loop.call_at(deadline, _expire, waiter)
        try:
            conn.send(request, waiter)
            result = await waiter
        except BaseException:
            # Timed out, failed or cancelled mid-request: the connection's state is unknown.
            conn.closed = True
            if conn.transport is not None:
                conn.transport.abort()
            raise
        finally:
            timer.cancel()
        if conn.keep_alive and not conn.closed:
            self._idle.append(conn)
        elif conn.transport is not None:
            conn.transport.close()
        return result

    def get_request(self, target: str | None = None) -> bytes:
        return _GET_HEAD.format(target=target or self.path, host=self.host_header).encode()

    def close(self) -> None:
        for conn in self._idle:
            if conn.transport is not None:
                conn.transport.close()
        self._idle.clear()


# -- one message ---------------------------------------------------------------------------------------


@dataclass
class Sender:
    """One simulated user's messages: signed (and encrypted) like WeChat's server, posted, the reply decoded."""
    pool: HttpPool
    sim: WeChatServerSimulator
    msg_base: int
    #: Shared by a process's senders.
    signer: Signer | None = None
    last_event_time: int = 0

    def __post_init__(self) -> None:
        if self.signer is None:
            self.signer = Signer(self.sim.token, self.pool.path)

    def build(self, openid: str, text: str | None, seq: int) -> bytes:
        """The whole HTTP request for one message."""
        if text is None:
            # Events are de-duplicated by FromUserName + CreateTime: one per second per user at most.
            self.last_event_time = max(int(time.time()), self.last_event_time + 1)
            xml = self.sim.event_xml(openid, "subscribe", create_time=self.last_event_time)
        else:
            xml = self.sim.text_xml(openid, text, msg_id=self.msg_base + seq)
        return self.request_for(xml)

    def request_for(self, xml: str) -> bytes:
        if self.sim.aes_key:  # safe mode: encrypted per message, as WeChat does
            return self.sealed_request(xml)
        assert self.signer is not None
        return post_request(self.signer.target(), self.pool.host_header, xml.encode())

    def sealed_request(self, xml: str) -> bytes:
        """What ``sim.sign(xml)`` posts in safe mode (its parameters in its order, its body), sealed
        with the bench's cheap cipher (``SafeModeCrypto.seal``)."""
        sim = self.sim
        ts = str(int(time.time()))
        encrypt, msg_signature, nonce = sealer(sim.token, sim.aes_key, sim.appid).seal(xml, None, ts)
        target = (f"{self.pool.path}?timestamp={ts}&nonce={nonce}&signature={signature(sim.token, ts, nonce)}"
                  f"&openid=x&encrypt_type=aes&msg_signature={msg_signature}")
        body = f"<xml><ToUserName><![CDATA[{sim.account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
        return post_request(target, self.pool.host_header, body.encode())

    async def post(self, request: bytes) -> tuple[str | None, str, float]:
        """(error or None, reply text, seconds when the reply arrived)."""
        try:
            status, body = await self.pool.request(request)
        except TimeoutError:
            return "timeout", "", time.perf_counter()
        except OSError as exc:  # ConnectionError and the rest of the socket's errors
            return f"conn_{type(exc).__name__}", "", time.perf_counter()
        arrived = time.perf_counter()
        try:
            raw = body.decode()
        except UnicodeDecodeError as exc:
            return "bad_reply_xml", f"{exc}: {body[:200]!r}", arrived
        if status != 200:
            return f"http_{status}", raw[:200], arrived
        try:
            content = reply_content(self.sim, raw)
        except Exception as exc:  # a reply WeChat would not accept
            return "bad_reply_xml", f"{exc}: {raw[:200]}", arrived
        if content is None:
            return "deferred", "", arrived
        return None, content, arrived


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


def run(main: Callable[[], Any]) -> Any:
    """Run a client coroutine on uvloop (the product's own loop, a project dependency on Linux):
    its cheaper loop leaves more of the machine to the server under test."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - not Linux
        return asyncio.run(main())
    return uvloop.run(main())
