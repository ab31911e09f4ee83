import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_configure(config):
    """With parallel workers, compile the criticality kernels once, in the background, from the start.

    On a machine where numba has not cached them yet, every process that runs the engine (both
    workers, the report's second process, a notebook, Dask workers) would compile them, 15-20 s
    of CPU each. :func:`corridorkit.analysis.criticality.ensure_kernels` lets one compile while
    the others wait; starting that one now overlaps the compile with the workers' start-up.
    """
    if hasattr(config, "workerinput"):
        return  # an xdist worker
    try:
        parallel = config.getoption("numprocesses") not in (None, 0) and config.getoption("dist") != "no"
    except ValueError:
        return  # xdist is not loaded
    if parallel:
        config._ck_kernels = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from corridorkit.analysis.criticality import ensure_kernels; ensure_kernels()",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def pytest_unconfigure(config):
    proc = getattr(config, "_ck_kernels", None)
    if proc is not None:
        proc.wait()  # not killed: numba may be writing its cache


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """Run ``corridorkit ARGS...`` in this process: ``cli_main``, the code behind the command.

    Returns ``(exit code, stdout, stderr)``. Tests of the command itself as a process (the entry
    point, ``--version``, a traceback-free exit) run it with ``subprocess`` instead (test_cli.py).
    """
    from corridorkit.cli.main import cli_main

    capsys.readouterr()
    code = cli_main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(capsys):
    """:func:`run_cli` with this test's captured output: ``cli("assign", "--scenario", ...)``."""
    return functools.partial(run_cli, capsys)


@pytest.fixture
def write_fc(tmp_path):
    """Write a FeatureCollection (list of features) to a temporary GeoJSON file."""

    def _write(features, name="layer.geojson", **extra):
        p = tmp_path / name
        p.write_text(
            json.dumps({"type": "FeatureCollection", **extra, "features": features}, ensure_ascii=False),
            encoding="utf-8",
        )
        return p

    return _write


def make_asset(**over):
    """A valid curated rail line (Kars-Akhalkalaki section of BTK), fields overridable."""
    props = {
        "id": "test_btk",
        "name": "Test BTK section",
        "names": {
            "en": "Test BTK section",
            "ka": "ბაქო-თბილისი-ყარსი",
            "hy": "Կարս",
            "az": "Bakı–Tbilisi–Qars dəmir yolu",
            "ru": "Баку — Тбилиси — Карс",
            "fa": "راه‌آهن باکو-تفلیس-قارص",
        },
        "layer": "test",
        "kind": "rail_line",
        "mode": "rail",
        "commodities": ["containers"],
        "countries": ["TUR", "GEO"],
        "status": "operational",
        "status_date": "2024-05",
        "timeline": [
            {"date": "2007-11", "status": "under_construction", "sources": ["s1"]},
            {"date": "2017-10-30", "status": "operational", "sources": ["s1"]},
        ],
        "capacity": [
            {"value": 5, "unit": "Mt/y", "commodity": "general_cargo", "basis": "current", "sources": ["s1"]}
        ],
        "gauge_mm": [1435],
        "nodes": [],
        "sources": [
            {"id": "s1", "title": "A source", "url": "https://example.org/btk", "accessed": "2026-11-24"}
        ],
        "geometry_accuracy": "digitised",
    }
    props.update(over)
    return props


def feature(props, coords=((43.10, 40.61), (43.35, 41.05), (43.49, 41.41)), gtype="LineString"):
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {
            "type": gtype,
            "coordinates": [list(c) for c in coords] if gtype != "Point" else list(coords),
        },
    }


def station(sid, lon, lat, country):
    """A valid station point feature."""
    props = make_asset(
        id=sid,
        name=sid.title(),
        names={},
        kind="station",
        mode="rail",
        countries=[country],
        gauge_mm=None,
        capacity=[],
        nodes=[],
    )
    return feature(props, (lon, lat), "Point")


def btk_with_nodes(**over):
    """The test line with its two end stations: a minimal valid network layer."""
    line = feature(make_asset(nodes=["test_kars", "test_akhalkalaki"], **over))
    return [line, station("test_kars", 43.10, 40.61, "TUR"), station("test_akhalkalaki", 43.49, 41.41, "GEO")]
