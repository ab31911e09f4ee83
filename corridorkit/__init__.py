"""corridorkit: trade corridors and energy infrastructure of the South Caucasus and the Caspian.

Subpackages
-----------
geo
    Geometry, CRS discipline, geodesic measures, rasters and safe file I/O.
layers
    The data: schema, shipped layers with provenance, loaders.
analysis
    Network, routing, capacity and flows, chokepoints, scenarios, terrain.
maps
    Folium maps and the HTML report.
"""

from corridorkit._version import __version__
from corridorkit.errors import CorridorkitError, InputError
from corridorkit.settings import settings

__all__ = ["__version__", "settings", "CorridorkitError", "InputError"]
