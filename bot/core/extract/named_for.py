"""A person the caller complains for, named without a family word ("替我们保洁组的周桂兰大姐问问",
"帮钱红投诉"): that person is the worker; and the complaint said to be for them alone."""

from __future__ import annotations

import re

from bot.core.extract.name_reader import NameFound, not_name_alone, read_name
from bot.core.extract.name_words import FELLOWS, kin_word
from bot.core.extract.people import ELDERS, find_third_name

# "替我们保洁组的周桂兰大姐问问", "帮钱红投诉": a named person complained for
_FOR = re.compile(r"(?:替|帮|代|给|为)(?:我们|俺们|咱们|我)?")
_ELDER = re.compile(ELDERS)
_FOR_GROUP = re.compile(
    r"[^\s，,。！!？?；;替帮代给为]{0,10}?(?:的|个|嘅)"
)  # "我们保洁组的", Hakka "隔壁屋个"
_FOR_ACT = re.compile(
    r"(?P<hon>大姐|大哥|阿姨|大叔|大爷|大妈|大娘|姐|哥|叔|婶|师傅|老师|奶奶|爷爷)?(?:的事)?(?:来|去)?"
    r"(?:在这里|在这|一下)?(?:问问|问一下|问|投诉|登记|反映|讨|要工资|要钱|申请|报|维权|咨询|打听)"
)
_HONOR_AHEAD = re.compile(r"师傅|老师|大姐|大哥|阿姨|大叔|大爷|大妈|大娘")
# "替我们宿舍的小李问一下，她叫李娟": a nickname, then the name told after it
_NICK_FOR = re.compile(r"(?:小|老|阿)[\u4e00-\u9fff]")
_WORKMATES = re.compile(r"组|班|车间|工友|同事|一起干|一块干|一起上班|一个厂|一个工地|队")


def _named_at(text: str, start: int) -> NameFound | None:
    """A name at `start` followed by what the caller does for them ("钱红大姐来问问")."""
    hon = _HONOR_AHEAD.search(text, start, start + 6)
    # "刘金山师傅反映一下": the name is read before the title (师傅 is no part of a name)
    got = read_name(text[: hon.start()] if hon is not None and hon.start() - start >= 2 else text, start)
    if got is None:
        return None
    four = text[start : start + 4]
    if (
        len(got[0]) == 3
        and re.fullmatch(r"[\u4e00-\u9fff]{4}", four)
        and _FOR_ACT.match(text, start + 3) is None
        and _HONOR_AHEAD.match(text, start + 3) is None
        and _FOR_ACT.match(text, start + 4) is not None
        and not not_name_alone(four)
    ):
        # "马尕西木反映个事情": a four-character name (Hui, Salar); "阿拉嬢嬢问问" (Wu: my aunt) is
        # how she is called
        if not kin_word(four):
            return NameFound(four, start, start + 4)
    sizes = [n for n in (len(got[0]), len(got[0]) - 1) if n >= 2]
    fits = {n: _FOR_ACT.match(text, start + n) for n in sizes}
    short = min(sizes, default=0)
    if short and fits.get(short) is not None and fits[short].group("hon") and short != max(sizes):
        return NameFound(got[0][:short], start, start + short)  # "钱红" + "大姐", not "钱红大"
    for n in sizes:
        if fits[n] is not None and not got[0][:n].endswith(("总", "董")):  # "给刘总反映": the boss
            return NameFound(got[0][:n], start, start + n)
    return None


def find_named_for(text: str) -> tuple[str, NameFound] | None:
    """(relation, the person) when the caller complains for someone they name without a
    family word ("替我们保洁组的周桂兰大姐问问", "帮钱红投诉"): that person is the worker."""
    for m in _FOR.finditer(text):
        starts = [m.end()]
        group = _FOR_GROUP.match(text, m.end())
        if group is not None:
            starts.append(group.end())
        for start in starts:
            found = _named_at(text, start)
            if found is not None and _ELDER.fullmatch(found.value):
                found = None  # "阿伯" is how he is called, not his name
            if found is None and _NICK_FOR.match(text, start) and _FOR_ACT.match(text, start + 2):
                found = find_third_name(text)  # "替小李问一下，她叫李娟", "帮工地的老乡问一下，他叫…"
            elder = _ELDER.match(text, start)
            if found is None and elder is not None and _FOR_ACT.match(text, elder.end()):
                found = find_third_name(text)  # "帮隔壁屋个阿伯问个。阿伯叫罗佛生"
            if found is not None:
                mates = _WORKMATES.search(text[m.start() : start]) or _WORKMATES.search(text)
                fellow = FELLOWS.get(text[start : start + 2])
                return fellow or ("同事" if mates else "他人"), found
    return None


# "替他一个人报", "就他一个", "只有她一个人": the complaint is for that one person only
_ONLY_THEM = re.compile(
    r"(?:替|帮|给|为|代)(?:他|她)一个人|(?:就|只有|只是|只)(?:他|她)一个(?:人)?|"
    # "我净系帮我阿妈一个人问" (Cantonese 净系: only), "只替我爸一个人报"
    r"(?:净系|净是|只|就|单)(?:帮|替|给|为|代)(?:我|俺)[\u4e00-\u9fff]{1,2}?一个人|"
    r"(?:他|她)(?:自己)?一个人的(?:工资|钱)"
)


def only_them(text: str) -> tuple[int, int] | None:
    """The span where the caller says the complaint is for the relative alone."""
    m = _ONLY_THEM.search(text)
    return (m.start(), m.end()) if m else None
