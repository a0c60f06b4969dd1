"""One-time SMS (and e-mail) codes: issuing, rate limiting and checking.

Rules (GUIDE §4): 6 digits from ``secrets``, stored as an HMAC (never in clear),
valid 5 minutes, single use, bound to phone and purpose, at most 5 wrong tries.
Sends are limited per phone (1/60 s, 5/hour, 10/day), per IP and per openid.
All times come from the injected clock; Redis TTLs only collect garbage.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import secrets
from dataclasses import dataclass
from enum import StrEnum

from core import telemetry
from core.domain.actor import Actor
from core.domain.errors import RateLimited, SmsCodeExhausted, SmsCodeExpired, SmsCodeInvalid
from core.ports import Clock, EmailSender, KeyValueStore, SmsSender

log = logging.getLogger(__name__)
CODE_TTL_SECONDS = 300
MAX_WRONG_TRIES = 5
PROOF_TTL_SECONDS = 900
_GC_TTL = 2 * 86400


class Purpose(StrEnum):
    REGISTER = "register"
    LOGIN = "login"
    RESET = "reset"
    SECOND_FACTOR = "second_factor"
    #: Handing a company to another member (core/companies/members.py).
    TRANSFER = "transfer"


@dataclass(frozen=True)
class SendLimit:
    scope: str  # "phone", "ip" or "openid"
    window_seconds: int
    max_sends: int


#: Minimum gap between two sends to the same phone (measured from the last send).
PHONE_COOLDOWN_SECONDS = 60
#: Fixed-window limits as data; each refusal tells the user when the window reopens.
SEND_LIMITS: tuple[SendLimit, ...] = (
    SendLimit("phone", 3600, 5),
    SendLimit("phone", 86400, 10),
    SendLimit("ip", 3600, 30),
    SendLimit("openid", 3600, 10),
)


class CodeService:
    def __init__(
        self,
        store: KeyValueStore,
        sms: SmsSender,
        email: EmailSender,
        clock: Clock,
        secret_key: str,
        budget_per_hour: int = 600,
        budget_per_day: int = 5000,
    ) -> None:
        self.store = store
        self.sms = sms
        self.email = email
        self.clock = clock
        self._key = secret_key.encode()
        self.budget_per_hour = budget_per_hour
        self.budget_per_day = budget_per_day

    def _digest(self, phone: str, purpose: Purpose, code: str) -> str:
        return hmac.new(self._key, f"{phone}|{purpose}|{code}".encode(), hashlib.sha256).hexdigest()

    async def _check_and_count(self, phone: str, actor: Actor) -> None:
        now = self.clock.now().timestamp()
        subjects = {"phone": phone, "ip": actor.ip, "openid": actor.openid}
        keys: list[tuple[str, SendLimit, float]] = []
        last = await self.store.get(f"sms:last:{phone}")
        if last is not None and now - float(last) < PHONE_COOLDOWN_SECONDS:
            telemetry.sms_refused("cooldown")
            raise RateLimited({"retry_after": max(1, math.ceil(PHONE_COOLDOWN_SECONDS - (now - float(last))))})
        for limit in SEND_LIMITS:
            subject = subjects[limit.scope]
            if not subject:
                continue
            bucket = int(now // limit.window_seconds)
            key = f"sms:limit:{limit.scope}:{limit.window_seconds}:{subject}:{bucket}"
            count = int(await self.store.get(key) or 0)
            window_end = (bucket + 1) * limit.window_seconds
            if count >= limit.max_sends:
                telemetry.sms_refused(limit.scope)
                raise RateLimited({"retry_after": max(1, math.ceil(window_end - now))})
            keys.append((key, limit, window_end))
        await self._spend_budget(now)
        for key, limit, _ in keys:
            await self.store.incr(key, ttl=limit.window_seconds + 60)
        await self.store.set(f"sms:last:{phone}", str(now), ttl=PHONE_COOLDOWN_SECONDS * 2)

    async def _spend_budget(self, now: float) -> None:
        """The platform's overall SMS ceiling (SMS_BUDGET_PER_HOUR / _PER_DAY): counted before sending,
        refused above it, and alarmed (metric ``fapiao_sms_budget_exhausted_total`` and an error log)."""
        for window, most in ((3600, self.budget_per_hour), (86400, self.budget_per_day)):
            bucket = int(now // window)
            if await self.store.incr(f"sms:budget:{window}:{bucket}", ttl=window + 60) > most:
                telemetry.sms_refused("budget")
                telemetry.sms_budget_exhausted(window)
                log.error("SMS budget exhausted: more than %s SMS in %s s; sends refused until the window ends "
                          "(SMS_BUDGET_PER_HOUR / SMS_BUDGET_PER_DAY)", most, window)
                raise RateLimited({"retry_after": max(1, math.ceil((bucket + 1) * window - now))})

    async def _issue(self, phone: str, purpose: Purpose, actor: Actor) -> str:
        await self._check_and_count(phone, actor)
        code = f"{secrets.randbelow(10**6):06d}"
        record = {
            "digest": self._digest(phone, purpose, code),
            "expires_at": self.clock.now().timestamp() + CODE_TTL_SECONDS,
            # Wrong tries are counted in their own key (atomic INCR), named after this code.
            "id": secrets.token_hex(8),
        }
        await self.store.set(f"sms:code:{purpose}:{phone}", json.dumps(record), ttl=_GC_TTL)
        return code

    async def pretend_to_send(self, phone: str, purpose: Purpose, actor: Actor) -> None:
        """For a phone without an account (login, reset): the same limits and the same stored state as
        a real send, with a code nobody receives, so that no answer tells the two apart."""
        await self._issue(phone, purpose, actor)

    async def send_sms_code(self, phone: str, purpose: Purpose, actor: Actor) -> None:
        code = await self._issue(phone, purpose, actor)
        await self.sms.send(phone, "sms.code", {"code": code, "purpose": str(purpose), "minutes": 5})
        telemetry.sms_sent("sms.code")

    async def send_email_code(self, phone: str, email: str, purpose: Purpose, actor: Actor) -> None:
        """A code bound to the phone's account but delivered by e-mail (password reset)."""
        code = await self._issue(phone, purpose, actor)
        await self.email.send(email, "email.code", {"code": code, "purpose": str(purpose), "minutes": 5})

    async def verify(self, phone: str, purpose: Purpose, code: str) -> None:
        """Consume a code. Wrong codes count; the fifth wrong try burns the code."""
        key = f"sms:code:{purpose}:{phone}"
        raw = await self.store.get(key)
        if raw is None:
            raise SmsCodeInvalid()
        record = json.loads(raw)
        if self.clock.now().timestamp() > record["expires_at"]:
            await self.store.delete(key)
            raise SmsCodeExpired()
        # Count the try BEFORE comparing, atomically: 20 guesses fired together get 5 comparisons.
        tries = await self.store.incr(f"sms:tries:{record.get('id', key)}", ttl=_GC_TTL)
        if tries > MAX_WRONG_TRIES:
            await self.store.delete(key)
            raise SmsCodeExhausted()
        if not hmac.compare_digest(record["digest"], self._digest(phone, purpose, code)):
            if tries >= MAX_WRONG_TRIES:
                await self.store.delete(key)
                raise SmsCodeExhausted()
            raise SmsCodeInvalid({"tries_left": MAX_WRONG_TRIES - tries})
        # Single use: only the caller whose delete removed the key wins a race.
        if await self.store.delete(key) != 1:
            raise SmsCodeInvalid()

    async def verify_to_proof(self, phone: str, purpose: Purpose, code: str) -> str:
        """Check a code now and hand back a short-lived proof for a later step."""
        await self.verify(phone, purpose, code)
        proof = secrets.token_urlsafe(24)
        record = {"phone": phone, "purpose": str(purpose),
                  "expires_at": self.clock.now().timestamp() + PROOF_TTL_SECONDS}
        await self.store.set(f"sms:proof:{proof}", json.dumps(record), ttl=PROOF_TTL_SECONDS * 2)
        return proof

    async def redeem_proof(self, proof: str, phone: str, purpose: Purpose) -> None:
        key = f"sms:proof:{proof}"
        raw = await self.store.get(key)
        if raw is None:
            raise SmsCodeExpired()
        record = json.loads(raw)
        if record["phone"] != phone or record["purpose"] != str(purpose):
            raise SmsCodeInvalid()
        if self.clock.now().timestamp() > record["expires_at"]:
            await self.store.delete(key)
            raise SmsCodeExpired()
        if await self.store.delete(key) != 1:
            raise SmsCodeExpired()

    async def check(self, phone: str, purpose: Purpose, *, code: str | None, proof: str | None) -> None:
        """Accept either a fresh code or a proof from an earlier verification."""
        if proof:
            await self.redeem_proof(proof, phone, purpose)
        elif code:
            await self.verify(phone, purpose, code)
        else:
            raise SmsCodeInvalid()
