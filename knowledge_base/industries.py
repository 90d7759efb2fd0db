"""Industry categories for statistics (industries.yaml): GB/T 4754 sections with the words
workers use for them; every problem reported with file:line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge_base.model import Collector, KBValidationError, _line, _str_list, check_keys
from knowledge_base.yamlpos import YamlSyntaxError, load_yaml

INDUSTRY_KEYS = {"name": True, "code": False, "aliases": True, "other": False}


@dataclass
class Industry:
    name: str
    code: str = ""
    aliases: list[str] = field(default_factory=list)
    other: bool = False
    file: str = ""
    line: int = 0


def read_industry(node: Any, file: Path, out: Collector) -> Industry | None:
    if not isinstance(node, dict) or not str(node.get("name") or "").strip():
        out.add(file, _line(node), "an industry needs `name:` and a list of `aliases:`")
        return None
    name = str(node["name"]).strip()
    check_keys(node, INDUSTRY_KEYS, file, f"industry {name!r}", out)
    other = node.get("other", False)
    if not isinstance(other, bool):
        out.add(file, _line(node, "other"), f"industry {name!r}: other must be true or false")
        other = False
    aliases = _str_list(
        node.get("aliases"),
        file,
        _line(node, "aliases"),
        f"industry {name!r} aliases",
        out,
        min_items=0 if other else 1,
    )
    return Industry(
        name=name,
        code=str(node.get("code") or ""),
        aliases=aliases,
        other=other,
        file=str(file),
        line=_line(node),
    )


def check_industries(industries: list[Industry], out: Collector, root: Path) -> None:
    """Names unique, each alias in one category, exactly one `other: true`."""
    names: dict[str, Industry] = {}
    owner: dict[str, Industry] = {}
    for ind in industries:
        if ind.name in names:
            first = names[ind.name]
            out.add(
                ind.file, ind.line, f"industry {ind.name!r} listed twice (first at {first.file}:{first.line})"
            )
        names.setdefault(ind.name, ind)
        for alias in ind.aliases:
            prev = owner.get(alias)
            if prev is not None and prev is not ind:
                out.add(
                    ind.file,
                    ind.line,
                    f"industry {ind.name!r}: alias {alias!r} already belongs to {prev.name!r} "
                    f"({prev.file}:{prev.line})",
                )
            owner.setdefault(alias, ind)
    if industries and sum(i.other for i in industries) != 1:
        where = industries[0]
        out.add(where.file, where.line, "industries: exactly one category must have other: true")


def load_industries(path: Path | str) -> list[Industry]:
    """One industries file on its own (tests, admin checks); raises KBValidationError."""
    path = Path(path)
    out = Collector()
    industries: list[Industry] = []
    try:
        data = load_yaml(path)
    except YamlSyntaxError as exc:
        out.add(path, exc.line, exc.message)
        raise KBValidationError(out.problems) from exc
    value = data.get("industries") if isinstance(data, dict) else None
    if not isinstance(value, list):
        out.add(path, 1, "top level must be `industries:` with a list of categories")
    else:
        for node in value:
            ind = read_industry(node, path, out)
            if ind is not None:
                industries.append(ind)
        check_industries(industries, out, path.parent)
    if out.problems:
        raise KBValidationError(out.problems)
    return industries
