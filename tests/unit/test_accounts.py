"""Accounts in core, with fakes and a frozen clock: no sleeping anywhere."""

from __future__ import annotations

import pytest

from core.accounts.codes import Purpose
from core.accounts.models import Account
from core.accounts.views import RegisterCommand
from core.audit.models import AuditEntry
from core.domain.actor import Actor
from core.domain.errors import (
    AccountExists,
    AccountLocked,
    InvalidCredentials,
    NotAuthenticated,
    RateLimited,
    SecondFactorRequired,
    SmsCodeExhausted,
    SmsCodeExpired,
    SmsCodeInvalid,
    ValidationFailed,
)

PHONE = "13800138000"
PASSWORD = "Kaipiao#2026"
ACTOR = Actor(channel="api", ip="10.0.0.1")


async def register(core, sms, phone: str = PHONE, password: str = PASSWORD, **extra) -> int:
    await core.accounts.request_code(phone, Purpose.REGISTER, ACTOR)
    code = sms.last_code(phone)
    return await core.accounts.register(
        RegisterCommand(phone=phone, password=password, display_name="王会计", code=code, **extra), ACTOR
    )


async def test_register_then_login(core, sms):
    account_id = await register(core, sms, email="Wang@Example.com")
    account = await Account.get(id=account_id)
    assert account.password_hash.startswith("$argon2id$")
    assert PASSWORD not in account.password_hash
    assert account.email == "Wang@example.com"
    token = await core.accounts.login(PHONE, PASSWORD, ACTOR)
    assert len(token) >= 32
    assert await core.sessions.resolve(token) == account_id
    actions = await AuditEntry.filter(actor_id=account_id).values_list("action", flat=True)
    assert "account.register" in actions and "account.login" in actions


async def test_existing_phone_is_refused_only_after_the_code_is_proven(core, sms, clock):
    """Issue 13 #7: asking for a code does not tell whether the phone is registered."""
    await register(core, sms)
    clock.advance(seconds=61)
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    with pytest.raises(AccountExists):
        await core.accounts.verify_code(PHONE, Purpose.REGISTER, sms.last_code(PHONE))


@pytest.mark.parametrize("password", ["short1!", "allletters!!", "12345678!", "NoSpecial123", "Password1!",
                                      "with space1!", "x" * 60 + "1!" + "y" * 10])
async def test_password_rule(core, sms, password):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    with pytest.raises(ValidationFailed) as exc:
        await core.accounts.register(
            RegisterCommand(phone=PHONE, password=password, display_name="x", code=sms.last_code(PHONE)), ACTOR)
    assert exc.value.fields["password"].code in ("password_rule", "password_common")


async def test_bad_email_is_named(core, sms):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    with pytest.raises(ValidationFailed) as exc:
        await core.accounts.register(RegisterCommand(phone=PHONE, password=PASSWORD, display_name="x",
                                                     email="not-an-email", code=sms.last_code(PHONE)), ACTOR)
    assert exc.value.fields["email"].code == "email_format"


async def test_lockout_after_five_failures_and_self_unlock(core, sms, clock):
    await register(core, sms)
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(InvalidCredentials) as exc:
            await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
        assert exc.value.params["tries_left"] == tries_left
    with pytest.raises(AccountLocked) as locked:
        await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
    assert locked.value.params["minutes"] == 15
    # The right password is refused too while locked, with the minutes left.
    clock.advance(minutes=6)
    with pytest.raises(AccountLocked) as still:
        await core.accounts.login(PHONE, PASSWORD, ACTOR)
    assert still.value.params["minutes"] == 9
    # New codes do not reset the lock.
    await core.accounts.request_code(PHONE, Purpose.RESET, ACTOR)
    with pytest.raises(AccountLocked):
        await core.accounts.login(PHONE, PASSWORD, ACTOR)
    clock.advance(minutes=9, seconds=1)
    assert await core.accounts.login(PHONE, PASSWORD, ACTOR)


async def test_lock_counts_consecutive_failures_only(core, sms):
    await register(core, sms)
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
    await core.accounts.login(PHONE, PASSWORD, ACTOR)
    with pytest.raises(InvalidCredentials) as exc:
        await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
    assert exc.value.params["tries_left"] == 4


async def test_admin_unlock(core, sms):
    await register(core, sms)
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
    with pytest.raises(AccountLocked):
        await core.accounts.login(PHONE, "Wrong#pass1", ACTOR)
    await core.accounts.unlock(PHONE, Actor(channel="cli"))
    assert await core.accounts.login(PHONE, PASSWORD, ACTOR)


async def test_unknown_phone_answers_like_a_wrong_password(core):
    with pytest.raises(InvalidCredentials):
        await core.accounts.login("13900000000", PASSWORD, ACTOR)


async def test_sms_send_limits_per_phone(core, clock):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    with pytest.raises(RateLimited) as exc:
        await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    assert 1 <= exc.value.params["retry_after"] <= 60
    for _ in range(4):
        clock.advance(seconds=61)
        await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    clock.advance(seconds=61)
    # The frozen clock starts at 09:00:00, so this sixth send is still inside the hour.
    assert clock.now().hour == 9
    with pytest.raises(RateLimited) as hourly:
        await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    assert hourly.value.params["retry_after"] == 3600 - 5 * 61


async def test_sms_daily_limit(core, clock):
    sent = 0
    for _ in range(30):
        try:
            await core.accounts.request_code(PHONE, Purpose.REGISTER, Actor(channel="api"))
            sent += 1
        except RateLimited:
            pass
        clock.advance(minutes=20)
        if clock.now().hour == 0:
            break
    assert sent <= 10
    # Nine hours at 3 sends an hour would allow more than ten without the daily cap.
    assert sent == 10


async def test_sms_limits_per_ip_and_openid(core):
    actor = Actor(channel="bot", openid="o-flood")
    for n in range(10):
        await core.accounts.request_code(f"1380013{n:04d}", Purpose.REGISTER, actor)
    with pytest.raises(RateLimited):
        await core.accounts.request_code("13800139999", Purpose.REGISTER, actor)
    ip_actor = Actor(channel="api", ip="203.0.113.9")
    for n in range(30):
        await core.accounts.request_code(f"1370013{n:04d}", Purpose.REGISTER, ip_actor)
    with pytest.raises(RateLimited):
        await core.accounts.request_code("13700139999", Purpose.REGISTER, ip_actor)


async def test_code_expires_after_five_minutes(core, sms, clock):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    code = sms.last_code(PHONE)
    clock.advance(minutes=5, seconds=1)
    with pytest.raises(SmsCodeExpired):
        await core.accounts.verify_code(PHONE, Purpose.REGISTER, code)


async def test_code_is_single_use_and_bound_to_purpose(core, sms):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    code = sms.last_code(PHONE)
    with pytest.raises(SmsCodeInvalid):
        await core.accounts.verify_code(PHONE, Purpose.LOGIN, code)
    await core.accounts.verify_code(PHONE, Purpose.REGISTER, code)
    with pytest.raises(SmsCodeInvalid):
        await core.accounts.verify_code(PHONE, Purpose.REGISTER, code)


async def test_five_wrong_tries_burn_the_code(core, sms):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    code = sms.last_code(PHONE)
    wrong = "000000" if code != "000000" else "111111"
    for left in (4, 3, 2, 1):
        with pytest.raises(SmsCodeInvalid) as exc:
            await core.accounts.verify_code(PHONE, Purpose.REGISTER, wrong)
        assert exc.value.params["tries_left"] == left
    with pytest.raises(SmsCodeExhausted):
        await core.accounts.verify_code(PHONE, Purpose.REGISTER, wrong)
    with pytest.raises(SmsCodeInvalid):
        await core.accounts.verify_code(PHONE, Purpose.REGISTER, code)


async def test_codes_are_not_stored_in_clear(core, sms, store):
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    code = sms.last_code(PHONE)
    raw = await store.get(f"sms:code:register:{PHONE}")
    assert raw is not None and code not in raw


async def test_reset_password_ends_other_sessions_and_notifies(core, sms, clock):
    await register(core, sms)
    old = await core.accounts.login(PHONE, PASSWORD, ACTOR)
    clock.advance(seconds=61)
    await core.accounts.request_code(PHONE, Purpose.RESET, ACTOR)
    await core.accounts.reset_password(PHONE, "Neues#Passwort9", ACTOR, code=sms.last_code(PHONE))
    with pytest.raises(NotAuthenticated):
        await core.sessions.resolve(old)
    assert sms.sent[-1][1] == "sms.password_changed"
    assert await core.accounts.login(PHONE, "Neues#Passwort9", ACTOR)


async def test_reset_by_email_code(core, sms, email, clock):
    await register(core, sms, email="wang@example.com")
    clock.advance(seconds=61)
    # The answer names no address (it would tell that the account exists and has one).
    assert await core.accounts.request_reset_by_email(PHONE, ACTOR) == ""
    code = email.last_code("wang@example.com")
    await core.accounts.reset_password(PHONE, "Neues#Passwort9", ACTOR, code=code)


async def test_totp_second_factor(core, sms, clock):
    import pyotp

    account_id = await register(core, sms)
    setup = await core.account_security.start_totp(account_id, ACTOR, password=PASSWORD)
    totp = pyotp.TOTP(setup.secret)
    await core.account_security.confirm_totp(account_id, totp.at(clock.now()), ACTOR)
    clock.advance(seconds=30)  # the confirming code was used for its time step
    with pytest.raises(SecondFactorRequired) as exc:
        await core.accounts.login(PHONE, PASSWORD, ACTOR)
    ticket = exc.value.params["ticket"]
    token = await core.accounts.login_second_factor(ticket, totp.at(clock.now()), ACTOR)
    assert await core.sessions.resolve(token) == account_id


async def test_sms_second_factor(core, sms, clock):
    account_id = await register(core, sms)
    await core.account_security.set_sms_second_factor(account_id, ACTOR, password=PASSWORD)
    clock.advance(seconds=61)
    with pytest.raises(SecondFactorRequired) as exc:
        await core.accounts.login(PHONE, PASSWORD, ACTOR)
    assert exc.value.params["method"] == "sms"
    code = sms.last_code(PHONE)
    token = await core.accounts.login_second_factor(exc.value.params["ticket"], code, ACTOR)
    assert await core.sessions.resolve(token) == account_id


async def test_binding_means_no_second_login(core, sms):
    account_id = await register(core, sms)
    await core.accounts.bind(account_id, "mp", "openid-1", ACTOR)
    assert await core.accounts.account_for_openid("mp", "openid-1") == account_id
    await core.accounts.unbind("mp", "openid-1", ACTOR)
    assert await core.accounts.account_for_openid("mp", "openid-1") is None


async def test_the_cached_binding_follows_bind_unbind_and_registration(core, sms):
    """account_for_openid is cached in the store (every worker sees the same entry); each change
    replaces the entry, and a lookup that read the old row cannot put it back."""
    lookup = core.accounts.account_for_openid
    assert await lookup("mp", "openid-2") is None
    assert await core.store.get("wxbind:mp:openid-2") == "none"  # "not bound" is cached too
    await core.accounts.request_code(PHONE, Purpose.REGISTER, ACTOR)
    account_id = await core.accounts.register(RegisterCommand(
        phone=PHONE, password=PASSWORD, display_name="王会计", code=sms.last_code(PHONE)), ACTOR, bind_openid="openid-2")
    assert await lookup("mp", "openid-2") == account_id
    await core.accounts.unbind("mp", "openid-2", ACTOR)
    # A lookup that fetched the row before the unbind and only now fills the cache loses:
    assert not await core.store.set("wxbind:mp:openid-2", str(account_id), ttl=300, only_new=True)
    assert await lookup("mp", "openid-2") is None
    assert await lookup("mp", "openid-2") is None
    await core.accounts.bind(account_id, "mp", "openid-2", ACTOR)
    assert await lookup("mp", "openid-2") == account_id
    await core.store.delete("wxbind:mp:openid-2")  # the marker expired: cached again on the next lookup
    assert await lookup("mp", "openid-2") == account_id
    assert await core.store.get("wxbind:mp:openid-2") == str(account_id)
    assert await lookup("miniapp", "openid-2") is None  # per app
