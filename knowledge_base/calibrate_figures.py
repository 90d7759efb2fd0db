"""The cross-validation's figures for chosen thresholds (calibration.json "cross_validation")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from knowledge_base.calibrate_routes import softmax
from knowledge_base.decide import Siblings, Thresholds, decide
from knowledge_base.learned import OOS, ROUTE, is_entry

if TYPE_CHECKING:
    from knowledge_base.calibrate import HeldOut


def held_out_figures(h: HeldOut, th: Thresholds, conf: np.ndarray, siblings: Siblings = frozenset()) -> dict:
    """How the thresholds do on the held-out texts: answered right and wrong, offered, out of scope
    turned away and routes taken, as decide() would decide with them."""
    truth, labels, scores, labour = h.truth, h.labels, h.scores, h.labour
    p = softmax(scores, th.temperature)
    n = {"alt": 0, "oos": 0, "route": 0}
    c = {"right": 0, "wrong": 0, "offered": 0, "oos_ok": 0, "route_ok": 0}
    for i, want in enumerate(truth):
        ranked = sorted(zip(labels, p[i].tolist(), strict=True), key=lambda x: -x[1])
        d = decide(ranked, th, labour[i], float(conf[i]), siblings)
        if is_entry(want):
            n["alt"] += 1
            c["right"] += d.decision == "answer" and d.entry == want
            c["wrong"] += (d.decision == "answer" and d.entry != want) or d.route not in ("faq", "fallback")
            c["offered"] += (d.decision == "answer" and d.entry == want) or (
                d.route == "fallback" and want in [e for e, _ in d.candidates]
            )
        elif want.startswith(OOS):
            n["oos"] += 1
            c["oos_ok"] += d.route == "fallback" and d.decision != "answer"
        else:
            n["route"] += 1
            c["route_ok"] += d.route == want[len(ROUTE) :]
    return {
        "held_out_alternates": n["alt"],
        "held_out_out_of_scope": n["oos"],
        "held_out_route_requests": n["route"],
        "confident_right": round(c["right"] / n["alt"], 4),
        "confident_wrong": round(c["wrong"] / n["alt"], 4),
        "right_offered": round(c["offered"] / n["alt"], 4),
        "out_of_scope_fallback": round(c["oos_ok"] / max(n["oos"], 1), 4),
        "route_accuracy": round(c["route_ok"] / max(n["route"], 1), 4),
    }
