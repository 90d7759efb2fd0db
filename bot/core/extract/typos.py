"""Slips of the pinyin keyboard and of voice input in the words a story turns on, read as meant,
each one character for one so every position in the text stays where it was: 三个越没发 (月),
工姿/工质/工咨 (工资), 老版 (老板), 欠心 (欠薪), 头诉/投述 (投诉),
没接帐 (没结账)."""

from __future__ import annotations

import re

# (slip, what was meant), each the same length; a slip only in the place the word would be
_SLIPS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 月 after a count or a month's number: "三个越", "一个越四千六", "九越份" (not 越来越, 越南)
    (re.compile(r"(?<=[0-9一二两三四五六七八九十几半个多上下这])越(?![来越南剧野])"), "月"),
    (
        re.compile(
            r"工[姿质咨滋](?=[^\u4e00-\u9fff]|[了都也没还一不给发拖欠条单卡表呢啊吧吗])|(?<=[发没欠拖结讨要])工[姿质咨滋]"
        ),
        "工资",
    ),
    (re.compile(r"老版(?![本权画型])"), "老板"),
    (re.compile(r"欠心"), "欠薪"),
    (re.compile(r"(?:头诉|投述|偷诉)"), "投诉"),
    # 结账 typed by sound: "钱都没接帐", "一直不接账" (not 接账单, 接帐号 said of a bank)
    (re.compile(r"(?<=[没不未冇无])接[帐账](?![单号户本])|接[帐账](?=[了没都])"), "结账"),
)


def meant(text: str) -> str:
    """`text` with the slips above read as the words meant (same length)."""
    for slip, word in _SLIPS:
        text = slip.sub(word, text)
    return text
