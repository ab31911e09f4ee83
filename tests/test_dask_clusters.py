"""The two tests that start Dask clusters, in one file: pytest-xdist runs a file on one worker (``--dist
loadfile``), so two local clusters never start at once on the 2-core machine (they once both failed together)."""

import numpy as np
import pytest

from corridorkit.analysis.criticality import CriticalityEngine
from corridorkit.analysis.ensembles import run_ensemble
from corridorkit.analysis.network import build_network
from corridorkit.layers.curated import load_features
from tests import netfixture
from tests.test_criticality import random_graph
from tests.test_ensembles import PLACES, model


@pytest.fixture
def G(write_fc):
    feats, _ = load_features([write_fc(netfixture.features(), name="net.geojson")], shipped=False)
    return build_network(2026, features=feats)


def test_the_n1_loop_on_a_dask_cluster_gives_the_same_table_as_in_process():
    from dask.distributed import LocalCluster

    n, u, v, w, groups, rng = random_graph(5)
    origins = rng.choice(n, 6, replace=False)
    dests = rng.choice(n, 6, replace=False)
    demand = rng.integers(0, 4, (6, 6)).astype(float)
    eng = CriticalityEngine(n, u, v, w, groups, origins, dests, demand)
    here = eng.run()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        there = eng.run(scheduler=cluster.scheduler_address, n_chunks=3)
    assert here.table.equals(there.table)
    assert here.details == there.details
    assert here.recomputations == there.recomputations > 0


@pytest.mark.slow
def test_results_do_not_depend_on_the_number_of_workers(G):
    kw = {
        "n_samples": 300,
        "seed": 9,
        "models": [model("t_btk_new", 73), model("t_bk", 30)],
        "chunk_size": 50,
        "progress": False,
    }
    one = run_ensemble(G, PLACES, scheduler="synchronous", **kw).table
    two = run_ensemble(G, PLACES, n_workers=2, **kw).table
    assert np.allclose(
        one.drop(columns=["origin", "destination"]).to_numpy(dtype=float),
        two.drop(columns=["origin", "destination"]).to_numpy(dtype=float),
        equal_nan=True,
    )
