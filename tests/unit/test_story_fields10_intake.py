"""Issue 10, the form around a first story (wordings my own, none from a story set): a brand's outlet
("韵达网点") is asked for who pays it, and a fit-out job read as a home renovated (no project asked)
gets its project asked once a fit-out firm turns out to owe, but not when a person does."""

from __future__ import annotations

from bot.core import texts
from bot.core.engine import Engine
from tests.unit.conftest import inc


async def _open(engine: Engine, user: str, story: str) -> list:  # type: ignore[type-arg]
    await engine.handle(inc(user, text=story))
    replies = await engine.handle(inc(user, text="我要投诉"))
    if replies[-1].expects != "consent":
        return replies
    return await engine.handle(inc(user, button="form:consent:yes"))


async def _answer_until(engine: Engine, user: str, replies: list, answers: dict[str, str], stop: str) -> list:  # type: ignore[type-arg]
    """Answer each question from `answers` until the form asks `stop` (or the summary)."""
    for _ in range(10):
        asked = replies[-1].expects
        if asked in (stop, "confirm") or asked not in answers:
            return replies
        replies = await engine.handle(inc(user, text=answers[asked]))
    return replies


async def test_a_brands_outlet_is_asked_who_pays_it(real_engine: Engine) -> None:
    story = "我是韵达网点的快递员，在南海区桂城，十月的派件费一直没结，一件一块一，派了三千件，我叫卢志斌，电话 135 2208 4471"
    replies = await _open(real_engine, "outlet1", story)
    replies = await _answer_until(real_engine, "outlet1", replies, {}, "employer_name")
    assert replies[-1].expects == "employer_name"
    assert replies[-1].text == texts.EMPLOYER_OUTLET.format(hint="韵达网点"), replies[-1].text
    assert any(b.payload == "form:said:韵达网点" for b in replies[-1].buttons)


_HOME = (
    "我在武侯区帮人家做装修贴砖，活干完了老板钱不给，一共欠八千，十月份的事，我叫岳小川，电话 139 8012 6635"
)


async def test_a_fit_out_firm_owing_gets_the_project_asked(real_engine: Engine) -> None:
    replies = await _open(real_engine, "fit1", _HOME)
    replies = await _answer_until(real_engine, "fit1", replies, {}, "employer_name")
    assert replies[-1].expects == "employer_name", [r.text[:40] for r in replies]
    replies = await real_engine.handle(inc("fit1", text="成都锦华装饰工程有限公司"))
    assert replies[-1].expects == "project_name", [r.text[:40] for r in replies]


async def test_a_person_owing_for_a_home_renovated_asks_no_project(real_engine: Engine) -> None:
    replies = await _open(real_engine, "fit2", _HOME)
    replies = await _answer_until(real_engine, "fit2", replies, {}, "employer_name")
    assert replies[-1].expects == "employer_name"
    replies = await real_engine.handle(inc("fit2", text="钟国富"))
    assert replies[-1].expects != "project_name", [r.text[:40] for r in replies]


async def test_a_project_named_in_a_later_answer_is_kept(real_engine: Engine) -> None:
    """The job read as a home renovated left the project out; an answer naming one fills it."""
    replies = await _open(real_engine, "fit3", _HOME)
    replies = await _answer_until(real_engine, "fit3", replies, {}, "employer_name")
    assert replies[-1].expects == "employer_name"
    replies = await real_engine.handle(inc("fit3", text="钟国富，我们是在他包的金沙商业广场项目上做的"))
    replies = await _answer_until(real_engine, "fit3", replies, {}, "confirm")
    assert replies[-1].expects == "confirm", [r.text[:40] for r in replies]
    assert "项目名称：金沙商业广场" in replies[-1].text, replies[-1].text
