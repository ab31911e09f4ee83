"""Reference N-1 loops that the criticality engine must agree with: csgraph brute force, networkx.

Both recompute every OD distance from scratch for each removed element, the obvious way;
they are slow on purpose and serve the tests and ``benchmarks/criticality.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def _pairs(n_nodes: int, u, v) -> tuple[csr_matrix, dict[tuple[int, int], list[int]]]:
    m = csr_matrix((np.ones(len(u)), (np.asarray(u), np.asarray(v))), shape=(n_nodes, n_nodes))  # layout
    m.sum_duplicates()
    m.sort_indices()
    edges_of_pair: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (a, b) in enumerate(zip(u, v, strict=True)):
        edges_of_pair[(int(a), int(b))].append(i)
    return m, edges_of_pair


def brute_force_losses(
    n_nodes: int, u, v, w, groups, origins, destinations, demand, elements: Iterable[Hashable]
) -> dict[Hashable, tuple[float, float]]:
    """Return {element: (loss, unserved)} by the brute-force csgraph loop (the reference).

    The loop a careful user writes with scipy: the graph as one CSR matrix; for each
    element, set its links' weights to ``inf`` (a parallel link of another element keeps
    the pair usable) and run one multi-source :func:`scipy.sparse.csgraph.dijkstra` from
    all origins.
    """
    u, v, w = np.asarray(u), np.asarray(v), np.asarray(w, dtype=float)
    m, edges_of_pair = _pairs(n_nodes, u, v)
    rows = np.repeat(np.arange(n_nodes), np.diff(m.indptr))
    pos = {(int(a), int(b)): k for k, (a, b) in enumerate(zip(rows, m.indices, strict=True))}
    base_data = np.empty(m.nnz)
    for pair, edges in edges_of_pair.items():
        base_data[pos[pair]] = w[edges].min()
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        if g is not None:
            members[g].append(i)
    origins = np.asarray(origins)
    destinations = np.asarray(destinations)
    demand = np.asarray(demand, dtype=float)

    def od(data):
        g = csr_matrix((data, m.indices, m.indptr), shape=m.shape)
        return dijkstra(g, directed=True, indices=origins)[:, destinations]

    base = od(base_data)
    result = {}
    for g in elements:
        data = base_data.copy()
        gone = set(members[g])
        for i in members[g]:
            pair = (int(u[i]), int(v[i]))
            rest = [e for e in edges_of_pair[pair] if e not in gone]
            data[pos[pair]] = w[rest].min() if rest else np.inf
        result[g] = _losses(base, od(data), demand)
    return result


def _losses(base: np.ndarray, new: np.ndarray, demand: np.ndarray) -> tuple[float, float]:
    served = np.isfinite(new) & np.isfinite(base)
    loss = float((demand * np.subtract(new, base, out=np.zeros_like(base), where=served)).sum())
    unserved = float(demand[np.isinf(new) & np.isfinite(base)].sum())
    return loss, unserved


def naive_losses(
    n_nodes: int, u, v, w, groups, origins, destinations, demand, elements: Iterable[Hashable]
) -> dict[Hashable, tuple[float, float]]:
    """Return {element: (loss, unserved)} the slow obvious way, with networkx (the reference).

    For each element: copy the graph without its edges and recompute every OD
    shortest path with networkx's Dijkstra.
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_nodes_from(range(n_nodes))
    for i, (a, b, c) in enumerate(zip(u, v, w, strict=True)):
        G.add_edge(int(a), int(b), key=i, weight=float(c), group=groups[i])

    def all_dist(H):
        out = np.full((len(origins), len(destinations)), np.inf)
        for oi, o in enumerate(origins):
            d = nx.single_source_dijkstra_path_length(H, int(o), weight="weight")
            for di, t in enumerate(destinations):
                out[oi, di] = d.get(int(t), np.inf)
        return out

    base = all_dist(G)
    demand = np.asarray(demand, dtype=float)
    result = {}
    for g in elements:
        H = G.copy()
        H.remove_edges_from([(a, b, k) for a, b, k, d in G.edges(keys=True, data=True) if d["group"] == g])
        result[g] = _losses(base, all_dist(H), demand)
    return result
