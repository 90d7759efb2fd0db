"""A later statement that corrects an item replaces it, and what was worked out from the old
value is worked out again: a later message naming one end of the months ("不对 是七月开始的"),
a count of months told again, a slip put right inside one message ("五个人 不对 六个人"), a
piece typed while the summary waits, the story told to the arrears calculator, and Wu and
Cantonese words read as Mandarin. Sentences written for these tests."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.extract.corrections import is_correction
from bot.core.extract.slips_inline import slips_replaced
from bot.core.extract.story import extract_story
from bot.core.intake.vocabulary import confirms
from bot.core.parsers.dialect import in_mandarin
from bot.core.types import Incoming, Reply
from tests.fakes.memory_store import MemoryStore

TODAY = date(2026, 12, 2)


def _read(text: str) -> dict[str, Any]:
    story = extract_story(text, TODAY)
    return {k: v.value for k, v in story.fields.items() if k != "description"}


def _months(start: str, end: str) -> dict[str, str]:
    return {"start": start, "end": end}


# (story, the period, the amount, the head count) — None: not checked
STORIES: list[tuple[str, dict[str, str] | None, int | None, int | None]] = [
    # a later line names the start alone: the end told before stays, pay x months again
    (
        "在龙华区一家鞋厂做针车 一个月五千二 六月到九月都没发\n不对 是七月开始的",
        _months("2026-07", "2026-09"),
        15600,
        None,
    ),
    # the start alone with the months counted in the correction
    (
        "在南山区一家餐馆洗碗 一个月三千六 十月十一月两个月没给\n说错了 是八月开始欠的 四个月",
        _months("2026-08", "2026-11"),
        14400,
        None,
    ),
    # the end alone: the start told before stays
    (
        "在番禺区服装厂剪线头 一个月四千 五月到七月没发\n不对 是干到八月",
        _months("2026-05", "2026-08"),
        16000,
        None,
    ),
    # the months counted before the correction are no longer the months owed
    (
        "在江宁区工地扎钢筋 一个月七千 欠了两个月\n记错了 是九月到十一月 三个月",
        _months("2026-09", "2026-11"),
        21000,
        None,
    ),
    # a slip put right inside one message: months, head count, pay
    (
        "在余杭区仓库打包 一个月四千八 从六月 哦不对 七月到九月都没发",
        _months("2026-07", "2026-09"),
        14400,
        None,
    ),
    ("在坪山区电池厂 我们五个人 不对 六个人 每人欠了七千", None, 42000, 6),
    ("我们四个人 说错了 五个 在光明区做模具 每人欠六千", None, 30000, 5),
    # the corrected months counted from a list with no 月 between ("七八九十")
    (
        "在青羊区茶馆掺茶 一个月三千 九月十月两个月没发\n不对 是七月开始欠的 七八九十 四个月",
        _months("2026-07", "2026-10"),
        12000,
        None,
    ),
    # Wu words: 辣 (在), 工钿 (工钱), 拖牢 (拖着)
    ("我辣嘉定区厂里做包装 工钿拖牢勿发 一个月五千 八月到十月", _months("2026-08", "2026-10"), 15000, None),
]


@pytest.mark.parametrize(("text", "period", "amount", "heads"), STORIES)
def test_the_corrected_item_and_what_is_worked_out_from_it(
    text: str, period: dict[str, str] | None, amount: int | None, heads: int | None
) -> None:
    got = _read(text)
    if period is not None:
        assert got.get("arrears_period") == period
    if amount is not None:
        assert got.get("amount_owed") == Decimal(amount)
    if heads is not None:
        assert got.get("workers_affected") == heads


def test_a_count_of_another_kind_is_no_correction_of_the_head_count() -> None:
    assert slips_replaced("我们五个人 不对 六天") == "我们五个人 不对 六天"
    assert _read("在坪山区电池厂 我们五个人 不对 六天")["workers_affected"] == 5


def test_a_range_told_again_is_not_cut_into() -> None:
    assert slips_replaced("七月到十月 不对 八月到十月没发") == "七月到十月 不对 八月到十月没发"
    assert slips_replaced("从六月 哦不对 七月到九月") == "从七月到九月"


def test_the_description_keeps_the_words_as_typed() -> None:
    text = "在坪山区电池厂 我们五个人 不对 六个人 每人欠了七千"
    story = extract_story(text, TODAY)
    assert story.words == text
    assert story.fields["description"].value == text


@pytest.mark.parametrize(
    ("message", "correcting"),
    [
        ("对了 其实是九月开始的", True),
        ("实际上是六个人", True),
        ("其实老板人还不错", False),
        ("老板欠了三个月", False),
    ],
)
def test_a_message_that_tells_it_right_instead_is_a_correction(message: str, correcting: bool) -> None:
    assert is_correction(message) is correcting


@pytest.mark.parametrize(
    ("message", "files"),
    [
        ("对了 其实是九月开始的", False),
        ("对了 还有押金没退", False),
        ("应该是六个人", False),
        ("对的", True),
        ("没问题 提交吧", True),
    ],
)
def test_only_a_confirmation_files(message: str, files: bool) -> None:
    assert confirms(None, message) is files


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("老细欠我两个月工钿", "老细欠我两个月工钱"),  # 老细 is read by the employer readers
        ("我辣崇明做保洁", "我在崇明做保洁"),
        ("一爿饭店", "一家饭店"),
        ("阿拉老板拖牢勿发", "我们老板拖着不发"),
        ("吃麻辣烫", "吃麻辣烫"),
    ],
)
def test_wu_and_cantonese_words_read_as_mandarin(said: str, plain: str) -> None:
    assert in_mandarin(said) == plain


# ------------------------------------------------------------------ the engine
def _engine() -> Engine:
    from knowledge_base.service import KnowledgeService

    root = Path(__file__).resolve().parents[2]
    kb = KnowledgeService(root / "knowledge_base" / "data")
    return Engine(Settings(data_dir=Path(tempfile.mkdtemp())), MemoryStore(), kb)


def _chat(engine: Engine, user: str, *messages: str) -> list[Reply]:
    replies: list[Reply] = []
    loop = asyncio.new_event_loop()
    try:
        for said in messages:
            inc = (
                Incoming("web", user, button=said[1:])
                if said.startswith("@")
                else Incoming("web", user, text=said)
            )
            replies = loop.run_until_complete(engine.handle(inc))
    finally:
        loop.close()
    return replies


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


_WHOLE = (
    "我叫韩立新 电话13712345678 在宝安区鑫源五金厂做冲压 一个月五千 八月到十月三个月没发 就我一个 帮我登记"
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return _engine()


def test_a_start_corrected_at_the_summary_works_out_the_amount_again(engine: Engine) -> None:
    replies = _chat(engine, "u-fix-summary", _WHOLE, "@form:consent:yes")
    assert replies[-1].expects == "confirm"
    replies = _chat(engine, "u-fix-summary", "不对 是七月开始的")
    said = _text(replies)
    assert "2026年7月 至 2026年10月" in said and "20,000" in said
    assert replies[-1].expects == "confirm"


def test_a_piece_at_the_summary_is_read_not_filed(engine: Engine) -> None:
    _chat(engine, "u-piece-summary", _WHOLE, "@form:consent:yes")
    replies = _chat(engine, "u-piece-summary", "对了 其实是九月开始的 九月十月两个月")
    said = _text(replies)
    assert "投诉已提交" not in said
    assert "2026年9月 至 2026年10月" in said and "10,000" in said


def test_a_deposit_told_at_the_summary_joins_the_amount(engine: Engine) -> None:
    _chat(engine, "u-deposit-summary", _WHOLE, "@form:consent:yes")
    replies = _chat(engine, "u-deposit-summary", "还有一千块押金也没退")
    assert "16,000" in _text(replies)


def test_pieces_before_consent_with_a_later_start_corrected(engine: Engine) -> None:
    replies = _chat(
        engine,
        "u-pieces-fix",
        "你好",
        "我在武侯区一家串串店端盘子 老板拖了我好几个月工资 怎么办",
        "一个月三千五 九月十月两个月都没给 十一月我就走了",
        "不对 是八月开始欠的 八九十 三个月",
        "@form:consent:yes",
    )
    said = _text(replies)
    assert "2026年8月 至 2026年10月" in said
    assert "10,500" in said


def test_the_story_told_to_the_calculator_fills_the_complaint(engine: Engine) -> None:
    story = "我在闵行区一家饭店做帮厨 一个月四千五 八月到十月三个月工资都没发 能拿回多少"
    replies = _chat(engine, "u-calc-story", story)
    buttons = [b.payload for r in replies for b in r.buttons]
    if "calc:complain" not in buttons:
        pytest.skip("the calculator did not answer this story")
    replies = _chat(engine, "u-calc-story", "@calc:complain", "@form:consent:yes")
    asked = [r.expects for r in replies]
    assert "work_location" not in asked
    assert "闵行区" in _text(replies)


def test_the_registered_name_typed_at_the_summary_is_the_employer_not_a_piece(engine: Engine) -> None:
    _chat(engine, "u-licence-summary", _WHOLE, "@form:consent:yes")
    replies = _chat(engine, "u-licence-summary", "营业执照上写的是深圳市鑫源五金制品有限公司")
    said = _text(replies)
    assert "被反映单位：深圳市鑫源五金制品有限公司" in said
    assert replies[-1].expects == "confirm"
