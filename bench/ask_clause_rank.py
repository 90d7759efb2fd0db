"""Does reading the asking part of a long message on its own rank the entries better (issue 9)?

A long real question is a story and then its question, often in the last clause (…这样合法吗,
…能要赔偿吗, …该怎么办). This splits each message into comma clauses, takes the ones that ask
(吗 / 呢 / 怎么 / 是否 / 合法 / 算不算 / 能不能 / 多少 / ？ …) and scores them with the same model:

* top-1: the share of questions whose best entry fits (real sets: one of ``topics``; labelled sets:
  ``label``), for the whole message, the asking part alone, and mixes of the two probabilities
  (1 - w) p(whole) + w p(asking part) for messages of at least LONG_AT characters;
* how often the whole and the asking part alone are right where the other is wrong;
* ``--decide``: the matcher's decisions with the mix in place of the whole message's scores
  (real sets: confident and wrong subject among confident; labelled sets: wrong, right).

Usage: .venv/bin/python bench/ask_clause_rank.py [SET.yaml ...] [--decide] [--model-cache DIR]
(default sets: bench/faq_real4.yaml .. faq_real10.yaml)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import score_faq  # noqa: E402
import score_real  # noqa: E402

from knowledge_base.learned import is_entry  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.model_cache import ModelCache  # noqa: E402

ASKS = re.compile(
    r"吗|嘛|么|呢|怎么|咋|如何|怎样|啥|什么|哪|多少|几|是否|能否|可否|可不可以|能不能|会不会|要不要|算不算"
    r"|有没有|该不该|是不是|行不行|违法|合法|犯法|合理|请问|想问|问一下|[?？]"
)
CLAUSES = re.compile(r"[\s,，。.!！?？;；、~～…]+")
LONG_AT = 30  # normalised characters: shorter messages are read whole
PART_MIN = 6  # an asking part shorter than this (怎么办) says nothing of the subject
WEIGHTS = (0.2, 0.35, 0.5)


def asking_part(text: str, last_only: bool) -> str | None:
    """The last asking clause (or all of them) of a message of at least two clauses."""
    parts = [c for c in CLAUSES.split(text) if c.strip()]
    asking = [c for c in parts if ASKS.search(c)]
    if len(parts) < 2 or not asking:
        return None
    return asking[-1] if last_only else "，".join(asking)


class Reader:
    def __init__(self, m: Matcher) -> None:
        assert m.model is not None
        self.m, self.model = m, m.model
        self.entries = np.array([is_entry(label) for label in self.model.labels])
        self._seen: dict[str, np.ndarray] = {}

    def probs(self, text: str) -> np.ndarray:
        if text not in self._seen:
            norm = self.m.normalizer.normalize(text)
            words = [t[2:] for t in self.m.tokenizer.terms(norm) if t.startswith("w:")]
            z = self.model.score(norm, words) * self.model.temperature
            p = np.exp(z - z.max())
            self._seen[text] = p / p.sum()
        return self._seen[text]

    def part(self, text: str, last_only: bool) -> str | None:
        """The asking part read on its own, when the message is long and the part says enough."""
        norm = self.m.normalizer.normalize(text)
        part = asking_part(text, last_only) if len(norm) >= LONG_AT else None
        if part is None or len(self.m.normalizer.normalize(part)) < PART_MIN:
            return None
        return part if self.m.normalizer.normalize(part) != norm else None

    def best(self, p: np.ndarray) -> str:
        return self.model.labels[int(np.where(self.entries, p, -1.0).argmax())]


def fits(item: dict) -> list[str]:
    label = item.get("label")
    return item.get("topics") or ([label] if label and not str(label).startswith("@") else [])


def ranking(r: Reader, sets: dict[str, list[dict]]) -> None:
    readings: dict[str, Callable[[str], np.ndarray]] = {"whole": r.probs}
    for last_only in (True, False):
        name = "last asking clause" if last_only else "all asking clauses"

        def alone(q: str, last_only: bool = last_only) -> np.ndarray:
            part = r.part(q, last_only)
            return r.probs(part) if part else r.probs(q)

        readings[f"{name} alone"] = alone
        for w in WEIGHTS:

            def mixed(q: str, w: float = w, last_only: bool = last_only) -> np.ndarray:
                part = r.part(q, last_only)
                return (1 - w) * r.probs(q) + w * r.probs(part) if part else r.probs(q)

            readings[f"{name} mix w={w}"] = mixed
    print(f"{'top-1 (best entry fits), %':34s} pooled  " + " ".join(f"{Path(s).stem[4:]:>7s}" for s in sets))
    for name, read in readings.items():
        per = [
            (sum(r.best(read(i["q"])) in fits(i) for i in items if fits(i)), sum(1 for i in items if fits(i)))
            for items in sets.values()
        ]
        pooled = 100 * sum(a for a, _ in per) / max(1, sum(b for _, b in per))
        print(f"{name:34s} {pooled:6.1f}  " + " ".join(f"{100 * a / max(1, b):7.1f}" for a, b in per))
    both: Counter[str] = Counter()
    for items in sets.values():
        for i in (i for i in items if fits(i)):
            part = r.part(i["q"], last_only=False)
            if part is None:
                both["no asking part read"] += 1
                continue
            w_ok, a_ok = r.best(r.probs(i["q"])) in fits(i), r.best(r.probs(part)) in fits(i)
            both[f"whole {'right' if w_ok else 'wrong'}, asking part {'right' if a_ok else 'wrong'}"] += 1
    for k, n in sorted(both.items()):
        print(f"  {k:40s} {n:5d}")


def decisions(r: Reader, sets: dict[str, list[dict]], w: float) -> None:
    """The matcher's decisions with the whole message's scores mixed with its asking part's."""
    model, plain = r.model, r.model.rank_scored
    mixing: dict[str, str] = {}

    def rank_scored(text: str, words: list[str] | None = None) -> list[tuple[str, float, float]]:
        ranked = plain(text, words)
        if w == 0 or text not in mixing:
            return ranked
        other = {label: (p, s) for label, p, s in plain(mixing[text])}
        out = [(lb, (1 - w) * p + w * other[lb][0], (1 - w) * s + w * other[lb][1]) for lb, p, s in ranked]
        return sorted(out, key=lambda x: -x[1])

    model.rank_scored = rank_scored  # type: ignore[method-assign]
    try:
        line = []
        for name, items in sets.items():
            rows = []
            for i in items:
                mixing.clear()
                part = r.part(i["q"], last_only=True)
                if part:
                    mixing[r.m.normalizer.normalize(i["q"])] = r.m.normalizer.normalize(part)
                rows.append(r.m.match(i["q"]).as_json())
            if "topics" in items[0]:
                s = score_real.score(items, rows)
                line.append(
                    f"{Path(name).stem[4:]} {s['confident_pct']}/{s['wrong_subject_pct_of_confident']}"
                )
            else:
                s = score_faq.score(items, rows)
                line.append(f"{Path(name).stem[4:]} {s['confident_wrong_pct']}/{s['confident_right_pct']}")
        print(f"w={w}: " + "  ".join(line))
    finally:
        model.rank_scored = plain  # type: ignore[method-assign]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sets", type=Path, nargs="*")
    p.add_argument("--decide", action="store_true", help="also the decisions (confident / wrong)")
    p.add_argument("--model-cache", type=Path, help="a folder to keep the trained model in")
    a = p.parse_args()
    paths = a.sets or [REPO / "bench" / f"faq_real{n}.yaml" for n in range(4, 11)]
    sets = {str(s): yaml.safe_load(s.read_text(encoding="utf-8"))["questions"] for s in paths}
    r = Reader(
        Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"), models=ModelCache(a.model_cache))
    )
    ranking(r, sets)
    if a.decide:
        print("decisions (real: confident % / wrong subject % of confident; labelled: wrong % / right %)")
        for w in (0.0, *WEIGHTS[:2]):
            decisions(r, sets, w)


if __name__ == "__main__":
    main()
