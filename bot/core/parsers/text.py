"""Free text cleanup: control characters out, whitespace folded, lengths capped."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - opencc converter, loaded once
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str | None) -> str:
    """Traditional characters to simplified ("廈門思明區" -> "厦门思明区"), so the readers and
    the division data, all written in simplified, see the same words; simplified text is
    returned as it is. Short texts are remembered: a chat message is converted by several
    readers on its way, and workers send the same questions again and again."""
    if not text:
        return ""
    if len(text) <= SHORT_TEXT:
        return _short_to_simplified(text)
    return _t2s().convert(text)


SHORT_TEXT = 200  # characters; longer texts (stories) are converted each time


@lru_cache(maxsize=4096)
def _short_to_simplified(text: str) -> str:
    return _t2s().convert(text)


def clean_text(text: str | None, *, keep_newlines: bool = False) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = _CONTROL.sub("", text)
    if keep_newlines:
        text = "\n".join(re.sub(r"[ \t\u3000]+", " ", line).strip() for line in text.splitlines())
        return re.sub(r"\n{3,}", "\n\n", text).strip()
    return re.sub(r"\s+", " ", text).strip()


_NAME_LEAD = re.compile(
    r"^(?:你好|您好)?[,，\s]*(?:我的名字(?:是|叫)|我叫|我是|名字(?:是|叫)|姓名(?:是)?|本人|叫)[:：\s]*"
)
_SAID_LEAD = re.compile(r"^(?:就是|是|在|就在|我在|我是|我做|我干|做|干|归|属于)(?=\S{2})")
_SAID_TAIL = re.compile(r"(?:欠我钱的|欠我的|欠的|拖欠的|(?<=[司厂店队部])(?:管的|管着|管))$")


# a part of a name answer that is talk, not a name: "姓…", or who someone is ("是我老公", "我是他老婆")
_TALK = re.compile(r"^姓|^是|[我你他她俺咱]")
# 的 said in dialect between a word and the character it spells: 个/嘞/嗰/嘅 (Cantonese, Hakka,
# south-west), 葛 (Wu; never after 诸, 诸葛 is a surname), 哩 (Henan), 兮 (Hokkien); 個 is 个 unsimplified
_OF = r"个|個|嘞|嗰|咯|滴|哋|嘅|噶|兮|之|哩|(?<!诸)葛"
# how a character is written: "孙悟空的孙", "建设的建设", "西字头那个覃", "三点水"
_SPELLS = re.compile(
    r"的|字头|字旁|字底|偏旁|旁|部首|那个|点水|写法|上面|下面|左边|右边|加个|一个"
    # dialect 的: "狗熊个熊", "韦小宝嘞韦", Cantonese "美丽嘅美", Hokkien "林投的林" written 个/兮,
    # Wu "树叶葛叶" (葛, not after 诸: 诸葛 is a surname), Henan "钢铁哩铁"
    rf"|(?<=[\u4e00-\u9fff])(?:{_OF})(?=[\u4e00-\u9fff]$)"
    # the character, 是, then how it is written: "何是人可何", "马是马", "佘是人示佘"
    r"|^[\u4e00-\u9fff]是"
)
# a surname and how someone is called, not a name: "周大爷", "王阿姨", "老李"
_CALLED_BY = re.compile(
    r"^(?:[\u4e00-\u9fff](?:大爷|大叔|大妈|大娘|大姐|大哥|阿姨|大伯|伯伯|叔叔|奶奶|爷爷|婆婆|师傅|老板)|[老小阿][\u4e00-\u9fff])$"
)


def spelled(part: str) -> str | None:
    """The character a part spells out, said as a word holding it and the character again:
    "冼星海嘅冼" -> 冼, "高低的高" -> 高, "兴旺个旺" -> 旺; None for any other part."""
    if len(part) < 3 or part[-1] not in part[:-1] or not _SPELLS.search(part[:-1] + "字"):
        return None
    return part[-1]


def spelled_name(value: str) -> str | None:
    """A name told only by spelling out each character ("冼星海嘅冼 美丽嘅美 玲珑嘅玲" -> 冼美玲)."""
    parts = [p for p in re.split(r"[\s，,。、;；:：]+", value) if p]
    chars = [spelled(p) for p in parts]
    if 2 <= len(chars) <= 4 and all(chars):
        return "".join(c for c in chars if c)
    return None


# a word, a 的 (or a dialect one) and one character: "湖南的湘", "三点水的汪", "珍珠嘅珠"
_SPELLING = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:的|{_OF})[\u4e00-\u9fff]")


def spelling_part(part: str, others: str) -> bool:
    """The part spells out a character ("凤凰的凤", "何是人可何", or "湖南的湘" when 湘 is in
    `others`, the rest of the text)."""
    return spelled(part) is not None or (_SPELLING.fullmatch(part) is not None and part[-1] in others)


def without_spelling(text: str) -> str:
    """The text with each part spelling out a character of the name in it blanked (same
    length), so the words used to spell ("湖南的湘", "凤凰的凤") are read for nothing else:
    湖南 and 凤凰 are no places there."""
    parts = list(re.finditer(r"[^\s，,。、;；:：]+", text))

    def spells(m: re.Match[str]) -> bool:
        return spelling_part(m.group(0), "".join(p.group(0) for p in parts if p is not m))

    out = text
    for m in parts:
        if spells(m):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _spells(part: str, name: str) -> bool:
    """The part explains how the name is written, not another name: "温度的温" or "建设的建设"
    (ends in characters of the name), "山石岩" or "口天吴" (a short word ending in one)."""
    if not name or part == name:
        return False
    if spelled(part) is not None and part[-1] in name:
        return True  # "玲珑嘅玲": a word holding the character, then the character again
    if len(part) >= 4 and part[-2:] in name and re.fullmatch(rf".{{1,4}}?(?:的|{_OF}){part[-2:]}", part):
        return True  # "富贵嘞富贵": the given name, a dialect 的, the given name again
    tail = part[-2:] if part[-2:] in name else part[-1:]
    if tail not in name:
        return bool(_SPELLS.search(part)) and "叫" not in part
    return bool(_SPELLS.search(part)) or len(part) <= 3


def strip_said(value: str, *, name: bool = False) -> str:
    """Drop the talk around an answer: "我叫李大山" -> "李大山", "是宏达公司欠的" -> "宏达公司"."""
    if name:
        stripped = re.sub(r"[^\w·]+$", "", _NAME_LEAD.sub("", value))  # "徐梦琪～", "王芳!!"
        if "叫" in stripped and not stripped.rsplit("叫", 1)[1].startswith("我"):  # "我是四川来的 叫何丽"
            stripped = stripped.rsplit("叫", 1)[1].strip()
        parts = [p for p in re.split(r"[\s，,。、;；:：]+", stripped) if p]
        if (only_spelled := spelled_name(stripped)) is not None:
            return only_spelled  # "冼星海嘅冼 美丽嘅美 玲珑嘅玲": the characters spelled out
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            return "".join(parts)  # "陈 小 红"
        names = [
            p
            for p in parts
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", p) and not _TALK.search(p) and not _CALLED_BY.match(p)
        ]
        if names:  # "孙建设，孙悟空的孙，建设的建设": the name, then how it is written
            names = [names[0], *(p for p in names[1:] if not _spells(p, names[0]))]
        if len(parts) > 1 and names:
            return names[-1]  # "免贵姓赵，赵建军", "班长 王德顺"
        surname = re.fullmatch(r"(?:免贵)?姓(\S)", stripped)
        if surname:
            return surname.group(1)  # too short: asked for the full name
        return stripped if len(stripped) >= 2 else value
    stripped = _SAID_TAIL.sub("", _SAID_LEAD.sub("", value))
    return stripped if len(stripped) >= 2 else value


def parse_name(
    text: str | None, *, min_len: int = 2, max_len: int = 30, what: str = "name"
) -> Parsed | ParseError:
    value = clean_text((text or "")[: max_len * 4])
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", value):
        return ParseError(f"{what}_invalid", texts.NAME_INVALID if what == "name" else texts.TEXT_INVALID)
    if len(value) < min_len:
        return ParseError(f"{what}_too_short", texts.NAME_INVALID if what == "name" else texts.TEXT_TOO_SHORT)
    if len(value) > max_len:
        return ParseError(f"{what}_too_long", texts.TEXT_TOO_LONG.format(max=max_len))
    return Parsed(value, value)


def parse_free_text(text: str | None, *, max_len: int = 2000, min_len: int = 2) -> Parsed | ParseError:
    value = clean_text((text or "")[: max_len * 4], keep_newlines=True)
    if len(value) < min_len or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", value):
        return ParseError("text_too_short", texts.TEXT_TOO_SHORT)
    if len(value) > max_len:
        return ParseError("text_too_long", texts.TEXT_TOO_LONG.format(max=max_len))
    return Parsed(value, value if len(value) <= 60 else value[:60] + "…")
