"""corridorkit.geo: geometry, CRS, geodesic measures, rasters, safe file I/O.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
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
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
