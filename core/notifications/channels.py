"""Delivery channels of the notification outbox (the relay: ``core/notifications/relay.py``).

A channel's ``deliver`` answers ``True`` when the message went out, ``False`` when the
channel does not apply to this user (no binding, no subscribe grant, the 48-hour
customer-service window closed, the user unfollowed) and raises on a transient failure,
which makes the relay retry the event later (never on channels that already succeeded).

Channel names: ``inbox`` (站内信, always on), ``wechat`` (official account: template
message or customer-service text), ``miniapp`` (subscribe message) and ``sms`` (fallback).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from core import telemetry
from core.accounts.models import Account, WeChatBinding
from core.notifications.models import InboxMessage, OutboxEvent, SubscribeGrant
from core.ports import Clock, SmsSender, WeChatApi

log = logging.getLogger(__name__)

INBOX = "inbox"
WECHAT = "wechat"
MINIAPP = "miniapp"
SMS = "sms"

#: The account id of a notification to a WeChat user without an account (a support ticket
#: opened before login); the openid is in the params under :data:`TO_OPENID`.
ANONYMOUS = 0
TO_OPENID = "to_openid"
#: A param naming one bound WeChat user to leave out (e.g. an alert about a new binding goes to
#: the account's other bindings).
EXCEPT_OPENID = "except_openid"

#: WeChat errcodes that will not go away by retrying: the channel does not apply (False).
#: 40003 invalid openid, 43004 user unfollowed, 43101 user refused the subscribe message,
#: 45015 customer-service window (48 h) closed, 45047 customer-service quota for the window.
NOT_APPLICABLE_WECHAT_ERRORS = frozenset({40003, 43004, 43101, 45015, 45047})
#: WeChat errcodes that say our configuration is wrong (40037 invalid template_id, 47003
#: template data invalid, 41030 invalid page, 40036 invalid template_id size): retrying
#: cannot help either, so the channel does not apply (logged as an error) and the
#: fallback may take over.
CONFIG_WECHAT_ERRORS = frozenset({40036, 40037, 41030, 47003})

#: ``send_template(openid, template_id, data, **extras)`` — the WeChat port's ``send_template``.
SendTemplate = Callable[..., Awaitable[None]]
#: ``send_subscribe(openid, template_id, data, **extras)`` — the WeChat port's ``send_subscribe``.
SendSubscribe = Callable[..., Awaitable[None]]
#: Template data field → the param it takes its value from, or a function of the params.
FieldSpec = str | Callable[[Mapping[str, Any]], str]
FieldMap = Mapping[str, Mapping[str, FieldSpec]]
#: Extra keyword arguments of a send (``url``/``miniprogram`` of a template message, ``page``
#: of a subscribe message), computed from the params; by template key or kind like the ids.
Extras = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def is_not_applicable(exc: BaseException) -> bool:
    """A WeChat API error (any exception with ``errcode``) that retrying cannot fix."""
    errcode = getattr(exc, "errcode", None)
    if errcode in CONFIG_WECHAT_ERRORS:
        log.error("WeChat refused a message because of our configuration: %s", exc)
        return True
    return errcode in NOT_APPLICABLE_WECHAT_ERRORS


def _build(fields: Mapping[str, FieldSpec] | None, extras: Extras | None, params: Mapping[str, Any],
           event_id: str) -> tuple[dict[str, dict[str, str]], dict[str, Any]] | None:
    """Template data and extra arguments; None (logged) when the configured mapping fails
    on these params -- a configuration problem that retrying cannot fix."""
    try:
        return template_data(fields, params), dict(extras(params)) if extras is not None else {}
    except Exception:
        log.exception("event %s: the template field mapping failed", event_id)
        return None


async def _binding_openid(account_id: int, app: str) -> str | None:
    binding = await WeChatBinding.filter(account_id=account_id, app=app).order_by("-id").first()
    return binding.openid if binding is not None else None


async def _mp_openids(account_id: int, params: Mapping[str, Any]) -> list[str]:
    """Every official-account user a message goes to: all the account's bindings (oldest
    first) but the one named under :data:`EXCEPT_OPENID`, or the one WeChat user without an
    account named under :data:`TO_OPENID`."""
    if account_id == ANONYMOUS:
        openid = params.get(TO_OPENID)
        return [str(openid)] if openid else []
    rows = await WeChatBinding.filter(account_id=account_id, app="mp").order_by("id").values_list("openid", flat=True)
    return [str(openid) for openid in rows if openid != params.get(EXCEPT_OPENID)]


async def _each(openids: list[str], send: Callable[[str], Awaitable[None]], event_id: str, what: str) -> bool:
    """Send to each openid. True when at least one got it; a transient failure is raised only
    when nobody did (a retry would repeat the message to those who already have it)."""
    delivered = False
    failure: Exception | None = None
    for openid in openids:
        try:
            await send(openid)
            delivered = True
        except Exception as exc:
            if is_not_applicable(exc):
                log.info("%s for event %s not deliverable to one binding: %s", what, event_id, exc)
                continue
            log.warning("%s for event %s failed for one binding: %s", what, event_id, exc)
            failure = exc
    if failure is not None and not delivered:
        raise failure
    return delivered


async def _event_kind(event_id: str) -> str | None:
    rows = await OutboxEvent.filter(event_id=event_id).values_list("kind", flat=True)
    return str(rows[0]) if rows else None


async def _lookup(mapping: Mapping[str, str], template: str, event_id: str) -> tuple[str | None, str]:
    """The configured id for a message: by template key first, then by the event's kind."""
    if template in mapping:
        return mapping[template], template
    kind = await _event_kind(event_id)
    if kind is not None and kind in mapping:
        return mapping[kind], kind
    return None, template


def template_data(fields: Mapping[str, FieldSpec] | None, params: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """WeChat's ``{"thing1": {"value": "..."}}`` from the params. Without a field map the
    params are passed through under their own names."""
    if fields is None:
        return {name: {"value": str(value)} for name, value in params.items()}
    data: dict[str, dict[str, str]] = {}
    for name, spec in fields.items():
        value = spec(params) if callable(spec) else params.get(spec, "")
        data[name] = {"value": str(value)}
    return data


class InboxChannel:
    """The in-app message centre (站内信). Insert-or-ignore on the unique event id, so a
    retried event never shows twice."""

    name: str = INBOX

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        if account_id == ANONYMOUS:
            return False  # no account, no message centre
        event = await OutboxEvent.filter(event_id=event_id).first()
        await InboxMessage.bulk_create(
            [InboxMessage(
                account_id=account_id,
                company_id=event.company_id if event is not None else None,
                event_id=event_id,
                kind=event.kind if event is not None else "",
                template=template,
                params=dict(params),
                created_at=event.created_at if event is not None else self.clock.now(),
            )],
            ignore_conflicts=True,
        )
        return True


class WeChatChannel:
    """Customer-service text to every official-account (``mp``) binding of the account (all
    the WeChat users bound to it, not only the latest), or to the one WeChat user of an
    :data:`ANONYMOUS` notification.

    WeChat only allows it within 48 hours of the user's last message; outside the window
    (45015) the channel does not apply and the SMS fallback may take over.
    """

    name: str = WECHAT

    def __init__(self, wechat: WeChatApi, render: Callable[[str, dict[str, Any]], str]) -> None:
        self.wechat = wechat
        self.render = render

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        text = self.render(template, params)

        async def send(openid: str) -> None:
            await self.wechat.send_text(openid, text)

        return await _each(await _mp_openids(account_id, params), send, event_id, "wechat text")


class WeChatTemplateChannel:
    """Template message (needs a verified 服务号) when a template id is configured for the
    message's template key or kind; otherwise the ``fallback`` channel (usually a
    :class:`WeChatChannel`, customer-service text), or not applicable without one."""

    name: str = WECHAT

    def __init__(
        self,
        wechat_send_template: SendTemplate,
        template_ids: Mapping[str, str],
        field_map: FieldMap,
        *,
        fallback: WeChatChannel | None = None,
        extras: Mapping[str, Extras] | None = None,
    ) -> None:
        self.send_template = wechat_send_template
        self.template_ids = template_ids
        self.field_map = field_map
        self.fallback = fallback
        self.extras = extras or {}

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        template_id, key = await _lookup(self.template_ids, template, event_id)
        if template_id is None:
            if self.fallback is None:
                return False
            return await self.fallback.deliver(account_id, template, params, event_id)
        openids = await _mp_openids(account_id, params)
        if not openids:
            return False
        built = _build(self.field_map.get(key), self.extras.get(key), params, event_id)
        if built is None:
            return False
        data, extra = built

        async def send(openid: str) -> None:
            await self.send_template(openid, template_id, data, **extra)

        return await _each(openids, send, event_id, "wechat template")


class MiniappSubscribeChannel:
    """Mini-program subscribe message. Each push spends one :class:`SubscribeGrant` for
    the template (the user's consent from ``wx.requestSubscribeMessage``); without an
    unspent grant, or without a mini-program binding, the channel does not apply."""

    name: str = MINIAPP

    def __init__(self, send_subscribe: SendSubscribe, template_ids: Mapping[str, str], field_map: FieldMap,
                 clock: Clock, *, extras: Mapping[str, Extras] | None = None) -> None:
        self.send_subscribe = send_subscribe
        self.template_ids = template_ids
        self.field_map = field_map
        self.clock = clock
        self.extras = extras or {}

    async def _spend(self, account_id: int, template_id: str) -> int | None:
        """Spend the oldest unspent grant (guarded update: one grant, one push)."""
        grants = await SubscribeGrant.filter(
            account_id=account_id, template_id=template_id, spent_at__isnull=True
        ).order_by("id").limit(5)
        for grant_id in [int(grant.id) for grant in grants]:
            changed = await SubscribeGrant.filter(id=grant_id, spent_at__isnull=True).update(spent_at=self.clock.now())
            if changed == 1:
                return grant_id
        return None

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        template_id, key = await _lookup(self.template_ids, template, event_id)
        if template_id is None:
            return False
        openid = await _binding_openid(account_id, "miniapp")
        if openid is None:
            return False
        built = _build(self.field_map.get(key), self.extras.get(key), params, event_id)
        if built is None:
            return False
        data, extra = built
        grant_id = await self._spend(account_id, template_id)
        if grant_id is None:
            return False
        try:
            await self.send_subscribe(openid, template_id, data, **extra)
        except Exception as exc:
            if is_not_applicable(exc):  # the consent is gone (43101): stays spent
                log.info("subscribe message for event %s not deliverable: %s", event_id, exc)
                return False
            # Transient: the message did not go out, so the consent is still good.
            await SubscribeGrant.filter(id=grant_id).update(spent_at=None)
            raise
        return True


class SmsChannel:
    """SMS to the account's phone (template key + params; the gateway maps the key to its
    approved template). The relay uses it only as a fallback."""

    name: str = SMS

    def __init__(self, sms: SmsSender) -> None:
        self.sms = sms

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        phones = await Account.filter(id=account_id).values_list("phone", flat=True)
        if not phones or not phones[0]:
            return False
        await self.sms.send(str(phones[0]), template, params)
        telemetry.sms_sent(template)
        return True
