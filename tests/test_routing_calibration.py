"""Calibration of the time model against published transit times (docs/calibration.md).

Each expectation is a published figure with its source, not a number the model produced:

- Xi'an–Duisburg by the Northern route: "standard transit time 12–14 days" (shiphub.co), "12–16 days"
  before fixed timetables, over 9,908 km (duisport, via railmarket.com).
- China to the Black Sea ports by the Middle Corridor: 38–53 days in 2022, 19–23 days early 2023, 14–18
  targeted for end-2023 (newscentralasia.net, 4 Mar 2023).
- World Bank (2023): the Middle Corridor takes about 3× the Northern route (2022 conditions, see the
  doc) and about as long as the maritime route.
- Caspian ferries: Baku–Turkmenbashi ~12 h (eurasia.travel), Baku–Kuryk 18 h, Baku–Aktau 22 h (Kuryk
  port's general manager, sudohodstvo 2017).
"""

import pytest

from corridorkit.analysis.network import build_network
from corridorkit.analysis.routing import route

AS_OF = "2025-07-15"


@pytest.fixture(scope="module")
def G():
    return build_network(AS_OF)


def _days(G, o, d, **kw):
    return route(G, o, d, **kw)[0]


def test_northern_route_xian_duisburg_matches_the_published_schedule(G):
    r = _days(G, "xian", "duisburg", layers=["rail", "sea"])
    assert "RUS" in r.countries and "BLR" in r.countries
    assert 12 <= r.total_days <= 16
    assert r.total_km == pytest.approx(9908, rel=0.10)


def test_middle_corridor_to_the_black_sea_within_the_2023_range(G):
    r = _days(G, "xian", "poti_port", layers=["rail", "sea"], avoid_countries=["RUS", "IRN"])
    assert {"KAZ", "AZE", "GEO"} <= set(r.countries)
    # 19–23 days achieved early 2023, 14–18 targeted; the 2025 network sits in that span
    assert 14 <= r.total_days <= 23


def test_middle_corridor_is_slower_than_northern_and_comparable_to_sea(G):
    # the Middle Corridor avoids Iran too: the southern route through Turkmenistan and Iran is its own corridor
    mc = _days(G, "xian", "duisburg", layers=["rail", "sea"], avoid_countries=["RUS", "BLR", "IRN"])
    north = _days(G, "xian", "duisburg", layers=["rail", "sea"])
    sea = _days(G, "shanghai_port", "rotterdam_port", layers=["sea"])
    assert "RUS" not in mc.countries and "BLR" not in mc.countries
    # lower bound from the published spans: the best 2023 time to the Black Sea alone (19 days) over the
    # slowest Northern schedule (16 days) = 1.2; upper: the World Bank's ~3x for the congested 2022 corridor
    assert 1.2 <= mc.total_days / north.total_days <= 3.5
    assert 0.7 <= mc.total_days / sea.total_days <= 1.3


@pytest.mark.parametrize(
    ("port", "lo", "hi"),
    [("turkmenbashi_port", 10, 15), ("kuryk_port", 18, 22), ("aktau_port", 18, 22)],
)
def test_caspian_crossings_take_the_published_hours(G, port, lo, hi):
    hours = [
        d["time_h"]
        for u, v, d in G.edges(data=True)
        if d["kind"] == "line"
        and G.nodes[u].get("place") == port
        and G.nodes[v].get("place") == "alat_port"
    ]
    assert hours, f"no sea link {port} -> alat_port"
    assert lo <= min(hours) <= hi

