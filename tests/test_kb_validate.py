"""Knowledge-base validation: every kind of problem reported with file and line; hot reload."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge_base.loader import load_knowledge_base
from knowledge_base.model import KBValidationError
from knowledge_base.normalize import Normalizer
from knowledge_base.service import KnowledgeService

REPO = Path(__file__).resolve().parent.parent

GOOD = """\
entries:
  - id: a.one
    question: 加班费怎么算？
    alternates: [加班工资几倍, 周末加班给多少钱]
    keywords: [加班费]
    answer: 工作日150%，休息日200%，法定节假日300%。
    follow_ups: [a.two]
    sources: [《劳动法》第四十四条]
    updated: 2026-11-23
  - id: a.two
    question: 没签劳动合同怎么办？
    alternates: [老板不跟我签合同, 入职半年没合同]
    keywords: [劳动合同]
    answer: 超过一个月不满一年未签书面合同的，每月支付二倍工资。
    follow_ups: []
    sources: [《劳动合同法》第八十二条]
    updated: 2026-11-23
"""


def write(tmp_path: Path, text: str, name: str = "faq.yaml") -> Path:
    d = tmp_path / "kb"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(write(tmp_path, text))
    return [str(p) for p in exc.value.problems]


def test_good_base_loads(tmp_path: Path) -> None:
    kb = load_knowledge_base(write(tmp_path, GOOD))
    assert set(kb.entries) == {"a.one", "a.two"} and kb.entries["a.two"].line == 10


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    [p] = problems(tmp_path, GOOD.replace("  - id: a.two", "  - id: [a.two"))
    assert p.endswith("faq.yaml:11: YAML syntax: expected ',' or ']', but got ':'") or ":11:" in p


@pytest.mark.parametrize(
    ("edit", "line", "needle"),
    [
        (
            ("    keywords: [加班费]\n", "    keywords: [加班费]\n    colour: red\n"),
            6,
            "unknown key 'colour'",
        ),
        (("    question: 没签劳动合同怎么办？\n", ""), 10, "missing key 'question'"),
        (("  - id: a.two", "  - id: a.one"), 10, "duplicate id 'a.one'"),
        (("[老板不跟我签合同", "[加班工资几倍"), 10, "duplicates one of entry 'a.one'"),
        (("follow_ups: [a.two]", "follow_ups: [a.nine]"), 2, "follow-up 'a.nine' points to no entry"),
        (
            ("    answer: 超过一个月不满一年未签书面合同的，每月支付二倍工资。", '    answer: ""'),
            14,
            "answer is empty",
        ),
        (
            ("    updated: 2026-11-23\n  - id: a.two", "    updated: 2026-13-40\n  - id: a.two"),
            9,
            "updated must be a date",
        ),
        (("sources: [《劳动法》第四十四条]", "sources: []"), 8, "sources needs at least 1"),
    ],
)
def test_each_problem_is_reported_with_its_line(
    tmp_path: Path, edit: tuple[str, str], line: int, needle: str
) -> None:
    old, new = edit
    assert old in GOOD
    found = problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(needle in p and f"faq.yaml:{line}:" in p for p in found), found


def test_centres_and_holidays_are_checked(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    write(tmp_path, "centres:\n  - id: a\n    name: A\n    districts: [东区]\n", "centres.yaml")
    write(
        tmp_path,
        "holidays:\n  - year: 2027\n    days_off: [2027-01-01, 2026-10-01]\n    workdays: [2027-01-01]\n",
        "holidays.yaml",
    )
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(tmp_path / "kb")
    text = "\n".join(map(str, exc.value.problems))
    assert "exactly one centre must have fallback" in text
    assert "holidays.yaml:3: holidays 2027: 2026-10-01 is not in 2027" in text
    assert "2027-01-01 is both a day off and a working day" in text


def test_an_out_of_scope_topic_marked_labour_is_read_and_a_bad_mark_reported(tmp_path: Path) -> None:
    topic = "out_of_scope:\n  - topic: 退休手续\n    labour: {}\n    keywords: [办退休]\n    answer: 请问社保经办机构。\n"
    write(tmp_path, GOOD)
    write(tmp_path, topic.format("true"), "oos.yaml")
    assert load_knowledge_base(tmp_path / "kb").out_of_scope[0].labour is True
    write(tmp_path, topic.format("maybe"), "oos.yaml")
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(tmp_path / "kb")
    assert any("oos.yaml:2: out_of_scope: labour must be true or false" in str(p) for p in exc.value.problems)


def test_normalisation() -> None:
    n = Normalizer({"咋办": "怎么办", "公资": "工资", "外卖小哥": "外卖骑手"})
    assert n.normalize("老板不發公資，咋办？？😭") == "老板不发工资怎么办"
    assert n.normalize("ＡＢＣ１２３ 外卖小哥") == "abc123外卖骑手"
    assert n.normalize("") == "" and n.normalize(None) == ""


def test_cantonese_pay_is_wages_not_a_person() -> None:
    """In a Cantonese message 人工 is the pay, unless it is asked for as a person."""
    n = Normalizer({"咋办": "怎么办"})
    assert n.normalize("欠我哋成班人人工") == "欠我哋成班人工资"
    assert n.normalize("可唔可以攞雙倍人工") == "可唔可以攞双倍工资"
    assert n.normalize("唔該幫我轉人工") == "唔该帮我转人工"
    assert n.normalize("有冇人工客服") == "有冇人工客服"
    # Mandarin keeps the word: 人工 is a person there ("我要人工"), or the pay only through synonyms
    assert n.normalize("可以给我人工吗") == "可以给我人工吗"


# a deadline, not a pause: the loop ends at the reload; a busy CI machine may take seconds to get there
RELOAD_SECONDS = 60.0


def test_hot_reload_valid_then_invalid(tmp_path: Path) -> None:
    d = write(tmp_path, GOOD)
    service = KnowledgeService(d, poll_seconds=0.2)
    service.start()
    try:
        assert service.match("周末加班给多少钱").id == "a.one"
        (d / "faq.yaml").write_text(
            GOOD.replace("加班费怎么算？", "加班费怎么算？节假日加班几倍？").replace(
                "[加班工资几倍", "[加班工资几倍, 国庆节上班给几倍工资"
            ),
            encoding="utf-8",
        )
        deadline = time.monotonic() + RELOAD_SECONDS
        while time.monotonic() < deadline and service.status.reloads == 0:
            time.sleep(0.05)
        assert service.status.reloads == 1
        assert "国庆节上班给几倍工资" in service.current.kb.entries["a.one"].alternates
        (d / "faq.yaml").write_text(GOOD.replace("  - id: a.two", "  - id: [broken"), encoding="utf-8")
        deadline = time.monotonic() + RELOAD_SECONDS
        while time.monotonic() < deadline and service.status.refused == 0:
            time.sleep(0.05)
        assert service.status.refused == 1 and "faq.yaml:11" in service.status.last_error
        assert service.match("周末加班给多少钱").id == "a.one"  # the previous base still serves
    finally:
        service.stop()


def test_cli_validate_and_ask_json(tmp_path: Path) -> None:
    d = write(tmp_path, GOOD)
    run = [sys.executable, "-m", "bot.cli"]
    # the configured data dir holds the model cache the server and `faq ask` share
    env = {**os.environ, "LABORBOT_DATA_DIR": str(tmp_path / "data")}
    models = tmp_path / "data" / "model_cache"
    ok = subprocess.run([*run, "faq", "validate", "--kb", str(d)], capture_output=True, text=True, cwd=REPO)
    assert ok.returncode == 0 and "2 entries" in ok.stdout
    out = subprocess.run(
        [*run, "faq", "ask", "--json", "--kb", str(d), "周末加班给多少钱"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    body = json.loads(out.stdout)
    assert body["route"] == "faq" and body["id"] == "a.one" and 0 < body["score"] <= 1
    assert body["candidates"][0]["id"] == "a.one"
    [model] = models.glob("model-*.npz")  # the model trained by the first call is kept
    os.utime(model, ns=(0, 0))
    batch = tmp_path / "qs.txt"
    batch.write_text("入职半年没合同咋办\n我要投诉老板欠薪\n明天天气怎么样\n", encoding="utf-8")
    out = subprocess.run(
        [*run, "faq", "ask", "--json", "--batch", str(batch), "--kb", str(d)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    # the second call read it (a read marks the file used) and trained no other
    assert [p.name for p in models.glob("model-*.npz")] == [model.name] and model.stat().st_mtime_ns > 0
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["route"] for r in rows] == ["faq", "complaint", "fallback"]
    assert rows[0]["id"] == "a.two" and rows[1]["id"] is None
    (d / "faq.yaml").write_text(GOOD.replace("  - id: a.two", "  - id: a.one"), encoding="utf-8")
    bad = subprocess.run([*run, "faq", "validate", "--kb", str(d)], capture_output=True, text=True, cwd=REPO)
    assert bad.returncode == 1 and "faq.yaml:10: duplicate id 'a.one'" in bad.stdout
    missing = subprocess.run(
        [*run, "faq", "validate", "--kb", str(tmp_path / "nope")], capture_output=True, text=True, cwd=REPO
    )
    assert missing.returncode == 1 and "not found" in missing.stdout and "Traceback" not in missing.stderr
