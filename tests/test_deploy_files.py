"""deploy/ and docs/operations.md name only settings that exist, and the compose example parses
(nginx's own syntax check of the site runs in tests/test_deployment_e2e.py)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.config import Settings

REPO = Path(__file__).resolve().parent.parent
FILES = [p for p in (REPO / "deploy").rglob("*") if p.is_file()] + [REPO / "docs" / "operations.md"]
NOT_SETTINGS = {"LABORBOT_CONFIG"}  # the path of laborbot.toml itself (bot/config.py)


def test_every_laborbot_variable_is_a_setting() -> None:
    named = {
        m for p in FILES for m in re.findall(r"\bLABORBOT_[A-Z_]+[A-Z]\b", p.read_text(encoding="utf-8"))
    }
    assert len(named) > 8  # the check really reads the files
    unknown = sorted(
        n for n in named - NOT_SETTINGS if n.removeprefix("LABORBOT_").lower() not in Settings.model_fields
    )
    assert unknown == []


def test_compose_example_parses_and_shares_the_evidence_volume() -> None:
    compose = yaml.safe_load((REPO / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    apps = [name for name, svc in compose["services"].items() if "laborbot" in str(svc.get("command"))]
    assert len(apps) >= 2
    for name in apps:
        svc = compose["services"][name]
        assert "evidence:/srv/evidence" in svc["volumes"]
        assert svc["environment"]["LABORBOT_EVIDENCE_DIR"] == "/srv/evidence"
        assert svc["environment"]["LABORBOT_DATABASE_URL"].startswith("postgresql+asyncpg://")
    upstream = (REPO / "deploy" / "nginx" / "compose.conf").read_text(encoding="utf-8")
    assert all(f"server {name}:" in upstream for name in apps)
