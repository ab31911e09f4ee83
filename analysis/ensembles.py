"""Disruption ensembles (Monte Carlo) on Dask: distributions of OD time and unserved demand.

Each disruption model (``analysis/params/disruptions.yaml``) selects edges and gives the
expected days per year they are closed or delayed; a sample is one day, with each model
on independently with probability days/365 (``independent`` models draw per edge group).
Samples are evaluated on the network compiled once to CSR: closed edges get weight
``inf``, delayed edges their extra hours, and one csgraph Dijkstra call per sample
answers every origin. Work is split into chunks with seeds spawned from one
:class:`numpy.random.SeedSequence`, so results do not depend on the number of workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from corridorkit.analysis.od import compile_graph
from corridorkit.errors import InputError
from corridorkit.geo.io import read_yaml
from corridorkit.log import get_logger

log = get_logger("ensembles")


def disruptions_path() -> Path:
    """Return the shipped disruption models file."""
    return Path(str(files("corridorkit.analysis") / "params" / "disruptions.yaml"))


def load_disruptions(path: str | Path | None = None) -> list[dict]:
    """Return the disruption models, checked: each has a selector, an effect and days per year."""
    p = Path(path) if path else disruptions_path()
    try:
        data = read_yaml(p)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the disruption models ({exc})", file=p) from None
    models = data.get("models") or []
    for m in models:
        if m.get("effect") not in ("close", "delay"):
            raise InputError(
                f"expected effect close or delay, got {m.get('effect')!r}",
                file=p,
                feature=m.get("id"),
                field="effect",
            )
        d = (m.get("days_per_year") or {}).get("value")
        if not isinstance(d, int | float) or not 0 <= d <= 365:
            raise InputError(
                f"expected days_per_year.value in 0..365, got {d!r}",
                file=p,
                feature=m.get("id"),
                field="days_per_year",
            )
    return models


@dataclass
class CompiledEnsemble:
    """Everything a worker needs: CSR layout, base weights, model edge sets, OD indices."""

    indptr: np.ndarray
    indices: np.ndarray
    base: np.ndarray
    n: int
    groups: list[tuple[np.ndarray, float, str, float]]  # (csr positions, p, effect, delay_h)
    src: np.ndarray
    dst: np.ndarray
    places: list[str]
    model_of_group: list[str]


def compile_ensemble(G, places: list[str], models: list[dict]) -> CompiledEnsemble:
    """Compile the network (time weights) and the disruption models' edge sets."""
    cg = compile_graph(G, weight="time", places=places)
    m = cg.matrix()
    m.sort_indices()
    pos_of_pair = {}
    for r in range(m.shape[0]):
        for k in range(m.indptr[r], m.indptr[r + 1]):
            pos_of_pair[(r, int(m.indices[k]))] = k
    groups = []
    model_of_group = []
    for model in models:
        sel = model.get("select") or {}
        by_group: dict[str, list[int]] = {}
        for i, key in enumerate(cg.edge_keys):
            if key is None:
                continue
            d = G.edges[key]
            ok = all((d.get("asset_id") if k == "asset" else d.get(k)) == v for k, v in sel.items())
            if not ok and set(sel) == {"asset"}:
                # a strait is a node on sea lines: disrupt the edges entering it (each passage once)
                head = G.nodes[key[1]]
                ok = head.get("kind") == "chokepoint" and head.get("place") == sel["asset"]
            if ok:
                gid = d["asset_id"] if model.get("independent") else model["id"]
                by_group.setdefault(gid, []).append(pos_of_pair[(int(cg.u[i]), int(cg.v[i]))])
        if not by_group:
            log.warning("disruption model %s selects no edge of this network", model["id"])
        p = float(model["days_per_year"]["value"]) / 365.0
        delay = float((model.get("delay_h") or {}).get("value", 0.0))
        for gid, positions in sorted(by_group.items()):
            groups.append((np.array(sorted(set(positions)), dtype=np.int64), p, model["effect"], delay))
            model_of_group.append(f"{model['id']}:{gid}")
    return CompiledEnsemble(
        m.indptr,
        m.indices,
        m.data.copy(),
        m.shape[0],
        groups,
        np.array([cg.src_of[p] for p in places]),
        np.array([cg.dst_of[p] for p in places]),
        places,
        model_of_group,
    )


def run_chunk(ce: CompiledEnsemble, seed: np.random.SeedSequence | int, n: int) -> np.ndarray:
    """Return OD times (n x origins x destinations) for ``n`` samples drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, len(ce.src), len(ce.dst)))
    on = rng.random((n, len(ce.groups))) < np.array([g[1] for g in ce.groups])
    # Most sampled days repeat a state already seen (nothing disrupted, or one group): each distinct
    # state is solved once; the results are the same as solving every sample.
    seen: dict[bytes, int] = {}
    for s in range(n):
        key = np.packbits(on[s]).tobytes()
        if key in seen:
            out[s] = out[seen[key]]
            continue
        seen[key] = s
        data = ce.base.copy()
        for gi in np.flatnonzero(on[s]):
            positions, _, effect, delay = ce.groups[gi]
            if effect == "close":
                data[positions] = np.inf
            else:
                data[positions] = data[positions] + delay
        m = csr_matrix((data, ce.indices, ce.indptr), shape=(ce.n, ce.n))
        d = dijkstra(m, directed=True, indices=ce.src)
        out[s] = d[:, ce.dst]
    return out


@dataclass
class EnsembleResult:
    """Distributions over the samples, per OD pair."""

    table: pd.DataFrame
    n_samples: int
    seed: int
    baseline: pd.DataFrame
    samples: np.ndarray | None = None


def summarise(
    times: np.ndarray, base: np.ndarray, places: list[str], demand: np.ndarray | None
) -> pd.DataFrame:
    """Return percentiles of OD time, probability of disconnection and expected unserved demand."""
    rows = []
    for i, o in enumerate(places):
        for j, d in enumerate(places):
            if i == j or not np.isfinite(base[i, j]):
                continue
            x = times[:, i, j]
            fin = x[np.isfinite(x)]
            p_cut = 1.0 - len(fin) / len(x)
            dem = float(demand[i, j]) if demand is not None else 0.0
            rows.append(
                {
                    "origin": o,
                    "destination": d,
                    "baseline_h": base[i, j],
                    "p50_h": float(np.percentile(fin, 50)) if len(fin) else np.nan,
                    "p90_h": float(np.percentile(fin, 90)) if len(fin) else np.nan,
                    "p99_h": float(np.percentile(fin, 99)) if len(fin) else np.nan,
                    "mean_extra_h": float(fin.mean() - base[i, j]) if len(fin) else np.nan,
                    "p_disconnected": p_cut,
                    "demand_mt": dem,
                    "expected_unserved_mt": dem * p_cut,
                }
            )
    return pd.DataFrame(rows)


def run_ensemble(
    G,
    places: list[str],
    *,
    n_samples: int = 10_000,
    seed: int = 0,
    demand: pd.DataFrame | None = None,
    models: list[dict] | None = None,
    scheduler: str | None = None,
    n_workers: int = 2,
    chunk_size: int = 250,
    progress: bool = True,
    keep_samples: bool = False,
) -> EnsembleResult:
    """Return the disruption ensemble's distributions, computed on Dask.

    Parameters
    ----------
    G
        The network as of a date (or a scenario's network).
    places
        OD places.
    n_samples
        Number of sampled days.
    seed
        Seed of the whole ensemble (same seed, same result, whatever the workers).
    demand
        Demand table (cargo rows weight the expected unserved demand).
    models
        Disruption models (default: the shipped ones).
    scheduler
        Address of an existing Dask scheduler (``tcp://host:port``); None starts a
        LocalCluster with ``n_workers`` processes; ``"synchronous"`` runs in-process.
    n_workers
        Workers of the local cluster.
    chunk_size
        Samples per task.
    progress
        Show a rich progress bar.
    keep_samples
        Keep the raw sampled OD times (memory: samples x places^2 floats).
    """
    from corridorkit import limits

    if not 1 <= n_samples <= limits.MAX_ENSEMBLE_SAMPLES:
        raise InputError(
            f"expected 1 to {limits.MAX_ENSEMBLE_SAMPLES:,} samples, got {n_samples:,}", field="n_samples"
        )
    need = n_samples * len(places) ** 2 * 8
    if need > limits.MAX_ENSEMBLE_BYTES:
        raise InputError(
            f"{n_samples:,} samples of {len(places)} places need {need / 2**20:,.0f} MiB of OD times; the "
            f"limit is {limits.MAX_ENSEMBLE_BYTES / 2**20:,.0f} MiB (fewer samples or places)",
            field="n_samples",
        )
    models = models if models is not None else load_disruptions()
    ce = compile_ensemble(G, places, models)
    base = run_chunk(
        CompiledEnsemble(ce.indptr, ce.indices, ce.base, ce.n, [], ce.src, ce.dst, ce.places, []), 0, 1
    )[0]
    n_chunks = -(-n_samples // chunk_size)
    seeds = np.random.SeedSequence(seed).spawn(n_chunks)
    sizes = [min(chunk_size, n_samples - k * chunk_size) for k in range(n_chunks)]
    # one array filled chunk by chunk as results arrive: peak memory is the OD times plus one chunk
    times = np.empty((n_samples, len(ce.src), len(ce.dst)))
    starts = np.concatenate([[0], np.cumsum(sizes)])
    if scheduler == "synchronous":
        for k, (s, n) in enumerate(zip(seeds, sizes, strict=True)):
            times[starts[k]:starts[k + 1]] = run_chunk(ce, s, n)
    else:
        _run_dask(ce, seeds, sizes, times, starts, scheduler=scheduler, n_workers=n_workers,
                  progress=progress)
    dem = None
    if demand is not None:
        idx = {p: i for i, p in enumerate(places)}
        dem = np.zeros((len(places), len(places)))
        for r in demand[demand.commodity == "cargo"].itertuples():
            if r.origin in idx and r.destination in idx:
                dem[idx[r.origin], idx[r.destination]] += r.value
    table = summarise(times, base, places, dem)
    return EnsembleResult(
        table,
        n_samples,
        seed,
        pd.DataFrame(base, index=places, columns=places),
        times if keep_samples else None,
    )


def _run_dask(ce, seeds, sizes, times, starts, *, scheduler, n_workers, progress) -> None:
    from dask.distributed import Client, LocalCluster, as_completed
    from rich.console import Console
    from rich.progress import Progress

    from corridorkit import limits

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{limits.SCHEDULER_TIMEOUT_S}s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(
                f"cannot reach the Dask scheduler {scheduler} within {limits.SCHEDULER_TIMEOUT_S} s "
                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no answer'})",
                field="scheduler",
            ) from None
    else:
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        client = Client(cluster)
    try:
        ce_f = client.scatter(ce, broadcast=True)
        futures = [
            client.submit(run_chunk, ce_f, s, n, pure=False) for s, n in zip(seeds, sizes, strict=True)
        ]
        index = {f.key: i for i, f in enumerate(futures)}
        # on stderr, so the results on stdout stay clean when piped
        with Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar:
            task = bar.add_task("sampling disruptions", total=sum(sizes))
            for fut in as_completed(futures):
                k = index[fut.key]
                times[starts[k]:starts[k + 1]] = fut.result()
                fut.release()
                bar.advance(task, sizes[k])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
