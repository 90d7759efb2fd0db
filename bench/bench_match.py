"""FAQ match latency on the real knowledge base and on a generated one of 10,000 entries,
beside a baseline measured in the same run (rapidfuzz process.extractOne with WRatio over
every question and alternate). Also cold start of `laborbot faq ask`, peak memory and jieba's
start-up cost. Run: .venv/bin/python bench/bench_match.py"""

from __future__ import annotations

import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from knowledge_base.loader import load_knowledge_base  # noqa: E402
from knowledge_base.matcher import Matcher  # noqa: E402
from knowledge_base.tokenize import Tokenizer  # noqa: E402

QUERIES = [
    "老板拖欠工资怎么办",
    "加班费怎么算",
    "公司不给交社保",
    "工伤认定去哪里申请",
    "试用期最长多久",
    "辞职要提前多久",
    "外卖骑手受伤了谁赔",
    "劳动仲裁要钱吗",
    "没签劳动合同能要双倍工资吗",
    "被辞退有补偿吗",
    "公积金怎么提取",
    "年假有几天",
    "包工头跑了工资找谁",
    "我要投诉老板欠薪",
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(fn, queries: list[str], rounds: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
    return out


def generated_kb(root: Path, n: int, seed: int = 7) -> Path:
    real = load_knowledge_base(REPO / "knowledge_base" / "data")
    tok = Tokenizer()
    words = sorted(
        {
            w
            for e in real.entries.values()
            for t in [e.question, *e.alternates]
            for w in tok.words(t)
            if len(w) > 1
        }
    )
    rng = random.Random(seed)
    entries = []
    for i in range(n):

        def sentence(i: int = i) -> str:
            return "".join(rng.sample(words, 4)) + f"{i}"

        entries.append(
            {
                "id": f"gen.{i}",
                "question": sentence(),
                "alternates": [sentence() for _ in range(6)],
                "keywords": rng.sample(words, 3),
                "answer": "示例答案",
                "follow_ups": [],
                "sources": ["示例"],
                "updated": "2026-11-23",
            }
        )
    (root / "faq").mkdir(parents=True)
    (root / "faq" / "gen.yaml").write_text(
        yaml.safe_dump({"entries": entries}, allow_unicode=True), encoding="utf-8"
    )
    return root


def measure(name: str, matcher: Matcher, rounds: int) -> None:
    texts = [t for e in matcher.kb.entries.values() for t in [e.question, *e.alternates]]
    ours = timed(matcher.match, QUERIES, rounds)
    base = timed(lambda q: process.extractOne(q, texts, scorer=fuzz.WRatio), QUERIES, max(1, rounds // 10))
    p50, p99 = statistics.median(ours), percentile(ours, 99)
    b50, b99 = statistics.median(base), percentile(base, 99)
    print(f"{name}: {len(matcher.kb.entries)} entries, {len(texts)} texts")
    print(f"  matcher  p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    print(f"  baseline p50 {b50:.3f} ms  p99 {b99:.3f} ms  (extractOne WRatio)")
    print(f"  speed-up p50 {b50 / p50:.1f}x  p99 {b99 / p99:.1f}x")


def new_texts(matcher: Matcher) -> None:
    """Every question of the labelled sets once (all different, none cached), long stories too."""
    qs = [
        str(i["q"])
        for name in (
            "tests/data/faq_dev.yaml",
            "bench/faq_holdout.yaml",
            "bench/faq_fresh.yaml",
            "bench/faq_set_d.yaml",
        )
        for i in yaml.safe_load((REPO / name).read_text(encoding="utf-8"))["questions"]
    ]
    texts = [t for e in matcher.kb.entries.values() for t in [e.question, *e.alternates]]
    ours = timed(matcher.match, qs, 1)
    base = timed(lambda q: process.extractOne(q, texts, scorer=fuzz.WRatio), qs, 1)
    p99, b99 = percentile(ours, 99), percentile(base, 99)
    print(
        f"  new texts ({len(qs)} labelled-set questions): matcher p50 {statistics.median(ours):.3f} ms "
        f"p99 {p99:.3f} ms; baseline p99 {b99:.3f} ms; ratio p99 {p99 / b99:.2f}"
    )


def main() -> None:
    t = time.perf_counter()
    tok = Tokenizer()
    print(f"jieba start (dictionary load, warm cache): {(time.perf_counter() - t) * 1000:.0f} ms")
    kb = load_knowledge_base(REPO / "knowledge_base" / "data")
    builds = []
    for _ in range(3):
        t = time.perf_counter()
        real = Matcher(kb, tokenizer=tok)
        builds.append(time.perf_counter() - t)
    print(
        f"model build at load/reload (real base, jieba already loaded): median {statistics.median(builds):.2f} s"
    )
    measure("real knowledge base", real, rounds=200)
    new_texts(real)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        kb = load_knowledge_base(generated_kb(Path(tmp), 10_000))
        matcher = Matcher(kb)
        print(f"generated 10,000-entry base loaded and indexed in {time.perf_counter() - t:.1f} s")
        measure("generated knowledge base", matcher, rounds=50)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (incl. 10k base): {peak:.0f} MB")
    cold = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot.cli", "faq", "ask", "--json", "加班费怎么算"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - t)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    python_only = time.perf_counter() - t
    print(
        f"cold start `laborbot faq ask --json`: median {statistics.median(cold) * 1000:.0f} ms "
        f"(bare python start {python_only * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
