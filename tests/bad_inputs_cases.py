"""The bad-inputs table: what a careless or hostile user types, and what corridorkit must answer.

Each case names its class (the five classes of issue 18), the command line, and what must happen:
the exit code, words the message must contain, and (class 1) that a folder of the user's own files
is byte-identical afterwards. ``tests/test_bad_inputs.py`` runs every case in a subprocess-free way
where it can; ``scripts/bad_inputs.py`` runs the whole table in subprocesses and prints the counts per
class (the closing numbers of the issue).

Placeholders in arguments: ``{tmp}`` is the case's scratch folder (made by :func:`make_fixtures`),
``{mine}`` the folder of the user's files, ``{osm}`` the shipped OSM test fixture.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import FIXTURES, btk_with_nodes, station

CLASSES = {
    1: "data loss",
    2: "unbounded resources",
    3: "tracebacks on bad values",
    4: "bad input accepted",
    5: "unclear messages",
    6: "security (must hold)",
}

#: The user's own files, byte for byte; class-1 cases check they survive.
USER_FILES = {
    "notes.txt": b"my notes, not corridorkit's\n",
    "od.csv": b"origin,destination,hours\nbaku,tbilisi,12\n",
    "index.html": b"<html><body>my own page</body></html>\n",
    "route.geojson": b'{"type": "FeatureCollection", "features": []}\n',
    "plot.png": bytes(range(256)),
    "sub/deep.txt": b"nested file\n",
}


@dataclass(frozen=True)
class Case:
    """One row of the table."""

    cls: int
    name: str
    args: tuple[str, ...]
    exit: int = 2
    must: tuple[str, ...] = ()
    env: dict = field(default_factory=dict)
    cwd: str | None = None  # relative to {tmp}
    one_line: bool = True

    def argv(self, tmp: Path) -> list[str]:
        """Return the arguments with the placeholders filled in."""
        subst = {"tmp": str(tmp), "mine": str(tmp / "mine"), "osm": str(FIXTURES / "osm" / "akhalkalaki_kartsakhi.osm")}
        return [a.format(**subst) for a in self.args]

    def environ(self, tmp: Path) -> dict:
        """Return the extra environment variables with placeholders filled in."""
        return {k: v.format(tmp=str(tmp)) for k, v in self.env.items()}


def C(cls, name, *args, **kw) -> Case:  # noqa: N802 - a table reads better with a short constructor
    """Build a case."""
    return Case(cls, name, tuple(args), **kw)


PROFILE_LINE = "rail_btk_akhalkalaki_kartsakhi"

CASES: list[Case] = [
    # 1. data loss: a command replaces only what it wrote itself
    C(1, "report --out a folder of the user's files", "report", "--out", "{mine}", must=("--out", "mine")),
    C(1, "report --out . inside the user's folder", "report", "--out", ".", cwd="mine", must=("--out",)),
    C(1, "report --out an existing file", "report", "--out", "{mine}/notes.txt", must=("--out", "notes.txt")),
    C(1, "layers export --out a folder of the user's files", "layers", "export", "--out", "{mine}",
      must=("--out", "mine")),
    C(1, "layers export --out an existing file", "layers", "export", "--out", "{mine}/notes.txt",
      must=("--out", "notes.txt")),
    C(1, "route --geojson over the user's file", "route", "Baku", "Tbilisi", "--geojson", "{mine}/route.geojson",
      must=("--geojson", "route.geojson")),
    C(1, "route --geojson a folder", "route", "Baku", "Tbilisi", "--geojson", "{mine}", must=("--geojson",)),
    C(1, "od --csv over the user's file", "od", "--csv", "{mine}/od.csv", must=("--csv", "od.csv")),
    C(1, "scenario compare --csv over the user's file", "scenario", "compare", "s2-zangezur-blocked",
      "--against", "baseline-2030", "--csv", "{mine}/od.csv", must=("--csv", "od.csv")),
    C(1, "profile --csv over the user's file", "profile", PROFILE_LINE, "--csv", "{mine}/od.csv",
      must=("--csv", "od.csv")),
    C(1, "profile --plot over the user's file", "profile", PROFILE_LINE, "--plot", "{mine}/plot.png",
      must=("--plot", "plot.png")),
    C(1, "alignment --geojson over the user's file", "alignment", "46.40,39.20", "46.25,38.91",
      "--geojson", "{mine}/route.geojson", must=("--geojson", "route.geojson")),
    C(1, "osm load --out over the user's file", "osm", "load", "{osm}", "--out", "{mine}/route.geojson",
      must=("--out", "route.geojson")),
    C(1, "osm load --out a folder", "osm", "load", "{osm}", "--out", "{mine}", must=("--out",)),
    C(1, "osm fetch --out over the user's file (refused before any download)", "osm", "fetch", "--asset",
      PROFILE_LINE, "--out", "{mine}/route.geojson", must=("--out", "route.geojson")),
    # 2. unbounded resources: every count, size and spacing has a limit, checked before work starts
    C(2, "ensemble --samples 10^12", "ensemble", "--samples", "1000000000000", must=("--samples", "100000")),
    C(2, "profile --spacing-km 1e-6", "profile", PROFILE_LINE, "--spacing-km", "0.000001",
      must=("--spacing-km", "0.01")),
    C(2, "route --k 10^9", "route", "Baku", "Tbilisi", "--k", "1000000000", must=("--k", "50")),
    C(2, "chokepoints --top 10^9", "chokepoints", "--top", "1000000000", must=("--top", "1000")),
    C(2, "ensemble --workers 10^6", "ensemble", "--workers", "1000000", must=("--workers", "64")),
    C(2, "ensemble --top 10^9", "ensemble", "--top", "1000000000", must=("--top", "1000")),
    C(2, "scenario timeline with 10,000 years", "scenario", "timeline", "baseline-2025", "--years",
      ",".join(str(2025 + (i % 50)) for i in range(10_000)), must=("--years", "50")),
    C(2, "osm fetch --buffer-km 10^4 (refused before any download)", "osm", "fetch", "--asset", PROFILE_LINE,
      "--buffer-km", "10000", must=("--buffer-km", "50")),
    C(2, "profile of a line with too many samples", "profile", "{tmp}/long.geojson", "--spacing-km", "0.01",
      must=("samples", "1,000,000")),
    C(2, "a scenario file over the size limit", "scenario", "validate", "{tmp}/huge.yaml",
      must=("huge.yaml", "MB")),
    # 3. tracebacks on bad values: one line naming the option or file, the field and the value; exit 2
    C(3, "route --k 0", "route", "Baku", "Tbilisi", "--k", "0", must=("--k", "0")),
    C(3, "route --k -3", "route", "Baku", "Tbilisi", "--k", "-3", must=("--k",)),
    C(3, "route --k abc", "route", "Baku", "Tbilisi", "--k", "abc", must=("--k", "abc")),
    C(3, "route --by speed", "route", "Baku", "Tbilisi", "--by", "speed", must=("--by", "speed")),
    C(3, "route --mode plane", "route", "Baku", "Tbilisi", "--mode", "plane", must=("--mode", "plane")),
    C(3, "od --by weight", "od", "--by", "weight", must=("--by", "weight")),
    C(3, "chokepoints --top 0", "chokepoints", "--top", "0", must=("--top", "0")),
    C(3, "chokepoints --by speed", "chokepoints", "--by", "speed", must=("--by", "speed")),
    C(3, "chokepoints --level country", "chokepoints", "--level", "country", must=("--level", "country")),
    C(3, "--log-level LOUD", "--log-level", "LOUD", "data", must=("--log-level", "LOUD")),
    C(3, "ensemble --samples 0", "ensemble", "--samples", "0", must=("--samples", "0")),
    C(3, "ensemble --samples many", "ensemble", "--samples", "many", must=("--samples", "many")),
    C(3, "ensemble --workers 0", "ensemble", "--workers", "0", must=("--workers", "0")),
    C(3, "ensemble --scheduler where nothing listens", "ensemble", "--samples", "10", "--scheduler",
      "tcp://127.0.0.1:9", must=("--scheduler", "127.0.0.1:9")),
    C(3, "ensemble --scheduler not an address", "ensemble", "--scheduler", "localhost", must=("--scheduler",)),
    C(3, "scenario timeline --years abc", "scenario", "timeline", "baseline-2025", "--years", "abc",
      must=("--years", "abc")),
    C(3, "scenario timeline --years 1066", "scenario", "timeline", "baseline-2025", "--years", "1066",
      must=("--years", "1066")),
    C(3, "profile --spacing-km -1", "profile", PROFILE_LINE, "--spacing-km", "-1", must=("--spacing-km",)),
    C(3, "profile --spacing-km nan", "profile", PROFILE_LINE, "--spacing-km", "nan", must=("--spacing-km",)),
    C(3, "alignment --ruling-gradient 0", "alignment", "46.40,39.20", "46.25,38.91", "--ruling-gradient", "0",
      must=("--ruling-gradient",)),
    C(3, "alignment --ruling-gradient inf", "alignment", "46.40,39.20", "46.25,38.91", "--ruling-gradient",
      "inf", must=("--ruling-gradient",)),
    C(3, "alignment with identical ends", "alignment", "46.40,39.20", "46.40,39.20", must=("46.4", "39.2")),
    C(3, "alignment end 'abc'", "alignment", "abc", "46.25,38.91", must=("START", "abc")),
    C(3, "alignment end out of range", "alignment", "46.40,139.20", "46.25,38.91", must=("START", "139.2")),
    C(3, "flow of an unknown commodity", "flow", "plasma", "--from", "sangachal", "--to", "gas_melendugno",
      must=("commodity", "plasma")),
    C(3, "layers export --format shp", "layers", "export", "--format", "shp", "--out", "{tmp}/exp",
      must=("--format", "shp")),
    C(3, "--as-of 2025-13-45", "route", "Baku", "Tbilisi", "--as-of", "2025-13-45", must=("--as-of", "2025-13-45")),
    C(3, "--as-of soon", "od", "--as-of", "soon", must=("--as-of", "soon")),
    C(3, "route --format xml", "route", "Baku", "Tbilisi", "--format", "xml", must=("--format", "xml", "geojson")),
    C(3, "od --format geojson (not a spatial result)", "od", "--format", "geojson", must=("--format", "geojson")),
    C(3, "layers show --format csv (table or json)", "layers", "show", "btc", "--format", "csv",
      must=("--format", "csv", "json")),
    C(3, "assign --as-of soon", "assign", "--scenario", "baseline-2025", "--as-of", "soon", must=("--as-of", "soon")),
    C(3, "assign --top 0", "assign", "--scenario", "baseline-2025", "--top", "0", must=("--top", "0")),
    C(5, "route --scenario misspelt", "route", "Baku", "Nakhchivan", "--scenario", "s1-multivector-pivt",
      must=("--scenario", "s1-multivector-pivt", "did you mean 's1-multivector-pivot'")),
    C(5, "chokepoints --scenario misspelt", "chokepoints", "--scenario", "baseline-2031",
      must=("--scenario", "baseline-2031", "baseline-2030")),
    C(4, "route --scenario that fails validation", "route", "Baku", "Tbilisi", "--scenario",
      "{tmp}/bad_scenario.yaml", must=("bad_scenario.yaml", "no_such_asset")),
    C(3, "flow --scenario file that does not exist", "flow", "gas", "--from", "sangachal", "--to",
      "gas_melendugno", "--scenario", "{tmp}/nope.yaml", must=("--scenario", "nope.yaml")),
    C(3, "scenario with an impossible date", "scenario", "validate", "{tmp}/bad_date.yaml",
      must=("bad_date.yaml", "as_of", "2025-13-45")),
    C(3, "--params with an impossible date", "route", "Baku", "Tbilisi", "--params", "{tmp}/bad_date_params.yaml",
      must=("bad_date_params.yaml", "2025-13-45")),
    C(3, "deeply nested JSON", "layers", "list", "--file", "{tmp}/nested.geojson", must=("nested.geojson", "deep")),
    C(3, "GeometryCollection where a line is expected", "profile", "{tmp}/gc.geojson",
      must=("gc.geojson", "geometry", "GeometryCollection")),
    C(3, "a line of one point (shapely's multi-line message kept on one line)", "profile", "{tmp}/one_point.geojson",
      must=("one_point.geojson", "geometry")),
    C(3, "--csv into an unwritable place", "od", "--csv", "{mine}/notes.txt/od.csv", must=("--csv", "od.csv")),
    C(3, "--dem that is not a raster", "profile", PROFILE_LINE, "--dem", "{mine}/notes.txt",
      must=("notes.txt",)),
    C(3, "--file that does not exist", "layers", "list", "--file", "{tmp}/nope.geojson", must=("nope.geojson",)),
    # 4. bad input accepted: refused, or accepted only with an explicit flag that says so
    C(4, "report --scenario that fails validation", "report", "--scenario", "{tmp}/bad_scenario.yaml",
      "--out", "{tmp}/rep", must=("bad_scenario.yaml", "no_such_asset")),
    C(4, "report --scenario misspelt", "report", "--scenario", "s2-zangezur-blokced", "--out", "{tmp}/rep",
      must=("--scenario", "s2-zangezur-blocked")),
    C(4, "a user feature reusing a shipped id", "layers", "list", "--file", "{tmp}/shipped_id.geojson",
      must=("moyinty", "--override")),
    C(4, "reusing a shipped id with --override is accepted", "layers", "list", "--file",
      "{tmp}/shipped_id.geojson", "--override", exit=0, one_line=False),
    C(4, "delay hours: .inf", "scenario", "validate", "{tmp}/inf_delay.yaml", must=("inf_delay.yaml", "hours")),
    C(4, "capacity value: .nan", "scenario", "validate", "{tmp}/nan_capacity.yaml",
      must=("nan_capacity.yaml", "value")),
    C(4, "speed factor: .inf", "scenario", "validate", "{tmp}/inf_speed.yaml", must=("inf_speed.yaml", "factor")),
    C(4, "--params value: .inf", "route", "Baku", "Tbilisi", "--params", "{tmp}/inf_params.yaml",
      must=("inf_params.yaml", "speed_kmh.rail", "inf")),
    C(4, "route --avoid XYZ", "route", "Baku", "Tbilisi", "--avoid", "XYZ", must=("--avoid", "XYZ")),
    C(4, "route --avoid RUZ (did you mean)", "route", "Baku", "Tbilisi", "--avoid", "RUZ",
      must=("--avoid", "RUZ", "RUS")),
    C(4, "flow --avoid XYZ", "flow", "cargo", "--from", "aktau_port:rail1520", "--to", "alat_port:rail1520",
      "--avoid", "XYZ", must=("--avoid", "XYZ")),
    C(4, "flow --open tap --close tap", "flow", "gas", "--from", "sangachal", "--to", "gas_melendugno", "--open",
      "tap", "--close", "tap", must=("--open", "--close", "tap")),
    C(4, "CORRIDORKIT_LOG_LEVEL=LOUD", "data", env={"CORRIDORKIT_LOG_LEVEL": "LOUD"},
      must=("CORRIDORKIT_LOG_LEVEL", "LOUD")),
    C(4, "CORRIDORKIT_DATA_DIR that does not exist", "layers", "list", env={"CORRIDORKIT_DATA_DIR": "{tmp}/nodata"},
      must=("CORRIDORKIT_DATA_DIR", "nodata")),
    C(4, "CORRIDORKIT_DATA_DIR without the shipped data", "route", "Baku", "Tbilisi",
      env={"CORRIDORKIT_DATA_DIR": "{tmp}/mine"}, must=("CORRIDORKIT_DATA_DIR", "mine")),
    C(4, "coordinates written as strings", "layers", "list", "--file", "{tmp}/strings.geojson",
      must=("strings.geojson", "str_station", "coordinates")),
    C(4, "coordinates written as booleans", "layers", "list", "--file", "{tmp}/bools.geojson",
      must=("bools.geojson", "bool_station", "coordinates")),
    C(4, "alignment --within XYZ", "alignment", "46.40,39.20", "46.25,38.91", "--within", "XYZ",
      must=("--within", "XYZ")),
    # 5. unclear messages
    C(5, "a GeoJSON file with a UTF-8 BOM is read", "layers", "list", "--file", "{tmp}/bom.geojson", exit=0,
      one_line=False, must=("Test BTK section",)),
    C(5, "a scenario with a UTF-8 BOM is read", "scenario", "validate", "{tmp}/bom.yaml", exit=0,
      must=("valid",)),
    C(5, "lat/lon swapped but in range", "layers", "list", "--file", "{tmp}/swapped.geojson",
      must=("swapped.geojson", "swap_station", "swapped")),
    C(5, "lat/lon swapped in a scenario's new asset", "scenario", "validate", "{tmp}/swapped_add.yaml",
      must=("swapped_add.yaml", "edit 1", "swapped")),
    C(5, "a negative longitude as an alignment end", "alignment", "-46.40,39.20", "46.25,38.91",
      must=("start", "-46.4")),
    C(5, "--plot out.exe", "profile", PROFILE_LINE, "--plot", "{tmp}/out.exe", must=("--plot", ".png", ".svg")),
    C(5, "--csv out.exe", "od", "--csv", "{tmp}/out.exe", must=("--csv", ".csv")),
    C(5, "--geojson out.exe", "route", "Baku", "Tbilisi", "--geojson", "{tmp}/out.exe", must=("--geojson", ".geojson")),
    C(5, "profile on a file with several lines asks for one", "profile", "{tmp}/multi.geojson",
      must=("multi.geojson", "line_a", "line_b", "--feature")),
    C(5, "profile --feature picks one", "profile", "{tmp}/multi.geojson", "--feature", "line_b", exit=0,
      one_line=False, must=("line_b",)),
    C(6, "!!python/object in a scenario is refused, nothing runs", "scenario", "validate", "{tmp}/pwn.yaml",
      must=("pwn.yaml", "python/object")),
    C(6, "a YAML alias bomb is refused", "scenario", "validate", "{tmp}/lol.yaml", must=("lol.yaml", "1,000,000")),
    C(6, "an XML entity bomb is refused", "osm", "load", "{tmp}/lol.osm", must=("lol.osm",)),
    C(6, "markup in a place name is not markup in the message", "route", "<b>Baku</b>", "Tbilisi",
      must=("<b>Baku</b>",)),
    C(5, "an unknown option suggests the right one", "route", "Baku", "Tbilisi", "--avoide", "RUS",
      must=("--avoide", "--avoid")),
]


def _fc(features) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _scenario(edits: str, name: str = "x") -> str:
    return f"name: {name}\ndescription: d\nas_of: 2026\nedits:\n{edits}"


def make_fixtures(tmp: Path) -> None:
    """Write the user's folder and the input files the cases use into ``tmp``."""
    mine = tmp / "mine"
    for rel, data in USER_FILES.items():
        (mine / rel).parent.mkdir(parents=True, exist_ok=True)
        (mine / rel).write_bytes(data)
    feats = btk_with_nodes()
    (tmp / "bom.geojson").write_bytes(b"\xef\xbb\xbf" + _fc(feats).encode("utf-8"))
    curated = json.loads(
        (Path(__file__).parents[1] / "layers" / "data" / "curated" / "hubs.geojson").read_text(encoding="utf-8")
    )
    moy = next(f for f in curated["features"] if f["properties"]["id"] == "moyinty")
    moy["properties"]["name"] = moy["properties"]["names"]["en"] = "Moyynty, my version"
    (tmp / "shipped_id.geojson").write_text(_fc([moy]), encoding="utf-8")
    s = station("str_station", 46.36, 40.68, "AZE")
    s["geometry"]["coordinates"] = ["46.36", "40.68"]
    (tmp / "strings.geojson").write_text(_fc([s]), encoding="utf-8")
    b = station("bool_station", 46.36, 40.68, "AZE")
    b["geometry"]["coordinates"] = [True, False]
    (tmp / "bools.geojson").write_text(_fc([b]), encoding="utf-8")
    # Ganja (46.36 E, 40.68 N, Azerbaijan) written [lat, lon]: in range, but in Russia
    (tmp / "swapped.geojson").write_text(_fc([station("swap_station", 40.68, 46.36, "AZE")]), encoding="utf-8")
    depth = 100_000
    (tmp / "nested.geojson").write_text("[" * depth + "]" * depth)
    gc = {"type": "Feature", "properties": {"id": "gc"}, "geometry": {"type": "GeometryCollection", "geometries": [
        {"type": "LineString", "coordinates": [[43.10, 40.61], [43.49, 41.41]]}]}}
    (tmp / "gc.geojson").write_text(_fc([gc]), encoding="utf-8")

    def line(fid, coords):
        return {"type": "Feature", "properties": {"id": fid}, "geometry": {"type": "LineString", "coordinates": coords}}

    (tmp / "one_point.geojson").write_text(_fc([line("one", [[43.10, 40.61]])]), encoding="utf-8")
    (tmp / "multi.geojson").write_text(
        _fc([line("line_a", [[43.10, 40.61], [43.49, 41.41]]), line("line_b", [[44.8, 41.7], [45.0, 41.5]])]),
        encoding="utf-8",
    )
    # 20 legs of 9 degrees of longitude at 38.5-43 N: about 15,000 km, 1.5 million samples at 10 m
    zigzag = [[40.0 if i % 2 == 0 else 49.0, 38.5 + 0.2 * i] for i in range(21)]
    (tmp / "long.geojson").write_text(_fc([line("long", zigzag)]), encoding="utf-8")
    (tmp / "huge.yaml").write_text("name: x\ndescription: d\nas_of: 2026\n# " + "x" * (11 * 1024 * 1024) + "\n")
    (tmp / "bad_date.yaml").write_text("name: x\ndescription: d\nas_of: 2025-13-45\nedits: []\n")
    (tmp / "bad_date_params.yaml").write_text("as_of: 2025-13-45\n")
    (tmp / "bad_scenario.yaml").write_text(
        _scenario("  - {op: close, asset: no_such_asset, why: a typo in an asset id}\n")
    )
    (tmp / "inf_delay.yaml").write_text(_scenario("  - {op: delay, asset: red_bridge_border, hours: .inf, why: forever}\n"))
    (tmp / "nan_capacity.yaml").write_text(_scenario("  - {op: capacity, asset: tap, value: .nan, why: unknown}\n"))
    (tmp / "inf_speed.yaml").write_text(_scenario("  - {op: speed, mode: rail, factor: .inf, why: teleport}\n"))
    (tmp / "inf_params.yaml").write_text("speed_kmh:\n  rail: {value: .inf}\n")
    new = station("swap_new", 40.68, 46.36, "AZE")
    (tmp / "swapped_add.yaml").write_text(
        _scenario(f"  - op: add_asset\n    why: a new station\n    feature: {json.dumps(new, ensure_ascii=False)}\n")
    )
    _bombs(tmp)
    (tmp / "bom.yaml").write_bytes(
        b"\xef\xbb\xbf" + _scenario("  - {op: close, asset: red_bridge_border, why: a closure}\n").encode()
    )


def _bombs(tmp: Path) -> None:
    (tmp / "pwn.yaml").write_text(
        "name: x\ndescription: !!python/object/apply:os.system ['touch " + str(tmp / "mine" / "pwned") + "']\n"
        "as_of: 2026\n"
    )
    lol = ["name: x", "description: d", "as_of: 2026", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lol += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    lol += ["edits: *a8"]
    (tmp / "lol.yaml").write_text("\n".join(lol) + "\n")
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    ]
    (tmp / "lol.osm").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE osm [\n' + "\n".join(ents) + "\n]>\n"
        '<osm version="0.6"><node id="1" lat="41" lon="43"><tag k="name" v="&lol9;"/></node></osm>\n'
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file under ``folder`` (relative path -> bytes)."""
    out = {}
    for root, _dirs, names in os.walk(folder):
        for n in names:
            p = Path(root) / n
            out[str(p.relative_to(folder))] = p.read_bytes()
    return out


def judge(case: Case, code: int, out: str, err: str, before: dict, after: dict) -> list[str]:
    """Return what is wrong with one run of a case (empty: it passes)."""
    wrong = []
    text = out + err
    if code != case.exit:
        wrong.append(f"exit {code}, expected {case.exit}")
    if "Traceback" in text:
        wrong.append("traceback")
    if case.exit == 2:
        lines = [ln for ln in err.splitlines() if ln.strip()]
        if case.one_line and len(lines) != 1:
            wrong.append(f"{len(lines)} lines on stderr, expected 1")
    for word in case.must:
        if word not in text:
            wrong.append(f"message lacks {word!r}")
    if before != after:
        wrong.append("the user's files changed: " + ", ".join(sorted(set(before) ^ set(after)) or
                     sorted(k for k in before if before[k] != after.get(k))))
    return wrong
