"""Severance (经济补偿 N), N+1 and the 2N damages for an unlawful dismissal.

《劳动合同法》第四十六条 (when), 第四十七条 (how much: months of service, the 3x cap and
12 years, the 12-month average), 第八十七条 (2N); 《劳动合同法实施条例》第二十条 (the +1 at
last month's wage), 第二十五条 (2N replaces N), 第二十七条 (the minimum-wage floor).
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.calc import texts
from bot.core.calc.extract import months_text
from bot.core.calc.money import num, yuan
from bot.core.calc.result import Line, Result

# reason -> (what is due: "N" | "N+1" | "2N" | "0", articles)
REASONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "expiry": ("N", ("《劳动合同法》第四十四条第一项、第四十六条第五项",)),
    "layoff": ("N", ("《劳动合同法》第四十一条、第四十六条第四项",)),
    "closure": ("N", ("《劳动合同法》第四十四条第四项、第五项，第四十六条第六项",)),
    "forced_quit": ("N", ("《劳动合同法》第三十八条、第四十六条第一项",)),
    "mutual_employer": ("N", ("《劳动合同法》第三十六条、第四十六条第二项",)),
    "art40_notice": ("N", ("《劳动合同法》第四十条、第四十六条第三项",)),
    "art40_no_notice": (
        "N+1",
        ("《劳动合同法》第四十条、第四十六条第三项", "《劳动合同法实施条例》第二十条"),
    ),
    "unlawful": ("2N", ("《劳动合同法》第四十八条、第八十七条", "《劳动合同法实施条例》第二十五条")),
    "resign": ("0", ("《劳动合同法》第三十七条、第四十六条",)),
    "mutual_worker": ("0", ("《劳动合同法》第三十六条、第四十六条第二项",)),
    "fault": ("0", ("《劳动合同法》第三十九条",)),
    "renewal_refused": ("0", ("《劳动合同法》第四十六条第五项",)),
}
BASE_ARTICLES = ("《劳动合同法》第四十七条", "《劳动合同法实施条例》第二十七条")

# The reason as workers write it; the first pattern that matches wins.
_REASON_WORDS: tuple[tuple[str, str], ...] = (
    ("renewal_refused", r"(条件不变|同样条件|提高条件|加工资).{0,8}(续签|续约).{0,6}(我不|我没|我不想|不愿)"),
    (
        "unlawful",
        r"(违法辞退|违法解除|违法开除|无故辞退|无故开除|无缘无故|没有?任何理由|没有理由|没理由|无理由|没说理由|不说理由|随便找个理由|非法辞退)",
    ),
    ("art40_no_notice", r"(不能胜任|不胜任|医疗期满|病假期满|客观情况).{0,20}(没|没有|未)(提前|通知)"),
    ("art40_notice", r"(不能胜任|不胜任|医疗期满|病假期满|客观情况)"),
    ("fault", r"(严重违纪|严重违反|违反规章|旷工|被判刑|刑事责任|营私舞弊|试用期不符合)"),
    ("expiry", r"(到期不续签|到期不续|到期.{0,4}不(续|再签|签了)|不续签|不续约|不再续签|合同到期|合同期满)"),
    ("closure", r"(倒闭|破产|关门|吊销|注销|解散|关闭|跑路)"),
    ("layoff", r"(裁员|被裁|裁掉|优化|减员)"),
    (
        "forced_quit",
        r"(欠薪|拖欠工资|不发工资|欠.{0,4}工资|不交社保|没交社保|不缴社保|没缴社保|不买社保|被迫).{0,12}(辞职|离职|解除|走|不干)",
    ),
    (
        "mutual_employer",
        r"(公司|单位|老板|领导|厂里).{0,6}(提出|找我|要求|让我).{0,6}协商|协商.{0,8}(公司|单位|老板|领导|厂里)(提出|提的)",
    ),
    ("mutual_worker", r"(我|自己).{0,6}(提出|申请).{0,4}协商"),
    (
        "dismissed",
        r"(搬迁|搬去|搬到外地|迁厂|搬厂|辞退|开除|解雇|炒鱿鱼|炒了|被辞|让我走|叫我走|不要我|把我开|赶走|劝退)",
    ),
    ("resign", r"(辞职|主动离职|我要离职|我想离职|自己离职|自己走|不想干|不干了|跳槽)"),
)


def reason_from(text: str) -> str | None:
    """A reason key, "dismissed" (a dismissal whose ground is still to ask), or None."""
    for key, pattern in _REASON_WORDS:
        if re.search(pattern, text):
            return key
    return None


def compute(
    *,
    months: Decimal,
    wage: Decimal,
    reason: str,
    avg_wage: Decimal | None = None,
    min_wage: Decimal | None = None,
    region: str = "",
) -> Result:
    due, reason_articles = REASONS[reason]
    articles = [*reason_articles]
    if due == "0":
        return Result(
            "severance",
            Decimal(0),
            [],
            articles,
            nothing_due=texts.SEV_NOTHING[reason],
            caveats=[texts.SEV_NOTHING_CAVEAT],
        )
    articles += [a for a in BASE_ARTICLES if a not in articles]
    years, rest = divmod(int(months), 12)
    n = Decimal(years) + (Decimal(1) if rest >= 6 else Decimal("0.5") if rest > 0 or years == 0 else 0)
    n_reason = texts.SEV_N_RULE.format(
        service=months_text(months),
        extra=texts.SEV_EXTRA_FULL if rest >= 6 else texts.SEV_EXTRA_HALF if rest > 0 or years == 0 else "",
        n=num(n),
    )
    base, notes = wage, [n_reason]
    if min_wage is not None and wage < min_wage:
        base = min_wage
        notes.append(texts.SEV_FLOOR.format(wage=yuan(wage), min=yuan(min_wage), region=region))
    capped = avg_wage is not None and wage > 3 * avg_wage
    if capped:
        assert avg_wage is not None
        base = 3 * avg_wage
        notes.append(texts.SEV_CAP.format(wage=yuan(wage), avg=yuan(avg_wage), cap=yuan(base), region=region))
        if n > 12:
            notes.append(texts.SEV_CAP_YEARS.format(n=num(n)))
            n = Decimal(12)
    amount_n = n * base
    lines = [Line(texts.SEV_LINE_N, amount_n, f"{num(n)} × {yuan(base)} 元 = {yuan(amount_n)} 元")]
    headline = texts.SEV_HEAD_N
    total = amount_n
    if due == "N+1":
        lines.append(Line(texts.SEV_LINE_PLUS1, wage, texts.SEV_PLUS1_FORMULA.format(wage=yuan(wage))))
        total = amount_n + wage
        headline = texts.SEV_HEAD_N1
    elif due == "2N":
        total = 2 * amount_n
        lines = [Line(texts.SEV_LINE_2N, total, f"2 × {num(n)} × {yuan(base)} 元 = {yuan(total)} 元")]
        headline = texts.SEV_HEAD_2N
        notes.append(texts.SEV_2N_NOTE)
    caveats = [texts.SEV_CAVEAT_WAGE, texts.SEV_CAVEAT_REASON, texts.SEV_CAVEAT_TIME]
    alternative = ""
    if avg_wage is None:
        alternative = texts.SEV_CAP_UNKNOWN.format(threshold=yuan(wage / 3))
        if months > 12 * 12:
            alternative += texts.SEV_CAP_UNKNOWN_YEARS
    if min_wage is None:
        caveats.append(texts.SEV_FLOOR_UNKNOWN)
    return Result(
        "severance", total, lines, articles, caveats, notes, headline=headline, alternative=alternative
    )
