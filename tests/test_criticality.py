"""Criticality engine: exact against the csgraph brute force and the networkx loop, under Hypothesis."""

import networkx as nx
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corridorkit.analysis.criticality import CriticalityEngine
from corridorkit.analysis.criticality_references import brute_force_losses, naive_losses


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


@pytest.mark.filterwarnings("error")
def test_a_cut_pair_without_demand_and_an_unreachable_pair_give_no_numpy_warning():
    # issue 17: every chokepoints run printed "invalid value encountered in multiply" when an
    # infinite delay (a pair cut off) met zero demand; node 5 is never reachable
    u, v, w, groups = diamond()
    eng = CriticalityEngine(6, u, v, w, groups, origins=[0], destinations=[3, 4, 5], demand=[[10.0, 0.0, 3.0]])
    t = eng.run().table.set_index("element")
    assert t.loc["a", "loss"] == pytest.approx(20.0)  # 0->3 two hours longer for 10 units; 0->4 carries 0
    assert t.loc["bridge", "loss"] == 0 and t.loc["bridge", "unserved_demand"] == 0


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


@st.composite
def networks_with_bridges(draw):
    """A random tree (its links are bridges unless an extra link bypasses them) plus extra links.

    Links are two-way or one-way, weights are small integers including 0 (ties everywhere), and
    elements are drawn from a small pool, so some remove several links and some links run parallel
    to a link of another element.
    """
    n = draw(st.integers(2, 12))
    links = [(draw(st.integers(0, i - 1)), i) for i in range(1, n)]
    links += draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=n))
    u, v, w, groups = [], [], [], []
    pool = draw(st.integers(1, len(links)))
    for a, b in links:
        if a == b:
            continue
        element = f"e{draw(st.integers(0, pool - 1))}"
        ways = [(a, b), (b, a)] if draw(st.booleans()) or (a, b) in links[: n - 1] else [(a, b)]
        for x, y in ways:
            u.append(x)
            v.append(y)
            w.append(float(draw(st.integers(0, 5))))
            groups.append(element)
    origins = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4, unique=True))
    dests = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4, unique=True))
    demand = np.array(
        draw(
            st.lists(
                st.integers(0, 3), min_size=len(origins) * len(dests), max_size=len(origins) * len(dests)
            )
        ),
        dtype=float,
    ).reshape(len(origins), len(dests))
    return n, u, v, w, groups, origins, dests, demand


@given(networks_with_bridges())
@settings(max_examples=300, deadline=None)
def test_every_link_loses_what_the_csgraph_brute_force_says_including_cut_off_demand(net):
    n, u, v, w, groups, origins, dests, demand = net
    elements = sorted(set(groups))
    ref = brute_force_losses(n, u, v, w, groups, origins, dests, demand, elements)
    # the case that matters most: some element cuts demand off (a bridge on a demanded path)
    assume(any(unserved > 0 for _, unserved in ref.values()))
    res = CriticalityEngine(n, u, v, w, groups, origins, dests, demand).run().table.set_index("element")
    assert sorted(res.index) == elements
    for g, (loss, unserved) in ref.items():
        assert res.loc[g, "loss"] == pytest.approx(loss, abs=1e-9)
        assert res.loc[g, "unserved_demand"] == pytest.approx(unserved, abs=1e-9)


def test_a_parallel_link_of_another_asset_keeps_the_pair_open_when_one_asset_goes():
    # 0 -> 1 by rail (1 h) and by road (4 h); 1 -> 2 by rail only; the rail asset owns both rail links
    u, v, w = [0, 0, 1], [1, 1, 2], [1.0, 4.0, 2.0]
    groups = ["rail", "road", "rail"]
    eng = CriticalityEngine(3, u, v, w, groups, [0], [1, 2], [[2.0, 1.0]])
    t = eng.run().table.set_index("element")
    # without rail: 0 -> 1 takes the road (+3 h for 2 units), 0 -> 2 is cut (1 unit unserved)
    assert t.loc["rail", "loss"] == pytest.approx(6.0)
    assert t.loc["rail", "unserved_demand"] == pytest.approx(1.0)
    assert t.loc["road", "loss"] == 0 and t.loc["road", "unserved_demand"] == 0


def test_the_first_compile_holds_a_lock_that_other_processes_wait_on(tmp_path, monkeypatch):
    # processes that start together compile the kernels once between them (ensure_kernels): the lock
    # must be real, or each compiles its own (15-20 s of CPU each) and nothing says so
    fcntl = pytest.importorskip("fcntl")
    from corridorkit.analysis import criticality

    folder = tmp_path / "numba-cache"
    monkeypatch.setattr(criticality.kernels.repair_elements._cache, "_cache_path", str(folder))
    with criticality._cache_lock():
        with open(folder / "corridorkit-kernels.lock", "a") as other:  # another open file: another holder
            with pytest.raises(BlockingIOError):
                fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(folder / "corridorkit-kernels.lock", "a") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # released at the end of the block


def test_the_lock_is_taken_only_while_a_kernel_is_missing_from_the_cache(tmp_path, monkeypatch):
    from corridorkit.analysis import criticality

    u, v, w, groups = diamond()
    CriticalityEngine(5, u, v, w, groups, origins=[0], destinations=[3, 4], demand=[[1.0, 1.0]]).run()
    assert criticality._in_cache()  # compiled or loaded above: in the cache, nobody waits
    k = criticality.kernels.repair_elements
    monkeypatch.setattr(k._cache._cache_file, "_index_path", str(tmp_path / "missing.nbi"))
    assert not criticality._in_cache()  # one kernel missing: the first process compiles, the others wait
