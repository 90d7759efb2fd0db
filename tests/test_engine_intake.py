"""The complaint conversation through the real engine, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import clock
from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Contact, Incoming
from knowledge_base.service import KnowledgeService
from storage.db import Database
from storage.models import Case, Conversation, Delivery, OutboxMessage
from storage.uow import SqlWorkerStore

KB = """
entries:
  - id: wage.arrears.report
    question: 被拖欠工资怎么办？可以去哪里投诉？
    alternates: [老板不发工资咋办, 公司欠薪去哪告, 干完活不给钱怎么办]
    keywords: [欠薪, 拖欠工资]
    answer: 可以先协商，也可以投诉。
    follow_ups: []
    sources: [《劳动合同法》第三十条]
    updated: 2026-11-23
    actions: [complaint]
centres:
  - id: central
    name: 示例市中心（示例数据）
    districts: []
    fallback: true
  - id: east
    name: 东区服务站（示例数据）
    districts: [东区]
"""

ANSWERS = [
    ("button", "form:consent:yes", "worker_name"),
    ("text", "张三", "contact_phone"),
    ("text", "138 0013 8000", "employer_name"),
    ("text", "某某建筑劳务有限公司", "project_name"),
    ("button", "form:skip", "work_location"),
    ("text", "东区建设路18号工地", "industry"),
    ("text", "钢筋工", "arrears_period"),
    ("text", "去年十月到今年一月", "amount_owed"),
    ("text", "两万三", "workers_affected"),
    ("text", "我们班组12个", "description"),
    ("text", "干完活老板说没钱，一直拖着😡", "confirm"),  # evidence is offered with the summary
]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    d = tmp_path / "kb"
    d.mkdir()
    (d / "kb.yaml").write_text(KB, encoding="utf-8")
    return d


@pytest.fixture
def engine(db, kb_dir: Path, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(kb_dir))


def inc(
    user: str,
    *,
    text: str | None = None,
    button: str | None = None,
    delivery: str | None = None,
    contact: Contact | None = None,
) -> Incoming:
    return Incoming("web", user, text=text, button=button, delivery_id=delivery, contact=contact)


def _today() -> date:
    return clock.today()


async def file_complaint(engine: Engine, user: str) -> str:
    replies = await engine.handle(inc(user, text="我要投诉老板欠薪"))
    assert replies[-1].expects == "consent"
    for kind, value, expects in ANSWERS:
        replies = await engine.handle(inc(user, **{kind: value}))
        assert replies[-1].expects == expects, (value, [r.text for r in replies])
    replies = await engine.handle(inc(user, button="form:confirm:submit"))
    assert replies[-1].case_no
    return replies[-1].case_no


async def test_full_complaint(engine: Engine, db) -> None:
    case_no = await file_complaint(engine, "w1")
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        assert (case.worker_name, case.contact_phone, case.employer_name) == (
            "张三",
            "13800138000",
            "某某建筑劳务有限公司",
        )
        year = _today().year  # "去年十月到今年一月" is relative to today
        assert (case.arrears_start, case.arrears_end) == (f"{year - 1}-10", f"{year}-01")
        assert float(case.amount_owed) == 23000 and case.workers_affected == 12
        assert case.centre_id == "east" and case.district == "东区" and case.status == "submitted"
        assert case.accept_by > case.created_at and case.resolve_by > case.accept_by
        assert "😡" in case.description and case.project_name is None
        assert (await s.scalar(select(func.count(OutboxMessage.id)))) == 1
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.flow is None and conv.data == {}
    status = await engine.handle(inc("w1", text="/status"))
    assert case_no in status[0].text and "待受理" in status[0].text


async def _talk_and_file(engine: Engine, db, user: str, steps: list[tuple[str, str]], confirm: str) -> Case:
    """Send each text, check the step the bot asks next, confirm, and return the filed case."""
    for text, expects in steps:
        replies = await engine.handle(inc(user, text=text))
        assert replies[-1].expects == expects, (text, [r.text for r in replies])
    replies = await engine.handle(inc(user, text=confirm))
    assert replies[-1].case_no
    async with db.session() as s:
        return (await s.execute(select(Case).where(Case.case_no == replies[-1].case_no))).scalar_one()


async def test_a_chatty_worker_typing_in_sentences(engine: Engine, db) -> None:
    """Answers wrapped in talk, words instead of buttons, numbers in the wrong place."""
    talk = [
        ("/complain", "consent"),
        ("好的", "worker_name"),
        ("我叫李大山", "contact_phone"),
        ("我电话是 139 1234 5678", "employer_name"),
        ("是宏达建筑劳务公司欠的", "project_name"),
        ("不是工地", "work_location"),
        ("在东区阳光花园工地", "industry"),
        ("木工", "arrears_period"),
        # not a period: asked again, but the head count it gives is kept and never asked
        ("我们一个班组十五六个人", "arrears_period"),
        ("从去年11月一直到现在", "amount_owed"),
        ("大概两万多", "description"),
        ("干完活包工头跑了 电话也不接", "confirm"),
        ("没有了", "confirm"),  # "no evidence" at the summary: it is shown again, nothing filed
    ]
    case = await _talk_and_file(engine, db, "chatty", talk, "对的")
    assert (case.worker_name, case.contact_phone, case.employer_name) == (
        "李大山",
        "13912345678",
        "宏达建筑劳务公司",
    )
    assert case.project_name is None and case.work_location == "东区阳光花园工地" and case.centre_id == "east"
    today = _today()
    assert (case.arrears_start, case.arrears_end) == (f"{today.year - 1}-11", f"{today:%Y-%m}")
    assert float(case.amount_owed) == 20000 and case.amount_approximate
    assert case.workers_affected == 15


async def test_edit_from_summary_and_cancel(engine: Engine, db) -> None:
    await engine.handle(inc("w2", text="/complain"))
    for kind, value, _ in ANSWERS:
        await engine.handle(inc("w2", **{kind: value}))
    replies = await engine.handle(inc("w2", text="改金额"))
    assert replies[-1].expects == "amount_owed"
    replies = await engine.handle(inc("w2", text="3.5万"))
    assert replies[-1].expects == "confirm" and "35,000 元" in replies[-1].text
    replies = await engine.handle(inc("w2", button="form:edit:worker_name"))
    assert replies[-1].expects == "worker_name"
    replies = await engine.handle(inc("w2", text="李四"))
    assert replies[-1].expects == "confirm" and "李四" in replies[-1].text
    await engine.handle(inc("w2", text="/cancel"))
    async with db.session() as s:
        assert await s.scalar(select(func.count(Case.id))) == 0
        conv = (await s.execute(select(Conversation))).scalar_one()
        assert conv.flow is None and conv.data == {}


async def test_bad_answers_get_specific_reprompts(engine: Engine) -> None:
    await engine.handle(inc("w3", text="/complain"))
    await engine.handle(inc("w3", button="form:consent:yes"))
    await engine.handle(inc("w3", text="王五"))
    r = await engine.handle(inc("w3", text="12345"))
    assert r[-1].expects == "contact_phone" and "号码" in r[-1].text
    r = await engine.handle(inc("w3", contact=Contact(phone="13900001111", user_id="someone-else")))
    assert r[-1].expects == "contact_phone" and "本人" in r[-1].text
    r = await engine.handle(inc("w3", contact=Contact(phone="13900001111", user_id="w3")))
    assert r[-1].expects == "employer_name"
    for answer in ("某公司", "跳过", "东区", "保安"):
        r = await engine.handle(inc("w3", text=answer))
    r = await engine.handle(inc("w3", text="下个月到再下个月"))
    assert r[-1].expects == "arrears_period"
    r = await engine.handle(inc("w3", text="2026年5月"))
    r = await engine.handle(inc("w3", text="0"))
    assert r[-1].expects == "amount_owed" and "大于 0" in r[-1].text
    r = await engine.handle(inc("w3", text="不知道"))
    assert r[-1].expects == "amount_owed" and "比如" in r[-1].text


async def test_duplicate_deliveries_file_once(engine: Engine, db) -> None:
    await engine.handle(inc("w4", text="/complain", delivery="d0"))
    given = {}
    for i, (kind, value, _) in enumerate(ANSWERS, 1):
        given[f"d{i}"] = await engine.handle(inc("w4", delivery=f"d{i}", **{kind: value}))
    confirm = inc("w4", button="form:confirm:submit", delivery="d-final")
    results = await asyncio.gather(*(engine.handle(confirm) for _ in range(5)))
    numbers = {r[-1].case_no for r in results if r}
    assert len(numbers) == 1 and None not in numbers  # every repeat gets the same answer (probe L8)
    again = await engine.handle(inc("w4", text="张三", delivery="d2"))  # an old delivery again
    assert [r.text for r in again] == [r.text for r in given["d2"]]  # answered as before, nothing redone
    async with db.session() as s:
        assert await s.scalar(select(func.count(Case.id))) == 1
        assert await s.scalar(select(func.count(Delivery.id))) == len(ANSWERS) + 2


async def test_other_users_case_is_not_reachable(engine: Engine) -> None:
    case_no = await file_complaint(engine, "owner")
    r = await engine.handle(inc("intruder", text=f"/status {case_no}"))
    assert case_no in r[0].text and "没有找到" in r[0].text and "张三" not in r[0].text
    mine = await engine.handle(inc("owner", text=f"/status {case_no}"))
    assert "待受理" in mine[0].text


async def test_huge_and_hostile_messages(engine: Engine, db) -> None:
    r = await engine.handle(inc("w5", text="工资" * 50_000))
    assert "太长" in r[0].text
    await engine.handle(inc("w5", text="/complain"))
    await engine.handle(inc("w5", button="form:consent:yes"))
    r = await engine.handle(inc("w5", text="\x00\x07张\u202e三\x1b"))
    assert r[-1].expects == "contact_phone" and "张三" in r[0].text
    r = await engine.handle(inc("w5", text="🙂🙂🙂"))
    assert r[-1].expects == "contact_phone"
    r = await engine.handle(inc("w5", text=None))
    assert r[-1].expects == "contact_phone"


@pytest.mark.timeout(900)  # a busy CI machine: minutes, not seconds (see below)
async def test_two_hundred_conversations_at_once(db_url: str, db, kb_dir: Path, tmp_path: Path) -> None:
    # Messages take the pool's connections in order of arrival (storage/fair_gate.py). On a
    # machine whose two cores are busy with other work, 200 workers' messages at once queue
    # longer than a server's 30 s pool timeout (measured: with the turns in order, the whole
    # run took 9-12 min under two CPU burners, so each message waited about T/13 > 30 s; what
    # a worker is then told, with nothing lost: tests/test_pool_fairness.py). Here every one
    # must wait its turn and be filed right.
    crowd = Database(db_url, pool_timeout=600)
    engine = Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(crowd), KnowledgeService(kb_dir))
    try:
        await _crowd(engine, db)
    finally:
        await crowd.dispose()


async def _crowd(engine: Engine, db) -> None:
    users = [f"crowd-{i}" for i in range(200)]

    async def one(user: str) -> str:
        await engine.handle(inc(user, text="/complain"))
        for kind, value, _ in ANSWERS:
            if value == "张三":
                value = f"工人{user[-3:].replace('-', '')}号"
            await engine.handle(inc(user, **{kind: value}))
        r = await engine.handle(inc(user, button="form:confirm:submit"))
        return r[-1].case_no

    numbers = await asyncio.gather(*(one(u) for u in users))
    assert len(set(numbers)) == 200
    async with db.session() as s:
        cases = (await s.execute(select(Case))).scalars().all()
    assert len(cases) == 200
    by_no = {c.case_no: c for c in cases}
    for user, no in zip(users, numbers, strict=True):
        assert by_no[no].worker_name == f"工人{user[-3:].replace('-', '')}号"


async def test_corrections_questions_and_notes_in_the_middle_of_the_form(db, tmp_path: Path) -> None:
    real_kb = Path(__file__).resolve().parents[1] / "knowledge_base" / "data"
    engine = Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(real_kb))
    steps = [
        ("我要投诉欠薪", "consent"),
        ("嗯", "worker_name"),
        ("免贵姓赵，赵建军", "contact_phone"),
        ("13912345678 或者 15800001111", "employer_name"),
        ("投诉了老板会不会知道是我", "employer_name"),  # a question: answered, the step asked again
        ("平安保安服务有限公司", "project_name"),
        ("不是工地 是小区", "work_location"),
        ("东区幸福小区", "industry"),
        ("保安", "arrears_period"),
        ("去年7、8、9三个月", "amount_owed"),
        ("工资一个月3500 欠了3个月", "workers_affected"),
        ("等一下 金额不对 是9000", "workers_affected"),  # changed at once, same step again
        ("七八个", "description"),
        ("物业公司换了老板不认账", "confirm"),
        ("有欠条 等下发", "confirm"),  # noted at the summary, files still welcome
    ]
    case = await _talk_and_file(engine, db, "mid", steps, "对 提交")
    assert (case.worker_name, case.contact_phone) == ("赵建军", "13912345678")
    assert case.employer_name == "平安保安服务有限公司" and case.project_name is None
    year = _today().year - 1
    assert (case.arrears_start, case.arrears_end) == (f"{year}-07", f"{year}-09")
    assert float(case.amount_owed) == 9000 and not case.amount_approximate
    assert case.workers_affected == 7 and case.priority != "urgent"
    assert "有欠条" in case.description


async def test_a_head_count_kept_for_staff_is_filed_with_the_words_said(engine: Engine, db) -> None:
    """Two head counts that do not read, then the guard's button: the case is filed on the real
    store with a placeholder marked approximate and every answer, as typed, in the description."""
    await engine.handle(inc("k1", text="我要投诉老板欠薪"))
    for kind, value, _expects in ANSWERS[:9]:
        replies = await engine.handle(inc("k1", **{kind: value}))
    assert replies[-1].expects == "workers_affected"
    replies = await engine.handle(inc("k1", text="问问班长才晓得"))
    assert replies[-1].expects == "workers_affected"
    replies = await engine.handle(inc("k1", text="一拨一拨的换人"))
    assert replies[-1].buttons[-1].payload == "form:keep:workers_affected"
    replies = await engine.handle(inc("k1", button="form:keep:workers_affected"))
    assert replies[-1].expects == "description"
    replies = await engine.handle(inc("k1", text="干完活包工头就联系不上了"))
    replies = await engine.handle(inc("k1", button="form:confirm:submit"))
    assert replies[-1].case_no
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == replies[-1].case_no))).scalar_one()
    assert case.workers_affected == 1 and case.workers_approximate is True
    assert float(case.amount_owed) == 23000
    assert "问问班长才晓得" in case.description and "一拨一拨的换人" in case.description
    assert "待工作人员核实" in case.description
