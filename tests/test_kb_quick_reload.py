"""A reload after an edit serves a quick update of the model (knowledge_base/incremental.py) and
trains the full model in the background (knowledge_base/service.py): the edit is answered at
once, a removed entry is never answered, the full model answers as a fresh build does, and a
failed full training is logged while the quick model keeps serving."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from knowledge_base import service as service_module
from knowledge_base.model_cache import ModelCache
from knowledge_base.service import KnowledgeService
from tests.small_kb import hold_full_training, write_small_kb

# words no other text of the test base has; each test adds its own wording (a model trained on the
# same texts by another test in this session would be reused, tests/conftest.py)
NEW_ALTERNATE = "领导画的大饼一直不兑现钱也不到账"
QUESTIONS = ["老板不发工资咋办", "周末加班给多少钱", "我要投诉", "明天天气怎么样", "年假有几天"]


def _answers(service: KnowledgeService) -> list[tuple]:
    return [(r.route, r.id, r.decision) for r in map(service.match, QUESTIONS + [NEW_ALTERNATE + "吗"])]


def test_an_added_alternate_is_answered_at_once_and_after_the_full_training(small_kb: Path) -> None:
    service = KnowledgeService(small_kb, recalibrate=False)
    service.settle(120)  # the full model behind the first one: the edit is a quick update of it
    assert service.match(NEW_ALTERNATE).id != "wage.arrears"
    quick_before = service.models.quick
    write_small_kb(small_kb, extra=NEW_ALTERNATE)  # an alternate of the first entry, wage.arrears
    assert service.reload_if_changed()
    matcher = service.current.matcher
    assert matcher.provisional and service.models.quick == quick_before + 1
    assert matcher.model is not None and "大饼" in matcher.model._word_vocab  # a new word has a column
    result = service.match(NEW_ALTERNATE)
    assert (result.route, result.id, result.decision) == ("faq", "wage.arrears", "answer")
    service.settle(120)
    assert not service.current.matcher.provisional and service.status.full_models == 1
    result = service.match(NEW_ALTERNATE)
    assert (result.route, result.id, result.decision) == ("faq", "wage.arrears", "answer")


def test_a_removed_entry_is_never_answered(small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = KnowledgeService(small_kb, recalibrate=False)
    asked = "年假有几天"
    assert service.match(asked).id == "leave.annual"
    kb_file = small_kb / "kb.yaml"
    text = kb_file.read_text(encoding="utf-8")
    start = text.index("  - id: leave.annual")
    end = text.index("  - id: ", start + 1)
    kb_file.write_text(text[:start] + text[end:], encoding="utf-8")

    # while the next model is built, the model in use (trained with the entry) serves the new
    # knowledge base: the entry is neither answered nor offered
    building, release = threading.Event(), threading.Event()
    real_matcher = service_module.Matcher

    def slow_matcher(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        building.set()
        assert release.wait(60)
        return real_matcher(*args, **kwargs)

    monkeypatch.setattr(service_module, "Matcher", slow_matcher)
    reload = threading.Thread(target=service.reload_if_changed)
    reload.start()
    try:
        assert building.wait(30)
        assert "leave.annual" in service.current.matcher.model.labels  # the old model
        interim = service.match(asked)
        assert interim.id is None and "leave.annual" not in [c.id for c in interim.candidates]
    finally:
        release.set()
        reload.join(120)
    for _ in range(2):  # the quick model, then the fully trained one
        model = service.current.matcher.model
        assert model is not None and "leave.annual" not in model.labels
        result = service.match(asked)
        assert result.id != "leave.annual" and "leave.annual" not in [c.id for c in result.candidates]
        service.settle(120)
    assert service.status.full_models == 1


@pytest.mark.own_models  # the fresh build trains its own model
def test_the_full_training_answers_as_a_fresh_build(small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = KnowledgeService(small_kb, recalibrate=False)
    write_small_kb(small_kb, extra=NEW_ALTERNATE + "吗")
    release = hold_full_training(monkeypatch)
    assert service.reload_if_changed() and service.current.matcher.provisional
    release.set()
    service.settle(120)
    assert not service.current.matcher.provisional
    fresh = KnowledgeService(small_kb, recalibrate=False)
    assert fresh.models.trained == 1 and not fresh.current.matcher.provisional
    assert _answers(service) == _answers(fresh)
    scores = [service.match(q).score for q in QUESTIONS]
    # liblinear visits the examples in a random order: scores agree within its tolerance
    assert scores == pytest.approx([fresh.match(q).score for q in QUESTIONS], abs=1e-3)


def test_a_failed_full_training_is_logged_and_the_quick_model_serves(
    small_kb: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    service = KnowledgeService(small_kb, recalibrate=False)
    real_model = ModelCache.model

    def failing(self, train, tokenizer, temperature, featured=None, quick=False):  # noqa: ANN001, ANN202
        if not quick:
            raise MemoryError("no memory left for the full training")
        return real_model(self, train, tokenizer, temperature, featured, quick)

    monkeypatch.setattr(ModelCache, "model", failing)
    write_small_kb(small_kb, extra=NEW_ALTERNATE + "呢")
    with caplog.at_level(logging.ERROR, logger="knowledge_base.service"):
        assert service.reload_if_changed()
        quick = service.current.matcher
        service.settle(120)
    assert any("full training of the FAQ model failed" in r.getMessage() for r in caplog.records)
    assert service.status.model_error is not None and "no memory left" in service.status.model_error
    assert service.current.matcher is quick and quick.provisional  # the quick model keeps serving
    assert service.match(NEW_ALTERNATE + "呢").id == "wage.arrears"
    assert service.status.full_models == 0


@pytest.mark.own_models  # the first start writes its model (a session's model would be read, not written)
def test_a_start_after_an_edit_updates_the_model_on_disk(
    small_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "models"
    first = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    first.settle(120)  # a first model served, the full one trained behind it
    first.models.flush()  # the model and its examples are on disk
    added = NEW_ALTERNATE + "啊"
    write_small_kb(small_kb, extra=added)  # edited while no process runs
    release = hold_full_training(monkeypatch)
    second = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    assert second.models.quick == 1 and second.models.trained == 0
    assert second.current.matcher.provisional
    assert second.match(added).id == "wage.arrears"
    release.set()
    second.settle(120)
    assert second.models.trained == 1 and not second.current.matcher.provisional
    assert second.match(added).id == "wage.arrears"
    second.models.flush()
    # a third start on the same base reads the full model
    third = KnowledgeService(small_kb, recalibrate=False, model_cache=cache)
    assert (third.models.loads, third.models.quick, third.models.trained) == (1, 0, 0)
    assert _answers(third) == _answers(second)
