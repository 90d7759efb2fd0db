"""Accuracy of the matcher on a labelled set (format of tests/data/faq_dev.yaml).

The five figures, each over the questions it concerns:
* confident right: in-scope questions answered with the right entry;
* confident wrong: in-scope questions answered with a wrong entry (or sent down a route);
* right entry offered: in-scope questions whose right entry is answered or among the buttons;
* out-of-scope fallback: out-of-scope questions given no entry's answer and no route;
* route accuracy: complaint / progress / human requests sent down the right route.
The old top-1 (answered right) and top-3 (right entry among the first three candidates)
follow."""

from __future__ import annotations

from typing import Any

BUTTONS = 3  # candidates shown as buttons on a non-answer


def expected_route(label: str | None) -> str:
    if label is None:
        return "fallback"
    if str(label).startswith("@"):
        return str(label)[1:]
    return "faq"


def _offered(r: Any) -> list[str]:
    if r.route == "faq" and r.decision == "answer":
        return [r.id, *getattr(r, "also", [])]
    if r.route in ("fallback", "faq"):
        return [c.id for c in r.candidates[:BUTTONS]]
    return []


def evaluate(matcher: Any, items: list[dict]) -> dict[str, Any]:
    in_scope = right = wrong = offered = top3 = oos = oos_ok = routes = routes_ok = route_all = 0
    misses = []
    for item in items:
        q, label = str(item.get("q", "")), item.get("label")
        r = matcher.match(q)
        want = expected_route(label)
        route_all += r.route == want
        answered = r.route == "faq" and r.decision == "answer"
        answered_ids = [r.id, *getattr(r, "also", [])] if answered else []
        got = ",".join(answered_ids) if answered else f"@{r.route}/{r.decision}"
        if want == "faq":
            in_scope += 1
            hit = answered and label in answered_ids
            right += hit
            wrong += (answered and not hit) or r.route not in ("faq", "fallback")
            offered += label in _offered(r)
            top3 += label in [c.id for c in r.candidates[:3]]
            if not hit:
                misses.append(
                    {
                        "q": q,
                        "label": label,
                        "got": got,
                        "score": round(r.score, 3),
                        "candidates": [c.id for c in r.candidates[:3]],
                    }
                )
        elif want == "fallback":
            oos += 1
            ok = r.route == "fallback"
            oos_ok += ok
            if not ok:
                misses.append({"q": q, "label": None, "got": got, "score": round(r.score, 3)})
        else:
            routes += 1
            routes_ok += r.route == want
            if r.route != want:
                misses.append({"q": q, "label": label, "got": got, "score": round(r.score, 3)})

    def share(n: int, d: int) -> float | None:
        return round(n / d, 4) if d else None

    return {
        "questions": len(items),
        "in_scope": in_scope,
        "confident_right": share(right, in_scope),
        "confident_wrong": share(wrong, in_scope),
        "right_offered": share(offered, in_scope),
        "out_of_scope_fallback": share(oos_ok, oos),
        "route_accuracy": share(routes_ok, routes),
        "in_scope_top1": share(right, in_scope),
        "in_scope_top3_recall": share(top3, in_scope),
        "all_routes_right": share(route_all, len(items)),
        "misses": misses,
    }


def report(f: dict[str, Any], misses: bool = True) -> str:
    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{v * 100:.1f}%"

    lines = []
    if misses:
        lines.append(f"misses ({len(f['misses'])}):")
        for m in f["misses"]:
            lines.append(f"  {m['q']}  want={m['label']}  got={m['got']}  score={m['score']}")
    lines += [
        f"questions: {f['questions']} ({f['in_scope']} in scope)",
        f"confident right:         {pct(f['confident_right'])}",
        f"confident wrong:         {pct(f['confident_wrong'])}",
        f"right entry offered:     {pct(f['right_offered'])}",
        f"out-of-scope fallback:   {pct(f['out_of_scope_fallback'])}",
        f"route accuracy:          {pct(f['route_accuracy'])}",
        f"in-scope top-1 accuracy: {pct(f['in_scope_top1'])}",
        f"in-scope top-3 recall:   {pct(f['in_scope_top3_recall'])}",
    ]
    return "\n".join(lines)
