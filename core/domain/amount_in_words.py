"""价税合计（大写）: an amount written in capital Chinese numerals per the PBOC rules.

The rules come from the PBOC's《正确填写票据和结算凭证的基本规定》(GUIDE.md section 3).
The unit is 圆, as printed on a 数电票 (肆拾捌圆玖角整); the PBOC rules allow 元 or 圆.
The examples below keep the PBOC's own wording with 元; we print 圆 in its place.

1. 整: written after 圆 when there are no 角 and no 分 (``1000.00`` -> 壹仟圆整), and after
   角 when there are no 分 (``48.90`` -> 肆拾捌圆玖角整, as a 数电票 prints it; the rules
   make 整 optional there). Never after 分.
2. A zero inside the number is written 零, and a run of zeros is written once:
   ``1409.50`` -> 壹仟肆佰零玖元伍角, ``6007.14`` -> 陆仟零柒元壹角肆分.
3. Zeros at the end of a 万 or 亿 group are not read (usual Chinese reading), zeros at the
   start of a group are: ``107000`` -> 壹拾万柒仟, ``100700`` -> 壹拾万零柒佰,
   ``100007000`` -> 壹亿零柒仟.
4. When the 元 digit is 0 (and there is an integer part) and 角 is not, one 零 follows 元:
   ``107000.53`` -> 壹拾万柒仟元零伍角叁分, ``10.50`` -> 壹拾元零伍角. The PBOC rules allow
   either writing or omitting this 零 (their ``1680.32`` example lists both); we always
   write it, which matches the worked example ``107000.53`` above.
5. When 角 is 0 and 分 is not, 零 follows 元: ``325.04`` -> 叁佰贰拾伍元零肆分.
6. A leading 1 in the tens is written 壹拾, never a bare 拾: ``10.00`` -> 壹拾元整,
   ``110000`` -> 壹拾壹万元整. Bills conventionally write 壹拾 so that nothing can be
   written in front of it.
7. Without an integer part there is no 元: ``0.05`` -> 伍分, ``0.10`` -> 壹角.
8. Zero is 零圆整. A negative amount (a red-letter invoice) is prefixed with ⊗ alone,
   never with 负 as well: GUIDE.md section 3 ("Red invoices show negative amounts, with
   ⊗ before the 大写 (one mark, not ⊗ and 负 together)"), as on the 数电票 sample layout,
   whose red invoice reads 价税合计（大写） ⊗壹佰圆整 (小写) ¥-100.00. A PDF that cannot
   rely on its font having ⊗ draws the mark itself (``NEGATIVE_MARK`` says which it is).

The amount must be a Decimal with at most two decimals (e.g. from ``money.to_money``);
anything else raises ValueError, floats raise TypeError. The range is
``|amount| <= 999,999,999,999.99`` (groups up to 亿).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from core.domain.money import CENT, MONEY_MAX

__all__ = ["MAX_AMOUNT", "NEGATIVE_MARK", "UNIT", "amount_in_words"]

MAX_AMOUNT: Final = MONEY_MAX
#: Before the 大写 of a negative (red-letter) amount; the only sign (no 负).
NEGATIVE_MARK: Final = "⊗"
#: The yuan unit as printed on a 数电票.
UNIT: Final = "圆"

_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_UNITS: Final = ("", "拾", "佰", "仟")
_GROUPS: Final = ("", "万", "亿")


def _integer_words(number: int) -> str:
    """Capital numerals for 1 <= number < 10**12, without the trailing 元."""
    digits = str(number)
    length = len(digits)
    out: list[str] = []
    pending_zero = False
    for index, char in enumerate(digits):
        position = length - 1 - index
        digit = int(char)
        if digit == 0:
            pending_zero = True
        else:
            if pending_zero:
                out.append("零")
            out.append(_DIGITS[digit] + _UNITS[position % 4])
            pending_zero = False
        if position % 4 == 0 and position > 0:
            group = (number // 10**position) % 10_000
            if group:
                out.append(_GROUPS[position // 4])
                # Zeros at the end of a group are not read.
                pending_zero = False
    return "".join(out)


def amount_in_words(amount: Decimal) -> str:
    """Write ``amount`` in 大写, e.g. ``Decimal("48.90")`` -> ``"肆拾捌圆玖角"`` and
    ``Decimal("-100")`` -> ``"⊗壹佰圆整"``."""
    if isinstance(amount, float) or not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, got {type(amount).__name__}")
    if not amount.is_finite():
        raise ValueError(f"amount is not finite: {amount!r}")
    if abs(amount) > MAX_AMOUNT:
        raise ValueError(f"amount out of range for 大写: {amount!r}")
    if amount != amount.quantize(CENT):
        raise ValueError(f"amount must be quantized to 0.01 first: {amount!r}")

    cents = int(abs(amount) * 100)
    if cents == 0:
        return f"零{UNIT}整"
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)

    parts: list[str] = [NEGATIVE_MARK] if amount < 0 else []
    if yuan:
        parts.append(_integer_words(yuan))
        parts.append(UNIT)
    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        if yuan and (yuan % 10 == 0 or jiao == 0):
            parts.append("零")
        if jiao:
            parts.append(_DIGITS[jiao] + "角")
        if fen:
            parts.append(_DIGITS[fen] + "分")
        else:
            parts.append("整")
    return "".join(parts)
