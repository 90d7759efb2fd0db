"""Issue 10: a county said short right before one of its own towns names the county whatever word
comes before it (我是…, Wu 勒, Minnan 伫) and even when the short name is an ordinary word
(金山); a city said before a town of one of its counties names that county. Trades: what the boss
said names his business, not the worker's trade; a crew told by its grades (大工, 小工) is who was
in it; spoken trade words of fishing, roast-meat shops and dairy farms. The jieba dictionary the
factory reader cuts with is the one the knowledge base read at start (no second load). Wordings
are my own, not from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract.places import find_district
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("我是金山朱泾一家塑料厂的工人，十月工资没发", "金山区"),  # 金山 alone is an ordinary word
        ("阿拉勒金山朱泾一家厂里做，老板欠了两个月", "金山区"),  # Wu 勒 = 在
        ("伫绍兴店口一间五金厂做工，头家欠阮三个月", "诸暨市"),  # a city, then a town of its county
        ("我是义乌佛堂那边一个厂的，工资拖了三个月", "义乌市"),  # a county-level city said short
        ("我喺宁海西店一间模具厂做嘢", "宁海县"),
    ],
)
def test_a_county_said_short_before_its_own_town_names_it(text: str, district: str) -> None:
    found = find_district(text)
    assert found is not None and found.name == district


def test_a_short_answer_of_county_and_town_names_the_county() -> None:
    found = find_district("金山朱泾 一个塑料厂", answer=True)
    assert found is not None and found.name == "金山区"


def test_the_county_and_town_where_the_worker_comes_from_name_no_place_of_work() -> None:
    found = find_district("老家金山朱泾的，现在在昆山做")
    assert found is not None and found.name == "昆山市"


def test_a_wu_particle_after_the_town_is_no_part_of_the_address() -> None:
    place = story_value("阿拉勒金山朱泾葛一家塑料厂做，老板欠了两个月工资一万二", "work_location", TODAY)
    assert place is not None and not str(place).endswith(("葛", "勒"))


@pytest.mark.parametrize(
    ("text", "not_in"),
    [
        ("在饭店做帮厨，老板话外卖平台的钱冇到账，欠了我两个月", "外卖"),
        ("我在作坊里缝头，老板讲外贸的货款还没回来，拖了三个月", "外贸"),
        ("在石料场开铲车，老板说石头卖出去了再给，欠了四个月", "卖出去"),
    ],
)
def test_what_the_boss_said_is_no_trade_of_the_workers(text: str, not_in: str) -> None:
    words = str(story_value(text, "industry", TODAY))
    assert not_in not in words


def test_a_crew_told_by_its_grades_reads_the_work_not_the_grade() -> None:
    story = read_story("在河堤上砌挡土墙，两个大工四个小工，大工三百小工两百，包工头欠了三个月", TODAY)
    words = str(story.fields["industry"].value)
    assert "挡土墙" in words and "小工" not in words and "大工" not in words
    assert story.industry_category == "建筑业"


@pytest.mark.parametrize(
    ("text", "said", "category"),
    [
        ("阿伯讨海几十年，今年跟渔船出去，船主欠了两个月", "讨海", "农、林、牧、渔业"),
        ("喺烧腊档做斩料，老细欠我两个月人工", "斩料", "住宿和餐饮业"),
        ("我在奶牛场挤奶，老板三个月没给钱", "挤奶", "农、林、牧、渔业"),
        ("在山上的小酒坊烤酒，一天两百，欠了三个月", "烤酒", "制造业"),
    ],
)
def test_spoken_trade_words_keep_the_workers_words_and_their_category(
    text: str, said: str, category: str
) -> None:
    story = read_story(text, TODAY)
    assert said in str(story.fields["industry"].value).split("、")
    assert story.industry_category == category


def test_a_job_words_tail_never_runs_into_the_verb_done_there() -> None:
    assert story_value("在鱼塘边做工，老板欠了三个月", "industry", TODAY) == "鱼塘"


def test_the_factory_reader_cuts_with_the_dictionary_read_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import jieba

    from bot.core.extract import industry
    from knowledge_base.jieba_dict import dictionary

    dictionary()  # the knowledge base's tokenizer reads it at start
    industry._words.cache_clear()
    loads: list[int] = []
    monkeypatch.setattr(jieba.Tokenizer, "initialize", lambda self, *a, **k: loads.append(1))
    assert industry.factory_kind("在兴旺刹车片厂上班")[0] == "刹车片厂"
    assert loads == []


def test_a_county_said_short_after_its_city_is_that_county_not_a_town_of_its_name() -> None:
    # 丰润镇 lies in 丰润区: the words after the city are the county's short name
    found = find_district("我在唐山丰润 一个轧钢厂干活 老板欠了两个月")
    assert found is not None and found.name == "丰润区"
    assert found.start == len("我在唐山")
    place = story_value("我在唐山丰润 一个轧钢厂干活 老板欠了两个月工资八千", "work_location", TODAY)
    assert "丰润区" in str(place)


def test_a_city_before_a_town_is_written_with_the_county_in_the_address() -> None:
    place = story_value("我在绍兴店口一家五金厂做装配，老板欠了三个月工资一万五", "work_location", TODAY)
    assert str(place).startswith("绍兴市诸暨市店口")


def test_one_worker_of_a_grade_is_the_workers_own_job() -> None:
    words = str(story_value("我在电子厂当一个普工，厂里欠了两个月工资九千", "industry", TODAY))
    assert "普工" in words


def test_the_warm_up_reads_what_the_first_story_would_wait_for() -> None:
    from bot.core.extract import industry, townships
    from bot.core.extract.warm import warm_up

    townships.township_index.cache_clear()
    industry._words.cache_clear()
    warm_up()
    assert townships.township_index.cache_info().currsize == 1
    assert industry._words.cache_info().currsize == 1
