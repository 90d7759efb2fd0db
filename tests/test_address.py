"""Words addressed to the reader of a question (knowledge_base/address.py): 律师 said to the reader
is no subject; a lawyer spoken of is. Wordings are this test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.address import strip_address
from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent

STRIPPED = [
    ("律师您好，我在物流园开了两年叉车", "我在物流园开了两年叉车"),
    ("律师，你好！公司拖了我三个月工资", "公司拖了我三个月工资"),
    ("你好律师，单位不给我交社保", "单位不给我交社保"),
    ("尊敬的各位律师：我被调去了外地", "我被调去了外地"),
    ("编辑您好！我在超市当理货员", "我在超市当理货员"),
    ("工钱只结了一半，请问律师还能找谁要", "工钱只结了一半，请问还能找谁要"),
    ("请教律师，这笔补偿算得对不对", "请教这笔补偿算得对不对"),
    ("厂里不认工伤，请各位律师帮忙解答一下", "厂里不认工伤，"),
    ("押金不退怎么办，请问律师帮助", "押金不退怎么办，请问"),
]

KEPT = [
    "请不起律师怎么办",
    "律师说劳动仲裁可以风险代理",
    "请问律师费一般多少钱",
    "打官司一定要请律师吗",
    "有没有免费的律师帮农民工讨薪",
    "律师您好",  # nothing would be left
]


@pytest.mark.parametrize(("text", "left"), STRIPPED)
def test_the_reader_addressed_is_taken_away(text: str, left: str) -> None:
    assert strip_address(text) == left


@pytest.mark.parametrize("text", KEPT)
def test_a_lawyer_spoken_of_is_kept(text: str) -> None:
    assert strip_address(text) == text


# (addressed to a lawyer, the same question unaddressed)
ADDRESSED = [
    (
        "律师您好，我在物流园开了两年叉车，老板拖了四个月工资一直不给，请问律师我该去哪里讨？",
        "我在物流园开了两年叉车，老板拖了四个月工资一直不给，我该去哪里讨？",
    ),
    (
        "你好律师，我在奶茶店上班被店长口头辞退了，没给一分钱补偿，请问律师这样合法吗",
        "我在奶茶店上班被店长口头辞退了，没给一分钱补偿，这样合法吗",
    ),
    (
        "各位律师好：单位一直没给我交社保，我想走，能要补偿吗？求律师帮忙",
        "单位一直没给我交社保，我想走，能要补偿吗？",
    ),
]
LAWYER_ENTRIES = {"dispute.legal_aid", "dispute.litigation_costs"}


@pytest.mark.parametrize(("addressed", "plain"), ADDRESSED)
def test_a_question_to_a_lawyer_is_matched_as_the_question(
    matcher: Matcher, addressed: str, plain: str
) -> None:
    """Without the address the classifier put the lawyers' fees or legal aid among the buttons."""
    a, p = matcher.match(addressed), matcher.match(plain)
    assert (a.route, a.decision, a.id) == (p.route, p.decision, p.id)
    assert not LAWYER_ENTRIES & {c.id for c in a.candidates}
    assert a.candidates[0].score == pytest.approx(p.candidates[0].score, abs=0.05)


def test_a_question_about_a_lawyer_still_finds_the_lawyer_entries(matcher: Matcher) -> None:
    r = matcher.match("请问律师费一般多少钱 打劳动官司请得起吗")
    assert r.candidates and r.candidates[0].id in LAWYER_ENTRIES
