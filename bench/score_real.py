"""Score real questions people asked online (bench/faq_real.yaml) through `laborbot faq ask --json --batch`.

Each question carries `topics`: the catalog topics whose answer is on the right subject, labelled
from the topic catalogs by someone who never saw the bot. Prints the share answered confidently,
the share of those confident answers on a wrong subject, and the right topic offered.

Usage: .venv/bin/python bench/score_real.py bench/faq_real.yaml [--laborbot CMD] [--exclude-site S]
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from score_faq import BUTTONS, ask_all, load, report


def score(items: list[dict], rows: list[dict]) -> dict:
    confident = wrong = offered = routed = 0
    with_topic = sum(1 for i in items if i["topics"])
    wrong_examples: list[str] = []
    for item, r in zip(items, rows, strict=True):
        answered = (
            r.get("decision", "answer" if r.get("id") else "fallback") == "answer" and r.get("route") == "faq"
        )
        routed += r.get("route") not in ("faq", "fallback")
        if answered:
            confident += 1
            if r.get("id") not in item["topics"]:
                wrong += 1
                wrong_examples.append(f"{item['q'][:60]} -> {r.get('id')} (fits {item['topics']})")
        shown = [c["id"] for c in r.get("candidates", [])[:BUTTONS]]
        offered += bool(set(item["topics"]) & set(shown))
    pct = lambda a, b: round(100.0 * a / b, 1) if b else None  # noqa: E731
    return {
        "questions": len(items),
        "wrong_subject_pct_of_confident": pct(wrong, confident),
        "confident_pct": pct(confident, len(items)),
        "offered_pct_of_fitting": pct(offered, with_topic),
        "sent_to_a_route": routed,
        "wrong_examples": wrong_examples,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("set", type=Path)
    p.add_argument("--laborbot", default="laborbot")
    p.add_argument("--exclude-site", help="leave out questions whose source contains this text")
    p.add_argument("--examples", action="store_true")
    a = p.parse_args()
    items = load(a.set)
    if a.exclude_site:
        items = [i for i in items if a.exclude_site not in (i.get("source") or "")]
    report(score(items, ask_all(shlex.split(a.laborbot), [i["q"] for i in items], None)), a.examples)


if __name__ == "__main__":
    main()
