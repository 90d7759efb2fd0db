"""Tokenizers share jieba's dictionary (knowledge_base/jieba_dict.py), each on its own copy:
each keeps its own added words, and cuts as one loaded from jieba's cache file would."""

from __future__ import annotations

import jieba

from knowledge_base.jieba_dict import dictionary
from knowledge_base.tokenize import Tokenizer

TEXT = "我在蓝莓果园摘果子被拖欠了工钱"


def test_added_words_stay_with_their_tokenizer() -> None:
    first = Tokenizer(["蓝莓果园"])
    second = Tokenizer(["摘果子"])
    assert "蓝莓果园" in first.cut(TEXT) and "蓝莓果园" not in second.cut(TEXT)
    assert "摘果子" in second.cut(TEXT) and "摘果子" not in first.cut(TEXT)
    shared = dictionary()  # jieba's own, whole or by parts: no tokenizer's words go into it
    assert "蓝莓果园" not in (shared.full if shared.full is not None else shared.part("蓝"))


def test_a_copied_dictionary_cuts_like_a_freshly_loaded_one() -> None:
    Tokenizer()  # the shared dictionary exists from here on
    fresh = jieba.Tokenizer()
    fresh.initialize()
    fresh.add_word("拖欠了", freq=20000)
    copied = Tokenizer(["拖欠了"])
    texts = [TEXT, "老板拖了俩月工资了咋整", "下班路上出车祸算不算工伤", "劳动仲裁的时效是一年还是两年"]
    for text in texts:
        assert copied.cut(text) == [w for w in fresh.lcut(text, HMM=False) if w.strip()]
