"""jieba's dictionary read a part at a time (knowledge_base/jieba_dict.py): the cuts are those of
jieba's own tokenizer with the same words added, on every training text of the shipped knowledge
base and on texts of our own; a start finding the file reads only the parts its texts need; a file
that is damaged or of another jieba is ignored and logged, the whole dictionary read and the file
written anew, never a crash."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import jieba
import pytest

from knowledge_base import jieba_dict
from knowledge_base.jieba_dict import NAME, Dictionary, LazyCutter
from knowledge_base.tokenize import Tokenizer

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
# our own wording: Chinese with figures, Latin letters, punctuation, words jieba lacks
OWN = [
    "我在物流园开叉车三年了，老板一直不给交社保怎么办",
    "上个月加了60个小时的班，HR说只算调休",
    "外卖平台把我的账号封了，押金500元不退",
    "试用期被辞退要不要给经济补偿金",
    "装修队的包工头欠我们八个人两万三",
    "劳务派遣工和正式工同工同酬吗？",
    "APP上接单的司机算不算劳动关系",
    "厂里发的工服要从工资里扣钱合理吗",
    "",
    "   ",
    "abc123 ＋＃",
]
ADDED = ["工伤认定", "劳动仲裁", "经济补偿金", "欠薪", "包工头", "外卖骑手", "同工同酬", "叉车司机"]


@pytest.fixture(scope="module")
def whole() -> Dictionary:
    return jieba_dict._whole()


@pytest.fixture(scope="module")
def stock() -> jieba.Tokenizer:
    """jieba's own tokenizer with the words added by its add_word, as before the parts."""
    t = jieba.Tokenizer()
    t.initialize()
    for w in ADDED:
        t.add_word(w, freq=20000)
    return t


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A process that has read no dictionary yet, on a machine with no shared file either (the
    folder it yields is the shared one)."""
    shared = tmp_path_factory.mktemp("shared")
    monkeypatch.setattr(jieba_dict, "_dictionary", None)
    monkeypatch.setattr(jieba_dict, "_where", None)
    monkeypatch.setattr(jieba_dict, "_shared", lambda: shared)
    yield shared


def _kb_texts() -> list[str]:
    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.matcher import examples
    from knowledge_base.normalize import Normalizer

    kb = load_knowledge_base(KB)
    return [x.text for x in examples(kb, Normalizer.shared(kb.synonyms).normalize)[0]]


def _by_parts(tmp_path: Path, whole: Dictionary) -> Dictionary:
    key = jieba_dict._key()
    assert whole.full is not None
    jieba_dict.write(tmp_path / NAME, key, whole.full, whole.total)
    parts = jieba_dict.read(tmp_path / NAME, key)
    assert parts is not None and parts.full is None
    return parts


def test_cuts_by_parts_are_jiebas_own(tmp_path: Path, whole: Dictionary, stock: jieba.Tokenizer) -> None:
    parts = _by_parts(tmp_path, whole)
    lazy, eager = LazyCutter(parts, ADDED), LazyCutter(whole, ADDED)
    texts = OWN + _kb_texts()
    assert len(texts) > 1000
    for text in texts:  # the knowledge base cuts without HMM, the factory reader with it
        assert lazy.lcut(text, HMM=False) == stock.lcut(text, HMM=False), text
    for text in OWN:
        assert lazy.lcut(text) == eager.lcut(text) == stock.lcut(text), text
    assert lazy.total == eager.total == stock.total
    assert eager.FREQ == stock.FREQ
    # every part read holds what jieba's dictionary holds for its character, added words included
    loaded = lazy._loaded
    assert 100 < parts.parts_read <= len(loaded)
    assert {w: f for w, f in stock.FREQ.items() if w[:1] in loaded} == lazy.FREQ


def test_the_tokenizer_cuts_as_jieba_does(stock: jieba.Tokenizer) -> None:
    tok = Tokenizer(ADDED)
    for text in OWN:
        assert tok.cut(text) == [w for w in stock.lcut(text, HMM=False) if w.strip()]


def test_parts_are_read_once_across_threads(tmp_path: Path, whole: Dictionary) -> None:
    parts = _by_parts(tmp_path, whole)
    cutter, eager = LazyCutter(parts, ADDED), LazyCutter(whole, ADDED)
    want = [eager.lcut(t, HMM=False) for t in OWN * 5]
    results: list[list[list[str]]] = [[] for _ in range(4)]

    def cut(out: list[list[str]]) -> None:
        out.extend(cutter.lcut(t, HMM=False) for t in OWN * 5)

    threads = [threading.Thread(target=cut, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [want] * 4
    chars = {c for t in OWN for c in t}
    assert parts.parts_read == len(chars & set(parts._index))


def test_a_start_writes_the_file_and_the_next_reads_only_parts(tmp_path: Path, fresh: Path) -> None:
    jieba_dict.keep_in(tmp_path)
    first = jieba_dict.dictionary()
    assert first.full is not None  # no file yet: jieba's whole dictionary
    _wait_for_writer()
    assert (tmp_path / NAME).is_file()
    jieba_dict._dictionary, jieba_dict._where = None, None  # a new process
    jieba_dict.keep_in(tmp_path)
    second = jieba_dict.dictionary()
    assert second.full is None and second.total == first.total
    cutter = LazyCutter(second)
    assert cutter.lcut("老板拖欠工资") == LazyCutter(first).lcut("老板拖欠工资")
    assert 0 < second.parts_read <= 6


def test_a_first_start_reads_the_shared_file_and_keeps_a_copy(
    tmp_path: Path, whole: Dictionary, fresh: Path
) -> None:
    """A service's model folder with no file yet (a cold start) reads the machine's shared one by
    parts, not jieba's whole dictionary, and copies it in; with none anywhere, both are written."""
    own = tmp_path / "models"
    jieba_dict.keep_in(own)
    first = jieba_dict.dictionary()  # nothing anywhere: the whole dictionary, written twice
    assert first.full is not None
    _wait_for_writer()
    assert (own / NAME).is_file() and (fresh / NAME).is_file()
    other = tmp_path / "other-models"  # a second service, its folder new
    jieba_dict._dictionary, jieba_dict._where = None, None  # a new process
    jieba_dict.keep_in(other)
    second = jieba_dict.dictionary()
    assert second.full is None and second.total == first.total
    assert LazyCutter(second, ADDED).lcut(OWN[0]) == LazyCutter(whole, ADDED).lcut(OWN[0])
    _wait_for_writer()
    assert (other / NAME).read_bytes() == (fresh / NAME).read_bytes()
    assert jieba_dict.read(other / NAME, jieba_dict._key()) is not None


def _wait_for_writer() -> None:
    for t in threading.enumerate():
        if t.name == "jieba-dict":
            t.join(60)


def _damage_body(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    "damage",
    [
        _damage_body,
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]),  # cut short
        lambda p: p.write_bytes(b"not a header\n" + p.read_bytes()),
        lambda p: p.write_bytes(b""),
    ],
    ids=["flipped byte", "truncated", "bad header", "empty"],
)
def test_a_damaged_file_is_logged_and_read_anew(
    tmp_path: Path, whole: Dictionary, fresh: Path, caplog: pytest.LogCaptureFixture, damage
) -> None:  # type: ignore[no-untyped-def]
    _by_parts(tmp_path, whole)
    damage(tmp_path / NAME)
    jieba_dict.keep_in(tmp_path)
    with caplog.at_level(logging.WARNING, logger="knowledge_base.jieba_dict"):
        got = jieba_dict.dictionary()
    assert got.full is not None and got.total == whole.total  # jieba's own, whole
    assert any("unreadable" in r.getMessage() for r in caplog.records)
    assert LazyCutter(got, ADDED).lcut(OWN[0]) == LazyCutter(whole, ADDED).lcut(OWN[0])
    _wait_for_writer()
    again = jieba_dict.read(tmp_path / NAME, jieba_dict._key())
    assert again is not None and again.full is None  # written anew, whole


def test_a_file_of_another_jieba_is_not_used(
    tmp_path: Path, whole: Dictionary, fresh: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert whole.full is not None
    jieba_dict.write(tmp_path / NAME, "1:0.0.1:another", {"工资": 5}, 5)
    jieba_dict.keep_in(tmp_path)
    with caplog.at_level(logging.INFO, logger="knowledge_base.jieba_dict"):
        got = jieba_dict.dictionary()
    assert got.full is not None and got.total == whole.total
    assert any("another jieba" in r.getMessage() for r in caplog.records)
    _wait_for_writer()
    assert jieba_dict.read(tmp_path / NAME, jieba_dict._key()) is not None


@pytest.mark.own_models
def test_a_matcher_on_the_parts_decides_as_one_on_the_whole_dictionary(
    small_kb: Path, tmp_path: Path, whole: Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.matcher import Matcher

    questions = [*OWN, "老板跑路了工钱找谁要", "周六日加班一分钱没有", "我想找个人工客服", "今天股票涨了没"]
    decided = []
    for source in (whole, _by_parts(tmp_path, whole)):
        monkeypatch.setattr(jieba_dict, "_dictionary", source)
        matcher = Matcher(load_knowledge_base(small_kb))
        decided.append(
            [
                (r.route, r.id, r.decision, r.score, [(c.id, c.score) for c in r.candidates])
                for r in map(matcher.match, questions)
            ]
        )
    assert decided[0] == decided[1]
    assert any(d[2] == "answer" for d in decided[0])


def test_the_one_pass_cut_gives_jiebas_words(whole: Dictionary, stock: jieba.Tokenizer) -> None:
    """LazyCutter's cut without HMM (DAG and best path in one pass) against jieba's own: ties
    between paths, letters and digits run together, characters the dictionary lacks, one-character
    blocks."""
    cutter = LazyCutter(whole, ADDED)
    texts = [
        "我在A区3号楼搬砖",
        "x",
        "工",
        "㗎",
        "𠊎冇收到人工",
        "abc工资12万3",
        "HR和HRBP都说等通知",
        "研究生命起源",
        "结婚的和尚未结婚的",
        "南京市长江大桥",
        "包工头包工头包工头",
        "一二三四五六七八九十百千万",
        "外卖骑手欠薪工伤认定劳动仲裁经济补偿金",
    ]
    for text in texts:
        assert cutter.lcut(text, HMM=False) == stock.lcut(text, HMM=False), text
