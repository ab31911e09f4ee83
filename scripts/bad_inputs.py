"""Run the bad-inputs table (tests/bad_inputs_cases.py) in subprocesses; print the counts per class.

    python scripts/bad_inputs.py [--json PATH] [--timeout S] [--jobs N] [--only SUBSTRING]

Each case runs ``python -m corridorkit ...`` in a fresh scratch folder, with a time limit and an
address-space limit (so an unbounded request fails instead of taking the machine), and is judged
by :func:`tests.bad_inputs_cases.judge`: exit code, no traceback, one line, the words the message
must contain, and the user's files byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.bad_inputs_cases import CASES, CLASSES, judge, make_fixtures, snapshot  # noqa: E402

MEMORY_LIMIT = 3 * 1024**3


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_case(case, timeout: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="ck-bad-") as d:
        tmp = Path(d)
        make_fixtures(tmp)
        before = snapshot(tmp / "mine")
        env = {**os.environ, "COLUMNS": "200", **case.environ(tmp)}
        cwd = tmp / case.cwd if case.cwd else tmp
        # a session of its own, so a timeout also ends the processes it started (Dask workers)
        proc = subprocess.Popen(
            [sys.executable, "-m", "corridorkit", *case.argv(tmp)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd, preexec_fn=_limit,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            code, out, err = None, "", f"timed out after {timeout:g} s"
        after = snapshot(tmp / "mine") if (tmp / "mine").exists() else {}
        wrong = judge(case, code, out, err, before, after) if code is not None else [err]
        return {"class": case.cls, "case": case.name, "exit": code, "ok": not wrong, "wrong": wrong,
                "stderr_tail": err.strip().splitlines()[-1:] if err.strip() else []}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    ap.add_argument("--skip", action="append", default=[],
                    help="Count a case (substring of its name) as failed without running it.")
    a = ap.parse_args()
    cases = [c for c in CASES if a.only in c.name]

    def one(c):
        if any(k in c.name for k in a.skip):
            return {"class": c.cls, "case": c.name, "exit": None, "ok": False, "wrong": ["not run (--skip)"],
                    "stderr_tail": []}
        return run_case(c, a.timeout)

    with ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(one, cases))
    for r in results:
        mark = "ok  " if r["ok"] else "FAIL"
        print(f"{mark} [{r['class']}] {r['case']}" + ("" if r["ok"] else f": {'; '.join(r['wrong'])[:300]}"))
    print()
    print(f"{'class':<28} {'cases':>5} {'pass':>5} {'fail':>5}")
    summary = {}
    for k, title in CLASSES.items():
        rs = [r for r in results if r["class"] == k]
        n_ok = sum(r["ok"] for r in rs)
        summary[k] = {"title": title, "cases": len(rs), "pass": n_ok, "fail": len(rs) - n_ok}
        print(f"{k}. {title:<25} {len(rs):>5} {n_ok:>5} {len(rs) - n_ok:>5}")
    tot = sum(s["pass"] for s in summary.values())
    print(f"{'total':<28} {len(results):>5} {tot:>5} {len(results) - tot:>5}")
    if a.json:
        a.json.write_text(json.dumps({"summary": summary, "results": results}, indent=1) + "\n")
    return 0 if tot == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
