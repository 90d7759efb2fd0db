"""English words in a Chinese story ("My monthly salary is 8500 … they only paid me 3000"):
read like their Chinese, in place, each padded with spaces to its own length so every position
found in the text stays where it was."""

from __future__ import annotations

import re

_MONTHS = {
    "january": "一月",
    "february": "二月",
    "march": "三月",
    "april": "四月",
    "may": "五月",
    "june": "六月",
    "july": "七月",
    "august": "八月",
    "september": "九月",
    "sept": "九月",
    "october": "十月",
    "november": "十一月",
    "december": "十二月",
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
# (English words, Chinese), longest phrases first; a Chinese word never longer than its English
_WORDS: list[tuple[str, str]] = [
    (r"monthly\s+(?:salary|wages?|pay)(?:\s+(?:is|was))?\s*", "月工资是"),
    (r"(?:salary|wages?)\s+(?:is|was)\s*", "工资是"),
    (r"(?:salary|wages?|pay)\s+(?:per|a|each|every)\s+month", "月工资"),
    (r"(?:per|a|each|every)\s+month", "每月"),
    (r"(?:only|just)\s+(?:paid|gave)(?:\s+(?:me|us))?\s*", "只发了"),
    (r"(?:paid|gave)\s+(?:me|us)", "发了"),
    (r"(?:have|has)n'?t\s+(?:been\s+)?paid|not\s+paid|unpaid|never\s+paid", "没发"),
    (r"(?:owes?|owed|owing)(?:\s+(?:me|us))?", "欠我"),
    (r"in\s+total|altogether", "一共"),
    (r"salary|wages?", "工资"),
    (r"boss|employer|manager", "老板"),
    (r"(?:my\s+)?(?:phone|mobile|cell)(?:\s+(?:number|no\.?))?(?:\s+is)?", "电话"),
    (r"months", "个月"),
    (
        "(?:" + "|".join(sorted((m for m in _MONTHS if m != "may"), key=len, reverse=True)) + ")",
        "",
    ),  # a month named alone (never "may"): filled in below
]
_ONE = re.compile(
    "|".join(f"(?P<w{i}>\\b{w}(?:\\b|(?<=\\s)))" for i, (w, _) in enumerate(_WORDS)), re.IGNORECASE
)
_SPAN = re.compile(rf"\bfrom\s+({_MONTH})\s+(?:to|till|until|through)\s+({_MONTH})\b", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]{3,}")


def _padded(chinese: str, english: str) -> str:
    return " " * (len(english) - len(chinese)) + chinese  # "月工资是" right before the figure


def chinese_words(text: str) -> str:
    """`text` with the English words of a pay story read as Chinese, every position kept."""
    if not _LATIN.search(text):
        return text

    def span(m: re.Match[str]) -> str:
        first, last = _MONTHS[m.group(1).lower()], _MONTHS[m.group(2).lower()]
        return _padded(f"从{first}到{last}", m.group(0))

    text = _SPAN.sub(span, text)

    def one(m: re.Match[str]) -> str:
        i = int(m.lastgroup[1:]) if m.lastgroup else -1
        chinese = _WORDS[i][1] or _MONTHS[m.group(0).lower()]
        return _padded(chinese, m.group(0))

    return _ONE.sub(one, text)
