"""The complaint's fields in the order they are asked: how each answer is parsed, recorded,
echoed and summarised. A field already in the form is not asked again."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.core import texts
from bot.core.extract import classify, find_district
from bot.core.extract.bosses import real_name, title_only
from bot.core.extract.employer_answer import employer_answer, registered_in, unspelled
from bot.core.extract.figures import find_headcount, find_phone
from bot.core.extract.money_words import money_words
from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.org_keys import short_name
from bot.core.extract.org_leads import strip_employer_lead
from bot.core.extract.org_words import DONT_KNOW
from bot.core.extract.orgs import find_employer, find_orgs
from bot.core.extract.periods_told import period_answer
from bot.core.extract.projects import project_name
from bot.core.extract.shop_names import workplace_called
from bot.core.extract.sums import find_amounts
from bot.core.extract.worked_answer import worked_total
from bot.core.intake.centre_match import match_centre
from bot.core.parsers import (
    Parsed,
    ParseError,
    parse_amount,
    parse_free_text,
    parse_headcount,
    parse_name,
    parse_period,
    parse_phone,
    strip_said,
    to_simplified,
)
from bot.core.types import Button, Incoming, Reply

# an answer about the amount that says a part was paid or gives each one's figure
_PAID_OR_EACH = re.compile(
    r"给了|给过|付了|转了|发了|结了|打了|预支|借支|每人|一人|一个人|人均|每个人|还差|还欠|还剩"
)


def amount_answer(text: str) -> Parsed | ParseError:
    """The amount asked: one figure ("两万五"), or read like a story when the answer says a part
    was paid ("总共两万四 先给了一万" -> 14,000) or gives each one's share ("每人八千五 六个人"),
    in any speech the story reader knows ("得了我一千五", "給了三千": bot/core/extract/money_words.py)."""
    text = money_words(to_simplified(text))
    worked = worked_total(text)
    if worked is not None:  # "…给了三千 还差九千": the figure the worker's own sums land on
        return Parsed(worked, f"{worked:,.0f} 元")
    if _PAID_OR_EACH.search(text):
        head = find_headcount(text)
        found = find_amounts(text, int(head.value) if head is not None else None)
        if found.total is not None and not found.conflict:
            t = found.total
            return Parsed(t.value, t.echo, t.approximate)
        if found.paid is not None and found.total is None and not found.conflict:  # "给了三千"
            return ParseError("amount_only_paid", texts.AMOUNT_ONLY_PAID.format(paid=f"{found.paid:,.0f}"))
    return parse_amount(text)


@dataclass
class FormContext:
    settings: Any
    kb: Any  # knowledge_base.model.KnowledgeBase (centres, holidays)
    today: date


Parser = Callable[[Incoming, FormContext], Parsed | ParseError]


@dataclass(frozen=True)
class Field:
    name: str
    parse: Parser | None  # None: not typed in (evidence files)
    optional: bool = False
    free_text: bool = False  # a short question typed here is answered as an aside
    skip_start: str = "(?!)"  # a sentence starting like this skips an optional field
    # not asked on its own: offered with the final read-back (evidence files are sent while
    # the bot waits for the confirmation)
    at_confirm: bool = False


def _phone(inc: Incoming, ctx: FormContext) -> Parsed | ParseError:
    if inc.contact is not None:
        # Anyone can share someone else's card: only the sender's own number is accepted.
        if inc.contact.user_id is None or str(inc.contact.user_id) != str(inc.user_key):
            return ParseError("contact_not_own", texts.CONTACT_NOT_OWN)
        return parse_phone(inc.contact.phone)
    parsed = parse_phone(inc.text or "")
    if isinstance(parsed, ParseError):
        spoken = find_phone(inc.text or "")  # "一三九七零一二五五八四": digits said in Chinese
        if spoken is not None:
            return Parsed(spoken.value, spoken.echo)
    return parsed


# the registered name told after words saying so, anywhere in the answer: "店叫美伊服装，老板姓祁，
# 公司叫西宁美伊服饰有限公司", "合同上盖章的是宁夏悦宾酒店管理有限公司", "矿上全名叫山西…有限公司"
_REGISTERED = re.compile(
    r"(?:全名|全称|公司|盖章的|合同|执照|注册的|牌子上|招牌上)[^，,。；;\s]{0,6}?(?:叫做|叫|是|系|为|写的是|写的|写着|写嘞|写嘅系|写嘅|写)\s*"
    r"(?P<n>[\u4e00-\u9fff（）()]{4,30}?(?:有限责任公司|股份有限公司|有限公司|集团))"
)


def employer_name_answer(text: str) -> str:
    """The employer's name in an answer, without the talk before it or the words after it
    that say who they are ("周德华，他是个人接装修活的老板，没有公司" -> 周德华)."""
    said = unspelled(
        strip_said(to_simplified(text))
    )  # "东家叫葛长江 诸葛的葛 长江的长江": how it is written, no name
    written = registered_in(to_simplified(said))  # "工资单上写个是X有限公司，老板姓潘" -> X有限公司
    if written is not None:
        return written
    registered = _REGISTERED.search(to_simplified(said))
    if registered is not None:
        return registered.group("n")
    called = workplace_called(said)  # "老板叫崔某某厂子就叫某某皮业": the workplace's own name
    if called is not None:
        return called.value
    told = real_name(said)  # "刘胖子，大名叫刘海军，活是他接的": the real name
    shop = next((o for o in find_orgs(said) if not o.generic), None)
    if told is not None and not (shop is not None and shop.end <= told.start):
        # (the workplace named before its boss is who owes: "就叫X石料场 老板姓刘 叫刘某某")
        return told.value
    name = employer_answer(said if DONT_KNOW.search(said) else strip_employer_lead(said))[0]
    if name == said and re.search(r"[，,。；;]", said):
        # no clause is only the name ("我刚问了，全名是X有限公司，那个杨眼镜是带班的"): the name in it
        found = find_employer(said)
        if found is not None and not found.generic and not title_only(found.value):
            return found.value
    return name


def employer_note(text: str) -> str:
    """What the worker said about the employer beside the name (kept in the description)."""
    said = strip_said(to_simplified(text))
    return employer_answer(said if DONT_KNOW.search(said) else strip_employer_lead(said))[1]


# an answer that only says the worker does not know ("我也说不清", "不记得地址了"): no value, asked
# again with what would do instead (then the loop guard's button keeps it for staff)
_KNOW_NOT = r"说不清楚?|搞不清楚?|说不上来|不知道|不晓得|不清楚|不记得|记不得|记不清|记不住|忘了|忘记了"
# the words said around it that name no employer or place
_ABOUT = (
    r"这个|那个|具体|在哪里?|是哪|地址|地方|名字|全名|叫啥|叫什么|公司|单位|老板|他们|他|它|我|俺|"
    r"也|都|真|实在|是|就|还|了|啊|呀|哦|嘛|呢|的"
)


def _unknown(text: str, message: str) -> ParseError | None:
    said = re.sub(r"[。！!，,.…?？\s]", "", strip_said(to_simplified(text)))
    if not re.search(_KNOW_NOT, said) or re.sub(_ABOUT, "", re.sub(_KNOW_NOT, "", said)):
        return None
    return ParseError("unknown", message)


def _worker_name(inc: Incoming, ctx: FormContext) -> Parsed | ParseError:
    """The name without a note in brackets after it ("韦德昌（身份证上的名字）" -> 韦德昌)."""
    name = worker_name_answer(inc.text or "")
    return parse_name(re.sub(r"\s*[（(][^）)]*[）)]?\s*$", "", name) or name, max_len=30)


def _employer(inc: Incoming, ctx: FormContext) -> Parsed | ParseError:
    text = inc.text or ""
    return _unknown(text, texts.EMPLOYER_UNKNOWN) or parse_name(
        employer_name_answer(text), max_len=100, what="text"
    )


def _place(inc: Incoming, ctx: FormContext) -> Parsed | ParseError:
    text = inc.text or ""
    return _unknown(text, texts.PLACE_UNKNOWN) or parse_free_text(strip_said(text), max_len=300)


def _text_field(max_len: int) -> Parser:
    return lambda inc, ctx: parse_name(strip_said(inc.text or ""), max_len=max_len, what="text")


FIELDS = [
    Field("worker_name", _worker_name, free_text=True),
    Field("contact_phone", _phone),
    Field("employer_name", _employer, free_text=True),
    Field(
        "project_name",
        _text_field(200),
        optional=True,
        free_text=True,
        skip_start=r"^(不是工地|不是在工地|没项目|没有项目|不知道|不清楚|没有|无|不是)",
    ),
    Field("work_location", _place, free_text=True),
    Field("industry", _text_field(100), free_text=True),
    Field("arrears_period", lambda inc, ctx: parse_period(period_answer(inc.text or ""), ctx.today)),
    Field("amount_owed", lambda inc, ctx: amount_answer(inc.text or "")),
    Field("workers_affected", lambda inc, ctx: parse_headcount(inc.text or "")),
    Field(
        "description",
        lambda inc, ctx: parse_free_text(inc.text or "", max_len=2000, min_len=4),
        free_text=True,
    ),
    Field(
        "evidence",
        None,
        optional=True,
        skip_start=r"^(没有|没了|无|暂时没有|就这些|发完了|都发了|没证据|没什么证据|没啥)|(就这些|发完了|都发完|没有了)$",
        at_confirm=True,
    ),
]
BY_NAME = {f.name: f for f in FIELDS}
ORDER = [f.name for f in FIELDS]
OPTIONAL = {f.name for f in FIELDS if f.optional}
FREE_TEXT_STEPS = {f.name for f in FIELDS if f.free_text}


AT_CONFIRM = {f.name for f in FIELDS if f.at_confirm}


def next_field(fields: dict[str, Any]) -> str:
    """The first field not answered yet, or "confirm" (evidence is offered there, not asked)."""
    for f in ORDER:
        if f not in fields and f not in AT_CONFIRM:
            return f
    return "confirm"


def parse(field: str, inc: Incoming, ctx: FormContext) -> Parsed | ParseError:
    parser = BY_NAME[field].parse
    assert parser is not None, field
    if field != "description" and inc.text:  # "3萬" is 3万; the description keeps the worker's words
        inc = dataclasses.replace(inc, text=to_simplified(inc.text))
    return parser(inc, ctx)


def ask(field: str) -> Reply:
    buttons = [Button(texts.SKIP, "form:skip")] if field in OPTIONAL else []
    if field == "evidence":
        buttons = [Button(texts.EVIDENCE_DONE, "form:skip")]
    return Reply(texts.ASK[field], buttons=buttons, expects=field, request_contact=field == "contact_phone")


def reprompt(field: str, message: str) -> Reply:
    """A wrong answer: what was wrong, and the same step again."""
    return Reply(
        message,
        expects=field,
        request_contact=field == "contact_phone",
        buttons=[Button(texts.SKIP, "form:skip")] if field in OPTIONAL else [],
    )


# a fit-out or building firm: "成都某某装饰工程有限公司", "某某建设集团"
FIT_OUT_FIRM = re.compile(r"(?:装饰|装修|建筑|建设|工程|建工).*(?:公司|集团)$")


def record(
    field: str,
    parsed: Parsed,
    fields: dict[str, Any],
    ctx: FormContext,
    *,
    story_district: str | None = None,
    story_text: str = "",
) -> Reply:
    """Store one parsed answer and say what was recorded. `story_district`: the county the story
    around a work place named ("在织金修路": 织金县), used when the place alone names none;
    `story_text`: that story, whose province or city tells a town's namesakes apart (for a
    place typed as an answer, the story told before it, fields["_story"])."""
    value, echo, approx = parsed.value, parsed.echo, parsed.approximate
    if field == "project_name" and isinstance(value, str):
        value = echo = project_name(value)  # "天安云谷三期项目" -> 天安云谷三期, never a 项目 added
    fields[field] = str(value) if field == "amount_owed" else value
    if field == "employer_name" and fields.get("_project_home") and FIT_OUT_FIRM.search(str(value or "")):
        # "装修的活" read as a home renovated, but a fit-out or building firm owes: it works on
        # projects (an office, a shop floor), so the project is asked after all
        fields.pop("_project_home")
        if fields.get("project_name", "") is None:
            del fields["project_name"]
    if field == "amount_owed":
        fields["amount_approximate"] = approx
    if field == "workers_affected":
        fields["workers_approximate"] = approx
    if field == "industry" and (categories := list(getattr(ctx.kb, "industries", []) or [])):
        # the category read back with the worker's words, and kept in step with them: a
        # corrected trade is counted under its own category, not the story's
        category = classify(str(value or ""), categories)
        fields["_industry_category"] = category
        if f"（{category}）" not in echo:
            echo = f"{echo}（{category}）"
    if field == "work_location":
        # the county district is kept whether or not a centre covers it; routing uses it
        around = story_text or "\n".join(fields.get("_story") or [])  # an answer: the story told before
        found = find_district(value, around=around, answer=True) or (
            find_district(story_district) if story_district else None
        )
        if found is not None and found.start == 0 and found.name not in str(value):
            # "宝坻京津新城 玉兰苑": the short county opening the answer, written out in full
            said = str(value)[: found.end]
            if len(said) >= 2 and found.name.startswith(said):
                value = echo = found.name + str(value)[found.end :]
                fields[field] = value
        centre, district = match_centre(found.name if found else value, ctx.kb, detail=value)
        if district is None and found is not None:
            centre, district = match_centre(value, ctx.kb)
        fields["_centre"] = centre.id if centre else "central"
        fields["_centre_name"] = centre.name if centre else ""
        fields["_district"] = found.name if found else district
        if district and centre:
            echo += " " + texts.DISTRICT_MATCHED.format(centre=centre.name)
        elif fields["_district"]:
            echo += " " + texts.DISTRICT_NO_CENTRE.format(district=fields["_district"])
        else:
            echo += " " + texts.DISTRICT_UNMATCHED
    echoes = dict(fields.get("_echo") or {})
    echoes[field] = echo
    fields["_echo"] = echoes
    return Reply(
        texts.ECHO.format(label=texts.FIELD_LABEL[field], value=echo) + (texts.ECHO_APPROX if approx else "")
    )


SUMMARY_DESCRIPTION_CHARS = 120


def shorten_description(text: str, limit: int = SUMMARY_DESCRIPTION_CHARS) -> str:
    """The read-back shows the start of a long story; the case keeps all of it."""
    if len(text) <= limit:
        return text
    return texts.DESCRIPTION_CUT.format(head=" ".join(text[:limit].split()), n=len(text))


FULL_NAME_BUTTON = "form:full:employer_name"


def offers_full_name(fields: dict[str, Any]) -> bool:
    """The summary offers, once, to add the registered name of an employer told by its shop's
    or factory's own name ("徽味轩饭店"); the worker may just confirm."""
    name = str(fields.get("employer_name") or "")
    told_as_shop = bool(name) and fields.get("_shop_named") == name  # "店名叫指间花园"
    return (short_name(name) or told_as_shop) and not fields.get("_full_asked")


def summary(fields: dict[str, Any]) -> Reply:
    lines = [texts.SUMMARY_TITLE]
    echoes = fields.get("_echo", {})
    for f in ORDER:
        if f == "evidence":
            value = (
                texts.FILES.format(n=len(fields.get("evidence") or []))
                if fields.get("evidence")
                else texts.NONE
            )
        elif f in OPTIONAL and not fields.get(f):
            continue  # an optional item the worker did not give is left out, not shown as 无
        else:
            value = echoes.get(f) or fields.get(f) or texts.NONE
        if f == "description":
            value = shorten_description(str(value))
        lines.append(f"{texts.FIELD_LABEL[f]}：{value}")
        if f == "employer_name" and offers_full_name(fields):
            lines.append(texts.EMPLOYER_SHORT_HINT.format(name=fields[f]))
    lines.append(texts.SUMMARY_EVIDENCE if not fields.get("evidence") else texts.SUMMARY_MORE_EVIDENCE)
    lines.append(texts.SUMMARY_HINT)
    full = [Button(texts.EMPLOYER_ADD_FULL, FULL_NAME_BUTTON)] if offers_full_name(fields) else []
    buttons = [Button(texts.CONFIRM, "form:confirm:submit"), *full] + [
        Button(texts.EDIT_PREFIX + texts.FIELD_LABEL[f], f"form:edit:{f}") for f in ORDER
    ]
    return Reply("\n".join(lines), buttons=buttons, expects="confirm")


def confirm_buttons() -> list[Button]:
    """The summary's confirmation and evidence buttons, for a short reply while the summary waits."""
    edit = texts.EDIT_PREFIX + texts.FIELD_LABEL["evidence"]
    return [Button(texts.CONFIRM, "form:confirm:submit"), Button(edit, "form:edit:evidence")]
