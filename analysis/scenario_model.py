"""Scenario files: declarative YAML, validated with pydantic, each edit with its rationale.

A scenario names a date (``as_of``), optionally a base scenario it extends, and a
list of edits. Edit kinds (``op``):

- ``open`` / ``close``: switch an asset, border crossing or strait on or off;
- ``set_status``: give an asset a status (operational, closed, ...);
- ``capacity``: set (``value``, in the network's units) or scale (``factor``) a capacity;
- ``speed``: scale travel time on an asset or a whole mode (``factor`` > 1 is faster);
- ``delay``: set (``hours``) or scale (``factor``) a border crossing's, transfer's or strait's delay;
- ``cost``: scale the cost of an asset or a mode;
- ``forbid_country``: no transit through a country (for all or one commodity);
- ``add_asset``: add a new asset (a GeoJSON Feature in the curated schema);
- ``shift_demand``: move a share of one OD flow to another destination or origin;
- ``param``: set (``value``) or scale (``factor``) one number of the time and cost model
  (``analysis/params/default.yaml``, a dotted ``key``), e.g. the Russia/Belarus transit risk premium.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from corridorkit.errors import InputError, Problem
from corridorkit.geo.io import read_yaml


class _Edit(BaseModel):
    # allow_inf_nan=False: ``hours: .inf`` or ``value: .nan`` in YAML is a typo, not a figure
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    why: str = Field(min_length=3, description="One-line rationale for the edit.")


class OpenClose(_Edit):
    """Open or close an asset or border crossing."""

    op: Literal["open", "close"]
    asset: str


class SetStatus(_Edit):
    """Give an asset a status."""

    op: Literal["set_status"]
    asset: str
    status: Literal["operational", "under_construction", "proposed", "suspended", "closed"]


class Capacity(_Edit):
    """Set or scale an asset's capacity (network units: Mt/y, bcm/y for gas)."""

    op: Literal["capacity"]
    asset: str
    value: float | None = Field(default=None, ge=0)
    factor: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one(self) -> Capacity:
        if (self.value is None) == (self.factor is None):
            raise ValueError("give exactly one of value or factor")
        return self


class Speed(_Edit):
    """Scale the travel time of an asset or a whole mode (factor 1.25 = 25 % faster)."""

    op: Literal["speed"]
    asset: str | None = None
    mode: Literal["rail", "road", "sea"] | None = None
    factor: float = Field(gt=0)

    @model_validator(mode="after")
    def _target(self) -> Speed:
        if (self.asset is None) == (self.mode is None):
            raise ValueError("give exactly one of asset or mode")
        return self


class Delay(_Edit):
    """Set or scale the delay of a border crossing, a transfer place or a strait (added per passage)."""

    op: Literal["delay"]
    asset: str
    hours: float | None = Field(default=None, ge=0)
    factor: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one(self) -> Delay:
        if (self.hours is None) == (self.factor is None):
            raise ValueError("give exactly one of hours or factor")
        return self


class Cost(_Edit):
    """Scale the cost of an asset or a mode."""

    op: Literal["cost"]
    asset: str | None = None
    mode: Literal["rail", "road", "sea", "transfer"] | None = None
    factor: float = Field(ge=0)

    @model_validator(mode="after")
    def _target(self) -> Cost:
        if (self.asset is None) == (self.mode is None):
            raise ValueError("give exactly one of asset or mode")
        return self


class ForbidCountry(_Edit):
    """Forbid transit through a country, for all commodities or one."""

    op: Literal["forbid_country"]
    country: str = Field(pattern=r"^[A-Z]{3}$")
    commodity: Literal["all", "cargo", "oil", "gas"] = "all"


class AddAsset(_Edit):
    """Add an asset: a GeoJSON Feature whose properties follow the curated schema."""

    op: Literal["add_asset"]
    feature: dict


class ShiftDemand(_Edit):
    """Move a share of an OD flow to another origin or destination."""

    op: Literal["shift_demand"]
    commodity: Literal["cargo", "oil", "gas"] = "cargo"
    origin: str
    destination: str
    share: float = Field(gt=0, le=1)
    to_origin: str | None = None
    to_destination: str | None = None

    @model_validator(mode="after")
    def _target(self) -> ShiftDemand:
        if self.to_origin is None and self.to_destination is None:
            raise ValueError("give to_origin or to_destination")
        return self


class Param(_Edit):
    """Set or scale one number of the time and cost model (a dotted key of the parameters file)."""

    op: Literal["param"]
    key: str = Field(pattern=r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$")
    value: float | None = Field(default=None, ge=0)
    factor: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one(self) -> Param:
        if (self.value is None) == (self.factor is None):
            raise ValueError("give exactly one of value or factor")
        return self


Edit = Annotated[
    OpenClose | SetStatus | Capacity | Speed | Delay | Cost | ForbidCountry | AddAsset | ShiftDemand | Param,
    Field(discriminator="op"),
]


class Scenario(BaseModel):
    """A scenario: a name, a description, a date, an optional base, and edits."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-+]*$")
    title: str | None = None
    description: str
    as_of: int | date | str
    extends: str | None = None
    kind: Literal["spatial", "narrative"] = "spatial"
    sources: list[dict] = Field(default_factory=list)
    edits: list[Edit] = Field(default_factory=list)
    file: str | None = Field(default=None, exclude=True)

    @field_validator("as_of")
    @classmethod
    def _known_date(cls, value: int | date | str) -> int | date | str:
        from corridorkit import limits
        from corridorkit.layers.schema import _DATE_RE, parse_partial_date

        want = f"a year or a date YYYY[-MM[-DD]] from {limits.MIN_YEAR} to {limits.MAX_YEAR}"
        if isinstance(value, str) and not _DATE_RE.match(value):
            raise ValueError(f"expected {want}, got {value!r}")
        try:
            year = parse_partial_date(value).year
        except ValueError:
            raise ValueError(f"expected {want}, got {value!r} (no such date)") from None
        if not limits.MIN_YEAR <= year <= limits.MAX_YEAR:
            raise ValueError(f"expected {want}, got {value!r}")
        return value


#: Validated scenarios by (path, mtime, size): a report resolves scenario names hundreds of times.
_READ_CACHE: dict[tuple[str, int, int], Scenario] = {}


def read_scenario(path: str | Path) -> Scenario:
    """Read and validate one scenario file (schema only; ids are checked against the network later).

    A file read before and unchanged since (same modification time and size) is not parsed again;
    each call returns its own copy of the scenario and of its list of edits.

    Raises
    ------
    InputError
        Naming the file, the edit's position and the field, for every problem.
    """
    p = Path(path)
    # a copy of its own (edits list included); the edits themselves are shared and never changed in place
    cached = cached_scenario(p)
    sc = cached.model_copy(update={"edits": list(cached.edits)})
    sc.file = str(p)
    return sc


def cached_scenario(p: Path) -> Scenario:
    """Return the cached, validated scenario of a file (shared: read it, never change it)."""
    try:
        st = p.stat()
    except OSError:
        return _read_scenario_file(p)  # reports the missing or unreadable file
    key = (str(p.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _READ_CACHE:
        _READ_CACHE[key] = _read_scenario_file(p)
    return _READ_CACHE[key]


def _read_scenario_file(p: Path) -> Scenario:
    try:
        data = read_yaml(p)
    except FileNotFoundError:
        raise InputError("file not found", file=p) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the scenario ({exc})", file=p) from None
    if not isinstance(data, dict):
        raise InputError("expected a mapping with name, description, as_of and edits", file=p)
    try:
        sc = Scenario.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            feature = None
            if len(loc) >= 2 and loc[0] == "edits":
                feature = f"edit {loc[1] + 1}"
                loc = [
                    x
                    for x in loc[2:]
                    if x
                    not in (
                        "open",
                        "close",
                        "set_status",
                        "capacity",
                        "speed",
                        "delay",
                        "cost",
                        "forbid_country",
                        "add_asset",
                        "shift_demand",
                    )
                ]
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] != "value_error" and not isinstance(err.get("input"), dict | list | type(None)):
                msg += f", got {err['input']!r}"
            problems.append(Problem(msg, str(p), feature, ".".join(map(str, loc)) or None))
        raise InputError(problems=problems) from None
    sc.file = str(p)
    return sc
