"""Prometheus counters and histograms the core (and the transports) increment.

Services call the typed helpers (``telemetry.invoice_issued(kind, red=False)``) rather
than touching metric objects, so names, labels and their allowed values live in one
place. The metric objects are module globals registered in prometheus_client's default
registry; ``fapiao/observability/metrics.py`` exposes them at ``/metrics`` together
with the gauges it computes at scrape time (outbox backlog, backup age).

Multi-process (``fapiao serve --workers N``): when ``PROMETHEUS_MULTIPROC_DIR`` is set
*before this module is first imported*, prometheus_client keeps every value in a
per-process file in that directory and ``/metrics`` sums them over the workers. No
gauge is kept here for that reason: gauges are computed at scrape time instead.

Invoices are counted only after the issuing transaction committed: wrap the
transaction in :func:`count_issued_after_commit`; ``Issuing._store_issued`` reports into it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from prometheus_client import Counter, Histogram, disable_created_metrics

NAMESPACE = "fapiao"
# No ``*_created`` series next to every counter and histogram: they only add noise here.
disable_created_metrics()  # type: ignore[no-untyped-call]

#: Request latency buckets (seconds): the API aims at tens of milliseconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
#: WeChat retries after 5 s; our budget is 4 s and the target p99 is ~50 ms.
WECHAT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 10.0)

#: Known WeChat MsgType / Event values; anything else is counted as "other" (bounded labels).
WECHAT_MSG_TYPES = frozenset({"text", "image", "voice", "video", "shortvideo", "location", "link", "event",
                              "file", "miniprogrampage"})
WECHAT_EVENTS = frozenset({"subscribe", "unsubscribe", "subscribe_scan", "scan", "location", "click", "view",
                           "templatesendjobfinish", "subscribe_msg_popup_event", "subscribe_msg_change_event",
                           "subscribe_msg_sent_event", "scancode_push", "scancode_waitmsg", "pic_sysphoto",
                           "pic_photo_or_album", "pic_weixin", "location_select", "view_miniprogram"})
SMS_REFUSAL_RULES = frozenset({"cooldown", "phone", "ip", "openid", "budget"})
LOGIN_FAILURE_REASONS = frozenset({"password", "unknown_account", "second_factor", "locked"})

HTTP_REQUEST_SECONDS = Histogram(
    "http_request_duration_seconds", "HTTP request latency by route template, method and status class",
    ["route", "method", "status"], namespace=NAMESPACE, buckets=LATENCY_BUCKETS,
)
WECHAT_REPLY_SECONDS = Histogram(
    "wechat_reply_duration_seconds", "Time from receiving a WeChat message to answering it (passive reply or "
    "'success')", namespace=NAMESPACE, buckets=WECHAT_BUCKETS,
)
WECHAT_MESSAGES = Counter(
    "wechat_messages", "WeChat messages received (signature checked), by MsgType and Event",
    ["msg_type", "event"], namespace=NAMESPACE,
)
INVOICES_ISSUED = Counter(
    "invoices_issued", "Invoices issued (counted after the issuing transaction committed)",
    ["kind", "red"], namespace=NAMESPACE,
)
SMS_SENT = Counter("sms_sent", "SMS handed to the gateway, by message template", ["template"], namespace=NAMESPACE)
SMS_REFUSED = Counter(
    "sms_refused", "SMS code requests refused by a send limit (cooldown, per phone, per IP, per openid)",
    ["rule"], namespace=NAMESPACE,
)
LOGINS_FAILED = Counter(
    "logins_failed", "Failed logins (wrong password, unknown account, wrong second factor, refused while locked)",
    ["reason"], namespace=NAMESPACE,
)
SMS_BUDGET_EXHAUSTED = Counter(
    "sms_budget_exhausted", "Sends refused because the platform's SMS budget (hour or day) is spent: an alarm",
    ["window"], namespace=NAMESPACE)
ACCOUNTS_LOCKED = Counter("accounts_locked", "Accounts locked after too many failed logins", namespace=NAMESPACE)


def _bounded(value: str, allowed: frozenset[str]) -> str:
    return value if value in allowed else "other"


def status_class(status: int) -> str:
    return f"{status // 100}xx" if 100 <= status < 600 else "other"


#: The labelled histogram of each (route, method, status class): prometheus_client's labels() takes a
#: lock and builds a key on every call; routes are templates, so the set stays small (bounded below).
_HTTP_CHILDREN: dict[tuple[str, str, int], Any] = {}
_HTTP_CHILDREN_MAX = 4096


def http_request(route: str, method: str, status: int, seconds: float) -> None:
    key = (route, method, status)
    child = _HTTP_CHILDREN.get(key)
    if child is None:
        child = HTTP_REQUEST_SECONDS.labels(route=route, method=method.upper(), status=status_class(status))
        if len(_HTTP_CHILDREN) < _HTTP_CHILDREN_MAX:
            _HTTP_CHILDREN[key] = child
    child.observe(seconds)


def wechat_reply(seconds: float) -> None:
    WECHAT_REPLY_SECONDS.observe(seconds)


_WECHAT_CHILDREN: dict[tuple[str, str], Any] = {}


def wechat_message(msg_type: str, event: str = "") -> None:
    msg_type = _bounded(msg_type.lower(), WECHAT_MSG_TYPES)
    event = _bounded(event.lower(), WECHAT_EVENTS) if msg_type == "event" else ""
    child = _WECHAT_CHILDREN.get((msg_type, event))
    if child is None:  # bounded: both values come from fixed lists
        child = _WECHAT_CHILDREN[(msg_type, event)] = WECHAT_MESSAGES.labels(msg_type=msg_type, event=event)
    child.inc()


def sms_sent(template: str) -> None:
    SMS_SENT.labels(template=template if template.startswith("sms.") else "other").inc()


def sms_refused(rule: str) -> None:
    SMS_REFUSED.labels(rule=_bounded(rule, SMS_REFUSAL_RULES)).inc()


def sms_budget_exhausted(window_seconds: int) -> None:
    SMS_BUDGET_EXHAUSTED.labels("hour" if window_seconds <= 3600 else "day").inc()


def login_failed(reason: str) -> None:
    LOGINS_FAILED.labels(reason=_bounded(reason, LOGIN_FAILURE_REASONS)).inc()


def account_locked() -> None:
    ACCOUNTS_LOCKED.inc()


_issued: ContextVar[list[tuple[str, bool]] | None] = ContextVar("fapiao_issued_in_tx", default=None)


def _count_issued(kind: str, red: bool) -> None:
    INVOICES_ISSUED.labels(kind=kind if kind in ("normal", "special") else "other", red="true" if red else "false").inc()


def invoice_issued(kind: str, *, red: bool = False) -> None:
    """An invoice got its number. Inside :func:`count_issued_after_commit` it is counted when
    the transaction commits (and not at all on rollback); outside, at once."""
    pending = _issued.get()
    if pending is None:
        _count_issued(kind, red)
    else:
        pending.append((kind, red))


@asynccontextmanager
async def count_issued_after_commit() -> AsyncIterator[None]:
    """Enter it *before* the transaction (``async with count_issued_after_commit(), in_transaction("default")``):
    it then exits after the commit, and counts only when no exception escaped."""
    pending: list[tuple[str, bool]] = []
    token = _issued.set(pending)
    try:
        yield
    finally:
        _issued.reset(token)
    for kind, red in pending:  # reached only without an exception: committed
        _count_issued(kind, red)
