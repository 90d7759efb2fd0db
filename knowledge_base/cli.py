"""`laborbot faq ask | eval | validate | export | import` (nothing heavy is imported until a command runs)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("faq", help="FAQ knowledge base: ask, evaluate, validate")
    fsub = p.add_subparsers(dest="faq_command", metavar="ACTION")
    ask = fsub.add_parser("ask", help="match a question and show the decision")
    ask.add_argument("question", nargs="?", help="the question (or use --batch)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--batch", type=Path, help="file with one question per line")
    ask.add_argument("--kb", type=Path, help="knowledge-base folder (default: the built-in one)")
    ask.add_argument("--model-cache", type=Path, metavar="DIR", help=MODEL_CACHE_HELP)
    ask.set_defaults(func=_ask)
    ev = fsub.add_parser("eval", help="accuracy on a labelled question set")
    ev.add_argument("file", type=Path)
    ev.add_argument("--kb", type=Path)
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--model-cache", type=Path, metavar="DIR", help=MODEL_CACHE_HELP)
    ev.set_defaults(func=_eval)
    va = fsub.add_parser("validate", help="check the knowledge base; every problem with file and line")
    va.add_argument("--kb", type=Path)
    va.set_defaults(func=_validate)
    ex = fsub.add_parser("export", help="the FAQ entries as an Excel sheet, one row per entry")
    ex.add_argument("--xlsx", type=Path, required=True, metavar="FILE")
    ex.add_argument("--kb", type=Path)
    ex.set_defaults(func=_export)
    im = fsub.add_parser("import", help="write an edited Excel sheet back into the YAML files")
    im.add_argument("--xlsx", type=Path, required=True, metavar="FILE")
    im.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    im.add_argument("--kb", type=Path)
    im.set_defaults(func=_import)


BUILT_IN = Path(__file__).resolve().parent / "data"
MODEL_CACHE_HELP = (
    "folder of trained models (default: the server's, <data dir>/model_cache): a knowledge base "
    "whose training texts are unchanged is not trained again"
)


def _kb_dir(arg: Path | None) -> Path:
    """--kb, else the configured folder (bot/cli.py fills it in), else the built-in one."""
    return arg if arg is not None else BUILT_IN


def _matcher(kb_arg: Path | None, model_cache: Path | None = None):  # noqa: ANN202
    """The matcher of the knowledge base; its model read from ``model_cache`` when trained
    before on the same texts, else trained and written there (as the server does)."""
    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.matcher import Matcher
    from knowledge_base.model import KBValidationError
    from knowledge_base.model_cache import ModelCache

    try:
        return Matcher(load_knowledge_base(_kb_dir(kb_arg)), models=ModelCache(model_cache))
    except KBValidationError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(
            f"error: the knowledge base has {len(exc.problems)} problem(s); run 'laborbot faq validate'",
            file=sys.stderr,
        )
        return None


def _ask(args: argparse.Namespace) -> int:
    if args.batch is None and not args.question:
        print("error: give a question or --batch FILE", file=sys.stderr)
        return 2
    if args.batch is not None:
        try:
            questions = args.batch.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: cannot read {args.batch}: {exc}", file=sys.stderr)
            return 2
    else:
        questions = [args.question]
    matcher = _matcher(args.kb, args.model_cache)
    if matcher is None:
        return 1
    for q in questions:
        result = matcher.match(q)
        if args.json:
            print(json.dumps(result.as_json(), ensure_ascii=False), flush=False)
        else:
            _explain(matcher, q, result)
    sys.stdout.flush()
    return 0


def _explain(matcher, question: str, result) -> None:  # noqa: ANN001
    print(f"问题：{question}")
    print(f"规范化：{result.normalized}")
    print(f"分词：{' / '.join(t[2:] for t in result.tokens if t.startswith('w:'))}")
    print(f"路由：{result.route}  决定：{result.decision}  得分：{result.score:.3f}")
    for c in result.candidates:
        entry = matcher.kb.entries.get(c.id)
        print(f"  候选 {c.id}  {c.score:.3f}  {entry.question if entry else ''}")
    if result.route == "faq" and result.id:
        entry = matcher.kb.entries[result.id]
        print("\n" + entry.answer)
        print("依据：" + "；".join(entry.sources))
    elif result.out_of_scope:
        print("\n" + result.out_of_scope)
    print()


def _eval(args: argparse.Namespace) -> int:
    import yaml

    from knowledge_base.evaluate import evaluate, report

    try:
        data = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    items = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        print(f"error: {args.file}: expected a list under 'questions'", file=sys.stderr)
        return 2
    matcher = _matcher(args.kb, args.model_cache)
    if matcher is None:
        return 1
    figures = evaluate(matcher, items)
    print(json.dumps(figures, ensure_ascii=False, indent=1) if args.json else report(figures))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from knowledge_base.loader import load_knowledge_base
    from knowledge_base.model import KBValidationError

    root = _kb_dir(args.kb)
    try:
        kb = load_knowledge_base(root)
    except KBValidationError as exc:
        for p in exc.problems:
            print(p)
        print(f"{len(exc.problems)} problem(s) in {root}", file=sys.stderr)
        return 1
    print(
        f"ok: {len(kb.entries)} entries, {len(kb.synonyms)} synonyms, {len(kb.centres)} centres, "
        f"{len(kb.holidays)} holiday years, {len(kb.local_figures)} local-figure regions in {root}"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from knowledge_base.xlsx import export_xlsx

    n = export_xlsx(_kb_dir(args.kb), args.xlsx)
    print(f"wrote {n} entries to {args.xlsx}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from knowledge_base.xlsx import SheetError, import_xlsx

    if not args.xlsx.is_file():
        print(f"error: {args.xlsx}: no such file", file=sys.stderr)
        return 2
    try:
        result = import_xlsx(_kb_dir(args.kb), args.xlsx, dry_run=args.dry_run)
    except SheetError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"error: {len(exc.problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    for eid, fields in sorted(result.changed.items()):
        print(f"changed {eid}: {', '.join(fields)}")
    for eid in result.added:
        print(f"added {eid}")
    if args.dry_run:
        print(f"dry run: {len(result.changed)} changed, {len(result.added)} added; nothing written")
    else:
        print(
            f"{len(result.changed)} changed, {len(result.added)} added; files written: {len(result.written)}"
        )
    return 0
