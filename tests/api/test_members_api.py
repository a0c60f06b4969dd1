"""Members, 开票人 and owner transfer through the API, checked against the OpenAPI document (issue 18)."""

from __future__ import annotations

from core.notifications.models import OutboxEvent

USCC = "91110000600037341L"
OTHER_USCC = "9144030071526726XG"
MEMBER = "/company/members/{account_id}"


async def team(api, clock):
    owner = await api.register("13800138000", "王老板")
    api.token = owner
    await api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": USCC}, expect=201)
    _, invite = await api.call("POST", "/company/invites", {"role": "issuer"}, expect=201)
    clock.advance(seconds=61)
    member = await api.register("13900139000", "张开票")
    await api.call("POST", "/companies/join", {"code": invite["code"]}, token=member, expect=200)
    _, me = await api.call("GET", "/account", token=member, expect=200)
    return owner, member, me["id"]


async def test_switch_between_companies(client_api, clock):
    api = client_api
    _owner, member, _member_id = await team(api, clock)
    _, _own = await api.call("POST", "/companies", {"name": "张记小吃店", "tax_id": OTHER_USCC}, token=member,
                            expect=201)
    _, account = await api.call("GET", "/account", token=member, expect=200)
    assert [m["current"] for m in account["memberships"]] == [False, True]
    first = account["memberships"][0]["company_id"]
    _, switched = await api.call("POST", "/company/switch", {"company_id": first}, token=member, expect=200)
    assert switched["name"] == "武汉光谷软件有限公司" and switched["role"] == "issuer"
    await api.call("POST", "/company/switch", {"company_id": 9999}, token=member, expect=404)


async def test_members_role_issuer_name_and_removal(client_api, clock, core):
    api = client_api
    _owner, member, member_id = await team(api, clock)
    _, listing = await api.call("GET", "/company/members", token=member, expect=200)
    assert [(m["display_name"], m["role"], m["is_self"]) for m in listing["items"]] == [
        ("王老板", "owner", False), ("张开票", "issuer", True)]
    assert listing["items"][1]["issuer_name"] == "张开票" and listing["items"][1]["issuer_name_default"]
    path = MEMBER.format(account_id=member_id)
    _, body = await api.call("PUT", path, {"role": "viewer"}, token=member, template=MEMBER, expect=403)
    assert body["error"]["code"] == "permission_denied"
    _, changed = await api.call("PUT", path, {"role": "accountant"}, template=MEMBER, expect=200)
    assert changed["role"] == "accountant"
    await api.call("PUT", path, {"role": "owner"}, template=MEMBER, expect=422)
    _, named = await api.call("PUT", path + "/issuer-name", {"issuer_name": "张晓明"}, token=member,
                              template=MEMBER + "/issuer-name", expect=200)
    assert named["issuer_name"] == "张晓明" and not named["issuer_name_default"]
    _, owner_me = await api.call("GET", "/account", expect=200)
    owner_path = MEMBER.format(account_id=owner_me["id"])
    _, body = await api.call("DELETE", owner_path, template=MEMBER, expect=409)
    assert body["error"]["code"] == "last_owner" and "所有者" in body["error"]["message"]
    await api.call("DELETE", MEMBER.format(account_id=99999), template=MEMBER, expect=404)
    await api.call("DELETE", path, template=MEMBER, expect=204)
    _, listing = await api.call("GET", "/company/members", expect=200)
    assert [m["display_name"] for m in listing["items"]] == ["王老板"]
    templates = [e.template for e in await OutboxEvent.filter(account_id=member_id).order_by("id")]
    assert templates == ["bot.member.role_changed", "bot.member.removed"]


async def test_owner_transfer_with_sms_code(client_api, clock, sms):
    api = client_api
    _owner, member, member_id = await team(api, clock)
    _, body = await api.call("POST", "/company/transfer", {"account_id": member_id}, token=member, expect=403)
    assert body["error"]["code"] == "permission_denied"  # an 开票员 manages nobody
    await api.call("POST", "/company/transfer/confirm", {"account_id": member_id, "code": "123456"}, expect=409)
    clock.advance(seconds=61)
    _, started = await api.call("POST", "/company/transfer", {"account_id": member_id}, expect=202)
    assert started == {"to_account_id": member_id, "to_name": "张开票", "masked_phone": "138****8000"}
    await api.call("POST", "/company/transfer", {"account_id": member_id}, expect=429)
    code = sms.last_code("13800138000")
    _, done = await api.call("POST", "/company/transfer/confirm", {"account_id": member_id, "code": code},
                             expect=200)
    assert done["role"] == "owner" and done["display_name"] == "张开票"
    _, listing = await api.call("GET", "/company/members", expect=200)
    assert {m["display_name"]: m["role"] for m in listing["items"]} == {"张开票": "owner", "王老板": "admin"}
