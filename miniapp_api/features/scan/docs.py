"""What each 扫码开票 route does, who may call it and its side effects (the document's descriptions)."""

from __future__ import annotations

from typing import Any

VIEW = ("owner", "admin", "issuer", "accountant", "viewer")
ISSUE = ("owner", "admin", "issuer")
MANAGE = ("owner", "admin")
CODE = "/scan/codes/{code_id}"
REQUEST = "/scan/requests/{request_id}"
PAYS = "Amounts are what the buyer pays: 价税合计 (`amount_incl_tax`), a decimal string."

DOCS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/scan/codes"): {"roles": ISSUE, "description": (
        "Create a 开票码: a counter code (per company or store, the buyer types the amount) or an order code "
        "(one sale: `amount_incl_tax` and its item). Optional auto-issue under caps. " + PAYS)},
    ("GET", "/scan/codes"): {"roles": VIEW, "description": "The company's active codes."},
    ("DELETE", CODE): {"roles": ISSUE, "description": "Withdraw a code: scanning it no longer opens the form."},
    ("GET", CODE + "/qr.png"): {"roles": VIEW, "description": "The code's QR (PNG)."},
    ("GET", CODE + "/poster.pdf"): {"roles": VIEW, "description": "A printable poster of the code (A4 or A6)."},
    ("POST", "/scan/stores"): {"roles": MANAGE, "description": "Add a store (门店) with its own 开票员."},
    ("GET", "/scan/stores"): {"roles": VIEW, "description": "The company's stores."},
    ("GET", "/scan/requests"): {"roles": VIEW, "description": "Buyers' requests (open ones by default). " + PAYS},
    ("GET", REQUEST): {"roles": VIEW, "description": "One request with its messages. " + PAYS},
    ("POST", REQUEST + "/approve"): {"roles": ISSUE, "description": (
        "同意: issue the invoice (price including tax) and deliver it to the buyer; `outcome` says what happened.")},
    ("POST", REQUEST + "/reject"): {"roles": ISSUE, "description": "拒绝 with a reason the buyer sees."},
    ("POST", REQUEST + "/modify"): {"roles": ISSUE, "description": (
        "修改 the amount (`amount_incl_tax`), item or 抬头 before issuing; the buyer is told.")},
    ("POST", REQUEST + "/deliver"): {"roles": ISSUE, "description": (
        "重新交付 the issued invoice (to the request's or a corrected address); limited (429).")},
}
