"""Merge an OpenStreetMap rail graph into the multimodal network: finer track where OSM has it.

The OSM graph (from :func:`corridorkit.layers.osm.graph_from_file` or a download) joins the
network of :func:`corridorkit.analysis.network.build_network` with the same conventions:

- A node is an OSM node in one gauge layer: ``"osm:<node id>:rail1520"`` with ``x``, ``y``,
  ``place`` (``"osm:<node id>"``), ``layer``, ``side`` (its country), ``kind`` (``station`` or
  ``osm_node``) and ``name``.
- An edge is a stretch of one OSM way in one layer: ``mode="rail"``, ``kind="line"``,
  ``asset_id="osm:way:<way id>"``, ``status="operational"``, ``length`` (m, geodesic),
  ``gauge_mm`` from the ``gauge`` tag (``default_gauge`` where the tag is missing, flagged
  ``gauge_assumed``; a dual-gauge way is in both layers), ``countries``, and time and cost from
  the same parameters as curated lines. Capacity is the default rail capacity (an assumption).
- Where OSM ways of different gauges meet at a node, ``gauge_break`` transfer edges join the
  layers there, as at curated gauge-change stations.
- OSM segments that cross a national border are left out: every border passage goes through a
  curated border crossing, with its delay and cost.
- Each curated rail node (station, junction, city, port, terminal, border crossing side) joins
  the nearest OSM node within ``snap_km``: by a short rail link in the same gauge layer, or by
  a ``gauge_break`` transfer where OSM there has only another gauge. Border crossing sides
  only join OSM nodes in their own country.

Curated lines stay in the network next to the OSM track; routing takes whichever is faster.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
from shapely.geometry import LineString

from corridorkit.analysis.edges import make_edge
from corridorkit.analysis.params import Params, load_params
from corridorkit.errors import InputError
from corridorkit.geo.geodesic import distance_km, length_km
from corridorkit.layers.base import country_of
from corridorkit.layers.osm import ODBL_ATTRIBUTION, parse_gauge, rail_subgraph
from corridorkit.log import get_logger

log = get_logger("analysis.osm_network")

#: Kinds of curated nodes joined to the OSM track.
SNAP_KINDS = ("station", "junction", "city", "border_crossing", "port", "terminal")
#: Default snapping distance (km) between a curated rail node and an OSM node.
SNAP_KM = 2.0


@dataclass
class OsmMergeReport:
    """What a merge added: OSM nodes and edges, km by gauge layer, gauge breaks, snaps, dropped segments."""

    source: str
    retrieved: str
    nodes_added: int = 0
    edges_added: int = 0
    km_by_layer: dict[str, float] = field(default_factory=dict)
    gauge_assumed_km: float = 0.0
    gauge_breaks: list[str] = field(default_factory=list)  # network node ids of the OSM nodes
    snapped: list[tuple[str, str, float, str]] = field(default_factory=list)  # (curated, osm, km, how)
    unsnapped: list[str] = field(default_factory=list)
    border_segments_dropped: int = 0
    attribution: str = ODBL_ATTRIBUTION


def merge_osm_rail(
    G: nx.MultiDiGraph,
    G_osm: nx.MultiDiGraph,
    *,
    params: Params | None = None,
    snap_km: float = SNAP_KM,
    default_gauge: int = 1520,
    simplify: bool = True,
) -> nx.MultiDiGraph:
    """Return a copy of the network with the OSM rail graph merged in (see the module docstring).

    Parameters
    ----------
    G
        The network from :func:`corridorkit.analysis.network.build_network`.
    G_osm
        An OSM graph from :mod:`corridorkit.layers.osm`; its road edges are ignored.
    params
        The time and cost model (default: the shipped parameters).
    snap_km
        Largest distance between a curated rail node and the OSM node it joins.
    default_gauge
        Gauge (mm) of OSM ways without a ``gauge`` tag (1520 in the former Soviet Union).
    simplify
        Merge OSM nodes that only continue one way (osmnx ``simplify_graph``), keeping way
        ends, gauge changes and border crossings.

    Returns
    -------
    networkx.MultiDiGraph
        The merged network; ``G.graph["osm"]`` lists an :class:`OsmMergeReport` per merge.

    Raises
    ------
    InputError
        The OSM graph has no rail edges.
    """
    params = params or load_params()
    R = rail_subgraph(G_osm)
    if R.number_of_edges() == 0:
        raise InputError("the OSM graph has no rail ways (railway=rail) to merge", field="G_osm")
    report = OsmMergeReport(source=G_osm.graph.get("source", ""), retrieved=G_osm.graph.get("retrieved", ""))
    R = _prepare_rail(R, simplify=simplify)

    M = G.copy()
    incident: dict[int, set[tuple[int, ...]]] = defaultdict(set)
    osm_nodes: dict[int, set[str]] = defaultdict(set)
    edges = [(u, v, d) for u, v, d in R.edges(data=True)]
    geoms = [d.get("geometry") or _straight(R, u, v) for u, v, d in edges]
    kms = length_km(geoms)
    dropped: set[tuple] = set()
    cap = params.value("default_capacity_mt.rail")
    for (u, v, d), geom, km in zip(edges, geoms, kms, strict=True):
        cu, cv = R.nodes[u]["country"], R.nodes[v]["country"]
        if cu != cv:
            dropped.add((min(u, v), max(u, v), d.get("osmid")))
            continue
        gauges = parse_gauge(d.get("gauge"))
        assumed = not gauges
        gauges = gauges or [default_gauge]
        incident[u].add(tuple(gauges))
        incident[v].add(tuple(gauges))
        way = _first(d.get("osmid"))
        if assumed and u < v:
            report.gauge_assumed_km += float(km)
        for g in gauges:
            layer = f"rail{g}"
            nu, nv = _osm_node(M, R, u, layer), _osm_node(M, R, v, layer)
            osm_nodes[u].add(nu)
            osm_nodes[v].add(nv)
            M.add_edge(
                nu,
                nv,
                **make_edge(
                    kind="line",
                    mode="rail",
                    layer=layer,
                    asset_id=f"osm:way:{way}",
                    name=str(_first(d.get("name:en")) or _first(d.get("name")) or f"OSM way {way}"),
                    status="operational",
                    active=True,
                    geometry=geom,
                    params=params,
                    km=float(km),
                    capacity=cap,
                    capacity_basis="default (assumption)",
                    countries=[cu] if cu else [],
                    commodities=[],
                    gauge_mm=g,
                    gauge_assumed=assumed,
                    osm_way_id=way,
                    source="OpenStreetMap",
                ),
            )
            report.edges_added += 1
            if u < v or not R.has_edge(v, u):  # count each two-way stretch once
                report.km_by_layer[layer] = report.km_by_layer.get(layer, 0.0) + float(km)
    report.border_segments_dropped = len(dropped)
    report.nodes_added = sum(len(s) for s in osm_nodes.values())

    for n in sorted(osm_nodes):
        if len(osm_nodes[n]) > 1 and len(incident[n]) > 1:
            nids = sorted(osm_nodes[n])
            for a in nids:
                for b in nids:
                    if a != b:
                        _gauge_break(
                            M,
                            a,
                            b,
                            f"osm:node:{n}",
                            R.nodes[n]["country"],
                            0.0,
                            params,
                            status="operational",
                            active=True,
                        )
            report.gauge_breaks.append(f"osm:{n}")
    _snap(M, G, osm_nodes, R, snap_km, params, report)
    M.graph["osm"] = [*G.graph.get("osm", []), report]
    log.info(
        "merged OSM rail (%s): %d nodes, %d edges, %d gauge breaks, %d curated nodes joined, "
        "%d border segments left out",
        report.source,
        report.nodes_added,
        report.edges_added,
        len(report.gauge_breaks),
        len(report.snapped),
        report.border_segments_dropped,
    )
    return M


def _first(v: object) -> object:
    return v[0] if isinstance(v, list) else v


def _straight(R: nx.MultiDiGraph, u: int, v: int) -> LineString:
    return LineString([(R.nodes[u]["x"], R.nodes[u]["y"]), (R.nodes[v]["x"], R.nodes[v]["y"])])


def _prepare_rail(R: nx.MultiDiGraph, *, simplify: bool) -> nx.MultiDiGraph:
    """Give nodes their country and edges the keys simplification must keep apart, then simplify."""
    ids = list(R.nodes)
    xs = np.array([R.nodes[n]["x"] for n in ids], dtype=float)
    ys = np.array([R.nodes[n]["y"] for n in ids], dtype=float)
    for n, c in zip(ids, country_of(xs, ys, max_km=2.0), strict=True):
        R.nodes[n]["country"] = c
    for u, v, d in R.edges(data=True):
        d["gauge_key"] = ";".join(str(g) for g in parse_gauge(d.get("gauge")))
        cu, cv = R.nodes[u]["country"], R.nodes[v]["country"]
        d["country_key"] = f"{cu}" if cu == cv else f"{cu}>{cv}"
    if simplify and not R.graph.get("simplified"):
        import osmnx as ox

        R.graph.setdefault("crs", "EPSG:4326")
        R = ox.simplify_graph(R, edge_attrs_differ=["osmid", "gauge_key", "country_key"])
    return R


def _osm_node(M: nx.MultiDiGraph, R: nx.MultiDiGraph, n: int, layer: str) -> str:
    nid = f"osm:{n}:{layer}"
    if nid not in M:
        d = R.nodes[n]
        station = d.get("railway") in ("station", "halt")
        M.add_node(
            nid,
            x=d["x"],
            y=d["y"],
            place=f"osm:{n}",
            layer=layer,
            side=d.get("country"),
            kind="station" if station else "osm_node",
            name=str(d.get("name:en") or d.get("name") or f"OSM node {n}"),
            osmid=n,
            source="OpenStreetMap",
        )
    return nid


def _gauge_break(M, a: str, b: str, asset_id: str, country, metres: float, params: Params, *, status, active):
    da, db = M.nodes[a], M.nodes[b]
    M.add_edge(
        a,
        b,
        **make_edge(
            kind="transfer",
            mode="transfer",
            layer=f"{da['layer']}>{db['layer']}",
            asset_id=asset_id,
            name=f"gauge change at {da.get('name') or asset_id}",
            status=status,
            active=active,
            geometry=LineString([(da["x"], da["y"]), (db["x"], db["y"])]),
            params=params,
            km=metres / 1000.0,
            time_h=params.value("transfer_h.gauge_break"),
            cost_usd_per_t=params.value("transfer_usd_per_t.gauge_break"),
            countries=[country] if country else [],
            country_km=[],
            transfer="gauge_break",
        ),
    )


def _snap(M, G, osm_nodes, R, snap_km: float, params: Params, report: OsmMergeReport) -> None:
    """Join each curated rail node to the nearest OSM node within ``snap_km`` (see the module docstring)."""
    info = G.graph.get("place_info", {})
    osm_ids = sorted(osm_nodes)
    if not osm_ids:
        return
    ox_ = np.array([R.nodes[n]["x"] for n in osm_ids])
    oy_ = np.array([R.nodes[n]["y"] for n in osm_ids])
    oc = np.array([R.nodes[n]["country"] for n in osm_ids], dtype=object)
    pad = snap_km / 80.0  # degrees; generous at these latitudes
    west, east, south, north = ox_.min() - pad, ox_.max() + pad, oy_.min() - pad, oy_.max() + pad
    for nid, d in sorted(G.nodes(data=True)):
        if not str(d.get("layer", "")).startswith("rail") or d.get("kind") not in SNAP_KINDS:
            continue
        if not (west <= d["x"] <= east and south <= d["y"] <= north):
            continue  # outside the OSM extract: nothing to join
        dist = np.atleast_1d(distance_km(d["x"], d["y"], ox_, oy_))
        ok = dist <= snap_km
        if d["kind"] == "border_crossing":
            ok &= oc == d.get("side")
        same = ok & np.array([f"osm:{n}:{d['layer']}" in osm_nodes[n] for n in osm_ids])
        place = info.get(d["place"], {})
        status = place.get("status", "operational")
        active = status == "operational" or place.get("kind") in ("city", "station", "junction")
        if same.any():
            i = int(np.flatnonzero(same)[np.argmin(dist[same])])
            o = f"osm:{osm_ids[i]}:{d['layer']}"
            km = float(dist[i])
            for a, b in ((nid, o), (o, nid)):
                pa, pb = M.nodes[a], M.nodes[b]
                M.add_edge(
                    a,
                    b,
                    **make_edge(
                        kind="line",
                        mode="rail",
                        layer=d["layer"],
                        asset_id=f"osm:snap:{d['place']}",
                        name=f"OSM track at {d.get('name') or d['place']}",
                        status=status,
                        active=active,
                        geometry=LineString([(pa["x"], pa["y"]), (pb["x"], pb["y"])]),
                        params=params,
                        km=km,
                        capacity=params.value("default_capacity_mt.rail"),
                        capacity_basis="default (assumption)",
                        countries=[c for c in [R.nodes[osm_ids[i]]["country"]] if c],
                        commodities=[],
                        source="OpenStreetMap",
                    ),
                )
            report.snapped.append((nid, o, round(km, 3), "same gauge"))
        elif ok.any():
            i = int(np.flatnonzero(ok)[np.argmin(dist[ok])])
            km = float(dist[i])
            country = R.nodes[osm_ids[i]]["country"]
            for o in sorted(osm_nodes[osm_ids[i]]):
                for a, b in ((nid, o), (o, nid)):
                    _gauge_break(
                        M, a, b, d["place"], country, km * 1000.0, params, status=status, active=active
                    )
                report.snapped.append((nid, o, round(km, 3), "gauge_break"))
        else:
            report.unsnapped.append(nid)
