"""The words of time a story's period is read from (bot/core/extract/periods.py): cues that a
clause talks about time, months named, listed or spaced, a part paid, the owing up to now."""

from __future__ import annotations

import re

from bot.core.extract.name_words import SURNAMES

PERIOD_CUE = re.compile(
    r"(去年|今年|前年|开年|年初|\d{4}\s*年|[0-9]{1,2}\s*月|[一二三四五六七八九十]{1,2}\s*月|上个?月|这个月|本月|过完年|开春|"
    r"过了年|年后|春节|过年|正月|元宵|元旦|清明|五一|国庆|端午|中秋|腊月|冬月|农历|阴历|上半年|下半年|"
    r"[0-9一二两三四五六七八九十半]+\s*个\s*[多半来]?\s*月|[仨俩]\s*月|(?:1[0-2]|[1-9])\.[0-3]?[0-9]\s*(?:到|至|-|~|—)|\d{4}\s*[.\-/]\s*\d{1,2}|暑假|寒假|"
    r"[0-9一二两三四五六七八九十半]+\s*多?\s*年(?:的|工资|没|了))"
)


# a month told as when the pay was agreed, and a month named at all (not "三个月")
AGREED = re.compile(r"月份?(?:的时候|时|那会儿?)?(?:就)?(?:讲好|说好|谈好|讲定|说定|定好|约好)")
A_MONTH = re.compile(r"(?<![个0-9一二两三四五六七八九十])(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月")


VAGUE = re.compile(r"(?<![上下])半年|[0-9一二两三四五六七八九十]+\s*年多|快一年|近一年|[好几]+个月|多年")

# months said one after another with only a pause between them ("九月 十月 十一月")
SPACED_MONTHS = re.compile(
    r"(?<![个0-9一二两三四五六七八九十])(?P<a>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?P<gap>[\s，,]+)"
    r"(?=(?P<b>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!\s*[0-9一二三四五六七八九十]+\s*[号日]))"
)


# a month's work told with its amount: "九月车一万二千条", "十月做了二十六天", "十一月跑了九百单"
WORK_DONE = re.compile(
    r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:我|阮|俺)?\s*[\u4e00-\u9fff]{1,2}了?\s*"
    r"(?:[0-9]+|[一两二三四五六七八九十][千百万零一两二三四五六七八九十]*)\s*(?:多)?\s*(?:条|件|个|双|单|天|日|工|趟|车|平|方|张|箱|小时|个钟)"
)


# a festival word that is a person's given name ("李国庆", "王五一"): a surname before it and no
# word of time after it ("国庆后", "国庆节", "国庆那会儿")
NAMED_FESTIVAL = re.compile(
    "([" + "".join(sorted(c for c in SURNAMES if len(c) == 1)) + "])(?:国庆|五一|清明|元旦)"
    r"(?!节|后|以后|之后|前|假|期间|开始|过后|长假|放假|那|过完|完)"
)

# a month or a time of year named ("10月工资", "去年底", "国庆"): the period is no bare length
NAMED = re.compile(
    r"[0-9一二三四五六七八九十]\s*月|上个?月|这个?月|本月|去年|今年|前年|年[底末初头]|开年|开春|春节|过年|过完年|"
    r"年后|正月|腊月|冬月|元旦|元宵|清明|五一|国庆|端午|中秋|农历|阴历|[上下]半年|暑假|寒假|\d{4}\s*[.\-/]\s*\d"
)


# a month's pay given only in part: "九月就给了两千", "十月份的就发了一千五"; a part paid (PAID_CLAUSE)
ONLY_PAID = re.compile(
    r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:的|的工资)?\s*(?P<only>就)(?:发|给|结|付)了?"
    r"(?:我|俺)?\s*(?:[0-9]|[一两二三四五六七八九][千百万])"
)
PAID_CLAUSE = re.compile(r"(?<![没不未])(?:给过|给了|付了|转了|发了|结了|预支|借支|只给|就给)")
# months listed one by one: "8月9月10月", "九月、十月"
LIST = re.compile(
    r"[0-9一二三四五六七八九十]\s*月份?\s*[、和跟及与]?\s*[0-9一二三四五六七八九十]+\s*月"
    # "7、8、9、10、11五个月": bare month numbers listed, then the months they make
    r"|(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])(?:\s*[、,，]\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])){2,}"
    r"\s*(?:[0-9一二两三四五六七八九十]+\s*个\s*)?月"
)

MONTH_NO = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
BARE_LIST = re.compile(
    rf"(?P<list>{MONTH_NO}(?:\s*[、,，]\s*{MONTH_NO})+)\s*(?:[0-9一二两三四五六七八九十]+\s*个\s*)?月"
)

# nothing paid up to now: "到现在一分没发", "至今一直没给"
OWED_TO_NOW = re.compile(
    r"(?:到现在|至今|到今天|到目前|到如今)[^，,。；;]{0,6}?(?:一分|一直|都|还|也|从来)?[^，,。；;]{0,3}?(?:没|未|不)(?:发|给|结|开)"
)
OPEN_START = re.compile(r"从|开始|以来|以后|之后|[起后]")
UNTIL_NOW = re.compile(r"到现在|至今|到今天|到目前|到如今|一直到现在")
COUNT = re.compile(r"(?<![0-9一二两三四五六七八九十])([0-9]+|[两二三四五六七八九十]+)\s*个\s*月")
