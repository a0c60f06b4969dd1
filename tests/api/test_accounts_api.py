"""The mini-program API for accounts and companies, checked against its OpenAPI document."""

from __future__ import annotations

import pyotp

from miniapp_api.app import ROUTES, document
from tests.kit.api import PASSWORD
from tests.kit.factories import authorise_companies

PHONE = "13800138000"
USCC = "91110000600037341L"
FORGED = "91110000600037341M"


async def test_openapi_documents_every_route(api):
    response = await api.get("/api/v1/openapi.json")
    assert response.status == 200
    doc = await response.json()
    assert doc["openapi"].startswith("3.1")
    registered = {(r.method, r.resource.canonical) for r in api.server.app.router.routes()
                  if r.resource is not None and r.resource.canonical.startswith("/api/v1")
                  and r.method != "HEAD"}
    documented = {(m.upper(), path) for path, ops in doc["paths"].items() for m in ops}
    assert registered - {("GET", "/api/v1/openapi.json")} == documented
    assert len(documented) == len(ROUTES)
    assert doc == document()


async def test_full_account_and_company_journey(client_api, sms, clock):
    api = client_api
    api.token = await api.register(PHONE)
    _, me = await api.call("GET", "/account", expect=200)
    assert me["display_name"] == "王会计" and me["masked_phone"] == "138****8000" and me["memberships"] == []
    assert "phone" not in me

    # Logging in afresh gives a new token.
    _, login = await api.call("POST", "/auth/login", {"phone": PHONE, "password": PASSWORD}, token="", expect=200)
    api.token = login["token"]

    _, body = await api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": FORGED,
                                                         "taxpayer_kind": "small_scale"}, expect=422)
    assert "校验位" in body["error"]["fields"]["tax_id"]
    assert body["error"]["code"] == "validation_failed"
    _, company = await api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": USCC,
                                                       "taxpayer_kind": "small_scale", "company_id": 999},
                                expect=201)
    await authorise_companies()
    assert company["role"] == "owner" and company["tax_id"] == USCC
    _, invite = await api.call("POST", "/company/invites", {"role": "issuer"}, expect=201)

    clock.advance(seconds=61)
    colleague = await api.register("13900139000", name="李开票")
    _, joined = await api.call("POST", "/companies/join", {"code": invite["code"]}, token=colleague, expect=200)
    assert joined["role"] == "issuer" and joined["name"] == "武汉光谷软件有限公司"
    _, members = await api.call("GET", "/company/members", expect=200)
    assert [(m["display_name"], m["role"]) for m in members["items"]] == [("王会计", "owner"), ("李开票", "issuer")]
    # An issuer cannot invite, and the code cannot be used twice.
    _, body = await api.call("POST", "/company/invites", {"role": "viewer"}, token=colleague, expect=403)
    assert "没有权限" in body["error"]["message"]
    clock.advance(seconds=61)
    third = await api.register("13700137000", name="赵")
    await api.call("POST", "/companies/join", {"code": invite["code"]}, token=third, expect=422)


async def test_errors_name_the_field_and_the_rule(client_api):
    api = client_api
    _, body = await api.call("POST", "/auth/sms-codes", {"phone": "123", "purpose": "register"}, expect=422)
    assert "手机号格式不正确" in body["error"]["fields"]["phone"]
    _, body = await api.call("POST", "/auth/sms-codes", {"phone": 13800138000, "purpose": "x"}, expect=422)
    assert set(body["error"]["fields"]) == {"phone", "purpose"}
    assert "文字" in body["error"]["fields"]["phone"]
    _, body = await api.call("POST", "/auth/sms-codes", {}, expect=422)
    assert "必填" in body["error"]["fields"]["phone"]
    await api.call("POST", "/auth/sms-codes", {"phone": PHONE, "purpose": "register"}, expect=202)
    _, body = await api.call("POST", "/auth/register", {
        "phone": PHONE, "code": api.sms.last_code(PHONE), "password": "short", "display_name": "x",
        "email": "bad@"}, expect=422)
    assert "密码不符合规则" in body["error"]["fields"]["password"]
    assert "邮箱格式不正确" in body["error"]["fields"]["email"]


async def test_malformed_json_and_oversized_body(client_api, api, settings):
    response = await api.post("/api/v1/auth/login", data=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status == 400
    body = await response.json()
    assert body["error"]["code"] == "malformed_json" and "JSON" in body["error"]["message"]
    response = await api.post("/api/v1/auth/login", data=b"x" * (settings.max_body_bytes + 1),
                              headers={"Content-Type": "application/json"})
    assert response.status == 413
    assert (await response.json())["error"]["code"] == "body_too_large"
    response = await api.post("/api/v1/auth/login", json=["a", "list"])
    assert response.status == 422
    response = await api.get("/api/v1/nope")
    assert response.status == 404 and (await response.json())["error"]["code"] == "route_not_found"


async def test_auth_required_and_bad_token(client_api):
    _, body = await client_api.call("GET", "/account", token="", expect=401)
    assert "请先登录" in body["error"]["message"]
    await client_api.call("GET", "/account", token="forged-token", expect=401)


async def test_logout_revokes_the_token(client_api):
    token = await client_api.register(PHONE)
    await client_api.call("POST", "/auth/logout", token=token, expect=204)
    await client_api.call("GET", "/account", token=token, expect=401)


async def test_lockout_through_the_api(client_api, clock):
    await client_api.register(PHONE)
    for _ in range(4):
        await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": "Wrong#pass1"}, expect=401)
    _, body = await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": "Wrong#pass1"},
                                         expect=423)
    assert "15 分钟" in body["error"]["message"]
    _, body = await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": PASSWORD}, expect=423)
    clock.advance(minutes=16)
    await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": PASSWORD}, expect=200)


async def test_sms_rate_limit_says_when(client_api):
    await client_api.call("POST", "/auth/sms-codes", {"phone": PHONE, "purpose": "register"}, expect=202)
    _, body = await client_api.call("POST", "/auth/sms-codes", {"phone": PHONE, "purpose": "register"},
                                         expect=429)
    assert "秒后再试" in body["error"]["message"] and body["error"]["details"]["retry_after"] == 60


async def test_wechat_login_binds_after_password_login(client_api, wechat_api):
    from core.ports import MiniappSession

    wechat_api.sessions["code-1"] = MiniappSession(openid="mini-openid-1", unionid=None)
    _, body = await client_api.call("POST", "/auth/wechat", {"code": "code-1"}, expect=200)
    assert body == {"token": None, "bound": False}
    client_api.token = await client_api.register(PHONE)
    await client_api.call("POST", "/account/wechat-binding", {"code": "code-1"}, expect=204)
    _, body = await client_api.call("POST", "/auth/wechat", {"code": "code-1"}, token="", expect=200)
    assert body["bound"] is True
    _, me = await client_api.call("GET", "/account", token=body["token"], expect=200)
    assert me["display_name"] == "王会计"


async def test_totp_through_the_api(client_api, clock):
    client_api.token = await client_api.register(PHONE)
    _, setup = await client_api.call("POST", "/account/second-factor/totp", {"password": PASSWORD}, expect=200)
    assert setup["qr_png"].startswith("data:image/png;base64,")
    totp = pyotp.TOTP(setup["secret"])
    await client_api.call("POST", "/account/second-factor/totp/confirm", {"code": totp.at(clock.now())},
                          expect=200)
    clock.advance(seconds=30)  # the confirming code was used for its time step
    _, body = await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": PASSWORD}, token="",
                                    expect=401)
    assert body["error"]["code"] == "second_factor_required"
    ticket = body["error"]["details"]["ticket"]
    await client_api.call("POST", "/auth/login/second-factor", {"ticket": ticket, "code": "000000"},
                          token="", expect=401)
    _, ok = await client_api.call("POST", "/auth/login/second-factor",
                                  {"ticket": ticket, "code": totp.at(clock.now())}, token="", expect=200)
    assert ok["token"]


async def test_password_reset_through_the_api(client_api, sms, clock):
    await client_api.register(PHONE)
    clock.advance(seconds=61)
    await client_api.call("POST", "/auth/sms-codes", {"phone": PHONE, "purpose": "reset"}, expect=202)
    await client_api.call("POST", "/auth/password-reset", {"phone": PHONE, "code": sms.last_code(PHONE),
                                                           "new_password": "Neues#Passwort9"}, expect=204)
    await client_api.call("POST", "/auth/login", {"phone": PHONE, "password": "Neues#Passwort9"}, expect=200)


async def test_another_company_is_not_found(client_api, clock):
    owner = await client_api.register(PHONE)
    _, company = await client_api.call("POST", "/companies", {"name": "甲公司", "tax_id": USCC}, token=owner,
                                       expect=201)
    await authorise_companies()
    clock.advance(seconds=61)
    stranger = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "乙公司", "tax_id": "9144030071526726XG"},
                          token=stranger, expect=201)
    await authorise_companies()
    await client_api.call("POST", "/company/switch", {"company_id": company["id"]}, token=stranger, expect=404)
    _, mine = await client_api.call("GET", "/company", token=stranger, expect=200)
    assert mine["name"] == "乙公司"
