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


def test_the_gravity_fill_leaves_out_the_country_pairs_the_file_lists_and_keeps_its_total():
    import yaml

    from corridorkit.analysis.demand import demand_path, demand_table

    G = build_network()
    info = G.graph["place_info"]
    d = demand_table(G)
    grav = d[(d.commodity == "cargo") & (d.sources == "gravity model")]

    def country(p):
        return info[p]["countries"][0]

    rows = published_flows().query("commodity == 'cargo'")  # the file's rows, not the table built from them
    listed = {(country(o), country(t)) for o, t in zip(rows.origin, rows.destination, strict=True)}
    assert ("CHN", "DEU") in listed and ("KAZ", "RUS") in listed
    filled = {(country(o), country(t)) for o, t in zip(grav.origin, grav.destination, strict=True)}
    assert not filled & listed  # no listed trade counted twice
    total = yaml.safe_load(demand_path().read_text(encoding="utf-8"))["gravity"]["total_mt"]["value"]
    assert grav.value.sum() == pytest.approx(total)
