"""Reusing a trained model (knowledge_base/model_cache.py): a reload whose training texts are
unchanged keeps the model, a start on an unchanged knowledge base reads it from disk, an edit to
the training texts trains again, a damaged file only costs a training."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from knowledge_base.service import KnowledgeService
from tests.small_kb import hold_full_training, write_small_kb

# these tests count the models trained, reused and read: none comes from another test
pytestmark = pytest.mark.own_models

QUERIES = [
    "老板不发工资咋办",
    "周末加班给多少钱",
    "我要投诉",
    "明天天气怎么样",
    "年假有几天",
    "工伤认定去哪里申请",
]


def _answers(service: KnowledgeService) -> list[tuple]:
    return [(r.route, r.id, r.decision, r.score) for r in map(service.match, QUERIES)]


def test_unchanged_texts_reuse_the_model_and_a_restart_reads_it(small_kb: Path, tmp_path: Path) -> None:
    cache = tmp_path / "models"
    first = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    first.settle(120)  # nothing on disk: a first model served, the full one trained behind it
    assert (first.models.first, first.models.trained, first.models.loads) == (1, 1, 0)
    first.models.flush()  # written in a thread of its own
    assert len(list(cache.glob("model-*.npz"))) == 1
    model = first.current.matcher.model
    assert model is not None
    before = _answers(first)

    # a centre's edit trains nothing: the texts the model learns from are the same
    (small_kb / "kb.yaml").write_text(
        (small_kb / "kb.yaml").read_text(encoding="utf-8").replace("示例中心", "另一个示例中心"),
        encoding="utf-8",
    )
    index = first.current.matcher.index
    assert first.reload_if_changed()
    assert (first.models.trained, first.models.hits) == (1, 1)
    assert first.models.index_hits == 1 and first.current.matcher.index is index
    assert first.current.matcher.model is not None and first.current.matcher.model.weights is model.weights
    assert _answers(first) == before

    # a new process on the same knowledge base reads the model the first one wrote
    second = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    assert (second.models.trained, second.models.loads) == (0, 1)
    again = second.current.matcher.model
    assert again is not None and again.labels == model.labels
    assert np.array_equal(again.weights, model.weights) and np.array_equal(again.bias, model.bias)
    assert again._char_vocab == model._char_vocab
    assert list(again._word_vocab.items()) == list(model._word_vocab.items())  # same order too
    assert _answers(second) == before


def test_an_edited_text_trains_again(small_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = KnowledgeService(small_kb, recalibrate=False, model_cache=tmp_path / "models")
    old = service.current.matcher.model
    assert old is not None and "八个月" not in old._char_vocab
    write_small_kb(small_kb, extra="八个月没拿到工钱了")
    release = hold_full_training(monkeypatch)
    assert service.reload_if_changed()
    # served at once by a quick update (knowledge_base/incremental.py), trained fully behind it
    assert service.models.quick == 1 and service.models.hits == 0
    assert service.models.index_hits == 0  # the index has the new alternate too
    assert "八个月没拿到工钱了" in service.current.matcher.index.doc_text
    quick = service.current.matcher.model
    assert quick is not None and quick.provisional and "八个月" in quick._char_vocab
    release.set()
    service.settle(120)
    assert service.models.trained == 2 and service.models.hits == 0
    new = service.current.matcher.model
    assert new is not None and not new.provisional
    assert "八个月" in new._char_vocab  # a trigram of the new alternate
    assert "八个月没拿到工钱了" in service.current.matcher.index.doc_text
    service.models.flush()
    assert len(list((tmp_path / "models").glob("model-*.npz"))) == 2


def test_an_edited_answer_trains_again_and_keeps_the_index(small_kb: Path) -> None:
    service = KnowledgeService(small_kb, recalibrate=False)
    index, model = service.current.matcher.index, service.current.matcher.model
    kb_file = small_kb / "kb.yaml"
    kb_file.write_text(
        kb_file.read_text(encoding="utf-8").replace("的答复（测试数据）", "的新答复（已修改过）"),
        encoding="utf-8",
    )
    assert service.reload_if_changed()
    service.settle(120)
    # the sentences of a short answer train the model; the index has questions and alternates only
    assert service.models.trained == 2 and service.current.matcher.model is not model
    assert service.models.index_hits == 1 and service.current.matcher.index is index
    assert "已修改过" in service.current.kb.entries["wage.arrears"].answer


def test_a_damaged_model_file_is_logged_and_trained_again(
    small_kb: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "models"
    first = KnowledgeService(small_kb, recalibrate=False, model_cache=cache, first_model=False)
    before = _answers(first)
    first.models.flush()
    [path] = cache.glob("model-*.npz")
    path.write_bytes(path.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING, logger="knowledge_base.model_cache"):
        service = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
        service.settle(120)  # a first model served meanwhile
    assert (service.models.trained, service.models.loads) == (1, 0)
    assert any("unreadable, training again" in r.getMessage() for r in caplog.records)
    # trained again: liblinear's random order of samples moves the scores within its tolerance
    again = _answers(service)
    assert [a[:3] for a in again] == [b[:3] for b in before]
    assert [a[3] for a in again] == pytest.approx([b[3] for b in before], abs=1e-3)
    # the file is whole again: the next start reads it
    service.models.flush()
    assert KnowledgeService(small_kb, recalibrate=False, model_cache=cache).models.loads == 1
