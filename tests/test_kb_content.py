"""Shape of the built-in FAQ answers: short enough for a phone, and every answer states its 依据.

The reply a worker first sees is the entry's `answer` plus the 「依据：…」 line the engine appends
(bot/core/engine.py); anything longer belongs in `details`, shown behind the 「详细说明」 button.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import texts
from knowledge_base.loader import load_knowledge_base
from knowledge_base.model import Entry

REPO = Path(__file__).resolve().parent.parent
KB = load_knowledge_base(REPO / "knowledge_base" / "data")
SHORT_REPLY_MAX = 400  # characters, answer plus its 依据 line
# a legal source names its document: 《劳动合同法》第十条, a document number such as 劳部发〔1995〕309号,
# or the usual short name of the Supreme Court labour-dispute interpretations
DOCUMENT = re.compile(r"《[^》]+》|〔\d{4}〕\d+号|最高法劳动争议解释（[一二]）")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零\d]+条")


def short_reply(entry: Entry) -> str:
    """The first reply as the engine builds it: the answer, a blank line, then 依据."""
    return entry.answer + "\n\n" + texts.SOURCES.format(sources="；".join(entry.sources))


def legal(entry: Entry) -> bool:
    return not entry.id.startswith("service.")


ENTRIES = sorted(KB.entries.values(), key=lambda e: e.id)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_short_reply_fits_a_phone(entry: Entry) -> None:
    reply = short_reply(entry)
    assert len(reply) <= SHORT_REPLY_MAX, (
        f"{entry.file}:{entry.line}: {entry.id} replies with {len(reply)} characters "
        f"(limit {SHORT_REPLY_MAX} with the 依据 line); move the rest to `details`"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_every_answer_states_its_basis(entry: Entry) -> None:
    reply = short_reply(entry)
    assert entry.sources and "依据：" in reply, f"{entry.file}:{entry.line}: {entry.id} has no 依据"
    if not legal(entry):
        return
    for source in entry.sources:
        assert DOCUMENT.search(source), f"{entry.file}:{entry.line}: {entry.id}: {source!r} names no document"
    assert any(ARTICLE.search(s) or "〔" in s for s in entry.sources), f"{entry.id}: 依据 cites no article"
    if entry.details:
        assert DOCUMENT.search(entry.details) or ARTICLE.search(entry.details), (
            f"{entry.file}:{entry.line}: {entry.id}: 详细说明 cites nothing"
        )


def test_the_checks_catch_a_long_answer_and_a_vague_source() -> None:
    sample = next(e for e in ENTRIES if legal(e))
    long_one = Entry(**{**sample.__dict__, "answer": "劳" * SHORT_REPLY_MAX})
    assert len(short_reply(long_one)) > SHORT_REPLY_MAX
    assert not DOCUMENT.search("人社部等部门试点文件")
    assert DOCUMENT.search("劳部发〔1995〕309号第12条") and DOCUMENT.search("《劳动法》第五十条")
