"""A worker placed by a service firm at a client's premises ("是物业公司派过去的" at a hotel, a guard
a security firm sends to a mall): the premises are where the firm's contract runs, the project the
case is filed under. Asked, never guessed (the dev sets file such a site either way): the site told
in the story is offered in one tap, and the worker may skip."""

from __future__ import annotations

import re

from bot.core.extract.org_words import GENERIC
from bot.core.extract.orgs import find_orgs

# the premises a firm's worker is placed at
_SITE_KIND = r"大酒店|酒店|饭店|宾馆|商场|购物中心|购物广场|广场|写字楼|大厦|商厦|医院|小区|银行|园区"
_SITE = re.compile(_SITE_KIND)
# words that say a firm placed the worker there, or that a firm other than the premises pays
_PLACED = re.compile(
    r"派(?:过去|过来|到|去|驻)|外派|外包|驻场|甲方|"
    r"不是(?:酒店|商场|医院|学校|小区|宾馆|大厦|银行)(?:直接)?(?:招|请|雇|聘)"
)
# a firm whose trade is to place people at others' premises
_SERVICE_FIRM = re.compile(r"物业|保安|安保|保洁|清洁|环境服务|环境卫生")
# the site named after its kind: "小区叫锦绣华庭", "商场是万达广场"
_CALLED = re.compile(
    rf"(?:{_SITE_KIND})(?:的名字)?(?:叫做|叫|名叫|是)(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?=[，,。.!！？?\s]|$)"
)


def placed(text: str, employer: str | None) -> bool:
    """The story tells of a worker a service firm placed at a client's premises."""
    if not _SITE.search(text):
        return False
    return bool(_PLACED.search(text) or (employer and _SERVICE_FIRM.search(employer)))


def site_named(text: str, employer: str | None) -> str | None:
    """The premises' own name as told ("紫金苑大酒店", "小区叫锦绣华庭"), or None."""
    called = _CALLED.search(text)
    if called is not None:
        return called.group("name")
    for org in find_orgs(text):
        value = org.value
        if org.generic or GENERIC.match(value) or (employer and (value in employer or employer in value)):
            continue
        if re.search(rf"(?:{_SITE_KIND})$", value) and not _SERVICE_FIRM.search(value):
            return value
    return None
