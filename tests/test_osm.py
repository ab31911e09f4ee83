"""OpenStreetMap import, offline: small .osm fixtures, the download stubbed at one function.

The fixtures (tests/fixtures/osm/, written by make_fixtures.py) draw a 1,435 mm track along the
curated Akhalkalaki-Kartsakhi line of BTK, a 1,520 mm track towards Tsalka meeting it at
Akhalkalaki station, 2.3 km of track past the border point into Turkey, a siding, a primary
road with a level crossing and a one-way street. Expected lengths are computed here from the
XML with pyproj.Geod, independently of the code under test.
"""

import json
import socket
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from pyproj import Geod
from typer.testing import CliRunner

from corridorkit.analysis.network import build_network, set_asset_active
from corridorkit.analysis.osm_network import merge_osm_rail
from corridorkit.analysis.params import load_params
from corridorkit.analysis.routing import route
from corridorkit.cli.main import app
from corridorkit.errors import InputError, UnknownIdError
from corridorkit.geo.geodesic import line_length_km
from corridorkit.layers import osm
from corridorkit.layers.checks import check_feature
from corridorkit.layers.curated import load_features
from corridorkit.layers.validate import validate_features
from tests.conftest import feature, make_asset, station

OSM_DIR = Path(__file__).parent / "fixtures" / "osm"
FULL = OSM_DIR / "akhalkalaki_kartsakhi.osm"
PARTIAL = OSM_DIR / "akhalkalaki_kartsakhi_partial.osm"
ASSET = "rail_btk_akhalkalaki_kartsakhi"
ODBL = "© OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright"
GEOD = Geod(ellps="WGS84")
P = load_params()
runner = CliRunner()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to reach the network fails loudly."""

    import osmnx._http  # noqa: F401 - imported first: it keeps socket.getaddrinfo as it finds it (the real one)

    def refuse(*args, **kwargs):
        raise OSError("network access attempted in an offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)  # a DNS query is network access too
    monkeypatch.setattr(socket, "gethostbyname_ex", refuse)


@pytest.fixture(autouse=True)
def folders(tmp_path, monkeypatch):
    from corridorkit.settings import settings

    monkeypatch.setattr(settings, "cache_dir", tmp_path / "cache")
    monkeypatch.setattr(settings, "output_dir", tmp_path / "out")


def parse_fixture(path):
    """Nodes {id: (lon, lat, tags)} and ways {id: (node ids, tags)} read straight from the XML."""
    root = ET.parse(path).getroot()
    nodes = {
        int(n.get("id")): (
            float(n.get("lon")),
            float(n.get("lat")),
            {t.get("k"): t.get("v") for t in n.iter("tag")},
        )
        for n in root.iter("node")
    }
    ways = {
        int(w.get("id")): (
            [int(nd.get("ref")) for nd in w.iter("nd")],
            {t.get("k"): t.get("v") for t in w.iter("tag")},
        )
        for w in root.iter("way")
    }
    return nodes, ways


def way_km(nodes, refs):
    return GEOD.line_length([nodes[r][0] for r in refs], [nodes[r][1] for r in refs]) / 1000.0


def node_named(nodes, name_en):
    (nid,) = [n for n, (_, _, t) in nodes.items() if t.get("name:en") == name_en]
    return nid


NODES, WAYS = parse_fixture(FULL)
RAIL_WAYS = {w: (refs, tags) for w, (refs, tags) in WAYS.items() if tags.get("railway") == "rail"}


@pytest.fixture(scope="module")
def shipped():
    by_id, _ = load_features()
    return by_id


def stub_download(monkeypatch, fixture):
    """Replace the one network call by reading a fixture; record how it was called."""
    import osmnx as ox

    calls = []

    def fake(polygon, *, custom_filter):
        calls.append(
            {
                "polygon": polygon,
                "custom_filter": custom_filter,
                "useful_tags_way": list(ox.settings.useful_tags_way),
                "cache_folder": ox.settings.cache_folder,
                "use_cache": ox.settings.use_cache,
            }
        )
        return ox.graph_from_xml(fixture, simplify=False, retain_all=True)

    monkeypatch.setattr(osm, "_download_graph", fake)
    return calls


def test_the_network_is_unreachable():
    with pytest.raises(OSError):
        socket.create_connection(("overpass-api.de", 443), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("overpass-api.de", 443)


def test_a_local_file_gives_rail_km_by_gauge_as_measured_by_hand():
    G = osm.graph_from_file(FULL)
    s = osm.summary(G)
    by_gauge = {}
    for refs, tags in RAIL_WAYS.values():
        by_gauge[tags["gauge"]] = by_gauge.get(tags["gauge"], 0.0) + way_km(NODES, refs)
    assert s.rail_ways == len(RAIL_WAYS) == 5
    assert s.rail_km == pytest.approx(sum(by_gauge.values()), abs=1e-6)
    assert s.km_by_gauge == pytest.approx(by_gauge, abs=1e-6)
    assert s.rail_nodes == len({r for refs, _ in RAIL_WAYS.values() for r in refs})
    assert s.stations == ["Akhalkalaki", "Kartsakhi"]
    assert s.level_crossings == 1
    assert s.retrieved == "2026-11-20"  # from <meta osm_base> in the file
    assert G.graph["attribution"] == ODBL


def test_rail_tags_are_kept_on_edges_and_osmnx_settings_restored():
    import osmnx as ox

    before = {
        k: getattr(ox.settings, k)
        for k in ("useful_tags_way", "useful_tags_node", "use_cache", "cache_folder")
    }
    before_tags = list(ox.settings.useful_tags_way)
    G = osm.graph_from_file(FULL)
    after = {k: getattr(ox.settings, k) for k in before}
    assert after == before and ox.settings.useful_tags_way == before_tags
    (siding,) = [d for _, _, d in G.edges(data=True) if d.get("osmid") == 548200103][:1]
    assert siding["service"] == "siding" and siding["gauge"] == "1435"
    main = next(d for _, _, d in G.edges(data=True) if d.get("osmid") == 548200101)
    assert (main["railway"], main["gauge"], main["electrified"], main["usage"], main["ref"]) == (
        "rail",
        "1435",
        "no",
        "main",
        "BTK",
    )
    assert main["name"] == WAYS[548200101][1]["name"]


def test_oneway_road_stays_one_directional_and_rail_is_two_way():
    G = osm.graph_from_file(FULL)
    street, tags = WAYS[548200302]
    assert tags["oneway"] == "yes"
    for a, b in zip(street[:-1], street[1:], strict=True):
        assert G.has_edge(a, b) and not G.has_edge(b, a)
    for wid in (548200301, 548200101, 548200201):
        refs, _ = WAYS[wid]
        for a, b in zip(refs[:-1], refs[1:], strict=True):
            assert G.has_edge(a, b) and G.has_edge(b, a)
    assert osm.summary(G).oneway_road_edges == len(street) - 1


def test_edge_lengths_are_geodesic_metres():
    G = osm.graph_from_file(FULL)
    for u, v, d in list(G.edges(data=True))[:50]:
        (x0, y0, _), (x1, y1, _) = NODES[u], NODES[v]
        assert d["length"] == pytest.approx(GEOD.inv(x0, y0, x1, y1)[2], abs=1e-6)


def test_rail_lines_are_one_row_per_way():
    gdf = osm.rail_lines(osm.graph_from_file(FULL))
    assert list(gdf.osm_way_id) == sorted(RAIL_WAYS)
    for row in gdf.itertuples():
        refs, tags = RAIL_WAYS[row.osm_way_id]
        assert row.length_km == pytest.approx(way_km(NODES, refs), abs=1e-3)
        assert row.gauge == tags["gauge"]
        assert row.geometry.geom_type == "LineString"
        assert row.geometry.coords[0] == pytest.approx(NODES[refs[0]][:2])  # OSM way direction kept


def test_download_path_replaces_the_schematic_line_with_osm_track(monkeypatch, shipped, tmp_path):
    from corridorkit.settings import settings

    calls = stub_download(monkeypatch, FULL)
    old = osm.find_asset(ASSET, shipped)
    G = osm.graph_for_asset(old, buffer_km=3.0)
    assert len(calls) == 1
    call = calls[0]
    assert call["custom_filter"] == [osm.RAIL_FILTER]
    assert call["polygon"].contains(old.geometry)
    assert {"railway", "gauge", "electrified", "usage", "service", "name", "ref"} <= set(
        call["useful_tags_way"]
    )
    assert call["use_cache"] and Path(call["cache_folder"]) == Path(settings.cache_dir) / "osmnx"

    rep = osm.replace_geometry(old, G, features=shipped)
    assert rep.replaced, rep.reasons
    main = [548200101, 548200102]
    expected_km = sum(way_km(NODES, WAYS[w][0]) for w in main)
    assert rep.osm_way_ids == main
    assert rep.osm_km == pytest.approx(expected_km, abs=1e-3)
    assert 29.0 * 0.85 <= expected_km <= 29.0 * 1.15  # the fixture was drawn to the published 29 km
    new = rep.feature
    assert line_length_km(new.geometry) == pytest.approx(expected_km, abs=1e-6)
    start = node_named(NODES, "Akhalkalaki")
    assert new.geometry.coords[0] == pytest.approx(NODES[start][:2])
    assert new.geometry.coords[-1] == pytest.approx(NODES[WAYS[548200102][0][-1]][:2])
    a = new.asset
    assert a.geometry_accuracy == "surveyed" and a.osm_way_ids == main
    src = a.sources[-1]
    assert src.id == "osm" and src.accessed == date.today().isoformat()
    assert ODBL in src.note and ODBL in a.geometry_note
    assert "548200101" in src.title and "548200102" in src.title
    # provenance of every other figure is untouched; the shipped feature itself is not modified
    assert [s.id for s in a.sources[:-1]] == [s.id for s in old.asset.sources]
    assert shipped[ASSET].asset.geometry_accuracy == "schematic"
    assert rep.countries_found == ["GEO"] and rep.name_match_share == 1.0
    # the replaced feature passes the project's own data checks, read back as a user layer
    assert check_feature(new).ok, check_feature(new).problems
    p = tmp_path / "replaced.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": [rep.to_geojson()]}), encoding="utf-8")
    # it keeps the shipped id, so using it replaces the shipped line: only when asked (--override)
    _, refused = load_features([p], strict=False)
    assert [(x.feature, x.field) for x in refused] == [(ASSET, "id")] and "--override" in refused[0].message
    by_id, problems = load_features([p], strict=False, override=True)
    assert problems == []
    assert by_id[ASSET].asset.osm_way_ids == main


def test_a_track_far_too_short_keeps_the_old_geometry_and_says_why(shipped):
    nodes, ways = parse_fixture(PARTIAL)
    old = shipped[ASSET]
    rep = osm.replace_geometry(old, osm.graph_from_file(PARTIAL), features=shipped)
    assert not rep.replaced
    assert rep.feature is old and rep.feature.asset.geometry_accuracy == "schematic"
    short_km = way_km(nodes, ways[548200101][0])
    assert rep.osm_km == pytest.approx(short_km, abs=1e-3)
    text = " | ".join(rep.reasons)
    assert f"the OSM track is {short_km:.1f} km" in text and "official 29 km" in text
    assert "end lies" in text  # the partial track stops ~19 km short of the border point


def test_tracks_of_another_gauge_are_not_taken(shipped):
    G = osm.graph_from_file(FULL)
    old = shipped[ASSET]
    wrong = validate_features(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {
                        **old.asset.model_dump(mode="json", exclude_none=True),
                        "gauge_mm": [1000],
                    },
                    "geometry": old.geometry.__geo_interface__,
                }
            ],
        },
        "test",
    )[0][0]
    rep = osm.replace_geometry(wrong, G)
    assert not rep.replaced and "no OSM rail way of gauge 1000 mm" in rep.reasons[0]


def test_bad_files_are_input_errors_naming_the_file(tmp_path):
    with pytest.raises(InputError, match="missing.osm: file not found"):
        osm.graph_from_file(tmp_path / "missing.osm")
    trunc = tmp_path / "trunc.osm"
    trunc.write_text(FULL.read_text(encoding="utf-8")[:2000], encoding="utf-8")
    with pytest.raises(InputError, match="trunc.osm: cannot read it as OSM XML"):
        osm.graph_from_file(trunc)
    roads = tmp_path / "roads.osm"
    roads.write_text(
        '<?xml version="1.0"?><osm version="0.6"><node id="1" lat="41.4" lon="43.4"/>'
        '<node id="2" lat="41.41" lon="43.41"/><way id="7"><nd ref="1"/><nd ref="2"/>'
        '<tag k="highway" v="primary"/></way></osm>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"roads.osm: no rail ways \(railway=rail\)"):
        osm.graph_from_file(roads)
    with pytest.raises(UnknownIdError, match="did you mean 'rail_btk_akhalkalaki_kartsakhi'"):
        osm.find_asset("rail_btk_akhalkalaki_kartsaki")


@pytest.fixture(scope="module")
def merged():
    G = build_network()
    return G, merge_osm_rail(G, osm.graph_from_file(FULL))


def test_merge_puts_a_gauge_break_where_1520_meets_1435(merged):
    _, M = merged
    sid, kid = node_named(NODES, "Akhalkalaki"), node_named(NODES, "Kartsakhi")
    a, b = f"osm:{sid}:rail1520", f"osm:{sid}:rail1435"
    for u, v in ((a, b), (b, a)):
        (d,) = M.get_edge_data(u, v).values()
        assert d["kind"] == "transfer" and d["transfer"] == "gauge_break"
        assert d["time_h"] == P.value("transfer_h.gauge_break")
    assert f"osm:{kid}:rail1435" in M and f"osm:{kid}:rail1520" not in M
    report = M.graph["osm"][-1]
    assert report.gauge_breaks == [f"osm:{sid}"]


def test_merged_osm_edges_carry_the_network_attributes_and_hand_computed_km(merged):
    G, M = merged
    assert G.number_of_edges() < M.number_of_edges()  # the input network is left as it was
    osm_edges = [d for _, _, d in M.edges(data=True) if str(d["asset_id"]).startswith("osm:way:")]
    assert {int(d["asset_id"].split(":")[-1]) for d in osm_edges} == set(RAIL_WAYS)
    for d in osm_edges:
        tags = RAIL_WAYS[d["osm_way_id"]][1]
        assert d["mode"] == "rail" and d["status"] == "operational" and d["active"]
        assert d["layer"] == f"rail{tags['gauge']}" and d["gauge_mm"] == int(tags["gauge"])
        assert d["countries"] == (
            ["TUR"] if d["osm_way_id"] == 548200104 else ["GEO"]
        )  # 104 runs on into Turkey
    km = {}
    for d in osm_edges:
        km[d["layer"]] = km.get(d["layer"], 0.0) + d["length"] / 2000.0  # rail: both directions
    # the first segment of way 548200104 crosses from the border point into Turkey: left out
    tur = WAYS[548200104][0]
    crossing_km = way_km(NODES, tur[:2])
    expected_1435 = sum(way_km(NODES, RAIL_WAYS[w][0]) for w in (548200101, 548200102, 548200103, 548200104))
    assert km["rail1435"] == pytest.approx(expected_1435 - crossing_km, abs=1e-3)
    assert km["rail1520"] == pytest.approx(way_km(NODES, WAYS[548200201][0]), abs=1e-3)
    assert M.graph["osm"][-1].border_segments_dropped == 1


def test_merge_joins_curated_stations_and_routes_over_osm_track(merged):
    _, M = merged
    sid = node_named(NODES, "Akhalkalaki")
    for layer in ("rail1520", "rail1435"):
        assert M.has_edge(f"akhalkalaki:{layer}", f"osm:{sid}:{layer}")
        assert M.has_edge(f"osm:{sid}:{layer}", f"akhalkalaki:{layer}")
    M = M.copy()
    set_asset_active(M, ASSET, False)  # without the curated line, BTK runs on the OSM track
    r = route(M, "akhalkalaki", "kars", weight="distance")[0]
    assert "osm:way:548200101" in r.assets and "osm:way:548200102" in r.assets
    assert [b["crossing"] for b in r.border_crossings] == ["kartsakhi_border"]


def test_a_curated_station_of_another_gauge_joins_by_a_gauge_break():
    kid = node_named(NODES, "Kartsakhi")
    lon, lat, _ = NODES[kid]
    line = feature(
        make_asset(id="t_line", countries=["GEO"], gauge_mm=[1520], nodes=["t_kartsakhi", "t_far"]),
        ((lon, lat), (43.2, 41.05)),
    )
    feats, problems = validate_features(
        {
            "type": "FeatureCollection",
            "features": [line, station("t_kartsakhi", lon, lat, "GEO"), station("t_far", 43.2, 41.05, "GEO")],
        },
        "test",
    )
    assert problems == []
    G = build_network(features={f.asset.id: f for f in feats})
    M = merge_osm_rail(G, osm.graph_from_file(FULL))
    (d,) = M.get_edge_data("t_kartsakhi:rail1520", f"osm:{kid}:rail1435").values()
    assert d["transfer"] == "gauge_break" and d["time_h"] == P.value("transfer_h.gauge_break")
    assert M.has_edge(f"osm:{kid}:rail1435", "t_kartsakhi:rail1520")


# --- the command line --------------------------------------------------------------------------


def test_cli_load_prints_the_summary_and_writes_rail_lines(tmp_path):
    out = tmp_path / "rail.geojson"
    r = runner.invoke(app, ["osm", "load", str(FULL), "--out", str(out)])
    assert r.exit_code == 0, r.output
    total = sum(way_km(NODES, refs) for refs, _ in RAIL_WAYS.values())
    assert f"{total:,.1f}" in r.output
    assert "gauge 1435 mm" in r.output and "gauge 1520 mm" in r.output
    assert "Akhalkalaki, Kartsakhi" in r.output and ODBL in r.output
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["attribution"] == ODBL
    assert sorted(f["properties"]["osm_way_id"] for f in fc["features"]) == sorted(RAIL_WAYS)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.osm", None, "file not found"),
        ("trunc.osm", FULL.read_text(encoding="utf-8")[:1500], "cannot read it as OSM XML"),
        ("notxml.osm", "this is not XML\n", "cannot read it as OSM XML"),
        (
            "roads.osm",
            '<osm version="0.6"><node id="1" lat="41" lon="43"/><node id="2" lat="41.1" lon="43"/>'
            '<way id="3"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/></way></osm>',
            "no rail ways",
        ),
    ],
)
def test_cli_load_bad_input_is_a_clear_error(tmp_path, name, content, message):
    p = tmp_path / name
    if content is not None:
        p.write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["osm", "load", str(p)])
    assert r.exit_code == 2
    assert name in r.output and message in r.output and "error:" in r.output
    assert "Traceback" not in r.output


def test_cli_fetch_unknown_asset_is_a_clear_error():
    r = runner.invoke(app, ["osm", "fetch", "--asset", "rail_btk_akhalkalaki_kartsaki"])
    assert r.exit_code == 2
    assert "unknown asset id 'rail_btk_akhalkalaki_kartsaki'" in r.output
    assert "did you mean 'rail_btk_akhalkalaki_kartsakhi'" in r.output and "Traceback" not in r.output


def test_cli_fetch_writes_the_replaced_feature(monkeypatch, tmp_path):
    stub_download(monkeypatch, FULL)
    out = tmp_path / "btk.geojson"
    r = runner.invoke(app, ["osm", "fetch", "--asset", ASSET, "--buffer-km", "3", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "replaced" in r.output and "548200101, 548200102" in r.output and ODBL in r.output
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["attribution"] == ODBL
    (f,) = fc["features"]
    assert f["properties"]["geometry_accuracy"] == "surveyed"
    assert f["properties"]["osm_way_ids"] == [548200101, 548200102]
    by_id, problems = load_features([out], strict=False, override=True)
    assert problems == [] and by_id[ASSET].asset.sources[-1].publisher == "OpenStreetMap contributors"


def test_cli_fetch_keeps_the_geometry_when_the_check_fails(monkeypatch, tmp_path):
    stub_download(monkeypatch, PARTIAL)
    out = tmp_path / "btk.geojson"
    r = runner.invoke(app, ["osm", "fetch", "--asset", ASSET, "--out", str(out)])
    assert r.exit_code == 1
    assert "kept the curated geometry" in r.output and "length: the OSM track is" in r.output
    assert not out.exists()
