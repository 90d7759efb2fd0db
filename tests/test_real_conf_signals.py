"""The issue-9 confidence-signal study (bench/real_conf_features.py, bench/real_conf_signals.py):
the signals are read off the real matcher as described, and the tables count what they say."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import real_conf_features as feats  # noqa: E402
import real_conf_signals as signals  # noqa: E402

from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))


def test_a_story_of_two_subjects_loses_its_best_entry_when_the_deciding_part_is_cut(matcher: Matcher) -> None:
    # arrears first, then an accident on the way home: the last third carries the injury
    story = "我在物流园开叉车，老板拖了我三个月的工资一直不给，另外上个月我下班骑电动车回家路上被货车撞了，这个算不算工伤"
    row = feats.features(matcher, feats.entry_words(matcher), story)
    assert row["e1"].startswith("insurance.")
    assert row["tail"] and not row["head"]
    assert row["clauses"] >= 3 and 0.0 < row["clause_share"] < 1.0
    assert row["topics_named"] >= 2
    assert 0.0 < row["cover"] <= 1.0
    assert row["e1"] != row["e2"]


def test_a_short_plain_question_holds_everywhere(matcher: Matcher) -> None:
    row = feats.features(matcher, feats.entry_words(matcher), "产假一共能休多少天")
    assert row["answered"] and row["id"] == row["e1"]
    assert row["head"] and row["tail"] and row["clause_share"] == 1.0
    assert row["conf"] >= matcher.thresholds.conf_at
    assert row["own_keywords"] >= 1


def test_both_set_formats_are_read(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("questions:\n- q: 甲\n  topics: [a.b, c.d]\n- q: 乙\n  topics: []\n", encoding="utf-8")
    asked = tmp_path / "asked.yaml"
    asked.write_text("asked:\n- q: 丙\n  entry: e.f\n", encoding="utf-8")
    assert feats.items_of(real) == [{"q": "甲", "topics": ["a.b", "c.d"]}, {"q": "乙", "topics": []}]
    assert feats.items_of(asked) == [{"q": "丙", "topics": ["e.f"]}]


def row(**kw: object) -> dict:
    base = {"set": "s1", "answered": False, "route": "fallback", "right": False, "id": None, "topics": []}
    return {**base, **kw}


def test_open_questions_leave_out_routed_and_answered_ones() -> None:
    assert signals.open_question(row())
    assert not signals.open_question(row(route="complaint"))
    assert not signals.open_question(row(answered=True, route="faq"))


def test_split_counts_right_best_entries_on_each_side() -> None:
    rows = [
        row(right=True, x=1),
        row(right=True, x=1),
        row(right=False, x=1),
        row(right=True, x=0),
        row(right=False, x=0),
    ]
    assert signals.split(rows, lambda r: r["x"] == 1) == (2, 3, 1, 2)


def test_added_answers_and_their_wrong_ones() -> None:
    scores = np.array([0.95, 0.9, 0.8, 0.6])
    right = np.array([True, False, True, True])
    assert signals.added(scores, right, 0.85) == (2, 1)
    assert signals.added(scores, right, 0.5) == (4, 1)
    assert signals.wrong_in_first(scores, right, 1) == 0
    assert signals.wrong_in_first(scores, right, 2) == 1


def test_rows_are_filtered_by_set(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(row(set=s)) for s in ("a", "b", "a")) + "\n", encoding="utf-8")
    assert len(signals.read([path])) == 3
    assert [r["set"] for r in signals.read([path], {"a"})] == ["a", "a"]


def test_entry_reliability_is_a_share_per_entry_ranked_first(small_kb: Path) -> None:
    m = Matcher(load_knowledge_base(small_kb))
    reliable = feats.entry_reliability(m)
    assert set(reliable) <= set(m.kb.entries) and len(reliable) >= 3
    assert all(0.0 <= v <= 1.0 for v in reliable.values())
    # the four small entries are told apart on most of their held-out alternates
    assert sum(reliable.values()) / len(reliable) >= 0.5
