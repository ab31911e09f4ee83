"""CRS discipline, atomic writes, safe paths and raster sampling."""

import json

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString, Point

from corridorkit.errors import CRSError, InputError, UnsafePathError
from corridorkit.geo.crs import check_lonlat, to_wgs84
from corridorkit.geo.io import atomic_directory, atomic_write, safe_join, write_text
from corridorkit.geo.raster import read_window, sample_along
from corridorkit.layers.curated import read_user_file
from corridorkit.layers.validate import load_file
from tests.conftest import feature, make_asset

# ---- CRS ----------------------------------------------------------------------------


def test_declared_projected_crs_is_reprojected(tmp_path):
    g = gpd.GeoDataFrame({"id": ["baku"]}, geometry=[Point(49.867, 40.409)], crs="EPSG:4326")
    utm = g.to_crs("EPSG:32639")
    back = to_wgs84(utm, file="x.gpkg")
    assert back.crs.to_epsg() == 4326
    assert back.geometry.iloc[0].x == pytest.approx(49.867, abs=1e-6)


def test_missing_crs_is_refused_naming_the_file():
    g = gpd.GeoDataFrame({"id": ["a"]}, geometry=[Point(49.8, 40.4)])
    with pytest.raises(CRSError, match="roads.gpkg.*no CRS"):
        to_wgs84(g, file="roads.gpkg")


def test_projected_coordinates_in_geojson_are_refused_naming_the_file(write_fc):
    p = write_fc(
        [feature(make_asset(), [(4_500_000, 4_400_000), (4_510_000, 4_420_000)])], name="projected.geojson"
    )
    with pytest.raises(InputError) as exc:
        load_file(p)
    msg = str(exc.value)
    assert "projected.geojson" in msg and "test_btk" in msg and "projected" in msg


def test_swapped_axes_are_refused():
    # Xi'an (108.94 E, 34.34 N) written as [lat, lon] puts 108.94 in the latitude slot
    assert "swapped" in check_lonlat([Point(34.34, 108.94)])
    # Rotterdam and Duisburg as [lat, lon] fall in the sea off Somalia: caught with a land mask
    from corridorkit import layers

    land = layers.borders("context").union_all()
    pts = [Point(51.92, 4.48), Point(51.43, 6.76), Point(52.37, 4.90)]
    assert "swapped" in check_lonlat(pts, land=land)
    assert check_lonlat([Point(4.48, 51.92), Point(6.76, 51.43), Point(4.90, 52.37)], land=land) is None


def test_declared_foreign_crs_in_geojson_is_refused(write_fc):
    p = write_fc(
        [feature(make_asset())],
        name="crs.geojson",
        crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}},
    )
    with pytest.raises(InputError, match="crs.geojson.*32638"):
        load_file(p)


def test_gpkg_in_utm_loads_through_reprojection(tmp_path):
    props = make_asset()
    flat = {k: (json.dumps(v) if isinstance(v, list | dict) else v) for k, v in props.items()}
    g = gpd.GeoDataFrame(
        [flat], geometry=[LineString([(43.10, 40.61), (43.49, 41.41)])], crs="EPSG:4326"
    ).to_crs("EPSG:32638")
    p = tmp_path / "user.gpkg"
    g.to_file(p, driver="GPKG")
    feats, problems = read_user_file(p)
    assert problems == []
    assert feats[0].geometry.coords[0][0] == pytest.approx(43.10, abs=1e-6)


# ---- atomic writes and safe paths ---------------------------------------------------


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "out.txt"
    write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half of the new")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary left behind


def test_atomic_directory_keeps_the_previous_output_on_failure(tmp_path):
    out = tmp_path / "report"
    with atomic_directory(out) as d:
        (d / "index.html").write_text("v1")
    with pytest.raises(ValueError), atomic_directory(out) as d:
        (d / "index.html").write_text("v2 partial")
        raise ValueError("failed halfway")
    assert (out / "index.html").read_text() == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
    with atomic_directory(out) as d:
        (d / "index.html").write_text("v3")
    assert (out / "index.html").read_text() == "v3"


@pytest.mark.parametrize("bad", ["../escape.html", "/etc/passwd", "a/../../b", "maps/../../x"])
def test_output_paths_cannot_escape_the_output_folder(tmp_path, bad):
    with pytest.raises(UnsafePathError):
        safe_join(tmp_path, bad)


def test_safe_join_allows_subfolders(tmp_path):
    assert safe_join(tmp_path, "maps", "route.html") == (tmp_path / "maps" / "route.html").resolve()


# ---- rasters --------------------------------------------------------------------------


@pytest.fixture
def ramp_tif(tmp_path):
    """A 1/100-degree raster whose value is 1000 * longitude offset (a west-east ramp)."""
    res = 0.01
    cols = np.arange(200)
    arr = np.tile((cols * res + res / 2) * 1000.0, (100, 1)).astype("float32")
    p = tmp_path / "ramp.tif"
    with rasterio.open(
        p,
        "w",
        driver="GTiff",
        width=200,
        height=100,
        count=1,
        dtype="float32",
        crs="EPSG:4326",
        transform=from_origin(44.0, 41.0, res, res),
    ) as ds:
        ds.write(arr, 1)
    return p


def test_sample_along_reads_the_ramp(ramp_tif):
    line = LineString([(44.105, 40.5), (45.505, 40.5)])
    df = sample_along(ramp_tif, line, spacing_km=5.0)
    # value = 1000 * (lon - 44) to within half a cell (5 units)
    np.testing.assert_allclose(df.value, 1000 * (df.lon - 44.0), atol=5.01)
    assert df.distance_km.iloc[-1] == pytest.approx(118.4, abs=0.5)  # 1.4 deg at 40.5 N


def test_sample_along_refuses_a_line_outside_the_raster(ramp_tif):
    with pytest.raises(InputError, match="does not cover line 'far'.*ramp.tif|ramp.tif.*far"):
        sample_along(ramp_tif, LineString([(44.5, 40.5), (47.0, 40.5)]), name="far")


def test_read_window(ramp_tif):
    w = read_window(ramp_tif, (44.0, 40.5, 44.5, 41.0))
    assert w.values.shape == (50, 50)
    assert w.values[0, 0] == pytest.approx(5.0)
