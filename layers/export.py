"""Export curated layers (or any result GeoDataFrame) as GeoJSON, GeoPackage and GeoParquet.

:func:`export` writes what a GIS reads: one table per layer and geometry type
(``middle_corridor_lines``, ``middle_corridor_points`` ...) with typed columns (numbers as
numbers, dates as dates, lists as readable text; see :func:`asset_tables`) and three related
tables keyed by ``asset_id``: ``sources``, ``capacities`` and ``timeline``. The GeoPackage
carries QGIS styles (its ``layer_styles`` table, the web maps' colours and dashes) and sits next
to a QGIS project that opens every table styled over the Natural Earth basemap. GeoParquet
follows GeoParquet 1.1 (``geo`` metadata with a ``bbox`` covering column); GeoJSON follows
RFC 7946 (lon/lat, no ``crs`` member, 6 decimals). Each feature keeps its full schema record in
a ``record`` column (JSON text; a JSON object in GeoJSON), so
:func:`corridorkit.layers.curated.read_user_file` reads any export back unchanged.
Every file is written atomically; re-running gives byte-identical files.
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from corridorkit.errors import InputError
from corridorkit.geo.io import feature_collection, round_coords, safe_join, write_json

FORMATS = ("geojson", "gpkg", "parquet")


def _jsonable(v):
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, np.ndarray):
        return [_jsonable(x) for x in v.tolist()]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    if v is pd.NaT or (not isinstance(v, list | dict | str) and _isna(v)):
        return None
    return v


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def to_geojson_dict(gdf: gpd.GeoDataFrame, *, name: str | None = None, precision: int = 6) -> dict:
    """Return an RFC 7946 FeatureCollection of a GeoDataFrame (reprojected to EPSG:4326)."""
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    cols = [c for c in gdf.columns if c != gdf.geometry.name]
    feats = []
    for row, geom in zip(gdf[cols].itertuples(index=False), gdf.geometry.values, strict=True):
        props = {c: _jsonable(v) for c, v in zip(cols, row, strict=True)}
        g = None if geom is None else round_coords(shapely.geometry.mapping(geom), precision)
        feats.append({"type": "Feature", "properties": props, "geometry": g})
    return feature_collection(feats, name=name)


def flatten_for_tables(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return a copy with list/dict columns as JSON text (for GeoPackage, GeoParquet, CSV)."""
    out = gdf.copy()
    for c in out.columns:
        if c == out.geometry.name:
            continue
        if out[c].map(lambda v: isinstance(v, list | dict | np.ndarray)).any():
            out[c] = out[c].map(
                lambda v: (
                    None
                    if v is None or (not isinstance(v, list | dict | np.ndarray) and _isna(v))
                    else json.dumps(_jsonable(v), ensure_ascii=False)
                )
            )
    return out


#: Table name suffix of each geometry type: one table per layer and geometry type.
GEOMETRY_SUFFIX = {
    "Point": "points",
    "MultiPoint": "points",
    "LineString": "lines",
    "MultiLineString": "lines",
    "Polygon": "polygons",
    "MultiPolygon": "polygons",
}
#: The date fields of an asset, exported as Date columns (a year or month stands for its first day).
DATE_FIELDS = ("status_date", "opened", "construction_start", "expected_completion", "suspended", "closed")


def _missing(v) -> bool:
    return v is None or (not isinstance(v, list | dict | str | np.ndarray) and _isna(v))


def _day(v) -> date | None:
    from corridorkit.layers.schema import parse_partial_date

    return None if _missing(v) or v == "" else parse_partial_date(v)


def _joined(values, sep: str = ", ") -> str | None:
    if _missing(values):
        return None
    items = [str(x) for x in values if not _missing(x)]
    return sep.join(items) if items else None


def _num(d: dict | None, key: str) -> float | None:
    v = (d or {}).get(key)
    return None if _missing(v) else float(v)


def _capacity_text(c: dict) -> str:
    rng = f" ({c['min']:g}–{c['max']:g})" if c.get("min") is not None and c.get("max") is not None else ""
    return (
        f"{c['value']:g} {c['unit']} {c['commodity']}{rng}, {c['basis']}"
        + (" (assumption)" if c.get("assumption") else "")
    )


def _record(row: dict) -> dict:
    """Return the schema fields of an exported row (what a layer file holds), for reading back."""
    from corridorkit.layers.curated import DERIVED_COLUMNS

    rec = {}
    for k, v in row.items():
        if k in DERIVED_COLUMNS or k == "geometry" or _missing(v):
            continue
        rec[k] = _jsonable(v)
    if not _missing(row.get("status_reported")):
        rec["status"] = row["status_reported"]
    return rec


#: Column types of the asset and related tables (every other column is text): a column keeps
#: its type even when every value in one table is missing.
_FLOAT_COLUMNS = (
    "capacity_value", "capacity_min", "capacity_max", "length_km", "length_min_km", "length_max_km",
    "geodesic_km", "transit_h", "transit_min_h", "transit_max_h", "crossing_delay_h", "crossing_cost_usd",
    "value", "min", "max",
)
_INT_COLUMNS = ("gauge_mm", "gauge_2_mm", "tracks", "n_sources", "n")
_BOOL_COLUMNS = ("electrified", "assumption", "expected")
_DATE_COLUMNS = (*DATE_FIELDS, "accessed", "as_of", "date")


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give the known columns their types (float, nullable Int32 and boolean, Arrow date32)."""
    import pyarrow as pa

    for c in df.columns:
        if c in _FLOAT_COLUMNS:
            df[c] = pd.to_numeric(df[c]).astype("float64")
        elif c in _INT_COLUMNS:
            df[c] = pd.array(df[c], dtype="Int32")
        elif c in _BOOL_COLUMNS:
            df[c] = pd.array(df[c], dtype="boolean")
        elif c in _DATE_COLUMNS:
            df[c] = pd.array(list(df[c]), dtype=pd.ArrowDtype(pa.date32()))
    return df


def asset_tables(gdf: gpd.GeoDataFrame) -> dict[str, pd.DataFrame]:
    """Return the curated assets as GIS tables: one per layer and geometry type, and related tables.

    Feature tables are named ``{layer}_{points|lines|polygons}``; their columns are typed:
    numbers as numbers (``capacity_value`` ... ``gauge_mm``, ``tracks``), dates as dates (a year
    or month stands for its first day; ``dates_as_published`` keeps the precision the sources give),
    lists and names as readable text, ``map_group`` the web maps' colour group, and ``record`` the
    asset's full schema record (what :func:`corridorkit.layers.curated.read_user_file` reads back).
    The first capacity listed is flattened into ``capacity_*`` columns; every capacity is a row of
    ``capacities``. ``sources`` has one row per (asset, source) and ``timeline`` one per event.

    Parameters
    ----------
    gdf
        Curated assets as :func:`corridorkit.layers.curated.load` returns them (EPSG:4326).

    Returns
    -------
    dict
        Table name -> GeoDataFrame (feature tables) or DataFrame (``sources``, ``capacities``,
        ``timeline``), in name order.
    """
    from corridorkit.layers.palette import GROUP_LABEL, group_of

    feats: dict[str, list[dict]] = {}
    srcs, caps, events = [], [], []
    for row in gdf.to_dict("records"):
        aid = row["id"]
        geom = row["geometry"]
        caps_list = [] if _missing(row.get("capacity")) else list(row["capacity"])
        c0 = caps_list[0] if caps_list else {}
        gauges = [] if _missing(row.get("gauge_mm")) else [int(g) for g in row["gauge_mm"]]
        crossing = None if _missing(row.get("crossing")) else row["crossing"]
        transit = None if _missing(row.get("transit_h")) else row["transit_h"]
        names = {} if _missing(row.get("names")) else row["names"]
        group = group_of(None if _missing(row.get("tags")) else row["tags"], row["layer"])
        sources = [] if _missing(row.get("sources")) else list(row["sources"])
        out = {
            "id": aid,
            "name": row.get("name"),
            "names": _joined([f"{k}: {v}" for k, v in names.items() if k != "en"], "; "),
            "layer": row["layer"],
            "map_group": group,
            "map_group_label": GROUP_LABEL.get(group, group),
            "kind": row.get("kind"),
            "mode": row.get("mode"),
            "status": row.get("status"),
            "status_reported": row.get("status_reported"),
            **{f: _day(row.get(f)) for f in DATE_FIELDS},
            "dates_as_published": _joined(
                [f"{f}: {row[f]}" for f in DATE_FIELDS if not _missing(row.get(f))], "; "
            ),
            "countries": _joined(row.get("countries")),
            "commodities": _joined(row.get("commodities")),
            "capacity_value": _num(c0, "value"),
            "capacity_min": _num(c0, "min"),
            "capacity_max": _num(c0, "max"),
            "capacity_unit": c0.get("unit"),
            "capacity_commodity": c0.get("commodity"),
            "capacity_basis": c0.get("basis"),
            "capacities": _joined([_capacity_text(c) for c in caps_list], "; "),
            "length_km": _num(row, "length_km"),
            "length_min_km": _num(row, "length_min_km"),
            "length_max_km": _num(row, "length_max_km"),
            "geodesic_km": _num(row, "geodesic_km"),
            "transit_h": _num(transit, "value"),
            "transit_min_h": _num(transit, "min"),
            "transit_max_h": _num(transit, "max"),
            "gauge_mm": gauges[0] if gauges else None,
            "gauge_2_mm": gauges[1] if len(gauges) > 1 else None,
            "electrified": None if _missing(row.get("electrified")) else bool(row["electrified"]),
            "tracks": None if _missing(row.get("tracks")) else int(row["tracks"]),
            "operator": None if _missing(row.get("operator")) else row["operator"],
            "owner": None if _missing(row.get("owner")) else row["owner"],
            "nodes": _joined(row.get("nodes"), " → "),
            "crossing_countries": _joined((crossing or {}).get("countries")),
            "crossing_modes": _joined((crossing or {}).get("modes")),
            "crossing_delay_h": _num((crossing or {}).get("delay_h"), "value"),
            "crossing_cost_usd": _num(crossing, "cost_usd"),
            "crossing_other_side": (crossing or {}).get("name_other_side"),
            "tags": _joined(row.get("tags")),
            "description": None if _missing(row.get("description")) else row["description"],
            "history": None if _missing(row.get("history")) else row["history"],
            "notes": None if _missing(row.get("notes")) else row["notes"],
            "geometry_accuracy": row.get("geometry_accuracy"),
            "geometry_note": None if _missing(row.get("geometry_note")) else row["geometry_note"],
            "n_sources": len(sources),
            "sources": _joined(
                [
                    f"{s.get('title')} ({s.get('publisher') or 'no publisher'}), {s.get('url')}, "
                    f"read {s.get('accessed')}"
                    for s in sources
                ],
                " | ",
            ),
            "file": row.get("file"),
            "record": _record(row),
            "geometry": geom,
        }
        suffix = GEOMETRY_SUFFIX.get(geom.geom_type if geom is not None else "", "other")
        feats.setdefault(f"{row['layer']}_{suffix}", []).append(out)
        for s in sources:
            srcs.append(
                {
                    "asset_id": aid,
                    "source_id": s.get("id"),
                    "title": s.get("title"),
                    "publisher": s.get("publisher"),
                    "url": s.get("url"),
                    "accessed": _day(s.get("accessed")),
                    "note": s.get("note"),
                }
            )
        for i, c in enumerate(caps_list, 1):
            caps.append(
                {
                    "asset_id": aid,
                    "n": i,
                    "value": _num(c, "value"),
                    "min": _num(c, "min"),
                    "max": _num(c, "max"),
                    "unit": c.get("unit"),
                    "commodity": c.get("commodity"),
                    "basis": c.get("basis"),
                    "as_of": _day(c.get("as_of")),
                    "assumption": bool(c.get("assumption")),
                    "sources": _joined(c.get("sources")),
                    "note": c.get("note"),
                }
            )
        for e in [] if _missing(row.get("timeline")) else row["timeline"]:
            events.append(
                {
                    "asset_id": aid,
                    "date": _day(e.get("date")),
                    "date_as_published": str(e.get("date")),
                    "status": e.get("status"),
                    "expected": bool(e.get("expected")),
                    "sources": _joined(e.get("sources")),
                    "note": e.get("note"),
                }
            )
    tables: dict[str, pd.DataFrame] = {}
    for name, rows in feats.items():
        tables[name] = _typed(gpd.GeoDataFrame(rows, geometry="geometry", crs=gdf.crs or "EPSG:4326"))
    related = {
        "sources": (srcs, ["asset_id", "source_id", "title", "publisher", "url", "accessed", "note"]),
        "capacities": (
            caps,
            ["asset_id", "n", "value", "min", "max", "unit", "commodity", "basis", "as_of", "assumption",
             "sources", "note"],
        ),
        "timeline": (
            events, ["asset_id", "date", "date_as_published", "status", "expected", "sources", "note"]
        ),
    }
    for name, (rows, cols) in related.items():
        tables[name] = _typed(pd.DataFrame(rows, columns=cols))
    return dict(sorted(tables.items()))


def write_layers(
    layers: dict[str, pd.DataFrame],
    fmt: str,
    out_dir: str | Path,
    *,
    stem: str = "corridorkit_layers",
    styles: dict[str, object] | None = None,
) -> list[Path]:
    """Write named tables in one format; return the files written.

    Parameters
    ----------
    layers
        Table name -> GeoDataFrame (a layer) or DataFrame without geometry (a related table).
        List and dict columns are written as JSON text (as JSON in GeoJSON).
    fmt
        ``"geojson"`` (one RFC 7946 file per layer, one CSV per related table), ``"gpkg"`` (one
        file, one table per name) or ``"parquet"`` (one GeoParquet 1.1 file per layer, one
        Parquet file per related table).
    out_dir
        Output folder; file names cannot escape it.
    stem
        File name (without suffix) of the GeoPackage.
    styles
        Table name -> :class:`corridorkit.layers.qgis.Style`: written into the GeoPackage's
        ``layer_styles`` table as each table's default QGIS style (ignored by other formats).
    """
    if fmt not in FORMATS:
        raise InputError(f"expected a format from {FORMATS}, got {fmt!r}", field="format")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "geojson":
        for name, df in sorted(layers.items()):
            if isinstance(df, gpd.GeoDataFrame):
                p = safe_join(out, f"{name}.geojson")
                write_json(p, to_geojson_dict(df, name=name), indent=None)
            else:
                from corridorkit.geo.io import write_text

                p = safe_join(out, f"{name}.csv")
                write_text(p, _flatten_frame(df).to_csv(index=False, lineterminator="\n"))
                # GDAL's CSV driver (and so QGIS) reads the column types from the .csvt beside it
                written.append(write_text(safe_join(out, f"{name}.csvt"), _csvt(df)))
            written.append(p)
    elif fmt == "parquet":
        for name, df in sorted(layers.items()):
            p = safe_join(out, f"{name}.parquet")
            if isinstance(df, gpd.GeoDataFrame):
                _atomic_via_temp(
                    p,
                    lambda tmp, g=df: flatten_for_tables(g).to_parquet(
                        tmp, index=False, schema_version="1.1.0", write_covering_bbox=True
                    ),
                )
            else:
                _atomic_via_temp(p, lambda tmp, d=df: _flatten_frame(d).to_parquet(tmp, index=False))
            written.append(p)
    else:
        p = safe_join(out, f"{stem}.gpkg")

        def _write(tmp: str) -> None:
            import pyogrio

            # GDAL stamps the current time into gpkg_contents; a fixed date keeps files identical
            old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
            try:
                for name, df in sorted(layers.items()):
                    if isinstance(df, gpd.GeoDataFrame):
                        # through Arrow: dates stay dates, nullable integers and booleans keep their type
                        flatten_for_tables(df).to_file(
                            tmp, layer=name, driver="GPKG", engine="pyogrio", use_arrow=True
                        )
                    else:
                        pyogrio.write_dataframe(
                            _flatten_frame(df), tmp, layer=name, driver="GPKG", use_arrow=True
                        )
                if styles:
                    from corridorkit.layers.qgis import write_layer_styles

                    write_layer_styles(tmp, {k: v for k, v in styles.items() if k in layers})
            finally:
                pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})

        _atomic_via_temp(p, _write)
        written.append(p)
    return written


def _csvt(df: pd.DataFrame) -> str:
    """Return the GDAL ``.csvt`` line of a table's column types (Real, Integer, Date, String)."""
    types = []
    for c in df.columns:
        dt = df[c].dtype
        if str(dt).startswith("date32"):
            types.append('"Date"')
        elif str(dt) == "boolean":
            types.append('"Integer(Boolean)"')
        elif pd.api.types.is_integer_dtype(dt):
            types.append('"Integer"')
        elif pd.api.types.is_float_dtype(dt):
            types.append('"Real"')
        else:
            types.append('"String"')
    return ",".join(types) + "\n"


def _flatten_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of a table without geometry with list/dict columns as JSON text."""
    out = df.copy()
    for c in out.columns:
        if out[c].map(lambda v: isinstance(v, list | dict | np.ndarray)).any():
            out[c] = out[c].map(
                lambda v: None if _missing(v) else json.dumps(_jsonable(v), ensure_ascii=False)
            )
    return out


def _atomic_via_temp(path: Path, write) -> None:
    # a fixed temporary name: GeoPackage embeds nothing of it, but keep runs identical anyway
    tmp = str(path.parent / f".{path.stem}.partial{path.suffix}")
    if os.path.exists(tmp):
        os.unlink(tmp)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


#: The basemap tables exports carry (Natural Earth as shipped; see :mod:`corridorkit.layers.base`).
BASEMAP_TABLES = ("basemap_countries_core", "basemap_countries_context", "basemap_seas", "basemap_lakes")
#: Tables related to the asset tables by ``asset_id``.
RELATED_TABLES = ("sources", "capacities", "timeline")


def basemap_tables() -> dict[str, gpd.GeoDataFrame]:
    """Return the shipped Natural Earth countries (10m core, 50m context), seas and lakes as tables."""
    from corridorkit.layers.base import basemap, borders

    return {
        "basemap_countries_core": borders("core"),
        "basemap_countries_context": borders("context"),
        "basemap_seas": basemap("seas"),
        "basemap_lakes": basemap("lakes"),
    }


def _geometry_kind(df: pd.DataFrame) -> str | None:
    if not isinstance(df, gpd.GeoDataFrame) or not len(df):
        return None
    t = GEOMETRY_SUFFIX.get(df.geometry.iloc[0].geom_type, "lines")
    return {"points": "point", "lines": "line", "polygons": "polygon"}[t]


def table_source(name: str, df: pd.DataFrame, fmt: str, *, folder: str = ".", stem: str) -> str:
    """Return the data source of an exported table as a QGIS project names it (relative path)."""
    if fmt == "gpkg":
        return f"{folder}/{stem}.gpkg|layername={name}"
    if fmt == "geojson":
        return f"{folder}/{name}.geojson" if isinstance(df, gpd.GeoDataFrame) else f"{folder}/{name}.csv"
    return f"{folder}/{name}.parquet"


def layer_styles_of(tables: dict[str, pd.DataFrame]) -> dict:
    """Return the QGIS style of each asset and basemap table (by name)."""
    from corridorkit.layers import qgis

    out = {}
    for name, df in tables.items():
        kind = _geometry_kind(df)
        if name.startswith("basemap_"):
            out[name] = qgis.basemap_style(name)
        elif kind in ("line", "point") and "map_group" in df.columns:
            out[name] = qgis.asset_style(df, kind, name)
    return out


def project_layers(
    tables: dict[str, pd.DataFrame],
    fmt: str,
    styles: dict,
    *,
    folder: str = ".",
    stem: str = "corridorkit_layers",
    group: str = "Curated layers",
) -> list:
    """Return the :class:`corridorkit.layers.qgis.ProjectLayer` of exported tables, in panel order.

    Points above lines above polygons; related tables (no geometry) and the basemap last.
    """
    from corridorkit.layers.qgis import ProjectLayer

    rank = {"point": 0, "line": 1, "polygon": 2, None: 3}
    out = []
    for name, df in sorted(
        tables.items(),
        key=lambda kv: (kv[0].startswith("basemap_"), rank[_geometry_kind(kv[1])], kv[0]),
    ):
        if name.startswith("basemap_"):
            g = "Basemap (Natural Earth)"
        elif _geometry_kind(df) is None:
            g = "Related tables" if group == "Curated layers" else f"{group}: tables"
        else:
            g = group
        out.append(
            ProjectLayer(
                name,
                table_source(name, df, fmt, folder=folder, stem=stem),
                _geometry_kind(df),
                g,
                styles.get(name),
            )
        )
    return out


def asset_relations(tables: dict[str, pd.DataFrame]) -> list[tuple[str, str, str, str]]:
    """Return the project relations: each related table's ``asset_id`` to each asset table's ``id``."""
    return [
        (rel, "asset_id", name, "id")
        for name, df in sorted(tables.items())
        if "map_group" in df.columns
        for rel in RELATED_TABLES
        if rel in tables
    ]


def export(
    fmt: str, out_dir: str | Path, *, as_of=None, files=None, override: bool = False
) -> list[Path]:
    """Export the curated layers for a GIS; return the files written.

    The folder holds one table per layer and geometry type, the related tables ``sources``,
    ``capacities`` and ``timeline`` (see :func:`asset_tables`), the Natural Earth basemap, and a
    QGIS project ``corridorkit_layers.qgz`` opening all of them styled as the web maps (the
    GeoPackage also carries the styles in its ``layer_styles`` table). It is written whole and
    atomically, and replaces only an earlier export (see
    :func:`corridorkit.geo.io.atomic_directory`): a folder holding anything else is refused.

    Parameters
    ----------
    fmt
        ``"geojson"``, ``"gpkg"`` or ``"parquet"``.
    out_dir
        Output folder.
    as_of
        Date or year for the statuses.
    files
        User files to include (see :func:`corridorkit.layers.load`).
    override
        Let features of ``files`` replace shipped features with the same id.
    """
    from corridorkit.geo.io import atomic_directory
    from corridorkit.layers.curated import load

    if fmt not in FORMATS:
        raise InputError(f"expected a format from {FORMATS}, got {fmt!r}", field="format")
    out = Path(out_dir)
    with atomic_directory(out, command="layers export") as tmp:
        gdf = load(as_of=as_of, files=files, override=override)
        written = write_gis_export(asset_tables(gdf), fmt, tmp)
    return [out / p.relative_to(tmp) for p in written]


def write_gis_export(
    tables: dict[str, pd.DataFrame],
    fmt: str,
    out_dir: str | Path,
    *,
    stem: str = "corridorkit_layers",
    title: str = "corridorkit layers",
    basemap: bool = True,
) -> list[Path]:
    """Write asset tables (and the basemap) in a format with their QGIS project; return the files.

    Parameters
    ----------
    tables
        Tables of :func:`asset_tables`.
    fmt
        ``"geojson"``, ``"gpkg"`` or ``"parquet"``.
    out_dir
        Output folder.
    stem
        File name of the GeoPackage and of the project (``<stem>.qgz``).
    title
        Project title.
    basemap
        Include the Natural Earth basemap tables.
    """
    from corridorkit.layers.qgis import write_project

    allt = dict(tables)
    if basemap:
        allt.update(basemap_tables())
    styles = layer_styles_of(allt)
    written = write_layers(allt, fmt, out_dir, stem=stem, styles=styles)
    proj = safe_join(Path(out_dir), f"{stem}.qgz")
    write_project(proj, title, project_layers(allt, fmt, styles, stem=stem), asset_relations(allt))
    return [*written, proj]
