"""Money figures in a story's words: each figure that is money ("一万八", "3千5", "2800块",
"一天两百八" as a pay), not a date, a count or a phone number, with its value; and the words that
make a figure a pay per month or per day (read by bot/core/extract/amounts.py). Each figure's
value is read by bot/core/parsers' single-answer parser."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.parsers import ParseError, parse_amount

# a Chinese digit that starts a word is not part of the figure: "一万八一直没给", "两万一共"
_WORD_ONE = r"(?![一两](?:直|共|下|起|分|样|点|个|天|年|月|次|家|定|般|些|切|边|人|位|名))"
_NUM = rf"(?:[0-9][0-9.,]*|(?:{_WORD_ONE}[零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])+)"
_MONEY = re.compile(
    rf"(?P<tok>{_NUM}\s*(?:多|来|几)?(?:万|千|w|W|k|K)?(?:(?<=[万千]){_WORD_ONE}[一二三四五六七八九]|"
    # a digit after the unit: "2万4千", "3千5", "3k5", "1万2千5" (not "2万4个人")
    rf"(?<=[万千wWkK])[0-9](?:[千百][0-9]?)?(?![0-9.个月天年号人]))?)\s*(?P<yuan>元|块钱|块|多块)?"
)
# pay per period: "一个月五千二", "月薪八千", "一天两百八" (not "提成加底薪一共九千二": a total). A count of months before 月工资 ("两个月工资
# 一万四", "十一月工资") is the period owed, not a rate: the amount after it is the total.
_CN = "0-9一二两三四五六七八九十俩仨"
_RATE_BEFORE = re.compile(
    rf"(每个?月|(?<![{_CN}])一个月|(?<![个{_CN}])(?:月薪|月工资)|(?<![{_CN}])一月(?!份)|每天|(?<![{_CN[:-2]}])一天|"
    rf"日薪|日工资|日工钱|(?<![{_CN}])一日|每日|一个工|每个工|(?<![{_CN}个])一工(?![资钱地厂])|每个?小时|(?<![{_CN}])一个?小时|时薪|(?<![{_CN}])(?:底薪|保底)(?!\s*(?:一共|总共|加起来|合计)))(?:工资|的工资|工钱|的工钱|工价|保底|底薪|人工)?"
    # the pay said by the day, then whose it is: "一天一个人一百五", "每天每人三百"
    r"(?:一个人|一人|每人|每个人|人均|一共|总共|加起来|都|各)?(?:加提成|带提成|连提成|含提成|加奖金|加补贴|加加班费?|连加班费?|含加班费?|加班费)?(?:说好|讲好|谈好|定好|约好)?(?:的)?"
    r"(?:是|有|给(?:我|俺|咱)?|才|算)?(?:差不多|大概|大约|约)?\s*$"
)
_RATE_AFTER = re.compile(
    r"^\s*(?:元|块钱|块)?\s*(?:一个月|每个?月|一月|/月|一天|每天|/天|一个工|一个?小时|每个?小时|一个钟头?|每个钟头?|/小时)"
)
_NOT_MONEY_AFTER = re.compile(
    r"^\s*(?:年|月|号(?!码)|日|天|个|人(?!工)|岁|点|平|米|层|栋|期|路|名(?!字)|位|多个|来个|几个|小时|次|斤|公里|%"
    r"|件|趟|双|箱|单(?![位价据子]))"
)


_MONTH_LEAD = re.compile(
    r"(?:^|[，,、：:\s我他她俺])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:的|嘞|嘅|个)?(?:工资|工钱|人工|提成|奖金|绩效|加班费)?(?:算下来|下来|一共|总共|合计|挣了|跑了|做了|干了)?(?:是|有|开了|算)?\s*$"
)


def money_tokens(text: str) -> list[tuple[re.Match[str], Decimal]]:
    out = []
    for m in _MONEY.finditer(text):
        tok = m.group("tok").strip()
        after = text[m.end() :]
        has_unit = bool(m.group("yuan")) or bool(re.search(r"[万千百wWkK仟佰]", tok))
        arabic = re.fullmatch(r"[0-9][0-9.,]*", tok)
        lead = text[max(0, m.start() - 12) : m.start()]
        if (
            not has_unit
            # "时薪十八", "一个钟二十": a pay by the hour is told in tens, often with no 块
            and not re.search(r"(?:时薪|每小时|一小时|一个钟头?)(?:是|有|才)?\s*$", lead)
            and not (
                arabic
                and (
                    re.search(
                        r"(欠|工资|钱|共|薪|差|剩下?|给了|给过|付了|转了|发了|结了|打了|预支|借支|押金|保证金|风险金|质保金|[只就才](?:给|发|结|付))[^，,。\s]{0,3}$",
                        lead,
                    )
                    or _RATE_BEFORE.search(lead)
                    # "扣了500风险金": a deposit named right after its figure
                    or re.match(r"\s*(?:的)?(?:押金|保证金|风险金|风险抵押金|质保金|抵押金)", after)
                    # "22一个钟头": a pay by the hour told before its unit
                    or re.match(r"\s*(?:一个?小时|每个?小时|一个钟头?|每个钟头?|/小时)", after)
                    # a month's pay listed by the month: "八月5100，九月4870" (three digits or more: no day)
                    or (len(tok) >= 3 and _MONTH_LEAD.search(lead))
                    # "十一月份我干了半个月走了，是1870": that month's pay, told after its clause
                    or (
                        len(tok) >= 3
                        and re.search(r"[，,]\s*(?:就|一共)?是$", lead)
                        and "月" in text[max(0, m.start() - 30) : m.start()]
                    )
                )
            )
        ):
            continue
        if not m.group("yuan") and _NOT_MONEY_AFTER.match(after):
            continue
        parsed = parse_amount(
            re.sub(r"(?<=[0-9十百千万])[多来几](?=[万千wWkK])", "", tok) + (m.group("yuan") or "")
        )
        if isinstance(parsed, ParseError) or parsed.value < 10:
            continue
        out.append((m, parsed.value))
    return out
