"""Compare a scenario with a baseline: deltas of OD time and cost, flows, loads, exposure, explained.

Every delta is traced to what causes it: the scenario is rebuilt step by step —
first the change of date (assets opening or closing on their announced dates),
then each edit in file order — and each step's change is attributed to it. The
steps add up to the total delta exactly, so no delta is left unexplained.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from corridorkit.analysis._reuse import memo, reuse_results
from corridorkit.analysis.chokepoints import asset_loads, assign, country_exposure
from corridorkit.analysis.flows import question_flow_value
from corridorkit.analysis.od import od_matrix
from corridorkit.analysis.scenarios import (
    ScenarioState,
    apply_scenario,
    edit_chain,
    resolve_scenario,
    state_key,
)
from corridorkit.geo.io import read_yaml
from corridorkit.log import get_logger

log = get_logger("compare")
TOL = 1e-6


def questions_path() -> Path:
    """Return the shipped file of named flow questions."""
    return Path(str(files("corridorkit.analysis") / "params" / "questions.yaml"))


def flow_questions() -> list[dict]:
    """Return the named capacity questions (commodity, sources, sinks, title)."""
    return read_yaml(questions_path())["flows"]


@dataclass
class Metrics:
    """The metrics of one network state."""

    time: pd.DataFrame
    cost: pd.DataFrame
    flows: dict[str, float]
    loads: pd.DataFrame
    exposure: dict[str, float]


def metrics(state: ScenarioState, places: list[str], questions: list[dict]) -> Metrics:
    """Return OD time and cost, flows, asset loads and country exposure of a state.

    Inside a :func:`~corridorkit.analysis._reuse.reuse_results` block, a state built from the same
    date, added assets and edits as one measured before gets that state's metrics (treat them as
    read-only).
    """
    store = memo("compare_metrics") if state.key is not None else None
    if store is not None:
        key = _metrics_key(state.key, places, questions)
        if key not in store:
            store[key] = metrics(replace(state, key=None), places, questions)
        return store[key]
    G = state.network
    t = od_matrix(G, places, weight="time")
    c = od_matrix(G, places, weight="cost")
    flows = {}
    graphs: dict = {}  # G does not change between the questions: each flow graph is built once
    for q in questions:
        flows[q["id"]] = question_flow_value(G, q, graphs=graphs)
    a = assign(G, state.demand)
    loads = asset_loads(a)
    exposure = country_exposure(G, a, state.demand).attrs.get("by_country", {})
    return Metrics(t, c, flows, loads, exposure)


def _metrics_key(state_key: tuple, places: list[str], questions: list[dict]) -> tuple:
    return (state_key, tuple(places), json.dumps(questions, sort_keys=True, default=str))


def _known_metrics(state_key: tuple | None, places: list[str], questions: list[dict]) -> Metrics | None:
    """Return the metrics measured before of the state with this key (inside a reuse block), else None."""
    store = memo("compare_metrics")
    if store is None or state_key is None:
        return None
    return store.get(_metrics_key(state_key, places, questions))


@dataclass
class Comparison:
    """Deltas between a baseline and a scenario, each traced to the steps that cause it."""

    baseline: str
    scenario: str
    steps: list[str]
    od: pd.DataFrame
    flows: pd.DataFrame
    loads: pd.DataFrame
    exposure: pd.DataFrame
    narrative: list[str] = field(default_factory=list)


def _step_label(sc, pos, e) -> str:
    target = (
        getattr(e, "asset", None)
        or getattr(e, "country", None)
        or getattr(e, "mode", None)
        or getattr(e, "key", None)
        or (e.feature.get("properties", {}).get("id") if hasattr(e, "feature") else None)
        or f"{getattr(e, 'origin', '')}→{getattr(e, 'destination', '')}"
    )
    return f"edit {pos} of {sc.name} ({e.op} {target}): {e.why}"


def compare(
    baseline: str,
    scenario: str,
    *,
    places: list[str] | None = None,
    questions: list[dict] | None = None,
    explain: bool = True,
    features: dict | None = None,
    demand: pd.DataFrame | None = None,
) -> Comparison:
    """Return the deltas between two scenarios, each explained by the steps that cause it.

    Parameters
    ----------
    baseline, scenario
        Shipped scenario names or files.
    places
        OD places (default: the shipped OD places present in the network).
    questions
        Flow questions (default: the shipped ones).
    explain
        Trace each delta to its steps (one rebuild per edit); False compares the end states only.
    features
        Validated features by id (default: the shipped layers).
    demand
        Demand before edits (default: the shipped demand table).
    """
    with reuse_results():  # the states share one network before edits, and most flow problems
        return _compare(baseline, scenario, places, questions, explain, features, demand)


def _compare(baseline, scenario, places, questions, explain, features, demand) -> Comparison:
    from corridorkit.analysis.params import load_params

    questions = questions if questions is not None else flow_questions()
    kw = {"features": features, "base_demand": demand}
    b_state = apply_scenario(baseline, **kw)
    s_sc = resolve_scenario(scenario)
    places = places or [p for p in load_params().od_places if p in b_state.network.graph["places"]]
    b_chain = [(sc.name, pos) for sc, pos, _ in b_state.edits]
    s_chain = edit_chain(s_sc)
    shared = 0
    for (sc, pos, _), bk in zip(s_chain, b_chain, strict=False):
        if (sc.name, pos) != bk:
            break
        shared += 1
    states_labels: list[tuple[str, Metrics]] = [("baseline", metrics(b_state, places, questions))]
    if explain:
        step_points = [shared] + list(range(shared + 1, len(s_chain) + 1))
        first_label = (
            f"dates: as of {s_sc.as_of} instead of {b_state.scenario.as_of} "
            "(assets open or close on their announced dates)"
        )
        if len(b_chain) > shared:
            first_label += f"; without the baseline's own edits {b_chain[shared:]}"
        labels = [first_label] + [_step_label(*s_chain[k - 1]) for k in step_points[1:]]
        for k, label in zip(step_points, labels, strict=True):
            m = _known_metrics(state_key(s_sc, upto=k, **kw), places, questions)
            if m is None:  # a step another comparison has measured is not built again
                m = metrics(apply_scenario(s_sc, upto=k, **kw), places, questions)
            states_labels.append((label, m))
    else:
        states_labels.append(("scenario", metrics(apply_scenario(s_sc, **kw), places, questions)))
    steps = [lbl for lbl, _ in states_labels[1:]]
    od = _od_deltas(states_labels, places)
    flows = _flow_deltas(states_labels, questions)
    loads = _load_deltas(states_labels[0][1], states_labels[-1][1])
    expo = _exposure_deltas(states_labels[0][1], states_labels[-1][1])
    comp = Comparison(baseline, s_sc.name, steps, od, flows, loads, expo)
    comp.narrative = narrative(comp, b_state.network)
    return comp


def _od_deltas(states, places) -> pd.DataFrame:
    rows = []
    # The matrices as arrays (the same values as reading the frames cell by cell, without pandas per cell).
    times = [m.time.loc[places, places].to_numpy() for _, m in states]
    cost_b = states[0][1].cost.loc[places, places].to_numpy()
    cost_s = states[-1][1].cost.loc[places, places].to_numpy()
    # Where each step changes the time: reachability, or the time by more than TOL.
    with np.errstate(invalid="ignore"):
        changed = [
            (np.isfinite(a) != np.isfinite(b)) | (np.isfinite(a) & (np.abs(b - a) > TOL))
            for a, b in zip(times[:-1], times[1:], strict=True)
        ]
    labels = [label for label, _ in states[1:]]
    for i, o in enumerate(places):
        for j, d in enumerate(places):
            if o == d:
                continue
            tb, ts = times[0][i, j], times[-1][i, j]
            cb, cs = cost_b[i, j], cost_s[i, j]
            if np.isfinite(tb) and np.isfinite(ts):
                change = "shorter" if ts < tb - TOL else ("longer" if ts > tb + TOL else "unchanged")
            elif np.isfinite(tb):
                change = "cut off"
            elif np.isfinite(ts):
                change = "newly reachable"
            else:
                change = "unreachable in both"
            causes = []
            for k, label2 in enumerate(labels):
                if not changed[k][i, j]:
                    continue
                a, b = times[k][i, j], times[k + 1][i, j]
                causes.append(
                    (
                        label2,
                        b - a
                        if np.isfinite(a) and np.isfinite(b)
                        else ("opens the link" if np.isfinite(b) else "cuts the link"),
                    )
                )
            rows.append(
                {
                    "origin": o,
                    "destination": d,
                    "time_h_baseline": tb,
                    "time_h_scenario": ts,
                    "delta_time_h": ts - tb if np.isfinite(tb) and np.isfinite(ts) else np.nan,
                    "cost_baseline": cb,
                    "cost_scenario": cs,
                    "delta_cost": cs - cb if np.isfinite(cb) and np.isfinite(cs) else np.nan,
                    "change": change,
                    "explained_by": "; ".join(
                        f"{lbl} [{v:+.1f} h]" if isinstance(v, float) else f"{lbl} [{v}]" for lbl, v in causes
                    ),
                }
            )
    return pd.DataFrame(rows)


def _flow_deltas(states, questions) -> pd.DataFrame:
    rows = []
    for q in questions:
        vals = [m.flows[q["id"]] for _, m in states]
        causes = [
            f"{lbl} [{b - a:+.2f}]"
            for (lbl, _), a, b in zip(states[1:], vals[:-1], vals[1:], strict=True)
            if np.isfinite(a) and np.isfinite(b) and abs(b - a) > TOL
        ]
        rows.append(
            {
                "question": q["id"],
                "title": q["title"],
                "commodity": q["commodity"],
                "unit": "bcm/y" if q["commodity"] == "gas" else "Mt/y",
                "baseline": vals[0],
                "scenario": vals[-1],
                "delta": vals[-1] - vals[0],
                "explained_by": "; ".join(causes),
            }
        )
    return pd.DataFrame(rows)


def _load_deltas(b: Metrics, s: Metrics) -> pd.DataFrame:
    cols = ["asset_id", "name", "load_mt", "capacity_mt", "utilisation"]
    bl = b.loads[cols] if len(b.loads) else pd.DataFrame(columns=cols)
    sl = s.loads[cols] if len(s.loads) else pd.DataFrame(columns=cols)
    m = bl.merge(sl, on=["asset_id"], how="outer", suffixes=("_baseline", "_scenario"))
    m["name"] = m.name_scenario.fillna(m.name_baseline)
    m["delta_load_mt"] = m.load_mt_scenario.fillna(0) - m.load_mt_baseline.fillna(0)
    m = m[m.delta_load_mt.abs() > TOL]
    return (
        m[
            [
                "asset_id",
                "name",
                "load_mt_baseline",
                "load_mt_scenario",
                "delta_load_mt",
                "capacity_mt_scenario",
                "utilisation_scenario",
            ]
        ]
        .sort_values("delta_load_mt", key=abs, ascending=False)
        .reset_index(drop=True)
    )


def _exposure_deltas(b: Metrics, s: Metrics) -> pd.DataFrame:
    cs = sorted(set(b.exposure) | set(s.exposure))
    return pd.DataFrame(
        [
            {
                "country": c,
                "share_baseline": b.exposure.get(c, 0.0),
                "share_scenario": s.exposure.get(c, 0.0),
                "delta": s.exposure.get(c, 0.0) - b.exposure.get(c, 0.0),
            }
            for c in cs
        ]
    )


def narrative(comp: Comparison, G, top: int = 8) -> list[str]:
    """Return plain-language sentences for the largest OD changes and every flow change."""
    info = G.graph["place_info"]
    out = []
    od = comp.od[comp.od.change.isin(["shorter", "longer", "cut off", "newly reachable"])].copy()
    od["mag"] = od.delta_time_h.abs().fillna(1e9)
    for r in od.sort_values("mag", ascending=False).head(top).itertuples():
        name = f"{info[r.origin]['name']} → {info[r.destination]['name']}"
        if r.change in ("shorter", "longer"):
            out.append(
                f"{name}: {r.delta_time_h:+,.0f} h ({r.time_h_baseline / 24:,.1f} → "
                f"{r.time_h_scenario / 24:,.1f} days), because {r.explained_by}"
            )
        else:
            out.append(f"{name}: {r.change}, because {r.explained_by}")
    for r in comp.flows.itertuples():
        if abs(r.delta) > TOL:
            out.append(f"{r.title}: {r.baseline:,.1f} → {r.scenario:,.1f} {r.unit}, because {r.explained_by}")
    return out


def timeline(
    scenario: str, years: list[int], *, places: list[str] | None = None, questions: list[dict] | None = None
) -> pd.DataFrame:
    """Return the same metrics for a series of dates under a scenario (assets by their dates)."""
    from corridorkit.analysis.params import load_params

    sc = resolve_scenario(scenario)
    questions = questions if questions is not None else flow_questions()
    rows = []
    for y in years:
        st = apply_scenario(sc.model_copy(update={"as_of": y}))
        places_y = places or [p for p in load_params().od_places if p in st.network.graph["places"]]
        m = metrics(st, places_y, questions)
        t = m.time.replace(np.inf, np.nan)
        row = {
            "year": y,
            "reachable_od_pairs": int(np.isfinite(m.time.values).sum() - len(places_y)),
            "mean_time_h": float(np.nanmean(t.values[~np.eye(len(places_y), dtype=bool)])),
        }
        row.update({f"flow_{k}": v for k, v in m.flows.items()})
        rows.append(row)
    return pd.DataFrame(rows)
