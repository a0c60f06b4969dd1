"""The small-scale 起征点 rule of a VAT return (see :mod:`core.domain.vat`): which sales count
toward it and the one comparison with it. Pure."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from core.domain.vat_lines import SaleLine

__all__ = ["EXEMPT_AT_THRESHOLD", "counts_toward_threshold", "is_under_threshold"]

_REAL_ESTATE_CODE: Final = "5"
_NONTAXABLE_CODE: Final = "nontaxable"
#: Whether sales exactly equal to the 起征点 are still exempt. False: reaching the 起征点
#: is taxed -- GUIDE.md ("a cliff: once reached, all sales are taxed") and the statutory
#: wording "未达到起征点的，免征增值税；达到起征点的，……全额计算缴纳" (增值税暂行条例第十七条,
#: carried into the VAT Law). *Unconfirmed*: the earlier small-scale exemption notices
#: (e.g. 公告2023年第1号) said "未超过10万元", under which exactly 100,000.00 was exempt.
#: Flip this one constant if the 2026 rules turn out to read that way.
EXEMPT_AT_THRESHOLD: Final = False


def is_under_threshold(sales: Decimal, threshold: Decimal) -> bool:
    """True when ``sales`` (excluding tax) stay under the 起征点, i.e. are exempt.

    The only place the comparison is made; see :data:`EXEMPT_AT_THRESHOLD`.
    """
    return sales <= threshold if EXEMPT_AT_THRESHOLD else sales < threshold


def counts_toward_threshold(line: SaleLine) -> bool:
    """Which sales are added up against the 起征点: every line except 不征税 ones (they are
    not sales in the VAT sense). 专票 and 免税 lines count; red lines count negatively.

    Sales at 5% are taken as 销售不动产 and left out (公告2023年第1号 第三条: "扣除本期发生的
    销售不动产的销售额后未超过10万元的……免征增值税"). *Unconfirmed*: a 5% line may also be a
    lease of real estate (a service, which would count); the line does not say which.
    """
    return line.rate_code not in (_NONTAXABLE_CODE, _REAL_ESTATE_CODE)
