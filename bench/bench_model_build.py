"""What building the FAQ model costs at start and at reload: this code against a baseline commit,
both measured in the same run, alternately, each in a fresh Python process on its own copy of
knowledge_base/data (users' asked questions included).

Per process (KnowledgeService, recalibrate off):
  cold start   KnowledgeService(...) in a fresh process, no model on disk: load, jieba, index,
               model trained (this code: a first model, its SVM stopped early, serves; cold full
               is the time from the start to the fully trained model, cold agree % the dev set's
               answers the first and the full model share, with --agree)
  cached start a second process on the same, unchanged knowledge base, with the model folder
               the first one wrote (the model is read, not trained); it then reloads:
  reload same  a comment appended to synonyms.yaml, reload_if_changed(): training texts unchanged
  reload new   one users' question appended to asked/faq_train1.yaml, reload_if_changed()
  reload alt   one alternate added to the first entry of faq/contracts.yaml, reload_if_changed():
               the model and the inverted index are built again
  full new / full alt   (this code) the reload's return to the fully trained model swapped in
               (the background training that follows a quick update)
  edit->answer the service's own watcher running (poll 0.5 s, as served): a question no entry
               answers is added as an alternate of an entry; the time from the file's write to
               the first answer of that question by that entry (asked every 10 ms meanwhile)
  edit->full   (this code) from the same write to the fully trained model serving
  edited start a third process after one more alternate was added while none ran: the folder
               has models of older versions of the knowledge base only (edited full / agree %:
               as for the cold start)
  agree %      (this code, --agree SET) the dev set's questions matched by the quick model right
               after "reload new" and by the full model that replaces it: share of identical
               (route, entry, decision)
CPU is the process's CPU time (all threads), wall the elapsed time; both on this shared two-core
machine, so the medians over --rounds and the ratios to the baseline of the same run are what to
read. Quality of the shipped build is not measured here: bench/faq_dev_table.py.

Usage: .venv/bin/python bench/bench_model_build.py [--rounds 3] [--baseline 8d6acaa]
       [--agree bench/faq_blind7.yaml]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from same_run import child_figures, unpack_knowledge_base

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "knowledge_base" / "data"
BASELINE = "8d6acaa"  # main before the quick-reload work (2026-12-01, issue 9)
ASKED_ITEM = "- q: 工地老板拖了我们三个月工钱 问第{k}遍了\n  entry: wage.arrears.construction\n"
ALTERNATE = "    alternates:\n      - 合同一直拖着不签 第{k}回问了\n"
# a question no entry answers before the edit makes it an alternate of the first contracts entry
ODD = "食堂阿姨打菜手抖得越来越厉害了第{k}回"


def _timed(fn) -> tuple[object, float, float]:  # type: ignore[no-untyped-def]
    cpu, wall = time.process_time(), time.perf_counter()
    out = fn()
    return out, round(time.process_time() - cpu, 3), round(time.perf_counter() - wall, 3)


def _settle(service, out: dict[str, float], name: str, since: float) -> None:  # type: ignore[no-untyped-def]
    settle = getattr(service, "settle", None)
    if settle is not None:
        settle(300)
        out[name] = round(time.perf_counter() - since, 3)


def _first_entry(text: str) -> str:
    at = text.index("- id:")
    return text[at + 5 : text.index("\n", at)].strip()


def child(code: str, data: str, cache: str | None, reloads: bool, agree: str | None) -> None:
    sys.path.insert(0, code)
    from knowledge_base.service import KnowledgeService

    root = Path(data)
    kwargs = {"model_cache": cache} if cache else {}
    service, cpu, wall = _timed(lambda: KnowledgeService(root, recalibrate=False, **kwargs))
    out: dict[str, float] = {"start_cpu": cpu, "start_wall": wall}
    if not reloads:
        if agree and service.current.matcher.provisional:  # type: ignore[attr-defined]
            started = time.perf_counter() - wall
            out["agree_pct"] = _agreement(service, agree)
            out["full_wall"] = round(time.perf_counter() - started, 3)
        print(json.dumps(out))
        return
    contracts = root / "faq" / "contracts.yaml"
    for name, path, edit in (
        ("reload_same", root / "synonyms.yaml", lambda t: t + f"\n# edit {time.time_ns()}\n"),
        ("reload_new", root / "asked" / "faq_train1.yaml", lambda t: t + ASKED_ITEM.format(k=time.time_ns())),
        (
            "reload_alt",
            contracts,
            lambda t: t.replace("    alternates:\n", ALTERNATE.format(k=time.time_ns()), 1),
        ),
    ):
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        time.sleep(0.01)  # a new mtime
        changed, cpu, wall = _timed(service.reload_if_changed)  # type: ignore[attr-defined]
        assert changed, name
        out[f"{name}_cpu"], out[f"{name}_wall"] = cpu, wall
        if name == "reload_new" and agree:
            out["agree_pct"] = _agreement(service, agree)
        elif name != "reload_same":
            _settle(service, out, f"full_{name.split('_')[1]}_wall", time.perf_counter() - wall)
    # edit -> answer, with the watcher as served
    text = contracts.read_text(encoding="utf-8")
    target, odd = _first_entry(text), ODD.format(k=time.time_ns())
    assert service.match(odd).id != target
    service.start()  # type: ignore[attr-defined]
    try:
        time.sleep(0.3)
        written = time.perf_counter()
        contracts.write_text(
            text.replace("    alternates:\n", f"    alternates:\n      - {odd}\n", 1), "utf-8"
        )
        while service.match(odd).id != target:
            if time.perf_counter() - written > 60:
                raise AssertionError("the edit was not answered within 60 s")
            time.sleep(0.01)
        out["edit_answer_wall"] = round(time.perf_counter() - written, 3)
        _settle(service, out, "edit_full_wall", written)
    finally:
        service.stop()  # type: ignore[attr-defined]
    print(json.dumps(out))


def _agreement(service, path: str) -> float:  # type: ignore[no-untyped-def]
    import yaml

    questions = [q["q"] for q in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["questions"]]
    quick_matcher = service.current.matcher
    assert quick_matcher.provisional, "no quick update or first model served"
    quick = [quick_matcher.match(q) for q in questions]
    service.settle(300)
    full = [service.current.matcher.match(q) for q in questions]
    same = sum(
        (a.route, a.id, a.decision) == (b.route, b.id, b.decision) for a, b in zip(quick, full, strict=True)
    )
    return round(100.0 * same / len(questions), 1)


def run(code: Path, data: Path, cache: Path | None, reloads: bool, agree: str | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(code), str(data)]
    if cache is not None:
        cmd.append(str(cache))
    if reloads:
        cmd.append("--reloads")
    if agree:
        cmd += ["--agree", agree]
    return child_figures(cmd)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--baseline", default=BASELINE)
    p.add_argument("--agree", help="a dev set (bench/faq_blind7.yaml): quick and full model agreement")
    p.add_argument("--child", nargs="+")
    p.add_argument("--reloads", action="store_true")
    a = p.parse_args()
    if a.child:
        child(a.child[0], a.child[1], a.child[2] if len(a.child) > 2 else None, a.reloads, a.agree)
        return
    print(f"load average at start: {os.getloadavg()}", flush=True)
    results: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    with tempfile.TemporaryDirectory() as t:
        base = unpack_knowledge_base(a.baseline, Path(t) / "baseline")
        this = Path(t) / "this"  # a copy: editing the working tree meanwhile changes nothing
        shutil.copytree(
            REPO / "knowledge_base", this / "knowledge_base", ignore=shutil.ignore_patterns("__pycache__")
        )
        for r in range(a.rounds):
            for name, code in (("baseline", base), ("this", this)):
                data, cache = Path(t) / f"data-{name}-{r}", Path(t) / f"cache-{name}-{r}"
                shutil.copytree(DATA, data)
                # a cold start (no model on disk), then a second process on the same knowledge
                # base and model folder (the model is read), which then reloads
                cold = run(code, data, cache, False, a.agree if name == "this" else None)
                row = {"cold_" + k: v for k, v in cold.items()}
                warm = run(code, data, cache, True, a.agree if name == "this" else None)
                row.update({("cached_" + k if k.startswith("start") else k): v for k, v in warm.items()})
                # a start after an edit made while no process ran (the folder has older models)
                contracts = data / "faq" / "contracts.yaml"
                text = contracts.read_text(encoding="utf-8")
                contracts.write_text(text.replace("    alternates:\n", ALTERNATE.format(k=r), 1), "utf-8")
                edited = run(code, data, cache, False, a.agree if name == "this" else None)
                row.update({"edited_" + k: v for k, v in edited.items()})
                results[name].append(row)
            print(f"round {r + 1}: " + json.dumps({k: v[-1] for k, v in results.items()}), flush=True)
    print(f"load average at the end: {os.getloadavg()}")
    base_med = {k: statistics.median(x[k] for x in results["baseline"]) for k in results["baseline"][0]}
    print(f"\nmedians of {a.rounds} rounds (s), ratio to the baseline {a.baseline} of this run:")
    for name, rows in results.items():
        med = {k: statistics.median(x[k] for x in rows) for k in rows[0]}
        cells = [
            f"{k} {v:.2f}" + (f" ({v / base_med[k]:.2f}x)" if k in base_med else "") for k, v in med.items()
        ]
        print(f"{name:<20} " + "  ".join(cells))


if __name__ == "__main__":
    main()
