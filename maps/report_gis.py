"""The report's results as GIS layers (routes, link loads, chokepoints, scenario deltas) and a QGIS project.

:func:`export_results` runs once, after the sections, on the results they computed (kept in the
report context's cache): it computes nothing new. It writes ``exports/gpkg/corridorkit_results.gpkg``
(one table per result and geometry type, styled in its ``layer_styles`` table) and
``exports/corridorkit.qgz``, a QGIS project opening the results, the curated layers, their related
tables and the Natural Earth basemap, each styled, by paths relative to the project.
"""

from __future__ import annotations

import re
from dataclasses import replace

import geopandas as gpd
import pandas as pd
import shapely

from corridorkit.layers.qgis import Rule, Style, Symbol
from corridorkit.log import get_logger

log = get_logger("report")

#: File name (without suffix) of the results GeoPackage in ``exports/gpkg``.
RESULTS_STEM = "corridorkit_results"
#: Colours of the routes, in the order the report lists them.
ROUTE_COLOURS = [
    "#d62728",
    "#7f7f7f",
    "#1f3b73",
    "#1f77b4",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#5b3a29",
]


def _multi(geoms) -> shapely.MultiLineString | None:
    parts = []
    for g in geoms:
        if g is None or g.is_empty or g.length == 0:
            continue
        parts.extend(getattr(g, "geoms", [g]))
    return shapely.MultiLineString(parts) if parts else None


def _table_name(*parts: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "_", "_".join(parts).lower()).strip("_")


def _asset_geometries(networks) -> dict[str, object]:
    """Return each asset's geometry in the networks: its links' lines, or its place's point."""
    lines: dict[str, list] = {}
    points: dict[str, shapely.Point] = {}
    for G in networks:  # the first network that has an asset gives its geometry
        mine: dict[str, list] = {}
        seen = set()
        for u, v, d in G.edges(data=True):
            key = (d["asset_id"], min(u, v), max(u, v))
            if key in seen or d.get("geometry") is None or d["asset_id"] in lines:
                continue
            seen.add(key)
            mine.setdefault(d["asset_id"], []).append(d["geometry"])
        lines.update(mine)
        for pid, p in G.graph.get("place_info", {}).items():
            points.setdefault(pid, shapely.Point(p["x"], p["y"]))
    out: dict[str, object] = dict(points)
    for a, gs in lines.items():
        m = _multi(gs)
        if m is not None:
            out[a] = m
    return out


def _split(df: pd.DataFrame, geoms: list, name: str) -> dict[str, gpd.GeoDataFrame]:
    """Return ``{name}_lines`` and ``{name}_points`` tables of rows with a geometry."""
    out = {}
    g = gpd.GeoDataFrame(df.reset_index(drop=True), geometry=list(geoms), crs="EPSG:4326")
    g = g[g.geometry.notna()]
    for suffix, types in (("lines", ("MultiLineString", "LineString")), ("points", ("Point",))):
        part = g[g.geometry.geom_type.isin(types)]
        if len(part):
            out[f"{name}_{suffix}"] = part.reset_index(drop=True)
    return out


def _width(column: str, vmax: float, base: float, scale: float, absolute: bool = False) -> str:
    col = f'abs("{column}")' if absolute else f'"{column}"'
    return f"{base:g} + {scale:g} * coalesce({col}, 0) / {max(vmax, 1e-9):g}"


def route_tables(routes) -> dict[str, gpd.GeoDataFrame]:
    """Return the ``routes`` table: one feature per route (scenario, question) with its totals.

    Parameters
    ----------
    routes
        ``(scenario label, question, Route)`` triples as the report found them.
    """
    rows, geoms = [], []
    for label, q, r in routes:
        rows.append(
            {
                "scenario": label,
                "group": q.get("group"),
                "route": q.get("title"),
                "origin": r.origin,
                "destination": r.destination,
                "days": round(r.total_days, 2),
                "km": round(r.total_km, 1),
                "usd_per_teu": round(r.total_cost_usd_per_teu, 1),
                "usd_per_t": round(r.total_cost_usd_per_t, 2),
                "border_crossings": len(r.border_crossings),
                "transfers": len(r.transfers),
                "countries": " → ".join(r.countries),
                "assets": " → ".join(r.assets),
            }
        )
        geoms.append(_multi(e["geometry"] for e in r.edges))
    if not rows:
        return {}
    return {"routes": gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")}


def load_tables(G, loads: pd.DataFrame, name: str) -> dict[str, gpd.GeoDataFrame]:
    """Return a table of the loaded links (one feature per directed link) with load and utilisation."""
    lines = loads[loads.kind == "line"] if len(loads) else loads
    if not len(lines):
        return {}
    cols = [
        c
        for c in (
            "asset_id",
            "name",
            "mode",
            "load_mt",
            "capacity_mt",
            "utilisation",
            "capacity_basis",
            "binding",
        )
        if c in lines.columns
    ]
    df = lines[cols].copy()
    df.insert(2, "from_node", lines.u.astype(str).to_numpy())
    df.insert(3, "to_node", lines.v.astype(str).to_numpy())
    if "binding" in df:
        df["binding"] = df["binding"].fillna(False).astype(bool)
    geoms = [
        _multi([G.edges[u, v, k]["geometry"]]) for u, v, k in zip(lines.u, lines.v, lines.key, strict=True)
    ]
    return {name: gpd.GeoDataFrame(df.reset_index(drop=True), geometry=geoms, crs="EPSG:4326")}


def chokepoint_tables(G, table: pd.DataFrame, notes: dict[str, str]) -> dict[str, gpd.GeoDataFrame]:
    """Return ``chokepoints_lines`` and ``chokepoints_points``: the ranked N-1 table on the map."""
    if not len(table):
        return {}
    geoms = _asset_geometries([G])
    df = pd.DataFrame(
        {
            "rank": range(1, len(table) + 1),
            "asset_id": table.element.to_numpy(),
            "name": table.name.to_numpy(),
            "loss_mt_h_per_y": table.loss.astype(float).to_numpy(),
            "unserved_mt_per_y": table.unserved_demand.astype(float).to_numpy(),
            "od_pairs_affected": table.od_pairs_affected.astype(int).to_numpy(),
            "explanation": table.explanation.to_numpy(),
            "coverage_note": [notes.get(e) for e in table.element],
        }
    )
    return _split(df, [geoms.get(e) for e in table.element], "chokepoints")


def delta_tables(networks, comparison, scenario: str) -> dict[str, pd.DataFrame]:
    """Return a scenario's load deltas by asset (lines and points) and its OD deltas (no geometry)."""
    name = _table_name("deltas", scenario)
    out: dict[str, pd.DataFrame] = {}
    loads = comparison.loads
    if len(loads):
        geoms = _asset_geometries(networks)
        missing = sorted(set(loads.asset_id) - set(geoms))
        if missing:
            log.info(
                "%s: %d assets with a load change have no geometry in the networks: %s",
                scenario,
                len(missing),
                ", ".join(missing[:5]),
            )
        out.update(_split(loads, [geoms.get(a) for a in loads.asset_id], name))
    if len(comparison.od):
        out[_table_name("od_deltas", scenario)] = comparison.od.reset_index(drop=True)
    return out


# ------------------------------------------------------------------------------------------ styles
def _graded(name: str, geometry: str, column: str, vmax: float, classes, *, absolute=False) -> Style:
    kind = "marker" if geometry == "point" else "line"
    expr = _width(column, vmax, 3 if kind == "marker" else 1, 14 if kind == "marker" else 12, absolute)
    rules = [
        Rule(
            label,
            cond,
            Symbol(
                kind,
                colour,
                width=1 if kind == "marker" else 3,
                outline="#222222" if kind == "marker" else None,
                fill_opacity=0.9,
                opacity=0.85,
                size_expression=expr,
            ),
        )
        for label, cond, colour in classes
    ]
    return Style(name, rules, f"Width by {column}", geometry)


def result_styles(tables: dict[str, pd.DataFrame]) -> dict[str, Style]:
    """Return the QGIS style of each result table (by name), as the report's web maps draw them."""
    out: dict[str, Style] = {}
    for name, df in tables.items():
        if not isinstance(df, gpd.GeoDataFrame):
            continue
        geometry = "point" if name.endswith("_points") else "line"
        if name == "routes":
            out[name] = Style(
                name,
                [
                    Rule(
                        f"[{r.scenario}] {r.route}",
                        (("scenario", "=", r.scenario), ("route", "=", r.route)),
                        Symbol("line", ROUTE_COLOURS[i % len(ROUTE_COLOURS)], width=4, opacity=0.85),
                    )
                    for i, r in enumerate(df.itertuples())
                ],
                "One colour per route",
                "line",
            )
        elif name.startswith("chokepoints"):
            out[name] = _graded(
                name,
                geometry,
                "loss_mt_h_per_y",
                float(df.loss_mt_h_per_y.max()),
                [
                    ("cuts OD pairs off", (("unserved_mt_per_y", ">", 0),), "#b30000"),
                    ("forces longer routes", None, "#e6550d"),
                ],
            )
        elif name.startswith("deltas_"):
            out[name] = _graded(
                name,
                geometry,
                "delta_load_mt",
                float(df.delta_load_mt.abs().max()),
                [
                    ("more load in the scenario", (("delta_load_mt", ">", 0),), "#1a9850"),
                    ("less load in the scenario", None, "#d73027"),
                ],
                absolute=True,
            )
        elif "load_mt" in df.columns:
            classes = (
                [
                    ("binding: at capacity", (("binding", "=", True),), "#d62728"),
                    ("within capacity", None, "#08519c"),
                ]
                if "binding" in df.columns
                else [
                    ("over capacity", (("utilisation", ">", 1),), "#b30000"),
                    ("above 80 % of capacity", (("utilisation", ">", 0.8),), "#d62728"),
                    ("load", None, "#08519c"),
                ]
            )
            out[name] = _graded(name, geometry, "load_mt", float(df.load_mt.max()), classes)
    return out


def assignment_tables(cache: dict) -> dict[str, pd.DataFrame]:
    """Return the link-load tables of the report's capacity assignment (computed once, kept in the cache)."""
    if "capacity_assignment_tables" not in cache:
        if "capacity_assignment" not in cache:
            return {}
        G, loads, label = cache["capacity_assignment"]
        cache["capacity_assignment_tables"] = load_tables(G, loads, _table_name("link_loads_lp", label))
    return cache["capacity_assignment_tables"]


def results_from_cache(ctx) -> dict[str, pd.DataFrame]:
    """Return the result tables from what the report's sections left in ``ctx.cache``."""
    cache = ctx.cache
    tables: dict[str, pd.DataFrame] = {}
    routes = [("baseline", q, r) for q, r in cache.get("china_europe", [])] + list(
        cache.get("place_routes", [])
    )
    tables.update(route_tables(routes))
    if "flows" in cache:
        G, loads = cache["flows"]
        tables.update(load_tables(G, loads, "link_loads_baseline"))
    tables.update(assignment_tables(cache))
    if "chokepoints" in cache and "base" in cache:
        from corridorkit.analysis.params import coverage_notes

        tables.update(chokepoint_tables(cache["base"].network, cache["chokepoints"], coverage_notes()))
    states = cache.get("states", {})
    applied = cache.get("applied", {})
    for name, (against, comp) in sorted(cache.get("comparisons", {}).items()):
        # the scenario's network first (its new assets), then the baseline's (the assets it closes)
        nets = [
            st.network
            for st in (states.get(name), states.get(against) or applied.get(against), cache.get("base"))
            if st is not None
        ]
        tables.update(delta_tables(nets, comp, name))
    return dict(sorted(tables.items()))


def export_results(ctx) -> None:
    """Write the results GeoPackage and the report's QGIS project (``exports/corridorkit.qgz``).

    Called once after the report's sections, with the results they cached (nothing is recomputed).
    """
    from corridorkit.layers.export import (
        asset_relations,
        asset_tables,
        basemap_tables,
        layer_styles_of,
        project_layers,
        write_layers,
    )
    from corridorkit.layers.qgis import write_project

    results = results_from_cache(ctx)
    styles = result_styles(results)
    out = ctx.path("exports", "gpkg", f"{RESULTS_STEM}.gpkg").parent
    if results:
        write_layers(results, "gpkg", out, stem=RESULTS_STEM, styles=styles)
    assets = ctx.cache.get("asset_tables") or asset_tables(ctx.cache["layers"])
    allt = {**assets, **basemap_tables()}
    layers = [
        # one scenario at a time: its deltas and the capacity LP's loads start unchecked
        replace(lyr, visible=not lyr.name.startswith(("deltas_", "link_loads_lp_")))
        for lyr in project_layers(
            results, "gpkg", styles, folder="./gpkg", stem=RESULTS_STEM, group="Results"
        )
    ]
    layers += project_layers(allt, "gpkg", layer_styles_of(allt), folder="./gpkg", stem="corridorkit_layers")
    write_project(ctx.path("exports", "corridorkit.qgz"), ctx.title, layers, asset_relations(allt))


__all__ = ["assignment_tables", "export_results", "result_styles", "results_from_cache"]
