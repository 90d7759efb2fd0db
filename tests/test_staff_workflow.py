"""Staff workflow: valid transitions only, events and audit for each, the worker told."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.staff.workflow import WorkflowError, add_note, assign, reply_to_worker, transition
from storage.models import AuditLog, Case, CaseEvent, Identity, WorkerNotice
from tests.factories import RecordingPusher, file_cases, staff_account


async def test_full_life_of_a_case(db) -> None:
    [case_no] = await file_cases(db, 1)
    staff = await staff_account(db, "li")
    pusher = RecordingPusher()
    pushers = {"web": pusher}
    out = await transition(db, case_no, "accept", staff, pushers=pushers)
    assert out.case.status == "accepted" and out.pushed
    assert case_no in pusher.sent[0] and "已受理" in pusher.sent[0]
    await add_note(db, case_no, staff, "已电话联系单位负责人")
    await transition(db, case_no, "mediate", staff, pushers=pushers)
    out = await transition(
        db, case_no, "resolve", staff, note="单位已全额支付", amount_recovered="8500", pushers=pushers
    )
    assert out.case.status == "resolved" and out.case.outcome == "mediation"
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        assert case.amount_recovered == Decimal("8500") and case.closed_at is not None
        assert case.assignee_id == staff.id  # accepting takes the case
        events = (
            (await s.execute(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))
            .scalars()
            .all()
        )
        assert [(e.kind, e.to_status) for e in events] == [
            ("status", "accepted"),
            ("note", None),
            ("status", "mediating"),
            ("status", "resolved"),
        ]
        assert all(e.actor == "staff:li" for e in events)
        assert not events[1].visible_to_worker  # internal notes stay internal
        audit = (await s.execute(select(AuditLog.action).order_by(AuditLog.id))).scalars().all()
        assert audit == ["accept", "note", "mediate", "resolve"]
        notices = (await s.execute(select(WorkerNotice))).scalars().all()
        assert len(notices) == 3 and all(n.delivered_via == "push" for n in notices)
    assert len(pusher.sent) == 3


async def test_invalid_transitions_and_required_reason(db) -> None:
    [case_no] = await file_cases(db, 1)
    staff = await staff_account(db, "wang")
    with pytest.raises(WorkflowError, match="不能执行"):
        await transition(db, case_no, "resolve", staff)  # not accepted yet
    with pytest.raises(WorkflowError, match="理由"):
        await transition(db, case_no, "reject", staff, note="  ")
    with pytest.raises(WorkflowError, match="移送去向"):
        await transition(db, case_no, "refer", staff, refer_to="court")
    with pytest.raises(WorkflowError, match="没有找到"):
        await transition(db, "NOPE", "accept", staff)
    out = await transition(db, case_no, "refer", staff, refer_to="inspection")
    assert out.case.status == "referred" and out.case.outcome == "inspection"
    with pytest.raises(WorkflowError):
        await transition(db, case_no, "accept", staff)  # closed cases stay closed


async def test_other_centres_staff_cannot_act_but_the_parent_centre_can(db) -> None:
    from bot.staff import scope
    from tests.factories import FakeCentre

    city = FakeCentre("city", "市中心")
    east, west = FakeCentre("east", "东区站"), FakeCentre("west", "西区站")
    east.parent = west.parent = "city"
    scope.use_centres(lambda: [city, east, west])
    [case_no] = await file_cases(db, 1, centre="east")
    outsider = await staff_account(db, "zhao", centre="west")
    nobody = await staff_account(db, "nobody", role="supervisor", centre=None)
    with pytest.raises(WorkflowError, match="无权"):
        await transition(db, case_no, "accept", nobody)  # an account must belong to a centre
    boss = await staff_account(db, "boss", role="supervisor", centre="city")
    with pytest.raises(WorkflowError, match="无权"):
        await transition(db, case_no, "accept", outsider)
    with pytest.raises(WorkflowError, match="无权"):
        await add_note(db, case_no, outsider, "x")
    await transition(db, case_no, "accept", boss)
    await assign(db, case_no, boss, outsider)  # a supervisor may assign anyone


async def test_notice_waits_when_the_channel_cannot_push(db) -> None:
    [case_no] = await file_cases(db, 1)
    staff = await staff_account(db, "qian")
    out = await reply_to_worker(
        db, case_no, staff, "请补充工资条照片", pushers={"web": RecordingPusher(ok=False)}
    )
    assert not out.pushed
    async with db.session() as s:
        notice = (await s.execute(select(WorkerNotice))).scalar_one()
        assert notice.delivered_at is None and "请补充工资条照片" in notice.text
        ident = (await s.execute(select(Identity))).scalar_one()
        assert notice.identity_id == ident.id
