"""Pieces of a same-run comparison: an earlier commit's knowledge_base unpacked as the baseline,
and a child process that prints its figures as one JSON line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def unpack_knowledge_base(ref: str, dest: Path) -> Path:
    """Write `ref`'s knowledge_base folder under `dest` (created) and return `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", ref, "knowledge_base"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def child_figures(cmd: list[str]) -> dict[str, float]:
    """Run `cmd` and return the JSON object on its last line of output; stop with its stderr if it fails."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
