"""Min-cost multi-commodity flow on plain arrays: the exact LP (HiGHS), path decomposition, all-or-nothing.

The problem is stated on integer nodes and arcs so that it can be built from the corridor network
(:mod:`corridorkit.analysis.assignment`) or from a synthetic graph (``benchmarks/assignment.py``).

Formulation (arc-based, one commodity per origin)::

    minimise    sum_k sum_a c_a x_ka  +  sum_(o,d) p_od u_od
    subject to  sum_a out(n) x_ka - sum_a in(n) x_ka + [n = o_k] sum_d u_kd - [n = d] u_kd
                    = [n = o_k] D_k - [n = d] D_kd                      for every commodity k, node n
                sum_k sum_(a in g) x_ka <= C_g                            for every capacity group g
                x >= 0,  0 <= u_od <= D_od

A capacity group is a set of arcs sharing one capacity (both directions of a line, all the handling
moves at a port). The dual of a group's row is what one more unit of capacity there is worth.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import breadth_first_order, dijkstra

from corridorkit.errors import CorridorkitError

#: Flows below this (Mt/y, bcm/y) are solver noise.
TOL = 1e-7


@dataclass
class MCFProblem:
    """A min-cost multi-commodity flow problem on arrays.

    Attributes
    ----------
    n_nodes
        Nodes are ``0 .. n_nodes - 1``.
    tail, head, cost
        One entry per arc; cost per unit of flow (>= 0).
    group
        Capacity group of each arc, ``-1`` for an arc without a capacity.
    group_capacity
        Capacity of each group (indexed by group number).
    od_origin, od_destination, od_demand
        One entry per OD pair (distinct pairs, demand > 0, origin != destination).
    penalty
        Cost per unit of demand left unserved, one per OD pair.
    """

    n_nodes: int
    tail: np.ndarray
    head: np.ndarray
    cost: np.ndarray
    group: np.ndarray
    group_capacity: np.ndarray
    od_origin: np.ndarray
    od_destination: np.ndarray
    od_demand: np.ndarray
    penalty: np.ndarray

    @property
    def origins(self) -> np.ndarray:
        """The distinct origins, one commodity each, sorted."""
        return np.unique(self.od_origin)


@dataclass
class MCFSolution:
    """An optimal assignment: arc flows by commodity, unserved demand, group loads and duals."""

    arc_flow: np.ndarray
    commodity_arcs: dict[int, np.ndarray]
    commodity_flows: dict[int, np.ndarray]
    unserved: np.ndarray
    group_load: np.ndarray
    group_dual: np.ndarray
    transport_cost: float
    penalty_cost: float
    lp_size: dict = field(default_factory=dict)


def _reachable(n: int, tail: np.ndarray, head: np.ndarray, starts, *, reverse: bool = False) -> np.ndarray:
    """Return a boolean mask of the nodes reachable from any of ``starts`` (against the arcs if reverse)."""
    a, b = (head, tail) if reverse else (tail, head)
    # one extra node joined to every start: a single breadth-first search from it
    src = np.full(len(starts), n)
    m = sp.csr_matrix(
        (np.ones(len(a) + len(starts)), (np.concatenate([a, src]), np.concatenate([b, starts]))),
        shape=(n + 1, n + 1),
    )
    order = breadth_first_order(m, n, directed=True, return_predecessors=False)
    mask = np.zeros(n + 1, dtype=bool)
    mask[order] = True
    return mask[:n]


def solve_mcf(problem: MCFProblem, *, right_duals: bool = True) -> MCFSolution:
    """Return the exact min-cost multi-commodity flow of a problem, solved with HiGHS.

    ``right_duals`` re-solves with capacities raised by a sliver so that each dual is the value of one
    more unit of capacity even at a degenerate optimum (twice the solve time); False keeps HiGHS's duals.

    Each commodity (origin) gets variables only on the arcs that lie on some path from its
    origin to one of its destinations, which keeps the LP small on large graphs.

    Raises
    ------
    CorridorkitError
        HiGHS did not return an optimal solution (it always should: leaving demand unserved
        is always feasible).
    """
    pr = problem
    n = pr.n_nodes
    cols_k, arcs_k = [], {}
    for k in pr.origins:
        sel = pr.od_origin == k
        fwd = _reachable(n, pr.tail, pr.head, [k])
        bwd = _reachable(n, pr.tail, pr.head, pr.od_destination[sel], reverse=True)
        arcs = np.flatnonzero(fwd[pr.tail] & bwd[pr.head])
        arcs_k[int(k)] = arcs
        cols_k.append(arcs)
    n_x = sum(len(a) for a in cols_k)
    n_od = len(pr.od_demand)
    # equality rows keyed k * n + node, compressed to the rows that occur
    row_key, col, val = [], [], []
    offset = 0
    for k, arcs in zip(pr.origins, cols_k, strict=True):
        idx = np.arange(offset, offset + len(arcs))
        row_key += [k * n + pr.tail[arcs], k * n + pr.head[arcs]]
        col += [idx, idx]
        val += [np.ones(len(arcs)), -np.ones(len(arcs))]
        offset += len(arcs)
    u_idx = n_x + np.arange(n_od)
    row_key += [pr.od_origin * n + pr.od_origin, pr.od_origin * n + pr.od_destination]
    col += [u_idx, u_idx]
    val += [np.ones(n_od), -np.ones(n_od)]
    keys = np.concatenate(row_key)
    uniq, rows = np.unique(keys, return_inverse=True)
    A_eq = sp.csr_matrix((np.concatenate(val), (rows, np.concatenate(col))), shape=(len(uniq), n_x + n_od))
    b_eq = np.zeros(len(uniq))
    np.add.at(b_eq, np.searchsorted(uniq, pr.od_origin * n + pr.od_origin), pr.od_demand)
    np.add.at(b_eq, np.searchsorted(uniq, pr.od_origin * n + pr.od_destination), -pr.od_demand)
    # capacity rows: only the groups some variable touches
    all_arcs = np.concatenate(cols_k) if cols_k else np.zeros(0, dtype=int)
    g = pr.group[all_arcs]
    capped = np.flatnonzero(g >= 0)
    used_groups, g_rows = np.unique(g[capped], return_inverse=True)
    A_ub = sp.csr_matrix((np.ones(len(capped)), (g_rows, capped)), shape=(len(used_groups), n_x + n_od))
    b_ub = pr.group_capacity[used_groups].astype(float)
    c = np.concatenate([pr.cost[all_arcs], pr.penalty]).astype(float)
    bounds = np.column_stack([np.zeros(n_x + n_od), np.concatenate([np.full(n_x, np.inf), pr.od_demand])])
    t0 = time.perf_counter()
    res = linprog(
        c,
        A_ub=A_ub if len(used_groups) else None,
        b_ub=b_ub if len(used_groups) else None,
        A_eq=A_eq,
        b_eq=b_eq,
        bounds=bounds,
        method="highs",
    )
    solve_s = time.perf_counter() - t0
    if res.status != 0:
        raise CorridorkitError(f"the assignment LP was not solved to optimality: {res.message}")
    x = np.where(res.x[:n_x] > TOL, res.x[:n_x], 0.0)
    unserved = np.where(res.x[n_x:] > TOL, res.x[n_x:], 0.0)
    arc_flow = np.zeros(len(pr.tail))
    np.add.at(arc_flow, all_arcs, x)
    group_load = np.zeros(len(pr.group_capacity))
    has = pr.group >= 0
    np.add.at(group_load, pr.group[has], arc_flow[has])
    group_dual = np.zeros(len(pr.group_capacity))
    if len(used_groups) and not right_duals:
        group_dual[used_groups] = np.maximum(0.0, -res.ineqlin.marginals)
    elif len(used_groups):
        # When an optimum is degenerate (a link exactly full, or a path exactly as dear as leaving demand
        # unserved) the duals are not unique: any value between what one unit less costs and what one unit
        # more saves is optimal. Re-solving with every capacity raised by a sliver selects the latter, the
        # value of one more unit of capacity; the flows reported are those of the unperturbed solve.
        eps = 1e-4 * np.maximum(1.0, b_ub)
        t1 = time.perf_counter()
        res2 = linprog(c, A_ub=A_ub, b_ub=b_ub + eps, A_eq=A_eq, b_eq=b_eq, bounds=bounds, method="highs")
        solve_s += time.perf_counter() - t1
        marg = res2.ineqlin.marginals if res2.status == 0 else res.ineqlin.marginals
        group_dual[used_groups] = np.maximum(0.0, -marg)
    flows, offset = {}, 0
    for k, arcs in zip(pr.origins, cols_k, strict=True):
        flows[int(k)] = x[offset : offset + len(arcs)]
        offset += len(arcs)
    return MCFSolution(
        arc_flow=arc_flow,
        commodity_arcs=arcs_k,
        commodity_flows=flows,
        unserved=unserved,
        group_load=group_load,
        group_dual=group_dual,
        transport_cost=float(pr.cost @ arc_flow),
        penalty_cost=float(pr.penalty @ unserved),
        lp_size={
            "variables": int(n_x + n_od),
            "flow_variables": int(n_x),
            "unserved_variables": int(n_od),
            "equality_rows": int(len(uniq)),
            "capacity_rows": int(len(used_groups)),
            "nonzeros": int(A_eq.nnz + A_ub.nnz),
            "commodities": int(len(pr.origins)),
            "solve_s": solve_s,
        },
    )


def solve_mcf_paths(problem: MCFProblem, *, right_duals: bool = True, max_rounds: int = 500) -> MCFSolution:
    """Return the exact min-cost multi-commodity flow by column generation over paths (HiGHS master).

    The same LP as :func:`solve_mcf`, stated over paths: a master LP with one column per known path
    and one row per OD pair and per capacity group, and a pricing step that runs Dijkstra with each
    arc priced at its cost plus its group's congestion price (the negated capacity dual). A path whose
    priced cost is below its OD pair's dual lowers the objective and joins the master; when none is
    left the master's optimum is the full LP's optimum (its duals price every path non-negatively).
    On large graphs this is far smaller than the arc LP: it holds only the paths that are used.

    Raises
    ------
    CorridorkitError
        The master LP fails, or the pricing has not converged after ``max_rounds`` rounds.
    """
    pr = problem
    n_od = len(pr.od_demand)
    caps = pr.group_capacity.astype(float)
    capped = np.flatnonzero(np.isfinite(caps))
    row_of = np.full(len(caps), -1)
    row_of[capped] = np.arange(len(capped))
    paths: list[list[int]] = []
    path_od: list[int] = []
    seen: set[tuple[int, tuple[int, ...]]] = set()

    def add(i: int, arcs: list[int]) -> bool:
        key = (i, tuple(arcs))
        if key in seen:
            return False
        seen.add(key)
        paths.append(arcs)
        path_od.append(i)
        return True

    _, first = shortest_paths(pr)
    for i, p in enumerate(first):
        if p:
            add(i, p)

    def master(cap_rhs: np.ndarray):
        n_p = len(paths)
        cols = np.arange(n_p)
        rows_eq = np.concatenate([np.array(path_od, dtype=int), np.arange(n_od)])
        cols_eq = np.concatenate([cols, n_p + np.arange(n_od)])
        A_eq = sp.csr_matrix((np.ones(len(rows_eq)), (rows_eq, cols_eq)), shape=(n_od, n_p + n_od))
        r_ub, c_ub = [], []
        for j, arcs in enumerate(paths):
            g = pr.group[np.asarray(arcs, dtype=int)]
            g = g[g >= 0]
            r_ub.append(row_of[g])
            c_ub.append(np.full(len(g), j))
        r_ub = np.concatenate(r_ub) if r_ub else np.zeros(0, dtype=int)
        c_ub = np.concatenate(c_ub) if c_ub else np.zeros(0, dtype=int)
        A_ub = sp.csr_matrix((np.ones(len(r_ub)), (r_ub, c_ub)), shape=(len(capped), n_p + n_od))
        c = np.concatenate([[float(pr.cost[a].sum()) for a in paths], pr.penalty]).astype(float)
        bounds = np.column_stack([np.zeros(n_p + n_od), np.concatenate([np.full(n_p, np.inf), pr.od_demand])])
        res = linprog(
            c,
            A_ub=A_ub if len(capped) else None,
            b_ub=cap_rhs if len(capped) else None,
            A_eq=A_eq,
            b_eq=pr.od_demand,
            bounds=bounds,
            method="highs",
        )
        if res.status != 0:
            raise CorridorkitError(f"the assignment master LP was not solved to optimality: {res.message}")
        return res, A_eq.nnz + A_ub.nnz

    def converge(cap_rhs: np.ndarray):
        for rounds in range(1, max_rounds + 1):
            res, nnz = master(cap_rhs)
            sigma = res.eqlin.marginals
            mu = np.zeros(len(caps))
            if len(capped):
                mu[capped] = res.ineqlin.marginals
            weight = pr.cost - np.where(pr.group >= 0, mu[np.maximum(pr.group, 0)], 0.0)
            priced, best = shortest_paths(pr, weight)
            added = 0
            for i in range(n_od):
                if best[i] and priced[i] < sigma[i] - 1e-9 * (1 + abs(sigma[i])):
                    added += add(i, best[i])
            if not added:
                return res, nnz, rounds, mu
        raise CorridorkitError(f"column generation did not converge in {max_rounds} rounds")

    t0 = time.perf_counter()
    res, nnz, rounds, mu = converge(caps[capped])
    n_p = len(paths)
    f = np.where(res.x[:n_p] > TOL, res.x[:n_p], 0.0)
    unserved = np.where(res.x[n_p:] > TOL, res.x[n_p:], 0.0)
    dual_mu = mu
    if right_duals and len(capped):
        _, _, _, dual_mu = converge(caps[capped] + 1e-4 * np.maximum(1.0, caps[capped]))
    solve_s = time.perf_counter() - t0
    arc_flow = np.zeros(len(pr.tail))
    per_origin: dict[int, np.ndarray] = {int(k): np.zeros(len(pr.tail)) for k in pr.origins}
    for j, arcs in enumerate(paths):
        if f[j] > 0:
            np.add.at(arc_flow, arcs, f[j])
            np.add.at(per_origin[int(pr.od_origin[path_od[j]])], arcs, f[j])
    group_load = np.zeros(len(caps))
    has = pr.group >= 0
    np.add.at(group_load, pr.group[has], arc_flow[has])
    arcs_k = {k: np.flatnonzero(v) for k, v in per_origin.items()}
    return MCFSolution(
        arc_flow=arc_flow,
        commodity_arcs=arcs_k,
        commodity_flows={k: per_origin[k][arcs_k[k]] for k in per_origin},
        unserved=unserved,
        group_load=group_load,
        group_dual=np.maximum(0.0, -dual_mu),
        transport_cost=float(pr.cost @ arc_flow),
        penalty_cost=float(pr.penalty @ unserved),
        lp_size={
            "variables": int(n_p + n_od),
            "path_variables": int(n_p),
            "unserved_variables": int(n_od),
            "equality_rows": int(n_od),
            "capacity_rows": int(len(capped)),
            "nonzeros": int(nnz),
            "commodities": int(len(pr.origins)),
            "rounds": int(rounds),
            "solve_s": solve_s,
        },
    )


def decompose_paths(problem: MCFProblem, solution: MCFSolution) -> list[tuple[int, list[int], float]]:
    """Return the solution's flows as paths: ``(od index, arc indices, flow)``, largest flows first per OD.

    Each commodity's arc flows are peeled into origin-destination paths: walk from the origin along
    arcs with flow left, stop at a destination still owed flow, subtract the bottleneck. Cycles (of
    zero cost, which an optimal solution may contain) are cancelled when the walk meets them. When
    two destinations share arcs the split between them is one of several valid decompositions; the
    loads per arc do not depend on it.
    """
    pr = problem
    out: list[tuple[int, list[int], float]] = []
    for k in pr.origins:
        k = int(k)
        arcs, flow = solution.commodity_arcs[k], solution.commodity_flows[k].copy()
        pos = flow > TOL
        arcs, flow = arcs[pos], flow[pos]
        owed = {}
        for i in np.flatnonzero(pr.od_origin == k):
            served = pr.od_demand[i] - solution.unserved[i]
            if served > TOL:
                owed[int(pr.od_destination[i])] = [int(i), served]
        adj: dict[int, list[int]] = {}
        for j in np.argsort(arcs, kind="stable"):
            adj.setdefault(int(pr.tail[arcs[j]]), []).append(int(j))
        guard = 4 * (len(arcs) + len(owed)) + 10
        while any(v[1] > TOL for v in owed.values()) and guard > 0:
            guard -= 1
            node, walk, seen = k, [], {k: 0}
            while True:
                if node in owed and owed[node][1] > TOL and walk:
                    amount = min(min(flow[j] for j in walk), owed[node][1])
                    for j in walk:
                        flow[j] -= amount
                    owed[node][1] -= amount
                    out.append((owed[node][0], [int(arcs[j]) for j in walk], float(amount)))
                    break
                nxt = next((j for j in adj.get(node, []) if flow[j] > TOL), None)
                if nxt is None:
                    if not walk:  # the origin has no flow left: what is still owed is solver noise
                        owed = {}
                    else:  # a dead end left by solver noise: drop the arc that led here
                        flow[walk[-1]] = 0.0
                    break
                walk.append(nxt)
                node = int(pr.head[arcs[nxt]])
                if node in seen:  # a cycle: cancel it and start again
                    cyc = walk[seen[node] :]
                    m = min(flow[j] for j in cyc)
                    for j in cyc:
                        flow[j] -= m
                    break
                seen[node] = len(walk)
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def _csr_min(n: int, tail: np.ndarray, head: np.ndarray, cost: np.ndarray):
    """Return (csr matrix of the cheapest arc per node pair, arc index per pair) for Dijkstra."""
    # a tiny positive weight keeps zero-cost arcs as edges in the sparse graph
    w = cost + 1e-9
    order = np.lexsort((w, head, tail))
    pair = tail[order] * n + head[order]
    first = np.concatenate([[True], pair[1:] != pair[:-1]])
    best = order[first]
    m = sp.csr_matrix((w[best], (tail[best], head[best])), shape=(n, n))
    return m, {int(tail[a]) * n + int(head[a]): int(a) for a in best}


def shortest_paths(
    problem: MCFProblem, cost: np.ndarray | None = None
) -> tuple[np.ndarray, list[list[int] | None]]:
    """Return each OD pair's cheapest path cost and arcs, ignoring capacities (all-or-nothing).

    Unreachable pairs get cost ``inf`` and path None.
    """
    pr = problem
    n = pr.n_nodes
    c = pr.cost if cost is None else cost
    m, arc_of = _csr_min(n, pr.tail, pr.head, c)
    origins = pr.origins
    dist, pred = dijkstra(m, directed=True, indices=origins, return_predecessors=True)
    row = {int(o): i for i, o in enumerate(origins)}
    costs = np.full(len(pr.od_demand), np.inf)
    paths: list[list[int] | None] = []
    for i, (o, d) in enumerate(zip(pr.od_origin, pr.od_destination, strict=True)):
        r = row[int(o)]
        if not np.isfinite(dist[r, d]):
            paths.append(None)
            continue
        arcs, node = [], int(d)
        while node != o:
            p = int(pred[r, node])
            arcs.append(arc_of[p * n + node])
            node = p
        arcs.reverse()
        paths.append(arcs)
        costs[i] = float(c[arcs].sum())
    return costs, paths


def naive_assignment(problem: MCFProblem, *, iterations: int = 50, alpha: float = 4.0, beta: float = 4.0):
    """Return arc flows of iterated all-or-nothing with capacity penalties (the common heuristic).

    Each iteration loads all demand on the cheapest paths under penalised costs
    ``c_a * (1 + alpha * (load_g / C_g) ** beta)`` (a BPR-style curve on the arc's capacity group)
    and averages the loads (method of successive averages). It never leaves demand unserved and
    gives no guarantee that capacities hold: the benchmark counts its violations.
    """
    pr = problem
    cap = np.where(pr.group_capacity > 0, pr.group_capacity, 1e-9)
    load = np.zeros(len(pr.tail))
    for it in range(1, iterations + 1):
        glo = np.zeros(len(pr.group_capacity))
        has = pr.group >= 0
        np.add.at(glo, pr.group[has], load[has])
        ratio = np.where(has, glo[np.where(has, pr.group, 0)] / cap[np.where(has, pr.group, 0)], 0.0)
        # a floor on the base cost so that congestion also prices zero-cost arcs
        base = np.maximum(pr.cost, 1e-3)
        _, paths = shortest_paths(pr, base * (1 + alpha * ratio**beta))
        aon = np.zeros(len(pr.tail))
        for i, p in enumerate(paths):
            if p:
                np.add.at(aon, p, pr.od_demand[i])
        load = load + (aon - load) / it
    return load
