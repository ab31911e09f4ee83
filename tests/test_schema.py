"""Validation of curated features: every problem reported, by file, feature and field."""

import json

import pytest

from corridorkit.errors import InputError
from corridorkit.layers.curated import load_features
from corridorkit.layers.schema import Asset, parse_partial_date, status_on
from corridorkit.layers.validate import load_file, read_geojson
from tests.conftest import feature, make_asset


def problems_of(path):
    _, probs = load_file(path, strict=False)
    return [(p.feature, p.field, p.message) for p in probs]


def test_a_valid_feature_passes(write_fc):
    feats, probs = load_file(write_fc([feature(make_asset())]), strict=False)
    assert probs == [] and len(feats) == 1


def test_every_problem_is_reported_at_once(write_fc):
    bad = make_asset(
        id="bad_one",
        status="open",
        capacity=[{"value": -5, "unit": "Mt/y", "commodity": "oil", "sources": ["s1"]}],
        sources=[],
    )
    p = write_fc([feature(bad), feature(make_asset(id="test_btk"))], name="broken.geojson")
    probs = problems_of(p)
    fields = {f for _, f, _ in probs}
    assert {"status", "capacity.0.value", "sources"} <= fields
    with pytest.raises(InputError) as exc:
        load_file(p)
    text = str(exc.value)
    assert (
        "broken.geojson: feature 'bad_one': field 'capacity.0.value': expected a number >= 0, got -5" in text
    )
    assert "problems:" in text


def test_missing_source_for_a_figure(write_fc):
    bad = make_asset(capacity=[{"value": 5, "unit": "Mt/y", "commodity": "oil", "sources": []}])
    msgs = [m for _, f, m in problems_of(write_fc([feature(bad)])) if f == "capacity.0"]
    assert msgs and "source" in msgs[0]


def test_unknown_source_id(write_fc):
    bad = make_asset(capacity=[{"value": 5, "unit": "Mt/y", "commodity": "oil", "sources": ["nope"]}])
    assert any(f == "capacity[0]" and "nope" in m for _, f, m in problems_of(write_fc([feature(bad)])))


def test_duplicate_ids(write_fc):
    p = write_fc([feature(make_asset()), feature(make_asset())])
    assert any(f == "id" and "duplicate" in m for _, f, m in problems_of(p))


def test_duplicate_ids_across_files(write_fc, tmp_path):
    a = write_fc([feature(make_asset())], name="a.geojson")
    b = write_fc([feature(make_asset())], name="b.geojson")
    by_id, probs = load_features([a, b], shipped=False, strict=False)
    # a user file overriding by id is allowed (later file wins), not a duplicate error
    assert list(by_id) == ["test_btk"] and by_id["test_btk"].file == str(b)


def test_wrong_geometry_type_and_invalid_geometry(write_fc):
    point_line = make_asset(id="pt")
    port = make_asset(id="port1", kind="port", mode="multimodal", gauge_mm=None)
    bad_line = {
        "type": "Feature",
        "properties": make_asset(id="short"),
        "geometry": {"type": "LineString", "coordinates": [[43.1, 40.6]]},
    }
    p = write_fc([feature(point_line, (43.1, 40.6), "Point"), feature(port), bad_line])
    probs = problems_of(p)
    assert ("pt", "geometry") in {(a, b) for a, b, _ in probs}
    assert ("port1", "geometry") in {(a, b) for a, b, _ in probs}
    assert any(a == "short" and b == "geometry" for a, b, _ in probs)


def test_nan_and_truncated_files(tmp_path):
    p = tmp_path / "nan.geojson"
    p.write_text('{"type": "FeatureCollection", "features": [{"x": NaN}]}')
    with pytest.raises(InputError, match="nan.geojson.*NaN"):
        read_geojson(p)
    t = tmp_path / "trunc.geojson"
    t.write_text(json.dumps({"type": "FeatureCollection", "features": [feature(make_asset())]})[:-40])
    with pytest.raises(InputError, match="trunc.geojson.*truncated"):
        read_geojson(t)


def test_status_must_agree_with_the_timeline(write_fc):
    bad = make_asset(status="proposed")  # timeline says operational since 2017
    probs = problems_of(write_fc([feature(bad)]))
    assert any(f == "status" and "timeline gives 'operational'" in m for _, f, m in probs)


def test_names_in_non_latin_scripts_round_trip(write_fc):
    p = write_fc([feature(make_asset())])
    feats, _ = load_file(p)
    names = feats[0].asset.names
    assert names["ka"] == "ბაქო-თბილისი-ყარსი" and names["hy"] == "Կարս"
    assert names["az"] == "Bakı–Tbilisi–Qars dəmir yolu" and names["fa"] == "راه‌آهن باکو-تفلیس-قارص"


def test_status_on_a_timeline():
    a = Asset.model_validate(
        make_asset(
            status="under_construction",
            status_date="2026-11",
            timeline=[
                {"date": "2025-08-22", "status": "under_construction", "sources": ["s1"]},
                {"date": "2029-12", "status": "operational", "expected": True, "sources": ["s1"]},
            ],
        )
    )
    assert status_on(a.timeline, 2024) is None
    assert status_on(a.timeline, 2026) == "under_construction"
    assert status_on(a.timeline, 2030) == "operational"
    assert status_on(a.timeline, 2030, include_expected=False) == "under_construction"


def test_partial_dates():
    assert str(parse_partial_date("2024")) == "2024-01-01"
    assert str(parse_partial_date("2024-02", end=True)) == "2024-02-29"
    with pytest.raises(ValueError):
        Asset.model_validate(make_asset(status_date="2024-13"))


def test_only_http_links_are_accepted_as_sources(write_fc):
    bad = make_asset(
        sources=[{"id": "s1", "title": "x", "url": "javascript:alert(1)", "accessed": "2026-11-24"}]
    )
    assert any(f and f.startswith("sources") for _, f, _ in problems_of(write_fc([feature(bad)])))
