"""The shipped cargo demand: every row lands on the network and the corridor rows add up to their published totals."""

import pytest

from corridorkit.analysis.demand import published_flows
from corridorkit.analysis.network import build_network

T_PER_TEU = 7.9  # 4.3 Mt in 542,400 loaded TEU (Russian Railways, China-Europe-China transit, Jan-Sep 2021)


def test_every_published_demand_row_names_places_of_the_network():
    # demand_table drops a row whose place is missing with only a warning: a renamed id would lose cargo silently
    places = set(build_network().graph["places"])
    pub = published_flows()
    missing = pub[~pub.origin.isin(places) | ~pub.destination.isin(places)]
    assert missing.empty, missing[["commodity", "origin", "destination"]].to_string()


def test_cargo_demand_rows_reproduce_the_published_corridor_totals():
    cargo = published_flows().query("commodity == 'cargo'").set_index(["origin", "destination"]).value

    def total(*pairs):
        return sum(cargo[p] for p in pairs)

    # Northern route, UTLC ERA 2024: 412,000 TEU westbound + 15.9 % of it eastbound
    northern = total(("xian", "duisburg"), ("xian", "warsaw"), ("duisburg", "xian"))
    assert northern == pytest.approx(412_000 * 1.159 * T_PER_TEU / 1e6, abs=0.05)
    # Middle Corridor 2024: 4.484 Mt, about half of it oil by tanker (left to the oil rows)
    titr = total(
        ("xian", "constanta_port"),
        ("xian", "istanbul"),
        ("almaty", "poti_port"),
        ("aktau_port", "baku"),
        ("almaty", "istanbul"),
        ("tashkent", "poti_port"),
        ("poti_port", "almaty"),
    )
    assert titr == pytest.approx(4.484 / 2, abs=0.05)
    # Kazakhstan-China 2024: exports 13.7 Mt, imports 32 - 13.7 - 15.3
    assert cargo[("astana", "urumqi")] == 13.7 and cargo[("xian", "almaty")] == pytest.approx(3.0)
    # the rows the S5 scenario shifts exist
    assert cargo[("almaty", "moscow")] > 0 and cargo[("tashkent", "moscow")] > 0
