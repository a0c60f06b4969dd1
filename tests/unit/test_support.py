"""Help centre, human side: tickets, attachments, tenancy, feedback, announcements, maintenance."""

from __future__ import annotations

import hashlib
import struct
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.accounts.models import Account
from core.audit.log import AuditLog
from core.audit.models import AuditEntry
from core.clock import FrozenClock
from core.domain.actor import Actor
from core.domain.attachments import check_attachment, safe_filename, sniff
from core.domain.errors import NotAuthenticated, NotFound, PermissionDenied, ValidationFailed
from core.support.announcements import KEY_ANNOUNCEMENT, AnnouncementService
from core.support.errors import AnnouncementPublished, TicketClosed, TransitionNotAllowed, UnderMaintenance
from core.support.feedback import KEY_FEEDBACK_REPLIED
from core.support.maintenance import MaintenanceGuard
from core.support.models import NotificationOptOut, TicketAttachment
from core.support.service import SupportService
from core.support.tickets import KEY_TICKET_STAFF_REPLIED

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 1, 1) + b"\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
WEBP = (b"RIFF" + struct.pack("<I", 26) + b"WEBPVP8L" + struct.pack("<I", 13)
        + b"\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00")
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 100
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + b"PE\x00\x00"


def small_pdf() -> bytes:
    """A minimal, valid one-page PDF with a correct xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@dataclass
class RecordingNotifier:
    calls: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    fail_for: set[int] = field(default_factory=set)

    async def notify_user(self, account_id: int, text_key: str, params: dict[str, Any], *,
                          connection: Any = None) -> None:
        if account_id in self.fail_for:
            raise RuntimeError("not reachable")
        self.calls.append((account_id, text_key, params))

    def to(self, account_id: int) -> list[tuple[str, dict[str, Any]]]:
        return [(key, params) for who, key, params in self.calls if who == account_id]


@pytest.fixture
async def support_db(database: str) -> AsyncIterator[None]:
    """The suite's database (SQLite or PostgreSQL, migrated and emptied by conftest)."""
    yield


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def support(support_db: None, clock: FrozenClock, notifier: RecordingNotifier, tmp_path: Path) -> SupportService:
    return SupportService(clock, AuditLog(clock), tmp_path / "attachments", notifier)


@pytest.fixture
def announcements(support_db: None, clock: FrozenClock, notifier: RecordingNotifier) -> AnnouncementService:
    return AnnouncementService(clock, AuditLog(clock), notifier)


_phones = iter(range(13800000001, 13899999999))


async def make_account(clock: FrozenClock, name: str = "用户", *, staff: bool = False) -> Actor:
    account = await Account.create(phone=str(next(_phones)), password_hash="x", display_name=name, is_staff=staff,
                                   created_at=clock.now(), password_changed_at=clock.now())
    return Actor(channel="api", account_id=account.id)


def field_code(exc: pytest.ExceptionInfo[ValidationFailed], name: str = "attachment") -> str:
    return exc.value.fields[name].code


# -- attachments (pure) --------------------------------------------------------------------------


def test_sniff_knows_the_allowed_types_by_their_bytes() -> None:
    assert sniff(PNG) == "image/png"
    assert sniff(JPEG) == "image/jpeg"
    assert sniff(GIF) == "image/gif"
    assert sniff(WEBP) == "image/webp"
    assert sniff(small_pdf()) == "application/pdf"
    assert sniff(ELF) is None and sniff(PE) is None and sniff(b"") is None
    assert sniff(b"<html><script>alert(1)</script>") is None
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt ") is None  # RIFF, but not WebP


def test_check_attachment_trusts_bytes_not_names() -> None:
    assert check_attachment("发票截图.png", PNG) == "image/png"
    assert check_attachment("photo.JPG", JPEG) == "image/jpeg"
    assert check_attachment("扫描件.pdf", small_pdf()) == "application/pdf"
    assert check_attachment("no-extension", GIF) == "image/gif"

    with pytest.raises(ValidationFailed) as renamed:
        check_attachment("发票.pdf", PNG)
    assert field_code(renamed) == "attachment_mismatch"
    assert renamed.value.fields["attachment"].params == {"declared": "PDF", "actual": "PNG"}

    for name, data in (("setup.exe", PE), ("tool", ELF), ("cute-cat.jpg", PE), ("report.pdf", ELF)):
        with pytest.raises(ValidationFailed) as executable:
            check_attachment(name, data)
        assert field_code(executable) == "attachment_type", name
        assert "PDF" in executable.value.fields["attachment"].params["allowed"]

    with pytest.raises(ValidationFailed) as disguised:
        check_attachment("image.exe", PNG)
    assert field_code(disguised) == "attachment_mismatch"

    oversized = small_pdf() + b"\x00" * (10 * 1024 * 1024)
    with pytest.raises(ValidationFailed) as too_large:
        check_attachment("big.pdf", oversized)
    assert field_code(too_large) == "attachment_too_large"
    assert too_large.value.fields["attachment"].params == {"max_mb": 10}
    exactly = small_pdf() + b"\x00" * (10 * 1024 * 1024 - len(small_pdf()))
    assert check_attachment("max.pdf", exactly) == "application/pdf"


def test_safe_filename_drops_directories_and_fixes_the_extension() -> None:
    assert safe_filename("../../etc/passwd.png", "image/png") == "passwd.png"
    assert safe_filename("C:\\Users\\me\\扫描.PDF", "application/pdf") == "扫描.pdf"
    assert safe_filename("截图", "image/jpeg") == "截图.jpg"
    assert safe_filename("", "image/webp") == "attachment.webp"
    assert safe_filename("a\x00b\nc.gif", "image/gif") == "abc.gif"


# -- tickets -------------------------------------------------------------------------------------


async def test_ticket_lifecycle_with_notification_and_closed_refusal(
        support: SupportService, clock: FrozenClock, notifier: RecordingNotifier) -> None:
    user = await make_account(clock, "张会计")
    staff = await make_account(clock, "客服小王", staff=True)
    tickets = support.tickets

    opened = await tickets.open(user, "红冲后发票状态没变", "昨天红冲了一张发票，\n列表里还是已开具。", "作废与红冲",
                                context=["红冲", "发票号码 12345", "人工"])
    assert opened.status == "open" and opened.category == "作废与红冲"
    assert opened.context == ("红冲", "发票号码 12345", "人工")
    assert [m.body for m in opened.messages] == ["昨天红冲了一张发票，\n列表里还是已开具。"]
    assert notifier.calls == []

    clock.advance(minutes=5)
    replied = await tickets.reply(staff, opened.id, "请发一下红字发票的号码。")
    assert replied.status == "waiting_user"
    assert replied.messages[-1].from_staff is True
    assert notifier.to(user.account_id or 0) == [
        (KEY_TICKET_STAFF_REPLIED, {"ticket_id": opened.id, "subject": "红冲后发票状态没变",
                                    "text": "请发一下红字发票的号码。"}),
    ]
    # The user sees the staff post without the staff member's id.
    seen = await tickets.get(user, opened.id)
    assert seen.messages[-1].author_id is None and seen.messages[-1].body == "请发一下红字发票的号码。"

    clock.advance(minutes=5)
    answered = await tickets.reply(user, opened.id, "号码是 26420000000000000002")
    assert answered.status == "in_progress"  # staff has handled it: back to them
    assert len(notifier.calls) == 1  # the user's own reply notifies nobody

    resolved = await tickets.set_status(staff, opened.id, "resolved")
    assert resolved.status == "resolved" and resolved.resolved_at == clock.now()
    closed = await tickets.set_status(staff, opened.id, "closed")
    assert closed.status == "closed" and closed.closed_at == clock.now()

    with pytest.raises(TicketClosed):
        await tickets.reply(user, opened.id, "又出现了")
    with pytest.raises(TicketClosed):
        await tickets.reply(staff, opened.id, "补充一下")
    with pytest.raises(TransitionNotAllowed) as reopen:
        await tickets.set_status(staff, opened.id, "open")
    assert reopen.value.params["from"] == "closed" and reopen.value.params["allowed"] == []

    thread = await tickets.get(user, opened.id)
    assert [(m.from_staff, m.body) for m in thread.messages] == [
        (False, "昨天红冲了一张发票，\n列表里还是已开具。"),
        (True, "请发一下红字发票的号码。"),
        (False, "号码是 26420000000000000002"),
    ]
    actions = [e.action for e in await AuditEntry.filter(target=f"ticket:{opened.id}").order_by("id")]
    assert actions == ["ticket.open", "ticket.reply", "ticket.reply", "ticket.status", "ticket.status"]


async def test_user_reply_before_any_staff_keeps_it_open_and_status_rules_are_data(
        support: SupportService, clock: FrozenClock) -> None:
    user = await make_account(clock)
    staff = await make_account(clock, staff=True)
    ticket = await support.tickets.open(user, "无法登录", "提示密码错误", "账户与登录")
    assert (await support.tickets.reply(user, ticket.id, "补充：换了手机")).status == "open"
    with pytest.raises(TransitionNotAllowed):
        await support.tickets.set_status(staff, ticket.id, "open")
    with pytest.raises(ValidationFailed) as unknown:
        await support.tickets.set_status(staff, ticket.id, "done")
    assert field_code(unknown, "status") == "not_allowed"
    assert (await support.tickets.set_status(staff, ticket.id, "in_progress")).assignee_id == staff.account_id


async def test_ticket_input_is_validated(support: SupportService, clock: FrozenClock) -> None:
    user = await make_account(clock)
    with pytest.raises(ValidationFailed) as bad:
        await support.tickets.open(user, "  ", "", "没有这个分类")
    assert {k: v.code for k, v in bad.value.fields.items()} == {
        "subject": "required", "description": "required", "category": "not_allowed"}
    with pytest.raises(NotAuthenticated):
        await support.tickets.open(Actor(channel="bot"), "s", "d", "联系客服")


async def test_attachments_are_checked_stored_and_served(
        support: SupportService, clock: FrozenClock, tmp_path: Path) -> None:
    user = await make_account(clock)
    pdf = small_pdf()

    with pytest.raises(ValidationFailed) as renamed:
        await support.tickets.open(user, "打印问题", "见附件", "打印与设备", attachments=[("发票.pdf", PNG)])
    assert field_code(renamed) == "attachment_mismatch"
    assert renamed.value.fields["attachment"].params["filename"] == "发票.pdf"
    for name, data in (("setup.exe", PE), ("scan.pdf", ELF)):
        with pytest.raises(ValidationFailed) as executable:
            await support.tickets.open(user, "打印问题", "见附件", "打印与设备", attachments=[(name, data)])
        assert field_code(executable) == "attachment_type"
    with pytest.raises(ValidationFailed) as big:
        await support.tickets.open(user, "打印问题", "见附件", "打印与设备",
                                   attachments=[("big.pdf", pdf + b"\x00" * (10 * 1024 * 1024))])
    assert field_code(big) == "attachment_too_large"
    assert await TicketAttachment.all().count() == 0  # nothing half-saved

    ticket = await support.tickets.open(user, "打印问题", "见附件", "打印与设备",
                                        attachments=[("../扫描件.pdf", pdf), ("截图.png", PNG)])
    files = ticket.messages[0].attachments
    assert [(f.filename, f.media_type, f.size) for f in files] == [
        ("扫描件.pdf", "application/pdf", len(pdf)), ("截图.png", "image/png", len(PNG))]
    assert files[0].sha256 == hashlib.sha256(pdf).hexdigest()
    stored = tmp_path / "attachments" / files[0].sha256[:2] / files[0].sha256
    assert stored.read_bytes() == pdf

    name, media_type, data = await support.tickets.attachment(user, files[0].id)
    assert (name, media_type, data) == ("扫描件.pdf", "application/pdf", pdf)

    # A reply may be attachments only.
    reply = await support.tickets.reply(user, ticket.id, "", attachments=[("more.jpg", JPEG)])
    assert reply.messages[-1].attachments[0].media_type == "image/jpeg"
    with pytest.raises(ValidationFailed) as empty:
        await support.tickets.reply(user, ticket.id, "   ")
    assert field_code(empty, "text") == "required"


async def test_users_see_only_their_own_tickets_and_staff_see_all(
        support: SupportService, clock: FrozenClock) -> None:
    alice = await make_account(clock, "甲")
    bob = await make_account(clock, "乙")
    staff = await make_account(clock, "客服", staff=True)
    mine = await support.tickets.open(alice, "导出失败", "Excel 打不开", "查询与导出", attachments=[("a.png", PNG)])
    theirs = await support.tickets.open(bob, "申报问题", "怎么报税", "税务申报")

    with pytest.raises(NotFound) as hidden:
        await support.tickets.get(bob, mine.id)
    assert hidden.value.params == {"what": "ticket"}
    with pytest.raises(NotFound):
        await support.tickets.reply(bob, mine.id, "我来看看")
    with pytest.raises(NotFound):
        await support.tickets.attachment(bob, mine.messages[0].attachments[0].id)
    with pytest.raises(NotFound):
        await support.tickets.get(alice, 999_999)

    assert [t.id for t in await support.tickets.mine(alice)] == [mine.id]
    assert [t.id for t in await support.tickets.mine(bob)] == [theirs.id]
    assert {t.id for t in await support.tickets.all(staff)} == {mine.id, theirs.id}
    assert (await support.tickets.get(staff, mine.id)).subject == "导出失败"
    assert (await support.tickets.attachment(staff, mine.messages[0].attachments[0].id))[2] == PNG
    assert [t.id for t in await support.tickets.all(staff, status="open")] == [theirs.id, mine.id]

    with pytest.raises(PermissionDenied):
        await support.tickets.all(alice)
    with pytest.raises(PermissionDenied):
        await support.tickets.set_status(alice, mine.id, "closed")


# -- feedback ------------------------------------------------------------------------------------


async def test_feedback_moves_only_along_allowed_transitions(
        support: SupportService, clock: FrozenClock, notifier: RecordingNotifier) -> None:
    user = await make_account(clock)
    staff = await make_account(clock, staff=True)
    item = await support.feedback.submit(user, "suggestion", "希望支持批量开票")
    assert item.status == "received"

    with pytest.raises(TransitionNotAllowed) as jump:
        await support.feedback.advance(staff, item.id, "replied", "已上线")
    assert jump.value.params == {"what": "feedback", "from": "received", "to": "replied", "allowed": ["classified"]}
    with pytest.raises(PermissionDenied):
        await support.feedback.advance(user, item.id, "classified")

    await support.feedback.advance(staff, item.id, "classified", "产品需求（内部）")
    await support.feedback.advance(staff, item.id, "investigating")
    with pytest.raises(ValidationFailed) as no_answer:
        await support.feedback.advance(staff, item.id, "replied", "")
    assert field_code(no_answer, "note") == "required"
    assert notifier.calls == []
    await support.feedback.advance(staff, item.id, "replied", "批量开票已在排期中，预计下月上线。")
    assert notifier.to(user.account_id or 0) == [
        (KEY_FEEDBACK_REPLIED, {"feedback_id": item.id, "kind": "suggestion", "note": "批量开票已在排期中，预计下月上线。"})]
    closed = await support.feedback.advance(staff, item.id, "closed")
    with pytest.raises(TransitionNotAllowed):
        await support.feedback.advance(staff, closed.id, "following_up")

    [seen] = await support.feedback.mine(user)
    assert seen.status == "closed"
    assert [(e.from_status, e.to_status) for e in seen.events] == [
        ("", "received"), ("received", "classified"), ("classified", "investigating"),
        ("investigating", "replied"), ("replied", "closed")]
    assert seen.events[1].note == ""  # internal note hidden from the user
    assert seen.events[3].note == "批量开票已在排期中，预计下月上线。"
    assert (await support.feedback.get(staff, item.id)).events[1].note == "产品需求（内部）"

    other = await make_account(clock)
    assert await support.feedback.mine(other) == []
    with pytest.raises(NotFound):
        await support.feedback.get(other, item.id)
    with pytest.raises(ValidationFailed) as kind:
        await support.feedback.submit(user, "praise", "很好用")
    assert field_code(kind, "kind") == "not_allowed"


# -- announcements and maintenance ---------------------------------------------------------------


async def test_maintenance_window_refuses_writes_with_the_end_time(
        announcements: AnnouncementService, clock: FrozenClock) -> None:
    staff = await make_account(clock, staff=True)
    guard = MaintenanceGuard(clock)
    start = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    end = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)  # 22:00 in Wuhan
    window = await announcements.create(staff, "系统升级", "升级期间暂停开票。", start, end, maintenance=True)
    notice = await announcements.create(staff, "新功能", "支持批量导出。", start, end)
    await announcements.publish(staff, notice.id, notify=False)

    clock.set(start + timedelta(minutes=30))
    await guard.check_write()  # declared but not published yet: nothing enforced
    await announcements.publish(staff, window.id, notify=False)

    clock.set(start - timedelta(seconds=1))
    await guard.check_write()
    # Upcoming announcements are already shown (users see the maintenance coming).
    assert [a.title for a in await announcements.current()] == ["系统升级", "新功能"]

    clock.set(start)
    with pytest.raises(UnderMaintenance) as refused:
        await guard.check_write()
    assert refused.value.params["until"] == "2026-11-27 22:00"
    assert refused.value.params["title"] == "系统升级"
    assert refused.value.http_status == 503
    clock.set(end - timedelta(seconds=1))
    with pytest.raises(UnderMaintenance):
        await guard.check_write()
    # Reads go on: the announcements themselves are readable during the window.
    assert {a.title for a in await announcements.current()} == {"系统升级", "新功能"}

    clock.set(end)
    await guard.check_write()
    assert await guard.active() is None


async def test_maintenance_can_be_ended_early(announcements: AnnouncementService, clock: FrozenClock) -> None:
    staff = await make_account(clock, staff=True)
    guard = MaintenanceGuard(clock)
    window = await announcements.create(staff, "数据库迁移", "请稍候。", clock.now(), clock.now() + timedelta(hours=2),
                                        maintenance=True)
    await announcements.publish(staff, window.id, notify=False)
    with pytest.raises(UnderMaintenance):
        await guard.check_write()
    clock.advance(minutes=20)
    ended = await announcements.end(staff, window.id)
    assert ended.ends_at == clock.now()
    await guard.check_write()


async def test_maintenance_windows_are_cached_but_follow_the_clock(
        announcements: AnnouncementService, clock: FrozenClock) -> None:
    """The guard keeps the windows it read for a few seconds; a window still starts and ends on
    time, and publishing in this process takes effect at once."""
    staff = await make_account(clock, staff=True)
    guard = MaintenanceGuard(clock)
    await guard.check_write()  # reads (and keeps) "no window"
    start = clock.now() + timedelta(hours=1)
    window = await announcements.create(staff, "升级", "稍候。", start, start + timedelta(hours=1), maintenance=True)
    await announcements.publish(staff, window.id, notify=False)
    await guard.check_write()  # published, not started yet
    clock.advance(hours=1)
    with pytest.raises(UnderMaintenance):
        await guard.check_write()
    clock.advance(hours=1)
    await guard.check_write()  # over


async def test_announcement_rules_and_staff_only(announcements: AnnouncementService, clock: FrozenClock) -> None:
    user = await make_account(clock)
    staff = await make_account(clock, staff=True)
    now = clock.now()
    with pytest.raises(PermissionDenied):
        await announcements.create(user, "t", "b", now, now + timedelta(hours=1))
    with pytest.raises(ValidationFailed) as backwards:
        await announcements.create(staff, "t", "b", now, now - timedelta(hours=1))
    assert field_code(backwards, "ends_at") == "ends_before_start"
    with pytest.raises(ValidationFailed) as past:
        await announcements.create(staff, "t", "b", now - timedelta(hours=2), now - timedelta(hours=1))
    assert field_code(past, "ends_at") == "ends_in_past"
    # A naive datetime is China time: 18:00 in Wuhan = 10:00 UTC.
    local = await announcements.create(staff, "t", "b", datetime(2026, 11, 27, 18, 0), datetime(2026, 11, 27, 19, 0))
    assert local.starts_at == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


async def test_publish_notifies_everyone_except_opted_out(
        announcements: AnnouncementService, clock: FrozenClock, notifier: RecordingNotifier) -> None:
    staff = await make_account(clock, staff=True)
    users = [await make_account(clock, f"用户{i}") for i in range(4)]
    quiet = users[1].account_id or 0
    await announcements.set_opt_out(quiet, True)
    await announcements.set_opt_out(quiet, True)  # idempotent
    assert await announcements.is_opted_out(quiet)
    assert await NotificationOptOut.filter(account_id=quiet).count() == 1
    notifier.fail_for = {users[3].account_id or 0}

    item = await announcements.create(staff, "春节服务安排", "除夕至初三客服暂停。", clock.now(),
                                      clock.now() + timedelta(days=3))
    result = await announcements.publish(staff, item.id)
    expected = {staff.account_id, users[0].account_id, users[2].account_id}
    assert {who for who, _, _ in notifier.calls} == expected
    assert result.notified == 3 and result.failed == 1
    key, params = notifier.to(users[0].account_id or 0)[0]
    assert key == KEY_ANNOUNCEMENT
    assert params["title"] == "春节服务安排" and params["starts_at"] == "2026-11-27 17:00"
    assert params["maintenance"] is False
    assert result.announcement.published_at == clock.now()

    with pytest.raises(AnnouncementPublished):
        await announcements.publish(staff, item.id)
    assert len(notifier.calls) == 3  # no second broadcast

    await announcements.set_opt_out(quiet, False)
    assert not await announcements.is_opted_out(quiet)
    notifier.calls.clear()
    notifier.fail_for = set()
    again = await announcements.create(staff, "系统维护", "周六凌晨维护。", clock.now() + timedelta(days=1),
                                       clock.now() + timedelta(days=1, hours=2), maintenance=True)
    assert (await announcements.publish(staff, again.id)).notified == 5
    assert quiet in {who for who, _, _ in notifier.calls}
    audit = [e.action for e in await AuditEntry.all().order_by("id")]
    assert audit.count("notification.opt_out") == 2 and audit.count("notification.opt_in") == 1
    assert audit.count("announcement.publish") == 2
