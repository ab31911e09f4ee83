"""The Russia/Belarus transit risk premium, shared service capacities and ``param`` scenario edits."""

import networkx as nx
import pandas as pd
import pytest
from shapely.geometry import LineString

from corridorkit.analysis.assignment import assign
from corridorkit.analysis.edges import make_edge
from corridorkit.analysis.params import load_params
from corridorkit.analysis.scenario_model import Scenario
from corridorkit.analysis.scenarios import apply_scenario
from corridorkit.errors import InputError

KEY = "assignment.transit_risk_usd_per_unit.cargo"


def _params(premium: float, max_cost_ratio: float = 100.0):
    p = load_params()
    # time costs nothing here, so path costs are the money costs written below
    over = {"assignment": {"value_of_time_usd_per_unit_h": {"cargo": {"value": 0}}}}
    over["assignment"]["transit_risk_usd_per_unit"] = {"cargo": {"value": premium}}
    # the detour limit is out of the way unless a test sets it (100 x the cheapest: above the 10,000 penalty)
    over["assignment"]["max_cost_ratio"] = {"cargo": {"value": max_cost_ratio}}
    return p.with_overrides(over)


def _graph(lines, borders=()):
    """lines: (u, v, asset, usd_per_t, capacity, country, shared); borders: (u, v, asset, [from, to])."""
    p = load_params()
    G = nx.MultiDiGraph()
    geom = LineString([(0, 0), (1, 1)])
    for u, v, asset, usd, cap, country, shared in lines:
        for n in (u, v):
            G.add_node(n, place=n.split(":")[0], layer="rail1520")
        for a, b in ((u, v), (v, u)):
            G.add_edge(
                a,
                b,
                **make_edge(
                    kind="line",
                    mode="rail",
                    layer="rail1520",
                    asset_id=asset,
                    name=asset,
                    status="operational",
                    active=True,
                    geometry=geom,
                    params=p,
                    km=100,
                    time_h=0.0,
                    cost_usd_per_t=usd,
                    capacity=cap,
                    capacity_basis="design",
                    countries=[country],
                    capacity_shared=shared,
                ),
            )
    for u, v, asset, sides in borders:
        for (a, b), cs in (((u, v), sides), ((v, u), sides[::-1])):
            G.add_edge(
                a,
                b,
                **make_edge(
                    kind="border",
                    mode="rail",
                    layer="rail1520>rail1520",
                    asset_id=asset,
                    name=asset,
                    status="operational",
                    active=True,
                    geometry=geom,
                    params=p,
                    time_h=0.0,
                    cost_usd_per_t=0.0,
                    countries=cs,
                    country_km=[],
                ),
            )
    places = {}
    for n, d in G.nodes(data=True):
        places.setdefault(d["place"], []).append(n)
    G.graph["places"] = {k: sorted(v) for k, v in places.items()}
    return G


def _demand(*rows):
    return pd.DataFrame(
        [{"commodity": "cargo", "origin": o, "destination": d, "value": v} for o, d, v in rows]
    )


@pytest.fixture
def two_routes():
    # o -> d through Russia: o-b (10 USD/t, KAZ), border b KAZ->RUS, b-d (10 USD/t, RUS): 20 USD/t + premium.
    # o -> d around it: one line, 50 USD/t (KAZ). By hand: the premium flips the choice at 50 - 20 = 30 USD/t.
    return _graph(
        [
            ("o:r", "b:r:KAZ", "kz_line", 10.0, 10.0, "KAZ", None),
            ("b:r:RUS", "d:r", "ru_line", 10.0, 10.0, "RUS", None),
            ("o:r", "d:r", "bypass", 50.0, 10.0, "KAZ", None),
        ],
        [("b:r:KAZ", "b:r:RUS", "kz_ru_border", ["KAZ", "RUS"])],
    )


@pytest.mark.parametrize(
    ("premium", "via"),
    [(0, "kz_line > kz_ru_border > ru_line"), (29, "kz_line > kz_ru_border > ru_line"), (31, "bypass")],
)
def test_the_premium_flips_the_route_at_the_hand_computed_cost_difference(two_routes, premium, via):
    a = assign(two_routes, _demand(("o", "d", 5)), params=_params(premium))
    assert list(a.paths.assets) == [via]
    assert a.paths.flow.sum() == pytest.approx(5)
    assert a.paths.cost.iloc[0] == pytest.approx(min(20 + premium, 50))


def test_the_premium_is_paid_on_entering_russia_not_on_leaving_it(two_routes):
    # d -> o leaves Russia over the same border: 20 USD/t, no premium, so it keeps the short route at 31
    a = assign(two_routes, _demand(("d", "o", 5)), params=_params(31))
    assert list(a.paths.assets) == ["ru_line > kz_ru_border > kz_line"]
    assert a.paths.cost.iloc[0] == pytest.approx(20)


def test_a_full_bypass_sends_the_rest_through_russia_even_at_a_high_premium(two_routes):
    # demand 15, bypass holds 10: 10 around, 5 through Russia (at 20 + 100 < the unserved penalty)
    a = assign(two_routes, _demand(("o", "d", 15)), params=_params(100))
    flows = dict(zip(a.paths.assets, a.paths.flow, strict=True))
    assert flows == pytest.approx({"bypass": 10, "kz_line > kz_ru_border > ru_line": 5})
    # one more Mt/y on the bypass saves 120 - 50 = 70 USD/t
    assert a.links.set_index("element").dual["bypass:d-o"] == pytest.approx(70)


@pytest.mark.parametrize(
    ("premium", "via_russia", "unserved", "bypass_dual"),
    # the cheapest route is the bypass (50); at most 2 x 50 = 100 USD/t is paid: through Russia costs 20 + premium
    [(40, 5, 0, 60 - 50), (79, 5, 0, 99 - 50), (81, 0, 5, 100 - 50), (200, 0, 5, 100 - 50)],
)
def test_cargo_pays_at_most_twice_its_cheapest_route_and_is_unserved_beyond(two_routes, premium, via_russia,
                                                                           unserved, bypass_dual):
    a = assign(two_routes, _demand(("o", "d", 15)), params=_params(premium, max_cost_ratio=2.0))
    flows = dict(zip(a.paths.assets, a.paths.flow, strict=True))
    assert flows.get("bypass") == pytest.approx(10)
    assert flows.get("kz_line > kz_ru_border > ru_line", 0) == pytest.approx(via_russia)
    assert a.summary["unserved"] == pytest.approx(unserved)
    # one more Mt/y on the bypass is worth what the marginal tonne pays beyond the bypass's 50 USD/t
    assert a.links.set_index("element").dual["bypass:d-o"] == pytest.approx(bypass_dual)


def test_lines_of_one_service_share_its_capacity():
    # two ferry routes of one fleet, 4 Mt/y over both: demand 3 on each -> 4 served, 2 unserved
    lines = [
        ("p:r", "q:r", "ferry_a", 5.0, 4.0, "AZE", "fleet"),
        ("s:r", "t:r", "ferry_b", 5.0, 4.0, "AZE", "fleet"),
    ]
    a = assign(_graph(lines), _demand(("p", "q", 3), ("s", "t", 3)), params=_params(0))
    assert a.summary["served"] == pytest.approx(4)
    assert a.summary["unserved"] == pytest.approx(2)
    assert list(a.binding.element) == ["service:fleet"]
    # without the shared service each route holds 4: all 6 served
    own = [(u, v, n, c, cap, k, None) for u, v, n, c, cap, k, _ in lines]
    assert (
        assign(_graph(own), _demand(("p", "q", 3), ("s", "t", 3)), params=_params(0)).summary["served"] == 6
    )


def test_a_param_edit_changes_the_premium_the_scenario_assigns_with():
    base = load_params().value(KEY)
    sc = Scenario(
        name="t", description="t", as_of=2025, edits=[{"op": "param", "key": KEY, "factor": 2, "why": "test"}]
    )
    assert apply_scenario(sc).params.value(KEY) == pytest.approx(2 * base)
    assert apply_scenario("s5-emancipation").params.value(KEY) == pytest.approx(2 * base)


def test_a_param_edit_with_an_unknown_key_names_the_field():
    bad = Scenario(
        name="t",
        description="t",
        as_of=2025,
        edits=[{"op": "param", "key": "assignment.no_such", "value": 1, "why": "test"}],
    )
    with pytest.raises(InputError, match=r"field 'key': no parameter 'assignment.no_such'"):
        apply_scenario(bad)


def test_the_shipped_caspian_ferry_fleet_and_dostyk_carry_their_published_capacities():
    G = apply_scenario("baseline-2025").network
    fleet = {
        d["asset_id"]: (d["capacity"], d["capacity_shared"])
        for _, _, d in G.edges(data=True)
        if d.get("capacity_shared")
    }
    # ASCO: 95,000 wagons or 4.56 Mt/y over its three routes (Azernews 2015)
    assert fleet == {
        a: (4.56, "asco_caspian_ferry_fleet")
        for a in ("sea_aktau_alat", "sea_kuryk_alat", "sea_turkmenbashi_alat")
    }
    # Alashankou-Dostyk: 20 Mt/y (Silkroadnews/Xinhua 2016), on the line and on the crossing
    caps = {
        d["capacity"]
        for _, _, d in G.edges(data=True)
        if d["asset_id"] in ("rail_alashankou_dostyk", "dostyk_alashankou_border")
    }
    assert caps == {20.0}


def test_s5_moves_cargo_off_russia_onto_the_caspian_ferries_within_the_fleet():
    from corridorkit.analysis.assignment import assign_scenario

    def numbers(name, capacities):
        a = assign_scenario(name, capacities=capacities)
        via = float(a.paths[a.paths.countries.str.contains("RUS|BLR")].flow.sum())
        fleet = a.links.set_index("element").loc["service:asco_caspian_ferry_fleet"]
        return via, float(fleet.load), float(fleet.capacity), a.summary

    # within the published capacities (default capacities are assumptions: with them the fleet is full
    # already in the baseline, filled by cargo that default-capped land lines push onto it)
    via0, ferry0, cap, s0 = numbers("baseline-2030", "published")
    via5, ferry5, _, s5 = numbers("s5-emancipation", "published")
    assert cap == pytest.approx(4.56)
    # S5 doubles the premium: more than 1 Mt/y leaves Russian routes and more of it crosses the Caspian
    assert via5 < via0 - 1 and ferry5 > ferry0 + 1
    assert ferry5 <= cap + 1e-6
    for s in (s0, s5, numbers("s5-emancipation", "all")[3]):
        assert s["served"] + s["unserved"] == pytest.approx(s["demand"])


def test_layers_check_rejects_an_unknown_assignment_scenario_with_exit_code_2(cli):
    code, stdout, stderr = cli("layers", "check", "--assignment", "s5-emancipatio")
    assert code == 2
    assert "field 'scenario': unknown scenario 's5-emancipatio'" in stderr + stdout
    assert "Traceback" not in stderr
