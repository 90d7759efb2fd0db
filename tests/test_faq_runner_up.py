"""An FAQ answer also offers the model's runner-up entry as a button (bot/core/faq_replies.py)."""

from __future__ import annotations

from types import SimpleNamespace

from bot.core import faq_replies
from knowledge_base.candidates import Candidate, MatchResult
from tests.fakes.knowledge import ENTRIES

KB = SimpleNamespace(entries={e.id: e for e in ENTRIES}, centres=[])


def _payloads(result: MatchResult) -> list[list[str]]:
    return [[b.payload for b in r.buttons] for r in faq_replies.faq_reply(KB, result)]


def _answer(entry: str, *others: str, also: list[str] | None = None) -> MatchResult:
    cands = [Candidate(entry, 0.95)] + [Candidate(o, 0.02) for o in others]
    return MatchResult("faq", entry, 0.95, cands, "answer", also=also or [])


def test_the_runner_up_is_offered_after_the_answers_own_buttons() -> None:
    own = [b.payload for b in faq_replies.entry_reply(KB, KB.entries["privacy.confidential"]).buttons]
    [payloads] = _payloads(_answer("privacy.confidential", "service.service_center", "hours.overtime_pay"))
    assert payloads == [*own, "faq:service.service_center"], payloads
    assert own == ["faq:more:privacy.confidential"]


def test_a_runner_up_already_shown_as_a_follow_up_is_not_repeated() -> None:
    [payloads] = _payloads(_answer("hours.overtime_pay", "wage.arrears.report", "service.service_center"))
    assert payloads.count("faq:wage.arrears.report") == 1
    assert "faq:service.service_center" not in payloads, payloads


def test_a_second_question_already_answered_is_skipped_for_the_next_candidate() -> None:
    both = _answer(
        "privacy.confidential", "wage.arrears.report", "service.service_center", also=["wage.arrears.report"]
    )
    first, second = _payloads(both)
    assert first[-1] == "faq:service.service_center" and "faq:wage.arrears.report" not in first, first


def test_no_runner_up_when_there_is_none_or_it_is_unknown() -> None:
    [alone] = _payloads(_answer("privacy.confidential"))
    [unknown] = _payloads(_answer("privacy.confidential", "no.such.entry"))
    assert alone == unknown == ["faq:more:privacy.confidential"]
    assert faq_replies.runner_up(KB, _answer("privacy.confidential", "no.such.entry")) is None
