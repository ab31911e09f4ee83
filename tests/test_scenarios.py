"""Scenarios on the hand-built network: identity, explained deltas, errors by file and edit."""

import pandas as pd
import pytest
import yaml

from corridorkit.analysis.compare import compare
from corridorkit.analysis.scenario_model import read_scenario
from corridorkit.analysis.scenarios import apply_scenario
from corridorkit.errors import InputError
from corridorkit.layers.curated import load_features
from tests import netfixture

DEMAND = pd.DataFrame(
    [
        {"commodity": "cargo", "origin": "t_ganja", "destination": "t_kars", "value": 2.0, "note": ""},
        {"commodity": "cargo", "origin": "t_ganja", "destination": "t_tbilisi", "value": 1.0, "note": ""},
    ]
)
PLACES = ["t_ganja", "t_tbilisi", "t_kars"]


@pytest.fixture
def feats(write_fc):
    by_id, _ = load_features([write_fc(netfixture.features(), name="net.geojson")], shipped=False)
    return by_id


@pytest.fixture
def scen(tmp_path):
    def _write(name, edits, as_of=2026, extends=None):
        p = tmp_path / f"{name}.yaml"
        doc = {"name": name, "description": "test", "as_of": as_of, "edits": edits}
        if extends:
            doc["extends"] = str(tmp_path / f"{extends}.yaml")
        p.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        return p

    return _write


def test_an_empty_scenario_changes_nothing(feats, scen):
    base = scen("base", [])
    same = scen("same", [])
    c = compare(str(base), str(same), places=PLACES, questions=[], features=feats, demand=DEMAND)
    assert (c.od.change == "unchanged").all()
    assert c.loads.empty
    assert c.narrative == []


def test_opening_the_shortcut_is_traced_to_its_edit(feats, scen):
    from corridorkit.analysis.params import load_params
    from corridorkit.geo.geodesic import distance_km

    base = scen("base", [])
    s1 = scen(
        "s1",
        [
            {"op": "open", "asset": "t_shortcut", "why": "the direct line opens"},
            {"op": "delay", "asset": "t_redbridge", "hours": 1, "why": "customs cooperation"},
        ],
    )
    c = compare(str(base), str(s1), places=PLACES, questions=[], features=feats, demand=DEMAND)
    row = c.od.set_index(["origin", "destination"]).loc[("t_ganja", "t_kars")]
    x0, y0 = netfixture.PLACES["t_ganja"][:2]
    x1, y1 = netfixture.PLACES["t_kars"][:2]
    # the straight shortcut runs through Azerbaijan, Armenia and Türkiye, each at its own rail speed: the
    # reference measures each country's part as the line's intersection with the country's polygon
    import shapely
    from pyproj import Geod

    from corridorkit.layers.base import borders

    P = load_params()
    speeds = P.data["speed_kmh"]["rail_by_country"]
    line = shapely.LineString([(x0, y0), (x1, y1)])
    b = borders("core")
    expected, covered = 0.0, 0.0
    for code in ("AZE", "ARM", "TUR"):
        km = Geod(ellps="WGS84").geometry_length(line.intersection(b[b.adm0_a3 == code].geometry.values[0])) / 1000
        expected += km / speeds[code]["value"]
        covered += km
    assert covered == pytest.approx(distance_km(x0, y0, x1, y1), abs=1.0)
    assert row.time_h_scenario == pytest.approx(expected, rel=0.01)
    assert row.change == "shorter"
    assert "edit 1 of s1 (open t_shortcut)" in row.explained_by
    assert "edit 2" not in row.explained_by  # the Red Bridge is not on this route
    tbs = c.od.set_index(["origin", "destination"]).loc[("t_ganja", "t_tbilisi")]
    assert tbs.delta_time_h == pytest.approx(-5.0)  # road border 6 h -> 1 h
    assert tbs.explained_by.startswith("edit 2 of s1 (delay t_redbridge)")
    assert any("Ganja" in s and "because edit 1" in s for s in c.narrative)


def test_unknown_ids_are_errors_naming_file_edit_and_id(feats, scen):
    bad = scen(
        "bad",
        [
            {"op": "close", "asset": "t_shortcat", "why": "typo"},
            {"op": "forbid_country", "country": "XXX", "why": "no such"},
        ],
    )
    with pytest.raises(InputError) as exc:
        apply_scenario(str(bad), features=feats, base_demand=DEMAND)
    text = str(exc.value)
    assert "bad.yaml: feature 'edit 1': field 'asset': unknown asset or crossing 't_shortcat'" in text
    assert "t_shortcut" in text  # the close match is suggested
    assert "edit 2" in text and "XXX" in text


def test_contradictory_edits_are_reported(feats, scen):
    bad = scen(
        "contra",
        [
            {"op": "open", "asset": "t_shortcut", "why": "opens in 2027"},
            {"op": "close", "asset": "t_shortcut", "why": "blockade"},
        ],
    )
    with pytest.raises(InputError, match="edit 2.*contradicts edit 1"):
        apply_scenario(str(bad), features=feats, base_demand=DEMAND)


def test_a_scenario_may_override_its_base(feats, scen):
    scen("base", [{"op": "open", "asset": "t_shortcut", "why": "opens in 2027"}])
    child = scen("child", [{"op": "close", "asset": "t_shortcut", "why": "blockade"}], extends="base")
    st = apply_scenario(str(child), features=feats, base_demand=DEMAND)
    assert all(not d["active"] for _, _, d in st.network.edges(data=True) if d["asset_id"] == "t_shortcut")


def test_schema_errors_name_the_edit(scen):
    bad = scen(
        "schema",
        [
            {"op": "capacity", "asset": "x", "why": "both", "value": 1, "factor": 2},
            {"op": "teleport", "asset": "x", "why": "nope"},
        ],
    )
    with pytest.raises(InputError) as exc:
        read_scenario(bad)
    text = str(exc.value)
    assert "feature 'edit 1'" in text and "exactly one of value or factor" in text
    assert "feature 'edit 2'" in text


def test_forbidding_a_country_cuts_its_transit(feats, scen):
    s = scen("noge", [{"op": "forbid_country", "country": "GEO", "why": "transit ban"}])
    st = apply_scenario(str(s), features=feats, base_demand=DEMAND)
    assert all(
        not d["active"] for _, _, d in st.network.edges(data=True) if "GEO" in (d.get("countries") or [])
    )
    assert st.forbidden == {"all": {"GEO"}}


def test_a_prebuilt_network_is_reused_only_when_no_edit_changes_the_build(feats, scen):
    """A speed parameter edit must rebuild (edge times change); an assignment-only parameter need not."""
    from corridorkit.analysis.network import build_network

    base = apply_scenario(scen("b", []), features=feats, base_demand=DEMAND)
    prebuilt = base.network
    rail = [d for _, _, d in prebuilt.edges(data=True) if d["kind"] == "line" and d["layer"].startswith("rail")]
    assert rail
    slow = scen("slow", [{"op": "param", "key": "speed_kmh.rail", "factor": 0.5, "why": "test"}])
    st = apply_scenario(slow, features=feats, base_demand=DEMAND, network=prebuilt)
    fresh = build_network(st.scenario.as_of, features=feats, params=st.params)
    got = sorted(d["time_h"] for _, _, d in st.network.edges(data=True) if d["kind"] == "line")
    want = sorted(d["time_h"] for _, _, d in fresh.edges(data=True) if d["kind"] == "line")
    before = sorted(d["time_h"] for _, _, d in prebuilt.edges(data=True) if d["kind"] == "line")
    assert got == want and got != before  # rebuilt with the slower trains, not the prebuilt network's times
    risk = scen("risk", [{"op": "param", "key": "assignment.transit_risk_usd_per_unit.cargo", "value": 10,
                          "why": "test"}])
    st2 = apply_scenario(risk, features=feats, base_demand=DEMAND, network=prebuilt)
    assert st2.params.value("assignment.transit_risk_usd_per_unit.cargo") == 10
    assert sorted(d["time_h"] for _, _, d in st2.network.edges(data=True) if d["kind"] == "line") == before


@pytest.mark.parametrize("key", ["speed_kmh.rail.value", "speed_kmh", "no_such.key"])
def test_a_param_edit_on_something_that_is_not_a_number_names_the_key(feats, scen, key):
    bad = scen("bad", [{"op": "param", "key": key, "factor": 2, "why": "test"}])
    with pytest.raises(InputError) as e:
        apply_scenario(bad, features=feats, base_demand=DEMAND)
    assert key in str(e.value)


def test_reading_a_scenario_twice_gives_independent_copies_and_sees_edits_to_the_file(scen):
    p = scen("twice", [{"op": "close", "asset": "t_shortcut", "why": "test"}])
    a = read_scenario(p)
    a.edits.append(a.edits[0])
    a.title = "changed"
    b = read_scenario(p)
    assert len(b.edits) == 1 and b.title != "changed"
    doc = yaml.safe_load(p.read_text(encoding="utf-8"))
    doc["edits"].append({"op": "open", "asset": "t_az_main", "why": "test, a longer file"})
    p.write_text(yaml.safe_dump(doc), encoding="utf-8")  # the file changes (size and time): read again
    assert len(read_scenario(p).edits) == 2


def test_a_states_key_is_known_before_it_is_built_and_distinguishes_every_step():
    # compare skips building a step whose metrics it has, by this key: it must be apply_scenario's own, and
    # two different steps must never share one (they would share metrics)
    from corridorkit.analysis._reuse import reuse_results
    from corridorkit.analysis.scenarios import edit_chain, resolve_scenario, state_key

    sc = resolve_scenario("s1-s4-pivot-mediated")  # extends another scenario: edits from two files
    steps = range(len(edit_chain(sc)) + 1)
    assert state_key(sc, upto=1) is None  # outside a reuse block nothing is kept
    with reuse_results():
        keys = [state_key(sc, upto=k) for k in steps]
        assert keys == [apply_scenario(sc, upto=k).key for k in steps]
        assert len(set(keys)) == len(keys)
        feats, _ = load_features()
        assert state_key(sc, upto=1, features=feats) is None  # the caller's own inputs: not kept
        assert apply_scenario(sc, upto=1, features=feats).key is None
