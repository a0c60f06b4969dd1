"""The access line written directly (fapiao.observability.logs.AccessWriter) is logging's line, byte for
byte, and logging writes it whenever the configuration is not the one setup_logging built."""

from __future__ import annotations

import contextlib
import io
import logging
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

from fapiao.observability import logs
from fapiao.observability import middleware as mw
from fapiao.observability.context import request_id_var
from fapiao.observability.logs import NOISY_LOGGERS, UNMASKED, AccessWriter, json_formatter, setup_logging
from templates import texts

ROOT = logging.getLogger()


@contextlib.contextmanager
def configured(log_format: str, level: str = "INFO") -> Iterator[tuple[io.StringIO, AccessWriter]]:
    """Logging as ``fapiao serve`` sets it up, writing to a buffer; everything put back afterwards
    (pytest's own capture handlers included: setup_logging removes the root's handlers)."""
    saved = (list(ROOT.handlers), ROOT.level, {name: logging.getLogger(name).level for name in NOISY_LOGGERS},
             logs.access_writer, logging._warnings_showwarning is not None)  # type: ignore[attr-defined]
    buffer = io.StringIO()
    try:
        setup_logging(log_format=log_format, level=level, stream=buffer)
        assert logs.access_writer is not None
        yield buffer, logs.access_writer
    finally:
        handlers, level_no, noisy, writer, captured = saved
        for handler in list(ROOT.handlers):
            ROOT.removeHandler(handler)
        for handler in handlers:
            ROOT.addHandler(handler)
        ROOT.setLevel(level_no)
        for name, noisy_level in noisy.items():
            logging.getLogger(name).setLevel(noisy_level)
        logs.access_writer = writer
        logging.captureWarnings(captured)


def take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# -- references: the formats as logging's and python-json-logger's own code writes them, no cache of ours --


class _DatetimeJsonFormatter(JsonFormatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


def reference_line(log_format: str, record: logging.LogRecord) -> str:
    if log_format == "text":
        formatter: logging.Formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
    else:
        ours = json_formatter()
        formatter = _DatetimeJsonFormatter(ours._fmt, rename_fields=ours.rename_fields,  # type: ignore[attr-defined]
                                           reserved_attrs=[*RESERVED_ATTRS, "taskName", UNMASKED],
                                           json_ensure_ascii=False, json_default=str)
    if log_format == "text" and record.request_id is None:  # type: ignore[attr-defined]
        record.request_id = "-"
    return formatter.format(record) + "\n"


# -- random requests -----------------------------------------------------------------------------

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "M-SEARCH"]
ROUTES = ["/wechat", "/api/v1/invoices/{invoice_id}", "unmatched", "/healthz", "/metrics", "/v/{token}", "/",
          "/api/v1/auth/login", '/odd"quote', "/back\\slash", "/tab\there", "/新/路由", "/\x00\x1f\x7f", "/\u2028"]
# Addresses, and strings the masking would hide were it applied to the access line (it is not, either way).
REMOTES = ["127.0.0.1", "10.0.0.254", "::1", "2001:db8::8a2e:370:7334", "", "13800138000", "+8613912345678",
           "T0k3n_urlsafe-AbCdEfGhIjKlMnOpQrStUv", "password=hunter2", "Bearer abc.def", "w@example.com",
           "验证码是 123456"]


def random_request_id(rng: random.Random) -> str | None:
    kind = rng.randrange(4)
    if kind == 0:
        return "".join(rng.choices("0123456789abcdef", k=16))
    if kind == 1:
        alphabet = "ABCxyz0189._:-"
        return rng.choice("Aa0") + "".join(rng.choices(alphabet, k=rng.randrange(7, 64)))
    if kind == 2:
        return "T0k3nAbCdEfGhIjKlMnOpQrStUvWx"  # a token-looking id the masking would shorten
    return None  # no id: RequestIdFilter reads the context (set or not)


def random_elapsed(rng: random.Random) -> float:
    kind = rng.randrange(6)
    if kind == 0:
        return 0.0
    if kind == 1:
        return rng.choice([0.00005, 0.00015, 0.000005, 0.0000049999, 0.00125, 0.0001249999999, 1e-12])
    if kind == 2:
        return rng.uniform(0, 0.002)
    if kind == 3:
        return 10 ** rng.uniform(-9, 5)
    return rng.uniform(0, 30)


def random_times(rng: random.Random, count: int) -> list[float]:
    """Times around a few seconds, boundaries of seconds, milliseconds and microseconds included, in no order."""
    second = float(rng.randrange(1_700_000_000, 1_900_000_000))
    edges = [second - 1e-6, second - 4.9e-7, second - 5e-7, second - 5.1e-7, second, second + 1 / 128,
             second + 5e-7, second + 0.0005, second + 0.9995, second + 0.9999995, second + 0.999, second + 1]
    times = edges + [second + rng.uniform(-2, 3) for _ in range(count - len(edges))]
    rng.shuffle(times)
    return times


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_the_written_line_is_loggings_line(log_format: str) -> None:
    rng = random.Random(f"access-{log_format}")
    with configured(log_format, level="DEBUG") as (buffer, writer):
        for now in random_times(rng, 1500):
            level = rng.choice([logging.INFO, logging.INFO, logging.DEBUG])
            fields = (rng.choice(METHODS), rng.choice(ROUTES), rng.choice([200, 200, 201, 204, 302, 400, 403, 404,
                      413, 499, 500, 503, rng.randrange(100, 600)]), random_elapsed(rng), rng.choice(REMOTES))
            request_id = random_request_id(rng)
            context = request_id_var.set(rng.choice([None, "ctx-0123456789"]))
            try:
                assert writer.write(level, fields, request_id, now)
                written = take(buffer)
                record = mw.access_record(level, fields, request_id, now)
                mw.access_log.handle(record)
                logged = take(buffer)
                reference = reference_line(log_format, mw.access_record(level, fields, request_id or request_id_var.get(),
                                                                        now))
            finally:
                request_id_var.reset(context)
            assert written == logged == reference, (now, fields, request_id)


def test_the_json_time_is_datetimes() -> None:
    """The JSON time's per-second cache rounds as datetime.fromtimestamp does (half to even, to microseconds)."""
    rng = random.Random("utc-time")
    formatter = json_formatter()
    times = random_times(rng, 3000) + [rng.uniform(0, 4e9) for _ in range(3000)]
    times += [n + k / 128 for n in (0, 1_795_770_000) for k in range(128)]  # exact halves of a microsecond
    for now in times:
        assert formatter.utc_time(now) == datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds"), now  # type: ignore[attr-defined]


async def test_a_request_through_the_middleware_writes_the_line_once(aiohttp_client: Any, monkeypatch: Any) -> None:
    async def ok(_request: web.Request) -> web.StreamResponse:
        return web.Response(text="ok")

    app = web.Application(middlewares=[mw.make_middleware(texts())])
    app.router.add_get("/items/{item_id}", ok)
    written: list[bool] = []
    original = AccessWriter.write

    def spy(self: AccessWriter, *args: Any) -> bool:
        written.append(original(self, *args))
        return written[-1]

    monkeypatch.setattr(AccessWriter, "write", spy)
    with configured("json") as (buffer, _writer):
        client = await aiohttp_client(app)
        response = await client.get("/items/7", headers={"X-Request-Id": "through-the-app-01"})
        assert response.status == 200
        lines = take(buffer).splitlines()
    access = [line for line in lines if '"logger": "fapiao.access"' in line]
    assert written == [True]
    assert len(access) == 1
    assert '"message": "GET /items/{item_id} 200 ' in access[0]
    assert '"request_id": "through-the-app-01"' in access[0]


# -- the fallback --------------------------------------------------------------------------------

FIELDS = ("POST", "/wechat", 200, 0.0012, "127.0.0.1")


@pytest.fixture
def logged(monkeypatch: Any) -> list[logging.LogRecord]:
    """The access records handed to logging (the fallback), as they are made."""
    records: list[logging.LogRecord] = []
    original = mw.access_record

    def making(*args: Any) -> logging.LogRecord:
        records.append(original(*args))
        return records[-1]

    monkeypatch.setattr(mw, "access_record", making)
    return records


class _Reject(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


def _other_handler() -> logging.Handler:
    return logging.StreamHandler(io.StringIO())


# (what changes, whether our handler still writes the line); each change is undone by the returned callable.
CHANGES = {
    "a handler on the root": (lambda w: _add(ROOT, _other_handler()), True),
    "a handler on the logger fapiao": (lambda w: _add(logging.getLogger("fapiao"), _other_handler()), True),
    "a handler on the access logger": (lambda w: _add(mw.access_log, _other_handler()), True),
    "a filter on our handler": (lambda w: _filter(w.handler), False),
    "a filter on the access logger": (lambda w: _filter(mw.access_log), False),
    "the access logger does not propagate": (lambda w: _set(mw.access_log, "propagate", False), False),
    "the logger fapiao does not propagate": (lambda w: _set(logging.getLogger("fapiao"), "propagate", False), False),
    "our handler's level is WARNING": (lambda w: _set(w.handler, "level", logging.WARNING), False),
    "another formatter on our handler": (lambda w: _set(w.handler, "formatter", logging.Formatter("%(message)s")), True),
    "our handler replaced": (lambda w: _replace(w.handler), False),
}


def _add(logger: logging.Logger, handler: logging.Handler) -> Any:
    logger.addHandler(handler)
    return lambda: logger.removeHandler(handler)


def _filter(filterer: logging.Filterer) -> Any:
    reject = _Reject()
    filterer.addFilter(reject)
    return lambda: filterer.removeFilter(reject)


def _set(target: Any, name: str, value: Any) -> Any:
    old = getattr(target, name)
    setattr(target, name, value)
    return lambda: setattr(target, name, old)


def _replace(handler: logging.Handler) -> Any:
    other = _other_handler()
    ROOT.removeHandler(handler)
    ROOT.addHandler(other)

    def undo() -> None:
        ROOT.removeHandler(other)
        ROOT.addHandler(handler)
    return undo


@pytest.mark.parametrize("log_format", ["text", "json"])
@pytest.mark.parametrize("change", list(CHANGES))
def test_a_changed_configuration_goes_through_logging(change: str, log_format: str,
                                                      logged: list[logging.LogRecord]) -> None:
    make_change, ours_writes = CHANGES[change]
    with configured(log_format) as (buffer, writer):
        mw.log_access(logging.INFO, FIELDS, "before-the-change")
        assert not logged  # the unchanged configuration: written directly
        direct = take(buffer)
        assert "before-the-change" in direct
        undo = make_change(writer)
        try:
            assert not writer.write(logging.INFO, FIELDS, "changed-0001", 1_795_770_000.5)
            mw.log_access(logging.INFO, FIELDS, "after-the-change")
            assert [record.request_id for record in logged] == ["after-the-change"]  # type: ignore[attr-defined]
            line = take(buffer)
            assert ("POST /wechat 200 1.2ms" in line) is ours_writes
            if change == "another formatter on our handler":
                assert line == "POST /wechat 200 1.2ms\n"
        finally:
            undo()
        mw.log_access(logging.INFO, FIELDS, "change-undone")  # directly again: the check is not sticky
        assert len(logged) == 1
        assert "change-undone" in take(buffer)


def test_levels_are_asked_of_the_logger_first(logged: list[logging.LogRecord]) -> None:
    with configured("text") as (buffer, _writer):
        mw.log_access(logging.DEBUG, ("GET", "/healthz", 200, 0.0001, ""), "quiet-route-01")  # root at INFO
        assert take(buffer) == ""
        ROOT.setLevel(logging.WARNING)
        mw.log_access(logging.INFO, FIELDS, "root-at-warning")
        assert take(buffer) == ""
        ROOT.setLevel(logging.INFO)
        mw.access_log.setLevel(logging.DEBUG)
        try:
            mw.log_access(logging.DEBUG, ("GET", "/healthz", 200, 0.0001, ""), "quiet-route-02")
        finally:
            mw.access_log.setLevel(logging.NOTSET)
        assert " DEBUG fapiao.access [quiet-route-02] GET /healthz 200 0.1ms\n" in take(buffer)
        assert not logged  # all of it without a record


def test_caplog_sees_the_access_line(caplog: pytest.LogCaptureFixture, logged: list[logging.LogRecord]) -> None:
    with configured("text") as (buffer, _writer):
        # setup_logging took pytest's handlers off the root; caplog's back on it, as when logging was
        # set up before a test that uses caplog.
        ROOT.addHandler(caplog.handler)
        mw.log_access(logging.INFO, FIELDS, "seen-by-caplog")
        assert "[seen-by-caplog] POST /wechat 200 1.2ms" in take(buffer)
    access = [record for record in caplog.records if record.name == "fapiao.access"]
    assert [record.getMessage() for record in access] == ["POST /wechat 200 1.2ms"]
    assert access[0].request_id == "seen-by-caplog"  # type: ignore[attr-defined]
    assert access == logged


class _Broken(io.StringIO):
    def __init__(self, broken: str) -> None:
        super().__init__()
        self.broken = broken

    def write(self, text: str) -> int:
        if self.broken == "write":
            raise OSError(5, "the log pipe is gone")
        return super().write(text)

    def flush(self) -> None:
        if self.broken == "flush":
            raise BrokenPipeError(32, "the reader went away")


@pytest.mark.parametrize("broken", ["write", "flush"])
def test_a_write_error_is_reported_not_raised(broken: str, capsys: pytest.CaptureFixture[str]) -> None:
    """As logging's StreamHandler: the error goes to handleError (a report on stderr), the lock is released,
    the request goes on; the same through logging, with another handler on the root."""
    with configured("text") as (_buffer, writer):
        writer.handler.setStream(_Broken(broken))
        assert writer.write(logging.INFO, FIELDS, "broken-stream-1", 1_795_770_000.25)
        assert not writer.handler.lock._is_owned()  # type: ignore[union-attr]
        direct = capsys.readouterr().err
        ROOT.addHandler(logging.NullHandler())
        mw.log_access(logging.INFO, FIELDS, "broken-stream-2")  # through logging now
        through_logging = capsys.readouterr().err
    for report in (direct, through_logging):
        assert report.startswith("--- Logging error ---\n")
        assert ("OSError: [Errno 5] the log pipe is gone" if broken == "write" else "BrokenPipeError") in report
        assert "Message: '%s %s %s %.1fms'\nArguments: ('POST', '/wechat', 200, 1.2)\n" in report
