"""Logging: JSON lines (production) or text, a request id on every line, secrets masked.

``LOG_FORMAT=json`` writes one JSON object per line with ``time`` (UTC, ISO 8601),
``level``, ``logger``, ``message``, ``request_id`` and any ``extra={...}`` fields;
``LOG_FORMAT=text`` writes ``time level logger [request_id] message``. The default is
json when ``ENVIRONMENT=production``, text otherwise. ``LOG_LEVEL`` sets the level.

Masking (:class:`MaskingFilter`, on our handler) rewrites the message, its arguments,
string ``extra`` fields and exception text before anything is written:
mainland mobile numbers (``138****1234``), bearer and session tokens, SMS codes,
passwords and secrets (``password=***``), and any long random-looking token. The one
exception is the console SMS adapter's development line (``SMS to <phone>: …验证码是
NNNNNN``), which is how a developer reads the code locally; that adapter is refused in
production.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO, Any

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

from fapiao.observability.context import current_request_id

#: Loggers that talk too much at INFO.
NOISY_LOGGERS = ("tortoise", "aiosqlite", "asyncio", "jieba", "urllib3", "asyncpg", "aiohttp.access")
#: The access log's logger (fapiao/observability/middleware.py): its lines carry no user data.
ACCESS_LOGGER = "fapiao.access"
#: The access line's message (its arguments: method, route template, status, milliseconds).
ACCESS_MESSAGE = "%s %s %s %.1fms"
#: A record carrying this attribute (``extra={UNMASKED: True}``) from the console SMS adapter is left readable.
UNMASKED = "unmasked"
_UNMASKED_LOGGERS = ("fapiao.sms",)

_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
#: The access line's own fields: method, route template, status, elapsed seconds, client address.
AccessFields = tuple[str, str, int, float, str]
#: json's encoder of a string with ``ensure_ascii=False`` (the C one json.dumps uses).
encode_basestring: Callable[[str], str] = json.encoder.encode_basestring

_SECRET_KEYS = (
    r"password|passwd|pwd|new_password|old_password|secret|secret_key|app_?secret|client_secret|api_?key|"
    r"access_token|refresh_token|session_key|session_token|session|token|authorization|"
    r"sms_code|verify_code|totp|otp|aes_key|encoding_aes_key"
)


_HEX_OR_UUID = re.compile(r"[0-9a-fA-F-]+")
_TOKEN_CHAR_CLASSES = (re.compile(r"\d"), re.compile(r"[a-z]"), re.compile(r"[A-Z]"))


def _mask_token(match: re.Match[str]) -> str:
    token = match.group(0)
    # Random tokens (secrets.token_urlsafe, openids, keys) mix upper case, lower case and digits;
    # identifiers, file names and hex hashes or UUIDs (not secrets, useful when debugging) do not.
    if _HEX_OR_UUID.fullmatch(token) or not all(chars.search(token) for chars in _TOKEN_CHAR_CLASSES):
        return token
    return token[:4] + "****"


MASK_RULES: tuple[_Rule, ...] = (
    # Authorization: Bearer <token>
    (re.compile(r"(?i)\b(bearer\s+)[^\s,;\"']+"), r"\1***"),
    # key=value / "key": "value" / key: value for passwords, secrets and tokens
    (re.compile(rf"(?i)(?<![A-Za-z0-9])((?:{_SECRET_KEYS})[\"']?\s*[:=]\s*)(?:\"[^\"]*\"|'[^']*'|[^\s,;&}}\])]+)"),
     r"\1***"),
    # SMS / verification codes: code=123456, 'code': '123456', 验证码是 123456, 验证码：123456
    (re.compile(r"(?i)\b((?:sms_)?code[\"']?\s*[:=]\s*[\"']?)\d{4,8}(?!\d)"), r"\1******"),
    (re.compile(r"(验证码[^\d\n]{0,8})\d{4,8}(?!\d)"), r"\1******"),
    # capability URLs: verification pages and downloads
    (re.compile(r"(/(?:v|dl)/)[A-Za-z0-9_-]{16,}"), r"\1***"),
    # mainland mobile numbers, optionally with +86 / 86
    (re.compile(r"(?<![\d])((?:\+?86[- ]?)?1[3-9]\d)\d{4}(\d{4})(?!\d)"), r"\1****\2"),
    # e-mail addresses: first character and the domain stay (w***@example.com), like the masked phone
    (re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"),
     r"\1***@\2"),
    # anything else that looks like a random token (session tokens, proofs, openids, keys)
    (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])"), _mask_token),
)


#: Something at least one rule needs: a keyword of the bearer / secret / code rules, 验证码, a
#: capability path, 11 digits in a row (a mobile number) or a 24-character token run. Text without
#: any of them comes out of :data:`MASK_RULES` unchanged, so :func:`mask` returns it as it is
#: (most log lines, e.g. the access log's ``POST /wechat 200 3.1ms``). Keep it in step with the rules.
_MAY_NEED_MASKING = re.compile(
    r"(?i)bearer|pass|pwd|secret|key|token|session|authorization|code|otp|\u9a8c\u8bc1\u7801|/v/|/dl/|\d{11}|[A-Za-z0-9_-]{24}|@"
)


def mask(text: str) -> str:
    """``text`` with phone numbers, tokens, codes, passwords and secrets masked."""
    if _MAY_NEED_MASKING.search(text) is None:
        return text
    for pattern, replacement in MASK_RULES:
        text = pattern.sub(replacement, text)
    return text


_STANDARD_ATTRS = frozenset(RESERVED_ATTRS) | {"taskName", "request_id", UNMASKED, "message", "asctime"}


class MaskingFilter(logging.Filter):
    """Masks the formatted message, string extra fields and the exception text of a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == ACCESS_LOGGER:
            # The access line is built from the method, the route *template* (never the raw path or
            # query), the status, the duration and the client address: nothing to mask, and it is
            # written once per request, so it skips the per-attribute pass (~10 µs).
            return True
        if getattr(record, UNMASKED, False) and record.name.startswith(_UNMASKED_LOGGERS):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw parts, masked
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = mask(message), None
        for key, value in list(vars(record).items()):
            if isinstance(value, str) and key not in _STANDARD_ATTRS:
                masked = mask(value)
                if masked is not value:
                    setattr(record, key, masked)
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` (None outside a request) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id()
        return True


class _JsonFormatter(JsonFormatter):
    _second: int | None = None
    _stamp = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return self.utc_time(record.created)

    def utc_time(self, created: float) -> str:
        """``datetime.fromtimestamp(created, UTC).isoformat(timespec="milliseconds")`` (costly), its date
        and time part made once a second. The milliseconds are datetime's: ``created`` rounded half to
        even to microseconds, as ``fromtimestamp`` rounds it (a carry moves to the next second), then
        truncated; a test holds this to datetime's own over random and boundary timestamps."""
        fraction, whole = math.modf(created)
        micros = round(fraction * 1e6)
        if micros >= 1_000_000:
            micros -= 1_000_000
            whole += 1.0
        elif micros < 0:
            micros += 1_000_000
            whole -= 1.0
        second = int(whole)
        if second != self._second:
            self._stamp = datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds")[:-6]
            self._second = second
        return f"{self._stamp}.{micros // 1000:03d}+00:00"

    def access_line(self, time_: float, level_name: str, request_id: str | None, message: str,
                    fields: AccessFields) -> str | None:
        """What :meth:`format` makes of the access record (fapiao/observability/middleware.py), or None
        for values whose JSON this does not spell as json.dumps would (not an int status, a duration
        that is not a finite float: nothing the middleware passes)."""
        method, route, status, elapsed, remote = fields
        duration = round(elapsed * 1000, 2) if type(elapsed) is float else None
        if type(status) is not int or duration is None or not -1e300 < duration < 1e300:
            return None
        encode = encode_basestring
        # The record's fields in format()'s order: the format string's (renamed), then the extra fields
        # in the order access_record sets them; json.dumps's separators; strings through json's own
        # encoder of strings (ensure_ascii=False); ints and floats as json writes them (their repr).
        return (f'{{"time": "{self.utc_time(time_)}", "level": {encode(level_name)}, "logger": "{ACCESS_LOGGER}", '
                f'"message": {encode(message)}, "request_id": {"null" if request_id is None else encode(request_id)}, '
                f'"method": {encode(method)}, "route": {encode(route)}, "status": {status!r}, '
                f'"duration_ms": {duration!r}, "remote": {encode(remote)}}}')


class _TextFormatter(logging.Formatter):
    _second: int | None = None
    _stamp = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """logging's default time (``2026-12-06 18:30:05,123``, local time), its date and time part
        formatted once a second rather than once a line (issue 14: the access line)."""
        if datefmt is not None or self.default_msec_format is None:
            return super().formatTime(record, datefmt)
        return self.default_msec_format % (self._date_and_time(int(record.created)), record.msecs)

    def _date_and_time(self, second: int) -> str:
        if second != self._second:
            self._stamp = time.strftime(self.default_time_format, self.converter(second))
            self._second = second
        return self._stamp

    def access_line(self, time_: float, level_name: str, request_id: str | None, message: str,
                    fields: AccessFields) -> str | None:
        """What :meth:`format` makes of the access record (fapiao/observability/middleware.py):
        ``time level logger [request_id] message``, the milliseconds as LogRecord computes ``msecs``."""
        if self.datefmt is not None or self.default_msec_format is None:
            return None
        second = int(time_)
        stamp = self.default_msec_format % (self._date_and_time(second), int((time_ - second) * 1000))
        return f"{stamp} {level_name} {ACCESS_LOGGER} [{'-' if request_id is None else request_id}] {message}"

    def format(self, record: logging.LogRecord) -> str:
        if getattr(record, "request_id", None) is None:
            record.request_id = "-"
            try:
                return super().format(record)
            finally:
                record.request_id = None
        return super().format(record)


def json_formatter() -> logging.Formatter:
    return _JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        reserved_attrs=[*RESERVED_ATTRS, "taskName", UNMASKED],
        json_ensure_ascii=False,
        json_default=str,
    )


def text_formatter() -> logging.Formatter:
    return _TextFormatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")


class AccessWriter:
    """Writes the access line (fapiao/observability/middleware.py) as the logging configuration
    :func:`setup_logging` built would, without logging's dispatch: the record, the logger's walk up
    to the root, two filters, the formatter's generic pass over the record's attributes cost ~74 k
    instructions a request in text, ~155 k in JSON (issue 14); the string and the write are a fraction
    (bench/results/2026-12-07-pass7/log/).

    That is right only while the configuration is the one built, so each :meth:`write` first checks
    it, by identity and cheaply: no filter or handler on the access logger or a logger between it
    and the root, all propagating; the root's handlers exactly ``[ours]``; ours with its own filters,
    formatter and a level that lets the line through. Anything else (pytest's caplog, an operator's
    ``dictConfig``, a test's handler) and :meth:`write` returns False: the caller logs the record.
    tests/ops/test_access_line.py holds both ways to the same bytes.
    """

    __slots__ = ("filters", "formatter", "handler", "handlers", "logger", "root")

    def __init__(self, handler: logging.StreamHandler[IO[str]], formatter: _TextFormatter | _JsonFormatter) -> None:
        self.handler = handler
        self.formatter = formatter
        self.filters = list(handler.filters)
        self.handlers: list[logging.Handler] = [handler]
        self.root = logging.getLogger()
        self.logger = logging.getLogger(ACCESS_LOGGER)

    def _unchanged(self, level: int) -> bool:
        # What Logger.handle and callHandlers would consult for this record. The loggers' levels and
        # ``disabled`` are the caller's isEnabledFor; the formatter is ours (its access_line declines a
        # datefmt), the stream is read at each write (TurnBatchedStream may replace it).
        logger, root = self.logger, self.root
        while logger is not root:
            if logger.handlers or not logger.propagate or logger.parent is None:
                return False
            logger = logger.parent
        handler = self.handler
        return (not self.logger.filters and root.handlers == self.handlers and handler.filters == self.filters
                and handler.formatter is self.formatter and level >= handler.level)

    def write(self, level: int, fields: AccessFields, request_id: str | None, now: float) -> bool:
        """Write the line at ``level`` (the caller has asked the logger ``isEnabledFor``); False, with
        nothing written, when the configuration is not the one built or the formatter declines."""
        if not self._unchanged(level):
            return False
        method, route, status, elapsed, _remote = fields
        message = ACCESS_MESSAGE % (method, route, status, elapsed * 1000)
        line = self.formatter.access_line(now, logging.getLevelName(level),
                                          request_id or current_request_id(),  # as RequestIdFilter
                                          message, fields)
        if line is None:
            return False
        handler = self.handler
        lock = handler.lock
        if lock is None:
            return False
        # StreamHandler.handle and emit, inlined: under the handler's lock, one write and a flush; an
        # error goes to handleError (a "--- Logging error ---" report on stderr), never to the request.
        with lock:
            try:
                stream = handler.stream
                stream.write(line + handler.terminator)
                if stream and hasattr(stream, "flush"):
                    stream.flush()
            except RecursionError:  # as emit: see CPython issue 36272
                raise
            except Exception:
                handler.handleError(logging.LogRecord(ACCESS_LOGGER, level, __file__, 0, ACCESS_MESSAGE,
                                                      (method, route, status, elapsed * 1000), None))
        return True


#: Installed by :func:`setup_logging`; None until then.
access_writer: AccessWriter | None = None


def build_handler(log_format: str = "text", stream: IO[str] | None = None) -> logging.StreamHandler[IO[str]]:
    """A stream handler with the request-id and masking filters and the chosen format."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(MaskingFilter())
    handler.setFormatter(json_formatter() if log_format == "json" else text_formatter())
    handler.set_name("fapiao")
    return handler


def _from_settings() -> tuple[str, str]:
    """(format, level) from the settings; text/INFO when the settings do not load (their
    errors are reported by the caller right after)."""
    from pydantic import ValidationError

    from core.settings import Settings

    try:
        settings = Settings()
    except ValidationError:
        return "text", "INFO"
    return settings.effective_log_format, settings.log_level


def setup_logging(*, verbose: bool = False, log_format: str | None = None, level: str | None = None,
                  stream: IO[str] | None = None) -> logging.Handler:
    """Replace the root logger's handlers with ours. ``verbose`` forces DEBUG."""
    configured_format, configured_level = _from_settings() if log_format is None or level is None else ("", "")
    handler = build_handler(log_format or configured_format, stream)
    global access_writer
    formatter = handler.formatter
    access_writer = AccessWriter(handler, formatter) if isinstance(formatter, _TextFormatter | _JsonFormatter) else None
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else (level or configured_level).upper())
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return handler


def extra(**fields: Any) -> dict[str, Any]:
    """``log.info("…", extra=extra(route=…))`` — a tiny helper so call sites read well."""
    return fields
