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
    build_report(out, progress=False, jobs=2)  # the side sections in a second process
    first = digest(out)
    build_report(out, progress=False, jobs=1)  # every section in this process
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
def test_report_is_byte_identical_on_a_second_run_in_one_process_or_two(report):
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
        if f.startswith("exports/geojson/") and f.endswith(".geojson"):
            fc = json.loads((out / f).read_text(encoding="utf-8"))
            assert fc["type"] == "FeatureCollection" and "crs" not in fc
            for feat in fc["features"]:
                x, y = feat["geometry"]["coordinates"][0] if feat["geometry"]["type"] == "LineString" \
                    else (feat["geometry"]["coordinates"] if feat["geometry"]["type"] == "Point"
                          else (0, 0))
                assert -180 <= x <= 180 and -90 <= y <= 90


@pytest.mark.slow
def test_report_results_are_styled_gis_layers_in_a_qgis_project(report):
    import xml.etree.ElementTree as ET
    import zipfile

    import pandas as pd
    import pyogrio

    out, files, _ = report
    gpkg = out / "exports/gpkg/corridorkit_results.gpkg"
    layers = {str(n): g for n, g in pyogrio.list_layers(gpkg)}
    assert layers["routes"] == "MultiLineString" and layers["link_loads_baseline"] == "MultiLineString"
    assert layers["link_loads_lp_s5_emancipation"] == "MultiLineString"
    assert any(n.startswith("deltas_") and n.endswith("_lines") for n in layers)
    info = pyogrio.read_info(gpkg, layer="link_loads_baseline")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["load_mt"] == types["utilisation"] == "OFTReal" and info["crs"] == "EPSG:4326"
    # the chokepoint layers carry the report's ranking (tables/chokepoints.csv), numbers as numbers
    ck = pd.concat([pyogrio.read_dataframe(gpkg, layer=n, read_geometry=False)
                    for n in ("chokepoints_lines", "chokepoints_points") if n in layers]).sort_values("rank")
    table = pd.read_csv(out / "tables/chokepoints.csv")
    assert list(ck["rank"]) == list(range(1, len(table) + 1))
    assert list(ck.asset_id) == list(table.element)
    assert ck.loss_mt_h_per_y.to_numpy() == pytest.approx(table.loss.to_numpy())
    routes = pyogrio.read_dataframe(gpkg, layer="routes", read_geometry=False)
    assert (routes.days > 0).all() and "China–Europe" in set(routes.group)
    styled = set(pyogrio.read_dataframe(gpkg, layer="layer_styles").f_table_name)
    assert styled == {n for n, g in layers.items() if g is not None}
    with zipfile.ZipFile(out / "exports/corridorkit.qgz") as z:
        root = ET.fromstring(z.read("corridorkit.qgs").decode("utf-8").split("\n", 1)[1])
    names = set()
    for ml in root.findall("./projectlayers/maplayer"):
        path, _, layer = ml.find("datasource").text.partition("|layername=")
        assert path.startswith("./") and (out / "exports" / path).is_file(), path
        assert layer in {str(n) for n, _ in pyogrio.list_layers(out / "exports" / path)}
        names.add(layer)
    assert {"routes", "link_loads_baseline", "middle_corridor_lines", "basemap_countries_core"} <= names


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


NAN_IN_POPUP = re.compile(r"(\\u003ctd\\u003e|\(|: )nan(\\u003c|\)|,| )")


@pytest.mark.slow
def test_report_maps_show_no_nan_and_label_places_countries_and_seas(report):
    out, files, _ = report
    maps = [f for f in files if f.startswith("maps/") and f.endswith(".html")]
    assert maps
    for f in maps:
        html = (out / f).read_text(encoding="utf-8")
        assert not NAN_IN_POPUP.search(html), f  # a missing field is left out, never printed as nan
        assert "ckLabels(" in html, f
    overview = (out / "maps/overview.html").read_text(encoding="utf-8")
    for name in ("Caspian Sea", "Black Sea", "Georgia", "Armenia", "Azerbaijan", "Tbilisi", "Baku"):
        assert f'"{name}"' in overview, name


@pytest.mark.slow
def test_report_matrices_have_one_row_per_question_and_scenarios_by_name(report):
    from corridorkit.analysis.compare import questions_path
    from corridorkit.geo.io import read_yaml

    out, _, _ = report
    html = (out / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section id="energy">(.*?)</section>', html, re.S).group(1)
    matrix = re.search(r'<table class="matrix">(.*?)</table>', section, re.S).group(1)
    header = re.search(r"<thead>(.*?)</thead>", matrix, re.S).group(1)
    rows = re.findall(r'<tr><th class="q">(.*?)</th>', re.search(r"<tbody>(.*?)</tbody>", matrix, re.S).group(1))
    titles = [q["title"] for q in read_yaml(questions_path())["flows"]]
    assert len(rows) == len(set(rows)) and len(rows) <= len(titles)
    assert all(any(r.startswith(t.replace("&", "&amp;")) for t in titles) for r in rows)
    assert any(r.startswith("Caspian gas that can reach the EU") for r in rows)
    # scenarios by their names, not their file ids
    assert "S1 Azerbaijan&#39;s multi-vector pivot" in header and "s1-multivector-pivot" not in header
    # S1 doubles Caspian gas to the EU (10 -> 20 bcm/y, README): the cell says so, coloured as a gain
    gas = re.search(r'Caspian gas that can reach the EU.*?</tr>', matrix, re.S).group(0)
    assert re.search(r'class="n better"[^>]*>20\.0<span class="d better">\+10\.0 bcm/y', gas)
    assert "Files behind this section" in section and 'href="tables/capacity_questions.csv"' in section


@pytest.mark.slow
def test_report_states_its_date_and_data_version_and_prints(report):
    out, _, _ = report
    html = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Dated \d{4}-\d\d-\d\d .*data version [0-9a-f]{12}", html)
    assert "@media print" in html
    # tariffs as given: 0.0035 USD/t-km for ocean shipping (it read 0.0 with one decimal)
    method = re.search(r'<section id="method">(.*?)</section>', html, re.S).group(1)
    assert re.search(r"tariff_usd_per_tkm\.ship</td><td class=\"n\">0\.0035<", method)
