"""Read-backs and repeated questions in story-first complaints, through the real engine (on
SQLite and PostgreSQL): a project name is read back as the worker named it (no 项目 added or
kept as a label), an optional item not given is left out rather than shown as 无, the person
who owes is shown as named, and a field given in an answer to another question is not asked."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.core.engine import Engine
from knowledge_base.service import KnowledgeService
from storage.uow import SqlWorkerStore
from tests.chat_replies import labelled_line as _line
from tests.chat_replies import send as _send

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


def _engine(db, tmp_path: Path) -> Engine:
    return Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(KB))


async def test_project_read_back_as_named(db, tmp_path: Path) -> None:
    engine = _engine(db, tmp_path)
    story = (
        "我叫钱志刚 在龙岗区坂田那边的星河雅宝二期项目做木工 公司是深圳市宏远建设工程有限公司 "
        "今年5月到8月的工资没给 一共三万二 就我一个 电话13711112222 帮我登记"
    )
    await _send(engine, "p1", text=story)
    found = await _send(engine, "p1", button="form:consent:yes")
    assert _line(found, "项目名称") == "星河雅宝二期"
    # typed again with the label word: still the name, never "…项目项目"
    await _send(engine, "p1", text="改项目名称")
    replies = await _send(engine, "p1", text="星河雅宝二期项目")
    assert replies[-1].expects == "confirm"
    assert _line(replies, "项目名称") == "星河雅宝二期"


async def test_absent_optional_project_is_left_out_and_person_shown_as_named(db, tmp_path: Path) -> None:
    engine = _engine(db, tmp_path)
    story = "我叫吴秀兰 在朝阳区给雇主刘芳家做住家保姆 今年7月到10月的工资没给 一共两万四 电话13622223333 就我一个 帮我投诉"
    await _send(engine, "p2", text=story)
    found = await _send(engine, "p2", button="form:consent:yes")
    assert _line(found, "被反映单位") == "刘芳"
    replies = found
    while replies[-1].expects not in ("confirm", None):
        replies = await _send(engine, "p2", button="form:skip")
    summary = replies[-1].text
    assert replies[-1].expects == "confirm" and "项目名称" not in summary
    assert "刘芳（" not in summary and "无" not in (_line(replies, "项目名称") or "")


async def test_field_in_an_answer_to_another_question_is_not_asked(db, tmp_path: Path) -> None:
    engine = _engine(db, tmp_path)
    await _send(engine, "p3", text="/complain")
    asked = [(await _send(engine, "p3", button="form:consent:yes"))[-1].expects]
    for kind, text in (
        ("text", "我叫郑小兵 电话13533334444"),  # the name asked; the phone comes with it
        ("text", "宝安区沙井的永兴模具厂"),  # the employer asked; the place comes with it
        ("button", "form:skip"),  # no project
        ("text", "注塑 我们组十几个人"),  # the trade asked; the head count comes with it
        ("text", "今年八月到十月"),
        ("text", "一共一万八"),
    ):
        asked.append((await _send(engine, "p3", **{kind: text}))[-1].expects)
    assert asked == [
        "worker_name",
        "employer_name",
        "project_name",
        "industry",
        "arrears_period",
        "amount_owed",
        "description",
    ], asked
