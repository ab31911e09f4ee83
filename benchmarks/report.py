"""Benchmark: the full report against its budgets (time < 30 s, peak RSS < 1 GB, each map <= 5 MB).

Runs ``corridorkit report`` in a child process (so its peak RSS and CPU time are measured alone),
twice with the default two processes (``--jobs 2``) and once in one (``--jobs 1``), and checks that all
three write byte-identical files. CPU time (user + system) is printed
next to wall time: on a shared machine wall time also counts the other processes' turns.

Usage: python benchmarks/report.py [--out DIR] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
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


def _tree(pid: int) -> list[int]:
    """Return a process and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for t in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (t / "children").read_text().split()]
        except OSError:
            pass
    return out


def _memory_mb(pids: list[int]) -> tuple[float, float]:
    """Return the summed RSS and PSS (shared pages split between the processes sharing them) in MB."""
    rss = pss = 0.0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) / 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) / 1024
        except OSError:
            pass
    return rss, pss


def run(out: Path, jobs: int) -> dict:
    """Run one report; return wall and CPU seconds, the largest process's peak RSS and the tree's peaks.

    The report with ``--jobs 2`` runs in two processes (the second forked from the first, sharing its
    pages until either writes them): the tree's summed RSS counts shared pages twice, its summed PSS
    once; both are sampled every 0.1 s (Linux). CPU time and the largest process's peak RSS are this
    run's own (``wait4`` on the child: its usage and its descendants'), not the maximum over the runs
    before it as ``getrusage(RUSAGE_CHILDREN)`` would give.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "corridorkit", "report", "--out", str(out), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    tree_rss = tree_pss = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss, pss = _memory_mb(_tree(proc.pid))
        tree_rss, tree_pss = max(tree_rss, rss), max(tree_pss, pss)
        time.sleep(0.1)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait for it again
    if proc.returncode:
        raise SystemExit(f"corridorkit report failed: {proc.stderr.read().decode()[-2000:]}")
    return {
        "wall_s": elapsed,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "process_rss_mb": usage.ru_maxrss / 1024,
        "tree_rss_mb": tree_rss,
        "tree_pss_mb": tree_pss,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp()) / "report")
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = ap.parse_args()
    r1 = run(args.out, 2)
    d1 = digest(args.out)
    r2 = run(args.out, 2)
    d2 = digest(args.out)
    serial = args.out.with_name(args.out.name + "-jobs1")
    r0 = run(serial, 1)
    d0 = digest(serial)
    maps = sorted((args.out / "maps").glob("*.html"))
    biggest = max(maps, key=lambda p: p.stat().st_size)
    total = sum((args.out / p).stat().st_size for p in d1)
    same = d1 == d2 == d0
    rss = max(r1["tree_pss_mb"], r2["tree_pss_mb"])
    t = Table(title="corridorkit report: budgets")
    for c in ("measure", "--jobs 2 (default), run 1", "run 2", "--jobs 1", "budget", "ok"):
        t.add_column(c)

    def row(label, key, budget=None, fmt="{:.1f}"):
        ok = "" if budget is None else ("yes" if max(r1[key], r2[key]) < budget else "NO")
        limit = "" if budget is None else f"< {budget:,}"
        t.add_row(label, *(fmt.format(r[key]) for r in (r1, r2, r0)), limit, ok)

    row("wall time (s)", "wall_s", WALL_S)
    row("CPU time, user+sys, all processes (s)", "cpu_s")
    row("peak RSS of the largest process (MB)", "process_rss_mb", RSS_MB, "{:,.0f}")
    row("peak summed PSS of the processes (MB)", "tree_pss_mb", RSS_MB, "{:,.0f}")
    row("peak summed RSS (shared pages counted twice, MB)", "tree_rss_mb", None, "{:,.0f}")
    t.add_row(
        f"largest map ({biggest.name}, MB)", f"{biggest.stat().st_size / 1e6:.2f}", "", "", "<= 5",
        "yes" if biggest.stat().st_size <= 5e6 else "NO",
    )
    t.add_row("files / total size (MB)", f"{len(d1)} / {total / 1e6:.1f}", "", "", "", "")
    yes = "yes" if same else "NO"
    t.add_row("byte-identical (run 2 and --jobs 1)", yes, "", "", "identical", yes)
    Console().print(t)
    if not same:
        for k in sorted(set(d1) | set(d2) | set(d0)):
            if not d1.get(k) == d2.get(k) == d0.get(k):
                print("differs:", k)
    t1 = max(r1["wall_s"], r2["wall_s"])
    ok = same and t1 < WALL_S and max(rss, r1["process_rss_mb"], r2["process_rss_mb"]) < RSS_MB
    ok = ok and biggest.stat().st_size <= 5e6
    if args.json:
        figures = {
            "first_run_s": round(r1["wall_s"], 2),
            "second_run_s": round(r2["wall_s"], 2),
            "first_run_cpu_s": round(r1["cpu_s"], 2),
            "second_run_cpu_s": round(r2["cpu_s"], 2),
            "jobs1_s": round(r0["wall_s"], 2),
            "jobs1_cpu_s": round(r0["cpu_s"], 2),
            "peak_rss_mb": round(max(r1["process_rss_mb"], r2["process_rss_mb"]), 1),
            "peak_tree_pss_mb": round(rss, 1),
            "peak_tree_rss_mb": round(max(r1["tree_rss_mb"], r2["tree_rss_mb"]), 1),
            "jobs1_peak_rss_mb": round(r0["process_rss_mb"], 1),
            "largest_map_mb": round(biggest.stat().st_size / 1e6, 3),
            "files": len(d1),
            "total_mb": round(total / 1e6, 2),
            "identical": same,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
