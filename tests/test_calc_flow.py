"""Calculators in conversation: figures read from what the worker wrote, one question for
each missing figure, specific re-prompts for bad input, state that survives JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from bot.core import calc
from bot.core.calc import extract
from bot.core.calc.extract import Found, Problem
from bot.core.calc.figures import RegionFigures
from bot.core.calc.money import fen

TODAY = date(2026, 11, 23)
SAMPLE = RegionFigures(
    "示例市",
    2025,
    "示例数据",
    aliases=("示例",),
    avg_monthly_wage=D(8000),
    min_monthly_wage=D(2000),
    sample=True,
)


def _through_json(turn: calc.Turn) -> dict:
    """The engine stores the state as JSON: every turn must survive that."""
    assert turn.state is not None
    return json.loads(json.dumps(turn.state, ensure_ascii=False))


SERVICE = [
    ("干了4年7个月", 55),
    ("工作了6年2个月", 74),
    ("做了一年半", 18),
    ("干了半年", 6),
    ("干了8个月", 8),
    ("在这干了十年", 120),
    ("2019年3月入职，2024年9月离职", 66),
    ("2023年10月入职 2024年4月被辞退", 6),  # months split across a year: exactly six
    ("2023年10月15日入职 2024年4月14日离职", 6),
    ("2023年10月15日入职 2024年4月13日离职", 5),
]


@pytest.mark.parametrize("text,months", SERVICE)
def test_service_months(text: str, months: int) -> None:
    found = extract.service_months(text, TODAY)
    assert isinstance(found, Found) and found.value == months


@pytest.mark.parametrize(
    "text,code",
    [
        ("干了三年多", "service_rough"),
        ("2024年9月入职 2019年3月离职", "dates_reversed"),
        ("2024年9月入职 2027年3月离职", "dates_future"),
        ("干了4年15个月", "service_months_over"),
    ],
)
def test_service_problems(text: str, code: str) -> None:
    found = extract.service_months(text, TODAY)
    assert isinstance(found, Problem) and found.code == code and found.message


WAGES = [
    ("月薪七千", D(7000), ""),
    ("月工资6500", D(6500), ""),
    ("工资七八千", D(7000), "七八千"),
    ("一个月7000-8000", D(7000), "7000-8000"),
    ("七千一个月", D(7000), ""),
    ("月薪1.2万", D(12000), ""),
    ("一年十万", D(100000) / 12, "100,000"),
    ("干了一年8个月 月薪5000", D(5000), ""),
    ("月薪6000 年假没休", D(6000), ""),
]


@pytest.mark.parametrize("text,value,said", WAGES)
def test_wage(text: str, value: D, said: str) -> None:
    found = extract.wage(text)
    assert isinstance(found, Found) and found.value == value
    assert said in found.note if said else found.note == ""


@pytest.mark.parametrize(
    "text,code",
    [
        ("月薪八千 一年十万", "wage_contradiction"),
        ("月薪8000 月工资9000", "wage_two_figures"),
        ("月工资 -5000", "wage_negative"),
        ("月薪3块", "wage_too_small"),
        ("月薪五千万", "wage_too_large"),
    ],
)
def test_wage_problems(text: str, code: str) -> None:
    found = extract.wage(text)
    assert isinstance(found, Problem) and found.code == code


def test_straight_to_result_when_nothing_is_missing() -> None:
    text = "合同到期不续签 干了6年2个月 月工资6500 能拿多少"
    assert calc.wants(text, TODAY) == "severance"
    turn = calc.begin("severance", text, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D("42250.00")
    reply = turn.replies[0].text
    for part in ("42,250.00", "6.5 × 6,500.00", "第四十七条", "仅供参考，以仲裁/鉴定/当地规定为准"):
        assert part in reply
    assert "2,166.67" in reply  # the cap shown conditionally: region unknown


def test_asks_only_what_is_missing_then_answers() -> None:
    turn = calc.begin("severance", "被裁员了 干了4年7个月 能拿多少", [], TODAY)
    assert turn.result is None and "工资" in turn.replies[0].text and not turn.replies[0].buttons
    turn = calc.answer(_through_json(turn), "七八千", None, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(35000)
    assert "按较低的 7,000 元计算" in turn.replies[0].text


def test_reason_buttons_then_ground() -> None:
    turn = calc.begin("severance", "", [], TODAY)
    payloads = [b.payload for b in turn.replies[0].buttons]
    assert "calc:pick:dismissed" in payloads and "calc:pick:resign" in payloads
    turn = calc.answer(_through_json(turn), None, "calc:pick:dismissed", [], TODAY)
    assert [b.payload for b in turn.replies[0].buttons][-1] == "calc:pick:unlawful"
    turn = calc.answer(_through_json(turn), None, "calc:pick:unlawful", [], TODAY)
    turn = calc.answer(_through_json(turn), "4年7个月", None, [], TODAY)
    turn = calc.answer(_through_json(turn), "7000", None, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(70000)
    assert "第八十七条" in turn.replies[0].text


def test_resigning_says_nothing_is_due_without_more_questions() -> None:
    turn = calc.begin("severance", "我自己辞职的 能拿多少补偿", [], TODAY)
    assert turn.result is not None and turn.result.total == 0
    assert "一般没有经济补偿" in turn.replies[0].text


def test_contradiction_gets_a_choice() -> None:
    turn = calc.begin("severance", "被裁员 干了3年 月薪八千 一年十万 能拿多少", [], TODAY)
    reply = turn.replies[0]
    assert "对不上" in reply.text and len(reply.buttons) == 2
    turn = calc.answer(_through_json(turn), None, reply.buttons[0].payload, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(24000)


def test_region_from_the_file_caps_and_marks_sample() -> None:
    turn = calc.begin("severance", "在示例市 被裁员 干了15年 月薪三万 能拿多少", [SAMPLE], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(12 * 24000)
    assert "示例数据" in turn.replies[0].text


def test_manual_average_wage() -> None:
    turn = calc.begin("severance", "被裁员 干了15年 月薪三万 能拿多少", [], TODAY)
    assert any(b.payload == "calc:avg" for b in turn.replies[0].buttons)
    turn = calc.answer(_through_json(turn), None, "calc:avg", [], TODAY)
    turn = calc.answer(_through_json(turn), "8000", None, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(288000)


def test_injury_from_one_message() -> None:
    turn = calc.begin("injury", "工伤鉴定七级伤残 受伤前月工资5000", [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(65000)
    assert "省" in turn.replies[0].text  # subsidies set by the province


def test_injury_grade_out_of_range_reprompts() -> None:
    turn = calc.begin("injury", "", [], TODAY)
    turn = calc.answer(_through_json(turn), "12", None, [], TODAY)
    assert "1到10" in turn.replies[0].text and turn.result is None


def test_overtime_from_words() -> None:
    turn = calc.begin("overtime", "月薪4350 平时加班10小时 国庆加班3天", [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(375 + 1800)


def test_overtime_per_day_asks_days() -> None:
    turn = calc.begin("overtime", "月薪4350 每天加班2小时", [], TODAY)
    assert turn.result is None and "多少天" in turn.replies[0].text


def test_double_pay_from_dates() -> None:
    turn = calc.begin("double_pay", "2025年3月入职一直没签合同 月薪6000", [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(11 * 6000)
    assert "时效" in turn.replies[0].text


def test_annual_leave_days_said() -> None:
    turn = calc.begin("annual_leave", "工作了12年 月薪4350 还有3天年假没休", [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(1200)


def test_annual_leave_days_contradict_entitlement() -> None:
    turn = calc.begin("annual_leave", "工作了3年 月薪4350 有30天年假没休", [], TODAY)
    assert turn.result is None and "核对" in turn.replies[0].text
    turn = calc.answer(_through_json(turn), "5天", None, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(2000)


def test_arrears_hands_off_to_the_complaint_form() -> None:
    turn = calc.begin("arrears", "老板欠了我三个月工资 每月4500", [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(13500)
    assert turn.replies[0].buttons[0].payload == "calc:complain"
    done = calc.answer(_through_json(turn), None, "calc:complain", [], TODAY)
    assert done.state is None and done.handoff and D(done.handoff["amount_owed"]["value"]) == D(13500)


def test_a_new_question_mid_calculation_passes_through() -> None:
    turn = calc.begin("overtime", "", [], TODAY)
    turn = calc.answer(_through_json(turn), "试用期可以不交社保吗？", None, [], TODAY)
    assert turn.passthrough and turn.state is None


@pytest.mark.parametrize("bad", ["", "？？", "0", "-3", "abc", "9" * 40, "月薪0", "一年零"])
def test_bad_answers_never_crash(bad: str) -> None:
    for kind in calc.KINDS:
        turn = calc.begin(kind, "", [], TODAY)
        if kind == "severance":
            turn = calc.answer(_through_json(turn), None, "calc:pick:layoff", [], TODAY)
        for _ in range(3):
            turn = calc.answer(_through_json(turn), bad, None, [], TODAY) if turn.state else turn
            assert turn.replies or turn.passthrough


def test_replies_fit_one_wechat_message() -> None:
    texts = [
        "在示例市 被违法辞退 干了15年 月薪三万 能拿多少",
        "工伤二级伤残 月工资3000 没交工伤保险",
        "月薪4350 平时加班10小时 周末加班2天 补休了1天 国庆加班3天",
    ]
    for text in texts:
        kind = calc.kind_of(text)
        assert kind is not None
        turn = calc.begin(kind, text, [SAMPLE], TODAY)
        for reply in turn.replies:
            assert len(reply.text) + sum(len(b.label) + 4 for b in reply.buttons) < 1900
            assert all(len(b.payload.encode()) <= 64 for b in reply.buttons)


# Whole questions as workers write them: the calculator, and the total when nothing is missing.
QUESTIONS = [
    ("合同到期不续签 干了6年2个月 月工资6500 能拿多少", "severance", "42250"),
    ("被公司辞退了，没有任何理由，干了两年半，月薪8000，能赔多少", "severance", "48000"),
    ("公司裁员 在公司工作了5年3个月 工资每月九千 补偿多少", "severance", "49500"),
    ("合同到期公司不续签了，我在这干了8年，平均工资一万二，能拿多少钱", "severance", "96000"),
    ("厂子倒闭了 干了十二年 每个月4000多 补偿多少", "severance", "48000"),
    ("协商解除 公司提出的 干了7年 月薪1万 给多少", "severance", "70000"),
    ("公司要把我辞退 我干了3年 工资5000 能给多少补偿", "severance", None),  # asks the ground
    ("工伤十级 能赔多少 工资4000", "injury", "28000"),
    ("我是九级伤残，工资3500，离职能拿多少", "injury", "31500"),
    ("加班费怎么算 我月薪6000 这个月加了40个小时", "overtime", "2068.97"),
    ("国庆节加班三天 工资5000 应该给多少加班费", "overtime", "2068.97"),
    ("入职半年了还没签合同 工资4500 双倍工资能拿多少", "double_pay", "22500"),
    ("年假没休能补多少钱 我工作5年了 工资8000", "annual_leave", "3678.16"),
    ("老板欠我两万三 能要回来多少", "arrears", "23000"),
    ("干了45天 一天300 老板不给钱 能要多少", "arrears", "13500"),
]


@pytest.mark.parametrize("text,kind,total", QUESTIONS)
def test_questions_as_workers_write_them(text: str, kind: str, total: str | None) -> None:
    assert calc.wants(text, TODAY) == kind
    turn = calc.begin(kind, text, [], TODAY)
    if total is None:
        assert turn.result is None and turn.replies[0].buttons
    else:
        assert turn.result is not None and fen(turn.result.total) == D(total)


@pytest.mark.parametrize(
    "text", ["加班费怎么算", "被辞退有补偿吗", "工伤怎么认定", "今天天气怎么样", "欠薪去哪投诉"]
)
def test_questions_without_figures_stay_faq(text: str) -> None:
    assert calc.wants(text, TODAY) is None


def test_random_messages_and_forged_buttons_never_crash() -> None:
    import random

    words = [
        "干了", "4年7个月", "月薪", "七八千", "一年十万", "-5", "0", "九级", "伤残", "加班", "30小时", "周末",
        "4天", "补休了2天", "每天", "辞退", "到期不续签", "2019年3月入职", "2031年1月离职", "欠了", "两万三",
        "？", "年假", "5天", "在示例市", "99999999999", "NaN", "1e400", "半", "十几年", "一年多",
    ]  # fmt: skip
    buttons = [None, None, None, "calc:pick:NaN", "calc:pick:-1", "calc:pick:1e400", "calc:pick:x", "calc:avg",
               "calc:again", "calc:pick:unlawful", "calc:pick:8000", "calc:complain", "calc:cancel"]  # fmt: skip
    rng = random.Random(20261130)
    for _ in range(400):
        kind = rng.choice(calc.KINDS)
        turn = calc.begin(kind, " ".join(rng.sample(words, 3)), [SAMPLE], TODAY)
        for _ in range(4):
            if turn.state is None:
                break
            state = json.loads(json.dumps(turn.state, ensure_ascii=False))
            turn = calc.answer(state, " ".join(rng.sample(words, 2)), rng.choice(buttons), [SAMPLE], TODAY)
            assert turn.replies or turn.passthrough or turn.handoff is not None or turn.state is None


@pytest.mark.parametrize("text,grade", [("七级伤残", 7), ("鉴定为10级", 10), ("十级", 10), ("9级", 9)])
def test_grade(text: str, grade: int) -> None:
    assert extract.grade(text) == grade


@pytest.mark.parametrize("text", ["十二级", "12级", "0级", "二十级"])
def test_grade_out_of_range(text: str) -> None:
    assert isinstance(extract.grade(text), Problem)


def test_average_wage_by_naming_the_place() -> None:
    turn = calc.begin("severance", "被裁员 干了15年 月薪三万 能拿多少", [SAMPLE], TODAY)
    turn = calc.answer(_through_json(turn), None, "calc:avg", [SAMPLE], TODAY)
    turn = calc.answer(_through_json(turn), "我在示例市", None, [SAMPLE], TODAY)
    assert (
        turn.result is not None and fen(turn.result.total) == D(288000) and "示例数据" in turn.replies[0].text
    )


def test_overtime_per_day_then_days() -> None:
    """'一天工作12个小时': 4 hours a day past the 8-hour day; the days come in the next answer."""
    turn = calc.begin("overtime", "月薪4350 一天工作12个小时 加班费多少", [], TODAY)
    assert turn.result is None and "每天加班 4 小时" in turn.replies[0].text
    turn = calc.answer(_through_json(turn), "22天", None, [], TODAY)
    assert turn.result is not None and fen(turn.result.total) == D(88 * 25 * D("1.5"))
    assert "超过8小时" in turn.replies[0].text


@pytest.mark.parametrize(
    "text,months,wage,said",
    [
        ("被裁员 5年工龄 工资6000", 60, 6000, ""),
        ("被裁了 干了3年 税前8000 税后6500", 36, 8000, ""),
        ("被裁了 干了3年 工资一个月到手五千五", 36, 5500, "税前"),
        ("公司裁员 我在公司干了三年零两个月 工资5000", 38, 5000, ""),
    ],
)
def test_more_ways_to_say_service_and_wage(text: str, months: int, wage: int, said: str) -> None:
    found = extract.service_months(text, TODAY)
    assert isinstance(found, Found) and found.value == months
    w = extract.wage(text)
    assert isinstance(w, Found) and w.value == wage and said in w.note


@pytest.mark.parametrize(
    "text,kind",
    [
        ("周六叫去上班又不给调休 应该给多少钱", "overtime"),
        ("周六周日叫去上班又不给调休 家班费咋算", "overtime"),
        ("公司一直不给买社保 说每月多给200块就算了 现在后悔了能要回来吗", None),
        ("老板欠我两万三 能要回来多少", "arrears"),
    ],
)
def test_which_calculator(text: str, kind: str | None) -> None:
    assert calc.kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "周六叫去上班又不给调休 应该给多少钱",  # "六" is no amount owed
        "跟主管吵了一架第二天就没去了 厂里说我自离 这个月工资一分都不给 还能要吗",
        "公司一直不给买社保 说每月多给200块就算了 现在后悔了能要回来吗",
    ],
)
def test_no_figure_no_calculation(text: str) -> None:
    assert calc.wants(text, TODAY) is None


def test_hourly_wage_and_almost_a_year() -> None:
    found = extract.wage("平常每天加班3个小时 时薪20")
    assert isinstance(found, Found) and found.value == D(20) * 8 * D("21.75") and "每小时 20 元" in found.note
    assert isinstance(extract.service_months("干了快一年了", TODAY), Problem)
