"""Job and industry words -> a fixed category list (industries.yaml), the worker's own words
kept beside it: "在工地上做木工的" -> ("工地、木工", "建筑业")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Protocol

from bot.core.extract.industry_said import crew_blanked, hearsay_blanked
from bot.core.extract.trade_words import BRAND_TRADE, PLAIN_JOB, PLATFORM_TRADE, SPOKEN_TRADES, fitted_out
from bot.core.extract.workplaces import bank_blanked, not_work_blanked, told_work


class CategoryLike(Protocol):
    name: str
    aliases: list[str]
    other: bool


def _aliases(categories: Iterable[CategoryLike]) -> list[tuple[str, str]]:
    pairs = [(a, c.name) for c in categories for a in c.aliases if a]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def other_category(categories: Iterable[Any]) -> str:
    return next((c.name for c in categories if getattr(c, "other", False)), "其他")


# who runs the work, not the worker's job: a hint for the category only, never "the worker's words"
_EMPLOYER_WORDS = {"包工头", "项目部", "劳务公司"}
# a site where every trade works: the job word said there decides (a 门卫 on a 工地)
_SITES = {"工地", "建筑", "施工", "小区"}
# where the work is: listed after the job words; decides the category only when no job word was said (a 门卫 on a 工地)
_WORKPLACE = re.compile(
    r"(工地|厂|厂里|车间|店|馆|楼|场|站|站点|部|公司|园|院|堂|物业|超市|商场|档口|仓库|作坊|后厨|前厅|大堂|客房|"
    r"食堂|建筑|餐饮|物流|快递|外卖|互联网|软件)$"
)


# a trade said after 做/当 that no alias names ("做彩绘", "当跟单"): kept as the worker's words
_JOB = re.compile(
    r"(?:做|当|干|搞)(?P<job>[\u4e00-\u9fff]{2,3}?)(?=$|[，,。；;！!？?\s]|的|工作|了|活)"
    # a line of business said with 的 after it: "公司…做少儿编程培训的", "做外贸服装的"
    r"|(?:做|搞)(?P<line>[\u4e00-\u9fff]{4,6}?)的(?=$|[，,。；;！!？?\s])"
)
_NOT_JOB = re.compile(
    r"[了的个些多几什么点活事生意一二两三四五六七八九十半这那他她我你啥久过完去来没不就也都还得着到满够在给]|工作|事情|"
    r"老板|小工|工资|钱"
)


# a crop picked or cut, said as the job ("摘枸杞的", "砍甘蔗", "采摘蓝莓"): farm work in the
# worker's words, whichever crop it is
_PICKING = re.compile(
    # (voice input runs on: "摘柑十一月做咗…", Cantonese 咗/嘅 after it)
    r"(?:采摘|摘|砍|掰|拔|割)(?P<crop>[\u4e00-\u9fff]{1,3}?)"
    r"(?=的|了|去|呢|啊|哩|嘞|咗|嘅|$|[\s，,。；;！!？?、0-9一二两三四五六七八九十]"
    # another chore or a 和 after the crop: "摘柚子锄草", "摘苹果套袋", "摘茶叶和剪枝"
    r"|[锄除套施浇剪修打装搬挑运卖和跟同])"
)
_NOT_CROP = re.compile(
    r"[了的个些多几什么点活事一二两三四五六七八九十半这那他她我你啥到去来没不就也都还着在给钱完]"
)


# selling goods, said as the job: "在…通讯店卖手机", "卖建材的" (not 卖力, 卖命, 卖惨)
_SELLING = re.compile(
    r"(?<![买拍转变外])卖(?![力命惨了给掉完不钱出]|保险|房|楼|课)[\u4e00-\u9fff]{1,3}?(?=$|[\s，,。；;！!？?]|的|了|呢|啊|底薪|提成|一个月)"
)
# bagging fruit on the tree, an orchard's chore: "套苹果袋子", "套袋", "给梨套袋"
_BAGGING = re.compile(r"套(?:[\u4e00-\u9fff]{1,2}?)?袋子?(?![鼠])")
# a bare workplace word, naming no trade: the kind in the employer's name says more (达丰电子厂)
_BARE_WORKPLACE = {"厂里", "工厂", "车间", "厂", "店", "公司", "仓库", "作坊"}
# driving for a boss or a firm is the job: "给一个做建材生意的老板开车", "帮公司开车"
_DRIVES_FOR = re.compile(
    r"(?:给|帮|替)[^，,。；;！!？?]{0,14}?(?:老板|老总|领导|[\u4e00-\u9fff]总|公司|厂里|单位|人家|别人|私人|人)开车"
    r"|(?:我是|俺是|是|做|干|当)开(?:小|专)?车的"  # "我是开车的": the driver
)
# driving a vehicle is the job, whoever the passengers or goods belong to: "开通勤班车 拉厂里的工人",
# "在幼儿园开校车" (the factory or school is the client, not the trade)
_DRIVES_VEHICLE = re.compile(
    r"开(?:[\u4e00-\u9fff]{0,2}?)(?:班车|校车|公交车?|大巴车?|中巴车?|小巴|客车|货车|卡车|面包车|接送车|"
    r"运输车|物流车|冷藏车|垃圾车|洒水车|救护车|通勤车|旅游车|摆渡车|半挂车?)"
)


def _plain_job(words: str) -> str:
    """The plain name of a job said in loose words ("" when none): 开大车 货车司机, 开校车 司机."""
    if words in PLAIN_JOB:
        return PLAIN_JOB[words]
    if _BAGGING.fullmatch(words) and words != "套袋":
        return "套袋"  # "套苹果袋子、套袋"
    if _DRIVES_VEHICLE.fullmatch(words):
        return "货车司机" if re.search("[货卡挂厢]", words) else "司机"
    return ""


# where a crop grows, its whole name before it: "茉莉花场", "苹果园", "棉花地"
_GROWN_AT = re.compile(r"(?:园子|园|场|地|田|基地|大棚|棚|山)")


def _whole_crop(text: str, m: re.Match[str]) -> str:
    """The picking as said, its crop by the whole name the field gave it: "在茉莉花场摘花" is
    摘茉莉花, "苹果园里摘果" 摘苹果; a crop named in full stays as said."""
    crop = m.group("crop")
    if len(crop) != 1:
        return m.group(0)
    for field in _GROWN_AT.finditer(text, 0, m.start()):
        words = _words().lcut(text[max(0, field.start() - 6) : field.start()])
        whole = words[-1] if words else ""
        if len(whole) >= 2 and whole.endswith(crop) and not _NOT_CROP.search(whole):
            return m.group(0)[: -len(crop)] + whole
    return m.group(0)


def _category_of(alias: str, categories: list[Any]) -> str | None:
    return next((c.name for c in categories for a in c.aliases if a == alias), None)


def _picking(text: str, categories: list[Any], taken: list[bool]) -> list[tuple[int, str, str]]:
    """A crop picked or cut and the spoken words for a trade, found before the listed words."""
    hits: list[tuple[int, str, str]] = []
    farm = _category_of("采摘", categories)
    if farm is not None:
        hits += [
            (m.start(), _whole_crop(text, m), farm)
            for m in _PICKING.finditer(text)
            if not _NOT_CROP.search(m.group("crop")) and not any(taken[m.start() : m.end()])
        ]
    if farm is not None:
        hits += [
            (m.start(), m.group(0), farm)
            for m in _BAGGING.finditer(text)
            if not any(taken[m.start() : m.end()])
        ]
    driver = _category_of("司机", categories)
    drives = _DRIVES_FOR.search(text)
    if driver is not None and drives is not None:
        hits.append((drives.end() - 2, "司机", driver))  # the listed word, so it reads back as said
    vehicle = _DRIVES_VEHICLE.search(text)
    if (
        driver is not None
        and vehicle is not None
        and not any(vehicle.start() <= h[0] < vehicle.end() for h in hits)
    ):
        hits.append((vehicle.start(), vehicle.group(0), driver))
    for words, like in SPOKEN_TRADES.items():
        cat = _category_of(like, categories)
        i = text.find(words)
        if (
            cat is not None
            and i >= 0
            and not any(i <= h[0] < i + len(words) or h[0] <= i < h[0] + len(h[1]) for h in hits)
        ):
            hits.append((i, words, cat))
    seller = _category_of("销售", categories)
    sold = _SELLING.search(text)
    if seller is not None and sold is not None and not any(sold.start() <= h[0] < sold.end() for h in hits):
        hits.append((sold.start(), sold.group(0), seller))
    return hits


# common typing slips for trade words (same length, so places in the text stay put): 保母 is 保姆
_SLIPS = {
    "保母": "保姆", "褓姆": "保姆", "月搜": "月嫂", "快第": "快递", "快地": "快递", "外买": "外卖",
    "收营": "收银", "美容狮": "美容师", "服物员": "服务员", "服务圆": "服务员", "营页员": "营业员",
}  # fmt: skip
_SLIP = re.compile("|".join(_SLIPS))


# the centre's staff greeted as 老师, 领导, 师傅 ("老师你好嘛", "老师 我在…"): no trade of the worker's
_GREETING = re.compile(
    r"^\s*(?:老师|领导|同志|师傅)(?=\s*(?:你好|您好|好|[，,！!\s]))|(?:老师|领导|同志|师傅)(?=\s*(?:你好|您好))"
)


def find_industry(text: str, categories: list[Any]) -> tuple[str, str, int, int] | None:
    text = _SLIP.sub(lambda m: _SLIPS[m.group(0)], text)
    text = bank_blanked(_GREETING.sub(lambda m: " " * len(m.group(0)), text))
    heard = hearsay_blanked(text)
    crew = crew_blanked(heard)
    return (
        _find_industry(not_work_blanked(crew), categories)  # a relative's hospital, the home town
        or _find_industry(crew, categories)
        or _find_industry(heard, categories)
        or _find_industry(text, categories)
    )


def _find_industry(text: str, categories: list[Any]) -> tuple[str, str, int, int] | None:
    """(the worker's words, category, start, end) or None when no known word is in the text.
    The longest word decides the category (电子厂 over 电子), except that a building site
    (工地) yields to any job word said with it (a 门卫 on a 工地 is not a builder) and who runs
    the work (包工头) only counts when nothing else was said.
    Job words come first in the words kept; a contractor (包工头) is never one of them."""
    if not categories:
        return None
    taken = [False] * len(text)
    hits = _picking(text, categories, taken)  # "摘蓝莓": the picking, not only the crop
    # the worker's own work told as done (driving a vehicle, picking a crop): it decides the
    # category over a workplace word of the client's ("拉厂里的工人", "给电子厂开货车")
    done = {h[1] for h in hits if h[1] not in SPOKEN_TRADES}
    for at, words, _ in hits:
        for k in range(at, at + len(words)):
            taken[k] = True
    for alias, cat in _aliases(categories):
        start = 0
        while (i := text.find(alias, start)) >= 0:
            if not any(taken[i : i + len(alias)]):
                for k in range(i, i + len(alias)):
                    taken[k] = True
                hits.append((i, alias, cat))
            start = i + 1
    told, workplaces = told_work(text, categories, taken)  # "鹿场", "喂鹿": by what is kept or done
    hits += told
    chores = {h[1] for h in told if h[1] not in workplaces}
    if not hits and (kind := factory_kind(text)) is not None and (cat := _category_of("厂里", categories)):
        # "在宫灯厂干活", "在铝材厂干挤压": the factory by what it makes, after the trade said
        job = _JOB.search(text)
        said = job.group("job") if job is not None and job.group("job") else None
        if said and not _NOT_JOB.search(said) and said not in kind[0]:
            return f"{said}、{kind[0]}", cat, min(job.start("job"), kind[1]), max(job.end("job"), kind[2])
        return kind[0], cat, kind[1], kind[2]
    if not hits:
        job = _JOB.search(text)  # "在机场做地勤员": a trade of no category, kept in the worker's words
        said = (job.group("job") or job.group("line")) if job is not None else None
        if job is None or not said or _NOT_JOB.search(said):
            return None
        kind = "job" if job.group("job") else "line"
        return said, other_category(categories), job.start(kind), job.end(kind)

    def rank(alias: str) -> float:
        # a workplace yields to a job word said with it, a chore ("搬石头") to where it is done (工地)
        site = alias in _SITES or alias in workplaces
        chore = alias in chores
        return -1 if alias in done else 2 if alias in _EMPLOYER_WORDS else 1 if site else 1.5 if chore else 0

    def place(alias: str) -> int:
        return 2 if alias in _EMPLOYER_WORDS else 1 if _WORKPLACE.search(alias) or alias in workplaces else 0

    best = min(hits, key=lambda h: (rank(h[1]), -len(h[1]), h[0]))
    best = _in_factory(best, hits, text, categories, place)
    best, client = fitted_out(best, hits, text, _category_of("工地", categories))
    hits.sort()
    words: list[str] = []
    for _, alias, cat in sorted(hits, key=lambda h: (place(h[1]), h[0])):
        if best[1] in done and place(alias) == 1 and cat != best[2]:
            continue  # "开通勤班车 拉厂里的工人": the factory is the client's, no trade of the worker's
        if cat == client:
            continue  # "给云栖民宿整装修": the guesthouse is the client's, no trade of the worker's
        if place(alias) < 2 and alias not in words and not any(alias in w for w in words):
            words.append(alias)
    if words and all(place(w) == 1 for w in words):
        job = _JOB.search(text)  # "在华窑陶瓷厂做彩绘…厂里没发": the trade said, not only 厂里
        if (
            job is not None
            and job.group("job")
            and not _NOT_JOB.search(job.group("job"))
            and job.group("job") not in words
        ):
            words.insert(0, job.group("job"))
    for platform, trade in PLATFORM_TRADE.items():
        if platform in words and not any(trade in w for w in words):
            words.insert(0, trade)
    for brand, trade in BRAND_TRADE.items():  # "在中通的网点送件": 中通 is where, 快递 the trade
        if brand in words:
            told = any(trade in w for w in words)
            words = [w for w in words if w != brand] + ([] if told else [trade])
    said = next((i for i, w in enumerate(words[:3]) if _plain_job(w)), None)
    if said is not None and not any(x in _plain_job(words[said]) for x in words if not _plain_job(x)):
        words.insert(said + 1, _plain_job(words[said]))  # "开大车、货车司机": the job by its plain name
    said = list(dict.fromkeys(_as_said(w, text) for w in words))
    # a word inside another's whole name is said once: "中通快递员" holds 快递员, "箱包厂" 箱包
    words = [w for w in said if not any(o != w and w in o for o in said)]
    return "、".join(words[:3]), best[2], hits[0][0], hits[-1][0] + len(hits[-1][1])


# a job word said with the rest of the job's name: "CNC操机员", "打磨工", "质检员"
_JOB_TAIL = r"(?:(?![的嘞哩个了地得咯嘅员做干])[\u4e00-\u9fff]){0,2}?(?:员(?!工)|工)(?![\u4e00-\u9fff]{0,1}(?:资|钱|厂|地|程|期|作|夫|友|人们))"
# a factory told by what it makes: "一家做模具的厂里" -> 模具厂
_MAKES = re.compile(r"(?:做|生产|搞|造)(?P<what>(?!什么|啥|哪)[\u4e00-\u9fff]{2,4}?)的(?:工厂|厂子|厂里|厂)")


_NOT_KIND = re.compile(r"[厂里什么哪啥些们]|^[工本该这那大小老新咱]|[进出回建开办离来待在到去的个家间]$")


@lru_cache(maxsize=1)
def _words() -> Any:
    """jieba's own dictionary, for the words before 厂: the one the knowledge base's tokenizer
    reads (knowledge_base/jieba_dict.py, a part at a time), shared as it is (no word is ever
    added here), so the first factory story of a process costs no second load (~1 s before)."""
    from knowledge_base.jieba_dict import LazyCutter, dictionary

    return LazyCutter(dictionary())


def factory_kind(text: str) -> tuple[str, int, int] | None:
    """A factory told by what it makes, no listed word naming it: "在高沟镇的电缆厂拉丝" ->
    电缆厂, "藏毯厂里织毯子" -> 藏毯厂, "兴旺刹车片厂" -> 刹车片厂 (the word before 厂, cut
    by jieba, so a name before it is left out); never a verb's (进厂, 回厂). (words, start,
    end) or None."""
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])厂(?![长商家])", text):
        window = text[max(0, m.start() - 8) : m.end()]
        words = _words().lcut(window)
        last = words[-1]
        kind = words[-2] if last == "厂" and len(words) >= 2 else last[:-1] if len(last) >= 3 else ""
        if len(kind) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", kind) and not _NOT_KIND.search(kind):
            return kind + "厂", m.start() - len(kind), m.end()
    return None


def _workshop_kind(text: str) -> str | None:
    """A workshop told by what it makes: "在村里一个做家具的作坊" no, "宣家的袜子作坊" -> 袜子作坊."""
    m = re.search(r"(?<=[\u4e00-\u9fff])作坊", text)
    if m is None:
        return None
    words = _words().lcut(text[max(0, m.start() - 8) : m.start()])
    kind = words[-1] if words else ""
    if len(kind) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", kind) and not _NOT_KIND.search(kind):
        return kind + "作坊"
    return None


def _as_said(word: str, text: str) -> str:
    """The worker's words for a job word: its whole name as said, a bare factory by what it makes."""
    if word in ("厂里", "厂", "工厂", "厂子") and (m := _MAKES.search(text)) is not None:
        return m.group("what") + "厂"
    if word in ("厂里", "厂", "工厂", "厂子") and (kind := factory_kind(text)) is not None:
        return kind[0]  # "在电缆厂拉丝 … 厂里扣了": the factory by what it makes
    if word == "作坊" and (kind := _workshop_kind(text)) is not None:
        return kind  # "一家袜子作坊": the workshop by what it makes
    if _WORKPLACE.search(word) or word.endswith(("员", "工", "师", "手")):
        return word
    m = re.search(re.escape(word) + _JOB_TAIL, text)
    return m.group(0) if m is not None else word


# words of a building site: a builder's trade said with them stays building work
_BUILDING = re.compile(r"工地|项目|施工|楼盘|小区|装修|装饰|工程|盖楼|修路|房子")


def _in_factory(
    best: tuple[int, str, str], hits: list[tuple[int, str, str]], text: str, categories: list[Any], place: Any
) -> tuple[int, str, str]:
    """A trade builders share with factories (电焊, 电工, 木工, 小工) said in a factory and
    nowhere near a building site is factory work: "在机械厂做电焊 … 厂里每个月压一千"."""
    building, factory = _category_of("工地", categories), _category_of("厂里", categories)
    if building is None or factory is None or best[2] != building or _BUILDING.search(text):
        return best
    if any(cat == building and place(alias) == 1 for _, alias, cat in hits):
        return best
    if not any(cat == factory and place(alias) == 1 for _, alias, cat in hits) and factory_kind(text) is None:
        return best  # no factory said, by a listed word or by what it makes ("车架厂")
    return best[0], best[1], factory


def with_employer_kind(
    found: tuple[str, str, int, int] | None, employer: str | None, categories: list[Any]
) -> tuple[str, str, int, int] | None:
    """A trade read only as a bare workplace word (厂里, 车间) gives way to the kind in the
    employer's name when that says the same work more precisely: "达丰电子厂 … 厂里" -> 电子厂."""
    words = found[0].split("、") if found is not None else []
    factory = _category_of("厂里", categories)
    if (
        found is not None
        and employer
        and factory is not None
        and found[1] == other_category(categories)
        and (kind := factory_kind(employer)) is not None
    ):
        # "宏顺铝材厂 … 干挤压": a trade of no category at a factory named by what it makes
        return f"{found[0]}、{kind[0]}", factory, found[2], found[3]
    if found is None or not employer or not any(w in _BARE_WORKPLACE for w in words):
        return found
    inside = _find_industry(employer, categories)
    if inside is None or inside[1] != found[1] or inside[0] in _BARE_WORKPLACE:
        return found
    if any(w not in _BARE_WORKPLACE for w in words):  # "电焊、厂里" at 鑫力机械厂: 电焊、机械厂
        kind = inside[0].split("、")[0]
        if any(w not in _BARE_WORKPLACE and (_WORKPLACE.search(w) or kind in w) for w in words):
            return found  # "车衣、制衣厂、作坊": the kind is said already
        said = [kind if w in _BARE_WORKPLACE else w for w in words]
        return "、".join(dict.fromkeys(said)), found[1], found[2], found[3]
    return inside[0], found[1], found[2], found[3]


def classify(words: str, categories: list[Any]) -> str:
    """The category of an answer typed on its own ("饭店 服务员" -> 住宿和餐饮业)."""
    found = find_industry(words or "", categories)
    return found[1] if found else other_category(categories)
