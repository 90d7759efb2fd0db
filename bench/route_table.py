"""Routes on every labelled FAQ development set (issue 9): routes right, every route miss and
every route false alarm (an FAQ or out-of-scope question sent to a route), and the in-scope
right / wrong shares so a route change is seen not to move the answers.

Usage: .venv/bin/python bench/route_table.py [--laborbot CMD] [--kb DIR] [--examples]
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import score_faq  # noqa: E402
from faq_dev_table import LABELLED  # noqa: E402

HERE = Path(__file__).parent


def rows_per_set(cmd: list[str], kb: str | None) -> dict[str, list[tuple[dict, dict]]]:
    sets = {name: score_faq.load(HERE / name) for name in LABELLED}
    rows = score_faq.ask_all(cmd, [i["q"] for items in sets.values() for i in items], kb)
    out, start = {}, 0
    for name, items in sets.items():
        out[name] = list(zip(items, rows[start : start + len(items)], strict=True))
        start += len(items)
    return out


def route_figures(pairs: list[tuple[dict, dict]]) -> dict:
    """Routes right, misses and false alarms of one set."""
    misses, alarms = [], []
    n_route = 0
    for item, r in pairs:
        label, got = item.get("label"), r.get("route")
        if label in score_faq.ROUTES:
            n_route += 1
            if got != score_faq.ROUTES[label]:
                misses.append(f"{label} -> {got}: {item['q']}")
        elif got in ("complaint", "progress", "human"):
            alarms.append(f"{label} -> @{got}: {item['q']}")
    res = score_faq.score([i for i, _ in pairs], [r for _, r in pairs])
    return {
        "routes": n_route,
        "route_pct": res["route_pct"],
        "false_alarms": len(alarms),
        "right": res["confident_right_pct"],
        "wrong": res["confident_wrong_pct"],
        "oos": res["oos_fallback_pct"],
        "misses": misses,
        "alarms": alarms,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--laborbot", default=str(HERE.parent / ".venv" / "bin" / "laborbot"))
    p.add_argument("--kb")
    p.add_argument("--examples", action="store_true")
    a = p.parse_args()
    print(f"{'set':<12}{'routes':>7}{'right%':>8}{'alarms':>8}{'in-right%':>10}{'in-wrong%':>10}{'OOS%':>7}")
    for name, pairs in rows_per_set(shlex.split(a.laborbot), a.kb).items():
        f = route_figures(pairs)
        print(
            f"{name.removesuffix('.yaml'):<12}{f['routes']:>7}{f['route_pct']:>8}{f['false_alarms']:>8}"
            f"{f['right']:>10}{f['wrong']:>10}{f['oos']:>7}"
        )
        if a.examples:
            for line in f["misses"] + f["alarms"]:
                print("   ", line)


if __name__ == "__main__":
    main()
