"""Calculators that answer "how much do I get" with the worker's own numbers.

Pure: no SQL, no HTTP, no channel. The engine keeps `Turn.state` in the conversation it
already stores and hands it back with the next message.

    kind = wants(text)                      # a question that holds figures -> a calculator
    turn = begin(kind, text, regions, today)
    turn = answer(turn.state, text, button, regions, today)
May import: bot.core.calc, bot.clock (pure: no storage, no HTTP, no channel)."""

from __future__ import annotations

import re
from datetime import date

from bot import clock
from bot.core.calc import texts
from bot.core.calc.figures import InjurySubsidy, RegionFigures, figures_from, find_region
from bot.core.calc.flow import FIELDS, Turn, answer, begin, compute, read_field
from bot.core.calc.result import Line, Result

# FAQ topic -> calculator: the "算一算" button under these answers (kept here, not in the FAQ YAML).
TOPIC_CALCULATOR: dict[str, str] = {
    "contract.dismissal_compensation": "severance",
    "contract.dismissal_legality": "severance",
    "contract.layoff_closure": "severance",
    "contract.resign": "severance",
    "insurance.injury_benefits": "injury",
    "insurance.injury_benefit_example": "injury",
    "insurance.injury_disability_assessment": "injury",
    "insurance.injury_settlement": "injury",
    "insurance.injury_grade_estimate": "injury",
    "hours.overtime_pay": "overtime",
    "contract.no_written": "double_pay",
    "leave.annual": "annual_leave",
    "wage.arrears.report": "arrears",
    "wage.settlement_on_leaving": "arrears",
    "wage.iou": "arrears",
}
KINDS = tuple(FIELDS)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("injury", r"(工伤|伤残|致残)"),
    ("double_pay", r"((没|没有|未|不)(签|签订|订立)(书面)?(劳动)?合同|[二两双]倍工资)"),
    ("annual_leave", r"(年假|年休假)"),
    (
        "overtime",
        r"(加班|家班|(周六|周日|周末|休息日|礼拜天|星期天|节假日|过年|国庆).{0,6}(上班|干活|值班).{0,10}(调休|补休|加班费|多少))",
    ),
    (
        "severance",
        r"(经济补偿|补偿金|赔偿金|N\+1|n\+1|2N|2n|辞退|开除|解雇|裁员|被裁|裁掉|劝退|炒鱿鱼|不续签|不续约|合同到期|解除|离职补偿|遣散|倒闭|破产|协商离职)",
    ),
    (
        "arrears",
        r"((欠|拖欠|没发|不发|没给|不给|不结|没结|扣).{0,8}(工资|工钱|薪|血汗钱|钱)|(工资|工钱).{0,8}(欠|拖|没发|不发|没给|不给|没结|不结)|欠了?(我|我们)|讨薪|欠薪)",
    ),
)
_HOW_MUCH = re.compile(
    r"(多少|几个月工资|怎么算|咋算|算一下|算算|帮我算|能拿|能赔|能补|赔多少|补多少|能要|给多少|该给|应该给|拿多少|有多少)"
)


def kind_of(text: str) -> str | None:
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, text):
            return kind
    return None


def wants(text: str, today: date | None = None) -> str | None:
    """The calculator for a "how much" question that already holds at least one figure."""
    if not text or not _HOW_MUCH.search(text):
        return None
    kind = kind_of(text)
    if kind is None:
        return None
    day = today or clock.today()
    for name in FIELDS[kind]:
        if name == "reason":
            continue
        if read_field(kind, name, text, False, day) is not None:
            return kind
    return None


def calc_button(topic_id: str | None) -> tuple[str, str] | None:
    """(label, payload) of the "算一算" button under an FAQ answer, or None."""
    kind = TOPIC_CALCULATOR.get(topic_id or "")
    return (texts.BUTTON_CALC, f"calc:{kind}") if kind else None


__all__ = [
    "FIELDS",
    "KINDS",
    "TOPIC_CALCULATOR",
    "InjurySubsidy",
    "Line",
    "RegionFigures",
    "Result",
    "Turn",
    "answer",
    "begin",
    "calc_button",
    "compute",
    "figures_from",
    "find_region",
    "kind_of",
    "wants",
]
