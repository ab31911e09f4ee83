"""Build layers/data/curated/middle_corridor_east.geojson: China gateways, Kazakhstan to the Caspian, ferries.

Run from the repository root: ``python scripts/curated/build_east.py``. A first, schematic cut: named places
from GeoNames or published coordinates, straight legs between them (``geometry_accuracy`` says so).
"""
from __future__ import annotations

import sys
from pathlib import Path

import searoute as sr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import GEONAMES, NE, border_point, gn, line_km, src, wp, write  # noqa: E402
from feature import Builder  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FACTS = "via corridorkit facts compilation; not re-read"
S = {
    "geonames": GEONAMES, "naturalearth": NE,
    "kazinform_dm": src("kazinform_dm", "Dostyk–Moyinty railway launch: what it means for Kazakhstan (Kazinform)",
                        "https://qazinform.com/news/dostyk-moyinty-railway-launch-what-it-means-for-kazakhstan-822243",
                        "Kazinform", FACTS + ": 836 km; opened 30 Sep 2025; 12 -> 60 train pairs/day", "2026-11"),
    "trend_dm24": src("trend_dm24", "Kazakhstan plans to launch train traffic on second track of Dostyk-Moyinty railroad (Trend)",
                      "https://en.trend.az/casia/kazakhstan/3918318.html", "Trend",
                      "1 Jul 2024: the whole 836 km second track under construction along the working line; opening 2024-25", "2026-11"),
    "index_dostyk": src("index_dostyk", "Dostyk (index1520 infrastructure)", "https://index1520.com/en/infrastructure/dostyk/",
                        "index1520", FACTS + ": Dostyk 45.2522 N 82.4839 E; 15 trains/day (1,520), 12 (1,435), 760 TEU/day; "
                        "20 Mt/y (2016)", "2026-11"),
    "astana_khorgos": src("astana_khorgos", "Khorgos Gateway handles over 372,000 TEUs in 2025 (Astana Times, 6 Feb 2026)",
                          "https://astanatimes.com/2026/02/khorgos-gateway-boosts-transit-capacity-handles-over-372000-teus-in-2025/",
                          "The Astana Times", FACTS + ": >372,000 TEU in 2025; first train 29 Jul 2015; Zhetygen–Altynkol 293 km "
                          "(Dec 2011)", "2026-11"),
    "dlg_zhetygen": src("dlg_zhetygen", "Shortening distances (Damu Logistics)", "https://dlg.kz/en/news-damu-logistic/shortening-distances.html",
                        "DAMU Logistics", "Zhetygen–Korgas railway 298 km through Iliysk, Talgar, Enbekshikazakh, Uygur and "
                        "Panfilov districts (plan 2009–2012)"),
    "railturkey_zb": src("railturkey_zb", "Kazakhstan opens new railway lines (RailTurkey, 17 Sep 2014)",
                         "https://railturkey.org/2014/09/17/kazakhstan-opens-new-railway-lines/", "RailTurkey",
                         "Zhezkazgan–Beyneu 988 km, shortens China–Caspian by 1,000 km"),
    "turkpa_zb": src("turkpa_zb", "Kazakhstan commissions two national railways (TURKPA, 25 Aug 2014)",
                     "https://turkpa.org/news/1091-kazakhstan-commissions-two-national-railways", "TURKPA",
                     "commissioned 22 Aug 2014; gateways Zhezkazgan, Saksaulskaya, Shalkar, Beyneu"),
    "aktau_cap": src("aktau_cap", "Kazakh PM assesses logistic potential of Aktau, Kuryk seaports (Astana Times, Sep 2024)",
                     "https://astanatimes.com/2024/09/kazakh-pm-assesses-logistic-potential-of-aktau-kuryk-seaports/",
                     "The Astana Times", FACTS + ": Aktau >11 Mt/y", "2026-11"),
    "kuryk_cap": src("kuryk_cap", "Kazakhstan's port set to play key role for future of Trans-Caspian route (Astana Times, Apr 2023)",
                     "https://astanatimes.com/2023/04/kazakhstans-port-set-to-play-key-role-for-future-of-trans-caspian-route/",
                     "The Astana Times", FACTS + ": Kuryk ferry complex 6 Mt/y; opened Dec 2016; 70 km S of Aktau; port ~20 km "
                     "from the village", "2026-11"),
    "tm_port": src("tm_port", "Turkmenbashi International Seaport (today.az 2019)", "http://www.today.az/news/regions/177675.html",
                   "Today.az", FACTS + ": 17–18 Mt/y, 400,000 TEU; opened 2 May 2018; coordinates 40.00 N 53.03 E (Wikipedia)",
                   "2026-11"),
    "sudo_kuryk": src("sudo_kuryk", "One millionth tonne of cargo shipped from Kuryk port (Sudohodstvo)",
                      "https://en.sudohodstvo.org/en-one-millionth-tonne-of-cargo-shipped-from-kuryk-port", "Sudohodstvo",
                      FACTS + ": Baku -> Kuryk 18 h; Baku -> Aktau 22 h", "2026-11"),
    "eurasia_ferry": src("eurasia_ferry", "Caspian ferry Baku–Turkmenbashi (eurasia.travel)",
                         "http://eurasia.travel/azerbaijan/transport/caspian_ferry/", "eurasia.travel",
                         FACTS + ": ~306 km, ~12 h; since 1962/63", "2026-11"),
    "azerbaijans_ferry": src("azerbaijans_ferry", "Baku–Turkmenbashi ferry (azerbaijans.com)",
                             "https://www.azerbaijans.com/content_473_en.html", "azerbaijans.com", FACTS + ": 343 km", "2026-11"),
    "porteco_ferry": src("porteco_ferry", "Train ferries on the Caspian Sea as part of the Middle Corridor (PortEconomics)",
                         "https://porteconomicsmanagement.org/train-ferries-on-the-caspian-sea-as-part-of-the-middle-corridor",
                         "PortEconomics", FACTS + ": >25 rail ferries; fleet ~4.5 Mt/y", "2026-11"),
}
B = Builder("middle_corridor", S, always=("geonames",))
op = "operational"
P = {}


def G(name, cc, gid=None):
    lon, lat, _, _ = gn(name, cc, gid)
    return (lon, lat)


def pt(pid, xy, name, names, kind, countries, timeline, desc, **kw):
    P[pid] = xy
    B.point(*xy, id=pid, name=name, names=names, kind=kind, mode=kw.pop("mode", "rail"),
            commodities=kw.pop("commodities", ["containers", "general_cargo"]), countries=countries, status=op,
            status_date=kw.pop("status_date", timeline[-1]["date"]), timeline=timeline,
            tags=kw.pop("tags", ["middle_corridor"]), geometry_accuracy=kw.pop("geometry_accuracy", "digitised"),
            geometry_note=kw.pop("geometry_note", "GeoNames"), description=desc, **kw)


def ln(lid, name, names, coords, nodes, countries, timeline, desc, **kw):
    B.line(coords, id=lid, name=name, names=names, kind="rail_line", mode="rail",
           commodities=kw.pop("commodities", ["containers", "general_cargo"]), countries=countries, status=op,
           status_date=kw.pop("status_date", timeline[-1]["date"]), timeline=timeline, gauge_mm=kw.pop("gauge_mm", [1520]),
           nodes=nodes, tags=kw.pop("tags", ["middle_corridor"]), geometry_accuracy="schematic",
           geometry_note=kw.pop("geometry_note", "straight legs between the named places (GeoNames); the line's curves are "
                                                 "not digitised"), description=desc, **kw)


ev = B.ev
# China
pt("urumqi", G("Urumqi", "CN"), "Ürümqi", {"zh": "乌鲁木齐"}, "city", ["CHN"],
   [ev("2015-07-29", op, ["astana_khorgos"], "China–Kazakhstan trains via Khorgos from 2015")],
   "Xinjiang's capital and rail hub for the western China gateways.", mode="multimodal")
pt("jinghe", G("Jing", "CN", 13312467), "Jinghe (junction)", {"zh": "精河"}, "junction", ["CHN"],
   [ev("2015-07-29", op, ["astana_khorgos"], "Jinghe–Khorgos line in use")], "Junction of the lines to Alashankou and Khorgos.")
pt("alashankou", (82.65, 45.17), "Alashankou", {"zh": "阿拉山口"}, "station", ["CHN"],
   [ev("2016", op, ["index_dostyk"], "1,435 mm side of the Dostyk–Alashankou crossing")], "Chinese border station opposite Dostyk.",
   geometry_accuracy="schematic", geometry_note="GeoNames Alashankou (8521719) moved ~6 km east: the gazetteer point falls on "
   "the Kazakh side of the simplified border")
pt("khorgos_cn", (80.4097, 44.2125), "Khorgos (China)", {"zh": "霍尔果斯"}, "station", ["CHN"],
   [ev("2015-07-29", op, ["astana_khorgos"], "first train through the Khorgos gateway")], "Chinese border city opposite Altynkol.",
   coord_source="astana_khorgos", geometry_note="published city coordinates (Wikipedia via facts compilation)")
# Kazakhstan
pt("dostyk", (82.4839, 45.2522), "Dostyk", {"kk": "Достық", "ru": "Достык"}, "station", ["KAZ"],
   [ev("2016", op, ["index_dostyk"], "gauge-change station (1,520/1,435 mm)")], "Kazakh border station with the gauge change.",
   capacity=[{"value": 20, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design", "as_of": "2016",
              "sources": ["index_dostyk"]}], coord_source="index_dostyk", geometry_note="published station coordinates")
altynkol = (80.30, 44.17)
pt("altynkol", altynkol, "Altynkol (Khorgos Gateway)", {"kk": "Алтынкөл", "ru": "Алтынколь"}, "station", ["KAZ"],
   [ev("2015-07-29", op, ["astana_khorgos"], "Khorgos Gateway dry port opened")],
   "Kazakh border station and Khorgos Gateway dry port (gauge change).", geometry_accuracy="schematic", coord_source=None,
   capacity=[{"value": 372000, "unit": "TEU/y", "commodity": "containers", "basis": "actual_throughput", "as_of": "2025",
              "sources": ["astana_khorgos"]}],
   geometry_note="approximate: Khorgos Gateway yard ~44.165 N 80.300 E (weak source via facts compilation)")
for bid, a, b, nm, other in [("dostyk_alashankou_border", P["dostyk"], P["alashankou"], "Dostyk – Alashankou", "Alashankou"),
                             ("altynkol_khorgos_border", altynkol, P["khorgos_cn"], "Altynkol – Khorgos", "Khorgos")]:
    xy = border_point(a, b, "KAZ")
    P[bid] = xy
    B.point(*xy, id=bid, name=f"{nm} rail border crossing (KAZ–CHN)", names={"kk": nm, "zh": other}, kind="border_crossing",
            mode="rail", commodities=["containers", "general_cargo"], countries=["KAZ", "CHN"], status=op,
            status_date="2025", timeline=[ev("2015-07-29" if "alt" in bid else "1990", op,
                                             ["astana_khorgos" if "alt" in bid else "index_dostyk"], "in service")],
            crossing={"countries": ["KAZ", "CHN"], "modes": ["rail"],
                      "delay_h": {"value": 24, "min": 12, "max": 48, "unit": "h", "assumption": True,
                                  "note": "Assumption: gauge change 1,435/1,520 mm with transshipment or bogie exchange "
                                          "plus customs; no published average"},
                      "name_other_side": other},
            tags=["middle_corridor", "northern_alternative", "crossings"], geometry_accuracy="schematic",
            coord_source="naturalearth", extra=("naturalearth",), geometry_note="on the shipped KAZ–CHN border",
            description="China–Kazakhstan rail gateway with a break of gauge.")
for pid, xy, nm, kind, desc in [("aktogay", G("Aktogay", "KZ", 1526268), {"kk": "Ақтоғай"}, "junction",
                                 "Junction of the Turksib and the line from Dostyk."),
                                ("zhetygen", (77.17, 43.70), {"kk": "Жетіген"}, "junction",
                                 "Turksib junction where the line to Altynkol starts (approximate position)."),
                                ("zhezkazgan", G("Zhezkazgan", "KZ"), {"kk": "Жезқазған"}, "junction",
                                 "Start of the 2014 Zhezkazgan–Beyneu line."),
                                ("beyneu", G("Beyneu", "KZ"), {"kk": "Бейнеу"}, "junction",
                                 "Junction of the lines to Aktau, Kuryk, Turkmenistan and Russia."),
                                ("mangistau", G("Mangyshlak", "KZ"), {"kk": "Маңғыстау"}, "junction",
                                 "Junction for Aktau port and Kuryk.")]:
    pt(pid, xy, nm.get("en", pid.title()), nm, kind, ["KAZ"], [ev("2014-08-22", op, ["turkpa_zb"], "network in service")],
       desc, geometry_accuracy="schematic" if pid == "zhetygen" else "digitised")
pt("aktau_port", (51.19, 43.61), "Port of Aktau", {"kk": "Ақтау теңіз порты"}, "port", ["KAZ"],
   [ev("2024-09", op, ["aktau_cap"], "capacity >11 Mt/y")], "Kazakhstan's main Caspian port.", mode="multimodal",
   capacity=[{"value": 11, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design", "sources": ["aktau_cap"]}],
   tags=["middle_corridor", "maritime"], geometry_accuracy="schematic", coord_source=None,
   geometry_note="approximate: the quay south of Aktau city (city 43.650 N 51.150 E); not surveyed")
pt("kuryk_port", (51.64, 43.15), "Port of Kuryk (ferry complex)", {"kk": "Құрық порты"}, "port", ["KAZ"],
   [ev("2017-03", op, ["kuryk_cap"], "ferry complex in operation (opened Dec 2016)")], "Rail-ferry port 70 km south of Aktau.",
   mode="multimodal", capacity=[{"value": 6, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design",
                                 "sources": ["kuryk_cap"]}],
   tags=["middle_corridor", "maritime"], geometry_accuracy="schematic", coord_source=None,
   geometry_note="approximate: on the coast SW of Kuryk village (the port is ~20 km from the village); not surveyed")
pt("turkmenbashi_port", (53.03, 40.00), "Turkmenbashi International Seaport", {"tk": "Türkmenbaşy halkara deňiz porty"},
   "port", ["TKM"], [ev("2018-05-02", op, ["tm_port"], "new port opened")], "Turkmenistan's Caspian port.",
   mode="multimodal", capacity=[{"value": 17, "min": 17, "max": 18, "unit": "Mt/y", "commodity": "general_cargo",
                                 "basis": "design", "sources": ["tm_port"]},
                                {"value": 400000, "unit": "TEU/y", "commodity": "containers", "basis": "design",
                                 "sources": ["tm_port"]}],
   tags=["middle_corridor", "maritime"], coord_source="tm_port", geometry_note="published coordinates (Wikipedia)")

moy = (73.35437, 47.21968)
ln("rail_china_urumqi_jinghe", "Ürümqi–Jinghe railway", {"zh": "乌鲁木齐—精河"},
   [P["urumqi"], G("Usu", "CN"), P["jinghe"]], ["urumqi", "jinghe"], ["CHN"],
   [ev("2015-07-29", op, ["astana_khorgos"], "in use by China–Europe trains")], "Northern Xinjiang main line.", gauge_mm=[1435])
ln("rail_jinghe_alashankou", "Jinghe–Alashankou railway", {"zh": "精河—阿拉山口"}, [P["jinghe"], P["alashankou"]],
   ["jinghe", "alashankou"], ["CHN"], [ev("2016", op, ["index_dostyk"], "in use")], "Line to the Alashankou gateway.",
   gauge_mm=[1435])
ln("rail_alashankou_dostyk", "Alashankou–Dostyk border link", {"zh": "阿拉山口—多斯特克", "kk": "Достық"},
   [P["alashankou"], P["dostyk_alashankou_border"], P["dostyk"]], ["alashankou", "dostyk_alashankou_border", "dostyk"],
   ["CHN", "KAZ"], [ev("2016", op, ["index_dostyk"], "both gauges reach Dostyk")], "Cross-border tracks of both gauges.",
   gauge_mm=[1520, 1435])
ln("rail_jinghe_khorgos", "Jinghe–Khorgos railway", {"zh": "精河—霍尔果斯"}, [P["jinghe"], (81.5, 44.35), P["khorgos_cn"]],
   ["jinghe", "khorgos_cn"], ["CHN"], [ev("2015-07-29", op, ["astana_khorgos"], "in use")], "Line to the Khorgos gateway.",
   gauge_mm=[1435])
ln("rail_khorgos_altynkol", "Khorgos–Altynkol border link", {"zh": "霍尔果斯", "kk": "Алтынкөл"},
   [P["khorgos_cn"], P["altynkol_khorgos_border"], altynkol], ["khorgos_cn", "altynkol_khorgos_border", "altynkol"],
   ["CHN", "KAZ"], [ev("2015-07-29", op, ["astana_khorgos"], "first train")], "Cross-border tracks.", gauge_mm=[1520, 1435])
ln("rail_altynkol_zhetygen", "Altynkol–Zhetygen railway", {"kk": "Алтынкөл—Жетіген"},
   [altynkol, G("Zharkent", "KZ"), (78.6, 43.85), (77.9, 43.75), P["zhetygen"]], ["altynkol", "zhetygen"], ["KAZ"],
   [ev("2011-12", op, ["astana_khorgos", "dlg_zhetygen"], "opened")],
   "Second China–Kazakhstan rail link (Khorgos).",
   length={"value": 293, "min": 293, "max": 298, "unit": "km", "sources": ["astana_khorgos", "dlg_zhetygen"],
           "note": "293 km (facts compilation) vs 298 km (planning figure, DAMU)"})
ln("rail_zhetygen_aktogay", "Turksib: Zhetygen–Ushtobe–Aktogay", {"kk": "Түрксіб", "ru": "Турксиб"},
   [P["zhetygen"], G("Ushtobe", "KZ"), (78.9, 46.0), P["aktogay"]], ["zhetygen", "aktogay"], ["KAZ"],
   [ev("2011-12", op, ["astana_khorgos"], "carries Khorgos traffic north")], "Turkestan–Siberia main line.",
   notes="Opening date of the Turksib (1930) is not recorded here: not in the sources read.")
ln("rail_dostyk_aktogay_moyinty", "Dostyk–Aktogay–Moyinty railway", {"kk": "Достық—Мойынты", "ru": "Достык — Мойынты"},
   [P["dostyk"], (81.0, 46.25), P["aktogay"], (77.6, 46.85), (76.0, 46.75), (74.5, 46.95), moy],
   ["dostyk", "aktogay", "moyinty"], ["KAZ"],
   [ev("2024-07-01", op, ["trend_dm24"], "single-track line in service (12 train pairs a day) while the 836 km "
       "second track was being built alongside it; the first track's opening year is not recorded here"),
    ev("2025-09-30", op, ["kazinform_dm"], "second track opened: 12 -> 60 train pairs a day")],
   "Main line from the Dostyk gateway towards central Kazakhstan (now double track).",
   length={"value": 836, "unit": "km", "sources": ["kazinform_dm"]},
   capacity=[{"value": 60, "unit": "trains/d", "commodity": "containers", "basis": "design", "sources": ["kazinform_dm"],
              "note": "train pairs per day after the second track (was 12)"}],
   tags=["middle_corridor", "northern_alternative"],
   geometry_note="schematic: straight legs via Aktogay and the north shore of Lake Balkhash (unnamed vertices)")
ln("rail_moyinty_zhezkazgan", "Moyinty–Zharyk–Zhezkazgan railway", {"kk": "Мойынты—Жарық—Жезқазған"},
   [moy, G("Zharyk", "KZ"), P["zhezkazgan"]], ["moyinty", "zhezkazgan"], ["KAZ"],
   [ev("2014-08-22", op, ["railturkey_zb"], "through route to the Caspian once Zhezkazgan–Beyneu opened")],
   "Link from the Dostyk line to Zhezkazgan via Zharyk.",
   notes="Assumption: routing via Zharyk (the junction of the Zhezkazgan line with the Karaganda–Moyinty line) is not "
         "stated in the sources read.")
ln("rail_zhezkazgan_beyneu", "Zhezkazgan–Saksaulskaya–Shalkar–Beyneu railway", {"kk": "Жезқазған—Бейнеу"},
   [P["zhezkazgan"], G("Saksaul'skiy", "KZ"), G("Shalkar", "KZ", 608359), (57.5, 46.3), P["beyneu"]],
   ["zhezkazgan", "beyneu"], ["KAZ"], [ev("2014-08-22", op, ["turkpa_zb", "railturkey_zb"], "commissioned")],
   "The 2014 east–west line that shortened China–Caspian routes by about 1,000 km.",
   notes="The 988 km new-build consists of Zhezkazgan–Saksaulskaya and Shalkar–Beyneu; this feature includes the existing "
         "Saksaulskaya–Shalkar section between them, so no official length is recorded.")
ln("rail_beyneu_mangistau", "Beyneu–Mangistau railway", {"kk": "Бейнеу—Маңғыстау"}, [P["beyneu"], (53.5, 44.4), P["mangistau"]],
   ["beyneu", "mangistau"], ["KAZ"], [ev("2014-08-22", op, ["turkpa_zb"], "in use")], "Line to the Caspian ports.")
ln("rail_mangistau_aktau_port", "Mangistau–Aktau port railway", {"kk": "Ақтау порты"}, [P["mangistau"], P["aktau_port"]],
   ["mangistau", "aktau_port"], ["KAZ"], [ev("2024-09", op, ["aktau_cap"], "in use")], "Port access.")
ln("rail_mangistau_kuryk_port", "Mangistau–Kuryk port railway", {"kk": "Құрық порты"},
   [P["mangistau"], (51.6, 43.35), P["kuryk_port"]], ["mangistau", "kuryk_port"], ["KAZ"],
   [ev("2017-03", op, ["kuryk_cap"], "ferry complex rail access")], "Rail access to the Kuryk ferry complex.")


def sea(lid, a, b, countries, timeline, notes, via=None, **kw):
    if via:
        coords = [P[a], *via, P["alat_port_xy"]]
        gnote = ("open-water route drawn through the named vertices, clear of the Absheron peninsula (searoute's Caspian "
                 "graph detours ~150 km here); schematic")
    else:
        f = sr.searoute(list(P[a]), list(P["alat_port_xy"]), units="km", append_orig_dest=True)
        coords = [tuple(c) for c in f["geometry"]["coordinates"]]
        gnote = "searoute 1.6 marine network (stays in the Caspian)"
    B.line(coords, id=lid, kind="sea_link", mode="sea",
           commodities=["containers", "general_cargo", "vehicles"], countries=countries, status=op,
           status_date=timeline[-1]["date"], timeline=timeline, nodes=[a, b], tags=["middle_corridor", "maritime"],
           geometry_accuracy="schematic", geometry_note=gnote, notes=notes,
           extra=("naturalearth", "porteco_ferry"), **kw)


P["alat_port_xy"] = (49.416, 39.931)
VIA = [(50.5, 40.1), (49.75, 39.80)]
sea("sea_aktau_alat", "aktau_port", "alat_port", ["KAZ", "AZE"], [ev("2018-05-14", op, ["sudo_kuryk"], "ferries to Alat")],
    notes="Crossing Baku -> Aktau 22 h (Sudohodstvo via facts compilation).", name="Aktau – Alat (Baku) ferry",
    names={"kk": "Ақтау—Баку", "az": "Aktau—Ələt"}, description="Trans-Caspian rail ferry and feeder link.",
    via=[(50.9, 43.2)] + VIA)
sea("sea_kuryk_alat", "kuryk_port", "alat_port", ["KAZ", "AZE"], [ev("2017-03", op, ["sudo_kuryk"], "ferries to Baku")],
    notes="Crossing Baku -> Kuryk 18 h (Sudohodstvo via facts compilation).", name="Kuryk – Alat (Baku) ferry",
    names={"kk": "Құрық—Баку", "az": "Kuryk—Ələt"}, description="Trans-Caspian rail ferry link.",
    via=[(51.2, 42.6)] + VIA)
sea("sea_turkmenbashi_alat", "turkmenbashi_port", "alat_port", ["TKM", "AZE"],
    [ev("1963", op, ["eurasia_ferry"], "Baku–Krasnovodsk ferry since 1962/63"),
     ev("2018-05-02", op, ["tm_port"], "new Turkmenbashi port")],
    "About 12 h (eurasia.travel). The published 306–343 km are Baku–Turkmenbashi; Alat lies ~50 km closer.",
    name="Turkmenbashi – Alat (Baku) ferry", names={"tk": "Türkmenbaşy—Baku", "az": "Türkmənbaşı—Ələt"},
    length={"value": 306, "min": 306, "max": 343, "unit": "km", "sources": ["eurasia_ferry", "azerbaijans_ferry"]},
    description="The oldest Caspian rail-ferry route.")
B.features[:] = [f for f in B.features if f["properties"]["id"] != "alat_port_xy"]
# ---- second group (east_ext.py, digitised by a helper session): keep what this script does not define itself
EXT_KEEP = ["xian", "lanzhou", "almaty", "shu", "arys", "tashkent", "shalkar", "zhanaozen", "borzhakty", "bereket",
            "ashgabat", "tejen", "turkmenabat", "saryagash_border", "bolashak_serhetyaka_border", "serakhs_border",
            "incheh_burun_border", "rail_xian_lanzhou", "rail_lanzhou_urumqi", "rail_zhetygen_almaty", "rail_almaty_shu",
            "rail_shu_arys", "rail_arys_tashkent", "rail_arys_shalkar", "rail_shalkar_beyneu", "rail_mangyshlak_zhanaozen",
            "rail_zhanaozen_bolashak", "rail_serhetyaka_bereket", "rail_bereket_incheh_burun", "rail_turkmenbashi_bereket",
            "rail_bereket_ashgabat", "rail_ashgabat_tejen", "rail_tejen_turkmenabat", "rail_tejen_serakhs"]
RENAME = {"mangyshlak": "mangistau"}  # same GeoNames point (Mangyshlak junction) under this file's id
SCHEMATIC = {"rail_lanzhou_urumqi": "Straight legs between the named towns cut the Hexi corridor's and the Tian Shan "
                                    "foothills' bends: the drawn line is ~8% shorter than the official 1,904 km, so it is "
                                    "labelled schematic."}
import runpy  # noqa: E402

_ext = runpy.run_path(str(Path(__file__).resolve().parent / "east_ext.py"))
_by = {f["properties"]["id"]: f for f in _ext["feats"]}
assert not set(EXT_KEEP) & {f["properties"]["id"] for f in B.features}
for fid in EXT_KEEP:
    f = _by[fid]
    p = f["properties"]
    if p.get("nodes"):
        p["nodes"] = [RENAME.get(n, n) for n in p["nodes"]]
    if fid in SCHEMATIC:
        p["geometry_accuracy"] = "schematic"
        p["geometry_note"] = p.get("geometry_note", "") + " " + SCHEMATIC[fid]
    if fid == "rail_mangyshlak_zhanaozen":
        p["id"] = "rail_mangistau_zhanaozen"
    if p.get("nodes"):  # end vertices on this file's node positions where both files define the node
        cc = f["geometry"]["coordinates"]
        for i, n in ((0, p["nodes"][0]), (-1, p["nodes"][-1])):
            if n in P:
                cc[i] = [round(P[n][0], 5), round(P[n][1], 5)]
    B.features.append(f)
write(ROOT / "layers" / "data" / "curated" / "middle_corridor_east.geojson", B.features)
for f in B.features:
    if f["geometry"]["type"] == "LineString":
        p = f["properties"]
        print(f"{p['id']:34s} {line_km(f['geometry']['coordinates']):8.1f} {(p.get('length') or {}).get('value', '')}")
