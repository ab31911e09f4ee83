"""What QGIS reads from the exports: tables, field types, CRS, styles, GeoParquet metadata, the project."""

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import date

import pyarrow.parquet as pq
import pyogrio
import pytest

from corridorkit.layers.curated import load_features, read_user_file, to_frame
from corridorkit.layers.export import asset_tables, write_gis_export
from tests.conftest import btk_with_nodes

# the test line: two capacities, dual gauge, Middle Corridor tag; as of 2010 it is under construction
LINE = dict(
    tags=["middle_corridor"],
    gauge_mm=[1520, 1435],
    capacity=[
        {"value": 5, "unit": "Mt/y", "commodity": "general_cargo", "basis": "current", "sources": ["s1"]},
        {"value": 12.5, "unit": "TEU/y", "commodity": "containers", "basis": "design", "sources": ["s1"]},
    ],
)
BBOX = [43.10, 40.61, 43.49, 41.41]  # the fixture's coordinates, by hand


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gis")
    src = tmp / "in.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": btk_with_nodes(**LINE)},
                              ensure_ascii=False), encoding="utf-8")
    by_id, _ = load_features([src], shipped=False)
    tables = asset_tables(to_frame(by_id.values(), as_of=2010))
    out = {}
    for fmt in ("gpkg", "parquet", "geojson"):
        write_gis_export(tables, fmt, tmp / fmt, basemap=fmt == "gpkg")
        out[fmt] = tmp / fmt
    return out, by_id


def _types(path, layer):
    i = pyogrio.read_info(path, layer=layer)
    return {f: t + ("/" + s if s != "OFSTNone" else "") for f, t, s in
            zip(i["fields"], i["ogr_types"], i["ogr_subtypes"], strict=True)}


def test_gpkg_has_one_table_per_layer_and_geometry_type(exported):
    gpkg = exported[0]["gpkg"] / "corridorkit_layers.gpkg"
    layers = {str(n): g for n, g in pyogrio.list_layers(gpkg)}
    assert layers["test_lines"] == "LineString" and layers["test_points"] == "Point"
    for related in ("sources", "capacities", "timeline", "layer_styles"):
        assert layers[related] is None
    assert layers["basemap_countries_core"] in ("MultiPolygon", "Polygon")
    for name in ("test_lines", "test_points", "basemap_countries_core"):
        assert pyogrio.read_info(gpkg, layer=name)["crs"] == "EPSG:4326"


def test_columns_are_typed_and_carry_the_values(exported):
    gpkg = exported[0]["gpkg"] / "corridorkit_layers.gpkg"
    t = _types(gpkg, "test_lines")
    assert t["capacity_value"] == "OFTReal" and t["length_km"] == "OFTReal"
    assert t["gauge_mm"] == "OFTInteger" and t["n_sources"] == "OFTInteger"
    assert t["status_date"] == "OFTDate" and t["opened"] == "OFTDate" and t["closed"] == "OFTDate"
    assert t["electrified"] == "OFTInteger/OFSTBoolean"
    assert _types(gpkg, "sources")["accessed"] == "OFTDate"
    assert _types(gpkg, "timeline")["date"] == "OFTDate"
    assert _types(gpkg, "capacities")["value"] == "OFTReal"
    line = pyogrio.read_dataframe(gpkg, layer="test_lines").iloc[0]
    assert line.capacity_value == 5.0 and line.capacity_unit == "Mt/y"
    assert (line.gauge_mm, line.gauge_2_mm) == (1520, 1435)
    assert line.status == "under_construction" and line.status_reported == "operational"
    assert line.status_date.date() == date(2024, 5, 1)  # "2024-05" stands for its first day
    assert "status_date: 2024-05" in line.dates_as_published
    assert line.opened.date() == date(2017, 10, 30)
    assert line.countries == "TUR, GEO" and line.map_group == "middle_corridor"
    assert "A source (no publisher), https://example.org/btk, read 2026-11-24" == line.sources
    caps = pyogrio.read_dataframe(gpkg, layer="capacities")
    assert sorted(zip(caps.value, caps.unit, strict=True)) == [(5.0, "Mt/y"), (12.5, "TEU/y")]
    srcs = pyogrio.read_dataframe(gpkg, layer="sources")
    assert sorted(srcs.asset_id) == ["test_akhalkalaki", "test_btk", "test_kars"]
    assert set(srcs.url) == {"https://example.org/btk"}
    tl = pyogrio.read_dataframe(gpkg, layer="timeline")
    assert len(tl) == 6 and set(tl.date_as_published) == {"2007-11", "2017-10-30"}


def _qml_rules(qml):
    root = ET.fromstring(qml.split("\n", 1)[1])
    rules = root.findall("./renderer-v2/rules/rule")
    symbols = {s.get("name"): s for s in root.findall("./renderer-v2/symbols/symbol")}
    out = {}
    for r in rules:
        opts = {o.get("name"): o.get("value") for o in symbols[r.get("symbol")].iter("Option")}
        out[r.get("filter")] = opts
    return out


def test_layer_styles_draw_as_the_web_maps(exported):
    gpkg = exported[0]["gpkg"] / "corridorkit_layers.gpkg"
    st = pyogrio.read_dataframe(gpkg, layer="layer_styles")
    assert {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
            "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui",
            "update_time"} <= set(st.columns)
    spatial = {str(n) for n, g in pyogrio.list_layers(gpkg) if g is not None}
    assert set(st.f_table_name) == spatial and st.useAsDefault.all()
    assert set(st.f_geometry_column) == {pyogrio.read_info(gpkg, layer="test_lines")["geometry_name"]}
    line = st[st.f_table_name == "test_lines"].iloc[0]
    rules = _qml_rules(line.styleQML)
    # Middle Corridor blue #1f77b4 = (31, 119, 180); under construction dashes "10 6" px
    sym = rules["\"map_group\" = 'middle_corridor' AND \"status\" = 'under_construction'"]
    assert sym["line_color"].startswith("31,119,180,")
    assert sym["use_custom_dash"] == "1" and sym["customdash"] == "10;6" and sym["customdash_unit"] == "Pixel"
    assert "ELSE" in rules
    sld = ET.fromstring(line.styleSLD.split("\n", 1)[1])
    first = next(sld.iter("{http://www.opengis.net/se}Rule"))  # the rules in order: this one first
    assert first.find(".//{http://www.opengis.net/ogc}Literal").text == "middle_corridor"
    params = {p.get("name"): p.text for p in first.iter("{http://www.opengis.net/se}SvgParameter")}
    assert params["stroke"] == "#1f77b4" and params["stroke-dasharray"] == "10 6"


GEOMETRY_TYPES = {f"{t}{z}" for t in ("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
                                      "MultiPolygon", "GeometryCollection") for z in ("", " Z")}


def geoparquet_problems(meta: dict) -> list[str]:
    """The GeoParquet 1.1 schema's requirements (geoparquet.org/releases/v1.1.0/schema.json)."""
    probs = []
    for key in ("version", "primary_column", "columns"):
        if key not in meta:
            probs.append(f"missing {key}")
    if not re.fullmatch(r"1\.1\.\d+", str(meta.get("version"))):
        probs.append(f"version {meta.get('version')}")
    cols = meta.get("columns", {})
    if meta.get("primary_column") not in cols:
        probs.append("primary_column not in columns")
    for name, c in cols.items():
        if c.get("encoding") not in ("WKB", "point", "linestring", "polygon", "multipoint", "multilinestring",
                                     "multipolygon"):
            probs.append(f"{name}: encoding {c.get('encoding')}")
        if not isinstance(c.get("geometry_types"), list) or set(c["geometry_types"]) - GEOMETRY_TYPES:
            probs.append(f"{name}: geometry_types {c.get('geometry_types')}")
        if "bbox" in c and (len(c["bbox"]) not in (4, 6) or not all(isinstance(v, int | float) for v in c["bbox"])):
            probs.append(f"{name}: bbox {c['bbox']}")
        cov = c.get("covering", {}).get("bbox")
        if cov is not None:
            for k in ("xmin", "ymin", "xmax", "ymax"):
                if not (isinstance(cov.get(k), list) and len(cov[k]) == 2):
                    probs.append(f"{name}: covering.bbox.{k}")
        crs = c.get("crs")
        if crs is not None and not isinstance(crs, dict):
            probs.append(f"{name}: crs is not PROJJSON")
    return probs


def test_geoparquet_metadata_follows_the_spec(exported):
    p = exported[0]["parquet"] / "test_lines.parquet"
    schema = pq.read_schema(p)
    meta = json.loads(schema.metadata[b"geo"])
    assert geoparquet_problems(meta) == []
    col = meta["columns"][meta["primary_column"]]
    assert meta["version"] == "1.1.0" and col["encoding"] == "WKB" and col["geometry_types"] == ["LineString"]
    assert col["bbox"] == pytest.approx(BBOX)
    assert col["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    assert col["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
    tbl = pq.read_table(p, columns=["bbox", "capacity_value", "status_date", "gauge_mm"])
    assert tbl.column("bbox").to_pylist()[0] == pytest.approx(dict(zip(("xmin", "ymin", "xmax", "ymax"), BBOX, strict=True)))
    assert str(tbl.schema.field("capacity_value").type) == "double"
    assert str(tbl.schema.field("status_date").type) == "date32[day]"
    assert str(tbl.schema.field("gauge_mm").type) == "int32"
    assert geoparquet_problems({"version": "1.0.0", "columns": {}}) != []  # the validator can fail


def test_geojson_is_rfc7946_with_typed_properties(exported):
    folder = exported[0]["geojson"]
    fc = json.loads((folder / "test_lines.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    f = fc["features"][0]
    assert f["geometry"]["coordinates"][0] == [43.1, 40.61]  # lon, lat
    for x, y in f["geometry"]["coordinates"]:
        assert len(repr(x).split(".")[-1]) <= 6 and len(repr(y).split(".")[-1]) <= 6
    p = f["properties"]
    assert p["capacity_value"] == 5.0 and p["gauge_mm"] == 1520 and p["status_date"] == "2024-05-01"
    assert {x.name for x in folder.iterdir()} >= {"test_points.geojson", "sources.csv", "capacities.csv",
                                                   "timeline.csv", "corridorkit_layers.qgz"}
    # the related tables are CSV; GDAL (and so QGIS) types their columns from the .csvt beside each
    assert _types(folder / "sources.csv", "sources")["accessed"] == "OFTDate"
    caps = _types(folder / "capacities.csv", "capacities")
    assert caps["value"] == "OFTReal" and caps["n"] == "OFTInteger"
    assert caps["assumption"] == "OFTInteger/OFSTBoolean"


def test_every_export_reads_back_unchanged(exported):
    out, by_id = exported
    for path in (out["gpkg"] / "corridorkit_layers.gpkg", out["parquet"] / "test_lines.parquet",
                 out["geojson"] / "test_points.geojson"):
        feats, probs = read_user_file(path)
        assert probs == [] and feats, path
        for f in feats:
            assert f.asset == by_id[f.asset.id].asset, (path, f.asset.id)
    assert len(read_user_file(out["gpkg"] / "corridorkit_layers.gpkg")[0]) == 3  # not the basemap


@pytest.mark.parametrize("fmt", ["gpkg", "parquet", "geojson"])
def test_qgis_project_opens_every_exported_table_by_relative_path(exported, fmt):
    folder = exported[0][fmt]
    with zipfile.ZipFile(folder / "corridorkit_layers.qgz") as z:
        names = z.namelist()
        assert names == ["corridorkit_layers.qgs"]
        root = ET.fromstring(z.read(names[0]).decode("utf-8").split("\n", 1)[1])
    assert root.find("./projectCrs/spatialrefsys/authid").text == "EPSG:4326"
    assert root.find("./properties/Paths/Absolute").text == "false"
    layers = root.findall("./projectlayers/maplayer")
    seen = set()
    for ml in layers:
        src = ml.find("datasource").text
        assert src.startswith("./"), src
        path, _, layer = src.partition("|layername=")
        assert (folder / path).is_file(), src
        if layer:
            assert layer in {str(n) for n, _ in pyogrio.list_layers(folder / path)}
        seen.add(layer or path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        if ml.get("geometry") != "No geometry":
            assert ml.find("renderer-v2/rules/rule") is not None, src
    assert {"test_lines", "test_points", "sources", "capacities", "timeline"} <= seen
    ids = {ml.find("id").text for ml in layers}
    for rel in root.findall("./relations/relation"):
        assert rel.get("referencingLayer") in ids and rel.get("referencedLayer") in ids


def test_exports_are_byte_identical(exported, tmp_path):
    out, by_id = exported
    tables = asset_tables(to_frame(by_id.values(), as_of=2010))
    for fmt in ("gpkg", "parquet"):
        again = write_gis_export(tables, fmt, tmp_path / fmt, basemap=fmt == "gpkg")
        for p in again:
            assert p.read_bytes() == (out[fmt] / p.name).read_bytes(), p.name


def test_scenario_deltas_keep_the_geometry_of_assets_the_scenario_closes():
    from types import SimpleNamespace

    import networkx as nx
    import pandas as pd
    from shapely.geometry import LineString

    from corridorkit.maps.report_gis import delta_tables, result_styles

    def net(edges):
        G = nx.MultiDiGraph(place_info={"p1": {"x": 44.0, "y": 40.0}})
        for u, v, a, coords in edges:
            G.add_edge(u, v, asset_id=a, geometry=LineString(coords))
        return G

    base = net([("a", "b", "x", [(44, 40), (45, 40)]), ("b", "c", "y", [(45, 40), (46, 41)])])
    scen = net([("b", "c", "y", [(45, 40), (46, 41)])])  # the scenario closes x
    loads = pd.DataFrame({"asset_id": ["x", "y", "p1"], "name": ["X", "Y", "P"],
                          "load_mt_baseline": [3.0, 1.0, 0.0], "load_mt_scenario": [0.0, 3.0, 1.0],
                          "delta_load_mt": [-3.0, 2.0, 1.0], "capacity_mt_scenario": [None, 10.0, None],
                          "utilisation_scenario": [None, 0.3, None]})
    od = pd.DataFrame({"origin": ["a"], "destination": ["c"], "delta_h": [5.0]})
    t = delta_tables([scen, base], SimpleNamespace(loads=loads, od=od), "s2-zangezur-blocked")
    assert sorted(t) == ["deltas_s2_zangezur_blocked_lines", "deltas_s2_zangezur_blocked_points",
                         "od_deltas_s2_zangezur_blocked"]
    lines = t["deltas_s2_zangezur_blocked_lines"].set_index("asset_id")
    assert list(lines.index) == ["x", "y"]
    assert lines.loc["x"].geometry.bounds == (44.0, 40.0, 45.0, 40.0)  # from the baseline network
    assert lines.loc["x", "delta_load_mt"] == -3.0
    assert t["deltas_s2_zangezur_blocked_points"].geometry.iloc[0].coords[0] == (44.0, 40.0)
    style = result_styles(t)["deltas_s2_zangezur_blocked_lines"]
    first = style.rules[0]
    assert first.conditions == (("delta_load_mt", ">", 0),) and first.symbol.colour == "#1a9850"
    assert style.rules[-1].conditions is None  # the rest: less load
    assert "od_deltas_s2_zangezur_blocked" not in result_styles(t)  # no geometry, no style
