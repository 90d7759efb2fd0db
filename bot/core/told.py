"""What a worker told before any complaint was opened: whether it is an account of pay owed
(in Mandarin or in the worker's own dialect), and the accounts kept in the chat so a complaint
opened later (a suggestion's button, /tousu, 我要投诉) reads them and asks none of it again."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from bot import clock
from bot.core.extract.english_words import chinese_words
from bot.core.extract.money_tokens import money_tokens
from bot.core.extract.typos import meant
from bot.core.parsers.dialect import in_mandarin

# a story about owed pay, whatever the words around the figures: kept for filing later
OWED = re.compile(
    r"欠|拖|没发|没给|不给|不发|没结|克扣|扣了|工资|工钱|血汗钱|"
    # the one who pays is gone, or the worker asks who pays: "包工头跑了 我们的钱谁给"
    r"跑了|跑路|卷钱|失联|联系不上|钱谁给|谁给钱|钱找谁|找谁要|要不到|要不回|拿不到|"
    # the money never came, in the worker's own dialect: "一分钱没见着", "钱一直么给", "没得钱"
    r"没见着|没见到|一分钱|分文|么给|么发|么钱|没得钱|没拿到|没到手|不结|赖账|没付|不付|"
    # "钱一分么见" (Shaanxi 么 for 没), "钱一分也没拿": the money, not one fen of it
    r"钱一分[都也]?[没么冇]|分[没么]见|么见着|么见到|"
    # pay "opened" in the north-east and north (工资都没开, 不开支), or held back (压着, 押着)
    r"没开|没开支|不开支|不开工资|压着|押着|扣着|冇给|冇钱|不给钱|"
    # Minnan and Cantonese "not paid": 拢无发 (都没发), 冇发, 未畀
    r"无发|无给|无结|冇发|冇出|冇畀|未畀|未发|"
    # part paid, the rest still owed: "给过两次钱一共两万，还差两万五", "尾款一直拖"
    r"还差|差我|尾款|余款|剩下的钱|"
    # a part paid, then the rest: "陆陆续续给了两万块生活费，剩下的…"
    r"(?:给|发|付|结|打|转)(?:了|过)[^。！？!?]{0,8}?(?:[0-9零一二两三四五六七八九十百千万]\s*(?:块|元|万|千)|钱|生活费)"
    r"[^。！？!?]{0,8}?(?:剩下的|剩余的|其余的|余下的)|"
    # the money held up above the crew: "总包说甲方还没拨款", "款一直没拨下来"
    r"(?:没|不|未)(?:拨款|拨钱|拨下来|批下来)|款(?:一直|还)?(?:没|未)(?:拨|到)|"
    # the caller asks for help getting it: "你们帮忙要一下", "能不能帮我们讨回"
    r"帮(?:忙|我|俺|我们|俺们|咱们)(?:要|讨)(?:一下|下|回|钱|工资)|"
    # asks whether the money can still be had: "这个钱还能要回来不", "能不能讨回来"
    r"要回来|要得回|要回来不|讨回|追回|讨得回|"
    # promised and never paid, the boss gone quiet: "说过几天转给我 结果到现在都不回消息"
    r"没转|不转|没打钱|不回消息|不回信息|不回微信|电话也不接|不接电话|拉黑|"
    # only part of it paid: "九月份只发了一千二", "才给了一半", "四个月总共就给了三千"
    r"(?:只|才|仅)(?:发|给|开|付|结)了?|(?:总共|一共|统共|前后)就(?:发|给|开|付|结)了|"
    # "老板就给了四千块", "就给过一个月的": 就 before what was paid is "only"
    r"就(?:发|给|开|付|结)(?:了|过)(?:我|他|她|俺|我们|他们)?[零一二两三四五六七八九十百千万几半\d]|"
    # a deposit or money held that is not given back: "三百块服装押金也不退", "押的钱没还"
    r"(?:押金|保证金|押的钱|扣的钱)[^，,。；;！!？?]{0,4}(?:不退|没退|不还|没还|不给)|"
    # Wu, Cantonese, Hakka and Minnan words for money and "not": "一分铜钿也没", "钞票勿发",
    # "人工未出", "唔俾钱", "拖粮", "毋曾发", "毋予阮"
    # "一角都无", "一毛也冇" (not a dime): the smallest coin named, then "not"
    r"一(?:分|角|毛|仙|文)[\u4e00-\u9fff]{0,2}(?:也|都|亦|攏|拢)?(?:没|冇|勿|無|无|未|唔|毋|莫|呒)|"
    # Minnan "no money", "none paid at all": 伊讲无钱 (he says there is no money), 拢无提着
    r"(?:讲|说|講|話|话)(?:伊)?(?:拢|攏|都)?(?:无|無|冇)钱|拢无|攏無|"
    r"(?:铜钿|钞票|工钿|人工|粮|薪水|薪资|工资|工钱)[^，,。；;！!？?]{0,4}(?:没|冇|勿|未|唔|毋|莫|呒)|"
    r"唔俾|唔畀|冇俾|未俾|拖粮|欠粮|冇粮|走数|赖数|毋曾|毋发|毋分|毋予|无予|呒发|勿发|勿给|莫得钱|莫给|"
    # south-western Mandarin 没得/莫得 (not had): "两个月工资都没得发", "莫得给"
    r"(?:没得|莫得)(?:发|给|结|开)"
)
# the same words with the pay named only, no owing told ("深圳最低工资多少" owes nothing)
_PAY_ONLY = re.compile(r"工资|工钱|血汗钱")


def owed(simple: str) -> bool:
    """Pay owed is told in the (simplified) text, not only named: in its own words or with its
    dialect words read as Mandarin (仲差好多 is 还差好多, 净系俾咗四千蚊 is 就只给了四千块)."""
    return any(OWED.search(_PAY_ONLY.sub("", meant(chinese_words(t)))) for t in _both(simple))


def owed_words(simple: str) -> bool:
    """A word about pay or its owing is in the (simplified) text, 工资 named alone too: a story
    about pay ("工资都没开") once it holds case fields."""
    return any(OWED.search(chinese_words(t)) for t in _both(simple))


def _both(simple: str) -> tuple[str, ...]:
    """The text as written and, when it holds dialect words of the list, in Mandarin."""
    plain = in_mandarin(simple)
    return (simple,) if plain == simple else (simple, plain)


def pays_told(simple: str) -> bool:
    """Money paid or owed is told in the (simplified) text with a figure ("他就给了六千块路费
    剩下的还没给"): no case field by itself, yet a piece of a story told before it (the amount
    owed is read from all the pieces together)."""
    return owed(simple) and bool(money_tokens(simple))


# a part payment told with a figure ("老板九月给过我一千", "中间发了两千生活费", "预支过三千"): at
# the summary or at another question, a piece of the story that takes money off the amount owed
_PART_PAID = re.compile(
    r"(?:给|发|付|结|打|转|预支|借)(?:过|了)(?:我|俺|咱|我们|俺们|他|她)?[^。！？!?，,]{0,4}?"
    r"[0-9零一二两三四五六七八九十百千万]+\s*(?:块|元|万|千|百|蚊)"  # "一千": 一 and its unit 千
)


def part_paid_told(simple: str) -> bool:
    """A sum already paid is told ("老板九月给过我一千"): no field by itself, a piece of the story
    all the same (the amount owed is read from all the pieces together)."""
    return bool(_PART_PAID.search(simple)) and bool(money_tokens(simple))


# a question in any words, a mark or none: "这种应该去哪里要", "找谁维权", "去边度告佢好", "啷个办"
_ASKS = re.compile(
    r"[？?]|吗|呢|哪|谁|怎|如何|什么|啥|咋|多少|几时|能否|是否|可否|可不可以|能不能|有没有|会不会|"
    r"行不行|好不好|对不对|算不算|要不要|合法|违法|犯法|请问|想问|问一下|问问|咨询|"
    r"边度|边个|点样|点算|点办|点解|乜|咩|啷个|哪能|按怎|么子|做么|怎生|"
    # asked by "can … or not" at the end: "能找装修公司要不", "还可以告他不"
    r"(?:能|可以|会|行|要|是)[^，,。；;]{0,12}不[。.!！~\s]*$"
)


def asks(simple: str) -> bool:
    """The (simplified) text asks something, with a question mark or without one (in Mandarin
    or in dialect words)."""
    return any(_ASKS.search(t) for t in _both(simple))


# what the chat keeps: the latest accounts, newest last, at most this many characters in all
KEEP_CHARS = 1500
PENDING = "pending_story"
# when the last of them was kept (ISO time, UTC): a complaint opened "shortly after" reads them
PENDING_AT = "pending_at"
# A story is carried into a complaint opened within this time of its last message (the same
# sitting: the answer read, a call made, 我要投诉 typed). Later it may be another matter: it is
# dropped and the complaint asks again, rather than file an older account under a new one.
KEEP_FOR = timedelta(hours=2)


def stale(data: dict[str, Any] | None) -> bool:
    """The chat keeps an account told longer than KEEP_FOR ago (one kept with no time, by an
    earlier version, counts as recent)."""
    at = (data or {}).get(PENDING_AT)
    if not (data or {}).get(PENDING) or not at:
        return False
    try:
        when = datetime.fromisoformat(str(at))
    except ValueError:
        return True
    return clock.utcnow() - when > KEEP_FOR


def kept(data: dict[str, Any] | None) -> str:
    """The accounts kept in this chat so far ("" when none, or when told too long ago)."""
    if stale(data):
        return ""
    return str((data or {}).get(PENDING) or "")


def keep(data: dict[str, Any] | None, text: str) -> dict[str, Any]:
    """The form's data with `text` added after what the chat keeps (read together when a
    complaint is opened; an account told too long ago is dropped first); a text already kept is
    not added again, the oldest lines are dropped beyond KEEP_CHARS."""
    told = kept(data)
    now = clock.utcnow().isoformat()
    if text in told:
        return {**(data or {}), PENDING: told, PENDING_AT: now}
    joined = f"{told}\n{text}" if told else text
    if len(joined) > KEEP_CHARS:
        cut = joined.find("\n", len(joined) - KEEP_CHARS)
        joined = joined[cut + 1 :] if cut >= 0 else text
    return {**(data or {}), PENDING: joined, PENDING_AT: now}
