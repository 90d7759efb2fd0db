"""What a worker's text holds, read once a day per text: a story (how many case fields, a
question), a whole report of pay owed, a name and phone given, an account kept for a complaint,
a calculator's figures. The engine (bot/core/engine.py) routes a message on these checks."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from bot import clock
from bot.core import calc, told
from bot.core.extract import extract_story
from bot.core.parsers import to_simplified

# a short account that still holds a case field ("装修的活干完了钱不给，找谁？"): kept for filing
TOLD_MIN = 8
TEXT_MEMO = 4096  # texts whose story and calculator checks are remembered (workers repeat themselves)


class TextChecks:
    """The checks on one knowledge base's terms (its trades), remembered per text and day."""

    def __init__(self, knowledge: Any) -> None:
        self.knowledge = knowledge
        # (check, text, day) -> its answer, for one knowledge base (see remembered)
        self._memo: OrderedDict[tuple[str, str, Any], Any] = OrderedDict()
        self._memo_kb: Any = None

    def story(self, text: str) -> Any:
        """The story read out of the text, with the knowledge base's trades."""
        return extract_story(text, clock.today(), list(getattr(self.knowledge.current.kb, "industries", [])))

    def counts(self, text: str) -> tuple[bool, int, bool]:
        """(reads as a story, how many case fields, asks a question): one reading of the text
        serves every check."""
        return self._read(text)[:3]

    def relative(self, text: str) -> str | None:
        """Whom the worker speaks for ("母亲", "他人"), None for themselves: the same reading."""
        return self._read(text)[3]

    def _read(self, text: str) -> tuple[bool, int, bool, str | None]:
        def read(today: Any) -> tuple[bool, int, bool, str | None]:
            story = self.story(text)
            return story.is_story(), story.case_fields, story.has_question, story.relative

        return self.remembered("story", text, read)

    def reports(self, text: str) -> bool:
        """A whole account of pay owed with no question in it, in any dialect ("…九月份只发了
        一千二，后头两只号头一分铜钿也没。我叫陈凤英，电话…"): the worker came to report it."""
        simple = to_simplified(text)
        if len(text) < 20 or not told.owed(simple) or told.asks(simple):
            return False
        is_story, fields, question = self.counts(text)
        return is_story and fields >= 3 and not question

    def signs(self, text: str) -> bool:
        """The account gives the teller's name and phone ("…我叫施国栋，电话138…"): a worker
        asking to be called back, not a question an answer (the hotlines' list) settles."""

        def read(today: Any) -> bool:
            fields = self.story(text).fields
            return "worker_name" in fields and "contact_phone" in fields

        return self.remembered("signs", text, read)

    def tells_story(self, text: str) -> bool:
        """The text reads as a story."""
        return self.counts(text)[0]

    def keeps(self, text: str, simple: str) -> bool:
        """What the worker told is kept for a complaint started next: a story about pay
        (工资都没开 and three fields), or a short account of pay owed with one field."""
        if len(text) >= 20 and told.owed_words(simple) and self.tells_story(text):
            return True
        return len(text) >= TOLD_MIN and told.owed(simple) and self.tells_something(text)

    def tells_something(self, text: str) -> bool:
        """At least one case field (the trade, the amount, a place) is in the text."""
        return self.counts(text)[1] >= 1

    def calculator(self, text: str) -> str | None:
        """The calculator whose figures the text holds (None: none)."""
        return self.remembered("calc", text, lambda today: calc.wants(text, today))

    def remembered(self, check: str, text: str, compute: Callable[[Any], Any]) -> Any:
        """A check that reads the whole text (a story ~1 ms), kept per text and day (bounded):
        workers send the same texts again and again. A reloaded knowledge base starts afresh."""
        current = self.knowledge.current
        if current is not self._memo_kb:
            self._memo.clear()
            self._memo_kb = current
        today = clock.today()
        key = (check, text, today)
        if key in self._memo:
            self._memo.move_to_end(key)
            return self._memo[key]
        value = self._memo[key] = compute(today)
        if len(self._memo) > TEXT_MEMO:
            self._memo.popitem(last=False)
        return value
