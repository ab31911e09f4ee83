"""Capacity-constrained assignment: hand-solved LPs, a hand-built pipeline network, the shipped scenarios."""

import json

import numpy as np
import pandas as pd
import pytest

from corridorkit.analysis.assignment import assign, assign_scenario, compare_assignments
from corridorkit.analysis.mcf import (
    MCFProblem,
    decompose_paths,
    naive_assignment,
    solve_mcf,
    solve_mcf_paths,
)
from corridorkit.analysis.network import build_network
from corridorkit.analysis.params import load_params
from corridorkit.analysis.scenarios import shipped_scenarios
from corridorkit.errors import InputError
from corridorkit.layers.curated import load_features
from tests.test_flows import PTS, pipe, point


def problem(arcs, caps, od, penalty=100.0, n=None):
    """arcs: (tail, head, cost, group); caps: capacity per group; od: (origin, destination, demand)."""
    t, h, c, g = (np.array(x) for x in zip(*arcs, strict=True))
    o, d, q = (np.array(x) for x in zip(*od, strict=True))
    return MCFProblem(
        n_nodes=n or int(max(t.max(), h.max()) + 1),
        tail=t.astype(int),
        head=h.astype(int),
        cost=c.astype(float),
        group=g.astype(int),
        group_capacity=np.array(caps, dtype=float),
        od_origin=o.astype(int),
        od_destination=d.astype(int),
        od_demand=q.astype(float),
        penalty=np.full(len(q), penalty),
    )


def test_demand_above_the_cheaper_of_two_parallel_links_fills_it_and_spills_onto_the_other():
    # 0 -> 1 by A (cost 1, cap 3) or B (cost 2, cap 10); demand 5.
    # By hand: A full (3), B takes 2; cost 3*1 + 2*2 = 7; one more unit on A saves 2 - 1 = 1.
    pr = problem([(0, 1, 1.0, 0), (0, 1, 2.0, 1)], [3, 10], [(0, 1, 5)])
    sol = solve_mcf(pr)
    assert sol.arc_flow == pytest.approx([3, 2])
    assert sol.unserved == pytest.approx([0])
    assert sol.transport_cost == pytest.approx(7)
    assert sol.group_dual == pytest.approx([1, 0])
    paths = decompose_paths(pr, sol)
    assert sorted((a, round(f, 9)) for _, a, f in paths) == [([0], 3.0), ([1], 2.0)]


def test_a_bottleneck_is_worth_the_penalty_less_the_path_cost_and_the_excess_is_unserved():
    # chain 0 -> 1 -> 2, costs 1 + 1, the first link holds 4; demand 6, penalty 100.
    # By hand: 4 served, 2 unserved; one more unit of capacity serves one more unit: 100 - 2 = 98.
    pr = problem([(0, 1, 1.0, 0), (1, 2, 1.0, -1)], [4], [(0, 2, 6)], penalty=100.0)
    sol = solve_mcf(pr)
    assert sol.unserved == pytest.approx([2])
    assert sol.group_load == pytest.approx([4])
    assert sol.group_dual == pytest.approx([98])
    assert sol.penalty_cost == pytest.approx(200)


def test_two_origins_competing_for_one_link_leave_the_one_with_the_cheaper_detour_to_take_it():
    # origins 0 and 1 both need 4 units to 3 through link 2->3 (cap 4). Origin 0 also has a
    # direct arc 0->3 costing 5, origin 1 has nothing else. By hand: origin 1 takes the link,
    # origin 0 detours; cost = 4*(1+1) + 4*5 = 28; one more unit on the link moves one unit of
    # origin 0 off its detour: worth 5 - 2 = 3.
    arcs = [(0, 2, 1.0, -1), (1, 2, 1.0, -1), (2, 3, 1.0, 0), (0, 3, 5.0, -1)]
    pr = problem(arcs, [4], [(0, 3, 4), (1, 3, 4)])
    sol = solve_mcf(pr)
    assert sol.unserved == pytest.approx([0, 0])
    assert sol.arc_flow == pytest.approx([0, 4, 4, 4])
    assert sol.transport_cost == pytest.approx(28)
    assert sol.group_dual == pytest.approx([3])


def test_the_naive_heuristic_overloads_a_lone_link_that_the_lp_keeps_within_capacity():
    # one link of capacity 3, demand 5: the heuristic has nowhere else to go and never leaves demand
    # unserved, so it loads 5; the LP loads 3 and reports 2 unserved
    pr = problem([(0, 1, 1.0, 0)], [3], [(0, 1, 5)])
    assert naive_assignment(pr, iterations=10) == pytest.approx([5])
    sol = solve_mcf(pr)
    assert (sol.arc_flow[0], sol.unserved[0]) == pytest.approx((3, 2))


@pytest.mark.parametrize("seed", range(6))
def test_the_arc_lp_and_column_generation_over_paths_reach_the_same_optimum(seed):
    # two exact formulations (arcs per origin; paths priced by Dijkstra): the same optimum
    rng = np.random.default_rng(seed)
    side = 5
    idx = np.arange(side * side).reshape(side, side)
    a = np.concatenate([idx[:, :-1].ravel(), idx[:-1, :].ravel()])
    b = np.concatenate([idx[:, 1:].ravel(), idx[1:, :].ravel()])
    w = rng.uniform(1, 3, len(a))
    links = np.arange(len(a))
    arcs = list(zip(np.r_[a, b], np.r_[b, a], np.r_[w, w], np.r_[links, links], strict=True))
    caps = rng.uniform(0.5, 3.0, len(a))
    nodes = rng.choice(side * side, 8, replace=False)
    od = [(o, d, rng.uniform(0.2, 2.0)) for o in nodes[:4] for d in nodes[4:]]
    pr = problem(arcs, caps, od, penalty=50.0)
    arc, path = solve_mcf(pr), solve_mcf_paths(pr)
    assert arc.transport_cost + arc.penalty_cost == pytest.approx(path.transport_cost + path.penalty_cost)
    assert arc.unserved.sum() == pytest.approx(path.unserved.sum(), abs=1e-6)
    assert (path.group_load <= caps + 1e-6).all()


@pytest.fixture
def gas_net(write_fc):
    island = point("f_market")
    island["properties"]["id"] = "f_island"
    island["geometry"]["coordinates"] = [39.0, 39.0]
    feats = [point(p) for p in PTS] + [
        island,
        pipe("g_upstream", "f_field", "f_hub", 30),
        pipe("g_main", "f_hub", "f_border", 16),
        pipe("g_loop", "f_hub", "f_border", 7),
        pipe("g_export", "f_border", "f_market", 20),
    ]
    by_id, _ = load_features([write_fc(feats, name="gas.geojson")], shipped=False)
    return build_network(2026, features=by_id)


def gas_demand(*rows):
    return pd.DataFrame([{"commodity": "gas", "origin": o, "destination": d, "value": v} for o, d, v in rows])


def test_gas_beyond_the_export_line_is_unserved_and_the_export_line_is_the_binding_one(gas_net):
    a = assign(gas_net, gas_demand(("f_field", "f_market", 25)), commodity="gas")
    od = a.od.iloc[0]
    # by hand: upstream 30, hub-border 16 + 7 = 23, export 20: 20 served, 5 left over
    assert (od.served, od.unserved) == pytest.approx((20, 5))
    assert list(a.binding.asset_id) == ["g_export"]
    # one more bcm/y through the export line serves one more: worth the penalty less the path's cost
    penalty = load_params().value("assignment.unserved_penalty_usd_per_unit.gas")
    assert a.binding.dual.iloc[0] == pytest.approx(penalty - a.paths.cost.iloc[0])
    assert a.links.utilisation.max() <= 1 + 1e-9
    assert a.paths.flow.sum() == pytest.approx(20)


def test_the_path_method_gives_the_network_assignment_the_same_answer(gas_net):
    demand = gas_demand(("f_field", "f_market", 15), ("f_market", "f_field", 10), ("f_hub", "f_market", 4))
    arcs = assign(gas_net, demand, commodity="gas")
    paths = assign(gas_net, demand, commodity="gas", method="paths")
    assert paths.od.served.to_numpy() == pytest.approx(arcs.od.served.to_numpy())
    assert paths.summary["transport_cost_musd"] == pytest.approx(arcs.summary["transport_cost_musd"])


def test_both_directions_of_a_line_share_its_capacity_unless_told_otherwise(gas_net):
    demand = gas_demand(("f_field", "f_market", 15), ("f_market", "f_field", 10))
    shared = assign(gas_net, demand, commodity="gas")
    split = assign(gas_net, demand, commodity="gas", shared_directions=False)
    assert shared.summary["served"] == pytest.approx(20)  # g_export holds 20 in total
    assert split.summary["served"] == pytest.approx(25)  # 15 one way, 10 the other, each under 20


def test_demand_that_no_line_reaches_is_reported_unserved_not_dropped(gas_net):
    a = assign(gas_net, gas_demand(("f_field", "f_island", 3), ("f_field", "f_market", 1)), commodity="gas")
    row = a.od.set_index("destination").loc["f_island"]
    assert (row.demand, row.served, row.unserved, row.reason) == (3, 0, 3, "no path")
    assert a.summary["served"] + a.summary["unserved"] == pytest.approx(4)


def test_bad_demand_names_the_field_and_the_value(gas_net):
    with pytest.raises(
        InputError, match=r"field 'destination': unknown place 'f_markt' \(did you mean f_market"
    ):
        assign(gas_net, gas_demand(("f_field", "f_markt", 1)), commodity="gas")
    with pytest.raises(InputError, match=r"field 'value': expected a number >= 0, got -2"):
        assign(gas_net, gas_demand(("f_field", "f_market", -2)), commodity="gas")
    with pytest.raises(InputError, match=r"field 'commodity'.*no active link carrying oil has a capacity"):
        assign(gas_net, gas_demand(("f_field", "f_market", 1)).assign(commodity="oil"), commodity="oil")


@pytest.mark.parametrize("name", sorted(shipped_scenarios()))
def test_no_shipped_scenario_loads_any_link_above_its_capacity_and_all_demand_is_accounted_for(name):
    a = assign_scenario(name, commodity="cargo")
    assert a.links.utilisation.max() <= 1 + 1e-6
    assert (a.links.load <= a.links.capacity.fillna(np.inf) * (1 + 1e-6) + 1e-6).all()
    od = a.od
    assert (od.served + od.unserved).to_numpy() == pytest.approx(od.demand.to_numpy(), abs=1e-6)
    # the paths carry exactly what is served, pair by pair
    by_pair = a.paths.groupby(["origin", "destination"]).flow.sum()
    served = od.set_index(["origin", "destination"]).served
    assert by_pair.reindex(served.index, fill_value=0.0).to_numpy() == pytest.approx(
        served.to_numpy(), abs=1e-5
    )


def test_shipped_gas_2024_fits_the_published_pipeline_capacities():
    # the demand table places each off-take where it leaves the line: the 2024 volumes fit
    a = assign_scenario("baseline-2025", commodity="gas")
    assert a.summary["demand"] == pytest.approx(9.9 + 12.9)  # Türkiye and Europe, 2024 (Georgia not drawn)
    assert a.summary["unserved"] == pytest.approx(0)
    tap = a.links.set_index("asset_id").loc["tap"]
    assert tap.load == pytest.approx(9.3) and tap.capacity == 10


def test_cli_assign_prints_json_with_totals_and_a_difference_table(cli):
    code, stdout, stderr = cli(
        "assign",
        "--scenario",
        "s1-multivector-pivot",
        "--commodity",
        "gas",
        "--format",
        "json",
        "--against",
        "baseline-2030",
    )
    assert code == 0, stderr
    out = json.loads(stdout)
    s = out["assignment"]["summary"]
    assert s["served"] + s["unserved"] == pytest.approx(s["demand"])
    assert out["against"]["scenario"] == "baseline-2030"
    assert isinstance(out["difference"]["links"], list)


def test_cli_assign_rejects_an_unknown_scenario_and_commodity_with_exit_code_2(cli):
    code, _, stderr = cli("assign", "--scenario", "s5-emancipaton")
    assert code == 2 and "s5-emancipation" in stderr and "Traceback" not in stderr
    code, _, stderr = cli("assign", "--scenario", "baseline-2025", "--commodity", "coal")
    assert code == 2 and "commodity" in stderr and "Traceback" not in stderr


def test_comparing_a_scenario_with_itself_shows_no_difference():
    a = assign_scenario("baseline-2025", commodity="oil")
    links, od = compare_assignments(a, a)
    assert links.empty and od.empty


def test_published_volumes_are_held_against_the_assigned_service_load():
    """The Caspian's published 3.3 Mt (2024, ports of KZ and AZ) and the World Bank's 11 Mt (2030) are
    compared with the ferry fleet's assigned load; a network without that service says so."""
    from types import SimpleNamespace

    from corridorkit.analysis.assignment import against_published
    from corridorkit.analysis.demand import published_volumes

    refs = {r["id"]: r for r in published_volumes()}
    ports = refs["middle_corridor_caspian_ports_2024_mt"]
    assert (ports["value"], ports["year"], ports["service"]) == (3.3, 2024, "asco_caspian_ferry_fleet")
    assert ports["sources"][0]["url"].startswith("https://astanatimes.com/")
    assert refs["middle_corridor_2030_world_bank_mt"]["value"] == 11.0
    kz_cn = refs["kazakhstan_china_rail_2024_mt"]
    assert (kz_cn["value"], kz_cn["service"]) == (32.0, None)
    assert set(kz_cn["assets"]) == {"dostyk_alashankou_border", "altynkol_khorgos_border"}
    links = pd.DataFrame(
        {"element": ["dostyk_alashankou_border", "altynkol_khorgos_border", "rail_x:a-b"], "load": [10.0, 6.0, 99.0]}
    )
    fake = SimpleNamespace(
        commodity="cargo", summary={"services": {"asco_caspian_ferry_fleet": {"load": 1.65}}}, links=links
    )
    got = {r["id"]: r for r in against_published(fake)}
    assert got["middle_corridor_caspian_ports_2024_mt"]["ratio"] == 0.5  # 1.65 / 3.3
    assert got["middle_corridor_2030_world_bank_mt"]["ratio"] == 0.15  # 1.65 / 11
    assert got["kazakhstan_china_rail_2024_mt"]["modelled"] == 16.0  # both crossings, not the line
    assert got["kazakhstan_china_rail_2024_mt"]["ratio"] == 0.5
    empty = pd.DataFrame({"element": [], "load": []})
    none = against_published(SimpleNamespace(commodity="cargo", summary={}, links=empty))
    assert {r["modelled"] for r in none} == {None}
    assert against_published(SimpleNamespace(commodity="gas", summary={}, links=empty)) == []
