"""corridorkit.maps: offline folium/Leaflet maps and the HTML report.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from corridorkit._lazy import lazy_exports

__all__, __getattr__ = lazy_exports(
    __name__,
    {
        "Cell": "corridorkit.maps.page",
        "Section": "corridorkit.maps.page",
        "build_report": "corridorkit.maps.report",
    },
)
