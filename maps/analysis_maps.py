"""Analysis maps: routes with their legs, chokepoints by criticality, flows by width, scenario vs baseline."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely

from corridorkit.maps.layers_map import _simple_features, add_basemap, core_border_lines
from corridorkit.maps.leaflet import (
    LayerControl,
    SafeGeoJson,
    add_legend,
    leaflet_assets,
    offline_map,
    safe_json,
)
from corridorkit.maps.style import esc

ROUTE_COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"]
MODE_DASH = {"sea": "6 6", "road": "2 4"}


def _fc(features):
    return {"type": "FeatureCollection", "features": features}


def _geom(g):
    return shapely.geometry.mapping(shapely.set_precision(g, 1e-4))


def route_features(route, colour: str, label: str) -> list[dict]:
    """Return map features of a route: one line per edge, legs in the popup, transfers as points."""
    feats = []
    for e in route.edges:
        g = e["geometry"]
        if e["kind"] == "line":
            style = {"color": colour, "weight": 5, "opacity": 0.85}
            if MODE_DASH.get(e["mode"]):
                style["dashArray"] = MODE_DASH[e["mode"]]
            tip = esc(
                f"{label}: {e['name']} ({e['mode']}, {e['length'] / 1000:,.0f} km, {e['time_h']:,.1f} h)"
            )
            feats.append(
                {"type": "Feature", "properties": {"_style": style, "_tip": tip}, "geometry": _geom(g)}
            )
        else:
            x, y = g.coords[0]
            style = {"radius": 6, "color": "#222", "weight": 1.5, "fillColor": colour, "fillOpacity": 0.95}
            what = e.get("transfer") or ("border" if e["kind"] == "border" else e["kind"])
            tip = esc(f"{label}: {what} at {e['name']} ({e['time_h']:,.0f} h)")
            feats.append(
                {
                    "type": "Feature",
                    "properties": {"_style": style, "_tip": tip},
                    "geometry": {"type": "Point", "coordinates": [round(x, 4), round(y, 4)]},
                }
            )
    return feats


def routes_map(routes: list[tuple[str, object]], *, title: str, location=(42.0, 50.0), zoom_start=4):
    """Return a map of labelled routes (label, Route), each with its legs and transfers."""
    m = offline_map(location=location, zoom_start=zoom_start)
    toggles = add_basemap(m)
    layers = []
    legend = [f"<b>{esc(title)}</b>"]
    for i, (label, r) in enumerate(routes):
        colour = ROUTE_COLOURS[i % len(ROUTE_COLOURS)]
        lyr = SafeGeoJson(_fc(route_features(r, colour, label)), name=f"{label} — {r.total_days:,.1f} days")
        m.add_child(lyr)
        layers.append(lyr)
        legend.append(
            f"<div><i style='border-top:4px solid {colour}'></i>{esc(label)}: "
            f"{r.total_days:,.1f} days, {r.total_km:,.0f} km</div>"
        )
    legend.append("<div><i style='border-top:3px dashed #555'></i>sea leg</div>")
    m.add_child(LayerControl(layers + toggles))
    add_legend(m, "".join(legend))
    _fit(m, [e["geometry"] for _, r in routes for e in r.edges])
    return m


def width_key(values: list[float], width_of, label_of) -> str:
    """Return a legend block of sample line widths: one SVG stroke per value, labelled.

    Parameters
    ----------
    values
        The values to show (largest first).
    width_of
        Value -> stroke width in pixels, as the map draws it.
    label_of
        Value -> label text (escaped here).
    """
    rows = []
    for v in values:
        w = max(float(width_of(v)), 0.5)
        rows.append(
            f"<div><svg width='46' height='{int(w) + 6}' style='vertical-align:middle;margin-right:6px'>"
            f"<line x1='0' y1='{(int(w) + 6) / 2:g}' x2='46' y2='{(int(w) + 6) / 2:g}' stroke='#555' "
            f"stroke-width='{w:.1f}'/></svg>{esc(label_of(v))}</div>"
        )
    return "".join(rows)


def _key_values(vmax: float) -> list[float]:
    """Return the values a width key shows: the maximum, a half and a tenth of it."""
    return [vmax, vmax / 2, vmax / 10] if vmax > 0 else []


def _fit(m, geoms):
    if not geoms:
        return
    b = shapely.total_bounds(np.array(geoms, dtype=object))
    m.fit_bounds([[float(b[1]), float(b[0])], [float(b[3]), float(b[2])]])


def _edge_geoms_by_asset(G):
    out: dict[str, list] = {}
    seen = set()
    for u, v, d in G.edges(data=True):
        key = (d["asset_id"], min(u, v), max(u, v))
        if key in seen:
            continue
        seen.add(key)
        out.setdefault(d["asset_id"], []).append(d["geometry"])
    return out


def chokepoint_map(G, table, *, title: str, value: str = "loss"):
    """Return a map of the ranked chokepoints, line width and marker size graduated by ``value``."""
    m = offline_map(location=(41.5, 47.0), zoom_start=5)
    geoms = _edge_geoms_by_asset(G)
    info = G.graph["place_info"]
    vmax = max(float(table[value].max()), 1e-9) if len(table) else 1.0
    feats = []
    all_geoms = []
    for rank, r in enumerate(table.itertuples(), 1):
        size = 2 + 10 * float(getattr(r, value)) / vmax
        unserved = float(r.unserved_demand)
        colour = "#b30000" if unserved > 0 else "#e6550d"
        tip = esc(
            f"#{rank} {r.name}: loss {float(r.loss):,.0f}, unserved {unserved:,.2f} Mt/y — {r.explanation}"
        )
        lines = [g for g in geoms.get(r.element, []) if g.length > 0]
        if lines:
            for g in lines:
                feats.append(
                    {
                        "type": "Feature",
                        "properties": {
                            "_style": {"color": colour, "weight": size, "opacity": 0.85},
                            "_tip": tip,
                        },
                        "geometry": _geom(g),
                    }
                )
                all_geoms.append(g)
        elif r.element in info:
            p = info[r.element]
            feats.append(
                {
                    "type": "Feature",
                    "properties": {
                        "_style": {
                            "radius": 3 + size,
                            "color": "#222",
                            "weight": 1,
                            "fillColor": colour,
                            "fillOpacity": 0.9,
                        },
                        "_tip": tip,
                    },
                    "geometry": {"type": "Point", "coordinates": [round(p["x"], 4), round(p["y"], 4)]},
                }
            )
            all_geoms.append(shapely.Point(p["x"], p["y"]))
    # label the ten worst by rank and name, ahead of the basemap's labels
    from corridorkit.maps.layers_map import short_name

    first = []
    for rank, r in enumerate(table.head(10).itertuples(), 1):
        lines = [g for g in geoms.get(r.element, []) if g.length > 0]
        if lines:
            pt = max(lines, key=lambda g: g.length).interpolate(0.5, normalized=True)
        elif r.element in info:
            pt = shapely.Point(info[r.element]["x"], info[r.element]["y"])
        else:
            continue
        first.append([round(pt.y, 4), round(pt.x, 4), f"#{rank} {short_name(str(r.name))}", "ck-change", 0])
    toggles = add_basemap(m, first_labels=first)
    lyr = SafeGeoJson(_fc(feats), name=f"Top {len(table)} chokepoints")
    m.add_child(lyr)
    m.add_child(LayerControl([lyr] + toggles))
    add_legend(
        m,
        f"<b>{esc(title)}</b><div>line width (marker size) ∝ loss if the link fails:</div>"
        + width_key(_key_values(vmax), lambda v: 2 + 10 * v / vmax, lambda v: f"{v:,.0f} Mt·h/y")
        + "<div><i style='border-top:4px solid #b30000'></i>cuts OD pairs off</div>"
        "<div><i style='border-top:4px solid #e6550d'></i>forces longer routes</div>",
    )
    _fit(m, all_geoms)
    return m


def flow_map(G, loads, *, title: str, layer_name: str = "Cargo flows (all-or-nothing, by time)"):
    """Return a map of assigned cargo flows, line width proportional to the load (Mt/y).

    A ``binding`` column, if present, draws the links that bind (at capacity, worth more) in red.
    """
    m = offline_map(location=(41.5, 50.0), zoom_start=4)
    toggles = add_basemap(m)
    vmax = max(float(loads.load_mt.max()), 1e-9) if len(loads) else 1.0
    feats = []
    geoms_all = []
    any_binding = False
    for r in loads.itertuples():
        if r.kind != "line":
            continue
        g = G.edges[r.u, r.v, r.key]["geometry"]
        util = "" if r.utilisation != r.utilisation else f", {r.utilisation:.0%} of capacity"
        hot = bool(getattr(r, "binding", False))
        any_binding |= hot
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "_style": {
                        "color": "#d62728" if hot else "#08519c",
                        "weight": 1 + 12 * r.load_mt / vmax,
                        "opacity": 0.75,
                    },
                    "_tip": esc(f"{r.name}: {r.load_mt:,.2f} Mt/y{util}" + (", binding" if hot else "")),
                },
                "geometry": _geom(g),
            }
        )
        geoms_all.append(g)
    lyr = SafeGeoJson(_fc(feats), name=layer_name)
    m.add_child(lyr)
    m.add_child(LayerControl([lyr] + toggles))
    legend = f"<b>{esc(title)}</b><div>line width ∝ cargo carried:</div>" + width_key(
        _key_values(vmax), lambda v: 1 + 12 * v / vmax, lambda v: f"{v:,.1f} Mt/y"
    )
    if any_binding:
        legend += "<div><span style='color:#d62728'>&#9644;</span> binding: at capacity</div>"
    add_legend(m, legend)
    _fit(m, geoms_all)
    return m


def status_changes(G_base, G_scen) -> set[str]:
    """Return the assets whose status or activity differs between two networks (lines and places)."""
    def lines(G):
        return {d["asset_id"]: (d["active"], d["status"]) for _, _, d in G.edges(data=True)
                if d["kind"] == "line"}

    a, b = lines(G_base), lines(G_scen)
    out = {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
    pa, pb = G_base.graph.get("place_info", {}), G_scen.graph.get("place_info", {})
    out |= {k for k in pa.keys() | pb.keys()
            if (pa.get(k) or {}).get("status") != (pb.get(k) or {}).get("status")}
    return out


def network_features(G, changed: set[str]) -> list[dict]:
    """Return the network's links styled by status, changed assets highlighted, and changed places."""
    feats = []
    seen = set()
    for u, v, d in G.edges(data=True):
        if d["kind"] != "line":
            continue
        key = (d["asset_id"], min(u, v), max(u, v))
        if key in seen:
            continue
        seen.add(key)
        hot = d["asset_id"] in changed
        colour = ("#d62728" if hot else "#1f77b4") if d["active"] else ("#ff9896" if hot else "#aaaaaa")
        style = {"color": colour, "weight": 6 if hot else 2, "opacity": 0.95 if hot else 0.8}
        if not d["active"]:
            style["dashArray"] = "4 6"
        tip = esc(f"{d['name']} — {d['status']}" + (" (changed)" if hot else ""))
        feats.append(
            {
                "type": "Feature",
                "properties": {"_style": style, "_tip": tip},
                "geometry": _geom(d["geometry"]),
            }
        )
    # hot lines last, so they draw on top
    feats.sort(key=lambda f: f["properties"]["_style"]["weight"])
    for pid, p in sorted(G.graph.get("place_info", {}).items()):
        if pid not in changed:
            continue
        style = {"radius": 8, "color": "#222", "weight": 1.5, "fillColor": "#d62728", "fillOpacity": 0.9}
        feats.append(
            {
                "type": "Feature",
                "properties": {"_style": style, "_tip": esc(f"{p['name']} — {p['status']} (changed)")},
                "geometry": {"type": "Point", "coordinates": [round(p["x"], 4), round(p["y"], 4)]},
            }
        )
    return feats


def change_labels(G_base, G_scen, changed: set[str], *, limit: int = 30) -> tuple[list[list], list | None]:
    """Return labels of the changed assets and the bounds to open on.

    A line's label sits at its middle, a place's on it. The bounds are lon/lat
    ``[[s, w], [n, e]]`` round every changed asset, None when nothing changed.
    """
    from corridorkit.maps.layers_map import short_name

    spots: dict[str, tuple[str, object]] = {}
    for G in (G_scen, G_base):
        for _, _, d in G.edges(data=True):
            if d["kind"] == "line" and d["asset_id"] in changed and d["asset_id"] not in spots:
                spots[d["asset_id"]] = (d["name"], d["geometry"])
        for pid, p in G.graph.get("place_info", {}).items():
            if pid in changed and pid not in spots:
                spots[pid] = (p["name"], shapely.Point(p["x"], p["y"]))
    if not spots:
        return [], None
    geoms = [g for _, g in spots.values()]
    b = shapely.total_bounds(np.array(geoms, dtype=object))
    pad = 0.3
    bounds = [[float(b[1]) - pad, float(b[0]) - pad], [float(b[3]) + pad, float(b[2]) + pad]]
    labels = []
    for aid in sorted(spots)[:limit]:
        name, g = spots[aid]
        pt = g if g.geom_type == "Point" else g.interpolate(0.5, normalized=True)
        labels.append([round(pt.y, 4), round(pt.x, 4), short_name(str(name)), "ck-change", 0])
    return labels, bounds


_COMPARE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css}</style><script>{js}</script><style>{label_css}</style><script>{label_js}</script>
<style>html,body{{margin:0;height:100%;font:13px system-ui,sans-serif}}
#wrap{{display:flex;height:calc(100% - 34px)}} .pane{{flex:1;position:relative}}
.pane .lbl{{position:absolute;z-index:1000;top:8px;left:50px;background:#fff;padding:3px 8px;
border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font-weight:600}}
#m1,#m2{{position:absolute;top:0;bottom:0;left:0;right:0;background:#dde8ef}}
header{{min-height:34px;line-height:34px;padding:0 10px;background:#f4f4f4;border-bottom:1px solid #ccc;
overflow:hidden;white-space:nowrap;text-overflow:ellipsis}}
</style></head><body>
<header>{title} — {what}</header>
<div id="wrap"><div class="pane"><div class="lbl">{left}</div><div id="m1"></div></div>
<div class="pane"><div class="lbl">{right}</div><div id="m2"></div></div></div>
<script>
var base = {base}, left = {left_json}, right = {right_json}, labels = {labels}, changes = {changes},
    focus = {focus};
function draw(id, net) {{
  var m = L.map(id, {{zoomControl: true}});
  m.createPane('cklabels'); m.getPane('cklabels').style.zIndex = 450;
  if (focus) {{ m.fitBounds(focus, {{maxZoom: 8}}); }} else {{ m.setView([41.5, 47], 5); }}
  L.control.scale().addTo(m);
  function add(fc) {{ L.geoJson(fc, {{style: function(f) {{ return f.properties._style; }},
    pointToLayer: function(f, ll) {{ return L.circleMarker(ll, f.properties._style); }},
    onEachFeature: function(f, l) {{
      if (f.properties._tip) {{ l.bindTooltip(f.properties._tip, {{sticky: true}}); }} }}
  }}).addTo(m); }}
  base.forEach(add); add(net); ckLabels(m, changes.concat(labels)); return m;
}}
var m1 = draw('m1', left), m2 = draw('m2', right), syncing = false;
function sync(a, b) {{ a.on('move', function() {{ if (syncing) return; syncing = true;
  b.setView(a.getCenter(), a.getZoom(), {{animate: false}}); syncing = false; }}); }}
sync(m1, m2); sync(m2, m1);
</script></body></html>
"""


@lru_cache(maxsize=4)
def _compare_basemap(data_dir: str) -> str:
    """Return the compare pages' basemap (countries, seas, borders) encoded, once per data folder."""
    from corridorkit.layers.base import basemap, borders

    def simple(gdf, style):  # the maps' basemap features, at _geom's 1e-4 degrees
        return _simple_features(gdf, style, None, 4)

    return safe_json(
        [
            simple(
                borders("context"),
                {"color": "#b8b8b8", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 1},
            ),
            simple(
                basemap("seas"), {"color": "#9dbcd4", "weight": 0.5, "fillColor": "#c6dbea", "fillOpacity": 1}
            ),
            simple(core_border_lines(), {"color": "#777", "weight": 0.8, "fill": False}),
        ]
    )


def compare_page(G_base, G_scen, changed: set[str], *, title: str, left: str, right: str) -> str:
    """Return a self-contained HTML page: baseline and scenario side by side, synchronised.

    The page opens on the assets that differ (the scenario's edits plus every link or place
    whose status differs between the two networks), draws them in red and labels them; when
    nothing drawn differs it says "no change" and opens on the region.
    """
    from corridorkit.maps.layers_map import map_labels
    from corridorkit.maps.leaflet import LABEL_CSS, LABEL_JS
    from corridorkit.settings import settings

    hot = set(changed) | status_changes(G_base, G_scen)
    changes, focus = change_labels(G_base, G_scen, hot)
    if changes:
        what = (f"{len(changes)} changed asset{'s' if len(changes) != 1 else ''} in red and labelled; "
                "dashed: not operational. The maps move together.")
    else:
        what = ("no change: no link or place drawn here differs (the scenario changes times, costs or "
                "demand only). The maps move together.")
    js, css = leaflet_assets()
    return _COMPARE_PAGE.format(
        title=esc(title),
        what=esc(what),
        left=esc(left),
        right=esc(right),
        css=css,
        js=js,
        label_css=LABEL_CSS,
        label_js=LABEL_JS,
        base=_compare_basemap(str(settings.data_dir)),
        left_json=safe_json(_fc(network_features(G_base, hot))),
        right_json=safe_json(_fc(network_features(G_scen, hot))),
        labels=safe_json([list(r) for r in map_labels()]),
        changes=safe_json(changes),
        focus=safe_json(focus),
    )
