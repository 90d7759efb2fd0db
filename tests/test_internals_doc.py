"""docs/internals.md names only files and types that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "internals.md"
PATH = re.compile(r"(?<![\w/.<-])((?:bot|storage|knowledge_base|tests|bench|docs)/[\w./-]*[\w/])")
NAMED = re.compile(r"`([\w./<>-]+(?:\.(?:py|yaml|txt|md|html|json|js|css)|/))`")
CAMEL = re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b")
# names from outside the repository: products, the standard library, libraries
OUTSIDE = {"PostgreSQL", "WeChat", "WeCom", "AbstractAsyncContextManager", "AsyncSession", "Connection"}


def paths_in(text: str) -> list[str]:
    return sorted({m.rstrip(".") for m in PATH.findall(text)})


def defined_names() -> set[str]:
    names: set[str] = set()
    for package in ("bot", "storage", "knowledge_base", "tests"):
        for path in (REPO / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                    names.add(node.name)
                elif isinstance(node, ast.Assign):
                    names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def test_every_path_in_internals_exists() -> None:
    found = paths_in(DOC.read_text(encoding="utf-8"))
    assert len(found) > 40  # the check really reads the page
    assert [p for p in found if not (REPO / p).exists()] == []


def test_every_short_file_name_in_internals_is_a_file_of_the_repository() -> None:
    """`cases.py`, `alerts/default_rules.yaml`, `web/`: some file of the repository ends so."""
    files = [
        p.relative_to(REPO).as_posix() for p in REPO.rglob("*") if p.is_file() and ".venv" not in p.parts
    ]
    names = {
        n
        for n in NAMED.findall(DOC.read_text(encoding="utf-8"))
        if not PATH.match(n) and "<" not in n and not n.startswith("/")
    }
    assert len(names) > 10
    missing = [
        n
        for n in sorted(names - {"laborbot.toml"})
        if not any(("/" + f).endswith("/" + n) or ("/" + n) in ("/" + f) for f in files)
    ]
    assert missing == []


def test_every_type_in_internals_exists() -> None:
    camel = set(CAMEL.findall(DOC.read_text(encoding="utf-8"))) - OUTSIDE
    assert len(camel) > 10
    assert sorted(camel - defined_names()) == []


def test_a_missing_path_is_noticed() -> None:
    assert paths_in("see `bot/core/nothing_here.py`, then bot/core/engine.py.") == [
        "bot/core/engine.py",
        "bot/core/nothing_here.py",
    ]
    assert not (REPO / "bot/core/nothing_here.py").exists()
