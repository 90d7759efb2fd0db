"""Figures in a story: phone numbers (also 一三九… in Chinese digits), head count
(amounts: bot/core/extract/amounts.py; the months owed: bot/core/extract/periods.py). Each reuses the single-answer parser of bot/core/parsers on the words it found."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.name_words import RELATIVES
from bot.core.extract.pairs import pair_told
from bot.core.parsers import ParseError, parse_headcount, parse_phone
from bot.core.parsers.numerals import to_number

_CN_DIGIT = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
             "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}  # fmt: skip
_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}


def digits_view(text: str) -> str:
    """The text with full-width digits and runs of 7+ Chinese digits as ASCII, same length."""
    out = "".join(_FULLWIDTH.get(c, c) for c in text)
    cn = "".join(_CN_DIGIT)
    return re.sub(
        rf"[{cn}](?:[{cn}\s-]*[{cn}]){{6,}}", lambda m: "".join(_CN_DIGIT.get(c, c) for c in m.group(0)), out
    )


_MOBILE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)")


@dataclass(frozen=True)
class Figure:
    value: object
    echo: str
    start: int
    end: int
    approximate: bool = False
    note: str = ""


def find_phone(text: str) -> Figure | None:
    view = digits_view(text)
    for pattern in (_MOBILE, _LANDLINE):
        m = pattern.search(view)
        if m is not None:
            parsed = parse_phone(m.group(0))
            if not isinstance(parsed, ParseError):
                return Figure(parsed.value, parsed.echo, m.start(), m.end())
    return None


# the number to call among several: the caller's own ("有事打我的", "我的电话"), or the one
# said after a slip ("135 1234 8870，不对不对，是135 1243 8870")
_CALL_ME = re.compile(r"(?:打我|找我|联系我|我的|我电话|我手机|我号码|俺的|俺电话|我嘅)[^0-9，,。]{0,8}$")
_NOT_ME = re.compile(
    r"(?:他|她|佢|我爸|我妈|老弟|弟弟|哥哥|姐姐|妹妹|老公|老婆|媳妇|男人|爱人|儿子|女儿|我大|阿妈|阿爸)[^，,。；;]{0,8}$"
)
# a slip corrected, or the first number out of use ("原来的号…停机了，现在用…")
_SLIP = re.compile(r"不对|说错|打错|写错|搞错|更正|纠正|停机|停用|不用了|换号|换了号|新号|现在用")


def find_contact_phone(text: str) -> Figure | None:
    """The phone the centre should call: of several numbers, one corrected after a slip, else
    the caller's own when the other is the worker's ("我老弟电话是X … 有事打我的Y"), else the first."""
    found: list[Figure] = []
    rest = text
    while (one := find_phone(rest)) is not None:
        found.append(one)
        rest = rest[: one.start] + " " * (one.end - one.start) + rest[one.end :]
    if len(found) < 2:
        return found[0] if found else None
    found.sort(key=lambda f: f.start)
    for before, after in zip(found, found[1:], strict=False):
        if _SLIP.search(text, before.end, after.start) and after.value != before.value:
            return after
    mine = [f for f in found if _CALL_ME.search(text[max(0, f.start - 12) : f.start])]
    theirs = [f for f in found if _NOT_ME.search(text[max(0, f.start - 12) : f.start])]
    if len(mine) == 1 and theirs:
        return mine[0]
    if theirs and len(theirs) < len(found):
        others = [f for f in found if f not in theirs]
        if re.search(
            r"(?:打我|找我|联系我|打俺)", text[found[-1].end :] + text[found[0].end : found[-1].start]
        ):
            return others[0]
    return found[0]


_HEAD = re.compile(
    r"(?:我们|我们组|我们班组|班组|全组|一共|总共|共|有|连我|加上我|包括我)?[^，,。\s]{0,3}?"
    # never the end of an amount ("二万六人工" is 26,000 in wages, "三千人" no crew owed)
    r"(?<![0-9万千百零一二两三四五六七八九十])(?P<n>[0-9]+|[一二两三四五六七八九十几百多来]+)\s*(?:多|来|几)?\s*(?:个|名|号|位)?\s*"
    r"(?:人(?!工)|工人|兄弟|老乡|同事|师傅|姐妹|骑手|员工|婆娘|婆姨|妇女|大姐|阿姨)"
)
_OTHERS = re.compile(
    r"(?:另外|还有|加上|和|跟)(?:其他|另外)?"
    # where the others come from, before how many: "跟俺村俩人", "和同村的两个", "跟我们组三个人"
    r"(?:(?:我|俺|咱)(?:们)?(?:村|屯|庄|寨|组|班)(?:里|上)?的?|同村的?|一个村的?|老家的?)?"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十几]+|俩|仨)\s*(?:个|名|位)?\s*(?:工友|人|同事|兄弟|老乡|姐妹|师傅)"
)
# "我们23个电工", "一共十几个保安": a job noun between the number and the people
_HEAD_JOB = re.compile(
    r"(?:我们|我们组|班组|全组|全队|全班|队里|班里|组里|一共|总共|共|有|连我)[^，,。\s]{0,3}?"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十几百多来]+)\s*(?:多|来|几)?\s*(?:个|名|位)\s*"
    r"(?P<job>[\u4e00-\u9fff]{1,3}?(?:工|员|手|匠|师)|保安|保姆|司机|师傅)(?![地厂资钱作程期人头])"
)
# "连我一共7个", "我们一共五个": the people counted without a word for people (never "三个月")
_HEAD_BARE = re.compile(
    r"(?:连我|加上我|包括我|算上我|我们|俺们|咱们|我们组|我们班组|班组|全组)(?:在内)?(?:一共|总共|共|有|是)?\s*"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十几]+)\s*(?P<q>多|来)?\s*个(?!\s*(?:多|半)?\s*(?:月|小时|工(?!资|钱)|星期|礼拜|钟|点|项目|工地|厂|公司))"
)
# the people first, then how many: "兄弟二十来个", "工友们有十几个", "姐妹七八个"
_HEAD_NOUN_FIRST = re.compile(
    r"(?:工友|兄弟|姐妹|老乡|同事|师傅|工人|保安|骑手|老师)(?:们)?(?:一共|总共|有|是)?\s*"
    r"(?P<n>[0-9]+|[一二两三四五六七八九十几]+)\s*(?P<q>多|来)?\s*(?:个|位|名)(?![\u4e00-\u9fff]{0,2}(?:月|天|小时|钟))"
)
_ALONE = re.compile(
    r"(就我一个|只有我|就我自己|我一个人(?:被|的)|只欠我|就欠我一个|"
    # others are owed too, but the worker files for themself: "不过我先投我自己的"
    r"(?:先|只|就)(?:投|告|登记|报|反映|投诉|说|讲|港|问|算)(?:一下)?(?:我|俺)?(?:自己|个人的)|"
    # "我先替自己讲", "俺就帮俺自己问" (讲/港: said, in the south and in Wuhan; Minnan 干焦替家己问;
    # Sichuan and Chongqing 我个人: myself, "我先帮我个人问哈")
    r"(?:先|只|就|干焦)(?:帮|给|替)?(?:我|俺|阮)?(?:自己|家己|个人)(?:投|登记|报|反映|投诉|问|讲|说|港)|"
    # for a relative alone: "我就先替他一个人报"
    r"(?:先|只|就)+(?:帮|给|替)(?:他|她)(?:一个人)?(?:投|登记|报|反映|投诉)|"
    # "我就说我个人的", "我净系帮我阿妈一个人问" (Cantonese 净系: only)
    r"(?:只|就|先)(?:说|报|算|投|问)(?:我|俺)?个人|(?:只|就|先|净系|淨係)(?:是)?(?:帮|给|替)[^，,。\s]{0,4}一个人(?:问|投|登记|报|反映|投诉))"
)


# words that bring other people owed into a story: then the head count is asked, never assumed
_OTHERS_TOO = re.compile(
    # "我们几个", not "我们站点/我们老板" (a place or boss of one's own)
    r"(?:我们|俺们|咱们|我们组)(?!站点|公司|厂|老板|单位|店|工地|项目|那|这|村|镇|县|区|市|小区|学校|医院|酒店|饭店|餐馆|老家)|"
    r"我俩|咱俩|俺俩|两口子|夫妻|他俩|她俩|他们俩|她们俩|老两口|两位老人|两个老人|爸妈|父母|爹妈|爹娘|工友|兄弟们|弟兄们|同事们|其他同事|别的同事|姐妹们|几个姐妹|师傅们|老乡们|"
    r"大家(?:的|都没|都被|都拿不到|一起)|(?:一起|一块)(?:干|做|打工|上班|进|来|去)|班组|全组|全体|好几个|几个人|多人|"
    r"其他人|别人也|别的人|也一样|也都|也没(?:发|给|拿到|结)|其他[0-9一二两三四五六七八九十几]+个|"
    # two relatives or friends together: "我爸和我叔", "我跟我表哥"
    r"(?:和|跟|还有|以及)(?:我|他|她)?(?:的)?(?:表|堂)?(?:爸|妈|叔|舅|哥|弟|姐|妹|姨|姑|伯|老公|老婆|儿子|女儿|"
    r"媳妇|侄|外甥|朋友|同学|邻居|亲戚)"
)


def told_alone(text: str) -> bool:
    """A story told only about the teller (or the one relative complained for), with no word of
    anybody else owed: one person is owed."""
    return not _OTHERS_TOO.search(text)


# others counted who worked with the teller: "同村的五个老乡跟我一起"
_WE_COUNT = re.compile(
    r"(?:我们|俺们|咱们|我哋|阮)(?:这|一共|总共)?(?P<n>[0-9]+|[两三四五六七八九十]+)\s*(?:个|名|位)\s*(?:人|工友|兄弟|老乡|姐妹)"
)
_WITH_ME = re.compile(
    r"(?P<n>[0-9]+|[两二三四五六七八九十几]+)\s*(?:个|名|位)\s*(?:工友|老乡|同事|兄弟|姐妹|师傅|人)"
    r"(?:跟|和|同)(?:我|俺|咱)(?:一起|一块|一齐)"
)
# two or three of a family or a crew by the words for them: 爷俩, 母女俩, 哥仨, 我们仨, 一家三口
_KIN_GROUP = re.compile(
    r"(?:爷|父子|母子|母女|父女|兄弟|姐妹|姐弟|兄妹|婆媳|娘|哥|姐|我们|俺们|咱们|咱)(?:俩|仨)(?!\s*(?:个\s*)?月)"
    r"|一家(?P<n>[两二三四五])口"
)
_KIN_N = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# the head count said as a total ("一共九个人"): it beats "另外七个兄弟" counted with the teller
_TOTAL_HEADS = re.compile(
    r"(?:一共|总共|合计|加起来|连我|算上我|包括我)(?:是|有)?\s*(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*个\s*人"
)


# the whole workplace counted ("厂里三十几个人", "店里七八个人"), not the ones complaining
_PLACE_CROWD = re.compile(
    r"(?:厂|厂子|车间|店|公司|工地|场|队)(?:里|里面|上)(?:头)?(?:的)?(?:有|一共|总共|共)?$"
)
# the teller speaks for a group
_WE = re.compile(r"我们|俺们|咱们|阮兜|我哋|大家|一起|一块")


# people passing the buck between them, "两个人推来推去", "老板和会计两人踢皮球": who owes, not who is owed
_BUCK_COUNT = re.compile(
    r"(?:[两俩二三几]\s*(?:个|位)?\s*(?:人|老板|头头)?|俩)(?=\s*(?:都|就|一直|老是|在)?"
    r"(?:推来推去|互相推|相互推|推过来推过去|踢皮球|扯皮|推诿|你推我|互相扯))"
)


def find_headcount(text: str) -> Figure | None:
    text = _BUCK_COUNT.sub(lambda b: "　" * len(b.group(0)), text)
    m = _TOTAL_HEADS.search(text)
    if m is not None:
        parsed = parse_headcount(m.group("n") + "个人")
        if not isinstance(parsed, ParseError) and int(parsed.value) >= 2:
            return Figure(int(parsed.value), parsed.echo, m.start(), m.end())
    m = _OTHERS.search(text)
    we = _WE_COUNT.search(text)  # "我们三个人 … 我舅子和一个老乡": the group counted is everyone
    if m is not None and we is not None and (n := to_number(we.group("n"))) and n > 2:
        return Figure(int(n), f"{int(n)} 人", we.start(), we.end())
    if m is not None and _ALONE.search(text) is None:  # "还有两个老乡…我先帮我自己问": one
        parsed = parse_headcount(m.group("n") + "个人")
        if not isinstance(parsed, ParseError):
            n = int(parsed.value) + 1
            return Figure(
                n, ("约 " if parsed.approximate else "") + f"{n} 人", m.start(), m.end(), parsed.approximate
            )
    m = _WITH_ME.search(text)
    if m is not None and _ALONE.search(text) is None:  # "五个老乡跟我一起": six with the teller
        parsed = parse_headcount(m.group("n") + "个人")
        if not isinstance(parsed, ParseError):
            n = int(parsed.value) + 1
            return Figure(
                n, ("约 " if parsed.approximate else "") + f"{n} 人", m.start(), m.end(), parsed.approximate
            )
    m = _ALONE.search(text)
    if m is not None:
        return Figure(1, "1 人", m.start(), m.end())
    for m in _HEAD.finditer(text):
        after = text[m.end() : m.end() + 4]
        if m.group(0).endswith(("一个人", "一人")) and re.match(
            r"^\s*(?:[0-9一二两三四五六七八九十百千万]+\s*(?:元|块|万|千))", after
        ):
            continue  # "一个人八千五": per person, not a head count ("我们三个人两万一" is one)
        if m.group("n") in ("一",):
            continue
        if _PLACE_CROWD.search(text[max(0, m.start() - 3) : m.start("n")]) and not _WE.search(text):
            continue  # "厂里三十几个人都没拿到" said in passing by one worker telling her own wages
        parsed = parse_headcount(m.group(0))
        if not isinstance(parsed, ParseError) and int(parsed.value) >= 1:
            return Figure(int(parsed.value), parsed.echo, m.start(), m.end(), parsed.approximate)
    m = _HEAD_JOB.search(text)
    if m is not None:
        parsed = parse_headcount(m.group("n") + "个人")
        if not isinstance(parsed, ParseError) and int(parsed.value) >= 2:
            return Figure(int(parsed.value), parsed.echo, m.start(), m.end(), parsed.approximate)
    for pattern in (_HEAD_BARE, _HEAD_NOUN_FIRST):
        m = pattern.search(text)
        if m is not None:
            parsed = parse_headcount(m.group("n") + (m.group("q") or "") + "个人")  # 二十来个: about 20
            if not isinstance(parsed, ParseError) and int(parsed.value) >= 2:
                return Figure(int(parsed.value), parsed.echo, m.start(), m.end(), parsed.approximate)
    m = _KIN_GROUP.search(text)
    if m is not None:  # "我跟我儿子 爷俩", "俺们仨", "一家三口"
        n = 3 if "仨" in m.group(0) else _KIN_N.get(m.group("n") or "", 2)
        return Figure(n, f"{n} 人", m.start(), m.end())
    if re.search(
        r"(我和|我跟)(?:我)?(?:老乡|老婆|老公|媳妇|兄弟|哥|弟|姐|妹|一个|同事|工友)|两口子|夫妻俩|夫妻两个|我们俩|我俩(?!个?月)|"
        # "我老婆跟我一起做", Hakka "𠊎老婆同𠊎一起做"
        r"(?:老婆|老公|媳妇|爱人|男人|老伴)(?:和|跟|同)(?:我|俺|𠊎)(?:一起|一块|一齐)",
        text,
    ):
        return Figure(2, "2 人", 0, 0)
    pair = pair_told(text)  # "他俩在大棚干活", "老两口": two owed, the teller not among them
    if pair is not None:
        return Figure(2, "2 人", pair.start(), pair.end())
    kin = _WITH_KIN_TWO.search(text)  # "我跟我嫂子两个在果库干": the teller and one relative
    if kin is None:
        kin = _KIN_AND_KIN_TWO.search(text)  # "我爸和我老叔俩人上的船": two relatives, not the teller
    if kin is not None:
        return Figure(2, "2 人", kin.start(), kin.end())
    return None


# the teller and any relative, then "the two of us": "我跟我嫂子两个", "俺和俺小姑子俩"
_WITH_KIN_TWO = re.compile(
    r"(?:我|俺|阮|𠊎)(?:和|跟|同|与)(?:我|俺|阮|𠊎)?(?:的|家)?(?:"
    + "|".join(sorted((w for w in RELATIVES if len(w) >= 2), key=len, reverse=True))
    + r"|小姑子|大姑子|妯娌|连襟)(?:两个人|两个|两人|俩)(?!\s*(?:个\s*)?月)"
)
# two of the teller's relatives joined, then "the two of them": "我爸和我老叔俩人", "我妈跟我姨两个"
_KIN_WORDS = "|".join(sorted(RELATIVES, key=len, reverse=True))
_KIN_AND_KIN_TWO = re.compile(
    rf"(?:我|俺|阮|𠊎)(?:家)?(?:{_KIN_WORDS})(?:和|跟|同|与)(?:我|俺|阮|𠊎)?(?:家)?(?:老|小|大|二|三)?(?:{_KIN_WORDS})"
    r"(?:两个人|两个|两人|俩人|俩)(?!\s*(?:个\s*)?月)"
)
