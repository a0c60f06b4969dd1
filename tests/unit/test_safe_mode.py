"""bot/safe_mode.py seals and opens WeChat's safe-mode envelope exactly as wechatpy does
(Tencent's algorithm): each opens what the other sealed, Tencent's published sample opens,
the reply envelope has wechatpy's shape and signature, and a message sealed for another
appid or not sealed at all is refused."""

from __future__ import annotations

import base64
import binascii
import re

import pytest
import xmltodict
from hypothesis import given
from hypothesis import strategies as st
from wechatpy.crypto import PrpCrypto, WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException

import bot.safe_mode
from bot.safe_mode import SafeModeCrypto
from tests.kit.wechat_sample import AES_KEY, APPID, ENCRYPT, MSG_SIGNATURE, NONCE, TIMESTAMP, TOKEN

MESSAGES = [
    "<xml><Content><![CDATA[最近发票]]></Content></xml>",
    "",
    "x" * 31, "x" * 32, "x" * 33, "y" * 1000,
    "<xml><Content><![CDATA[" + "开票 张三 餐费 388 普票" * 40 + "]]></Content></xml>",
]


def test_opens_tencents_published_sample_as_wechatpy_does() -> None:
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID).decrypt(ENCRYPT)
    theirs = WeChatCrypto(TOKEN, AES_KEY, APPID).decrypt_message(
        {"Encrypt": ENCRYPT}, MSG_SIGNATURE, TIMESTAMP, NONCE)
    assert ours == theirs and "<MsgType><![CDATA[text]]></MsgType>" in ours


@pytest.mark.parametrize("message", MESSAGES)
def test_each_opens_what_the_other_sealed(message: str) -> None:
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    theirs = WeChatCrypto(TOKEN, AES_KEY, APPID)
    sealed_by_them = xmltodict.parse(theirs.encrypt_message(message, NONCE, TIMESTAMP))["xml"]
    assert ours.decrypt(sealed_by_them["Encrypt"]) == message
    reply = ours.encrypt(message, NONCE, TIMESTAMP)
    envelope = xmltodict.parse(reply)["xml"]
    # wechatpy checks the reply's signature with the token before opening it.
    assert theirs.decrypt_message(reply, envelope["MsgSignature"], envelope["TimeStamp"], envelope["Nonce"]) == message
    # The same envelope as wechatpy's, but for the ciphertext and its signature.
    blank = re.compile(r"<(Encrypt|MsgSignature)><!\[CDATA\[[^\]]*\]\]>")
    assert blank.sub(r"<\1>", reply) == blank.sub(r"<\1>", theirs.encrypt_message(message, NONCE, TIMESTAMP))
    assert ours.encrypt(message, NONCE, TIMESTAMP) != reply  # a fresh random prefix each time


def test_refuses_another_appid_and_what_is_not_sealed() -> None:
    sealed_for_other = xmltodict.parse(WeChatCrypto(TOKEN, AES_KEY, "wx0000000000000000").encrypt_message(
        "<xml/>", NONCE, TIMESTAMP))["xml"]["Encrypt"]
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    with pytest.raises(InvalidAppIdException):
        ours.decrypt(sealed_for_other)
    for garbage in ("", "not base64 at all!", "AAAA", ENCRYPT[:-8]):
        with pytest.raises(Exception) as caught:
            ours.decrypt(garbage)
        assert not isinstance(caught.value, InvalidAppIdException)
    with pytest.raises(ValueError):
        SafeModeCrypto(TOKEN, AES_KEY[:20], APPID)


def test_one_object_seals_a_run_of_replies_byte_for_byte_as_wechatpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cipher contexts live as long as the object (one per process): each reply still is
    wechatpy's ciphertext for the same random prefix, whatever was sealed before it."""
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    theirs = WeChatCrypto(TOKEN, AES_KEY, APPID)
    for n, message in enumerate(MESSAGES * 3):
        prefix = bytes(range(n, n + 8))
        monkeypatch.setattr(bot.safe_mode, "random_bytes", lambda _n, p=prefix: p)
        monkeypatch.setattr(PrpCrypto, "get_random_string", lambda _self, p=prefix: p.hex())
        assert ours.encrypt(message, NONCE, TIMESTAMP) == theirs.encrypt_message(message, NONCE, TIMESTAMP)


def test_one_object_opens_a_run_of_messages_whatever_was_refused_between() -> None:
    """What the decryption context kept from a message (its last block) or from a refused one
    changes nothing in the next: truncated, misaligned, one-block, empty and foreign messages
    between genuine ones."""
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    theirs = WeChatCrypto(TOKEN, AES_KEY, APPID)
    sealed = [xmltodict.parse(theirs.encrypt_message(m, NONCE, TIMESTAMP))["xml"]["Encrypt"] for m in MESSAGES]
    garbage = ["", "AAAA", base64.b64encode(b"x" * 17).decode(), base64.b64encode(b"x" * 16).decode(),
               base64.b64encode(base64.b64decode(sealed[0])[:-1]).decode(), sealed[0][:-8], "not base64 at all!",
               base64.b64encode(base64.b64decode(sealed[0]) + b"y" * 5).decode()]
    for round_ in range(2):
        for n, (message, encrypted) in enumerate(zip(MESSAGES, sealed, strict=True)):
            assert ours.decrypt(encrypted) == message
            with pytest.raises(Exception) as caught:
                ours.decrypt(garbage[(n + round_) % len(garbage)])
            assert not isinstance(caught.value, InvalidAppIdException)
            assert ours.decrypt(encrypted) == message
    sealed_for_other = xmltodict.parse(WeChatCrypto(TOKEN, AES_KEY, "wx0000000000000000").encrypt_message(
        MESSAGES[0], NONCE, TIMESTAMP))["xml"]["Encrypt"]
    with pytest.raises(InvalidAppIdException):
        ours.decrypt(sealed_for_other)
    assert [ours.decrypt(e) for e in sealed] == MESSAGES


def test_a_fresh_nonce_is_drawn_with_the_prefix_and_wechatpy_opens_the_reply() -> None:
    ours = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    replies = [xmltodict.parse(ours.encrypt(MESSAGES[0], None, TIMESTAMP))["xml"] for _ in range(3)]
    assert len({r["Nonce"] for r in replies}) == 3
    for envelope in replies:
        assert re.fullmatch(r"[0-9a-f]{10}", envelope["Nonce"])
        opened = WeChatCrypto(TOKEN, AES_KEY, APPID).decrypt_message(
            {"Encrypt": envelope["Encrypt"]}, envelope["MsgSignature"], envelope["TimeStamp"], envelope["Nonce"])
        assert opened == MESSAGES[0]


def test_binascii_and_pybase64_give_the_same_replies_and_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """pybase64 is a speed-up only: without it (binascii), the same prefix gives the same reply, and
    what one opens the other opens."""
    monkeypatch.setattr(bot.safe_mode, "random_bytes", lambda n: bytes(range(n)))
    fast = [SafeModeCrypto(TOKEN, AES_KEY, APPID).encrypt(m, NONCE, TIMESTAMP) for m in MESSAGES]
    monkeypatch.setattr(bot.safe_mode, "b64encode", lambda data: binascii.b2a_base64(data, newline=False))
    monkeypatch.setattr(bot.safe_mode, "_b64decode_strict", None)
    plain = SafeModeCrypto(TOKEN, AES_KEY, APPID)
    assert [plain.encrypt(m, NONCE, TIMESTAMP) for m in MESSAGES] == fast
    assert [plain.decrypt(xmltodict.parse(r)["xml"]["Encrypt"]) for r in fast] == MESSAGES


def test_a_ciphertext_wrapped_over_lines_still_opens() -> None:
    """Strict base64 refuses the line breaks; the lenient reading (binascii's, as before) skips them."""
    sealed = xmltodict.parse(WeChatCrypto(TOKEN, AES_KEY, APPID).encrypt_message(MESSAGES[-1], NONCE, TIMESTAMP))
    encrypted = sealed["xml"]["Encrypt"]
    wrapped = "\n".join(encrypted[i:i + 64] for i in range(0, len(encrypted), 64))
    assert SafeModeCrypto(TOKEN, AES_KEY, APPID).decrypt(wrapped) == MESSAGES[-1]


_BASE64_AND_MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=" + "= \n\r\t-_.*\u00e9"


@given(st.one_of(
    st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode()),
    st.text(alphabet=_BASE64_AND_MORE, max_size=40),
    st.tuples(st.binary(max_size=48), st.text(alphabet=_BASE64_AND_MORE, max_size=3), st.integers(0, 80)).map(
        lambda t: (lambda s: s[:t[2]] + t[1] + s[t[2]:])(base64.b64encode(t[0]).decode()))))
def test_the_decoder_reads_what_binascii_reads(text: str) -> None:
    try:
        expected: bytes | type[Exception] = binascii.a2b_base64(text)
    except ValueError:
        expected = ValueError
    try:
        got: bytes | type[Exception] = bot.safe_mode.b64decode(text)
    except ValueError:
        got = ValueError
    assert got == expected
