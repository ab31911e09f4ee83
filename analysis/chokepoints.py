"""Chokepoints: demand assignment, edge loads, country transit exposure, bridges, ranked criticality.

Everything here works on the network as of a date and the demand table
(:func:`corridorkit.analysis.demand.demand_table`), cargo only (rail, road, sea).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
from scipy.sparse.csgraph import dijkstra

from corridorkit.analysis.criticality import CriticalityResult, network_criticality
from corridorkit.analysis.od import compile_graph


@dataclass
class Assignment:
    """All-or-nothing assignment: the path of each OD pair and the load on each edge."""

    paths: dict[tuple[str, str], list[tuple[str, str, int]]]
    loads: pd.DataFrame
    unserved: pd.DataFrame


def assign(G: nx.MultiDiGraph, demand: pd.DataFrame, *, weight: str = "time") -> Assignment:
    """Return the all-or-nothing assignment of cargo demand on shortest paths.

    Parameters
    ----------
    G
        The network as of a date.
    demand
        Rows with ``origin``, ``destination``, ``value`` (Mt/y); cargo rows are used.
    weight
        ``"time"``, ``"cost"`` or ``"distance"``.
    """
    cargo = demand[demand.commodity == "cargo"] if "commodity" in demand else demand
    cargo = cargo.groupby(["origin", "destination"], as_index=False)["value"].sum()
    places = sorted(set(cargo.origin) | set(cargo.destination))
    places = [p for p in places if p in G.graph["places"]]
    cg = compile_graph(G, weight=weight, places=places)
    best: dict[tuple[int, int], tuple[float, tuple | None]] = {}
    for i, key in enumerate(cg.edge_keys):
        pair = (int(cg.u[i]), int(cg.v[i]))
        if pair not in best or cg.w[i] < best[pair][0]:
            best[pair] = (cg.w[i], key)
    origins = sorted(set(cargo.origin) & set(places))
    dist, pred = dijkstra(
        cg.matrix(), directed=True, indices=[cg.src_of[o] for o in origins], return_predecessors=True
    )
    row = {o: i for i, o in enumerate(origins)}
    paths: dict[tuple[str, str], list] = {}
    load: dict[tuple, float] = defaultdict(float)
    unserved = []
    for r in cargo.itertuples():
        if r.origin not in row or r.destination not in cg.dst_of:
            unserved.append({"origin": r.origin, "destination": r.destination, "value": r.value})
            continue
        i = row[r.origin]
        t = cg.dst_of[r.destination]
        if not np.isfinite(dist[i, t]):
            unserved.append({"origin": r.origin, "destination": r.destination, "value": r.value})
            continue
        keys = []
        x = t
        while x != cg.src_of[r.origin]:
            p = int(pred[i, x])
            k = best[(p, x)][1]
            if k is not None:
                keys.append(k)
            x = p
        keys.reverse()
        paths[(r.origin, r.destination)] = keys
        for k in keys:
            load[k] += r.value
    rows = []
    for k, val in load.items():
        d = G.edges[k]
        cap = d.get("capacity")
        rows.append(
            {
                "u": k[0],
                "v": k[1],
                "key": k[2],
                "asset_id": d["asset_id"],
                "name": d["name"],
                "kind": d["kind"],
                "mode": d["mode"],
                "load_mt": val,
                "capacity_mt": cap,
                "utilisation": val / cap if cap else np.nan,
                "capacity_basis": d.get("capacity_basis"),
            }
        )
    loads = pd.DataFrame(rows)
    if len(loads):
        loads = loads.sort_values(["load_mt", "asset_id"], ascending=[False, True]).reset_index(drop=True)
    return Assignment(paths, loads, pd.DataFrame(unserved, columns=["origin", "destination", "value"]))


def asset_loads(assignment: Assignment) -> pd.DataFrame:
    """Return the OD-weighted flow through each asset (max over its edges) and its utilisation."""
    df = assignment.loads
    if df.empty:
        return df
    return (
        df.sort_values("load_mt", ascending=False)
        .groupby("asset_id", as_index=False)
        .first()[
            ["asset_id", "name", "kind", "mode", "load_mt", "capacity_mt", "utilisation", "capacity_basis"]
        ]
        .sort_values(["load_mt", "asset_id"], ascending=[False, True])
        .reset_index(drop=True)
    )


def country_exposure(G: nx.MultiDiGraph, assignment: Assignment, demand: pd.DataFrame) -> pd.DataFrame:
    """Return, per OD pair, the countries its route crosses, and per country the share of demand.

    Columns: origin, destination, value, countries (ordered), and one 0/1 column per
    transit country. ``attrs["by_country"]`` holds each country's share of the demand
    between third countries that crosses it.
    """
    info = G.graph["place_info"]
    cargo = (
        demand[demand.commodity == "cargo"].groupby(["origin", "destination"], as_index=False)["value"].sum()
    )
    countries_of: dict[tuple, list[str]] = {}  # edge key -> its countries (paths share most edges)
    rows = []
    for o, d, value in zip(cargo.origin, cargo.destination, cargo.value, strict=True):
        keys = assignment.paths.get((o, d))
        if keys is None:
            continue
        seq: list[str] = []
        for k in keys:
            cs = countries_of.get(k)
            if cs is None:
                cs = countries_of[k] = G.edges[k].get("countries") or []
            for c in cs:
                if c and c not in seq:
                    seq.append(c)
        rows.append(
            {
                "origin": o,
                "destination": d,
                "value": value,
                "origin_country": info[o]["countries"][0],
                "destination_country": info[d]["countries"][0],
                "countries": seq,
            }
        )
    df = pd.DataFrame(rows)
    by_country = {}
    if len(df):
        # numpy on the columns: the same sums (same values, same order) as filtering the frame per country
        value = df["value"].to_numpy(dtype=float)
        o_c = df["origin_country"].to_numpy(dtype=object)
        d_c = df["destination_country"].to_numpy(dtype=object)
        crossed = [set(s) for s in df["countries"]]
        for c in sorted({c for s in crossed for c in s}):
            third = (o_c != c) & (d_c != c)
            total = value[third].sum()
            if total > 0:
                through = value[third & np.fromiter((c in s for s in crossed), bool, len(crossed))].sum()
                by_country[c] = through / total
    df.attrs["by_country"] = by_country
    return df


def bridges_and_articulation_points(G: nx.MultiDiGraph) -> tuple[list[str], list[str]]:
    """Return the assets whose loss splits the cargo network, and the places that do.

    Computed on the undirected graph of places joined by active cargo links.
    """
    H = nx.Graph()
    for u, v, d in G.edges(data=True):
        if not d["active"] or d["layer"].split(">")[0].startswith("pipeline"):
            continue
        pu, pv = G.nodes[u]["place"], G.nodes[v]["place"]
        if pu == pv:
            continue
        if H.has_edge(pu, pv):
            H[pu][pv]["assets"].add(d["asset_id"])
        else:
            H.add_edge(pu, pv, assets={d["asset_id"]})
    bridges = sorted({a for u, v in nx.bridges(H) for a in H[u][v]["assets"] if len(H[u][v]["assets"]) == 1})
    arts = sorted(nx.articulation_points(H))
    return bridges, arts


def chokepoints(
    G: nx.MultiDiGraph,
    demand: pd.DataFrame,
    *,
    weight: str = "time",
    level: str = "asset",
    top: int | None = 20,
    scheduler: str | None = None,
) -> CriticalityResult:
    """Return the ranked N-1 criticality of assets (or places) under the cargo demand.

    The table gives, per element: loss (Mt x h per year for ``weight="time"``),
    unserved demand (Mt/y), OD pairs affected and a plain-language explanation
    naming the pairs that lose most and by how much. ``scheduler``: address of a
    Dask scheduler to spread the N-1 loop over (None: in this process).
    """
    cargo = demand[demand.commodity == "cargo"]
    dem = {
        (r.origin, r.destination): r.value
        for r in cargo.groupby(["origin", "destination"], as_index=False)["value"].sum().itertuples()
        if r.origin in G.graph["places"] and r.destination in G.graph["places"]
    }
    res = network_criticality(G, dem, weight=weight, level=level, scheduler=scheduler)
    info = G.graph["place_info"]
    unit = {"time": "h", "cost": "USD/t", "distance": "m"}[weight]

    def explain(el):
        det = res.details.get(el, [])
        if not det:
            return "no OD pair uses it on its best route"
        parts = []
        for x in det[:3]:
            o, d = info[x["origin"]]["name"], info[x["destination"]]["name"]
            if np.isfinite(x["after"]):
                parts.append(f"{o}→{d} +{x['after'] - x['before']:,.0f} {unit}")
        return "; ".join(parts) or "cuts OD pairs off"

    t = res.table
    t["explanation"] = t.element.map(explain)
    if top:
        res.table = t.head(top).reset_index(drop=True)
    return res
