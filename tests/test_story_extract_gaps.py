"""The gaps the QA run of story-first complaints showed, one class each: places below county
level, totals read as pay x time, employer kinds that were cut, names after role phrases,
head counts without a word for people, a project named before 工地/楼盘/项目. The phrasings here
are written for this file (not taken from the QA stories)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_story, find_district
from bot.core.extract.divisions import town_count
from knowledge_base.industries import load_industries

TODAY = date(2026, 11, 30)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _get(text: str, field: str) -> object:
    f = extract_story(text, TODAY, INDUSTRIES).fields
    return f[field].value if field in f else None


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("我在观澜的一家五金厂上班", "龙华区"),
        ("坂田街道那边的工地", "龙岗区"),
        ("在太和镇的物流园搬货", "白云区"),
        ("东莞长安镇的电子厂欠了两个月", "东莞市长安镇"),
        ("我在东莞虎门镇做服装", "东莞市虎门镇"),
        ("中山小榄镇 一家灯饰厂", "中山市小榄镇"),
        ("在东莞打工 厂里不发工资", "东莞市"),
        ("深圳西乡那边的模具厂", "宝安区"),
        ("在望京给人做住家保姆", "朝阳区"),
        ("龙华区观澜的厂", "龙华区"),  # the district itself still wins
        ("去长安", None),  # an ordinary word, no town
        ("在中山路上摆摊", None),
    ],
)
def test_places_below_county_level(text: str, district: str | None) -> None:
    found = find_district(text)
    assert (found.name if found else None) == district


def test_town_file_is_read_whole() -> None:
    assert town_count() >= 250


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("一个月五千二 拖了四个月", 20800),
        ("一天两百八 干了二十天", 5600),
        ("两个月工资一万四", 14000),
        ("欠了我两个月工资 一万四", 14000),
        ("三个月共欠一万二", 12000),
        ("每个月三千五欠了两个月", 7000),
        ("月薪八千 欠了三个月", 24000),
        ("半年工资一万八一直没给", 18000),  # "一直" is not part of the figure
        ("十一月工资八千没发", 8000),
        ("欠我两万一共三个月了", 20000),
    ],
)
def test_amount_total_or_pay_times_time(text: str, amount: int) -> None:
    assert _get(text, "amount_owed") == amount


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在好又多超市做收银 欠了两个月工资", "好又多超市"),
        ("在联华超市理货 老板欠我四千", "联华超市"),
        ("我在美味餐厅做厨师 老板欠我九千", "美味餐厅"),
        ("那家湘当好湘菜馆欠我们工资", "湘当好湘菜馆"),
        ("我在越秀区北京路那家老乡鸡快餐店做服务员", "老乡鸡快餐店"),
        ("我在顺达物流送货 欠我七千", "顺达物流"),
        ("在华润万家门店上班 欠了一个月", "华润万家门店"),
        ("阳光幼儿园欠我们老师三个月工资", "阳光幼儿园"),
        ("在蜂鸟配送站送外卖 欠我四千", "蜂鸟配送站"),
        ("我在老王饭店端盘子 欠我三千", "老王饭店"),
        ("公司食堂做饭的 欠了三个月", None),  # a kind of place, not a name
        ("在西安的绿地中心工地开塔吊 欠我九千", None),  # a project, not who owes
    ],
)
def test_employer_kinds_are_kept(text: str, employer: str | None) -> None:
    assert _get(text, "employer_name") == employer


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("在成都那个锦城印象楼盘搞装修 欠我八千", "锦城印象"),
        ("在西安雁塔区丈八东路的绿地中心工地开塔吊", "绿地中心"),
        ("在龙岗区那边的 星河丹堤二期项目做泥水工", "星河丹堤二期"),
        ("在滨江新城综合体项目干活", "滨江新城综合体"),
        ("南宁那个保利工地 欠我们钱", None),  # too short to be sure it is the name
        ("在宝安区的工地上干活 欠我一万", None),
        ("在市政道路改造工程干活", "市政道路改造工程"),  # 工程 is kept: often the registered name
    ],
)
def test_project_before_site_words(text: str, project: str | None) -> None:
    assert _get(text, "project_name") == project


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("你好 我是木工班的班长赵铁军 我们班组十个人", "赵铁军"),
        ("我是电工李强 欠我八千", "李强"),
        ("本人王小明 在工地扎钢筋 欠我一万", "王小明"),
        ("我老公叫李大山 在工地做木工 欠他两万", "李大山"),
        ("帮我爸张建国投诉 工地欠他三万", "张建国"),
        ("我是工人 欠我八千", None),
        ("我叫钱志刚 在龙岗区做木工", "钱志刚"),  # 钱 and 万 are surnames too
        ("本人万小红 欠我三千", "万小红"),
    ],
)
def test_names_after_role_phrases(text: str, name: str | None) -> None:
    assert _get(text, "worker_name") == name


def test_the_workers_own_name_is_not_who_owes() -> None:
    assert _get("我是钢筋班的班长刘建国，公司欠我们三个月工资", "employer_name") is None


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("老板是陈国华 欠我五千", "陈国华"),
        ("雇主陈静家做保姆 欠我两个月", "陈静"),
        # a nickname or a surname only is no name to file under unless the worker knows no more
        ("老板姓王，厂名叫啥我也不知道，欠我一万", "王老板"),
    ],
)
def test_person_who_owes_is_written_as_told(text: str, employer: str) -> None:
    assert _get(text, "employer_name") == employer


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("包工头老李跑了 欠我两万", "包工头老李"),
        ("老板姓王 欠我一万", "王老板"),
        ("在延边一家理发店干了半年 老板姓崔 欠我一万二", "崔老板"),
        ("跟着郑老板在城郊的果园摘苹果 欠了四十天的钱", "郑老板"),
        ("老马带我们在习水修路 钱一直不给", "老马"),
        ("快递点老板老孟三个月没发工资 一共一万八", "老孟"),
    ],
)
def test_person_named_by_nickname_is_asked_for(text: str, hint: str) -> None:
    s = extract_story(text, TODAY, INDUSTRIES)
    assert "employer_name" not in s.fields and s.employer_hint == hint


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("老板欠我们三个人两万一", 3),
        ("连我一共7个 都被欠工资", 7),
        ("我们一共五个 欠了两个月", 5),
        ("我们一共三个月没发 欠两万", None),
        ("我们组十几个人 欠了三个月", 10),
    ],
)
def test_head_counts(text: str, heads: int | None) -> None:
    assert _get(text, "workers_affected") == heads


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("我们23个电工在工地干了三个月", "建筑业"),
        ("我在工地扎钢筋", "建筑业"),
        ("送外卖的 站点欠我四千", "交通运输仓储和邮政业"),
        ("做保洁的 欠我三千", "居民服务"),
        ("我当保安 欠了两个月", "居民服务"),
        ("在灯饰厂打包 欠我五千", "制造业"),
        ("我是做泥水工的 欠我八千", "建筑业"),
    ],
)
def test_industry_from_job_words(text: str, cat: str) -> None:
    assert extract_story(text, TODAY, INDUSTRIES).industry_category == cat


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # months named as a range win over a length counted back from today, even when the
        # range is followed by 的工资 and the length comes first (in a question)
        ("请问老板拖欠工资三个月不给怎么办？我在仓库做分拣，8到10月的工资都没发", ("2026-08", "2026-10")),
        ("欠了三个月了 七月到九月的工资", ("2026-07", "2026-09")),
        # a length alone is counted back from the last month whose pay is due (early December: October)
        ("三个月工资没发", ("2026-08", "2026-10")),
    ],
)
def test_named_months_beat_a_counted_length(text: str, period: tuple[str, str]) -> None:
    f = extract_story(text, date(2026, 12, 1), INDUSTRIES).fields
    assert (f["arrears_period"].value["start"], f["arrears_period"].value["end"]) == period


def test_until_now_follows_the_months_the_worker_counted() -> None:
    text = "说好一个月6500，从7月到现在工资都没给我，五个月一共三万二千五了"
    f = extract_story(text, date(2026, 12, 1), INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": "2026-07", "end": "2026-11"}
    assert "共5个月" in f["arrears_period"].echo
    # no count given: up to the month the worker speaks in
    f = extract_story("从7月到现在工资都没给我", date(2026, 12, 1), INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": "2026-07", "end": "2026-12"}


def test_the_owed_length_not_the_worked_one() -> None:
    text = "在一家塑胶厂做注塑，做了十个月了最后三个月没给钱，一个月六千"
    f = extract_story(text, TODAY, INDUSTRIES).fields
    assert f["arrears_period"].value == {"start": "2026-08", "end": "2026-10"}
    assert f["amount_owed"].value == 18000


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("我姓黄，黄志明，手机13800001111", "worker_name", "黄志明"),
        ("欠我两万八 名字王军", "worker_name", "王军"),
        ("欠我两万八 名字王军", "amount_owed", 28000),  # 名字 after a figure is no count
        ("在顺丰南山站点干了三个月 我是送快递的", "employer_name", "顺丰南山站点"),
        ("我是送快递的 在顺丰南山站点干了三个月", "employer_name", "顺丰南山站点"),
        ("我在万达广场的海底捞做服务员 欠我七千", "employer_name", "海底捞"),
        ("我在万达广场的海底捞做服务员 欠我七千", "project_name", None),  # no building site
        ("在天河区石牌的川味小厨干了四个月", "employer_name", "川味小厨"),
        ("我在深圳做保安 欠我三千", "employer_name", None),
        ("给人家做保姆 欠我六千", "employer_name", None),
        ("在东莞厚街一家鞋厂上班，叫鸿运鞋业", "employer_name", "鸿运鞋业"),
        ("老板娘欠她两个月工资", "employer_name", None),
        ("在中山古镇的灯饰厂做了半年", "employer_name", None),
    ],
)
def test_more_ways_of_telling(text: str, field: str, value: object) -> None:
    assert _get(text, field) == value


def test_a_bare_town_after_its_city() -> None:
    assert find_district("在中山古镇的灯饰厂").name == "中山市古镇"
    assert find_district("东莞长安的模具厂").name == "东莞市长安"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("老板拖了我们八个人四个月的工资，每人一个月五千", "amount_owed", 160000),  # 8 x 4 x 5000
        ("6月至9月工资未发，合计人民币肆万贰仟元整", "amount_owed", 42000),
        ("我们宿舍八个姐妹都在苏州工业园区的一家电子厂", "work_location", "苏州工业园区"),  # the zone whole
    ],
)
def test_written_forms(text: str, field: str, value: object) -> None:
    assert _get(text, field) == value


def test_a_short_place_inside_the_employers_name_is_no_place() -> None:
    story = extract_story("单位：上海宏伟建设有限公司 欠我三个月工资", TODAY, INDUSTRIES)
    assert story.district is None  # not 辽阳市宏伟区


@pytest.mark.parametrize(
    ("answer", "district"),
    [
        ("增城新塘", "增城区"),  # a short district opening a place answer, a town after it
        ("佛山顺德", "顺德区"),  # right after its city
        ("宝安", "宝安区"),  # the whole answer
        ("平安大道", None),  # an ordinary word stays no place
        ("光明", None),
    ],
)
def test_place_answers(answer: str, district: str | None) -> None:
    found = find_district(answer)
    assert (found.name if found else None) == district


def test_pay_per_person_shows_the_head_count() -> None:
    f = extract_story("老板拖了我们八个人四个月的工资，每人一个月五千", TODAY, INDUSTRIES).fields
    assert "× 8 人" in f["amount_owed"].echo


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老板姓刘，叫刘建设，欠俺工钱一万三千块，俺叫马有才，电话15612345678", "马有才"),  # not the boss
        ("我是修车师傅叫胡斌，电话13712345671", "胡斌"),
        ("我是班组长叫徐国庆，电话13812345672", "徐国庆"),  # and 国庆 is no period
        ("我是保洁阿姨王秀英 欠我三个月", "王秀英"),
        ("我叫李来福 电话13812345672", "李来福"),
        ("我叫王芳有事打我电话", "王芳"),
        ("叫张三 欠我五千", "张三"),
    ],
)
def test_self_names_in_more_words(text: str, name: str) -> None:
    story = extract_story(text, TODAY, INDUSTRIES)
    assert story.fields["worker_name"].value == name
    assert "arrears_period" not in story.fields or "国庆" not in text


@pytest.mark.parametrize(
    ("text", "amount", "choices"),
    [
        ("我和我弟在鞋厂打工 老板欠我俩四个月工资 我的一万六 我弟的一万四", 30000, []),
        ("我和老婆在厂里 我的八千 她的六千", 14000, []),
        ("一共欠了我12000元，也有人说是一万", None, [10000, 12000]),  # two totals: asked
        ("欠我八千 不对是九千", None, [8000, 9000]),
    ],
)
def test_shares_are_added_two_totals_are_asked(text: str, amount: int | None, choices: list[int]) -> None:
    story = extract_story(text, TODAY, INDUSTRIES)
    got = story.fields.get("amount_owed")
    assert (got.value if got else None) == amount
    assert [int(c) for c in story.amount_choices] == choices
