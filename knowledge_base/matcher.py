"""FAQ matching: a linear classifier trained at load on the knowledge base's own texts ranks the
entries, the out-of-scope topics and the routes (knowledge_base/learned.py); thresholds chosen
by cross-validation decide (knowledge_base/decide.py); keyword rules are a backstop for routes
(knowledge_base/intents.py). The inverted index (knowledge_base/index.py) retrieves candidates
and, on a base too large to train on at load, ranks alone."""

from __future__ import annotations

import copy
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from knowledge_base.address import strip_address
from knowledge_base.asked import index_alternates
from knowledge_base.candidates import Candidate, MatchResult
from knowledge_base.clause_routes import clause_route, clauses
from knowledge_base.decide import (
    Confidence,
    Decision,
    Siblings,
    Thresholds,
    answer_features,
    decide,
    load_confidence,
    load_siblings,
    load_thresholds,
    others_of,
)
from knowledge_base.index import SUGGEST_AT
from knowledge_base.intents import (
    about_this_service,
    asks_generally,
    asks_how,
    detect_intent,
    no_route_asked,
    where_to_complain,
)
from knowledge_base.intents_file import HOW_TO_COMPLAIN, cancels_unfinished
from knowledge_base.intents_general import complained_before
from knowledge_base.intents_progress import gives_case_number
from knowledge_base.intents_where import asks_where
from knowledge_base.learned import MAX_CLASSES, OOS, ROUTE, TextModel, examples, is_entry
from knowledge_base.model import KnowledgeBase
from knowledge_base.model_cache import ModelCache
from knowledge_base.normalize import Normalizer
from knowledge_base.oos_subject import SUBJECT_MIN, subject_out_of_scope, subject_read_out_of_scope
from knowledge_base.pinyin import PinyinReader
from knowledge_base.subjects import (
    harmed_outside_work,
    may_be_wage,
    not_a_labour_matter,
    off_duty,
    office_topic,
    other_office_subject,
    out_of_scope_topic,
    request_subject,
    speaks_of_a_case,
    weak_wage_only,
    word_runs,
)
from knowledge_base.tokenize import Tokenizer
from knowledge_base.two_questions import two_questions

__all__ = ["Candidate", "MatchResult", "Matcher"]

# The index vetoes an answer it would not even suggest (an entry sharing no topic word with the
# question). Its score is a blend of word coverage and similarity, which a long story dilutes: a
# 50-character account of a fall on a building site scores 0.2-0.3 against the work-injury entry
# the model is sure of. From LONG_AT normalised characters on, the veto needs the lower score;
# on the development sets this answers 2-3 % more real questions with no more wrong answers.
LONG_AT = 30
LONG_SUGGEST_AT = 0.2
# Workers a customer meets: when they are a question's only labour words and the model is this
# sure the question is out of scope ("网约车司机绕路多收钱 怎么投诉"), it is turned away.
_SERVED_BY = ("外卖骑手", "快递员", "网约车司机", "服务员", "保安", "司机")
SERVED_OOS_AT = 0.9
# A keyword rule reads "我九月份在这里投诉包工头欠钱 … 是结了还是还在办" as a complaint; a complaint told
# as made at a past time, which the model reads as a progress request this surely, follows it
PROGRESS_OVER_RULE_AT = 0.8
# A labour question the model reads as a labour matter this service has no answer for (see
# _uncovered_labour) this clearly gets that topic's answer instead of "did you mean"; only the text
# shown changes: no entry is answered or withheld by it.
UNCOVERED_AT = 0.5
# Words that make a question a labour question whatever else it mentions ("炎热天气" in a
# question about the high-temperature allowance): it is never turned away as out of scope.
_LABOUR = (
    "工资 欠薪 加班 社保 工伤 劳动合同 合同 辞退 辞职 仲裁 补偿 赔偿 高温 津贴 补贴 试用期 年假 病假 产假 "
    "老板 公司 单位 工地 厂里 上班 工作 包工头 用人单位 劳动 劳务 派遣 骑手 外卖骑手 快递员 工时 考勤 离职"
).split()


class Matcher:
    def __init__(
        self,
        kb: KnowledgeBase,
        tokenizer: Tokenizer | None = None,
        thresholds: Thresholds | None = None,
        confidence: Confidence | None = None,
        models: ModelCache | None = None,
        quick: bool = False,
        siblings: Siblings | None = None,
    ) -> None:
        """``models``: where a model and index built on the same texts are reused from.
        ``quick``: a model brought up to date from the last one may serve (``provisional``; see
        knowledge_base/incremental.py) until ``with_model`` gives the fully trained one."""
        started = time.perf_counter()
        self.kb = kb
        self.normalizer = Normalizer.shared(kb.synonyms)
        words = list(kb.userdict)
        for e in kb.entries.values():
            words.extend(self.normalizer.normalize(k) for k in e.keywords)
        self.tokenizer = tokenizer or Tokenizer(words)
        self.thresholds = thresholds or load_thresholds()
        self.confidence = confidence or load_confidence()
        self.siblings = load_siblings() if siblings is None else siblings
        classes = len(kb.entries) + len(kb.out_of_scope) + len(kb.routes)
        self.model: TextModel | None = None
        train = examples(kb, self.normalizer.normalize)[0] if classes <= MAX_CLASSES else []
        # the model trains in a second thread; this one builds the index once the model's
        # features are counted: the SVM (most of the training) releases the GIL, so on two cores
        # the index costs no time (built beside the counting, both would wait for the GIL)
        models = models or ModelCache()
        with ThreadPoolExecutor(1, thread_name_prefix="kb-model") as pool:
            trains = len({x.label for x in train}) >= 2
            featured = threading.Event()
            model = (
                pool.submit(models.model, train, self.tokenizer, self.thresholds.temperature, featured, quick)
                if trains
                else None
            )
            if model is not None:
                featured.wait()
            self._build_rules(kb, models)
            self.model = model.result() if model is not None else None
        # the examples a provisional model's full training is to learn from
        self.train = train if self.provisional else []
        # a message in toneless pinyin is read into the model's words (built on first use)
        self.pinyin = PinyinReader(self.model.word_weights if self.model is not None else dict)
        self.build_seconds = time.perf_counter() - started

    @property
    def provisional(self) -> bool:
        return self.model is not None and self.model.provisional

    def with_model(self, model: TextModel) -> Matcher:
        """This matcher with another model trained on the same examples (the full training of a
        provisional one), at this matcher's temperature."""
        out = copy.copy(self)
        out.model = copy.copy(model)
        out.model.temperature = self.thresholds.temperature
        out.train = []
        out.pinyin = PinyinReader(model.word_weights)
        return out

    def _build_rules(self, kb: KnowledgeBase, models: ModelCache) -> None:
        """The inverted index and the word lists of the keyword rules."""
        extra = index_alternates(kb.asked)
        indexed = (
            kb
            if not extra
            else replace(
                kb,
                entries={
                    i: replace(e, alternates=e.alternates + extra.get(i, [])) for i, e in kb.entries.items()
                },
            )
        )
        self.index = models.index(indexed, self.normalizer, self.tokenizer)
        self.labour: set[str] = set()
        # keywords are compared with the normalised question's words, so they are normalised too
        # (traditional characters, case, a synonym: "个税APP" is found in "个税app")
        self.oos_keywords = [
            [w for w in map(self.normalizer.normalize, t.keywords) if w] for t in kb.out_of_scope
        ]
        oos_words = {k for words in self.oos_keywords for k in words}
        for e in kb.entries.values():
            self.labour.update(w for w in (self.normalizer.normalize(k) for k in e.keywords) if len(w) > 1)
        self.labour -= oos_words
        # an entry keyword an out-of-scope example uses as a word ("报警" in "被人偷了东西怎么报警")
        # is no strong labour word: it does not keep a gambling debt from being turned away
        for topic in kb.out_of_scope:
            for example in topic.examples:
                self.labour -= word_runs(self.tokenizer.cut(self.normalizer.normalize(example)))
        self.core_labour = [w for w in _LABOUR if w not in oos_words]

    def is_labour(self, norm: str, runs: set[str] | None = None) -> bool:
        """Strong labour words: the built-in list anywhere, the entries' keywords as words (not
        in an account of free time)."""
        if runs is None:
            runs = word_runs(self.tokenizer.cut(norm))
        if any(w in norm for w in self.core_labour):
            return True
        # "晚上下班后去吃宵夜被车撞了": an entry's keyword (下班后) in an account of free time
        return not off_duty(norm) and not runs.isdisjoint(self.labour)

    def only_workers_named(self, norm: str, runs: set[str]) -> bool:
        """The only labour words are a worker a customer meets ("外卖送晚了能投诉骑手吗")."""
        found = {w for w in self.core_labour if w in norm} | (runs & self.labour)
        return bool(found) and all(any(w in n for n in _SERVED_BY) for w in found)

    # ------------------------------------------------------------------
    def match(self, text: str | None) -> MatchResult:
        # English route words ("I want a human") are kept as they are: read as pinyin they
        # would become other words (完他护满)
        if detect_intent(self.normalizer.normalize(text or "")) is None:
            text = self.pinyin.read(text or "")
        # "律师您好", "请问律师…": the reader addressed is no subject (knowledge_base/address.py)
        text = strip_address(text or "")
        norm = self.normalizer.normalize(text)
        if not norm:
            return MatchResult(route="fallback", id=None, score=0.0, normalized=norm)
        cut = self.tokenizer.cut(norm)
        terms = self.tokenizer.terms(norm, cut)
        runs = word_runs(cut)
        # harm done outside any work relation ("车祸评了伤残 对方保险公司赔哪些"): its 赔偿 or
        # 保险公司 are no labour words, so the out-of-scope classes may turn it away
        labour = self.is_labour(norm, runs) and not harmed_outside_work(norm)
        if labour and self.model is not None and self.only_workers_named(norm, runs):
            # a customer's complaint about a rider or a driver: the worker's name alone does not
            # keep a question the model is sure is out of scope
            top, p = self.model.rank(norm)[0]
            labour = not (top.startswith(OOS) and p >= SERVED_OOS_AT)
        intent = detect_intent(norm)
        if self.model is None:
            return self._index_only(norm, terms, runs, labour, intent)
        d = self.decide_normalized(norm, terms, labour, routes=not asks_how(norm))
        # the keyword rules are precise where they fire: they win over the model's route choice;
        # a message the model turned away as out of scope ("网约车绕路 怎么投诉") is not routed
        # by one of its clauses
        if (
            intent is None
            and d.route in ("faq", "fallback")
            and d.oos_topic is None
            and not no_route_asked(norm)
            and not cancels_unfinished(norm)
        ):
            intent = clause_route(
                self, text or "", how_to_complain=d.top != ROUTE + "complaint" or about_this_service(norm)
            )
        if (
            intent == "complaint"
            and d.top == ROUTE + "progress"
            and d.top_p >= PROGRESS_OVER_RULE_AT
            and complained_before(norm)
        ):
            intent = "progress"
        if intent is not None:
            d = Decision(intent, "fallback", None, d.score, d.candidates)
        elif (d.route == "faq" and ((not labour and off_duty(norm)) or not_a_labour_matter(norm))) or (
            # tax, a pension's size, a retiree's medical insurance the model was unsure of: where
            # to ask rather than a bare fallback (knowledge_base/subjects.other_office_subject)
            d.route == "fallback" and d.oos_topic is None and other_office_subject(norm)
        ):
            # "下班以后去唱歌 出来被车撞了": an accident in free time is no work injury, however
            # sure the model is of the injury entries; nor is a plan for a holiday, a purchase or a
            # debt between businesses a labour question: the likeliest out-of-scope topic says where to go
            oos = [label for label, _ in self.model.rank(norm, [t[2:] for t in terms if t.startswith("w:")])]
            topic = next((int(x[len(OOS) :]) for x in oos if x.startswith(OOS)), None)
            office = office_topic(norm, [t.keywords for t in self.kb.out_of_scope])
            d = Decision(
                "fallback",
                "fallback",
                None,
                d.score,
                d.candidates,
                oos_topic=topic if office is None else office,
            )
        if intent is None and d.route == "progress" and not speaks_of_a_case(norm):
            # "你吃饭了没": the model's progress route on chit-chat naming no case, work or pay
            d = Decision("fallback", "fallback", None, d.score, d.candidates)
        if d.route in ("complaint", "progress") and not may_be_wage(norm) and not gives_case_number(norm):
            # "我要投诉商家卖假货", "12345反映的小区噪音 进度": a complaint, but not one this
            # service files or follows
            topic = subject_out_of_scope(self, norm, runs, d.route)
            if topic is not None:
                d = Decision("fallback", "fallback", None, d.score, d.candidates, oos_topic=topic)
        elif d.route == "complaint" and weak_wage_only(norm):
            # "燃气公司乱收费 我要投诉", "被人骗了三万块钱 我要报案": 公司 / 钱 alone make no wage
            # complaint when the model reads what it is about as an out-of-scope topic
            topic = subject_read_out_of_scope(self, norm, text or "")
            if topic is not None:
                d = Decision("fallback", "fallback", None, d.score, d.candidates, oos_topic=topic)
        if d.oos_topic is not None and asks_how(norm) and len(request_subject(norm)) < SUBJECT_MIN:
            # "怎么投诉", "我想知道去哪举报": how to complain, about nothing else; in a labour
            # centre that is no consumer complaint
            d = Decision("fallback", "suggest" if d.candidates else "fallback", None, d.score, d.candidates)
        if (
            d.route == "fallback"
            and d.oos_topic is None
            and d.top == ROUTE + "complaint"
            and where_to_complain(norm)
            and HOW_TO_COMPLAIN in self.kb.entries
        ):
            # "在哪里投诉", "网上可以投诉欠薪吗": nothing but wages named; the entry that says where,
            # with its button to file here
            rest = [c for c in d.candidates if c[0] != HOW_TO_COMPLAIN][:2]
            d = Decision("faq", "answer", HOW_TO_COMPLAIN, d.score, [(HOW_TO_COMPLAIN, d.score), *rest])
        also: list[str] = []
        if d.route in ("faq", "fallback"):
            d, also = two_questions(self, text or "", d, labour)
        oos_answer = None
        if d.route == "fallback":
            topic = d.oos_topic
            if topic is None and d.decision != "answer" and not labour:
                topic = out_of_scope_topic(runs, self.oos_keywords)
            elif topic is None and d.decision != "answer":
                topic = self._uncovered_labour(d)
                if topic is not None:
                    d = Decision("fallback", "fallback", None, d.score, d.candidates)
            if topic is not None and topic < len(self.kb.out_of_scope):
                oos_answer = self.kb.out_of_scope[topic].answer
        return MatchResult(
            route=d.route,
            id=d.entry if d.route == "faq" else None,
            score=d.score,
            candidates=[Candidate(e, round(p, 4)) for e, p in d.candidates],
            decision=d.decision if d.route in ("faq", "fallback") else "fallback",
            normalized=norm,
            tokens=terms,
            out_of_scope=oos_answer,
            also=also,
        )

    def _uncovered_labour(self, d: Decision) -> int | None:
        """A labour question no entry covers ("特殊工种能提前退休吗"): never turned away, but when
        the likeliest class of all is a labour matter this service has no answer for (an out-of-scope
        topic marked ``labour: true``), its answer says where it is handled, above the nearest
        entries as buttons."""
        if not d.top.startswith(OOS) or d.top_p < UNCOVERED_AT:
            return None
        topic = int(d.top[len(OOS) :])
        return topic if topic < len(self.kb.out_of_scope) and self.kb.out_of_scope[topic].labour else None

    def decide_normalized(self, norm: str, terms: list[str], labour: bool, routes: bool = True) -> Decision:
        """The model's decision on one text. ``routes=False``: a question about complaining
        ("投诉要带什么材料") is not sent down the complaint route by the model; a general question
        ("投诉一般多久能处理完") is not sent down the progress route."""
        assert self.model is not None
        scored = self.model.rank_scored(norm, [t[2:] for t in terms if t.startswith("w:")])
        top = scored[0][0]
        if not routes:
            scored = [x for x in scored if not x[0].startswith(ROUTE + "complaint")]
        if asks_generally(norm):
            scored = [x for x in scored if not x[0].startswith(ROUTE + "progress")]
        if asks_where(norm):
            scored = [x for x in scored if not x[0].startswith(ROUTE + "human")]
        if no_route_asked(norm) or cancels_unfinished(norm):
            # "能不能告诉我是谁投诉的" asks after a complaint, it files none and follows none;
            # nor does "填到一半不想投诉了 怎么取消"
            scored = [x for x in scored if x[0] not in (ROUTE + "complaint", ROUTE + "progress")]
        retrieved = {c.id: c.score for c in self.index.rank(norm, terms).candidates}
        entries, ranked = [x for x in scored if is_entry(x[0])], [(label, p) for label, p, _ in scored]
        confidence = None
        if len(entries) >= 2:
            (e1, p1, s1), (_, p2, s2) = entries[0], entries[1]
            features = answer_features(p1, p2, s1, s2, e1, retrieved, len(norm), others_of(ranked))
            confidence = self.confidence(features)
        d = decide(ranked, self.thresholds, labour, confidence, self.siblings, len(norm))
        d.top, d.top_p = top, scored[0][1]
        veto = SUGGEST_AT if len(norm) < LONG_AT else LONG_SUGGEST_AT
        if d.decision == "answer" and d.entry and self._index_score(norm, terms, d.entry, retrieved) < veto:
            # the index retrieves candidates: an entry it would not even suggest (sharing no
            # topic word with "明天天气怎么样" on a base without out-of-scope examples) is not answered
            d = Decision("fallback", "suggest", None, d.score, d.candidates)
        return d

    def _index_score(self, norm: str, terms: list[str], entry: str, retrieved: dict[str, float]) -> float:
        """The index's score of ``entry``: an entry beyond its first candidates is scored on its own
        ("失业登记在哪个部门办理": 登记 and 在哪个部门办理 fill the first eight with other entries' texts, and
        the unemployment entry, which holds 失业, is not among them; it is no entry sharing no word)."""
        if entry in retrieved:
            return retrieved[entry]
        return self.index.score_of(norm, terms, entry)

    def clauses(self, text: str) -> list[str]:
        """The normalised clauses of a message of at least two."""
        return clauses(self.normalizer, text)

    def _index_only(
        self, norm: str, terms: list[str], runs: set[str], labour: bool, intent: str | None
    ) -> MatchResult:
        """A knowledge base too large for the model: the index's own scores and thresholds."""
        result = self.index.rank(norm, terms)
        result.candidates = result.candidates[:3]
        if intent is not None:
            return MatchResult(
                route=intent,
                id=None,
                score=result.score,
                candidates=result.candidates[:3],
                normalized=norm,
                tokens=terms,
            )
        topic = None if labour else out_of_scope_topic(runs, self.oos_keywords)
        if topic is not None and result.score < 0.75:
            result.route, result.id, result.decision = "fallback", None, "fallback"
            result.out_of_scope = self.kb.out_of_scope[topic].answer
        return result
