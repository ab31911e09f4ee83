"""Benchmark: explorer.html against its budgets (size <= 15 MB, opens in < 3 s in headless Chromium).

Writes the page twice with ``corridorkit explore`` in a child process (wall and CPU time, and a
check that the second run is byte-identical), then opens it in Debian's chromium through
playwright (no browser download) several times: the load time is from navigation to the page
saying it is ready (data parsed, layers drawn, labels placed). It also times one route query.

Usage: python benchmarks/explorer.py [--out DIR] [--runs N] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

SIZE_BUDGET_MB = 15.0
LOAD_BUDGET_S = 3.0


def write(out: Path) -> tuple[float, float]:
    """Run ``corridorkit explore``; return (wall s, CPU s of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "corridorkit", "explore", "--out", str(out)], check=True, capture_output=True
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def open_times(page: Path, runs: int) -> tuple[list[float], list[float], float]:
    """Return the load times (s) of ``runs`` fresh tabs, as measured outside and inside, and one route (ms).

    Outside: from ``goto`` to the page saying it is ready, as a user waits. Inside: the page's own
    clock (``performance.now()``, from navigation start) when it is ready.
    """
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Debian's chromium is not installed (apt-get install chromium)")
    loads, in_page = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(runs):
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            tab.goto(page.as_uri())
            tab.wait_for_function("document.body.dataset.ckReady === '1'", timeout=60_000, polling=20)
            loads.append(time.perf_counter() - t0)
            in_page.append(float(tab.evaluate("document.body.dataset.ckReadyMs")) / 1000)
            tab.close()
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        tab.goto(page.as_uri())
        tab.wait_for_function("document.body.dataset.ckReady === '1'", timeout=60_000)
        tab.select_option("#ck-scenario", "s1-multivector-pivot")
        route_ms = tab.evaluate(
            """() => { const f = document.getElementById('ck-from'), t = document.getElementById('ck-to');
                 f.value = "xi'an"; f.dispatchEvent(new Event('change'));
                 t.value = 'duisburg'; const t0 = performance.now(); t.dispatchEvent(new Event('change'));
                 return performance.now() - t0; }"""
        )
        browser.close()
    return loads, in_page, route_ms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp()) / "explorer")
    ap.add_argument("--runs", type=int, default=5, help="page loads to time")
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = ap.parse_args()
    wall1, cpu1 = write(args.out)
    page = args.out / "explorer.html"
    sha1 = hashlib.sha256(page.read_bytes()).hexdigest()
    wall2, cpu2 = write(args.out)
    same = hashlib.sha256(page.read_bytes()).hexdigest() == sha1
    size_mb = page.stat().st_size / 1e6
    loads, in_page, route_ms = open_times(page, args.runs)
    load = statistics.median(loads)
    t = Table(title="explorer.html: budgets")
    for c in ("measure", "value", "budget", "ratio", "ok"):
        t.add_column(c)
    t.add_row("size (MB)", f"{size_mb:.2f}", f"<= {SIZE_BUDGET_MB:g}", f"{size_mb / SIZE_BUDGET_MB:.2f}",
              "yes" if size_mb <= SIZE_BUDGET_MB else "NO")
    t.add_row(f"opens in headless chromium, median of {len(loads)} (s)", f"{load:.2f}",
              f"< {LOAD_BUDGET_S:g}", f"{load / LOAD_BUDGET_S:.2f}", "yes" if load < LOAD_BUDGET_S else "NO")
    t.add_row("slowest open (s)", f"{max(loads):.2f}", "", "", "")
    t.add_row("ready by the page's own clock, median (s)", f"{statistics.median(in_page):.2f}", "", "", "")
    t.add_row("one route query, Xi'an–Duisburg with the baseline beside (ms)", f"{route_ms:.0f}", "", "", "")
    t.add_row("write: wall / CPU, first run (s)", f"{wall1:.1f} / {cpu1:.1f}", "", "", "")
    t.add_row("write: wall / CPU, second run (s)", f"{wall2:.1f} / {cpu2:.1f}", "", "", "")
    yes = "yes" if same else "NO"
    t.add_row("byte-identical on a second run", yes, "identical", "", yes)
    Console().print(t)
    ok = same and size_mb <= SIZE_BUDGET_MB and load < LOAD_BUDGET_S
    if args.json:
        figures = {
            "size_mb": round(size_mb, 3),
            "load_s_median": round(load, 3),
            "load_s": [round(x, 3) for x in loads],
            "ready_in_page_s": [round(x, 3) for x in in_page],
            "route_query_ms": round(route_ms, 1),
            "write_wall_s": [round(wall1, 2), round(wall2, 2)],
            "write_cpu_s": [round(cpu1, 2), round(cpu2, 2)],
            "identical": same,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
