"""Routing on the multimodal network: time, cost or distance, k genuinely different alternatives.

``route(G, "Baku", "Kars", weight="time", k=3)`` returns :class:`Route` objects:
legs (mode, asset, km, hours, cost), transfers, border crossings, countries
transited, totals, and a GeoDataFrame of the path.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import geopandas as gpd
import networkx as nx
import pandas as pd

from corridorkit.analysis.network import CARGO_LAYERS_PREFIX, layer_allowed
from corridorkit.errors import InputError, NoRouteError, UnknownIdError
from corridorkit.geo.geodesic import distance_km

WEIGHTS = {"time": "time_h", "cost": "cost_usd_per_t", "distance": "length"}
#: Routes longer than this multiple of the great circle between their ends are flagged as detours.
DETOUR_FLAG = 1.8
_SRC, _DST = "__origin__", "__destination__"


# Pure functions of a string, cached: resolve_place folds every name of every place on each call.
@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in norm if not unicodedata.combining(c)).replace("ə", "a").strip()


#: Which place a town's name means when several places carry it (a city's station before its oil terminal).
PLACE_KIND_RANK = {
    "city": 0,
    "station": 1,
    "port": 2,
    "junction": 3,
    "border_crossing": 4,
    "terminal": 5,
    "field": 6,
    "chokepoint": 7,
}


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@functools.lru_cache(maxsize=65536)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s_\-–—(),/.]+", _fold(text)) if w)


def resolve_place(G: nx.MultiDiGraph, name: str, *, layers: tuple[str, ...] | None = None) -> str:
    """Return the place id for an id or a name in any language (case and accents ignored).

    A town's name finds its place even where the data names it "Aktau port": an exact id or
    English name wins, then an exact name in another language; otherwise the places whose
    name starts with, then contains, the query as whole words (English names first), and among those a city or
    station before a port, a port before a crossing or a terminal (:data:`PLACE_KIND_RANK`),
    then the one most links reach. With ``layers`` (``("road",)`` for a road trip), a place that
    has no node in those layers gives way to one that has ("Iğdır" by road is its road junction).

    Raises
    ------
    UnknownIdError
        No such place, or several equally good ones; the message suggests close matches.
    """
    info = G.graph["place_info"]
    if name in info:
        return name
    key = _fold(name)
    if not key:
        raise UnknownIdError("expected a place name, got an empty string", field="place")
    primary: dict[str, set[str]] = {}  # ids and English names
    other: dict[str, set[str]] = {}  # names in other languages
    for pid in sorted(info):
        p = info[pid]
        for label in [pid, p["name"]]:
            primary.setdefault(_fold(label), set()).add(pid)
        for label in p["names"].values():
            other.setdefault(_fold(label), set()).add(pid)
    places = G.graph.get("places", {})

    def rank(pid: str) -> tuple:
        return (PLACE_KIND_RANK.get(info[pid]["kind"], 9), -len(places.get(pid, ())), pid)

    def usable(pid: str) -> bool:
        return layers is None or any(
            layer_allowed(G.nodes[n]["layer"], tuple(layers)) for n in places.get(pid, ())
        )

    def best(found: set[str]) -> str:
        ordered = sorted(found, key=rank)
        if len(ordered) > 1 and rank(ordered[0])[:2] == rank(ordered[1])[:2]:
            names = ", ".join(f"{p!r} ({info[p]['name']})" for p in ordered[:5])
            raise UnknownIdError(f"{name!r} could mean several places: {names}; give the id", field="place")
        return ordered[0]

    words = _words(name)
    tiers: list[set[str]] = [labels[key] for labels in (primary, other) if key in labels]
    for labels in (primary, other):
        for starts in (True, False):  # "Van" is the Van pier before the Tatvan pier on Lake Van
            tiers.append(
                {
                    pid
                    for label, pids in labels.items()
                    for pid in pids
                    if _contains(_words(label), words, starts)
                }
            )
    tiers = [t for t in tiers if t]
    for tier in tiers:  # the best-matching places that the allowed layers reach
        if any(usable(p) for p in tier):
            return best({p for p in tier if usable(p)})
    if tiers:
        return best(tiers[0])
    labels = {**other, **primary}
    close = difflib.get_close_matches(key, list(labels), n=5, cutoff=0.6)
    hint = ", ".join(sorted({repr(p) for c in close for p in labels[c]})) or "none"
    raise UnknownIdError(f"unknown place {name!r}; did you mean: {hint}", field="place")


def _contains(words: list[str], query: list[str], at_start: bool = False) -> bool:
    n = len(query)
    if at_start:
        return words[:n] == query
    return any(words[i : i + n] == query for i in range(len(words) - n + 1))


def border_crossings(edges: list[dict]) -> list[dict]:
    """Return every border a sequence of edges crosses, in order, modelled or not.

    A crossing the data models is a ``border`` edge (with its delay); a line whose geometry
    runs from one country into another without one (a pipeline, a line the data does not split
    at the border) still crosses a border: it is listed with ``modelled: False`` and the line's
    asset id, and costs no border time.
    """
    out: list[dict] = []
    last: str | None = None
    for e in edges:
        cs = [c for c in e.get("countries") or [] if c]
        if e["kind"] == "border":
            out.append(
                {
                    "crossing": e["asset_id"],
                    "countries": list(cs),
                    "hours": e["time_h"],
                    "gauge_break": e.get("gauge_break", False),
                    "modelled": True,
                }
            )
            last = cs[-1] if cs else last
            continue
        for c in cs:
            if last is not None and c != last:
                out.append(
                    {
                        "crossing": e["asset_id"],
                        "countries": [last, c],
                        "hours": 0.0,
                        "gauge_break": False,
                        "modelled": False,
                    }
                )
            last = c
    return out


@dataclass
class Route:
    """One route: its legs, transfers, border crossings, countries and totals."""

    origin: str
    destination: str
    weight: str
    legs: pd.DataFrame
    transfers: list[dict]
    border_crossings: list[dict]
    countries: list[str]
    total_km: float
    total_hours: float
    total_cost_usd_per_t: float
    total_cost_usd_per_teu: float
    path: list[str] = field(repr=False)
    edges: list[dict] = field(repr=False)

    @property
    def total_days(self) -> float:
        """Total time in days."""
        return self.total_hours / 24.0

    @property
    def unmodelled_crossings(self) -> list[dict]:
        """Borders crossed inside a line (no crossing point in the data, so no border time)."""
        return [b for b in self.border_crossings if not b["modelled"]]

    @property
    def circuity(self) -> float:
        """Route km over the great-circle km between its ends (1.0 = a straight line)."""
        e0, e1 = self.edges[0]["geometry"].coords[0], self.edges[-1]["geometry"].coords[-1]
        gc = float(distance_km(e0[0], e0[1], e1[0], e1[1]))
        return self.total_km / gc if gc > 0 else float("nan")

    @property
    def assets(self) -> list[str]:
        """The asset ids used, in order (lines, crossings and transfer places)."""
        out: list[str] = []
        for e in self.edges:
            if not out or out[-1] != e["asset_id"]:
                out.append(e["asset_id"])
        return out

    def to_gdf(self) -> gpd.GeoDataFrame:
        """Return the path as a GeoDataFrame, one row per edge, EPSG:4326."""
        cols = ["asset_id", "name", "kind", "mode", "layer", "status", "length", "time_h", "cost_usd_per_t"]
        rows = [{c: e.get(c) for c in cols} | {"geometry": e["geometry"]} for e in self.edges]
        gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        gdf["km"] = gdf["length"] / 1000.0
        return gdf


def _weighted_digraph(
    G: nx.MultiDiGraph, weight: str, *, layers, avoid, only_active: bool = True
) -> nx.DiGraph:
    attr = WEIGHTS[weight]
    D = nx.DiGraph()
    for u, v, k, d in G.edges(keys=True, data=True):
        if only_active and not d["active"]:
            continue
        if not layer_allowed(d["layer"], layers):
            continue
        if avoid and avoid.intersection(d.get("countries") or ()):
            continue
        w = float(d[attr])
        if not D.has_edge(u, v) or D[u][v]["w"] > w:
            D.add_edge(u, v, w=w, key=k)
    return D


def _attach(D: nx.DiGraph, G, origin: str, destination: str) -> None:
    for n in G.graph["places"].get(origin, []):
        if n in D:
            D.add_edge(_SRC, n, w=0.0, key=None)
    for n in G.graph["places"].get(destination, []):
        if n in D:
            D.add_edge(n, _DST, w=0.0, key=None)


def route(
    G: nx.MultiDiGraph | None,
    origin: str,
    destination: str,
    *,
    weight: str = "time",
    k: int = 1,
    as_of: str | int | date | None = None,
    avoid_countries: tuple[str, ...] | list[str] = (),
    layers: tuple[str, ...] = CARGO_LAYERS_PREFIX,
) -> list[Route]:
    """Return up to ``k`` genuinely different routes between two places, best first.

    Parameters
    ----------
    G
        The network (:func:`corridorkit.analysis.network.build_network`); None builds
        it as of ``as_of``.
    origin, destination
        Place ids or names (any language, e.g. ``"Baku"``, ``"Bakı"``, ``"Поти"``).
    weight
        ``"time"`` (hours), ``"cost"`` (USD per tonne) or ``"distance"`` (metres).
    k
        Number of alternatives (Yen's algorithm; alternatives differ in the assets they use).
    as_of
        Build (or rebuild) the network as of this date when it differs from ``G``'s.
    avoid_countries
        ISO3 codes whose territory no edge may touch (e.g. ``("RUS", "BLR")``).
    layers
        Network layer families allowed (default: rail, road, sea).

    Raises
    ------
    UnknownIdError
        An unknown place (close matches suggested) or weight.
    NoRouteError
        No route; the message names the closed or missing links that cut the pair off.
    """
    if weight not in WEIGHTS:
        raise UnknownIdError(f"unknown weight {weight!r}; expected one of {sorted(WEIGHTS)}", field="weight")
    if k < 1:
        raise InputError(f"expected k >= 1, got {k}", field="k")
    if G is None or (as_of is not None and str(as_of) != G.graph.get("as_of")):
        from corridorkit.analysis.network import build_network

        G = build_network(as_of)
    layers = tuple(layers)  # a list is as good as a tuple
    o, d = resolve_place(G, origin, layers=layers), resolve_place(G, destination, layers=layers)
    if o == d:
        raise InputError(f"origin and destination are the same place ({o!r})", field="destination")
    avoid = set(avoid_countries)
    D = _weighted_digraph(G, weight, layers=layers, avoid=avoid)
    _attach(D, G, o, d)
    if _SRC not in D or _DST not in D or not nx.has_path(D, _SRC, _DST):
        raise NoRouteError(explain_unreachable(G, o, d, weight=weight, layers=layers, avoid=avoid))
    routes: list[Route] = []
    seen: set[frozenset] = set()
    for path in itertools.islice(nx.shortest_simple_paths(D, _SRC, _DST, weight="w"), 50 * k):
        r = _make_route(G, D, path[1:-1], o, d, weight)
        # Alternatives differ in the lines, links and crossings they use; where a transfer happens along the
        # same lines (a gauge change on either side of a dual-gauge border) is not a different route.
        sig = frozenset(
            e["asset_id"] for e in r.edges if e.get("kind") != "transfer" and e["asset_id"] not in (o, d)
        )
        if sig in seen:
            continue
        seen.add(sig)
        routes.append(r)
        if len(routes) == k:
            break
    return routes


def explain_unreachable(G, o: str, d: str, *, weight: str, layers, avoid) -> str:
    """Return a sentence naming why two places are cut off (closed, unbuilt or avoided links)."""
    info = G.graph["place_info"]
    when = G.graph.get("as_of") or "the reported statuses"
    base = f"no route from {info[o]['name']} to {info[d]['name']} as of {when}"
    D_all = _weighted_digraph(G, weight, layers=layers, avoid=set(), only_active=False)
    _attach(D_all, G, o, d)
    if _SRC not in D_all or _DST not in D_all or not nx.has_path(D_all, _SRC, _DST):
        return base + ": the network has no link between them at all (missing infrastructure)"
    path = nx.shortest_path(D_all, _SRC, _DST, weight="w")[1:-1]
    blockers = []
    for u, v in zip(path[:-1], path[1:], strict=True):
        e = G.edges[u, v, D_all[u][v]["key"]]
        if not e["active"]:
            blockers.append(f"{e['asset_id']} ({e['status']})")
        elif avoid and avoid.intersection(e.get("countries") or ()):
            blockers.append(
                f"{e['asset_id']} (in avoided {'/'.join(sorted(avoid.intersection(e['countries'])))})"
            )
    blockers = list(dict.fromkeys(blockers))
    return base + "; the shortest path if every link were open would use: " + ", ".join(blockers)


def _make_route(G, D, path: list[str], o: str, d: str, weight: str) -> Route:
    edges = [dict(G.edges[u, v, D[u][v]["key"]], u=u, v=v) for u, v in zip(path[:-1], path[1:], strict=True)]
    legs = []
    for e in edges:
        if legs and legs[-1]["asset_id"] == e["asset_id"] and legs[-1]["kind"] == e["kind"]:
            leg = legs[-1]
            leg["km"] += e["length"] / 1000.0
            leg["hours"] += e["time_h"]
            leg["cost_usd_per_t"] += e["cost_usd_per_t"]
            leg["to_place"] = G.nodes[e["v"]]["place"]
            continue
        legs.append(
            {
                "kind": e["kind"],
                "mode": e.get("transfer") or e["mode"],
                "asset_id": e["asset_id"],
                "name": e["name"],
                "from_place": G.nodes[e["u"]]["place"],
                "to_place": G.nodes[e["v"]]["place"],
                "km": e["length"] / 1000.0,
                "hours": e["time_h"],
                "cost_usd_per_t": e["cost_usd_per_t"],
                "countries": "-".join(e["countries"]),
            }
        )
    legs_df = pd.DataFrame(legs)
    countries: list[str] = []  # in order; a country entered again (Nakhchivan after Iran) is listed again
    for e in edges:
        for c in e["countries"]:
            if c and (not countries or countries[-1] != c):
                countries.append(c)
    # A gauge change made at a border crossing (the lines on either side differ) is a transfer too; its
    # hours are the crossing's whole time (border delay plus the change).
    transfers = [
        {
            "place": e["asset_id"],
            "transfer": e["transfer"] if e["kind"] == "transfer" else "gauge_break",
            "hours": e["time_h"],
        }
        for e in edges
        if e["kind"] == "transfer" or (e["kind"] == "border" and e.get("gauge_break"))
    ]
    borders = border_crossings(edges)
    teu = sum(e["cost_usd_per_teu"] for e in edges)
    return Route(
        o,
        d,
        weight,
        legs_df,
        transfers,
        borders,
        countries,
        total_km=sum(e["length"] for e in edges) / 1000.0,
        total_hours=sum(e["time_h"] for e in edges),
        total_cost_usd_per_t=sum(e["cost_usd_per_t"] for e in edges),
        total_cost_usd_per_teu=teu,
        path=path,
        edges=edges,
    )
