"""What a match returns: the route, the decision and the candidate entries with their scores."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    id: str
    score: float


@dataclass
class MatchResult:
    route: str  # faq | complaint | progress | human | fallback
    id: str | None
    score: float
    candidates: list[Candidate] = field(default_factory=list)
    decision: str = "fallback"  # answer | suggest | fallback
    normalized: str = ""
    tokens: list[str] = field(default_factory=list)
    out_of_scope: str | None = None  # the out-of-scope answer when one applies
    also: list[str] = field(default_factory=list)  # a second question's entry answered too

    def as_json(self) -> dict:
        return {
            "route": self.route,
            "id": self.id if self.route == "faq" else None,
            "decision": self.decision,
            "score": round(self.score, 4),
            "candidates": [{"id": c.id, "score": round(c.score, 4)} for c in self.candidates],
        }
