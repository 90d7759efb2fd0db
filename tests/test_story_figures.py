"""Figures in story-first complaints: pay x days x people, vague and lunar periods, Chinese
numerals with units inside ("1万2千5"), a stated amount against our estimate, and the month
boundary in China's time zone. Stories written for this file (not copied from any set); only
the figure fields are checked here (names and places: tests/test_story_extract.py)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from bot import clock
from bot.core.extract import extract_story
from bot.core.intake.story import amount_question
from bot.core.parsers import ParseError, parse_amount, parse_period, parse_phone
from bot.core.parsers.numerals import to_number
from knowledge_base.industries import load_industries

DEC1 = date(2026, 12, 1)  # China's date from 16:00 UTC on 30 November
NOV30 = date(2026, 11, 30)
NOV20 = date(2026, 11, 20)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")

# (text, today, expected figure fields); a key left out must not be found, except `approx`
FIGURE_STORIES = [
    # --- pay x days x people
    (
        "我跟我老婆两口子在果园摘苹果 一天二百四 干了十八天 老板一分没给",
        DEC1,
        dict(heads=2, amount=8640),  # 240 x 18 x 2: each of the couple earned the day's pay
    ),
    (
        "说好一人一天三百，我们俩每人都干了二十天，在工地绑钢筋的钱到现在没结",
        DEC1,
        dict(heads=2, amount=12000),
    ),
    (
        "我们四个人包了个刮腻子的活 四个人一天一千二 干了十五天 钱没结",
        DEC1,
        dict(heads=4, amount=18000),  # the group's pay together: not multiplied again
    ),
    (
        "我们班组十个人 我一个月七千 欠了我两个月",
        NOV20,
        dict(heads=10, amount=14000, period=("2026-09", "2026-10")),  # the teller's own pay
    ),
    (
        "一天三百五 干了四十天 老板说最后欠我一万二",
        DEC1,
        dict(amount=12000),  # the amount the worker states beats 350 x 40
    ),
    (
        "保洁 一个月三千 拖了四个月 老板自己算的一共欠我一万二",
        NOV20,
        dict(amount=12000, period=("2026-07", "2026-10")),
    ),
    # --- months: 十一月 is a month, not a rate of 一月
    (
        "十月十一月两个月工资都没发 一个月四千二",
        DEC1,
        dict(amount=8400, period=("2026-10", "2026-11")),
    ),
    (
        "从八月开始就没发过，八月到十一月四个月，每个月五千一",
        DEC1,
        dict(amount=20400, period=("2026-08", "2026-11")),  # the closed range, not "到现在"
    ),
    # --- vague lengths
    (
        "在餐馆帮厨干了一个多月 老板跑了 工钱四千五没给",
        DEC1,
        dict(amount=4500, period=("2026-10", "2026-11")),
    ),
    ("快递站分拣 1个半月工资没发 六千三", NOV20, dict(amount=6300, period=("2026-09", "2026-10"))),
    ("在奶茶店 一个半月的工资没给我 五千四", DEC1, dict(amount=5400, period=("2026-09", "2026-10"))),
    ("今年上半年在电子厂做的工资一直没结 一万八", DEC1, dict(amount=18000, period=("2026-01", "2026-06"))),
    # --- lunar months: 去年腊月 is the 腊月 before this Spring Festival (January 2026)
    (
        "去年腊月到今年三月在工地做小工 工钱一直没给 一万五",
        DEC1,
        dict(amount=15000, period=("2026-01", "2026-03")),
    ),
    # --- "到现在" and "this month" in China's date
    (
        "从九月份开始老板就没发工资 到现在一分没给 欠我两万一",
        DEC1,
        dict(amount=21000, period=("2026-09", "2026-12")),
    ),
    (
        "从九月份开始老板就没发工资 到现在一分没给 欠我两万一",
        NOV30,
        dict(amount=21000, period=("2026-09", "2026-11")),
    ),
    (
        "上个月到现在都没发工资 欠我八千多",
        DEC1,
        dict(amount=8000, approx=True, period=("2026-11", "2026-12")),
    ),
    # --- numerals with units
    ("装修公司欠我1万2千5 在天河区做油漆", DEC1, dict(amount=12500)),
    ("搬家公司欠了我一万二千五 三个月没给了", NOV20, dict(amount=12500, period=("2026-08", "2026-10"))),
    ("老板欠我三万八 我一个人的", DEC1, dict(amount=38000, heads=1)),
    ("洗车店老板欠我两千七百五", DEC1, dict(amount=2750)),
    # --- two amounts, neither a total: asked, never guessed
    ("先说欠我一万二千五 昨天他又说只欠一万", DEC1, dict(choices=[10000, 12500])),
    # --- for a relative alone
    ("我替我爸来问 他在厂里看大门 工资三万八一直拖着 我就先替他一个人报", DEC1, dict(amount=38000, heads=1)),
    # --- a part paid: what is still owed, never a choice between the two
    ("在物流园开叉车 老板给过我一万 还差一万二没结", DEC1, dict(amount=12000)),
    ("干装修的 主家先付了八千 剩下的六千五一直拖着", DEC1, dict(amount=6500)),
    ("跑货运的 前后给过两次钱一共一万五，还差两万一", DEC1, dict(amount=21000)),
    (
        "做保洁的 说好的三个月一共一万零八百 只发了三千 其他的一直拖",
        DEC1,
        dict(amount=7800, period=("2026-08", "2026-10")),
    ),
    ("开网约车 流水一共两万一千四 扣完车租应该给我一万三千六 一直不结", DEC1, dict(amount=13600)),
    ("欠我三万 后来转了五千", DEC1, dict(choices=[25000, 30000])),  # owed before or after? asked
    (
        "包工头说好每个月七千 从七月干到十月 中间预支了三千 剩下的没给",
        DEC1,
        dict(amount=25000, period=("2026-07", "2026-10")),
    ),
    ("摘茶叶 一天一百六 干了三十天 给了一千五生活费 剩下的不给", DEC1, dict(amount=3300)),
    (
        "九月十月十一月 三个月的工资都压着，每月大概五千五，十月初给我转了两千",
        DEC1,
        dict(amount=14500, period=("2026-09", "2026-11")),
    ),
    # --- a stated total beside each one's figure, for a group of several
    ("我们5个人 我的是七千二 其他四个人一人六千多 加起来一共三万二", DEC1, dict(amount=32000, heads=5)),
    ("我们6个人 每人八千五 三个月没发了", DEC1, dict(amount=51000, heads=6, period=("2026-08", "2026-10"))),
    # --- the end of a year, months listed one by one, start and end of a job by day
    (
        "去年年底到今年五月在食堂帮厨 工资没给 一共两万一",
        DEC1,
        dict(amount=21000, period=("2025-12", "2026-05")),
    ),
    (
        "从去年底开始就没发过，到现在快一年了，欠我四万二",
        DEC1,
        dict(amount=42000, period=("2025-12", "2026-12")),
    ),
    ("八月、九月、十月三个月工资没发 一共一万五", DEC1, dict(amount=15000, period=("2026-08", "2026-10"))),
    (
        "育儿嫂 10月8号上户，11月20号下户，说好的一万二一分没给",
        DEC1,
        dict(amount=12000, period=("2026-10", "2026-11")),
    ),
    # no 到现在: up to the last month worked (told on 1 December: November)
    ("中秋以后就没发过工资 欠我一万六", DEC1, dict(amount=16000, period=("2026-09", "2026-11"))),
    ("端午节后到现在没发工资 一共三万", DEC1, dict(amount=30000, period=("2026-06", "2026-12"))),
    ("9.15到11.5在他家做保姆 工资一万一没给", DEC1, dict(amount=11000, period=("2026-09", "2026-11"))),
    ("在砖厂干了三个来月 工钱九千一分没拿到", DEC1, dict(amount=9000, period=("2026-09", "2026-11"))),
    # --- a payment told beside the agreed total, in one breath; days told with the money
    ("老板只打了五千过来 说好的一万八", DEC1, dict(amount=13000)),
    ("一个月8000 干了两个月 给了3000 剩下的不给", DEC1, dict(amount=13000, period=("2026-10", "2026-11"))),
    ("日结 一天三百，二十天的钱没给", DEC1, dict(amount=6000)),
    # --- a base pay is no total ("底薪三千加提成"); a pay agreed per month with a part paid
    ("底薪三千加提成 一共欠我一万二", DEC1, dict(amount=12000)),
    (
        "我在工地干了四个月 每个月说好八千 只给了五千生活费",
        DEC1,
        dict(amount=27000, period=("2026-08", "2026-11")),
    ),
    ("欠了俩月工资八千四", DEC1, dict(amount=8400, period=("2026-09", "2026-10"))),
    # --- only one end of the work told: the months are asked, never read back as one month
    ("刷外墙的活是九月干完的，工钱总共两万四，先给了一万，尾款一万四拖到现在", DEC1, dict(amount=14000)),
    ("九月进的场 工钱没给 一万二", DEC1, dict(amount=12000)),
    ("从开年到现在一分钱没给 欠我三万", DEC1, dict(amount=30000, period=("2026-01", "2026-12"))),
    # --- festivals by the solar calendar; months listed out of order; 1w5; half a month
    ("元旦以后就没发过工资 欠我四万", DEC1, dict(amount=40000, period=("2026-01", "2026-11"))),
    ("清明节后到现在工资没给 一共两万八", DEC1, dict(amount=28000, period=("2026-04", "2026-12"))),
    (
        "十一月份的工资和十月份的都没发 一个月五千",
        DEC1,
        dict(amount=10000, period=("2026-10", "2026-11")),
    ),
    ("12月和1月的工资没发 八千", DEC1, dict(amount=8000, period=("2025-12", "2026-01"))),
    ("老板欠我1w5", DEC1, dict(amount=15000)),
    # --- each one's figure x the head count against a stated total that disagrees: asked
    ("我们6个人 每人八千五 一共五万", DEC1, dict(heads=6, choices=[50000, 51000])),
    ("我们6个人 每人八千五 一共五万一", DEC1, dict(heads=6, amount=51000)),
    # --- each one's pay x months x the people, counted once
    (
        "一人一个月四千五 我们三个人 两个月没发",
        DEC1,
        dict(amount=27000, heads=3, period=("2026-09", "2026-10")),
    ),
    # --- pay x months to now: this month's pay is not due yet; a lower bound it fills in
    (
        "我妈在厂里一个月三千六，从去年底开始就没发过，算下来欠她四万多",
        DEC1,
        dict(amount=43200, period=("2025-12", "2026-11")),
    ),
    # --- a part paid, in Cantonese (畀咗 = 给了, 仲差 = 还差); 人工 is wages, never people
    (
        "佢由今年五月做到九月，成二万六人工，老板之前畀咗八千，仲差一万八到而家都唔肯畀",
        DEC1,
        dict(amount=18000, period=("2026-05", "2026-09")),
    ),
    ("欠我人工费两万三，老板一直拖", DEC1, dict(amount=23000)),
    ("我们三千人的厂，欠我八千", DEC1, dict(amount=8000)),
    # --- the day's pay, then whose: "一天一个人一百五" x days x the two of them
    (
        "我跟我媳妇两个人 从六月中旬摘到七月底 一天一个人一百五 我们两个人都摘了四十天 到现在一分钱都没给",
        DEC1,
        dict(heads=2, amount=12000, period=("2026-06", "2026-07")),
    ),
    ("说好每天每人三百，我们三个干了二十天，钱没结", DEC1, dict(heads=3, amount=18000)),
    # --- pay x time beside several people, whose pay unsaid: both figures offered, never guessed
    ("一天三百 干了四十天 两个人 老板一直没给", DEC1, dict(heads=2, choices=[12000, 24000])),
    ("一天150 干了40天 两个人 钱没结", DEC1, dict(heads=2, choices=[6000, 12000])),
    (
        "每月四千五 7月到9月都没发 我们两个人",
        DEC1,
        dict(heads=2, choices=[13500, 27000], period=("2026-07", "2026-09")),
    ),
    # ... but a story told as the teller's own work: the pay is the teller's
    ("我在工地干活 一天三百 干了四十天 我们两个人都没拿到钱", DEC1, dict(heads=2, amount=12000)),
    # --- each one's figure told with whose it is, added up ("我两个月是…，我老乡X两个月是…")
    (
        "9月和10月工资都没发，我两个月是一万三千六，我老乡赵小军两个月是一万二千九，我们两个一起投诉",
        DEC1,
        dict(heads=2, amount=26500, period=("2026-09", "2026-10")),
    ),
    ("老板欠我两万五 后来又说欠我两万八", DEC1, dict(choices=[25000, 28000])),
    # --- the Spring Festival: 过完年 is after 正月十五 (2026: March), 春节后 after the days off
    (
        "过完年到现在工资就没正经发过，还欠我两万八千八。别人也是这样，不过我就先说我自己的",
        DEC1,
        dict(heads=1, amount=28800, period=("2026-03", "2026-12")),
    ),
    ("开春以后就没发工资 欠我三万", DEC1, dict(amount=30000, period=("2026-03", "2026-11"))),
    ("春节后一直跑到七月份，还差两万五", DEC1, dict(amount=25000, period=("2026-02", "2026-07"))),
    # --- owed, a part paid, then "the rest": what is still owed; without it, asked
    ("欠我两万六 后来转了八千 剩下的一直拖", DEC1, dict(amount=18000)),
    ("老板欠我两万六，前几天给了八千", DEC1, dict(choices=[18000, 26000])),
    # --- dotted and dashed dates, and a summer holiday (July and August, roughly)
    ("10.1-11.30的工资没发 一共九千", DEC1, dict(amount=9000, period=("2026-10", "2026-11"))),
    ("2026.9-2026.11工资没发 欠我一万五", DEC1, dict(amount=15000, period=("2026-09", "2026-11"))),
    (
        "暑假在酒店干了两个月 一个月三千二 一分没给",
        DEC1,
        dict(amount=6400, period=("2026-07", "2026-08")),
    ),
    # --- head counts: the people first (兄弟二十来个), a whole team (全队十二名保安), a bare
    # count before the pay words (连我在内一共五个 工资没发)
    ("我们这个班组的兄弟二十来个 工钱都没结", DEC1, dict(heads=20)),
    ("全队十二名保安都没拿到工资", DEC1, dict(heads=12)),
    ("连我在内一共五个 工资没发", DEC1, dict(heads=5)),
    ("我们三个工作了半年 老板一直拖", DEC1, dict()),
    # --- a start told, then the months listed: the list says where it ends
    (
        "从9月份开始就没发过工资，9月、10月、11月三个月，一共欠我一万零五百",
        DEC1,
        dict(amount=10500, period=("2026-09", "2026-11")),
    ),
]


@pytest.mark.parametrize(
    ("text", "today", "want"), FIGURE_STORIES, ids=[f"f{i:02d}" for i in range(len(FIGURE_STORIES))]
)
def test_story_figures(text: str, today: date, want: dict) -> None:
    s = extract_story(text, today, INDUSTRIES)
    f = s.fields
    got = {
        "period": (f["arrears_period"].value["start"], f["arrears_period"].value["end"])
        if "arrears_period" in f
        else None,
        "amount": int(f["amount_owed"].value) if "amount_owed" in f else None,
        "heads": int(f["workers_affected"].value) if "workers_affected" in f else None,
        "choices": [int(c) for c in s.amount_choices] or None,
    }
    assert got == {k: want.get(k) for k in got}, text
    if "amount_owed" in f:
        assert f["amount_owed"].approximate is want.get("approx", "估算" in f["amount_owed"].echo)
        # the read-back shows the figure that is stored, and an estimate only when nothing was stated
        assert f"{int(f['amount_owed'].value):,}" in f["amount_owed"].echo
        if "估算" in f["amount_owed"].echo:
            assert not re.search(r"(欠我|一共|总共)[^，,\s]{0,3}[0-9一二两三四五六七八九十]", text), text


def test_spring_festival_read_back_says_what_was_assumed() -> None:
    f = extract_story("过完年到现在工资一直没发", DEC1, INDUSTRIES).fields
    assert "正月十五" in f["arrears_period"].echo and "3月" in f["arrears_period"].echo
    assert f["arrears_period"].approximate
    f = extract_story("去年过完年到现在工资一直没发", DEC1, INDUSTRIES).fields  # 2025: 13 February
    assert f["arrears_period"].value == {"start": "2025-02", "end": "2026-12"}


def test_whose_pay_question_says_both_readings() -> None:
    story = extract_story("一天三百 干了四十天 两个人 老板一直没给", DEC1, INDUSTRIES)
    assert story.amount_whose == (2, "每天 300 元 × 40 天")
    fields = {
        "_amount_choices": [str(c) for c in story.amount_choices],
        "_amount_whose": list(story.amount_whose),
    }
    reply = amount_question(fields)
    assert reply is not None and reply.expects == "amount_owed"
    assert "每天 300 元 × 40 天" in reply.text and "12,000" in reply.text and "24,000" in reply.text
    assert [b.payload for b in reply.buttons] == ["form:amount:12000", "form:amount:24000"]


def test_estimates_say_how_they_were_counted() -> None:
    f = extract_story("我们两口子 一天260 干了23天 老板不给钱", DEC1, INDUSTRIES).fields
    assert f["amount_owed"].value == Decimal(11960)
    assert f["amount_owed"].echo == "约 11,960 元（按每人每天 260 元 × 23 天 × 2 人估算）"
    f = extract_story("说好一人一天二百六，我俩每人都干了二十三天", DEC1, INDUSTRIES).fields
    assert "× 2 人" in f["amount_owed"].echo and f["amount_owed"].value == Decimal(11960)


# --- parsers alone


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("1万2千5", 12500, False),
        ("一万二千五", 12500, False),
        ("2万4千5百", 24500, False),
        ("12万3", 123000, False),
        ("三万八", 38000, False),
        ("两千七百五", 2750, False),
        ("八千多", 8000, True),
        ("1万2", 12000, False),  # unchanged: one digit after 万 is thousands
        ("3.5万", 35000, False),
        ("100万", 1000000, False),
    ],
)
def test_amount_numerals(text: str, value: int, approx: bool) -> None:
    r = parse_amount(text)
    assert not isinstance(r, ParseError), r
    assert (r.value, r.approximate) == (Decimal(value), approx)


def test_to_number_reads_arabic_digits_between_units() -> None:
    assert to_number("1万2千5") == Decimal(12500)
    assert to_number("3千5") == Decimal(3500)


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("1个半月", NOV20, "2026-09", "2026-10"),
        ("一个半月", NOV20, "2026-09", "2026-10"),
        ("一个多月", NOV20, "2026-09", "2026-10"),
        ("半个月", NOV20, "2026-10", "2026-10"),
        ("一年半", NOV20, "2025-05", "2026-10"),
        ("半年", NOV20, "2026-05", "2026-10"),
        # a counted length ends with the last month whose pay is due: early in December,
        # November's pay is not due yet; a length of work just done ends last month
        ("欠了三个月了", DEC1, "2026-08", "2026-10"),
        ("欠了三个月了", date(2026, 12, 16), "2026-09", "2026-11"),
        ("干了一个多月", DEC1, "2026-10", "2026-11"),
        ("上半年", DEC1, "2026-01", "2026-06"),
        ("上个月到现在", DEC1, "2026-11", "2026-12"),
        ("上个月到现在", NOV30, "2026-10", "2026-11"),
        ("九月份开始", DEC1, "2026-09", "2026-11"),
        ("九月份开始", NOV30, "2026-09", "2026-11"),
        ("这个月", DEC1, "2026-12", "2026-12"),
        ("这个月", NOV30, "2026-11", "2026-11"),
        # lunar months: the Gregorian month of the first day, or of the last day for an end
        ("去年腊月到今年三月", DEC1, "2026-01", "2026-03"),
        ("去年冬月到今年正月", DEC1, "2025-12", "2026-03"),
        ("从正月开始", DEC1, "2026-02", "2026-11"),
        ("农历八月到现在", DEC1, "2026-09", "2026-12"),
        ("腊月的工资没发", date(2027, 1, 5), "2026-01", "2026-01"),  # this 腊月 begins 8 January
        ("腊月的工资没发", date(2027, 1, 20), "2027-01", "2027-01"),
    ],
)
def test_periods(text: str, today: date, start: str, end: str) -> None:
    r = parse_period(text, today)
    assert not isinstance(r, ParseError), r
    assert r.value == {"start": start, "end": end}


def test_lunar_months_are_approximate() -> None:
    r = parse_period("去年腊月到今年三月", DEC1)
    assert not isinstance(r, ParseError) and r.approximate


def test_a_lunar_month_still_to_come_is_refused() -> None:
    r = parse_period("今年腊月", DEC1)  # lunar 2026's 腊月 begins in January 2027
    assert isinstance(r, ParseError) and r.code == "period_future"


# --- the month boundary in China's time zone (bot/clock.py), both sides of 16:00 UTC


def _set_utc(moment: datetime) -> None:
    clock.travel(moment - clock.utcnow())


@pytest.mark.parametrize(
    ("utc", "china_day", "end"),
    [
        (datetime(2026, 11, 30, 15, 59, 30, tzinfo=UTC), NOV30, "2026-11"),
        (datetime(2026, 11, 30, 16, 0, 30, tzinfo=UTC), DEC1, "2026-12"),
    ],
)
def test_until_now_ends_in_chinas_month(utc: datetime, china_day: date, end: str) -> None:
    _set_utc(utc)
    assert clock.today() == china_day
    f = extract_story("从九月份开始就没发工资 到现在 欠我两万", clock.today(), INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": "2026-09", "end": end}


@pytest.fixture
async def engine(tmp_path: Path):
    from bot.config import Settings
    from bot.core.engine import Engine
    from knowledge_base.service import KnowledgeService
    from storage.db import Database
    from storage.uow import SqlWorkerStore

    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'f.sqlite3'}")
    await database.upgrade()
    kb = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
    yield (
        Engine(Settings(data_dir=tmp_path / "data"), SqlWorkerStore(database), KnowledgeService(kb)),
        database,
    )
    await database.dispose()


@pytest.mark.parametrize(
    ("utc", "end"),
    [
        (datetime(2026, 11, 30, 15, 59, 0, tzinfo=UTC), "2026-11"),
        (datetime(2026, 11, 30, 16, 1, 0, tzinfo=UTC), "2026-12"),
    ],
)
async def test_engine_files_until_now_in_chinas_month(engine, utc: datetime, end: str) -> None:
    from sqlalchemy import select

    from bot.core.types import Incoming
    from storage.models import Case

    eng, database = engine
    _set_utc(utc)
    story = (
        "我叫韩立群 电话13712345678 在龙华区观澜的鑫达五金厂做冲压 从九月份开始工资就没发 到现在 "
        "就我一个 欠我两万 帮我登记"
    )
    case_no = ""
    for kind, value in (
        ("text", story),
        ("button", "form:consent:yes"),
        ("button", "form:confirm:submit"),
    ):
        replies = await eng.handle(Incoming("web", "boundary", **{kind: value}))
        case_no = replies[-1].case_no or case_no
    async with database.session() as s:
        c = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
    assert (c.arrears_start, c.arrears_end) == ("2026-09", end)
    assert float(c.amount_owed) == 20000


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("一三九七零一二五五八四", "13970125584"),  # a phone answer read out in Chinese digits
        ("幺三八 幺二三四 五六七八", "13812345678"),
        ("我电话是一五八二三四五六七八九", "15823456789"),
    ],
)
def test_phone_answer_in_chinese_digits(text: str, digits: str) -> None:
    r = parse_phone(text)
    assert not isinstance(r, ParseError), r
    assert r.value == digits


def test_a_chinese_number_is_no_phone() -> None:
    assert isinstance(parse_phone("一百二十三"), ParseError)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # "九月十号进的场，十月五号干完": start and end told in two clauses are one period
        ("八月二号进的场，十月底收工，一共干了九十天，工钱没结", "2026-08", "2026-10"),
        # only the last two months are owed (issue 10: the months owed, not the months worked)
        ("从六月开始干的，九月份辞职走的，最后两个月工资没给", "2026-08", "2026-09"),
    ],
)
def test_start_and_end_in_two_clauses(text: str, start: str, end: str) -> None:
    f = extract_story(text, DEC1, INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": start, "end": end}


def test_a_figure_that_is_the_sum_of_the_others_is_the_total() -> None:
    text = "我的是八千六，另外两个工友加起来一万七千二，总共两万五千八，从五月到八月的"
    s = extract_story(text, DEC1, INDUSTRIES)
    assert s.fields["amount_owed"].value == Decimal(25800) and s.amount_choices == []


def test_half_months_of_pay() -> None:
    text = "说好一个月六千二 从八月中旬干到十月底 两个半月的钱都没给"
    f = extract_story(text, DEC1, INDUSTRIES).fields
    assert f["amount_owed"].value == Decimal(15500)
    assert "6,200 元 × 2.5 个月" in f["amount_owed"].echo


def test_people_words_and_days_picked() -> None:
    f = extract_story(
        "我们五个大姐在茶园采茶 一人一天一百五 前后采了三十天 老板没给钱", DEC1, INDUSTRIES
    ).fields
    assert f["workers_affected"].value == 5 and f["amount_owed"].value == Decimal(22500)
    # how long the pay is late is no count of days worked
    f = extract_story("一天两百 老板拖了四十天了", DEC1, INDUSTRIES).fields
    assert "amount_owed" not in f


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        # an amount answer with pay x time and the total: the total the worker states
        ("一人一天三百五，三十天，四个人，一共四万二", 42000, False),
        ("一人一天一百五，二十天，三个人，九千", 9000, False),
        # no total: pay x days x the people it is each of
        ("一人一天三百五，三十天，四个人", 42000, True),
        ("每天300 干了45天", 13500, True),
    ],
)
def test_amount_answer_total_beats_estimate(text: str, value: int, approx: bool) -> None:
    r = parse_amount(text)
    assert not isinstance(r, ParseError), r
    assert (r.value, r.approximate) == (Decimal(value), approx)
    assert ("估算" in r.echo) is approx


def test_added_up_is_no_rough_figure() -> None:
    f = extract_story("欠我们夫妻俩8月到10月的工钱，加起来两万九千四", NOV20, INDUSTRIES).fields
    assert f["amount_owed"].value == Decimal(29400) and not f["amount_owed"].approximate
    assert not f["amount_owed"].echo.startswith("约")


def test_the_month_work_began_is_not_the_months_owed() -> None:
    f = extract_story("五月份进的厂，最近三个月工资没发", NOV20, INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": "2026-08", "end": "2026-10"}


@pytest.mark.parametrize(
    ("story", "payload"),
    [
        # no 欠/工资 in it: not paid said otherwise, or in dialect (么给 = 没给); an account with no
        # question opens the complaint at once (its consent asked: bot/core/told.py)
        (
            "俺们五个人在东城区一个小区的工地贴瓷砖，说好一人一天二百八，干了三十天，到现在一分钱没见着",
            "form:consent:yes",
        ),
        ("额们四个婆娘在周至县一个果园摘果子，一人一天一百，前后摘了二十天，钱一直么给", "form:consent:yes"),
        # a voice message asking whether the money can still be had (要回来): filing offered
        (
            "我在西山区一家面馆打杂 说好一天两百五 九月份干了二十二天 走的时候老板说过几天转 到现在都不回消息 这个钱还能要回来不",
            "form:story",
        ),
    ],
)
async def test_a_story_without_owing_words_is_kept_for_filing(engine, story: str, payload: str) -> None:
    from bot.core.types import Incoming

    eng, _ = engine
    replies = await eng.handle(Incoming("web", "dialect", text=story))
    assert replies[-1].buttons and replies[-1].buttons[0].payload == payload, [r.text for r in replies]


def test_a_length_alone_is_asked_with_the_months_counted_offered() -> None:
    from bot.core.intake.fields import FormContext
    from bot.core.intake.story import absorb, period_question

    ctx = FormContext(settings=None, kb=None, today=DEC1)  # type: ignore[arg-type]
    fields: dict = {}
    added = absorb(fields, "我在食堂打饭 一个月四千八，欠了三个月了，电话13912345678", ctx)
    assert "arrears_period" not in added and "arrears_period" not in fields
    assert Decimal(fields["amount_owed"]) == 14400  # the pay x the three months still counts
    reply = period_question(fields)
    assert reply is not None and reply.expects == "arrears_period"
    assert "欠了三个月了" in reply.text and "2026年8月 至 2026年10月" in reply.text
    assert [b.payload for b in reply.buttons] == ["form:said:2026年8月到2026年10月"]
    parsed = parse_period(reply.buttons[0].payload.removeprefix("form:said:"), DEC1)
    assert not isinstance(parsed, ParseError) and parsed.value == {"start": "2026-08", "end": "2026-10"}
    # months named, or a time of year, are read back as before
    for told in ("10月工资7460到现在没发", "从9月开学到11月三个月的工资都没发", "国庆以后就没发工资"):
        fields = {}
        absorb(fields, f"我在超市上班 {told} 电话13912345678", ctx)
        assert "arrears_period" in fields and "_period_hint" not in fields, told


async def test_a_story_told_asking_for_a_person_is_kept_for_filing(engine) -> None:
    from bot.core.types import Incoming

    eng, _ = engine
    story = "转人工 我在天河区饭店洗碗 九月十月两个月工资八千没发"
    replies = await eng.handle(Incoming("web", "to-human", text=story))
    assert all(r.expects != "consent" for r in replies)  # a person is asked for, nothing filed
    await eng.handle(Incoming("web", "to-human", text="我要投诉欠薪"))
    replies = await eng.handle(Incoming("web", "to-human", button="form:consent:yes"))
    told = "\n".join(r.text for r in replies)
    assert "8,000" in told and "9月" in told, told  # read from the story
    assert replies[-1].expects not in ("amount_owed", "arrears_period", "work_location"), told


@pytest.mark.parametrize(
    ("told", "asked", "said"),
    [
        ("大概五万左右，老板说等货款回来", True, "大概五万左右"),
        ("一万五左右吧 老板一直拖", True, "一万五左右吧"),
        ("估计有两万上下 一直没给", True, "估计有两万上下"),
        # hedged once: read back as about that much
        ("工钱一万六千左右一直拖着不给", False, ""),
        ("大概欠我一万二 一直拖", False, ""),
    ],
)
def test_a_figure_hedged_twice_is_asked(told: str, asked: bool, said: str) -> None:
    from bot.core.intake.fields import FormContext
    from bot.core.intake.story import absorb

    ctx = FormContext(settings=None, kb=None, today=DEC1)  # type: ignore[arg-type]
    fields: dict = {}
    absorb(fields, f"我在海珠区一家制衣厂车衣 从9月到11月 {told}", ctx)
    assert ("amount_owed" not in fields) is asked, fields
    if asked:
        reply = amount_question(fields)
        assert reply is not None and f"“{said}”" in reply.text
        assert reply.buttons and reply.buttons[0].payload.startswith("form:said:约")
    else:
        assert fields.get("amount_approximate") is True
