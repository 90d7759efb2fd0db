"""Would a separate answer threshold for long messages be chosen from the knowledge base's own
cross-validation? (issue 9, realconf2). Runs the calibration's cross-validation once (as
knowledge_base/calibrate.py does, ~2-4 min) and prints, per length class of the held-out texts,
the answered right / wrong alternates and out-of-scope examples answered at several confidences,
and the lowest confidence keeping that class's wrong answers within WRONG_AT of its alternates
(and its out-of-scope examples answered within OOS_ANSWERED_AT): the threshold a per-length
calibration would choose.

Usage: .venv/bin/python bench/length_cv.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import knowledge_base.calibrate as cal  # noqa: E402
from knowledge_base.calibrate_conf import OOS_ANSWERED_AT, WRONG_AT  # noqa: E402
from knowledge_base.decide import load_thresholds  # noqa: E402
from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402

CLASSES = (
    (0, 20),
    (20, 40),
    (40, 60),
    (60, 80),
    (80, 100),
    (100, 10_000),
    (40, 10_000),
    (60, 10_000),
    (80, 10_000),
)
SHOWN = (0.79, 0.7, 0.6, 0.5)


def main() -> None:
    m = Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))
    h = cal.held_out_scores(m)
    th = load_thresholds()
    seen: dict[str, np.ndarray] = {}
    choose = cal.choose_conf_at

    def spy(conf, y, is_alt, is_oos, diverted, lead, th_, held=None):  # type: ignore[no-untyped-def]
        seen.update(conf=conf, y=y, alt=is_alt, oos=is_oos, diverted=diverted)
        return choose(conf, y, is_alt, is_oos, diverted, lead, th_, held)

    cal.choose_conf_at = spy
    cal._confidence(h, th, (th.conf_at, th.margin))
    length = np.array(h.lengths)
    conf, y, alt, oos, dv = (seen[k] for k in ("conf", "y", "alt", "oos", "diverted"))
    print(f"shipped conf_at {th.conf_at}; WRONG_AT {WRONG_AT:.2%} of a class's held-out alternates")
    for lo, hi in CLASSES:
        s = (length >= lo) & (length < hi)
        n_alt, n_oos = int((s & alt).sum()), int((s & oos).sum())
        cells = []
        for c in SHOWN:
            ans = s & ~dv & (conf >= c)
            right, wrong = int((ans & alt & (y == 1)).sum()), int((ans & alt & (y == 0)).sum())
            cells.append(f"{c}: {right}/{wrong}/{int((ans & oos).sum())}")
        chosen = next(
            (
                float(c)
                for c in np.round(np.arange(0.3, 1.0, 0.01), 2)
                if ((s & ~dv & (conf >= c) & alt & (y == 0)).sum() <= WRONG_AT * n_alt)
                and ((s & ~dv & (conf >= c) & oos).sum() <= OOS_ANSWERED_AT * max(n_oos, 1))
            ),
            None,
        )
        print(f"[{lo},{hi}) {n_alt} alternates {n_oos} oos; right/wrong/oos answered at " + "  ".join(cells))
        print(f"    per-length conf_at: {chosen}")


if __name__ == "__main__":
    main()
