"""Routes by class (issue 9), one table per round, each of our own wordings and none in a dev set or
another route set:
- tests/data/routes_classes.yaml: requests of the classes a fresh blind set missed (English beside
  Chinese, handing the matter over, dialect follow-ups, call-backs, stories) and look-alike questions
  that must stay answers;
- tests/data/routes_classes4.yaml: requests the blind FAQ sets 12-19 still missed (a complaint made
  then checked, a wish said now or here then how to fill it in, a person asked for indirectly) and
  questions that name a complaint but ask for no route (privacy, a complaint against the asker, a
  case at arbitration or a court, the ways compared, what the service does);
- tests/data/routes_how_to_file.yaml: the boundaries faq_blind11 missed (see
  tests/test_route_how_to_file.py for the engine's side of them);
- tests/data/routes_classes5.yaml: the classes faq_blind15-20 still missed or sent to a route (申报 as a
  filing verb, whether one may file here asked, a time word before 把…报上去, one's own complaint and
  how much longer) and questions that must stay answers (how long a complaint takes in general,
  多少天 / after the act; the commands asked; how to complain in Cantonese; another filing here)."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher
from tests.route_sets import found_elsewhere, load_table

# table file -> (fewest requests per route, fewest questions)
TABLES = {
    "routes_classes.yaml": (40, 60),
    "routes_classes4.yaml": (2, 15),
    "routes_how_to_file.yaml": (1, 10),
    "routes_classes5.yaml": (6, 15),
}
LOADED = {name: load_table(name) for name in TABLES}
REQUESTS = [(name, q, route) for name, (reqs, _) in LOADED.items() for q, route in reqs]
QUESTIONS = [(name, q) for name, (_, qs) in LOADED.items() for q in qs]


@pytest.mark.parametrize("name", list(TABLES))
def test_each_table_is_new_and_large_enough(name: str) -> None:
    requests, questions = LOADED[name]
    per_route, fewest_questions = TABLES[name]
    routes = [route for _, route in requests]
    assert min(routes.count(r) for r in set(routes)) >= per_route
    assert len(questions) >= fewest_questions
    mine = [q for q, _ in requests] + questions
    assert len(set(mine)) == len(mine)
    assert not found_elsewhere(mine, name)


def test_the_first_two_tables_cover_every_route() -> None:
    for name in ("routes_classes.yaml", "routes_classes4.yaml"):
        assert {route for _, route in LOADED[name][0]} == {"complaint", "progress", "human"}


@pytest.mark.parametrize(("table", "question", "route"), REQUESTS)
def test_request_routes(matcher: Matcher, table: str, question: str, route: str) -> None:
    result = matcher.match(question)
    assert result.route == route, (table, result.as_json())


@pytest.mark.parametrize(("table", "question"), QUESTIONS)
def test_question_is_not_routed(matcher: Matcher, table: str, question: str) -> None:
    result = matcher.match(question)
    assert result.route in ("faq", "fallback"), (table, result.as_json())
