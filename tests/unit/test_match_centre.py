"""A centre's district names match whole names only: "江北区" or "柳北区" is not the sample
centre's "北区", "经济技术开发区" is not its "开发区"; a name after a bigger place still counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.intake.centre_match import match_centre
from knowledge_base import load_knowledge_base

KB = load_knowledge_base(Path(__file__).parent.parent.parent / "knowledge_base" / "data")


@pytest.mark.parametrize(
    ("text", "centre", "district"),
    [
        ("江北区", "central", None),
        ("柳北区", "central", None),
        ("重庆市江北区观音桥", "central", None),
        ("某市经济技术开发区", "central", None),
        ("沈阳铁西区开发大路", "central", None),  # a street whose name starts like 开发区
        ("北区", "beiqu", "北区"),
        ("在北区工业大道", "beiqu", "北区"),
        ("某市北区", "beiqu", "北区"),
        ("东城区建设路18号工地", "dongcheng-jianshe", "东城区"),
        ("南山那边的工地", "nanshan", "南山区"),
        ("高新技术产业开发区", "gaoxin", "高新技术产业开发区"),
    ],
)
def test_centre_names_match_whole_names(text: str, centre: str, district: str | None) -> None:
    got, named = match_centre(text, KB)
    assert (got.id, named) == (centre, district)
