"""The repository stands on its own: no file refers to a path outside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# "../shared" and absolute paths of the machines this project was built on.
OUTSIDE = re.compile(r"\.\./shared|/work/(?:main|shared|wt)|/root/|/home/\w+/")
THIS = Path(__file__).resolve()


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    return [REPO / p for p in out.decode().split("\0") if p]


def test_no_file_refers_outside_the_repository() -> None:
    offenders = []
    for path in tracked_files():
        if path == THIS or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for no, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{no}: {line.strip()[:80]}")
    assert not offenders, "\n".join(offenders)


def test_pattern_catches_outside_paths() -> None:
    assert OUTSIDE.search("open('../shared/eval/faq_dev.yaml')")
    assert OUTSIDE.search("see /work/shared/DESIGN.md")
    assert not OUTSIDE.search("tests/data/faq_dev.yaml")
