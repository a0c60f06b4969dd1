"""The sandbox platform's rules, loaded from ``core/data/invoice_platform_sandbox.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Final

import yaml

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "invoice_platform_sandbox.yaml"


@dataclass(frozen=True)
class SandboxRules:
    province: str
    channel_digit: int
    default_credit: Decimal
    confirm_within_hours: int
    reasons: tuple[str, ...]
    leaf_only: bool
    rate_must_fit_code: bool
    code_digits: int


def _section(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name)
    if not isinstance(value, dict):
        raise ValueError(f"{DATA_FILE.name}: section {name!r} missing")
    return value


@cache
def load_rules(path: Path = DATA_FILE) -> SandboxRules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    numbers, credit = _section(raw, "numbers"), _section(raw, "credit")
    red, codes, auth = _section(raw, "red_confirmation"), _section(raw, "codes"), _section(raw, "authorization")
    province = str(numbers["province"])
    channel = int(numbers["channel_digit"])
    if len(province) != 2 or not province.isdigit() or not 0 <= channel <= 9:
        raise ValueError(f"{DATA_FILE.name}: numbers.province must be 2 digits and channel_digit 0-9")
    return SandboxRules(
        province=province, channel_digit=channel, default_credit=Decimal(str(credit["default_monthly"])),
        confirm_within_hours=int(red["confirm_within_hours"]), reasons=tuple(str(r) for r in red["reasons"]),
        leaf_only=bool(codes["leaf_only"]), rate_must_fit_code=bool(codes["rate_must_fit_code"]),
        code_digits=int(auth["code_digits"]),
    )
