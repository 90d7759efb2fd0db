"""Issue 10: an account of unpaid wages told in any dialect is the complaint's opening. Told with
no question, the form opens at once; told with a question, it is kept, and a complaint opened
later in the same chat (a suggestion's button, /tousu, 我要投诉) reads it: nothing it said is
asked again. Wordings are my own, none from a story set."""

from __future__ import annotations

import pytest

from bot.core import told
from bot.core.engine import Engine
from tests.unit.conftest import inc

# (account with no question, the worker's name, the phone as read back)
REPORTS = [
    # Cantonese: 人工一直未出 (pay never came out), 老细 (boss)
    (
        "我喺白云区太和镇一间五金厂做啤机，老细姓梁，七月到九月嘅人工一直未出，三个月每个月五千八，"
        "我叫黄志强，电话 136 2231 9045。",
        "黄志强",
        "136 2231 9045",
    ),
    # Hakka: 𠊎 (I), 毋曾发过工钱 (never paid the pay)
    (
        "𠊎系兴宁人，在龙岗区坪地街道一间家具厂做油漆，做咗两个月，老板毋曾发过工钱，一个月五千二，"
        "𠊎叫张伟东，电话 135 1098 7726。",
        "张伟东",
        "135 1098 7726",
    ),
    # Minnan: 拢无发 (none of it paid), 头家 (boss)
    (
        "阮佇晋江池店镇一间鞋厂车鞋面，头家讲货款无收着，九月十月两个月工钱拢无发，一个月四千八，"
        "阮叫林美玉，电话 138 5947 2210。",
        "林美玉",
        "138 5947 2210",
    ),
    # Sichuan: 一分钱都莫得拿到 (not a cent received)
    (
        "我在温江区永宁街道一个工地上头绑钢筋，包工头姓何，十月份开始做，做到十一月底，一天三百二，"
        "做了五十个工，一分钱都莫得拿到，我叫刘德明，电话 152 8176 3390。",
        "刘德明",
        "152 8176 3390",
    ),
    # Wu: 只发了 (only part paid), 铜钿 (money), 号头 (month), 呒没 (none)
    (
        "我辣松江区九亭镇一家食品厂包装车间做，三只号头只发了两千，后头铜钿一分也呒没，每只号头五千，"
        "我叫顾雅琴，电话 139 1622 5807。",
        "顾雅琴",
        "139 1622 5807",
    ),
]


@pytest.mark.parametrize(("story", "name", "phone"), REPORTS)
async def test_a_dialect_account_with_no_question_opens_the_form_with_it_read(
    real_engine: Engine, story: str, name: str, phone: str
) -> None:
    user = f"r{abs(hash(story)) % 10**8}"
    replies = await real_engine.handle(inc(user, text=story))
    assert replies[-1].expects == "consent", [r.text[:60] for r in replies]
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    found = replies[0].text
    assert name in found and phone in found, found
    assert replies[-1].expects not in ("worker_name", "contact_phone", "work_location", "industry")


# told with a question: answered first, kept for the complaint opened next
ASKED = [
    (
        "我喺黄埔区大沙街一间茶楼做楼面，老细姓邓，九月同十月嘅人工一直未出，两个月每个月四千九，"
        "我叫何丽珊，电话 137 0291 6648，咁点算好？",
        "何丽珊",
        "137 0291 6648",
    ),
    (
        "阿拉辣嘉定区江桥镇一家快递网点做分拣，网点老板拖牢两只号头铜钿，九月十月，"
        "我叫沈佩华，电话 136 8190 2245，哪能办？",
        "沈佩华",
        "136 8190 2245",
    ),
]
OPENERS = [("text", "我要投诉"), ("text", "/tousu"), ("button", "cmd:complain"), ("button", "form:story")]


# a Minnan account asked as a question, its owing told only as 一角都无 and 讲无钱
MINNAN_ASKED = (
    "阮在石狮宝盖镇一间服装厂做整烫，一件三块，八月九月两个月烫了两千件，头家讲下个月拢总算，"
    "到今一角都无，阮去问伊，伊讲无钱，按怎才好？"
)


async def test_a_minnan_account_asked_is_kept_and_read_by_the_complaint(real_engine: Engine) -> None:
    replies = await real_engine.handle(inc("mn1", text=MINNAN_ASKED))
    assert all(r.expects != "consent" for r in replies)
    await real_engine.handle(inc("mn1", text="我要投诉"))
    replies = await real_engine.handle(inc("mn1", button="form:consent:yes"))
    found = replies[0].text
    assert "石狮" in found and "6,000" in found and "8月" in found, found  # 三块 × 两千件
    assert replies[-1].expects == "worker_name", [r.text[:60] for r in replies]


@pytest.mark.parametrize(("story", "name", "phone"), ASKED)
@pytest.mark.parametrize(("kind", "value"), OPENERS)
async def test_a_complaint_opened_later_reads_what_was_told_before(
    real_engine: Engine, story: str, name: str, phone: str, kind: str, value: str
) -> None:
    user = f"a{abs(hash((story, value))) % 10**8}"
    replies = await real_engine.handle(inc(user, text=story))
    assert all(r.expects != "consent" for r in replies)  # a question: answered, not filed unasked
    replies = await real_engine.handle(inc(user, **{kind: value}))
    assert replies[-1].expects == "consent", [r.text[:60] for r in replies]
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    found = replies[0].text
    assert name in found and phone in found, found
    assert replies[-1].expects not in ("worker_name", "contact_phone", "work_location")


async def test_a_suggestion_read_in_between_keeps_the_account(real_engine: Engine) -> None:
    """The worker reads a suggested answer (its button) before complaining: the account stays."""
    story, name, phone = ASKED[0]
    replies = await real_engine.handle(inc("s1", text=story))
    faq = next(b.payload for r in replies for b in r.buttons if b.payload.startswith("faq:"))
    await real_engine.handle(inc("s1", button=faq))
    await real_engine.handle(inc("s1", text="我要投诉"))
    replies = await real_engine.handle(inc("s1", button="form:consent:yes"))
    assert name in replies[0].text and phone in replies[0].text, replies[0].text


async def test_two_accounts_told_apart_are_both_read(real_engine: Engine) -> None:
    """What the worker told in two messages (the job, then who they are) is read together."""
    first = "我在番禺区南村镇一间制衣厂踩衣车，老板拖咗我三个月人工，点算？"
    second = "老板欠我工钱一直不给，我叫梁晓燕，电话 135 6021 4478，有用吗"
    await real_engine.handle(inc("two", text=first))
    await real_engine.handle(inc("two", text=second))
    await real_engine.handle(inc("two", text="我要投诉"))
    replies = await real_engine.handle(inc("two", button="form:consent:yes"))
    found = replies[0].text
    assert "梁晓燕" in found and "番禺区" in found and "135 6021 4478" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "九月份只发了一千二",
        "后头铜钿一分也呒没",
        "人工一直未出",
        "老细唔俾钱",
        "老板毋曾发过工钱",
        "工钱拢无发",
        "一分都莫得",
        "钞票勿发",
        "才给了一半",
        # Minnan: not a dime (一角都无), the boss says there is no money (伊拢讲无钱)
        "等到今嘛一角都无",
        "头家讲伊无钱",
        "三个月的工钱拢无",
        "一毛也冇",
    ],
)
def test_dialect_words_tell_pay_owed(text: str) -> None:
    assert told.owed(text)


@pytest.mark.parametrize("text", ["深圳最低工资是多少", "工资怎么算", "我在厂里做了三年"])
def test_pay_named_alone_owes_nothing(text: str) -> None:
    assert not told.owed(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("这种应该去哪里要", True),
        ("平台扣了我两千保证金不退，找谁维权", True),
        ("能找装修公司要不", True),
        ("去边度告佢好", True),
        ("这个事情啷个办嘛", True),
        ("后头两个月一分也呒没。我叫顾雅琴，电话139 1622 5807。", False),
        ("老板拖了三个月工资不给", False),
    ],
)
def test_a_question_with_or_without_its_mark(text: str, asks: bool) -> None:
    assert told.asks(text) is asks


def test_the_chat_keeps_each_account_once_and_the_latest_ones() -> None:
    data = told.keep({}, "甲")
    data = told.keep(data, "乙")
    assert told.kept(told.keep(data, "甲")) == "甲\n乙"
    long = "长" * (told.KEEP_CHARS - 1)
    assert told.kept(told.keep(data, long)) == long  # the older ones give way


@pytest.mark.parametrize(
    ("story", "trade"),
    [
        ("我是一家公司的行政，公司是做少儿美术培训的，三个月工资没发", "少儿美术培训"),
        ("我们厂是搞汽车配件加工的，老板拖了两个月工资", "汽车配件加工"),
    ],
)
def test_a_line_of_business_told_with_de_is_the_trade(real_kb, story: str, trade: str) -> None:
    from datetime import date

    from bot.core.extract import extract_story

    s = extract_story(story, date(2026, 12, 1), list(real_kb.current.kb.industries))
    assert trade in str(s.fields["industry"].value), s.fields.get("industry")


@pytest.mark.parametrize(
    ("story", "amount"),
    [
        ("一件三块，八月九月两个月烫了两千件，老板没给钱", "6000"),  # 烫 (pressing) is piece work
        ("一件八角，十月份锁了五千件扣眼，工钱没结", "4000"),  # 角 is a tenth of a yuan
    ],
)
def test_pieces_done_by_any_trade_are_counted_not_read_as_yuan(real_kb, story: str, amount: str) -> None:
    from datetime import date
    from decimal import Decimal

    from bot.core.extract import extract_story

    s = extract_story(story, date(2026, 12, 1), list(real_kb.current.kb.industries))
    assert s.fields["amount_owed"].value == Decimal(amount), s.fields.get("amount_owed")


@pytest.mark.parametrize(
    ("story", "start", "end"),
    [
        ("一件两块五，今年七月八月两个月缝了四千件，一分都没给", "2026-07", "2026-08"),
        ("一双八毛，五月六月两个月包了一万双，老板拖着不给", "2026-05", "2026-06"),
    ],
)
def test_months_told_together_before_the_pieces_are_all_owed(
    real_kb, story: str, start: str, end: str
) -> None:
    from datetime import date

    from bot.core.extract import extract_story

    s = extract_story(story, date(2026, 12, 1), list(real_kb.current.kb.industries))
    assert s.fields["arrears_period"].value == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("said", "county"),
    [("惠安螺城镇", "惠安县"), ("石狮宝盖镇一间服装厂", "石狮市"), ("安溪城厢镇", "安溪县")],
)
def test_a_short_county_before_an_unlisted_town_is_that_county(said: str, county: str) -> None:
    from bot.core.extract.places import find_district

    found = find_district(said)
    assert found is not None and found.name == county, found


@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("我是安溪城厢镇一家茶厂的炒茶工，老板拖了两个月工钱", "安溪县城厢镇"),
        ("我在惠安螺城镇明辉石材厂打磨，十月工资没发", "惠安县螺城镇"),
    ],
)
def test_a_short_county_and_its_town_are_recorded_with_the_county_in_full(
    real_kb, story: str, place: str
) -> None:
    from datetime import date

    from bot.core.extract import extract_story

    s = extract_story(story, date(2026, 12, 1), list(real_kb.current.kb.industries))
    assert s.fields["work_location"].value == place, s.fields.get("work_location")
