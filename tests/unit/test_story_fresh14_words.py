"""Issue 10, story set 24's classes in my own wordings: a name told with 喊 (Hakka and south-west
for 叫), and days worked told as 干满/做足 beside a day rate. None of these sentences is from a set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.extract import extract_story
from bot.core.extract.name_answer import worker_name_answer

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("answer", "name"), [("𠊎喊温秋莲", "温秋莲"), ("我喊刘德贵", "刘德贵"), ("𠊎喊做钟满妹", "钟满妹")]
)
def test_a_name_answered_with_han_is_the_name_alone(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


@pytest.mark.parametrize(
    ("story", "name"),
    [
        ("𠊎喊温秋莲，在梅县区程江镇一间纸箱厂打包，两个月工钱冇畀", "温秋莲"),
        ("我喊刘德贵，在罗湖区一个小区做保安，两个月工资没发", "刘德贵"),
    ],
)
def test_a_name_told_with_han_in_a_story_is_read(story: str, name: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("worker_name")
    assert found is not None and found.value == name, found


@pytest.mark.parametrize("story", ["我喊了老板好几次他都不给钱，两个月了", "我喊他给钱他就是不给，三个月了"])
def test_calling_someone_is_no_name(story: str) -> None:
    assert "worker_name" not in extract_story(story, TODAY, []).fields


@pytest.mark.parametrize(
    ("story", "amount"),
    [
        ("说好一人一天两百块，我们四个人每人都干满三十天，老板一分没给", "24000"),
        ("一天两百二，做足二十五天，包工头一直拖着没给", "5500"),
        ("讲好每人一日一百八，两个人都做够五十日，到今冇畀钱", "18000"),
    ],
)
def test_days_worked_in_full_times_the_day_rate(story: str, amount: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("amount_owed")
    assert found is not None and found.value == Decimal(amount), found


@pytest.mark.parametrize(
    ("story", "amount"),
    [
        # half a yuan after the price: 四块半 is 4.5, not 4
        ("一单四块半，十月跑了九百单，十一月跑了七百单，站点没给钱", "7200"),
        # Cantonese 蚊 for 块 and 咗 for 了 after the pieces' verb
        ("一件三蚊半，九月车咗两千件，老细冇出粮", "7000"),
        # voice input, no commas: the deposit is the figure by its word, not the orders before it
        ("每单五蚊半 十月送咗一千二百单 十一月送咗九百单 仲有扣咗我三百蚊押金 冇出粮", "11850"),
    ],
)
def test_pay_per_order_with_half_a_yuan_and_a_deposit(story: str, amount: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("amount_owed")
    assert found is not None and found.value == Decimal(amount), found


def test_a_total_told_again_in_a_correcting_line_is_the_amount() -> None:
    story = "我在长安区一个物流园开叉车\n今年五月六月七月三个月没给 一个月七千\n不对 说错了 七千是前年的 今年八千 三个月一共两万四"
    s = extract_story(story, TODAY, [])
    assert s.fields["amount_owed"].value == Decimal(24000) and not s.amount_choices


def test_without_a_correction_the_figures_stay_a_choice() -> None:
    story = "我在长安区一个物流园开叉车\n今年五月六月七月三个月没给 一个月七千\n我同事一共两万四 他也没拿到"
    from bot.core.extract.total_fixed import corrected_total

    assert corrected_total(story, [Decimal(7000), Decimal(24000)]) is None


async def test_a_story_in_short_messages_with_the_pay_corrected_asks_no_amount(real_engine) -> None:
    from tests.unit.conftest import inc

    user = "pieces19"
    await real_engine.handle(inc(user, text="在吗"))
    await real_engine.handle(inc(user, text="老板拖着工资不给 我在郑州管城区的顺程快运开厢货 想投诉"))
    await real_engine.handle(inc(user, text="今年六月七月两个月都没发 一个月六千五"))
    await real_engine.handle(inc(user, text="不对 说错了 六千五是去年的 今年七千 两个月一共一万四"))
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    assert "14,000" in replies[0].text, replies[0].text
    asked = [r.expects for r in replies]
    for answer in ("孙建军", "13703718846"):
        if "amount_owed" in asked:
            break
        replies = await real_engine.handle(inc(user, text=answer))
        asked += [r.expects for r in replies]
    assert "amount_owed" not in asked, asked


@pytest.mark.parametrize(
    ("story", "employer"),
    [
        ("大包说总包湖南中晟建设有限公司没拨款，我们的工钱一直拖", "湖南中晟建设有限公司"),
        ("找二包，二包又推给总包江西赣华建工集团有限公司，钱就是不给", "江西赣华建工集团有限公司"),
        ("在广州总包劳务有限公司干活，工资没发", "广州总包劳务有限公司"),  # its own word
    ],
)
def test_the_contractors_rank_before_its_name_is_no_part_of_it(story: str, employer: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("employer_name")
    assert found is not None and found.value == employer, found


@pytest.mark.parametrize(
    ("story", "project"),
    [
        ("在南明区翠湖苑三期砌墙，三个月工钱没给", "翠湖苑三期"),
        ("在观山湖区金华园五期刷墙，包工头一直拖着", "金华园五期"),
    ],
)
def test_a_phased_site_before_the_work_done_there_is_the_project(story: str, project: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("project_name")
    assert found is not None and found.value == project, found


@pytest.mark.parametrize(
    "story", ["我在同安區的阿珍小吃做服務生，工資沒給", "我在思明区一家西餐厅做外场服务生，两个月工资没给"]
)
def test_a_waiter_called_fuwusheng_is_catering(real_kb, story: str) -> None:
    found = extract_story(story, TODAY, list(real_kb.current.kb.industries)).fields.get("industry")
    assert found is not None and "住宿和餐饮业" in found.echo and "服务生" in found.value, found


@pytest.mark.parametrize(
    ("story", "employer"),
    [
        ("喂 站长话我哋系顺丰公司嘅人 两个月人工冇出", "顺丰公司"),  # Cantonese 话 says, 系 is
        ("老板话系鸿运公司嘅 人工冇出过", "鸿运公司"),
        ("在华话通讯有限公司做，工资没发", "华话通讯有限公司"),  # 话 inside a name stays
        ("我系宏图系统有限公司嘅 人工冇出", "宏图系统有限公司"),
    ],
)
def test_cantonese_says_and_is_before_a_company_are_no_part_of_it(story: str, employer: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("employer_name")
    assert found is not None and found.value == employer, found


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("顺程快运 全称郑州顺程快运有限公司", "郑州顺程快运有限公司"),
        ("全称郑州顺程快运有限公司", "郑州顺程快运有限公司"),
    ],
)
def test_a_registered_name_after_quanchen_with_no_shi(answer: str, name: str) -> None:
    from bot.core.extract.employer_answer import employer_answer

    assert employer_answer(answer)[0] == name


@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("我系南海大沥镇一间铝材厂嘅 人工冇出", "南海区大沥镇"),
        ("喂 我系顺德容桂街道嗰个快递站派件嘅 两个月人工冇出", "顺德区容桂街道"),
    ],
)
def test_cantonese_i_am_before_a_place_is_no_part_of_it(story: str, place: str) -> None:
    found = extract_story(story, TODAY, []).fields.get("work_location")
    assert found is not None and found.value == place, found
