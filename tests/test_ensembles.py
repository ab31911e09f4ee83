"""Disruption ensembles: seeded, worker-independent, and right on a hand-computed case."""

import pytest

from corridorkit.analysis.ensembles import run_ensemble
from corridorkit.analysis.network import build_network
from corridorkit.layers.curated import load_features
from tests import netfixture

PLACES = ["t_ganja", "t_tbilisi", "t_kars"]


@pytest.fixture
def G(write_fc):
    feats, _ = load_features([write_fc(netfixture.features(), name="net.geojson")], shipped=False)
    return build_network(2026, features=feats)


def model(asset, days, effect="close", delay=0.0):
    m = {
        "id": f"m_{asset}",
        "title": "t",
        "select": {"asset": asset},
        "effect": effect,
        "days_per_year": {"value": days, "assumption": True, "note": "test"},
    }
    if effect == "delay":
        m["delay_h"] = {"value": delay}
    return m


def test_the_same_seed_gives_the_same_ensemble(G):
    kw = {"n_samples": 400, "models": [model("t_btk_new", 73)], "scheduler": "synchronous"}
    a = run_ensemble(G, PLACES, seed=5, **kw).table
    b = run_ensemble(G, PLACES, seed=5, **kw).table
    c = run_ensemble(G, PLACES, seed=6, **kw).table
    assert a.equals(b)
    assert not a.equals(c)


def test_closure_probability_is_recovered(G):
    # BTK closed 73 days a year = 20 % of days: Kars is cut off from everyone that often
    r = run_ensemble(
        G, PLACES, n_samples=4000, seed=1, models=[model("t_btk_new", 73)], scheduler="synchronous"
    ).table.set_index(["origin", "destination"])
    p = r.loc[("t_ganja", "t_kars"), "p_disconnected"]
    assert p == pytest.approx(0.2, abs=0.03)  # 4000 samples: 3-sigma ~ 0.019
    assert r.loc[("t_ganja", "t_tbilisi"), "p_disconnected"] == 0


def test_a_delay_shifts_the_upper_percentiles_by_the_delay(G):
    # the Beyuk Kesik rail border delayed +48 h on half the days
    r = run_ensemble(
        G, PLACES, n_samples=2000, seed=2, models=[model("t_bk", 182.5, "delay", 48)], scheduler="synchronous"
    ).table.set_index(["origin", "destination"])
    row = r.loc[("t_ganja", "t_kars")]
    # on delayed days traffic takes the better of waiting 48 h or the road via the Red Bridge;
    # the detour's time comes from the router, independently of the ensemble code
    from corridorkit.analysis.network import set_asset_active
    from corridorkit.analysis.routing import route

    H = G.copy()
    set_asset_active(H, "t_bk", False)
    detour = route(H, "t_ganja", "t_kars")[0].total_hours
    assert row.p90_h == pytest.approx(min(row.baseline_h + 48, detour))
    assert row.p50_h in (pytest.approx(row.baseline_h), pytest.approx(min(row.baseline_h + 48, detour)))
    assert row.p_disconnected == 0


def test_every_shipped_disruption_model_selects_edges_of_the_shipped_network():
    """A model that matches nothing would silently drop out of every ensemble (the Bosphorus once did)."""
    from corridorkit.analysis.ensembles import compile_ensemble, load_disruptions

    G = build_network(2026)
    places = ["constanta_port", "piraeus_port", "poti_port", "yerevan", "road_vladikavkaz"]
    models = load_disruptions()
    ce = compile_ensemble(G, places, models)
    selected = {label.split(":")[0] for label in ce.model_of_group}
    assert selected == {m["id"] for m in models}
    # the strait delay lands on the sea edges entering the Bosphorus: Constanța–Piraeus pays 36 h on
    # 20 days a year (the model's figures), so its mean extra time is 36 x 20/365 = 1.97 h
    straits = [m for m in models if m["id"] == "turkish_straits_delay"]
    t = run_ensemble(
        G, ["constanta_port", "piraeus_port"], n_samples=4000, seed=3, models=straits,
        scheduler="synchronous", progress=False,
    ).table.set_index(["origin", "destination"])
    row = t.loc[("constanta_port", "piraeus_port")]
    assert row.mean_extra_h == pytest.approx(36 * 20 / 365, rel=0.25)
    assert row.p99_h == pytest.approx(row.baseline_h + 36)
