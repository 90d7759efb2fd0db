"""Words about money and months as the amount and period readers expect them, whatever the
teller's speech: "冇发" / "木发" / "无发" / Wu "勿发" are 没发, "发哩" / "扣哒" / "畀咗" are 发了 / 扣了 / 给了,
"一千蚊" is 一千块, 按金 is 押金, Hakka "四只月" is 四个月, Shanghainese "号头" is 月 ("三只号头" three months, "每只号头" each month).
Every rewrite keeps the text's length, so the spans read stay the spans of the worker's words."""

from __future__ import annotations

import re

_RUN_WORDS = r"(?<![0-9一二三四五六七八九十第])[一二三四五六七八九十]{3,5}(?=月)"
# a verb about pay, then a dialect's 了 (Gan 哩, Xiang 哒, Cantonese 咗)
_PAY_VERB = "发给结扣开付转打领拿交押收做干"
_REWRITES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"冇"), "没"),  # Cantonese, Hakka, Gan, Xiang
    (re.compile(r"木(?=有|[发给结])"), "没"),  # Henan, Shandong: 木有, 木发
    (re.compile(r"(?<![一二三四五六七八九十])无(?=[发给结领])"), "没"),  # Minnan 无发, 拢无发
    (re.compile(r"勿(?=[发给结])"), "没"),  # Wu 勿发: not paid
    (re.compile(rf"(?<=[{_PAY_VERB}])[哩哒咗嘞]"), "了"),
    (re.compile(r"(?<=[0-9一二两三四五六七八九十百千万])蚊"), "块"),
    (re.compile(r"按金"), "押金"),  # Cantonese: a deposit ("收咗我一千蚊按金")
    (re.compile(r"[畀俾](?=[我你他她佢咗了过，,。！!\s]|$)"), "给"),
    # Minnan 予 is 给 ("干焦予阮两千箍": only gave me 2,000), 箍 is 块
    (re.compile(r"(?<![给授赐赋准])予(?=[阮我伊汝恁咱了过]|\s*[0-9一二两三四五六七八九十])"), "给"),
    (re.compile(r"(?<=[0-9一二两三四五六七八九十百千万])箍"), "块"),
    # Southwestern Mandarin 得 is 给 ("老板娘得了我一千五"), 不得 is 没 ("一分不得给")
    (re.compile(r"(?<=[板娘头工司方他她佢])得(?=了?(?:我|俺|阮)\s*[0-9一二两三四五六七八九十])"), "给"),
    (re.compile(r"(?<=分)不得(?=[给发结])"), "没有"),
    # Hakka, Cantonese "一只月四千五", "做欸四只月": a month counted with 只
    (re.compile(r"(?<=[0-9一二两三四五六七八九十俩仨几第每])只月"), "个月"),
    (re.compile(r"得返(?=\s*[0-9一二两三四五六七八九十])"), "只给"),  # Cantonese "十月得返1500": only got
    (re.compile(r"(?<=[0-9一二两三四五六七八九十俩仨])\s*只号头"), None),  # "三只号头" -> "三个月 "
    (re.compile(r"每只号头"), "每个月 "),
    (re.compile(r"(?<=[0-9一二两三四五六七八九十几每])个号头"), "个月 "),  # "一个号头七千五", "两个号头"
    (re.compile(r"(?<=[0-9一二两三四五六七八九十])号头"), "个月"),  # "三号头" (rare), same length
    # Cantonese 钟 is an hour: "一个钟二十五蚊", "做咗一百八十个钟", "几个钟头"
    (re.compile(r"(?<=[0-9一二两三四五六七八九十百几])个钟头"), "个小时"),
    (re.compile(r"(?<=[0-9一二两三四五六七八九十百几])个钟(?![头表点])"), "小时"),
    # a slip of the pinyin keyboard: "三个越没发", "一个越四千六" (越 for 月 after a count)
    (re.compile(r"(?<=[0-9一二两三四五六七八九十几]个)越"), "月"),
    # Cantonese "做咗个几月": a month and some, 一个多月 (the 咗 / 了 gives its place to 一)
    (re.compile(r"[咗了啲]个几月"), "一个多月"),
    # months run together with one 月: "六七八九月", "八九十月" are June to September, August to October
    (re.compile(r"(?<![0-9一二两三四五六七八九十第])[一二三四五六七八九十]{3,5}(?=月)"), "run"),
)
_NUMERALS = "一二三四五六七八九十"


def _run(m: re.Match[str]) -> str:
    """ "六七八九" (before 月) as "六月到九" when each month follows the one before; else as said."""
    said = m.group(0)
    steps = [_NUMERALS.index(c) for c in said]
    if any(b != a + 1 for a, b in zip(steps, steps[1:], strict=False)):
        return said
    return (said[0] + "月到" + said[-1] if len(said) >= 4 else said[0] + "到" + said[-1]).ljust(len(said))


def _months(m: re.Match[str]) -> str:
    said = m.group(0)
    return ("个月" + " " * len(said))[: len(said)] if len(said) >= 2 else said


def month_runs(text: str) -> str:
    """Only the months run together with one 月 ("七八九月" as "七到九月"), same length: for an
    answer to which months are owed."""
    return _RUN.sub(_run, text)


_RUN = re.compile(_RUN_WORDS)


def money_words(text: str) -> str:
    """The text with the speech words above in plain Mandarin, same length."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(_months if repl is None else _run if repl == "run" else repl, text)
    return text
