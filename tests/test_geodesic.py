"""Geodesic measures against published figures and hand-computed cases."""

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString, Point

from corridorkit.geo.geodesic import distance_km, length_km, line_length_km, points_along


def test_jerusalem_los_angeles_matches_published_great_circle():
    # Hebrew University astronomy course page: Jerusalem (31.75 N, 35.25 E) to
    # Los Angeles (34.0 N, 118.0 W): 12,185 km (spherical great circle).
    d = distance_km(35.25, 31.75, -118.0, 34.0)
    assert d == pytest.approx(12185, rel=0.005)


def test_one_degree_of_latitude_at_the_equator():
    # WGS84: 1 deg of latitude at the equator is 110.574 km; 1 deg of longitude 111.320 km
    assert distance_km(0, 0, 0, 1) == pytest.approx(110.574, abs=0.01)
    assert distance_km(0, 0, 1, 0) == pytest.approx(111.320, abs=0.01)


def test_vectorised_distance_matches_scalar_calls():
    lon1 = np.array([49.87, 44.79, 51.17])
    lat1 = np.array([40.41, 41.72, 43.65])
    vec = distance_km(lon1, lat1, 44.51, 40.18)
    one = [distance_km(x, y, 44.51, 40.18) for x, y in zip(lon1, lat1, strict=True)]
    np.testing.assert_allclose(vec, one)


def test_line_length_is_the_sum_of_its_segments_not_degrees():
    line = LineString([(0, 0), (0, 1), (1, 1)])
    expected = distance_km(0, 0, 0, 1) + distance_km(0, 1, 1, 1)
    assert line_length_km(line) == pytest.approx(expected)
    assert line_length_km(line) > 200  # kilometres, not 2 degrees


def test_length_km_vectorised_over_mixed_geometries():
    a = LineString([(0, 0), (0, 1)])
    m = MultiLineString([[(0, 0), (0, 1)], [(10, 0), (10, 1)]])
    out = length_km([a, m, Point(3, 3)])
    # the two parts of the multiline are not joined by a 10-degree jump
    np.testing.assert_allclose(out, [110.574, 2 * 110.574, 0.0], atol=0.01)


def test_points_along_are_evenly_spaced_on_the_geodesic():
    line = LineString([(44.0, 40.0), (45.0, 40.0), (45.0, 41.0)])
    lon, lat, dist = points_along(line, 10.0)
    assert dist[0] == 0 and dist[-1] == pytest.approx(line_length_km(line))
    steps = distance_km(lon[:-1], lat[:-1], lon[1:], lat[1:])
    # every step is 10 km except the one cut at the corner and the final remainder
    assert np.isclose(steps[:-1], 10.0, atol=0.05).sum() >= len(steps) - 3
    with pytest.raises(ValueError, match="spacing_km"):
        points_along(line, 0)
