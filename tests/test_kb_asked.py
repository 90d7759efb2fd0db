"""Users' questions labelled by staff (knowledge_base/asked.py): the loader checks each label with
file and line, the classifier learns each text for its class, the cross-validation holds them out
a source file at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base.asked
from knowledge_base.asked import index_alternates
from knowledge_base.learned import OOS, ROUTE, examples
from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher
from knowledge_base.model import KBValidationError

BASE = """\
entries:
  - id: wage.arrears
    question: 被拖欠工资怎么办
    alternates: [老板不发工资咋办, 工资拖了三个月, 公司欠薪不给, 拖欠工钱半年了]
    keywords: [欠薪, 拖欠工资]
    answer: 先与单位协商，协商不成可向劳动保障监察机构投诉或申请劳动仲裁。
    follow_ups: []
    sources: [《保障农民工工资支付条例》]
    updated: 2026-11-23
  - id: hours.overtime
    question: 加班费怎么算
    alternates: [周末加班给多少钱, 晚上加班有没有加班费, 加班工资的基数是什么]
    keywords: [加班费]
    answer: 工作日延长工作时间支付150%，休息日200%，法定节假日300%。
    follow_ups: []
    sources: [《劳动法》第四十四条]
    updated: 2026-11-23
  - id: leave.annual
    question: 年假有几天
    alternates: [工作满一年有年假吗, 没休的年假给钱吗, 单位不让休年假]
    keywords: [年假]
    answer: 累计工作满1年不满10年的5天，满10年不满20年的10天，满20年的15天。
    follow_ups: []
    sources: [《职工带薪年休假条例》第三条]
    updated: 2026-11-23
out_of_scope:
  - topic: 借贷与诈骗
    keywords: [借钱, 网贷]
    answer: 借贷纠纷请咨询法院或律师。
    examples: [朋友借钱不还怎么办, 网贷逾期了怎么办]
routes:
  complaint: [我要投诉欠薪, 帮我登记投诉]
  progress: [我的投诉进度怎么样了]
  human: [转人工]
"""

# A user's way of saying "overtime pay" shares no word with the entry's own texts; its nearest
# words are the wage-arrears entry's (老板, 工资, 给).
QUESTION = "老板每天让我们干到夜里十一点，工资还是那点钱，多干的几个钟头一分不给"
ASKED = """\
asked:
  - q: 老板每天让我们干到夜里十一点，工资还是那点钱，多干的几个钟头一分不给
    entry: hours.overtime
  - q: 天天干到半夜 多出来的钟头老板一分不给
    entry: hours.overtime
  - q: 网上借的钱还不上了 天天打电话催
    out_of_scope: 借贷与诈骗
  - q: 上回登记的那个事有人管没有
    route: progress
"""


def kb_dir(tmp_path: Path, asked: str | None = None, name: str = "users.yaml") -> Path:
    root = tmp_path / "kb"
    root.mkdir()
    (root / "faq.yaml").write_text(BASE, encoding="utf-8")
    if asked is not None:
        (root / "asked").mkdir()
        (root / "asked" / name).write_text(asked, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(root)
    return [str(p) for p in exc.value.problems]


def test_asked_questions_load_with_their_labels(tmp_path: Path) -> None:
    kb = load_knowledge_base(kb_dir(tmp_path, ASKED))
    assert [(a.kind, a.target, a.line) for a in kb.asked] == [
        ("entry", "hours.overtime", 3),
        ("entry", "hours.overtime", 5),
        ("out_of_scope", "借贷与诈骗", 7),
        ("route", "progress", 9),
    ]


@pytest.mark.parametrize(
    ("edit", "line", "needle"),
    [
        (
            ("entry: hours.overtime\n  - q: 天天", "entry: hours.overtim\n  - q: 天天"),
            3,
            "entry 'hours.overtim' is not an entry id",
        ),
        (("route: progress", "route: refund"), 9, "route 'refund' is not one of complaint, progress, human"),
        (
            ("out_of_scope: 借贷与诈骗", "out_of_scope: 彩票"),
            7,
            "out_of_scope '彩票' is not an out-of-scope topic",
        ),
        (
            ("    route: progress", "    route: progress\n    entry: leave.annual"),
            8,
            "exactly one of entry, route, out_of_scope",
        ),
        (("    route: progress", "    rout: progress"), 9, "unknown key 'rout'"),
        (("  - q: 上回登记的那个事有人管没有", '  - q: ""'), 8, "q must be the user's non-empty text"),
        (
            ("  - q: 上回登记的那个事有人管没有\n    route: progress", "  - 上回登记的那个事"),
            8,
            "each item needs q",
        ),
    ],
)
def test_a_bad_label_is_reported_with_file_and_line(
    tmp_path: Path, edit: tuple[str, str], line: int, needle: str
) -> None:
    assert edit[0] in ASKED
    found = problems(kb_dir(tmp_path, ASKED.replace(*edit, 1)))
    assert any(
        p.startswith(f"{tmp_path / 'kb' / 'asked' / 'users.yaml'}:{line}: ") and needle in p for p in found
    ), found


def test_an_asked_question_moves_to_its_labelled_entry(tmp_path: Path) -> None:
    def ranker(root: Path):  # noqa: ANN202
        m = Matcher(load_knowledge_base(root))
        assert m.model is not None
        return lambda text: m.model.rank(m.normalizer.normalize(text))[0][0]

    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    before, after = ranker(kb_dir(tmp_path / "before")), ranker(kb_dir(tmp_path / "after", ASKED))
    assert before(QUESTION) != "hours.overtime"
    assert after(QUESTION) == "hours.overtime"
    # a text like them, never trained on, follows
    similar = "干到半夜 多出来的几个钟头一分不给"
    assert before(similar) != "hours.overtime"
    assert after(similar) == "hours.overtime"


def test_cross_validation_holds_out_a_source_file_at_a_time(tmp_path: Path) -> None:
    root = kb_dir(tmp_path, ASKED, "set_a.yaml")
    (root / "asked" / "set_b.yaml").write_text(
        "asked:\n  - q: 加班到半夜不给钱\n    entry: hours.overtime\n  - q: 我要告老板欠钱\n    route: complaint\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(root)
    m = Matcher(kb)
    held_by_fold = [examples(kb, m.normalizer.normalize, fold)[1] for fold in range(5)]
    sources = [{x.asked for x in held if x.asked} for held in held_by_fold]
    assert sorted(s for fold in sources for s in fold) == ["set_a.yaml", "set_b.yaml"]
    assert all(len(s) <= 1 for s in sources)
    for held in held_by_fold:
        for x in (x for x in held if x.asked):
            n = sum(1 for a in kb.asked if a.source == x.asked)
            assert sum(1 for y in held if y.asked == x.asked) == n
    labels = {x.label for x in examples(kb, m.normalizer.normalize)[0] if x.asked}
    assert labels == {"hours.overtime", f"{OOS}0", f"{ROUTE}progress", f"{ROUTE}complaint"}


def test_asked_questions_feed_the_index_only_when_switched_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = load_knowledge_base(kb_dir(tmp_path, ASKED))
    assert index_alternates(kb.asked) == {}
    monkeypatch.setattr(knowledge_base.asked, "IN_INDEX", True)
    held = {("hours.overtime", "天天干到半夜 多出来的钟头老板一分不给")}
    assert index_alternates(kb.asked, held) == {"hours.overtime": [QUESTION]}
    assert index_alternates(kb.asked) == {
        "hours.overtime": [QUESTION, "天天干到半夜 多出来的钟头老板一分不给"]
    }


def test_written_questions_train_every_fold_and_are_never_held_out(tmp_path: Path) -> None:
    root = kb_dir(tmp_path, ASKED, "users.yaml")
    (root / "asked" / "written.yaml").write_text(
        "written:\n  - q: 干到半夜多出来的钟头不给钱\n    entry: hours.overtime\n"
        "  - q: 帮我把老板欠钱的事报上去\n    route: complaint\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(root)
    assert [(a.target, a.held_out) for a in kb.asked if a.source == "written.yaml"] == [
        ("hours.overtime", False),
        ("complaint", False),
    ]
    m = Matcher(kb)
    for fold in range(5):
        train, held = examples(kb, m.normalizer.normalize, fold)
        assert not [x for x in held if x.asked == "written.yaml"]
        assert len([x for x in train if x.asked == "written.yaml"]) == 2
    # the users' file is still held out, in exactly one fold
    folds = [
        f
        for f in range(5)
        if any(x.asked == "users.yaml" for x in examples(kb, m.normalizer.normalize, f)[1])
    ]
    assert len(folds) == 1


def test_a_bad_written_label_is_reported_with_file_and_line(tmp_path: Path) -> None:
    root = kb_dir(tmp_path, ASKED)
    (root / "asked" / "written.yaml").write_text(
        "written:\n  - q: 加班不给钱\n    entry: hours.overtim\n", encoding="utf-8"
    )
    found = problems(root)
    assert any(
        p.startswith(f"{root / 'asked' / 'written.yaml'}:3: ") and "hours.overtim" in p for p in found
    ), found
