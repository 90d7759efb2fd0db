"""Accuracy of the matcher on a labelled set (format of shared/eval/faq_dev.yaml)."""

from __future__ import annotations

from typing import Any


def expected_route(label: str | None) -> str:
    if label is None:
        return "fallback"
    if str(label).startswith("@"):
        return str(label)[1:]
    return "faq"


def evaluate(matcher: Any, items: list[dict]) -> dict[str, Any]:
    in_scope = top1 = top3 = oos = oos_ok = route_ok = 0
    misses = []
    for item in items:
        q, label = str(item.get("q", "")), item.get("label")
        r = matcher.match(q)
        want = expected_route(label)
        ok_route = r.route == want
        route_ok += ok_route
        if want == "faq":
            in_scope += 1
            hit = r.route == "faq" and r.id == label
            top1 += hit
            top3 += label in [c.id for c in r.candidates[:3]]
            if not hit:
                misses.append(
                    {
                        "q": q,
                        "label": label,
                        "got": r.id or f"@{r.route}",
                        "score": round(r.score, 3),
                        "candidates": [c.id for c in r.candidates[:3]],
                    }
                )
        elif want == "fallback":
            oos += 1
            oos_ok += r.route == "fallback"
            if r.route != "fallback":
                misses.append(
                    {"q": q, "label": None, "got": r.id or f"@{r.route}", "score": round(r.score, 3)}
                )
        elif not ok_route:
            misses.append({"q": q, "label": label, "got": r.id or f"@{r.route}", "score": round(r.score, 3)})
    total = len(items) or 1
    return {
        "questions": len(items),
        "in_scope_top1": round(top1 / in_scope, 4) if in_scope else None,
        "in_scope_top3_recall": round(top3 / in_scope, 4) if in_scope else None,
        "out_of_scope_fallback": round(oos_ok / oos, 4) if oos else None,
        "route_accuracy": round(route_ok / total, 4),
        "misses": misses,
    }


def report(f: dict[str, Any]) -> str:
    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{v * 100:.1f}%"

    lines = [f"misses ({len(f['misses'])}):"]
    for m in f["misses"]:
        lines.append(f"  {m['q']}  want={m['label']}  got={m['got']}  score={m['score']}")
    lines += [
        f"questions: {f['questions']}",
        f"in-scope top-1 accuracy: {pct(f['in_scope_top1'])}",
        f"in-scope top-3 recall:   {pct(f['in_scope_top3_recall'])}",
        f"out-of-scope fallback:   {pct(f['out_of_scope_fallback'])}",
        f"route accuracy:          {pct(f['route_accuracy'])}",
    ]
    return "\n".join(lines)
