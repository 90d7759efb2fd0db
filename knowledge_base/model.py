"""Knowledge-base records and the validation that builds them, every problem with file:line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")
ACTIONS = {"complaint", "human", "service_center", "progress"}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class KBValidationError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass
class Entry:
    id: str
    question: str
    alternates: list[str]
    keywords: list[str]
    answer: str
    follow_ups: list[str]
    sources: list[str]
    updated: dt.date
    details: str | None = None
    actions: list[str] = field(default_factory=list)
    file: str = ""
    line: int = 0


@dataclass
class Centre:
    id: str
    name: str
    districts: list[str]
    address: str = ""
    hours: str = ""
    phone: str = ""
    fallback: bool = False
    sample: bool = False
    telegram_chat: str | None = None
    wecom_webhook: str | None = None
    parent: str | None = None  # the centre one level up (市 → 区县站 → 街道/社区点)
    file: str = ""
    line: int = 0


@dataclass
class OutOfScope:
    topic: str
    keywords: list[str]
    answer: str
    examples: list[str] = field(default_factory=list)
    # a labour matter this service has no answer for (retirement procedures): a labour question
    # the model reads as this topic, with no entry answered, is told where it is handled
    labour: bool = False


ROUTES = ("complaint", "progress", "human")


@dataclass
class KnowledgeBase:
    root: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)  # variant -> canonical
    centres: list[Centre] = field(default_factory=list)
    holidays: list[dict[str, Any]] = field(default_factory=list)
    out_of_scope: list[OutOfScope] = field(default_factory=list)
    industries: list[Any] = field(default_factory=list)  # knowledge_base.industries.Industry
    local_figures: list[Any] = field(default_factory=list)  # knowledge_base.local_figures.LocalFigures
    userdict: list[str] = field(default_factory=list)
    routes: dict[str, list[str]] = field(default_factory=dict)  # route -> example requests
    asked: list[Any] = field(default_factory=list)  # knowledge_base.asked.Asked: users' labelled texts
    files: list[Path] = field(default_factory=list)

    def fallback_centre(self) -> Centre | None:
        return next((c for c in self.centres if c.fallback), self.centres[0] if self.centres else None)


ENTRY_KEYS = {
    "id": True,
    "question": True,
    "alternates": True,
    "keywords": True,
    "answer": True,
    "follow_ups": True,
    "sources": True,
    "updated": True,
    "details": False,
    "actions": False,
}
CENTRE_KEYS = {
    "id": True,
    "name": True,
    "districts": True,
    "address": False,
    "hours": False,
    "phone": False,
    "fallback": False,
    "sample": False,
    "telegram_chat": False,
    "wecom_webhook": False,
    "parent": False,
}


class Collector:
    """Accumulates problems while records are read."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: Path | str, line: int, message: str) -> None:
        self.problems.append(Problem(str(file), int(line or 1), message))


def _line(node: Any, key: str | None = None) -> int:
    if key is not None and hasattr(node, "lines") and isinstance(node.lines, dict):
        return node.lines.get(key, getattr(node, "line", 1))
    return getattr(node, "line", 1)


def _str_list(
    value: Any, file: Path, line: int, what: str, out: Collector, *, min_items: int = 0
) -> list[str]:
    if value is None:
        value = []
    if not isinstance(value, list):
        out.add(file, line, f"{what} must be a list")
        return []
    items = []
    lines = getattr(value, "lines", [line] * len(value))
    for item, item_line in zip(value, lines, strict=False):
        if not isinstance(item, str | int) or str(item).strip() == "":
            out.add(file, item_line, f"{what}: every item must be non-empty text")
            continue
        items.append(str(item).strip())
    if len(items) < min_items:
        out.add(file, line, f"{what} needs at least {min_items} item(s)")
    return items


def check_keys(node: dict, spec: dict[str, bool], file: Path, what: str, out: Collector) -> bool:
    ok = True
    for key in node:
        if key not in spec:
            out.add(file, _line(node, key), f"{what}: unknown key {key!r} (allowed: {', '.join(spec)})")
            ok = False
    for key, required in spec.items():
        if required and key not in node:
            out.add(file, _line(node), f"{what}: missing key {key!r}")
            ok = False
    return ok


def read_entry(node: Any, file: Path, out: Collector) -> Entry | None:
    if not isinstance(node, dict):
        out.add(file, _line(node), "an entry must be a mapping with id, question, answer, …")
        return None
    eid = str(node.get("id", "")).strip()
    label = f"entry {eid!r}" if eid else "entry"
    if not check_keys(node, ENTRY_KEYS, file, label, out):
        if not eid:
            return None
    if eid and not set(eid) <= ID_CHARS:
        out.add(file, _line(node, "id"), f"{label}: id may use only a-z, 0-9, '.', '_' and '-'")
    question = node.get("question")
    if not isinstance(question, str) or not question.strip():
        out.add(file, _line(node, "question"), f"{label}: question must be non-empty text")
        question = ""
    answer = node.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        out.add(file, _line(node, "answer"), f"{label}: answer is empty")
        answer = ""
    details = node.get("details")
    if details is not None and (not isinstance(details, str) or not details.strip()):
        out.add(file, _line(node, "details"), f"{label}: details must be non-empty text when given")
        details = None
    updated = node.get("updated")
    if isinstance(updated, str):
        try:
            updated = dt.date.fromisoformat(updated)
        except ValueError:
            updated = None
    if not isinstance(updated, dt.date) or isinstance(updated, dt.datetime):
        out.add(file, _line(node, "updated"), f"{label}: updated must be a date like 2026-11-23")
        updated = dt.date(1970, 1, 1)
    elif updated > dt.date.today() + dt.timedelta(days=1):
        out.add(file, _line(node, "updated"), f"{label}: updated {updated} is in the future")
    actions = _str_list(node.get("actions"), file, _line(node, "actions"), f"{label} actions", out)
    for a in actions:
        if a not in ACTIONS:
            out.add(
                file,
                _line(node, "actions"),
                f"{label}: unknown action {a!r} (one of {', '.join(sorted(ACTIONS))})",
            )
    return Entry(
        id=eid,
        question=question.strip(),
        answer=answer.strip(),
        details=details.strip() if details else None,
        alternates=_str_list(
            node.get("alternates"), file, _line(node, "alternates"), f"{label} alternates", out
        ),
        keywords=_str_list(node.get("keywords"), file, _line(node, "keywords"), f"{label} keywords", out),
        follow_ups=_str_list(
            node.get("follow_ups"), file, _line(node, "follow_ups"), f"{label} follow_ups", out
        ),
        sources=_str_list(
            node.get("sources"), file, _line(node, "sources"), f"{label} sources", out, min_items=1
        ),
        updated=updated,
        actions=actions,
        file=str(file),
        line=_line(node),
    )


def read_centre(node: Any, file: Path, out: Collector) -> Centre | None:
    if not isinstance(node, dict):
        out.add(file, _line(node), "a centre must be a mapping with id, name, districts, …")
        return None
    cid = str(node.get("id", "")).strip()
    check_keys(node, CENTRE_KEYS, file, f"centre {cid!r}", out)
    districts = _str_list(
        node.get("districts"),
        file,
        _line(node, "districts"),
        f"centre {cid!r} districts",
        out,
        min_items=0 if node.get("fallback") else 1,
    )
    return Centre(
        id=cid,
        name=str(node.get("name", "")).strip(),
        districts=districts,
        address=str(node.get("address") or ""),
        hours=str(node.get("hours") or ""),
        phone=str(node.get("phone") or ""),
        fallback=bool(node.get("fallback", False)),
        sample=bool(node.get("sample", False)),
        telegram_chat=str(node["telegram_chat"]) if node.get("telegram_chat") else None,
        wecom_webhook=str(node["wecom_webhook"]) if node.get("wecom_webhook") else None,
        parent=str(node["parent"]).strip() if node.get("parent") else None,
        file=str(file),
        line=_line(node),
    )


def check_centre_parents(centres: list[Centre], default_file: Path, out: Collector) -> None:
    """Every parent names a known centre, and no centre is its own ancestor."""
    by_id = {c.id: c for c in centres}
    for c in centres:
        where = (Path(c.file) if c.file else default_file, c.line or 1)
        if c.parent is None:
            continue
        if c.parent not in by_id:
            out.add(*where, f"centre {c.id!r}: parent {c.parent!r} is not a centre id")
            continue
        chain = [c.id]
        cur: str | None = c.parent
        while cur is not None and cur in by_id:
            if cur in chain:
                out.add(*where, f"centre {c.id!r}: parents form a loop ({' → '.join([*chain, cur])})")
                break
            chain.append(cur)
            cur = by_id[cur].parent


def read_holiday_year(node: Any, file: Path, out: Collector) -> dict[str, Any] | None:
    if not isinstance(node, dict) or not isinstance(node.get("year"), int):
        out.add(file, _line(node), "a holiday year needs `year: 2027` and lists days_off / workdays")
        return None
    year = node["year"]
    check_keys(
        node,
        {"year": True, "source": False, "days_off": False, "workdays": False},
        file,
        f"holidays {year}",
        out,
    )
    result: dict[str, Any] = {"year": year, "source": node.get("source"), "days_off": [], "workdays": []}
    for key in ("days_off", "workdays"):
        values = node.get(key) or []
        lines = getattr(values, "lines", [_line(node, key)] * len(values))
        if not isinstance(values, list):
            out.add(file, _line(node, key), f"holidays {year}: {key} must be a list of dates")
            continue
        for value, line in zip(values, lines, strict=False):
            day = value if isinstance(value, dt.date) else None
            if isinstance(value, str):
                try:
                    day = dt.date.fromisoformat(value)
                except ValueError:
                    day = None
            if day is None:
                out.add(file, line, f"holidays {year}: {value!r} is not a date like {year}-01-01")
            elif day.year != year:
                out.add(file, line, f"holidays {year}: {day} is not in {year}")
            else:
                result[key].append(day)
    both = set(result["days_off"]) & set(result["workdays"])
    for day in sorted(both):
        out.add(file, _line(node), f"holidays {year}: {day} is both a day off and a working day")
    return result
