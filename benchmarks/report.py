"""Benchmark: the full report against its budgets (time < 30 s, peak RSS < 1 GB, each map <= 5 MB).

Runs ``corridorkit report`` in a child process (so its peak RSS and CPU time are measured alone),
twice, and checks the second run writes byte-identical files. CPU time (user + system) is printed
next to wall time: on a shared machine wall time also counts the other processes' turns.

Usage: python benchmarks/report.py [--out DIR] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

#: Budgets (issue 19): wall seconds of one run and peak RSS in MB.
WALL_S = 30
RSS_MB = 1024


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(out: Path) -> tuple[float, float, float]:
    """Return wall seconds, CPU seconds (user + system) and peak RSS (MB) of one report run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "corridorkit", "report", "--out", str(out)], check=True, capture_output=True
    )
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp()) / "report")
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = ap.parse_args()
    t1, cpu1, rss1 = run(args.out)
    d1 = digest(args.out)
    t2, cpu2, rss2 = run(args.out)
    d2 = digest(args.out)
    maps = sorted((args.out / "maps").glob("*.html"))
    biggest = max(maps, key=lambda p: p.stat().st_size)
    total = sum((args.out / p).stat().st_size for p in d1)
    same = d1 == d2
    t = Table(title="corridorkit report: budgets")
    for c in ("measure", "value", "budget", "ok"):
        t.add_column(c)
    t.add_row("wall time, first run (s)", f"{t1:.1f}", f"< {WALL_S}", "yes" if t1 < WALL_S else "NO")
    t.add_row("wall time, second run (s)", f"{t2:.1f}", f"< {WALL_S}", "yes" if t2 < WALL_S else "NO")
    t.add_row("CPU time user+sys, first run (s)", f"{cpu1:.1f}", "", "")
    t.add_row("CPU time user+sys, second run (s)", f"{cpu2:.1f}", "", "")
    t.add_row(
        "peak RSS (MB)",
        f"{max(rss1, rss2):,.0f}",
        f"< {RSS_MB:,}",
        "yes" if max(rss1, rss2) < RSS_MB else "NO",
    )
    t.add_row(
        f"largest map ({biggest.name}, MB)",
        f"{biggest.stat().st_size / 1e6:.2f}",
        "<= 5",
        "yes" if biggest.stat().st_size <= 5e6 else "NO",
    )
    t.add_row("files / total size (MB)", f"{len(d1)} / {total / 1e6:.1f}", "", "")
    t.add_row("byte-identical on a second run", "yes" if same else "NO", "identical", "yes" if same else "NO")
    Console().print(t)
    if not same:
        for k in sorted(set(d1) | set(d2)):
            if d1.get(k) != d2.get(k):
                print("differs:", k)
    ok = same and t1 < WALL_S and max(rss1, rss2) < RSS_MB and biggest.stat().st_size <= 5e6
    if args.json:
        figures = {
            "first_run_s": round(t1, 2),
            "second_run_s": round(t2, 2),
            "first_run_cpu_s": round(cpu1, 2),
            "second_run_cpu_s": round(cpu2, 2),
            "peak_rss_mb": round(max(rss1, rss2), 1),
            "largest_map_mb": round(biggest.stat().st_size / 1e6, 3),
            "files": len(d1),
            "total_mb": round(total / 1e6, 2),
            "identical": same,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
