"""OD matrices between named places with scipy.sparse.csgraph (no Python loop over networkx)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from corridorkit.analysis.network import CARGO_LAYERS_PREFIX, layer_allowed
from corridorkit.analysis.routing import WEIGHTS


@dataclass
class CompiledGraph:
    """A network compiled to CSR once: node index, edge arrays and place super-nodes.

    Super-nodes: place ``p`` has an origin node (edges of weight 0 to its nodes) and
    a destination node (edges of weight 0 from its nodes), so one Dijkstra run per
    origin place gives the distance to every destination place.
    """

    nodes: list[str]
    index: dict[str, int]
    places: list[str]
    src_of: dict[str, int]
    dst_of: dict[str, int]
    u: np.ndarray
    v: np.ndarray
    w: np.ndarray
    edge_keys: list[tuple[str, str, int]]
    n: int

    def matrix(self, mask: np.ndarray | None = None) -> csr_matrix:
        """Return the CSR matrix, with masked edges (False) removed."""
        keep = np.ones(len(self.w), bool) if mask is None else mask
        # csgraph takes the minimum of duplicate entries only through explicit reduction:
        order = np.lexsort((self.w[keep], self.v[keep], self.u[keep]))
        u, v, w = self.u[keep][order], self.v[keep][order], self.w[keep][order]
        first = np.ones(len(u), bool)
        first[1:] = (u[1:] != u[:-1]) | (v[1:] != v[:-1])
        # zero weights are dropped by csr; keep them as a tiny epsilon
        ww = np.where(w[first] == 0, 1e-9, w[first])
        return csr_matrix((ww, (u[first], v[first])), shape=(self.n, self.n))


def compile_graph(
    G: nx.MultiDiGraph,
    *,
    weight: str = "time",
    places: list[str] | None = None,
    layers: tuple[str, ...] = CARGO_LAYERS_PREFIX,
) -> CompiledGraph:
    """Compile the active edges of a network and place super-nodes to arrays for csgraph.

    Parameters
    ----------
    G
        The network.
    weight
        ``"time"``, ``"cost"`` or ``"distance"``.
    places
        Place ids to make super-nodes for (default: every place).
    layers
        Network layer families to include.
    """
    attr = WEIGHTS[weight]
    nodes = sorted(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    places = places if places is not None else sorted(G.graph["places"])
    src_of, dst_of = {}, {}
    n = len(nodes)
    us, vs, ws, keys = [], [], [], []
    for uu, vv, k, d in G.edges(keys=True, data=True):
        if d["active"] and layer_allowed(d["layer"], layers):
            us.append(index[uu])
            vs.append(index[vv])
            ws.append(float(d[attr]))
            keys.append((uu, vv, k))
    for p in places:
        src_of[p], dst_of[p] = n, n + 1
        for node in G.graph["places"].get(p, []):
            us += [n, index[node]]
            vs += [index[node], n + 1]
            ws += [0.0, 0.0]
            keys += [None, None]
        n += 2
    return CompiledGraph(
        nodes,
        index,
        places,
        src_of,
        dst_of,
        np.array(us, int),
        np.array(vs, int),
        np.array(ws, float),
        keys,
        n,
    )


def od_matrix(
    G: nx.MultiDiGraph,
    places: list[str] | None = None,
    *,
    weight: str = "time",
    layers: tuple[str, ...] = CARGO_LAYERS_PREFIX,
) -> pd.DataFrame:
    """Return the matrix of shortest time (h), cost (USD/t) or distance (km) between places.

    Unreachable pairs are ``inf``. Computed with :func:`scipy.sparse.csgraph.dijkstra`
    from each origin's super-node.

    Parameters
    ----------
    G
        The network.
    places
        Place ids (default: the shipped OD places present in the network).
    weight
        ``"time"``, ``"cost"`` or ``"distance"`` (reported in km).
    layers
        Network layer families to use.
    """
    if places is None:
        from corridorkit.analysis.params import load_params

        places = [p for p in load_params().od_places if p in G.graph["places"]]
    cg = compile_graph(G, weight=weight, places=places, layers=layers)
    dist = dijkstra(cg.matrix(), directed=True, indices=[cg.src_of[p] for p in places])
    out = dist[:, [cg.dst_of[p] for p in places]]
    if weight == "distance":
        out = out / 1000.0
    out[np.arange(len(places)), np.arange(len(places))] = 0.0
    return pd.DataFrame(out, index=places, columns=places)
