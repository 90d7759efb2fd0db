"""A registered name that opens with a county whose first character is also a talk word
(都匀市, 都江堰市, 都昌县; 在线 in a firm's name) keeps that character."""

from __future__ import annotations

import pytest

from bot.core.extract.employer_answer import registered_in


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("都江堰市青城劳务派遣有限公司", "都江堰市青城劳务派遣有限公司"),
        ("营业执照上写的是都昌县湖畔水产品加工有限公司", "都昌县湖畔水产品加工有限公司"),
        ("全名叫都匀市南沙洲保洁服务有限公司", "都匀市南沙洲保洁服务有限公司"),
        ("在线优学教育科技有限公司", "在线优学教育科技有限公司"),
    ],
)
def test_a_county_or_word_opening_the_name_is_kept(answer: str, name: str) -> None:
    assert registered_in(answer) == name


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("我们都是跟宜宾市长江路桥工程有限公司干的", "宜宾市长江路桥工程有限公司"),
        ("他在南宁市绿城保安服务有限公司上班", "南宁市绿城保安服务有限公司"),
    ],
)
def test_talk_before_a_name_is_still_dropped(answer: str, name: str) -> None:
    assert registered_in(answer) == name
