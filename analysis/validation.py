"""Validation: the model's answers to origin–destination questions against published figures.

The questions live in ``analysis/params/validation.yaml``: each names an origin and a destination
as an analyst types them, the date the figure describes, the modes and avoided countries of the
trip, the metric (``days``, ``km`` or ``via``: which places and countries the route passes), the
published reference with its range and sources, and the tolerance accepted. :func:`run` answers
every question with the same routing ``corridorkit route`` uses and returns one row per question:
published, modelled, error, and whether it is within tolerance. A question outside its tolerance
must say why in ``explanation`` (a known limit of the model or the data); ``in_model: false``
marks a question the network cannot answer yet (a missing place).
"""

from __future__ import annotations

import math
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Literal

import networkx as nx
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corridorkit.analysis.network import CARGO_LAYERS_PREFIX, build_network
from corridorkit.analysis.params import Params, load_params
from corridorkit.analysis.routing import resolve_place, route
from corridorkit.errors import InputError, NoRouteError, Problem, UnknownIdError
from corridorkit.geo.io import read_yaml

METRICS = ("days", "km", "via")
GROUPS = (
    "China–Europe",
    "Caspian crossings",
    "South Caucasus",
    "Black Sea ports",
    "North–South",
    "Iran–Türkiye",
    "Nakhchivan",
    "Central Asia",
    "Energy",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Reference(_Strict):
    """A published figure and its published range (``max: null`` = only a lower bound)."""

    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None


class Band(_Strict):
    """An explicit accepted band for the modelled value."""

    min: float | None = None
    max: float | None = None


class SourceRef(_Strict):
    """A source record of the validation file."""

    title: str
    url: str
    accessed: str
    publisher: str | None = None
    note: str | None = None

    @field_validator("accessed", mode="before")
    @classmethod
    def _date(cls, v: object) -> str:
        return v.isoformat() if isinstance(v, date) else str(v)


class Question(_Strict):
    """One validation question (see the module docstring and the file's header)."""

    id: str
    group: str
    question: str
    origin: str
    destination: str
    as_of: str
    modes: list[Literal["rail", "road", "sea", "pipeline"]] = Field(default_factory=list)
    avoid: list[str] = Field(default_factory=list)
    metric: Literal["days", "km", "via"]
    reference: Reference | None = None
    tolerance: float | Band | None = None
    expect_via: list[str] = Field(default_factory=list)
    expect_not_via: list[str] = Field(default_factory=list)
    expect_countries: list[str] | None = None
    sources: list[str] = Field(min_length=1)
    quality: Literal["primary", "press", "weak"] = "press"
    derived: bool = False
    in_model: bool = True
    must_hold: bool = False
    #: The reference is also the data's own official length: an input check, not a test of the model.
    same_as_data: bool = False
    note: str | None = None
    explanation: str | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of(cls, v: object) -> str:
        return v.isoformat() if isinstance(v, date) else str(v)

    def band(self) -> tuple[float, float] | None:
        """Return the accepted (low, high) band of the modelled value, or None for ``via`` questions."""
        if self.metric == "via":
            return None
        if isinstance(self.tolerance, Band):
            lo = self.tolerance.min if self.tolerance.min is not None else -math.inf
            hi = self.tolerance.max if self.tolerance.max is not None else math.inf
            return lo, hi
        ref = self.reference or Reference()
        value = ref.value
        lo = ref.min if ref.min is not None else value
        lower_bound_only = "max" in ref.model_fields_set and ref.max is None  # "more than 11,000 km"
        hi = ref.max if ref.max is not None else (math.inf if lower_bound_only else value)
        if lo is None:
            return None
        t = float(self.tolerance or 0.0)
        return lo * (1 - t), (hi * (1 + t) if hi is not None and math.isfinite(hi) else math.inf)


class ValidationSet(_Strict):
    """The validation file: sources by id and questions."""

    sources: dict[str, SourceRef]
    questions: list[Question] = Field(min_length=1)


def default_questions_path() -> Path:
    """Return the path of the shipped validation questions."""
    return Path(str(files("corridorkit.analysis") / "params" / "validation.yaml"))


def load_questions(path: str | Path | None = None) -> ValidationSet:
    """Return the validation questions, every problem reported at once.

    Raises
    ------
    InputError
        Naming the file, the question and the field of each problem (unknown source ids,
        duplicate ids, unknown metrics ...).
    """
    p = Path(path) if path is not None else default_questions_path()
    try:
        raw = read_yaml(p)
    except Exception as exc:  # yaml and OS errors: one message
        raise InputError(f"cannot read the validation file ({exc})", file=p) from None
    try:
        vs = ValidationSet.model_validate(raw)
    except ValidationError as exc:
        probs = []
        for e in exc.errors():
            loc = list(e["loc"])
            qid = None
            if loc[:1] == ["questions"] and len(loc) > 1 and isinstance(raw, dict):
                try:
                    qid = raw["questions"][loc[1]].get("id")
                except (IndexError, KeyError, TypeError, AttributeError):
                    qid = None
                loc = loc[2:]
            probs.append(Problem(e["msg"], str(p), qid, ".".join(str(x) for x in loc) or None))
        raise InputError(problems=probs) from None
    probs = []
    seen = set()
    for q in vs.questions:
        if q.id in seen:
            probs.append(Problem("duplicate id", str(p), q.id, "id"))
        seen.add(q.id)
        for s in q.sources:
            if s not in vs.sources:
                probs.append(Problem(f"unknown source {s!r}", str(p), q.id, "sources"))
        if q.metric != "via" and (
            q.reference is None or (q.reference.value is None and q.reference.min is None)
        ):
            probs.append(Problem(f"a {q.metric} question needs a reference value", str(p), q.id, "reference"))
    if probs:
        raise InputError(problems=probs)
    return vs


def _places_on(G: nx.MultiDiGraph, r) -> set[str]:
    out = {G.nodes[n]["place"] for n in r.path if n in G}
    out |= {e["asset_id"] for e in r.edges}
    return out


def _ids(G: nx.MultiDiGraph, names: str) -> set[str]:
    """Place (or asset) ids of ``"a|b|c"``: a name the network cannot resolve is taken as an asset id."""
    out = set()
    for alt in names.split("|"):
        try:
            out.add(resolve_place(G, alt))
        except UnknownIdError:
            out.add(alt)
    return out


def answer(G: nx.MultiDiGraph, q: Question) -> dict:
    """Return the model's answer to one question on a network built as of its date.

    Returns
    -------
    dict
        ``modelled`` (days or km; for ``via`` 1.0 when the route passes what it should, else 0.0),
        ``route`` (the places, in short), ``countries`` and ``status`` (``ok``, ``outside``,
        ``no route``, ``not in model``).
    """
    layers = tuple(q.modes) or CARGO_LAYERS_PREFIX
    try:
        o, d = resolve_place(G, q.origin, layers=layers), resolve_place(G, q.destination, layers=layers)
    except UnknownIdError as exc:
        return {"modelled": None, "route": "", "countries": "", "status": "not in model", "detail": str(exc)}
    weight = "distance" if q.metric == "km" else "time"
    try:
        r = route(G, o, d, weight=weight, avoid_countries=tuple(q.avoid), layers=layers)[0]
    except NoRouteError as exc:
        return {"modelled": None, "route": "", "countries": "", "status": "no route", "detail": str(exc)}
    info = G.graph["place_info"]
    stops = [info[p]["name"] for p in dict.fromkeys(G.nodes[n]["place"] for n in r.path)]
    short = " → ".join(stops if len(stops) <= 6 else [*stops[:3], "…", *stops[-2:]])
    detail = ""
    if q.metric == "via":
        on = _places_on(G, r)
        missing = [v for v in q.expect_via if not _ids(G, v) & on]  # "a|b|c": any of them
        unwanted = [v for v in q.expect_not_via if _ids(G, v) & on]
        countries_ok = q.expect_countries is None or r.countries == q.expect_countries
        ok = not missing and not unwanted and countries_ok
        modelled = 1.0 if ok else 0.0
        parts = []
        if missing:
            parts.append("misses " + ", ".join(missing))
        if unwanted:
            parts.append("passes " + ", ".join(unwanted))
        if not countries_ok:
            parts.append(f"countries {'-'.join(r.countries)} (expected {'-'.join(q.expect_countries or [])})")
        detail = "; ".join(parts)
        status = "ok" if ok else "outside"
    else:
        modelled = r.total_days if q.metric == "days" else r.total_km
        lo, hi = q.band()  # type: ignore[misc]
        status = "ok" if lo <= modelled <= hi else "outside"
    return {
        "modelled": modelled,
        "route": short,
        "countries": "-".join(r.countries),
        "status": status,
        "detail": detail,
    }


def run(
    questions: ValidationSet | None = None,
    *,
    params: Params | None = None,
    group: str | None = None,
) -> pd.DataFrame:
    """Answer every question and return the table of published vs modelled figures.

    Parameters
    ----------
    questions
        The validation set (default: the shipped one).
    params
        The time and cost model (default: the shipped one).
    group
        Only the questions of this group.

    Returns
    -------
    pandas.DataFrame
        One row per question: ``id, group, question, metric, published, low, high, modelled,
        error_pct, status, route, countries, detail, explanation, sources, quality``. ``status``
        is ``ok``, ``explained`` (outside, with the reason in ``explanation``), ``outside``,
        ``no route``, ``not in model`` or ``input check`` (the reference is the data's own length:
        shown, not counted as a test of the model).
    """
    from corridorkit.layers.curated import load_features, status_as_of

    vs = questions or load_questions()
    params = params or load_params()
    features, _ = load_features(strict=True)
    # A network depends on its date only through the statuses of the assets on that date: dates with the
    # same statuses share one network (34 dates, fewer networks), its recorded date set to each question's.
    networks: dict[tuple, nx.MultiDiGraph] = {}
    statuses_on: dict[str, tuple] = {}
    rows = []
    for q in vs.questions:
        if group is not None and q.group != group:
            continue
        band = q.band()
        ref = q.reference.value if q.reference is not None else None
        row = {
            "id": q.id,
            "group": q.group,
            "question": q.question,
            "metric": q.metric,
            "as_of": q.as_of,
            "published": ref,
            "low": band[0] if band else None,
            "high": band[1] if band else None,
        }
        if not q.in_model:
            res = {"modelled": None, "route": "", "countries": "", "status": "not in model", "detail": ""}
        else:
            if q.as_of not in statuses_on:
                statuses_on[q.as_of] = tuple(status_as_of(f.asset, q.as_of) for f in features.values())
            statuses = statuses_on[q.as_of]
            if statuses not in networks:
                networks[statuses] = build_network(q.as_of, features=features, params=params)
            G = networks[statuses]
            G.graph["as_of"] = str(q.as_of)  # what a message about this network says its date is
            res = answer(G, q)
        row.update(res)
        m = res["modelled"]
        row["error_pct"] = 100.0 * (m - ref) / ref if (m is not None and ref and q.metric != "via") else None
        if row["status"] in ("outside", "no route") and q.explanation:
            row["status"] = "explained"
        if q.same_as_data:
            row["status"] = "input check"
        row["explanation"] = q.explanation or ""
        row["sources"] = ", ".join(vs.sources[s].url for s in q.sources)
        row["quality"] = q.quality
        row["must_hold"] = q.must_hold
        rows.append(row)
    return pd.DataFrame(rows)


def score(df: pd.DataFrame) -> dict[str, int]:
    """Return how many questions are within tolerance, explained, outside, unanswerable."""
    counts = df["status"].value_counts()
    keys = ("ok", "explained", "outside", "no route", "not in model", "input check")
    return {k: int(counts.get(k, 0)) for k in keys} | {"total": len(df)}
