"""Raster helpers on rasterio: sample along a line at a geodesic spacing, read a window."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd
import rasterio
from pyproj import Transformer
from rasterio.windows import Window, from_bounds
from shapely.geometry import LineString, MultiLineString

from corridorkit.errors import InputError
from corridorkit.geo.geodesic import points_along


@dataclass
class RasterWindow:
    """A window read from a raster: values, affine transform, CRS, nodata."""

    values: np.ndarray
    transform: rasterio.Affine
    crs: rasterio.crs.CRS | None
    nodata: float | None


def _open(raster: str | os.PathLike[str] | rasterio.io.DatasetReader):
    if isinstance(raster, rasterio.io.DatasetReader):
        return raster, False
    try:
        return rasterio.open(raster), True
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(f"cannot read the raster ({exc})", file=str(raster)) from None


def _to_raster_crs(ds, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if ds.crs is None:
        raise InputError(
            "raster has no CRS; assign one (e.g. gdal_edit.py -a_srs EPSG:4326)", file=ds.name, field="crs"
        )
    if ds.crs.to_epsg() == 4326:
        return lon, lat
    tr = Transformer.from_crs("EPSG:4326", ds.crs, always_xy=True)
    return tr.transform(lon, lat)


def sample_along(
    raster, line: LineString | MultiLineString, *, spacing_km: float = 1.0, name: str = "line", band: int = 1
) -> pd.DataFrame:
    """Return raster values at points spaced ``spacing_km`` apart along a lon/lat line.

    Parameters
    ----------
    raster
        A path to a raster rasterio reads (any CRS), or an open dataset.
    line
        The line in EPSG:4326.
    spacing_km
        Geodesic spacing between samples, km.
    name
        The line's name, used in error messages.
    band
        The band to read.

    Returns
    -------
    pandas.DataFrame
        Columns ``distance_km``, ``lon``, ``lat``, ``value`` (NaN at nodata).

    Raises
    ------
    InputError
        The raster does not cover the line (the message gives both extents).
    """
    ds, close = _open(raster)
    try:
        lon, lat, dist = points_along(line, spacing_km)
        x, y = _to_raster_crs(ds, lon, lat)
        left, bottom, right, top = ds.bounds
        x, y = np.asarray(x), np.asarray(y)
        outside = (x < left) | (x > right) | (y < bottom) | (y > top)
        if outside.any():
            lb = line.bounds
            raise InputError(
                f"the raster (bounds {left:.4g}, {bottom:.4g}, {right:.4g}, {top:.4g} in "
                f"{ds.crs.to_string() if ds.crs else 'no CRS'}) does not cover line '{name}' "
                f"(lon {lb[0]:.3f}..{lb[2]:.3f}, lat {lb[1]:.3f}..{lb[3]:.3f}); "
                f"{int(outside.sum())} of {len(x)} samples fall outside",
                file=ds.name,
                feature=name,
            )
        vals = np.array([v[0] for v in ds.sample(zip(x, y, strict=True), indexes=band)], dtype=float)
        if ds.nodata is not None:
            vals[vals == ds.nodata] = np.nan
        return pd.DataFrame({"distance_km": dist, "lon": lon, "lat": lat, "value": vals})
    finally:
        if close:
            ds.close()


def read_window(raster, bounds: tuple[float, float, float, float], *, band: int = 1) -> RasterWindow:
    """Return the raster's values inside ``bounds`` (west, south, east, north in the raster's CRS).

    Parameters
    ----------
    raster
        A path or an open dataset.
    bounds
        Window bounds in the raster's CRS.
    band
        The band to read.
    """
    ds, close = _open(raster)
    try:
        win = from_bounds(*bounds, transform=ds.transform)
        win = win.round_offsets().round_lengths()
        full = Window(0, 0, ds.width, ds.height)
        try:
            win = win.intersection(full)
        except rasterio.errors.WindowError:
            raise InputError(
                f"window {bounds} does not overlap the raster (bounds "
                f"{tuple(round(b, 4) for b in ds.bounds)})",
                file=ds.name,
            ) from None
        values = ds.read(band, window=win)
        return RasterWindow(values, ds.window_transform(win), ds.crs, ds.nodata)
    finally:
        if close:
            ds.close()
