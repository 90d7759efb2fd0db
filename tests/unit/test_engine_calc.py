"""Calculators in the engine: straight to the result when the question holds the figures,
the "算一算" button under FAQ answers, one question per missing figure kept in the form
state, the arrears total handed to the complaint form with one tap."""

from __future__ import annotations

from decimal import Decimal

from bot.core.engine import Engine
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc


def _form(store: MemoryStore, user: str):  # noqa: ANN202
    return store.world.workers[("web", user)].form


async def test_question_with_figures_goes_straight_to_the_result(
    real_engine: Engine, store: MemoryStore
) -> None:
    r = await real_engine.handle(inc("a", text="合同到期不续签 干了6年2个月 月工资6500 能拿多少"))
    assert len(r) == 1 and "42,250.00" in r[0].text and "第四十七条" in r[0].text
    assert "仅供参考，以仲裁/鉴定/当地规定为准" in r[0].text
    assert _form(store, "a").flow == "calc"
    # the next question is routed as usual and closes the calculation
    r = await real_engine.handle(inc("a", text="工伤怎么认定"))
    shown = r[0].text + "".join(b.label for b in r[0].buttons)  # the answer, or the entry offered
    assert "工伤" in shown and _form(store, "a").flow is None


async def test_faq_answer_offers_the_calculator(real_engine: Engine, store: MemoryStore) -> None:
    r = await real_engine.handle(inc("b", text="加班费怎么算"))
    assert "calc:overtime" in [b.payload for b in r[0].buttons]
    r = await real_engine.handle(inc("b", button="calc:overtime"))
    assert "工资" in r[0].text and not r[0].buttons
    r = await real_engine.handle(inc("b", text="5000"))
    assert "加班情况" in r[0].text and _form(store, "b").step == "hours"
    r = await real_engine.handle(inc("b", text="平时加班30小时"))
    assert "1,293.10" in r[0].text


async def test_arrears_total_starts_the_complaint_with_the_amount(
    real_engine: Engine, store: MemoryStore
) -> None:
    r = await real_engine.handle(inc("c", text="老板欠了我三个月工资 每月4500 能要多少"))
    assert "13,500.00" in r[0].text
    r = await real_engine.handle(inc("c", button="calc:complain"))
    assert r[0].expects == "consent"
    r = await real_engine.handle(inc("c", button="form:consent:yes"))
    fields = _form(store, "c").data["fields"]
    assert Decimal(fields["amount_owed"]) == Decimal(13500) and fields["amount_approximate"] is True
    assert fields["arrears_period"]["end"] and "13,500" in r[0].text and r[-1].expects == "worker_name"


async def test_cancel_and_new_questions_mid_calculation(real_engine: Engine, store: MemoryStore) -> None:
    await real_engine.handle(inc("d", button="calc:injury"))
    r = await real_engine.handle(inc("d", text="取消"))
    assert "不算了" in r[0].text and _form(store, "d").flow is None
    await real_engine.handle(inc("d", button="calc:injury"))
    r = await real_engine.handle(inc("d", text="十二级"))
    assert "1到10" in r[0].text and _form(store, "d").step == "grade"
    r = await real_engine.handle(inc("d", text="单位不给交社保怎么办？"))
    assert "依据" in r[0].text and "社会保险" in r[0].text and _form(store, "d").flow is None


async def test_local_figures_from_the_knowledge_base(real_engine: Engine) -> None:
    r = await real_engine.handle(inc("e", text="在示例市 被裁员 干了15年 月薪三万 能拿多少"))
    assert "288,000.00" in r[0].text and "示例数据" in r[0].text


async def test_dismissal_asks_the_ground_with_buttons(real_engine: Engine) -> None:
    r = await real_engine.handle(inc("f", text="被辞退了 干了4年7个月 月薪七千 能赔多少"))
    payloads = [b.payload for b in r[-1].buttons]
    assert all(not reply.buttons for reply in r[:-1])  # only the choices are numbered
    assert "calc:pick:art40_no_notice" in payloads
    r = await real_engine.handle(inc("f", button="calc:pick:art40_no_notice"))
    assert "42,000.00" in r[0].text  # 5 x 7000 + 7000


async def test_partial_figures_get_the_answer_then_one_question(
    real_engine: Engine, store: MemoryStore
) -> None:
    r = await real_engine.handle(inc("g", text="工伤鉴定九级能赔多少钱"))
    assert len(r) == 2 and "依据" in r[0].text and not r[0].buttons
    assert "缴费工资" in r[1].text and _form(store, "g").step == "wage"
    r = await real_engine.handle(inc("g", text="3500"))
    assert "31,500.00" in r[0].text
