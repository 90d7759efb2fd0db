"""The answer threshold of the confidence model (conf_at) and the margin, chosen from the
cross-validated confidence of held-out texts (see knowledge_base/calibrate.py)."""

from __future__ import annotations

import numpy as np

from knowledge_base.decide import Thresholds

# Held-out alternates are harder than real questions: many are long, odd or sit between two
# sibling entries. 4 % here gave 3.3 % answered wrong on bench/faq_blind2.yaml (448 questions by an
# independent author, now a development set); 2.5 %, with the temperature chosen with the routes
# (see choose), gave 2.7 % there, 0.9 % on bench/faq_blind.yaml and 5.6 % wrong subjects among
# the confident answers to bench/faq_real.yaml (9.2 % before).
# 3 %: 250 harder alternates (long stories, relatives, dialect, sibling overlaps such as 押工资 vs
# 发薪日, 怀孕被辞退 vs 孕期待遇) made the held-out alternates harder, so 2.5 % had become stricter
# than before. 3 % gave 0.9 / 1.8 / 0.6 % answered wrong on bench/faq_blind, faq_blind2, faq_blind3
# and 4.2 % wrong subjects on bench/faq_real.yaml; 3.5 % gave 1.2 / 1.8 / 0.6 % but 5.1 % there.
# Measured again on the five development sets at once (bench/faq_dev_table.py; wrong / right on
# faq_blind, faq_blind2, faq_blind3, faq_blind4; real: wrong subjects among confident answers),
# temperature 8 each time: 3 %: 0.9/77.8 1.8/78.6 0.6/76.3 1.7/77.3, mean right 77.5, OOS
# 100/100/98.0/96.3, real 4.1 %; 3.5 %: 1.2/80.1 1.8/81.5 0.6/78.9 2.0/81.1, mean right 80.4, but
# one more out-of-scope question answered on blind2 and on blind3 (五一高速免费 -> public holidays)
# and real 5.1 % (limit 5 %); 4 %: 2.3 % wrong on blind4, real 6.0 %. A stricter
# OOS_ANSWERED_AT (2 or 3 %) changed nothing (1.8 % of held-out out-of-scope examples answered).
# 2.75 % (with the calibration pooled over two fold deals, knowledge base of 30 Nov 22:45): a fresh
# set has shown about three times the wrong answers of the sets the build was tuned on (blind5: 3.6 %
# against ~1.2 %) while its right answers held, so the margin is taken on wrong. Dev table, 3 % ->
# 2.75 %: mean wrong 0.88 -> 0.68, right 80.26 -> 78.24, offered 97.76 -> 97.94 (blind5
# 2.3/81.0/95.8 -> 1.3/80.1/96.7); real1 wrong subjects 1 of 77 -> 1 of 74, real2 4 of 57 -> 2 of 51.
# 2.25 % (issue 9, after the fresh blind set of 1 Dec showed 1.4 % answered wrong, up from the set
# before, every wrong one between two sibling entries with the right one second): the confidence
# needed to answer rises from about 0.80 to 0.85. On bench/faq_blind7.yaml (not training data then)
# the shipped confidence model gave, by conf_at: 0.80 1.4 % wrong / 86.7 % right, 0.82 1.2 / 86.5,
# 0.84 0.9 / 86.2, 0.86 0.9 / 85.0, 0.88 0.9 / 83.9, 0.90 0.9 / 81.8. A learned per-pair wrong rate
# as a confidence feature (the two best entries' held-out confusion) gained 0.3-1.5 points of
# right answers in the cross-validation at equal wrong but nothing on blind7 (those siblings were
# answered wrong there at 0.83-0.98 confidence): not kept.
# 2026-12-01, later: back to 2.75 %. On the real questions the 0.85 confidence only lost answers:
# faq_real5 (not training data) confident 39.6 -> 49.1 %, wrong subject 9.5 -> 7.7 %; faq_real4
# unchanged (26.9 %, 0 wrong); faq_blind8 (not training data) wrong/right 1.1/81.5 -> 1.2/83.6;
# faq_blind7 0.9/85.6 -> 1.4/87.0. Answered wrong stays well under the 3 % target on every set.
WRONG_AT = 0.0275
OOS_ANSWERED_AT = 0.05
# conf_at sits where the held-out answered-wrong rate meets WRONG_AT, and there ~12 more wrong
# answers (of ~10,400 held-out alternates, 0.12 point) come with each 0.01 step down; any edit of
# the base shifts that count by a few (retrained folds, a refitted confidence model), so the
# threshold jumped 0.80 <-> 0.82 with each edit, moving ~20 answers across the dev sets. The
# binomial spread of ~290 wrong answers is 0.16 point: the previous conf_at and margin (the shipped
# calibration.json, same temperature) are kept while their held-out wrong rate stays at most
# HOLD_ABOVE over WRONG_AT (about one step) and at most HOLD_BELOW under it (a threshold chosen
# anew sits up to one step under the target already: on the base of 1 Dec 12:15 0.81 gave 2.64 %,
# and 20 alternates added from faq_blind7 took it to 2.58 %), and the out-of-scope limit holds;
# otherwise the best is chosen anew.
HOLD_ABOVE = 0.0015
HOLD_BELOW = 0.003
MARGINS = np.round(np.arange(0.0, 0.55, 0.025), 3)


def choose_conf_at(
    conf: np.ndarray,
    y: np.ndarray,
    is_alt: np.ndarray,
    is_oos: np.ndarray,
    diverted: np.ndarray,
    lead: np.ndarray,
    th: Thresholds,
    held: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """conf_at and margin: the most held-out alternates answered right with at most WRONG_AT
    answered wrong and OOS_ANSWERED_AT of the out-of-scope examples answered; ``held`` (the
    previous conf_at and margin) is kept while its wrong rate is within HOLD_BELOW under and
    HOLD_ABOVE over WRONG_AT."""
    n_alt = is_alt.sum()
    if held is not None:
        ans = ~diverted & (conf >= held[0]) & (lead >= held[1])
        wrong = (ans & (y == 0) & is_alt).sum() / n_alt
        oos_ans = (ans & is_oos).sum() / max(is_oos.sum(), 1)
        if -HOLD_BELOW <= wrong - WRONG_AT <= HOLD_ABOVE and oos_ans <= OOS_ANSWERED_AT:
            return held
    best = (-1.0, th.conf_at, th.margin)
    for c in np.round(np.arange(0.3, 1.0, 0.01), 3):
        for m in MARGINS:
            ans = ~diverted & (conf >= c) & (lead >= m)
            right = (ans & (y == 1) & is_alt).sum() / n_alt
            wrong = (ans & (y == 0) & is_alt).sum() / n_alt
            oos_ans = (ans & is_oos).sum() / max(is_oos.sum(), 1)
            if wrong <= WRONG_AT and oos_ans <= OOS_ANSWERED_AT and right > best[0]:
                best = (right, float(c), float(m))
    return best[1], best[2]
