"""The knowledge_base package of an earlier commit, unpacked for a same-run baseline."""

from __future__ import annotations

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
