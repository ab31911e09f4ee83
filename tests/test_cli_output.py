"""What a user gets when the command line's output goes to a file or a script (issue 17, command line).

Commands run in-process through ``cli_main`` with stdout captured: like ``corridorkit ... > out.txt``,
stdout is not a terminal. Expectations come from outside the code: the README's published scenario
figures, the shipped scenario names, the sources' URLs as written in the YAML source files, and
the exit codes the README documents.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def narrow_terminal(monkeypatch):
    # what a user's shell exports: the old output wrapped at this width even in a file
    monkeypatch.setenv("COLUMNS", "80")


def btc_source_urls() -> list[str]:
    """Return the URLs of BTC's sources as its YAML source file lists them."""
    doc = yaml.safe_load((ROOT / "layers" / "data" / "sources" / "energy.yaml").read_text(encoding="utf-8"))
    btc = next(a for a in doc["assets"] if a["id"] == "btc")
    return [doc["sources"][sid]["url"] for sid in btc["sources"]]


def assert_documented(command: str, *records: dict) -> None:
    """Assert every key of ``records`` is named in the command's section of docs/cli_output.md."""
    doc = (ROOT / "docs" / "cli_output.md").read_text(encoding="utf-8")
    section = doc.split(f"### `{command}`", 1)[1].split("\n### ", 1)[0]
    for rec in records:
        for key in rec:
            assert re.search(rf"\b{re.escape(key)}\b", section), f"{command}: {key!r} is not documented"


def readme_s1_rail_days() -> tuple[float, float]:
    """Return (baseline-2030, s1) Baku→Nakhchivan rail days as the README's scenario table states them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `s1-multivector-pivot`"))
    m = re.search(r"Baku→Nakhchivan rail ([\d.]+) → ([\d.]+) days via Meghri", row)
    assert m, row
    return float(m.group(1)), float(m.group(2))


# --- --scenario ------------------------------------------------------------------------------------

def test_route_with_a_scenario_reproduces_the_readmes_s1_figure(capsys):
    base_days, s1_days = readme_s1_rail_days()
    answers = {}
    for sc in ("baseline-2030", "s1-multivector-pivot"):
        code, out, err = run_cli(capsys, "route", "Baku", "Nakhchivan", "--mode", "rail", "--scenario", sc,
                             "--format", "json")
        assert code == 0, err
        answers[sc] = json.loads(out)
    base, s1 = answers["baseline-2030"], answers["s1-multivector-pivot"]
    assert_documented("route", s1, s1["routes"][0], s1["routes"][0]["legs"][0],
                      s1["routes"][0]["border_crossings"][0])
    # the README rounds to 0.1 day
    assert base["routes"][0]["days"] == pytest.approx(base_days, abs=0.05)
    assert s1["routes"][0]["days"] == pytest.approx(s1_days, abs=0.05)
    assert "rail_meghri_section" in s1["routes"][0]["assets"]
    assert "rail_meghri_section" not in base["routes"][0]["assets"]
    # the scenario's own date (2030) is used when --as-of is not given
    assert s1["scenario"] == "s1-multivector-pivot" and s1["as_of"] == "2030-12-31"


def test_as_of_overrides_the_scenarios_date(capsys):
    # in 2025 the Meghri section is not open even under S1: the route goes round again
    code, out, err = run_cli(capsys, "route", "Baku", "Nakhchivan", "--mode", "rail", "--scenario",
                         "s1-multivector-pivot", "--as-of", "2025", "--format", "json")
    assert code == 0, err
    r = json.loads(out)
    assert r["as_of"] == "2025-12-31"
    assert "rail_meghri_section" not in r["routes"][0]["assets"]


@pytest.mark.filterwarnings("error")  # no warning from a library reaches the user
def test_flow_with_a_scenario_gives_the_readmes_gas_figure(capsys):
    # README: S1 Caspian gas to the EU 10 -> 20 bcm/y, TAP still binds
    code, out, err = run_cli(capsys, "flow", "gas", "--from", "sangachal", "--to", "gas_melendugno",
                         "--scenario", "s1-multivector-pivot", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["assets"] for r in rows] == ["tap"] and float(rows[0]["capacity"]) == 20


@pytest.mark.parametrize("command", [
    ["route", "Baku", "Nakhchivan"], ["od"], ["flow", "gas", "--from", "sangachal", "--to", "gas_melendugno"],
    ["chokepoints"],
])
def test_an_unknown_scenario_is_one_line_with_a_suggestion(capsys, command):
    code, out, err = run_cli(capsys, *command, "--scenario", "s1-multivector-pivt")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "--scenario" in lines[0] and "s1-multivector-pivt" in lines[0]
    assert "did you mean 's1-multivector-pivot'" in lines[0]
    assert out == ""


# --- tables in a file are never wrapped ---------------------------------------------------------------

def test_scenario_names_are_never_split_across_lines_in_a_file(capsys):
    names = [yaml.safe_load(p.read_text(encoding="utf-8"))["name"]
             for p in sorted((ROOT / "analysis" / "scenarios").glob("*.yaml"))]
    code, out, err = run_cli(capsys, "scenario", "list")
    assert code == 0, err
    lines = out.splitlines()
    for name in names:
        assert any(re.search(rf"(^|[\s│]){re.escape(name)}([\s│]|$)", line) for line in lines), name


def test_source_urls_of_an_asset_print_whole_in_a_file(capsys):
    urls = btc_source_urls()
    assert len(urls) > 5
    code, out, err = run_cli(capsys, "layers", "show", "btc")
    assert code == 0, err
    for url in urls:
        assert any(url in line for line in out.splitlines()), url


def test_a_table_title_is_not_wrapped_in_a_file(capsys):
    doc = yaml.safe_load(
        (ROOT / "layers" / "data" / "sources" / "middle_corridor_west.yaml").read_text(encoding="utf-8")
    )
    name = next(a["name"] for a in doc["assets"] if a["id"] == "rail_btk_akhalkalaki_kartsakhi")
    code, out, err = run_cli(capsys, "profile", "rail_btk_akhalkalaki_kartsakhi")
    assert code == 0, err
    assert any(f"Profile: {name}" in line for line in out.splitlines()), out[:400]


def test_the_od_table_in_a_file_shows_every_value(capsys):
    code, out, err = run_cli(capsys, "od")
    assert code == 0, err
    assert "…" not in out
    header = next(line for line in out.splitlines() if "from \\ to" in line)
    for place in ("xian", "duisburg", "nakhchivan", "bandar_abbas_port"):
        assert place in header


# --- machine-readable formats ------------------------------------------------------------------------

def _floats(obj):
    if isinstance(obj, float):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _floats(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _floats(v)


def test_route_geojson_has_every_alternative_with_a_summary(capsys, tmp_path):
    old = tmp_path / "route.geojson"  # the older --geojson FILE keeps working and writes the same
    code, out, err = run_cli(capsys, "route", "Baku", "Tbilisi", "--k", "2", "--as-of", "2026",
                         "--format", "geojson", "--geojson", str(old))
    assert code == 0, err
    fc = json.loads(out)
    assert json.loads(old.read_text(encoding="utf-8")) == fc
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    summaries = [f for f in fc["features"] if f["properties"]["role"] == "summary"]
    assert [f["properties"]["route"] for f in summaries] == [1, 2]
    for s in summaries:
        p = s["properties"]
        assert {"days", "km", "cost_usd_per_t", "countries", "border_crossings"} <= set(p)
        assert p["countries"].startswith("AZE") and p["countries"].endswith("GEO")
        edges = [f for f in fc["features"] if f["properties"]["role"] == "edge"
                 and f["properties"]["route"] == p["route"]]
        # the summary is the sum of its edges (two different records of the same route)
        assert sum(e["properties"]["km"] for e in edges) == pytest.approx(p["km"], rel=1e-4)
        assert sum(e["properties"]["hours"] for e in edges) == pytest.approx(p["hours"], rel=1e-4)
        assert p["days"] == pytest.approx(p["hours"] / 24, rel=1e-4)
        # lon/lat in the region, RFC 7946 order
        for line in s["geometry"]["coordinates"]:
            for lon, lat in line:
                assert 40 <= lon <= 51 and 39 <= lat <= 43
                assert lon == round(lon, 5) and lat == round(lat, 5)
    # numbers rounded: no float with more than six significant digits
    for x in _floats([f["properties"] for f in fc["features"]]):
        assert len(f"{x:.15g}".replace("-", "").replace(".", "").lstrip("0")) <= 6, x


def test_layers_show_json_is_the_full_record(capsys):
    from corridorkit.layers.schema import Asset

    code, out, err = run_cli(capsys, "layers", "show", "btc", "--format", "json")
    assert code == 0, err
    rec = json.loads(out)
    assert rec["command"] == "layers show"
    assert_documented("layers show ID", rec)
    assert set(Asset.model_fields) <= set(rec["asset"])  # every field of the schema, null when empty
    assert [s["url"] for s in rec["asset"]["sources"]] == btc_source_urls()
    assert rec["geometry"]["type"] == "LineString" and rec["geodesic_km"] > 1000


def test_csv_and_json_keep_stdout_data_only(capsys):
    osm_file = ROOT / "tests" / "fixtures" / "osm" / "akhalkalaki_kartsakhi.osm"
    code, out, err = run_cli(capsys, "osm", "load", str(osm_file), "--format", "json")
    assert code == 0, err
    rec = json.loads(out)  # the ODbL attribution went to stderr, not into the JSON text
    assert rec["rail_ways"] == 5 and "OpenStreetMap" in rec["attribution"]
    assert "OpenStreetMap" in err


def test_a_bad_format_value_is_one_line_naming_the_option(capsys):
    code, out, err = run_cli(capsys, "od", "--format", "xml")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "--format" in lines[0] and "xml" in lines[0] and "json" in lines[0]


# --- exit codes (README: 0 done, 2 bad input, 1 failure) ------------------------------------------------

def test_exit_codes_are_0_done_2_bad_input_1_failure(capsys, monkeypatch):
    code, _, _ = run_cli(capsys, "scenario", "list", "--format", "csv")
    assert code == 0
    code, _, err = run_cli(capsys, "layers", "show", "no_such_asset")
    assert code == 2 and "no_such_asset" in err
    # a failure that is not the user's input: a download that cannot happen
    from corridorkit.errors import CorridorkitError
    from corridorkit.layers import osm

    def no_download(*a, **k):
        raise CorridorkitError("cannot download OSM data from the Overpass API (simulated)")

    monkeypatch.setattr(osm, "_download_graph", no_download)
    code, _, err = run_cli(capsys, "osm", "fetch", "--asset", "rail_btk_akhalkalaki_kartsakhi", "--out",
                       str(ROOT / "tests" / "_never_written.geojson"))
    assert code == 1 and "Overpass" in err
    assert not (ROOT / "tests" / "_never_written.geojson").exists()


def test_osm_fetch_without_a_network_fails_at_once(capsys, monkeypatch, tmp_path):
    """No network: a clear message, without osmnx's 60 s wait on the Overpass status endpoint."""
    import socket
    import time

    import requests

    from corridorkit.settings import settings

    def unreachable(*a, **k):
        raise OSError(101, "Network is unreachable")

    def refused(*a, **k):
        raise requests.ConnectionError("Network is unreachable")

    def no_dns(*a, **k):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    import osmnx._http  # noqa: F401 - imported first: it keeps socket.getaddrinfo as it finds it (the real one)

    slept = []
    monkeypatch.setattr(socket, "create_connection", unreachable)
    monkeypatch.setattr(socket.socket, "connect", unreachable)
    # no DNS query either: osmnx resolves the Overpass host itself, then installs its own getaddrinfo
    monkeypatch.setattr(socket, "gethostbyname", no_dns)
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    monkeypatch.setattr(requests, "get", refused)
    monkeypatch.setattr(requests, "post", refused)
    monkeypatch.setattr(time, "sleep", slept.append)
    monkeypatch.setattr(settings, "cache_dir", tmp_path / "cache")
    code, out, err = run_cli(capsys, "osm", "fetch", "--asset", "rail_btk_akhalkalaki_kartsakhi", "--out",
                         str(tmp_path / "btk.geojson"))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Overpass" in lines[0] and "Network is unreachable" in lines[0]
    assert "corridorkit osm load" in lines[0]
    assert not any(s >= 1 for s in slept), slept  # no rate-limit pause before failing
    assert not (tmp_path / "btk.geojson").exists()


def test_progress_shows_on_a_terminal_and_never_on_stdout(monkeypatch):
    from rich.console import Console

    from corridorkit.cli import output

    term = io.StringIO()
    monkeypatch.setattr(output, "err", Console(file=term, force_terminal=True, width=80))
    with output.progress("Building the network…"):
        pass
    assert "Building the network" in term.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(output, "err", Console(file=piped, force_terminal=False, width=80))
    with output.progress("Building the network…"):
        pass
    assert piped.getvalue() == ""
