"""Which service centre covers a place the worker named: the best district match, then down
through its child centres."""

from __future__ import annotations

import re
from typing import Any

# a centre's name for a place counts only as a whole name: at the start, or after a bigger
# place or a plain word ("深圳市龙岗区", "在北区"), never inside a longer name ("江北区" is not 北区)
_NAME_START = re.compile(r"(?:^|[^\u4e00-\u9fff]|[省市州盟县区镇乡在到去住是的])$")


# nor as the start of a street's name ("沈阳铁西区开发大路" names no 开发区)
_STREET_AFTER = re.compile(r"^[\u4e00-\u9fff]?(?:路|街|大道|巷|胡同)")


def _named(name: str, text: str) -> bool:
    return any(
        _NAME_START.search(text[: m.start()])
        and (name.endswith(("路", "街")) or not _STREET_AFTER.match(text[m.end() :]))
        for m in re.finditer(re.escape(name), text)
    )


def _mentions(centre: Any, text: str) -> str | None:
    """The longest of the centre's district names (or their short forms) named in the text."""
    found = None
    for d in centre.districts:
        for n in {d, re.sub(r"(区|县|市|新区)$", "", d)}:
            if len(n) >= 2 and _named(n, text) and (found is None or len(n) > len(found)):
                found = n
    return found


def match_centre(text: str, kb: Any, detail: str | None = None) -> tuple[Any, str | None]:
    """The lowest centre that covers the place: the best district match, then down through
    its child centres (街道/社区点) while one of them is named in `detail` (default: text)."""
    centres = list(getattr(kb, "centres", []) or [])
    best = None
    for centre in centres:
        for d in centre.districts:
            names = {d, re.sub(r"(区|县|市|新区)$", "", d)}
            for n in names:
                if len(n) >= 2 and _named(n, text) and (best is None or len(n) > len(best[1])):
                    best = (centre, d)
    if best is not None:
        centre, district = best
        place = detail or text
        while True:
            kids = [c for c in centres if getattr(c, "parent", None) == centre.id]
            hits = [(len(m), kid) for kid in kids if (m := _mentions(kid, place))]
            if not hits:
                return centre, district
            centre = max(hits, key=lambda h: h[0])[1]
    fallback = next((c for c in centres if c.fallback), centres[0] if centres else None)
    return fallback, None
