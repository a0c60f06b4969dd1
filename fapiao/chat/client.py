"""The chat client: posts each line to ``/wechat`` as WeChat's server would and prints the replies
and the pushes (see :mod:`fapiao.chat`)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import aiohttp
import xmltodict

from bot.webhook import signature
from core.settings import Settings
from fapiao.chat.menu import load_menu
from fapiao.chat.pushes import Pushes
from fapiao.chat.terminal import HISTORY_FILE, Terminal
from fapiao.chat.wechat_sim import WeChatServerSimulator

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
#: WeChat gives up after 5 seconds; wait a little longer to show what the server does.
REQUEST_TIMEOUT = 15.0
CHECK_TIMEOUT = 5.0

BOT = "bot> "

HELP = """\
commands:
  /help            this list
  /quit            leave (also /exit, Ctrl-D or Ctrl-C)
  /subscribe       follow the official account (subscribe event)
  /unsubscribe     unfollow it (unsubscribe event)
  /menu            show the menu buttons and their keys
  /click KEY       press a menu button (CLICK event); KEY or the button's name
  /image [PATH]    send an image message (PATH: upload that file first, e.g. for 补充材料)
  /openid [X]      act as WeChat user X (without X: show the current one)
  /retry           post the last message again with the same MsgId, as WeChat does
                   when a reply is late: the server must not do the work twice
  /raw             toggle printing the raw XML sent and received
anything else is sent as a text message; start it with // to send text beginning with /"""

COMMANDS = ("/help", "/quit", "/exit", "/subscribe", "/unsubscribe", "/menu", "/click",
            "/image", "/openid", "/retry", "/raw")


@dataclass
class Sent:
    """A message as posted (before signing), kept for ``/retry``."""

    xml: str
    kind: str  # "text", "image" or the event name
    msg_id: int | None = None
    key: str | None = None

    def describe(self) -> str:
        if self.msg_id is not None:
            return f"{self.kind} message, MsgId {self.msg_id}"
        return f"{self.kind} event" + (f" {self.key}" if self.key else "")


def _cdata(text: str) -> str:
    """Text safe inside ``<![CDATA[...]]>`` (a literal ``]]>`` is split in two sections)."""
    return text.replace("]]>", "]]]]><![CDATA[>")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _read_file(path: str) -> bytes:
    return Path(path).expanduser().read_bytes()


def normalise_base_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    return url.rstrip("/")



def isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except Exception:
        return False


class ChatClient:
    def __init__(self, settings: Settings, session: aiohttp.ClientSession, *, base_url: str, openid: str,
                 stdin: TextIO, stdout: TextIO) -> None:
        self.settings = settings
        self.session = session
        self.base = base_url
        self.openid = openid
        self.stdin = stdin
        self.out = stdout
        self.sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid,
                                         settings.wechat_aes_key)
        # A server started with CLOCK_OFFSET_DAYS (development demos) checks timestamps against
        # its shifted clock; sign with the same shift so it does not refuse them as stale.
        self.clock_offset = settings.clock_offset_days * 86400
        self.interactive = isatty(stdin)
        #: ANSI escapes for redrawing the prompt; colours unless NO_COLOR is set.
        self.ansi = isatty(stdout) and os.environ.get("TERM") != "dumb"
        self.color = self.ansi and "NO_COLOR" not in os.environ
        self.raw = False
        self.last: Sent | None = None
        self.menu = load_menu()
        self.pushes = Pushes(self, session, base_url)
        self.terminal = Terminal(stdin, stdout, interactive=self.interactive,
                                 history=Path(settings.data_dir) / HISTORY_FILE, complete=self._completions)

    # -- output ------------------------------------------------------------------

    def _style(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    @property
    def prompt(self) -> str:
        return f"{self.openid}> "

    def emit(self, text: str) -> None:
        """Print on a line of its own, redrawing the prompt if the user is typing."""
        if self.terminal.reading and self.interactive:
            typed = self.terminal.typed()
            lead = "\r\x1b[2K" if self.ansi else "\n"
            self.out.write(f"{lead}{text}\n{self.prompt}{typed}")
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def block(self, label: str, text: str, code: str) -> None:
        lines = text.splitlines() or [""]
        pad = " " * len(label)
        first = self._style(label, code) + lines[0]
        self.emit("\n".join([first, *(pad + line for line in lines[1:])]))

    def note(self, text: str) -> None:
        self.emit(self._style(text, "2"))

    def error(self, text: str) -> None:
        self.emit(self._style("error: ", "31;1") + text)

    # -- startup -----------------------------------------------------------------

    async def check_server(self) -> str | None:
        """GET /wechat as WeChat does when the URL is configured; None if all is well."""
        timestamp = str(int(time.time() + self.clock_offset))
        nonce, echostr = secrets.token_hex(5), secrets.token_hex(8)
        params = {"timestamp": timestamp, "nonce": nonce, "echostr": echostr,
                  "signature": signature(self.settings.wechat_token, timestamp, nonce)}
        unreachable = f"cannot reach the server at {self.base}; start it with `fapiao serve`"
        try:
            async with self.session.get(f"{self.base}/wechat", params=params,
                                        timeout=aiohttp.ClientTimeout(total=CHECK_TIMEOUT)) as resp:
                status, body = resp.status, await resp.text()
        except aiohttp.InvalidURL:
            return f"invalid server URL: {self.base}"
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, ConnectionRefusedError):
                return unreachable
            return f"{unreachable} ({exc.os_error or exc})"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return f"{unreachable} ({type(exc).__name__}: {exc})" if str(exc) else unreachable
        if status == 403 and "timestamp" in body:
            return (f"the server at {self.base} refused the timestamp ({body.strip()}): "
                    "its clock and this machine's differ by more than 5 minutes")
        if status == 403:
            return (f"the server at {self.base} refused the signature: "
                    "WECHAT_TOKEN does not match the server's")
        if status == 404:
            return f"no WeChat endpoint at {self.base}/wechat; is this a fapiao server?"
        if status != 200 or body != echostr:
            return f"unexpected answer from {self.base}/wechat: HTTP {status} {body.strip()[:200]!r}"
        return None

    def banner(self) -> None:
        mode = "safe mode" if self.sim.aes_key else "plaintext"
        self.emit(f"fapiao chat: {self.base} as {self.openid} ({mode}), /help for commands")

    # -- sending -----------------------------------------------------------------

    async def post(self, sent: Sent) -> None:
        self.last = sent
        signed = self.sim.sign(sent.xml, timestamp=int(time.time() + self.clock_offset))
        if self.raw:
            query = "&".join(f"{k}={v}" for k, v in signed.params.items())
            self.note(f">>> POST /wechat?{query}\n{sent.xml}")
            if signed.body != sent.xml:
                self.note(f">>> (encrypted on the wire)\n{signed.body}")
        try:
            async with self.session.post(
                f"{self.base}/wechat", params=signed.params, data=signed.body.encode("utf-8"),
                headers={"Content-Type": "text/xml; charset=utf-8"},
                timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT),
            ) as resp:
                status, body = resp.status, await resp.text()
        except TimeoutError:
            self.error(f"no answer within {REQUEST_TIMEOUT:.0f} s (WeChat gives up after 5 s)")
            return
        except aiohttp.ClientError as exc:
            self.error(f"cannot reach the server at {self.base} ({exc}); is `fapiao serve` still running?")
            return
        if self.raw:
            self.note(f"<<< HTTP {status}\n{body}")
        if status >= 400:
            self.error(f"HTTP {status}: {body.strip()[:500]}")
            hint = self._hint(body)
            if hint:
                self.note(hint)
            await self.pushes.poll_once()
            return
        try:
            reply = self.sim.decode_reply(body)
        except Exception as exc:
            self.error(f"cannot read the reply ({type(exc).__name__}: {exc})")
            if self.sim.aes_key:
                self.note("(does WECHAT_AES_KEY / WECHAT_APPID match the server's?)")
            return
        if reply is None:
            if sent.kind == "text":
                self.pushes.expecting += 1
                self.note("(no immediate reply; the answer will arrive as a push)")
            else:
                self.note("(no reply)")
        else:
            if self.raw and self.sim.aes_key:
                with contextlib.suppress(Exception):
                    self.note("<<< (decrypted)\n" + xmltodict.unparse({"xml": reply}, full_document=False))
            self.block(BOT, self._render(reply), "32;1")
        await self.pushes.poll_once()

    def _hint(self, body: str) -> str | None:
        body = body.strip()
        if body == "safe mode expects an encrypted message":
            return "(the server runs in safe mode: set WECHAT_AES_KEY to the server's key)"
        if body == "cannot decrypt":
            return "(WECHAT_AES_KEY or WECHAT_APPID does not match the server's)"
        if body == "missing FromUserName or MsgType" and self.sim.aes_key:
            return "(the server may run in plaintext mode: unset WECHAT_AES_KEY)"
        if body == "stale timestamp":
            return "(this machine's clock and the server's differ by more than 5 minutes)"
        return None

    @staticmethod
    def _render(reply: dict[str, Any]) -> str:
        kind = str(reply.get("MsgType") or "")
        if kind == "text":
            return str(reply.get("Content") or "")
        if kind == "news":
            items = (reply.get("Articles") or {}).get("item") or []
            lines = []
            for item in items if isinstance(items, list) else [items]:
                lines.append(str(item.get("Title") or ""))
                for field in ("Description", "Url"):
                    if item.get(field):
                        lines.append("  " + str(item[field]))
            return "\n".join(lines) or "[news reply]"
        details = {k: v for k, v in reply.items()
                   if k not in ("ToUserName", "FromUserName", "CreateTime", "MsgType")}
        return f"[{kind or 'unknown'} reply] {details}" if details else f"[{kind or 'unknown'} reply]"

    async def send_text(self, content: str) -> None:
        msg_id = self.sim.next_msg_id()
        await self.post(Sent(self.sim.text_xml(self.openid, _cdata(content), msg_id=msg_id), "text", msg_id))

    async def send_image(self, path: str) -> None:
        """``/image PATH``: upload the file to the server's development media store (what
        WeChat's server does with a photo the user sends), then post the image message with
        its MediaId. Without PATH: an image message whose media the server cannot fetch."""
        media_id = "m1"
        if path:
            try:
                data = await asyncio.to_thread(_read_file, path)
            except OSError as exc:
                self.error(f"cannot read {path}: {exc.strerror or exc}")
                return
            try:
                async with self.session.post(f"{self.base}/dev/media", data=data,
                                             timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)) as resp:
                    if resp.status != 200:
                        self.error(f"upload refused: HTTP {resp.status} {(await resp.text())[:200]}")
                        return
                    media_id = str((await resp.json())["media_id"])
            except (aiohttp.ClientError, TimeoutError, KeyError, ValueError) as exc:
                self.error(f"cannot upload the image ({type(exc).__name__}: {exc}); the server must run "
                           "with WECHAT_API=console")
                return
            self.note(f"(uploaded {len(data)} bytes as media {media_id})")
        msg_id = self.sim.next_msg_id()
        await self.post(Sent(self.sim.image_xml(self.openid, msg_id=msg_id, media_id=media_id), "image", msg_id))

    async def send_event(self, event: str, key: str | None = None) -> None:
        await self.post(Sent(self.sim.event_xml(self.openid, event, key=key), event, key=key))

    # -- commands ----------------------------------------------------------------

    async def handle(self, line: str) -> bool:
        """Act on one input line; False to quit."""
        if line.startswith("//"):
            await self.send_text(line[1:])
            return True
        if not line.startswith("/"):
            await self.send_text(line)
            return True
        command, _, arg = line.partition(" ")
        command, arg = command.lower(), arg.strip()
        if command in ("/quit", "/exit", "/q"):
            return False
        if command in ("/help", "/?"):
            self.emit(HELP)
        elif command == "/subscribe":
            await self.send_event("subscribe")
        elif command == "/unsubscribe":
            await self.send_event("unsubscribe")
        elif command == "/menu":
            self.show_menu()
        elif command == "/click":
            await self.click(arg)
        elif command == "/image":
            await self.send_image(arg)
        elif command == "/openid":
            await self.switch_openid(arg)
        elif command == "/retry":
            if self.last is None:
                self.note("(nothing to retry yet)")
            else:
                self.note(f"(posting the same {self.last.describe()} again)")
                await self.post(self.last)
        elif command == "/raw":
            self.raw = not self.raw
            self.note(f"(raw XML {'on' if self.raw else 'off'})")
        else:
            self.error(f"unknown command {command}; /help lists them (send // for a text starting with /)")
        return True

    def show_menu(self) -> None:
        if not self.menu:
            self.note("(no menu: templates/menu.yaml could not be read)")
            return
        width = max(_display_width(b.name) for b in self.menu) + 2
        lines, group = ["menu (templates/menu.yaml):"], None
        for button in self.menu:
            if button.group and button.group != group:
                group = button.group
                lines.append(f"  {group}")
            indent = "    " if button.group else "  "
            pad = " " * (width - _display_width(button.name))
            if button.type == "click" and button.key:
                action = f"/click {button.key}"
            else:
                action = f"[{button.type}] {button.url or button.key or ''}".rstrip()
            lines.append(f"{indent}{button.name}{pad}{action}")
        self.emit("\n".join(lines))

    async def click(self, arg: str) -> None:
        if not arg:
            self.error("usage: /click KEY (see /menu)")
            return
        keys = {b.key for b in self.menu if b.key}
        key = arg
        if arg not in keys:
            by_name = {b.name: b.key for b in self.menu if b.key}
            by_upper = {k.upper(): k for k in keys}
            if arg in by_name:
                key = str(by_name[arg])
            elif arg.upper() in by_upper:
                key = by_upper[arg.upper()]
            elif self.menu:
                self.note(f"({arg} is not a key of the menu; sending it anyway)")
        await self.send_event("CLICK", key)

    async def switch_openid(self, arg: str) -> None:
        if not arg:
            self.note(f"(you are {self.openid})")
            return
        if any(ch.isspace() for ch in arg):
            self.error("an openid has no spaces")
            return
        if arg == self.openid:
            self.note(f"(already {arg})")
            return
        self.openid = arg
        self.pushes.expecting = 0
        self.note(f"(now acting as {arg})")
        await self.pushes.reset()

    def _completions(self, buffer: str) -> list[str]:
        """What tab completes: the menu keys after ``/click``, the slash commands."""
        if buffer.lower().startswith("/click "):
            return [b.key for b in self.menu if b.key]
        if buffer.startswith("/") and " " not in buffer:
            return list(COMMANDS)
        return []

    async def repl(self) -> None:
        while True:
            line = await self.terminal.read_line(self.prompt)
            if line is None:
                if self.interactive:
                    self.out.write("\n")
                    self.out.flush()
                return
            line = line.strip()
            if line and not await self.handle(line):
                return
