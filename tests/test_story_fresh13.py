"""Story classes found on a development set (stories_qa13), in wordings written for this file:
a name answered with a decoration after it ("～", "!!", an emoji), and a count of the whole
workplace said in passing ("车间里二十来个人都没拿到") by one worker telling her own wages, which
is not the complaint's head count unless the teller speaks for a group."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core import told
from bot.core.extract import extract_story
from bot.core.extract.english_words import chinese_words
from bot.core.extract.figures import find_headcount
from bot.core.extract.money_words import money_words
from bot.core.extract.name_answer import worker_name_answer
from bot.core.parsers import to_simplified

DEC1 = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("李晓雯～", "李晓雯"),
        ("何秀英~~", "何秀英"),
        ("我叫王建国!!", "王建国"),
        ("张丽😊", "张丽"),
        # the other side: nothing to drop, the name kept whole
        ("欧阳娜娜", "欧阳娜娜"),
        ("买买提·艾力", "买买提·艾力"),
    ],
)
def test_name_answer_drops_trailing_decoration(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


@pytest.mark.parametrize(
    "text",
    [
        "车间里二十来个人都没拿到，我叫吴丽娟",
        "老板跑了，厂里四十几个人都没拿到钱。我自己的是九千六",
        "店里七八个人都这样，我是收银员",
    ],
)
def test_workplace_crowd_in_passing_is_no_head_count(text: str) -> None:
    assert find_headcount(text) is None


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # the teller speaks for the group: the count stands
        ("我们车间里二十来个人都没拿到", 20),
        ("厂里四十几个人都没拿到钱，大家一起来反映", 40),
        ("我们班组十二个人都没发", 12),
    ],
)
def test_group_told_by_one_of_them_keeps_head_count(text: str, heads: int) -> None:
    found = find_headcount(text)
    assert found is not None and found.value == heads


def test_story_with_workplace_crowd_files_for_the_teller() -> None:
    story = extract_story(
        "我在余杭区一家食品厂做包装，厂子叫鑫味食品厂，八月到十月的工资一共一万六千五没发，"
        "车间里二十来个人都没拿到。我叫吴丽娟，电话13857146620。",
        DEC1,
        [],
    )
    assert "workers_affected" not in story.fields  # read back as the teller alone, never 20
    assert story.fields["amount_owed"].value == 16500
    group = extract_story(
        "我们在余杭区鑫味食品厂做包装，八月到十月的工资没发，车间里二十来个人都没拿到。", DEC1, []
    )
    assert group.fields["workers_affected"].value == 20


# --- English words in a Chinese story read like their Chinese
ENGLISH_STORY = (
    "Hello, 我叫周晓岚, 在滨江区一家 dental clinic 做前台. My salary is 6200 per month, "
    "from July to October the boss only paid me 5000 in total. Please help. My phone is 13922107788"
)


def test_english_pay_words_are_read_like_chinese() -> None:
    story = extract_story(ENGLISH_STORY, DEC1, [])
    assert story.fields["arrears_period"].value == {"start": "2026-07", "end": "2026-10"}
    assert story.fields["amount_owed"].value == 6200 * 4 - 5000
    assert story.fields["contact_phone"].value == "13922107788"


def test_english_words_keep_every_position() -> None:
    assert len(chinese_words(ENGLISH_STORY)) == len(ENGLISH_STORY)
    assert "工资是6200" in chinese_words(ENGLISH_STORY)
    assert told.owed(to_simplified("Hi, my boss owes me two months of salary, 在龙岗区做保安"))


@pytest.mark.parametrize(
    "text",
    [
        "我想问一下 May I ask 年假怎么算",  # "may" is no month
        "Starbucks 星巴克的店员年假有几天",  # no pay word
        "深圳最低工资多少",  # Chinese only: left as it is
    ],
)
def test_english_without_pay_words_changes_nothing_owed(text: str) -> None:
    assert chinese_words(text) == text or "月" not in chinese_words(text)
    assert not told.owed(to_simplified(text))


# --- Shanghainese months counted with 个: "一个号头六千八" is a monthly rate, "两个号头" two months
def test_months_counted_with_ge_haotou() -> None:
    story = extract_story(
        "我在天河区一户人家做保姆，东家最后两个月工钿一直勿付，我一个号头六千八，七月八月两个号头，"
        "中间只拿到一千五。我叫王秀兰。",
        DEC1,
        [],
    )
    assert story.fields["amount_owed"].value == 6800 * 2 - 1500
    assert money_words("一个号头六千八") == "一个月 六千八"
    assert money_words("他是个号头很大的人") == "他是个号头很大的人"  # no count before 个: left alone


# --- Cantonese 按金 is a deposit: added to the pay owed, never read as the whole amount
def test_cantonese_deposit_word() -> None:
    said = "我在荔湾区一家茶餐厅做帮厨，八月九月十月三个月工资都没发，我一个月四千八。入职时收了我八百块{}也不肯退。"
    for word in ("按金", "押金"):
        story = extract_story(said.format(word), DEC1, [])
        assert story.fields["amount_owed"].value == 4800 * 3 + 800
    assert money_words("按金") == "押金"
