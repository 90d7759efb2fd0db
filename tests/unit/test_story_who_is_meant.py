"""Issue 10: who the worker means. The company the worker says the complaint is about, or says
pays them, when another is named beside it ("我要投诉的是X不是厂里", "工资都是X发的": an agency
that pays rather than the factory); two bosses passing the buck ("两个人推来推去") are no head
count of the people owed. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.figures import find_headcount
from bot.core.extract.org_keys import short_name
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我在吴江区的恒力纺织厂做挡车工，是宏运中介介绍进去的，十月十一月工资没发，"
            "厂里说钱给了中介，我要投诉的是宏运不是厂里",
            "宏运中介",
        ),
        (
            "在江宁区一家汽配厂上班，工资都是顺邦人力发的，一个月五千二，九月十月都没发",
            "顺邦人力",
        ),
        (
            "我在工地干了三个月，包工头是跟金鼎劳务签的，我想告的是金鼎劳务，欠我一万二",
            "金鼎劳务",
        ),
    ],
)
def test_the_company_the_worker_says_is_meant(text: str, employer: str) -> None:
    assert story_value(text, "employer_name", TODAY) == employer


@pytest.mark.parametrize("name", ["宏运中介", "顺邦人力"])
def test_an_agency_by_its_short_name_is_offered_the_registered_name(name: str) -> None:
    assert short_name(name)


def test_a_pronoun_or_a_bare_kind_is_not_the_one_meant() -> None:
    text = "我在滨江区的华辰电子厂做了两个月，我要投诉的是他们，工资一直拖着"
    assert story_value(text, "employer_name", TODAY) == "华辰电子厂"


@pytest.mark.parametrize(
    "text",
    [
        "老板说店要转给别人了，新老板又说旧账跟他没关系，两个人推来推去，九月十月的钱没人给",
        "包工头和项目经理两个一直踢皮球，欠我八千",
        "经理跟会计俩互相推，谁也不给我结工资",
    ],
)
def test_two_people_passing_the_buck_are_no_head_count(text: str) -> None:
    assert find_headcount(text) is None


def test_the_people_owed_still_count_beside_bosses_passing_the_buck() -> None:
    found = find_headcount("两个老板扯皮，我们三个人的工资都没人管")
    assert found is not None and found.value == 3


def test_a_story_of_one_worker_and_two_bosses_is_one_person() -> None:
    text = "我在面馆拉面，一个月六千，九月十月没给。老板把店盘给别人，两个人推来推去"
    assert "workers_affected" not in read_story(text, TODAY).fields
