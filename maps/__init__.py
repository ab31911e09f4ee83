"""corridorkit.maps: offline folium/Leaflet maps and the HTML report.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Cell": "corridorkit.maps.page",
    "Section": "corridorkit.maps.page",
    "build_report": "corridorkit.maps.report",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
