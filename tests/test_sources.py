"""Curated data as data: the YAML source files rebuild the shipped GeoJSON, and users write the same format."""

import pytest

from corridorkit.errors import CorridorkitError, InputError
from corridorkit.layers.curated import curated_dir, load_features, read_user_file
from corridorkit.layers.schema import LINE_KINDS, POINT_KINDS
from corridorkit.layers.sources import build, source_files, sources_dir, template


def test_every_shipped_layer_is_rebuilt_byte_for_byte_from_its_source_file(tmp_path):
    built = build(out=tmp_path, manifest=False)
    assert not built.problems
    shipped = sorted(p.name for p in curated_dir().glob("*.geojson"))
    # every shipped layer comes from a source file, and nothing else is written
    assert sorted(p.stem + ".geojson" for p in source_files()) == shipped
    # nothing else is written but the record of what the command wrote (the output rule)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".corridorkit-files.json") == shipped
    for name in shipped:
        assert (tmp_path / name).read_bytes() == (curated_dir() / name).read_bytes(), name


def test_build_check_reports_a_layer_that_differs_and_never_replaces_a_file_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    build(out=out, manifest=False)
    assert build(out=out, manifest=False).unchanged  # a second build rewrites nothing
    (out / "hubs.geojson").write_text("{}", encoding="utf-8")  # the user edits a built file
    (out / "mine.txt").write_text("user's file", encoding="utf-8")
    r = build(out=out, check=True, manifest=False)
    assert [p.name for p in r.different] == ["hubs.geojson"]
    assert (out / "hubs.geojson").read_text(encoding="utf-8") == "{}"  # --check writes nothing
    with pytest.raises(CorridorkitError, match="changed since"):
        build(out=out, manifest=False)
    assert (out / "hubs.geojson").read_text(encoding="utf-8") == "{}"
    assert (out / "mine.txt").read_text(encoding="utf-8") == "user's file"


SRC = """
layer: test
sources:
  s1: {title: A source, url: 'https://example.org/a', accessed: 2026-11-30}
assets:
  - id: test_stop
    name: Test stop
    kind: station
    mode: rail
    countries: [GEO]
    status: operational
    status_date: '2026-11'
    timeline: [{date: '2000', status: operational, sources: [s1]}]
    geometry_accuracy: digitised
    sources: [s1]
    geometry: [44.50001, 41.60001]
  - id: test_line
    name: Test line
    kind: rail_line
    mode: rail
    gauge_mm: [1520]
    countries: [GEO]
    status: operational
    status_date: '2026-11'
    timeline: [{date: '2000', status: operational, sources: [s1]}]
    nodes: [tbilisi, test_stop]
    geometry_accuracy: schematic
    sources: [s1]
    geometry: {path: [tbilisi, [44.7, 41.65], test_stop]}
"""


def test_a_user_source_file_draws_lines_through_shipped_places_and_expands_sources(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(SRC, encoding="utf-8")
    feats, problems = read_user_file(p)
    assert not problems
    by = {f.asset.id: f for f in feats}
    tbilisi = load_features()[0]["tbilisi"].geometry
    coords = list(by["test_line"].geometry.coords)
    assert coords == [(round(tbilisi.x, 5), round(tbilisi.y, 5)), (44.7, 41.65), (44.50001, 41.60001)]
    src = by["test_stop"].asset.sources[0]
    assert (src.id, src.title, str(src.accessed)) == (
        "s1",
        "A source",
        "2026-11-30",
    )  # unquoted date read as text
    assert by["test_stop"].asset.names == {"en": "Test stop"}
    assert by["test_line"].asset.layer == "test"


@pytest.mark.parametrize(
    "edit, field",
    [
        (("sources: [s1]\n    geometry: [44.5", "sources: [s2]\n    geometry: [44.5"), "sources[0]"),
        (("path: [tbilisi,", "path: [tbilisy,"), "geometry"),
        (("geometry: [44.50001, 41.60001]", "geometry: [44.5]"), "geometry"),
    ],
)
def test_a_bad_source_file_names_the_file_the_asset_and_the_field(tmp_path, edit, field):
    p = tmp_path / "bad.yaml"
    p.write_text(SRC.replace(*edit, 1), encoding="utf-8")
    _, problems = read_user_file(p)
    assert problems and problems[0].file == str(p) and problems[0].field == field, problems


def test_broken_yaml_is_one_line_with_its_position(tmp_path, cli):
    p = tmp_path / "broken.yaml"
    p.write_text("assets:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.yaml: not valid YAML \(line 3"):
        read_user_file(p)
    code, _, stderr = cli("layers", "check", p)
    assert code == 2 and "Traceback" not in stderr and "not valid YAML" in stderr


@pytest.mark.parametrize("kind", LINE_KINDS + POINT_KINDS)
def test_the_template_of_every_kind_is_a_valid_source_file(tmp_path, kind):
    p = tmp_path / f"{kind}.yaml"
    p.write_text(template(kind, today="2026-11-30"), encoding="utf-8")
    feats, problems = read_user_file(p)
    assert not problems and [f.asset.kind for f in feats] == [kind]


def test_layers_new_writes_a_template_and_never_overwrites(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)  # --out is relative to the current folder
    code, _, stderr = cli("layers", "new", "--kind", "border_crossing", "--out", "x.yaml")
    assert code == 0, stderr
    assert "crossing:" in (tmp_path / "x.yaml").read_text(encoding="utf-8")
    (tmp_path / "x.yaml").write_text("mine", encoding="utf-8")
    code, _, stderr = cli("layers", "new", "--kind", "road", "--out", "x.yaml")
    assert code == 2 and (tmp_path / "x.yaml").read_text(encoding="utf-8") == "mine"
    code, _, stderr = cli("layers", "new", "--kind", "railway", "--out", "y.yaml")
    assert code == 2 and "rail_line" in stderr and "Traceback" not in stderr


def test_the_shipped_sources_have_no_dangling_source_ids():
    # every id an asset cites is in its file's table (the builder refuses otherwise) and every
    # table entry is cited by some asset: no stale records
    from corridorkit.geo.io import read_yaml  # yaml.safe_load rules (libyaml where available)

    for p in source_files(sources_dir()):
        obj = read_yaml(p)
        cited = {s for a in obj["assets"] for s in a.get("sources", []) if isinstance(s, str)}
        assert set(obj.get("sources") or {}) == cited, p.name
