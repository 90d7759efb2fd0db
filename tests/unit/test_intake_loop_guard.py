"""The loop guard (bot/core/intake/guard.py): two answers in a row that do not read, then the
third ask says the form plainly; for an item staff can settle, one button files the complaint
with the worker's words kept; a good answer after the guard is read as usual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot import clock
from bot.core import texts
from bot.core.engine import Engine
from bot.core.intake.fields import FormContext, parse
from bot.core.intake.guard import KEEP_PREFIX
from bot.core.parsers import ParseError, parse_headcount, parse_period
from tests.fakes.memory_store import MemoryStore
from tests.test_engine_intake import ANSWERS
from tests.unit.conftest import inc


async def reach(engine: Engine, user: str, step: str) -> None:
    """The form opened and answered up to `step`."""
    await engine.handle(inc(user, text="我要投诉老板欠薪"))
    for kind, value, expects in ANSWERS:
        r = await engine.handle(inc(user, **{kind: value}))
        if expects == step:
            assert r[-1].expects == step
            return
    raise AssertionError(step)


async def test_two_bad_amounts_then_the_plain_form_with_a_button(engine: Engine) -> None:
    await reach(engine, "g1", "amount_owed")
    first = await engine.handle(inc("g1", text="具体我也记不清楚"))
    assert first[-1].expects == "amount_owed"
    assert not any(b.payload.startswith(KEEP_PREFIX) for b in first[-1].buttons)
    second = await engine.handle(inc("g1", text="账本在工头手里"))
    assert second[-1].expects == "amount_owed"
    assert second[-1].text != first[-1].text and texts.PLAIN_FORM["amount_owed"] in second[-1].text
    assert [b.payload for b in second[-1].buttons] == [KEEP_PREFIX + "amount_owed"]


async def test_the_button_files_with_the_raw_answers_kept(engine: Engine, store: MemoryStore) -> None:
    await reach(engine, "g2", "amount_owed")
    await engine.handle(inc("g2", text="具体我也记不清楚"))
    await engine.handle(inc("g2", text="账本在工头手里"))
    r = await engine.handle(inc("g2", button=KEEP_PREFIX + "amount_owed"))
    assert "待工作人员核实" in r[0].text and "账本在工头手里" in r[0].text
    assert r[-1].expects == "workers_affected"
    await engine.handle(inc("g2", text="我们班组7个"))
    r = await engine.handle(inc("g2", text="干完活老板一直说下个月给"))
    assert r[-1].expects == "confirm" and "待工作人员核实" in r[-1].text
    r = await engine.handle(inc("g2", button="form:confirm:submit"))
    case = store.case(r[-1].case_no)
    f = case.fields
    assert Decimal(f["amount_owed"]) == 0 and f["amount_approximate"] is True
    assert f["workers_affected"] == 7
    assert "具体我也记不清楚" in f["description"] and "账本在工头手里" in f["description"]
    assert "欠薪金额" in f["description"] and "待工作人员核实" in f["description"]


async def test_a_period_kept_is_the_month_of_filing_and_said_so(engine: Engine, store: MemoryStore) -> None:
    await reach(engine, "g3", "arrears_period")
    await engine.handle(inc("g3", text="好久了"))
    r = await engine.handle(inc("g3", text="从上回换老板以后"))
    assert [b.payload for b in r[-1].buttons] == [KEEP_PREFIX + "arrears_period"]
    r = await engine.handle(inc("g3", button=KEEP_PREFIX + "arrears_period"))
    assert r[-1].expects == "amount_owed" and "从上回换老板以后" in r[0].text
    for text in ("一万八", "就我一个", "老板跑了电话不接"):
        r = await engine.handle(inc("g3", text=text))
    r = await engine.handle(inc("g3", button="form:confirm:submit"))
    f = store.case(r[-1].case_no).fields
    month = clock.today().strftime("%Y-%m")
    assert f["arrears_period"] == {"start": month, "end": month}
    assert "好久了" in f["description"] and "欠薪时间" in f["description"]


async def test_a_good_third_answer_is_still_read(engine: Engine, store: MemoryStore) -> None:
    await reach(engine, "g4", "amount_owed")
    await engine.handle(inc("g4", text="具体我也记不清楚"))
    await engine.handle(inc("g4", text="账本在工头手里"))
    r = await engine.handle(inc("g4", text="一万六千五"))
    assert "16,500" in r[0].text and r[-1].expects == "workers_affected"
    # the count starts again: one more bad answer elsewhere gets the specific re-prompt
    r = await engine.handle(inc("g4", text="说不好"))
    assert r[-1].expects == "workers_affected"
    assert not any(b.payload.startswith(KEEP_PREFIX) for b in r[-1].buttons)


async def test_the_phone_gets_the_plain_form_but_no_button(engine: Engine) -> None:
    await reach(engine, "g5", "contact_phone")
    await engine.handle(inc("g5", text="1380013"))
    r = await engine.handle(inc("g5", text="我没手机"))
    assert r[-1].expects == "contact_phone" and texts.PLAIN_FORM["contact_phone"] in r[-1].text
    assert not any(b.payload.startswith(KEEP_PREFIX) for b in r[-1].buttons)
    # a stale or forged button for an item that cannot be kept asks the question again
    r = await engine.handle(inc("g5", button=KEEP_PREFIX + "contact_phone"))
    assert r[-1].expects == "contact_phone"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("一批一批地来来去去", None),  # a numeral of another word: no count, asked again
        ("一直都在换人", None),
        ("五六", 5),  # two neighbouring numerals alone: the lower bound, approximate
        ("两口子", 2),
        ("四口人", 4),
        ("厂里四十好几", 40),
        ("就我一个", 1),
        ("十三", 13),
    ],
)
def test_head_count_answers(answer: str, value: int | None) -> None:
    parsed = parse_headcount(answer)
    if value is None:
        assert isinstance(parsed, ParseError), parsed
    else:
        assert not isinstance(parsed, ParseError) and parsed.value == value, parsed


async def test_an_employer_not_known_is_asked_and_then_kept_without_a_link(
    engine: Engine, store: MemoryStore
) -> None:
    """ "不知道" is no employer's name: asked again with what would do; twice, the button keeps the
    words for staff, and the case links to no other (its key would match anything)."""
    await reach(engine, "g6", "employer_name")
    r = await engine.handle(inc("g6", text="这个我真不晓得"))
    assert r[-1].expects == "employer_name" and "称呼" in r[-1].text
    r = await engine.handle(inc("g6", text="记不清了"))
    assert r[-1].buttons[-1].payload == KEEP_PREFIX + "employer_name"
    r = await engine.handle(inc("g6", button=KEEP_PREFIX + "employer_name"))
    assert r[-1].expects == "project_name" and "待工作人员核实" in r[0].text
    for kind, value, expects in ANSWERS[4:]:
        r = await engine.handle(inc("g6", **{kind: value}))
        assert r[-1].expects == expects, [x.text for x in r]
    r = await engine.handle(inc("g6", button="form:confirm:submit"))
    case = store.case(r[-1].case_no)
    assert case.filing.employer_key is None
    assert "这个我真不晓得" in case.fields["description"] and "被反映单位" in case.fields["description"]


@pytest.mark.parametrize(
    ("field", "answer", "value"),
    [
        ("work_location", "具体在哪我也记不住了", None),
        ("work_location", "记不清门牌，在龙华区民治", "记不清门牌，在龙华区民治"),
        ("employer_name", "忘记了", None),
        ("employer_name", "不知道全名，都喊他海哥", "海哥"),
        ("worker_name", "覃秀梅（户口本上的名字）", "覃秀梅"),
        ("amount_owed", "九千来块", Decimal(9000)),
    ],
)
def test_answers_read_or_asked_again(field: str, answer: str, value: object) -> None:
    ctx = FormContext(settings=None, kb=None, today=date(2026, 12, 1))
    parsed = parse(field, inc("p", text=answer), ctx)
    if value is None:
        assert isinstance(parsed, ParseError), parsed
    else:
        assert not isinstance(parsed, ParseError) and parsed.value == value, parsed
    if field == "amount_owed":
        assert parsed.approximate  # 九千来块: about nine thousand


@pytest.mark.parametrize(
    ("answer", "start", "end"),
    [
        ("去年八月到今年都还欠着", "2025-08", "2026-05"),  # no month after 今年: owed since August
        ("前年十二月至今年", "2024-12", "2026-05"),
        ("去年八月到今年二月", "2025-08", "2026-02"),  # a month named: that month
        ("去年八月到今年年初", "2025-08", "2026-01"),
    ],
)
def test_a_period_ending_this_year_with_no_month(answer: str, start: str, end: str) -> None:
    parsed = parse_period(answer, date(2026, 5, 20))
    assert not isinstance(parsed, ParseError) and parsed.value == {"start": start, "end": end}, parsed
