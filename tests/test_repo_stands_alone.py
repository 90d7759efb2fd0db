"""The repository stands on its own: no file refers to a path outside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The shared folder beside the repository, and absolute paths of the machines this project was
# built on. ([s], [r]: so that this file's own source does not match its pattern.)
OUTSIDE = re.compile(r"\.\./[s]hared|/work/(?:main|[s]hared|wt)|/[r]oot/|/home/\w+/")
SHARED = "sha" + "red"


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    return [REPO / p for p in out.decode().split("\0") if p]


def test_no_file_refers_outside_the_repository() -> None:
    offenders = []
    for path in tracked_files():
        if not path.is_file():
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
    assert OUTSIDE.search(f"open('../{SHARED}/eval/faq_dev.yaml')")
    assert OUTSIDE.search(f"see /work/{SHARED}/DESIGN.md")
    assert not OUTSIDE.search("tests/data/faq_dev.yaml")
