"""A story told in several messages before any complaint is opened: a piece about the work
("我是开塔吊的，在江宁区…工地"), a name and phone sent after the account ("我叫符小军 电话159…"),
a slip corrected in free text ("不对，是八千不是六千"). Pieces are kept with the chat's story
(`told.keep`); the piece that makes a whole account opens the complaint."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot import clock
from bot.core import intake, introduction, told
from bot.core.extract.corrections import corrected
from bot.core.intake.opening import TOLD_WORDS, besides_slip
from bot.core.parsers import to_simplified
from bot.core.ports import FormState
from bot.core.types import Reply

# (reads as a story, how many case fields, asks a question) for a text
Counts = Callable[[str], tuple[bool, int, bool]]
# a whole account opened from pieces: this many case fields between them
WHOLE_FIELDS = 4


def piece(data: dict[str, Any] | None, text: str, counts: Counts, known: bool = True) -> bool:
    """A piece of a story with no question: about the work with two case fields, or any case
    field once a story is kept (`known`: the chat's data was read)."""
    if told.asks(to_simplified(text)):
        return False
    _story, fields, question = counts(text)
    if question:
        return False
    if fields < 1:
        # "他就给了六千块路费 剩下的还没给" after the story: what was paid and what is still owed
        # names no case field by itself, yet it is the story's next piece (the amount owed is
        # read from all the pieces together)
        return bool(known and told.kept(data)) and told.pays_told(to_simplified(text))
    # "我在白沟鑫宇箱包厂车拉杆箱 一个四块五": where the worker works, said first, is a piece too
    return fields >= 2 or bool(known and told.kept(data)) or _WORKS_AT.match(to_simplified(text)) is not None


def may_continue(text: str, counts: Counts) -> bool:
    """`text` may be the next piece of a story the chat keeps: one case field and no question
    ("另外十一月还干了十天 也没算钱"), or what was paid told with a figure. Whether a story is
    kept is known only from the chat's data, so such a text is not answered from the FAQ alone."""
    simple = to_simplified(text)
    if told.asks(simple):
        return False
    _story, fields, question = counts(text)
    return (fields >= 1 and not question) or told.pays_told(simple)


# the worker says where they work, opening the message: "我在X厂…", "俺们在X工地…", "额在X车队…"
_WORKS_AT = re.compile(
    r"^\s*(?:我|俺|额|阮|咱|我们|俺们|咱们|我妈|我爸)(?:一直|现在|之前|以前)?(?:是)?在(?=[\u4e00-\u9fff]{3})"
)


# words that say the caller asks on someone's behalf, not a question of their own
_ASKS_FOR = re.compile(r"问问|问一下|问下|想问|咨询一下")


def for_whom(text: str, relative: Callable[[str], str | None]) -> bool:
    """Who the complaint is for, said before the story and asking nothing ("俺是帮俺们屯邻居老刘问
    的 他不会打字", "替我爸来问问"): kept with the story, so the caller is not taken for the worker."""
    simple = to_simplified(text)
    if told.asks(_ASKS_FOR.sub("", simple)) or len(simple) > 60:
        return False
    return relative(text) is not None


def completes(data: dict[str, Any] | None, text: str, counts: Counts) -> bool:
    """With the pieces kept before it, `text` makes a whole account of pay owed (WHOLE_FIELDS
    case fields or more), itself adding a field and asking nothing: the complaint is opened."""
    earlier = told.kept(data)
    if not earlier or text in earlier or not piece(data, text, counts):
        return False
    joined = f"{earlier}\n{text}"
    is_story, fields, _question = counts(joined)
    return is_story and fields >= WHOLE_FIELDS and told.owed(to_simplified(joined))


def fix_kept(data: dict[str, Any] | None, text: str, read: Callable[[str], Any]) -> dict[str, Any]:
    """The chat's kept story with the slip `text` corrects replaced (or `text` added when no
    slip is found in it); the messages as typed are kept for the description."""
    earlier = told.kept(data)
    name = read(earlier).fields.get("worker_name")
    fixed = corrected(earlier, to_simplified(text), str(name.value) if name else None)
    if fixed is not None and (more := besides_slip(to_simplified(text))):
        fixed = f"{fixed}\n{more}"  # the correction tells more: "打错了 是六个人 我叫X 电话…"
    words = list((data or {}).get(TOLD_WORDS) or [earlier])
    return {
        **(data or {}),
        told.PENDING: fixed if fixed is not None else f"{earlier}\n{text}",
        told.PENDING_AT: clock.utcnow().isoformat(),
        TOLD_WORDS: [*words, text],
    }


def forget(data: dict[str, Any] | None) -> dict[str, Any]:
    """The chat's data without the story kept (its pieces, when it was kept, the messages as
    typed, a name sent first): one told longer ago than told.KEEP_FOR may be another matter,
    and nothing of it goes into a complaint opened now."""
    drop = (told.PENDING, told.PENDING_AT, TOLD_WORDS, introduction.NAMED_FIRST)
    return {k: v for k, v in (data or {}).items() if k not in drop}


def open_form(form: FormState, text: str, read: Callable[[str], Any]) -> list[Reply]:
    """Open the complaint form; a story told earlier (kept while the FAQ answered or offered
    suggestions) is read for every field after consent, with what is typed now."""
    earlier = told.kept(form.data)
    told_words = list((form.data or {}).get(TOLD_WORDS) or [])
    if (
        earlier
        and text
        and text not in earlier
        and (read(text).case_fields or told.pays_told(to_simplified(text)))
    ):
        earlier = f"{earlier}\n{text}"
        told_words = [*told_words, text] if told_words else []
    replies = intake.start(form)
    if form.data and introduction.NAMED_FIRST in form.data:
        form.data = {k: v for k, v in form.data.items() if k != introduction.NAMED_FIRST}
    story = earlier or text
    if story:
        form.data = {**(form.data or {}), "story": story}  # read for every field after consent
        if told_words:
            form.data[TOLD_WORDS] = told_words
    return replies
