"""An out-of-scope answer is said once: the prefix "这个问题不在本中心的服务范围内。" is left out when
the topic's own answer already says the question is out of the centre's scope (it was printed
twice for the general topic)."""

from __future__ import annotations

from pathlib import Path

from bot.core import texts
from bot.core.faq_replies import faq_reply, out_of_scope_text
from knowledge_base.service import KnowledgeService

KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "data"


def test_an_answer_that_says_so_is_not_prefixed() -> None:
    answer = "这个问题不在本中心的服务范围内。本助手只解答劳动就业方面的问题。"
    assert out_of_scope_text(answer) == answer
    assert out_of_scope_text("装修纠纷不在本中心服务范围内，请拨打 12345。").count("不在本中心") == 1


def test_an_answer_that_does_not_say_so_gets_the_prefix() -> None:
    answer = "个人所得税和退税问题请咨询税务部门。"
    assert out_of_scope_text(answer) == texts.OUT_OF_SCOPE_PREFIX + answer


def test_the_shipped_base_never_says_it_twice() -> None:
    service = KnowledgeService(KB, recalibrate=False)
    kb = service.current.kb
    said = 0
    for topic in kb.out_of_scope:
        text = out_of_scope_text(topic.answer)
        assert text.count(texts.OUT_OF_SCOPE_SAID) <= 1, topic.topic
        said += texts.OUT_OF_SCOPE_SAID in topic.answer
    assert said >= 2  # the shipped base has answers that say it themselves
    result = service.match("明天天气怎么样")
    assert result.out_of_scope
    (reply,) = faq_reply(kb, result)
    assert reply.text.count(texts.OUT_OF_SCOPE_SAID) == 1
