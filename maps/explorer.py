"""``explorer.html``: one offline page to switch scenarios and years, search, measure and route.

The page runs its shortest paths on numbers computed here, in Python, by the same code as
``corridorkit route``: for every scenario and every year the network is built
(:func:`~corridorkit.analysis.network.build_network`) or the scenario applied
(:func:`~corridorkit.analysis.scenarios.apply_scenario`) as of that year's last day, and each
routable edge's time, cost and activity is recorded. The page only adds them up along a path, so
it cannot disagree with the command line (``tests/test_explorer.py`` checks it does not).

To keep the page small, the edge table is stored once, its numbers for the baseline of the first
year in full, and every other scenario and year as the differences from them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import shapely
from jinja2 import Template
from shapely.ops import polylabel

from corridorkit.analysis.network import CARGO_LAYERS_PREFIX, build_network, layer_allowed
from corridorkit.analysis.routing import WEIGHTS
from corridorkit.geo.io import write_text
from corridorkit.log import get_logger
from corridorkit.maps.leaflet import Raw, SafeMacro, offline_map, render_map, safe_json
from corridorkit.maps.style import GROUP_COLOUR, GROUP_LABEL, group_of, popup_html

log = get_logger("explorer")

#: The years of the page's as-of slider; a year means its last day, as ``--as-of 2026`` does.
YEARS = tuple(range(2025, 2033))
#: The scenario every other one is compared with: the assets' own timelines, no edits.
BASELINE = "baseline"
#: Status codes the page draws: open, under construction, proposed, closed (or suspended, forbidden).
STATUS_CODES = {"operational": 0, "under_construction": 1, "proposed": 2}
STATUS_NAMES = ["open", "under construction", "proposed", "closed"]
#: Edge kinds as codes.
EDGE_KINDS = ["line", "border", "transfer"]
#: Where the seas' names go (the shipped Natural Earth seas layer has no label points of its own).
SEA_LABELS = [
    ("Black Sea", 43.3, 34.2),
    ("Caspian Sea", 42.2, 50.9),
    ("Mediterranean Sea", 34.0, 18.0),
    ("Aegean Sea", 38.8, 25.0),
    ("Sea of Azov", 46.1, 36.6),
    ("Persian Gulf", 27.0, 51.5),
    ("Arabian Sea", 17.0, 63.0),
    ("Baltic Sea", 57.0, 19.5),
    ("North Sea", 56.0, 3.5),
    ("Red Sea", 20.0, 38.5),
]


def _status_code(status: str | None) -> int:
    return STATUS_CODES.get(status or "", 3)


def _scenario_states(scenarios, years, features, params):
    """Yield (scenario name, year, network, assets its edits name) for the baseline and each scenario."""
    from corridorkit.analysis.demand import demand_table
    from corridorkit.analysis.scenarios import apply_scenario, resolve_scenario

    chosen = [resolve_scenario(name) for name in scenarios]
    base_demand = None
    for y in years:
        G = build_network(y, features=features, params=params)
        yield BASELINE, y, G, set()
        if base_demand is None and chosen:
            base_demand = demand_table(G)
        for sc in chosen:
            # the scenario's edits on the network as of the slider's year (its file names one date)
            state = apply_scenario(
                sc.model_copy(update={"as_of": y}),
                features=features,
                params=params,
                base_demand=base_demand,
                network=G,
            )
            named = {getattr(e, "asset", None) for _, _, e in state.edits} - {None}
            yield sc.name, y, state.network, named


class _Table:
    """Strings stored once, referred to by index."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, s: str) -> int:
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]


def _edge_geometry(geom, precision: float = 1e-3) -> list[list[float]]:
    """Return a path's [lat, lon] vertices, simplified to about 100 m for drawing a route."""
    g = shapely.set_precision(geom.simplify(0.005), precision)
    if g.is_empty:
        g = geom
    return [[round(y, 3), round(x, 3)] for x, y in g.coords]


def explorer_data(
    *,
    scenarios: list[str] | None = None,
    years: tuple[int, ...] = YEARS,
    features=None,
    params=None,
) -> dict:
    """Return the page's data: places, edges with their numbers per scenario and year, asset statuses.

    Parameters
    ----------
    scenarios
        Scenario names or files to offer beside the baseline (default: the shipped ones but the two
        baselines, which are the baseline's network in 2025 and 2030).
    years
        The slider's years.
    features
        Validated features by id (default: the shipped layers).
    params
        Time and cost model (default: the shipped one).

    Returns
    -------
    dict
        JSON-ready: ``years``, ``scenarios``, ``places``, ``nodes``, ``edges`` (static fields),
        ``base`` (time, cost, TEU cost and activity of every edge in the baseline's first year),
        ``diff`` (per scenario and year, the edges whose numbers differ from ``base``) and
        ``status`` (asset status codes per scenario and year, and what the scenario changed).
    """
    from corridorkit.analysis.params import load_params
    from corridorkit.analysis.scenarios import shipped_scenarios
    from corridorkit.layers.curated import load_features, status_as_of

    params = params or load_params()
    if features is None:
        features, _ = load_features(strict=True)
    if scenarios is None:
        scenarios = [n for n in shipped_scenarios() if not n.startswith("baseline")]
    names = [BASELINE, *scenarios]
    strings = _Table()
    node_ix: dict[str, int] = {}
    node_place: list[int] = []
    node_ids: list[str] = []
    place_ix: dict[str, int] = {}
    places: list[dict] = []
    edge_ix: dict[tuple, int] = {}
    edge_fields = ("u", "v", "m", "layer", "mode", "kind", "asset", "name", "cc", "g")
    edges: dict[str, list] = {k: [] for k in edge_fields}
    geoms: list = []
    geom_ix: dict[tuple, int] = {}
    numbers: dict[tuple[str, int], dict[str, dict[int, float]]] = {}
    asset_status: dict[tuple[str, int], dict[str, int]] = {}
    asset_numbers: dict[tuple[str, int], dict[str, tuple]] = {}
    named_by: dict[str, set[str]] = {}
    asset_ids = sorted(features)

    for name, y, G, named in _scenario_states(scenarios, years, features, params):
        named_by[name] = named
        info = G.graph["place_info"]
        t, c, e, a = {}, {}, {}, {}
        per_asset: dict[str, list] = defaultdict(list)
        seen: dict[tuple, int] = defaultdict(int)
        for u, v, d in G.edges(data=True):
            per_asset[d["asset_id"]].append(
                (d["active"], d["status"], d["time_h"], d["cost_usd_per_t"], d.get("capacity"))
            )
            if not layer_allowed(d["layer"], CARGO_LAYERS_PREFIX):
                continue  # the page routes cargo, as `corridorkit route` does by default
            ident = (u, v, d["asset_id"], d["layer"])
            seen[ident] += 1
            key = (*ident, seen[ident])
            i = edge_ix.get(key)
            if i is None:
                i = edge_ix[key] = len(edge_ix)
                for n in (u, v):
                    if n not in node_ix:
                        place = G.nodes[n]["place"]
                        if place not in place_ix:
                            p = info[place]
                            place_ix[place] = len(places)
                            places.append(
                                {
                                    "id": place,
                                    "name": p["name"],
                                    "alt": sorted({s for s in p["names"].values() if s != p["name"]}),
                                    "kind": p["kind"],
                                    "x": round(p["x"], 4),
                                    "y": round(p["y"], 4),
                                    "cc": p["countries"][:1],
                                }
                            )
                        node_ix[n] = len(node_place)
                        node_place.append(place_ix[place])
                        node_ids.append(n)
                gkey = tuple(sorted((u, v))) + (d["asset_id"], d["layer"], seen[ident])
                if gkey not in geom_ix:
                    geom_ix[gkey] = len(geoms)
                    geoms.append(_edge_geometry(d["geometry"]))
                edges["u"].append(node_ix[u])
                edges["v"].append(node_ix[v])
                edges["m"].append(d["length"])
                edges["layer"].append(strings(d["layer"]))
                edges["mode"].append(strings(d.get("transfer") or d["mode"]))
                edges["kind"].append(EDGE_KINDS.index(d["kind"]))
                edges["asset"].append(strings(d["asset_id"]))
                edges["name"].append(strings(d["name"]))
                edges["cc"].append([strings(x) for x in d["countries"] if x])
                edges["g"].append(geom_ix[gkey])
            t[i] = d["time_h"]
            c[i] = d["cost_usd_per_t"]
            e[i] = d["cost_usd_per_teu"]
            a[i] = 1 if d["active"] else 0
        numbers[(name, y)] = {"t": t, "c": c, "e": e, "a": a}
        status = {}
        for aid in asset_ids:
            rows = per_asset.get(aid)
            if rows:
                if any(r[0] for r in rows):
                    status[aid] = 0
                else:
                    st = [r[1] for r in rows]
                    status[aid] = min(_status_code(s) for s in st)
                    if status[aid] == 0:  # operational but switched off (a closed strait): closed
                        status[aid] = 3
            else:
                status[aid] = _status_code(status_as_of(features[aid].asset, y))
        asset_status[(name, y)] = status
        asset_numbers[(name, y)] = {k: tuple(sorted(map(repr, v))) for k, v in per_asset.items()}

    # each place's nodes in the order routing.py joins them to a route's ends (sorted ids)
    place_nodes: list[list[int]] = [[] for _ in places]
    for i in sorted(range(len(node_ids)), key=node_ids.__getitem__):
        place_nodes[node_place[i]].append(i)
    n_edges = len(edge_ix)
    b = numbers[(BASELINE, years[0])]
    base = {
        "t": [b["t"].get(i, 0.0) for i in range(n_edges)],
        "c": [b["c"].get(i, 0.0) for i in range(n_edges)],
        "e": [b["e"].get(i, 0.0) for i in range(n_edges)],
        "a": [b["a"].get(i, 0) for i in range(n_edges)],
    }
    diff = []
    st_base = [asset_status[(BASELINE, years[0])][aid] for aid in asset_ids]
    st_diff, changed = [], []
    for name in names:
        for y in years:
            nums = numbers[(name, y)]
            dd = {}
            for k in ("t", "c", "e"):
                dd[k] = [[i, v] for i, v in sorted(nums[k].items()) if v != base[k][i]]
            # an edge absent from this scenario's network (added by another scenario) is off
            on = [nums["a"].get(i, 0) for i in range(n_edges)]
            dd["a"] = [[i, v] for i, v in enumerate(on) if v != base["a"][i]]
            diff.append(dd)
            st = asset_status[(name, y)]
            st_diff.append([[j, st[aid]] for j, aid in enumerate(asset_ids) if st[aid] != st_base[j]])
            if name == BASELINE:
                changed.append([])
                continue
            ref_st, ref_num = asset_status[(BASELINE, y)], asset_numbers[(BASELINE, y)]
            here = asset_numbers[(name, y)]
            changed.append(
                [
                    j
                    for j, aid in enumerate(asset_ids)
                    if st[aid] != ref_st[aid] or here.get(aid) != ref_num.get(aid) or aid in named_by[name]
                ]
            )
    return {
        "years": list(years),
        "scenarios": [_scenario_card(n) for n in names],
        "weights": list(WEIGHTS),
        "strings": strings.items,
        "places": places,
        "nodes": node_place,
        "placeNodes": place_nodes,
        "edges": edges,
        "geoms": geoms,
        "base": base,
        "diff": diff,
        "assets": asset_ids,
        "status": {"base": st_base, "diff": st_diff, "changed": changed, "names": STATUS_NAMES},
    }


def _scenario_card(name: str) -> dict:
    from corridorkit.analysis.scenarios import resolve_scenario

    if name == BASELINE:
        return {
            "id": BASELINE,
            "title": "Baseline: each asset's own timeline",
            "description": "No edits: what is under construction opens on its announced date, nothing "
            "proposed is built (baseline-2025 and baseline-2030 are this network in those years).",
        }
    sc = resolve_scenario(name)
    return {"id": sc.name, "title": sc.title or sc.name, "description": sc.description or ""}


def _clean(value):
    """Return None for a missing value (NaN from a frame), else the value."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def map_features(gdf) -> list[dict]:
    """Return the assets as GeoJSON features for the page: id, names, kind, map group, escaped popup.

    Parameters
    ----------
    gdf
        Assets as :func:`corridorkit.layers.load` returns them (missing values as NaN or None);
        the popup lists only the fields that have a value and the asset's reported status.
    """
    out = []
    for row in gdf.to_dict("records"):
        geom = row.pop("geometry")
        row = {k: _clean(v) for k, v in row.items()}
        # the page states the status of the scenario and year chosen; the popup keeps the reported one
        row["status"] = row.get("status_reported")
        out.append(
            {
                "type": "Feature",
                "properties": {
                    "id": row["id"],
                    "name": row.get("name"),
                    "alt": sorted({v for v in (row.get("names") or {}).values() if v != row.get("name")}),
                    "kind": row.get("kind"),
                    "group": group_of(row.get("tags"), row.get("layer")),
                    "popup": popup_html(row),
                },
                "geometry": shapely.geometry.mapping(shapely.set_precision(geom, 1e-4)),
            }
        )
    return out


def label_points() -> dict:
    """Return label positions for countries and seas (name, lat, lon, area rank)."""
    from corridorkit.layers.base import borders

    countries = []
    ctx = borders("context")
    for name, code, geom in zip(ctx["name_en"], ctx["adm0_a3"], ctx.geometry.values, strict=True):
        parts = list(getattr(geom, "geoms", [geom]))
        big = max(parts, key=lambda p: p.area)
        pt = polylabel(big, tolerance=0.05) if big.area > 0.05 else big.representative_point()
        countries.append([str(name), str(code), round(pt.y, 3), round(pt.x, 3), round(float(geom.area), 2)])
    countries.sort(key=lambda r: (-r[4], r[0]))
    seas = [[n, lat, lon] for n, lat, lon in SEA_LABELS]
    return {"countries": countries, "seas": seas}


def basemap_data() -> dict:
    """Return the basemap (countries, seas, lakes, detailed borders) as light GeoJSON for the page.

    The shapes of the report's maps, simplified to about 1 km (borders 500 m) and to two or three
    decimals: the page draws them once and not interactively, and opens in half the time.
    """
    from corridorkit.layers.base import basemap, borders
    from corridorkit.maps.layers_map import core_border_lines

    def collection(geoms, tolerance: float, decimals: int) -> dict:
        simple = shapely.set_precision(
            shapely.simplify(geoms, tolerance, preserve_topology=True), 10.0**-decimals
        )
        return {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(g)}
                for g in simple
                if g is not None and not g.is_empty
            ],
        }

    lakes = basemap("lakes")
    # lakes under ~0.002 square degrees (~20 km2) vanish at the page's zooms
    lakes = lakes[shapely.area(lakes.geometry.values) > 0.002]
    return {
        "countries": collection(borders("context").geometry.values, 0.01, 2),
        "seas": collection(basemap("seas").geometry.values, 0.01, 2),
        "lakes": collection(lakes.geometry.values, 0.01, 2),
        "borders": collection(core_border_lines().geometry.values, 0.005, 3),
    }


def _asset(name: str) -> str:
    return (files("corridorkit.maps") / "templates" / name).read_text(encoding="utf-8")


class _App(SafeMacro):
    """The explorer's script: reads the embedded data and builds the controls on the map."""

    _template = Template("""
{% macro script(this, kwargs) %}
ckExplorer({{ this._parent.get_name() }}, JSON.parse(document.getElementById('ck-data').textContent),
  {{ this.toggles }});
{% endmacro %}
""")

    def __init__(self, toggles: dict) -> None:
        super().__init__()
        self._name = "CkExplorer"
        self._toggles = toggles

    @property
    def toggles(self) -> str:
        """JS object literal of the folium layers to toggle (label -> variable, named at render time)."""
        return "{" + ",".join(f"{safe_json(k)}:{v.get_name()}" for k, v in self._toggles.items()) + "}"


def explorer_html(data: dict, features: list[dict], labels: dict) -> str:
    """Return the page's HTML: Leaflet, the basemap, the data and the application, all inline.

    Parameters
    ----------
    data
        :func:`explorer_data`'s result.
    features
        :func:`map_features`'s result.
    labels
        :func:`label_points`'s result.
    """
    import folium

    from corridorkit.maps.layers_map import hillshade_png

    # one canvas instead of thousands of SVG paths: the page opens about twice as fast
    m = offline_map(location=(41.0, 47.0), zoom_start=5, prefer_canvas=True)
    url, bounds = hillshade_png()
    shade = folium.raster_layers.ImageOverlay(
        url, bounds=bounds, name="Terrain (GLOBE DEM hillshade)", opacity=1.0, pane="ckshade"
    )
    shade.add_to(m)
    payload = dict(
        data,
        basemap=basemap_data(),
        features=features,
        labels=labels,
        groups=[[k, GROUP_LABEL[k], GROUP_COLOUR[k]] for k in GROUP_LABEL],
    )
    root = m.get_root()
    root.header.add_child(Raw(f"<style>{_asset('explorer.css')}</style>"), name="ck_explorer_css")
    root.html.add_child(
        Raw(f'<script id="ck-data" type="application/json">{safe_json(payload)}</script>'), name="ck_data"
    )
    root.html.add_child(Raw(f"<script>{_asset('explorer.js')}</script>"), name="ck_explorer_js")
    root.title = "corridorkit explorer"
    m.add_child(_App({"Terrain (GLOBE DEM hillshade)": shade}), name="ck_app")
    return render_map(m)


def build_explorer(
    path: str | Path,
    *,
    scenarios: list[str] | None = None,
    years: tuple[int, ...] = YEARS,
) -> Path:
    """Write ``explorer.html`` (one self-contained offline page) and return its path.

    Parameters
    ----------
    path
        The file to write (atomically).
    scenarios
        Scenarios offered beside the baseline (default: the shipped ones that edit the network).
    years
        The as-of slider's years (each meaning its last day).
    """
    from corridorkit import layers
    from corridorkit.layers.curated import load_features

    features, _ = load_features(strict=True)
    data = explorer_data(scenarios=scenarios, years=years, features=features)
    feats = [f for f in map_features(layers.load(None)) if f["properties"]["id"] in features]
    html = explorer_html(data, feats, label_points())
    log.info("explorer: %d edges, %d places, %.1f MB", len(data["base"]["t"]), len(data["places"]),
             len(html.encode()) / 1e6)
    return write_text(Path(path), html)


__all__ = ["basemap_data", "build_explorer", "explorer_data", "label_points", "map_features"]
