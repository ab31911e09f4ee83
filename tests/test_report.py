"""The main job: `corridorkit report` on the shipped data, complete, offline, safe and deterministic."""

import hashlib
import json
import re

import pytest

from corridorkit.errors import OutputError
from corridorkit.maps.report import build_report


def digest(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "report"
    build_report(out, progress=False)
    first = digest(out)
    build_report(out, progress=False)
    return out, first, digest(out)


@pytest.mark.slow
def test_report_is_complete(report):
    out, files, _ = report
    html = (out / "index.html").read_text(encoding="utf-8")
    for section in ("China–Europe transit by corridor", "Caspian gas, oil and cargo export capacity",
                    "Nakhchivan", "Armenia", "Transit exposure", "Top chokepoints",
                    "What the scenarios change", "The data and its quality", "Method",
                    "Where the cargo goes when corridors fill up"):
        assert section in html, section
    for f in ("maps/overview.html", "maps/china_europe.html", "maps/chokepoints.html",
              "maps/flows.html", "maps/capacity_s5.html", "tables/chokepoints.csv", "tables/data_quality.csv",
              "exports/gpkg/corridorkit_layers.gpkg", "plots/china_europe_days.png"):
        assert f in files, f
    assert any(f.startswith("exports/geojson/") for f in files)
    assert any(f.startswith("exports/parquet/") for f in files)
    assert any(f.startswith("maps/compare_") for f in files)


@pytest.mark.slow
def test_report_is_byte_identical_on_a_second_run(report):
    _, first, second = report
    assert first == second


@pytest.mark.slow
def test_report_is_offline_and_small(report):
    out, files, _ = report
    for f in files:
        if f.endswith(".html"):
            html = (out / f).read_text(encoding="utf-8")
            external = set(re.findall(r'(?:src)=["\'](https?://[^"\']+)', html))
            assert not external, (f, external)
            assert (out / f).stat().st_size <= 5e6, f


@pytest.mark.slow
def test_report_exports_are_rfc7946_geojson(report):
    out, files, _ = report
    for f in files:
        if f.startswith("exports/geojson/"):
            fc = json.loads((out / f).read_text(encoding="utf-8"))
            assert fc["type"] == "FeatureCollection" and "crs" not in fc
            for feat in fc["features"]:
                x, y = feat["geometry"]["coordinates"][0] if feat["geometry"]["type"] == "LineString" \
                    else (feat["geometry"]["coordinates"] if feat["geometry"]["type"] == "Point"
                          else (0, 0))
                assert -180 <= x <= 180 and -90 <= y <= 90


def test_a_failing_report_leaves_the_previous_one_intact(tmp_path, monkeypatch):
    from corridorkit.geo.io import atomic_directory
    from corridorkit.maps import report_sections

    out = tmp_path / "rep"
    with atomic_directory(out, command="report") as d:  # a previous report, with its manifest
        (d / "index.html").write_text("previous report")

    def boom(ctx):
        raise RuntimeError("failure halfway")

    monkeypatch.setattr(report_sections, "STEPS", [("intro", report_sections.step_intro),
                                                   ("boom", boom)])
    with pytest.raises(RuntimeError):
        build_report(out, progress=False)
    assert (out / "index.html").read_text() == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rep"]


def test_a_report_never_replaces_a_folder_of_the_users_files(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "index.html").write_text("my own page")
    with pytest.raises(OutputError, match="did not write"):
        build_report(out, progress=False)
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert (out / "index.html").read_text() == "my own page"
