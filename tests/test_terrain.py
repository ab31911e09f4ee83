"""Terrain: hand-computed gradients on synthetic DEMs, detours round ridges, the Caucasus as published."""

import json
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from pyproj import Transformer
from rasterio.transform import from_origin
from shapely.geometry import LineString

from corridorkit.analysis import terrain
from corridorkit.errors import InputError
from corridorkit.geo.geodesic import line_length_km


@pytest.fixture
def utm_ramp(tmp_path):
    """A DEM in UTM 38N (metres) rising 20 m per km eastwards: a 20 per mille ramp."""
    x0, y0, res = 500_000.0, 4_430_000.0, 100.0
    cols = np.arange(300)
    z = np.tile(0.02 * (cols * res + res / 2), (200, 1)).astype("float32") + 500
    p = tmp_path / "ramp_utm.tif"
    with rasterio.open(p, "w", driver="GTiff", width=300, height=200, count=1, dtype="float32",
                       crs="EPSG:32638", transform=from_origin(x0, y0, res, res)) as ds:
        ds.write(z, 1)
    tr = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    a = tr.transform(x0 + 2_000, y0 - 10_000)
    b = tr.transform(x0 + 27_000, y0 - 10_000)
    return p, LineString([a, b])


def test_a_known_ramp_gives_its_gradient(utm_ramp):
    dem, line = utm_ramp
    p = terrain.profile(line, dem=dem, spacing_km=0.5)
    s = p.summary
    # 25 km eastwards on a 20 per mille ramp: 500 m of climb, no descent, 20 per mille sustained
    assert s["climb_m"] == pytest.approx(500, rel=0.02)
    assert s["descent_m"] < 5
    assert s["steepest_sustained_5km_permille"] == pytest.approx(20, rel=0.03)
    assert s["share_above_12permille"] > 0.95 and s["share_above_40permille"] == 0
    assert "lower bounds" in s["caveat"]


def test_gradient_summary_by_hand():
    d = np.array([0, 1, 2, 3, 4])
    z = np.array([100, 110, 130, 130, 120])  # 10, 20, 0, -10 per mille
    s, g = terrain.gradient_summary(d, z, window_km=2)
    assert list(g) == [0, 10, 20, 0, -10]
    assert s["climb_m"] == 30 and s["descent_m"] == 10
    assert s["steepest_sustained_2km_permille"] == 15  # (130 - 100) / 2 km
    assert s["share_above_12permille"] == 0.25


@pytest.fixture
def ridge(tmp_path):
    """Flat 100 m plain with a 1,500 m north-south ridge at 45.0 E, open only in a gap at its south end."""
    res = 0.01
    w, n = 44.5, 41.0
    z = np.full((100, 100), 100.0, dtype="float32")
    z[:80, 48:52] = 1600.0  # the ridge, from the north edge down to row 80; rows 80-99 are a gap
    p = tmp_path / "ridge.tif"
    with rasterio.open(p, "w", driver="GTiff", width=100, height=100, count=1, dtype="float32",
                       crs="EPSG:4326", transform=from_origin(w, n, res, res)) as ds:
        ds.write(z, 1)
    return p


def test_the_least_cost_path_goes_round_the_ridge(ridge):
    start, end = (44.60, 40.80), (45.40, 40.80)
    # the window must contain the gap: 0.65 deg of margin reaches 40.15 N
    a = terrain.least_cost_alignment(start, end, dem=ridge, margin_deg=0.65, avoid_water=False)
    assert a.profile.summary["max_m"] < 200  # it never climbs the ridge
    lats = np.array(a.line.coords)[:, 1]
    assert lats.min() < 40.21  # it detours south through the gap (rows 80+ are south of 40.20 N)
    assert a.length_km > line_length_km(LineString([start, end])) * 1.3


def test_a_dem_that_does_not_cover_the_line(ridge):
    with pytest.raises(InputError, match="ridge.tif.*does not cover line 'far away'"):
        terrain.profile(LineString([(44.6, 40.8), (47.0, 40.8)]), dem=ridge, name="far away")


def test_darial_climbs_above_2000_m_on_the_shipped_dem():
    # Tbilisi - Mtskheta - Pasanauri - Jvari Pass - Stepantsminda - Vladikavkaz (Georgian Military Road)
    road = LineString([(44.79, 41.72), (44.72, 41.85), (44.69, 42.08), (44.45, 42.50),
                       (44.64, 42.66), (44.68, 43.02)])
    s = terrain.profile(road, name="Darial").summary
    assert s["max_m"] > 2000 and s["min_m"] < 800


def test_the_aras_valley_near_meghri_stays_far_below_the_passes_north_of_it():
    from corridorkit.layers.base import dem_path

    with rasterio.open(dem_path()) as ds:
        win = rasterio.windows.from_bounds(46.0, 38.80, 46.5, 38.97, ds.transform)
        win = win.round_offsets().round_lengths()
        band = ds.read(1, window=win)
        tr = ds.window_transform(win)
    # the valley floor: the lowest cell of each column of the band along the river
    rows = band.argmin(axis=0)
    xs, ys = tr @ (np.arange(band.shape[1]) + 0.5, rows + 0.5)
    valley = terrain.profile(LineString(zip(xs, ys, strict=True)), name="Aras valley").summary
    # Meghri (46.24, 38.90) north over the Meghri pass (2,535 m) towards Kapan
    north = terrain.profile(LineString([(46.24, 38.91), (46.20, 39.02), (46.28, 39.10),
                                        (46.40, 39.20)]), name="Meghri pass").summary
    assert valley["max_m"] < 1000
    assert north["max_m"] > 2000
    assert north["max_m"] - valley["max_m"] > 1000


def test_the_profile_command_on_a_user_file(tmp_path):
    f = tmp_path / "darial.geojson"
    f.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature",
                 "properties": {}, "geometry": {"type": "LineString", "coordinates": [
                     [44.69, 42.08], [44.45, 42.50], [44.64, 42.66]]}}]}))
    r = subprocess.run([sys.executable, "-m", "corridorkit", "profile", str(f), "--plot",
                        str(tmp_path / "p.png")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "max m" in r.stdout and "lower bounds" in r.stdout.replace("\n", " ")
    assert (tmp_path / "p.png").stat().st_size > 5000


def test_an_end_point_in_a_border_cell_snaps_to_the_country_and_far_outside_is_refused():
    from corridorkit.layers.base import country_of

    kapan, meghri = (46.40, 39.20), (46.25, 38.91)  # both in Armenia; Kapan's DEM cell centre lies in AZE
    a = terrain.least_cost_alignment(kapan, meghri, within="ARM")
    assert a.line.coords[0] == kapan and a.line.coords[-1] == meghri
    inner = np.array(a.line.coords[1:-1])
    assert set(country_of(inner[:, 0], inner[:, 1])) == {"ARM"}
    # the Meghri pass (~2,535 m) lies between them: staying in Armenia means climbing over it
    assert a.profile.summary["max_m"] > 2000
    with pytest.raises(InputError, match="impassable"):
        terrain.least_cost_alignment((46.70, 39.20), meghri, within="ARM")  # ~25 km into Azerbaijan


def test_btc_and_tanap_profiles_cross_turkiye_at_published_heights():
    btc = terrain.profile_asset("btc")
    s = btc.summary
    # BP: BTC crosses mountains "up to 2,830 m" (on ~1 km cell means: within a few hundred metres)
    assert 2500 <= s["max_m"] <= 3100
    z = btc.samples.elevation_m.to_numpy()
    assert z[0] <= 50 and z[-1] <= 50  # Sangachal on the Caspian and the Ceyhan terminal on the coast
    assert 1600 <= s["length_km"] <= 1770  # the drawn line against the 1,768 km published
    assert s["dem"].startswith("shipped GLOBE, 30''")
    tanap = terrain.profile_asset("tanap").summary
    # TANAP crosses the Eastern Anatolian plateau (Erzurum ~1,900 m) and ends at the Meric river (~20 m)
    assert tanap["max_m"] >= 1800 and tanap["min_m"] <= 100


def test_a_line_outside_the_shipped_dem_gets_one_clear_line():
    with pytest.raises(InputError, match=r"does not cover lon 37\.6.*--dem") as exc:
        terrain.profile_asset("rail_ryazan_moscow")  # north of GLOBE tile G (50 N)
    assert exc.value.field == "dem"


def test_a_schematic_line_says_its_climb_is_not_a_measurement():
    from corridorkit.layers.curated import load_features

    by_id, _ = load_features()
    sid = next(i for i, f in sorted(by_id.items()) if f.asset.is_line and f.asset.mode == "rail"
               and f.asset.geometry_accuracy == "schematic"
               and 38 < f.geometry.bounds[0] and f.geometry.bounds[2] < 52 and f.geometry.bounds[1] > 36)
    assert terrain.profile_asset(sid).summary["geometry"].startswith("schematic: ")
    assert terrain.profile_asset("btc").summary["geometry"] == "digitised"
