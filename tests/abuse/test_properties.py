"""Hypothesis properties on top of the domain tests that already exist.

Already proven elsewhere, not repeated here:
- every line adds up, tolerance, unit price x quantity, totals = sums, negate twice:
  tests/unit/test_invoice_math.py (properties at the bottom);
- 大写 round-trip through an independent reader, and its shape rules: tests/unit/test_amount_in_words.py;
- parse_money reads what format_money writes: tests/unit/test_money.py;
- a fixed rollback pattern and 200 concurrent issues are gapless: tests/unit/test_invoices.py.

Added here: the exact GUIDE §3 formulas (not just a tolerance), totals and 大写 of invoices as the
service stores them, gaplessness under random crash patterns with concurrency, the password rule
against a reference written from GUIDE §4, and the SMS send limits against a reference model
driven by random request sequences on the frozen clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import string
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.accounts.codes import CodeService, Purpose
from core.accounts.passwords import Argon2Hasher
from core.adapters.kv import RedisStore
from core.clock import FrozenClock
from core.companies.views import CompanyInput
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import RateLimited, ValidationFailed
from core.domain.invoice_math import LineInput, compute_line, compute_totals
from core.domain.tax_rates import all_rates
from core.invoice_platform_sandbox.models import PlatformCounter
from core.invoicing.models import Invoice
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from fapiao.integrations.email import RecordingEmail
from fapiao.integrations.sms import RecordingSms
from tests.kit.factories import authorise_companies, words_to_amount

D = Decimal
CENT = D("0.01")
DB_SETTINGS = settings(deadline=None, max_examples=12, derandomize=True,
                       suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def half_up(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------ money and tax (pure)

TAXED_RATES = [r for r in all_rates()]
cents = st.integers(min_value=1, max_value=10**11)


@settings(deadline=None, max_examples=300, derandomize=True)
@given(cents, st.sampled_from(TAXED_RATES), st.booleans())
def test_line_follows_the_guide_formula_exactly(amount_cents: int, rate, includes_tax: bool) -> None:
    typed = D(amount_cents) / 100
    line = compute_line(LineInput("技术服务费", "3040203000000000000", None, None, typed, rate, includes_tax))
    if includes_tax:
        # 金额 = round(含税金额 / (1 + rate), 2), 税额 = 含税金额 − 金额
        assert line.amount == half_up(typed / (1 + rate.rate))
        assert line.tax == typed - line.amount
        assert line.total == typed
    else:
        # 税额 = round(金额 × rate, 2)
        assert line.amount == typed
        assert line.tax == half_up(typed * rate.rate)
        assert line.total == typed + line.tax


@settings(deadline=None, max_examples=100, derandomize=True)
@given(st.lists(st.tuples(cents.filter(lambda c: c <= 10**9), st.sampled_from(TAXED_RATES), st.booleans()),
                min_size=1, max_size=30))
def test_invoice_words_read_back_as_the_total(lines: list) -> None:
    computed = [compute_line(LineInput("咨询费", "3040203000000000000", None, None, D(c) / 100, r, incl))
                for c, r, incl in lines]
    totals = compute_totals(computed)
    assert totals.total == sum(line.amount for line in computed) + sum(line.tax for line in computed)
    assert words_to_amount(totals.total_in_words) == totals.total


# ------------------------------------------------------------------ invoices as stored

@pytest.fixture
async def issuer(core, sms, clock):
    await core.accounts.request_code("13800138000", Purpose.REGISTER, Actor(channel="api"))
    from core.accounts.views import RegisterCommand

    account_id = await core.accounts.register(RegisterCommand(
        phone="13800138000", password="Kaipiao#2026", display_name="王会计", code=sms.last_code("13800138000")),
        Actor(channel="api"))
    actor = Actor(channel="api", account_id=account_id)
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id="91110000600037341L",
                                             taxpayer_kind="general"), actor)
    await authorise_companies()
    return actor


RATE_TEXTS = ["13%", "9%", "6%", "0%", "免税"]
#: An item whose tax code takes the rate (the platform refuses a rate that does not fit the code).
ITEM_FOR_RATE = {"13%": "打印纸", "9%": "运输费", "6%": "技术服务费", "0%": "技术服务费", "免税": "技术服务费"}
line_drafts = st.builds(
    lambda c, rate: LineDraft(name=ITEM_FOR_RATE[rate], amount=str(D(c) / 100), rate=rate),
    st.integers(min_value=1, max_value=10**8), st.sampled_from(RATE_TEXTS))


@DB_SETTINGS
@given(lines=st.lists(line_drafts, min_size=1, max_size=8), includes_tax=st.booleans())
async def test_stored_invoice_totals_are_the_sums_of_its_lines(core, issuer, lines, includes_tax) -> None:
    draft = DraftInput(kind="normal", buyer=BuyerInput(name="武汉某某餐饮有限公司", tax_id="91420102MA4K00000M"),
                       lines=tuple(lines), price_includes_tax=includes_tax)
    issued = (await core.invoices.issue_new(draft, issuer)).invoice
    view = await core.invoices.get(issued.id, issuer)  # read back from the database
    assert view.total_amount == sum(line.amount for line in view.lines)
    assert view.total_tax == sum(line.tax for line in view.lines)
    assert view.total == view.total_amount + view.total_tax
    for typed, line in zip(lines, view.lines, strict=True):
        assert (line.amount + line.tax if includes_tax else line.amount) == D(typed.amount)
        assert line.amount == line.amount.quantize(CENT) and line.tax == line.tax.quantize(CENT)
    assert words_to_amount(view.total_in_words) == view.total


# ------------------------------------------------------------------ gapless numbers under crashes

@DB_SETTINGS
@given(crashes=st.lists(st.booleans(), min_size=1, max_size=10), concurrent=st.booleans())
async def test_numbers_stay_gapless_whatever_crashes(core, issuer, monkeypatch, crashes, concurrent) -> None:
    """Numbers come from the (sandbox) platform: a crash after it answered leaves the invoice
    ``issuing`` and its number taken once; nothing is ever numbered twice or skipped."""
    from core.invoicing import service as module

    original = module.InvoiceService._store_issued
    plan = list(crashes)

    async def store_or_crash(self, invoice, issued, actor, **kwargs):
        if plan.pop(0):
            raise RuntimeError("crash after the platform issued")
        return await original(self, invoice, issued, actor, **kwargs)

    monkeypatch.setattr(module.InvoiceService, "_store_issued", store_or_crash)
    draft = DraftInput(kind="normal", buyer=BuyerInput(name="买方", is_person=True),
                       lines=(LineDraft(name="餐费", amount="10"),))
    try:
        calls = [core.invoices.issue_new(draft, issuer) for _ in crashes]
        if concurrent:
            await asyncio.gather(*calls, return_exceptions=True)
        else:
            for pending in calls:
                with contextlib.suppress(RuntimeError):
                    await pending
    finally:
        monkeypatch.setattr(module.InvoiceService, "_store_issued", original)
    # Whatever crashed is finished by its own request id: the platform answers the same number.
    for stuck in await Invoice.filter(status="issuing"):
        await core.invoices.issue(stuck.id, issuer)
    numbers = sorted(int(n[-15:]) for n in await Invoice.filter(number__not_isnull=True).values_list("number", flat=True))
    assert numbers == list(range(1, len(numbers) + 1))
    counter = await PlatformCounter.get(series="26423")
    assert counter.last_value == len(numbers)
    assert await Invoice.exclude(status="issued").count() == 0  # nothing half-written


# ------------------------------------------------------------------ password rule (GUIDE §4)

_COMMON = frozenset(
    line.strip() for line in (Path(validators.__file__).resolve().parent.parent / "data" / "common_passwords.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def reference_accepts(password: str) -> bool:
    """GUIDE §4 read literally: 8–64 characters with a letter, a digit and a special character,
    nothing invisible (no whitespace, no control characters), and not a common password."""
    if not 8 <= len(password) <= 64:
        return False
    if any(ch.isspace() or not ch.isprintable() for ch in password):
        return False
    has_letter = any(ch in string.ascii_letters for ch in password)
    has_digit = any(ch.isdigit() for ch in password)
    has_special = any(not ch.isalnum() for ch in password)
    lowered = password.lower()
    common = lowered in _COMMON or "".join(ch for ch in lowered if ch.isalnum()) in _COMMON
    return has_letter and has_digit and has_special and not common


password_chars = st.sampled_from(
    list(string.ascii_letters + string.digits + string.punctuation) + list("王会计开票１２！＠。，、￥…") +
    [" ", "\t", "\n", "\x00", "\x7f", "\u200b", "\u3000"])


@settings(deadline=None, max_examples=600, derandomize=True)
@given(st.one_of(
    st.text(password_chars, min_size=0, max_size=70),
    st.sampled_from(sorted(_COMMON)).flatmap(lambda p: st.sampled_from([p, p.upper(), p.capitalize(), p + "!"])),
))
def test_password_rule_matches_the_guide(password: str) -> None:
    try:
        assert validators.check_password(password) == password  # never trimmed or truncated
        accepted = True
    except ValidationFailed as exc:
        assert set(exc.fields) == {"password"}
        assert exc.fields["password"].code in ("password_rule", "password_common")
        accepted = False
    assert accepted == reference_accepts(password), repr(password)


@settings(deadline=None, max_examples=15, derandomize=True)
@given(st.text(string.ascii_letters + string.digits, min_size=50, max_size=60), st.sampled_from("xyz"))
def test_long_passwords_are_not_truncated(body: str, last: str) -> None:
    password = "A1!" + body + "q"
    assume(reference_accepts(password))
    hasher = Argon2Hasher.fast_for_tests()

    async def run() -> tuple[bool, bool]:
        stored = await hasher.hash(validators.check_password(password))
        return await hasher.verify(stored, password), await hasher.verify(stored, password[:-1] + last)

    right, changed_last = asyncio.run(run())
    assert right and not changed_last


# ------------------------------------------------------------------ SMS send limits (GUIDE §4)

class SendModel:
    """Reference: per phone 1 per 60 s (from the last send), 5 per clock hour, 10 per day;
    30 per hour per IP, 10 per hour per openid; refused requests count for nothing."""

    LIMITS = (("phone", 3600, 5), ("phone", 86400, 10), ("ip", 3600, 30), ("openid", 3600, 10))

    def __init__(self) -> None:
        self.sent: list[tuple[float, str, str | None, str | None]] = []

    def decide(self, now: float, phone: str, ip: str | None, openid: str | None) -> int | None:
        """None when the send goes out, else the retry_after the user is told."""
        mine = [t for t, p, _, _ in self.sent if p == phone]
        if mine and now - mine[-1] < 60:
            return max(1, int(-(-(60 - (now - mine[-1])) // 1)))
        subject = {"phone": phone, "ip": ip, "openid": openid}
        for scope, window, most in self.LIMITS:
            who = subject[scope]
            if who is None:
                continue
            index = {"phone": 1, "ip": 2, "openid": 3}[scope]
            bucket = now // window
            used = sum(1 for row in self.sent if row[index] == who and row[0] // window == bucket)
            if used >= most:
                return max(1, int(-(-((bucket + 1) * window - now) // 1)))
        self.sent.append((now, phone, ip, openid))
        return None


request_steps = st.lists(st.tuples(
    st.sampled_from([0, 1, 30, 59, 60, 61, 300, 1800, 3599, 3600, 7200, 40000]),
    st.sampled_from(["13800000001", "13800000002", "13800000003"]),
    st.sampled_from([None, "10.0.0.1", "10.0.0.2"]),
    st.sampled_from([None, "o-one", "o-two"]),
), min_size=1, max_size=60)


@settings(deadline=None, max_examples=60, derandomize=True)
@given(request_steps, st.integers(0, 86399))
def test_sms_send_limits_follow_the_model(steps, start_second: int) -> None:
    async def run() -> None:
        clock = FrozenClock(datetime(2026, 11, 27, tzinfo=UTC) + timedelta(seconds=start_second))
        store = RedisStore.from_url("memory://")
        sms = RecordingSms()
        codes = CodeService(store, sms, RecordingEmail(), clock, "test-secret-key-0123456789")
        model = SendModel()
        for advance, phone, ip, openid in steps:
            clock.advance(seconds=advance)
            expected = model.decide(clock.now().timestamp(), phone, ip, openid)
            try:
                await codes.send_sms_code(phone, Purpose.LOGIN, Actor(channel="bot", ip=ip, openid=openid))
                got = None
            except RateLimited as exc:
                got = exc.params["retry_after"]
            assert got == expected, (phone, ip, openid, clock.now())
        assert len(sms.sent) == len(model.sent)
        await store.close()

    asyncio.run(run())
