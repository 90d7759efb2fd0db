"""Pay by the piece, the load or the area: the price of one and how many were done (per month or
in all), added up. The price is told before the unit ("一双鞋面一块二", "一趟四百", "一平米八块钱")
or after it ("三毛五一件", "一块二一件", "二十八块钱一个平方"); the count with the work done
("十月做了五千二百双", "一共拉了二百六十车", "刷了一千九百平"). Used by
bot/core/extract/sums.py before any other reading of the amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.core.parsers import ParseError, parse_amount
from bot.core.parsers.numerals import to_number

# square metres, told many ways: the count may use another of them than the price
_AREA = ("平方米", "平方", "平米", "平")
# (个 of an hour, a month, a person or a work-day counts no piece: "一个小时十八块")
_UNIT = (
    "(?:"
    + "|".join(_AREA)
    # a metre of work ("一米一千二", "按延米算"), a wok or a pot ("一口锅二十五"), a brick or a
    # block named after 块 ("一千块砖", "一块曲八毛"; never 块 of money: 块钱, 块五)
    + "|延米|公斤|米(?![饭粉线])|块(?=[\u4e00-\u9fff])(?![钱多左上下零一二两三四五六七八九十半])"
    # a shift worked ("一个班三百八", not 班组/班长); a fishing trip at sea ("一水六千五")
    + "|班(?![组长子车头主])|水(?![泥电果费管费道])"
    + "|口(?=[\u4e00-\u9fff])(?![气价饭水子头])|[双件个条只套箱斤颗株棵床单串票趟间车吨袋盒张根](?!小时|钟|月|人|工|星期|礼拜)"
    # a brush, a pen or a stick ("一百支十二块"), a pair of gloves or glasses (not 支付, 一副样子)
    + "|支(?![付持援撑队出取部书])|副(?![业总厂经主食作])|顶(?![班替多上头])|瓶(?![子颈])|粒"
    # a knife, a chair or an umbrella ("一百把十二块"; not 把 as "take": 把钱, 把我, 一把手)
    + "|把(?![钱工我他她你们手关握柄活事这那账])"
    + ")"
)
_CN = "[零一二两三四五六七八九十百]+"
_MONEY = (
    # one yuan and some tenths said without the one: "一斤蚊五", "一个块二" (1.5, 1.2)
    rf"(?:(?P<p>[0-9]+(?:\.[0-9]+)?|{_CN})\s*|(?=(?:块|蚊)(?:[一二三四五六七八九半])(?![0-9零一二两三四五六七八九十百千万])))"
    r"(?P<y>块钱|块|元|蚊|毛钱|毛|角)"
    r"(?P<d>[0-9一二三四五六七八九](?![0-9一二三四五六七八九十百千万])|半)?"
)
# the unit first: "一双鞋面一块二", "一个两角半", "一平米八块钱", "拉一趟货三百五", "一车一百八"
_PRICE = re.compile(
    # a price for a hundred or a thousand of them: "一百斤十五块钱", "一千块砖三十五块"
    rf"(?:[一每](?P<k>[百千])?(?:个)?(?P<u>{_UNIT})(?:(?![月天年人共欠发])[\u4e00-\u9fff]){{0,6}}?|(?P<u2>{_UNIT})\s*)"
    rf"(?:{_MONEY}"
    # hundreds told with no 块: "一趟四百", "一车一百八"; tens before a pause: "一口锅二十五 "
    r"|(?P<h>(?:[一二两三四五六七八九]千)?[一二两三四五六七八九]百[零一二三四五六七八九]?(?:十[一二三四五六七八九]?)?"
    r"|[一二两三四五六七八九]千[一二两三四五六七八九]?|[1-9][0-9]{2,3}"
    r"|[二三四五六七八九]?十[一二三四五六七八九]?(?=[\s，,。；;]))"
    r"(?![0-9一二两三四五六七八九十百千万个天月年号人]))"
)
# the price first: "三毛五一件", "一块二一件", "二十八块钱一个平方", "六蚊一个"
_PRICE_FIRST = re.compile(
    rf"(?:(?<![0-9零一二两三四五六七八九十百千万])(?P<p>[0-9]+(?:\.[0-9]+)?|{_CN})\s*"
    # "讲好蚊五一斤": one yuan and five tenths, the one unsaid, after a pause or 讲好/说好/是
    r"|(?:(?<=[^\u4e00-\u9fff])|(?<=^)|(?<=好|是|按))(?=(?:块|蚊)[一二三四五六七八九半]))"
    r"(?P<y>块钱|块|元|蚊|毛钱|毛|角)"
    r"(?P<d>[0-9一二三四五六七八九]|半)?(?:钱)?\s*[一每](?:个)?"
    rf"(?P<u>{_UNIT})"
)
_QTY = "(?P<q>[0-9]+|[零一二两三四五六七八九十百千万]+)\\s*(?:多)?"
_VERBS = (
    "做车干缝摘包装搬剥采打剪织焊贴绣串穿拧跑送派接拉运出烫洗钉磨印叠拣卸扎捆削绑喷封锁扫刷铺砌抹割收码下"
)


@dataclass(frozen=True)
class Pieces:
    total: Decimal
    echo: str
    months: list[str]
    spans: list[tuple[int, int]]


def _prices(text: str) -> list[tuple[re.Match[str], str]]:
    """Each price of one piece told, in order, none overlapping another: the price first
    ("三毛五一件") or the unit first ("一双鞋面一块二")."""
    found: list[tuple[re.Match[str], str]] = []
    for pattern in (_PRICE_FIRST, _PRICE):
        for m in pattern.finditer(text):
            if any(m.start() < f.end() and f.start() < m.end() for f, _ in found):
                continue
            found.append((m, m.group("u") or m.groupdict().get("u2") or ""))
    return sorted(found, key=lambda f: f[0].start())


def price_value(price: re.Match[str], unit: str) -> tuple[Decimal, Decimal] | None:
    """(price of one, batch) of a price told: "三毛五一件" -> (0.35, 1), "一百斤十五块钱" -> (15, 100)."""
    h = price.groupdict().get("h")
    if h and unit in "个只条":
        return None  # "一个月3000": no price of one piece without 块
    whole = to_number(price.group("p") or h or "") if price.group("p") or h else Decimal(1)
    if whole is None:
        return None
    # "四块半", "六蚊半": half a yuan (half a 毛 after 毛)
    cents = Decimal(5) if price.group("d") == "半" else to_number(price.group("d") or "0")
    tenths = whole + (cents or Decimal(0)) / 10
    value = tenths / 10 if (price.group("y") or "") in ("毛", "毛钱", "角") else tenths
    k = price.groupdict().get("k")
    return value, Decimal(100 if k == "百" else 1000 if k == "千" else 1)


def counted_unit(unit: str) -> str:
    """The unit as a count may say it: any of the words for a square metre, a metre, "个" before it."""
    if unit in ("米", "延米"):
        return "(?:延米|米)"
    return "(?:个)?(?:" + "|".join(_AREA) + ")" if unit in _AREA else ("(?:个)?" + re.escape(unit))


def _one(
    text: str, price: re.Match[str], unit: str
) -> tuple[Decimal, Decimal, list[Decimal], list[str], list[tuple[int, int]]] | None:
    """(price of one, batch, the counts, their months, the spans) for one price told."""
    priced = price_value(price, unit)
    if priced is None:
        return None
    value, batch = priced
    counted = counted_unit(unit)
    qty = re.compile(
        # (a month that ends a span or a list, "从八月拉到十月一共拉了…趟", "十月跟十一月一共…", is
        # no month of its own)
        rf"(?:(?<![到至\-~跟和与同及、0-9一二三四五六七八九十月])(?P<m>(?:[0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月份?)"
        # "十一月一号到二十号又派了2600件": the days of that month told first
        rf"(?:\s*[0-9一二三四五六七八九十]{{1,3}}\s*[号日]\s*(?:到|至|-)\s*[0-9一二三四五六七八九十]{{1,3}}\s*[号日])?"
        # (no other month between: "九月十月两个月车了…双" is the pieces of both months)
        rf"[^，,。；;月]{{0,6}}?)?"
        rf"(?:[{_VERBS}][了咗哒嘞咯啦过]?"
        # any other work done, told with 了: "糊了三万个", "粘咗八千个" (not 欠了/差了 a sum, nor
        # money moved: 转了/借了/拿了 五千块)
        rf"|(?![欠差给发少扣转借付拿交押赚挣花剩领])[\u4e00-\u9fff][了咗哒嘞])"
        r"(?:\s*(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:天|日)\s+)?"
        rf"\s*{_QTY}{counted}"
    )
    found: list[tuple[int, int, Decimal, str]] = []  # (start, end, count, its month or "")
    for m in qty.finditer(text):
        if m.start() < price.end() and m.end() > price.start():
            continue  # "车一双": the price's own words
        n = to_number(m.group("q"))
        if n is None or n <= 0:
            continue
        found.append((m.start(), m.end(), n, m.group("m") or ""))
    if any(month for *_, month in found):  # "九月做了四千件，十月三千八百件": later months said bare
        found = sorted(found + _months_listed(text, counted, found, (price.start(), price.end())))
    counts = [n for _, _, n, _ in found]
    months = [month for *_, month in found if month]
    spans = [(price.start(), price.end())] + [(a, b) for a, b, _, _ in found]
    if not counts or value <= 0:
        return None
    if not months:  # "我削了三万六千个，她削了三万一": the others' counts, told with the same verb
        for n, span in _same_work(text, spans[1][0], spans[1][1], spans[-1][1]):
            counts.append(n)
            spans.append(span)
    if len(counts) == 1:  # "我摘了一千八百斤，阿芳一千五百斤": the others' counts, each after a name
        for n, span in _each_named(text, counted, spans[-1][1]):
            counts.append(n)
            spans.append(span)
    return value, batch, counts, months, spans


def _each_named(text: str, counted: str, after: int) -> list[tuple[Decimal, tuple[int, int]]]:
    """The counts told right after the first one, each after a pause and a person's name or word
    (她, 阿芳, 我老婆) and in the same unit: each one's pieces of the same work."""
    each = re.compile(
        rf"[，,、\s]+(?P<who>(?:(?![零一二两三四五六七八九十百千万几])[\u4e00-\u9fff]){{1,3}}?)(?:[也就]?[有是]?)\s*{_QTY}{counted}(?![人天月日])"
    )
    out: list[tuple[Decimal, tuple[int, int]]] = []
    at = after
    while (m := each.match(text, at)) is not None:
        if re.search(r"共|总|合计|加起来|一起|全部|剩|还|差|欠|给|月|天", m.group("who")):
            break  # "一共一万斤": a total, no one's count
        n = to_number(m.group("q"))
        if n is None or n <= 0:
            break
        out.append((n, (m.start(), m.end())))
        at = m.end()
    return out


def _months_listed(
    text: str, counted: str, found: list[tuple[int, int, Decimal, str]], price: tuple[int, int]
) -> list[tuple[int, int, Decimal, str]]:
    """The counts of later months told with no work word after a month's count told with one
    ("九月缝了四千件，十月三千八百件，十一月又是两千件"): a month, then its count of the same unit."""
    first = min(a for a, _, _, month in found if month)
    bare = re.compile(
        rf"(?<![到至\-~跟和与同及、0-9一二三四五六七八九十月])(?P<m>(?:[0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月份?)"
        rf"\s*(?:[又也还再就共]?\s*[是有]?\s*)?{_QTY}{counted}(?![人天月日])"
    )
    out: list[tuple[int, int, Decimal, str]] = []
    for m in bare.finditer(text, first + 1):
        taken = [(a, b) for a, b, _, _ in found] + [price]
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        n = to_number(m.group("q"))
        if n is not None and n > 0:
            out.append((m.start(), m.end(), n, m.group("m")))
    return out


def _same_work(text: str, start: int, end: int, after: int) -> list[tuple[Decimal, tuple[int, int]]]:
    """The counts told after the first count (text[start:end], its verb before the figure) with
    the same verb and no unit ("王秀芳削了三万一"): each one's pieces of the same work, not money
    (no 块, 元 or 钱 after them)."""
    verb = re.search(
        rf"([{_VERBS}]|[\u4e00-\u9fff](?=[了咗哒嘞]))[了咗哒嘞咯啦过]?\s*{_QTY}", text[start:end]
    )
    if verb is None:
        return []
    again = re.compile(
        rf"{re.escape(verb.group(1))}[了咗哒嘞咯啦过]?\s*(?P<q>[0-9]+|(?:(?![一两](?:分|直|共|下|起))[零一二两三四五六七八九十百千万])+)"
        rf"(?!\s*{_UNIT})"  # another unit: "裤子…做了六百条" is other work at its own price
        r"(?!\s*(?:[0-9零二两三四五六七八九十百千万.]|一(?!分|直|共|下|起)|多|块|元|钱|毛|蚊|角|个?月|天|日|号|年|人|个?小时|w|W|k|K))"
    )
    out = []
    for m in again.finditer(text, after):
        n = to_number(m.group("q"))
        if n is None or n <= 0:
            continue
        out.append((n, (m.start(), m.end())))
    return out


def find_pieces(text: str) -> Pieces | None:
    """Pay by the piece: the price of one and the pieces done (per month or in all), added up;
    two kinds of work each at its own price ("一条十二块 … 做了一千八百五十条，一套六块 … 做了
    八百套") are added too."""
    from bot.core.extract.pieces_apart import priced_apart  # it reads prices with this module's words

    apart = priced_apart(text, _prices(text), _QTY)
    if apart is not None:  # "三月24斤 40块一斤 四月58斤 20块一斤": each price with its own count
        total, hows, months = apart[0], apart[1], apart[2]
        return Pieces(total, f"{total:,.0f} 元（{' + '.join(hows)}）", months, apart[3])
    total = Decimal(0)
    hows: list[str] = []
    months: list[str] = []
    spans: list[tuple[int, int]] = []
    units: set[str] = set()
    whole_months = True
    for price, unit in _prices(text):
        if unit in units:
            continue  # the same unit priced twice: the first price is the one
        one = _one(text, price, unit)
        if one is None:
            continue
        value, batch, counts, told, where = one
        if any(a < e and s < b for a, b in where[1:] for s, e in spans):
            continue  # counts already taken by another price
        units.add(unit)
        total += value * sum(counts, Decimal(0)) / batch
        how = " + ".join(f"{n:,.0f}" for n in counts)
        per = f"每{unit}" if batch == 1 else f"每 {batch:,.0f} {unit}"
        hows.append(f"{per} {value:,g} 元 × {how} {unit}")
        whole_months = whole_months and len(told) == len(counts)
        months += told
        spans += where
    if not hows:
        return None
    parsed = parse_amount(f"{total}元")
    if isinstance(parsed, ParseError):
        return None
    echo = f"{total:,.0f} 元（{' + '.join(hows)}）"
    return Pieces(total, echo, months if whole_months else [], spans)
