"""Whose a figure in a story is, when several are told: each one told as a different person's
part ("我的一万六，我弟的一万四": the shares of one complaint, added up, not two totals to choose
from), and money the teller leaves out ("…这个不算工资我就先不算进去了"). Used by
bot/core/extract/amounts.py and sums.py."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.extract.paid import clause_before

_KIN = r"(?:老婆|老公|媳妇|爱人|弟弟?|哥哥?|姐姐?|妹妹?|爸|妈|儿子|女儿|老乡|同事|工友|朋友|表[哥弟姐妹]|堂[哥弟姐妹])"
_OWNER = re.compile(
    # whose the figure is: "我的一万六", "我弟的一万四", "我两个月是一万三千六", "我老乡赵小军两个月是一万二千九"
    rf"(?P<who>(?<![们])我(?!们)|他(?!们)|她(?!们)|俺(?!们)|我?{_KIN}(?:[\u4e00-\u9fff]{{2,3}}?)?|[\u4e00-\u9fff]{{2,3}}(?=的))"
    r"(?:的)?(?:这)?(?:[0-9一二两三四五六七八九十俩]+\s*个?\s*月(?:的)?)?(?:工资|工钱|钱)?(?:是|有|一共|共|总共)?\s*$"
)


def owned_shares(text: str, chosen: list[tuple[Decimal, re.Match[str]]]) -> list[tuple[str, Decimal]] | None:
    """Each amount told as one person's ("我的一万六，我弟的一万四"), every owner different:
    the shares of one complaint, not two totals to choose from."""
    owners = []
    for value, m in chosen:
        own = _OWNER.search(clause_before(text, m.start(), 14))
        if own is None:
            return None
        who = own.group("who")
        if re.search(r"自己|自家|算|说|讲|估|觉得|认为|记|写|条|单|账|合同|实际", who):
            who = "我"  # "我自己算的是一万四": the teller's own reckoning, no other person's share
        owners.append((who, value))
    if len({w for w, _ in owners}) != len(owners):
        return None
    return owners


# money the teller leaves out: "1300块钱的报销没给，这个不算工资我就先不算进去了"
_EXPENSE = re.compile(r"不算工资|不算进去|不算在内|另算|先不算|不用算")


def left_out(text: str, m: re.Match[str]) -> bool:
    clause = re.split(r"[。；;！!？?]", text[m.end() : m.end() + 30])[0]
    said = _EXPENSE.search(clause)
    if said is not None and re.search(
        r"(?:押金|保证金|风险金|质保金|提成|加班费|奖金|补贴)\s*$", clause[: said.start()]
    ):
        said = None  # "押金另算", "底薪三千提成另算": that sum is counted apart, not this figure left out
    if said is not None and re.search(r"[0-9]|[一二两三四五六七八九十][十百千万]", clause[: said.start()]):
        said = None  # "欠我一万二，另外还有八百块…不算进去": the later figure is the one left out
    return bool(_EXPENSE.search(clause_before(text, m.start(), 20)) or said)
