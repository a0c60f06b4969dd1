"""Tickets, attachments, feedback, announcements and the maintenance window through the API."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import FormData

from core.accounts.models import Account

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def upload(api, token, ticket_id, name, data):
    form = FormData()
    form.add_field("text", "截图见附件")
    form.add_field("file", data, filename=name)
    response = await api.post(f"/api/v1/tickets/{ticket_id}/attachments", data=form,
                              headers={"Authorization": f"Bearer {token}"})
    return response.status, await response.json()


async def test_ticket_thread_with_attachments_and_tenancy(client_api, api, clock):
    user = await client_api.register("13800138000")
    _, ticket = await client_api.call("POST", "/tickets", {"subject": "打印错位", "description": "打印出来位置不对",
                                                            "category": "打印与设备"}, token=user, expect=201)
    status, body = await upload(api, user, ticket["id"], "screen.png", PNG)
    assert status == 201, body
    status, body = await upload(api, user, ticket["id"], "renamed.pdf", PNG)
    assert status == 422 and "不符" in body["error"]["fields"]["attachment"]
    status, body = await upload(api, user, ticket["id"], "tool.exe", b"MZ\x90\x00" + b"\x00" * 100)
    assert status == 422
    status, body = await upload(api, user, ticket["id"], "invoice.pdf", PDF)
    assert status == 201
    _, thread = await client_api.call("GET", f"/tickets/{ticket['id']}", token=user, template="/tickets/{ticket_id}",
                                      expect=200)
    attachments = [a for m in thread["messages"] for a in m["attachments"]]
    assert [a["media_type"] for a in attachments] == ["image/png", "application/pdf"]
    response = await api.get(f"/api/v1/attachments/{attachments[0]['id']}", headers={"Authorization": f"Bearer {user}"})
    assert response.status == 200 and (await response.read()) == PNG
    clock.advance(seconds=61)
    other = await client_api.register("13900139000")
    await client_api.call("GET", f"/tickets/{ticket['id']}", token=other, template="/tickets/{ticket_id}", expect=404)
    response = await api.get(f"/api/v1/attachments/{attachments[0]['id']}", headers={"Authorization": f"Bearer {other}"})
    assert response.status == 404
    await client_api.call("GET", "/staff/tickets", token=other, expect=403)
    await Account.filter(phone="13900139000").update(is_staff=True)
    _, everything = await client_api.call("GET", "/staff/tickets", token=other, expect=200)
    assert [t["id"] for t in everything["items"]] == [ticket["id"]]
    await client_api.call("POST", f"/tickets/{ticket['id']}/replies", {"text": "请在打印设置里把缩放改为 100%。"},
                          token=other, template="/tickets/{ticket_id}/replies", expect=200)
    _, moved = await client_api.call("POST", f"/staff/tickets/{ticket['id']}/status", {"status": "closed"},
                                     token=other, template="/staff/tickets/{ticket_id}/status", expect=200)
    assert moved["status"] == "closed"
    _, body = await client_api.call("POST", f"/tickets/{ticket['id']}/replies", {"text": "还在吗"}, token=user,
                                    template="/tickets/{ticket_id}/replies", expect=409)
    assert "已关闭" in body["error"]["message"]


async def test_feedback_and_maintenance(client_api, clock):
    user = await client_api.register("13800138000")
    _, item = await client_api.call("POST", "/feedback", {"kind": "complaint", "text": "开票太慢"}, token=user,
                                    expect=201)
    assert item["status"] == "received"
    clock.advance(seconds=61)
    staff = await client_api.register("13900139000")
    await Account.filter(phone="13900139000").update(is_staff=True)
    start = clock.now() + timedelta(minutes=5)
    _, announcement = await client_api.call("POST", "/staff/announcements", {
        "title": "系统升级", "body": "升级开票服务", "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(), "maintenance": True}, token=staff, expect=201)
    await client_api.call("POST", f"/staff/announcements/{announcement['id']}/publish", {"notify": False},
                          token=staff, template="/staff/announcements/{announcement_id}/publish", expect=200)
    _, current = await client_api.call("GET", "/announcements", expect=200)
    assert [a["title"] for a in current["items"]] == ["系统升级"]
    clock.advance(minutes=6)
    _, body = await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": "Kaipiao#2026"},
                                    token="", expect=503)
    assert body["error"]["code"] == "under_maintenance" and "恢复" in body["error"]["message"]
    await client_api.call("GET", "/account", token=user, expect=200)  # reads go on
    await client_api.call("POST", "/feedback", {"kind": "problem", "text": "登不上"}, token=user, expect=201)
    clock.advance(hours=1)
    await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": "Kaipiao#2026"}, token="",
                          expect=200)


async def test_a_staff_reply_and_its_notification_commit_together(client_api, core, clock, monkeypatch):
    """The outbox row is written in the reply's transaction: when the reply fails to
    commit there is neither a reply nor a notification; when it commits, both exist."""
    from core.notifications.models import OutboxEvent
    from core.support.models import TicketMessage

    user = await client_api.register("13800138000")
    _, ticket = await client_api.call("POST", "/tickets", {"subject": "打印错位", "description": "打印出来位置不对",
                                                            "category": "打印与设备"}, token=user, expect=201)
    clock.advance(seconds=61)
    staff = await client_api.register("13900139000")
    await Account.filter(phone="13900139000").update(is_staff=True)
    messages_before = await TicketMessage.filter(ticket_id=ticket["id"]).count()
    real_record = core.audit.record

    async def failing_record(actor, action, **kwargs):
        if action == "ticket.reply":
            raise ConnectionResetError("connection lost before COMMIT")
        return await real_record(actor, action, **kwargs)

    monkeypatch.setattr(core.audit, "record", failing_record)
    status, _ = await client_api.call("POST", f"/tickets/{ticket['id']}/replies", {"text": "请把缩放改为 100%。"},
                                      token=staff, template="/tickets/{ticket_id}/replies")
    assert status in (500, 503)
    assert await TicketMessage.filter(ticket_id=ticket["id"]).count() == messages_before
    assert not await OutboxEvent.filter(kind="ticket").exists()

    monkeypatch.setattr(core.audit, "record", real_record)
    await client_api.call("POST", f"/tickets/{ticket['id']}/replies", {"text": "请把缩放改为 100%。"},
                          token=staff, template="/tickets/{ticket_id}/replies", expect=200)
    assert await TicketMessage.filter(ticket_id=ticket["id"]).count() == messages_before + 1
    event = await OutboxEvent.get(kind="ticket")
    assert event.template == "bot.ticket.staff_replied" and event.params["ticket_id"] == ticket["id"]
