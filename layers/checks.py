"""The data-quality checks of curated assets: sources, length, countries, nodes, status date.

The same checks run in the tests and in ``corridorkit layers check``: per asset,
the number of sources, the geodesic length against the official one (within
+/-5 %), the countries the geometry actually crosses (in order) against the
countries the data lists, and whether the line's nodes lie on it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
import shapely

from corridorkit.geo.geodesic import line_length_km
from corridorkit.layers.base import MIN_RUN_KM, RUN_STEP_KM, borders, country_of, country_runs, in_core
from corridorkit.layers.validate import Feature

#: Allowed relative difference between geodesic and official length.
LENGTH_TOLERANCE = 0.05
#: A schematic line (straight legs between named places) may be this much shorter than the official
#: route length, never longer than it by more than LENGTH_TOLERANCE: straight legs only cut corners.
SCHEMATIC_MIN_RATIO = 0.70
#: Ports and terminals may lie this far (km) off their country's simplified coastline.
COAST_KM = 5.0
#: Offshore fields take the nearest country within this distance (km).
OFFSHORE_KM = 200.0


@dataclass
class AssetCheck:
    """The result of the checks on one asset; ``ok`` is False if any check failed."""

    id: str
    layer: str
    kind: str
    n_sources: int
    official_km: float | None
    geodesic_km: float | None
    length_ratio: float | None
    length_ok: bool | None
    countries_listed: list[str]
    countries_found: list[str]
    countries_ok: bool
    status: str
    status_date: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.problems


def countries_along(geom, *, step_km: float = RUN_STEP_KM, min_run_km: float = MIN_RUN_KM) -> list[str]:
    """Return the countries a line crosses, in order, ignoring sea and runs shorter than ``min_run_km``.

    Parameters
    ----------
    geom
        A (Multi)LineString in lon/lat.
    step_km
        Sampling step along the line.
    min_run_km
        Shortest stretch of a country that counts (see :func:`corridorkit.layers.base.country_runs`).
    """
    return [c for c, _ in country_runs([geom], step_km=step_km, min_run_km=min_run_km)[0]]


def _distance_to_country_km(code: str, x: float, y: float) -> float:
    detail = "core" if in_core(x, y) else "context"
    b = borders(detail)
    rows = b[b.adm0_a3 == code]
    if rows.empty:
        return float("inf")
    d_deg = shapely.distance(rows.geometry.values[0], shapely.Point(x, y))
    return float(d_deg * 111.0 * max(np.cos(np.radians(y)), 0.2))


def check_feature(f: Feature) -> AssetCheck:
    """Return the checks of one feature (see the module docstring)."""
    a = f.asset
    g = f.geometry
    problems: list[str] = []
    official = a.length.value if a.length else None
    geodesic = line_length_km(g) if a.is_line else None
    ratio = None
    length_ok = None
    if official and geodesic is not None:
        ratio = geodesic / official
        schematic = a.geometry_accuracy == "schematic"
        lo = (a.length.min or official) * (SCHEMATIC_MIN_RATIO if schematic else 1 - LENGTH_TOLERANCE)
        hi = (a.length.max or official) * (1 + LENGTH_TOLERANCE)
        length_ok = lo <= geodesic <= hi
        if not length_ok:
            allowed = (
                f"-{1 - SCHEMATIC_MIN_RATIO:.0%}/+{LENGTH_TOLERANCE:.0%} (schematic)"
                if schematic
                else f"+/-{LENGTH_TOLERANCE:.0%}"
            )
            problems.append(
                f"length: geodesic {geodesic:.1f} km vs official {official:g} km "
                f"({(ratio - 1) * 100:+.1f} %), outside {allowed}"
            )
    listed = list(a.countries)
    if a.kind == "sea_link":
        found = _sea_link_countries(g)
        ok = found == [listed[0], listed[-1]] or (len(listed) == 1 and set(found) == {listed[0]})
    elif a.is_line:
        found = countries_along(g)
        ok = found == listed
    elif a.kind == "border_crossing":
        x, y = g.x, g.y
        here = country_of(x, y, max_km=COAST_KM)[0]
        found = [here] if here else []
        ok = here in listed and all(_distance_to_country_km(c, x, y) <= COAST_KM for c in listed)
    else:
        x, y = g.x, g.y
        reach = OFFSHORE_KM if a.kind == "field" else COAST_KM
        here = country_of(x, y, max_km=reach)[0]
        found = [here] if here else []
        ok = found == listed[:1]
    if not ok:
        problems.append(f"countries: data lists {listed}, geometry gives {found}")
    if not a.sources:
        problems.append("sources: none")
    return AssetCheck(
        a.id,
        a.layer,
        a.kind,
        len(a.sources),
        official,
        None if geodesic is None else round(geodesic, 1),
        None if ratio is None else round(ratio, 3),
        length_ok,
        listed,
        found,
        ok,
        a.status,
        a.status_date,
        problems,
    )


def _sea_link_countries(g) -> list[str]:
    line = g.geoms[0] if g.geom_type == "MultiLineString" else g
    last = g.geoms[-1] if g.geom_type == "MultiLineString" else g
    (x0, y0), (x1, y1) = line.coords[0][:2], last.coords[-1][:2]
    codes = country_of([x0, x1], [y0, y1], max_km=COAST_KM)
    return [c for c in codes if c is not None]


def check_features(features, node_problems=()) -> pd.DataFrame:
    """Return the quality table of features: one row per asset, problems listed.

    Parameters
    ----------
    features
        Validated features.
    node_problems
        Problems from :func:`corridorkit.layers.curated.node_problems`, merged by feature.
    """
    rows = [check_feature(f) for f in features]
    by_id = {r.id: r for r in rows}
    for p in node_problems:
        if p.feature in by_id:
            by_id[p.feature].problems.append(f"{p.field}: {p.message}")
    df = pd.DataFrame([asdict(r) | {"ok": r.ok} for r in rows])
    if len(df):
        df = df.sort_values(["layer", "id"]).reset_index(drop=True)
    return df
