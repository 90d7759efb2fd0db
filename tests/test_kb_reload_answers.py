"""A reload serves the edited answers at once, matched by the model in use, while the new model
trains (knowledge_base/service.py); the new model is swapped in when it is ready."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from knowledge_base import service as service_module
from knowledge_base.service import KnowledgeService
from tests.small_kb import write_small_kb


def test_an_edited_answer_serves_before_the_new_model_is_trained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "kb"
    root.mkdir()
    write_small_kb(root)
    service = KnowledgeService(root, recalibrate=False)
    old_matcher = service.current.matcher
    result = service.match("老板不发工资咋办")
    assert result.id is not None
    old_answer = service.current.kb.entries[result.id].answer

    training = threading.Event()
    release = threading.Event()
    real_matcher = service_module.Matcher

    def slow_matcher(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        training.set()
        assert release.wait(60)
        return real_matcher(*args, **kwargs)

    monkeypatch.setattr(service_module, "Matcher", slow_matcher)
    kb_file = root / "kb.yaml"
    kb_file.write_text(
        kb_file.read_text(encoding="utf-8").replace("的答复（测试数据）", "的新答复（已修改）"),
        encoding="utf-8",
    )
    done: list[bool] = []
    reload = threading.Thread(target=lambda: done.append(service.reload_if_changed()))
    reload.start()
    try:
        assert training.wait(30)
        # the model is still training: the new answers already serve, with the model in use
        current = service.current
        assert current.matcher is old_matcher
        assert current.kb.entries[result.id].answer != old_answer
        assert "新答复" in current.kb.entries[result.id].answer
        assert service.match("老板不发工资咋办").id == result.id
    finally:
        release.set()
        reload.join(60)
    assert done == [True]
    assert service.current.matcher is not old_matcher
    assert "新答复" in service.current.kb.entries[result.id].answer
    assert service.match("老板不发工资咋办").id == result.id


def test_an_invalid_edit_keeps_the_answers_and_the_model_in_use(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    root.mkdir()
    write_small_kb(root)
    service = KnowledgeService(root, recalibrate=False)
    current = service.current
    (root / "kb.yaml").write_text("entries:\n  - id: [\n", encoding="utf-8")
    assert not service.reload_if_changed()
    assert service.current is current
    assert service.status.refused == 1
