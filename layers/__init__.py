"""corridorkit.layers: the data: schema, shipped layers with provenance, loaders.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so importing
the schema (as the command line does at start-up) does not load geopandas.

Examples
--------
>>> from corridorkit import layers
>>> gdf = layers.load(as_of=2030)          # every curated asset, statuses in 2030
>>> borders = layers.borders()             # Natural Earth 10m, core region
"""

from corridorkit._lazy import lazy_exports

__all__, __getattr__ = lazy_exports(
    __name__,
    {
        "basemap": "corridorkit.layers.base",
        "borders": "corridorkit.layers.base",
        "country_of": "corridorkit.layers.base",
        "data_path": "corridorkit.layers.base",
        "dem_for": "corridorkit.layers.base",
        "dem_path": "corridorkit.layers.base",
        "manifest": "corridorkit.layers.base",
        "verify_manifest": "corridorkit.layers.base",
        "layer_names": "corridorkit.layers.curated",
        "load": "corridorkit.layers.curated",
        "load_features": "corridorkit.layers.curated",
        "status_as_of": "corridorkit.layers.curated",
    },
)
