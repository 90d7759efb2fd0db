"""Fields read from free text: the opening story, a story given in answer to one question,
a later correction. What was found is recorded at once and shown in one short summary with a
button per item to change it; then only what is missing is asked."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.core import texts
from bot.core.extract import extract_story
from bot.core.extract.client_site import placed, site_named
from bot.core.extract.figures import told_alone
from bot.core.extract.org_words import PLATFORMS, platform_outlet
from bot.core.extract.paid import ROUGH_SAID
from bot.core.extract.periods import COUNTED, NEW_YEAR
from bot.core.extract.places import find_district, namesakes
from bot.core.extract.story import ROUGH_RATE
from bot.core.intake.fields import FIT_OUT_FIRM, FormContext, record
from bot.core.parsers import Parsed, to_simplified
from bot.core.types import Button, Reply

# project_name is only worth asking on building sites
_CONSTRUCTION = "建筑业"


def read(text: str, ctx: FormContext) -> Any:
    return extract_story(text, ctx.today, list(getattr(ctx.kb, "industries", []) or []))


# an amount with only its lower bound told: "一万多", "八千多块"
_OPEN_ENDED = re.compile(r"[^，,。\s]*?[0-9十百千万]多")


def _span_said(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "五六千", "一万七八", "至少两万": a figure told as a span or a floor, as said."""
    if end <= start:
        return None
    lead = max(0, start - 5)
    said = ROUGH_SAID.search(text, lead, end + 2)
    if said is None:
        return None
    return re.compile(r"[^，,。\s]*").search(text, min(start, said.start()), max(end, said.end()))


_HEDGE_BEFORE = re.compile(r"(?:大概|大约|约莫|差不多|估计|可能|好像|应该)(?:有|是)?\s*$")
_HEDGE_AFTER = re.compile(r"\s*(?:元|块钱|块)?\s*(?P<range>左右|上下|的样子)?\s*(?P<maybe>吧)?")


def _doubly_hedged(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "大概五万左右", "一万五左右吧": a figure the teller hedges twice is one they are unsure
    of, asked (one tap keeps it); "一万六千左右" alone is read back as about that much."""
    if end <= start:
        return None
    before = _HEDGE_BEFORE.search(text, max(0, start - 5), start)
    after = _HEDGE_AFTER.match(text, end)
    hedges = (
        (before is not None) + bool(after and after.group("range")) + bool(after and after.group("maybe"))
    )
    if hedges < 2:
        return None
    lo = before.start() if before is not None else start
    hi = len(text[: after.end() if after else end].rstrip())
    return re.compile(r".*", re.S).match(text[:hi], lo)


# words that say the work is on a building site, whatever the worker's own trade
_SITE_WORDS = re.compile(r"工地|楼盘|项目|施工|工程")
# building trades done in people's homes: no project to name
_HOME_WORK = re.compile(r"装修|家装|装房子|刷墙|刷油漆|刷漆|贴瓷砖|铺地砖|吊顶|水电安装|做水电|搞水电")


def absorb(
    fields: dict[str, Any],
    text: str,
    ctx: FormContext,
    *,
    overwrite: bool = False,
    skip: frozenset[str] = frozenset(),
    describe: bool = True,
    account: bool = False,
) -> list[str]:
    """Record every field the text holds that the form lacks (all of them when `overwrite`),
    except those in `skip`; a story's whole text is kept in the description (unless not
    `describe`: a short answer is no account of what happened; an `account`, what the worker
    told before filing, is kept even when it holds one field: "装修的活干完了钱不给，找谁？"
    says what happened). Returns the fields recorded."""
    story = read(text, ctx)
    added: list[str] = []
    for name, found in story.fields.items():
        if name == "description" or name in skip:
            continue
        guessed = name == "project_name" and fields.get("_project_guessed") and fields.get(name) is None
        if (
            name == "project_name"
            and (guessed or "_site_hint" in fields)
            and fields.get("_industry_category") not in (None, _CONSTRUCTION)
            and not _SITE_WORDS.search(text)
        ):
            # a cleaner's "九亭镇 汇成大厦" answering where, a guard's "胜利路万科城小区": the
            # building is no project (a guard's premises are asked on their own, one tap)
            continue
        if name in fields and not overwrite and not guessed:
            continue  # a project only guessed to be none is filled when a later answer names one
        if name == "project_name":
            fields.pop("_project_guessed", None)
            fields.pop("_project_home", None)
        value = found.value
        if name == "work_location" and not county_known(str(value), story):
            # "站街镇", "鞍山胜利路": no county read, or one of a name several share; which county
            # is asked, the towns of that name offered in one tap each (place_question)
            fields["_place_hint"] = str(value)
            continue
        if name == "amount_owed":
            value = Decimal(str(value))
            rough = _OPEN_ENDED.match(story.text, found.start, found.end + 2) or _span_said(
                story.text, found.start, found.end
            )
            if found.note == ROUGH_RATE:  # "一个月差不多七千 … 两个月": the figure is asked
                how = found.echo.split("（按", 1)[-1].removesuffix("估算）")
                fields["_amount_hint"] = [re.sub(r"^每(月|天) ", r"每\1约 ", how), str(value)]
                continue
            if found.approximate and "× 约" in found.echo:  # each one's figure x a rough head count
                how = re.sub(r"^按|估算$", "", found.echo.split("（", 1)[-1].rstrip("）"))
                fields["_amount_hint"] = [how, str(value)]
                continue
            rough = rough or (
                _doubly_hedged(story.text, found.start, found.end) if found.approximate else None
            )
            if found.approximate and rough is not None:
                # "一万多" is no figure to read back: the exact one is asked, one tap keeps it rough;
                # each one's rough figure is said with the head count ("每人七八千 × 11 人")
                each = re.search(r"（每人 [0-9,]+ 元 × (?P<n>[0-9]+) 人）", found.echo)
                said = f"每人{rough.group(0)} × {each.group('n')} 人" if each else rough.group(0)
                fields["_amount_hint"] = [said, str(value)]
                continue
        if name == "arrears_period" and found.note == COUNTED:
            # "欠了三个月了": which months is asked, the months counted back offered in one tap
            said = re.split(r"\s", story.text[found.start : found.end].strip())[0] or found.echo
            y1, m1, y2, m2 = (int(x) for v in found.value.values() for x in v.split("-"))
            fields["_period_hint"] = [said, found.echo, f"{y1}年{m1}月到{y2}年{m2}月"]
            continue
        if name == "arrears_period" and found.note == NEW_YEAR:
            # "过完年就上工地了": late February or March? asked, both offered in one tap
            y1, m1, y2, m2 = (int(x) for v in found.value.values() for x in v.split("-"))
            py, pm = (y1, m1 - 1) if m1 > 1 else (y1 - 1, 12)
            fields["_period_hint"] = [
                "过完年",
                "",
                f"{py}年{pm}月到{y2}年{m2}月",
                f"{y1}年{m1}月到{y2}年{m2}月",
            ]
            continue
        record(
            name,
            Parsed(value, found.echo, found.approximate),
            fields,
            ctx,
            story_district=story.district,
            story_text=story.text,
        )
        added.append(name)
    if (
        describe
        and story.is_story()
        and "workers_affected" not in fields
        and "workers_affected" not in skip
        and told_alone(to_simplified(story.text))
    ):  # a story about the teller alone: one person owed, shown in the summary to change
        record("workers_affected", Parsed(1, texts.ALONE_ECHO, False), fields, ctx)
        added.append("workers_affected")
    if story.industry_category and "industry" in added:
        fields["_industry_category"] = story.industry_category
    if story.shop_named and "employer_name" in added:
        fields["_shop_named"] = fields.get("employer_name")
    if story.employer_hint and "employer_name" not in fields and "employer_name" not in skip:
        fields["_employer_hint"] = story.employer_hint
        if story.outlet_boss:
            fields["_outlet_boss"] = True
        if story.crew_boss:
            fields["_crew_boss"] = True
    if story.amount_choices and "amount_owed" not in fields:
        fields["_amount_choices"] = [str(v) for v in story.amount_choices]
        if story.owed_then_paid is not None:
            fields["_amount_paid"] = [str(v) for v in story.owed_then_paid]
        if story.amount_whose is not None:
            fields["_amount_whose"] = [story.amount_whose[0], story.amount_whose[1]]
    if story.relative:
        note = texts.RELATIVE_NOTE.format(
            relative=story.relative, caller=story.caller_name or texts.CALLER_SELF
        )
        fields["_relative_note"] = note
    if describe and (story.is_story() or (account and story.case_fields >= 1)):
        words = story.words or story.text  # as typed, not as read with a slip put right
        told = [t for t in (fields.get("_story") or []) if t != words]
        fields["_story"] = [*told, words]
        parts = list(fields["_story"]) + ([fields["_relative_note"]] if fields.get("_relative_note") else [])
        fields["description"] = "\n".join(parts)
        if "description" not in added:
            added.append("description")
        category = fields.get("_industry_category") or story.industry_category
        employer = str(fields.get("employer_name") or "")
        # a home renovated names no project, unless a fit-out firm owes ("给一家装饰公司做别墅的
        # 吊顶"): such a firm works on projects, so the project is asked
        home = (
            category == _CONSTRUCTION
            and _HOME_WORK.search(str(fields.get("industry") or ""))
            and not FIT_OUT_FIRM.search(employer)
        )
        if "project_name" not in fields and category != _CONSTRUCTION and placed(story.text, employer):
            # placed by a service firm at a client's premises: the premises are asked, one tap
            fields["_site_hint"] = site_named(to_simplified(story.text), employer) or ""
        elif (
            "project_name" not in fields
            and (category not in (None, _CONSTRUCTION) or home)
            and not _SITE_WORDS.search(text)
        ):
            fields["project_name"] = None  # not a building site (a home renovated is none): not asked
            fields["_project_guessed"] = True
            if home:
                fields["_project_home"] = True  # asked after all if a fit-out firm turns out to owe
    return added


def found_summary(fields: dict[str, Any], added: list[str]) -> Reply:
    """One short message: what was read from the story, a button to change each item."""
    echoes = fields.get("_echo") or {}
    lines = [texts.STORY_FOUND]
    buttons = []
    for name in added:
        if name == "description":
            continue
        lines.append(f"{texts.FIELD_LABEL[name]}：{echoes.get(name) or fields.get(name)}")
        buttons.append(Button(texts.EDIT_PREFIX + texts.FIELD_LABEL[name], f"form:edit:{name}"))
    if fields.get("_relative_note"):
        lines.append(fields["_relative_note"])
    lines.append(texts.STORY_FOUND_HINT)
    return Reply("\n".join(lines), buttons=buttons)


def employer_question(fields: dict[str, Any]) -> Reply | None:
    """The employer named with a title only ("陈女士"): her full name is asked, one tap keeps
    what was said."""
    hint = fields.get("_employer_hint")
    if not hint or "employer_name" in fields:
        return None
    return Reply(
        (
            texts.EMPLOYER_OUTLET_BOSS
            if fields.get("_outlet_boss")
            else texts.EMPLOYER_CREW_BOSS
            if fields.get("_crew_boss")
            else texts.EMPLOYER_PLATFORM
            if hint in PLATFORMS
            else texts.EMPLOYER_OUTLET
            if platform_outlet(hint)
            else texts.EMPLOYER_FULL_NAME
        ).format(hint=hint),
        buttons=[Button(texts.EMPLOYER_KEEP_HINT.format(hint=hint), f"{SAID_PREFIX}{hint}")],
        expects="employer_name",
    )


def period_question(fields: dict[str, Any]) -> Reply | None:
    """Only a length told ("欠了三个月了"): which months is asked, one tap keeps the months
    counted back from today (the last month whose pay is due)."""
    hint = fields.get("_period_hint")
    if not hint or "arrears_period" in fields:
        return None
    if len(hint) == 4:  # the month after the Spring Festival, or the one before it?
        said, _, *answers = hint
        return Reply(
            texts.PERIOD_NEW_YEAR.format(said=said),
            buttons=[Button(a, f"{SAID_PREFIX}{a}") for a in answers],
            expects="arrears_period",
        )
    said, echo, answer = hint
    shown = echo.split("（", 1)[0]
    return Reply(
        texts.PERIOD_WHICH.format(said=said, counted=echo),
        buttons=[Button(texts.PERIOD_KEEP_COUNTED.format(months=shown), f"{SAID_PREFIX}{answer}")],
        expects="arrears_period",
    )


# a button that answers the question with its words ("form:said:陈女士")
SAID_PREFIX = "form:said:"


def county_known(place: str, story: Any) -> bool:
    """The story's place of work comes with its county (said or read from a town or a road)."""
    return (
        find_district(place, around=story.text, answer=True)
        or (find_district(story.district) if story.district else None)
    ) is not None


def place_question(fields: dict[str, Any]) -> Reply | None:
    """A place told with no county ("站街镇", "鞍山胜利路"): its county is asked, the counties
    with a town of that name offered in one tap each, and one tap keeps the place as told."""
    hint = fields.get("_place_hint")
    if not hint or "work_location" in fields:
        return None
    towns = namesakes(hint)
    buttons = [
        Button(f"{county}（{province}）", f"{SAID_PREFIX}{county}{hint}") for county, province in towns
    ]
    return Reply(
        (texts.PLACE_WHICH_NAMESAKE if towns else texts.PLACE_WHICH_COUNTY).format(said=hint),
        buttons=[*buttons, Button(texts.PLACE_KEEP_SAID.format(said=hint), f"{SAID_PREFIX}{hint}")],
        expects="work_location",
    )


def site_question(fields: dict[str, Any]) -> Reply | None:
    """A worker placed at a client's premises: which premises, the one told offered in one tap."""
    if "project_name" in fields or "_site_hint" not in fields:
        return None
    site = str(fields["_site_hint"] or "")
    buttons = [Button(site, f"{SAID_PREFIX}{site}")] if site else []
    return Reply(texts.ASK_SITE, buttons=[*buttons, Button(texts.SKIP, "form:skip")], expects="project_name")


def amount_question(fields: dict[str, Any]) -> Reply | None:
    """Two different totals in the story: ask which one, never guess. Only a lower bound
    ("一万多"): the figure is asked, one tap keeps the rough one."""
    choices = fields.get("_amount_choices") or []
    hint = fields.get("_amount_hint")
    if "amount_owed" not in fields and hint and len(choices) < 2:
        said, value = hint
        rough = f"{Decimal(value):,.0f}"
        return Reply(
            texts.AMOUNT_EXACT.format(said=said),
            buttons=[
                Button(texts.AMOUNT_KEEP_ROUGH.format(amount=rough), f"{SAID_PREFIX}约{Decimal(value):.0f}元")
            ],
            expects="amount_owed",
        )
    if "amount_owed" in fields or len(choices) < 2:
        return None
    shown = "、".join(f"{Decimal(c):,.0f} 元" for c in choices)
    paid = fields.get("_amount_paid")
    if paid:  # "欠我三万 后来转了五千": is the 30,000 owed before or after the 5,000?
        owed, given = (f"{Decimal(v):,.0f}" for v in paid)
        question = texts.AMOUNT_WHICH_PAID.format(owed=owed, paid=given)
    elif fields.get("_amount_whose") and len(choices) == 2:  # the teller's pay alone, or each one's?
        n, how = fields["_amount_whose"]
        one, every = (f"{Decimal(c):,.0f}" for c in choices)
        question = texts.AMOUNT_WHICH_WHOSE.format(how=how, one=one, n=n, all=every)
    else:
        question = texts.AMOUNT_WHICH.format(choices=shown)
    return Reply(
        question,
        buttons=[Button(f"{Decimal(c):,.0f} 元", f"form:amount:{Decimal(c):.0f}") for c in choices],
        expects="amount_owed",
    )


def told_so_far(fields: dict[str, Any]) -> str:
    """The answers given so far as one note (for adding them to an existing case)."""
    echoes = fields.get("_echo") or {}
    return "；".join(f"{texts.FIELD_LABEL[k]}：{v}" for k, v in echoes.items() if k in texts.FIELD_LABEL)
