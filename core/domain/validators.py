"""Input rules shared by every transport. Each raises ValidationFailed naming the field."""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

from email_validator import EmailNotValidError, validate_email

from core.domain.errors import ValidationFailed

PASSWORD_MIN = 8
PASSWORD_MAX = 64
NAME_MAX = 32
_MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")
_SPECIALS = set(string.punctuation) | set("·～！@#￥%……&*（）——+【】、；：‘“’”，。《》？")


def normalize_phone(raw: str, field: str = "phone") -> str:
    """A mainland mobile number; accepts spaces, dashes and a +86/86 prefix."""
    digits = re.sub(r"[\s\-()]", "", raw.strip())
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not _MAINLAND_MOBILE.fullmatch(digits):
        raise ValidationFailed.one(field, "phone_format")
    return digits


@cache
def _common_passwords() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_common_password(password: str) -> bool:
    lowered = password.lower()
    stripped = "".join(ch for ch in lowered if ch.isalnum())
    common = _common_passwords()
    return lowered in common or stripped in common


def check_password(password: str, field: str = "password") -> str:
    """8–64 characters with a letter, a digit and a special character; not a common password.

    The password is never truncated or trimmed: what the user typed is what is hashed.
    """
    # Each broken rule is named (issue 18: "password errors never say which rule failed").
    broken = [rule for rule, holds in (
        ("length", PASSWORD_MIN <= len(password) <= PASSWORD_MAX),
        ("letter", any(ch.isascii() and ch.isalpha() for ch in password)),
        ("digit", any(ch.isdigit() for ch in password)),
        ("special", any(ch in _SPECIALS or (not ch.isalnum() and not ch.isspace()) for ch in password)),
        ("space", not any(ch.isspace() for ch in password)),
        # Control and format characters (NUL, DEL, zero-width space) are not "special characters".
        ("printable", all(ch.isprintable() for ch in password)),
    ) if not holds]
    if broken:
        raise ValidationFailed.one(field, "password_rule", min=PASSWORD_MIN, max=PASSWORD_MAX,
                                   length=len(password), broken=",".join(broken))
    if is_common_password(password):
        raise ValidationFailed.one(field, "password_common")
    return password


def normalize_email(raw: str, field: str = "email") -> str:
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise ValidationFailed.one(field, "email_format") from None
    return str(result.normalized)


def check_display_name(raw: str, field: str = "display_name") -> str:
    name = raw.strip()
    if not name or len(name) > NAME_MAX or any(ch in "<>" or not ch.isprintable() for ch in name):
        raise ValidationFailed.one(field, "display_name_rule", max=NAME_MAX)
    return name


def check_sms_code(raw: str, field: str = "code") -> str:
    code = raw.strip()
    if not re.fullmatch(r"\d{6}", code):
        raise ValidationFailed.one(field, "sms_code_format")
    return code


def check_text(raw: str, field: str, *, max_len: int, required: bool = True) -> str:
    value = raw.strip()
    if required and not value:
        raise ValidationFailed.one(field, "required")
    if len(value) > max_len or any(not ch.isprintable() for ch in value):
        raise ValidationFailed.one(field, "text_too_long", max=max_len)
    return value
