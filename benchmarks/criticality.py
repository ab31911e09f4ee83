"""Benchmark: the criticality engine vs the naive loop an OSMnx/GOSTnets user writes.

Reference (named): for each removed link, delete it from a networkx MultiDiGraph and
recompute all 50x50 OD shortest paths with networkx Dijkstra. The naive loop is timed
on a random sample of links and extrapolated to all links (it would take days in full);
the engine runs on every link. Losses must be identical on the sample: checked here.

Usage: python benchmarks/criticality.py [--side 160] [--sample 12]
Target: engine >= 50x faster than the naive loop on ~100,000 edges with a 50x50 OD set.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import od_set, road_like_graph  # noqa: E402

from corridorkit.analysis.criticality import CriticalityEngine, naive_losses  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--side", type=int, default=160)
    ap.add_argument("--sample", type=int, default=12)
    args = ap.parse_args()
    n, u, v, w, groups = road_like_graph(args.side)
    origins, dests, demand = od_set(n)
    elements = sorted(set(groups))

    t0 = time.perf_counter()
    eng = CriticalityEngine(n, u, v, w, groups, origins, dests, demand)
    res = eng.run(elements)
    engine_s = time.perf_counter() - t0

    rng = np.random.default_rng(3)
    # sample links that do matter (on some shortest path) and links that do not, half each
    table = res.table.set_index("element")
    hit = table.index[table.origins_recomputed > 0].to_numpy()
    miss = table.index[table.origins_recomputed == 0].to_numpy()
    k = args.sample // 2
    sample = list(rng.choice(hit, min(k, len(hit)), replace=False)) + list(
        rng.choice(miss, min(args.sample - k, len(miss)), replace=False)
    )
    t0 = time.perf_counter()
    ref = naive_losses(n, u, v, w, groups, origins, dests, demand, sample)
    naive_sample_s = time.perf_counter() - t0
    naive_s = naive_sample_s / len(sample) * len(elements)
    mismatches = [
        g
        for g in sample
        if not (
            np.isclose(table.loc[g, "loss"], ref[g][0], rtol=1e-9, atol=1e-6)
            and np.isclose(table.loc[g, "unserved_demand"], ref[g][1])
        )
    ]

    t = Table(
        title=f"Criticality: {len(u):,} directed edges, {len(elements):,} links removed one "
        f"at a time, OD {len(origins)}x{len(dests)}"
    )
    for c in ("measure", "value"):
        t.add_column(c)
    t.add_row("engine time, all links (s)", f"{engine_s:,.1f}")
    t.add_row(f"naive time, {len(sample)} sampled links (s)", f"{naive_sample_s:,.1f}")
    t.add_row("naive time, all links (s) [extrapolated from the sample]", f"{naive_s:,.0f}")
    t.add_row("ratio naive / engine", f"{naive_s / engine_s:,.0f}x (target >= 50x)")
    t.add_row("Dijkstra runs: engine (recomputations)", f"{res.recomputations:,}")
    t.add_row("Dijkstra runs: brute force (links x origins)", f"{res.brute_force_recomputations:,}")
    t.add_row("identical losses on the sample", "yes" if not mismatches else f"NO: {mismatches}")
    Console().print(t)
    return 0 if not mismatches and naive_s / engine_s >= 50 else 1


if __name__ == "__main__":
    raise SystemExit(main())
