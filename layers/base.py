"""The shipped base data: borders, basemap layers and the DEM, with their manifest."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from corridorkit.errors import DataFileNotFoundError, UnknownIdError
from corridorkit.settings import settings

BASEMAP_LAYERS = ("land", "seas", "lakes", "coastline")


def data_path(*parts: str) -> Path:
    """Return the path of a shipped data file (under ``settings.data_dir``).

    Parameters
    ----------
    parts
        Path parts below the data folder, e.g. ``("base", "borders_core.geojson")``.
    """
    p = Path(settings.data_dir).joinpath(*parts)
    if not p.exists():
        raise DataFileNotFoundError(f"{p}: shipped data file not found (is the package complete?)")
    return p


@functools.lru_cache(maxsize=8)
def _read(path: str) -> gpd.GeoDataFrame:
    return gpd.read_file(path)


#: lon/lat box (west, south, east, north) of the detailed "core" borders: Black Sea to the Chinese border.
CORE_BOX = (25.0, 30.0, 90.0, 56.0)


def in_core(x, y):
    """Return whether lon/lat points lie in :data:`CORE_BOX` (where the 10m borders apply)."""
    w, s, e, n = CORE_BOX
    return (x >= w) & (x <= e) & (y >= s) & (y <= n)


def borders(detail: str = "core") -> gpd.GeoDataFrame:
    """Return Natural Earth admin-0 countries (de facto edition) as shipped.

    Parameters
    ----------
    detail
        ``"core"``: 10m detail for 25-90 E, 30-56 N (Black Sea to the Chinese border);
        ``"context"``: 50m detail for the rest of the routes (North Sea to China's
        east coast, round Africa).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``adm0_a3``, ``iso_a3``, ``iso_a2``, ``name``, ``name_long``, names in
        several languages (``name_en``, ``name_ru``, ``name_tr``, ``name_fa``,
        ``name_zh`` ...) and ``geometry`` (EPSG:4326).
    """
    if detail not in ("core", "context"):
        raise UnknownIdError(f"expected 'core' or 'context', got {detail!r}", field="detail")
    return _read(str(data_path("base", f"borders_{detail}.geojson"))).copy()


def basemap(layer: str) -> gpd.GeoDataFrame:
    """Return a shipped basemap layer: ``land``, ``seas`` (incl. the Caspian), ``lakes``, ``coastline``."""
    if layer not in BASEMAP_LAYERS:
        raise UnknownIdError(f"expected one of {BASEMAP_LAYERS}, got {layer!r}", field="layer")
    return _read(str(data_path("base", f"{layer}.geojson"))).copy()


#: The shipped DEMs, finest first: (file, lon/lat bounds, cell size in arc-seconds). Both are cut
#: from GLOBE tile G (0-90 E, 0-50 N) by scripts/build_base_data.py.
DEM_FILES = (
    ("dem_globe_fine.tif", (25.5, 35.0, 54.0, 46.0), 30),
    ("dem_globe_overview.tif", (0.0, 24.0, 90.0, 50.0), 120),
)


def dem_path() -> Path:
    """Return the path of the fine shipped DEM (GLOBE 30'', 25.5-54 E, 35-46 N, int16 metres).

    Values are ~1 km cell means; everything at or below 0 m (sea, the Caspian)
    reads 0. See :func:`dem_for` for the DEM that covers a given line, and
    ``manifest()`` for provenance and limits.
    """
    return data_path("base", DEM_FILES[0][0])


def dem_for(bounds: tuple[float, float, float, float], *, name: str | None = None) -> tuple[Path, int]:
    """Return the finest shipped DEM that covers ``bounds`` and its cell size (arc-seconds).

    Parameters
    ----------
    bounds
        (west, south, east, north) in degrees.
    name
        The line's name, for the error message.

    Raises
    ------
    InputError
        No shipped DEM covers the bounds (the message gives both extents; GLOBE tile G,
        the only one shipped, ends at 0 E, 90 E and 50 N).
    """
    from corridorkit.errors import InputError

    w, s, e, n = bounds
    for fname, (dw, ds, de, dn), cell in DEM_FILES:
        if dw <= w and ds <= s and e <= de and n <= dn:
            return data_path("base", fname), cell
    w0, s0, e0, n0 = DEM_FILES[-1][1]
    raise InputError(
        f"the shipped DEM (GLOBE tile G, {w0:g}-{e0:g} E, {s0:g}-{n0:g} N) does not cover lon "
        f"{w:.3f}..{e:.3f}, lat {s:.3f}..{n:.3f}; give your own DEM with --dem (dem=path)",
        feature=name,
        field="dem",
    )


@functools.lru_cache(maxsize=2)
def _country_index(detail: str):
    b = borders(detail)
    geoms = b.geometry.values
    tree = shapely.STRtree(geoms)
    shapely.prepare(geoms)  # point-in-polygon tests then use each polygon's edge index
    return tree, np.asarray(b["adm0_a3"]), geoms, shapely.bounds(geoms)


#: Vertices per piece of border line in :func:`_border_pieces` (small pieces: cheap distances).
_PIECE_VERTICES = 16


@functools.lru_cache(maxsize=2)
def _border_pieces(detail: str):
    """Return an STRtree of the countries' outlines cut into short lines, and each piece's country index.

    The distance from a point outside every country to a country is the distance to its nearest
    outline piece, so the nearest piece names the nearest country without measuring whole polygons.
    """
    _, _, geoms, _ = _country_index(detail)
    pieces, owner = [], []
    for j, g in enumerate(geoms):
        if g is None or g.is_empty:
            continue
        for ring in shapely.get_parts(shapely.boundary(g)):
            xy = shapely.get_coordinates(ring)
            for s in range(0, len(xy) - 1, _PIECE_VERTICES):
                pieces.append(shapely.linestrings(xy[s : s + _PIECE_VERTICES + 1]))
                owner.append(j)
    return shapely.STRtree(np.array(pieces, dtype=object)), np.array(owner, dtype=int)


def country_of(lon, lat, *, max_km: float = 0.0) -> np.ndarray:
    """Return the ADM0_A3 code of the country at each point (None at sea), vectorised.

    Uses the detailed core borders inside 25-90 E, 30-56 N and the context borders
    elsewhere.

    Parameters
    ----------
    lon, lat
        Coordinates in degrees (scalars or arrays).
    max_km
        If > 0, a point at sea takes the nearest country within this distance
        (for ports and terminals on a coastline).
    """
    x = np.atleast_1d(np.asarray(lon, dtype=float))
    y = np.atleast_1d(np.asarray(lat, dtype=float))
    out = np.full(len(x), None, dtype=object)
    core = in_core(x, y)
    for detail, mask in (("core", core), ("context", ~core)):
        if not mask.any():
            continue
        tree, codes, geoms, bounds = _country_index(detail)
        xs, ys = x[mask], y[mask]
        res = np.full(len(xs), None, dtype=object)
        hits = np.zeros(len(xs), dtype=int)
        # Each country (prepared) tests the points in its bounding box: much faster than asking the
        # tree, which tests each point against whole unprepared polygons.
        for j, (w, s, e, n) in enumerate(bounds):
            cand = np.flatnonzero((xs >= w) & (xs <= e) & (ys >= s) & (ys <= n))
            if len(cand):
                inside = cand[shapely.intersects_xy(geoms[j], xs[cand], ys[cand])]
                res[inside] = codes[j]
                hits[inside] += 1
        multi = np.flatnonzero(hits > 1)
        if len(multi):  # on a line two countries share: the tree's order decides, as it always has
            idx_pt, idx_geom = tree.query(shapely.points(xs[multi], ys[multi]), predicate="intersects")
            res[multi[idx_pt]] = codes[idx_geom]
        if max_km > 0:
            sea = np.flatnonzero(res == None)  # noqa: E711  (elementwise test for None)
            if len(sea):
                _nearest_country(res, sea, xs, ys, max_km, detail)
        out[mask] = res
    return out


def _nearest_country(res: np.ndarray, sea: np.ndarray, xs, ys, max_km: float, detail: str) -> None:
    """Give each point ``sea`` (outside every country) the nearest country within ``max_km``, in place."""
    tree, codes, geoms, _ = _country_index(detail)
    # each point's own reach in degrees (longitude degrees shrink with latitude), so that a
    # point's answer never depends on which other points are asked with it
    reach = max_km / 111.0 / np.maximum(np.cos(np.radians(np.abs(ys[sea]))), 0.2)
    pts = shapely.points(xs[sea], ys[sea])
    ptree, owner = _border_pieces(detail)
    (near_pt, near_piece), dist = ptree.query_nearest(
        pts, max_distance=float(reach.max()), return_distance=True, all_matches=True
    )
    pairs = np.unique(np.c_[near_pt, owner[near_piece]], axis=0)  # (point, country) at the least distance
    n_countries = np.bincount(pairs[:, 0], minlength=len(sea))
    one = np.flatnonzero(n_countries == 1)
    found, first = np.unique(near_pt, return_index=True)
    pick = first[np.searchsorted(found, one)]  # one of the point's nearest pieces (all of one country)
    ok = dist[pick] <= reach[one]
    res[sea[one[ok]]] = codes[owner[near_piece[pick[ok]]]]
    tied = np.flatnonzero(n_countries > 1)
    if len(tied):  # equally near two countries: the tree of whole polygons decides, as it always has
        near_pt, near_geom = tree.query_nearest(
            pts[tied], max_distance=float(reach.max()), return_distance=False
        )
        d = shapely.distance(pts[tied][near_pt], geoms[near_geom])
        ok = d <= reach[tied][near_pt]
        res[sea[tied[near_pt[ok]]]] = codes[near_geom[ok]]


#: Sampling step (km) and shortest stretch of a country that counts, for the countries along a line.
RUN_STEP_KM = 1.0
MIN_RUN_KM = 3.0


def country_runs(
    geoms,
    *,
    step_km: float = RUN_STEP_KM,
    min_run_km: float = MIN_RUN_KM,
    sea_km: float = 0.0,
    max_samples: int = 5000,
) -> list[list[tuple[str, float]]]:
    """Return, per line, the countries it crosses in order with the km in each.

    Each line is sampled at the middle of equal geodesic steps of about ``step_km`` (at
    most ``max_samples`` per line); a sample at sea belongs to no country unless ``sea_km`` > 0
    (then to the nearest country within that distance: territorial waters for sea legs).
    Stretches of a country shorter than ``min_run_km`` are noise at borders drawn at ~1 km
    precision: they are dropped and their km given to the stretch before them. On lines
    shorter than four thresholds every stretch counts (a bridge, a border station); they are
    sampled at least 20 times. Km at sea are not attributed to any country, so the km of a land line
    drawn across a bay sum to less than its length.

    Parameters
    ----------
    geoms
        LineStrings (or MultiLineStrings, walked part after part) in lon/lat.
    step_km, min_run_km, sea_km, max_samples
        See above.

    Returns
    -------
    list
        One list per line of ``(ADM0_A3 code, km)`` in the order the line crosses them; a
        country appears again if the line re-enters it.
    """
    from corridorkit.geo.geodesic import GEOD

    xs, ys, owner, bin_km = [], [], [], []
    for i, g in enumerate(geoms):
        parts = list(g.geoms) if hasattr(g, "geoms") else [g]
        xy = np.concatenate([np.asarray(p.coords)[:, :2] for p in parts])
        if len(xy) < 2:
            continue
        _, _, seg = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
        cum = np.concatenate([[0.0], np.cumsum(np.asarray(seg, dtype=float) / 1000.0)])
        total = float(cum[-1])
        if total <= 0:
            continue
        n = int(min(max(np.ceil(total / step_km), 20), max_samples))
        at = (np.arange(n) + 0.5) * total / n
        xs.append(np.interp(at, cum, xy[:, 0]))
        ys.append(np.interp(at, cum, xy[:, 1]))
        owner.append(np.full(n, i))
        bin_km.append(np.full(n, total / n))
    out: list[list[tuple[str, float]]] = [[] for _ in range(len(geoms))]
    if not xs:
        return out
    x, y, own, bkm = (np.concatenate(a) for a in (xs, ys, owner, bin_km))
    codes = country_of(x, y, max_km=sea_km)
    starts = np.flatnonzero(np.r_[True, own[1:] != own[:-1]])
    ends = np.r_[starts[1:], len(own)]
    for a, b in zip(starts, ends, strict=True):
        step = float(bkm[a])
        runs: list[list] = []  # [code, km]
        for c in codes[a:b]:
            if c is None:
                continue
            if runs and runs[-1][0] == c:
                runs[-1][1] += step
            else:
                runs.append([c, step])
        threshold = min_run_km if (b - a) * step >= 4 * min_run_km else 0.0
        kept: list[list] = []
        for c, km in runs:
            if km >= threshold or not kept and all(r[1] < threshold for r in runs):
                if kept and kept[-1][0] == c:
                    kept[-1][1] += km
                else:
                    kept.append([c, km])
            elif kept:
                kept[-1][1] += km
        if runs and kept and runs[0][1] < threshold and runs[0][0] != kept[0][0]:
            kept[0][1] += runs[0][1]  # a dropped first stretch goes to the first kept one
        out[int(own[a])] = [(c, km) for c, km in kept]
    return out


def manifest() -> dict:
    """Return the manifest of the shipped data: per file its source, licence, transformation, sha256."""
    return json.loads(data_path("manifest.json").read_text(encoding="utf-8"))


def verify_manifest() -> list[str]:
    """Return a message for each shipped file whose sha256 or size differs from the manifest."""
    problems = []
    for rel, entry in manifest()["files"].items():
        p = Path(settings.data_dir) / rel
        if not p.exists():
            problems.append(f"{rel}: listed in the manifest but missing")
            continue
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            problems.append(f"{rel}: sha256 {digest[:12]} differs from the manifest's {entry['sha256'][:12]}")
    return problems
