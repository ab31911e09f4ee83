"""Build one routable multimodal network from the curated layers, as of a date.

The graph is a NetworkX MultiDiGraph with OSMnx's conventions: nodes carry ``x``
and ``y`` (lon/lat), edges carry ``length`` (metres) and ``geometry``. A node is
a place in one network layer: ``"kars:rail1435"``, ``"poti_port:sea"``; a border
crossing has one node per side (``"dostyk_alashankou:rail1520:KAZ"``) joined by a
``border`` edge carrying the crossing's delay and cost. Transfers between
layers at a place (rail<->ferry at Caspian ports, rail<->ship at seaports, gauge
breaks 1520<->1435, road<->rail) are explicit ``transfer`` edges with their own
time and cost.

Every edge carries ``mode``, ``kind`` (line/border/transfer), ``asset_id``,
``status`` (as of the network's date), ``active`` (operational then),
``capacity`` (Mt/y for cargo, bcm/y for gas), ``countries``, ``time_h``,
``cost_usd_per_t`` and ``cost_usd_per_teu``. Assets that are not operational
stay in the graph, switched off, so scenarios can open them.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import networkx as nx
import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Point
from shapely.ops import linemerge, substring

from corridorkit.analysis.edges import add_both_ways, make_edge, travel
from corridorkit.analysis.params import Params, load_params
from corridorkit.geo.geodesic import length_km
from corridorkit.layers.base import country_runs
from corridorkit.layers.curated import load_features, status_as_of
from corridorkit.layers.schema import LINE_KINDS
from corridorkit.layers.validate import Feature
from corridorkit.log import get_logger

log = get_logger("network")

CARGO_LAYERS_PREFIX = ("rail", "road", "sea")


@dataclass
class NetworkReport:
    """What the builder noticed: isolated places, dangling line ends, near misses, land lines over water."""

    isolated_places: list[str] = field(default_factory=list)
    dangling_ends: list[tuple[str, str]] = field(default_factory=list)  # (asset, node)
    over_water: list[tuple[str, float]] = field(default_factory=list)  # (land line, km over water)
    near_misses: list[tuple[str, str, float]] = field(default_factory=list)  # (node, other, km)


def line_layers(feature: Feature) -> list[str]:
    """Return the network layers a line belongs to (``rail1520``, ``rail1435``, ``road``, ``sea``, ...)."""
    a = feature.asset
    if a.mode == "rail":
        return [f"rail{g}" for g in (a.gauge_mm or [1435])]
    if a.mode == "pipeline":
        kinds = {"gas" if c == "gas" else "oil" for c in a.commodities if c in ("gas", "oil", "oil_products")}
        return [f"pipeline_{k}" for k in sorted(kinds or {"oil"})]
    return [a.mode]


def _single_line(geom) -> LineString:
    if isinstance(geom, MultiLineString):
        merged = linemerge(geom)
        if isinstance(merged, LineString):
            return merged
        return LineString([c for part in geom.geoms for c in part.coords])
    return geom


_BASIS_RANK = {"current": 0, "design": 1, "actual_throughput": 2, "planned": 3}
_OIL = ("oil", "oil_products")
#: Which commodities' figures make a layer's capacity (see :func:`capacity_of`).
_WANT = {
    "pipeline_gas": lambda c: c == "gas",
    "cargo": lambda c: c != "gas" and c not in _OIL,
    "other": lambda c: c != "gas",
}


def _figures(feature: Feature, params: Params, want) -> list[tuple[float, str, str | None]]:
    """Return the figures a capacity is made of: ``(value in network units, basis, shared service)``.

    ``want(commodity)`` says which commodities count. Planned figures never count. Without terminals the
    best-ranked figure (current > design > actual throughput) is the capacity; a port whose figures name
    their terminals has the sum over its terminals of each terminal's best-ranked figure (figures without
    a terminal then describe the whole port, e.g. its total throughput, and are not added).
    """
    figs = [
        c
        for c in sorted(feature.asset.capacity, key=lambda c: _BASIS_RANK.get(c.basis, 9))
        if c.basis != "planned" and want(c.commodity)
    ]
    figs = [(v, c) for c in figs if (v := _convert(c.value, c.unit, c.commodity, params)) is not None]
    if not figs:
        return []

    def basis(c) -> str:  # a figure derived by assumption says so wherever its basis is shown
        return f"{c.basis} (assumption)" if c.assumption else c.basis

    if not any(c.terminal for _, c in figs):
        v, c = figs[0]
        return [(v, basis(c), c.shared)]
    best: dict[str, tuple[float, str, str | None]] = {}
    for v, c in figs:
        if c.terminal and c.terminal not in best:
            best[c.terminal] = (v, basis(c), c.shared)
    return [best[t] for t in sorted(best)]


def capacity_of(feature: Feature, params: Params, layer: str) -> tuple[float | None, str]:
    """Return an asset's capacity in the network's units (Mt/y; bcm/y for gas) and the basis used.

    Parameters
    ----------
    feature
        The asset.
    params
        Holds the unit conversions (barrels and TEU to tonnes).
    layer
        The network layer asking: ``pipeline_gas`` reads gas figures; ``cargo`` (a place's handling, a
        border crossing) reads the non-oil, non-gas figures; other layers read every non-gas figure.

    Returns
    -------
    tuple
        ``(capacity, basis)``: the best-ranked non-planned figure (current > design > actual throughput),
        or for a port with terminals the sum over its terminals (basis ``terminals: <bases>``);
        ``(None, "none")`` without one.
    """
    figs = _figures(feature, params, _WANT.get(layer, _WANT["other"]))
    if not figs:
        return None, "none"
    if len(figs) == 1 and not any(c.terminal for c in feature.asset.capacity):
        return figs[0][0], figs[0][1]
    bases = sorted({b for _, b, _ in figs}, key=lambda b: (_BASIS_RANK.get(b.split(" ")[0], 9), b))
    return sum(v for v, _, _ in figs), "terminals: " + "/".join(bases)


def oil_capacity_of(feature: Feature, params: Params) -> float | None:
    """Return the oil capacity (Mt/y) of a point asset such as a strait or a port, or None if it has none.

    Only figures for oil or oil products count (a strait's vessel counts do not limit oil); planned
    figures are skipped, the basis is ranked and terminals summed as in :func:`capacity_of`.

    Parameters
    ----------
    feature
        A point feature (e.g. a chokepoint).
    params
        The parameters holding the barrel-to-tonne conversion.

    Returns
    -------
    float or None
        Mt/y of oil, or None.
    """
    figs = _figures(feature, params, lambda c: c in _OIL)
    return sum(v for v, _, _ in figs) if figs else None


def default_capacity_key(asset, layer: str) -> str:
    """Return the key in ``default_capacity_mt`` of a line without a published capacity.

    Rail lines take their class from ``tracks`` and ``electrified``: ``rail_double_electric``,
    ``rail_double_diesel``, ``rail_single_electric``, ``rail_single_diesel``. An unknown electrification
    counts as diesel and unknown tracks as single track, the lower class each time; a line with neither
    recorded takes ``rail``. Other layers take their mode (``road``, ``sea``).
    """
    mode = layer.rstrip("0123456789")
    if mode != "rail" or (not asset.tracks and asset.electrified is None):
        return mode
    tracks = "double" if (asset.tracks or 1) >= 2 else "single"
    return f"rail_{tracks}_{'electric' if asset.electrified else 'diesel'}"


def capacity_service(feature: Feature, layer: str) -> str | None:
    """Return the service id (``shared``) of the capacity figure :func:`capacity_of` picks, if it has one."""
    for c in sorted(feature.asset.capacity, key=lambda c: _BASIS_RANK.get(c.basis, 9)):
        if c.basis != "planned" and (c.commodity == "gas") == (layer == "pipeline_gas"):
            return c.shared
    return None


def _convert(value: float, unit: str, commodity: str, params: Params) -> float | None:
    oil = params.value("conversions.oil_mt_per_mbbl_d")
    teu_t = params.value("teu_tonnes")
    table = {
        "Mt/y": 1.0,
        "t/y": 1e-6,
        "bcm/y": 1.0,
        "mcm/y": 1e-3,
        "mcm/d": 0.365,
        "Mbbl/d": oil,
        "kb/d": oil / 1000.0,
        "TEU/y": teu_t / 1e6,
    }
    f = table.get(unit)
    return None if f is None else value * f


def _sea_kind(feature: Feature) -> str:
    """Return ``ferry`` for a sea link named or tagged as a ferry or ro-ro, else ``ship``.

    Cargo ships on the Caspian (tag ``caspian``) are small short-sea vessels with ferry-like speed,
    rates and port waits, not ocean liners: they count as ferries (as their data notes say).
    """
    a = feature.asset
    text = " ".join([a.name.lower(), *a.tags])
    return "ferry" if "ferry" in text or "ro-ro" in text or "caspian" in a.tags else "ship"


def build_network(
    as_of: str | int | date | None = None,
    *,
    features: dict[str, Feature] | None = None,
    params: Params | None = None,
    files=None,
) -> nx.MultiDiGraph:
    """Return the multimodal network of the curated layers as of a date.

    Parameters
    ----------
    as_of
        The date (or year) whose statuses switch assets on or off; None uses the
        statuses as reported.
    features
        Validated features by id (default: the shipped layers plus ``files``).
    params
        The time and cost model (default: the shipped parameters).
    files
        User layer files extending or overriding the shipped layers.

    Returns
    -------
    networkx.MultiDiGraph
        See the module docstring. ``G.graph`` holds ``as_of``, ``places`` (place id
        -> its node ids), ``place_info`` and a ``report`` (:class:`NetworkReport`).
    """
    params = params or load_params()
    if features is None:
        features, _ = load_features(files, strict=True)
    # Status on the date is resolved once per feature, here, and used by every edge made from it.
    status = {fid: status_as_of(f.asset, as_of) for fid, f in features.items()}
    G = nx.MultiDiGraph(
        crs="EPSG:4326", as_of=None if as_of is None else str(as_of), name="corridorkit multimodal network"
    )
    places: dict[str, set[str]] = defaultdict(set)
    place_info: dict[str, dict] = {}
    for f in features.values():
        a = f.asset
        if a.kind in LINE_KINDS:
            continue
        place_info[a.id] = {
            "name": a.name,
            "names": dict(a.names),
            "kind": a.kind,
            "x": f.geometry.x,
            "y": f.geometry.y,
            "countries": list(a.countries),
            "status": status[a.id],
            "layer": a.layer,
        }
    lines = [f for f in features.values() if f.asset.kind in LINE_KINDS]
    segments = _segments(lines, place_info)
    # Measure all segments in one vectorised call.
    kms = length_km([s[4] for s in segments]) if segments else np.zeros(0)
    # Where an official route length is published, scale the geodesic segment lengths of that line to it:
    # digitised and schematic geometries cut the corners of the real route.
    scale = np.ones(len(segments))
    if segments:
        whole_km = length_km([_single_line(f.geometry) for f in lines])
        whole = dict(zip([f.asset.id for f in lines], whole_km, strict=True))
        scale = np.array(
            [
                (s[0].asset.length.value / whole[s[0].asset.id])
                if s[0].asset.length and s[0].asset.length.unit == "km" and whole[s[0].asset.id] > 0
                else 1.0
                for s in segments
            ]
        )
        kms = kms * scale
    runs = segment_countries([s[4] for s in segments], [s[1] == "sea" for s in segments])
    line_km: dict[tuple[str, str], float] = defaultdict(float)
    for s_, km in zip(segments, kms, strict=True):
        line_km[(s_[0].asset.id, s_[1])] += float(km)
    crossing_ids = {pid for pid, p in place_info.items() if p["kind"] == "border_crossing"}
    over_water: dict[str, float] = defaultdict(float)

    def node_for(place: str, layer: str, side: str | None) -> str:
        nid = f"{place}:{layer}" if place not in crossing_ids else f"{place}:{layer}:{side}"
        if nid not in G:
            p = place_info[place]
            G.add_node(
                nid, x=p["x"], y=p["y"], place=place, layer=layer, side=side, kind=p["kind"], name=p["name"]
            )
            if p.get("oil_capacity") is not None and layer == "sea":
                G.nodes[nid]["oil_capacity"] = p["oil_capacity"]
            places[place].add(nid)
        return nid

    # A strait's published oil flow caps the oil through it, a port's or terminal's oil berths the oil
    # loaded or unloaded there (flows.commodity_graph splits its sea node; the assignment shares it).
    for pid, p in place_info.items():
        if p["kind"] in ("chokepoint", "port", "terminal"):
            p["oil_capacity"] = oil_capacity_of(features[pid], params)

    for (f, layer, u_place, v_place, part), km, sc, run in zip(segments, kms, scale, runs, strict=True):
        a = f.asset
        cap, basis = capacity_of(f, params, layer)
        if cap is None and not layer.startswith("pipeline"):
            key = default_capacity_key(a, layer)
            cap = params.value(f"default_capacity_mt.{key}")
            basis = f"default {key} (assumption)" if key.startswith("rail_") else "default (assumption)"
        if not run:  # no land or territorial water under the line: the asset's first country
            run = [(a.countries[0], float(km) / sc)] if a.countries else []
        country_km = [(c, k * sc) for c, k in run]
        if layer != "sea" and float(km) - sum(k for _, k in country_km) > OVER_WATER_KM:
            over_water[a.id] = max(over_water[a.id], float(km) - sum(k for _, k in country_km))
        u = node_for(u_place, layer, run[0][0] if run else None)
        v = node_for(v_place, layer, run[-1][0] if run else None)
        # A published travel time (a ferry's sailing) replaces the speed model, split over the segments by km.
        hours = a.transit_h.value * float(km) / line_km[(a.id, layer)] if a.transit_h else None
        attrs = make_edge(
            kind="line",
            mode=a.mode if a.mode != "multimodal" else layer,
            layer=layer,
            asset_id=a.id,
            name=a.name,
            status=status[a.id],
            active=status[a.id] == "operational",
            geometry=part,
            params=params,
            km=float(km),
            time_h=hours,
            capacity=cap,
            capacity_basis=basis,
            countries=_ordered(c for c, _ in country_km),
            country_km=country_km,
            sea_kind=_sea_kind(f) if layer == "sea" else "",
            commodities=list(a.commodities),
            capacity_shared=None if basis.startswith("default") else capacity_service(f, layer),
        )
        add_both_ways(G, u, v, attrs)

    _add_border_edges(G, places, place_info, crossing_ids, features, params)
    _add_transfers(G, places, place_info, features, params)
    _add_local_links(G, places, place_info, params)
    G.graph["places"] = {k: sorted(v) for k, v in places.items()}
    G.graph["place_info"] = place_info
    G.graph["report"] = _report(G, place_info, lines)
    G.graph["report"].over_water = sorted((k, round(v, 1)) for k, v in over_water.items())
    log.info("network as of %s: %d nodes, %d edges", as_of, G.number_of_nodes(), G.number_of_edges())
    return G


#: A land line with more km than this over water is reported (drawn across a bay or a lake).
OVER_WATER_KM = 5.0
#: Sea legs count the countries whose territorial sea (12 nautical miles) they pass.
TERRITORIAL_SEA_KM = 22.2

#: Natural Earth units that are not transit countries: Baikonur (KAB) is Kazakh territory leased to Russia.
SOVEREIGN = {"KAB": "KAZ"}

_RUNS_CACHE: dict[tuple[bytes, bool], list[tuple[str, float]]] = {}


def segment_countries(geoms, sea: list[bool]) -> list[list[tuple[str, float]]]:
    """Return the countries (with km) each segment crosses, cached by geometry across network builds.

    Land lines count land only; sea legs count territorial seas (:data:`TERRITORIAL_SEA_KM`);
    units that are not transit countries take their sovereign's code (:data:`SOVEREIGN`).
    See :func:`corridorkit.layers.base.country_runs`.
    """
    keys = [(shapely.to_wkb(g), s) for g, s in zip(geoms, sea, strict=True)]
    todo = [i for i, k in enumerate(keys) if k not in _RUNS_CACHE]
    for flag in (False, True):
        idx = [i for i in todo if sea[i] == flag]
        if idx:
            found = country_runs([geoms[i] for i in idx], sea_km=TERRITORIAL_SEA_KM if flag else 0.0)
            if len(_RUNS_CACHE) > 100_000:
                _RUNS_CACHE.clear()
            for i, r in zip(idx, found, strict=True):
                merged: list[tuple[str, float]] = []
                for c, km in r:
                    c = SOVEREIGN.get(c, c)
                    merged = (
                        merged[:-1] + [(c, merged[-1][1] + km)]
                        if merged and merged[-1][0] == c
                        else merged + [(c, km)]
                    )
                _RUNS_CACHE[keys[i]] = merged
    return [list(_RUNS_CACHE[k]) for k in keys]


def _ordered(codes) -> list[str]:
    out: list[str] = []
    for c in codes:
        if not out or out[-1] != c:
            out.append(c)
    return out


_PARTS_CACHE: dict[tuple, list[tuple[str, str, str, LineString]]] = {}


def _segments(lines: list[Feature], place_info: dict) -> list[tuple]:
    """Cut each line at its nodes: (feature, layer, from place, to place, geometry) per layer.

    The cuts of a line depend only on its geometry, its nodes' positions and its layers: they are
    cached on those across network builds (every date and scenario cuts the same lines).
    """
    segments = []
    for f in sorted(lines, key=lambda f: f.asset.id):
        node_ids = [n for n in f.asset.nodes if n in place_info]
        if len(node_ids) < 2:
            continue
        layers = line_layers(f)
        key = (
            shapely.to_wkb(f.geometry),
            tuple((n, place_info[n]["x"], place_info[n]["y"]) for n in node_ids),
            tuple(layers),
        )
        if key not in _PARTS_CACHE:
            if len(_PARTS_CACHE) > 100_000:
                _PARTS_CACHE.clear()
            _PARTS_CACHE[key] = _cut(f.geometry, node_ids, place_info, layers)
        segments += [(f, *cut) for cut in _PARTS_CACHE[key]]
    return segments


def _cut(geometry, node_ids: list[str], place_info: dict, layers: list[str]) -> list[tuple]:
    """Return (layer, from place, to place, geometry) for each stretch of a line between its nodes."""
    geom = _single_line(geometry)
    pos = [geom.project(Point(place_info[n]["x"], place_info[n]["y"]), normalized=True) for n in node_ids]
    pos[0], pos[-1] = 0.0, 1.0
    cuts = []
    for layer in layers:
        for i in range(len(node_ids) - 1):
            s0, s1 = pos[i], pos[i + 1]
            part = substring(geom, min(s0, s1), max(s0, s1), normalized=True)
            if s1 < s0:
                part = part.reverse()
            if part.geom_type != "LineString" or part.is_empty:
                p0, p1 = place_info[node_ids[i]], place_info[node_ids[i + 1]]
                part = LineString([(p0["x"], p0["y"]), (p1["x"], p1["y"])])
            cuts.append((layer, node_ids[i], node_ids[i + 1], part))
    return cuts


def _add_border_edges(G, places, place_info, crossing_ids, features, params) -> None:
    for pid in sorted(crossing_ids):
        a = features[pid].asset
        status = place_info[pid]["status"]
        by_family: dict[str, list[str]] = defaultdict(list)
        for nid in sorted(places.get(pid, ())):
            by_family[_family(G.nodes[nid]["layer"])].append(nid)
        for family, nids in by_family.items():
            for u in nids:
                for v in nids:
                    du, dv = G.nodes[u], G.nodes[v]
                    if u == v or du["side"] == dv["side"]:
                        continue
                    delay, basis = _border_delay(a, family, params)
                    cost = params.value("border_usd_per_t")
                    cap, cap_basis = capacity_of(features[pid], params, "cargo")
                    gauge_break = du["layer"] != dv["layer"]
                    if gauge_break:
                        delay += params.value("transfer_h.gauge_break")
                        cost += params.value("transfer_usd_per_t.gauge_break")
                    G.add_edge(
                        u,
                        v,
                        **make_edge(
                            kind="border",
                            mode=family,
                            layer=f"{du['layer']}>{dv['layer']}",
                            asset_id=pid,
                            name=a.name,
                            status=status,
                            active=status == "operational",
                            geometry=LineString([(du["x"], du["y"]), (dv["x"], dv["y"])]),
                            params=params,
                            time_h=delay,
                            cost_usd_per_t=cost,
                            countries=[du["side"], dv["side"]],
                            country_km=[],
                            capacity=cap,
                            capacity_basis=cap_basis,
                            delay_basis=basis,
                            gauge_break=gauge_break,
                        ),
                    )


def _family(layer: str) -> str:
    return "rail" if layer.startswith("rail") else layer


def _border_delay(asset, family: str, params: Params) -> tuple[float, str]:
    if asset.crossing and asset.crossing.delay_h is not None:
        return asset.crossing.delay_h.value, "data"
    key = family if family in ("rail", "road", "sea") else "road"
    return params.value(f"border_delay_h.{key}"), "default (assumption)"


def _transfer_kind(l1: str, l2: str, place_kind: str, sea_ferry: bool) -> str | None:
    """Return the kind of transfer from layer l1 to l2 (directional: boarding differs from unloading)."""
    fams = {_family(l1), _family(l2)}
    if fams == {"rail"}:
        return "gauge_break"
    vessel = "ferry" if sea_ferry else "ship"
    if fams == {"rail", "sea"}:
        return f"rail_{vessel}" if _family(l2) == "sea" else f"{vessel}_rail"
    if fams == {"road", "sea"}:
        return "road_ferry" if _family(l2) == "sea" else "ferry_road"
    if fams == {"road", "rail"}:
        return "road_rail"
    if any(f.startswith("pipeline_oil") for f in fams) and "sea" in fams:
        return "pipeline_ship"
    return None


def _add_transfers(G, places, place_info, features, params) -> None:
    for pid, nids in places.items():
        info = place_info[pid]
        if info["kind"] == "border_crossing":
            continue
        status = info["status"]
        active = status == "operational" or info["kind"] in ("city", "station", "junction")
        nid_list = sorted(nids)
        ferry = any(d.get("sea_kind") == "ferry" for n in nid_list for _, _, d in G.out_edges(n, data=True))
        cap = None
        f = features.get(pid)
        if f is not None and f.asset.capacity:
            cap, _ = capacity_of(f, params, "cargo")
        for u in nid_list:
            for v in nid_list:
                if u == v:
                    continue
                lu, lv = G.nodes[u]["layer"], G.nodes[v]["layer"]
                kind = _transfer_kind(lu, lv, info["kind"], ferry)
                if kind is None:
                    continue
                G.add_edge(
                    u,
                    v,
                    **make_edge(
                        kind="transfer",
                        mode="transfer",
                        layer=f"{lu}>{lv}",
                        asset_id=pid,
                        name=info["name"],
                        status=status,
                        active=active,
                        geometry=LineString([(info["x"], info["y"]), (info["x"], info["y"])]),
                        params=params,
                        time_h=params.transfer_hours(kind, pid),
                        cost_usd_per_t=params.value(f"transfer_usd_per_t.{kind}"),
                        capacity=cap,
                        capacity_basis="port" if cap else "none",
                        countries=list(info["countries"][:1]),
                        country_km=[],
                        transfer=kind,
                    ),
                )


#: Places of one country closer than this (km) are one town: a truck links the road of one to the
#: station or port of the other (the data often has a town's road junction and its station apart).
LOCAL_LINK_KM = 8.0
_LOCAL_KINDS = ("city", "station", "port", "junction")


def _add_local_links(G, places, place_info, params) -> None:
    """Join a town's road place to its station or port nearby: a transfer plus the short drive."""
    ids = sorted(p for p in places if place_info[p]["kind"] in _LOCAL_KINDS)
    if len(ids) < 2:
        return
    xs = np.array([place_info[p]["x"] for p in ids])
    ys = np.array([place_info[p]["y"] for p in ids])
    for i, a in enumerate(ids):
        d = np.hypot((xs[i + 1 :] - xs[i]) * math.cos(math.radians(ys[i])), ys[i + 1 :] - ys[i]) * 111.2
        for j in np.flatnonzero(d < LOCAL_LINK_KM):
            b = ids[i + 1 + j]
            pa, pb = place_info[a], place_info[b]
            if pa["countries"][:1] != pb["countries"][:1]:
                continue  # never across a border (Julfa and Jolfa face each other over the Aras)
            km = float(d[j])
            active = all(
                p["status"] == "operational" or p["kind"] in ("city", "station", "junction") for p in (pa, pb)
            )
            for u in sorted(places[a]):
                for v in sorted(places[b]):
                    for x, y in ((u, v), (v, u)):
                        lx, ly = G.nodes[x]["layer"], G.nodes[y]["layer"]
                        kind = _transfer_kind(lx, ly, "", False)
                        if kind is None or {_family(lx), _family(ly)} != {"road", "rail"}:
                            continue  # a truck between a town's road and its station; never onto a ship
                        hours, usd = travel("road", km, params)
                        px, py = G.nodes[x], G.nodes[y]
                        G.add_edge(
                            x,
                            y,
                            **make_edge(
                                kind="transfer",
                                mode="transfer",
                                layer=f"{lx}>{ly}",
                                asset_id=f"{px['place']}~{py['place']}",
                                name=f"local link {px['name']} – {py['name']} ({km:.1f} km by road)",
                                status="operational" if active else "closed",
                                active=active,
                                geometry=LineString([(px["x"], px["y"]), (py["x"], py["y"])]),
                                params=params,
                                km=km,
                                time_h=params.transfer_hours(kind, py["place"]) + hours,
                                cost_usd_per_t=params.value(f"transfer_usd_per_t.{kind}") + usd,
                                countries=list(pa["countries"][:1]),
                                country_km=[],
                                transfer=kind,
                            ),
                        )


def _report(G, place_info, lines) -> NetworkReport:
    rep = NetworkReport()
    reached = {d["place"] for _, d in G.nodes(data=True)}
    rep.isolated_places = sorted(
        p for p, i in place_info.items() if p not in reached and i["kind"] not in ("chokepoint", "field")
    )
    degree = defaultdict(int)
    for f in lines:
        for n in (f.asset.nodes[0], f.asset.nodes[-1]) if f.asset.nodes else ():
            degree[n] += 1
        for n in f.asset.nodes[1:-1]:
            degree[n] += 2
    for f in lines:
        if not f.asset.nodes:
            continue
        for end in (f.asset.nodes[0], f.asset.nodes[-1]):
            info = place_info.get(end)
            if info and degree[end] == 1 and info["kind"] in ("junction", "station", "border_crossing"):
                rep.dangling_ends.append((f.asset.id, end))
    # near misses: distinct places closer than 2 km (probably the same place twice)
    ids = sorted(place_info)
    xs = np.array([place_info[i]["x"] for i in ids])
    ys = np.array([place_info[i]["y"] for i in ids])
    for i in range(len(ids)):
        d = np.hypot((xs[i + 1 :] - xs[i]) * math.cos(math.radians(ys[i])), ys[i + 1 :] - ys[i]) * 111
        for j in np.flatnonzero(d < 2.0):
            rep.near_misses.append((ids[i], ids[i + 1 + j], round(float(d[j]), 2)))
    return rep


def active_subgraph(
    G: nx.MultiDiGraph,
    *,
    layers: tuple[str, ...] = CARGO_LAYERS_PREFIX,
    avoid_countries: tuple[str, ...] = (),
) -> nx.MultiDiGraph:
    """Return a view of the active edges in the given layer families, avoiding countries."""
    avoid = set(avoid_countries)

    def keep(u, v, k):
        d = G.edges[u, v, k]
        if not d["active"]:
            return False
        if not layer_allowed(d["layer"], layers):
            return False
        return not (avoid and avoid.intersection(d.get("countries") or ()))

    return nx.subgraph_view(G, filter_edge=keep)


def layer_allowed(layer: str, prefixes: tuple[str, ...]) -> bool:
    """Return whether an edge's layer (``rail1520``, ``road>rail1520`` ...) is in the allowed families."""
    return _layer_allowed(layer, tuple(prefixes))


@functools.lru_cache(maxsize=4096)
def _layer_allowed(layer: str, prefixes: tuple[str, ...]) -> bool:
    return all(part.startswith(prefixes) for part in layer.split(">"))


def set_asset_active(G: nx.MultiDiGraph, asset_id: str, active: bool) -> int:
    """Switch all edges of an asset on or off in place; return how many edges changed.

    Raises
    ------
    UnknownIdError
        No edge carries that asset id (close matches suggested).
    """
    from corridorkit.errors import UnknownIdError, did_you_mean

    n = 0
    for _, _, d in G.edges(data=True):
        if d["asset_id"] == asset_id:
            d["active"] = active
            d["status"] = "operational" if active else "closed"
            n += 1
    if n == 0:
        ids = {d["asset_id"] for _, _, d in G.edges(data=True)}
        raise UnknownIdError(
            f"no asset {asset_id!r} in the network" + did_you_mean(asset_id, ids),
            field="asset",
        )
    return n
