"""A synthetic road-like network for benchmarks: a perturbed grid with missing links."""

import numpy as np


def road_like_graph(side: int = 160, drop: float = 0.03, seed: int = 7):
    """Return (n, u, v, w, groups) of a side x side grid, both directions, ~4*side^2 edges.

    Edges get lengths 1-3 (random), 3 % of the links are missing (rivers, dead ends),
    and each link (both directions) is one removable element.
    """
    rng = np.random.default_rng(seed)
    n = side * side
    idx = np.arange(n).reshape(side, side)
    a = np.concatenate([idx[:, :-1].ravel(), idx[:-1, :].ravel()])
    b = np.concatenate([idx[:, 1:].ravel(), idx[1:, :].ravel()])
    keep = rng.random(len(a)) > drop
    a, b = a[keep], b[keep]
    w = rng.uniform(1.0, 3.0, len(a))
    u = np.concatenate([a, b])
    v = np.concatenate([b, a])
    ww = np.concatenate([w, w])
    links = np.arange(len(a))
    groups = list(np.concatenate([links, links]))
    return n, u, v, ww, groups


def od_set(n: int, k: int = 50, seed: int = 11):
    rng = np.random.default_rng(seed)
    origins = rng.choice(n, k, replace=False)
    dests = rng.choice(n, k, replace=False)
    demand = rng.uniform(0.1, 2.0, (k, k))
    return origins, dests, demand
