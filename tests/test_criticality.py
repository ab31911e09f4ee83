"""Criticality engine: exact against the naive networkx loop, properties under Hypothesis."""

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridorkit.analysis.criticality import CriticalityEngine, naive_losses


def diamond():
    # 0 -> 1 -> 3 (1 + 1) and 0 -> 2 -> 3 (2 + 2); 3 -> 4 bridge (1)
    u = [0, 1, 0, 2, 3]
    v = [1, 3, 2, 3, 4]
    w = [1.0, 1.0, 2.0, 2.0, 1.0]
    groups = ["a", "a", "b", "b", "bridge"]
    return u, v, w, groups


def test_hand_computed_losses_on_a_diamond():
    u, v, w, groups = diamond()
    eng = CriticalityEngine(5, u, v, w, groups, origins=[0], destinations=[3, 4], demand=[[10.0, 5.0]])
    res = eng.run()
    t = res.table.set_index("element")
    # removing 'a' forces 0->3 onto 'b': +2 h for 10 + 5 units => loss 30
    assert t.loc["a", "loss"] == pytest.approx(30.0)
    assert t.loc["a", "unserved_demand"] == 0
    # 'b' is not on any shortest path: no loss, and no recomputation
    assert t.loc["b", "loss"] == 0 and t.loc["b", "origins_recomputed"] == 0
    # the bridge cuts 0->4: 5 units unserved, loss counted only on served pairs
    assert t.loc["bridge", "unserved_demand"] == pytest.approx(5.0)
    assert t.loc["bridge", "loss"] == 0
    assert res.table.element.tolist()[0] == "bridge"  # unserved demand ranks first


def test_parallel_edges_only_matter_when_the_cheapest_goes():
    # two parallel links 0->1 from different assets
    eng = CriticalityEngine(2, [0, 0], [1, 1], [1.0, 3.0], ["fast", "slow"], [0], [1], [[1.0]])
    t = eng.run().table.set_index("element")
    assert t.loc["fast", "loss"] == pytest.approx(2.0)
    assert t.loc["slow", "loss"] == 0


def random_graph(seed, n=30, m=90):
    rng = np.random.default_rng(seed)
    u = rng.integers(0, n, m)
    v = rng.integers(0, n, m)
    keep = u != v
    u, v = u[keep], v[keep]
    w = rng.integers(1, 10, len(u)).astype(float)
    groups = [f"g{i // 2}" for i in range(len(u))]  # assets of two edges
    return n, u, v, w, groups, rng


@given(st.integers(0, 10_000))
@settings(max_examples=25, deadline=None)
def test_engine_equals_the_naive_networkx_loop(seed):
    n, u, v, w, groups, rng = random_graph(seed)
    origins = rng.choice(n, 5, replace=False)
    dests = rng.choice(n, 5, replace=False)
    demand = rng.integers(0, 4, (5, 5)).astype(float)
    eng = CriticalityEngine(n, u, v, w, groups, origins, dests, demand)
    res = eng.run().table.set_index("element")
    ref = naive_losses(n, u, v, w, groups, origins, dests, demand, sorted(set(groups)))
    for g, (loss, unserved) in ref.items():
        assert res.loc[g, "loss"] == pytest.approx(loss, abs=1e-6)
        assert res.loc[g, "unserved_demand"] == pytest.approx(unserved, abs=1e-9)
        assert res.loc[g, "loss"] >= 0  # loss is never negative


@given(st.integers(0, 10_000))
@settings(max_examples=25, deadline=None)
def test_removing_an_edge_never_shortens_a_path(seed):
    n, u, v, w, groups, rng = random_graph(seed)
    origins = np.arange(n)
    eng = CriticalityEngine(n, u, v, w, groups, origins, origins, np.ones((n, n)))
    g = groups[int(rng.integers(0, len(groups)))]
    new, _ = eng.remove(eng.edges_of(g))
    finite = np.isfinite(eng.base_dist)
    assert (new[finite] >= eng.base_dist[finite] - 1e-9).all()


def test_a_bridge_disconnects_exactly_its_side():
    # path graph 0-1-2-3 both directions, bridge = middle link
    G = nx.path_graph(4)
    u, v, w, groups = [], [], [], []
    for a, b in G.edges:
        for x, y in ((a, b), (b, a)):
            u.append(x)
            v.append(y)
            w.append(1.0)
            groups.append(f"{min(a, b)}-{max(a, b)}")
    origins = dests = [0, 1, 2, 3]
    demand = np.ones((4, 4)) - np.eye(4)
    eng = CriticalityEngine(4, u, v, w, groups, origins, dests, demand)
    t = eng.run().table.set_index("element")
    # removing 1-2 cuts {0,1} from {2,3}: 2 x 2 pairs each way = 8 unit demands
    assert t.loc["1-2", "unserved_demand"] == 8
    assert t.loc["0-1", "unserved_demand"] == 6  # node 0 cut from 1, 2, 3 both ways
    assert nx.has_bridges(G)
