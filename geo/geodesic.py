"""Geodesic measures on the WGS84 ellipsoid with :class:`pyproj.Geod`.

Lengths are in kilometres, measured on the ellipsoid, never in degrees and never
in a planar CRS (a long line in a UTM zone distorts by percents).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

#: The ellipsoid every measure in corridorkit uses.
GEOD = Geod(ellps="WGS84")


def distance_km(lon1, lat1, lon2, lat2) -> np.ndarray | float:
    """Return the geodesic distance in km between points (scalars or arrays, degrees).

    Parameters
    ----------
    lon1, lat1, lon2, lat2
        Longitudes and latitudes in degrees (EPSG:4326); arrays broadcast.

    Examples
    --------
    >>> round(distance_km(49.867, 40.409, 44.793, 41.715))  # Baku - Tbilisi
    450
    """
    a = [np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2)]
    b = np.broadcast_arrays(*a)
    _, _, dist = GEOD.inv(*(x.ravel() for x in b))
    out = np.asarray(dist, dtype=float).reshape(b[0].shape) / 1000.0
    return float(out) if out.ndim == 0 else out


def line_length_km(geom: BaseGeometry) -> float:
    """Return the geodesic length in km of a (Multi)LineString in lon/lat; 0 for points.

    Parameters
    ----------
    geom
        A shapely geometry in EPSG:4326.
    """
    return float(length_km([geom])[0])


def length_km(geoms: Sequence[BaseGeometry] | np.ndarray) -> np.ndarray:
    """Return the geodesic length in km of each geometry, vectorised over all segments.

    Works on a GeoSeries, a list or an array of shapely geometries in EPSG:4326.
    Points have length 0; polygons are measured along their rings.

    Parameters
    ----------
    geoms
        Geometries in lon/lat.
    """
    arr = np.asarray(getattr(geoms, "values", geoms), dtype=object)
    arr = np.array(list(arr), dtype=object)
    n = len(arr)
    if n == 0:
        return np.zeros(0)
    # Explode to single parts so that segments never join two parts.
    parts, owner = shapely.get_parts(arr, return_index=True)
    lines = _as_lines(parts)
    coords, idx = shapely.get_coordinates(lines, return_index=True)
    if len(coords) < 2:
        return np.zeros(n)
    same = idx[1:] == idx[:-1]
    _, _, seg = GEOD.inv(coords[:-1, 0][same], coords[:-1, 1][same], coords[1:, 0][same], coords[1:, 1][same])
    per_part = np.bincount(idx[1:][same], weights=np.asarray(seg), minlength=len(lines))
    per_geom = np.bincount(owner, weights=per_part, minlength=n)
    return per_geom / 1000.0


def _as_lines(parts: np.ndarray) -> np.ndarray:
    """Polygons become their boundary rings; lines and points stay."""
    out = parts.copy()
    poly = shapely.get_type_id(parts) == 3
    if poly.any():
        out[poly] = shapely.boundary(parts[poly])
        out = shapely.get_parts(out)
    return out


def points_along(
    line: LineString | MultiLineString, spacing_km: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return lon, lat and distance (km) of points at a fixed geodesic spacing along a line.

    The first and last vertices are always included; between them points are spaced
    ``spacing_km`` apart measured along the geodesic segments of the line.

    Parameters
    ----------
    line
        A LineString (a MultiLineString is walked part after part).
    spacing_km
        Spacing in km (> 0).
    """
    if spacing_km <= 0:
        raise ValueError(f"spacing_km: expected a number > 0, got {spacing_km}")
    parts = list(line.geoms) if isinstance(line, MultiLineString) else [line]
    lons: list[float] = []
    lats: list[float] = []
    dists: list[float] = []
    walked = 0.0
    next_at = 0.0
    for part in parts:
        xy = np.asarray(part.coords)[:, :2]
        for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:], strict=True):
            az, _, seg_m = GEOD.inv(x0, y0, x1, y1)
            seg = seg_m / 1000.0
            while next_at <= walked + seg + 1e-9:
                off = next_at - walked
                lon, lat, _ = GEOD.fwd(x0, y0, az, off * 1000.0)
                lons.append(lon)
                lats.append(lat)
                dists.append(next_at)
                next_at += spacing_km
            walked += seg
    end = parts[-1].coords[-1]
    if not dists or walked - dists[-1] > 1e-6:
        lons.append(end[0])
        lats.append(end[1])
        dists.append(walked)
    return np.array(lons), np.array(lats), np.array(dists)


def project_distance_km(line: LineString, point: Point) -> float:
    """Return how far along ``line`` (geodesic km from its start) the point nearest ``point`` lies."""
    frac = line.project(point, normalized=True)
    sub = substring(line, 0, frac, normalized=True)
    return line_length_km(sub) if not sub.is_empty and sub.geom_type == "LineString" else 0.0
