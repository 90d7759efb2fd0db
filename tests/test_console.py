"""`laborbot chat`: the console channel built by bot/compose.py, as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_console_chat_opens_the_form_with_numbered_buttons(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", "--data-dir", str(tmp_path), "--user", "c1"],
        input="/complain\n1\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "[1] 登记欠薪投诉" in out  # the welcome menu, numbered
    assert "个人信息" in out and "[1] 同意并继续" in out  # /complain asks for consent
    assert "姓名" in out  # "1" pressed the first button: consent given, the first field asked
    assert (tmp_path / "laborbot.sqlite3").exists()
