"""The audit trail through the API: owners/admins read their company's, with filters and
cursor pagination; other roles are refused; another company's id is "not found" exactly
like a company that does not exist; platform staff read everything."""

from __future__ import annotations

from core.domain.actor import Actor
from tests.kit.api import PASSWORD, Api
from tests.kit.factories import authorise_companies

TRAIL = "/companies/{company_id}/audit"
INVOICE = {"kind": "special", "buyer": {"name": "深圳某某科技有限公司", "tax_id": "9144030071526726XG"},
           "price_includes_tax": True, "lines": [{"name": "技术服务费", "amount": "100", "rate": "0.06"}]}


async def _company_id(api: Api, token: str) -> int:
    _, body = await api.call("GET", "/company", token=token, expect=200)
    return int(body["id"])


async def _member(api: Api, owner: str, phone: str, role: str) -> str:
    _, invite = await api.call("POST", "/company/invites", {"role": role}, token=owner, expect=201)
    token = await api.register(phone, "同事")
    await api.call("POST", "/companies/join", {"code": invite["code"]}, token=token, expect=200)
    return token


async def test_owner_reads_the_company_trail_with_filters_and_pages(client_api, owner, clock):
    api = client_api
    company_id = await _company_id(api, owner)
    for _ in range(3):
        await api.call("POST", "/invoices", INVOICE, expect=201)
    path = TRAIL.format(company_id=company_id)
    _, body = await api.call("GET", path, template=TRAIL, expect=200)
    actions = [item["action"] for item in body["items"]]
    assert actions.count("invoice.issued") == 3 and "company.create" in actions
    assert [i["id"] for i in body["items"]] == sorted((i["id"] for i in body["items"]), reverse=True)
    assert all(item["company_id"] == company_id for item in body["items"])
    issued = next(item for item in body["items"] if item["action"] == "invoice.issued")
    assert issued["action_label"] == "开具发票" and issued["channel"] == "api" and issued["seq"] >= 1

    # Filter by action (exact and prefix) and page through with the cursor.
    _, first = await api.call("GET", path + "?action=invoice.issued&limit=2", template=TRAIL, expect=200)
    assert [i["action"] for i in first["items"]] == ["invoice.issued"] * 2 and first["next_cursor"]
    _, second = await api.call("GET", f"{path}?action=invoice.issued&limit=2&cursor={first['next_cursor']}",
                               template=TRAIL, expect=200)
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    assert second["items"][0]["id"] < first["items"][-1]["id"]
    _, prefixed = await api.call("GET", path + "?action=invoice.", template=TRAIL, expect=200)
    assert {i["action"] for i in prefixed["items"]} == {"invoice.created", "invoice.issued"}

    # By actor and by time range.
    actor_id = issued["actor_id"]
    _, mine = await api.call("GET", f"{path}?actor_id={actor_id}", template=TRAIL, expect=200)
    assert mine["items"] and all(i["actor_id"] == actor_id for i in mine["items"])
    _, future = await api.call("GET", path + "?since=2099-01-01T00:00:00%2B08:00", template=TRAIL, expect=200)
    assert future["items"] == []
    _, past = await api.call("GET", path + "?until=2000-01-01T00:00:00Z", template=TRAIL, expect=200)
    assert past["items"] == []

    # Bad input names the field.
    status, bad = await api.call("GET", path + "?since=yesterday", template=TRAIL)
    assert status == 422 and "since" in bad["error"]["fields"]
    status, bad = await api.call("GET", path + "?cursor=%21%21", template=TRAIL)
    assert status == 422 and "cursor" in bad["error"]["fields"]


async def test_issuer_and_viewer_are_refused(client_api, owner):
    api = client_api
    company_id = await _company_id(api, owner)
    path = TRAIL.format(company_id=company_id)
    issuer = await _member(api, owner, "13800138001", "issuer")
    viewer = await _member(api, owner, "13800138002", "viewer")
    admin = await _member(api, owner, "13800138003", "admin")
    for token in (issuer, viewer):
        status, body = await api.call("GET", path, token=token, template=TRAIL)
        assert status == 403 and body["error"]["code"] == "permission_denied"
    await api.call("GET", path, token=admin, template=TRAIL, expect=200)
    # Only staff read the whole log.
    status, _ = await api.call("GET", "/audit", token=owner)
    assert status == 403


async def test_another_companys_trail_is_not_found_without_leaking(client_api, owner):
    api = client_api
    mine = await _company_id(api, owner)
    other = await api.register("13900139000", "别家老板")
    await api.call("POST", "/companies", {"name": "武汉另一家有限公司", "tax_id": "9144030071526726XG",
                                          "taxpayer_kind": "small_scale"}, token=other, expect=201)
    await authorise_companies()
    theirs = await _company_id(api, other)
    status_other, body_other = await api.call("GET", TRAIL.format(company_id=theirs), token=owner, template=TRAIL)
    status_none, body_none = await api.call("GET", TRAIL.format(company_id=theirs + 1000), token=owner,
                                            template=TRAIL)
    assert status_other == status_none == 404
    assert body_other == body_none
    # And the owner's own trail holds nothing of the other company.
    _, own = await api.call("GET", TRAIL.format(company_id=mine), token=owner, template=TRAIL, expect=200)
    assert all(item["company_id"] == mine for item in own["items"])


async def test_staff_read_everything(client_api, owner, core):
    api = client_api
    company_id = await _company_id(api, owner)
    await core.accounts.make_staff("13700137000", "客服", Actor(channel="cli"))
    from core.accounts.models import Account

    await Account.filter(phone="13700137000").update(
        password_hash=await core.accounts.hasher.hash(PASSWORD))
    _, login = await api.call("POST", "/auth/login", {"phone": "13700137000", "password": PASSWORD}, expect=200)
    staff = login["token"]
    _, everything = await api.call("GET", "/audit", token=staff, expect=200)
    actions = {item["action"] for item in everything["items"]}
    assert {"account.register", "company.create", "staff.create", "account.login"} <= actions
    assert any(item["company_id"] is None for item in everything["items"])
    _, one = await api.call("GET", f"/audit?company_id={company_id}", token=staff, template="/audit",
                             expect=200)
    assert one["items"] and all(item["company_id"] == company_id for item in one["items"])
    # Staff may also open any company's trail directly.
    await api.call("GET", TRAIL.format(company_id=company_id), token=staff, template=TRAIL, expect=200)
    # Reading the log is not itself an audited change, and the chain still holds.
    assert (await core.audit.verify()).ok
