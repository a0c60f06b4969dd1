"""Request and response schemas of members of the current company."""

from __future__ import annotations

from miniapp_api.features.companies.schemas import ROLE_NAMES
from miniapp_api.spec import BOOLEAN, INTEGER, STRING, obj

MEMBER = obj({"account_id": INTEGER, "display_name": STRING, "masked_phone": STRING,
              "role": {"type": "string", "enum": ["owner", *ROLE_NAMES]}, "issuer_name": STRING,
              "issuer_name_default": BOOLEAN, "is_self": BOOLEAN},
             ("account_id", "display_name", "role", "issuer_name", "is_self"))

MEMBER_PATH = "/company/members/{account_id}"

TRANSFER_STARTED = obj({"to_account_id": INTEGER, "to_name": STRING, "masked_phone": STRING},
                       ("to_account_id", "to_name", "masked_phone"))
