"""OpenStreetMap rail (and road) data through osmnx, and OSM track for curated lines.

Two ways in, one builder, as OSMnx does it:

- :func:`graph_from_polygon`, :func:`graph_from_bbox` and :func:`graph_for_asset` download
  with osmnx from the Overpass API, cached by osmnx under ``settings.cache_dir / "osmnx"``.
  Only :func:`_download_graph` touches the network.
- :func:`graph_from_file` reads a local ``.osm`` XML file, for offline use.

Both return an OSMnx-style MultiDiGraph holding the rail ways (``railway=rail``) and, if asked,
the main roads (for level crossings). Nodes carry ``x`` and ``y`` (lon/lat). Edges carry
``length`` in metres, measured on the WGS84 ellipsoid like every length in corridorkit (osmnx
itself uses a sphere), plus the OSM tags ``railway``, ``gauge``, ``electrified``, ``usage``,
``service``, ``name``, ``ref``, ``highway`` and ``oneway``. ``G.graph`` holds ``source``,
``retrieved`` (YYYY-MM-DD) and ``attribution`` (ODbL).

:func:`replace_geometry` puts OSM track on a curated line: the shortest chain of OSM rail ways of
the line's gauge, inside a corridor round it, between the OSM nodes nearest the line's two ends.
The old geometry is kept unless the track's length and countries agree with the asset.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import networkx as nx
import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import LineString, MultiLineString, Polygon, box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge

from corridorkit.errors import CorridorkitError, InputError, UnknownIdError, did_you_mean
from corridorkit.geo.geodesic import GEOD, distance_km, line_length_km
from corridorkit.geo.io import round_coords
from corridorkit.layers.checks import check_feature, countries_along
from corridorkit.layers.curated import NODE_TOLERANCE_KM, load_features, node_problems
from corridorkit.layers.schema import Asset
from corridorkit.layers.validate import Feature
from corridorkit.log import get_logger
from corridorkit.settings import settings

log = get_logger("layers.osm")

#: Overpass filter of the rail ways (main-line track; not trams, metros or disused lines).
RAIL_FILTER = '["railway"="rail"]'
#: Overpass filter of the roads loaded with ``roads=True`` (main roads, for level crossings).
ROAD_FILTER = '["highway"~"^(motorway|trunk|primary|secondary|tertiary)(_link)?$"]'
#: Way tags kept on edges besides osmnx's defaults.
RAIL_TAGS = ("railway", "gauge", "electrified", "usage", "service", "name", "name:en", "ref", "operator")
#: Node tags kept (stations, level crossings).
NODE_TAGS = ("railway", "name", "name:en", "ref")
#: The attribution ODbL asks for wherever OSM data is used.
ODBL_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"
#: Allowed relative difference between the OSM track and the official length.
LENGTH_TOLERANCE = 0.15
#: Without an official length, the track is compared with the curated geometry within this.
NO_LENGTH_TOLERANCE = 0.30
#: Corridor half-width (km) round a curated line in which OSM track is looked for.
BUFFER_KM = 3.0
#: Service tracks (sidings, yards) count this much longer in the chain search: stay on the main line.
SERVICE_PENALTY = 3.0
#: Ways whose name or ref matches the asset's names count this much shorter: prefer the named line.
NAME_MATCH_FACTOR = 0.8
_NAME_STOPWORDS = {"railway", "railroad", "line", "section", "rail", "track", "mm", "the", "and"}
#: Seconds the Overpass server has to accept a connection before corridorkit calls it unreachable.
CONNECT_TIMEOUT_S = 5.0


@contextlib.contextmanager
def osmnx_settings() -> Iterator[Any]:
    """Yield osmnx set up for corridorkit; restore every setting changed on exit.

    Inside the block osmnx keeps the rail tags (``ox.settings.useful_tags_way``) and caches
    Overpass responses in ``settings.cache_dir / "osmnx"``. Settings are restored afterwards,
    so nothing leaks into other code using osmnx.
    """
    import osmnx as ox

    names = ("useful_tags_way", "useful_tags_node", "use_cache", "cache_folder", "log_console",
             "overpass_rate_limit", "requests_timeout")
    saved = {n: getattr(ox.settings, n) for n in names}
    try:
        ox.settings.useful_tags_way = list(dict.fromkeys([*saved["useful_tags_way"], *RAIL_TAGS]))
        ox.settings.useful_tags_node = list(dict.fromkeys([*saved["useful_tags_node"], *NODE_TAGS]))
        ox.settings.use_cache = True
        ox.settings.cache_folder = str(Path(settings.cache_dir) / "osmnx")
        ox.settings.log_console = False
        yield ox
    finally:
        for n, v in saved.items():
            setattr(ox.settings, n, v)


def server_unreachable(url: str, *, timeout: float = CONNECT_TIMEOUT_S) -> str | None:
    """Return why nothing accepts a connection at ``url``'s host within ``timeout`` s, or None if it does.

    A TCP connect in a daemon thread, so a slow name lookup cannot hold the caller longer either.
    """
    import socket
    import threading
    from urllib.parse import urlsplit

    u = urlsplit(url)
    host, port = u.hostname or "", u.port or (443 if u.scheme == "https" else 80)
    why: list[str] = [f"no answer within {timeout:g} s"]

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                why[0] = ""
        except OSError as exc:
            why[0] = exc.strerror or str(exc) or type(exc).__name__

    t = threading.Thread(target=probe, daemon=True)
    t.start()
    t.join(timeout + 0.5)
    return why[0] or None


def _download_graph(polygon: Polygon, *, custom_filter: list[str]) -> nx.MultiDiGraph:
    """Return the raw osmnx graph of the ways matching the filters in a polygon (the one network call)."""
    import osmnx as ox
    import requests

    offline = server_unreachable(ox.settings.overpass_url)
    if offline:
        # osmnx would wait 60 s on the unreachable status endpoint before trying; a cached answer
        # still serves, anything else fails at once with the message below
        log.info("the Overpass API does not answer (%s): using cached OSM data only", offline)
        ox.settings.overpass_rate_limit = False
        ox.settings.requests_timeout = CONNECT_TIMEOUT_S
    try:
        return ox.graph_from_polygon(
            polygon, custom_filter=custom_filter, simplify=False, retain_all=True, truncate_by_edge=True
        )
    except ox._errors.InsufficientResponseError:
        return nx.MultiDiGraph(crs="EPSG:4326")
    except requests.RequestException as exc:
        why = offline or f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        raise CorridorkitError(
            f"cannot download OSM data from the Overpass API at {ox.settings.overpass_url} ({why}); "
            "offline, use a local .osm file (corridorkit osm load FILE.osm)"
        ) from None


def graph_from_polygon(
    polygon: Polygon, *, roads: bool = False, retrieved: str | date | None = None
) -> nx.MultiDiGraph:
    """Return the OSM rail ways (and main roads if asked) in a polygon, downloaded with osmnx.

    Parameters
    ----------
    polygon
        A (Multi)Polygon in lon/lat.
    roads
        Also load the main roads (motorway to tertiary), e.g. for level crossings.
    retrieved
        The retrieval date to record (default: today).

    Raises
    ------
    InputError
        There is no rail way in the polygon.
    CorridorkitError
        The Overpass API cannot be reached.
    """
    filters = [RAIL_FILTER] + ([ROAD_FILTER] if roads else [])
    with osmnx_settings() as ox:
        G = _download_graph(polygon, custom_filter=filters)
        url = ox.settings.overpass_url
    when = _iso_date(retrieved) or date.today().isoformat()
    w, s, e, n = polygon.bounds
    return _prepare(
        G,
        source=f"OpenStreetMap via the Overpass API ({url})",
        retrieved=when,
        where=f"the area {w:.3f},{s:.3f},{e:.3f},{n:.3f}",
    )


def graph_from_bbox(
    west: float, south: float, east: float, north: float, *, roads: bool = False
) -> nx.MultiDiGraph:
    """Return the OSM rail ways (and main roads if asked) in a lon/lat bounding box, downloaded.

    Parameters
    ----------
    west, south, east, north
        The box in degrees.
    roads
        Also load the main roads.
    """
    if not (west < east and south < north):
        raise InputError(
            f"expected west < east and south < north, got {west}, {south}, {east}, {north}", field="bbox"
        )
    return graph_from_polygon(box(west, south, east, north), roads=roads)


def graph_for_asset(
    asset: str | Feature,
    *,
    buffer_km: float = BUFFER_KM,
    roads: bool = False,
    features: dict[str, Feature] | None = None,
) -> nx.MultiDiGraph:
    """Return the OSM rail ways in a corridor round a curated line, downloaded.

    Parameters
    ----------
    asset
        A curated asset id or a validated feature.
    buffer_km
        Half-width of the corridor round the line.
    roads
        Also load the main roads.
    features
        Features by id to look the id up in (default: the shipped layers).
    """
    f = asset if isinstance(asset, Feature) else find_asset(asset, features)
    return graph_from_polygon(corridor(f.geometry, buffer_km), roads=roads)


def graph_from_file(path: str | Path, *, retrieved: str | date | None = None) -> nx.MultiDiGraph:
    """Return the rail ways and roads of a local OSM XML file (``.osm``, ``.osm.bz2``, ``.osm.gz``).

    Parameters
    ----------
    path
        The file, e.g. an Overpass or JOSM export.
    retrieved
        The retrieval date to record; default: the file's ``<meta osm_base=...>`` date, else
        its modification date.

    Raises
    ------
    InputError
        The file is missing, is not OSM XML, or holds no rail way.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("file not found", file=p)
    if p.is_dir():
        raise InputError("expected an OSM XML file, got a folder", file=p)
    from corridorkit import limits

    if p.stat().st_size > limits.MAX_FILE_BYTES:
        raise InputError(
            f"file is {p.stat().st_size / 1e6:.0f} MB; files over {limits.MAX_FILE_BYTES / 1e6:.0f} MB are "
            "refused (cut the area with osmium extract)",
            file=p,
        )
    with osmnx_settings() as ox:
        try:
            G = ox.graph_from_xml(p, bidirectional=False, simplify=False, retain_all=True)
        except ox._errors.InsufficientResponseError:
            raise InputError("no OSM nodes or ways in the file", file=p) from None
        except Exception as exc:  # the SAX parser and osmnx raise many types for broken files
            raise InputError(
                f"cannot read it as OSM XML ({type(exc).__name__}: {exc}); is the file truncated?", file=p
            ) from None
    when = _iso_date(retrieved) or _osm_base_date(p) or date.fromtimestamp(p.stat().st_mtime).isoformat()
    return _prepare(G, source=f"OpenStreetMap XML file {p.name}", retrieved=when, where="the file", file=p)


def _prepare(
    G: nx.MultiDiGraph, *, source: str, retrieved: str, where: str, file: Path | None = None
) -> nx.MultiDiGraph:
    """Keep rail and road edges, drop loose nodes, measure edges on the ellipsoid, record provenance."""
    G = G.copy()
    drop = [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if not (is_rail(d) or is_road(d))]
    G.remove_edges_from(drop)
    G.remove_nodes_from([n for n in list(G.nodes) if G.degree(n) == 0])
    if not any(is_rail(d) for _, _, d in G.edges(data=True)):
        raise InputError(f"no rail ways (railway=rail) in {where}", file=file)
    edges = list(G.edges(keys=True))
    xy = np.array([(G.nodes[u]["x"], G.nodes[u]["y"], G.nodes[v]["x"], G.nodes[v]["y"]) for u, v, _ in edges])
    _, _, metres = GEOD.inv(xy[:, 0], xy[:, 1], xy[:, 2], xy[:, 3])
    for (u, v, k), m in zip(edges, np.atleast_1d(metres), strict=True):
        G.edges[u, v, k]["length"] = float(m)
    G.graph.update(crs="EPSG:4326", source=source, retrieved=retrieved, attribution=ODBL_ATTRIBUTION)
    log.info("%s: %d nodes, %d edges (rail and roads), retrieved %s", source, len(G), len(edges), retrieved)
    return G


def _iso_date(value: str | date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _osm_base_date(path: Path) -> str | None:
    """Return the date of ``<meta osm_base="...">`` (Overpass exports) near the top of a file."""
    import bz2
    import gzip

    opener = {".bz2": bz2.open, ".gz": gzip.open}.get(path.suffix, open)
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    m = re.search(r'<meta\s[^>]*osm_base="(\d{4}-\d{2}-\d{2})', head)
    return m.group(1) if m else None


def is_rail(edge: dict) -> bool:
    """Return whether an edge's attributes are a rail way (``railway=rail``)."""
    return edge.get("railway") == "rail"


def is_road(edge: dict) -> bool:
    """Return whether an edge's attributes are a road (any ``highway`` value)."""
    return bool(edge.get("highway")) and not is_rail(edge)


def rail_subgraph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of the graph with only its rail edges and their nodes."""
    return G.edge_subgraph([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if is_rail(d)]).copy()


def road_subgraph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of the graph with only its road edges and their nodes."""
    return G.edge_subgraph([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if is_road(d)]).copy()


def parse_gauge(value: object) -> list[int]:
    """Return the track gauges (mm) of an OSM ``gauge`` tag: ``"1520"``, ``"1435;1520"`` (dual gauge).

    Parameters
    ----------
    value
        The tag's value (None or missing gives an empty list).
    """
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return sorted({int(g) for v in values for g in re.findall(r"\d{3,4}", str(v))})


def _physical_rail_segments(G: nx.MultiDiGraph) -> dict[tuple, dict]:
    """Each rail segment once (a two-way way has two directed edges): (min node, max node, way) -> attrs."""
    out: dict[tuple, dict] = {}
    for u, v, d in G.edges(data=True):
        if is_rail(d):
            key = (min(u, v), max(u, v), d.get("osmid"))
            out.setdefault(key, {**d, "u": u, "v": v})
    return out


@dataclass
class OsmSummary:
    """What an OSM graph holds: counts, rail km by gauge, stations, roads and level crossings."""

    source: str
    retrieved: str
    rail_nodes: int
    rail_edges: int
    rail_ways: int
    rail_km: float
    km_by_gauge: dict[str, float]
    stations: list[str]
    road_edges: int
    oneway_road_edges: int
    level_crossings: int
    attribution: str = ODBL_ATTRIBUTION


def summary(G: nx.MultiDiGraph) -> OsmSummary:
    """Return the summary of an OSM graph from :func:`graph_from_file` or a download.

    Parameters
    ----------
    G
        The graph.
    """
    segs = _physical_rail_segments(G)
    by_gauge: dict[str, float] = {}
    for d in segs.values():
        g = ";".join(str(x) for x in parse_gauge(d.get("gauge"))) or "unknown"
        by_gauge[g] = by_gauge.get(g, 0.0) + d["length"] / 1000.0
    rail_nodes = {n for d in segs.values() for n in (d["u"], d["v"])}
    road = [(u, v, d) for u, v, d in G.edges(data=True) if is_road(d)]
    road_nodes = {n for u, v, _ in road for n in (u, v)}
    stations = sorted(
        {
            str(G.nodes[n].get("name:en") or G.nodes[n].get("name"))
            for n in rail_nodes
            if G.nodes[n].get("railway") in ("station", "halt")
            and (G.nodes[n].get("name") or G.nodes[n].get("name:en"))
        }
    )
    level = {n for n in rail_nodes if G.nodes[n].get("railway") == "level_crossing"} | (
        rail_nodes & road_nodes
    )
    return OsmSummary(
        source=G.graph.get("source", ""),
        retrieved=G.graph.get("retrieved", ""),
        rail_nodes=len(rail_nodes),
        rail_edges=sum(1 for _, _, d in G.edges(data=True) if is_rail(d)),
        rail_ways=len({d.get("osmid") for d in segs.values()}),
        rail_km=sum(d["length"] for d in segs.values()) / 1000.0,
        km_by_gauge=dict(sorted(by_gauge.items())),
        stations=stations,
        road_edges=len(road),
        oneway_road_edges=sum(1 for u, v, d in road if not G.has_edge(v, u)),
        level_crossings=len(level),
    )


def rail_lines(G: nx.MultiDiGraph) -> gpd.GeoDataFrame:
    """Return the rail ways as lines, one row per OSM way, sorted by way id (EPSG:4326).

    Columns: ``osm_way_id``, ``railway``, ``gauge``, ``name``, ``name_en``, ``ref``, ``usage``,
    ``service``, ``electrified``, ``length_km`` (geodesic) and ``geometry``. ``attrs`` holds
    the source, retrieval date and ODbL attribution.

    Parameters
    ----------
    G
        The graph.
    """
    by_way: dict[int, list] = {}
    tags: dict[int, dict] = {}
    for d in _physical_rail_segments(G).values():
        wid = int(d["osmid"])
        u, v = (d["v"], d["u"]) if d.get("reversed") is True else (d["u"], d["v"])
        by_way.setdefault(wid, []).append(
            LineString([(G.nodes[u]["x"], G.nodes[u]["y"]), (G.nodes[v]["x"], G.nodes[v]["y"])])
        )
        tags.setdefault(wid, d)
    rows = []
    for wid in sorted(by_way):
        geom = linemerge(MultiLineString(by_way[wid]))
        d = tags[wid]
        rows.append(
            {
                "osm_way_id": wid,
                **{
                    c.replace(":", "_"): _scalar(d.get(c))
                    for c in ("railway", "gauge", "name", "name:en", "ref", "usage", "service", "electrified")
                },
                "length_km": round(line_length_km(geom), 3),
                "geometry": geom,
            }
        )
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    gdf.attrs.update({k: G.graph.get(k) for k in ("source", "retrieved", "attribution")})
    return gdf


def _scalar(v: object) -> object:
    return ";".join(map(str, v)) if isinstance(v, list) else v


def corridor(geometry: BaseGeometry, buffer_km: float) -> Polygon:
    """Return the polygon within ``buffer_km`` of a lon/lat geometry (buffered in a local equidistant CRS).

    Parameters
    ----------
    geometry
        A geometry in lon/lat.
    buffer_km
        Half-width in km (> 0).
    """
    if not buffer_km > 0:
        raise InputError(f"expected a buffer > 0 km, got {buffer_km}", field="buffer_km")
    c = geometry.centroid
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={c.y} +lon_0={c.x} +datum=WGS84 +units=m")
    fwd = Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    metric = shapely.transform(geometry, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    area = metric.buffer(buffer_km * 1000.0, quad_segs=16)
    return shapely.transform(area, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1])))


def find_asset(asset_id: str, features: dict[str, Feature] | None = None) -> Feature:
    """Return the curated rail line with this id.

    Parameters
    ----------
    asset_id
        The asset id.
    features
        Features by id (default: the shipped layers).

    Raises
    ------
    UnknownIdError
        No such asset (close ids suggested), or it is not a rail line.
    """
    if features is None:
        features, _ = load_features(strict=True)
    f = features.get(asset_id)
    if f is None:
        rails = sorted(i for i, x in features.items() if x.asset.kind == "rail_line")
        hint = did_you_mean(asset_id, rails, cutoff=0.5)
        raise UnknownIdError(f"unknown asset id {asset_id!r}{hint}", feature=asset_id, field="asset")
    if f.asset.kind != "rail_line":
        raise UnknownIdError(f"expected a rail_line, got a {f.asset.kind}", feature=asset_id, field="kind")
    return f


@dataclass
class Replacement:
    """The outcome of putting OSM track on a curated line.

    ``feature`` is the new feature when ``replaced``, else the unchanged one; ``reasons`` says
    why the track was refused. The measures describe the candidate track either way.
    """

    asset_id: str
    replaced: bool
    feature: Feature
    reasons: list[str] = field(default_factory=list)
    candidate: LineString | None = None
    osm_way_ids: list[int] = field(default_factory=list)
    osm_km: float | None = None
    curated_km: float | None = None
    official_km: float | None = None
    accepted_km: tuple[float, float] | None = None
    countries_listed: list[str] = field(default_factory=list)
    countries_found: list[str] = field(default_factory=list)
    start_offset_km: float | None = None
    end_offset_km: float | None = None
    name_match_share: float | None = None
    retrieved: str | None = None
    notes: list[str] = field(default_factory=list)
    attribution: str = ODBL_ATTRIBUTION

    def to_geojson(self) -> dict:
        """Return the (new or kept) feature as a GeoJSON Feature dict."""
        return feature_to_geojson(self.feature)


def feature_to_geojson(feature: Feature, *, precision: int = 6) -> dict:
    """Return a validated feature as a GeoJSON Feature dict in the curated schema.

    Parameters
    ----------
    feature
        The feature.
    precision
        Decimals kept in coordinates.
    """
    return {
        "type": "Feature",
        "properties": feature.asset.model_dump(mode="json", exclude_none=True),
        "geometry": round_coords(mapping(feature.geometry), precision),
    }


def _single_line(geom: BaseGeometry) -> LineString:
    if isinstance(geom, MultiLineString):
        merged = linemerge(geom)
        return (
            merged
            if isinstance(merged, LineString)
            else LineString([c for part in geom.geoms for c in part.coords])
        )
    return geom


def _name_tokens(asset: Asset) -> set[str]:
    words: set[str] = set()
    for text in [asset.name, *asset.names.values()]:
        words |= {w.casefold() for w in re.findall(r"\w{3,}", text) if not w.isdigit()}
    return words - _NAME_STOPWORDS


def _name_matches(d: dict, tokens: set[str]) -> bool:
    text = " ".join(str(_scalar(d.get(k)) or "") for k in ("name", "name:en", "ref")).casefold()
    return any(t in text for t in tokens)


def _track_graph(G: nx.MultiDiGraph, area: Polygon, gauges: list[int], tokens: set[str]) -> nx.Graph:
    """Undirected rail graph inside the area, of compatible gauge, weighted for the chain search."""
    H = nx.Graph()
    ids = list(G.nodes)
    xy = np.array([(G.nodes[n]["x"], G.nodes[n]["y"]) for n in ids], dtype=float).reshape(-1, 2)
    inside = {n for n, ok in zip(ids, shapely.contains_xy(area, xy[:, 0], xy[:, 1]), strict=True) if ok}
    for u, v, d in G.edges(data=True):
        if not is_rail(d) or u not in inside or v not in inside:
            continue
        g = parse_gauge(d.get("gauge"))
        if g and gauges and not set(g) & set(gauges):
            continue
        w = d["length"] * (SERVICE_PENALTY if d.get("service") else 1.0)
        named = _name_matches(d, tokens)
        w *= NAME_MATCH_FACTOR if named else 1.0
        if not H.has_edge(u, v) or H.edges[u, v]["w"] > w:
            coords = list(d["geometry"].coords) if d.get("geometry") is not None else None
            H.add_edge(
                u,
                v,
                w=w,
                length=d["length"],
                osmid=int(_first(d.get("osmid"))),
                named=named,
                start=u,
                coords=coords,
            )
    for n in H.nodes:
        H.nodes[n].update(x=G.nodes[n]["x"], y=G.nodes[n]["y"])
    return H


def _first(v: object) -> object:
    return v[0] if isinstance(v, list) else v


def _path_line(H: nx.Graph, path: list, steps: list[dict]) -> LineString:
    """Return the track along a node path (edges of a simplified graph bring their full geometry)."""
    coords = [(H.nodes[path[0]]["x"], H.nodes[path[0]]["y"])]
    for u, v, e in zip(path[:-1], path[1:], steps, strict=True):
        if e["coords"] is None:
            seg = [(H.nodes[n]["x"], H.nodes[n]["y"]) for n in (u, v)]
        else:
            seg = e["coords"] if e["start"] == u else e["coords"][::-1]
        coords += [tuple(c[:2]) for c in seg[1:]]
    return LineString(coords)


def _nearest(H: nx.Graph, lon: float, lat: float) -> tuple[int, float]:
    ids = list(H.nodes)
    xs = np.array([H.nodes[n]["x"] for n in ids])
    ys = np.array([H.nodes[n]["y"] for n in ids])
    d = np.atleast_1d(distance_km(lon, lat, xs, ys))
    i = int(np.argmin(d))
    return ids[i], float(d[i])


def replace_geometry(
    feature: Feature,
    G: nx.MultiDiGraph,
    *,
    features: dict[str, Feature] | None = None,
    buffer_km: float = BUFFER_KM,
    tolerance: float = LENGTH_TOLERANCE,
    end_tolerance_km: float = NODE_TOLERANCE_KM,
) -> Replacement:
    """Return the curated rail line with its geometry replaced by OSM track, if the track checks out.

    The track is the shortest chain of OSM rail ways (by length; sidings count
    ``SERVICE_PENALTY`` times longer and ways whose name or ref matches the asset's names
    ``NAME_MATCH_FACTOR`` times shorter) of the line's gauge within ``buffer_km`` of the
    line, between the OSM nodes nearest its first and last coordinates. It replaces the
    geometry only if

    - both ends lie within ``end_tolerance_km`` of the line's ends;
    - its geodesic length is within ``tolerance`` of the official length, or within the
      stored range (without an official length: within ``NO_LENGTH_TOLERANCE`` of the
      curated geometry's length);
    - the countries it crosses (:func:`corridorkit.layers.checks.countries_along`) are the
      asset's ``countries``;
    - if ``features`` is given, the line's ``nodes`` still lie on it.

    A replaced feature gets ``geometry_accuracy: surveyed``, ``osm_way_ids``, a
    ``geometry_note`` and an OpenStreetMap entry in ``sources`` (retrieval date, ODbL).

    Parameters
    ----------
    feature
        The curated rail line.
    G
        An OSM graph from :func:`graph_from_file` or a download.
    features
        All features by id, to check the line's nodes against the new track.
    buffer_km
        Corridor half-width round the curated line.
    tolerance
        Allowed relative difference from the official length.
    end_tolerance_km
        How far the track's ends may lie from the line's ends.

    Raises
    ------
    UnknownIdError
        The feature is not a rail line.
    """
    a = feature.asset
    if a.kind != "rail_line":
        raise UnknownIdError(
            f"expected a rail_line, got a {a.kind}", file=feature.file, feature=a.id, field="kind"
        )
    line = _single_line(feature.geometry)
    curated_km = line_length_km(line)
    official = a.length.value if a.length else None
    if official:
        lo = min(official * (1 - tolerance), a.length.min if a.length.min is not None else official)
        hi = max(official * (1 + tolerance), a.length.max if a.length.max is not None else official)
    else:
        lo, hi = curated_km * (1 - NO_LENGTH_TOLERANCE), curated_km * (1 + NO_LENGTH_TOLERANCE)
    lo, hi = round(lo, 3), round(hi, 3)
    out = Replacement(
        a.id,
        False,
        feature,
        curated_km=round(curated_km, 3),
        official_km=official,
        accepted_km=(lo, hi),
        countries_listed=list(a.countries),
        retrieved=G.graph.get("retrieved"),
    )
    H = _track_graph(G, corridor(line, buffer_km), list(a.gauge_mm or []), _name_tokens(a))
    gauge_text = "/".join(str(g) for g in a.gauge_mm or []) or "any"
    if H.number_of_edges() == 0:
        out.reasons.append(f"no OSM rail way of gauge {gauge_text} mm within {buffer_km:g} km of the line")
        return out
    (x0, y0), (x1, y1) = line.coords[0][:2], line.coords[-1][:2]
    s, start_km = _nearest(H, x0, y0)
    t, end_km = _nearest(H, x1, y1)
    out.start_offset_km, out.end_offset_km = round(start_km, 3), round(end_km, 3)
    try:
        path = nx.shortest_path(H, s, t, weight="w") if s != t else [s]
    except nx.NetworkXNoPath:
        out.reasons.append(
            f"the OSM rail ways near the line do not join up between its ends "
            f"({nx.number_connected_components(H)} separate pieces within {buffer_km:g} km)"
        )
        return out
    if len(path) < 2:
        out.reasons.append("the OSM nodes nearest the line's two ends are the same node")
        return out
    steps = [H.edges[u, v] for u, v in zip(path[:-1], path[1:], strict=True)]
    cand = _path_line(H, path, steps)
    out.candidate = cand
    out.osm_way_ids = list(dict.fromkeys(e["osmid"] for e in steps))
    out.osm_km = round(line_length_km(cand), 3)
    total = sum(e["length"] for e in steps)
    out.name_match_share = round(sum(e["length"] for e in steps if e["named"]) / total, 3) if total else 0.0
    out.countries_found = countries_along(cand)
    for end, off in (("first", out.start_offset_km), ("last", out.end_offset_km)):
        if off > end_tolerance_km:
            out.reasons.append(
                f"the OSM track's {'start' if end == 'first' else 'end'} lies {off:.1f} km from the "
                f"line's {end} point (at most {end_tolerance_km:g} km)"
            )
    if not lo <= out.osm_km <= hi:
        ref = (
            f"the official {official:g} km"
            if official
            else f"the curated geometry's {curated_km:.1f} km (no official length)"
        )
        out.reasons.append(
            f"length: the OSM track is {out.osm_km:.1f} km, outside {lo:.1f}-{hi:.1f} km allowed round {ref}"
        )
    if out.countries_found != list(a.countries):
        out.reasons.append(
            f"countries: the asset lists {list(a.countries)}, the OSM track crosses {out.countries_found}"
        )
    new = Feature(_surveyed_asset(a, out.osm_way_ids, out.retrieved, G), cand, feature.file)
    if features is not None:  # the ends are checked above; here the nodes the line passes on its way
        inner = {f"nodes[{i}]" for i in range(1, len(a.nodes) - 1)}
        for p in node_problems({**features, a.id: new}):
            if p.feature == a.id and p.field in inner:
                out.reasons.append(f"{p.field}: {p.message}")
    if out.reasons:
        log.info("%s: kept the %s geometry: %s", a.id, a.geometry_accuracy, "; ".join(out.reasons))
        return out
    log.info("%s: geometry replaced by OSM ways %s (%.1f km)", a.id, out.osm_way_ids, out.osm_km)
    out.replaced, out.feature = True, new
    out.notes = [f"`corridorkit layers check` would report: {p}" for p in check_feature(new).problems]
    return out


def _surveyed_asset(a: Asset, way_ids: list[int], retrieved: str | None, G: nx.MultiDiGraph) -> Asset:
    """Return the asset's properties marked as surveyed from OSM, with the OSM source added."""
    props = a.model_dump(mode="json", exclude_none=True)
    taken = {s["id"] for s in props["sources"]}
    sid = next(c for c in ("osm", *(f"osm_{i}" for i in range(2, 100))) if c not in taken)
    when = retrieved or date.today().isoformat()
    ways = ", ".join(str(w) for w in way_ids)
    props["sources"].append(
        {
            "id": sid,
            "title": f"OpenStreetMap railway ways {ways}",
            "url": OSM_COPYRIGHT_URL,
            "accessed": when,
            "publisher": "OpenStreetMap contributors",
            "note": f"{ODBL_ATTRIBUTION}. Track geometry from {G.graph.get('source', 'OpenStreetMap')}.",
        }
    )
    props["geometry_accuracy"] = "surveyed"
    props["osm_way_ids"] = [int(w) for w in way_ids]
    props["geometry_note"] = (
        f"OpenStreetMap track (ways {ways}), retrieved {when}; replaces the {a.geometry_accuracy} "
        f"geometry. {ODBL_ATTRIBUTION}"
    )
    return Asset.model_validate(props)
