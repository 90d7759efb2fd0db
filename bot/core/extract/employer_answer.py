"""An answer to "who owes the pay" with words about the employer after the name:
"周德华，他是个人接装修活的老板，没有公司" -> 周德华, the rest kept for the description."""

from __future__ import annotations

import re

from bot.core.extract.orgs import find_orgs

# a clause after the name that only says who they are: "周德华，他是个人接装修活的老板，没有公司"
_EXPLAINS = re.compile(
    r"^(?:他|她|这人|此人|就是|是|也是|属于|算|没有|没|不是|个人|个体|私人|自己|一个|就一个|"
    r"老板|包工头|工头|园主|场主|户主|东家|雇主|负责人|法人|承包|接活|专门)"
    r"|(?:老板|包工头|工头|园主|场主|户主|东家|雇主|负责人|个人|个体|私人|公司|单位|营业执照|招牌|名字)$"
)


def employer_answer(value: str) -> tuple[str, str]:
    """(the employer's name, what the worker said about them) for an answer to "who owes":
    "周德华，他是个人接装修活的老板，没有公司" -> ("周德华", "他是个人接装修活的老板，没有公司").
    Only clauses after the first that explain who the employer is are split off; an answer
    that is all name ("深圳市宏达建筑劳务有限公司") is kept whole."""
    value = value.strip()
    parts = [p for p in re.split(r"[，,。；;！!]+|\s{1,}(?=[他她是个没不])", value) if p.strip()]
    if len(parts) < 2:
        return value, ""
    head, rest = parts[0].strip(), [p.strip() for p in parts[1:]]
    if len(head) < 2:
        return value, ""
    whole = any(o.value == head and not o.generic for o in find_orgs(head))
    if not whole and not all(_EXPLAINS.search(p) for p in rest):
        return value, ""  # "宏达，公司在龙岗": no whole name before the comma
    return head, "，".join(rest)
