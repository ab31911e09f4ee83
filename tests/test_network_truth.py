"""Network truth: every country an edge crosses, the region's corridors, dates, and the published figures."""


import pytest
import shapely
from pyproj import Geod

from corridorkit.analysis.flows import max_flow
from corridorkit.analysis.network import build_network
from corridorkit.analysis.params import load_params
from corridorkit.analysis.routing import resolve_place, route
from corridorkit.errors import UnknownIdError
from corridorkit.layers.base import borders, country_runs
from corridorkit.layers.curated import load_features
from corridorkit.layers.schema import Event, status_on
from tests.conftest import feature, make_asset, station

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def G26():
    return build_network("2026-07-01")


def _polygon_km(line, code):
    """Reference: the geodesic length of the line's intersection with a country's polygon."""
    b = borders("core")
    part = line.intersection(b[b.adm0_a3 == code].geometry.values[0])
    return GEOD.geometry_length(part) / 1000.0


def test_km_per_country_of_a_hand_made_line_match_the_polygon_intersection():
    # Akhaltsikhe (GE) to Ardahan (TR), a straight line across the border
    line = shapely.LineString([(42.98, 41.64), (42.70, 41.11)])
    runs = country_runs([line])[0]
    assert [c for c, _ in runs] == ["GEO", "TUR"]
    for code, km in runs:
        assert km == pytest.approx(_polygon_km(line, code), abs=1.0)
    assert sum(k for _, k in runs) == pytest.approx(GEOD.geometry_length(line) / 1000.0, abs=0.5)


def test_an_edge_across_a_border_knows_both_countries_and_each_runs_at_its_own_speed(write_fc):
    # a hand-made rail line from Georgia into Türkiye with no crossing point in the data
    coords = ((42.98, 41.64), (42.70, 41.11))
    line = feature(make_asset(id="t_line", nodes=["t_a", "t_b"], countries=["GEO", "TUR"]), coords)
    path = write_fc([line, station("t_a", *coords[0], "GEO"), station("t_b", *coords[1], "TUR")])
    by_id, _ = load_features([path], shipped=False)
    P = load_params()
    G = build_network(None, features=by_id, params=P)
    e = next(d for _, _, d in G.edges(data=True) if d["asset_id"] == "t_line" and d["countries"][0] == "GEO")
    assert e["countries"] == ["GEO", "TUR"]
    geo_km, tur_km = (k for _, k in e["country_km"])
    ls = shapely.LineString([(42.98, 41.64), (42.70, 41.11)])
    assert geo_km == pytest.approx(_polygon_km(ls, "GEO"), abs=1.0)
    speeds = P.data["speed_kmh"]["rail_by_country"]
    assert e["time_h"] == pytest.approx(geo_km / speeds["GEO"]["value"] + tur_km / speeds["TUR"]["value"], rel=1e-3)
    r = route(G, "t_a", "t_b")[0]
    assert r.countries == ["GEO", "TUR"] and [b["countries"] for b in r.unmodelled_crossings] == [["GEO", "TUR"]]
    with pytest.raises(Exception, match="no route"):
        route(G, "t_a", "t_b", avoid_countries=["TUR"])


def test_btc_carries_nothing_when_georgia_is_avoided(G26):
    # BTC crosses Azerbaijan, Georgia and Türkiye; its edges record all three, not the country at their midpoint
    assert max_flow(G26, "oil", ["sangachal"], ["ceyhan_terminal"]).value > 50
    assert max_flow(G26, "oil", ["sangachal"], ["ceyhan_terminal"], avoid_countries=["GEO"]).value == 0
    btc = [d for _, _, d in G26.edges(data=True) if d["asset_id"] == "btc"]
    assert btc and all(set(d["countries"]) == {"AZE", "GEO", "TUR"} for d in btc)


@pytest.mark.parametrize(
    "asset, published",
    [
        # BP: BTC 1,768 km (443 AZ, 249 GE, 1,076 TR); SCP 692 km (443 AZ, 248 GE), split where the SCPX loop
        # ends 62-63 km inside Georgia: scp (443 AZ + 63 GE) and scp_georgia_downstream (the other ~186 GE)
        ("btc", {"AZE": 443, "GEO": 249, "TUR": 1076}),
        ("scp", {"AZE": 443, "GEO": 63}),
        ("scp_georgia_downstream", {"GEO": 186}),
        ("scpx", {"AZE": 424, "GEO": 63}),
    ],
)
def test_km_per_country_of_the_pipelines_match_the_published_splits(G26, asset, published):
    km = {}
    for u, v, d in G26.edges(data=True):
        if d["asset_id"] == asset and u < v:
            for c, k in d["country_km"]:
                km[c] = km.get(c, 0.0) + k
    for c, pub in published.items():
        assert km[c] == pytest.approx(pub, abs=20), (c, km)


def test_a_bare_year_is_its_last_day_and_an_opening_due_in_a_year_counts_from_its_end():
    tl = [
        Event(date="2020", status="under_construction", sources=["s"]),
        Event(date="2026", status="operational", expected=True, sources=["s"]),
    ]
    assert status_on(tl, "2026-03") == "under_construction"  # due "in 2026": not open in March
    assert status_on(tl, 2026) == "operational"  # --as-of 2026 = 2026-12-31
    recorded = [Event(date="2019", status="operational", sources=["s"])]
    assert status_on(recorded, "2019-02-01") == "operational"  # a recorded opening counts from its first day


@pytest.mark.parametrize(
    "name, place",
    [("Aktau", "aktau_port"), ("Astrakhan", "astrakhan"), ("Van", "van_pier"), ("Amirabad", "amirabad_port"),
     ("Bakı", "baku"), ("Tatvan", "tatvan_pier"), ("Anzali", "anzali_port")],
)
def test_a_town_name_finds_its_station_or_port(G26, name, place):
    assert resolve_place(G26, name) == place


def test_an_unknown_place_suggests_names(G26):
    with pytest.raises(UnknownIdError, match="did you mean.*astrakhan"):
        resolve_place(G26, "Astrakan")


def test_the_questions_an_expert_asked_get_the_answers_an_expert_expects(G26):
    # Tbilisi to Kars (189 km apart) by road: Georgia and Türkiye only, through a Georgia–Türkiye crossing
    r = route(G26, "Tbilisi", "Kars", layers=["road"])[0]
    assert r.countries == ["GEO", "TUR"] and r.total_km < 400
    # China to Istanbul no longer detours through Ryazan: every route keeps within 1.8x the straight line
    r = route(G26, "Khorgos", "Istanbul")[0]
    assert "ryazan" not in {G26.nodes[n]["place"] for n in r.path} and r.circuity < 1.8
    # the Trans-Caspian branch of the North–South corridor can be asked, and its ports are Caspian ports
    r = route(G26, "Astrakhan", "Baku")[0]
    assert r.countries[0] == "RUS" and r.countries[-1] == "AZE"
    r = route(G26, "Aktau", "Baku", layers=["rail", "sea"])[0]
    assert any(a.startswith("sea_") for a in r.assets)
    # Iran and Türkiye are linked by rail (Van ferry) and road (Gürbulak), not only through Nakhchivan
    r = route(G26, "Tabriz", "Van", layers=["rail", "sea"])[0]
    assert r.countries == ["IRN", "TUR"] and "nakhchivan" not in {G26.nodes[n]["place"] for n in r.path}


def test_sea_legs_are_never_shorter_than_the_great_circle_and_land_lines_stay_on_land(G26):
    by_id, _ = load_features()
    for f in by_id.values():
        if f.asset.kind != "sea_link":
            continue
        (x0, y0), (x1, y1) = f.geometry.coords[0], f.geometry.coords[-1]
        gc = GEOD.inv(x0, y0, x1, y1)[2] / 1000.0
        assert GEOD.geometry_length(f.geometry) / 1000.0 >= gc - 0.01, f.asset.id
    over = dict(G26.graph["report"].over_water)
    land_lines = {k: v for k, v in over.items() if not by_id[k].asset.kind == "pipeline"}
    # two coastal lines still touch the Natural Earth coastline's bays; nothing crosses open water
    assert all(v < 15 for v in land_lines.values()), land_lines


def test_every_validation_question_is_within_tolerance_or_explained():
    from corridorkit.analysis.validation import load_questions, run, score

    vs = load_questions()
    assert len(vs.questions) >= 40
    df = run(vs)
    bad = df[df.status.isin(["outside", "no route"])]
    assert bad.empty, bad[["id", "metric", "low", "high", "modelled", "detail"]].to_string()
    must = df[df.must_hold]
    assert len(must) >= 10 and (must.status == "ok").all(), must[["id", "status"]].to_string()
    sc = score(df)
    assert sc["ok"] >= 0.6 * (sc["total"] - sc["not in model"] - sc["input check"])
