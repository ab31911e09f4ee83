"""CRS discipline: every layer corridorkit works with is EPSG:4326 lon/lat.

A layer in another declared CRS is reprojected; a layer with no CRS, or whose
coordinates look projected (outside +/-180, +/-90) or swapped (lat/lon order),
is refused with an error naming the file.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from corridorkit.errors import CRSError

WGS84 = "EPSG:4326"

#: Where corridorkit's analyses live: Atlantic Europe to the Pacific, South Africa to the Arctic.
DOMAIN = (-30.0, -45.0, 160.0, 80.0)


def to_wgs84(
    gdf: gpd.GeoDataFrame, *, file: str | None = None, land: BaseGeometry | None = None
) -> gpd.GeoDataFrame:
    """Return the layer in EPSG:4326, reprojected if its CRS is declared; refuse it otherwise.

    Parameters
    ----------
    gdf
        The layer as read.
    file
        The file it came from (for messages).
    land
        Optional land mask (e.g. the shipped borders) used to detect swapped axes.

    Raises
    ------
    CRSError
        The CRS is missing, or the coordinates look projected or swapped.
    """
    if gdf.crs is None:
        raise CRSError(
            "has no CRS; declare one (GeoJSON is EPSG:4326 by definition; for other formats "
            "set it, e.g. gdf.set_crs('EPSG:32638'))",
            file=file,
            field="crs",
        )
    if not gdf.crs.equals(WGS84):
        try:
            gdf = gdf.to_crs(WGS84)
        except Exception as exc:  # pyproj raises several types
            raise CRSError(
                f"cannot reproject from {gdf.crs.to_string()} to EPSG:4326 ({exc})", file=file, field="crs"
            ) from None
    problem = check_lonlat(gdf.geometry.values, land=land)
    if problem:
        raise CRSError(problem, file=file, field="geometry")
    return gdf


def check_lonlat(geoms, *, land: BaseGeometry | None = None) -> str | None:
    """Return why coordinates do not look like lon/lat in corridorkit's domain, or None.

    Parameters
    ----------
    geoms
        Shapely geometries (array-like).
    land
        Optional land mask: when given, a layer whose points mostly fall in the sea
        but mostly on land once x and y are swapped is reported as swapped.
    """
    coords = shapely.get_coordinates(np.asarray(geoms, dtype=object))
    if len(coords) == 0:
        return None
    if not np.isfinite(coords).all():
        return "coordinates contain NaN or infinity"
    x, y = coords[:, 0], coords[:, 1]
    if (np.abs(x) > 180).any() or (np.abs(y) > 90).any():
        if (np.abs(y) <= 180).all() and (np.abs(x) <= 90).all():
            return (
                "coordinates look swapped: y holds values beyond +/-90, so y is longitude; "
                "write [lon, lat] (RFC 7946 order)"
            )
        return (
            f"coordinates out of lon/lat range (x {x.min():.6g}..{x.max():.6g}, y "
            f"{y.min():.6g}..{y.max():.6g}): projected metres without a declared CRS?"
        )
    inside = _in_domain(x, y).mean()
    inside_swapped = _in_domain(y, x).mean()
    if inside < 0.5 and inside_swapped > 0.9:
        return (
            "coordinates look swapped: in [lat, lon] order they fall outside the region, "
            "in [lon, lat] order inside it; write [lon, lat] (RFC 7946 order)"
        )
    if land is not None and len(coords) >= 3:
        sample = coords[:: max(1, len(coords) // 200)]
        on = shapely.contains_xy(land, sample[:, 0], sample[:, 1]).mean()
        on_sw = shapely.contains_xy(land, sample[:, 1], sample[:, 0]).mean()
        if on < 0.2 and on_sw > 0.8:
            return (
                "coordinates look swapped: as given they fall in the sea, with x and y "
                "exchanged they fall on land; write [lon, lat] (RFC 7946 order)"
            )
    return None


def _in_domain(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w, s, e, n = DOMAIN
    return (x >= w) & (x <= e) & (y >= s) & (y <= n)
