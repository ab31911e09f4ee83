"""Oil through the Turkish Straits: a strait's oil capacity caps every sea line through it; BTC bypasses it."""

import networkx as nx
import pandas as pd
import pytest
from shapely.geometry import LineString

from corridorkit.analysis.assignment import assign
from corridorkit.analysis.compare import flow_questions
from corridorkit.analysis.edges import make_edge
from corridorkit.analysis.flows import carries, max_flow, question_flow
from corridorkit.analysis.network import build_network
from corridorkit.analysis.params import load_params
from corridorkit.analysis.scenarios import apply_scenario

# BTC's published capacity, 1.2 million b/d, in Mt/y at 7.33 barrels per tonne
BTC_MT = 1.2e6 * 365 / 7.33 / 1e6  # 59.75
STRAITS_MBD = 3.4  # EIA, Turkish Straits 2023


def _toy(strait_cap):
    """Two Black Sea terminals (50, 40 Mt/y) -> strait -> market; a 30 Mt/y pipeline bypasses the strait."""
    p = load_params()
    G = nx.MultiDiGraph()
    geom = LineString([(0, 0), (1, 1)])
    nodes = {
        "src": "pipeline_oil",
        "t1": "sea",
        "t2": "sea",
        "strait": "sea",
        "med": "sea",
        "byp": "pipeline_oil",
    }
    for n, layer in nodes.items():
        G.add_node(
            f"{n}:{layer}", place=n, layer=layer, kind="chokepoint" if n == "strait" else "terminal", name=n
        )
    G.nodes["strait:sea"]["oil_capacity"] = strait_cap
    edges = [
        ("src:pipeline_oil", "t1:sea", "a1", 50, "pipeline_oil>sea", "transfer"),
        ("src:pipeline_oil", "t2:sea", "a2", 40, "pipeline_oil>sea", "transfer"),
        ("t1:sea", "strait:sea", "leg1", 200, "sea", "line"),
        ("t2:sea", "strait:sea", "leg2", 200, "sea", "line"),
        ("strait:sea", "med:sea", "leg3", 200, "sea", "line"),
        ("src:pipeline_oil", "byp:pipeline_oil", "btc", 30, "pipeline_oil", "line"),
        ("byp:pipeline_oil", "med:sea", "ceyhan", 1000, "pipeline_oil>sea", "transfer"),
    ]
    for u, v, asset, cap, layer, kind in edges:
        for a, b in ((u, v), (v, u)):
            G.add_edge(
                a,
                b,
                **make_edge(
                    kind=kind,
                    mode="sea",
                    layer=layer,
                    asset_id=asset,
                    name=asset,
                    status="operational",
                    active=True,
                    geometry=geom,
                    params=p,
                    km=100.0,
                    capacity=cap,
                    countries=["TUR"],
                    country_km=[],
                ),
            )
    G.graph["places"] = {n: [f"{n}:{layer}"] for n, layer in nodes.items()}
    return G


@pytest.mark.parametrize(("strait", "expected"), [(1000, 120), (60, 90), (0, 30)])
def test_toy_strait_caps_all_lines_through_it(strait, expected):
    # hand-computed: min(50 + 40, strait) through the strait plus the 30 Mt/y bypass
    r = max_flow(_toy(strait), "oil", ["src:pipeline_oil"], ["med:sea"])
    assert r.value == pytest.approx(expected)
    assert ("strait" in set(r.min_cut.assets)) == (strait < 90)


@pytest.mark.parametrize(("strait", "served"), [(60, 90), (0, 30)])
def test_toy_assignment_respects_the_strait(strait, served):
    # 100 Mt/y from the field to the market: the strait passes `strait`, the bypass 30, the rest is unserved
    demand = pd.DataFrame({"commodity": ["oil"], "origin": ["src"], "destination": ["med"], "value": [100.0]})
    a = assign(_toy(strait), demand, commodity="oil")
    assert a.summary["unserved"] == pytest.approx(100 - served)
    el = a.links.set_index("element")
    assert el.loc["oil:strait", "load"] == pytest.approx(served - 30)
    assert el.loc["oil:strait", "load"] <= el.loc["oil:strait", "capacity"] + 1e-6


@pytest.fixture(scope="module")
def questions():
    return {q["id"]: q for q in flow_questions()}


@pytest.fixture(scope="module")
def G2030():
    return build_network(2030)


def _with_straits(G, cap):
    H = G.copy()
    for _, d in H.nodes(data=True):
        if d.get("place") in ("bosphorus", "dardanelles"):
            d["oil_capacity"] = cap
    return H


def _on(r, asset):
    ef = r.edge_flows
    return float(ef[ef.assets == asset].flow.max()) if (ef.assets == asset).any() else 0.0


def test_straits_carry_the_published_oil_flow(G2030):
    caps = [
        d["oil_capacity"] for _, d in G2030.nodes(data=True) if d.get("place") in ("bosphorus", "dardanelles")
    ]
    assert len(caps) == 2
    assert caps == pytest.approx([STRAITS_MBD * 1e6 * 365 / 7.33 / 1e6] * 2, rel=1e-3)  # 169.3 Mt/y


def test_straits_closed_black_sea_crude_stops_and_ceyhan_carries_btc(G2030, questions):
    r = question_flow(_with_straits(G2030, 0.0), questions["caspian_oil_to_mediterranean"])
    assert _on(r, "sea_dardanelles_med_oil") == 0.0
    assert _on(r, "sea_cpc_bosphorus_oil") == 0.0
    assert _on(r, "sea_ceyhan_med_oil") == pytest.approx(BTC_MT, abs=0.05)
    assert r.value == pytest.approx(BTC_MT, abs=0.05)
    # Kazakh oil: the China pipeline's 10 left for Kazakh crude (20 less ~10 of Russian transit), Atyrau-Samara
    # 17.5 and the Aktau tankers to BTC 1.5 (published figures)
    k = question_flow(_with_straits(G2030, 0.0), questions["kazakh_oil_export"])
    assert k.value == pytest.approx(10 + 17.5 + 1.5)


def test_straits_bind_kazakh_crude_below_cpc_loadings(G2030, questions):
    open_ = question_flow(G2030, questions["kazakh_oil_export"])
    tight = question_flow(_with_straits(G2030, 30.0), questions["kazakh_oil_export"])
    assert tight.value == pytest.approx(10 + 17.5 + 1.5 + 30)
    assert "bosphorus" in set(tight.min_cut.assets) or "dardanelles" in set(tight.min_cut.assets)
    assert open_.value > tight.value


def test_restricted_straits_scenario_halves_their_oil_capacity():
    st = apply_scenario("s4-straits-restricted")
    caps = [
        d["oil_capacity"]
        for _, d in st.network.nodes(data=True)
        if d.get("place") in ("bosphorus", "dardanelles")
    ]
    assert caps == pytest.approx([0.5 * STRAITS_MBD * 1e6 * 365 / 7.33 / 1e6] * 2, rel=1e-3)  # 84.7 Mt/y


def test_cargo_does_not_sail_tanker_routes(G2030):
    tanker = [d for _, _, d in G2030.edges(data=True) if d["asset_id"] == "sea_batumi_bosphorus_oil"]
    assert tanker and not any(carries(d, "cargo") for d in tanker)
    assert all(carries(d, "oil") for d in tanker)
