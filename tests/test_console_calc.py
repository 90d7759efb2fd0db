"""`laborbot chat`: the calculators in a terminal, numbered choices included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_chat_runs_a_calculation(tmp_path: Path) -> None:
    lines = [
        "合同到期不续签 干了6年2个月 月工资6500 能拿多少",
        "被辞退了 干了4年7个月 月薪七千 能赔多少",
        "4",  # the fourth choice: 没有正当理由（违法辞退）
    ]
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", "--user", "t1", "--data-dir", str(tmp_path)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=240,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "42,250.00" in out and "[4] 没有正当理由（违法辞退）" in out and "70,000.00" in out
