"""Terrain: elevation profiles, gradients (per mille) and least-cost alignments on a DEM.

The shipped DEM is GLOBE (NOAA NGDC) at 30 arc-seconds (~1 km cells): cell means smooth
peaks and gorges, and everything at or below 0 m (sea, the Caspian at -28 m) reads 0.
Gradients from it are therefore lower bounds of local grades; every result says so.
A user's own DEM (any CRS rasterio reads) can replace it with ``dem=path``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import rasterio
import rasterio.features
from pyproj import Transformer
from shapely.geometry import LineString, Point, mapping

from corridorkit.errors import InputError, UnknownIdError
from corridorkit.geo.geodesic import distance_km, line_length_km
from corridorkit.geo.raster import sample_along
from corridorkit.log import get_logger

log = get_logger("terrain")

#: Ruling gradients railway engineers use (per mille): mainline, mountain line, rack/steep.
RULING_GRADIENTS = (12.0, 20.0, 40.0)

CAVEAT = ("DEM: GLOBE 30'' (~1 km cells, NOAA NGDC; 2' means of them outside 25.5-54 E, 35-46 N). "
          "Cell means smooth peaks and gorges and read "
          "every cell at or below 0 m as 0, so gradients are lower bounds of local grades. Along a gorge "
          "narrower than a cell (the Araz at Meghri) the samples fall on the walls as well as the floor, "
          "so elevations and climb there are overstated.")


#: What a profile of a schematic line says about itself.
SCHEMATIC_NOTE = ("schematic: the line joins a few points, not the track, so its climb and gradients are "
                  "the terrain between those points, not measurements of the route")


def _dem(dem: str | Path | None, bounds: tuple[float, float, float, float] | None = None,
         name: str | None = None) -> Path:
    """Return the DEM to read: the user's, or the finest shipped one covering ``bounds``."""
    if dem is not None:
        return Path(dem)
    from corridorkit.layers.base import dem_for, dem_path

    if bounds is None:
        return dem_path()
    return dem_for(bounds, name=name)[0]


def _dem_label(path: Path) -> str:
    """Return which DEM a profile read, for its summary (the shipped DEM's cell size, or the path)."""
    from corridorkit.layers.base import DEM_FILES

    for fname, _, cell in DEM_FILES:
        if path.name == fname:
            return f"shipped GLOBE, {cell}'' cells" + (" (4x4 means: overview)" if cell > 30 else "")
    return str(path.name)


@dataclass
class Profile:
    """An elevation profile: samples along the line and a summary of its gradients."""

    name: str
    samples: pd.DataFrame  # distance_km, lon, lat, elevation_m, gradient_permille
    summary: dict
    caveat: str = CAVEAT

    def plot(self, ax=None, **kwargs):
        """Draw the profile (distance vs elevation) on a matplotlib axis; return the axis."""
        import matplotlib.pyplot as plt

        if ax is None:
            _, ax = plt.subplots(figsize=(8, 2.8))
        ax.plot(self.samples.distance_km, self.samples.elevation_m, label=self.name, **kwargs)
        ax.set_xlabel("distance along the line (km)")
        ax.set_ylabel("elevation (m)")
        return ax


def gradient_summary(distance_km: np.ndarray, elevation_m: np.ndarray, *, window_km: float = 5.0,
                     ruling=RULING_GRADIENTS) -> tuple[dict, np.ndarray]:
    """Return the gradient summary of a profile and the per-step gradient (per mille).

    Parameters
    ----------
    distance_km, elevation_m
        The profile (distances increasing).
    window_km
        Length over which a gradient counts as sustained.
    ruling
        Ruling gradients (per mille) whose exceedance share is reported.
    """
    d = np.asarray(distance_km, dtype=float)
    z = np.asarray(elevation_m, dtype=float)
    if len(d) < 2:
        raise InputError("a profile needs at least two samples", field="line")
    dz = np.diff(z)
    dd = np.diff(d) * 1000.0  # metres
    step = np.divide(dz, dd, out=np.zeros_like(dz), where=dd > 0) * 1000.0  # per mille
    sustained = 0.0
    for i in range(len(d)):
        j = np.searchsorted(d, d[i] + window_km)
        if j >= len(d):
            break
        g = abs(z[j] - z[i]) / ((d[j] - d[i]) * 1000.0) * 1000.0
        sustained = max(sustained, g)
    seg_len = np.diff(d)
    total = float(d[-1] - d[0])
    summary = {
        "length_km": round(total, 2),
        "min_m": float(np.nanmin(z)), "max_m": float(np.nanmax(z)),
        "climb_m": float(dz[dz > 0].sum()), "descent_m": float(-dz[dz < 0].sum()),
        # steps under 100 m (the remainder at the line's end) would give meaningless gradients
        "max_step_gradient_permille": float(np.abs(step[dd >= 100]).max()) if (dd >= 100).any() else 0.0,
        f"steepest_sustained_{window_km:g}km_permille": round(float(sustained), 2),
    }
    for r in ruling:
        share = float(seg_len[(np.abs(step) > r) & (dd >= 100)].sum() / total) if total > 0 else 0.0
        summary[f"share_above_{r:g}permille"] = round(share, 4)
    return summary, np.concatenate([[0.0], step])


def profile(line: LineString, *, dem: str | Path | None = None, spacing_km: float = 1.0,
            name: str = "line", window_km: float = 5.0) -> Profile:
    """Return the elevation profile of a lon/lat line sampled every ``spacing_km`` (geodesic).

    Parameters
    ----------
    line
        A (Multi)LineString in EPSG:4326.
    dem
        A DEM path (any CRS); default: the shipped GLOBE DEM.
    spacing_km
        Sample spacing along the line.
    name
        The line's name (in messages and plots).
    window_km
        Window for the steepest sustained gradient.

    Raises
    ------
    InputError
        The spacing is outside ``limits.MIN_SPACING_KM..MAX_SPACING_KM``, the line would need more
        than ``limits.MAX_PROFILE_SAMPLES`` samples, or the DEM does not cover the line (the message
        gives the line and the DEM's bounds).
    """
    from corridorkit import limits

    if not (math.isfinite(spacing_km) and limits.MIN_SPACING_KM <= spacing_km <= limits.MAX_SPACING_KM):
        raise InputError(f"expected a spacing from {limits.MIN_SPACING_KM:g} to "
                         f"{limits.MAX_SPACING_KM:g} km, got {spacing_km!r}", feature=name,
                         field="spacing_km")
    n = line_length_km(line) / spacing_km
    if n > limits.MAX_PROFILE_SAMPLES:
        raise InputError(f"{n:,.0f} samples at {spacing_km:g} km along {line_length_km(line):,.0f} km; "
                         f"the limit is {limits.MAX_PROFILE_SAMPLES:,} samples (use a coarser spacing)",
                         feature=name, field="spacing_km")
    dem_file = _dem(dem, line.bounds, name)
    df = sample_along(dem_file, line, spacing_km=spacing_km, name=name)
    df = df.rename(columns={"value": "elevation_m"})
    if df.elevation_m.isna().any():
        log.warning("%s: %d samples fall on nodata cells", name, int(df.elevation_m.isna().sum()))
        df["elevation_m"] = df.elevation_m.interpolate(limit_direction="both")
    summary, grad = gradient_summary(df.distance_km.to_numpy(), df.elevation_m.to_numpy(),
                                     window_km=window_km)
    df["gradient_permille"] = grad
    summary["dem"] = _dem_label(dem_file)
    summary["caveat"] = CAVEAT
    return Profile(name, df, summary)


def profile_asset(asset_id: str, *, dem: str | Path | None = None, spacing_km: float = 1.0,
                  files=None) -> Profile:
    """Return the profile of a curated line asset (or one from a user's layer file)."""
    from corridorkit.errors import did_you_mean
    from corridorkit.layers.curated import load_features

    by_id, _ = load_features(files)
    if asset_id not in by_id:
        raise UnknownIdError(f"unknown asset {asset_id!r}{did_you_mean(asset_id, by_id)}", field="asset")
    f = by_id[asset_id]
    if not f.asset.is_line:
        raise InputError(f"{asset_id!r} is a {f.asset.kind}, not a line", field="asset")
    p = profile(f.geometry, dem=dem, spacing_km=spacing_km, name=f.asset.name)
    accuracy = getattr(f.asset, "geometry_accuracy", None)
    if accuracy == "schematic":
        p.summary["geometry"] = SCHEMATIC_NOTE
    elif accuracy:
        p.summary["geometry"] = str(accuracy)
    return p


@dataclass
class Alignment:
    """A least-cost alignment: its line, length, profile and how it compares with a reference."""

    line: LineString
    length_km: float
    profile: Profile
    cost: float
    comparison: dict = field(default_factory=dict)
    caveat: str = CAVEAT

    def to_geojson(self) -> dict:
        """Return the alignment as a GeoJSON Feature with its summary."""
        props = {k: v for k, v in self.profile.summary.items()}
        props.update({"length_km": round(self.length_km, 2), **self.comparison})
        return {"type": "Feature", "properties": props, "geometry": mapping(self.line)}


def slope_cost(z: np.ndarray, dx_m: float, dy_m: float, *, ruling_gradient: float = 20.0,
               exponent: float = 4.0) -> tuple[np.ndarray, np.ndarray]:
    """Return (cost per unit length, slope per mille) of each cell: 1 + (slope / ruling)^exponent.

    Below the ruling gradient the cost is close to distance; past it the cost rises steeply,
    as a railway's cost of cuttings, tunnels and viaducts does.
    """
    gy, gx = np.gradient(z.astype(float), dy_m, dx_m)
    slope = np.hypot(gx, gy) * 1000.0
    return 1.0 + (slope / ruling_gradient) ** exponent, slope


def least_cost_alignment(start: tuple[float, float], end: tuple[float, float], *,
                         dem: str | Path | None = None, ruling_gradient: float = 20.0,
                         within: str | None = None, avoid_water: bool = True,
                         margin_deg: float = 0.3, reference: LineString | None = None,
                         name: str = "alignment") -> Alignment:
    """Return the least-cost alignment between two lon/lat points on a slope-based cost surface.

    Parameters
    ----------
    start, end
        (lon, lat) of the ends.
    dem
        A DEM in EPSG:4326 (default: the shipped GLOBE DEM).
    ruling_gradient
        Per mille; the cost rises steeply past it (see :func:`slope_cost`).
    within
        ISO3 code of a country the alignment must stay inside (e.g. ``"ARM"``).
    avoid_water
        Treat cells at or below 0 m (sea, Caspian) as impassable.
    margin_deg
        Margin of the search window around the two points.
    reference
        A curated alignment to compare with (length ratio, largest distance between them).
    name
        For messages.
    """
    from skimage.graph import MCP_Geometric

    from corridorkit import limits

    if tuple(start) == tuple(end):
        raise InputError(f"the start and the end are the same point ({start[0]:g}, {start[1]:g}); an "
                         "alignment needs two different ends", feature=name, field="end")
    if not (math.isfinite(ruling_gradient) and 0 < ruling_gradient <= limits.MAX_RULING_GRADIENT):
        raise InputError(f"expected a ruling gradient above 0 and at most {limits.MAX_RULING_GRADIENT:g} "
                         f"per mille, got {ruling_gradient!r}", feature=name, field="ruling_gradient")
    try:
        path = _dem(dem, (min(start[0], end[0]), min(start[1], end[1]), max(start[0], end[0]),
                          max(start[1], end[1])), name)
    except InputError:  # no shipped DEM covers both ends: the check below names the end outside
        path = _dem(None)
    with rasterio.open(path) as ds:
        if ds.crs is None or ds.crs.to_epsg() != 4326:
            raise InputError("least-cost alignments need a DEM in EPSG:4326 (lon/lat); reproject "
                             "it with gdalwarp -t_srs EPSG:4326", file=str(path), field="crs")
        w = min(start[0], end[0]) - margin_deg
        e = max(start[0], end[0]) + margin_deg
        s = min(start[1], end[1]) - margin_deg
        n = max(start[1], end[1]) + margin_deg
        b = ds.bounds
        for label, (x, y) in (("start", start), ("end", end)):
            if not (b.left <= x <= b.right and b.bottom <= y <= b.top):
                raise InputError(f"the DEM (bounds {b.left:.3f}, {b.bottom:.3f}, {b.right:.3f}, "
                                 f"{b.top:.3f}) does not cover the {label} of '{name}' ({x:.3f}, "
                                 f"{y:.3f})", file=str(path), feature=name, field=label)
        # the search window: the two points plus the margin, clipped to the DEM
        w, s, e, n = max(w, b.left), max(s, b.bottom), min(e, b.right), min(n, b.top)
        win = rasterio.windows.from_bounds(w, s, e, n, ds.transform).round_offsets().round_lengths()
        if win.width * win.height > limits.MAX_ALIGNMENT_CELLS:
            raise InputError(f"the search window between the ends is {int(win.width):,} x "
                             f"{int(win.height):,} DEM cells; the limit is {limits.MAX_ALIGNMENT_CELLS:,} "
                             "cells (closer ends or a coarser DEM)", file=str(path), feature=name,
                             field="window")
        z = ds.read(1, window=win).astype(float)
        tr = ds.window_transform(win)
    mid_lat = (s + n) / 2
    dx_m = abs(tr.a) * 111_320.0 * np.cos(np.radians(mid_lat))
    dy_m = abs(tr.e) * 110_574.0
    cost, _ = slope_cost(z, dx_m, dy_m, ruling_gradient=ruling_gradient)
    if avoid_water:
        cost[z <= 0] = np.inf
    if within:
        from corridorkit.layers.base import borders

        bd = borders("core")
        poly = bd[bd.adm0_a3 == within]
        if poly.empty:
            raise UnknownIdError(f"unknown country {within!r} (expected an ISO3 code such as ARM)",
                                 field="within")
        inside = rasterio.features.geometry_mask([mapping(poly.geometry.iloc[0])], z.shape, tr,
                                                 invert=True, all_touched=False)
        cost[~inside] = np.inf
    inv = ~tr

    def cell(pt):
        c, r = inv @ pt
        return int(np.clip(r, 0, z.shape[0] - 1)), int(np.clip(c, 0, z.shape[1] - 1))

    def passable(rc, label, reach=3):
        """Return ``rc`` or the nearest passable cell within ``reach`` cells (~2.5 km).

        A point given at a border or a shore often falls in a boundary cell of the ~1 km DEM.
        """
        if np.isfinite(cost[rc]):
            return rc
        r, c = rc
        best = None
        for dr in range(-reach, reach + 1):
            for dc in range(-reach, reach + 1):
                rr, cc = r + dr, c + dc
                if 0 <= rr < z.shape[0] and 0 <= cc < z.shape[1] and np.isfinite(cost[rr, cc]):
                    d = (dr * dy_m) ** 2 + (dc * dx_m) ** 2
                    if best is None or d < best[0]:
                        best = (d, (rr, cc))
        if best is None:
            raise InputError(f"the {label} point of '{name}' lies on an impassable cell (water or "
                             f"outside {within or 'the allowed area'}) with no passable cell within "
                             f"{reach} cells", feature=name, field=label)
        return best[1]

    r0, r1 = passable(cell(start), "start"), passable(cell(end), "end")
    mcp = MCP_Geometric(cost, sampling=(dy_m, dx_m), fully_connected=True)
    costs, _ = mcp.find_costs([r0], [r1])
    if not np.isfinite(costs[r1]):
        raise InputError(f"no passable alignment for '{name}' inside the window"
                         + (f" and {within}" if within else ""), feature=name)
    idx = np.array(mcp.traceback(r1))
    xs, ys = tr @ (idx[:, 1] + 0.5, idx[:, 0] + 0.5)
    coords = list(zip(np.asarray(xs), np.asarray(ys), strict=True))
    coords[0], coords[-1] = tuple(start), tuple(end)
    line = LineString(coords)
    prof = profile(line, dem=path, spacing_km=1.0, name=name)
    comparison = {}
    if reference is not None:
        comparison = compare_lines(line, reference)
    return Alignment(line, line_length_km(line), prof, float(costs[r1]), comparison)


def compare_lines(a: LineString, b: LineString) -> dict:
    """Return length ratio and the largest distance (km, geodesic) from points of ``a`` to ``b``."""
    from corridorkit.geo.geodesic import points_along

    lon, lat, _ = points_along(a, 2.0)
    nearest = [b.interpolate(b.project(Point(x, y))) for x, y in zip(lon, lat, strict=True)]
    dmax = max(distance_km(x, y, p.x, p.y) for x, y, p in zip(lon, lat, nearest, strict=True))
    return {"length_ratio_to_reference": round(line_length_km(a) / line_length_km(b), 3),
            "max_distance_to_reference_km": round(float(dmax), 2)}


#: The comparisons the issue asks for: (label, asset id candidates in the curated layers).
DEFAULT_COMPARISONS = [
    ("Zangezur/TRIPP Meghri section (Armenia)", ("meghri_section", "zangezur_meghri_section",
                                                  "rail_meghri_section")),
    ("Aras bypass through Iran", ("aras_bypass_iran", "aras_corridor_iran", "rail_aras_bypass")),
    ("Nakhchivan railway", ("nakhchivan_railway", "rail_nakhchivan")),
    ("Kars–Iğdır–Dilucu", ("kars_dilucu", "rail_kars_igdir_dilucu", "kars_igdir_dilucu")),
    ("BTK Marabda–Akhalkalaki", ("btk_marabda_akhalkalaki", "rail_btk_marabda_akhalkalaki")),
    ("Upper Lars road (Darial)", ("road_tbilisi_upper_lars", "road_tbilisi_stepantsminda_lars")),
]


def compare_profiles(asset_ids: list[str] | None = None, *, dem=None, out_dir: str | Path | None = None
                     ) -> pd.DataFrame:
    """Return a table of profile summaries of curated assets; optionally write plots (PNG).

    With no ids, uses :data:`DEFAULT_COMPARISONS`, matching ids (or names) present in the
    data; missing assets are skipped with a warning.
    """
    from corridorkit.layers.curated import load_features

    by_id, _ = load_features()
    chosen: list[tuple[str, str]] = []
    if asset_ids:
        chosen = [(a, a) for a in asset_ids]
    else:
        for label, candidates in DEFAULT_COMPARISONS:
            hit = next((c for c in candidates if c in by_id), None)
            if hit is None:
                words = [w.lower() for w in label.replace("–", " ").split() if len(w) > 3]
                hit = next((i for i, f in sorted(by_id.items()) if f.asset.is_line and
                            f.asset.mode in ("rail", "road") and
                            sum(w in f.asset.name.lower() for w in words) >= 2), None)
            if hit is None:
                log.warning("no curated asset found for %s; skipped", label)
                continue
            chosen.append((label, hit))
    rows = []
    profiles = []
    for label, aid in chosen:
        try:
            p = profile_asset(aid, dem=dem)
        except InputError as exc:
            log.warning("%s: %s", aid, exc)
            continue
        profiles.append((label, p))
        rows.append({"comparison": label, "asset": aid, **{k: v for k, v in p.summary.items()
                                                           if k != "caveat"}})
    df = pd.DataFrame(rows)
    if out_dir is not None and profiles:
        import io

        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        from corridorkit.geo.io import write_bytes

        fig, axes = plt.subplots(len(profiles), 1, figsize=(8, 2.2 * len(profiles)), squeeze=False)
        for ax, (label, p) in zip(axes[:, 0], profiles, strict=True):
            p.plot(ax, color="#5b3a29")
            if str(p.summary.get("geometry", "")).startswith("schematic"):
                ax.set_title(f"{label}: max {p.summary['max_m']:.0f} m; schematic line, climb not measured",
                             fontsize=9)
            else:
                ax.set_title(f"{label}: max {p.summary['max_m']:.0f} m, climb {p.summary['climb_m']:.0f} m",
                             fontsize=9)
        fig.text(0.01, 0.002, CAVEAT, fontsize=6)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
        plt.close(fig)
        write_bytes(Path(out_dir) / "terrain_profiles.png", buf.getvalue())
    return df


__all__ = ["Profile", "Alignment", "profile", "profile_asset", "least_cost_alignment",
           "gradient_summary", "slope_cost", "compare_profiles", "compare_lines", "CAVEAT",
           "Transformer"]
