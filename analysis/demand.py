"""The OD demand table: published volumes, split by labelled assumptions, and a gravity model for the rest."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from corridorkit.errors import InputError
from corridorkit.geo.geodesic import distance_km
from corridorkit.geo.io import read_yaml


def demand_path() -> Path:
    """Return the path of the shipped demand file."""
    return Path(str(files("corridorkit.analysis") / "params" / "demand.yaml"))


def published_volumes(path: str | Path | None = None) -> list[dict]:
    """Return the published corridor volumes a model result can be held against, with their sources.

    Each entry of the demand file's ``references`` that names what to compare it with gives: id, value,
    year, commodity, ``service`` (``compare_service``: a shared service capacity, e.g. the Caspian ferry
    fleet) or ``assets`` (``compare_assets``: border crossings or ports whose loads add up to the
    published volume), note and its sources (title, url) from the file's source table.
    """
    p = Path(path) if path else demand_path()
    try:
        data = read_yaml(p)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the demand file ({exc})", file=p) from None
    table = data.get("sources") or {}
    out = []
    for key, ref in sorted((data.get("references") or {}).items()):
        if not isinstance(ref, dict) or not (ref.get("compare_service") or ref.get("compare_assets")):
            continue
        assets = ref.get("compare_assets") or []
        if not isinstance(assets, list) or not all(isinstance(x, str) for x in assets):
            raise InputError(
                f"expected a list of asset ids, got {assets!r}", file=p, feature=f"references.{key}",
                field="compare_assets",
            )
        for s in ref.get("sources") or []:
            if s not in table:
                raise InputError(
                    f"unknown source {s!r}", file=p, feature=f"references.{key}", field="sources"
                )
        out.append(
            {
                "id": key,
                "value": float(ref["value"]),
                "year": ref.get("year"),
                "commodity": ref.get("commodity", "cargo"),
                "service": ref.get("compare_service"),
                "assets": list(assets),
                "note": ref.get("note", ""),
                "sources": [
                    {"title": table[s].get("title", s), "url": table[s].get("url", "")}
                    for s in ref.get("sources") or []
                ],
            }
        )
    return out


def published_flows(path: str | Path | None = None) -> pd.DataFrame:
    """Return the published (and assumption-split) OD flows with their sources.

    Columns: commodity, origin, destination, value, unit, sources, assumption, note.
    """
    p = Path(path) if path else demand_path()
    try:
        data = read_yaml(p)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the demand file ({exc})", file=p) from None
    known = set((data.get("sources") or {}).keys())
    rows = []
    for i, f in enumerate(data.get("flows") or []):
        for s in f.get("sources") or []:
            if s not in known:
                raise InputError(f"unknown source {s!r}", file=p, feature=f"flows[{i}]", field="sources")
        if not f.get("sources") and not f.get("assumption"):
            raise InputError(
                "a flow needs sources or assumption: true", file=p, feature=f"flows[{i}]", field="sources"
            )
        if not isinstance(f.get("value"), int | float) or f["value"] < 0:
            raise InputError(
                f"expected a number >= 0, got {f.get('value')!r}",
                file=p,
                feature=f"flows[{i}]",
                field="value",
            )
        rows.append(
            {
                "commodity": f["commodity"],
                "origin": f["origin"],
                "destination": f["destination"],
                "value": float(f["value"]),
                "unit": "bcm/y" if f["commodity"] == "gas" else "Mt/y",
                "sources": ", ".join(f.get("sources") or []),
                "assumption": bool(f.get("assumption")),
                "note": f.get("note", ""),
            }
        )
    df = pd.DataFrame(rows)
    df.attrs["sources"] = data.get("sources") or {}
    df.attrs["gravity"] = data.get("gravity") or {}
    return df


def gravity_flows(
    G,
    places: list[str],
    *,
    total_mt: float,
    gdp_exponent: float = 1.0,
    distance_exponent: float = 1.0,
    listed: set[tuple[str, str]] | frozenset = frozenset(),
) -> pd.DataFrame:
    """Return gravity-model cargo flows between places, scaled to ``total_mt``.

    T_ij = k * M_i^a * M_j^a / d_ij^b, with M the GDP of the place's country (Natural
    Earth, shared equally among that country's places) and d the geodesic distance. Country
    pairs in ``listed`` (origin country, destination country: pairs whose trade the demand file
    lists from published volumes) get nothing, so the fill never counts that trade twice.
    """
    from corridorkit.layers.base import borders

    info = G.graph["place_info"]
    gdp = {}
    for detail in ("context", "core"):
        b = borders(detail)
        gdp.update(dict(zip(b.adm0_a3, b.gdp_md, strict=True)))
    countries = [info[p]["countries"][0] for p in places]
    per_country = pd.Series(countries).value_counts()
    mass = np.array([gdp.get(c, 0.0) / per_country[c] for c in countries]) ** gdp_exponent
    x = np.array([info[p]["x"] for p in places])
    y = np.array([info[p]["y"] for p in places])
    d = distance_km(x[:, None], y[:, None], x[None, :], y[None, :])
    with np.errstate(divide="ignore"):
        t = np.outer(mass, mass) / np.where(d > 0, d, np.inf) ** distance_exponent
    np.fill_diagonal(t, 0)
    # trade inside one country is not corridor demand
    same = np.equal.outer(np.array(countries), np.array(countries))
    t[same] = 0
    for i, ci in enumerate(countries):
        for j, cj in enumerate(countries):
            if (ci, cj) in listed:
                t[i, j] = 0
    t = t / t.sum() * total_mt if t.sum() > 0 else t
    rows = [
        {
            "commodity": "cargo",
            "origin": places[i],
            "destination": places[j],
            "value": float(t[i, j]),
            "unit": "Mt/y",
            "sources": "gravity model",
            "assumption": True,
            "note": "gravity model (analysis/demand.py)",
        }
        for i in range(len(places))
        for j in range(len(places))
        if t[i, j] > 0
    ]
    return pd.DataFrame(rows)


def demand_table(G, *, places: list[str] | None = None, path: str | Path | None = None) -> pd.DataFrame:
    """Return the full demand table: published flows plus gravity flows for cargo between OD places.

    Published flows whose places are missing from the network are dropped with a warning. The
    gravity fill leaves out every (origin country, destination country) pair a published cargo row
    names: that trade is in the table already.
    """
    from corridorkit.analysis.params import load_params
    from corridorkit.log import get_logger

    pub = published_flows(path)
    known = set(G.graph["places"])
    missing = pub[~pub.origin.isin(known) | ~pub.destination.isin(known)]
    for r in missing.itertuples():
        get_logger("demand").warning(
            "demand %s %s -> %s: place not in the network; skipped", r.commodity, r.origin, r.destination
        )
    pub = pub.drop(missing.index)
    places = [p for p in (places or load_params().od_places) if p in known]
    g = pub.attrs.get("gravity", {})
    info = G.graph["place_info"]
    cargo = pub[pub.commodity == "cargo"]
    listed = {
        (info[o]["countries"][0], info[d]["countries"][0])
        for o, d in zip(cargo.origin, cargo.destination, strict=True)
        if info[o]["countries"] and info[d]["countries"]
    }
    grav = gravity_flows(
        G,
        places,
        total_mt=float(g.get("total_mt", {}).get("value", 25.0)),
        gdp_exponent=float(g.get("gdp_exponent", {}).get("value", 1.0)),
        distance_exponent=float(g.get("distance_exponent", {}).get("value", 1.0)),
        listed=listed,
    )
    out = pd.concat([pub, grav], ignore_index=True)
    return out.sort_values(["commodity", "origin", "destination"]).reset_index(drop=True)
