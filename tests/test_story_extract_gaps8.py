"""Story reader gaps found on story sets 8 and 9 (dev), tested on wordings written for this file
(never the dev stories): the worker's name far after 我是 (a long description, a dialect 的, Hakka
𠊎系), a neighbour complained for, a three-character name with no common surname, a name answer
followed by how it is written or how the worker is called, and the words before an employer's or a
project's name (通过…介绍, a classifier, "X那边", a road)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_story
from bot.core.parsers.text import strip_said
from knowledge_base.industries import load_industries

TODAY = date(2026, 12, 1)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _fields(text: str) -> dict[str, object]:
    s = extract_story(text, TODAY, INDUSTRIES)
    return {k: v.value for k, v in s.fields.items() if k != "description"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the role a long way after 我是, then the name
        ("我是龙华区大浪那边送快递嘞快递员谢国栋，两个月提成没结", "谢国栋"),
        ("你好我是城阳区棘洪滩那个冷库搬货的装卸工鲁长顺 九月十月都没发钱", "鲁长顺"),
        # Hakka 𠊎系 (我是) and 个 (的)
        ("𠊎系石城个泥水师傅温春来，老板欠𠊎三个月工钱", "温春来"),
        ("我是水泥班嘞班长庞大海，我们班八个人都没拿到钱", "庞大海"),
        # a name of three characters with no common surname, introduced and standing alone
        ("你好，我叫其其格，在锡林浩特一家奶茶店上班，老板欠我两个月工资", "其其格"),
    ],
)
def test_worker_named_after_a_long_description(text: str, name: str) -> None:
    assert _fields(text).get("worker_name") == name


def test_neighbour_complained_for_is_read_as_the_worker() -> None:
    s = extract_story(
        "我是替隔壁邻居王大娘来问的，她叫王桂芝，在镇上的砖厂烧砖，老板欠她四个月工资，我姓鲍，电话 139 5521 0087",
        TODAY,
        INDUSTRIES,
    )
    assert s.fields["worker_name"].value == "王桂芝"  # never 王大娘, how the neighbour calls her
    assert s.relative == "邻居"
    assert s.fields["contact_phone"].value == "13955210087"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我老婆通过长沙市安居乐家政服务有限公司介绍去人家里做保姆，三个月没发工资",
            "长沙市安居乐家政服务有限公司",
        ),
        ("今年在于都县银坑镇个金丰木器厂做油漆，老板拖了四个月", "金丰木器厂"),
        ("我喺南海区桂城嗰间富临茶楼做楼面，老细两个月冇出粮", "富临茶楼"),
        ("我在吴江区盛泽那边华通丝绸厂当挡车工，九月十月两个月没发", "华通丝绸厂"),
        ("我是江北区建新北路好又多便利店的店员，老板欠我两个月工资", "好又多便利店"),
    ],
)
def test_words_before_the_employer_are_no_part_of_its_name(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


def test_place_pointed_at_before_a_project_is_dropped() -> None:
    f = _fields("我们在南明区花果园那边嘞翠湖春天二期工地砌墙，包工头欠我们八万")
    assert f.get("project_name") == "翠湖春天二期"


def test_work_place_ends_where_the_employer_name_starts() -> None:
    f = _fields("我是江北区建新北路好又多便利店的店员，老板欠我两个月工资")
    assert f.get("work_location") == "江北区建新北路"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("陈永生，耳东个陈", "陈永生"),  # how the surname is written, with a dialect 的
        ("黎少华，黎明嘞黎", "黎少华"),
        ("王桂芝，王大娘，我是她邻居", "王桂芝"),  # how a neighbour calls her, not her name
        ("郭大勇，郭师傅", "郭大勇"),
        ("免贵姓赵，赵建军", "赵建军"),  # still: the surname, then the whole name
    ],
)
def test_name_answer_keeps_the_name_not_how_it_is_written_or_called(answer: str, name: str) -> None:
    assert strip_said(answer, name=True) == name


def test_employer_answer_read_off_a_sign() -> None:
    from bot.core.intake.fields import employer_name_answer

    assert employer_name_answer("厂门口招牌上写着金华市恒通五金制品有限公司") == "金华市恒通五金制品有限公司"
    assert employer_name_answer("鸡场大门牌子上写的是六安市绿源禽业有限公司") == "六安市绿源禽业有限公司"


def _amount_period(text: str) -> tuple[int | None, tuple[str, str] | None]:
    f = extract_story(text, TODAY, INDUSTRIES).fields
    amount = int(f["amount_owed"].value) if "amount_owed" in f else None
    period = (
        (f["arrears_period"].value["start"], f["arrears_period"].value["end"])
        if "arrears_period" in f
        else None
    )
    return amount, period


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # each one's part told after a name with 欠 (Hakka 自家 is the teller)
        (
            "𠊎同阿旺、细妹三个人在鞋厂做，八月到十月冇出粮，𠊎自家欠九千，阿旺欠八千四，细妹七千二",
            24600,
            ("2026-08", "2026-10"),
        ),
        # each month's pay told by the month, bare figures
        ("在物流园搬货，老板七月八月九月都没发，七月4800，八月5120，九月4960", 14880, ("2026-07", "2026-09")),
        # each one's pay per month, the months owed counted once
        (
            "我和我老公在砖厂做，十月十一月两个月都没发，我一个月五千，他一个月六千五",
            23000,
            ("2026-10", "2026-11"),
        ),
        # months half paid before the months not paid at all
        ("每个月工资五千二，3月和4月都只发了一半，5月、6月一分没发", 15600, ("2026-03", "2026-06")),
        ("7月的工资就发了一半，8月9月都没发，一个月四千", 10000, ("2026-07", "2026-09")),
        # the months owed, then a half month worked after them with its own figure
        (
            "九月、十月两个月工资冇出，每个月六千四，十一月又做了半个月就走了，那半个月三千二也没给",
            16000,
            ("2026-09", "2026-11"),
        ),
    ],
)
def test_amounts_added_from_their_parts(text: str, amount: int, period: tuple[str, str]) -> None:
    assert _amount_period(text) == (amount, period)


def test_days_said_to_be_each_ones_are_multiplied_not_asked() -> None:
    s = extract_story(
        "我们夫妻俩在果园摘梨，一天一百五，我和我老婆一人干了三十天，老板一分没给", TODAY, INDUSTRIES
    )
    assert int(s.fields["amount_owed"].value) == 9000 and not s.amount_choices


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("去年11月份进的场，一直干到今年4月份，工钱一分没结", ("2025-11", "2026-04")),
        ("前年的不算，去年十月开始干的，干到今年三月份，包工头一直拖着", ("2025-10", "2026-03")),
    ],
)
def test_period_across_the_new_year_from_start_and_end_clauses(text: str, period: tuple[str, str]) -> None:
    assert _amount_period(text)[1] == period


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is also a break word (和, 安)
        ("我是街道的网格员。我们社区有位大姐叫和丽芬，在一户人家做钟点工，主家欠她三个月工钱", "和丽芬"),
        # the name told after the employer's name introduced with 叫
        (
            "我爸在江宁区一个小区当保安，是外包的，公司叫南京安盾保安服务有限公司。我爸叫柏振华，欠了他四个月",
            "柏振华",
        ),
    ],
)
def test_worker_named_after_a_break_word_or_an_employer(text: str, name: str) -> None:
    assert _fields(text).get("worker_name") == name


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("我们在余杭区良渚那边做钢筋，项目叫玉鸟流苏三期，总包是浙江华能建设集团有限公司", "玉鸟流苏三期"),
        # a city's own institution keeps its city in the project's name
        ("我们几个在商丘市第一人民医院那个工地干活，总包是河南建工集团有限公司", "商丘市第一人民医院"),
    ],
)
def test_project_introduced_by_name_or_an_institution_site(text: str, project: str) -> None:
    assert _fields(text).get("project_name") == project


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("我在洪山区跑滴滴，车是租的车行的，两个月流水没结给我", "网约车、滴滴"),
        ("我在一家茶楼做点心师傅，老板两个月没发工资", "点心师傅"),
    ],
)
def test_platform_and_pastry_trade_words(text: str, words: str) -> None:
    assert _fields(text).get("industry", "").startswith(words)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # kinds of place with no name beside a registered company: the company
        (
            "我们在前海那个产业园仓库做打包，欠工资的是深圳市恒运通供应链有限公司，两个月没发",
            "深圳市恒运通供应链有限公司",
        ),
        # a county said without 市 and its town before a factory's own name
        ("我在石狮宝盖镇华宇服装厂做车位，老板两个月没发工资", "华宇服装厂"),
        # talk before a bare kind word is no employer's name
        ("请问一下饭店拖欠工资三个月了，可以去哪里投诉？", None),
    ],
)
def test_employer_without_kind_words_or_talk(text: str, employer: str | None) -> None:
    assert _fields(text).get("employer_name") == employer


def test_selling_clothes_is_retail() -> None:
    s = extract_story("我在步行街一个卖衣服的店上班，老板欠我两个月工资", TODAY, INDUSTRIES)
    assert s.industry_category == "批发和零售业" and s.fields["industry"].value.startswith("卖衣服")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a lunar festival told with its year: that year's date, not the latest one
        ("前年的账清了，去年端午节以后的工钱就没给过，一直拖到今年", ("2025-05", "2026-11")),
        ("去年中秋到今年端午在果园干活，工钱一分没拿到", ("2025-10", "2026-06")),
        ("去年中秋节进的场，干到今年端午节，包工头一直拖着不结", ("2025-10", "2026-06")),
    ],
)
def test_festival_told_with_its_year(text: str, period: tuple[str, str]) -> None:
    assert _amount_period(text)[1] == period
