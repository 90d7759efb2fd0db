"""A group of a crew told together, then each one's days ("还有俩老乡一个干了四十五天一个干了四十天",
"另外两个小工各干了三十天"), rewritten as one person after another ("他干了四十五天，她干了四十天")
so the readers of a list of days (bot/core/extract/whose.py, day_rates.py) count every one of
them, not only the people before the group. The text changes length: its positions are not kept."""

from __future__ import annotations

import re

from bot.core.parsers.numerals import to_number

_N = r"[0-9]+|[一二两三四五六七八九十百][零一二两三四五六七八九十百]*"
_UNIT = r"天|日(?![子期本])|个工|工日"
# the group: "还有俩老乡", "另外两个小工", "剩下三个" (a count, then at most three words of who)
_GROUP = (
    # (not "我俩每人都干了…", "我们两个": the teller among them, each one's days read elsewhere)
    # ("还有庄里的两个人": where they are from, said before the count, goes with the group)
    r"(?:(?:还有|另外|剩下|再有)(?:(?![我俺咱他她])[\u4e00-\u9fff]{1,4}?(?=的))?)?(?:的)?(?<![我俺咱他她们])(?P<k>俩|仨|两个|二个|三个|四个|五个|[2-5]个)"
    r"(?:人)?(?P<who>(?:(?![一各每都也])[\u4e00-\u9fff]){0,3}?)"
)
_ONE = r"(?:另外|另)?(?:一个|一人|一个人)(?:人)?(?:也|就|只)?"
_WORK = r"(?P<v{i}>做|干|上|出工|出勤)?(?:了|咗|满)?\s*(?P<n{i}>{n})\s*(?:多)?\s*(?P<u{i}>{u})"
# "俩老乡一个干了45天一个干了40天": each of two told with his own days
_EACH_ONE = re.compile(
    _GROUP + _ONE + _WORK.format(i=1, n=_N, u=_UNIT) + r"[，,、\s]*" + _ONE + _WORK.format(i=2, n=_N, u=_UNIT)
)
# "另外两个小工各干了三十天", "俩老乡每人都干了四十天": every one of them the same days
_ALL_SAME = re.compile(
    _GROUP + r"(?:各|每人|每个人|一人|都)(?:自)?(?:都)?" + _WORK.format(i=1, n=_N, u=_UNIT)
)
_COUNT = {"俩": 2, "仨": 3, "两个": 2, "二个": 2, "三个": 3, "四个": 4, "五个": 5}
_PEOPLE = ("他", "她", "阿三", "阿四", "阿五")  # each a different one: a list never names one twice


def _one(verb: str | None, n: str, unit: str, i: int) -> str:
    return f"{_PEOPLE[i]}{verb or '干'}了{n}{unit}"


def each_told_apart(text: str) -> str:
    """`text` with each group of a crew told with its days rewritten one person after another."""

    def pair(m: re.Match[str]) -> str:
        if _COUNT.get(m.group("k"), to_number(m.group("k")[:-1]) or 0) != 2:
            return m.group(0)  # three people, two days told: not each one's
        first = _one(m.group("v1"), m.group("n1"), m.group("u1"), 0)
        return first + "，" + _one(m.group("v2") or m.group("v1"), m.group("n2"), m.group("u2"), 1)

    def same(m: re.Match[str]) -> str:
        k = _COUNT.get(m.group("k")) or int(to_number(m.group("k")[:-1]) or 0)
        if not 2 <= k <= 5:
            return m.group(0)
        return "，".join(_one(m.group("v1"), m.group("n1"), m.group("u1"), i) for i in range(k))

    # each one's days said with no pause (voice input): "三百五我做了六十二天我兄弟五十八天还有个张师傅
    # 四十五天每个人…": a pause before the teller's days and after each one's
    text = _UNPAUSED.sub("，", text)
    text = _ONE_MORE.sub("，", text)
    return _ALL_SAME.sub(same, _EACH_ONE.sub(pair, text))


# (a count of days, never the 一天 of a pay per day: "一天三百五")
_DAYS_END = r"(?:(?<=[0-9零一二两三四五六七八九十百][0-9零一二两三四五六七八九十百]天)|(?<=[0-9二两三四五六七八九十]天))"
_UNPAUSED = re.compile(
    _DAYS_END
    + r"(?=[\u4e00-\u9fff])"
    + r"|(?<=[\u4e00-\u9fff])(?<![，,。；;])(?=[我俺](?:自己)?(?:做|干|上)了?[0-9一二两三四五六七八九十]+\s*天)"
)
# "，还有个张师傅四十五天": one more person named, the words before his name no part of it
_ONE_MORE = re.compile(
    r"[，,]\s*(?:还有|另外)(?:一)?个(?=[\u4e00-\u9fff]{2,3}?[0-9一二两三四五六七八九十]+\s*天)"
)
