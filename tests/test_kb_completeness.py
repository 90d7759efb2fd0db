"""Every topic of both catalogs (tests/data/faq_topics.yaml and faq_topics_round2.yaml) is an
entry of the built-in knowledge base, and the round-2 entries keep the round-2 standard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from knowledge_base.loader import load_knowledge_base
from knowledge_base.model import KnowledgeBase

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
CATALOGS = ("faq_topics.yaml", "faq_topics_round2.yaml")


def _ids(name: str) -> list[str]:
    return [t["id"] for t in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["topics"]]


FIRST, ROUND2 = (_ids(name) for name in CATALOGS)
# "4800×9＝43200", "6000×70%＝4200": a worked example in an answer must add up
PRODUCT = re.compile(r"(\d+)×(\d+)(%?)＝(\d+)")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base(REPO / "knowledge_base" / "data")


def test_the_catalogs_are_what_they_say() -> None:
    assert len(FIRST) == 59 and len(ROUND2) == 15
    assert len(set(FIRST + ROUND2)) == len(FIRST) + len(ROUND2), "an id is in both catalogs"


@pytest.mark.parametrize("topic", FIRST + ROUND2)
def test_every_catalog_topic_is_an_entry(kb: KnowledgeBase, topic: str) -> None:
    entry = kb.entries.get(topic)
    assert entry is not None, f"catalog topic {topic} has no FAQ entry"
    assert entry.answer and entry.sources and len(entry.alternates) >= 5, topic


@pytest.mark.parametrize("topic", ROUND2)
def test_round2_entries_keep_the_standard(kb: KnowledgeBase, topic: str) -> None:
    entry = kb.entries[topic]
    # at most as many as the first 59 entries carry (the most: wage.arrears.report): the entries
    # most confused with a sibling need more worker-style alternates than the rest
    most = max(len(kb.entries[t].alternates) for t in FIRST)
    assert 15 <= len(entry.alternates) <= most, (
        f"{entry.file}:{entry.line}: {len(entry.alternates)} alternates"
    )
    assert any(len(a) >= 80 for a in entry.alternates), f"{topic}: no story-length alternate"
    assert any(len(a) <= 8 for a in entry.alternates), f"{topic}: no very short alternate"
    assert entry.keywords and entry.follow_ups and entry.details, topic


@pytest.mark.parametrize("topic", ROUND2)
def test_worked_examples_add_up(kb: KnowledgeBase, topic: str) -> None:
    entry = kb.entries[topic]
    for a, b, percent, result in PRODUCT.findall(entry.answer + "\n" + (entry.details or "")):
        product = int(a) * int(b) / (100 if percent else 1)
        assert product == int(result), f"{topic}: {a}×{b}{percent}＝{result}"


def test_the_example_check_can_fail() -> None:
    a, b, percent, result = PRODUCT.findall("九级为4800×9＝43300元")[0]
    assert int(a) * int(b) != int(result)
    assert PRODUCT.findall("每月6000×70%＝4200元") == [("6000", "70", "%", "4200")]
