"""The one edge record of the multimodal network, and the one place its time and cost are computed.

Every edge of a corridorkit network (curated lines, border crossings, transfers, OSM ways,
gauge breaks, snaps) is made by :func:`make_edge`, so every edge carries the same fields:

``mode``
    ``rail``, ``road``, ``sea``, ``pipeline_oil``/``pipeline_gas`` for lines; the family
    (``rail``, ``road``, ...) for border crossings; ``transfer`` for transfers.
``layer``
    The network layer (``rail1520``, ``road``, ``sea`` ...); ``a>b`` for edges between layers.
``kind``
    ``line``, ``border`` or ``transfer``.
``asset_id``, ``name``
    The curated asset (or ``osm:way:N``) the edge belongs to.
``status``, ``active``
    Status on the network's date; whether the edge carries traffic then.
``capacity``, ``capacity_basis``
    Mt/y (bcm/y for gas); where it comes from (``design``, ``default (assumption)`` ...).
``countries``, ``country_km``
    The countries the edge's geometry crosses, in order, and the km in each (``[[code, km],
    ...]``); a border edge lists the two sides; a transfer its place's country.
``length``
    Metres (OSMnx's convention).
``time_h``, ``cost_usd_per_t``, ``cost_usd_per_teu``
    Travel (or waiting) time and money, from :class:`~corridorkit.analysis.params.Params`.
``geometry``
    A LineString in lon/lat.

Extra fields a kind adds (``sea_kind``, ``commodities``, ``transfer``, ``delay_basis``,
``gauge_break``, ``gauge_mm``, ``osm_way_id`` ...) follow these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shapely.geometry import LineString

from corridorkit.analysis.params import Params
from corridorkit.errors import InputError

EDGE_KINDS = ("line", "border", "transfer")

#: The fields every edge carries, in order.
EDGE_FIELDS = (
    "mode",
    "layer",
    "kind",
    "asset_id",
    "name",
    "status",
    "active",
    "capacity",
    "capacity_basis",
    "countries",
    "country_km",
    "length",
    "time_h",
    "cost_usd_per_t",
    "cost_usd_per_teu",
    "geometry",
)


def travel(
    layer: str,
    km: float,
    params: Params,
    *,
    sea_kind: str = "",
    country_km: Sequence[Sequence[Any]] | None = None,
) -> tuple[float, float]:
    """Return the hours and USD per tonne of moving ``km`` along a line of a network layer.

    Parameters
    ----------
    layer
        ``rail1520``/``rail1435``/..., ``road``, ``sea`` (pipelines cost nothing here).
    km
        Distance.
    params
        The time and cost model (``speed_kmh.*``, ``tariff_usd_per_tkm.*``).
    sea_kind
        ``ferry`` (Caspian rail/ro-ro ferries) or ``ship`` for sea legs.
    country_km
        For rail: the km in each country (``[[code, km], ...]``); each country's stretch runs at
        its own commercial speed (``speed_kmh.rail_by_country``) where the model has one. Km the
        list does not cover (a line over water) run at the default rail speed.
    """
    if layer.startswith("rail"):
        key = "rail"
    elif layer == "road":
        key = "road"
    elif layer == "sea":
        key = "ferry" if sea_kind == "ferry" else "ship"
    else:
        return 0.0, 0.0
    usd = km * params.value(f"tariff_usd_per_tkm.{key}")
    default = params.value(f"speed_kmh.{key}")
    if key != "rail" or not country_km:
        return km / default, usd
    by_country = params.data.get("speed_kmh", {}).get("rail_by_country", {})
    hours, covered = 0.0, 0.0
    for code, k in country_km:
        speed = float(by_country[code]["value"]) if code in by_country else default
        hours += float(k) / speed
        covered += float(k)
    return hours + max(km - covered, 0.0) / default, usd


def make_edge(
    *,
    kind: str,
    mode: str,
    layer: str,
    asset_id: str,
    name: str,
    status: str,
    active: bool,
    geometry: LineString,
    params: Params,
    km: float = 0.0,
    time_h: float | None = None,
    cost_usd_per_t: float | None = None,
    capacity: float | None = None,
    capacity_basis: str = "none",
    countries: Sequence[str] = (),
    country_km: Sequence[Sequence[Any]] | None = None,
    sea_kind: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """Return the attributes of one directed edge (see the module docstring).

    Time and cost are computed from ``params`` for a line of ``km`` in ``layer`` unless given
    (border delays, transfer times); the cost per TEU always follows the cost per tonne.

    Raises
    ------
    InputError
        An unknown kind, or a negative distance, time or cost.
    """
    if kind not in EDGE_KINDS:
        raise InputError(f"expected an edge kind in {EDGE_KINDS}, got {kind!r}", field="kind")
    if time_h is None or cost_usd_per_t is None:
        h, usd = (
            travel(layer, km, params, sea_kind=sea_kind, country_km=country_km)
            if kind == "line"
            else (0.0, 0.0)
        )
        time_h = h if time_h is None else time_h
        cost_usd_per_t = usd if cost_usd_per_t is None else cost_usd_per_t
    if min(km, time_h, cost_usd_per_t) < 0:
        raise InputError(
            f"edge of {asset_id}: negative km, hours or cost ({km}, {time_h}, {cost_usd_per_t})", field="edge"
        )
    countries = [c for c in countries if c]
    if country_km is None:
        country_km = [[countries[0], km]] if len(countries) == 1 else []
    attrs: dict[str, Any] = {
        "mode": mode,
        "layer": layer,
        "kind": kind,
        "asset_id": asset_id,
        "name": name,
        "status": status,
        "active": active,
        "capacity": capacity,
        "capacity_basis": capacity_basis,
        "countries": countries,
        "country_km": [[c, round(float(k), 3)] for c, k in country_km],
        "length": float(km) * 1000.0,
        "time_h": float(time_h),
        "cost_usd_per_t": float(cost_usd_per_t),
        "cost_usd_per_teu": float(cost_usd_per_t) * params.value("teu_tonnes"),
        "geometry": geometry,
    }
    if kind == "line":
        attrs["sea_kind"] = sea_kind
    attrs.update(extra)
    return attrs


def add_both_ways(G, u: str, v: str, attrs: dict[str, Any]) -> None:
    """Add a line edge in both directions (the reverse with the reversed geometry and countries)."""
    G.add_edge(u, v, **attrs)
    back = dict(attrs)
    back["geometry"] = attrs["geometry"].reverse()
    back["countries"] = attrs["countries"][::-1]
    back["country_km"] = attrs["country_km"][::-1]
    G.add_edge(v, u, **back)
