"""corridorkit.geo: geometry, CRS, geodesic measures, rasters, safe file I/O.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from corridorkit._lazy import lazy_exports

__all__, __getattr__ = lazy_exports(
    __name__,
    {
        "atomic_write": "corridorkit.geo.io",
        "distance_km": "corridorkit.geo.geodesic",
        "length_km": "corridorkit.geo.geodesic",
        "line_length_km": "corridorkit.geo.geodesic",
        "points_along": "corridorkit.geo.geodesic",
        "read_yaml": "corridorkit.geo.io",
        "safe_join": "corridorkit.geo.io",
        "to_wgs84": "corridorkit.geo.crs",
        "write_json": "corridorkit.geo.io",
        "write_text": "corridorkit.geo.io",
    },
)
