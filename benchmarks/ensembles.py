"""Benchmark: disruption ensembles on the shipped network vs the naive networkx loop; Dask efficiency.

Reference (named): for each sampled day, copy the networkx graph, remove the closed edges, add
the delays, and run networkx Dijkstra from every OD place. The naive loop is timed on the first
--naive samples and extrapolated to --samples; the OD times of those samples must be identical.
Dask parallel efficiency = time(1 worker) / (2 x time(2 workers)), both LocalClusters started before the
clock runs. The engine solves each distinct disruption state once; with the shipped models most sampled days
repeat a state (nothing disrupted, or one closure), so 10,000 samples take well under a second in-process and
leave Dask nothing to parallelise. The efficiency is therefore measured on a heavier ensemble, stated in the
table: every border crossing independently closed 36 days a year (10 %), which makes most states distinct.

Usage: python benchmarks/ensembles.py [--samples 10000] [--naive 100] [--json PATH]
Targets: >= 20x faster than the naive loop; parallel efficiency >= 0.7.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import networkx as nx
import numpy as np
from rich.console import Console
from rich.table import Table

from corridorkit.analysis.ensembles import compile_ensemble, load_disruptions, run_chunk, run_ensemble
from corridorkit.analysis.network import build_network
from corridorkit.analysis.params import load_params


def naive_samples(G, places, models, seed, n):
    """The loop an OSMnx user writes, sample by sample, with the same random draws."""
    ce = compile_ensemble(G, places, models)
    seq = np.random.SeedSequence(seed).spawn(1)[0]
    rng = np.random.default_rng(seq)
    on = rng.random((n, len(ce.groups))) < np.array([g[1] for g in ce.groups])
    # map CSR positions back to (u, v) node pairs of the compiled graph
    rows = np.repeat(np.arange(ce.n), np.diff(ce.indptr))
    D0 = nx.DiGraph()
    for k in range(len(ce.indices)):
        D0.add_edge(int(rows[k]), int(ce.indices[k]), weight=float(ce.base[k]), pos=k)
    out = np.empty((n, len(places), len(places)))
    for s in range(n):
        D = D0.copy()
        for gi in np.flatnonzero(on[s]):
            positions, _, effect, delay = ce.groups[gi]
            for k in positions:
                u, v = int(rows[k]), int(ce.indices[k])
                if effect == "close":
                    if D.has_edge(u, v):
                        D.remove_edge(u, v)
                else:
                    D[u][v]["weight"] += delay
        for i, o in enumerate(ce.src):
            dist = nx.single_source_dijkstra_path_length(D, int(o), weight="weight")
            for j, t in enumerate(ce.dst):
                out[s, i, j] = dist.get(int(t), np.inf)
    return out, ce


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=10_000)
    ap.add_argument("--naive", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = ap.parse_args()
    G = build_network("2025-07-15")
    places = [p for p in load_params().od_places if p in G.graph["places"]]
    models = load_disruptions()

    t0 = time.perf_counter()
    naive, ce = naive_samples(G, places, models, args.seed, args.naive)
    naive_s = (time.perf_counter() - t0) / args.naive * args.samples
    engine_same = run_chunk(ce, np.random.SeedSequence(args.seed).spawn(1)[0], args.naive)
    identical = np.allclose(naive, engine_same, equal_nan=True, rtol=1e-9, atol=1e-6)

    t0 = time.perf_counter()
    run_ensemble(
        G,
        places,
        n_samples=args.samples,
        seed=args.seed,
        models=models,
        scheduler="synchronous",
        chunk_size=args.samples,
    )
    sync_s = time.perf_counter() - t0
    import copy

    from dask.distributed import LocalCluster

    heavy = copy.deepcopy(models)
    for m in heavy:
        if m["id"] == "border_crossings_generic":
            m["days_per_year"]["value"] = 36.5
    times = {}
    for w in (1, 2):
        cluster = LocalCluster(
            n_workers=w, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        try:
            kw = dict(models=heavy, scheduler=cluster.scheduler_address, chunk_size=250, progress=False)
            run_ensemble(G, places, n_samples=500, seed=args.seed + 1, **kw)  # warm the workers
            t0 = time.perf_counter()
            run_ensemble(G, places, n_samples=args.samples, seed=args.seed, **kw)
            times[w] = time.perf_counter() - t0
        finally:
            cluster.close()
    eff = times[1] / (2 * times[2])

    t = Table(
        title=f"Disruption ensemble: {args.samples:,} samples, {len(places)} OD places, "
        f"{len(ce.groups)} disruption groups, {G.number_of_edges():,} links"
    )
    t.add_column("measure")
    t.add_column("value")
    t.add_row("engine, in-process (s)", f"{sync_s:,.1f}")
    t.add_row(f"naive networkx loop (s) [{args.naive} samples, extrapolated]", f"{naive_s:,.0f}")
    t.add_row("ratio naive / engine", f"{naive_s / sync_s:,.0f}x (target >= 20x)")
    t.add_row("identical OD times on the shared samples", "yes" if identical else "NO")
    t.add_row("Dask, 1 worker (s) [heavier ensemble: crossings closed 10 % of days]", f"{times[1]:,.1f}")
    t.add_row("Dask, 2 workers (s) [same]", f"{times[2]:,.1f}")
    t.add_row("parallel efficiency (speed-up / 2)", f"{eff:.2f} (target >= 0.7)")
    Console().print(t)
    if args.json:
        figures = {
            "samples": args.samples,
            "naive_samples": args.naive,
            "od_places": len(places),
            "engine_s": round(sync_s, 3),
            "networkx_naive_s": round(naive_s, 1),
            "ratio_vs_networkx": round(naive_s / sync_s, 1),
            "identical": bool(identical),
            "dask_1_worker_s": round(times[1], 3),
            "dask_2_workers_s": round(times[2], 3),
            "parallel_efficiency": round(eff, 3),
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
