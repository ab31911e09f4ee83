"""N-1 criticality: the OD-weighted loss when one asset (or place) is removed, exactly and fast.

Loss of an element = sum over OD pairs of demand x increase of the weight (e.g. t x h);
pairs cut off entirely count as unserved demand, reported separately.

The engine (:class:`CriticalityEngine`) computes one shortest-path tree per origin, once.
Removing an element changes distances only below its edges in the trees that contain them,
and only trees whose paths to a destination with demand use those edges matter; those
subtrees are repaired with a bounded Dijkstra seeded from their unaffected neighbours
(Ramalingam and Reps, "An incremental algorithm for a generalization of the shortest-path
problem", J. Algorithms 21, 1996), compiled with numba (:mod:`._criticality_kernels`).
The work per element is the part of the graph whose distance changes, up to the farthest
affected destination, instead of a Dijkstra from every origin over the whole graph.

Two references (:mod:`corridorkit.analysis.criticality_references`) give the same losses:
``brute_force_losses``, the loop a careful user writes with scipy's csgraph (remove the
element, one multi-source Dijkstra from all origins), and ``naive_losses``, the same with
networkx. ``benchmarks/criticality.py`` times all three; the tests check the engine against both.

The elements can be spread over a Dask cluster (``scheduler=``): the compiled engine is
sent to every worker once and the elements are split into chunks.

numba compiles the kernels on their first call (15-20 s on a 2-core machine) and caches them;
:func:`ensure_kernels` makes processes that start together (Dask workers, parallel test
workers, notebooks) compile them once between them instead of once each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from corridorkit.analysis import _criticality_kernels as kernels
from corridorkit.errors import InputError, UnknownIdError
from corridorkit.log import get_logger

log = get_logger("criticality")


@dataclass
class CriticalityResult:
    """Loss per removed element, with counts of the work done.

    Attributes
    ----------
    table
        One row per element, ranked (unserved demand, then loss): ``element``, ``loss``,
        ``unserved_demand``, ``od_pairs_affected``, ``origins_recomputed`` (trees repaired).
    recomputations
        Shortest-path trees repaired over all elements.
    brute_force_recomputations
        Full Dijkstra runs the brute force needs (elements x origins).
    details
        For each element that changes something, up to five OD pairs that lose most.
    settled_nodes
        Nodes settled by all the repairs (a brute-force run settles every reachable node).
    """

    table: pd.DataFrame
    recomputations: int
    brute_force_recomputations: int
    details: dict[Hashable, list[dict]] = field(default_factory=dict, repr=False)
    settled_nodes: int = 0


_KERNELS_READY = False


def ensure_kernels() -> None:
    """Load the compiled kernels into this process, compiling them at most once per machine.

    numba compiles a kernel on its first call and writes it to its cache (``__pycache__``
    beside the source, or ``NUMBA_CACHE_DIR``); later processes load it in well under a second.
    Processes that start together would each compile the same kernels (15-20 s of CPU each):
    while the cache lacks them, the first one compiles, on a five-node graph, holding a lock in
    the cache folder; the others wait for it and load its cache. Once it has them nothing waits
    (Dask workers load them side by side). Without ``fcntl`` (Windows) or a writable cache
    folder, each process compiles on its own, as numba does by default.
    """
    global _KERNELS_READY
    if _KERNELS_READY:
        return
    _KERNELS_READY = True  # set first: the warm-up below runs the engine, which calls this
    if _in_cache():
        return  # nothing to compile: each process loads the kernels on their first call, side by side
    with _cache_lock():
        # a diamond 0 -> {1, 2} -> 3 with a bridge 3 -> 4: every kernel runs, with the engine's dtypes
        eng = CriticalityEngine(
            5,
            [0, 1, 0, 2, 3],
            [1, 3, 2, 3, 4],
            [1.0, 1.0, 2.0, 2.0, 1.0],
            ["a", "a", "b", "b", "c"],
            origins=[0],
            destinations=[3, 4],
            demand=[[1.0, 1.0]],
        )
        eng.run()


def _in_cache() -> bool:
    """Return True when numba's cache holds an index for every kernel the engine calls."""
    try:
        entry_points = (kernels.baseline_trees, kernels.tree_layout, kernels.relevant_tree_edges)
        return all(
            Path(k._cache._cache_file._index_path).exists() for k in (*entry_points, kernels.repair_elements)
        )
    except AttributeError:  # another numba: take the lock
        return False


@contextmanager
def _cache_lock():
    """Hold an exclusive lock on a file in the kernels' numba cache folder (none where there is none)."""
    try:
        import fcntl

        folder = Path(kernels.repair_elements._cache._cache_path)
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / "corridorkit-kernels.lock", "a")  # noqa: SIM115 (held for the block)
    except (ImportError, AttributeError, OSError):
        yield
        return
    with fh:  # closing the file releases the lock
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except OSError:
            pass
        yield


@dataclass
class CompiledCriticality:
    """The arrays the repair kernel reads: a CSR graph, its reverse, the baseline trees, the OD set."""

    indptr: np.ndarray
    indices: np.ndarray
    weight: np.ndarray
    rev_ptr: np.ndarray
    rev_tail: np.ndarray
    rev_pos: np.ndarray
    pair_org_ptr: np.ndarray
    pair_org: np.ndarray
    dist: np.ndarray
    parent: np.ndarray
    tin: np.ndarray
    tout: np.ndarray
    child_ptr: np.ndarray
    child: np.ndarray
    destinations: np.ndarray
    demand: np.ndarray
    dist_to: np.ndarray

    def repair(self, elements: np.ndarray, elem_ptr: np.ndarray, change_pair, change_weight) -> tuple:
        """Return the repair kernel's output for ``elements`` (see ``repair_elements``)."""
        ensure_kernels()  # on a Dask worker, the first call in the process
        return kernels.repair_elements(
            np.asarray(elements, dtype=np.int64),
            elem_ptr,
            change_pair,
            change_weight,
            self.indptr,
            self.indices,
            self.weight,
            self.rev_ptr,
            self.rev_tail,
            self.rev_pos,
            self.pair_org_ptr,
            self.pair_org,
            self.dist,
            self.parent,
            self.tin,
            self.tout,
            self.child_ptr,
            self.child,
            self.destinations,
            self.demand,
            self.dist_to,
        )


def _repair_chunk(cc: CompiledCriticality, changes: tuple, elements: np.ndarray) -> tuple:
    return cc.repair(elements, *changes)


class CriticalityEngine:
    """Exact N-1 criticality on a weighted directed graph given as edge arrays.

    Parameters
    ----------
    n_nodes
        Number of nodes (0..n-1).
    u, v, w
        Edge arrays (tails, heads, non-negative weights). Parallel edges are allowed: the
        cheapest counts, and removing it leaves the next one.
    groups
        For each edge, the element it belongs to (an asset id), or None for edges
        that are never removed. Removing an element removes all its edges.
    origins, destinations
        Node indices of the OD set.
    demand
        Matrix (len(origins) x len(destinations)) of demand; zero pairs are ignored.
    element_edges
        Instead of ``groups``: the edge indices of each element, when an edge can belong to
        several elements (a link touches two places).
    """

    def __init__(
        self,
        n_nodes: int,
        u,
        v,
        w,
        groups: list[Hashable | None] | None,
        origins,
        destinations,
        demand,
        *,
        element_edges: Mapping[Hashable, Iterable[int]] | None = None,
    ) -> None:
        self.n = int(n_nodes)
        self.u = np.asarray(u, dtype=np.int64)
        self.v = np.asarray(v, dtype=np.int64)
        self.w = np.asarray(w, dtype=float)
        bad = np.flatnonzero((self.w < 0) | ~np.isfinite(self.w))
        if len(bad):
            raise InputError(
                f"expected finite weights >= 0, got {self.w[bad[0]]!r}", feature=f"edge {bad[0]}", field="w"
            )
        self.origins = np.asarray(origins, dtype=np.int64)
        self.destinations = np.asarray(destinations, dtype=np.int64)
        self.demand = np.asarray(demand, dtype=float)
        if self.demand.shape != (len(self.origins), len(self.destinations)):
            raise InputError(
                f"expected a {len(self.origins)} x {len(self.destinations)} matrix, got {self.demand.shape}",
                field="demand",
            )
        if element_edges is None:
            codes, uniques = pd.factorize(pd.Series(list(groups), dtype=object), sort=False)
            if len(codes) != len(self.u):
                raise InputError(
                    f"expected one group per edge ({len(self.u)}), got {len(codes)}", field="groups"
                )
            self.elements: list[Hashable] = list(uniques)
            mem_edge = np.flatnonzero(codes >= 0)
            mem_el = codes[mem_edge].astype(np.int64)
        else:
            self.elements = list(element_edges)
            lists = [np.unique(np.asarray(list(ix), dtype=np.int64)) for ix in element_edges.values()]
            mem_el = np.repeat(np.arange(len(lists), dtype=np.int64), [len(x) for x in lists])
            mem_edge = np.concatenate(lists) if lists else np.zeros(0, np.int64)
        self.element_index = {g: i for i, g in enumerate(self.elements)}
        self._members = (mem_el, mem_edge)
        ensure_kernels()
        self._compile()
        self._baseline()

    # -- compilation: one CSR entry per (u, v) pair, the minimum over parallel edges -----------
    def _compile(self) -> None:
        n = self.n
        key = self.u * n + self.v
        order = np.lexsort((self.w, key))
        k_sorted = key[order]
        first = np.ones(len(order), bool)
        first[1:] = k_sorted[1:] != k_sorted[:-1]
        pair_of_edge = np.empty(len(order), np.int64)
        pair_of_edge[order] = np.cumsum(first) - 1
        self.pair_of_edge = pair_of_edge
        uniq = order[first]
        self.pair_u, self.pair_v, self.pair_w = self.u[uniq], self.v[uniq], self.w[uniq]
        self.edges_by_pair = order  # edges grouped by pair, cheapest first
        self.pair_start = np.append(np.flatnonzero(first), len(order))
        # pairs are sorted by u * n + v: they are the CSR entries in order
        self.indptr = np.zeros(n + 1, np.int64)
        np.cumsum(np.bincount(self.pair_u, minlength=n), out=self.indptr[1:])
        rev = np.lexsort((self.pair_u, self.pair_v))
        self.rev_ptr = np.zeros(n + 1, np.int64)
        np.cumsum(np.bincount(self.pair_v, minlength=n), out=self.rev_ptr[1:])
        self.rev_tail = self.pair_u[rev].astype(np.int32)
        self.rev_pos = rev.astype(np.int64)
        self.elem_ptr, self.change_pair, self.change_weight = self._changes()

    def _changes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return, per element (CSR of element -> changes), the pairs whose weight changes and how."""
        mem_el, mem_edge = self._members
        mem_pair = self.pair_of_edge[mem_edge]
        order = np.lexsort((mem_pair, mem_el))
        el, pr, ed = mem_el[order], mem_pair[order], mem_edge[order]
        first = np.ones(len(el), bool)
        first[1:] = (el[1:] != el[:-1]) | (pr[1:] != pr[:-1])
        starts = np.flatnonzero(first)
        removed_count = np.diff(np.append(starts, len(el)))
        el_u, pr_u = el[starts], pr[starts]
        pair_size = np.diff(self.pair_start)
        new_w = np.full(len(pr_u), np.inf)
        # a pair with edges left after the removal keeps its cheapest remaining edge (rare: parallel edges)
        for i in np.flatnonzero(removed_count < pair_size[pr_u]):
            edges = self.edges_by_pair[self.pair_start[pr_u[i]] : self.pair_start[pr_u[i] + 1]]
            rest = np.setdiff1d(edges, ed[starts[i] : starts[i] + removed_count[i]])
            new_w[i] = self.w[rest].min()
        changed = new_w != self.pair_w[pr_u]
        el_u, pr_u, new_w = el_u[changed], pr_u[changed], new_w[changed]
        elem_ptr = np.zeros(len(self.elements) + 1, np.int64)
        np.cumsum(np.bincount(el_u, minlength=len(self.elements)), out=elem_ptr[1:])
        return elem_ptr, pr_u.astype(np.int64), new_w

    def _baseline(self) -> None:
        tail = self.pair_u.astype(np.int32)
        heads = self.pair_v.astype(np.int32)
        dist, parent = kernels.baseline_trees(self.indptr, heads, self.pair_w, self.origins)
        tin, tout, child_ptr, child = kernels.tree_layout(parent, tail, self.origins)
        rel_pair, rel_origin = kernels.relevant_tree_edges(parent, tail, self.destinations, self.demand, dist)
        # distances to each destination (Dijkstra on the reversed graph): the repairs' A* estimates
        dist_to, _ = kernels.baseline_trees(
            self.rev_ptr, self.rev_tail, self.pair_w[self.rev_pos], self.destinations
        )
        order = np.lexsort((rel_origin, rel_pair))
        pair_org_ptr = np.zeros(len(self.pair_u) + 1, np.int64)
        np.cumsum(np.bincount(rel_pair, minlength=len(self.pair_u)), out=pair_org_ptr[1:])
        self.base_dist = dist[:, self.destinations]
        self.compiled = CompiledCriticality(
            self.indptr,
            heads,
            self.pair_w,
            self.rev_ptr,
            self.rev_tail,
            self.rev_pos,
            pair_org_ptr,
            rel_origin[order].astype(np.int32),
            dist,
            parent,
            tin,
            tout,
            child_ptr,
            child,
            self.destinations,
            self.demand,
            dist_to,
        )

    def edges_of(self, element: Hashable) -> np.ndarray:
        """Return the indices of the edges that removing ``element`` removes."""
        if element not in self.element_index:
            raise UnknownIdError(f"unknown element {element!r}", field="elements")
        mem_el, mem_edge = self._members
        return mem_edge[mem_el == self.element_index[element]]

    # -- removal ----------------------------------------------------------------------------
    def remove(self, edge_ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
        """Return (new distances origin x destination, indices of the origins with a distance that grew).

        Only distances to destinations with demand are recomputed; the others keep their
        baseline value.
        """
        edge_ids = np.unique(np.asarray(list(edge_ids), dtype=np.int64))
        pairs = np.unique(self.pair_of_edge[edge_ids])
        new_w = np.empty(len(pairs))
        for i, p in enumerate(pairs):
            edges = self.edges_by_pair[self.pair_start[p] : self.pair_start[p + 1]]
            rest = np.setdiff1d(edges, edge_ids)
            new_w[i] = self.w[rest].min() if len(rest) else np.inf
        changed = new_w != self.pair_w[pairs]
        pairs, new_w = pairs[changed], new_w[changed]
        ent_e, ent_k, ent_j, ent_new, _, _ = self.compiled.repair(
            np.zeros(1, np.int64), np.array([0, len(pairs)], np.int64), pairs.astype(np.int64), new_w
        )
        new = self.base_dist.copy()
        new[ent_k, ent_j] = ent_new
        return new, np.unique(ent_k).astype(np.int64)

    def run(
        self,
        elements: Iterable[Hashable] | None = None,
        *,
        scheduler: str | None = None,
        n_chunks: int | None = None,
        explain: bool = True,
    ) -> CriticalityResult:
        """Return the loss of removing each element (default: every group), ranked.

        Parameters
        ----------
        elements
            Only these elements (group ids).
        scheduler
            Address of a Dask scheduler (``tcp://host:port``) to spread the elements over its
            workers; None computes in this process.
        n_chunks
            Number of Dask tasks (default: 8 per worker).
        explain
            Keep, per element, the OD pairs that lose most (``details``).
        """
        if elements is None:
            idx = np.arange(len(self.elements), dtype=np.int64)
        else:
            names = list(elements)
            unknown = [g for g in names if g not in self.element_index]
            if unknown:
                raise UnknownIdError(f"unknown element {unknown[0]!r}", field="elements")
            idx = np.array([self.element_index[g] for g in names], dtype=np.int64)
        changes = (self.elem_ptr, self.change_pair, self.change_weight)
        if scheduler is None or scheduler == "synchronous":  # 'synchronous': in this process
            ent_e, ent_k, ent_j, ent_new, repaired, settled = self.compiled.repair(idx, *changes)
        else:
            ent_e, ent_k, ent_j, ent_new, repaired, settled = _run_dask(
                self.compiled, changes, idx, scheduler=scheduler, n_chunks=n_chunks
            )
        log.info(
            "N-1 criticality: %d elements, %d shortest-path trees repaired, %d nodes settled",
            len(idx),
            int(repaired.sum()),
            int(settled.sum()),
        )
        return self._result(idx, ent_e, ent_k, ent_j, ent_new, repaired, settled, explain)

    def _result(self, idx, ent_e, ent_k, ent_j, ent_new, repaired, settled, explain) -> CriticalityResult:
        base = self.base_dist[ent_k, ent_j]
        dem = self.demand[ent_k, ent_j]
        lost = np.isinf(ent_new)
        delta = np.where(lost, 0.0, ent_new - base)
        n_el = len(idx)
        loss = np.bincount(ent_e, weights=dem * delta, minlength=n_el)
        unserved = np.bincount(ent_e, weights=np.where(lost, dem, 0.0), minlength=n_el)
        affected = np.bincount(ent_e, weights=(delta > 1e-9) | lost, minlength=n_el).astype(np.int64)
        names = [self.elements[i] for i in idx]
        table = pd.DataFrame(
            {
                "element": names,
                "loss": loss,
                "unserved_demand": unserved,
                "od_pairs_affected": affected,
                "origins_recomputed": repaired.astype(np.int64),
            }
        )
        if len(table):
            table = table.sort_values(
                ["unserved_demand", "loss", "element"],
                ascending=[False, False, True],
                key=lambda s: s.astype(str) if s.name == "element" else s,
            ).reset_index(drop=True)
        details = self._explain(names, ent_e, ent_k, ent_j, ent_new, delta, lost, dem) if explain else {}
        return CriticalityResult(
            table, int(repaired.sum()), n_el * len(self.origins), details, int(settled.sum())
        )

    def _explain(self, names, ent_e, ent_k, ent_j, ent_new, delta, lost, dem, top: int = 5) -> dict:
        """Return, per element, the OD pairs that lose most: cut-off pairs first, then by demand x delay."""
        keep = (delta > 1e-9) | lost
        e, k, j, new, weight = (
            ent_e[keep],
            ent_k[keep],
            ent_j[keep],
            ent_new[keep],
            np.where(lost, np.inf, delta * dem)[keep],
        )
        flat = k * len(self.destinations) + j
        order = np.lexsort((flat, -weight, e))
        e, k, j, new = e[order], k[order], j[order], new[order]
        starts = np.flatnonzero(np.r_[True, e[1:] != e[:-1]]) if len(e) else np.zeros(0, np.int64)
        rank = np.arange(len(e)) - np.repeat(starts, np.diff(np.append(starts, len(e))))
        out: dict[Hashable, list[dict]] = defaultdict(list)
        for i in np.flatnonzero(rank < top):
            oi, di = int(k[i]), int(j[i])
            out[names[e[i]]].append(
                {
                    "origin": oi,
                    "destination": di,
                    "before": float(self.base_dist[oi, di]),
                    "after": float(new[i]),
                    "demand": float(self.demand[oi, di]),
                }
            )
        return dict(out)


def _run_dask(cc: CompiledCriticality, changes: tuple, idx: np.ndarray, *, scheduler: str, n_chunks) -> tuple:
    """Spread the elements over the workers of a Dask cluster; return the kernel's outputs, merged."""
    from dask.distributed import Client

    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(
            f"cannot reach a Dask scheduler at {scheduler!r} ({exc})", field="--scheduler"
        ) from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        n_chunks = n_chunks or 8 * n_workers
        # interleaved chunks: neighbouring elements cost alike, so every chunk gets a fair mix
        step = min(n_chunks, max(1, len(idx)))
        chunks = [idx[i::step] for i in range(step)]
        cc_f = client.scatter(cc, broadcast=True)
        ch_f = client.scatter(changes, broadcast=True)
        futures = [client.submit(_repair_chunk, cc_f, ch_f, c, pure=False) for c in chunks]
        parts = client.gather(futures)
    finally:
        client.close()
    step = len(chunks)
    out_e, out_k, out_j, out_new = [], [], [], []
    repaired = np.zeros(len(idx), np.int32)
    settled = np.zeros(len(idx), np.int64)
    for ci, part in enumerate(parts):
        local = np.arange(ci, len(idx), step)  # positions in idx of chunk ci's elements
        e, k, j, new, rep, sett = part
        out_e.append(local[e])
        out_k.append(k)
        out_j.append(j)
        out_new.append(new)
        repaired[local] = rep
        settled[local] = sett
    return (
        np.concatenate(out_e) if out_e else np.zeros(0, np.int32),
        np.concatenate(out_k) if out_k else np.zeros(0, np.int32),
        np.concatenate(out_j) if out_j else np.zeros(0, np.int32),
        np.concatenate(out_new) if out_new else np.zeros(0),
        repaired,
        settled,
    )


def network_criticality(
    G,
    demand: Mapping[tuple[str, str], float],
    *,
    weight: str = "time",
    level: str = "asset",
    elements: Iterable[str] | None = None,
    layers: tuple[str, ...] = ("rail", "road", "sea"),
    scheduler: str | None = None,
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
    scheduler
        Address of a Dask scheduler to spread the elements over (None: in this process).
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
        return _place_criticality(G, cg, demand, places, elements, scheduler)
    origins = [cg.src_of[p] for p in places]
    dests = [cg.dst_of[p] for p in places]
    dem = np.zeros((len(places), len(places)))
    idx = {p: i for i, p in enumerate(places)}
    for (o, d), val in demand.items():
        dem[idx[o], idx[d]] += val
    eng = CriticalityEngine(cg.n, cg.u, cg.v, cg.w, groups, origins, dests, dem)
    res = eng.run(elements, scheduler=scheduler)
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


def _place_criticality(G, cg, demand, places, elements, scheduler) -> CriticalityResult:
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
    # removing an OD place itself is not meaningful
    element_edges = {p: ix for p, ix in members.items() if p not in places}
    eng = CriticalityEngine(cg.n, cg.u, cg.v, cg.w, None, origins, dests, dem, element_edges=element_edges)
    res = eng.run(elements, scheduler=scheduler)
    info = G.graph["place_info"]
    res.table["name"] = res.table.element.map(lambda p: info.get(p, {}).get("name", p))
    res.details = {
        g: [dict(x, origin=places[x["origin"]], destination=places[x["destination"]]) for x in lst]
        for g, lst in res.details.items()
    }
    return res
