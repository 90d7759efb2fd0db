"""Repeated FAQ traffic through POST /api/chat: this tree against other source trees (older
commits checked out elsewhere) in the same run, so a busy machine slows every tree alike.
Each tree's `laborbot serve` runs on SQLite and on PostgreSQL; the trees take turns for
`--rounds` rounds and the median rate of each is printed with its ratio to the first tree, and
the server process's CPU time per message (less disturbed by other load than the rate).
Run: .venv/bin/python bench/bench_faq_compare.py [--rounds 3] [--total 3000] [--no-pg] TREE...
(no TREE: this tree alone). Every tree runs on this tree's virtual environment."""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_throughput import dev_questions, load, serve  # noqa: E402
from tests.pg import free_port, start_postgres  # noqa: E402


@contextmanager
def served_trees(
    label: str, trees: list[Path], pg: Any, tmp: Path, prefix: str, **serve_args: Any
) -> Iterator[tuple[list[Any], list[int]]]:
    """Serve each tree on its own port and database (SQLite file or PostgreSQL database named
    prefix + n); yields the server processes and their ports, and stops them all on the way out."""
    ports, procs = [], []
    try:
        for n, tree in enumerate(trees):
            url = (
                f"sqlite+aiosqlite:///{tmp / f'{prefix}{n}.sqlite3'}"
                if pg is None or label == "SQLite"
                else pg.create_database(f"{prefix}{n}")
            )
            port = free_port()
            procs.append(serve(url, port, tmp / f"d{label}{n}", tree, **serve_args))
            ports.append(port)
        yield procs, ports
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)


def print_medians(label: str, trees: list[Path], rates: list[list[float]], cpu: list[list[float]]) -> None:
    """Each tree's median rate and server CPU per message, as ratios to the first tree."""
    first, first_cpu = statistics.median(rates[0]), statistics.median(cpu[0])
    for n, tree in enumerate(trees):
        med, med_cpu = statistics.median(rates[n]), statistics.median(cpu[n])
        print(
            f"{label} {tree}: median {med:.0f} msgs/s (ratio to {trees[0].name} {med / first:.3f}), "
            f"server CPU {med_cpu:.0f} us/msg (ratio {med_cpu / first_cpu:.3f})"
        )


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), robust to other load on the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--total", type=int, default=3000)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    trees = [REPO, *[t.resolve() for t in args.trees]]
    questions = dev_questions()
    tmp = Path(tempfile.mkdtemp())
    pg = None if args.no_pg else start_postgres()
    try:
        for label in ("SQLite",) if pg is None else ("SQLite", "PostgreSQL"):
            with served_trees(label, trees, pg, tmp, "faq") as (procs, ports):
                for port in ports:
                    await load([port], "faq", questions, total=500)  # warm up
                rates: list[list[float]] = [[] for _ in trees]
                cpu: list[list[float]] = [[] for _ in trees]
                for _ in range(args.rounds):
                    for n, port in enumerate(ports):
                        before = cpu_seconds(procs[n].pid)
                        rate, p50, p99 = await load([port], "faq", questions, total=args.total)
                        rates[n].append(rate)
                        cpu[n].append((cpu_seconds(procs[n].pid) - before) / args.total * 1e6)
                        print(
                            f"  {label} {trees[n]}: {rate:.0f} msgs/s p50 {p50:.1f} ms p99 {p99:.1f} ms, "
                            f"server CPU {cpu[n][-1]:.0f} us/msg",
                            flush=True,
                        )
                print_medians(label, trees, rates, cpu)
    finally:
        if pg is not None:
            pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
