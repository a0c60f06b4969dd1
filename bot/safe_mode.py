"""WeChat's safe mode (安全模式): the AES-CBC envelope of messages and replies.

The same algorithm as wechatpy's ``WeChatCrypto`` (which WeChat's own sample code defines):
AES-256-CBC with the EncodingAESKey as key and its first 16 bytes as IV, the plaintext being
16 random bytes, the message's length (4 bytes, network order), the message and the appid,
padded PKCS#7-style to 32 bytes; base64 outside. What differs is the cost per message
(issue 14: safe mode cost 20-30 % more server CPU than plain mode): the message signature is
checked once, by the webhook with the timestamp window (wechatpy's ``decrypt_message`` checked it
a second time); the random prefix comes from the OS's CSPRNG instead of ``random.sample``, one
``os.urandom`` call with the reply's nonce; base64 is pybase64's (SIMD) when installed; and the
cipher contexts are built once, not per message (building one took longer than the AES work of
a message). A CBC context that is never finalised carries its chaining value, the last
ciphertext block it handled, from one message to the next instead of starting from the IV:

- decrypting, that changes only the first plaintext block (the random prefix, dropped); every
  later block is the previous ciphertext block XOR the block's decryption, the same in any
  context. A ciphertext that is not whole blocks is refused before the context sees it, so the
  context never holds a remainder over;
- encrypting, the first block is XORed with the chaining value and the IV before it goes in,
  which cancels the difference: the ciphertext is CBC's from the IV, byte for byte.

tests/e2e/test_tencent_sample.py (values in tests/kit/wechat_sample.py) and
tests/unit/test_safe_mode.py hold it to wechatpy's output both ways (runs of messages through one
object, refused ones between) and to Tencent's sample.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import os
import struct
import threading
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from wechatpy.exceptions import InvalidAppIdException

try:  # pragma: no cover - which branch runs depends on the platform
    import pybase64
except ImportError:  # pragma: no cover
    pybase64 = None  # type: ignore[assignment]

#: base64 without line breaks: pybase64's SIMD codec when installed (a reply's ~1.2 kB took
#: binascii ~16k instructions), else binascii's; the two give the same bytes.
b64encode: Callable[[bytes], bytes] = (
    pybase64.b64encode if pybase64 is not None else lambda data: binascii.b2a_base64(data, newline=False))
#: Strict base64 (the alphabet, padding only at the end), None without pybase64. Where it decodes a
#: text, binascii's lenient decoder gives the same bytes (tests/unit/test_safe_mode.py); where it
#: refuses one, the lenient decoder still decides, as before.
_b64decode_strict: Callable[[str], bytes] | None = (
    functools.partial(pybase64.b64decode, validate=True) if pybase64 is not None else None)


def b64decode(text: str) -> bytes:
    """base64 read as binascii reads it (characters outside the alphabet skipped), the strict
    decoder first when there is one."""
    if _b64decode_strict is not None:
        try:
            return _b64decode_strict(text)
        except ValueError:  # binascii.Error: not strict base64, which the lenient decoder may still read
            pass
    return binascii.a2b_base64(text)


#: The random bytes of a reply (its 8-byte prefix and 5-byte nonce), drawn in one system call.
random_bytes: Callable[[int], bytes] = os.urandom

#: WeChat pads to 32-byte blocks (not AES's 16).
BLOCK = 32
AES_BLOCK = 16
_LENGTH = struct.Struct(">I")


class SafeModeCrypto:
    def __init__(self, token: str, encoding_aes_key: str, appid: str) -> None:
        key = base64.b64decode(encoding_aes_key + "=")
        if len(key) != 32:
            raise ValueError("the EncodingAESKey must be 43 characters of base64 (32 bytes)")
        self.token = token
        self.appid = appid
        self._appid = appid.encode()
        self._token = token.encode()
        self._cipher = Cipher(algorithms.AES(key), modes.CBC(key[:16]))
        self._iv = int.from_bytes(key[:16], "big")
        # One CBC context each way for the life of the object, never finalised (see the module's
        # docstring): building a context cost more than the AES work of a message (issue 14).
        self._lock = threading.Lock()
        self._decryptor = self._cipher.decryptor()
        self._encryptor = self._cipher.encryptor()
        self._chain = self._iv  # the encryptor's chaining value: the last ciphertext block it wrote

    def decrypt(self, encrypted: str) -> str:
        """The message inside ``<Encrypt>`` (whose signature the caller has checked).
        InvalidAppIdException when it was sealed for another appid; ValueError (or another
        exception) when it is not a sealed message at all."""
        sealed = b64decode(encrypted)
        if not sealed or len(sealed) % AES_BLOCK:
            # Not whole blocks: the context would keep the remainder and prepend it to the next
            # message (a fresh context's finalize() refused it).
            raise ValueError("not whole AES blocks")
        with self._lock:
            # Block 0 comes out XORed with the previous message's last block instead of the IV: it
            # is the random prefix, which is dropped; every later block depends only on this
            # ciphertext, as in CBC with a fresh context.
            plain = self._decryptor.update(sealed)
        padding = plain[-1]
        content = plain[16:-padding]
        if len(content) < 4:
            raise ValueError("no message length")
        length = int.from_bytes(content[:4], "big")
        xml = content[4:length + 4].decode()
        if content[length + 4:].decode() != self.appid:
            raise InvalidAppIdException()
        return xml

    def encrypt(self, xml: str, nonce: str | None, timestamp: str) -> str:
        """The reply envelope WeChat expects for ``xml`` (signed with the token); ``nonce``: None for
        a fresh one (drawn with the random prefix)."""
        encrypt, signature, nonce = self.seal(xml, nonce, timestamp)
        # wechatpy's reply envelope, byte for byte (an f-string: str.format took ten times as long
        # over a reply's kilobytes of base64).
        return (f"<xml>\n<Encrypt><![CDATA[{encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[{signature}]]></MsgSignature>\n"
                f"<TimeStamp>{timestamp}</TimeStamp>\n<Nonce><![CDATA[{nonce}]]></Nonce>\n</xml>")

    def seal(self, xml: str, nonce: str | None, timestamp: str) -> tuple[str, str, str]:
        """(ciphertext in base64, its signature, the nonce) for ``xml``: a reply's Encrypt and
        MsgSignature, and equally what WeChat posts as a message's Encrypt and msg_signature (the
        same signature over the token, timestamp, nonce and ciphertext)."""
        text = xml.encode()
        # The random prefix (16 hex characters, the first block, corrected below) and the nonce.
        drawn = random_bytes(8 if nonce is not None else 13)
        prefix = drawn[:8].hex().encode()
        if nonce is None:
            nonce = drawn[8:].hex()
        pad = BLOCK - (20 + len(text) + len(self._appid)) % BLOCK
        with self._lock:
            try:
                # The context chains from its last block, not the IV: XOR that out of the first
                # block and the IV in, so the ciphertext is CBC's from the IV, byte for byte.
                first = (int.from_bytes(prefix, "big") ^ self._iv ^ self._chain).to_bytes(16, "big")
                sealed = self._encryptor.update(b"".join(
                    (first, _LENGTH.pack(len(text)), text, self._appid, bytes((pad,)) * pad)))
                self._chain = int.from_bytes(sealed[-16:], "big")
            except BaseException:
                # The chaining value is unknown now: start again from the IV.
                self._encryptor, self._chain = self._cipher.encryptor(), self._iv
                raise
        encrypted = b64encode(sealed)
        # The signature over bytes: UTF-8 keeps code-point order, so the sort is the one over the
        # strings, and the ciphertext's base64 is not copied into a str and back first.
        signature = hashlib.sha1(b"".join(sorted(
            (self._token, timestamp.encode(), nonce.encode(), encrypted)))).hexdigest()
        return encrypted.decode("ascii"), signature, nonce
