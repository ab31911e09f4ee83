"""Maps of the curated layers on an offline basemap (land, seas, borders, terrain hillshade)."""

from __future__ import annotations

from functools import lru_cache

import folium
import geopandas as gpd
import numpy as np
import rasterio
import shapely
from shapely.ops import polylabel

from corridorkit.layers.base import CORE_BOX, basemap, borders, dem_path
from corridorkit.maps.leaflet import LayerControl, SafeGeoJson, add_labels, add_legend, offline_map
from corridorkit.maps.style import (
    GROUP_LABEL,
    esc,
    group_of,
    legend_html,
    line_style,
    point_style,
    popup_html,
    tooltip_text,
)

LINE_KINDS = ("rail_line", "road", "pipeline", "sea_link")


#: lon/lat box an overview map opens on: the Black Sea, the South Caucasus, the Caspian, Central Asia.
FOCUS_BOUNDS = (26.0, 35.0, 75.0, 50.0)


#: Water bodies to label: (name, lon, lat, css class, min zoom), placed by hand inside each
#: (Natural Earth names; the points lie in open water at the zoom they appear).
WATER_LABELS = [
    ("Caspian Sea", 50.6, 42.3, "ck-sea", 4),
    ("Black Sea", 34.0, 43.2, "ck-sea", 4),
    ("Mediterranean Sea", 19.0, 34.5, "ck-sea", 3),
    ("Persian Gulf", 51.5, 27.0, "ck-sea", 4),
    ("Arabian Sea", 63.0, 18.0, "ck-sea", 3),
    ("Red Sea", 38.0, 21.0, "ck-sea", 4),
    ("Sea of Azov", 36.6, 46.1, "ck-sea", 6),
    ("Aegean Sea", 25.0, 38.8, "ck-sea", 5),
    ("Sea of Marmara", 28.2, 40.75, "ck-sea", 7),
    ("Baltic Sea", 19.0, 56.5, "ck-sea", 4),
    ("North Sea", 3.5, 56.0, "ck-sea", 4),
    ("Gulf of Oman", 58.5, 24.6, "ck-sea", 6),
    ("Indian Ocean", 72.0, -8.0, "ck-sea", 2),
    ("Atlantic Ocean", -25.0, 20.0, "ck-sea", 2),
    ("Lake Van", 42.85, 38.62, "ck-lake", 7),
    ("Lake Sevan", 45.3, 40.35, "ck-lake", 8),
    ("Lake Urmia", 45.45, 37.75, "ck-lake", 7),
    ("Lake Balkhash", 74.6, 46.4, "ck-lake", 6),
]

#: Curated place kinds labelled on the maps, with the zoom from which they show.
PLACE_KINDS = {"city": 5, "port": 6, "terminal": 7, "station": 7, "junction": 8}


def short_name(name: str) -> str:
    """Return a place's label: the name without a trailing ``(...)`` or a kind word ("railway station")."""
    out = name.split(" (")[0]
    for word in (" railway station", " rail terminal", " junction", " station"):
        if out.endswith(word):
            out = out[: -len(word)]
    if out.startswith("Port of "):
        out = out[len("Port of "):]
    return out.strip()


@lru_cache(maxsize=1)
def map_labels() -> tuple[tuple, ...]:
    """Return the maps' labels ``(lat, lon, text, css class, min zoom)`` in priority order.

    Countries first (Natural Earth context borders, at the pole of inaccessibility of their
    largest part; small countries from a closer zoom), then seas, then the curated cities, ports
    and stations. The page shows each from its zoom on, where it does not overlap one before it.
    """
    from corridorkit.layers.curated import load

    rows: list[tuple] = []
    ctx = borders("context")
    countries = []
    for name, geom in zip(ctx.name_en, ctx.geometry.values, strict=True):
        if geom is None or geom.is_empty:
            continue
        part = max(shapely.get_parts(geom), key=lambda p: p.area)
        if part.area < 0.05:
            continue
        pt = polylabel(part, tolerance=0.05)
        countries.append((-part.area, str(name), pt))
    for neg_area, name, pt in sorted(countries, key=lambda c: (c[0], c[1])):
        area = -neg_area
        zoom = 3 if area > 60 else 4 if area > 8 else 5 if area > 1.5 else 6
        rows.append((round(pt.y, 3), round(pt.x, 3), name, "ck-country", zoom))
    rows += [(lat, lon, name, cls, z) for name, lon, lat, cls, z in WATER_LABELS]
    places = load()
    places = places[places.kind.isin(list(PLACE_KINDS))]
    order = {k: i for i, k in enumerate(PLACE_KINDS)}
    seen = set()
    for r in sorted(places.itertuples(), key=lambda r: (order[r.kind], r.id)):
        text = short_name(str(r.name))
        if text in seen:
            continue
        seen.add(text)
        rows.append((round(r.geometry.y, 4), round(r.geometry.x, 4), text, "ck-place", PLACE_KINDS[r.kind]))
    return tuple(rows)


@lru_cache(maxsize=1)
def hillshade_png(step: int = 3) -> tuple[str, list[list[float]]]:
    """Return the shipped DEM's hillshade as a PNG data URL in Web Mercator rows, and its bounds.

    Computed once per process and step while the DEM file is unchanged (every map of a report uses it).

    Shadows are dark, sunlit slopes light (sun from the north-west, 45 degrees high);
    cells at or below 0 m (sea, Caspian) are transparent, and the shading fades out over the
    window's outer degree.
    """
    import base64
    import io

    from PIL import Image

    with rasterio.open(dem_path()) as ds:
        z = ds.read(1)[::step, ::step].astype(float)
        b = ds.bounds
    res = (b.top - b.bottom) / z.shape[0]
    dy = 111_320 * res
    dx = dy * np.cos(np.radians((b.top + b.bottom) / 2))
    gy, gx = np.gradient(z, dy, dx)
    slope = np.arctan(np.hypot(gx, gy) * 2.0)
    aspect = np.arctan2(-gx, gy)
    az, alt = np.radians(315), np.radians(45)
    shade = np.sin(alt) * np.cos(slope) + np.cos(alt) * np.sin(slope) * np.cos(az - aspect)
    flat = np.sin(alt)
    rgba = np.zeros(z.shape + (4,), dtype=np.uint8)
    dark = shade < flat
    rgba[dark, :3] = 30
    rgba[~dark, :3] = 255
    alpha = np.where(dark, (flat - shade) / flat * 230, (shade - flat) / (1 - flat) * 120)
    # a faint brown tint that grows with height, so ranges read at small zooms
    alpha = np.clip(alpha + np.clip(z / 4000, 0, 1) * 40, 0, 255)
    # fade out over the DEM window's outer degree, so its edge does not draw a box across the map
    fade_rows = np.clip(np.minimum(np.arange(z.shape[0]), np.arange(z.shape[0])[::-1]) * res, 0, 1)
    fade_cols = np.clip(np.minimum(np.arange(z.shape[1]), np.arange(z.shape[1])[::-1]) * res, 0, 1)
    alpha = alpha * np.outer(fade_rows, fade_cols)
    rgba[..., 3] = np.where(z <= 0, 0, alpha).astype(np.uint8)
    # Leaflet stretches the image linearly in Web Mercator y: resample rows accordingly
    merc = lambda lat: np.log(np.tan(np.pi / 4 + np.radians(lat) / 2))  # noqa: E731
    ys = np.linspace(merc(b.top), merc(b.bottom), z.shape[0])
    lats = np.degrees(2 * np.arctan(np.exp(ys)) - np.pi / 2)
    rows = np.clip(((b.top - lats) / res).astype(int), 0, z.shape[0] - 1)
    img = Image.fromarray(rgba[rows], mode="RGBA")
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)  # optimize=True: 7 % smaller, 8x slower (1.1 s)
    url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    return url, [[b.bottom, b.left], [b.top, b.right]]


def _simple_features(gdf: gpd.GeoDataFrame, style: dict, tip_col: str | None, precision: int) -> dict:
    feats = []
    for i, geom in enumerate(gdf.geometry.values):
        if geom is None or geom.is_empty:
            continue
        g = shapely.set_precision(geom, 10.0**-precision)
        props = {"_style": style}
        if tip_col:
            props["_tip"] = esc(gdf.iloc[i][tip_col])
        feats.append({"type": "Feature", "properties": props, "geometry": shapely.geometry.mapping(g)})
    return {"type": "FeatureCollection", "features": feats}


def _simple_layer(
    gdf: gpd.GeoDataFrame,
    style: dict,
    *,
    name: str,
    tip_col: str | None = None,
    show: bool = True,
    precision: int = 3,
    pane: str = "ckbase",
) -> SafeGeoJson:
    return SafeGeoJson(_simple_features(gdf, style, tip_col, precision), name=name, show=show, pane=pane)


#: The basemap's vector layers: (name, style, tip column, pane); their data are the same on every map.
_BASEMAP_LAYERS = {
    "context": (
        "Countries (context)",
        {"color": "#b8b8b8", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 1.0},
        "name_en",
        "ckbase",
    ),
    "land": ("Land", {"stroke": False, "fillColor": "#f4f1ea", "fillOpacity": 1.0}, None, "ckbase"),
    "seas": (
        "Seas (incl. Caspian)",
        {"color": "#9dbcd4", "weight": 0.5, "fillColor": "#c6dbea", "fillOpacity": 1.0},
        "name",
        "ckbase",
    ),
    "lakes": (
        "Lakes",
        {"color": "#9dbcd4", "weight": 0.5, "fillColor": "#c6dbea", "fillOpacity": 1.0},
        "name_en",
        "ckbase",
    ),
    "borders": (
        "Borders (Natural Earth, de facto)",
        {"color": "#6b6b6b", "weight": 1.0, "fillOpacity": 0.0, "fill": False},
        "name_en",
        "ckborders",
    ),
}


@lru_cache(maxsize=32)
def _basemap_encoded(which: str, data_dir: str) -> tuple[str, int]:
    """Return a basemap layer's GeoJSON encoded for a page, and its feature count (once per data folder)."""
    from corridorkit.maps.leaflet import safe_json

    gdf = {
        "context": lambda: borders("context"),
        "land": lambda: basemap("land"),
        "seas": lambda: basemap("seas"),
        "lakes": lambda: basemap("lakes"),
        "borders": core_border_lines,
    }[which]()
    _, style, tip_col, _ = _BASEMAP_LAYERS[which]
    fc = _simple_features(gdf, style, tip_col, 3)
    return safe_json(fc), len(fc["features"])


def _basemap_layer(which: str) -> SafeGeoJson:
    name, _, _, pane = _BASEMAP_LAYERS[which]
    from corridorkit.settings import settings

    return SafeGeoJson(None, name=name, pane=pane, encoded=_basemap_encoded(which, str(settings.data_dir)))


@lru_cache(maxsize=1)
def core_border_lines() -> gpd.GeoDataFrame:
    """Return the detailed borders as lines, without the edges of the box they are clipped to.

    Drawn as polygon outlines, the clipped borders would show the box as a frame across the map.
    """
    core = borders("core")
    frame = shapely.box(*CORE_BOX).boundary.buffer(1e-4)
    lines = shapely.difference(shapely.boundary(core.geometry.values), frame)
    out = core[["name_en"]].copy()
    out["geometry"] = lines
    return gpd.GeoDataFrame(out, geometry="geometry", crs=core.crs)


def add_basemap(m: folium.Map, *, hillshade: bool = True, labels: bool = True,
                first_labels: list[list] | None = None) -> list[SafeGeoJson]:
    """Add the offline basemap to a map; return its toggleable layers.

    With ``labels``, countries, seas and the curated places are labelled (collision-free);
    ``first_labels`` (rows as in :func:`map_labels`) take precedence over them.
    """
    layers = [_basemap_layer(w) for w in ("context", "land", "seas", "lakes")]
    for lyr in layers:
        m.add_child(lyr)
    if hillshade:
        url, bounds = hillshade_png()
        folium.raster_layers.ImageOverlay(
            url, bounds=bounds, name="Terrain (GLOBE DEM hillshade)", opacity=1.0, pane="ckshade"
        ).add_to(m)
    borders_layer = _basemap_layer("borders")
    m.add_child(borders_layer)
    if labels:
        add_labels(m, list(first_labels or []) + [list(r) for r in map_labels()])
    return layers[2:] + [borders_layer]


def asset_features(gdf: gpd.GeoDataFrame) -> dict[str, list[dict]]:
    """Return map features (style, escaped tooltip and popup) of assets, grouped by map group."""
    groups: dict[str, list[dict]] = {}
    for row in gdf.to_dict("records"):
        geom = row.pop("geometry")
        group = group_of(row.get("tags"), row.get("layer"))
        status = row.get("status") or "operational"
        style = (
            line_style(status, group)
            if row.get("kind") in LINE_KINDS
            else point_style(status, group, row.get("kind"))
        )
        props = {
            "_style": style,
            "_tip": tooltip_text(row.get("name"), row.get("names"), status),
            "_popup": popup_html(row),
            "id": row.get("id"),
        }
        g = shapely.set_precision(geom, 1e-5)
        groups.setdefault(group, []).append(
            {"type": "Feature", "properties": props, "geometry": shapely.geometry.mapping(g)}
        )
    return groups


def layers_map(
    gdf: gpd.GeoDataFrame,
    *,
    title: str | None = None,
    location=(41.0, 50.0),
    zoom_start: int = 5,
    hillshade: bool = True,
) -> folium.Map:
    """Return an offline map of curated assets by group, with a layer control and a legend.

    Parameters
    ----------
    gdf
        Assets as returned by :func:`corridorkit.layers.load` (statuses as of a date).
    title
        Shown in the legend.
    location, zoom_start
        Initial view.
    hillshade
        Draw the DEM hillshade.
    """
    m = offline_map(location=location, zoom_start=zoom_start)
    toggles = add_basemap(m, hillshade=hillshade)
    groups = asset_features(gdf)
    order = [k for k in GROUP_LABEL if k in groups] + sorted(set(groups) - set(GROUP_LABEL))
    # lines under points: add all line layers first
    asset_layers = []
    for g in order:
        feats = groups[g]
        lines = [f for f in feats if f["geometry"]["type"] != "Point"]
        points = [f for f in feats if f["geometry"]["type"] == "Point"]
        label = GROUP_LABEL.get(g, g)
        if lines:
            asset_layers.append(
                SafeGeoJson(
                    {"type": "FeatureCollection", "features": lines}, name=f"{label} — lines ({len(lines)})"
                )
            )
        if points:
            asset_layers.append(
                SafeGeoJson(
                    {"type": "FeatureCollection", "features": points},
                    name=f"{label} — places ({len(points)})",
                )
            )
    asset_layers.sort(key=lambda lyr: "places" in lyr.layer_name)
    for lyr in asset_layers:
        m.add_child(lyr)
    m.add_child(LayerControl(asset_layers + toggles, collapsed=len(asset_layers) + len(toggles) > 12))
    legend = (f"<b>{esc(title)}</b><br>" if title else "") + legend_html(order)
    add_legend(m, legend)
    if len(gdf):
        x0, y0, x1, y1 = (float(v) for v in gdf.total_bounds)
        # open on the region (Black Sea to Central Asia) when the data reaches further (the sea routes
        # to Shanghai and round the Cape); the user zooms out for the rest
        fx0, fy0, fx1, fy1 = FOCUS_BOUNDS
        if x0 < fx0 or y0 < fy0 or x1 > fx1 or y1 > fy1:
            x0, y0, x1, y1 = max(x0, fx0), max(y0, fy0), min(x1, fx1), min(y1, fy1)
        m.fit_bounds([[y0, x0], [y1, x1]])
    return m
