"""Slips of the pinyin keyboard and of voice input in the words a story turns on, read as meant,
each one character for one so every position in the text stays where it was: 三个越没发 (月),
工姿/工质/工咨/公资 (工资), 老版 (老板), 欠心 (欠薪), 头诉/投述 (投诉),
没接帐 (没结账), 中包配送 (众包)."""

from __future__ import annotations

import re

# (slip, what was meant), each the same length; a slip only in the place the word would be
_SLIPS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 月 after a count or a month's number: "三个越", "一个越四千六", "九越份" (not 越来越, 越南)
    (re.compile(r"(?<=[0-9一二两三四五六七八九十几半个多上下这])越(?![来越南剧野])"), "月"),
    (
        re.compile(
            r"(?:工[姿质咨滋]|[公功攻][资姿质咨滋])(?=[^\u4e00-\u9fff]|[了都也没还一不给发拖欠条单卡表呢啊吧吗只])"
            r"|(?<=[发没欠拖结讨要的])(?:工[姿质咨滋]|[公功攻][资姿质咨滋])"
        ),
        "工资",
    ),
    (re.compile(r"老版(?![本权画型])"), "老板"),
    # 打了 (paid) typed by sound before a sum: "每个月只大了一千块", "就大过两千"
    (
        re.compile(r"(?<=[只就才先])大(?=[了过咯]\s*[0-9一二两三四五六七八九十]+\s*(?:[千万百]|块|元))"),
        "打",
    ),
    (re.compile(r"欠心"), "欠薪"),
    # 薪 typed by sound in a pay's own name: "底新4k", "月辛五千" (a figure or 加/就/只 after 月…)
    (re.compile(r"底[新心辛欣鑫](?![闻鲜])"), "底薪"),
    (
        re.compile(
            r"(?<![0-9一二两三四五六七八九十])月[新心辛欣鑫](?=\s*[0-9一二两三四五六七八九十]|是|有|加|就|只|才)"
        ),
        "月薪",
    ),
    # 金 of a deposit typed by sound: "风险斤", "保证今", "质保筋"
    (re.compile(r"(?<=风险|保证|质保|抵押)[斤今筋巾]"), "金"),
    # 众包 (crowd-sourced delivery) heard as 中包 before what it is: "速达中包配送", "中包骑手"
    (re.compile(r"中包(?=配送|骑手|平台|模式|站点|站)"), "众包"),
    (re.compile(r"(?:头诉|投述|偷诉)"), "投诉"),
    # 结账 typed by sound: "钱都没接帐", "一直不接账" (not 接账单, 接帐号 said of a bank)
    (re.compile(r"(?<=[没不未冇无])接[帐账](?![单号户本])|接[帐账](?=[了没都])"), "结账"),
)


# a place name put right after it was said: "稿城…对了是藁城，刚才打错字了", "临句县的 不对是临朐"
_PLACE_FIXED = re.compile(
    r"(?:不对|对了|应该|打错|说错|写错|错了|搞错)[^。！!？?\n]{0,5}?(?:是|叫)(?P<right>[\u4e00-\u9fff]{2,4})"
)


_AT = ("在", "到", "去", "是", "住", "喺", "伫", "搁", "勒")  # a place's word said where a place is: after 在
_SUFFIXES = ("县", "区", "市", "镇", "乡")  # or before its suffix


def _place_name(word: str) -> bool:
    from bot.core.extract.divisions import division_index  # the index is read on first use

    full, short, upper, _, _ = division_index()
    return word in full or word in short or word in upper


def place_fixed(text: str) -> str:
    """A county or city name said wrong by one character and put right later in the text (a
    voice or keyboard slip: 稿城 for 藁城, 临句 for 临朐): the slip before the correction
    read as the name meant, one character for one."""
    for m in _PLACE_FIXED.finditer(text):
        said = m.group("right")
        right = next((said[:k] for k in (4, 3, 2) if len(said) >= k and _place_name(said[:k])), None)
        if right is None:
            continue
        before = text[: m.start()]
        for i in range(len(before) - len(right), -1, -1):
            word = before[i : i + len(right)]
            where = before[i - 1 : i] in _AT or before[i + len(right) : i + len(right) + 1] in _SUFFIXES
            if (
                where
                and sum(a != b for a, b in zip(word, right, strict=True)) == 1
                and re.fullmatch(r"[\u4e00-\u9fff]+", word)
                and not _place_name(word)
            ):
                text = text[:i] + right + text[i + len(right) :]
                break  # the nearest slip before the correction
    return text


def meant(text: str) -> str:
    """`text` with the slips above read as the words meant (same length)."""
    for slip, word in _SLIPS:
        text = slip.sub(word, text)
    return place_fixed(text)
