"""Export curated layers (or any result GeoDataFrame) as GeoJSON, GeoPackage and GeoParquet.

GeoJSON follows RFC 7946 (lon/lat, no ``crs`` member, nested properties kept as
JSON objects). GeoPackage holds one table per layer; GeoPackage and GeoParquet
keep nested fields (sources, capacity, timeline ...) as JSON text so QGIS shows
them and :func:`corridorkit.layers.curated.read_user_file` reads them back.
Every file is written atomically; re-running gives byte-identical GeoJSON.
"""

from __future__ import annotations

import json
import math
import os
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


def write_layers(
    layers: dict[str, gpd.GeoDataFrame], fmt: str, out_dir: str | Path, *, stem: str = "corridorkit_layers"
) -> list[Path]:
    """Write named GeoDataFrames in one format; return the files written.

    Parameters
    ----------
    layers
        Layer name -> GeoDataFrame.
    fmt
        ``"geojson"`` (one file per layer), ``"gpkg"`` (one file, one table per layer)
        or ``"parquet"`` (one GeoParquet file per layer).
    out_dir
        Output folder; file names cannot escape it.
    stem
        File name (without suffix) of the GeoPackage.
    """
    if fmt not in FORMATS:
        raise InputError(f"expected a format from {FORMATS}, got {fmt!r}", field="format")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "geojson":
        for name, gdf in sorted(layers.items()):
            p = safe_join(out, f"{name}.geojson")
            write_json(p, to_geojson_dict(gdf, name=name), indent=None)
            written.append(p)
    elif fmt == "parquet":
        for name, gdf in sorted(layers.items()):
            p = safe_join(out, f"{name}.parquet")
            _atomic_via_temp(p, lambda tmp, g=gdf: flatten_for_tables(g).to_parquet(tmp, index=False))
            written.append(p)
    else:
        p = safe_join(out, f"{stem}.gpkg")

        def _write(tmp: str) -> None:
            import pyogrio

            # GDAL stamps the current time into gpkg_contents; a fixed date keeps files identical
            old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
            try:
                for name, gdf in sorted(layers.items()):
                    flat = flatten_for_tables(gdf)
                    flat.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
            finally:
                pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})

        _atomic_via_temp(p, _write)
        written.append(p)
    return written


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


def export(
    fmt: str, out_dir: str | Path, *, as_of=None, files=None, override: bool = False
) -> list[Path]:
    """Export the curated layers (one per ``layer`` value) in a format; return the files written.

    The folder is written whole and atomically, and replaces only an earlier export
    (see :func:`corridorkit.geo.io.atomic_directory`): a folder holding anything else is refused.

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
        by_layer = {name: part.reset_index(drop=True) for name, part in gdf.groupby("layer")}
        written = write_layers(by_layer, fmt, tmp)
    return [out / p.relative_to(tmp) for p in written]
