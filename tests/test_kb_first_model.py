"""A start that finds no model to start from (a fresh install, a code or library change) serves a
first model at once, its SVM stopped early, and trains the full model in the background
(knowledge_base/model_cache.py, knowledge_base/service.py): the first model answers as the full
one on the test base, it is never written to disk nor reused as a trained model, the full training
counts no feature again and is what the next start reads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge_base import learned
from knowledge_base.service import KnowledgeService
from tests.small_kb import hold_full_training

# these tests count the models served, trained and read: none comes from another test
pytestmark = pytest.mark.own_models

QUESTIONS = [
    "公司拖欠了我两个月的薪水",
    "礼拜天去单位干活有加班费吗",
    "我想投诉我们老板",
    "后天会不会下雪",
    "一年能休几天年假",
]


def _answers(service: KnowledgeService) -> list[tuple]:
    return [(r.route, r.id, r.decision) for r in map(service.match, QUESTIONS)]


def test_a_start_with_no_model_serves_a_first_model_then_the_full_one(
    small_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "models"
    full = KnowledgeService(small_kb, recalibrate=False, first_model=False)  # trained before serving
    assert full.models.trained == 1 and not full.current.matcher.provisional
    counted: list[int] = []
    tfidf = learned.tfidf
    monkeypatch.setattr(learned, "tfidf", lambda *a: counted.append(1) or tfidf(*a))
    release = hold_full_training(monkeypatch)
    service = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    assert (service.models.first, service.models.trained, service.models.loads) == (1, 0, 0)
    first = service.current.matcher.model
    assert first is not None and first.provisional and service.current.matcher.provisional
    assert counted == [1, 1]  # characters and words
    assert _answers(service) == _answers(full)
    service.models.flush()
    assert not list(cache.glob("model-*.npz"))  # a first model is never kept on disk
    release.set()
    service.settle(120)
    assert (service.models.first, service.models.trained) == (1, 1)
    assert counted == [1, 1]  # the full training reused the first model's features
    model = service.current.matcher.model
    assert model is not None and not model.provisional and service.status.full_models == 1
    assert model.labels == full.current.matcher.model.labels
    assert model._char_vocab == first._char_vocab and model._word_vocab == first._word_vocab
    # the SVM trained to its tolerance: the weights of a build trained before serving
    assert np.allclose(model.weights, full.current.matcher.model.weights, atol=1e-3)
    assert not np.allclose(first.weights, model.weights, atol=1e-3)  # the first stopped early
    assert _answers(service) == _answers(full)
    service.models.flush()
    # the next start reads the full model: no first model, no training
    again = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    assert (again.models.loads, again.models.first, again.models.trained) == (1, 0, 0)
    assert np.array_equal(again.current.matcher.model.weights, model.weights)


def test_a_first_model_is_not_reused_as_a_trained_one(small_kb: Path, tmp_path: Path) -> None:
    service = KnowledgeService(small_kb, recalibrate=False, model_cache=tmp_path / "models")
    matcher = service.current.matcher
    assert matcher.provisional and service.models.first == 1
    service.settle(120)
    # the full model of the same texts, asked for again, is the trained one (a hit), not the first
    again = service.models.model(matcher.train, matcher.tokenizer, matcher.thresholds.temperature)
    assert not again.provisional and service.models.hits == 1


def test_without_a_model_folder_the_full_model_is_trained_before_serving(small_kb: Path) -> None:
    # the command line and tests: no folder, no first model
    service = KnowledgeService(small_kb, recalibrate=False)
    assert (service.models.first, service.models.trained) == (0, 1)
    assert not service.current.matcher.provisional and service._training is None
