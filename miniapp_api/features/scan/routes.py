"""The routes of 扫码开票: codes, stores, buyer requests."""

from __future__ import annotations

from miniapp_api.docs import documented
from miniapp_api.features.scan import views
from miniapp_api.features.scan.docs import DOCS
from miniapp_api.features.scan.schemas import CODE, CODE_IN, ID, MONEY_IN, OUTCOME, REQUEST, STORE
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.schema import Binary
from miniapp_api.spec import STRING, Route, obj, string

ONE_CODE = "/scan/codes/{code_id}"
ONE_REQUEST = "/scan/requests/{request_id}"

ROUTES: tuple[Route, ...] = (
    Route("POST", "/scan/codes", views.create_code, "Create a 开票码: counter (per company or store) or order (one sale)",
          "scan", body=CODE_IN, responses={201: CODE}, errors=(404, 422)),
    Route("GET", "/scan/codes", views.codes, "The company's active codes", "scan",
          query=PAGE_QUERY, responses={200: page_schema(CODE)}),
    Route("DELETE", ONE_CODE, views.revoke_code, "Withdraw a code", "scan", responses={204: None}, errors=(404,)),
    Route("GET", ONE_CODE + "/qr.png", views.code_png, "The code's QR (PNG)", "scan",
          responses={200: Binary("image/png", "The code as a QR image", attachment=False)},
          errors=(404,)),
    Route("GET", ONE_CODE + "/poster.pdf", views.code_poster, "Printable poster (A4 or A6)", "scan",
          query={"size": {"type": "string", "enum": ["A4", "A6"]}},
          responses={200: Binary("application/pdf", "A printable poster of the code")}, errors=(404, 422)),
    Route("POST", "/scan/stores", views.add_store, "Add a store (门店) with its own 开票员", "scan",
          body=obj({"name": string(40), "issuer_account_id": ID}, ("name",)), responses={201: STORE},
          errors=(422,)),
    Route("GET", "/scan/stores", views.stores, "The company's stores", "scan",
          query=PAGE_QUERY, responses={200: page_schema(STORE)}),
    Route("GET", "/scan/requests", views.requests, "Buyer requests (open ones by default)", "scan",
          query={"status": {"type": "string", "enum": ["open", "all"]}, **PAGE_QUERY},
          responses={200: page_schema(REQUEST)}),
    Route("GET", ONE_REQUEST, views.request_one, "One request", "scan", responses={200: REQUEST}, errors=(404,)),
    Route("POST", ONE_REQUEST + "/approve", views.approve, "同意: issue the invoice and deliver it", "scan",
          responses={200: {**REQUEST, "properties": {**REQUEST["properties"], "outcome": OUTCOME}}},
          errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/reject", views.refuse, "拒绝 with a reason the buyer sees", "scan",
          body=obj({"reason": string(200)}, ("reason",)), responses={200: REQUEST}, errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/modify", views.modify, "修改 the amount, item or 抬头 before issuing", "scan",
          body=obj({"amount_incl_tax": MONEY_IN, "item": string(90), "buyer_name": string(100),
                    "buyer_tax_id": {"type": ["string", "null"], "maxLength": 20}}),
          responses={200: REQUEST}, errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/deliver", views.redeliver, "重新交付 (to the request's or a corrected address)",
          "scan", body=obj({"email": string(254), "phone": string(20)}),
          responses={200: obj({"via": {"type": "array", "items": STRING}}, ("via",))}, errors=(404, 409, 422, 429)),
)
ROUTES = documented(ROUTES, DOCS)
