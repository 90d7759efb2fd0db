"""Words addressed to the reader of a question ("律师您好", "请问律师", "请各位律师帮忙回答下").

Real questions are often written as to a lawyer or an editor. The word 律师 said to the reader is
no subject, but the classifier reads it as one: the entries on lawyers' fees and legal aid are
trained on it. The matcher reads a message without these words (knowledge_base/matcher.py); a
lawyer spoken of (请不起律师, 律师说, 律师费) is kept."""

from __future__ import annotations

import re

_GREETING = r"(?:你好|您好|好)"
_READERS = r"(?:尊敬的)?(?:各位)?(?:律师|编辑|专家)(?:们)?"
_ADDRESS = re.compile(
    # 律师你好 / 律师，您好 / 尊敬的各位律师：
    rf"{_READERS}[,，!！\s]*{_GREETING}[!！,，:：。\s]*"
    # 你好律师 / 您好，律师：
    rf"|{_GREETING}[,，!！\s]*{_READERS}[!！,，:：。\s]*"
    # 请各位律师帮忙回答下 / 请律师帮我解答一下
    r"|请(?:各位)?律师(?:们)?帮(?:忙|我)?(?:回答|解答|看看|分析)(?:一下|下)?"
    # 请问律师帮助 / 求律师帮助: a plea to the reader, no question about help
    r"|(?<=请问)(?:各位)?律师(?:们)?(?:帮助|帮帮忙|帮忙)|求(?:各位)?律师(?:们)?(?:帮助|帮帮忙|帮忙)"
    # a reader named at the start: "律师：…"
    rf"|^{_READERS}[,，:：]\s*"
)
# 请问律师 / 请教律师 / 想问一下律师: the asking stays, the reader goes (not 律师费, 律师说)
_ASK_READER = re.compile(r"(请问|请教|问问|想问一下|想问|问一下)(?:各位)?律师(?:们)?(?![费说])[,，:：]?")


def strip_address(text: str) -> str:
    """``text`` without the words it addresses to its reader; the text itself when nothing is left."""
    out = _ASK_READER.sub(r"\1", _ADDRESS.sub("", text))
    return out if out.strip() else text
