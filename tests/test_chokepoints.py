"""Assignment, country exposure, bridges and ranked chokepoints on the hand-built network."""

import pandas as pd
import pytest

from corridorkit.analysis.chokepoints import (
    asset_loads,
    assign,
    bridges_and_articulation_points,
    chokepoints,
    country_exposure,
)
from corridorkit.analysis.network import build_network
from corridorkit.layers.curated import load_features
from tests import netfixture


@pytest.fixture
def G(write_fc):
    feats, _ = load_features([write_fc(netfixture.features(), name="net.geojson")], shipped=False)
    return build_network(2026, features=feats)


DEMAND = pd.DataFrame(
    [
        {"commodity": "cargo", "origin": "t_ganja", "destination": "t_kars", "value": 2.0},
        {"commodity": "cargo", "origin": "t_ganja", "destination": "t_tbilisi", "value": 1.0},
        {"commodity": "cargo", "origin": "t_tbilisi", "destination": "t_kars", "value": 0.5},
    ]
)


def test_loads_add_up_the_demand_on_each_link(G):
    a = assign(G, DEMAND)
    loads = asset_loads(a).set_index("asset_id")
    # Ganja->Tbilisi, 178 km either way: road 178/45 + 6 h border = 10 h beats rail
    # 178/38 + 12 h = 16.7 h, so only Ganja->Kars (2.0) takes the AZ main line
    assert loads.loc["t_az_main", "load_mt"] == pytest.approx(2.0)
    assert loads.loc["t_road_az", "load_mt"] == pytest.approx(1.0)
    assert loads.loc["t_btk_new", "load_mt"] == pytest.approx(2.5)  # everything to Kars
    assert a.unserved.empty


def test_country_exposure_counts_transit_only_for_third_countries(G):
    a = assign(G, DEMAND)
    ex = country_exposure(G, a, DEMAND)
    row = ex[(ex.origin == "t_ganja") & (ex.destination == "t_kars")].iloc[0]
    assert row.countries == ["AZE", "GEO", "TUR"]
    # Georgia is transit only for Ganja->Kars (2.0 of the 2.0 Mt between third countries)
    assert ex.attrs["by_country"]["GEO"] == pytest.approx(1.0)


def test_bridges_are_the_links_without_an_alternative(G):
    bridges, arts = bridges_and_articulation_points(G)
    # Tbilisi-Akhalkalaki-Kars has no alternative; Ganja-Tbilisi has rail and road
    assert {"t_ge_btk", "t_btk_new"} <= set(bridges)
    assert "t_az_main" not in bridges and "t_road_az" not in bridges
    assert "t_tbilisi" in arts and "t_akhalkalaki" in arts


def test_chokepoints_rank_the_cut_first_and_explain(G):
    res = chokepoints(G, DEMAND, top=10)
    t = res.table
    assert t.iloc[0].unserved_demand == pytest.approx(2.5)  # cutting BTK strands all Kars demand
    assert t.iloc[0].element in ("t_ge_btk", "t_btk_new", "t_akhalkalaki")
    az = t.set_index("element").loc["t_az_main"]
    assert az.loss > 0 and az.unserved_demand == 0
    assert "Ganja" in az.explanation and "+" in az.explanation
