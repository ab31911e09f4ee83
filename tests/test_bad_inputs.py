"""The bad-inputs table (tests/bad_inputs_cases.py), run case by case, plus the promises around it.

Every case must give its exit code without a traceback, one line on stderr for a refusal, the words
the message must contain, and leave the user's folder byte-identical. Cases run in-process through
``cli_main`` (the code behind the ``corridorkit`` command) except those that set environment
variables, which need a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from corridorkit import limits
from tests.bad_inputs_cases import CASES, USER_FILES, judge, make_fixtures, snapshot
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    make_fixtures(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def run_subprocess(args: list[str], env: dict, cwd: Path) -> tuple[int, str, str]:
    r = subprocess.run(
        [sys.executable, "-m", "corridorkit", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env={**os.environ, "COLUMNS": "200", **env},
    )
    return r.returncode, r.stdout, r.stderr


@pytest.mark.parametrize("case", CASES, ids=[f"{c.cls}-{c.name}" for c in CASES])
def test_bad_input(case, scratch, capsys, monkeypatch):
    before = snapshot(scratch / "mine")
    cwd = scratch / case.cwd if case.cwd else scratch
    if case.env:
        code, out, err = run_subprocess(case.argv(scratch), case.environ(scratch), cwd)
    else:
        monkeypatch.chdir(cwd)
        code, out, err = run_cli(capsys, *case.argv(scratch))
    wrong = judge(case, code, out, err, before, snapshot(scratch / "mine"))
    assert not wrong, f"{case.name}: {wrong}\nstdout: {out[-500:]}\nstderr: {err[-800:]}"


# --- class 1: a command replaces only what it wrote itself -------------------------------------------

def test_every_output_option_leaves_the_users_files_byte_identical(scratch, capsys):
    """Each command with each output option pointed at the user's folder or files: all survive."""
    mine = scratch / "mine"
    before = snapshot(mine)
    assert before == {k: v for k, v in USER_FILES.items()}
    line = "rail_btk_akhalkalaki_kartsakhi"
    osm = str(ROOT / "tests" / "fixtures" / "osm" / "akhalkalaki_kartsakhi.osm")
    runs = [
        ["report", "--out", str(mine)],
        ["layers", "export", "--out", str(mine)],
        ["layers", "export", "--format", "gpkg", "--out", str(mine)],
        ["osm", "load", osm, "--out", str(mine)],
        ["osm", "load", osm, "--out", str(mine / "route.geojson")],
        ["osm", "fetch", "--asset", line, "--out", str(mine / "route.geojson")],
        ["route", "Baku", "Tbilisi", "--geojson", str(mine / "route.geojson")],
        ["route", "Baku", "Tbilisi", "--geojson", str(mine)],
        ["od", "--csv", str(mine / "od.csv")],
        ["scenario", "compare", "s2-zangezur-blocked", "--against", "baseline-2030", "--csv", str(mine / "od.csv")],
        ["profile", line, "--csv", str(mine / "od.csv")],
        ["profile", line, "--plot", str(mine / "plot.png")],
        ["alignment", "46.40,39.20", "46.25,38.91", "--geojson", str(mine / "route.geojson")],
    ]
    for args in runs:
        code, _, err = run_cli(capsys, *args)
        assert code == 2, (args, err)
        assert snapshot(mine) == before, args
    os.chdir(mine)
    code, _, err = run_cli(capsys, "report", "--out", ".")
    assert code == 2 and "current folder" in err
    assert snapshot(mine) == before


def test_an_output_file_is_replaced_only_while_it_is_the_commands_own(scratch, capsys):
    out = scratch / "od.csv"
    assert run_cli(capsys, "od", "--csv", str(out))[0] == 0
    first = out.read_bytes()
    assert first.startswith(b",") or b"baku" in first
    # the same command may write it again (re-runs are the normal case)
    assert run_cli(capsys, "od", "--csv", str(out))[0] == 0
    assert out.read_bytes() == first
    # another command may not, and neither may this one once the user edited the file
    code, _, err = run_cli(capsys, "scenario", "compare", "s2-zangezur-blocked", "--against", "baseline-2030",
                                   "--csv", str(out))
    assert code == 2 and "corridorkit od" in err
    out.write_bytes(first + b"my note\n")
    code, _, err = run_cli(capsys, "od", "--csv", str(out))
    assert code == 2 and "changed" in err
    assert out.read_bytes() == first + b"my note\n"


def test_an_export_folder_is_replaced_only_while_it_holds_only_the_export(scratch, capsys):
    out = scratch / "exp"
    assert run_cli(capsys, "layers", "export", "--out", str(out))[0] == 0
    names = sorted(p.name for p in out.iterdir())
    assert ".corridorkit-output.json" in names and "energy_lines.geojson" in names
    assert run_cli(capsys, "layers", "export", "--format", "gpkg", "--out", str(out))[0] == 0
    assert sorted(p.name for p in out.iterdir()) == [
        ".corridorkit-output.json", "corridorkit_layers.gpkg", "corridorkit_layers.qgz"
    ]
    (out / "my_notes.txt").write_text("mine")
    code, _, err = run_cli(capsys, "layers", "export", "--out", str(out))
    assert code == 2 and "my_notes.txt" in err
    assert (out / "my_notes.txt").read_text() == "mine"


def test_atomic_directory_refuses_foreign_folders_and_keeps_its_own_swap(tmp_path):
    from corridorkit.errors import OutputError
    from corridorkit.geo.io import OUTPUT_MANIFEST, atomic_directory

    user = tmp_path / "user"
    (user / "sub").mkdir(parents=True)
    (user / "sub" / "keep.txt").write_text("keep")
    with pytest.raises(OutputError, match="did not write"), atomic_directory(user, command="x"):
        pass
    assert (user / "sub" / "keep.txt").read_text() == "keep"
    out = tmp_path / "out"
    with atomic_directory(out, command="x") as d:
        (d / "a.txt").write_text("1")
    man = json.loads((out / OUTPUT_MANIFEST).read_text())
    assert man == {"command": "x", "files": {"a.txt": "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b"}}
    with pytest.raises(OutputError, match="not of `corridorkit y`"), atomic_directory(out, command="y"):
        pass
    (out / "sub").mkdir()
    with pytest.raises(OutputError, match="'sub/'"), atomic_directory(out, command="x"):
        pass
    (out / "sub").rmdir()
    with atomic_directory(out, command="x") as d:
        (d / "b.txt").write_text("2")
    assert sorted(p.name for p in out.iterdir()) == [OUTPUT_MANIFEST, "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "user"]


# --- class 2: limits ----------------------------------------------------------------------------------

def test_ensemble_memory_is_bounded_before_any_sampling():
    import networkx as nx

    from corridorkit.analysis.ensembles import run_ensemble
    from corridorkit.errors import InputError

    places = [f"p{i}" for i in range(200)]
    with pytest.raises(InputError, match="MiB"):
        run_ensemble(nx.MultiDiGraph(), places, n_samples=10_000, scheduler="synchronous")
    with pytest.raises(InputError, match=f"{limits.MAX_ENSEMBLE_SAMPLES:,}"):
        run_ensemble(nx.MultiDiGraph(), places[:2], n_samples=limits.MAX_ENSEMBLE_SAMPLES + 1)


def test_alignment_window_is_bounded(monkeypatch):
    from corridorkit.analysis import terrain
    from corridorkit.errors import InputError

    monkeypatch.setattr(limits, "MAX_ALIGNMENT_CELLS", 100)
    with pytest.raises(InputError, match="limit is 100 cells"):
        terrain.least_cost_alignment((46.40, 39.20), (46.25, 38.91))


def test_every_limit_is_documented_with_its_value():
    doc = (ROOT / "docs" / "bad_inputs.md").read_text(encoding="utf-8")
    for name, lim in limits.LIMITS.items():
        row = next((ln for ln in doc.splitlines() if f"`{name}`" in ln), None)
        assert row is not None, f"{name} is not in docs/bad_inputs.md"
        shown = f"{lim.value:,}" if float(lim.value).is_integer() else f"{lim.value:g}"
        shown = shown.replace(".0", "") if shown.endswith(".0") else shown
        assert shown in row or f"{lim.value:g}" in row, f"{name}: {row!r} does not give {lim.value}"


def test_every_promise_in_the_docs_names_a_test_that_exists():
    doc = (ROOT / "docs" / "bad_inputs.md").read_text(encoding="utf-8")
    rows = [ln for ln in doc.splitlines() if ln.startswith("| ") and not ln.startswith(("| input", "| limit"))
            and "`MAX_" not in ln and "`MIN_" not in ln and "`SCHED" not in ln]
    assert len(rows) > 40
    tests = {p.stem for p in (ROOT / "tests").glob("test_*.py")}
    for row in rows:
        cell = row.rstrip(" |").rsplit("|", 1)[-1]
        named = set(re.findall(r"test_\w+", cell))
        assert named, f"no test named for: {row}"
        assert named <= tests, f"{row}: {sorted(named - tests)} do not exist"


# --- class 3: no option value of the wrong type or range gives a traceback -----------------------------

#: Options that take a number or a choice, with a command line they fit in.
TYPED_OPTIONS = [
    (["route", "Baku", "Tbilisi"], "--k"),
    (["route", "Baku", "Tbilisi"], "--by"),
    (["route", "Baku", "Tbilisi"], "--mode"),
    (["route", "Baku", "Tbilisi"], "--as-of"),
    (["od"], "--by"),
    (["chokepoints"], "--top"),
    (["chokepoints"], "--by"),
    (["chokepoints"], "--level"),
    (["ensemble"], "--samples"),
    (["ensemble"], "--seed"),
    (["ensemble"], "--workers"),
    (["ensemble"], "--top"),
    (["ensemble"], "--scheduler"),
    (["scenario", "timeline", "baseline-2025"], "--years"),
    (["profile", "rail_btk_akhalkalaki_kartsakhi"], "--spacing-km"),
    (["alignment", "46.40,39.20", "46.25,38.91"], "--ruling-gradient"),
    (["alignment", "46.40,39.20", "46.25,38.91"], "--within"),
    (["osm", "fetch", "--asset", "rail_btk_akhalkalaki_kartsakhi"], "--buffer-km"),
    (["layers", "export"], "--format"),
    (["report"], "--as-of"),
    ([], "--log-level"),
    (["od"], "--csv"),
    (["route", "Baku", "Tbilisi"], "--geojson"),
    (["profile", "rail_btk_akhalkalaki_kartsakhi"], "--plot"),
]

WRONG_VALUES = st.one_of(
    st.integers(max_value=0).map(str),
    st.integers(min_value=10**6, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not 0 < x < 1e5).map(repr),
    st.sampled_from(["nan", "inf", "-inf", "", " ", "abc", "1e400", "0x10", "--", "2025-13-45", "99999",
                     "tcp://", "<script>", "1,2,3", "ÿ", "\t"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
    .filter(lambda s: not s.strip().isdigit()),
)


@pytest.fixture(scope="module")
def empty_cwd(tmp_path_factory):
    """Run in an empty folder, so default output folders (corridorkit-report ...) are never in the way."""
    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(old)


@given(option=st.sampled_from(TYPED_OPTIONS), value=WRONG_VALUES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_wrong_option_value_gives_a_traceback(option, value, capsys, empty_cwd):
    """A value of the wrong type or range: exit 2 and one line naming the option, before any work."""
    prefix, name = option
    v = value.strip()
    # a seed is any whole number >= 0: only negative or non-numeric seeds are wrong
    assume(not (name == "--seed" and v.isdigit() and int(v) < 2**63))
    # 99,999 is too many for the small limits (--top, --k ...) but a valid ensemble size (limit 100,000)
    assume(not (name == "--samples" and v == "99999"))
    # output files: a name with the right suffix is a valid value (these strategies rarely make one)
    assume(not v.lower().endswith((".csv", ".geojson", ".json", ".png", ".svg")))
    args = [name, value, "data"] if not prefix else [*prefix, name, value]
    code, out, err = run_cli(capsys, *args)
    text = out + err
    assert "Traceback" not in text
    assert code == 2, (args, code, text[-400:])
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, (args, err)
    assert name in err, (args, err)
