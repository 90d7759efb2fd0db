"""The company the worker says the complaint is about, or says pays them, when another is named
beside it: "我要投诉的是鑫联不是厂里", "告的是中介", "工资也是鑫联发的" (an agency that pays
rather than the factory where the work is done). Pure: text in, a name and its span out."""

from __future__ import annotations

import re

from bot.core.extract.bosses import OrgFound
from bot.core.extract.org_words import CJK, GENERIC, ORG_SUFFIX

_END = r"(?=不是|而不是|，|,|。|；|;|！|!|\s|$|那边|这边|那家|这家)"
# "我要投诉的是X(不是Y)", "想告的是X", "投诉对象是X"
_COMPLAINED = re.compile(
    r"(?:投诉|告|举报|反映)(?:的|嘅)?(?:对象)?(?:就|其实)?(?:是|系)\s*"
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,16}}?){_END}"
)
# how the pay is handed over, said between the payer and the verb: "直接给", "每个月转"
_HOW = r"直接|亲自|自己|统一|集中|按时|一起|每个?月|按月|现金|微信"
# "工资(也/都)是X发的", "钱一直是X结的": who pays
_PAYS = re.compile(
    r"(?:工资|工钱|人工|钱)(?:也|都|一直|本来|其实)?(?:是|系|由)\s*"
    # the one who pays as a role and a name: "工钱是雇主于建华直接给", "工资是东家陈桂芳发"
    rf"(?:(?P<role>雇主|东家|主家|老板|老细|头家)(?=[{CJK}]{{2,3}}(?:{_HOW})?(?:发|结|开|给|打)))?"
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,16}}?)(?:{_HOW})?(?:发|结|开|给|打)"
    r"(?:的|嘅|给我|(?=$|[\s，,。；;！!]))"
)
# a kind said after the name elsewhere in the story: "鑫联中介", "鑫联公司"
_KIND_AFTER = rf"(?:{ORG_SUFFIX}|中介|人力|派遣)"
_NOT_NAME = re.compile(r"^(?:他|她|佢|伊|我|你|谁|哪|什么|啥|老板|厂里|厂|公司|单位|这|那|中介|劳务)")


# who took on the job the crew did: "活是华艺装饰包的", "这个活是宏远劳务承包的", "工程是X分包给我们的"
_CONTRACTED = re.compile(
    r"(?:活|活儿|活路|工程|这个活|这活|装修)(?:也|都|一直|本来|其实)?(?:是|系|由)\s*"
    rf"(?P<v>[{CJK}A-Za-z0-9]{{2,16}}?)(?:包|承包|分包|转包|接)(?:的|嘅|下来的|给我们|过来的)"
)


def complained_of(text: str) -> OrgFound | None:
    """The name said to be the one complained about, else the one said to pay, as told in the
    story (with its kind when the story says it beside the name, 鑫联中介); None when neither is said."""
    for pattern in (_COMPLAINED, _PAYS, _CONTRACTED):
        for m in pattern.finditer(text):
            value = m.group("v")
            if len(value) < 2 or _NOT_NAME.match(value) or GENERIC.match(value):
                continue
            fuller = re.search(re.escape(value) + _KIND_AFTER, text)
            if fuller is not None:
                return OrgFound(fuller.group(0), fuller.start(), fuller.end())
            return OrgFound(value, m.start("v"), m.end("v"))
    return None
