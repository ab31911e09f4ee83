"""Capacity-constrained assignment: where a scenario's OD demand goes when links, ports and crossings fill up.

:func:`assign` loads the demand of one commodity on the network so that no capacity is exceeded and the
total generalized cost (money + time x value of time) is least; demand that cannot fit is left unserved
per OD pair. It is solved exactly as a min-cost multi-commodity flow linear program
(:mod:`corridorkit.analysis.mcf`, HiGHS through ``scipy.optimize.linprog``). This answers "given this
demand, where does it go and what is left over" at one moment; it is a system optimum (the cheapest way
for everyone together), not a user equilibrium with congestion delays.

Unserved demand. Cargo takes a route costing at most ``assignment.max_cost_ratio`` (2, an assumption)
times its cheapest route on the network without capacities; a tonne that finds no room within that is
left unserved at that cost, so a binding link's dual is what the marginal tonne would pay there. Oil and
gas (and an OD pair with no path) are unserved only at ``assignment.unserved_penalty_usd_per_unit``.

Which capacities. ``capacities="published"`` lets only published figures bind (a link on a default
capacity, an assumption by line class, is unbounded): what the published data alone say binds and leaves
unserved. ``capacities="all"`` (default) adds the defaults; what is then unserved but not under
``"published"`` is a gap in the capacity data, not a finding.

Capacities. A line's capacity is shared by both of its directions: the network stores each line as two
directed edges carrying the same published figure, and the published figures are the throughput of the
asset, not per direction (``shared_directions=False`` treats each direction as having the full figure).
Each section of a line between two places is its own element with the line's capacity. All transfers at
a place (loading and unloading ferries and ships, gauge breaks) share the place's handling capacity; a
border crossing's edges share the crossing's. Links without a capacity (most borders; some pipelines) are
unbounded and listed in ``Assignment.uncapacitated_used``.

Units: cargo and oil in Mt/y with costs in USD/t; gas in bcm/y with costs in USD per 1,000 m3; so costs
and dual prices times flows are million USD per year.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd

from corridorkit.analysis.flows import COMMODITY_LAYERS, THROUGH, UNITS, carries, tanker_route
from corridorkit.analysis.mcf import (
    TOL,
    MCFProblem,
    decompose_paths,
    shortest_paths,
    solve_mcf,
    solve_mcf_paths,
)
from corridorkit.analysis.params import Params, load_params
from corridorkit.errors import InputError, Problem, UnknownIdError

_SRC, _SNK = "source:", "sink:"


@dataclass
class Assignment:
    """One commodity's demand assigned within capacities.

    Attributes
    ----------
    links
        One row per element (a line section, a place's handling, a crossing): ``load`` (both
        directions), ``load_forward``/``load_backward`` (``from_place`` -> ``to_place`` and back),
        ``capacity``, ``utilisation``, ``dual`` (what one more unit of capacity there is worth, in
        million USD/y per Mt/y, i.e. USD/t; per bcm/y for gas), ``full`` (at capacity) and
        ``binding`` (full and worth more capacity: ``dual`` > 0).
    od
        One row per OD pair: ``demand``, ``served``, ``unserved``, ``diverted`` (served on a path
        costlier than the uncapacitated cheapest path), ``aon_cost`` and ``cost`` (mean per unit served).
    paths
        The served flow of each OD pair split across paths, with their cost, assets, places, countries.
    summary
        Totals, the first element to bind as demand grows, the load of each shared service capacity
        (``services``: a ferry fleet) and the LP's size.
    uncapacitated_used
        Assets that carried flow on a default capacity or none.
    edge_loads
        The load on each directed edge that carries flow (``u``, ``v``, ``key`` of the network), with
        its element's utilisation and whether it binds: for maps.
    """

    scenario: str | None
    commodity: str
    unit: str
    links: pd.DataFrame
    od: pd.DataFrame
    paths: pd.DataFrame
    summary: dict
    uncapacitated_used: list[str] = field(default_factory=list)
    edge_loads: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def binding(self) -> pd.DataFrame:
        """The elements at capacity, most valuable extra capacity first."""
        b = self.links[self.links.binding]
        return b.sort_values(["dual", "element"], ascending=[False, True]).reset_index(drop=True)

    def to_dict(self) -> dict:
        """Return everything as plain JSON-ready data (rounded, sorted)."""

        def rec(df):
            return json_records(df)

        return {
            "scenario": self.scenario,
            "commodity": self.commodity,
            "unit": self.unit,
            "summary": self.summary,
            "binding": rec(self.binding),
            "links": rec(self.links[self.links.load > 0]),
            "od": rec(self.od),
            "paths": rec(self.paths),
            "uncapacitated_used": self.uncapacitated_used,
            "published": against_published(self),
        }


def against_published(a: Assignment) -> list[dict]:
    """Return the assignment's load on each service that a published volume names, beside that volume.

    Published volumes come from the demand file's ``references``
    (:func:`corridorkit.analysis.demand.published_volumes`); only those of the assignment's commodity.
    ``modelled`` is the assigned load on the named shared service, or the summed load (both
    directions) through the named crossings or ports (``None`` if the network has none of them);
    ``ratio`` is modelled / published.
    """
    from corridorkit.analysis.demand import published_volumes

    services = a.summary.get("services", {})
    by_element = a.links.set_index("element").load if len(a.links) else pd.Series(dtype=float)
    out = []
    for ref in published_volumes():
        if ref["commodity"] != a.commodity:
            continue
        if ref["service"]:
            load = services.get(ref["service"], {}).get("load")
        else:
            here = [x for x in ref["assets"] if x in by_element.index]
            load = float(by_element[here].sum()) if here else None
        out.append(
            {
                **ref,
                "modelled": load,
                "ratio": None if load is None or ref["value"] == 0 else round(load / ref["value"], 3),
            }
        )
    return out


def json_records(df: pd.DataFrame) -> list[dict]:
    """Return a table as records with floats rounded to 6 decimals and NaN as None."""
    out = []
    for r in df.to_dict(orient="records"):
        out.append(
            {
                k: (None if isinstance(v, float) and not np.isfinite(v) else round(v, 6))
                if isinstance(v, float)
                else (bool(v) if isinstance(v, np.bool_) else v)
                for k, v in r.items()
            }
        )
    return out


def _param(params: Params, key: str, commodity: str) -> float:
    return params.value(f"assignment.{key}.{commodity}")


def enters_risk_zone(d: dict, params: Params) -> bool:
    """Return whether an edge takes cargo into a country with a transit risk premium (Russia, Belarus).

    A border edge enters when its far side is such a country and its near side is not; a transfer
    enters when it unloads a ship or ferry at a port in such a country. Edges know their countries
    (``countries``: a border edge lists its two sides, a transfer its place's country). A path pays
    once per entry: a route that leaves Russia and enters again pays twice; cargo that starts inside
    pays nothing on the way out (the premium changes which route a flow takes, not whether it moves).
    """
    zone = set(params.data.get("assignment", {}).get("transit_risk_countries", {}).get("countries", ()))
    cs = d.get("countries") or []
    if d["kind"] == "border":
        return len(cs) == 2 and cs[0] not in zone and cs[1] in zone
    if d["kind"] == "transfer":
        return d["layer"].split(">")[0] == "sea" and bool(cs) and cs[0] in zone
    return False


#: Tie-break (USD/t) that makes oil take a tanker route over a cargo sea line through the same water.
TANKER_PREFERENCE_USD_PER_T = 0.01


def edge_cost(d: dict, commodity: str, params: Params) -> float:
    """Return an edge's generalized cost per unit moved.

    Money + time x value of time, + the pipeline tariff on pipelines, + the transit risk premium
    (``assignment.transit_risk_usd_per_unit``: sanctions compliance, insurance and payment frictions)
    on every edge that enters ``assignment.transit_risk_countries`` (:func:`enters_risk_zone`).
    """
    cost = d["cost_usd_per_t"] + d["time_h"] * _param(params, "value_of_time_usd_per_unit_h", commodity)
    if d["kind"] == "line" and d["layer"].startswith("pipeline"):
        cost += d["length"] / 1000.0 * _param(params, "pipeline_tariff_usd_per_unit_km", commodity)
    if d["kind"] != "line" and enters_risk_zone(d, params):
        cost += _param(params, "transit_risk_usd_per_unit", commodity)
    if commodity == "oil" and d["kind"] == "line" and d["layer"] == "sea" and not tanker_route(d):
        # the same water as a tanker route costs the same; a cent a tonne sends oil by the tanker route
        # (its own line, named in outputs) rather than along a cargo line's section of it
        cost += TANKER_PREFERENCE_USD_PER_T
    return float(cost)


def validate_demand(G: nx.MultiDiGraph, demand: pd.DataFrame, commodity: str) -> pd.DataFrame:
    """Return the commodity's demand aggregated by OD pair, after checking every row.

    Raises
    ------
    InputError
        Listing every row with a missing column, a negative or non-numeric value, or a place the
        network does not know (with close matches).
    """
    missing = [c for c in ("commodity", "origin", "destination", "value") if c not in demand.columns]
    if missing:
        raise InputError(f"the demand table has no column {', '.join(missing)}", field=missing[0])
    known = set(G.graph.get("places", {})) | set(G.graph.get("place_info", {}))
    problems = []
    for r in demand.itertuples(index=False):
        row = f"{r.commodity} {r.origin} -> {r.destination}"
        for fld in ("origin", "destination"):
            p = getattr(r, fld)
            if p not in known:
                close = difflib.get_close_matches(str(p), sorted(known), n=3, cutoff=0.6)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                problems.append(Problem(f"unknown place {p!r}{hint}", "demand", row, fld))
        v = r.value
        if isinstance(v, bool) or not isinstance(v, int | float | np.number) or not np.isfinite(v) or v < 0:
            problems.append(Problem(f"expected a number >= 0, got {v!r}", "demand", row, "value"))
    if problems:
        raise InputError(problems=problems)
    d = demand[(demand.commodity == commodity) & (demand.origin != demand.destination)]
    d = d.groupby(["origin", "destination"], as_index=False)["value"].sum()
    return d[d.value > 0].sort_values(["origin", "destination"]).reset_index(drop=True)


def _element_of(G: nx.MultiDiGraph, u, v, d: dict, shared: bool) -> tuple[str, bool]:
    """Return the capacity element an edge belongs to and whether the edge runs forward in it."""
    if d["kind"] != "line":
        # transfers share their place's handling capacity; border edges share their crossing's
        return d["asset_id"], True
    if d.get("capacity_shared"):
        # a service's capacity (a ferry fleet) is shared by every section of every line that names it
        return f"service:{d['capacity_shared']}", True
    pu, pv = G.nodes[u].get("place", u), G.nodes[v].get("place", v)
    if not shared:
        return f"{d['asset_id']}:{pu}>{pv}", True
    a, b = sorted((pu, pv))
    return f"{d['asset_id']}:{a}-{b}", (pu, pv) == (a, b)


@dataclass
class _Built:
    problem: MCFProblem
    edges: list  # (u, v, key, data) for real arcs, None for source/sink arcs
    elements: pd.DataFrame
    arc_element: np.ndarray
    arc_forward: np.ndarray
    node_names: list
    od: pd.DataFrame
    aon: tuple  # (cost, arcs) of each OD pair's cheapest path without capacities (mcf.shortest_paths)


def build_problem(
    G: nx.MultiDiGraph,
    od: pd.DataFrame,
    commodity: str,
    params: Params,
    *,
    shared_directions: bool = True,
    published_only: bool = False,
) -> _Built:
    """Return the LP's arrays for one commodity's OD table on the active network."""
    edges = [
        (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if d["active"] and carries(d, commodity)
    ]
    el_index: dict[str, int] = {}
    el_rows: list[dict] = []
    arc_el, arc_fwd = [], []
    for u, v, _, d in edges:
        name, fwd = _element_of(G, u, v, d, shared_directions)
        if name not in el_index:
            el_index[name] = len(el_rows)
            pu, pv = G.nodes[u].get("place", u), G.nodes[v].get("place", v)
            a, b = (pu, pv) if fwd else (pv, pu)
            el_rows.append(
                {
                    "element": name,
                    "asset_id": d["asset_id"],
                    "name": name[len("service:") :] if name.startswith("service:") else d.get("name", ""),
                    "kind": d["kind"],
                    "mode": d.get("mode", ""),
                    "from_place": a if d["kind"] == "line" and not name.startswith("service:") else name,
                    "to_place": b if d["kind"] == "line" and not name.startswith("service:") else name,
                    "capacity": np.nan,
                    "capacity_basis": d.get("capacity_basis", "none"),
                    "countries": set(),
                }
            )
        row = el_rows[el_index[name]]
        cap = d.get("capacity")
        if cap is not None and not (row["capacity"] <= cap):  # keep the smallest figure
            row["capacity"] = float(cap)
            row["capacity_basis"] = d.get("capacity_basis", "")
        row["countries"].update(c for c in d.get("countries") or [] if c)
        arc_el.append(el_index[name])
        arc_fwd.append(fwd)
    # the oil capacity of a strait (or of a port's or terminal's oil berths) is shared by every sea line
    # through its node (as in flows._split_straits)
    strait_el: dict = {}
    if commodity == "oil":
        for n in sorted({x for u, v, _, _ in edges for x in (u, v)}):
            cap = G.nodes[n].get("oil_capacity")
            if cap is None:
                continue
            place = G.nodes[n].get("place", n)
            strait_el[n] = el_index.setdefault(f"oil:{place}", len(el_rows))
            el_rows.append(
                {
                    "element": f"oil:{place}",
                    "asset_id": place,
                    "name": G.nodes[n].get("name", place),
                    "kind": G.nodes[n].get("kind", "chokepoint"),
                    "mode": "sea",
                    "from_place": place,
                    "to_place": place,
                    "capacity": float(cap),
                    "capacity_basis": "data",
                    "countries": set(),
                }
            )
    elements = pd.DataFrame(el_rows)
    if not len(elements) or not elements.capacity.notna().any():
        raise InputError(
            f"no active link carrying {commodity} has a capacity: nothing to assign against",
            field="commodity",
        )
    elements["countries"] = [",".join(sorted(c)) for c in elements.countries]
    nodes = sorted({u for u, _, _, _ in edges} | {v for _, v, _, _ in edges})
    by_place: dict[str, list] = {}
    for n in nodes:
        by_place.setdefault(G.nodes[n].get("place", n), []).append(n)
    node_names = list(nodes)
    index = {n: i for i, n in enumerate(node_names)}
    tail = [index[u] for u, _, _, _ in edges]
    head = [index[v] for _, v, _, _ in edges]
    cost = [edge_cost(d, commodity, params) for _, _, _, d in edges]
    arcs: list = list(edges)

    def endpoint_nodes(place: str) -> list:
        ns = by_place.get(place, [])
        if commodity == "cargo":  # cargo starting or ending at a port passes the port's handling
            land = [n for n in ns if G.nodes[n].get("layer") != "sea"]
            ns = land or ns
        return ns

    def super_node(label: str) -> int:
        if label not in index:
            index[label] = len(node_names)
            node_names.append(label)
        return index[label]

    for n, e_i in strait_el.items():  # the strait's node becomes entry -> exit, the exit leads on
        through = super_node(f"{n}{THROUGH}")
        tail = [through if t == index[n] else t for t in tail]
        tail.append(index[n]), head.append(through), cost.append(0.0), arcs.append(None)
        arc_el.append(e_i), arc_fwd.append(True)
    for place in sorted(set(od.origin)):
        s = super_node(_SRC + place)
        for n in endpoint_nodes(place):
            tail.append(s), head.append(index[n]), cost.append(0.0), arcs.append(None)
            arc_el.append(-1), arc_fwd.append(True)
    for place in sorted(set(od.destination)):
        t = super_node(_SNK + place)
        for n in endpoint_nodes(place):
            tail.append(index[n]), head.append(t), cost.append(0.0), arcs.append(None)
            arc_el.append(-1), arc_fwd.append(True)
    arc_el_arr = np.array(arc_el, dtype=int)
    if published_only:  # capacities that are defaults (assumptions) do not limit anything
        elements.loc[elements.capacity_basis.str.startswith("default"), "capacity"] = np.nan
    capped = elements.capacity.notna().to_numpy()
    group = np.where(arc_el_arr >= 0, arc_el_arr, -1)
    group = np.where((group >= 0) & capped[np.maximum(group, 0)], group, -1)
    penalty = np.full(len(od), float(_param(params, "unserved_penalty_usd_per_unit", commodity)))
    problem = MCFProblem(
        n_nodes=len(node_names),
        tail=np.array(tail, dtype=int),
        head=np.array(head, dtype=int),
        cost=np.array(cost, dtype=float),
        group=group,
        group_capacity=elements.capacity.fillna(np.inf).to_numpy(dtype=float),
        od_origin=np.array([index[_SRC + o] for o in od.origin], dtype=int),
        od_destination=np.array([index[_SNK + d] for d in od.destination], dtype=int),
        od_demand=od.value.to_numpy(dtype=float),
        penalty=penalty,
    )
    # cheapest paths without capacities: the detour limit's reference here, all-or-nothing loads in _results
    aon = shortest_paths(problem)
    ratio = params.data.get("assignment", {}).get("max_cost_ratio", {}).get(commodity)
    if ratio is not None:
        best = aon[0]
        ok = np.isfinite(best) & (best > 0)
        problem.penalty[ok] = np.minimum(problem.penalty[ok], float(ratio["value"]) * best[ok])
    return _Built(problem, arcs, elements, arc_el_arr, np.array(arc_fwd), node_names, od, aon)


def assign(
    G: nx.MultiDiGraph,
    demand: pd.DataFrame,
    *,
    commodity: str = "cargo",
    params: Params | None = None,
    shared_directions: bool = True,
    method: str = "paths",
    capacities: str = "all",
) -> Assignment:
    """Return the least-cost assignment of one commodity's demand within every capacity.

    Parameters
    ----------
    G
        The network (of a scenario: :func:`corridorkit.analysis.scenarios.apply_scenario`).
    demand
        Columns ``commodity``, ``origin``, ``destination`` (place ids) and ``value`` (Mt/y; bcm/y for gas).
    commodity
        ``"cargo"``, ``"oil"`` or ``"gas"``.
    params
        The cost model, with the ``assignment`` section (value of time, pipeline tariffs, the penalty
        for unserved demand); default: the shipped parameters.
    shared_directions
        True (default): both directions of a line share its capacity.
    method
        ``"paths"`` (default): the LP by column generation over paths (HiGHS and Dijkstra), 2x faster
        on the shipped network and much faster on large graphs (benchmarks/assignment.py);
        ``"arcs"``: the arc-based LP, one commodity per origin, solved at once. Both are exact and
        reach the same optimum (where several flows share it, they may pick different ones).
    capacities
        ``"all"`` (default): every capacity, published or default; ``"published"``: only published
        capacities limit flows (links on a default capacity are unbounded), which tells what the
        published figures alone leave unserved and which of them binds first.

    Returns
    -------
    Assignment

    Raises
    ------
    UnknownIdError
        An unknown commodity.
    InputError
        Demand naming an unknown place or with a negative value (every bad row listed), or no link
        of the commodity with a capacity.
    """
    if commodity not in COMMODITY_LAYERS:
        raise UnknownIdError(
            f"unknown commodity {commodity!r}; expected one of {sorted(COMMODITY_LAYERS)}", field="commodity"
        )
    params = params or load_params()
    if method not in ("arcs", "paths"):
        raise InputError(f"expected arcs or paths, got {method!r}", field="method")
    if capacities not in ("all", "published"):
        raise InputError(f"expected all or published, got {capacities!r}", field="capacities")
    od = validate_demand(G, demand, commodity)
    built = build_problem(
        G,
        od,
        commodity,
        params,
        shared_directions=shared_directions,
        published_only=(capacities == "published"),
    )
    return _results(G, built, commodity, method)


def _results(G, built: _Built, commodity: str, method: str = "arcs") -> Assignment:
    pr = built.problem
    sol = solve_mcf(pr) if method == "arcs" else solve_mcf_paths(pr)
    el = built.elements.copy()
    real = built.arc_element >= 0
    fwd_load = np.zeros(len(el))
    back_load = np.zeros(len(el))
    np.add.at(fwd_load, built.arc_element[real & built.arc_forward], sol.arc_flow[real & built.arc_forward])
    np.add.at(
        back_load, built.arc_element[real & ~built.arc_forward], sol.arc_flow[real & ~built.arc_forward]
    )
    el["load_forward"] = fwd_load
    el["load_backward"] = back_load
    el["load"] = fwd_load + back_load
    el["utilisation"] = el.load / el.capacity
    el["dual"] = sol.group_dual
    el["full"] = (el.utilisation >= 1 - 1e-6).fillna(False).astype(bool)
    # full and worth something: a full link with an equally cheap alternative beside it does not bind
    el["binding"] = el.full & (el.dual > 1e-6)

    # uncapacitated all-or-nothing: cheapest paths, and the first element to bind as demand grows
    aon_cost, aon_paths = built.aon
    aon_arc = np.zeros(len(pr.tail))
    for i, p in enumerate(aon_paths):
        if p:
            np.add.at(aon_arc, p, pr.od_demand[i])
    aon_el = np.zeros(len(el))
    np.add.at(aon_el, built.arc_element[real], aon_arc[real])
    el["load_uncapacitated"] = aon_el
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(el.capacity.notna(), aon_el / el.capacity.to_numpy(), 0.0)

    def first_of(r: np.ndarray) -> dict | None:
        if r.max(initial=0) <= 0:
            return None
        j = int(np.argmax(r))
        return {
            "element": el.element[j],
            "name": el.name[j],
            "capacity_basis": el.capacity_basis[j],
            "demand_factor": round(float(1.0 / r[j]), 6),
            "uncapacitated_utilisation": round(float(r[j]), 6),
        }

    first = first_of(ratio)
    # the first to bind among published capacities (defaults are assumptions, not findings)
    first_published = first_of(np.where(el.capacity_basis.str.startswith(("default", "none")), 0.0, ratio))

    rows = []
    od = built.od
    for i, arcs, flow in decompose_paths(pr, sol):
        edges = [built.edges[a] for a in arcs if built.edges[a] is not None]
        assets = _dedupe([d["asset_id"] for _, _, _, d in edges])
        places = _dedupe([G.nodes[n].get("place", n) for u, v, _, _ in edges for n in (u, v)])
        countries = sorted({c for _, _, _, d in edges for c in d.get("countries") or [] if c})
        c = float(pr.cost[arcs].sum())
        rows.append(
            {
                "origin": od.origin[i],
                "destination": od.destination[i],
                "flow": flow,
                "cost": c,
                "extra_cost": c - aon_cost[i],
                "assets": " > ".join(assets),
                "places": " > ".join(places),
                "countries": ",".join(countries),
            }
        )
    paths = pd.DataFrame(
        rows, columns=["origin", "destination", "flow", "cost", "extra_cost", "assets", "places", "countries"]
    )
    # one row per distinct route (a decomposition may return the same route in several pieces)
    paths = (
        paths.groupby(["origin", "destination", "assets", "places", "countries"], as_index=False, sort=False)
        .agg(flow=("flow", "sum"), cost=("cost", "first"), extra_cost=("extra_cost", "first"))
        .sort_values(["origin", "destination", "flow", "assets"], ascending=[True, True, False, True])
        .reset_index(drop=True)
    )
    paths.insert(2, "path", paths.groupby(["origin", "destination"]).cumcount() + 1)
    served = od.value.to_numpy() - sol.unserved
    share = (
        paths.flow
        / paths.merge(
            pd.DataFrame({"origin": od.origin, "destination": od.destination, "served": served}),
            on=["origin", "destination"],
        ).served.to_numpy()
    )
    paths.insert(4, "share", share)
    diverted = (
        paths[paths.extra_cost > 1e-6 * (1 + paths.cost.abs())].groupby(["origin", "destination"]).flow.sum()
    )
    cost_sum = (paths.flow * paths.cost).groupby([paths.origin, paths.destination]).sum()
    n_paths = paths.groupby(["origin", "destination"]).size()
    odt = pd.DataFrame(
        {
            "origin": od.origin,
            "destination": od.destination,
            "demand": od.value,
            "served": np.where(served > TOL, served, 0.0),
            "unserved": sol.unserved,
        }
    )
    key = list(zip(odt.origin, odt.destination, strict=True))
    odt["diverted"] = [float(diverted.get(k, 0.0)) for k in key]
    odt["aon_cost"] = aon_cost
    odt["cost"] = [
        float(cost_sum.get(k, np.nan)) / s if s > TOL else np.nan
        for k, s in zip(key, odt.served, strict=True)
    ]
    odt["paths"] = [int(n_paths.get(k, 0)) for k in key]
    odt["reason"] = np.where(~np.isfinite(aon_cost), "no path", np.where(odt.unserved > TOL, "no room", ""))

    edge_rows = [
        {
            "u": u,
            "v": v,
            "key": k,
            "kind": d["kind"],
            "asset_id": d["asset_id"],
            "name": d.get("name", ""),
            "element": el.element[built.arc_element[j]],
            "load": float(sol.arc_flow[j]),
        }
        for j, e in enumerate(built.edges)
        if e is not None and sol.arc_flow[j] > TOL
        for u, v, k, d in [e]
    ]
    edge_loads = pd.DataFrame(
        edge_rows, columns=["u", "v", "key", "kind", "asset_id", "name", "element", "load"]
    ).merge(el[["element", "utilisation", "binding"]], on="element", how="left")
    el = el.sort_values(
        ["utilisation", "load", "element"], ascending=[False, False, True], na_position="last"
    )
    el = el.reset_index(drop=True)
    used = el[(el.load > TOL) & el.capacity_basis.str.startswith(("default", "none"))]
    uncapacitated_used = sorted(set(used.asset_id))
    binding = el[el.binding].sort_values(["dual", "element"], ascending=[False, True])
    summary = {
        "demand": float(od.value.sum()),
        "served": float(odt.served.sum()),
        "unserved": float(odt.unserved.sum()),
        "diverted": float(odt.diverted.sum()),
        "od_pairs": int(len(odt)),
        "transport_cost_musd": sol.transport_cost,
        "penalty_cost_musd": sol.penalty_cost,
        "binding": list(binding.element),
        "max_utilisation": float(el.utilisation.max()) if el.utilisation.notna().any() else 0.0,
        "first_to_bind": first,
        "first_published_to_bind": first_published,
        # shared service capacities (a ferry fleet over its routes): load against the one published figure
        "services": {
            r.element[len("service:") :]: {"load": round(float(r.load), 6), "capacity": float(r.capacity)}
            for r in el[el.element.str.startswith("service:")].itertuples()
        },
        "lp": sol.lp_size,
    }
    summary = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in summary.items()}
    return Assignment(
        G.graph.get("scenario"),
        commodity,
        UNITS[commodity],
        el,
        odt,
        paths,
        summary,
        uncapacitated_used,
        edge_loads,
    )


def _dedupe(seq: list) -> list:
    return [x for i, x in enumerate(seq) if i == 0 or x != seq[i - 1]]


def assign_scenario(
    scenario,
    *,
    commodity: str = "cargo",
    as_of=None,
    params: Params | None = None,
    capacities: str = "all",
) -> Assignment:
    """Return the assignment of a scenario's demand on its network (``as_of`` overrides its date).

    Parameters
    ----------
    scenario
        A shipped scenario name, a YAML file or a :class:`~corridorkit.analysis.scenario_model.Scenario`.
    commodity
        ``"cargo"``, ``"oil"`` or ``"gas"``.
    as_of
        A date or year replacing the scenario's own.
    params
        The cost model (default: shipped); the scenario's ``param`` edits apply on top.
    capacities
        ``"all"`` or ``"published"`` (as in :func:`assign`).
    """
    from corridorkit.analysis.scenario_model import Scenario
    from corridorkit.analysis.scenarios import apply_scenario, resolve_scenario

    sc = scenario if isinstance(scenario, Scenario) else resolve_scenario(scenario)
    if as_of is not None:
        sc = sc.model_copy(update={"as_of": as_of})
    st = apply_scenario(sc, params=params)
    return assign(st.network, st.demand, commodity=commodity, params=st.params, capacities=capacities)


def compare_assignments(base: Assignment, other: Assignment) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the differences between two assignments: (links, OD pairs), largest changes first.

    Links: load and utilisation in each, ``delta_load``, and whether each binds. OD pairs: served,
    unserved and diverted in each, with deltas.
    """
    cols = ["element", "name", "capacity", "load", "utilisation", "binding", "dual"]
    a, b = base.links[cols], other.links[cols]
    links = a.merge(b, on="element", how="outer", suffixes=("_base", "_other"))
    links["name"] = links.name_base.fillna(links.name_other)
    for c in ("load_base", "load_other"):
        links[c] = links[c].fillna(0.0)
    for c in ("binding_base", "binding_other"):
        links[c] = links[c].astype("boolean").fillna(False).astype(bool)
    links["delta_load"] = links.load_other - links.load_base
    links = links[(links.delta_load.abs() > 1e-6) | (links.binding_base != links.binding_other)]
    links = links[
        [
            "element",
            "name",
            "capacity_base",
            "capacity_other",
            "load_base",
            "load_other",
            "delta_load",
            "utilisation_base",
            "utilisation_other",
            "binding_base",
            "binding_other",
            "dual_base",
            "dual_other",
        ]
    ]
    links = links.assign(_abs=links.delta_load.abs()).sort_values(
        ["_abs", "element"], ascending=[False, True]
    )
    od_cols = ["origin", "destination", "demand", "served", "unserved", "diverted"]
    od = (
        base.od[od_cols]
        .merge(other.od[od_cols], on=["origin", "destination"], how="outer", suffixes=("_base", "_other"))
        .fillna(0.0)
    )
    for c in ("demand", "served", "unserved", "diverted"):
        od[f"delta_{c}"] = od[f"{c}_other"] - od[f"{c}_base"]
    od = od[
        (od[[f"delta_{c}" for c in ("demand", "served", "unserved", "diverted")]].abs() > 1e-6).any(axis=1)
    ]
    od = od.sort_values(["origin", "destination"]).reset_index(drop=True)
    return links.drop(columns="_abs").reset_index(drop=True), od
