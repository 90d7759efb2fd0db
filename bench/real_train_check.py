"""Exclusions for real users' questions used as training data (knowledge_base/data/asked/real_train*.yaml).

A question may train the classifier only if it is in no bench/faq_*.yaml set (exactly, after removing
punctuation and whitespace, or by its first 20 characters) and not in the blocklist of a blind set
(given with --blocklist; one sha1 hex a line, # comments: sha1 of the NFKC text with every non-word character removed, and sha1 of
that string's first 20 characters).

Usage:
  .venv/bin/python bench/real_train_check.py --blocklist FILE                  # check bench/real_train*.yaml
  .venv/bin/python bench/real_train_check.py --blocklist FILE --candidates SRC.json  # list a source's
      labour candidates (a JSON list of items with question/query/instruction, or lists of such items)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
ASKED = REPO / "knowledge_base" / "data" / "asked"
TRAIN = (BENCH, ASKED)  # where labelled real training questions may live
PREFIX = 20
# A question is a labour candidate if it names one of these (the labeller still reads every one).
LABOUR = re.compile(
    "工资|薪|加班|辞退|辞职|离职|开除|劳动|合同|社保|五险|工伤|仲裁|试用期|年假|产假|病假|"
    "补偿|赔偿金|老板|单位|公司|员工|职工|上班|工地|工头|失业|公积金|退休|派遣|骑手|竞业|"
    "厂|拖欠|欠薪|工钱|干活|打工|岗|裁员|工龄|辞"
)


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text))


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_blocklist(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def bench_keys() -> tuple[set[str], set[str], set[str]]:
    """(exact texts, texts without punctuation/whitespace, first 20 normalised characters) of every bench set."""
    exact: set[str] = set()
    bare: set[str] = set()
    prefix: set[str] = set()
    for path in sorted(BENCH.glob("faq_*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("questions") or []:
            q = str(item["q"]).strip()
            exact.add(q)
            bare.add(norm(q))
            prefix.add(norm(q)[:PREFIX])
    return exact, bare, prefix


class Exclusions:
    def __init__(self, blocklist: Path) -> None:
        self.exact, self.bare, self.prefix = bench_keys()
        self.blocked = load_blocklist(blocklist)

    def reason(self, q: str) -> str | None:
        """Why the question may not be used, or None."""
        n = norm(q)
        if q.strip() in self.exact:
            return "bench: exact"
        if n in self.bare:
            return "bench: same without punctuation"
        if n[:PREFIX] in self.prefix:
            return "bench: same first 20 characters"
        if sha1(n) in self.blocked or sha1(n[:PREFIX]) in self.blocked:
            return "blocklist"
        return None


def check_files(ex: Exclusions) -> int:
    bad = 0
    seen: set[str] = set()
    for path in sorted(p for folder in TRAIN for p in folder.glob("real_train*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("asked") or data.get("written") or []
        for item in items:
            q = str(item["q"])
            why = ex.reason(q) or ("duplicate" if norm(q) in seen else None)
            seen.add(norm(q))
            if why:
                bad += 1
                print(f"{path.name}: {why}: {q[:40]}")
        print(f"{path.name}: {len(items)} items checked")
    return bad


def candidates(ex: Exclusions, source: Path, start: int) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    for i, conv in enumerate(data):
        if i < start:
            continue
        turn = conv[0] if isinstance(conv, list) else conv
        q = " ".join(str(turn.get("question") or turn.get("query") or turn.get("instruction") or "").split())
        if not q or not LABOUR.search(q) or ex.reason(q):
            continue
        print(json.dumps({"i": i, "q": q}, ensure_ascii=False))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blocklist", type=Path, required=True, help="sha1 list of a blind set's questions")
    ap.add_argument("--candidates", type=Path)
    ap.add_argument("--start", type=int, default=0)
    args = ap.parse_args()
    ex = Exclusions(args.blocklist)
    if args.candidates:
        candidates(ex, args.candidates, args.start)
        return 0
    bad = check_files(ex)
    print("OK" if not bad else f"{bad} excluded question(s) present")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
