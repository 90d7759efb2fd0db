"""Who is owed and who owes in stories of a second probe (issue 10), in this file's own words:
a son filing for his 老爹, a neighbour of the caller's village (俺们屯邻居), Shanghai speech (阿拉姆妈
is my mother, 伊 is he or she, 个 before a workplace is 的), and a company introduced by a kind word
(保洁公司叫X), whose name never reads as the caller's. Only the fields named are checked."""

from __future__ import annotations

from datetime import date

from tests.story_reading import read_story

DEC1 = date(2026, 12, 1)


def test_a_son_filing_for_his_old_man_is_not_the_worker() -> None:
    story = read_story(
        "我替我老爹来问问 他在开发区一家木材厂开叉车 八月九月两个月没开支 一个月四千 我叫房立军 电话13904512288",
        DEC1,
    )
    assert story.relative == "父亲"
    assert "worker_name" not in story.fields
    assert story.caller_name == "房立军"


def test_a_neighbour_of_the_callers_village() -> None:
    story = read_story("我是帮俺们村邻居老孙问的 他在镇上砖厂干了三个月 一分钱没给 俺叫宫玉兰", DEC1)
    assert story.relative == "邻居"
    assert "worker_name" not in story.fields
    assert story.caller_name == "宫玉兰"


def test_shanghai_speech_for_a_mother() -> None:
    story = read_story(
        "阿拉姆妈勒闵行一家饭店里向汏碗 帮伊问问 十月十一月两个号头呒没发 伊叫顾小妹 我是伊囡儿",
        DEC1,
    )
    assert story.relative == "母亲"
    assert story.fields["worker_name"].value == "顾小妹"


def test_shanghai_speech_for_oneself_keeps_the_name() -> None:
    story = read_story("阿拉叫陆美华 勒嘉定一家厂里做质检 两个号头工钿呒没发 一个号头五千二", DEC1)
    assert story.fields["worker_name"].value == "陆美华"
    assert story.relative is None


def test_a_spoken_of_before_a_workplace_is_no_name() -> None:
    story = read_story("阿拉勒嘉定一家做汽车配件个厂里做质检 两个号头呒没发 一个号头五千二", DEC1)
    assert "employer_name" not in story.fields
    story = read_story("我在一家做家具的厂打磨 厂叫林森家具 两个月没发工资", DEC1)
    assert story.fields["employer_name"].value.startswith("林森家具")


def test_a_company_named_after_its_kind_is_not_the_callers_name() -> None:
    story = read_story(
        "侬好 阿拉姆妈勒浦东一幢写字楼做保洁 帮伊问问 保洁公司叫净美保洁 十月开始呒没发过 一个号头三千六",
        DEC1,
    )
    assert story.caller_name is None
    assert story.fields["employer_name"].value == "净美保洁"


def test_the_main_contractor_said_with_a_hakka_is() -> None:
    story = read_story(
        "𠊎带六个人喺城南锦绣苑二期工地扎钢筋 总包系赣南华建建设工程有限公司 七月做到十月", DEC1
    )
    assert story.fields["employer_name"].value == "赣南华建建设工程有限公司"


def test_the_county_town_before_an_estate_is_no_part_of_its_name() -> None:
    story = read_story("我在县城金桂园二期工地贴砖 包工头欠了三个月", DEC1)
    assert story.fields["project_name"].value == "金桂园二期"


def test_a_kind_of_site_alone_is_no_project_name() -> None:
    story = read_story("俺在高新区那个高铁站工地开挖机 一个月八千 两个月没给", DEC1)
    assert "project_name" not in story.fields
    story = read_story("在开发区那个学校工地扎钢筋 三个月没给", DEC1)
    assert "project_name" not in story.fields


def test_a_shop_named_in_a_clause_after_its_kind() -> None:
    story = read_story("我在城东一家粉店头帮厨 叫桂林老友粉 老板姓覃 两个月工资没拿到", DEC1)
    assert story.fields["employer_name"].value == "桂林老友粉"
    story = read_story("我在一家饭店打工 叫王小明 老板欠我三个月工资", DEC1)
    assert story.fields.get("employer_name") is None or story.fields["employer_name"].value != "王小明"


def test_picking_told_without_a_pause_is_the_trade() -> None:
    story = read_story("我帮人家果园摘橙十月做咗廿日一日一百五老板冇俾钱", DEC1)
    assert story.fields["industry"].value.startswith("摘橙")


def test_the_staff_greeted_as_teacher_is_no_trade() -> None:
    story = read_story("老师你好 我在一家宾馆做客房 两个月工资没发 一个月三千八", DEC1)
    assert "老师" not in story.fields["industry"].value
