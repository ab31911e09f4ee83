"""corridorkit.layers: the data: schema, shipped layers with provenance, loaders.

Examples
--------
>>> from corridorkit import layers
>>> gdf = layers.load(as_of=2030)          # every curated asset, statuses in 2030
>>> borders = layers.borders()             # Natural Earth 10m, core region
"""

from corridorkit.layers.base import (
    basemap,
    borders,
    country_of,
    data_path,
    dem_for,
    dem_path,
    manifest,
    verify_manifest,
)
from corridorkit.layers.curated import layer_names, load, load_features, status_as_of

__all__ = [
    "basemap",
    "borders",
    "country_of",
    "data_path",
    "dem_for",
    "dem_path",
    "manifest",
    "verify_manifest",
    "layer_names",
    "load",
    "load_features",
    "status_as_of",
]
