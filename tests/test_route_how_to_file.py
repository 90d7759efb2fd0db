"""Routes on the boundaries faq_blind11 missed (issue 9): asked how to register, fill in, submit or
start here files a complaint, a question about where or through which channel to complain stays an
answer; a case number in English words, a complaint passed on to the inspectors and whether they
have looked into it, follow one up; what this service can do, a half-filled form dropped, going to
arbitration instead, an assessment's result, what another office's staff said and what follows a
registration are questions (tests/data/routes_how_to_file.yaml, our own wordings; its table is
checked in tests/test_route_classes.py, the engine's side of it here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import texts
from bot.core.engine import Engine
from bot.core.types import Incoming
from knowledge_base.intents_file import asks_to_file, cancels_unfinished
from knowledge_base.matcher import Matcher
from knowledge_base.service import KnowledgeService
from storage.uow import SqlWorkerStore

REPO = Path(__file__).resolve().parent.parent
KB = REPO / "knowledge_base" / "data"


# where or how to complain, naming nothing but wages and a channel: the model's complaint route is
# set aside and no entry stood out (a fallback before); the entry that says where, with its button
WHERE_ONLY = [
    "欠薪一般向哪个部门投诉",
    "我想打听一下投诉的途径",
    "手机上怎样投诉欠薪",
    "线上可不可以反映拖欠工资",
]


@pytest.mark.parametrize("question", WHERE_ONLY)
def test_where_to_complain_about_wages_is_answered_with_the_complaint_button(
    matcher: Matcher, question: str
) -> None:
    result = matcher.match(question)
    assert (result.route, result.id, result.decision) == ("faq", "wage.arrears.report", "answer"), (
        result.as_json()
    )
    assert "complaint" in matcher.kb.entries["wage.arrears.report"].actions


def test_the_hotlines_answer_offers_to_file_here(matcher: Matcher) -> None:
    assert "complaint" in matcher.kb.entries["service.hotlines"].actions
    # something else named stays with the model: a workshop without a licence, what to prepare
    for question in ["怎么举报无证黑作坊", "投诉前该备好哪些东西"]:
        assert matcher.match(question).id != "wage.arrears.report", question


@pytest.mark.parametrize(
    ("norm", "files"),
    [
        ("怎么登记拖欠的工钱", True),
        ("投诉的入口在哪", True),
        ("请帮我开始投诉", True),
        ("我决定正式举报", True),
        ("去哪里投诉", False),
        ("投诉的话怎么弄", False),
        ("失业登记怎么填", False),
        ("我登记了投诉怎么查", False),
        ("正式投诉还是仲裁哪个快", False),
        ("员工被客户投诉怎么操作", False),
    ],
)
def test_asks_to_file(norm: str, files: bool) -> None:
    assert asks_to_file(norm) is files


def test_cancels_unfinished() -> None:
    assert cancels_unfinished("填到一半不想投诉了怎么取消")
    assert not cancels_unfinished("登记过的投诉能撤回吗")
    assert not cancels_unfinished("我不想投诉了")


async def test_how_to_register_gets_the_consent_that_says_what_comes_next(db, tmp_path: Path) -> None:
    engine = Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(db), KnowledgeService(KB))
    replies = await engine.handle(Incoming("web", "w-how", text="咋登记拖欠的工钱", delivery_id="how:1"))
    assert replies[-1].expects == "consent" and replies[-1].text == texts.CONSENT
    assert texts.CONSENT.startswith("可以直接在这里登记欠薪投诉")
    # where to complain: the answer, with the one-tap button to file here
    replies = await engine.handle(
        Incoming("web", "w-where", text="欠薪一般向哪个部门投诉", delivery_id="how:2")
    )
    assert "cmd:complain" in [b.payload for b in replies[0].buttons], [r.text for r in replies]
