"""Every figure a calculator uses agrees with the answer text of the matching FAQ entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.calc import TOPIC_CALCULATOR, annual_leave, injury, overtime
from knowledge_base.loader import load_knowledge_base

KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "data"
CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load_knowledge_base(KB)


def _text(kb, entry_id: str) -> str:  # noqa: ANN001
    entry = kb.entries[entry_id]
    return entry.answer + "\n" + (entry.details or "")


def test_disability_months_match_the_faq(kb) -> None:  # noqa: ANN001
    text = _text(kb, "insurance.injury_benefits")
    said = {CN[g]: int(n) for g, n in re.findall(r"([一二三四五六七八九十])级(\d+)", text)}
    assert said == injury.LUMP_MONTHS


def test_allowance_shares_match_the_faq(kb) -> None:  # noqa: ANN001
    text = _text(kb, "insurance.injury_benefits")
    one_to_four = re.search(r"为本人工资的(\d+)%、(\d+)%、(\d+)%、(\d+)%", text)
    five_six = re.search(r"五、六级.*?为本人工资的(\d+)%、(\d+)%", text)
    assert one_to_four and five_six
    said = [int(x) for x in one_to_four.groups() + five_six.groups()]
    assert said == [int(injury.ALLOWANCE[g] * 100) for g in range(1, 7)]
    [sentence] = [s for s in re.split(r"[。\n]", text) if "本人工资" in s and "第六十四条" in s]
    bounds = {int(x) for x in re.findall(r"(\d+)%", sentence)}
    assert bounds == {int(injury.CEILING * 100), int(injury.FLOOR * 100)}


def test_overtime_rates_match_the_faq(kb) -> None:  # noqa: ANN001
    said = [int(x) for x in re.findall(r"不低于工资的(\d+)%", _text(kb, "hours.overtime_pay"))]
    assert said == [int(overtime.RATES[k] * 100) for k in ("weekday", "rest", "holiday")]


def test_annual_leave_days_and_share_match_the_faq(kb) -> None:  # noqa: ANN001
    text = _text(kb, "leave.annual")
    days = [int(x) for x in re.findall(r"(\d+)天", text)[:3]]
    assert days == [annual_leave.days_due(y) for y in (1, 10, 20)]
    assert "300%" in text and f"另外再付{int(annual_leave.OWED_SHARE * 100)}%" in text


def test_severance_rules_match_the_faq(kb) -> None:  # noqa: ANN001
    text = _text(kb, "contract.dismissal_compensation")
    for rule in (
        r"六个月以上不满一年的?按一年",  # severance.compute: rest >= 6 -> 1
        r"不满六个月的?(支付|给)半个月",  # rest < 6 -> 0.5
        r"三倍",  # 3 x the local average
        r"十二年",  # at most 12 years when capped
        r"二倍",  # 2N
        r"(前|解除前)(12|十二)个月的平均",  # the 12-month average
        r"最低工资",  # the minimum-wage floor
    ):
        assert re.search(rule, text), rule


def test_double_pay_rule_matches_the_faq(kb) -> None:  # noqa: ANN001
    assert "超过一个月不满一年" in _text(kb, "contract.no_written")


def test_topics_with_a_calculator_exist(kb) -> None:  # noqa: ANN001
    missing = [t for t in TOPIC_CALCULATOR if t not in kb.entries]
    assert missing == []
