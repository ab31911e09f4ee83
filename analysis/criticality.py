"""N-1 criticality: the OD-weighted loss when one asset (or place) is removed, exactly and fast.

The engine compiles the network to CSR once and runs one Dijkstra per origin for
the baseline, keeping each origin's shortest-path tree pruned to the paths that
reach a destination with demand. Removing an asset masks its edges' weights
(``inf``); only origins whose pruned tree uses one of those edges can change,
so only they are recomputed. The result equals the naive loop (remove the edge
in networkx, recompute every OD shortest path) exactly; ``benchmarks/criticality.py``
measures both.

Loss of an asset = sum over OD pairs of demand x increase of the weight (e.g.
t x h); pairs cut off entirely count as unserved demand, reported separately.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


@dataclass
class CriticalityResult:
    """Loss per removed element, with counts of the work done."""

    table: pd.DataFrame
    recomputations: int
    brute_force_recomputations: int
    details: dict[Hashable, list[dict]] = field(default_factory=dict, repr=False)


class CriticalityEngine:
    """Exact N-1 criticality on a weighted directed graph given as edge arrays.

    Parameters
    ----------
    n_nodes
        Number of nodes (0..n-1).
    u, v, w
        Edge arrays (tails, heads, non-negative weights). Parallel edges are allowed.
    groups
        For each edge, the element it belongs to (an asset id), or None for edges
        that are never removed. Removing an element removes all its edges.
    origins, destinations
        Node indices of the OD set.
    demand
        Matrix (len(origins) x len(destinations)) of demand; zero pairs are ignored.
    """

    def __init__(
        self, n_nodes: int, u, v, w, groups: list[Hashable | None], origins, destinations, demand
    ) -> None:
        self.n = int(n_nodes)
        self.u = np.asarray(u, dtype=np.int64)
        self.v = np.asarray(v, dtype=np.int64)
        self.w = np.asarray(w, dtype=float)
        if (self.w < 0).any() or not np.isfinite(self.w).all():
            raise ValueError("edge weights must be finite and >= 0")
        self.groups = list(groups)
        self.origins = np.asarray(origins, dtype=np.int64)
        self.destinations = np.asarray(destinations, dtype=np.int64)
        self.demand = np.asarray(demand, dtype=float)
        self._compile()
        self._baseline()

    # -- compilation: one CSR entry per (u, v) pair, the minimum over parallel edges -----------
    def _compile(self) -> None:
        key = self.u * self.n + self.v
        order = np.lexsort((self.w, key))
        k_sorted = key[order]
        first = np.ones(len(order), bool)
        first[1:] = k_sorted[1:] != k_sorted[:-1]
        pair_of_edge = np.empty(len(order), np.int64)
        pair_of_edge[order] = np.cumsum(first) - 1
        self.pair_of_edge = pair_of_edge
        uniq = order[first]
        self.pair_u, self.pair_v = self.u[uniq], self.v[uniq]
        self.pair_w = self.w[uniq]
        self.pair_edges: list[np.ndarray] = np.split(order, np.flatnonzero(first)[1:])
        # CSR with a fixed layout; masking changes .data only. Zero weights become tiny positive
        # numbers because CSR drops explicit zeros.
        eps = 1e-12
        m = csr_matrix(
            (np.where(self.pair_w == 0, eps, self.pair_w), (self.pair_u, self.pair_v)), shape=(self.n, self.n)
        )
        m.sort_indices()
        self.csr = m
        # position of each pair in csr.data
        row_start = m.indptr[self.pair_u]
        cols = m.indices
        self.pair_pos = np.array(
            [
                row_start[i] + np.searchsorted(cols[m.indptr[pu] : m.indptr[pu + 1]], pv)
                for i, (pu, pv) in enumerate(zip(self.pair_u, self.pair_v, strict=True))
            ],
            dtype=np.int64,
        )
        self.base_data = m.data.copy()
        self.edges_of_group: dict[Hashable, np.ndarray] = {}
        tmp: dict[Hashable, list[int]] = defaultdict(list)
        for i, g in enumerate(self.groups):
            if g is not None:
                tmp[g].append(i)
        self.edges_of_group = {g: np.array(ix, dtype=np.int64) for g, ix in tmp.items()}

    def _baseline(self) -> None:
        dist, pred = dijkstra(self.csr, directed=True, indices=self.origins, return_predecessors=True)
        self.base_dist = dist[:, self.destinations]
        # For each origin, the tree pairs (pred[x] -> x) on the paths to destinations with demand.
        self.origins_of_pair: dict[int, list[int]] = defaultdict(list)
        pair_index = {
            (int(a), int(b)): i for i, (a, b) in enumerate(zip(self.pair_u, self.pair_v, strict=True))
        }
        for oi in range(len(self.origins)):
            used: set[int] = set()
            for di, dnode in enumerate(self.destinations):
                if self.demand[oi, di] <= 0 or not np.isfinite(self.base_dist[oi, di]):
                    continue
                x = int(dnode)
                while x != self.origins[oi]:
                    p = int(pred[oi, x])
                    pi = pair_index[(p, x)]
                    if pi in used:
                        break  # the rest of this path is already marked
                    used.add(pi)
                    x = p
            for pi in used:
                self.origins_of_pair[pi].append(oi)

    # -- removal ----------------------------------------------------------------------------
    def _changed_pairs(self, edge_ids: np.ndarray) -> list[tuple[int, float]]:
        """Return the CSR pairs whose weight changes when the edges go, with their new weight."""
        removed = set(int(e) for e in edge_ids)
        changed = []
        for pi in sorted({int(self.pair_of_edge[e]) for e in edge_ids}):
            rest = [e for e in self.pair_edges[pi] if int(e) not in removed]
            new_w = min((self.w[e] for e in rest), default=np.inf)
            if new_w != self.pair_w[pi]:
                changed.append((pi, new_w))
        return changed

    def remove(self, edge_ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
        """Return (new distances origin x destination, indices of origins recomputed)."""
        edge_ids = np.asarray(list(edge_ids), dtype=np.int64)
        changed = self._changed_pairs(edge_ids)
        affected = sorted({oi for pi, _ in changed for oi in self.origins_of_pair.get(pi, ())})
        if not affected:
            return self.base_dist, np.zeros(0, dtype=np.int64)
        data = self.base_data.copy()
        for pi, new_w in changed:
            data[self.pair_pos[pi]] = np.inf if not np.isfinite(new_w) else max(new_w, 1e-12)
        new = self.base_dist.copy()
        m = csr_matrix((data, self.csr.indices, self.csr.indptr), shape=self.csr.shape)
        d = dijkstra(m, directed=True, indices=self.origins[affected])
        new[affected] = d[:, self.destinations]
        return new, np.array(affected, dtype=np.int64)

    def loss(self, new_dist: np.ndarray) -> tuple[float, float, int]:
        """Return (weighted loss over served pairs, unserved demand, number of pairs affected)."""
        base = self.base_dist
        served = np.isfinite(new_dist) & np.isfinite(base)
        delta = np.subtract(new_dist, base, out=np.zeros_like(base), where=served)
        lost = np.isinf(new_dist) & np.isfinite(base)
        loss = float((self.demand * np.clip(delta, 0, None)).sum())
        unserved = float(self.demand[lost].sum())
        n_aff = int(((delta > 1e-9) & (self.demand > 0)).sum() + (lost & (self.demand > 0)).sum())
        return loss, unserved, n_aff

    def run(self, elements: Iterable[Hashable] | None = None) -> CriticalityResult:
        """Return the loss of removing each element (default: every group), ranked."""
        elements = list(self.edges_of_group) if elements is None else list(elements)
        rows = []
        recomputed = 0
        details = {}
        for g in elements:
            new, affected = self.remove(self.edges_of_group[g])
            recomputed += len(affected)
            loss, unserved, n_aff = self.loss(new)
            rows.append(
                {
                    "element": g,
                    "loss": loss,
                    "unserved_demand": unserved,
                    "od_pairs_affected": n_aff,
                    "origins_recomputed": len(affected),
                }
            )
            if n_aff:
                details[g] = self._explain(new)
        table = pd.DataFrame(rows)
        if len(table):
            table = table.sort_values(
                ["unserved_demand", "loss", "element"],
                ascending=[False, False, True],
                key=lambda s: s.astype(str) if s.name == "element" else s,
            ).reset_index(drop=True)
        return CriticalityResult(table, recomputed, len(elements) * len(self.origins), details)

    def _explain(self, new: np.ndarray, top: int = 5) -> list[dict]:
        base = self.base_dist
        delta = np.full_like(base, np.inf)
        np.subtract(new, base, out=delta, where=np.isfinite(new) & np.isfinite(base))
        weight = np.where(np.isinf(delta), np.inf, delta * self.demand)
        idx = np.argsort(-np.where(self.demand > 0, weight, -1).ravel(), kind="stable")[:top]
        out = []
        for flat in idx:
            oi, di = np.unravel_index(flat, base.shape)
            if self.demand[oi, di] <= 0 or delta[oi, di] <= 1e-9:
                continue
            out.append(
                {
                    "origin": int(oi),
                    "destination": int(di),
                    "before": float(base[oi, di]),
                    "after": float(new[oi, di]),
                    "demand": float(self.demand[oi, di]),
                }
            )
        return out


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
        new = all_dist(H)
        served = np.isfinite(new) & np.isfinite(base)
        loss = float((demand * np.subtract(new, base, out=np.zeros_like(base), where=served)).sum())
        unserved = float(demand[np.isinf(new) & np.isfinite(base)].sum())
        result[g] = (loss, unserved)
    return result


def network_criticality(
    G,
    demand: Mapping[tuple[str, str], float],
    *,
    weight: str = "time",
    level: str = "asset",
    elements: Iterable[str] | None = None,
    layers: tuple[str, ...] = ("rail", "road", "sea"),
) -> CriticalityResult:
    """Return the N-1 criticality of every asset (or place) of a corridorkit network.

    Parameters
    ----------
    G
        The network (:func:`corridorkit.analysis.network.build_network`).
    demand
        ``{(origin place, destination place): Mt/y}``.
    weight
        ``"time"`` (loss in Mt x h per year) or ``"cost"`` (USD/t x Mt = million USD per year).
    level
        ``"asset"``: lines, crossings and transfer places by asset id; ``"place"``:
        every edge touching a place's nodes (ports, junctions, stations).
    elements
        Only these asset or place ids.
    layers
        Network layer families to use.
    """
    from corridorkit.analysis.od import compile_graph

    places = sorted({p for od in demand for p in od})
    cg = compile_graph(G, weight=weight, places=places, layers=layers)
    groups: list[Hashable | None] = []
    for key in cg.edge_keys:
        if key is None:
            groups.append(None)
            continue
        d = G.edges[key]
        if level == "asset":
            groups.append(d["asset_id"])
        else:
            groups.append(None)
    if level == "place":
        # an edge can belong to two places; expand by duplicating membership via a map
        return _place_criticality(G, cg, demand, places, elements)
    origins = [cg.src_of[p] for p in places]
    dests = [cg.dst_of[p] for p in places]
    dem = np.zeros((len(places), len(places)))
    idx = {p: i for i, p in enumerate(places)}
    for (o, d), val in demand.items():
        dem[idx[o], idx[d]] += val
    eng = CriticalityEngine(cg.n, cg.u, cg.v, cg.w, groups, origins, dests, dem)
    res = eng.run(elements)
    res.table["name"] = res.table.element.map(_asset_names(G))
    res.details = {
        g: [dict(x, origin=places[x["origin"]], destination=places[x["destination"]]) for x in lst]
        for g, lst in res.details.items()
    }
    return res


def _asset_names(G) -> dict[str, str]:
    out = {}
    for _, _, d in G.edges(data=True):
        out.setdefault(d["asset_id"], d["name"])
    return out


def _place_criticality(G, cg, demand, places, elements) -> CriticalityResult:
    node_place = {cg.index[n]: d["place"] for n, d in G.nodes(data=True)}
    members: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(cg.edge_keys):
        if key is None:
            continue
        for endpoint in (cg.u[i], cg.v[i]):
            p = node_place.get(int(endpoint))
            if p is not None and (not members[p] or members[p][-1] != i):
                members[p].append(i)
    origins = [cg.src_of[p] for p in places]
    dests = [cg.dst_of[p] for p in places]
    dem = np.zeros((len(places), len(places)))
    idx = {p: i for i, p in enumerate(places)}
    for (o, d), val in demand.items():
        dem[idx[o], idx[d]] += val
    eng = CriticalityEngine(cg.n, cg.u, cg.v, cg.w, [None] * len(cg.u), origins, dests, dem)
    eng.edges_of_group = {
        p: np.array(sorted(set(ix)), dtype=np.int64) for p, ix in members.items() if p not in places
    }  # removing an OD place itself is not meaningful
    res = eng.run(elements)
    info = G.graph["place_info"]
    res.table["name"] = res.table.element.map(lambda p: info.get(p, {}).get("name", p))
    res.details = {
        g: [dict(x, origin=places[x["origin"]], destination=places[x["destination"]]) for x in lst]
        for g, lst in res.details.items()
    }
    return res
