"""The tokenizer's cuts kept beside the models (knowledge_base/cut_cache.py): a restart on the same
knowledge base cuts none of its texts with jieba and answers as a fresh process does; a file of
another tokenizer (stale) or a damaged one is ignored, the texts are cut again and the file is
written anew."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from knowledge_base.cut_cache import NAME
from knowledge_base.service import KnowledgeService
from knowledge_base.tokenize import Tokenizer
from tests.small_kb import write_small_kb

# these tests count the texts jieba cuts in each service: none comes from another test's model
pytestmark = pytest.mark.own_models

QUESTIONS = ["老板不发工资咋办", "周末加班给多少钱", "我要投诉", "明天天气怎么样", "工作满一年有年假吗"]


def _start(kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[KnowledgeService, list[str]]:
    """A service on a fresh tokenizer (a new process's), the texts jieba cut for its start."""
    cut: list[str] = []
    real = Tokenizer._jieba_cut

    def counted(self: Tokenizer, text: str) -> tuple[str, ...]:
        cut.append(text)
        return real(self, text)

    monkeypatch.setattr(Tokenizer, "_jieba_cut", counted)
    service = KnowledgeService(kb, recalibrate=False, model_cache=cache, first_model=False)
    service.models.flush()
    started = list(cut)
    monkeypatch.setattr(Tokenizer, "_jieba_cut", real)
    return service, started


def _answers(service: KnowledgeService) -> list[tuple]:
    return [
        (r.route, r.id, r.decision, r.score, [c.score for c in r.candidates])
        for r in map(service.match, QUESTIONS)
    ]


def test_a_restart_cuts_no_known_text_and_answers_the_same(
    small_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "models"
    first, cut = _start(small_kb, cache, monkeypatch)
    assert len(cut) > 20 and (cache / NAME).is_file()
    fresh = _answers(first)
    second, cut_again = _start(small_kb, cache, monkeypatch)
    assert second.models.cuts_read >= len(set(cut)) - 1 and cut_again == []
    assert _answers(second) == fresh
    # the same answers as a service that never saw the folder (its own cuts, its own training)
    alone = KnowledgeService(small_kb, recalibrate=False, model_cache=tmp_path / "other", first_model=False)
    assert _answers(alone) == fresh


def test_cuts_of_another_tokenizer_are_not_used(
    small_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "models"
    _start(small_kb, cache, monkeypatch)
    before = (cache / NAME).read_bytes()
    # a word added to the dictionary can cut every text otherwise: the kept cuts are stale
    (small_kb / "userdict.txt").write_text("不发工资\n", encoding="utf-8")
    service, cut = _start(small_kb, cache, monkeypatch)
    assert service.models.cuts_read == 0 and len(cut) > 20
    assert "不发工资" in service.current.matcher.tokenizer.cut("老板不发工资咋办")
    assert (cache / NAME).read_bytes() != before  # written anew for this tokenizer
    again, cut_again = _start(small_kb, cache, monkeypatch)
    assert cut_again == [] and _answers(again) == _answers(service)


@pytest.mark.parametrize("damage", ["truncated", "one cut changed", "not json"])
def test_a_damaged_cut_file_is_logged_ignored_and_written_again(
    small_kb: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    damage: str,
) -> None:
    cache = tmp_path / "models"
    first, _ = _start(small_kb, cache, monkeypatch)
    fresh = _answers(first)
    path = cache / NAME
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n")
    if damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "one cut changed":
        cuts = json.loads(body)
        text = next(t for t, words in cuts.items() if len(words) > 1)
        cuts[text] = [text]  # kept as one word: a cut jieba never made
        path.write_bytes(head + b"\n" + json.dumps(cuts, ensure_ascii=False).encode("utf-8"))
    else:
        path.write_bytes(b"\x00\xff" + raw[2:])
    with caplog.at_level(logging.WARNING, logger="knowledge_base.cut_cache"):
        service, cut = _start(small_kb, cache, monkeypatch)
    assert any("cut cache" in r.getMessage() and "unreadable" in r.getMessage() for r in caplog.records)
    assert service.models.cuts_read == 0 and len(cut) > 20
    assert _answers(service) == fresh
    # the model was read from disk (no training), so the cuts are written by the next full training
    write_small_kb(small_kb, extra="八个月没拿到工钱了")
    assert service.reload_if_changed()
    service.settle(120)
    service.models.flush()
    again, cut_again = _start(small_kb, cache, monkeypatch)
    assert cut_again == [] and again.models.cuts_read > 20
