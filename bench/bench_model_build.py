"""What building the FAQ model costs at start and at reload: this code against a baseline commit
(the code before the build-cost work), both measured in the same run, alternately, each in a
fresh Python process on its own copy of knowledge_base/data (users' asked questions included).

Per process (KnowledgeService, recalibrate off, reloads called directly):
  start        KnowledgeService(...) on a fresh process: load, jieba, index, model
  start again  (this code only) a second process on the same, unchanged knowledge base, with the
               model folder the first one wrote (the model is read, not trained)
  reload new   one users' question appended to asked/faq_train1.yaml, then reload_if_changed():
               the training texts changed, the model trains again
  reload alt   one alternate added to the first entry of faq/contracts.yaml: the model and the
               inverted index are built again
  reload same  a comment appended to synonyms.yaml: the training texts are unchanged
CPU is the process's CPU time (all threads), wall the elapsed time; both on this shared two-core
machine, so the medians over --rounds and the ratios to the baseline of the same run are what to
read. Quality is not measured here: bench/faq_dev_table.py.

Usage: .venv/bin/python bench/bench_model_build.py [--rounds 3] [--baseline da9cfc5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "knowledge_base" / "data"
BASELINE = "da9cfc5"  # main before the build-cost work (2026-12-01)
ASKED_ITEM = "- q: 工地老板拖了我们三个月工钱 问第{k}遍了\n  entry: wage.arrears.construction\n"
ALTERNATE = "    alternates:\n      - 合同一直拖着不签 第{k}回问了\n"


def _timed(fn) -> tuple[object, float, float]:  # type: ignore[no-untyped-def]
    cpu, wall = time.process_time(), time.perf_counter()
    out = fn()
    return out, round(time.process_time() - cpu, 3), round(time.perf_counter() - wall, 3)


def child(code: str, data: str, cache: str | None, reloads: bool) -> None:
    sys.path.insert(0, code)
    from knowledge_base.service import KnowledgeService

    root = Path(data)
    kwargs = {"model_cache": cache} if cache else {}
    service, cpu, wall = _timed(lambda: KnowledgeService(root, recalibrate=False, **kwargs))
    out: dict[str, float] = {"start_cpu": cpu, "start_wall": wall}
    if reloads:
        contracts = root / "faq" / "contracts.yaml"
        for name, path, edit in (
            (
                "reload_new",
                root / "asked" / "faq_train1.yaml",
                lambda t: t + ASKED_ITEM.format(k=time.time_ns()),
            ),
            (
                "reload_alt",
                contracts,
                lambda t: t.replace("    alternates:\n", ALTERNATE.format(k=time.time_ns()), 1),
            ),
            ("reload_same", root / "synonyms.yaml", lambda t: t + f"\n# edit {time.time_ns()}\n"),
        ):
            path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
            time.sleep(0.01)  # a new mtime
            changed, cpu, wall = _timed(service.reload_if_changed)  # type: ignore[attr-defined]
            assert changed, name
            out[f"{name}_cpu"], out[f"{name}_wall"] = cpu, wall
    print(json.dumps(out))


def run(code: Path, data: Path, cache: Path | None, reloads: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(code), str(data)]
    if cache is not None:
        cmd.append(str(cache))
    if reloads:
        cmd.append("--reloads")
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--baseline", default=BASELINE)
    p.add_argument("--child", nargs="+")
    p.add_argument("--reloads", action="store_true")
    a = p.parse_args()
    if a.child:
        child(a.child[0], a.child[1], a.child[2] if len(a.child) > 2 else None, a.reloads)
        return
    results: dict[str, list[dict[str, float]]] = {"baseline": [], "this": [], "this, model on disk": []}
    with tempfile.TemporaryDirectory() as t:
        base = Path(t) / "baseline"
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", a.baseline, "knowledge_base"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        this = Path(t) / "this"  # a copy: editing the working tree meanwhile changes nothing
        shutil.copytree(
            REPO / "knowledge_base", this / "knowledge_base", ignore=shutil.ignore_patterns("__pycache__")
        )
        for r in range(a.rounds):
            for name in ("baseline", "this"):
                data = Path(t) / f"data-{name}-{r}"
                shutil.copytree(DATA, data)
                cache = Path(t) / f"cache-{r}" if name == "this" else None
                results[name].append(run(base if name == "baseline" else this, data, cache, True))
                if cache is not None:  # the same knowledge base, started again
                    shutil.rmtree(data)
                    shutil.copytree(DATA, data)
                    results["this, model on disk"].append(run(this, data, cache, False))
            print(f"round {r + 1}: " + json.dumps({k: v[-1] for k, v in results.items()}), flush=True)
    base_med = {k: statistics.median(x[k] for x in results["baseline"]) for k in results["baseline"][0]}
    print(f"\nmedians of {a.rounds} rounds (s), ratio to the baseline {a.baseline} of this run:")
    for name, rows in results.items():
        med = {k: statistics.median(x[k] for x in rows) for k in rows[0]}
        cells = [f"{k} {v:.2f} ({v / base_med[k]:.2f}x)" for k, v in med.items()]
        print(f"{name:<20} " + "  ".join(cells))


if __name__ == "__main__":
    main()
