"""The multimodal network and routing on a hand-built layer, against hand-computed expectations."""

import networkx as nx
import numpy as np
import pytest

from corridorkit.analysis.network import build_network
from corridorkit.analysis.od import od_matrix
from corridorkit.analysis.params import Params, load_params
from corridorkit.analysis.routing import resolve_place, route
from corridorkit.errors import NoRouteError, UnknownIdError
from corridorkit.geo.geodesic import distance_km
from corridorkit.layers.curated import load_features
from tests import netfixture

P = load_params()
# The hand computations below use one rail speed; the shipped model runs each country at its own speed
# (tested separately on a two-country line).
P1 = Params({**P.data, "speed_kmh": {k: v for k, v in P.data["speed_kmh"].items() if k != "rail_by_country"}})


@pytest.fixture
def G(write_fc):
    p = write_fc(netfixture.features(), name="net.geojson")
    feats, _ = load_features([p], shipped=False)
    return build_network(2026, features=feats, params=P1)


def km(a, b):
    (x0, y0, *_), (x1, y1, *_) = netfixture.PLACES[a], netfixture.PLACES[b]
    return distance_km(x0, y0, x1, y1)


def test_nodes_follow_osmnx_conventions(G):
    for _, d in G.nodes(data=True):
        assert {"x", "y"} <= set(d)
    for _, _, d in G.edges(data=True):
        assert {
            "length",
            "geometry",
            "mode",
            "asset_id",
            "status",
            "capacity",
            "countries",
            "time_h",
            "cost_usd_per_t",
            "cost_usd_per_teu",
        } <= set(d)


def test_gauge_break_and_border_are_explicit_edges(G):
    transfers = [d for _, _, d in G.edges(data=True) if d["kind"] == "transfer"]
    assert {d["transfer"] for d in transfers} == {"gauge_break", "road_rail"}
    assert any(d["asset_id"] == "t_akhalkalaki" and d["transfer"] == "gauge_break" for d in transfers)
    borders = [d for _, _, d in G.edges(data=True) if d["kind"] == "border" and d["asset_id"] == "t_bk"]
    assert {tuple(d["countries"]) for d in borders} == {("AZE", "GEO"), ("GEO", "AZE")}


def test_unbuilt_line_stays_in_the_graph_switched_off(G):
    e = [d for _, _, d in G.edges(data=True) if d["asset_id"] == "t_shortcut"]
    assert e and all(not d["active"] and d["status"] == "proposed" for d in e)


def test_fastest_route_time_is_the_hand_computed_sum(G):
    r = route(G, "t_ganja", "t_kars", weight="time")[0]
    rail_km = (
        km("t_ganja", "t_bk")
        + km("t_bk", "t_tbilisi")
        + km("t_tbilisi", "t_akhalkalaki")
        + km("t_akhalkalaki", "t_kars")
    )
    expected_h = (
        rail_km / P1.value("speed_kmh.rail")
        + P.value("border_delay_h.rail")
        + P.value("transfer_h.gauge_break")
    )
    assert r.total_hours == pytest.approx(expected_h, rel=1e-6)
    assert r.total_km == pytest.approx(rail_km, rel=1e-6)
    assert r.countries == ["AZE", "GEO", "TUR"]
    # the AZE-GEO crossing is a modelled crossing point; the fixture's BTK line runs from Georgia into
    # Türkiye without one: still a border crossed, said so, and no border time charged for it
    assert [(b["crossing"], b["modelled"]) for b in r.border_crossings] == [("t_bk", True), ("t_btk_new", False)]
    assert [b["countries"] for b in r.unmodelled_crossings] == [["GEO", "TUR"]]
    assert [t["transfer"] for t in r.transfers] == ["gauge_break"]
    # legs sum to the totals
    assert r.legs.hours.sum() == pytest.approx(r.total_hours)
    assert r.legs.km.sum() == pytest.approx(r.total_km)
    gdf = r.to_gdf()
    assert gdf.crs.to_epsg() == 4326 and gdf.km.sum() == pytest.approx(rail_km)


def test_k_alternatives_are_genuinely_different(G):
    rs = route(G, "t_ganja", "t_tbilisi", weight="time", k=3)
    assert len(rs) == 2  # rail via Beyuk Kesik, road via the Red Bridge: nothing else exists
    assert set(rs[0].assets) != set(rs[1].assets)
    assert rs[0].total_hours <= rs[1].total_hours
    road = [r for r in rs if "t_redbridge" in r.assets][0]
    # the road crossing's sourced 6 h delay is used, not the default
    assert [b["hours"] for b in road.border_crossings] == [6]


def test_avoiding_a_country_and_unreachable_pairs_explain_themselves(G):
    with pytest.raises(NoRouteError, match="t_shortcut \\(proposed\\)|avoided GEO"):
        route(G, "t_ganja", "t_kars", avoid_countries=["GEO"])


def test_unknown_place_suggests_close_matches(G):
    with pytest.raises(UnknownIdError, match="t_tbilisi"):
        resolve_place(G, "t_tblisi")
    assert resolve_place(G, "TBILISI") == "t_tbilisi"


def test_od_matrix_equals_a_naive_networkx_reference(G):
    places = ["t_ganja", "t_tbilisi", "t_kars", "t_akhalkalaki"]
    od = od_matrix(G, places, weight="time")
    for o in places:
        for d in places:
            if o == d:
                continue
            best = np.inf
            D = nx.DiGraph()
            for u, v, data in G.edges(data=True):
                if data["active"] and not data["layer"].startswith("pipeline"):
                    w = data["time_h"]
                    if not D.has_edge(u, v) or D[u][v]["weight"] > w:
                        D.add_edge(u, v, weight=w)
            for s in G.graph["places"][o]:
                for t in G.graph["places"][d]:
                    if s in D and t in D and nx.has_path(D, s, t):
                        best = min(best, nx.shortest_path_length(D, s, t, weight="weight"))
            assert od.loc[o, d] == pytest.approx(best, rel=1e-6, abs=1e-6), (o, d)


def test_opening_the_shortcut_in_a_later_year_shortens_the_trip(write_fc):
    feats = netfixture.features()
    for f in feats:
        if f["properties"]["id"] == "t_shortcut":
            f["properties"]["timeline"] = [
                {"date": "2020", "status": "proposed", "sources": ["s1"]},
                {"date": "2025", "status": "under_construction", "sources": ["s1"]},
                {"date": "2029-12", "status": "operational", "expected": True, "sources": ["s1"]},
            ]
            f["properties"]["status"] = "under_construction"
            f["properties"]["status_date"] = "2026"
    p = write_fc(feats, name="net2.geojson")
    by_id, _ = load_features([p], shipped=False)
    t2026 = route(build_network(2026, features=by_id, params=P1), "t_ganja", "t_kars")[0].total_hours
    t2030 = route(build_network(2030, features=by_id, params=P1), "t_ganja", "t_kars")[0].total_hours
    assert t2030 == pytest.approx(km("t_ganja", "t_kars") / P1.value("speed_kmh.rail"))
    assert t2030 < t2026
