"""The route parts of the calibration (knowledge_base/calibrate.py): which route classes the
matcher sets aside for a text, and the thresholds for a route request inside a long message
(one clause's probability, and the whole message's for the same route)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from knowledge_base.intents import asks_generally, asks_how
from knowledge_base.intents_where import asks_where
from knowledge_base.learned import ROUTE

CLAUSE_FALSE_AT = 0.001  # a clause routes a whole long message: stricter than ROUTE_FALSE_AT
# a route class the matcher sets aside gets this SVM score (no probability once scaled)
VETOED = -1000.0
# how much the whole message must give a clause's route (see Matcher._clause_route). The held-out
# alternates are rarely stories, so they allow almost any value; from 0.1 up: in the development
# sets' stories, clauses such as "我被人打了", "我是安徽人", "我找平台客服" (human, 0.95-0.99) came
# with at most 0.06 for that route from the whole story, the requests inside stories with 0.25 or
# more ("…我想问问能不能在你这里登个记…")
CLAUSE_WHOLE = (0.1, 0.15, 0.2)
# ... and for the same reason a floor for clause_route_at: with the whole-message condition the
# alternates allow 0.05, where story clauses such as "找不到人" (0.92), "帮我表哥问的" (0.74) and
# "让我明天别来了" (0.70) route; the requests inside stories score 0.96 and up
CLAUSE_ROUTE_AT_MIN = 0.925


def vetoed_routes(norm: str) -> list[str]:
    """The route classes the matcher sets aside for this text (Matcher.decide_normalized): complaint for a
    question about complaining ("公司欠薪怎么投诉"), progress for a general question, human for a
    question about where to go."""
    out = [ROUTE + "complaint"] if asks_how(norm) else []
    out += [ROUTE + "progress"] if asks_generally(norm) else []
    return out + ([ROUTE + "human"] if asks_where(norm) else [])


def softmax(scores: np.ndarray, t: float) -> np.ndarray:
    z = scores * t
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def lowest(ok: Callable[[float], bool], start: float = 0.05) -> float:
    for r in np.round(np.arange(start, 1.0, 0.025), 3):
        if ok(float(r)):
            return float(r)
    return 1.0


def clause_routes(
    clauses: list[np.ndarray], route_cols: np.ndarray, t: float
) -> tuple[np.ndarray, np.ndarray]:
    """Per text: the probability and column of its likeliest route clause (a clause whose top class
    is a route); column -1 when no clause is."""
    best_p, best_col = np.zeros(len(clauses)), np.full(len(clauses), -1)
    for i, c in enumerate(clauses):
        if not len(c):
            continue
        pc = softmax(c, t)
        tops = pc.argmax(axis=1)
        for k, col in enumerate(tops):
            if route_cols[col] and pc[k, col] > best_p[i]:
                best_p[i], best_col[i] = pc[k, col], col
    return best_p, best_col


def clause_thresholds(
    clauses: list[np.ndarray],
    p: np.ndarray,
    labels: list[str],
    truth: list[str],
    is_alt: np.ndarray,
    t: float,
) -> tuple[float, float]:
    """(clause_route_at, clause_whole_at): a clause of a long message routes when its route class
    is this likely and the whole message (probabilities ``p``) gives that route at least
    clause_whole_at. Each clause_whole_at gets its lowest clause_route_at with at most
    CLAUSE_FALSE_AT of the held-out alternates routed; the pair routing the most held-out route
    requests is kept (a tie: the stricter)."""
    lab, t_arr, n_alt = np.array(labels), np.array(truth), max(int(is_alt.sum()), 1)
    route_cols = np.array([x.startswith(ROUTE) for x in labels])
    clause_p, clause_col = clause_routes(clauses, route_cols, t)
    whole_p = np.where(clause_col >= 0, p[np.arange(len(p)), np.maximum(clause_col, 0)], 0.0)
    routed_right = (clause_col >= 0) & (lab[np.maximum(clause_col, 0)] == t_arr)
    best = (-1, 1.0, 0.0)
    for w in CLAUSE_WHOLE:
        r_w = lowest(
            lambda r, w=w: (
                ((clause_col >= 0) & (clause_p >= r) & (whole_p >= w) & is_alt).sum() / n_alt
                <= CLAUSE_FALSE_AT
            ),
            CLAUSE_ROUTE_AT_MIN,
        )
        gained = int((routed_right & ~is_alt & (clause_p >= r_w) & (whole_p >= w)).sum())
        if gained >= best[0]:
            best = (gained, r_w, float(w))
    return best[1], best[2]
