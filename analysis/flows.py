"""Capacity and flows: max-flow per commodity with its minimum cut named asset by asset.

Units: containers and general cargo in Mt/y, oil in Mt/y, gas in bcm/y. Capacities
come from the curated data (converted by :func:`corridorkit.analysis.network.capacity_of`);
a link without a published capacity is unbounded for oil and gas (and listed in
``uncapacitated``) and takes the labelled default for cargo. Oil moves by pipeline
and sea, and by rail only on oil-only rail lines (e.g. Tengiz crude railed to Aktau).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, replace

import networkx as nx
import pandas as pd

from corridorkit.analysis._reuse import memo
from corridorkit.analysis.routing import resolve_place
from corridorkit.errors import InputError, UnknownIdError

COMMODITY_LAYERS = {
    "gas": ("pipeline_gas",),
    "oil": ("pipeline_oil", "sea"),
    "cargo": ("rail", "road", "sea"),
}
UNITS = {"gas": "bcm/y", "oil": "Mt/y", "cargo": "Mt/y"}
_S, _T = "__sources__", "__sinks__"
#: Stand-in for "no published limit" (networkx cannot take infinite capacities on a cut).
UNBOUNDED = 1e6


@dataclass
class FlowResult:
    """A max-flow between source and sink places, with the binding assets."""

    commodity: str
    unit: str
    value: float
    sources: list[str]
    sinks: list[str]
    min_cut: pd.DataFrame
    edge_flows: pd.DataFrame
    uncapacitated: list[str] = field(default_factory=list)

    @property
    def unbounded(self) -> bool:
        """True when no published capacity limits the flow (the value is not meaningful)."""
        return self.value >= UNBOUNDED / 2


def commodity_graph(
    G: nx.MultiDiGraph, commodity: str, avoid_countries: tuple[str, ...] | list[str] = ()
) -> tuple[nx.DiGraph, list[str]]:
    """Return the active edges carrying a commodity as a DiGraph with summed capacities.

    Parallel links (two pipelines along the same pair of nodes, e.g. SCP and SCPX)
    add their capacities. Also returns the assets with no published capacity.
    """
    if commodity not in COMMODITY_LAYERS:
        raise UnknownIdError(
            f"unknown commodity {commodity!r}; expected one of {sorted(COMMODITY_LAYERS)}", field="commodity"
        )
    uncapacitated = set()
    avoid = set(avoid_countries or ())
    edges: dict[tuple, dict] = {}  # in the order of first appearance, as the DiGraph adds them
    for u, v, d in G.edges(data=True):
        if not d["active"]:
            continue
        if avoid and avoid & set(d.get("countries") or ()):
            continue
        if not carries(d, commodity):
            continue
        cap = d.get("capacity")
        if cap is None:
            if d["kind"] == "line" and not d["layer"].startswith("sea"):
                uncapacitated.add(d["asset_id"])
            cap = UNBOUNDED
        e = edges.get((u, v))
        if e is not None:
            e["capacity"] = min(UNBOUNDED, e["capacity"] + cap)
            e["assets"].append(d["asset_id"])
        else:
            edges[(u, v)] = {"capacity": cap, "assets": [d["asset_id"]], "name": d["name"]}
    D = nx.DiGraph()
    D.add_edges_from((u, v, e) for (u, v), e in edges.items())
    if commodity == "oil":
        _split_straits(G, D)
    return D, sorted(uncapacitated)


#: Suffix of the exit node of a strait split by :func:`_split_straits`.
THROUGH = "|through"


def _split_straits(G: nx.MultiDiGraph, D: nx.DiGraph) -> None:
    """Cap the oil through each strait with an oil capacity: its node becomes entry -> exit.

    A strait is a node shared by several sea lines (``bosphorus:sea``); its published oil flow
    limits all of them together. Every edge leaving the node leaves from a new exit node instead,
    and the entry-exit edge carries the strait's capacity (in both directions together).
    """
    for n in list(D):
        cap = G.nodes[n].get("oil_capacity") if n in G else None
        if cap is None:
            continue
        out = f"{n}{THROUGH}"
        for v, d in list(D[n].items()):
            D.add_edge(out, v, **d)
            D.remove_edge(n, v)
        place = G.nodes[n].get("place", n)
        D.add_edge(n, out, capacity=float(cap), assets=[place], name=G.nodes[n].get("name", place))


def carries(d: dict, commodity: str) -> bool:
    """Return True if an edge (its attribute dict) carries the commodity, active or not.

    An edge carries a commodity when every layer it joins belongs to the commodity's
    layers (:data:`COMMODITY_LAYERS`); oil also moves on oil-only rail lines and their
    rail-ship transfers. Caspian ferry waters are open to tankers too: sea legs carry oil; tanker
    routes (sea lines whose commodities are all oil) carry no cargo.
    """
    return _carries(d["layer"], d["kind"], tuple(d.get("commodities") or ()), commodity)


@functools.lru_cache(maxsize=4096)
def _carries(layer: str, kind: str, goods: tuple[str, ...], commodity: str) -> bool:
    """:func:`carries` on what it depends on (an edge's layer, kind and commodities), cached."""
    d = {"layer": layer, "kind": kind, "commodities": goods}
    parts = layer.split(">")
    if commodity == "cargo" and tanker_route(d, parts):
        return False
    if all(p.startswith(COMMODITY_LAYERS[commodity]) for p in parts):
        return True
    return commodity == "oil" and _oil_by_rail(d, parts)


def tanker_route(d: dict, parts: list[str] | None = None) -> bool:
    """Return True for sea lines that carry only oil (tanker routes): no cargo ship sails them."""
    parts = d["layer"].split(">") if parts is None else parts
    goods = set(d.get("commodities") or ())
    return d["kind"] == "line" and parts[0] == "sea" and bool(goods) and goods <= {"oil", "oil_products"}


def _oil_by_rail(d: dict, parts: list[str]) -> bool:
    """Return True for rail edges that carry oil: oil-only rail lines and rail-ship transfers.

    Crude also moves by rail tank car where no pipeline exists (Tengiz crude railed to
    the Aktau oil berths for the tankers to Baku). Only rail lines whose commodities are
    all oil count, so the general rail network (containers, mixed cargo) stays out of the
    oil graph; the rail-sea transfers at ports let such a line meet its tankers.
    """
    if d["kind"] == "line":
        goods = set(d.get("commodities") or ())
        return parts[0].startswith("rail") and bool(goods) and goods <= {"oil", "oil_products"}
    if d["kind"] == "transfer":
        return "sea" in parts and any(p.startswith("rail") for p in parts)
    return False


def _endpoint_nodes(G: nx.MultiDiGraph, names: list[str]) -> list:
    """Return the graph nodes of places (all their sides) or of explicit ``place:layer`` nodes.

    A place id or name stands for every node of the place; a node id such as
    ``aktau_port:rail1520`` picks one side, so that a flow must pass the place's own
    transfer (e.g. a port's rail-ferry capacity) rather than start beyond it.
    """
    out: list = []
    for name in names:
        if isinstance(name, str) and ":" in name and name in G:
            out.append(name)
        else:
            out.extend(G.graph["places"].get(resolve_place(G, name), []))
    return out


def _solve(D: nx.DiGraph) -> tuple[float, set, dict]:
    """Return the max-flow value, the source side of the minimum cut and the flows, from one max-flow solve.

    Boykov-Kolmogorov (networkx): 2-7x faster than preflow-push on the shipped flow questions, with the
    same values and cuts. The cut is the one networkx's ``minimum_cut`` returns (the nodes that cannot
    reach the sink in the residual network are the sink side; that set is the same for every maximum
    flow, whichever algorithm found it).
    """
    from networkx.algorithms.flow import boykov_kolmogorov

    R = boykov_kolmogorov(D, _S, _T, capacity="capacity")
    value = R.graph["flow_value"]
    # the residual network leaves out links of zero capacity (a closed strait): they carry nothing
    flow_dict = {u: {v: max(0.0, R[u][v]["flow"]) if u in R and v in R[u] else 0.0 for v in D[u]} for u in D}
    saturated = [(u, v) for u, v, d in R.edges(data=True) if d["flow"] == d["capacity"]]
    R.remove_edges_from(saturated)
    sink_side = set(nx.shortest_path_length(R, target=_T))
    return value, set(D) - sink_side, flow_dict


def max_flow(
    G: nx.MultiDiGraph,
    commodity: str,
    sources: list[str],
    sinks: list[str],
    *,
    avoid_countries: tuple[str, ...] | list[str] = (),
) -> FlowResult:
    """Return the maximum flow of a commodity from source places to sink places.

    Parameters
    ----------
    G
        The network as of a date (:func:`corridorkit.analysis.network.build_network`).
    commodity
        ``"gas"`` (bcm/y), ``"oil"`` (Mt/y) or ``"cargo"`` (Mt/y).
    sources, sinks
        Place ids or names (fields, terminals, ports, border points), or node ids
        ``place:layer`` (e.g. ``aktau_port:rail1520``) to start or end on one side of a place.
    avoid_countries
        ISO3 codes: links in these countries carry nothing (e.g. the Caspian crossing
        without the overland detours through Russia or Iran).

    Returns
    -------
    FlowResult
        The value, the minimum cut (the assets whose capacities bind, with their
        capacities; their sum equals the value) and the flow on each link.
    """
    graph, src, snk, uncapacitated, key = _prepare(G, commodity, sources, sinks, avoid_countries, None)
    # The result is a function of the flow graph (its edges in order, with capacities and assets) and the
    # endpoints: inside a reuse block (a report run) a problem solved before is not solved again.
    store = memo("max_flow")
    if store is not None:
        k = key()
        if k not in store:
            store[k] = _max_flow_solved(graph(), commodity, src, snk, uncapacitated)
        r = store[k]
        return replace(
            r,
            sources=list(r.sources),
            sinks=list(r.sinks),
            min_cut=r.min_cut.copy(),
            edge_flows=r.edge_flows.copy(),
            uncapacitated=list(r.uncapacitated),
        )
    return _max_flow_solved(graph(), commodity, src, snk, uncapacitated)


def max_flow_value(
    G: nx.MultiDiGraph,
    commodity: str,
    sources: list[str],
    sinks: list[str],
    *,
    avoid_countries: tuple[str, ...] | list[str] = (),
    graphs: dict | None = None,
) -> float:
    """Return only the value of :func:`max_flow` (no cut, no link flows: what comparisons need).

    ``graphs``: a dict to keep the flow graphs of ``G`` in, by commodity and avoided countries, when
    several questions are asked of one network that does not change in between.
    """
    from networkx.algorithms.flow import boykov_kolmogorov

    graph, _, _, _, key = _prepare(G, commodity, sources, sinks, avoid_countries, graphs)
    store = memo("max_flow_value")
    k = key() if store is not None else None
    if store is not None and k in store:
        return store[k]
    D = graph()
    value = 0.0 if _S not in D or _T not in D else float(
        boykov_kolmogorov(D, _S, _T, capacity="capacity").graph["flow_value"]
    )
    if store is not None:
        store[k] = value
    return value


def _prepare(G, commodity, sources, sinks, avoid_countries, graphs):
    """Return a builder of the flow graph with super source and sink, the endpoint places, and a key.

    The graph is built only when asked (a problem solved before inside a reuse block is not).
    """
    gkey = (commodity, tuple(sorted(avoid_countries or ())))
    if graphs is None or gkey not in graphs:
        built = list(commodity_graph(G, commodity, avoid_countries)) + [None]
        if graphs is not None:
            graphs[gkey] = built
    else:
        built = graphs[gkey]
    base, uncapacitated = built[0], built[1]
    src_nodes = _endpoint_nodes(G, sources)
    snk_nodes = _endpoint_nodes(G, sinks)
    if set(src_nodes) & set(snk_nodes):
        raise InputError(
            f"places {sorted(set(src_nodes) & set(snk_nodes))} are both sources and sinks", field="sinks"
        )
    src = sorted({G.nodes[n].get("place", n) for n in src_nodes})
    snk = sorted({G.nodes[n].get("place", n) for n in snk_nodes})
    ends = (tuple(n for n in src_nodes if n in base), tuple(n for n in snk_nodes if n in base))

    def graph() -> nx.DiGraph:
        D = base.copy() if graphs is not None else base  # a kept graph stays without source and sink
        for n in ends[0]:
            D.add_edge(_S, n, capacity=UNBOUNDED * 10, assets=[], name="source")
        for n in ends[1]:
            D.add_edge(n, _T, capacity=UNBOUNDED * 10, assets=[], name="sink")
        return D

    def key() -> tuple:
        if built[2] is None:  # the flow graph before its source and sink edges, once per graph
            edges = tuple(
                (u, v, d["capacity"], tuple(d["assets"]), d["name"])
                for u, v, d in base.edges(data=True)
                if u != _S and v != _T
            )
            # its SHA-256 (repr is exact for floats): a short key that is cheap to hash and compare
            built[2] = hashlib.sha256(repr(edges).encode()).digest()
        return (commodity, tuple(src), tuple(snk), tuple(uncapacitated), built[2], *ends)

    return graph, src, snk, uncapacitated, key


def _max_flow_solved(
    D: nx.DiGraph, commodity: str, src: list[str], snk: list[str], uncapacitated: list[str]
) -> FlowResult:
    """Return the max-flow result on a flow graph with its super source and sink attached."""
    if _S not in D or _T not in D:
        value, flows, cut_rows = 0.0, [], []
    else:
        value, reach, flow_dict = _solve(D)
        cut_rows = []
        for u in reach:
            for v, d in D[u].items():
                if v not in reach and d["assets"]:
                    cut_rows.append(
                        {
                            "assets": "+".join(sorted(set(d["assets"]))),
                            "name": d["name"],
                            "from_node": u,
                            "to_node": v,
                            "capacity": d["capacity"],
                        }
                    )
        flows = [
            {
                "from_node": u,
                "to_node": v,
                "flow": f,
                "capacity": D[u][v]["capacity"],
                "assets": "+".join(sorted(set(D[u][v]["assets"]))),
            }
            for u, fs in flow_dict.items()
            for v, f in fs.items()
            if f > 1e-9 and u != _S and v != _T and not v.endswith(THROUGH)
        ]
        for row in flows:  # a strait's exit is the strait's own node
            row["from_node"] = row["from_node"].removesuffix(THROUGH)
    cut = pd.DataFrame(cut_rows, columns=["assets", "name", "from_node", "to_node", "capacity"])
    if len(cut):
        cut = (
            cut.groupby(["assets", "name"], as_index=False)["capacity"]
            .sum()
            .sort_values(["capacity", "assets"], ascending=[False, True])
            .reset_index(drop=True)
        )
    return FlowResult(
        commodity,
        UNITS[commodity],
        float(value),
        src,
        snk,
        cut,
        pd.DataFrame(flows, columns=["from_node", "to_node", "flow", "capacity", "assets"]),
        uncapacitated,
    )


def _present(G: nx.MultiDiGraph, name: str) -> bool:
    return name in G.graph["places"] or (":" in name and name in G)


def question_flow_value(G: nx.MultiDiGraph, q: dict, *, graphs: dict | None = None) -> float:
    """Return the value of :func:`question_flow` (NaN when no source or no sink is in the network).

    ``graphs``: as in :func:`max_flow_value`.
    """
    src, snk = _question_ends(G, q)
    if not src or not snk:
        return float("nan")
    return max_flow_value(G, q["commodity"], src, snk, avoid_countries=q.get("avoid") or (), graphs=graphs)


def _question_ends(G: nx.MultiDiGraph, q: dict) -> tuple[list[str], list[str]]:
    """Return a question's sources and sinks that are in this network."""
    return [s for s in q["sources"] if _present(G, s)], [s for s in q["sinks"] if _present(G, s)]


def question_flow(G: nx.MultiDiGraph, q: dict) -> FlowResult | None:
    """Answer one flow question (``commodity``, ``sources``, ``sinks``, optional ``avoid``).

    Endpoints absent from this network (e.g. a proposed terminal not yet built) are
    dropped; None when no source or no sink is left.
    """
    src, snk = _question_ends(G, q)
    if not src or not snk:
        return None
    return max_flow(G, q["commodity"], src, snk, avoid_countries=q.get("avoid") or ())
