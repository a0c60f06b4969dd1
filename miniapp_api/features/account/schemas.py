"""Request and response schemas of the signed-in account."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj, string

MEMBERSHIP = obj({"company_id": INTEGER, "company_name": STRING, "tax_id": STRING, "role": STRING,
                  "current": BOOLEAN}, ("company_id", "company_name", "role", "current"))

ACCOUNT = obj(
    {
        "id": INTEGER, "masked_phone": STRING, "display_name": STRING, "email": NULLABLE_STRING,
        "second_factor": {"type": ["string", "null"], "enum": ["totp", "sms", None]},
        "bound_wechat": BOOLEAN, "memberships": {"type": "array", "items": MEMBERSHIP},
    },
    ("id", "masked_phone", "display_name", "memberships"),
)

#: Re-authentication for second-factor changes: the password, or a code of the current second factor.
REAUTH = obj({"password": string(256), "code": string(16)})

BINDING = obj({"id": INTEGER, "app": {"type": "string", "enum": ["mp", "miniapp"]}, "masked_openid": STRING,
               "created_at": {"type": "string", "format": "date-time"}, "current": BOOLEAN},
              ("id", "app", "masked_openid", "created_at"))
