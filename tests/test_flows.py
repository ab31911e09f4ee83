"""Max-flow and min-cut on hand-built pipelines, and flow properties under Hypothesis."""

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridorkit.analysis.flows import max_flow
from corridorkit.analysis.network import build_network
from corridorkit.layers.curated import load_features
from tests.conftest import feature, make_asset

PTS = {
    "f_field": (50.0, 40.0, "AZE"),
    "f_hub": (47.0, 41.0, "AZE"),
    "f_border": (43.6, 41.5, "GEO"),
    "f_market": (41.0, 40.5, "TUR"),
}


def point(pid, kind="junction"):
    x, y, c = PTS[pid]
    return feature(
        make_asset(
            id=pid,
            name=pid,
            names={},
            kind=kind,
            mode="pipeline",
            countries=[c],
            gauge_mm=None,
            capacity=[],
            nodes=[],
        ),
        (x, y),
        "Point",
    )


def pipe(pid, a, b, cap, *, status="operational", unit="bcm/y"):
    timeline = [{"date": "2000", "status": status, "sources": ["s1"]}]
    return feature(
        make_asset(
            id=pid,
            name=pid,
            names={},
            kind="pipeline",
            mode="pipeline",
            commodities=["gas"],
            countries=[PTS[a][2], PTS[b][2]] if PTS[a][2] != PTS[b][2] else [PTS[a][2]],
            gauge_mm=None,
            nodes=[a, b],
            timeline=timeline,
            status=status,
            status_date="2024",
            capacity=[{"value": cap, "unit": unit, "commodity": "gas", "basis": "design", "sources": ["s1"]}],
        ),
        [PTS[a][:2], PTS[b][:2]],
    )


@pytest.fixture
def gas_net(write_fc):
    feats = [point(p) for p in PTS] + [
        pipe("g_upstream", "f_field", "f_hub", 30),
        pipe("g_main", "f_hub", "f_border", 16),
        pipe("g_loop", "f_hub", "f_border", 7),  # a parallel loop adds capacity
        pipe("g_export", "f_border", "f_market", 20),
        pipe("g_new", "f_field", "f_border", 10, status="proposed"),
    ]
    by_id, _ = load_features([write_fc(feats, name="gas.geojson")], shipped=False)
    return by_id


def test_max_flow_respects_the_downstream_limit_and_names_the_cut(gas_net):
    G = build_network(2026, features=gas_net)
    r = max_flow(G, "gas", ["f_field"], ["f_market"])
    # hub -> border: 16 + 7 = 23 < export 20: the export pipeline binds at 20 bcm/y
    assert r.value == pytest.approx(20.0)
    assert r.unit == "bcm/y"
    assert r.min_cut.assets.tolist() == ["g_export"]
    assert r.min_cut.capacity.sum() == pytest.approx(r.value)


def test_a_new_pipeline_raises_flow_only_up_to_the_downstream_limit(gas_net):
    G = build_network(2026, features=gas_net)
    before = max_flow(G, "gas", ["f_field"], ["f_hub"]).value
    for e in G.edges(data=True):
        if e[2]["asset_id"] == "g_new":
            e[2]["active"] = True
    to_market = max_flow(G, "gas", ["f_field"], ["f_market"]).value
    to_border = max_flow(G, "gas", ["f_field"], ["f_border"]).value
    assert before == pytest.approx(30.0)
    assert to_border == pytest.approx(23.0 + 10.0)  # both routes to the border
    assert to_market == pytest.approx(20.0)  # still capped by the export line


@st.composite
def capacitated_digraphs(draw):
    n = draw(st.integers(3, 8))
    edges = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.integers(1, 20)),
            min_size=2,
            max_size=20,
        )
    )
    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    for a, b, c in edges:
        if a != b:
            D.add_edge(a, b, capacity=c)
    return D


@given(capacitated_digraphs(), st.integers(0, 100))
@settings(max_examples=60, deadline=None)
def test_max_flow_equals_min_cut_and_grows_with_capacity(D, bump):
    s, t = 0, len(D) - 1
    value, (reach, rest) = nx.minimum_cut(D, s, t)
    cut_cap = sum(d["capacity"] for u, v, d in D.edges(data=True) if u in reach and v in rest)
    assert value == cut_cap
    if D.number_of_edges():
        u, v = sorted(D.edges)[bump % D.number_of_edges()]
        D2 = D.copy()
        D2[u][v]["capacity"] += 5
        assert nx.maximum_flow_value(D2, s, t) >= value


def test_kazakh_oil_without_cpc_goes_by_rail_and_tanker_to_btc_bounded_by_published_volumes():
    from corridorkit.analysis.network import set_asset_active

    G = build_network(2030)
    sinks = ["cpc_terminal", "ceyhan_terminal", "alashankou"]
    set_asset_active(G, "cpc", False)
    r = max_flow(G, "oil", ["tengiz"], sinks)
    # Tengiz crude railed to Aktau, shipped to Sangachal, into BTC: bounded by the shipped volume
    assert r.value == pytest.approx(1.5)
    assert r.min_cut.assets.tolist() == ["sea_aktau_sangachal_oil"]
    used = set("+".join(r.edge_flows.assets).split("+"))
    assert {"rail_tengiz_aktau_oil", "btc"} <= used
    # only oil-only rail lines carry oil: no mixed-cargo rail line appears in the flows
    assert not any(a.startswith("rail_") and a != "rail_tengiz_aktau_oil" for a in used)
    # the western Kazakh fields reach China through Kenkiyak–Kumkol–Atasu–Alashankou
    china = max_flow(G, "oil", ["oil_kenkiyak"], ["alashankou"])
    assert china.value == pytest.approx(10.0)
    # two cuts of 10 Mt/y tie: Kenkiyak-Kumkol (10) and Atasu-Alashankou's 20 less the ~10 of Russian transit
    assert china.min_cut.assets.tolist() in (["oil_kenkiyak_kumkol"], ["kz_china_oil_atasu_alashankou"])
    on_path = set("+".join(china.edge_flows.assets).split("+"))
    assert {"oil_kenkiyak_kumkol", "oil_kumkol_atasu", "kz_china_oil_atasu_alashankou"} <= on_path
