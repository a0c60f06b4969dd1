"""纳税人识别号 / 统一社会信用代码.

The 18-character 统一社会信用代码 is checked with python-stdnum (GB 32100-2015
checksum). Legacy IDs of 15, 17 or 20 characters predate it and carry no checksum
we can verify, so they are accepted by format only.
"""

from __future__ import annotations

import re

from stdnum.cn import uscc

from core.domain.errors import ValidationFailed

_LEGACY = re.compile(r"[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}")


def normalize_tax_id(raw: str, field: str = "tax_id") -> str:
    value = re.sub(r"[\s\-]", "", raw).upper()
    if len(value) == 18:
        try:
            return str(uscc.validate(value))
        except uscc.InvalidChecksum:
            raise ValidationFailed.one(field, "tax_id_checksum") from None
        except ValueError:
            raise ValidationFailed.one(field, "tax_id_format") from None
    if _LEGACY.fullmatch(value):
        return value
    raise ValidationFailed.one(field, "tax_id_format")
