"""Issue 9: classes the fresh FAQ set of 1 Dec (bench/faq_blind13.yaml) answered confidently with
a neighbour entry: a review assessment after an injury got worse (the assessment entry, not the
after-recognition one), probation counted as service (the seniority entry, not the probation
one), and an employer asking how long arbitration takes (the duration entry, not how
to apply). Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("评残一年后伤情加重了 想复查 找哪个部门", "insurance.injury_disability_assessment"),
        ("劳动能力复查鉴定怎么申请", "insurance.injury_disability_assessment"),
        ("试用期的几个月计入工龄吗", "contract.seniority_buyout"),
        (
            "前员工把我们工厂告上仲裁委 作为单位 这个案子从头到尾一般要耗多久",
            "dispute.arbitration_duration",
        ),
    ],
)
def test_a_fresh_class_question_reaches_its_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route == "faq" and r.decision == "answer" and r.id == entry, r.as_json()


def test_an_employer_asking_how_long_arbitration_takes_is_not_told_how_to_apply(matcher: Matcher) -> None:
    r = matcher.match("员工告公司仲裁 公司这边整个流程要走多久")
    assert not (r.decision == "answer" and r.id == "dispute.arbitration_apply"), r.as_json()
    assert "dispute.arbitration_duration" in [c["id"] for c in r.as_json()["candidates"]], r.as_json()


def test_an_injury_recognition_called_a_certification_is_not_answered_as_how_to_apply(
    matcher: Matcher,
) -> None:
    """认证 is a common slip for 认定 (synonyms.yaml): the certificate asked after is the decision."""
    r = matcher.match("工伤认证是厂里去办的 认证书我本人能要一份吗")
    assert not (r.decision == "answer" and r.id == "insurance.work_injury"), r.as_json()
    assert "insurance.injury_after_recognition" in [c["id"] for c in r.as_json()["candidates"]], r.as_json()
