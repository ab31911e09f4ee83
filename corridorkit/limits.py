"""Every limit on a count, a size or a spacing, in one place.

Each is checked before work starts, and the refusal gives the limit. ``docs/bad_inputs.md``
lists them (a test keeps the two in step). A limit bounds what one command may ask of a
machine (memory, time); raise it here, not at the call site, if a legitimate use needs more.
"""

from __future__ import annotations

from typing import NamedTuple


class Limit(NamedTuple):
    """One limit: its value, its unit and what it bounds."""

    value: float
    unit: str
    what: str


#: Largest input file read whole (GeoJSON, GeoPackage, GeoParquet, OSM XML).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Largest YAML file (scenarios, parameter overrides).
MAX_YAML_BYTES = 10 * 1024 * 1024
#: Most values a YAML file may expand to (aliases counted each time they are used: no alias bombs).
MAX_YAML_NODES = 1_000_000
#: Most user layer files (``--file``) in one command.
MAX_USER_FILES = 100
#: Most alternative routes (``route --k``).
MAX_ROUTES = 50
#: Most rows shown (``--top``).
MAX_TOP = 1000
#: Most sampled days in a disruption ensemble (``ensemble --samples``).
MAX_ENSEMBLE_SAMPLES = 100_000
#: Most memory the ensemble's sampled OD times may take (samples x places^2 x 8 bytes).
MAX_ENSEMBLE_BYTES = 1024**3
#: Most local Dask workers (``ensemble --workers``).
MAX_WORKERS = 64
#: Most processes of one report (``report --jobs``): it has two independent groups of sections.
MAX_REPORT_JOBS = 2
#: Seconds to wait for a Dask scheduler (``ensemble --scheduler``) to answer.
SCHEDULER_TIMEOUT_S = 10
#: Finest and coarsest sample spacing along a profile (``profile --spacing-km``).
MIN_SPACING_KM = 0.01
MAX_SPACING_KM = 100.0
#: Most samples in one elevation profile (line length / spacing).
MAX_PROFILE_SAMPLES = 1_000_000
#: Largest DEM window a least-cost alignment searches (cells).
MAX_ALIGNMENT_CELLS = 25_000_000
#: Steepest ruling gradient an alignment accepts (per mille; above 0).
MAX_RULING_GRADIENT = 200.0
#: Widest corridor round a line for OSM downloads (``osm fetch --buffer-km``; above 0).
MAX_BUFFER_KM = 50.0
#: Years accepted as dates (``--as-of``, ``--years``, scenario ``as_of``).
MIN_YEAR = 1850
MAX_YEAR = 2100
#: Most years in one timeline (``scenario timeline --years``).
MAX_YEARS = 50

#: The table ``docs/bad_inputs.md`` shows, by constant name.
LIMITS: dict[str, Limit] = {
    "MAX_FILE_BYTES": Limit(MAX_FILE_BYTES, "bytes", "input file read whole (GeoJSON, GeoPackage, "
                            "GeoParquet, OSM XML)"),
    "MAX_YAML_BYTES": Limit(MAX_YAML_BYTES, "bytes", "scenario or parameter YAML file"),
    "MAX_YAML_NODES": Limit(MAX_YAML_NODES, "values", "values a YAML file expands to (aliases counted "
                            "each time used)"),
    "MAX_USER_FILES": Limit(MAX_USER_FILES, "files", "user layer files (--file) in one command"),
    "MAX_ROUTES": Limit(MAX_ROUTES, "routes", "route --k"),
    "MAX_TOP": Limit(MAX_TOP, "rows", "--top of chokepoints and ensemble"),
    "MAX_ENSEMBLE_SAMPLES": Limit(MAX_ENSEMBLE_SAMPLES, "samples", "ensemble --samples"),
    "MAX_ENSEMBLE_BYTES": Limit(MAX_ENSEMBLE_BYTES, "bytes", "memory of the ensemble's sampled OD times"),
    "MAX_WORKERS": Limit(MAX_WORKERS, "workers", "ensemble --workers"),
    "MAX_REPORT_JOBS": Limit(MAX_REPORT_JOBS, "processes", "report --jobs"),
    "SCHEDULER_TIMEOUT_S": Limit(SCHEDULER_TIMEOUT_S, "s", "wait for ensemble --scheduler to answer"),
    "MIN_SPACING_KM": Limit(MIN_SPACING_KM, "km", "finest profile --spacing-km"),
    "MAX_SPACING_KM": Limit(MAX_SPACING_KM, "km", "coarsest profile --spacing-km"),
    "MAX_PROFILE_SAMPLES": Limit(MAX_PROFILE_SAMPLES, "samples", "samples in one profile (length / spacing)"),
    "MAX_ALIGNMENT_CELLS": Limit(MAX_ALIGNMENT_CELLS, "cells", "DEM window of one alignment"),
    "MAX_RULING_GRADIENT": Limit(MAX_RULING_GRADIENT, "per mille", "alignment --ruling-gradient (above 0)"),
    "MAX_BUFFER_KM": Limit(MAX_BUFFER_KM, "km", "osm fetch --buffer-km (above 0)"),
    "MIN_YEAR": Limit(MIN_YEAR, "year", "earliest year of a date"),
    "MAX_YEAR": Limit(MAX_YEAR, "year", "latest year of a date"),
    "MAX_YEARS": Limit(MAX_YEARS, "years", "scenario timeline --years"),
}
