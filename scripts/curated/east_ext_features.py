# executed inside build.py (shares its namespace)
GN_NOTE = "Named control points are GeoNames town coordinates (geonameid in the waypoint name) or published coordinates; unnamed vertices added where the line bends; straight between them"
LENTAB = []
PT = {}

def G(name, cc, gid=None):
    lon, lat, g, n = gn(name, cc, gid)
    return (lon, lat, g, n)

def point(id, name, names, kind, cc3, lonlat, wpname, wpsrc, timeline, desc, tags=T_MC, mode=None, commodities=RAILC,
          geometry_accuracy="digitised", geometry_note=None, extra=(), **kw):
    PT[id] = lonlat
    c = country_of(*lonlat)
    assert cc3 in list(c), (id, list(c))
    p = props(id, name, kind, mode or ("multimodal" if kind in ("city", "port") else "rail"), [cc3], timeline, geometry_accuracy,
              names=names, extra_sources=tuple(extra) + ((wpsrc,) if wpsrc else ()), commodities=commodities, tags=tags,
              description=desc, geometry_note=geometry_note or f"Coordinate of {wpname}; a town/station reference point, not a surveyed facility",
              waypoints=[wp(wpname, lonlat[0], lonlat[1], wpsrc)], **kw)
    feats.append(point_feature(p, *lonlat))

def gpoint(id, name, names, kind, cc3, gname, gcc, timeline, desc, gid=None, **kw):
    lon, lat, g, n = G(gname, gcc, gid)
    kw.setdefault("geometry_note", f"GeoNames coordinate of {n} (geonameid {g}); town/city centre, not a surveyed station")
    point(id, name, names, kind, cc3, (lon, lat), f"{n} (GeoNames {g})", "geonames", timeline, desc, **kw)

def border_pt(id, name, names, lonlat, countries, other, modes, delay, timeline, desc, extra=(), notes=None, capacity=None, tags=T_X):
    PT[id] = lonlat
    p = props(id, name, "border_crossing", "rail", countries, timeline, "digitised", names=names,
              extra_sources=tuple(extra) + ("naturalearth",), commodities=FREIGHT, tags=tags, capacity=capacity,
              crossing={"countries": countries, "modes": modes, "delay_h": delay, "name_other_side": other},
              description=desc, notes=notes,
              geometry_note="Placed where the digitised railway meets the Natural Earth (shipped) border between the two named stations; not a surveyed checkpoint",
              waypoints=[wp(name + " (Natural Earth border)", lonlat[0], lonlat[1], "naturalearth")])
    feats.append(point_feature(p, *lonlat))

def rline(id, name, names, items, countries, nodes, timeline, desc, gauge=[1520], length=None, capacity=None, tags=T_MC,
          electrified=None, tracks=None, geometry_accuracy="digitised", geometry_note=None, extra=(), commodities=RAILC, **kw):
    coords, wps, _ = route(items)
    # snap ends to node coordinates
    coords[0] = PT[nodes[0]]; coords[-1] = PT[nodes[-1]]
    p = props(id, name, "rail_line", "rail", countries, timeline, geometry_accuracy, names=names,
              extra_sources=tuple(extra) + tuple({w["source"] for w in wps}), commodities=commodities, tags=tags,
              gauge_mm=gauge, electrified=electrified, tracks=tracks, nodes=nodes, length=length, capacity=capacity,
              description=desc, geometry_note=geometry_note or GN_NOTE, waypoints=wps, **kw)
    f = line_feature(p, coords); feats.append(f)
    L = line_km(f["geometry"]["coordinates"])
    LENTAB.append((id, round(L, 1), length["value"] if length else None))
    return f

def g(label, name, cc, gid=None):
    return ('g', label, name, cc) + ((gid,) if gid else ())
def P(label, id, srcid):
    return ('p', label, PT[id][0], PT[id][1], srcid)
def v(x, y): return ('v', x, y)

# =============================== POINTS ===============================
NOW = "2025-09"
gpoint("xian", "Xi'an", {"zh": "西安"}, "city", "CHN", "Xian", "CN",
       [ev("2017-07-09", "operational", ["baolan"], note="Xi'an–Baoji–Lanzhou high-speed link completed; conventional Longhai line also serves Xi'an")],
       "Capital of Shaanxi; eastern railhead of the China–Central Asia/Europe rail corridor used in this dataset (Longhai and Lanxin lines westwards). Many China–Europe trains (Chang'an) are formed here.",
       notes="Xi'an as a China–Europe train origin is stated from general knowledge (memory, unverified).")
gpoint("lanzhou", "Lanzhou", {"zh": "兰州"}, "junction", "CHN", "Lanzhou", "CN",
       [ev("1966", "operational", ["lanxin"], note="Lanxin railway to Ürümqi opened 1966"), ev("2024-01", "operational", ["lanxin"], note="junction of the Lanzhou–Qinghai, Baotou–Lanzhou, Longhai and Lanxin railways")],
       "Railway junction in Gansu where the Longhai railway from Xi'an meets the Lanzhou–Xinjiang (Lanxin) railway to Ürümqi.")
gpoint("urumqi", "Ürümqi", {"zh": "乌鲁木齐"}, "junction", "CHN", "Urumqi", "CN",
       [ev("1966", "operational", ["lanxin"], note="Lanxin railway reached Ürümqi (completed 1962, opened 1966)"), ev("1992", "operational", ["nxr"], note="Northern Xinjiang railway to Alashankou opened")],
       "Capital of Xinjiang; western end of the Lanxin railway and start of the Northern Xinjiang railway to the Kazakh border at Alashankou (and, via Jinghe, Khorgos).")
gpoint("jinghe", "Jinghe", {"zh": "精河"}, "junction", "CHN", "Jing", "CN",
       [ev("1992", "operational", ["nxr"]), ev("2009-12", "operational", ["jyh"], note="Jinghe–Yining–Khorgos branch opened (trial operation)")],
       "Rail junction in Bortala prefecture where the Jinghe–Yining–Khorgos line branches from the Northern Xinjiang railway towards the Khorgos border.",
       gid=13312467, geometry_note="GeoNames coordinate of 'Jing' (geonameid 13312467, Jinghe county seat); not a surveyed station")
ALA = (82.6139, 45.1742)
point("alashankou", "Alashankou", {"zh": "阿拉山口"}, "station", "CHN", ALA, "Alashankou station (GeoNames 8521719 shifted, see note)", "geonames",
      [ev("1990-09-12", "operational", ["lanxin", "dostyk_wiki"], note="rail link to Kazakhstan completed"), ev("1992", "operational", ["nxr"], note="Northern Xinjiang railway opened")],
      "Chinese rail border station (1,435 mm) at the Dzungarian Gate (Alataw Pass) opposite Dostyk, Kazakhstan; gauge change 1,435/1,520 mm with the Kazakh side.",
      geometry_note="GeoNames Alashankou (geonameid 8521719, 82.56981 E 45.17018 N) falls on the Kazakh side of the Natural Earth 10m border, so the point was moved ~3.5 km south-east along the railway direction to lie inside China; approximate")
point("dostyk", "Dostyk", {"kk": "Достық", "ru": "Достык"}, "station", "KAZ", (82.4839, 45.2522), "Dostyk station (index1520)", "index_dostyk",
      [ev("1959", "operational", ["dewiki_ad", "dostyk_wiki"], note="railway from Aktogay reached Druzhba (Dostyk)"),
       ev("1990-09-12", "operational", ["dostyk_wiki"], note="link to China completed"),
       ev("2025-09-30", "operational", ["kazinform_dm"], note="second track Dostyk–Moyinty launched")],
      "Kazakh rail border station (1,520 mm) opposite Alashankou; transshipment / bogie exchange for the break of gauge with China.",
      capacity=[cap(15, "trains/d", "containers", "design", ["index_dostyk"], note="15 trains/day on 1,520 mm tracks, 12 on 1,435 mm; 760 TEU/day (index1520)"),
                cap(20, "Mt/y", "general_cargo", "design", ["silkroad16"], as_of="2016", note="Alashankou–Dostyk passage annual capacity")],
      geometry_note="Published station coordinate (index1520 via facts file)")
point("khorgos_cn", "Khorgos (China)", {"zh": "霍尔果斯"}, "station", "CHN", (80.4097, 44.2125), "Khorgos city (Wikipedia, facts file)", "khorgos_cn_wiki",
      [ev("2012-12-22", "operational", ["khorgas_wiki"], note="first regular trains across the border"), ev("2013-12", "operational", ["jyh"], note="Ürümqi–Yining passenger train extended to Khorgos")],
      "Chinese border city and rail port on the Jinghe–Yining–Khorgos line (1,435 mm), opposite Altynkol (Kazakhstan).",
      geometry_note="Published coordinate of Khorgos city (facts file); the rail station itself was not located")
point("altynkol", "Altynkol", {"kk": "Алтынкөл", "ru": "Алтынколь"}, "station", "KAZ", (80.300, 44.165), "Khorgos Gateway / Altynkol rail yard (weak source)", "astana_khorgos",
      [ev("2011-12", "operational", ["jyh", "oceansky"], note="Zhetygen–Altynkol railway completed"), ev("2012-12-22", "operational", ["khorgas_wiki"]),
       ev("2025-12", "operational", ["astana_khorgos"], note=">372,000 TEU handled by Khorgos Gateway in 2025")],
      "Kazakh border station (1,520 mm) opposite Khorgos, adjoining the Khorgos Gateway dry port (container transshipment between gauges).",
      capacity=[cap(372000, "TEU/y", "containers", "actual_throughput", ["astana_khorgos"], as_of="2025", note="Khorgos Gateway dry port, 2025 (>372,000 TEU)")],
      geometry_note="Khorgos Gateway rail-yard coordinate 44.165 N 80.300 E from a weak source (whereongoogleearth.net via facts file); approximate")
gpoint("almaty", "Almaty", {"kk": "Алматы", "ru": "Алматы"}, "city", "KAZ", "Almaty", "KZ",
       [ev("1930-04-21", "operational", ["turksib"], note="Turksib opened")],
       "Largest city of Kazakhstan on the Turksib; trains to/from Altynkol join the Turksib at Zhetygen north of the city.",
       notes="Node at the GeoNames city centre; Almaty-1 station lies ~10 km north (not located). An Almaty bypass line (75 km, 2024–2025) was reported under construction (Trend 2025-09); its status in 2026 not verified.")
ZHG = (77.10, 43.70)
point("zhetygen", "Zhetygen (Alatau)", {"kk": "Жетіген", "ru": "Жетыген"}, "junction", "KAZ", ZHG, "Zhetygen (approximate, see note)", "alatau",
      [ev("1930-04-21", "operational", ["turksib", "alatau"], note="on the Turksib"), ev("2011-12", "operational", ["oceansky", "jyh"], note="Zhetygen–Altynkol line completed")],
      "Junction on the Turksib ~50 km north of Almaty where the 293 km line to Altynkol (Khorgos) begins. Town renamed Alatau in 2024.",
      geometry_accuracy="schematic", geometry_note="Approximate: the source gives ~50 km north of Almaty and an air base near Zhetigen at 43.733 N 77.117 E; placed at 43.70 N 77.10 E (assumption)")
gpoint("aktogay", "Aktogay", {"kk": "Ақтоғай", "ru": "Актогай"}, "junction", "KAZ", "Aktogay", "KZ",
       [ev("1930-04-21", "operational", ["turksib"]), ev("1959", "operational", ["dewiki_ad"], note="Aktogay–Druzhba line completed"), ev("2025-09-30", "operational", ["kazinform_dm"])],
       "Turksib junction where the lines to Dostyk (China border) and to Moyinty via Balkhash leave the Turksib.")
gpoint("shu", "Shu", {"kk": "Шу", "ru": "Шу"}, "junction", "KAZ", "Shu", "KZ",
       [ev("1930-04-21", "operational", ["turksib"])],
       "Turksib junction where the Trans-Kazakhstan line to Moyinty/Astana leaves the Turksib (Almaty–Arys).")
gpoint("arys", "Arys", {"kk": "Арыс", "ru": "Арыс"}, "junction", "KAZ", "Arys", "KZ",
       [ev("1906", "operational", ["turksib_de"], note="Trans-Aral railway Orenburg–Tashkent completed"), ev("1930-04-21", "operational", ["turksib"])],
       "Junction where the Turksib meets the Trans-Aral (Orenburg–Tashkent) railway: lines to Tashkent, to Kyzylorda/Aral and to Shymkent/Almaty.")
gpoint("tashkent", "Tashkent", {"uz": "Toshkent", "ru": "Ташкент"}, "city", "UZB", "Tashkent", "UZ",
       [ev("1906", "operational", ["turksib_de"], note="Orenburg–Tashkent railway completed")],
       "Capital of Uzbekistan; rail hub on the Trans-Aral/Trans-Caspian network.")
gpoint("shalkar", "Shalkar", {"kk": "Шалқар", "ru": "Шалкар"}, "junction", "KAZ", "Shalkar", "KZ",
       [ev("1906", "operational", ["turksib_de"], note="on the Orenburg–Tashkent railway"), ev("2014-08-22", "operational", ["turkpa", "zakon_sb"], note="Shalkar–Beyneu line commissioned")],
       "Station on the Orenburg–Tashkent railway where the Shalkar–Beyneu section (2014) of the Zhezkazgan–Beyneu line starts.")
gpoint("beyneu", "Beyneu", {"kk": "Бейнеу", "ru": "Бейнеу"}, "junction", "KAZ", "Beyneu", "KZ",
       [ev("2014-08-22", "operational", ["turkpa"], note="Zhezkazgan–Beyneu line commissioned")],
       "Rail junction in Mangystau where the Shalkar–Beyneu line (2014) meets the line from Atyrau/Makat to Mangyshlak (Aktau).")
gpoint("mangyshlak", "Mangyshlak (Mangystau station)", {"kk": "Маңғыстау", "ru": "Мангышлак"}, "junction", "KAZ", "Mangistau", "KZ",
       [ev("2013-05-11", "operational", ["inform_bs"], note="Mangyshlak–Uzen–Bolashak section equipped (fibre optics)")],
       "Rail junction east of Aktau: nearest station to Aktau port; lines to Beyneu and to Zhanaozen (Uzen)/Kuryk.",
       extra=("aktau_de", "bm404"), geometry_note="GeoNames coordinate of the settlement Mangistau (geonameid 608880), taken as the Mangyshlak station area")
AKP = (51.232, 43.600)
point("aktau_port", "Port of Aktau", {"kk": "Ақтау теңіз порты", "ru": "Порт Актау"}, "port", "KAZ", AKP, "Aktau port (approximate, on the shore SE of the city centre)", "aktau_de",
      [ev("1963", "operational", ["tengri_aktau"], note="port constructed"), ev("2023-09-21", "operational", ["portnews"], note="status of seaport of international importance")],
      "Kazakhstan's main Caspian port (oil, dry cargo, grain, ferry berth) and a TITR ferry terminal for Alat/Baku.",
      tags=T_PORT, commodities=["containers", "general_cargo", "oil", "oil_products", "vehicles"],
      capacity=[cap(11, "Mt/y", "general_cargo", "current", ["astana_aktau"], as_of="2024-09", note=">11 Mt/y total (Sep 2024)"),
                cap(7.5, "Mt/y", "oil", "design", ["portnews"], note="three oil berths"),
                cap(3.8, "Mt/y", "general_cargo", "actual_throughput", ["portnews"], as_of="2022", note="all cargo handled 2022"),
                cap(300000, "TEU/y", "containers", "planned", ["portnews"], note="container hub planned for 2025; not verified as completed")],
      geometry_accuracy="schematic",
      geometry_note="Port coordinates not found; placed on the Natural Earth shoreline about 7 km south-east of the Aktau city centre (assumption: port within the city waterfront)")
gpoint("zhanaozen", "Zhanaozen (Uzen)", {"kk": "Жаңаөзен", "ru": "Жанаозен"}, "junction", "KAZ", "Zhanaozen", "KZ",
       [ev("2013-05-11", "operational", ["inform_bs", "tdn_bs"], note="Uzen–Bolashak line opened")],
       "Oil town and rail junction (Uzen station) where the Uzen–Bolashak line to Turkmenistan begins (KTI North–South corridor).")
BORZ = (51.85, 43.27)
point("borzhakty", "Borzhakty", {"ru": "Боржакты"}, "junction", "KAZ", BORZ, "Borzhakty (approximate, see note)", "rg_kuryk",
      [ev("2015-07-02", "operational", ["rg_kuryk"], note="Borzhakty–Ersai branch opened")],
      "Station on the Aktau (Mangyshlak)–Uzen line where the branch to Ersai and Kuryk port leaves.",
      geometry_accuracy="schematic",
      geometry_note="Location not found; placed on the schematic Mangyshlak–Zhanaozen line ~25 km north of the assumed Kuryk port position, consistent with the 13.9 km Borzhakty–Ersai + 13 km Ersai–port branch (assumption)")
KUP = (51.785, 43.030)
point("kuryk_port", "Port of Kuryk (ferry complex)", {"kk": "Құрық порты", "ru": "Порт Курык"}, "port", "KAZ", KUP, "Kuryk port (approximate, ~18 km SE of Kuryk village on the shore)", "arnika",
      [ev("2015-04", "under_construction", ["inform_nz", "oreanda_kuryk"], note="ferry complex construction started April 2015"),
       ev("2016-12", "operational", ["inform_kuryk17"], note="first launch complex (rail ferry berth) in operation"),
       ev("2018-08-11", "operational", ["kuryk_de"], note="second stage (automotive ferry complex) opened")],
      "Ferry port ~20 km from Kuryk village, south of Aktau, for rail and truck ferries to Alat (Baku); part of the Trans-Caspian International Transport Route.",
      tags=T_PORT, commodities=["containers", "general_cargo", "vehicles", "oil_products"],
      capacity=[cap(6, "Mt/y", "general_cargo", "design", ["qaztv_kuryk", "astana_kuryk"], note="2 rail + 2 automobile docks; rail berth 4.1 (Astana Times) / 4 Mt/y (Kazinform)"),
                cap(20000, "vehicles/d", "vehicles", "design", ["qaztv_kuryk"], mn=0, note="car ferry terminal: up to 20,000 vehicles per YEAR (unit vehicles/y not available in the schema; value given per year, see note)", assumption=False)] if False else
               [cap(6, "Mt/y", "general_cargo", "design", ["qaztv_kuryk", "astana_kuryk"], note="2 rail + 2 automobile docks; rail berth 4.1 (Astana Times) / 4 Mt/y (Kazinform)"),
                cap(1.8, "Mt/y", "general_cargo", "actual_throughput", ["astana_kuryk"], as_of="2022")],
      geometry_accuracy="schematic",
      geometry_note="Port coordinates not found: Kuryk village is at 43°12′N 51°39′E and the port is ~20 km from the village (Arnika); placed on the Natural Earth shoreline ~18 km south-east of the village (assumption)",
      notes="Car ferry terminal handles up to 20,000 vehicles a year (Qazaq TV).")
point("turkmenbashi_port", "Turkmenbashi International Seaport", {"tk": "Türkmenbaşy halkara deňiz porty", "ru": "Туркменбашинский международный морской порт"}, "port", "TKM", (53.03, 40.00),
      "Turkmenbashi International Seaport (Wikipedia, facts file)", "osm_tm",
      [ev("2018-05-02", "operational", ["today_tm", "tdh_tm"], note="new international seaport opened")],
      "Turkmenistan's Caspian port (ferry, container, general cargo and oil) at the western end of the Trans-Caspian railway; ferries to Baku/Alat.",
      tags=T_PORT, commodities=["containers", "general_cargo", "oil_products", "vehicles", "passengers"],
      capacity=[cap(17, "Mt/y", "general_cargo", "design", ["today_tm", "tdh_tm"], mn=17, mx=18, note="17 Mt/y excluding oil products; 17–18 quoted"),
                cap(400000, "TEU/y", "containers", "design", ["tdh_tm"]), cap(300000, "pax/y", "passengers", "design", ["tdh_tm"], note="ferry terminal")],
      geometry_note="Published port coordinate 40.00 N 53.03 E (facts file)")
gpoint("bereket", "Bereket", {"tk": "Bereket", "ru": "Берекет"}, "junction", "TKM", "Bereket", "TM",
       [ev("2013-05", "operational", ["eurail_bs", "eurasia_bereket"], note="North–South line from Serhetyaka via Bereket to Etrek completed"), ev("2014-12-03", "operational", ["tass_kti", "railturkey_kti"])],
       "Junction (formerly Kazanjyk/Gazanjyk) where the Kazakhstan–Turkmenistan–Iran North–South railway crosses the Trans-Caspian railway Turkmenbashi–Ashgabat.")
gpoint("ashgabat", "Ashgabat", {"tk": "Aşgabat", "ru": "Ашхабад"}, "city", "TKM", "Ashgabat", "TM",
       [ev("2017-08", "operational", ["tmrail_wiki"], note="on the Türkmenabat–Ashgabat–Bereket–Türkmenbaşy main line")],
       "Capital of Turkmenistan on the Trans-Caspian railway; the Trans-Karakum line to Daşoguz also starts here.",
       extra=("trcasp",))
gpoint("tejen", "Tejen", {"tk": "Tejen", "ru": "Теджен"}, "junction", "TKM", "Tejen", "TM",
       [ev("1996", "operational", ["tmrail_wiki", "tm_it"], note="Tejen–Serakhs line to Iran completed")],
       "Junction on the Ashgabat–Mary main line where the line to Sarahs and the Iranian border (Mashhad) branches (triangle junction).")
gpoint("turkmenabat", "Türkmenabat", {"tk": "Türkmenabat", "ru": "Туркменабат"}, "city", "TKM", "Turkmenabat", "TM",
       [ev("2017-08", "operational", ["tmrail_wiki"])],
       "City on the Amu Darya at the eastern end of the Turkmen main line, near the border with Uzbekistan (Farap).", extra=("tm_it",))

# ----- border crossings -----
DAB = border_point(PT["dostyk"], PT["alashankou"], "KAZ")
border_pt("dostyk_alashankou_border", "Dostyk–Alashankou rail border crossing", {"kk": "Достық — Алашанькоу", "ru": "Достык — Алашанькоу"}, DAB, ["KAZ", "CHN"],
          "Alashankou (Xinjiang, China)", ["rail"],
          qty(4.25, "h", ["silkroad16", "xinhua_ala25", "rf_dostyk", "gca_2020"], mn=4.25, mx=72, note="Train processing at Dostyk 4 h 15 min (down from 9 h, 2016); outbound customs at Alashankou can take 20 min (2025). Upper bound is an assumption for congested periods: queues of 55 trains (RailFreight) and ~3,500 held wagons (2020) imply waits of days"),
          [ev("1990-09-12", "operational", ["dostyk_wiki", "lanxin"]), ev("2025-09-30", "operational", ["kazinform_dm"], note="second track Dostyk–Moyinty launched, volumes through the crossing expected to rise fivefold")],
          "Main China–Kazakhstan rail crossing at the Dzungarian Gate: break of gauge 1,435 mm (China) / 1,520 mm (Kazakhstan), with transshipment at Dostyk and Alashankou.",
          extra=("index_dostyk", "oceansky", "ktz_altynkol", "silkroad16"),
          capacity=[cap(20, "Mt/y", "general_cargo", "design", ["silkroad16"], as_of="2016")],
          notes="Both KZ–CN crossings carried 16.2 Mt in Jan–Jul 2023 (KTZ). >156 Mt crossed Dostyk–Alashankou 1991–2012 (Oceansky).")
AKB = border_point(PT["altynkol"], PT["khorgos_cn"], "KAZ")
border_pt("altynkol_khorgos_border", "Altynkol–Khorgos rail border crossing", {"kk": "Алтынкөл — Қорғас", "zh": "霍尔果斯"}, AKB, ["KAZ", "CHN"],
          "Khorgos (Xinjiang, China)", ["rail"],
          qty(24, "h", [], mn=12, mx=72, assumption=True, note="Assumption: no published average found; break of gauge 1,435/1,520 mm (container transshipment by gantry cranes at Khorgos Gateway) plus customs; about a day assumed (memory, unverified)"),
          [ev("2012-12-22", "operational", ["khorgas_wiki"], note="first regular trains; tracks joined 2 Dec 2012"), ev("2023-07", "operational", ["ktz_altynkol"], note=">7 Mt in 7M2023 (+30%)")],
          "Second China–Kazakhstan rail crossing (opened Dec 2012) between Khorgos and Altynkol; break of gauge 1,435 / 1,520 mm with transshipment at the Khorgos Gateway dry port.",
          extra=("oceansky", "astana_khorgos"),
          capacity=[cap(15, "Mt/y", "general_cargo", "design", ["khorgas_wiki"], note="expected initially; 30 Mt/y long-run"),
                    cap(7, "Mt", "general_cargo", "actual_throughput", ["ktz_altynkol"], as_of="2023-07", note="Jan–Jul 2023 (7 months), not annual") ] if False else
                   [cap(15, "Mt/y", "general_cargo", "design", ["khorgas_wiki", "oceansky"], mn=10, mx=30, note="10 Mt (2015) / 15 Mt (2020) planned turnover; 15 initially, 30 long-run")],
          notes="Jan–Jul 2023: >7 Mt via Altynkol–Khorgos (KTZ).")
SGB = border_point(G("Saryagash", "KZ")[:2], G("Tashkent", "UZ")[:2], "KAZ")
border_pt("saryagash_border", "Saryagash–Keles rail border crossing", {"kk": "Сарыағаш", "uz": "Keles", "ru": "Сарыагаш — Келес"}, SGB, ["KAZ", "UZB"],
          "Keles (Tashkent region, Uzbekistan)", ["rail"],
          qty(12, "h", [], mn=4, mx=48, assumption=True, note="Assumption: no published figure; exporters complain of delays at Saryagash (Kursiv 2022) and a bypass is being built to relieve it (Trend 2025); half a day assumed"),
          [ev("1906", "operational", ["turksib_de"], note="Orenburg–Tashkent railway (then internal)"), ev("2019-07-30", "operational", ["inform_keles"], note="Keles listed as an interstate division point"),
           ev("2025-07-21", "operational", ["trend_saryagash"], note="Darbaza–Maktaaral bypass under construction to ease the Saryagash bottleneck")],
          "Main KZ–UZ rail crossing on the Arys–Tashkent line (Saryagash, KZ / Keles, UZ), a known bottleneck for southbound freight.",
          extra=("kursiv_dm",))
BSB = border_point(G("Zhanaozen", "KZ")[:2], G("Gyzylgaya", "TM")[:2], "KAZ")
border_pt("bolashak_serhetyaka_border", "Bolashak–Serhetyaka rail border crossing", {"kk": "Болашақ", "tk": "Serhetýaka", "ru": "Болашак — Серхетяка"}, BSB, ["KAZ", "TKM"],
          "Serhetyaka (Balkan province, Turkmenistan)", ["rail"],
          qty(12, "h", [], mn=4, mx=48, assumption=True, note="Assumption: no published figure; same gauge (1,520 mm) on both sides, so only customs/border formalities; a joint crossing point at Bolashak was agreed in Jan 2025 to cut inspection time (Trend)"),
          [ev("2013-05-11", "operational", ["inform_bs", "eurail_bs"], note="through service opened by the two presidents"), ev("2025-01-30", "operational", ["trend_bs25"], note="joint international crossing point agreed")],
          "KZ–TM rail crossing on the Kazakhstan–Turkmenistan–Iran North–South line (Uzen–Bolashak–Serhetyaka–Bereket), same 1,520 mm gauge on both sides.",
          extra=("tdn_bs",), tags=T_X + ["instc"],
          notes="Total KZ–TM transport volume in 2024: 1.6 Mt (all crossings/modes, Trend 2025); crossing-specific figure not found.")
SRB = border_point(G("Sarahs", "TM")[:2], G("Sarakhs", "IR")[:2], "TKM")
border_pt("serakhs_border", "Sarahs–Sarakhs rail border crossing", {"tk": "Sarahs", "fa": "سرخس", "ru": "Серахс"}, SRB, ["TKM", "IRN"],
          "Sarakhs (Razavi Khorasan, Iran)", ["rail"],
          qty(24, "h", [], mn=12, mx=72, assumption=True, note="Assumption: no published figure; break of gauge 1,520/1,435 mm with bogie exchange at Sarakhs (capacity 160–300 wagons/day per RAI 2005) plus customs; a day assumed"),
          [ev("1996", "operational", ["tmrail_wiki", "tm_it"], note="Tejen–Serakhs–Mashhad railway opened"), ev("2018", "operational", ["iranpress_sarakhs"], note="~2.3 Mt transferred via the Sarakhs line in 2018")],
          "TM–IR rail crossing on the Tejen–Sarahs–Mashhad railway (1996); break of gauge 1,520 mm (Turkmenistan) / 1,435 mm (Iran) with bogie changing on the Iranian side.",
          extra=("rg_sarakhs", "transkarakum"), tags=T_X + ["instc"],
          capacity=[cap(160, "trains/d", "general_cargo", "design", ["rg_sarakhs"], note="NOT trains: bogie-exchange capacity 160 wagons/day (to 300 with new installations), 2005; unit 'wagons/d' not available") ] if False else [],
          notes="Bogie-changing capacity at Sarakhs raised from 80 to 160 wagons/day, planned 300 (RAI, 2005). ~2.3 Mt carried via the Sarakhs line in 2018 (Iran Press).")
IBB = border_point(G("Etrek", "TM")[:2], G("Gorgan", "IR")[:2], "TKM")
border_pt("incheh_burun_border", "Etrek–Incheh Burun rail border crossing", {"tk": "Etrek", "fa": "اینچه برون", "ru": "Этрек — Инче-Бурун"}, IBB, ["TKM", "IRN"],
          "Incheh Burun (Golestan, Iran)", ["rail"],
          qty(24, "h", [], mn=12, mx=72, assumption=True, note="Assumption: no published figure; break of gauge 1,520/1,435 mm (transshipment; 200 m dual-gauge section on the Iranian side per IRNA) plus customs; a day assumed"),
          [ev("2013-05-27", "operational", ["messenger_ib"], note="Gorgan–Incheh Burun line (Iran) inaugurated"), ev("2014-12-03", "operational", ["tass_kti", "meo_kti"], note="KZ–TM–IR railway inaugurated at the border"),
           ev("2021-04", "operational", ["irna_ib"], note="Iranian wagons run to Etrek (Atrak) station")],
          "TM–IR rail crossing on the Kazakhstan–Turkmenistan–Iran North–South railway (Etrek / Akyayla – Incheh Burun); break of gauge 1,520 / 1,435 mm.",
          extra=("mehr_ib", "iranproj_ib"), tags=T_X + ["instc"],
          notes="Record average of 40–65 wagons/day loaded/unloaded at Incheh Burun (IRNA via The Iran Project). First Chinese freight train via Incheh Burun Oct 2017 (Mehr).")

# =============================== RAIL LINES ===============================
STD = [1435]
PT["moyinty"] = (73.35437, 47.21968)  # defined in north.geojson
rline("rail_xian_lanzhou", "Longhai railway: Xi'an–Lanzhou", {"zh": "陇海铁路 西安—兰州"},
      [P("Xi'an (GeoNames)", "xian", "geonames"), g("Xianyang", "Xianyang", "CN"), g("Baoji", "Baoji", "CN"), v(106.6, 34.45), g("Tianshui", "Tianshui", "CN"),
       v(105.2, 34.85), v(104.65, 35.05), g("Dingxi", "Dingxi", "CN"), P("Lanzhou (GeoNames)", "lanzhou", "geonames")],
      ["CHN"], ["xian", "lanzhou"],
      [ev("2024-01", "operational", ["lanxin"], note="Longhai railway converges with the Lanxin at Lanzhou")],
      "Western part of the Longhai trunk railway from Xi'an via Baoji and Tianshui to Lanzhou, the eastern approach to the Lanxin line used by China–Central Asia/Europe trains.",
      gauge=STD, notes="Official length of the conventional Xi'an–Lanzhou section not found. Parallel Baoji–Lanzhou high-speed line 401 km (2017) cut Xi'an–Lanzhou travel time from 6 to 3 h (Xinhua). Intermediate vertices follow the Wei river valley schematically.",
      extra=("baolan",), geometry_accuracy="digitised")
rline("rail_lanzhou_urumqi", "Lanzhou–Xinjiang (Lanxin) railway", {"zh": "兰新铁路"},
      [P("Lanzhou (GeoNames)", "lanzhou", "geonames"), v(103.55, 36.30), g("Yongdeng", "Yongdeng", "CN"), v(103.0, 36.95), v(102.87, 37.20), g("Gulang", "Gulang", "CN"), g("Wuwei", "Wuwei", "CN"),
       g("Jinchang", "Jinchang", "CN"), v(101.1, 38.75), g("Zhangye", "Zhangye", "CN"), g("Gaotai", "Gaotai", "CN"), g("Jiuquan", "Jiuquan", "CN"), g("Jiayuguan", "Jiayuguan", "CN"),
       v(97.55, 40.0), v(97.05, 40.28), v(96.3, 40.55), g("Liuyuan", "Liuyuan", "CN"), v(95.13, 41.80), v(94.4, 42.35), g("Hami", "Hami", "CN"), v(92.6, 42.75), v(91.8, 42.95), g("Shanshan", "Shanshan", "CN"), g("Turpan", "Turpan", "CN"),
       v(88.75, 43.0), g("Dabancheng", "Dabancheng", "CN"), v(87.95, 43.55), P("Ürümqi (GeoNames)", "urumqi", "geonames")],
      ["CHN"], ["lanzhou", "urumqi"],
      [ev("1952", "under_construction", ["lanxin"]), ev("1962", "under_construction", ["lanxin"], note="track completed to Ürümqi"),
       ev("1966", "operational", ["lanxin"]), ev("2006", "operational", ["lanxin"], note="fully double-tracked after the Wushaoling Tunnel")],
      "The 1,904 km Lanzhou–Ürümqi trunk line through the Hexi Corridor (Wuwei, Zhangye, Jiuquan, Jiayuguan), Hami and Turpan; the main rail route from inner China to the Kazakh border crossings.",
      gauge=STD, tracks=2, length=qty(1904, "km", ["lanxin"]),
      notes="Parallel Lanzhou–Xinjiang high-speed railway (1,776 km, 2014) is passenger-oriented and not digitised here (Xinhua). Operating speed 160 km/h.",
      extra=("baolan",))
rline("rail_urumqi_alashankou", "Northern Xinjiang railway: Ürümqi–Jinghe–Alashankou", {"zh": "北疆铁路"},
      [P("Ürümqi (GeoNames)", "urumqi", "geonames"), g("Changji", "Changji", "CN"), g("Hutubi", "Hutubi", "CN"), g("Manas", "Manas", "CN"), g("Shihezi", "Shihezi", "CN"),
       ('g', 'Kuytun', 'Kuytun', 'CN'), g("Wusu", "Wusu", "CN"), v(83.9, 44.52), P("Jinghe (GeoNames 13312467)", "jinghe", "geonames"), v(82.95, 44.85),
       P("Alashankou (shifted GeoNames)", "alashankou", "geonames")],
      ["CHN"], ["urumqi", "jinghe", "alashankou"],
      [ev("1990-09-12", "operational", ["lanxin"], note="link-up with Kazakh railways at the border"), ev("1992", "operational", ["nxr"], note="line opened"),
       ev("2009", "operational", ["nxr", "xh2009"], note="second double-track Ürümqi–Jinghe line (381.5 km) built alongside"),
       ev("2024", "operational", ["xinhua_ala25"], note="double-track upgrade Jinghe–Alashankou commissioned")],
      "Northern Xinjiang (Beijiang) railway, 460 km from Ürümqi along the north slope of the Tian Shan via Shihezi, Kuytun and Jinghe to the Alashankou border station; extends the Lanxin line to the Kazakh Turksib branch at Dostyk.",
      gauge=STD, length=qty(460, "km", ["nxr"]),
      capacity=[cap(67.1, "Mt/y", "general_cargo", "design", ["rt_wj2"], note="Second Ürümqi–Jinghe line (parallel, 381.5 km): 67.1 Mt/y rising to 91.7 Mt/y")],
      notes="Between Ürümqi and Jinghe the corridor has two lines (the 1992 line and the 381.5 km second line of 2009); digitised once. Bole (Bortala) is served but the line is drawn direct from Jinghe to Alashankou (Bole city not on the drawn line).")
rline("rail_jinghe_khorgos", "Jinghe–Yining–Khorgos railway", {"zh": "精伊霍铁路"},
      [P("Jinghe (GeoNames 13312467)", "jinghe", "geonames"), v(82.95, 44.40), v(82.80, 44.22), v(82.70, 44.05), v(82.45, 43.88), v(82.0, 43.87), g("Yining County (Jelilyüzi)", "Jelilyuzi", "CN"),
       g("Yining", "Yining", "CN"), v(81.0, 43.98), g("Huocheng", "Huocheng", "CN"), P("Khorgos (facts file)", "khorgos_cn", "khorgos_cn_wiki")],
      ["CHN"], ["jinghe", "khorgos_cn"],
      [ev("2009-12", "operational", ["jyh", "xh2009"], note="trial operation"), ev("2010-07", "operational", ["jyh"], note="passenger service to Yining"),
       ev("2012-12-22", "operational", ["khorgas_wiki"], note="through freight to Kazakhstan via Khorgos")],
      "286 km branch from the Northern Xinjiang railway at Jinghe through the Borohoro range (13 km North Tianshan Tunnel) into the Ili valley via Yining to the Khorgos border crossing.",
      gauge=STD, length=qty(286, "km", ["jyh", "xh2009"]), electrified=None,
      notes="Jinghe–Yining section electrified (first electrified railway in Xinjiang); Yining–Khorgos electrification not stated. Crossing of the Borohoro and the Kax/Ili valley drawn with unnamed schematic vertices.")
rline("rail_dostyk_aktogay", "Aktogay–Dostyk railway", {"kk": "Ақтоғай — Достық темір жолы", "ru": "Актогай — Достык"},
      [P("Dostyk station (index1520)", "dostyk", "index_dostyk"), v(82.0, 45.75), v(81.2, 46.35), v(80.3, 46.75), P("Aktogay (GeoNames)", "aktogay", "geonames")],
      ["KAZ"], ["dostyk", "aktogay"],
      [ev("1954", "under_construction", ["dewiki_ad"]), ev("1959", "operational", ["dewiki_ad"]), ev("2022-11", "operational", ["dewiki_ad", "inform_dm23"], note="second-track construction began"),
       ev("2025-09-30", "operational", ["kazinform_dm"], note="second track of Dostyk–Moyinty launched")],
      "304 km line from the Turksib at Aktogay past Lake Alakol to the Chinese border at Dostyk; double track since 2025 as part of the 836 km Dostyk–Moyinty project.",
      length=qty(304, "km", ["dewiki_ad"]), tracks=2,
      capacity=[cap(60, "trains/d", "containers", "design", ["kazinform_dm", "dewiki_ad"], note="60 train pairs/day after doubling (was 12)")],
      geometry_accuracy="schematic", geometry_note="Intermediate stations (Beskol etc.) not located; unnamed vertices along the north side of Lake Alakol (schematic)",
      extra=("kzt_dm", "todaykz_db", "trend_dm24"))
rline("rail_aktogay_moyinty", "Aktogay–Balkhash–Moyinty railway", {"kk": "Ақтоғай — Мойынты", "ru": "Актогай — Мойынты"},
      [P("Aktogay (GeoNames)", "aktogay", "geonames"), v(79.0, 47.02), v(78.3, 46.93), g("Sayak", "Sayak", "KZ"), v(76.5, 46.88), v(75.7, 46.72), g("Balkhash", "Balkhash", "KZ"), v(74.6, 47.02), v(74.0, 47.27),
       ('p', 'Moyynty (GeoNames 1520844, north.geojson node)', 73.35437, 47.21968, 'geonames')],
      ["KAZ"], ["aktogay", "moyinty"],
      [ev("2022-11", "operational", ["inform_dm23"], note="second-track construction began on the Dostyk–Moyinty section"),
       ev("2025-03", "operational", ["todaykz_db"], note="second track Balkhash–Moyinty (127 km) in service"),
       ev("2025-09-30", "operational", ["kazinform_dm"], note="second track of Dostyk–Moyinty launched")],
      "Western part of the 836 km Dostyk–Moyinty corridor: from Aktogay along the north shore of Lake Balkhash via Sayak and Balkhash to Moyinty on the Trans-Kazakhstan line (to Astana/Karaganda and Shu).",
      length=qty(532, "km", ["dewiki_ad", "kzt_dm"], mn=520, mx=545, note="derived: Dostyk–Moyinty 836 km (KTZ) minus Aktogay–Dostyk 304 km (de.wikipedia); not published separately"),
      tracks=2, capacity=[cap(60, "trains/d", "containers", "design", ["kazinform_dm"], note="Dostyk–Moyinty: 60 train pairs/day after doubling (was 12)")],
      geometry_accuracy="schematic", geometry_note="Through GeoNames Sayak and Balkhash; other stations (Tokyrau, Ashyozek, Akzhaydak) not located; unnamed vertices schematic",
      notes="Moyinty node is defined in north.geojson (shared id). A new Moyinty–Kyzylzhar line (329 km, 2025–2026) is separate and not digitised.",
      extra=("trend_dm24",))
rline("rail_aktogay_zhetygen", "Turksib: Aktogay–Zhetygen", {"kk": "Түрксіб: Ақтоғай — Жетіген", "ru": "Турксиб: Актогай — Жетыген"},
      [P("Aktogay (GeoNames)", "aktogay", "geonames"), v(79.3, 46.4), g("Matay", "Matay", "KZ"), g("Ushtobe", "Ushtobe", "KZ"), v(77.95, 44.85), g("Saryozek", "Saryozek", "KZ"),
       v(77.3, 43.95), ('p', 'Zhetygen (approximate)', ZHG[0], ZHG[1], 'alatau')],
      ["KAZ"], ["aktogay", "zhetygen"],
      [ev("1930-04-21", "operational", ["turksib"])],
      "Turkestan–Siberia railway (Turksib) from Aktogay south via Matai, Ushtobe and Saryozek, crossing the Ili, to Zhetygen north of Almaty.",
      tracks=2, electrified=True,
      notes="Official length of this section not found (whole Turksib 2,351–2,375 km). Double track and 25 kV electrification stated for the Turksib as a whole (Wikipedia); section detail not verified.",
      extra=("turksib_de",))
rline("rail_zhetygen_almaty", "Turksib: Zhetygen–Almaty", {"ru": "Турксиб: Жетыген — Алматы"},
      [('p', 'Zhetygen (approximate)', ZHG[0], ZHG[1], 'alatau'), v(77.0, 43.45), P("Almaty (GeoNames)", "almaty", "geonames")],
      ["KAZ"], ["zhetygen", "almaty"],
      [ev("1930-04-21", "operational", ["turksib"])],
      "Turksib section from Zhetygen (junction for Altynkol/Khorgos) to Almaty.",
      tracks=2, notes="~50 km (Zhetygen is ~50 km north of Almaty per Wikipedia); no official section length found.")
rline("rail_altynkol_zhetygen", "Zhetygen–Altynkol railway", {"kk": "Жетіген — Алтынкөл", "ru": "Жетыген — Алтынколь"},
      [P("Altynkol (weak source)", "altynkol", "astana_khorgos"), g("Zharkent", "Zharkent", "KZ"), v(79.6, 44.1), v(79.1, 43.95), v(78.6, 43.75), g("Shelek", "Shelek", "KZ"), v(77.9, 43.62), v(77.5, 43.72),
       ('p', 'Zhetygen (approximate)', ZHG[0], ZHG[1], 'alatau')],
      ["KAZ"], ["altynkol", "zhetygen"],
      [ev("2009-08", "under_construction", ["dlg"]), ev("2011-12", "operational", ["jyh", "oceansky"], note="line completed (test operation)"),
       ev("2012-09", "operational", ["jyh"], note="regular Almaty–Altynkol passenger service"), ev("2025-09-30", "operational", ["caspianpost"], note="Altynkol–Zhetygen named among lines with ongoing expansion works")],
      "293 km line (2011) from the Turksib at Zhetygen along the Ili valley via Shelek and Zharkent to Altynkol at the Khorgos crossing; second KZ–CN rail route.",
      length=qty(293, "km", ["oceansky", "jyh"], mn=293, mx=298, note="293 km as built; 298 km planned (DLG 2009)"),
      geometry_accuracy="schematic", geometry_note="Stations (Korozek, Ekpindy, Zharsu, Shelek ...) not located except Shelek and Zharkent (GeoNames); unnamed vertices schematic",
      notes="Expansion works on Altynkol–Zhetygen mentioned by the presidential aide in Sep 2025 (Caspian Post); scope (second track?) not stated, so no separate status.")
rline("rail_almaty_shu", "Turksib: Almaty–Shu", {"kk": "Түрксіб: Алматы — Шу", "ru": "Турксиб: Алматы — Шу"},
      [P("Almaty (GeoNames)", "almaty", "geonames"), v(76.55, 43.33), v(76.2, 43.25), v(75.2, 43.53), v(74.4, 43.62), P("Shu (GeoNames)", "shu", "geonames")],
      ["KAZ"], ["almaty", "shu"],
      [ev("1930-04-21", "operational", ["turksib"]), ev("2015", "operational", ["inform_nz"], note="second track construction on the Shu–Almaty section (110 km) planned 2015–2017")],
      "Turksib from Almaty west via Uzynagash and Otar to the Shu junction.", electrified=True,
      geometry_accuracy="schematic", geometry_note="Uzynagash and Otar not in the offline gazetteer; unnamed vertices schematic",
      notes="Electrified at least Otar–Uzynagash (Railway Gazette). Official section length not found.",
      extra=("rg_kz",))
rline("rail_shu_arys", "Turksib: Shu–Taraz–Shymkent–Arys", {"kk": "Түрксіб: Шу — Арыс", "ru": "Турксиб: Шу — Арыс"},
      [P("Shu (GeoNames)", "shu", "geonames"), g("Kulan (Lugovoy)", "Kulan", "KZ"), g("Taraz", "Taraz", "KZ"), g("Bauyrzhan Momyshuly (Burnoye)", "Burnoye", "KZ"),
       g("Turar Ryskulov (Tyulkubas)", "Turar Ryskulov", "KZ"), g("Shymkent", "Shymkent", "KZ"), P("Arys (GeoNames)", "arys", "geonames")],
      ["KAZ"], ["shu", "arys"],
      [ev("1921", "operational", ["turksib_de"], note="Arys–Aulie-Ata (Taraz) section"), ev("1930-04-21", "operational", ["turksib"])],
      "Southern Turksib from Shu via Lugovaya (Kulan), Taraz, Tyulkubas and Shymkent to Arys.",
      notes="Official section length not found.")
rline("rail_arys_tashkent", "Arys–Saryagash–Tashkent railway", {"ru": "Арыс — Сарыагаш — Ташкент"},
      [P("Arys (GeoNames)", "arys", "geonames"), v(68.95, 42.0), g("Saryagash", "Saryagash", "KZ"), P("Saryagash border", "saryagash_border", "naturalearth"),
       v(69.20, 41.38), P("Tashkent (GeoNames)", "tashkent", "geonames")],
      ["KAZ", "UZB"], ["arys", "saryagash_border", "tashkent"],
      [ev("1906", "operational", ["turksib_de"], note="part of the Orenburg–Tashkent railway")],
      "Line from Arys via Darbaza and Saryagash across the KZ–UZ border at Keles to Tashkent.",
      notes="Darbaza (between Arys and Saryagash) drawn as an unnamed vertex. The Darbaza–Maktaaral bypass (152 km) is under construction (2025) to relieve Saryagash.",
      extra=("kursiv_dm", "trend_saryagash", "inform_keles"))
rline("rail_arys_shalkar", "Orenburg–Tashkent railway: Arys–Kyzylorda–Shalkar", {"ru": "Арыс — Кызылорда — Шалкар"},
      [P("Arys (GeoNames)", "arys", "geonames"), g("Turkestan", "Turkestan", "KZ"), g("Shieli", "Shieli", "KZ"), g("Kyzylorda", "Kyzylorda", "KZ"), g("Zhosaly", "Zhosaly", "KZ"),
       g("Baikonur", "Baikonur", "KZ"), ('g', 'Kazalinsk', 'Kazalinsk', 'KZ', 1522862), g("Aral", "Aral", "KZ"), g("Saksaulskiy", "Saksaulskiy", "KZ"), P("Shalkar (GeoNames)", "shalkar", "geonames")],
      ["KAZ", "KAB", "KAZ"], ["arys", "shalkar"],
      [ev("1906", "operational", ["turksib_de"], note="Orenburg–Tashkent (Trans-Aral) railway completed")],
      "Trans-Aral (Orenburg–Tashkent) railway along the Syr Darya from Arys via Turkestan, Kyzylorda and Aral to Shalkar; joined by the Zhezkazgan line at Saksaulskaya and the Beyneu line at Shalkar.",
      notes="Countries: the line passes Tyuratam/Baikonur inside the Baikonur lease area, which Natural Earth (de facto) codes separately as KAB; sovereign territory of Kazakhstan. Official section length not found. The Zhezkazgan–Saksaulskaya part of the Zhezkazgan–Beyneu line (2014) is not digitised here.",
      extra=("trcasp", "turkpa"))
rline("rail_shalkar_beyneu", "Shalkar–Beyneu railway", {"kk": "Шалқар — Бейнеу", "ru": "Шалкар — Бейнеу"},
      [P("Shalkar (GeoNames)", "shalkar", "geonames"), v(58.9, 47.75), v(58.0, 47.35), v(57.0, 46.75), v(56.2, 46.15), v(55.6, 45.7), P("Beyneu (GeoNames)", "beyneu", "geonames")],
      ["KAZ"], ["shalkar", "beyneu"],
      [ev("2012-09", "under_construction", ["zakon_sb"]), ev("2014-08-22", "operational", ["turkpa", "zakon_sb"], note="Zhezkazgan–Beyneu line commissioned")],
      "Western part of the 988 km Zhezkazgan–Beyneu line (2014), shortening east–west traffic to the Caspian ports by ~1,000 km.",
      length=qty(498, "km", ["zakon_sb"], note="498 km of main track laid on the Shalkar–Beyneu section"),
      capacity=[cap(8.2, "Mt/y", "general_cargo", "planned", ["uic_zb"], mx=20, note="Zhezkazgan–Saksaulskaya–Shalkar–Beyneu: 8.2 Mt expected in 2014, up to 20 Mt later")],
      geometry_accuracy="schematic", geometry_note="No intermediate station positions found; drawn through unnamed vertices on a gentle curve NE of the Ustyurt so that the drawn length is of the order of the published 498 km (schematic)",
      extra=("uic_zb", "bm_auto"))
rline("rail_beyneu_mangyshlak", "Beyneu–Mangyshlak railway", {"kk": "Бейнеу — Маңғыстау", "ru": "Бейнеу — Мангышлак"},
      [P("Beyneu (GeoNames)", "beyneu", "geonames"), v(54.5, 45.15), v(53.8, 44.85), v(53.2, 44.55), v(52.6, 44.3), g("Shetpe", "Shetpe", "KZ"), v(51.9, 43.95), v(51.55, 43.75), P("Mangistau (GeoNames 608880)", "mangyshlak", "geonames")],
      ["KAZ"], ["beyneu", "mangyshlak"],
      [ev("2022", "operational", ["bm404", "bm_auto"], note="404 km section to be modernised; new station buildings at Beyneu, Shetpe, Mangistau (article undated, ~2022)")],
      "Line from Beyneu across the Mangyshlak plateau via Shetpe to Mangyshlak station, the rail access to Aktau port.",
      length=qty(404, "km", ["bm404", "bm_auto"]),
      geometry_accuracy="schematic", geometry_note="Through GeoNames Shetpe; other stations (Sai-Utes etc.) not located; unnamed vertices schematic",
      status_date="2022")
rline("rail_mangyshlak_aktau_port", "Mangyshlak–Aktau port rail access", {"ru": "Мангышлак — порт Актау"},
      [P("Mangistau (GeoNames 608880)", "mangyshlak", "geonames"), ('p', 'Port of Aktau (approximate)', AKP[0], AKP[1], 'aktau_de')],
      ["KAZ"], ["mangyshlak", "aktau_port"],
      [ev("2023-09", "operational", ["aktau_de", "portnews"], note="Mangyshlak is the nearest station to Aktau port")],
      "Short rail access from Mangyshlak station to Aktau port (schematic).",
      geometry_accuracy="schematic", geometry_note="Straight schematic link between the junction and the approximate port position")
rline("rail_mangyshlak_zhanaozen", "Mangyshlak–Uzen (Zhanaozen) railway", {"ru": "Мангышлак — Узень"},
      [P("Mangistau (GeoNames 608880)", "mangyshlak", "geonames"), v(51.55, 43.45), v(51.72, 43.28), ('p', 'Borzhakty (approximate)', BORZ[0], BORZ[1], 'rg_kuryk'),
       v(52.3, 43.28), P("Zhanaozen (GeoNames)", "zhanaozen", "geonames")],
      ["KAZ"], ["mangyshlak", "borzhakty", "zhanaozen"],
      [ev("2013-05-11", "operational", ["inform_bs"], note="Mangyshlak–Uzen–Bolashak section equipped with fibre-optic communications")],
      "Line from Mangyshlak to the Uzen oilfield town Zhanaozen, passing Eraliev station (~11 km from Kuryk) and Borzhakty (branch to Kuryk port).",
      geometry_accuracy="schematic",
      geometry_note="Schematic: Eraliev station placed ~11 km north of Kuryk village (ru.wikipedia mirror) as an unnamed vertex; Borzhakty approximate; exact alignment not found",
      extra=("kuryk_de", "bm_auto"))
rline("rail_borzhakty_kuryk_port", "Borzhakty–Ersai–Kuryk port railway", {"ru": "Боржакты — Ерсай — порт Курык"},
      [('p', 'Borzhakty (approximate)', BORZ[0], BORZ[1], 'rg_kuryk'), v(51.80, 43.15), ('p', 'Kuryk port (approximate)', KUP[0], KUP[1], 'arnika')],
      ["KAZ"], ["borzhakty", "kuryk_port"],
      [ev("2014-10-01", "under_construction", ["rg_kuryk"]), ev("2015-07-02", "operational", ["rg_kuryk"], note="Borzhakty–Ersai opened"),
       ev("2016-12", "operational", ["inform_kuryk17", "oreanda_kuryk"], note="Ersai–Kuryk port approach line and ferry complex in operation")],
      "Rail branch from the Aktau–Uzen line at Borzhakty to Ersai (13.9 km, 2015) and on to the Kuryk ferry port (13 km approach line, 2016).",
      length=qty(26.9, "km", ["rg_kuryk", "oreanda_kuryk"], mn=25.9, mx=28.0, note="13.9 km Borzhakty–Ersai (14 km per Kazinform) + 13 km (\"more than 12 km\" elsewhere) Ersai–port"),
      geometry_accuracy="schematic", geometry_note="Ends approximate (see borzhakty and kuryk_port); Ersai not located",
      extra=("inform_nz",))
rline("rail_zhanaozen_bolashak", "Uzen–Bolashak railway (Kazakhstan–Turkmenistan–Iran line, KZ section)", {"kk": "Өзен — Болашақ", "ru": "Узень — Болашак"},
      [P("Zhanaozen (GeoNames)", "zhanaozen", "geonames"), v(53.35, 42.85), P("Bolashak–Serhetyaka border", "bolashak_serhetyaka_border", "naturalearth")],
      ["KAZ"], ["zhanaozen", "bolashak_serhetyaka_border"],
      [ev("2009-09-30", "under_construction", ["inform_bs"]), ev("2012", "operational", ["tass_kti"], note="Kazakh section completed"),
       ev("2013-05-11", "operational", ["inform_bs", "tdn_bs"], note="through service to Turkmenistan opened")],
      "146 km Kazakh section of the Kazakhstan–Turkmenistan–Iran North–South railway from Uzen (Zhanaozen) to Bolashak at the Turkmen border.",
      length=qty(146, "km", ["inform_bs", "tdn_bs", "eurail_bs"], mn=120, mx=146, note="146 km (KTZ/Kazinform 2013); 120 km (TASS, RailTurkey) and 140 km (AzVision, Mehr) also quoted"),
      tags=T_IR, geometry_accuracy="schematic", geometry_note="Bolashak station not located; line drawn to the Natural Earth border on the Zhanaozen–Gyzylgaya bearing (schematic)",
      extra=("azv_kti", "railturkey_kti"))
rline("rail_serhetyaka_bereket", "Serhetyaka–Gyzylgaya–Bereket railway", {"tk": "Serhetýaka — Gyzylgaýa — Bereket", "ru": "Серхетяка — Кызылгая — Берекет"},
      [P("Bolashak–Serhetyaka border", "bolashak_serhetyaka_border", "naturalearth"), g("Gyzylgaya", "Gyzylgaya", "TM"), v(55.45, 39.9), P("Bereket (GeoNames)", "bereket", "geonames")],
      ["TKM"], ["bolashak_serhetyaka_border", "bereket"],
      [ev("2007-12", "under_construction", ["eurasia_bereket"], note="construction start ceremony at Bereket (date approximate)"),
       ev("2013-05", "operational", ["eurail_bs", "tdn_bs"], note="Serhetyaka–Bereket–Etrek completed"), ev("2014-12-03", "operational", ["tass_kti"], note="corridor inaugurated")],
      "Northern Turkmen part of the Kazakhstan–Turkmenistan–Iran railway from the Kazakh border at Serhetyaka via Gyzylgaya to Bereket on the Trans-Caspian line.",
      tags=T_IR,
      notes="Turkmen section length conflicts: ~470 km Serhetyaka–Bereket–Etrek (Eurailpress, TravelDailyNews) vs 'almost 700 km' (TASS, AzVision, Mehr); no split at Bereket published, so no length given.",
      capacity=[cap(10, "Mt/y", "general_cargo", "planned", ["azv_kti", "meo_kti", "railturkey_kti"], mn=3, mx=12, note="whole KZ–TM–IR corridor: 3–5 Mt/y initially, 10–12 Mt/y later")],
      extra=("tass_kti",))
rline("rail_bereket_incheh_burun", "Bereket–Etrek–Iranian border railway", {"tk": "Bereket — Etrek", "ru": "Берекет — Этрек"},
      [P("Bereket (GeoNames)", "bereket", "geonames"), v(55.3, 38.5), g("Etrek", "Etrek", "TM"), P("Etrek–Incheh Burun border", "incheh_burun_border", "naturalearth")],
      ["TKM"], ["bereket", "incheh_burun_border"],
      [ev("2013-05", "operational", ["eurail_bs"], note="Bereket–Etrek completed (Turkmen side)"), ev("2014-12-03", "operational", ["tass_kti", "meo_kti"], note="KZ–TM–IR railway inaugurated at Akyayla")],
      "Southern Turkmen part of the Kazakhstan–Turkmenistan–Iran railway from Bereket via Etrek (Akyayla) to the Iranian border at Incheh Burun; break of gauge at the border.",
      tags=T_IR, notes="See rail_serhetyaka_bereket for the conflicting Turkmen section lengths. Iranian continuation (Incheh Burun–Gorgan, 88 km, 1,435 mm) belongs to the SOUTH group.",
      extra=("mehr_ib", "railturkey_kti"))
rline("rail_turkmenbashi_bereket", "Trans-Caspian railway: Türkmenbaşy–Balkanabat–Bereket", {"tk": "Türkmenbaşy — Balkanabat — Bereket", "ru": "Туркменбаши — Балканабат — Берекет"},
      [P("Turkmenbashi seaport (facts file)", "turkmenbashi_port", "osm_tm"), v(53.35, 39.95), g("Jebel", "Jebel", "TM"), g("Balkanabat", "Balkanabat", "TM"), P("Bereket (GeoNames)", "bereket", "geonames")],
      ["TKM"], ["turkmenbashi_port", "bereket"],
      [ev("2017-08", "operational", ["tmrail_wiki", "trcasp"], note="historic Trans-Caspian line (built late 19th century); partly double-tracked, not electrified")],
      "Western end of the Trans-Caspian railway from the port of Türkmenbaşy via Balkanabat to the Bereket junction.",
      notes="Official section length not found. Opening date of the Krasnovodsk (Türkmenbaşy) terminus not verified (late 19th century per encyclopedia.com).", extra=("tmrail_de",))
rline("rail_bereket_ashgabat", "Trans-Caspian railway: Bereket–Serdar–Ashgabat", {"tk": "Bereket — Serdar — Aşgabat", "ru": "Берекет — Сердар — Ашхабад"},
      [P("Bereket (GeoNames)", "bereket", "geonames"), g("Serdar", "Serdar", "TM"), g("Baharly", "Baharly", "TM"), g("Gökdepe", "Gokdepe", "TM"), P("Ashgabat (GeoNames)", "ashgabat", "geonames")],
      ["TKM"], ["bereket", "ashgabat"],
      [ev("2017-08", "operational", ["tmrail_wiki", "trcasp"])],
      "Trans-Caspian railway along the Kopet Dag foothills from Bereket via Serdar (Gyzylarbat) and Baharly to Ashgabat.",
      notes="Official section length not found.", extra=("tmrail_de",))
rline("rail_ashgabat_tejen", "Trans-Caspian railway: Ashgabat–Tejen", {"tk": "Aşgabat — Tejen", "ru": "Ашхабад — Теджен"},
      [P("Ashgabat (GeoNames)", "ashgabat", "geonames"), v(58.9, 37.75), v(59.25, 37.62), g("Kaka", "Kaka", "TM"), g("Duşak", "Dushak", "TM"), P("Tejen (GeoNames)", "tejen", "geonames")],
      ["TKM"], ["ashgabat", "tejen"],
      [ev("2017-08", "operational", ["tmrail_wiki", "trcasp"])],
      "Trans-Caspian railway from Ashgabat via Kaka and Duşak to the Tejen junction (branch to Sarahs/Iran).",
      notes="Official section length not found.", extra=("tmrail_de",))
rline("rail_tejen_turkmenabat", "Trans-Caspian railway: Tejen–Mary–Türkmenabat", {"tk": "Tejen — Mary — Türkmenabat", "ru": "Теджен — Мары — Туркменабат"},
      [P("Tejen (GeoNames)", "tejen", "geonames"), g("Mary", "Mary", "TM"), g("Bayramaly", "Bayramaly", "TM"), v(62.75, 38.1), v(63.2, 38.55), P("Türkmenabat (GeoNames)", "turkmenabat", "geonames")],
      ["TKM"], ["tejen", "turkmenabat"],
      [ev("2017-08", "operational", ["tmrail_wiki", "trcasp"])],
      "Trans-Caspian railway from Tejen via Mary and Bayramaly across the Karakum to Türkmenabat on the Amu Darya.",
      notes="Official section length not found; intermediate desert stations drawn as unnamed vertices.", extra=("tmrail_de", "tm_it"))
rline("rail_tejen_serakhs", "Tejen–Sarahs railway (to Mashhad)", {"tk": "Tejen — Sarahs", "ru": "Теджен — Серахс"},
      [P("Tejen (GeoNames)", "tejen", "geonames"), v(60.58, 37.2), v(60.75, 37.0), v(60.90, 36.85), v(61.12, 36.72), v(61.24, 36.60), g("Sarahs", "Sarahs", "TM"), P("Sarahs–Sarakhs border", "serakhs_border", "naturalearth")],
      ["TKM"], ["tejen", "serakhs_border"],
      [ev("1996", "operational", ["tmrail_wiki", "tm_it", "transkarakum"], note="Tejen–Serakhs–Mashhad railway built by Turkmenistan and Iran")],
      "132 km Turkmen part of the Tejen–Sarahs–Mashhad railway (1996), the first rail link between Central Asia and Iran; break of gauge at Sarakhs.",
      length=qty(132, "km", ["transkarakum"], note="132 km of the 280 km Tejen–Serakhs–Mashhad railway built in Turkmenistan"),
      tags=T_IR, geometry_accuracy="schematic", geometry_note="Intermediate alignment along the Tejen river not located; unnamed vertices schematic")

# Sea links: build_east.py defines them (aktau/kuryk/turkmenbashi–alat).
SEA_REPORT = []
