"""A worker's story -> every complaint field it holds, with the words each was read from.

Pure: text in, `Story` out (no database, no channel). Each figure is read by the
single-answer parsers of bot/core/parsers; spans already used are blanked before the next
reader looks, so a phone number is not read as a month, nor "一个人八千五" as a head count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bot.core.extract.bosses import KNOWS_NO_MORE, hirers_named, nickname_house, nickname_only, title_only
from bot.core.extract.day_span import span_figures
from bot.core.extract.english_words import chinese_words
from bot.core.extract.estimate import (
    half_month_after,
    half_paid,
    months_of,
    part_paid_before,
    pay_by_months,
    within_rough,
)
from bot.core.extract.figures import find_contact_phone, find_headcount
from bot.core.extract.glued_name import glued_name
from bot.core.extract.held_pay import held_each_start, held_month, held_told, with_held
from bot.core.extract.industry import find_industry, with_employer_kind
from bot.core.extract.money_words import money_words
from bot.core.extract.name_reader import NameFound, mandarin
from bot.core.extract.named_for import find_named_for, only_them
from bot.core.extract.org_keys import employer_key
from bot.core.extract.org_leads import DEMONSTRATIVE, spoken_of
from bot.core.extract.org_words import PLATFORMS, platform_outlet
from bot.core.extract.orgs import find_employer, find_orgs
from bot.core.extract.pairs import for_parents
from bot.core.extract.people import FILE_UNDER, find_relative, find_self_name, find_third_name
from bot.core.extract.period_fixed import corrected_period
from bot.core.extract.periods import find_period, months_period
from bot.core.extract.periods_joined import work_end
from bot.core.extract.periods_told import months_left_out, not_due
from bot.core.extract.places import find_district
from bot.core.extract.projects import find_project
from bot.core.extract.shop_names import spoken_org, told_as_shop
from bot.core.extract.slips_inline import slips_replaced
from bot.core.extract.story_place import place_span
from bot.core.extract.sums import find_amounts
from bot.core.extract.total_fixed import corrected_total
from bot.core.extract.totals_agree import agreed_total
from bot.core.extract.townships import bare_town_at
from bot.core.extract.typos import meant
from bot.core.parsers import clean_text, to_simplified
from bot.core.parsers.dialect import in_mandarin

FIELDS = (
    "worker_name",
    "contact_phone",
    "employer_name",
    "project_name",
    "work_location",
    "industry",
    "arrears_period",
    "amount_owed",
    "workers_affected",
    "description",
)
WANTS_TO_FILE = re.compile(
    r"(帮我登记|帮忙登记|给我登记|登记一下|我要投诉|要投诉|想投诉|投诉一下|帮我投诉|帮.{0,3}投诉|我要举报|举报他|"
    r"告他|立案|帮我反映|反映一下|帮我讨|帮我要|我要登记|登记投诉|投诉他|投诉这)"
)
# cheap test before the full reading: owed money and a figure ("欠了我八千", "拖了三个月工资")
STORYISH = re.compile(
    r"(欠|拖|没发|没给|不给|不发|没结|克扣)[^。？?！!]{0,24}?"
    r"([0-9]{3,}|[一二两三四五六七八九十][千万百]|[0-9一二两三四五六七八九十几]+\s*个\s*月|[0-9]+\s*(?:元|块))"
)
QUESTION = re.compile(
    r"(吗|呢|怎么办|咋办|咋整|咋弄|怎么整|怎么搞|能不能|可不可以|有没有用|怎么弄|怎么要|要得回|能要回|合法|犯法|[？?])"
)


@dataclass(frozen=True)
class Found:
    value: Any
    echo: str
    start: int = 0
    end: int = 0
    approximate: bool = False
    note: str = ""  # for a period: figures.COUNTED when no month was named


@dataclass
class Story:
    text: str  # what was read: the worker's words with a slip inside a message put right
    fields: dict[str, Found] = field(default_factory=dict)
    amount_choices: list[Decimal] = field(default_factory=list)  # two different totals
    owed_then_paid: tuple[Decimal, Decimal] | None = None  # "欠我三万 后来转了五千"
    # pay x time beside several people, whose pay unsaid: (head count, how it was counted)
    amount_whose: tuple[int, str] | None = None
    district: str | None = None
    industry_category: str | None = None
    employer_key: str = ""
    employer_hint: str | None = None  # "陈女士": who owes, said with a title only
    shop_named: bool = False  # the employer told as a shop's own name: "店名叫指间花园"
    outlet_boss: bool = False  # employer_hint is who runs an outlet: "网点老板黄志坚"
    crew_boss: bool = False  # employer_hint is the crew's boss, a main contractor spoken of unnamed
    relative: str | None = None  # "母亲" when complaining for a relative
    caller_name: str | None = None
    wants_to_file: bool = False
    has_question: bool = False
    words: str = ""  # the worker's own words, as typed (the description), when not `text`

    @property
    def case_fields(self) -> int:
        """How many case fields the text holds (description not counted)."""
        return sum(1 for f in self.fields if f != "description") + (1 if self.amount_choices else 0)

    def is_story(self) -> bool:
        """Enough of a case to read it as a story rather than a bare answer or question."""
        return self.case_fields >= 3 or (self.case_fields >= 2 and len(self.text) >= 20)


def _location(text: str, district: Any) -> Found | None:
    span = place_span(text, district)
    return Found(span[0], span[0], span[1], span[2]) if span is not None else None


def extract_story(text: str | None, today: date, industries: list[Any] | None = None) -> Story:
    """Every field the text holds. Names: 我叫/名字是 gives the worker's own name, unless the
    worker complains for a relative (替我妈投诉…她叫X): then X is the worker and the caller's
    own name is kept apart. A company or place is never read as a person's name."""
    said = clean_text(text or "", keep_newlines=True)  # the worker's own words, for the description
    story = Story(text=(raw := slips_replaced(said)), words=said)  # "五个人 不对 六个人": read right
    # read in simplified (廈門思明區 is 厦门思明区), English pay words as Chinese (salary: 工资)
    # dialect words as Mandarin (仲差 还差, 净系俾咗 就只给了, 四千蚊 四千块), the same length
    lines = meant(chinese_words(in_mandarin(to_simplified(raw))))  # 三个越: 三个月
    flat = spoken_of(lines.replace("\n", " "))  # "做直播个公司": 做直播的公司
    got = story.fields

    phone = find_contact_phone(flat)
    used: list[tuple[int, int]] = []
    if phone is not None:
        got["contact_phone"] = Found(phone.value, phone.echo, phone.start, phone.end)
        used.append((phone.start, phone.end))
    blanked = _blank(flat, used)

    spoken = mandarin(flat)  # people read in Mandarin words: "佢叫梁志明" is 他叫梁志明
    rel = find_relative(spoken)
    glued = glued_name(blanked)  # "我叫符海燕酒店欠了我…": the name, then the employer
    if glued is not None:
        blanked = _blank(blanked, [(glued.start, glued.end)])
    # ("户主是他家儿子，叫孙国栋": who hired, never the worker, is kept out like a company)
    orgs = [(o.start, o.end) for o in find_orgs(blanked)] + hirers_named(spoken)
    # "叫云帆网络科技有限公司" is no name; one told after it still is ("…公司。我妈叫吴桂英")
    # (blanked with no pause: "保洁公司叫申洁保洁" leaves no bare 叫 opening a clause)
    unorg = _blank(spoken, orgs, "〇")
    self_name = glued or _outside(find_self_name(spoken), orgs) or _outside(find_self_name(unorg), orgs)
    third = _outside(find_third_name(spoken, bare=rel is not None), orgs) or _outside(
        find_third_name(unorg, bare=rel is not None), orgs
    )
    under = FILE_UNDER.search(spoken)
    if rel is None and under is not None and (named := find_third_name(spoken[under.start() :])) is not None:
        # "登记的时候名字就写李国庆吧，他是领头的…电话就留我的": he is the worker, the caller the contact
        off = under.start()
        third = _outside(NameFound(named.value, named.start + off, named.end + off), orgs)
        if third is not None:
            rel = ("他人", under.start(), under.end())
    if rel is None and (named_for := find_named_for(spoken)) is not None:
        # "替我们保洁组的周桂兰大姐问问…我叫钱红": she is the worker, the caller the contact
        rel = (named_for[0], named_for[1].start, named_for[1].end)
        third = _outside(named_for[1], orgs)
    if rel is not None:
        story.relative = rel[0]
        if third is not None:
            got["worker_name"] = Found(third.value, third.value, third.start, third.end)
        if self_name is not None and (third is None or self_name.value != third.value):
            story.caller_name = self_name.value
    elif self_name is not None:
        got["worker_name"] = Found(self_name.value, self_name.value, self_name.start, self_name.end)

    # the people named as the worker or the caller never owe ("我是钢筋班的班长刘建军")
    # (every time they are named: "我叫刘海 … 刘海那个厂" is the worker's own, no owner)
    people = [
        (m.start(), m.end())
        for n in (self_name, third)
        if n is not None
        for m in re.finditer(re.escape(n.value), blanked)
    ] or [(n.start, n.end) for n in (self_name, third) if n is not None]
    employer = spoken_org(
        find_employer(_blank(blanked, people)), find_employer(_blank(mandarin(blanked), people)), blanked
    )
    house = employer if employer is not None and nickname_house(employer.value) else None
    if employer is not None and (
        title_only(employer.value)
        or (
            (nickname_only(employer.value) or nickname_house(employer.value))
            and not KNOWS_NO_MORE.search(flat)
        )
    ):
        # "主家是陈女士", "老板姓金", "网点老板老韩", "老冯家茶场": the full name is asked, one tap keeps this
        story.employer_hint, employer = employer.value, None
    if employer is not None and _OUTLET_BOSS.search(blanked[: employer.end - len(employer.value)]):
        # "中通网点…网点老板黄志坚": who runs the outlet; its licence's name is asked, one tap keeps him
        story.employer_hint, story.outlet_boss, employer = employer.value, True, None
    boss_at = employer.end - len(employer.value) if employer is not None else 0
    if employer is not None and _CREW_BOSS.search(blanked[:boss_at]) and _MAIN_UNNAMED.search(flat):
        # "包工头刘某…一直话总包冇拨款": the crew's boss; the main contractor answers for the crew's
        # pay, so who it is is asked, one tap keeps the boss
        story.employer_hint, story.crew_boss, employer = employer.value, True, None
    if employer is not None and (employer.value in PLATFORMS or platform_outlet(employer.value)):
        # "在美团上面跑", "中通网点": a platform or its outlet is seldom who pays; who does is
        # asked, one tap keeps it
        story.employer_hint, employer = employer.value, None
    if employer is not None:
        got["employer_name"] = Found(employer.value, employer.value, employer.start, employer.end)
        story.shop_named = told_as_shop(blanked, employer.start, employer.end)  # "店叫茶小满"
    project = find_project(mandarin(blanked))  # "我阿爸喺工地": 喺 is 在, no project name
    if project is not None and (employer is None or project.value not in employer.value):
        got["project_name"] = Found(project.value, project.value, project.start, project.end)

    district = find_district(blanked)
    inside = district is not None and employer is not None and employer.start <= district.start < employer.end
    if inside and employer is not None and district is not None:
        # the place in the employer's name ("义乌市星河电子商务有限公司") yields to one said
        # elsewhere ("在义乌做客服"); a short form inside it ("上海宏伟建设有限公司") is none
        elsewhere = find_district(_blank(blanked, [(employer.start, employer.end)]))
        if elsewhere is not None or blanked[district.start : district.end] != district.name:
            district, inside = elsewhere, False
    if district is not None:
        story.district = district.name
    proj = got.get("project_name")
    if (
        proj is not None
        and district is not None
        and proj.start == district.start < district.end < proj.end - 3
        and blanked[district.start : district.end] != district.name
        and bare_town_at(blanked, district.end, (district.code,)) is not None
    ):
        # "凤阳临淮关中学学生宿舍楼": the county said short, then one of its towns: where, no part
        # of the project ("滨江新城综合体" keeps 滨江: no town of it follows)
        cut = proj.value[district.end - district.start :]
        got["project_name"] = Found(cut, cut, district.end, proj.end)
    loc = _location(blanked, district)
    if inside and district is not None:
        loc = Found(district.name, district.name, district.start, district.end)  # not the company's words
    at = employer or house  # "…核桃坝老冯家茶场": the place ends before the owner's workplace too
    if loc is not None and at is not None and loc.start < at.start < loc.end:
        # "东胜区天骄路万家福超市": the place ends where the employer's name starts
        cut = re.sub(rf"(?:{DEMONSTRATIVE}|[个间嗰𠮶的嘞])+$", "", blanked[loc.start : at.start])
        cut = re.sub(r"(?<=[路街道])(?:边上|上|边|口)$", "", cut)  # "福利路上马记…": on the road
        if len(cut) >= 2 and story.district and story.district[:2] in cut + story.district:
            loc = Found(cut, cut, loc.start, loc.start + len(cut))
            if district is not None and district.name not in cut:
                # "惠安螺城镇明辉石材厂": the place before the name, its county written out in full
                loc = _location(blanked[: loc.end], district) or loc
    if loc is not None and (employer is None or loc.value != employer.value):
        got["work_location"] = loc

    # the trade is read outside the employer's name first: "在…枸杞园子里摘枸杞 … 杞乡红枸杞种植
    # 专业合作社" is picking, not the 种植 of the co-operative's name
    outside = _blank(blanked, [(employer.start, employer.end)]) if employer is not None else blanked
    ind = find_industry(outside, industries or []) or find_industry(blanked, industries or [])
    ind = with_employer_kind(ind, employer.value if employer is not None else None, industries or [])
    if ind is not None:
        words, category, start, end = ind
        # only a contractor named (包工头): the category alone, no job words invented
        got["industry"] = Found(
            words or category, f"{words}（{category}）" if words else category, start, end
        )
        story.industry_category = category

    if (
        "project_name" in got
        and story.industry_category not in (None, "建筑业")
        and not re.search(r"工地|楼盘|项目|施工|工程", flat)
    ):
        del got["project_name"]  # "在万达广场的海底捞做服务员": a building named, no building site

    head = find_headcount(blanked)
    if head is not None:
        got["workers_affected"] = Found(head.value, head.echo, head.start, head.end, head.approximate)
    elif story.relative is not None and (alone := only_them(blanked)) is not None:
        got["workers_affected"] = Found(1, "1 人", *alone)  # "我就先替他一个人报"
    elif story.relative == "父母" and (both := for_parents(blanked)) is not None:
        got["workers_affected"] = Found(2, "2 人", *both)  # "替我爸妈问问": both are owed
    plain = money_words(blanked)  # "冇发", "发哩", "每只号头": the money and months in plain words
    plain = not_due(plain)  # "十一月份的还没到发工资的时候，先不算": neither owed nor left out
    # "不对 是十月份开始的 … 两个月": the months a later correction states, no count before it
    plain, fixed_period = corrected_period(lines, today, plain)
    amounts = find_amounts(
        plain, int(head.value) if head is not None else None, bool(head is not None and head.approximate)
    )
    if head is None and amounts.heads > 1:  # "阿珠八千六，阿梅七千九，我家己九千二": three people
        got["workers_affected"] = Found(amounts.heads, f"{amounts.heads} 人", *amounts.used[0])
    if amounts.conflict and (fixed := corrected_total(to_simplified(raw), amounts.conflict)) is not None:
        got["amount_owed"] = Found(fixed, f"{fixed:,.0f} 元", 0, 0)  # "不对 说错了 … 就是两万七"
    elif amounts.conflict:
        story.amount_choices = amounts.conflict
        story.owed_then_paid = amounts.owed_then_paid
        if amounts.whose is not None:
            story.amount_whose = (amounts.whose[2], amounts.whose[3])
    elif amounts.total is not None:
        t = amounts.total
        got["amount_owed"] = Found(t.value, t.echo, t.start, t.end, t.approximate)
    names = [(v.start, v.end) for k, v in got.items() if k in ("worker_name", "employer_name")]
    # "十月份的六千三百八 … 十一月上半月三千一": the months whose pay was added (not the month the
    # work ended, read with the period: "八月份进场十月份贴完 总共贴了六百二十个平方")
    pay_months = [m for m in amounts.months if not work_end(plain, m)]
    # the figures read are left out, the months named in them are not ("十一月还送了十天 八百件")
    period = find_period(plain, today, used + months_left_out(plain, amounts.used) + names)
    if pay_months:
        period = months_period(pay_months, today) or period
    period = fixed_period or period
    half = 0
    if period is not None:  # "5月和6月都只发了一半，7月、8月没发": half of May and June is owed too
        period, half = half_paid(plain, period, today)
    rate = amounts.rate[0] if amounts.rate is not None and amounts.rate[1] == "月" else None
    if period is not None and not half:  # "十月份的发了三千，十一月的全没发": October is owed too
        period = part_paid_before(plain, period, rate, amounts.paid)
    after = None if period is None else half_month_after(plain, period, got.get("amount_owed"), rate)
    if after is not None:  # "每个月七千二 … 十一月做了半个月…那半个月三千六": the months and the half
        period, total = after
        got["amount_owed"] = Found(total.value, total.echo, total.start, total.end)
        amounts.rate = None
    heads = int(head.value) if head is not None else None  # "一天三百五，从9月3号干到10月12号":
    span_period, pay, whose = span_figures(plain, today, amounts.rate, heads, bool(head and head.approximate))
    period = period or span_period
    if pay is not None and "amount_owed" not in got and not story.amount_choices:
        got["amount_owed"] = Found(pay.value, pay.echo, pay.start, pay.end, True)
    elif whose is not None and "amount_owed" not in got and not story.amount_choices:
        story.amount_choices, story.amount_whose = whose  # the teller's alone, or every one's?
    held = None if period is None or half else held_month(plain)
    if period is not None and held is not None:  # "压了一个月工资 就是七月的 … 压的那个月也不给"
        period, held = with_held(period, held, held_told(plain) == held, plain)
    each_held = None if period is None or half or held is not None else held_each_start(plain, period)
    if period is not None:
        shown = each_held or period  # "五月进的厂 每个月压五百 … 压的钱也不退": from May
        got["arrears_period"] = Found(
            shown.value, shown.echo, shown.start, shown.end, shown.approximate, shown.note
        )
        # part of every month held is no month's pay: pay x months is not the amount then
        estimate = (
            None
            if each_held is not None
            else pay_by_months(amounts, period.value, plain, today, head, half, held)
        )
        stated = got.get("amount_owed")
        if (
            estimate is not None
            and stated is None
            and not amounts.conflict
            and amounts.rate_whose_unknown
            and amounts.paid is None
            and head is not None
            and int(head.value) > 1
            and not head.approximate
        ):  # "每月四千五 三个月没发 … 两个人": the teller's pay alone, or each one's? asked
            n = int(head.value)
            story.amount_choices = [estimate.value, estimate.value * n]
            story.amount_whose = (n, estimate.echo.split("（按", 1)[-1].removesuffix("估算）"))
            estimate = None
        if estimate is not None and not amounts.conflict:
            if stated is None or within_rough(plain, stated, estimate.value):
                # a hedged pay per month ("一个月差不多七千") makes no figure to read back: asked
                rough = ROUGH_RATE if amounts.rate_rough else ""
                got["amount_owed"] = Found(estimate.value, estimate.echo, 0, 0, True, rough)

    agreed = agreed_total(plain, story.amount_choices, months_of(period.value) if period else 0)
    if agreed is not None and story.owed_then_paid is None and story.amount_whose is None:
        story.amount_choices, got["amount_owed"] = [], Found(agreed, f"{agreed:,.0f} 元", 0, 0)
    if employer is not None:
        places = tuple(p for p in (district.name if district else "", loc.value if loc else "") if p)
        story.employer_key = employer_key(employer.value, places)
    story.wants_to_file = bool(WANTS_TO_FILE.search(flat))
    story.has_question = bool(QUESTION.search(flat))
    if story.is_story():
        got["description"] = Found(said, said[:60] + ("…" if len(said) > 60 else ""), 0, len(said))
    return story


# who runs a platform's outlet or station, said right before their name
_OUTLET_BOSS = re.compile(
    r"(?:网点|站点|驿站)(?:的)?(?:老板娘|老板|负责人|站长)(?:是|叫)?\s*$|站长(?:是|叫)?\s*$"
)
# the boss of the worker's own crew, said right before their name, and a main contractor spoken of
_CREW_BOSS = re.compile(r"(?:包工头|工头|班组长|班长|带班的|带班|领班|小包)(?:是|叫|就是)?\s*$")
_MAIN_UNNAMED = re.compile(r"总包|总承包")
ROUGH_RATE = "rough rate"  # a Found note: pay x months worked out from a hedged pay per month


def _outside(name: Any, spans: list[tuple[int, int]]) -> Any:
    return None if name is None or any(a <= name.start < b for a, b in spans) else name


def _blank(text: str, spans: list[tuple[int, int]], filler: str = " ") -> str:
    chars = list(text)
    for a, b in spans:
        chars[a : min(b, len(chars))] = filler * max(0, min(b, len(chars)) - a)
    return "".join(chars)
