"""Untrusted input: odd files, repair on request, empty networks, round trips, invariants."""

import json

import geopandas as gpd
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Polygon

from corridorkit.analysis.network import build_network
from corridorkit.analysis.routing import route
from corridorkit.errors import GeometryError, InputError, NoRouteError
from corridorkit.geo.validity import ensure_valid
from corridorkit.layers import validate as validate_mod
from corridorkit.layers.curated import load_features, read_user_file, to_frame
from corridorkit.layers.export import write_layers
from tests import netfixture
from tests.conftest import btk_with_nodes, feature, make_asset


def test_non_utf8_file(tmp_path):
    p = tmp_path / "latin1.geojson"
    p.write_bytes('{"name": "Gəncə"}'.encode("utf-16"))
    with pytest.raises(InputError, match="latin1.geojson.*UTF-8"):
        validate_mod.read_geojson(p)


def test_huge_files_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(validate_mod, "MAX_FILE_BYTES", 100)
    p = tmp_path / "big.geojson"
    p.write_text(" " * 1000)
    with pytest.raises(InputError, match="big.geojson.*refused"):
        validate_mod.read_geojson(p)


def test_invalid_geometry_is_repaired_only_when_asked():
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    with pytest.raises(GeometryError, match="feature 'b1'.*invalid geometry.*repair=True"):
        ensure_valid([bowtie], ["b1"], file="x.gpkg")
    fixed = ensure_valid([bowtie], ["b1"], repair=True)
    assert fixed[0].is_valid and fixed[0].area == pytest.approx(0.5)


def test_an_empty_network_says_so(write_fc):
    feats = [f for f in netfixture.features() if f["geometry"]["type"] == "Point"]
    by_id, _ = load_features([write_fc(feats)], shipped=False)
    G = build_network(2026, features=by_id)
    with pytest.raises(NoRouteError, match="no link between them at all"):
        route(G, "t_ganja", "t_kars")


def test_unreadable_raster(tmp_path):
    from corridorkit.geo.raster import read_window

    p = tmp_path / "dem.tif"
    p.write_text("not a tiff")
    with pytest.raises(InputError, match="dem.tif.*cannot read the raster"):
        read_window(p, (0, 0, 1, 1))


SCRIPTS = st.sampled_from(
    [
        "Gəncə",
        "Գյումրի",
        "ახალქალაქი",
        "Махачкала",
        "آستارا",
        "Ağbənd",
        "<b>&\"'</b>",
        "İğdır",
        "Қорғас",
        "霍尔果斯",
    ]
)


@given(st.lists(SCRIPTS, min_size=1, max_size=3))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_names_round_trip_through_every_export(tmp_path_factory, names):
    tmp = tmp_path_factory.mktemp("rt")
    langs = ["az", "hy", "ka"][: len(names)]
    feats = btk_with_nodes(names={"en": "Test BTK section", **dict(zip(langs, names, strict=True))})
    src = tmp / "in.geojson"
    src.write_text(
        json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False), encoding="utf-8"
    )
    by_id, _ = load_features([src], shipped=False)
    gdf = to_frame(by_id.values())
    for fmt in ("geojson", "gpkg", "parquet"):
        out = write_layers({"test": gdf}, fmt, tmp / fmt)[0]
        if fmt == "geojson":
            back = json.loads(out.read_text(encoding="utf-8"))["features"]
            got = {f["properties"]["id"]: f["properties"]["names"] for f in back}
        else:
            feats_back, probs = read_user_file(out)
            assert probs == []
            got = {f.asset.id: f.asset.names for f in feats_back}
        assert got["test_btk"] == {"en": "Test BTK section", **dict(zip(langs, names, strict=True))}


@pytest.fixture(scope="module")
def fixture_features(tmp_path_factory):
    p = tmp_path_factory.mktemp("net") / "net.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": netfixture.features()}))
    by_id, _ = load_features([p], shipped=False)
    return by_id


@given(st.floats(0.5, 3.0), st.floats(0.5, 3.0))
@settings(max_examples=15, deadline=None)
def test_edits_on_different_assets_commute(fixture_features, f1, f2):
    import pandas as pd

    from corridorkit.analysis.od import od_matrix
    from corridorkit.analysis.scenario_model import Scenario
    from corridorkit.analysis.scenarios import apply_scenario

    e1 = {"op": "speed", "asset": "t_az_main", "factor": f1, "why": "faster trains"}
    e2 = {"op": "delay", "asset": "t_redbridge", "factor": f2, "why": "customs change"}
    dem = pd.DataFrame(columns=["commodity", "origin", "destination", "value", "note"])
    out = []
    for edits in ([e1, e2], [e2, e1]):
        sc = Scenario(name="x", description="d", as_of=2026, edits=edits)
        G = apply_scenario(sc, features=fixture_features, base_demand=dem).network
        out.append(od_matrix(G, ["t_ganja", "t_tbilisi", "t_kars"]).to_numpy())
    assert np.allclose(out[0], out[1])


@given(st.floats(10, 80), st.floats(10, 80), st.sampled_from(["time", "cost", "distance"]))
@settings(max_examples=15, deadline=None)
def test_route_legs_sum_to_the_totals(fixture_features, rail, road, weight):
    from corridorkit.analysis.params import load_params

    p = load_params().with_overrides({"speed_kmh": {"rail": {"value": rail}, "road": {"value": road}}})
    G = build_network(2026, features=fixture_features, params=p)
    for r in route(G, "t_ganja", "t_kars", weight=weight, k=2):
        assert r.legs.hours.sum() == pytest.approx(r.total_hours)
        assert r.legs.km.sum() == pytest.approx(r.total_km)
        assert r.legs.cost_usd_per_t.sum() == pytest.approx(r.total_cost_usd_per_t)


def test_gpkg_has_one_table_per_layer(tmp_path, fixture_features):
    gdf = to_frame(fixture_features.values())
    parts = {"a": gdf.iloc[:3], "b": gdf.iloc[3:]}
    out = write_layers(parts, "gpkg", tmp_path)[0]
    import pyogrio

    assert sorted(name for name, _ in pyogrio.list_layers(out)) == ["a", "b"]
    assert len(gpd.read_file(out, layer="b")) == len(gdf) - 3


def test_gpkg_export_is_byte_identical(tmp_path, fixture_features):
    gdf = to_frame(fixture_features.values())
    a = write_layers({"x": gdf}, "gpkg", tmp_path / "a")[0].read_bytes()
    b = write_layers({"x": gdf}, "gpkg", tmp_path / "b")[0].read_bytes()
    assert a == b


def test_user_layer_overrides_a_shipped_feature_by_id(write_fc):
    base = write_fc(btk_with_nodes(), name="base.geojson")
    over = write_fc(
        [feature(make_asset(name="Renamed", names={}, nodes=["test_kars", "test_akhalkalaki"]))],
        name="over.geojson",
    )
    by_id, _ = load_features([base, over], shipped=False)
    assert by_id["test_btk"].asset.name == "Renamed"
