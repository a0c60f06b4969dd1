"""Second-factor building blocks: TOTP secrets sealed at rest, one use per TOTP time step, and
one-time recovery codes stored hashed.

- **Sealing**: AES-256-GCM with a key derived from ``SECRET_KEY`` (SHA-256 of a fixed label and
  the key; docs/security.md). A stored value starts with ``enc1:``; anything else is a secret
  written before sealing existed and is read as it is (and sealed at its next change).
  Rotating ``SECRET_KEY`` therefore makes existing authenticator secrets unreadable: the users
  set the authenticator up again (a reset of the second factor by SMS reset is the way back).
- **Replay**: a TOTP code is accepted once per time step (30 s); a second login with the same
  code inside its validity is refused (issue 13 #9).
- **Recovery codes**: ten codes of 10 characters (about 50 bits each) from ``secrets``, shown
  once, stored as HMAC-SHA256 under ``SECRET_KEY``; each works once as the second factor.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os
import secrets
from datetime import datetime

import pyotp
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.ports import KeyValueStore

SEALED_PREFIX = "enc1:"
TOTP_STEP_SECONDS = 30
#: Steps either side of now that are accepted (clock drift of the phone).
TOTP_WINDOW = 1
RECOVERY_CODE_COUNT = 10
#: No 0/O, 1/I/L: a code read from paper is typed right.
_RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_RECOVERY_LENGTH = 10


class SecretBox:
    """Seals short secrets (TOTP keys) with AES-GCM under a key derived from SECRET_KEY."""

    def __init__(self, secret_key: str, label: str = "fapiao/totp-secret/v1") -> None:
        key = hashlib.sha256(label.encode() + b"\0" + secret_key.encode()).digest()
        self._aead = AESGCM(key)
        self._label = label.encode()

    def seal(self, plain: str) -> str:
        nonce = os.urandom(12)
        sealed = nonce + self._aead.encrypt(nonce, plain.encode(), self._label)
        return SEALED_PREFIX + base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def open(self, stored: str) -> str:
        if not stored.startswith(SEALED_PREFIX):
            return stored  # written before secrets were sealed
        raw = stored[len(SEALED_PREFIX):]
        data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        return self._aead.decrypt(data[:12], data[12:], self._label).decode()


def totp_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code ``code`` is (within the window), or None."""
    totp = pyotp.TOTP(secret)
    code = code.strip()
    if not (code.isdigit() and len(code) == totp.digits):
        return None
    current = int(now.timestamp()) // TOTP_STEP_SECONDS
    for step in range(current - TOTP_WINDOW, current + TOTP_WINDOW + 1):
        if hmac.compare_digest(totp.at(step * TOTP_STEP_SECONDS), code):
            return step
    return None


async def use_totp_once(store: KeyValueStore, account_id: int, secret: str, code: str, now: datetime) -> bool:
    """True when ``code`` is valid now and was not used before for its time step (atomic claim)."""
    step = totp_step(secret, code, now)
    if step is None:
        return False
    ttl = TOTP_STEP_SECONDS * (2 * TOTP_WINDOW + 2)
    return await store.set(f"totp:used:{account_id}:{step}", "1", ttl=ttl, only_new=True)


def new_recovery_codes() -> list[str]:
    return ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
            for _ in range(RECOVERY_CODE_COUNT)]


def normalize_recovery_code(value: str) -> str | None:
    """What the user typed ("ab3d-ef5h-jk", spaces, lower case) as stored, or None if it cannot be one."""
    cleaned = "".join(ch for ch in value.upper() if ch not in " -")
    if len(cleaned) != _RECOVERY_LENGTH or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        return None
    return cleaned


def format_recovery_code(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def recovery_digest(secret_key: str, account_id: int, code: str) -> str:
    return hmac.new(secret_key.encode(), f"recovery|{account_id}|{code}".encode(), hashlib.sha256).hexdigest()


def qr_png(text: str) -> bytes:
    """A PNG QR code of ``text`` (the otpauth:// URI an authenticator app scans)."""
    import qrcode

    buffer = io.BytesIO()
    qrcode.make(text).save(buffer, format="PNG")
    return buffer.getvalue()
