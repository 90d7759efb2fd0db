"""Issue 10: a story told by a relative, and the fields that are neither the amount nor the
employer. A kinship word ("阿拉嬢嬢", Wu for "my aunt") is how the caller calls the worker, never
the worker's name; the others named beside the worker count in the head count; a brand or a
client's building is no trade; a period told by its start and its end, in any words, is the run
between them; a long account that ends asking for help is kept, so the complaint opened from it
asks nothing it told. Wordings are my own, none from a story set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core import told
from bot.core.engine import Engine
from bot.core.extract import name_words
from tests.story_reading import read_story
from tests.unit.conftest import inc

TODAY = date(2026, 12, 2)


def _read(text: str) -> dict[str, object]:
    return {k: v.value for k, v in read_story(text, TODAY).fields.items()}


# ---------------------------------------------------------------- kinship words are no names
@pytest.mark.parametrize("word", ["阿拉嬢嬢", "嬢嬢", "我家孃孃", "阿拉娘舅", "俺爹", "我老公", "二舅"])
def test_a_kinship_word_with_or_without_my_before_it_is_a_relation(word: str) -> None:
    assert name_words.kin_word(word)


@pytest.mark.parametrize("name", ["沈桂芬", "阿拉坦仓", "王小妹", "伊力哈木"])
def test_a_name_is_no_kinship_word(name: str) -> None:
    assert not name_words.kin_word(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wu: 阿拉 (my) + 嬢嬢 (aunt), 伊 (she)
        ("侬好，帮阿拉嬢嬢问一声，伊叫许彩凤，辣闵行一户人家屋里烧饭，两个号头工钿没拿着", "许彩凤"),
        # Sichuan: 孃孃 (aunt), written in traditional characters
        ("我替我孃孃來問一下，她在錦江區一家茶樓洗碗，老闆兩個月沒給錢，她叫鄧桂芳", "邓桂芳"),
    ],
)
def test_a_relative_called_by_a_dialect_kinship_word_is_filed_under_their_own_name(
    text: str, name: str
) -> None:
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == name
    assert story.relative == "姑姑"  # an aunt, never the mother (娘) the characters hold


def test_a_kinship_word_alone_is_never_read_as_the_name() -> None:
    story = read_story("侬好，我帮阿拉嬢嬢问问看", TODAY)
    assert "worker_name" not in story.fields
    assert story.relative is not None


# ---------------------------------------------------------------- the others beside the worker
@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("我替我舅问问，他跟俺村仨人在采石场抬石头，九月十月没给钱，一天两百四", 4),
        ("帮我爸反映一下，我爸和同村的两个老乡在砖厂出窑，三个月没发工钱", 3),
        ("我替我弟问一下，他跟我们组俩人在仓库装车，十月的钱一直拖着", 3),
    ],
)
def test_the_others_who_came_with_the_worker_count_with_the_worker(text: str, heads: int) -> None:
    assert _read(text)["workers_affected"] == heads


def test_the_fellow_villagers_word_is_no_village_where_the_work_is() -> None:
    fields = _read("帮我爸反映一下，我爸和同村的两个老乡在砖厂出窑，三个月没发工钱")
    assert "work_location" not in fields  # 同村 (of the same village) names no village


# ---------------------------------------------------------------- the trade, not a brand or a client
def test_a_courier_brand_is_read_back_as_the_courier_trade() -> None:
    industry = read_story("我在韵达的网点派件，一件八毛，十月十一月的钱都压着没给", TODAY).fields["industry"]
    assert "韵达" not in industry.echo
    assert "派件" in str(industry.value) and "快递" in str(industry.value)


def test_a_household_helper_called_auntie_by_her_work_is_household_service() -> None:
    story = read_story("我在一户人家做住家阿姨，带孩子做饭，主家两个月没给工资", TODAY)
    assert story.fields["industry"].value == "住家阿姨"
    assert story.industry_category == "居民服务"


def test_a_generic_crop_picked_takes_the_name_of_the_field_it_grows_in() -> None:
    industry = read_story("七月到九月在玫瑰花基地摘花，一斤三块，还差四千没给", TODAY).fields["industry"]
    assert industry.value == "摘玫瑰花"


def test_a_building_fitted_out_is_the_client_and_its_name_the_project() -> None:
    story = read_story("我们在古城给听雨客栈搞装修，铺木地板，装饰公司欠我们三个月的钱", TODAY)
    assert story.industry_category == "建筑业"
    assert story.fields["project_name"].value == "听雨客栈"


# ---------------------------------------------------------------- a period told in loose words
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a start and an end in two clauses, the end told by any work done ("刷完")
        ("五月份进场 七月份焊完 总共焊了八百米", "2026-05", "2026-07"),
        # set out in the middle of a month, worked to its end ("月半", "月尾")
        ("六月半就出海了 一直做到九月尾 一个月七千 船老大一分没给", "2026-06", "2026-09"),
        # a month, then where the worker went, then worked up to a month's end
        ("八月下旬到昌吉县摘棉花 摘到十月底 工钱还没到手", "2026-08", "2026-10"),
        # a trade ending in 进 (掘进) is no start: the range told after it is the period
        (
            "我在煤矿搞掘进的六月份到九月份干了四个月一个月八千块只发了六月份的后面三个月一分没有",
            "2026-07",
            "2026-09",
        ),
        # the month the worker went to ask for the pay is no month worked
        ("底薪七八九月都没发 我九月底做完就走了 十月去要钱也没拿到", "2026-07", "2026-09"),
        # one more month added after the story, also unpaid
        ("八月九月两个月 送了九千件 另外十月还跑了半个月 也冇算钱", "2026-08", "2026-10"),
        # the owing said once, more months added after it
        ("欠的是五月的 还有六月七月", "2026-05", "2026-07"),
        # Gan / Hakka 个 for 的: "进个矿" is 进的矿, the start
        ("我八月进个矿 在井下挖煤 一个班三百六 八月到十月我一共上咗六十个班", "2026-08", "2026-10"),
    ],
)
def test_a_period_told_by_its_start_and_its_end_is_the_run_between(text: str, start: str, end: str) -> None:
    assert _read(text)["arrears_period"] == {"start": start, "end": end}


def test_the_month_the_work_ended_is_not_taken_for_the_only_month_of_pay() -> None:
    text = "四月份进场六月份铺完 一共铺了五百个平方 一个平方三十 老板先给了五千 剩下的拖着"
    assert _read(text)["arrears_period"] == {"start": "2026-04", "end": "2026-06"}


# ---------------------------------------------------------------- a long account asking for help is kept
@pytest.mark.parametrize(
    "text",
    [
        "中间给了八千块生活费，剩下的工头说开发商还没拨款，他人也找不到了，你们能不能帮忙要一下",
        "结了一部分，其余的说甲方没拨款",
    ],
)
def test_part_paid_and_the_rest_held_up_is_pay_owed(text: str) -> None:
    assert told.owed(text)


async def test_a_relatives_long_account_ending_in_a_plea_is_kept_for_the_complaint(
    real_engine: Engine,
) -> None:
    story = (
        "你好，我替我老公问问，他手机不会弄，他叫韩立军，在城西那个锦华苑三期工地上砌墙，"
        "跟着一个姓马的带班，一天三百二，从六月干到十月，一共一百零五天。中途给过一万五生活费，"
        "剩下的带班说上面还没拨款，后来人也找不着了，去项目部问，说钱早给了，让找带班的，"
        "家里等着钱用，你们能不能帮忙要一下"
    )
    replies = await real_engine.handle(inc("kin-plea", text=story))
    buttons = [b.payload for r in replies for b in (r.buttons or [])]
    assert "form:story" in buttons or replies[-1].expects == "consent", [r.text[:40] for r in replies]
    if "form:story" in buttons:
        await real_engine.handle(inc("kin-plea", button="form:story"))
    replies = await real_engine.handle(inc("kin-plea", button="form:consent:yes"))
    found = replies[0].text
    assert "韩立军" in found and "锦华苑三期" in found and "2026年6月" in found, found
    assert replies[-1].expects not in ("worker_name", "project_name", "arrears_period")
