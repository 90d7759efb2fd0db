"""The layering rules of the package docstrings, checked over every module with `ast`
(module-level and function-level imports alike)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "storage", "knowledge_base")

# folder -> module prefixes its files must never import
FORBIDDEN = {
    "bot/core": ("sqlalchemy", "aiohttp", "telegram", "storage", "bot.channels", "bot.staff", "bot.compose"),
    "bot/channels": ("storage", "sqlalchemy", "bot.staff"),
    "knowledge_base": ("bot",),
    "storage": ("aiohttp", "telegram", "bot.channels", "bot.staff", "bot.server"),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            if node.module == "bot":  # "from bot import clock" imports bot.clock
                found += [(node.lineno, f"bot.{alias.name}") for alias in node.names]
    return found


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((REPO / folder).rglob("*.py")):
        for line, module in imports_of(path):
            if any(_matches(module, prefix) for prefix in forbidden):
                bad.append(f"{path.relative_to(REPO)}:{line}: imports {module}")
    return bad


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_layers_import_only_what_their_docstring_allows(folder: str) -> None:
    assert violations(folder, FORBIDDEN[folder]) == []


def test_the_clock_is_standard_library_only() -> None:
    outside = [
        m for _, m in imports_of(REPO / "bot" / "clock.py") if m.split(".")[0] not in sys.stdlib_module_names
    ]
    assert outside == [], "bot/clock.py must stay importable from bot.core"


def test_every_package_says_what_lives_there_and_what_it_may_import() -> None:
    missing = []
    for package in PACKAGES:
        for init in sorted((REPO / package).rglob("__init__.py")):
            if "migrations" in init.parts:
                continue
            doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
            if "May import" not in doc and "may import" not in doc:
                missing.append(str(init.relative_to(REPO)))
    assert missing == []


def test_the_check_finds_a_forbidden_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    core = tmp_path / "bot" / "core"
    core.mkdir(parents=True)
    (core / "leak.py").write_text("def f():\n    from storage.models import Case\n", encoding="utf-8")
    (core / "fine.py").write_text("from bot import clock\nfrom bot.core import texts\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    assert violations("bot/core", FORBIDDEN["bot/core"]) == ["bot/core/leak.py:2: imports storage.models"]
