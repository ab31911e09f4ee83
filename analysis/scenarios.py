"""Apply scenarios to the network and the demand; list, resolve and validate the shipped ones.

``apply_scenario(sc)`` returns the scenario's network and demand. Edits are
applied in file order after the base scenario's edits. An edit naming an unknown
asset, crossing, place or country is an error naming the file, the edit's
position and the id, with close matches; contradictory edits (one asset opened
and closed, set twice to different values) are reported, not silently ordered.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pandas as pd

from corridorkit.analysis._reuse import memo
from corridorkit.analysis.network import build_network
from corridorkit.analysis.params import Params, load_params
from corridorkit.analysis.scenario_model import (
    AddAsset,
    Capacity,
    Cost,
    Delay,
    ForbidCountry,
    OpenClose,
    Param,
    Scenario,
    SetStatus,
    ShiftDemand,
    Speed,
    cached_scenario,
    read_scenario,
)
from corridorkit.errors import InputError, Problem, UnknownIdError, did_you_mean
from corridorkit.layers.curated import load_features, swap_problems
from corridorkit.layers.validate import validate_features


def scenarios_dir() -> Path:
    """Return the folder of the shipped scenario files."""
    return Path(str(files("corridorkit.analysis") / "scenarios"))


def shipped_scenarios() -> dict[str, Path]:
    """Return the shipped scenarios by name."""
    out = {}
    for p in sorted(scenarios_dir().glob("*.yaml")):
        out[cached_scenario(p).name] = p
    return out


def resolve_scenario(name_or_path: str | Path) -> Scenario:
    """Return a scenario from a shipped name or a file path (close names suggested)."""
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.exists():
        return read_scenario(p)
    ships = shipped_scenarios()
    if str(name_or_path) in ships:
        return read_scenario(ships[str(name_or_path)])
    raise UnknownIdError(
        f"unknown scenario {str(name_or_path)!r}; shipped: {', '.join(ships)}"
        + did_you_mean(str(name_or_path), ships, cutoff=0.4),
        field="scenario",
    )


def edit_chain(sc: Scenario, _seen: tuple[str, ...] = ()) -> list[tuple[Scenario, int, object]]:
    """Return every edit in application order (base scenario first) with its scenario and position."""
    if sc.name in _seen:
        raise InputError(
            f"scenario {sc.name!r} extends itself through {' -> '.join(_seen)}", file=sc.file, field="extends"
        )
    chain: list[tuple[Scenario, int, object]] = []
    if sc.extends:
        base = resolve_scenario(sc.extends)
        chain += edit_chain(base, _seen + (sc.name,))
    chain += [(sc, i + 1, e) for i, e in enumerate(sc.edits)]
    return chain


@dataclass
class ScenarioState:
    """A scenario applied: its network, demand table and the edits that made them."""

    scenario: Scenario
    network: nx.MultiDiGraph
    demand: pd.DataFrame
    edits: list[tuple[Scenario, int, object]]
    forbidden: dict[str, set[str]]
    #: The time and cost model after the scenario's ``param`` edits (what the network was built with).
    params: Params | None = None
    #: Inside a reuse block: what determines the state (date, added assets, edits applied), else None.
    key: tuple | None = None


def _features_with_additions(chain, problems, features=None) -> dict:
    if features is None:
        features, _ = load_features(strict=True)
    by_id = dict(features)
    added = []
    for sc, pos, e in chain:
        if isinstance(e, AddAsset):
            feats, probs = validate_features(
                {"type": "FeatureCollection", "features": [e.feature]}, sc.file or sc.name
            )
            for pr in probs + swap_problems(feats):
                problems.append(
                    Problem(
                        pr.message, sc.file, f"edit {pos}", f"feature.{pr.field}" if pr.field else "feature"
                    )
                )
            for f in feats:
                if f.asset.id in by_id:
                    problems.append(
                        Problem(
                            f"asset {f.asset.id!r} already exists; use set_status or capacity to change it",
                            sc.file,
                            f"edit {pos}",
                            "feature.properties.id",
                        )
                    )
                by_id[f.asset.id] = f
                added.append(f.asset.id)
    return by_id


def _check_ids(chain, G, demand, problems) -> None:
    assets = {d["asset_id"] for _, _, d in G.edges(data=True)} | set(_chokepoint_nodes(G))
    places = set(G.graph["places"])
    countries = {c for _, _, d in G.edges(data=True) for c in d.get("countries") or [] if c}

    def unknown(kind, value, pool, sc, pos, field):
        hint = did_you_mean(value, pool)
        problems.append(Problem(f"unknown {kind} {value!r}{hint}", sc.file, f"edit {pos}", field))

    for sc, pos, e in chain:
        asset = getattr(e, "asset", None)
        if asset is not None and asset not in assets:
            unknown("asset or crossing", asset, assets, sc, pos, "asset")
        if isinstance(e, ForbidCountry) and e.country not in countries:
            unknown("country", e.country, countries, sc, pos, "country")
        if isinstance(e, ShiftDemand):
            for fld in ("origin", "destination", "to_origin", "to_destination"):
                v = getattr(e, fld)
                if v is not None and v not in places:
                    unknown("place", v, places, sc, pos, fld)


def _check_contradictions(chain, problems) -> None:
    state: dict[tuple[str, str], tuple[object, Scenario, int]] = {}
    for sc, pos, e in chain:
        if isinstance(e, OpenClose | SetStatus):
            value = e.op if isinstance(e, OpenClose) else e.status
            value = "operational" if value == "open" else ("closed" if value == "close" else value)
            key = ("status", e.asset)
        elif isinstance(e, Capacity) and e.value is not None:
            key, value = ("capacity", e.asset), e.value
        elif isinstance(e, Delay) and e.hours is not None:
            key, value = ("delay", e.asset), e.hours
        else:
            continue
        if key in state:
            prev, psc, ppos = state[key]
            # a scenario may override its base; inside one file, two different values contradict
            if prev != value and psc is sc:
                problems.append(
                    Problem(
                        f"contradicts edit {ppos} ({key[0]} of {key[1]!r}: {prev!r} vs {value!r})",
                        sc.file,
                        f"edit {pos}",
                        key[0],
                    )
                )
        state[key] = (value, sc, pos)


def apply_scenario(
    sc: Scenario | str | Path,
    *,
    params: Params | None = None,
    base_demand: pd.DataFrame | None = None,
    upto: int | None = None,
    features: dict | None = None,
    network: nx.MultiDiGraph | None = None,
) -> ScenarioState:
    """Return the network and demand of a scenario (its base first, then its edits in order).

    Parameters
    ----------
    sc
        A scenario, a shipped scenario name or a file.
    params
        Time and cost model (default: shipped).
    base_demand
        Demand before edits (default: :func:`corridorkit.analysis.demand.demand_table`).
    upto
        Apply only the first ``upto`` edits of the chain (for explaining deltas).
    features
        Validated features by id to build from (default: the shipped layers).
    network
        The network these features and ``params`` give as of the scenario's date, already built
        (``build_network(sc.as_of, features=..., params=...)``): the edits go on a copy of it
        instead of a new build. Ignored when the scenario adds assets or the dates differ.

    Raises
    ------
    InputError
        Listing every unknown id (with close matches) and contradiction, by file and edit.
    """
    from corridorkit.analysis.demand import demand_table

    if not isinstance(sc, Scenario):
        sc = resolve_scenario(sc)
    chain = edit_chain(sc)
    problems: list[Problem] = []
    applied = chain if upto is None else chain[:upto]
    base_params = params
    params = _with_param_edits(params or load_params(), applied, problems)
    if problems:
        raise InputError(problems=problems)
    # Inside a reuse block (a report run) the network and demand before edits are built once per date, set
    # of added assets and parameter edits, and copied for each state: edits change the copy only.
    bases = _bases(base_params, features, base_demand)
    base_key, build_params, key = _state_keys(sc, chain, applied)
    # a prebuilt network is reused only when nothing that shapes the build differs
    rebuild = bool(build_params) or any(isinstance(e, AddAsset) for _, _, e in chain)
    if bases is not None and base_key in bases:
        G0, demand0 = bases[base_key]
        G, demand = copy_network(G0), demand0.copy()
    elif network is not None and not rebuild and network.graph.get("as_of") == str(sc.as_of):
        G = copy_network(network)  # edits change the copy's attribute dicts only
        demand = base_demand.copy() if base_demand is not None else demand_table(G)
    else:
        feats = _features_with_additions(chain, problems, features)
        if problems:
            raise InputError(problems=problems)
        G = build_network(sc.as_of, features=feats, params=params)
        demand = base_demand.copy() if base_demand is not None else demand_table(G)
        if bases is not None:
            bases[base_key] = (copy_network(G), demand.copy())
    _check_ids(chain, G, demand, problems)
    _check_contradictions(chain, problems)
    if problems:
        raise InputError(problems=problems)
    forbidden: dict[str, set[str]] = {}
    by_asset = _edges_by_asset(G) if applied else {}  # edits change attributes, never the edges
    for _, _, e in applied:
        demand = _apply(G, demand, e, forbidden, by_asset)
    G.graph["scenario"] = sc.name
    G.graph["forbidden"] = {k: sorted(v) for k, v in forbidden.items()}
    return ScenarioState(sc, G, demand, chain, forbidden, params=params, key=None if bases is None else key)


def state_key(
    sc: Scenario | str | Path,
    *,
    upto: int | None = None,
    params: Params | None = None,
    base_demand: pd.DataFrame | None = None,
    features: dict | None = None,
) -> tuple | None:
    """Return the key :func:`apply_scenario` gives this state (same arguments), without building it.

    None where it gives none: outside a :func:`~corridorkit.analysis._reuse.reuse_results` block, or
    with inputs of the caller's own. Lets a caller that keeps results by state
    (:func:`corridorkit.analysis.compare.metrics`) skip building a state whose results it has.
    """
    if _bases(params, features, base_demand) is None:
        return None
    if not isinstance(sc, Scenario):
        sc = resolve_scenario(sc)
    chain = edit_chain(sc)
    return _state_keys(sc, chain, chain if upto is None else chain[:upto])[2]


def _bases(params, features, base_demand) -> dict | None:
    """Return the store of networks before edits (a reuse block, the shipped inputs), else None.

    States are kept only when built from the shipped features, parameters and demand: inputs of the
    caller's own are not part of the key.
    """
    own_inputs = params is not None or features is not None or base_demand is not None
    return None if own_inputs else memo("scenario_bases")


def _state_keys(sc: Scenario, chain, applied) -> tuple[tuple, tuple, tuple]:
    """Return (key of the network before edits, the parameter edits it is built with, key of the state)."""
    # parameters under `assignment.` are read by the assignment only; any other may change what
    # build_network bakes into edges (speeds, waits, costs)
    build_params = tuple(
        e.model_dump_json()
        for _, _, e in applied
        if isinstance(e, Param) and not e.key.startswith("assignment.")
    )
    base_key = (
        repr(sc.as_of),
        tuple((s.file or s.name, pos, e.model_dump_json()) for s, pos, e in chain if isinstance(e, AddAsset)),
        build_params,
    )
    return base_key, build_params, (base_key, tuple(e.model_dump_json() for _, _, e in applied))


def copy_network(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of a network whose node and edge attribute dicts are new (values shared).

    Unlike ``G.copy()``, the copy keeps each node's predecessors in the original's order too, so
    every traversal of the copy (successors, predecessors, edges) visits things in the same order.
    """
    H = G.__class__()
    H.graph.update(G.graph)
    H._node.update((n, dict(d)) for n, d in G._node.items())
    succ = {
        u: {v: {k: dict(d) for k, d in kd.items()} for v, kd in nbrs.items()} for u, nbrs in G._succ.items()
    }
    H._succ.update(succ)
    H._pred.update((v, {u: succ[u][v] for u in nbrs}) for v, nbrs in G._pred.items())
    return H


def _with_param_edits(params: Params, chain, problems: list[Problem]) -> Params:
    """Return the parameters with the chain's ``param`` edits applied in order (unknown keys are problems)."""
    for sc, pos, e in chain:
        if not isinstance(e, Param):
            continue
        try:
            old = params.value(e.key)
        except InputError:
            problems.append(Problem(f"no parameter {e.key!r}", sc.file or sc.name, f"edit {pos}", "key"))
            continue
        new = e.value if e.value is not None else old * e.factor
        override: dict = {"value": new}
        for part in reversed(e.key.split(".")):
            override = {part: override}
        params = params.with_overrides(override)
    return params


def _edges_by_asset(G) -> dict[str, list[dict]]:
    """Return the attribute dicts of the network's edges by asset id, in edge order."""
    out: dict[str, list[dict]] = {}
    for _, _, d in G.edges(data=True):
        out.setdefault(d["asset_id"], []).append(d)
    return out


def _chokepoint_nodes(G) -> dict[str, list]:
    """Return the nodes of each chokepoint (a strait or canal is a node on sea lines, not an edge)."""
    out: dict[str, list] = {}
    for n, nd in G.nodes(data=True):
        if nd.get("kind") == "chokepoint" and nd.get("place"):
            out.setdefault(nd["place"], []).append(n)
    return out


def _chokepoint_edit(G, e, by_asset: dict) -> bool:
    """Apply an open/close/status/delay/capacity edit to a chokepoint; return False if ``e.asset`` is not one.

    Closing a strait switches off every sea edge that touches it; a delay of ``h`` hours is added to
    every edge entering the strait's node, so each path through the strait pays it exactly once; a
    capacity edit sets or scales the strait's oil capacity (``oil_capacity`` on its nodes, Mt/y).
    """
    nodes = _chokepoint_nodes(G).get(getattr(e, "asset", None) or "")
    if not nodes or by_asset.get(e.asset):
        return False
    if isinstance(e, OpenClose | SetStatus):
        status = {"open": "operational", "close": "closed"}[e.op] if isinstance(e, OpenClose) else e.status
        for n in nodes:
            for _, _, d in list(G.in_edges(n, data=True)) + list(G.out_edges(n, data=True)):
                by = set(d.get("closed_by") or ())
                if status == "operational":
                    by.discard(e.asset)
                    if not by and d.get("status") == "operational":
                        d["active"] = True
                else:
                    by.add(e.asset)
                    d["active"] = False
                d["closed_by"] = sorted(by)
        return True
    if isinstance(e, Capacity):
        # a strait's capacity is its oil capacity (Mt/y); without a figure, a factor has nothing to scale
        for n in nodes:
            old = G.nodes[n].get("oil_capacity")
            if e.value is not None:
                G.nodes[n]["oil_capacity"] = e.value
            elif old is not None:
                G.nodes[n]["oil_capacity"] = old * e.factor
        return True
    if isinstance(e, Delay):
        for n in nodes:
            old = G.nodes[n].get("delay_h", 0.0)
            new = e.hours if e.hours is not None else old * e.factor
            G.nodes[n]["delay_h"] = new
            for _, _, d in G.in_edges(n, data=True):
                d["time_h"] = d["time_h"] + new - old
        return True
    return False


def _apply(G, demand: pd.DataFrame, e, forbidden, by_asset: dict) -> pd.DataFrame:
    if isinstance(e, OpenClose | SetStatus | Delay | Capacity) and _chokepoint_edit(G, e, by_asset):
        return demand
    if isinstance(e, OpenClose | SetStatus):
        status = (
            {"open": "operational", "close": "closed"}.get(getattr(e, "op", ""), None)
            if isinstance(e, OpenClose)
            else e.status
        )
        for d in by_asset.get(e.asset, ()):
            d["status"] = status
            d["active"] = status == "operational"
    elif isinstance(e, Capacity):
        for d in by_asset.get(e.asset, ()):
            if e.value is not None:
                d["capacity"] = e.value
            elif d.get("capacity") is not None:
                d["capacity"] = d["capacity"] * e.factor
            d["capacity_basis"] = "scenario"
    elif isinstance(e, Speed):
        for _, _, d in G.edges(data=True):
            if (e.asset and d["asset_id"] == e.asset) or (
                e.mode and d["kind"] == "line" and d["layer"].startswith(e.mode)
            ):
                d["time_h"] = d["time_h"] / e.factor
    elif isinstance(e, Delay):
        for d in by_asset.get(e.asset, ()):
            if d["kind"] in ("border", "transfer"):
                d["time_h"] = e.hours if e.hours is not None else d["time_h"] * e.factor
    elif isinstance(e, Cost):
        for _, _, d in G.edges(data=True):
            if (e.asset and d["asset_id"] == e.asset) or (
                e.mode
                and (
                    (e.mode == "transfer" and d["kind"] == "transfer")
                    or (d["kind"] == "line" and d["layer"].startswith(e.mode))
                )
            ):
                d["cost_usd_per_t"] *= e.factor
                d["cost_usd_per_teu"] *= e.factor
    elif isinstance(e, ForbidCountry):
        kinds = {
            "all": ("rail", "road", "sea", "pipeline"),
            "cargo": ("rail", "road", "sea"),
            "oil": ("pipeline_oil", "sea"),
            "gas": ("pipeline_gas",),
        }[e.commodity]
        forbidden.setdefault(e.commodity, set()).add(e.country)
        for _, _, d in G.edges(data=True):
            if e.country in (d.get("countries") or []) and d["layer"].split(">")[0].startswith(kinds):
                d["active"] = False
                d["status"] = f"forbidden ({e.country})"
    elif isinstance(e, ShiftDemand):
        demand = demand.copy()
        m = (
            (demand.commodity == e.commodity)
            & (demand.origin == e.origin)
            & (demand.destination == e.destination)
        )
        moved = demand.loc[m, "value"] * e.share
        if m.any():
            demand.loc[m, "value"] -= moved
            new = demand.loc[m].copy()
            new["value"] = moved.values
            new["origin"] = e.to_origin or e.origin
            new["destination"] = e.to_destination or e.destination
            new["note"] = f"shifted: {e.why}"
            demand = pd.concat([demand, new], ignore_index=True)
    return demand
