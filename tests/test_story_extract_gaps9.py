"""Story reader gaps found on story set 11 (dev), tested on wordings written for this file (never
the dev stories): words before an employer's name in the first message (where it is written, who
says it, a dialect 在), a pronoun's company, the company the story says owes when two are named,
the months owed (after the last month paid, months named one by one with the length owed, a list
inside a long clause, a month with nothing or only a part paid), a surname spelled out by a word
that holds it, a project after a city and its district, and a driver's job."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_story
from bot.core.extract.employer_answer import registered_in
from bot.core.extract.periods import COUNTED
from knowledge_base.industries import load_industries

TODAY = date(2026, 12, 1)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")


def _fields(text: str) -> dict[str, object]:
    s = extract_story(text, TODAY, INDUSTRIES)
    return {k: v.value for k, v in s.fields.items() if k != "description"}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # where the name is written, said before it with no 是
        (
            "我在一家电池厂上班，厂牌上面写着东莞市恒锂新能源科技有限公司，两个月没发工资",
            "东莞市恒锂新能源科技有限公司",
        ),
        (
            "我们几个在纸箱厂打包，工资条上印着佛山市顺德区联盛包装有限公司，十月的钱没给",
            "佛山市顺德区联盛包装有限公司",
        ),
        ("老板只给了张名片，名片上写嘉兴市禾丰印染有限公司，欠我一万二", "嘉兴市禾丰印染有限公司"),
        # who says it: the name after 说, a bare kind left is no name
        ("我跟着包工头干，包工头叫季长河，他老说水泥厂没给他钱，我们五个人的工钱都没发", "季长河"),
        # a park is where the work is, the name ends before it; Henan 搁 is 在
        ("俺在周口川汇区那个华运物流园里头搁分拣线上干活，老板就是华运物流，欠俺俩月", "华运物流"),
        ("我在临沂兰山区一个商贸城里边帮人看摊，老板说欠着先，是金顺商贸", "金顺商贸"),
    ],
)
def test_employer_without_the_words_before_it(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


@pytest.mark.parametrize(
    "text",
    [
        "我在他公司干了三个月，他公司全名我也不晓得，欠我九千",
        "阿哥喺佢公司做咗半年，佢公司冇出粮，欠我八千蚊",
        "伊的厂欠阮三个月工钱，伊厂叫什么阮也不知",
        "我老公在人家公司开叉车，人家公司说没钱，欠了两个月",
    ],
)
def test_a_pronouns_company_is_no_name(text: str) -> None:
    employer = _fields(text).get("employer_name")
    assert employer is None or not str(employer).startswith(("他", "佢", "伊", "人家"))
    assert employer not in ("他公司", "佢公司", "伊的厂", "伊厂", "人家公司")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # an orchard or a base named with 喊做 / 叫作: its name, not the boss's nickname
        ("我在会昌县一个果园摘橙子，园子喊做富民脐橙基地，大家叫老板刘老板，欠我四千", "富民脐橙基地"),
        ("我们在基地里种菜，基地叫作绿源蔬菜基地，老板姓杨，两个月没发钱", "绿源蔬菜基地"),
    ],
)
def test_a_base_told_by_its_name(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "总包是江西赣建工程有限公司，我们班组是跟南昌市恒力劳务有限公司签的，欠我们钱的就是恒力劳务，"
            "十二个人四个月没结账",
            "南昌市恒力劳务有限公司",
        ),
        (
            "我们在安置房项目干钢筋，总包是湖北楚天建设集团有限公司，劳务分包是武汉市鑫达劳务有限公司，"
            "鑫达劳务一直拖着不给，欠我们八万",
            "武汉市鑫达劳务有限公司",
        ),
        (
            "总承包单位是广西桂通建设有限公司，劳务是南宁市顺安劳务有限公司，拖欠我们工资的是顺安劳务，三个月了",
            "南宁市顺安劳务有限公司",
        ),
        # the story does not say who owes: the main contractor, as before
        (
            "劳务分包是河南豫安劳务有限公司，总包是中建豫东建设集团有限公司，我们十个人三个月没拿到钱",
            "中建豫东建设集团有限公司",
        ),
        # what another says is no owing: the security firm named is the employer
        ("我在小区当保安，公司叫铁卫保安，公司说甲方物业没给钱，两个月没发", "铁卫保安"),
    ],
)
def test_the_company_the_story_says_owes(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("总包是江西赣建工程有限公司，欠钱的是南昌市恒力劳务有限公司", "南昌市恒力劳务有限公司"),
        ("南昌市恒力劳务有限公司拖着不给，总包是江西赣建工程有限公司", "南昌市恒力劳务有限公司"),
        ("劳务是南昌市恒力劳务有限公司，总包是江西赣建工程有限公司", "江西赣建工程有限公司"),
    ],
)
def test_registered_answer_keeps_the_one_who_owes(answer: str, name: str) -> None:
    assert registered_in(answer) == name


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the last month paid, then a length owed: the paid month is not owed
        ("一个月六千，最后一次发的是7月份的，已经四个月没发工资了", "2026-08", "2026-11"),
        ("工资只发到6月的，后面五个多月都没给", "2026-07", "2026-11"),
        ("我在超市理货，9月以后就没发过工资，两个月了", "2026-10", "2026-11"),
        # months named one by one with their pay, and the length owed said once
        (
            "八月份算下来五千一，九月份四千八，十月份我干了一半，两千二，三个月的工资一分没拿到",
            "2026-08",
            "2026-10",
        ),
        # a list of months owed inside a long clause with no pause, one of them named again after it
        ("老板把我们八月份和九月份的提成都扣着不给说是等客户回款我八月份卖了二十台", "2026-08", "2026-09"),
        # a month with nothing paid, then one only partly paid: both owed
        ("七月八月一分钱都没有，九月只给了八百，我九月底就走了", "2026-07", "2026-09"),
        ("六月七月一块都没见到，八月得返九百，一个月四千", "2026-06", "2026-08"),
    ],
)
def test_months_owed(text: str, start: str, end: str) -> None:
    assert _fields(text).get("arrears_period") == {"start": start, "end": end}


def test_last_paid_month_with_a_length_that_disagrees_is_not_guessed() -> None:
    # paid up to July, but "两个月" owed on 1 December does not reach November: no run invented
    period = _fields("最后一次发的是7月份的，两个月没给了").get("arrears_period")
    assert period != {"start": "2026-08", "end": "2026-09"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我姓包，包子的包，包建军，在工地干了四个月没拿到钱", "包建军"),
        ("免贵姓张，弓长张，张立新，电话13812345678", "张立新"),
        ("我姓高，高兴的高，高明远，厂里欠我五千", "高明远"),
        ("我姓钱，钱包的钱，钱国华，三个月工资没发", "钱国华"),
        ("我姓白，白天的白，白建平，三个月工资没发", "白建平"),
    ],
)
def test_surname_spelled_out_by_a_word(text: str, name: str) -> None:
    assert _fields(text).get("worker_name") == name


def test_surname_spelled_with_no_name_after_is_not_read_as_a_name() -> None:
    assert _fields("我姓高，高兴的高，老板欠我两个月工资").get("worker_name") != "高兴"


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("我爸在保定竞秀区那个康馨家园二期工地扎钢筋，包工头欠他两万", "康馨家园二期"),
        ("在荆州沙市区那个滨江花园三期做水电，欠我八千", "滨江花园三期"),
    ],
)
def test_project_after_a_city_and_its_district(text: str, project: str) -> None:
    assert _fields(text).get("project_name") == project


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我给一个开矿的老板开车，一个月六千，三个月没给", "交通运输仓储和邮政业"),
        ("在装修公司做油漆，干了两个月没拿钱", "建筑业"),
    ],
)
def test_job_said_as_what_is_done(text: str, category: str) -> None:
    s = extract_story(text, TODAY, INDUSTRIES)
    assert s.industry_category == category


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # where it is read, with no verb after it
        ("我在厂里做质检，营业执照上面东莞市瑞丰塑胶制品有限公司，欠我两个月", "东莞市瑞丰塑胶制品有限公司"),
        ("工牌上宁波市海曙区恒越服饰有限公司，两个月的工资没发", "宁波市海曙区恒越服饰有限公司"),
        # who pays the crew is who owes it, before the main contractor
        (
            "工资一直是顺达劳务发的，总包是贵州黔建建设工程有限公司，顺达劳务全称遵义市顺达劳务有限公司，欠我们三个月",
            "遵义市顺达劳务有限公司",
        ),
        ("总包是贵州黔建建设工程有限公司，是遵义市顺达劳务有限公司欠的我们钱", "遵义市顺达劳务有限公司"),
    ],
)
def test_employer_read_or_paid_by(text: str, employer: str) -> None:
    assert _fields(text).get("employer_name") == employer


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("工资发到8月份，之后就没发了，到现在三个月了", "2026-09", "2026-11"),
        ("6月以前的工资都结清了，后面五个月一分没给", "2026-07", "2026-11"),
        # months owed named after the months paid: those, not counted from the paid one
        ("6月7月的发了，8月9月10月三个月没发，一共九千", "2026-08", "2026-10"),
    ],
)
def test_months_owed_after_the_months_paid(text: str, start: str, end: str) -> None:
    assert _fields(text).get("arrears_period") == {"start": start, "end": end}


def test_last_paid_month_and_a_length_that_disagree_are_asked_with_the_months_offered() -> None:
    # paid up to July, "三个多月" on 1 December: August to November offered, the months asked
    s = extract_story("三个多月没发了，7月的发了，一个月五千", TODAY, INDUSTRIES)
    period = s.fields["arrears_period"]
    assert period.value == {"start": "2026-08", "end": "2026-11"}
    assert period.note == COUNTED


@pytest.mark.parametrize(
    "text",
    ["我是给人开车的，老板欠我三个月工资，一个月五千", "我是开车的，老板欠我两个月，一个月四千八"],
)
def test_driver_told_as_driving(text: str) -> None:
    assert extract_story(text, TODAY, INDUSTRIES).industry_category == "交通运输仓储和邮政业"


@pytest.mark.parametrize(
    "text",
    [
        "我在他那公司干了半年，欠我一万",
        "阿妹喺佢嗰间厂做咗三个月，冇出粮",
        "我在他家厂里干了半年，他家厂里欠我一万",
    ],
)
def test_a_pronoun_pointing_at_a_workplace_is_no_name(text: str) -> None:
    assert "employer_name" not in _fields(text)


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # an estate told by its phase, no estate word: the project, never the employer
        ("我在南宁青秀区的凤岭华府二期做水电，欠我一万二", "凤岭华府二期"),
        ("我在沈阳浑南区的万科春河里三期干瓦工，欠我八千", "万科春河里三期"),
        ("我们在中海寰宇天下二期工地干了三个月", "中海寰宇天下二期"),
    ],
)
def test_estate_told_by_its_phase(text: str, project: str) -> None:
    got = _fields(text)
    assert got.get("project_name") == project
    assert got.get("employer_name") != project
