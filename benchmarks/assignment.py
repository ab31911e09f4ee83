"""Benchmark: capacity-constrained assignment, exact LP (HiGHS) vs the naive heuristic.

1. Every shipped scenario's cargo demand assigned on the shipped network (target: < 10 s each,
   network build included).
2. A synthetic road-like graph (benchmarks/synthetic.py) of ~10,000 directed edges with 400 OD
   commodities (20 origins x 20 destinations), capacities tight enough to bind: the LP solved exactly,
   its size printed; compared with the naive approach (iterated all-or-nothing with BPR-style capacity
   penalties, method of successive averages), on generalized cost and capacity violations.

The exact LP is solved two ways (arc-based per origin, and over paths by column generation) and must
give the same optimum; the naive heuristic serves all demand and is scored on what it overloads.

Usage: python benchmarks/assignment.py [--side 50] [--capacity 8] [--iterations 50] [--json PATH]
                                       [--skip-shipped]
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
from synthetic import road_like_graph  # noqa: E402

from corridorkit.analysis.mcf import MCFProblem, naive_assignment, solve_mcf, solve_mcf_paths  # noqa: E402
from corridorkit.geo.io import write_json  # noqa: E402


def synthetic_problem(side: int, seed: int = 5, capacity: float = 8.0) -> MCFProblem:
    """Return a grid of side x side nodes (~4 side^2 directed edges), 20 x 20 OD pairs, binding capacities."""
    n, u, v, w, groups = road_like_graph(side, seed=7)
    rng = np.random.default_rng(seed)
    nodes = rng.choice(n, 40, replace=False)
    origins, dests = nodes[:20], nodes[20:]
    o, d = np.meshgrid(origins, dests, indexing="ij")
    demand = rng.uniform(0.1, 1.0, o.size)
    groups = np.asarray(groups)
    # links of two road classes: most hold `capacity` units (both directions together), one in ten 30
    cap = np.where(rng.random(groups.max() + 1) < 0.1, 30.0, capacity)
    return MCFProblem(
        n_nodes=n,
        tail=u.astype(int),
        head=v.astype(int),
        cost=w,
        group=groups,
        group_capacity=cap,
        od_origin=o.ravel().astype(int),
        od_destination=d.ravel().astype(int),
        od_demand=demand,
        penalty=np.full(o.size, 1000.0),
    )


def violations(pr: MCFProblem, arc_flow: np.ndarray) -> tuple[int, float, float]:
    """Return (groups above capacity, tonnes above capacity in total, max utilisation)."""
    load = np.zeros(len(pr.group_capacity))
    has = pr.group >= 0
    np.add.at(load, pr.group[has], arc_flow[has])
    over = np.maximum(0.0, load - pr.group_capacity)
    return int((over > 1e-6).sum()), float(over.sum()), float((load / pr.group_capacity).max())


def shipped_rows() -> list[dict]:
    from corridorkit.analysis.assignment import assign_scenario
    from corridorkit.analysis.scenarios import shipped_scenarios

    rows = []
    for name in shipped_scenarios():
        t0 = time.perf_counter()
        a = assign_scenario(name, commodity="cargo")
        s = a.summary
        rows.append(
            {
                "scenario": name,
                "seconds": time.perf_counter() - t0,
                "lp_seconds": s["lp"]["solve_s"],
                "variables": s["lp"]["variables"],
                "served_mt": s["served"],
                "unserved_mt": s["unserved"],
                "diverted_mt": s["diverted"],
                "binding": len(s["binding"]),
                "max_utilisation": s["max_utilisation"],
            }
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--side", type=int, default=50, help="grid side: 50 gives ~9,700 directed edges")
    ap.add_argument("--iterations", type=int, default=50)
    ap.add_argument("--capacity", type=float, default=8.0, help="capacity of most links (both directions)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--skip-shipped", action="store_true")
    ap.add_argument("--skip-arc", action="store_true", help="skip the arc LP (slow on tight capacities)")
    args = ap.parse_args()
    console = Console()
    out: dict = {}
    ok = True

    if not args.skip_shipped:
        rows = shipped_rows()
        t = Table(title="Shipped scenarios, cargo, on the shipped network (target < 10 s each)")
        for c in (
            "scenario",
            "total s",
            "LP s",
            "variables",
            "served",
            "unserved",
            "diverted",
            "binding",
            "max util",
        ):
            t.add_column(c)
        for r in rows:
            t.add_row(
                r["scenario"],
                f"{r['seconds']:.1f}",
                f"{r['lp_seconds']:.2f}",
                f"{r['variables']:,}",
                f"{r['served_mt']:.2f}",
                f"{r['unserved_mt']:.2f}",
                f"{r['diverted_mt']:.2f}",
                str(r["binding"]),
                f"{r['max_utilisation']:.3f}",
            )
        console.print(t)
        out["shipped"] = rows
        ok &= all(r["seconds"] < 10 for r in rows)

    pr = synthetic_problem(args.side, capacity=args.capacity)
    t0 = time.perf_counter()
    cg = solve_mcf_paths(pr, right_duals=False)
    cg_s = time.perf_counter() - t0
    cg_viol = violations(pr, cg.arc_flow)
    if args.skip_arc:
        sol, lp_s = cg, None
    else:
        t0 = time.perf_counter()
        sol = solve_mcf(pr, right_duals=False)  # flows and cost only: one HiGHS solve
        lp_s = time.perf_counter() - t0
    lp_cost = sol.transport_cost
    lp_viol = violations(pr, sol.arc_flow)
    same = (
        bool(
            np.isclose(cg.transport_cost + cg.penalty_cost, sol.transport_cost + sol.penalty_cost, rtol=1e-7)
        )
        and not args.skip_arc
    )
    t0 = time.perf_counter()
    naive = naive_assignment(pr, iterations=args.iterations)
    naive_s = time.perf_counter() - t0
    naive_cost = float(pr.cost @ naive)
    naive_viol = violations(pr, naive)
    size, cgs = sol.lp_size, cg.lp_size
    t = Table(
        title=f"Synthetic road-like graph: {pr.n_nodes:,} nodes, {len(pr.tail):,} directed edges, "
        f"{len(pr.od_demand)} OD commodities ({size['commodities']} origins), "
        f"demand {pr.od_demand.sum():.1f}, link capacity {args.capacity:g} (one in ten 30)"
    )
    for c in (
        "measure",
        "exact: arc LP (HiGHS)",
        "exact: paths, column generation (HiGHS + Dijkstra)",
        f"naive: iterated AON + penalties ({args.iterations} it.)",
    ):
        t.add_column(c)

    def arc(text: str) -> str:
        return "not run" if args.skip_arc else text

    t.add_row("time (s)", arc(f"{lp_s:.1f}" if lp_s is not None else ""), f"{cg_s:.1f}", f"{naive_s:.1f}")
    t.add_row(
        "LP size",
        arc(
            f"{size['variables']:,} vars, {size['equality_rows']:,}+{size['capacity_rows']:,} rows, "
            f"{size['nonzeros']:,} nonzeros"
        ),
        f"{cgs['variables']:,} vars ({cgs['path_variables']:,} paths), {cgs['equality_rows']:,}+"
        f"{cgs['capacity_rows']:,} rows, {cgs['rounds']} rounds",
        "",
    )
    t.add_row(
        "transport cost (sum c x flow)",
        arc(f"{lp_cost:,.2f}"),
        f"{cg.transport_cost:,.2f}",
        f"{naive_cost:,.2f}",
    )
    t.add_row(
        "served / unserved",
        arc(f"{pr.od_demand.sum() - sol.unserved.sum():.2f} / {sol.unserved.sum():.2f}"),
        f"{pr.od_demand.sum() - cg.unserved.sum():.2f} / {cg.unserved.sum():.2f}",
        f"{pr.od_demand.sum():.2f} / 0 (by construction)",
    )
    t.add_row("links above capacity", arc(str(lp_viol[0])), str(cg_viol[0]), str(naive_viol[0]))
    t.add_row(
        "flow above capacity (sum)", arc(f"{lp_viol[1]:.3f}"), f"{cg_viol[1]:.3f}", f"{naive_viol[1]:.3f}"
    )
    t.add_row("max utilisation", arc(f"{lp_viol[2]:.3f}"), f"{cg_viol[2]:.3f}", f"{naive_viol[2]:.3f}")
    t.add_row("same optimum as the arc LP", "", "not run" if args.skip_arc else ("yes" if same else "NO"), "")
    console.print(t)
    out["synthetic"] = {
        "nodes": pr.n_nodes,
        "edges": int(len(pr.tail)),
        "od_commodities": int(len(pr.od_demand)),
        "capacity": args.capacity,
        "lp_size": size,
        "lp_seconds": lp_s,
        "lp_transport_cost": lp_cost,
        "lp_unserved": float(sol.unserved.sum()),
        "lp_violations": {"links": lp_viol[0], "excess": lp_viol[1], "max_utilisation": lp_viol[2]},
        "paths_size": cgs,
        "paths_seconds": cg_s,
        "paths_transport_cost": cg.transport_cost,
        "paths_same_optimum": same,
        "naive_seconds": naive_s,
        "naive_iterations": args.iterations,
        "naive_transport_cost": naive_cost,
        "naive_violations": {
            "links": naive_viol[0],
            "excess": naive_viol[1],
            "max_utilisation": naive_viol[2],
        },
    }
    ok &= same or args.skip_arc
    ok &= lp_viol[0] == 0
    if args.json:
        write_json(args.json, out)
        console.print(f"wrote {args.json}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
