"""The complaint form step by step, on the in-memory store (the same conversations run end
to end on SQLite and PostgreSQL in tests/test_engine_intake.py)."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from bot import clock
from bot.core.engine import Engine
from bot.core.types import Attachment, Contact
from tests.fakes.memory_store import MemoryStore
from tests.test_engine_intake import ANSWERS
from tests.unit.conftest import inc

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def open_form(engine: Engine, user: str) -> None:
    await engine.handle(inc(user, text="/complain"))
    await engine.handle(inc(user, button="form:consent:yes"))


async def answer_all(engine: Engine, user: str) -> list:
    await engine.handle(inc(user, text="我要投诉老板欠薪"))
    replies = []
    for kind, value, expects in ANSWERS:
        replies = await engine.handle(inc(user, **{kind: value}))
        assert replies[-1].expects == expects, (value, [r.text for r in replies])
    return replies


async def test_full_complaint_is_filed_and_the_form_reset(engine: Engine, store: MemoryStore) -> None:
    await answer_all(engine, "w1")
    replies = await engine.handle(inc("w1", button="form:confirm:submit"))
    case = store.case(replies[-1].case_no)
    f = case.fields
    assert (f["worker_name"], f["contact_phone"], f["employer_name"]) == (
        "张三",
        "13800138000",
        "某某建筑劳务有限公司",
    )
    year = clock.today().year
    assert f["arrears_period"] == {"start": f"{year - 1}-10", "end": f"{year}-01"}
    assert Decimal(f["amount_owed"]) == 23000 and f["workers_affected"] == 12 and f["project_name"] is None
    assert case.filing.centre_id == "east" and case.filing.district == "东区"
    assert case.filing.accept_by > case.filing.now and case.filing.resolve_by > case.filing.accept_by
    assert store.world.workers[("web", "w1")].form.flow is None
    assert store.world.workers[("web", "w1")].form.data == {}
    assert [o["kind"] for o in store.world.outbox] == ["case_created"]
    status = await engine.handle(inc("w1", text="/status"))
    assert case.case_no in status[0].text and "待受理" in status[0].text


async def test_consent_words_refusal_and_reprompt(engine: Engine, store: MemoryStore) -> None:
    await engine.handle(inc("c", text="/complain"))
    r = await engine.handle(inc("c", text="这是什么"))
    assert r[-1].expects == "consent" and [b.payload for b in r[-1].buttons][0] == "form:consent:yes"
    r = await engine.handle(inc("c", text="不同意"))
    assert "没有保存" in r[-1].text and store.world.workers[("web", "c")].form.flow is None
    await engine.handle(inc("c", text="/complain"))
    r = await engine.handle(inc("c", text="我同意的。"))
    assert r[-1].expects == "worker_name" and store.world.workers[("web", "c")].form.consent_at is not None


async def test_edits_from_the_summary_return_to_it(engine: Engine, store: MemoryStore) -> None:
    await answer_all(engine, "w2")
    r = await engine.handle(inc("w2", text="改金额"))
    assert r[-1].expects == "amount_owed"
    r = await engine.handle(inc("w2", text="3.5万"))
    assert r[-1].expects == "confirm" and "35,000 元" in r[-1].text
    r = await engine.handle(inc("w2", button="form:edit:worker_name"))
    assert r[-1].expects == "worker_name"
    r = await engine.handle(inc("w2", text="李四"))
    assert r[-1].expects == "confirm" and "李四" in r[-1].text
    r = await engine.handle(inc("w2", text="电话写错了 改成13912345678"))
    assert r[-1].expects == "confirm" and "5678" in r[0].text
    r = await engine.handle(inc("w2", text="先不要提交"))
    assert r[-1].expects == "confirm" and not store.world.cases
    await engine.handle(inc("w2", text="/cancel"))
    assert not store.world.cases and store.world.workers[("web", "w2")].form.data == {}


async def test_bad_answers_get_specific_reprompts(engine: Engine) -> None:
    await open_form(engine, "w3")
    await engine.handle(inc("w3", text="王五"))
    r = await engine.handle(inc("w3", text="12345"))
    assert r[-1].expects == "contact_phone" and "号码" in r[-1].text and r[-1].request_contact
    r = await engine.handle(inc("w3", contact=Contact(phone="13900001111", user_id="someone-else")))
    assert r[-1].expects == "contact_phone" and "本人" in r[-1].text
    r = await engine.handle(inc("w3", contact=Contact(phone="13900001111", user_id="w3")))
    assert r[-1].expects == "employer_name"
    for answer in ("某公司", "跳过", "东区", "保安"):
        r = await engine.handle(inc("w3", text=answer))
    r = await engine.handle(inc("w3", text="下个月到再下个月"))
    assert r[-1].expects == "arrears_period"
    await engine.handle(inc("w3", text="2026年5月"))
    r = await engine.handle(inc("w3", text="0"))
    assert r[-1].expects == "amount_owed" and "大于 0" in r[-1].text


async def test_a_field_already_filled_is_not_asked(engine: Engine, store: MemoryStore) -> None:
    """The extension point for filling fields from elsewhere: only missing fields are asked."""
    await open_form(engine, "pre")
    form = store.world.workers[("web", "pre")].form
    form.data["fields"].update({"employer_name": "某公司", "project_name": None})
    await engine.handle(inc("pre", text="张三"))
    r = await engine.handle(inc("pre", text="13800138000"))
    assert r[-1].expects == "work_location"


async def test_evidence_is_offered_with_the_summary_not_asked_on_its_own(engine: Engine) -> None:
    """Step by step, the last answer brings the summary, which says files can be sent now: no
    separate evidence question (1 message, consent, 10 answers, the confirmation: 13 turns)."""
    r = await answer_all(engine, "s")
    assert r[-1].expects == "confirm" and "照片或文件" in r[-1].text and "证据材料：无" in r[-1].text
    assert "form:skip" not in [b.payload for b in r[-1].buttons]


async def test_files_sent_at_the_confirmation_are_attached(engine: Engine, store: MemoryStore) -> None:
    await answer_all(engine, "e")
    r = await engine.handle(inc("e", attachment=Attachment("a.exe", "image/png", b"MZ...")))
    assert "只接收照片" in r[0].text and r[-1].expects == "confirm" and not store.world.attachments
    r = await engine.handle(inc("e", attachment=Attachment("欠条.png", "image/png", PNG)))
    assert "欠条.png" in r[0].text and len(store.world.attachments) == 1
    assert r[-1].expects == "confirm" and "证据材料：1 个文件" in r[-1].text  # the summary again
    # a photo with a caption that reads like a confirmation is attached, not taken as one
    r = await engine.handle(inc("e", text="确认", attachment=Attachment("条2.png", "image/png", PNG)))
    assert r[-1].expects == "confirm" and "2 个文件" in r[-1].text and not store.world.cases
    # the second file (as each photo of an album) gets a short receipt, not the whole summary again
    assert len(r) == 1 and "请核对" not in r[0].text and "条2.png" in r[0].text
    assert [b.payload for b in r[0].buttons] == ["form:confirm:submit", "form:edit:evidence"]
    r = await engine.handle(inc("e", text="还有考勤表 等下发"))
    assert r[-1].expects == "confirm" and "考勤表" in r[0].text and not store.world.cases
    r = await engine.handle(inc("e", text="好的，聊天记录晚点发"))  # confirms; the note is kept too
    case = store.case(r[-1].case_no)
    assert case.evidence == list(store.world.attachments) and "考勤表" in case.fields["description"]
    assert "聊天记录晚点发" in case.fields["description"]


async def test_confirming_with_no_evidence_files_the_case(engine: Engine, store: MemoryStore) -> None:
    await answer_all(engine, "n")
    r = await engine.handle(inc("n", text="没有"))  # "no evidence": the summary again, nothing filed
    assert r[-1].expects == "confirm" and not store.world.cases
    r = await engine.handle(inc("n", text="改金额"))  # still the summary's own edits
    r = await engine.handle(inc("n", text="两万五"))
    assert r[-1].expects == "confirm" and "25,000" in r[-1].text and not store.world.cases
    r = await engine.handle(inc("n", button="form:confirm:submit"))
    case = store.case(r[-1].case_no)
    assert case.evidence == [] and not store.world.attachments


async def test_evidence_step_from_the_summary_button(engine: Engine, store: MemoryStore) -> None:
    """改证据材料 opens the evidence step (files, notes, refusals); done goes back to the summary."""
    await answer_all(engine, "b")
    r = await engine.handle(inc("b", button="form:edit:evidence"))
    assert r[-1].expects == "evidence"
    r = await engine.handle(inc("b", attachment=Attachment("a.exe", "image/png", b"MZ...")))
    assert r[-1].expects == "evidence" and "只接收照片" in r[-1].text
    r = await engine.handle(inc("b", attachment=Attachment("欠条.png", "image/png", PNG)))
    assert "欠条.png" in r[-1].text and len(store.world.attachments) == 1
    r = await engine.handle(inc("b", text="还有考勤表 等下发"))
    assert r[-1].expects == "evidence" and "考勤表" in r[-1].text
    r = await engine.handle(inc("b", text="好的"))
    assert r[-1].expects == "confirm" and "1 个文件" in r[-1].text


async def test_too_many_files_and_files_at_other_steps(engine: Engine, store: MemoryStore) -> None:
    await open_form(engine, "f")
    # a photo sent before the summary offers to take one is kept, and the question waits
    r = await engine.handle(inc("f", attachment=Attachment("a.png", "image/png", PNG)))
    assert r[-1].expects == "worker_name" and "a.png" in r[0].text and len(store.world.attachments) == 1
    r = await engine.handle(inc("f", attachment=Attachment("a.exe", "image/png", b"MZ...")))
    assert r[-1].expects == "worker_name" and "只接收照片" in r[0].text and len(store.world.attachments) == 1
    assert store.world.workers[("web", "f")].form.data["fields"]["evidence"] == list(store.world.attachments)
    store.world.workers[("web", "f")].form.step = "confirm"
    store.world.workers[("web", "f")].form.data["fields"]["evidence"] = list(range(10))
    r = await engine.handle(inc("f", attachment=Attachment("b.png", "image/png", PNG)))
    assert "最多" in r[0].text and len(store.world.attachments) == 1


async def test_duplicate_deliveries_file_once(engine: Engine, store: MemoryStore) -> None:
    await engine.handle(inc("w4", text="/complain", delivery_id="d0"))
    given = {}
    for i, (kind, value, _) in enumerate(ANSWERS, 1):
        given[f"d{i}"] = await engine.handle(inc("w4", delivery_id=f"d{i}", **{kind: value}))
    confirm = inc("w4", button="form:confirm:submit", delivery_id="d-final")
    results = await asyncio.gather(*(engine.handle(confirm) for _ in range(5)))
    numbers = {r[-1].case_no for r in results if r}
    assert len(numbers) == 1 and None not in numbers  # every repeat: the same answer (probe L8)
    again = await engine.handle(inc("w4", text="张三", delivery_id="d2"))
    assert [r.text for r in again] == [r.text for r in given["d2"]]
    assert len(store.world.cases) == 1 and len(store.world.deliveries) == len(ANSWERS) + 2


async def test_a_failing_unit_changes_nothing(engine: Engine, store: MemoryStore, monkeypatch) -> None:
    await answer_all(engine, "boom")

    async def broken(self, fields, filing):  # noqa: ANN001
        raise RuntimeError("disk full")

    monkeypatch.setattr("tests.fakes.memory_store.MemoryTx.file_case", broken)
    with pytest.raises(RuntimeError):
        await engine.handle(inc("boom", button="form:confirm:submit", delivery_id="x1"))
    assert "x1" not in store.world.deliveries
    assert store.world.workers[("web", "boom")].form.step == "confirm"


async def test_huge_and_hostile_messages(engine: Engine) -> None:
    r = await engine.handle(inc("w5", text="工资" * 50_000))
    assert "太长" in r[0].text
    await open_form(engine, "w5")
    r = await engine.handle(inc("w5", text="\x00\x07张\u202e三\x1b"))
    assert r[-1].expects == "contact_phone" and "张三" in r[0].text
    for hostile in ("🙂🙂🙂", None):
        r = await engine.handle(inc("w5", text=hostile))
        assert r[-1].expects == "contact_phone"


async def test_two_hundred_conversations_at_once(engine: Engine, store: MemoryStore) -> None:
    users = [f"crowd-{i}" for i in range(200)]

    async def one(user: str) -> str:
        await engine.handle(inc(user, text="/complain"))
        for kind, value, _ in ANSWERS:
            value = f"工人{user[6:]}号" if value == "张三" else value
            await engine.handle(inc(user, **{kind: value}))
        return (await engine.handle(inc(user, button="form:confirm:submit")))[-1].case_no

    numbers = await asyncio.gather(*(one(u) for u in users))
    assert len(set(numbers)) == 200
    for user, no in zip(users, numbers, strict=True):
        assert store.case(no).fields["worker_name"] == f"工人{user[6:]}号"


async def test_questions_corrections_and_notes_mid_form(engine: Engine, store: MemoryStore) -> None:
    steps = [
        ("我要投诉欠薪", "consent"),
        ("嗯", "worker_name"),
        ("免贵姓赵，赵建军", "contact_phone"),
        ("13912345678 或者 15800001111", "employer_name"),
        ("投诉了老板会不会知道是我", "employer_name"),
        ("平安保安服务有限公司", "project_name"),
        ("不是工地 是小区", "work_location"),
        ("东区幸福小区", "industry"),
        ("保安", "arrears_period"),
        ("去年7、8、9三个月", "amount_owed"),
        ("工资一个月3500 欠了3个月", "workers_affected"),
        ("等一下 金额不对 是9000", "workers_affected"),
        ("七八个", "description"),
        ("物业公司换了老板不认账", "confirm"),
        ("有欠条 等下发", "confirm"),  # noted at the summary
    ]
    for text, expects in steps:
        r = await engine.handle(inc("mid", text=text))
        assert r[-1].expects == expects, (text, [x.text for x in r])
    r = await engine.handle(inc("mid", text="对 提交"))
    f = store.case(r[-1].case_no).fields
    assert (f["worker_name"], f["contact_phone"], Decimal(f["amount_owed"]), f["workers_affected"]) == (
        "赵建军",
        "13912345678",
        9000,
        7,
    )
    assert "有欠条" in f["description"]


async def test_name_and_phone_in_one_answer(engine: Engine, store: MemoryStore) -> None:
    """With the phone missing too, the name question says both can come at once: one answer
    gives both and the phone is not asked (step by step: 12 turns then, 13 with one each)."""
    await engine.handle(inc("np", text="/complain"))
    r = await engine.handle(inc("np", button="form:consent:yes"))
    assert r[-1].expects == "worker_name" and "手机号也可以一起发" in r[-1].text
    r = await engine.handle(inc("np", text="张三 13800138000"))
    assert r[-1].expects == "employer_name"
    fields = store.world.workers[("web", "np")].form.data["fields"]
    assert (fields["worker_name"], fields["contact_phone"]) == ("张三", "13800138000")
