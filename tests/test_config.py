"""Configuration precedence: command line > LABORBOT_* environment > laborbot.toml > defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings


def test_defaults_need_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for key in ("LABORBOT_PORT", "LABORBOT_HOST", "LABORBOT_DATABASE_URL", "LABORBOT_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    s = load_settings()
    assert (s.host, s.port) == ("127.0.0.1", 8080)
    assert s.effective_database_url.startswith("sqlite+aiosqlite:///")
    assert s.effective_database_url.endswith("data/laborbot.sqlite3")
    assert s.telegram_token is None and s.wechat_token is None
    assert (s.effective_kb_dir / "faq").is_dir()


def test_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "laborbot.toml").write_text('port = 9001\nhost = "0.0.0.0"\nresolve_days = 30\n')
    monkeypatch.setenv("LABORBOT_PORT", "9002")
    s = load_settings()
    assert s.port == 9002  # environment beats the file
    assert s.host == "0.0.0.0"  # file beats the default
    assert s.resolve_days == 30
    assert load_settings(port=9003).port == 9003  # command line beats the environment
    assert load_settings(port=None).port == 9002  # an option not given changes nothing


def test_config_file_named_by_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text('api_token = "t0ken"\nstaff_telegram_users = [1, 2]\n')
    monkeypatch.setenv("LABORBOT_CONFIG", str(cfg))
    s = load_settings()
    assert s.api_token == "t0ken" and s.staff_telegram_users == [1, 2]
