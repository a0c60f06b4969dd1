"""The API returns a ticket's conversation both ways (issue 18), as the OpenAPI document says."""

from __future__ import annotations

from core.domain.actor import Actor


async def test_ticket_thread_has_both_sides(client_api, core):
    api = client_api
    api.token = await api.register("13800138000", "王会计")
    _, ticket = await api.call("POST", "/tickets", {"subject": "开票失败", "description": "提示税号错误",
                                                     "category": "发票开具"}, expect=201)
    staff_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    await core.support.tickets.reply(Actor(channel="api", account_id=staff_id), ticket["id"], "请核对第 9 位。")
    path = f"/tickets/{ticket['id']}"
    await api.call("POST", path + "/replies", {"text": "改好了"}, template="/tickets/{ticket_id}/replies",
                   expect=200)
    _, thread = await api.call("GET", path, template="/tickets/{ticket_id}", expect=200)
    assert [(m["from_staff"], m["body"]) for m in thread["messages"]] == [
        (False, "提示税号错误"), (True, "请核对第 9 位。"), (False, "改好了")]
    assert thread["messages"][1]["author_id"] is None  # staff stay anonymous to users
    assert thread["anonymous"] is False and thread["contact_phone"] == ""
