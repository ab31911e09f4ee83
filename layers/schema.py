"""The schema every curated feature follows, validated with pydantic.

A curated layer is an RFC 7946 GeoJSON FeatureCollection (lon/lat, EPSG:4326).
Each feature's ``properties`` is one :class:`Asset`. Figures (capacity, length,
delays) are :class:`Quantity` objects: a value, an optional range for uncertain
figures, a unit, and the ids of the sources they come from. Sources are listed
once per feature in ``sources`` and referenced by id everywhere else, so every
figure names at least one source.

Status over time comes from ``timeline``: dated events, each setting the status
from that date on. Events marked ``expected`` are announced future dates (an
expected completion); they count when asking for a status ``as_of`` a later
date. The ``status`` field is the status on ``status_date`` and must agree
with the timeline.

Lines (rail, road, pipeline, sea links) list the point features they pass
through, in order, in ``nodes``; the network is built from these lists, so a
line that meets another in reality names the same node.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

STATUSES = ("operational", "under_construction", "proposed", "suspended", "closed")
Status = Literal["operational", "under_construction", "proposed", "suspended", "closed"]

LINE_KINDS = ("rail_line", "road", "pipeline", "sea_link")
POINT_KINDS = (
    "city",
    "station",
    "junction",
    "port",
    "terminal",
    "field",
    "border_crossing",
    "chokepoint",
)
Kind = Literal[
    "rail_line",
    "road",
    "pipeline",
    "sea_link",
    "city",
    "station",
    "junction",
    "port",
    "terminal",
    "field",
    "border_crossing",
    "chokepoint",
]
MODES = ("rail", "road", "sea", "pipeline", "multimodal")
Mode = Literal["rail", "road", "sea", "pipeline", "multimodal"]
COMMODITIES = ("containers", "general_cargo", "oil", "oil_products", "gas", "passengers", "vehicles")
Commodity = Literal["containers", "general_cargo", "oil", "oil_products", "gas", "passengers", "vehicles"]
Basis = Literal["design", "current", "planned", "actual_throughput"]
GeometryAccuracy = Literal["surveyed", "digitised", "schematic"]

#: Languages a name may be given in (ISO 639-1). ``en`` is required.
LANGUAGES = (
    "en",
    "az",
    "hy",
    "ka",
    "ru",
    "tr",
    "kk",
    "fa",
    "tk",
    "uz",
    "ky",
    "tg",
    "zh",
    "uk",
    "be",
    "pl",
    "de",
    "ro",
    "bg",
    "el",
    "sq",
    "it",
    "ar",
    "nl",
    "fr",
)

#: Units a quantity may carry, with what they measure.
UNITS = {
    "km": "length",
    "m": "length",
    "Mt/y": "mass flow",
    "t/y": "mass flow",
    "Mt": "mass",
    "bcm/y": "gas flow",
    "mcm/y": "gas flow",
    "mcm/d": "gas flow",
    "Mbbl/d": "oil flow",
    "kb/d": "oil flow",
    "TEU/y": "container flow",
    "TEU/d": "container flow",
    "trains/d": "train flow",
    "vehicles/d": "vehicle flow",
    "trucks/d": "vehicle flow",
    "pax/y": "passenger flow",
    "vessels/y": "vessel flow",
    "h": "time",
    "d": "time",
    "USD": "money",
    "USD/t": "money",
    "USD/TEU": "money",
    "km/h": "speed",
    "m/s": "speed",
    "mm": "length",
    "%": "share",
    "t": "mass",
}

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_date(value: str) -> str:
    if not _DATE_RE.match(value):
        raise ValueError(f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parse_partial_date(value)  # raises on an impossible date
    return value


PartialDate = Annotated[str, AfterValidator(_check_date)]


#: What ``--as-of`` means, said once for every command.
AS_OF_HELP = (
    "Statuses on this date: YYYY-MM-DD; YYYY-MM means the month's last day, YYYY the year's last day "
    "(--as-of 2026 = 2026-12-31). An opening announced only as a month or year counts from its last day."
)


def parse_partial_date(value: str | int | date, *, end: bool = False) -> date:
    """Return the date a partial date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) stands for.

    Parameters
    ----------
    value
        A partial date string, a year, or a date.
    end
        Give the last day of a year or month instead of the first.
    """
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        value = str(value)
    parts = [int(p) for p in str(value).split("-")]
    year = parts[0]
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        if not end:
            return date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(year, month, parts[2])


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s<>\"']+$", value):
        raise ValueError(f"expected an http(s) URL, got {value!r}")
    return value


HttpUrl = Annotated[str, AfterValidator(_check_url)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Source(_Strict):
    """A source a figure comes from.

    Attributes
    ----------
    id
        Short id, unique within the feature, referenced by figures.
    title
        Title of the page or document.
    url
        Where to read it (http or https).
    accessed
        The date it was read (YYYY-MM-DD).
    publisher
        Who published it (operator, ministry, agency, news outlet).
    note
        What the source says that matters, or a caveat (mirror, weak source).
    """

    id: str
    title: str = Field(min_length=1)
    url: HttpUrl
    accessed: PartialDate
    publisher: str | None = None
    note: str | None = None


class Quantity(_Strict):
    """A figure with its unit, range and sources.

    ``min``/``max`` give the range of an uncertain figure (sources disagree, or
    a figure is quoted as "about"); ``value`` is the figure used by analyses.
    ``assumption`` marks a figure that no source states (its ``note`` says why
    the value was chosen).
    """

    value: float
    min: float | None = None
    max: float | None = None
    unit: str
    sources: list[str] = Field(default_factory=list)
    assumption: bool = False
    note: str | None = None

    @field_validator("value", "min", "max")
    @classmethod
    def _finite_non_negative(cls, v: float | None) -> float | None:
        if v is None:
            return v
        if not math.isfinite(v):
            raise ValueError(f"expected a finite number, got {v}")
        if v < 0:
            raise ValueError(f"expected a number >= 0, got {v:g}")
        return v

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, v: str) -> str:
        if v not in UNITS:
            raise ValueError(f"expected one of the units {sorted(UNITS)}, got {v!r}")
        return v

    @model_validator(mode="after")
    def _range_and_sources(self) -> Quantity:
        lo = self.min if self.min is not None else self.value
        hi = self.max if self.max is not None else self.value
        if not lo <= self.value <= hi:
            raise ValueError(f"expected min <= value <= max, got {lo:g} <= {self.value:g} <= {hi:g}")
        if not self.sources and not self.assumption:
            raise ValueError("expected at least one source id (or assumption: true with a note)")
        if self.assumption and not self.note:
            raise ValueError("an assumption needs a note saying why this value")
        return self


class Capacity(Quantity):
    """A capacity: what flows (commodity), how much, and on what basis."""

    commodity: Commodity
    basis: Basis = "design"
    as_of: PartialDate | None = None
    #: The id of a service whose capacity this figure is (a ferry fleet over its routes): every asset
    #: whose capacity names the same id shares one figure in the capacity-constrained assignment.
    shared: str | None = Field(default=None, pattern=r"^[a-z0-9_]+$")
    #: The terminal of a port (or the section of a facility) the figure belongs to; a port's handling
    #: capacity for a commodity is the sum over its terminals (one figure per terminal, best basis).
    terminal: str | None = Field(default=None, min_length=1, max_length=120)


class Event(_Strict):
    """A dated change of status; ``expected`` marks an announced future date."""

    date: PartialDate
    status: Status
    expected: bool = False
    note: str | None = None
    sources: list[str] = Field(min_length=1)


class Waypoint(_Strict):
    """A named place the geometry was digitised through, with where its position comes from."""

    name: str
    lon: float = Field(ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)
    source: str | None = None


class Crossing(_Strict):
    """Facts of a border crossing point."""

    countries: list[str] = Field(min_length=2, max_length=2)
    modes: list[Mode] = Field(min_length=1)
    delay_h: Quantity | None = None
    cost_usd: Quantity | None = None
    name_other_side: str | None = None


class Asset(_Strict):
    """One curated feature's properties.

    See the module docstring for the conventions; ``docs/schema.md`` lists
    every field with an example.
    """

    id: str
    name: str = Field(min_length=1)
    names: dict[str, str] = Field(default_factory=dict)
    layer: str
    kind: Kind
    mode: Mode
    commodities: list[Commodity] = Field(default_factory=list)
    countries: list[str] = Field(min_length=1)
    status: Status
    status_date: PartialDate
    timeline: list[Event] = Field(min_length=1)
    capacity: list[Capacity] = Field(default_factory=list)
    length: Quantity | None = None
    #: Published travel time along a line (a ferry's sailing, a through train's run); when given,
    #: the network uses it instead of the speed model (split over the line's segments by km).
    transit_h: Quantity | None = None
    operator: str | None = None
    owner: str | None = None
    gauge_mm: list[int] | None = None
    electrified: bool | None = None
    tracks: int | None = None
    nodes: list[str] = Field(default_factory=list)
    crossing: Crossing | None = None
    tags: list[str] = Field(default_factory=list)
    description: str | None = None
    history: str | None = None
    notes: str | None = None
    sources: list[Source] = Field(min_length=1)
    geometry_accuracy: GeometryAccuracy
    geometry_note: str | None = None
    waypoints: list[Waypoint] = Field(default_factory=list)
    #: OpenStreetMap way ids the geometry was taken from (``geometry_accuracy: surveyed``); optional.
    osm_way_ids: list[int] | None = None

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not _ID_RE.match(v):
            raise ValueError(f"expected a lowercase id of a-z, 0-9 and _, got {v!r}")
        return v

    @field_validator("names")
    @classmethod
    def _names(cls, v: dict[str, str]) -> dict[str, str]:
        bad = sorted(set(v) - set(LANGUAGES))
        if bad:
            raise ValueError(f"expected language codes from {LANGUAGES}, got {bad}")
        if any(not s.strip() for s in v.values()):
            raise ValueError("expected non-empty names")
        return v

    @field_validator("countries")
    @classmethod
    def _iso3(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if not _ISO3_RE.match(c)]
        if bad:
            raise ValueError(f"expected ISO 3166-1 alpha-3 codes (e.g. 'AZE'), got {bad}")
        return v

    @field_validator("gauge_mm")
    @classmethod
    def _gauge(cls, v: list[int] | None) -> list[int] | None:
        if v is not None:
            bad = [g for g in v if g not in (1435, 1520, 1524, 1668, 1000, 750)]
            if bad:
                raise ValueError(f"expected track gauges in mm such as 1520 or 1435, got {bad}")
        return v

    @model_validator(mode="after")
    def _consistency(self) -> Asset:
        problems: list[str] = []
        source_ids = [s.id for s in self.sources]
        if len(set(source_ids)) != len(source_ids):
            problems.append("sources: duplicate source ids")
        known = set(source_ids)
        refs: list[tuple[str, list[str]]] = []
        for i, c in enumerate(self.capacity):
            refs.append((f"capacity[{i}]", c.sources))
        if self.length:
            refs.append(("length", self.length.sources))
        if self.transit_h:
            refs.append(("transit_h", self.transit_h.sources))
        for i, e in enumerate(self.timeline):
            refs.append((f"timeline[{i}]", e.sources))
        if self.crossing and self.crossing.delay_h:
            refs.append(("crossing.delay_h", self.crossing.delay_h.sources))
        if self.crossing and self.crossing.cost_usd:
            refs.append(("crossing.cost_usd", self.crossing.cost_usd.sources))
        for i, w in enumerate(self.waypoints):
            if w.source:
                refs.append((f"waypoints[{i}]", [w.source]))
        for where, ids in refs:
            missing = [s for s in ids if s not in known]
            if missing:
                problems.append(f"{where}: unknown source id(s) {missing}; known: {sorted(known)}")
        if self.length is not None and self.length.unit != "km":
            problems.append(f"length: expected unit 'km', got {self.length.unit!r}")
        if self.transit_h is not None and (self.transit_h.unit != "h" or not self.is_line):
            problems.append(
                f"transit_h: expected unit 'h' on a line, got {self.transit_h.unit!r} on a {self.kind}"
            )
        if "en" in self.names and self.names["en"] != self.name:
            problems.append("names.en: expected the same text as name")
        if self.kind == "rail_line" and not self.gauge_mm:
            problems.append("gauge_mm: a rail line needs its gauge (e.g. [1520])")
        if self.kind == "border_crossing" and self.crossing is None:
            problems.append("crossing: a border crossing needs its crossing facts")
        dates = [parse_partial_date(e.date) for e in self.timeline]
        if dates != sorted(dates):
            problems.append("timeline: expected events in date order")
        derived = status_on(self.timeline, self.status_date, include_expected=False)
        if derived is not None and derived != self.status:
            problems.append(
                f"status: the timeline gives {derived!r} on {self.status_date}, "
                f"but status says {self.status!r}"
            )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def is_line(self) -> bool:
        """Whether the feature is a line (rail, road, pipeline, sea link)."""
        return self.kind in LINE_KINDS


def status_on(
    timeline: list[Event], when: str | int | date, *, include_expected: bool = True
) -> Status | None:
    """Return the status a timeline gives on a date, or None before its first event.

    Parameters
    ----------
    timeline
        Events in date order.
    when
        A date, a year (taken as its last day) or a partial date string (a month: its last day).
    include_expected
        Count announced future events (expected completions).
    """
    day = parse_partial_date(when, end=True) if not isinstance(when, date) else when
    current: Status | None = None
    for event in timeline:
        if event.expected and not include_expected:
            continue
        # A recorded event dated only by month or year counts from the period's first day; an
        # announced one (expected) from its last: "due in 2026" is not open in March 2026.
        if parse_partial_date(event.date, end=event.expected) <= day:
            current = event.status
    return current
