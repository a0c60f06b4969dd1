"""bot/safe_mode.py seals and opens WeChat's safe-mode envelope exactly as wechatpy does
(Tencent's algorithm): each opens what the other sealed, Tencent's published sample opens,
the reply envelope has wechatpy's shape and signature, and a message sealed for another
appid or not sealed at all is refused."""

from __future__ import annotations

import re

import pytest
import xmltodict
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException

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
