# executed inside build.py (after points.py)
LEN_TABLE = []

def N(id, label=None):
    """route item placing a vertex exactly on an existing point feature"""
    lon, lat = PT[id] if id in PT else EXT[id]
    return ('p', label or id, lon, lat, PT_SRC.get(id))

EXT = {"igdir": (44.045, 39.92371), "alashankou": (82.65, 45.17), "novorossiysk_port": (37.783, 44.733)}

def line(id, name, commodity, countries, items, nodes, tl, srcs, length, capacity, acc, gnote, names=None, tags=None, **kw):
    coords, wps, named = route(items)
    for w in wps:
        if w["source"] is None: del w["source"]
    srcs = used_ids(srcs, tl, capacity, [length] if length else [], wps)
    status = kw.pop("status", None)
    if status is None:
        st = [e for e in tl if not e.get("expected")]
        status = st[-1]["status"]
    p = props(id, name, "pipeline", "pipeline", countries, status, kw.pop("status_date", [e for e in tl if not e.get("expected")][-1]["date"]), tl,
              SS(*srcs), acc, names=names, commodities=[commodity], capacity=capacity, length=length, nodes=nodes, tags=tags,
              geometry_note=gnote, waypoints=wps, **kw)
    feats.append(line_feature(p, coords))
    LEN_TABLE.append((id, round(line_km(coords), 1), length["value"] if length else None, length.get("min") if length else None, length.get("max") if length else None))
    return coords

g = lambda label, name, cc, gid=None: ('g', label, name, cc, gid) if gid else ('g', label, name, cc)
v = lambda x, y: ('v', x, y)
b = lambda code: ('b', code)

GN_NOTE = "Named control points are GeoNames town coordinates (geonameid in the waypoint name) or published facility coordinates; the line is straight between them, with unnamed vertices where noted"

# common AZ–GE corridor of BTC and SCP (bp: Hajigabul, Kurdamir, Ujar, Agdash, Yevlakh, Goranboy, Samukh, Shamkir, Tovuz, Agstafa districts; first GE pump station Gardabani)
AZ_CORR = [N('sangachal', 'Sangachal Terminal'), v(49.35, 40.28), v(49.05, 40.20), g('Hacıqabul', 'Haciqabul', 'AZ'), v(48.55, 40.30), g('Kürdəmir', 'Kurdamir', 'AZ'), v(47.90, 40.45), g('Ucar', 'Ujar', 'AZ'),
           g('Ağdaş', 'Agdas', 'AZ'), g('Yevlax', 'Yevlakh', 'AZ'), g('Goranboy', 'Goranboy', 'AZ'), g('Samux', 'Samux', 'AZ'),
           g('Şəmkir', 'Shamkir', 'AZ'), g('Tovuz', 'Tovuz', 'AZ'), g('Ağstafa', 'Agstafa', 'AZ'), v(45.25, 41.35), b('AZE')]
GE_CORR = [v(45.18, 41.42), g('Gardabani (PSG-1)', 'Gardabani', 'GE'), v(44.95, 41.50), g('Marneuli', 'Marneuli', 'GE'), v(44.60, 41.50), v(44.45, 41.55), v(44.25, 41.62), v(44.15, 41.56), g('Tsalka', 'Tsalka', 'GE'),
           v(43.95, 41.62), v(43.85, 41.58), v(43.70, 41.63), v(43.65, 41.72), v(43.58, 41.78), g('Bakuriani (Kodiana section)', 'Bakuriani', 'GE'), v(43.42, 41.77), v(43.25, 41.72), v(43.10, 41.68), g('Akhaltsikhe', 'Akhaltsikhe', 'GE'),
           g('Vale (AREA 80)', 'Vale', 'GE'), b('GEO')]

btc_len = qty(1768, "km", ["bp_btc", "bp_ge_btc", "turinsaat", "geoenc_btc", "hurriyet05"], mn=1743, mx=1776,
              note="bp: 1,768 (AZ 443 / GE 249 / TR 1,076); Georgian Encyclopedia 1,776 (449/235/1,092); Hürriyet 2005: 1,743")
line("btc", "Baku–Tbilisi–Ceyhan oil pipeline (BTC)", "oil", ["AZE", "GEO", "TUR"],
     AZ_CORR + GE_CORR + [g('Posof', 'Posof', 'TR'), g('Ardahan', 'Ardahan', 'TR'), g('Kars', 'Kars', 'TR'), g('Sarıkamış', 'Sarikamis', 'TR'),
      g('Horasan', 'Horasan', 'TR'), g('Pasinler', 'Pasinler', 'TR'), g('Erzurum', 'Erzurum', 'TR'), g('Aşkale', 'Askale', 'TR'), g('Tercan', 'Tercan', 'TR'),
      g('Erzincan', 'Erzincan', 'TR'), g('Refahiye', 'Refahiye', 'TR'), g('Zara', 'Zara', 'TR'), g('Kangal', 'Kangal', 'TR'), v(36.95, 38.95), g('Sarız', 'Sariz', 'TR'),
      g('Göksun', 'Goksun', 'TR'), v(36.55, 37.80), g('Andırın', 'Andirin', 'TR'), g('Kadirli', 'Kadirli', 'TR'), v(35.95, 37.20), g('Ceyhan', 'Ceyhan', 'TR'),
      N('ceyhan_terminal', 'Ceyhan Marine Terminal (approx.)')],
     ["sangachal", "ceyhan_terminal"],
     [ev("2002-09-17", "under_construction", ["turinsaat"], note="ground-breaking at Sangachal"),
      ev("2005-05", "under_construction", ["yenimesaj"], note="line filling began May 2005"),
      ev("2006-06-02", "operational", ["hurriyet20", "yenimesaj"], note="first oil reached Ceyhan 28 May 2006; loading from 2 June; official opening 13 July 2006"),
      ev("2023-02-06", "operational", ["beyaz23", "caliber23"], note="earthquake damage to an overpass in Kahramanmaraş; Ceyhan loading stopped ~6 days while the pipeline kept flowing"),
      ev("2025-10", "operational", ["pgj25"], note="Jan–Aug 2025 AZ exports 18.4 Mt (−5.3%); Kazakh oil 3.4 Mt since 2023; target 7 Mt/y Kazakh oil by 2027")],
     ["bp_btc", "bp_ge_btc", "geonames", "naturalearth"], btc_len,
     [cap(1.0, "Mbbl/d", "oil", "design", ["bp_ge_btc", "bp_btc"], note="design 1 mb/d (≈50 Mt/y per Hürriyet 2005)"),
      cap(1.2, "Mbbl/d", "oil", "current", ["bp_ge_btc", "caliber23"], as_of="2009-03", note="1.2 mb/d with drag-reducing agent since 2009"),
      cap(2.2, "Mbbl/d", "oil", "planned", ["caliber23"], mn=1.6, mx=2.2, note="bp VP: capacity can be expanded from 1.6 to 2.2 mb/d (no project sanctioned in the sources)"),
      cap(27.6, "Mt/y", "oil", "actual_throughput", ["pgj25"], as_of="2025-08", note="annualised from 18.4 Mt Jan–Aug 2025 (AZ exports only; derived)", assumption=True)],
     "digitised",
     GN_NOTE + ". AZ and GE control points follow the districts named by bp (Azerbaijan) and the BTC/SCP corridor through Gardabani, Tsalka, the Kodiana section (Bakuriani) and Akhaltsikhe to Vale; the Turkish section's towns (Posof–Ardahan–Erzurum–Erzincan–Sivas/Kangal–Kayseri/Sarız–Kahramanmaraş/Göksun–Osmaniye/Kadirli–Ceyhan) are from memory (sources found do not list them) – assumption, unverified; unnamed vertices smooth the Sangachal exit and the Georgian mountain section; border points from Natural Earth",
     names={"az": "Bakı–Tbilisi–Ceyhan neft kəməri", "tr": "Bakü-Tiflis-Ceyhan Ham Petrol Boru Hattı", "ka": "ბაქო–თბილისი–ჯეიჰანის ნავთობსადენი", "ru": "Нефтепровод Баку — Тбилиси — Джейхан"},
     tags=["oil", "middle_corridor"], operator="bp (AZ, GE sections); BOTAŞ International Ltd (TR section)",
     description="Main export pipeline for Azerbaijani (ACG, Shah Deniz condensate) and some Kazakh and Turkmen crude from Sangachal to the Mediterranean at Ceyhan; buried along its length; 8 pump stations (2 AZ, 2 GE, 4 TR).",
     notes="Annualised throughput is a derived figure (assumption) from the PGJ/Reuters Jan–Aug 2025 number.")

line("scp", "South Caucasus Pipeline (SCP/SCPX, Baku–Tbilisi–Erzurum)", "gas", ["AZE", "GEO"],
     AZ_CORR + GE_CORR + [N('gas_turkgozu', 'Türkgözü (derived)')],
     ["sangachal", "gas_turkgozu"],
     [ev("2006-09", "operational", ["bp_ge_scp"], note="gas entered the Georgian section (testing/commissioning); first commercial gas to Georgia Jan 2007, Türkiye July 2007 (facts compilation)"),
      ev("2018-06-30", "operational", ["sgc_scp", "encom"], note="SCPX 48-inch loop (489 km) and compressor stations CSG1/CSG2 in Georgia in service"),
      ev("2025-06-26", "operational", ["cpc_sgc"], note="2024 AZ gas exports 25.2 bcm; Southern Gas Corridor 'pretty much full'")],
     ["sgc_scp", "bp_ge_scp", "encom", "enka", "gogc", "geonames", "naturalearth"],
     qty(692, "km", ["sgc_scp", "bp_ge_scp", "encom", "gogc", "enka"], mn=690, mx=692, note="SGC/bp/Energy Community 692 (AZ 443 / GE 249); GOGC and bp Caspian 691; ENKA 690. The SCPX loop is 489 km (AZ 424 / GE 63 / 2 km tie-in)"),
     [cap(7.4, "bcm/y", "gas", "design", ["encom", "enka", "sgc_scp"], note="original SCP 42-inch line (SGC: 7.41)"),
      cap(23.4, "bcm/y", "gas", "current", ["sgc_scp", "encom"], mn=23, mx=23.4, as_of="2018-06", note="after SCPX (+16 bcm/y plateau)"),
      cap(31, "bcm/y", "gas", "planned", ["sgc_scp"], note="expandable to 31 bcm/y (SGC); SCPFX +5 bcm/y (Energy Community)")],
     "digitised",
     GN_NOTE + ". Built in the BTC corridor in Georgia (bp, GOGC); AZ control points are the districts bp lists for the BTC corridor; ends at the GE–TR border (AREA 81) – the Turkish node Türkgözü is 1.5 km inside Türkiye, so the last ~1.5 km is the TANAP tie-in",
     names={"az": "Cənubi Qafqaz boru kəməri", "ka": "სამხრეთ კავკასიური მილსადენი", "tr": "Bakü-Tiflis-Erzurum Doğal Gaz Boru Hattı"},
     tags=["gas", "middle_corridor"], operator="bp (technical operator); SOCAR Midstream (commercial operator)",
     description="Gas pipeline from Sangachal to the Georgia–Türkiye border carrying Shah Deniz gas; the SCPX loop (48-inch, 2018) with two Georgian compressor stations raised capacity to ~23 bcm/y; first link of the Southern Gas Corridor.",
     notes="SCP hands over to TANAP at Türkgözü and (original Stage 1 volumes) to the BOTAŞ line to Erzurum.")

line("tanap", "Trans-Anatolian Natural Gas Pipeline (TANAP)", "gas", ["TUR"],
     [N('gas_turkgozu', 'Türkgözü (derived)'), g('Posof', 'Posof', 'TR'), g('Ardahan', 'Ardahan', 'TR'), g('Göle', 'Gole', 'TR'), g('Selim', 'Selim', 'TR'),
      g('Horasan', 'Horasan', 'TR'), g('Pasinler', 'Pasinler', 'TR'), g('Erzurum', 'Erzurum', 'TR'), g('Aşkale', 'Askale', 'TR'), g('Bayburt', 'Bayburt', 'TR'),
      g('Kelkit', 'Kelkit', 'TR'), g('Şebinkarahisar', 'Sebinkarahisar', 'TR'), g('Suşehri', 'Susehri', 'TR'), g('Zara', 'Zara', 'TR'), g('Hafik', 'Hafik', 'TR'),
      g('Sivas', 'Sivas', 'TR'), g('Sorgun', 'Sorgun', 'TR'), g('Yozgat', 'Yozgat', 'TR'), g('Yerköy', 'Yerkoy', 'TR'), g('Kırşehir', 'Kirsehir', 'TR'),
      g('Kırıkkale', 'Kirikkale', 'TR'), g('Polatlı', 'Polatli', 'TR'), g('Sivrihisar', 'Sivrihisar', 'TR'), N('gas_eskisehir', 'Eskişehir station (city)'),
      g('Bozüyük', 'Bozuyuk', 'TR'), g('İnegöl', 'Inegol', 'TR'), g('Mustafakemalpaşa', 'Mustafakemalpasa', 'TR'), g('Susurluk', 'Susurluk', 'TR'),
      g('Manyas', 'Manyas', 'TR'), g('Gönen', 'Gonen', 'TR'), g('Biga', 'Biga', 'TR'), g('Lapseki', 'Lapseki', 'TR'), g('Gelibolu', 'Gelibolu', 'TR'),
      g('Bolayır', 'Bolayir', 'TR'), v(26.85, 40.62), g('Keşan', 'Kesan', 'TR'), g('İpsala', 'Ipsala', 'TR'), ('p', 'Evros/Meriç border (Natural Earth)', B_TR_GR[0], B_TR_GR[1], 'naturalearth')],
     ["gas_turkgozu", "gas_eskisehir", "gas_ipsala_kipoi"],
     [ev("2018-06-12", "operational", ["minenergy_sgc", "yapi18"], note="Phase 0 (Türkgözü–Eskişehir) inaugurated at Eskişehir; first commercial gas 30 Jun 2018"),
      ev("2019-11-30", "operational", ["todayaz19", "minenergy_sgc"], note="Europe section (Eskişehir–İpsala) inaugurated at İpsala"),
      ev("2025-06-26", "operational", ["cpc_sgc"], note="2024: 9.9 bcm to Türkiye, 12.9 bcm to Europe; Southern Gas Corridor 'pretty much full'")],
     ["tanap", "socarde18", "yapi18", "oga_tanap", "geonames", "naturalearth"],
     qty(1811, "km", ["tanap", "socarde18", "yapi18", "oga_tanap"], mn=1802, mx=1850, note="TANAP: 1,811 km incl. 2x17.5 km Çanakkale crossing (Phase 0 1,339 + Phase 1 455); 1,850 km widely quoted (SOCAR, AA, oilandgasadvancement); 1,802 (news.az 2017, facts compilation)"),
     [cap(16, "bcm/y", "gas", "design", ["tanap", "yapi18", "brecorder"], note="6 bcm/y to Türkiye (Eskişehir and Thrace off-takes) + 10 bcm/y to Europe"),
      cap(31, "bcm/y", "gas", "planned", ["tanap", "oga_tanap"], mn=24, mx=31, note="24 then 31 bcm/y with additional compressor stations (7 at 31 bcm/y); no date confirmed in the sources read")],
     "digitised",
     GN_NOTE + ". TANAP names the 20 provinces crossed (and Türkgözü, Eskişehir, İpsala); the district towns chosen inside those provinces are assumptions (no route map in the sources); the Dardanelles crossing is drawn Lapseki–Gelibolu; ends where the İpsala–Feres line meets the Natural Earth border (the Evros), 1.5 km from the GR-side node",
     names={"tr": "Trans Anadolu Doğal Gaz Boru Hattı (TANAP)", "az": "Trans-Anadolu Təbii Qaz Boru Kəməri (TANAP)"},
     tags=["gas", "middle_corridor"], operator="TANAP Doğalgaz İletim A.Ş.", owner="SGC/SOCAR 51%, BOTAŞ 30%, BP 12%, SOCAR Turkey 7% (AZ Ministry of Energy)",
     description="Central segment of the Southern Gas Corridor across Anatolia from the Georgian border at Türkgözü to the Greek border at İpsala; 56-inch to Eskişehir, 48-inch beyond, twin 36-inch under the Dardanelles.")

line("tap", "Trans Adriatic Pipeline (TAP)", "gas", ["GRC", "ALB", "ITA"],
     [N('gas_ipsala_kipoi', 'Kipoi (derived)'), g('Féres', 'Feres', 'GR'), v(26.05, 41.00), v(25.75, 41.06), g('Komotiní', 'Komotini', 'GR'), v(25.20, 41.14), v(25.05, 41.08), g('Xánthi', 'Xanthi', 'GR'), v(24.75, 41.08), v(24.65, 41.02),
      v(24.30, 41.02), g('Kavála', 'Kavala', 'GR'), v(24.00, 40.98), v(23.78, 41.06), g('Sérres', 'Serres', 'GR'), v(23.30, 40.95), g('Lagkadás', 'Lagkadas', 'GR'), v(22.98, 40.86), g('Kilkís', 'Kilkis', 'GR'), v(22.65, 40.95), g('Giannitsá', 'Giannitsa', 'GR'), v(22.20, 40.86), g('Édessa', 'Edessa', 'GR'),
      v(21.88, 40.80), v(21.70, 40.72), g('Flórina', 'Florina', 'GR'), v(21.35, 40.70), v(21.25, 40.63), g('Kastoriá', 'Kastoria', 'GR'), v(21.10, 40.58), b('GRC'), g('Bilisht', 'Bilisht', 'AL'), v(20.88, 40.57), g('Korçë', 'Korce', 'AL'), g('Maliq', 'Maliq', 'AL'),
      v(20.62, 40.74), v(20.55, 40.66), v(20.50, 40.58), v(20.40, 40.50), v(20.30, 40.53), g('Çorovodë', 'Corovode', 'AL'), v(20.15, 40.57), g('Poliçan', 'Polican', 'AL'), v(20.02, 40.65), g('Berat', 'Berat', 'AL'), v(19.90, 40.74), v(19.82, 40.66), v(19.70, 40.70), g('Fier', 'Fier', 'AL'), v(19.48, 40.80), v(19.40, 40.78),
      v(18.43, 40.31), N('gas_melendugno', 'Melendugno')],
     ["gas_ipsala_kipoi", "gas_melendugno"],
     [ev("2016-05-17", "under_construction", ["trend_tap21"], note="construction start"),
      ev("2020-12-31", "operational", ["trend_tap21"], note="first gas to Europe"),
      ev("2025-06-26", "operational", ["cpc_sgc"], note="12.9 bcm of Azerbaijani gas to Europe in 2024; corridor 'pretty much full'")],
     ["trend_tap18", "tap_gr", "wiki_tap", "socarde18", "kobi", "geonames", "naturalearth"],
     qty(878, "km", ["trend_tap18", "socarde18", "kobi"], note="GR 550 / AL 215 / Adriatic 105 / IT 8"),
     [cap(10, "bcm/y", "gas", "design", ["wiki_tap"], note="allocation 8 IT / 1 GR / 1 BG (Trend)"),
      cap(20, "bcm/y", "gas", "planned", ["wiki_tap", "tap_gr"], note="expandable to 20 bcm/y (second compressor near Serres at 20 bcm/y per facts compilation)")],
     "digitised",
     GN_NOTE + ". TAP AG names Kipoi, northern Greece to the Albanian border SW of Ieropigi, and Wikipedia names Bilisht, Fier and Melendugno; the Greek and Albanian intermediate towns are assumptions (memory, unverified); the Adriatic section is a straight schematic segment from the Albanian coast W of Fier to the Apulian coast at San Foca",
     names={"el": "Διαδριατικός Αγωγός", "sq": "Gazsjellësi Trans-Adriatik", "it": "Gasdotto Trans-Adriatico"},
     tags=["gas", "europe", "middle_corridor"], operator="TAP AG", owner="BP, SOCAR, Snam, Fluxys, Enagás (20% each)",
     description="Last segment of the Southern Gas Corridor from the Turkish–Greek border through Greece and Albania and under the Adriatic to Apulia.")

line("tcgp", "Trans-Caspian Gas Pipeline (proposed)", "gas", ["TKM", "AZE"],
     [N('gas_turkmenbashi', 'Türkmenbaşy'), v(52.80, 39.93), v(52.0, 39.95), v(50.2, 40.05), v(49.60, 40.14), N('sangachal', 'Sangachal Terminal')],
     ["gas_turkmenbashi", "sangachal"],
     [ev("2015-12-23", "proposed", ["reuters15"], note="'has so far remained on paper' (disputes on the Caspian's legal status)"),
      ev("2024-11", "proposed", ["investtm24"], note="described as a 'suspended project' that may be resumed"),
      ev("2025-02-13", "proposed", ["hdn_tm25"], note="no FID; Caspian legal status/transit still the key obstacle"),
      ev("2025-06-26", "proposed", ["cpc_sgc"], note="'has gone nowhere'; interconnector idea revived in US/EU debate")],
     ["wstream", "investtm", "investtm24", "azvision_tcgp", "reuters15", "hdn_tm25", "cpc_sgc", "exussr_tcgp", "geonames"],
     qty(300, "km", ["wstream", "azvision_tcgp"], note="about 300 km subsea (W-Stream; AzVision)"),
     [cap(30, "bcm/y", "gas", "planned", ["investtm", "wstream", "presstv15"], mn=30, mx=32, note="30 bcm/y (invest.gov.tm, AFP); W-Stream: up to 32 incl. 8 'early gas'")],
     "schematic",
     "Schematic: no route is fixed; drawn from Türkmenbaşy (GeoNames) south of the Krasnovodsk spit and straight across the Caspian to Sangachal; offshore part crosses the Turkmen and Azerbaijani sectors",
     names={"tk": "Transkaspi gaz geçirijisi", "az": "Transxəzər qaz kəməri"},
     tags=["gas", "middle_corridor"],
     description="Proposed subsea gas pipeline to bring Turkmen gas (via the East–West pipeline) to Sangachal and the Southern Gas Corridor.",
     notes="PROPOSED: no final investment decision found. Under the 2018 Caspian Convention such a pipeline needs agreement only of the states whose waters it crosses (invest.gov.tm 2024), though Russia and Iran still insist on all-littoral consent (facts compilation, weak). Leaders of Turkmenistan and Azerbaijan discussed it in Baku (exussr.org, undated, weak); ~US$5 bn funding gap, no long-term EU purchase contracts. Announced targets are not entered as expected events. A smaller 'Trans-Caspian connector' (10–12 bcm/y) has also been floated (facts compilation, weak). Since March 2025 Turkmen gas reaches Türkiye by swap via Iran instead (HDN 2025).")

line("east_west_tm", "East–West gas pipeline (Turkmenistan)", "gas", ["TKM"],
     [N('gas_shatlyk', 'Shatlyk CS'), g('Tejen', 'Tejen', 'TM'), g('Kaka', 'Kaka', 'TM'), v(58.70, 38.05), g('Bäherden', 'Baharly', 'TM'),
      g('Gyzylarbat (Serdar)', 'Serdar', 'TM'), g('Bereket', 'Bereket', 'TM'), v(54.90, 39.60), N('gas_belek', 'Belek CS')],
     ["gas_shatlyk", "gas_belek"],
     [ev("2015-12-23", "operational", ["reuters15", "gundogar15"], note="completed and commissioned at Belek")],
     ["reuters15", "gundogar15", "presstv15", "geonames"],
     qty(773, "km", ["reuters15", "presstv15"], mn=773, mx=800, note="773 km (Reuters); ~800 km (AFP/Press TV)"),
     [cap(30, "bcm/y", "gas", "design", ["reuters15"])],
     "digitised",
     GN_NOTE + ". Sources name only the Shatlyk and Belek compressor stations; the intermediate towns along the Kopetdag foothills (Tejen, Kaka, Bäherden, Serdar, Bereket) are assumptions (memory, unverified)",
     names={"tk": "Gündogar–Günbatar gaz geçirijisi", "ru": "Газопровод «Восток — Запад»"},
     tags=["gas", "middle_corridor"], operator="Türkmengaz",
     description="Domestic trunk line linking the eastern gas fields (Galkynysh area, Shatlyk CS) to Belek near the Caspian; the intended feeder of a Trans-Caspian pipeline; can also be run eastwards to supply China.")

line("cpc", "Caspian Pipeline Consortium (CPC) oil pipeline Tengiz–Novorossiysk", "oil", ["KAZ", "RUS"],
     [N('tengiz', 'Tengiz field'), v(53.45, 46.70), v(53.20, 46.95), v(52.80, 47.15), v(52.30, 47.12), N('oil_atyrau', 'Atyrau PS (city)'), v(51.30, 47.18), v(50.60, 47.12), v(49.80, 46.80), v(49.27, 46.62), b('KAZ'),
      v(48.40, 46.58), v(48.05, 46.55), v(47.70, 46.40), v(47.30, 46.20), v(46.60, 45.75), ('p', 'Komsomolsky, Kalmykia (Komsomolskaya PS; approx., memory)', 46.04, 45.34, None), v(45.60, 45.22), v(45.10, 45.30), g('Arzgir', 'Arzgir', 'RU'), v(43.80, 45.30), g('Blagodarnyy', 'Blagodarnyy', 'RU'), g('Svetlograd', 'Svetlograd', 'RU'), g('Izobil’nyy', 'Izobilnyy', 'RU'), g('Novoaleksandrovsk', 'Novoaleksandrovsk', 'RU'),
      N('oil_kropotkinskaya', 'Kropotkinskaya PS (town)'), v(40.00, 45.55), g('Korenovsk', 'Korenovsk', 'RU'), v(38.95, 45.20), v(38.60, 45.05), g('Krymsk', 'Krymsk', 'RU'), v(37.75, 44.80),
      N('cpc_terminal', 'CPC Marine Terminal (approx.)')],
     ["tengiz", "oil_atyrau", "oil_kropotkinskaya", "cpc_terminal"],
     [ev("2001", "operational", ["cpc21", "gem_cpc"], note="first tanker 2001 (facts compilation)"),
      ev("2018", "operational", ["gem_cpc"], note="expansion to 67 Mt/y completed (GEM); project launched 2011 (Tengrinews)"),
      ev("2025-02-17", "operational", ["ice25"], note="drone strike on Kropotkinskaya PS; flow continued bypassing the station at ~30% lower Kazakh volumes"),
      ev("2025-11-29", "operational", ["report_cpc25", "baird_cpc25"], note="marine terminal SPM-2 destroyed by an unmanned boat; terminal loading stopped until 1 Dec 2025, then resumed from SPM-1 at about half capacity"),
      ev("2026-02", "operational", ["tportal26"], note="2025 throughput 70.52 Mt")],
     ["cpc21", "cpc23", "gem_cpc", "tportal26", "tengri11", "geonames", "naturalearth"],
     qty(1511, "km", ["cpc21", "cpc23"], mn=1505, mx=1511, note="CPC 1,511 km; 1,505 km (piglix) and ~1,580 km (2000 reports) also cited (facts compilation)"),
     [cap(67, "Mt/y", "oil", "design", ["gem_cpc", "tengri11"], as_of="2018", note="after the CPC expansion project"),
      cap(72.5, "Mt/y", "oil", "current", ["tportal26"], mn=72.5, mx=83, note="~72.5 Mt/y from Kazakhstan, up to 83 incl. Russian entry"),
      cap(63.01, "Mt/y", "oil", "actual_throughput", ["tportal26"], as_of="2024"),
      cap(70.52, "Mt/y", "oil", "actual_throughput", ["tportal26"], as_of="2025")],
     "digitised",
     GN_NOTE + ". CPC names Tengiz, Atyrau PS, the regions (Astrakhan, Kalmykia, Stavropol, Krasnodar), Komsomolskaya PS (Kalmykia) and Kropotkin PS; the Stavropol/Krasnodar towns (Arzgir, Blagodarny, Izobilny, Korenovsk, Krymsk) and the unnamed vertices across the Astrakhan/Kalmyk steppe are assumptions (memory, unverified)",
     names={"ru": "Нефтепровод КТК Тенгиз — Новороссийск", "kk": "Каспий құбыр консорциумы"},
     tags=["oil"], operator="Caspian Pipeline Consortium (CPC-R / CPC-K)",
     owner="Russian Federation via Transneft 24%, KazMunayGas 19%, Chevron 15%, others (GEM; tportal 2026 gives the Russian share as 31%)",
     description="Export route for over two-thirds of Kazakhstan's crude (Tengiz, Kashagan, Karachaganak) plus Russian Caspian crude, 15 pump stations, to the CPC Marine Terminal near Novorossiysk.")

line("baku_novorossiysk", "Baku–Novorossiysk oil pipeline (Northern Route)", "oil", ["AZE", "RUS"],
     [N('sangachal', 'Sangachal Terminal'), v(49.70, 40.35), g('Sumqayıt (PS)', 'Sumqayit', 'AZ'), v(49.55, 40.66), v(49.30, 40.85), g('Siyəzən (PS)', 'Siyazan', 'AZ'), g('Xaçmaz', 'Khachmaz', 'AZ'),
      b('AZE'), v(48.40, 41.85), g('Derbent', 'Derbent', 'RU'), v(47.95, 42.40), v(47.55, 42.85), g('Makhachkala', 'Makhachkala', 'RU'), g('Khasavyurt', 'Khasavyurt', 'RU'), g('Gudermes', 'Gudermes', 'RU'),
      g('Grozny', 'Grozny', 'RU'), g('Mozdok', 'Mozdok', 'RU'), g('Prokhladny', 'Prokhladnyy', 'RU'), g('Nevinnomyssk', 'Nevinnomyssk', 'RU'),
      g('Armavir', 'Armavir', 'RU'), g('Tikhoretsk', 'Tikhoretsk', 'RU'), g('Korenovsk', 'Korenovsk', 'RU'), v(38.60, 45.05), g('Krymsk', 'Krymsk', 'RU'),
      N('novorossiysk_port', 'Novorossiysk port (hubs node)')],
     ["sangachal", "novorossiysk_port"],
     [ev("1997-10-25", "operational", ["gem_bn"], note="commissioned (contract 18 Feb 1996; filling from Oct 1996)"),
      ev("2020-07-17", "operational", ["azn20"], note="SOCAR resumed after a technical stop from Jan 2020; 585,000 t planned for 2020"),
      ev("2021-02-15", "operational", ["todayaz21"], note="resumed after a January pause; >1 Mt contracted for 2021"),
      ev("2022", "suspended", ["seanews23"], note="flows halted in 2022 and re-routed to BTC (Eurasianet via sea-news.az)")],
     ["gem_bn", "azn20", "todayaz21", "trend18bn", "seanews23", "geonames", "naturalearth"],
     qty(1330, "km", ["gem_bn", "azn20", "todayaz21"], mn=1147, mx=1330, note="1,330 km (GEM, SOCAR via Azernews; 231 km in AZ); Trend 2018: 1,147 km (231 AZ + 916 RU)"),
     [cap(105, "kb/d", "oil", "design", ["gem_bn", "azn20", "todayaz21"], note="maximum 105,000 b/d (~5–5.3 Mt/y)"),
      cap(0.613, "Mt/y", "oil", "actual_throughput", ["todayaz21"], as_of="2020")],
     "digitised",
     GN_NOTE + ". The AZ pump stations (Sangachal, Sumgayit, Siyazan) are from SOCAR via Azernews; the Russian section follows GEM's Grozny–Tikhoretsk–Novorossiysk description through towns chosen from memory (assumption, unverified); a Dagestan bypass of Chechnya built around 2000 is not drawn (memory, unverified); ends at the Novorossiysk port node (the Sheskharis oil terminal is on Tsemes Bay, not located in the sources)",
     names={"az": "Bakı–Novorossiysk neft kəməri", "ru": "Нефтепровод Баку — Новороссийск"},
     tags=["oil", "northern_alternative"], operator="SOCAR (AZ section); Transneft (RU section)",
     description="Soviet-era 530/720 mm oil line re-used from 1997 as Azerbaijan's northern export route to the Black Sea.",
     notes="Status: sources conflict. sea-news.az/Eurasianet (Mar 2023) say flows were halted in 2022 and re-routed to BTC; GEM still lists the line as 'operating'. No 2024–26 throughput was found in the sources searched, so 'suspended' since 2022 is used. Diameter 530 mm (SOCAR/Azernews) vs 720 mm (GEM).")

line("baku_supsa", "Baku–Supsa oil pipeline (Western Route Export Pipeline)", "oil", ["AZE", "GEO"],
     [N('sangachal', 'Sangachal Terminal'), v(49.35, 40.28), v(49.05, 40.20), g('Hacıqabul', 'Haciqabul', 'AZ'), v(48.55, 40.30), g('Kürdəmir', 'Kurdamir', 'AZ'), v(47.90, 40.45), g('Ucar', 'Ujar', 'AZ'),
      g('Ağdaş', 'Agdas', 'AZ'), g('Yevlax', 'Yevlakh', 'AZ'), g('Goranboy', 'Goranboy', 'AZ'), g('Ganja', 'Ganja', 'AZ'), g('Şəmkir', 'Shamkir', 'AZ'), g('Tovuz', 'Tovuz', 'AZ'), g('Ağstafa', 'Agstafa', 'AZ'), g('Qazax', 'Qazax', 'AZ'), v(45.25, 41.35), b('AZE'),
      v(45.18, 41.42), g('Gardabani', 'Gardabani', 'GE'), v(45.00, 41.52), g('Rustavi', 'Rustavi', 'GE'), v(44.85, 41.62), v(44.75, 41.66), g('Mtskheta', 'Mtskheta', 'GE'), v(44.55, 41.90), g('Kaspi', 'Kaspi', 'GE'), v(44.30, 41.95),
      g('Gori (Orchosani area)', 'Gori', 'GE'), v(43.95, 41.95), v(43.85, 42.00), g('Khashuri', 'Khashuri', 'GE'), v(43.45, 42.03), g('Kharagauli', 'Kharagauli', 'GE'), v(43.10, 42.08), g('Zestaponi', 'Zestaponi', 'GE'), g('Terjola', 'Terjola', 'GE'), v(42.70, 42.20), g('Samtredia', 'Samtredia', 'GE'), v(42.55, 42.10),
      g('Lanchkhuti', 'Lanchkhuti', 'GE'), v(41.90, 42.05), N('supsa_terminal', 'Supsa terminal')],
     ["sangachal", "supsa_terminal"],
     [ev("1999-04-17", "operational", ["socar_supsa", "it_supsa"], note="first oil at Supsa 8 Apr 1999; terminal inaugurated 17 Apr 1999"),
      ev("2006-10-21", "suspended", ["it_supsa"], note="stopped after inspection anomalies; sections near Zestaponi and the Kura re-routed"),
      ev("2008-06", "operational", ["it_supsa"], note="restarted after US$53 m repairs"),
      ev("2022-05", "suspended", ["seanews23", "spnews23", "caliber23"], note="halted March, then from May 2022 (Black Sea mine fears, no nominations)"),
      ev("2023-02-17", "operational", ["trend_supsa"], note="two cargoes during the six-day Ceyhan closure"),
      ev("2023-03", "suspended", ["spnews23"], note="suspended again: no shipper nominations")],
     ["socar_supsa", "trend_supsa", "spnews23", "it_supsa", "wikisum_supsa", "ng_supsa", "geonames", "naturalearth"],
     qty(830, "km", ["socar_supsa", "it_supsa", "trend_supsa"], mn=829.6, mx=837, note="SOCAR 829.6 (AZ 456.4 / GE 373.2); it.wikipedia 833; Trend 837"),
     [cap(106, "kb/d", "oil", "design", ["socar_supsa"], mn=90, mx=145, note="SOCAR: 90 kb/d nominal, 106 max; Trend 2023: >7 Mt/y = 145 kb/d")],
     "digitised",
     GN_NOTE + ". Sources name only Sangachal, Supsa, Zestaponi, the Kura crossing and Orchosani (near the South Ossetian line, Gori area); the other AZ and GE towns are assumptions (memory, unverified); 6 pump stations (3 AZ + 3 GE) not located",
     names={"az": "Bakı–Supsa neft kəməri", "ka": "ბაქო–სუფსის ნავთობსადენი", "ru": "Нефтепровод Баку — Супса"},
     tags=["oil", "middle_corridor"], operator="bp (for the ACG partners)",
     description="Western Route Export Pipeline carrying ACG early oil from Sangachal to the Supsa terminal on the Georgian Black Sea coast; idle since May 2022 except two cargoes in Feb 2023.",
     notes="SUSPENDED since 2022 (no restart found up to the newest sources). SOCAR: exploitation period ends 2026 (facts compilation). July 2015: a short length near Orchosani came under South Ossetian de facto control (wikisum, weak).")

line("kz_china_oil_atasu_alashankou", "Kazakhstan–China oil pipeline: Atasu–Alashankou", "oil", ["KAZ", "CHN"],
     [N('oil_atasu', 'Atasu'), v(73.50, 47.80), g('Balqash (north shore)', 'Balqash', 'KZ'), v(77.50, 47.00), g('Aqtoghay', 'Aktogay', 'KZ'),
      g('Usharal', 'Usharal', 'KZ'), g('Dostyk (Druzhba)', 'Dostyk', 'KZ'), b('KAZ'), v(82.62, 45.21), v(82.63, 45.19), N('alashankou', 'Alashankou (EAST group node)')],
     ["oil_atasu", "alashankou"],
     [ev("2006-07-11", "operational", ["rferl06"], note="first oil across the Alataw Pass into China"),
      ev("2024", "operational", ["intelli_kzcn", "trend_kzcn"], note="10.21 Mt of Russian oil in transit to China and Uzbekistan in 2024; 10 Mt/y transit deal extended to 2034")],
     ["rferl06", "jt07", "pravda06", "gem_kzcn", "kcp", "geonames", "naturalearth"],
     qty(962, "km", ["rferl06", "jt07", "gem_kzcn"], mn=962, mx=988, note="962 km (RFE/RL, Jamestown); 988 km (Wikipedia via GEM); ~1,000 km (AP)"),
     [cap(20, "Mt/y", "oil", "design", ["rferl06", "gem_kzcn"])],
     "digitised",
     GN_NOTE + ". Sources name Atasu and the Alataw Pass (Alashankou); the route along the north of Lake Balkhash via Aktogay, Usharal and Dostyk is an assumption (memory, unverified); ends at the Alashankou node owned by the EAST group (82.65, 45.17); the GeoNames town point lies 0.7 km inside Kazakhstan on the Natural Earth border",
     names={"kk": "Атасу — Алашанькоу мұнай құбыры", "ru": "Нефтепровод Атасу — Алашанькоу", "zh": "阿塔苏—阿拉山口原油管道"},
     tags=["oil"], operator="KazakhstanChina Pipeline LLP (KMG/CNPC 50/50)",
     description="First stage of the Kazakhstan–China oil pipeline system, carrying Kazakh (Kumkol, Aktobe, western Kazakhstan) and Russian transit crude to Xinjiang.",
     notes="Other segments (Atyrau–Kenkiyak 449 km; Kenkiyak–Kumkol 794 km = 483 + 311 per KCP, 750–761 km elsewhere, completed 2009) are not digitised here: Kenkiyak and Kumkol could not be located in GeoNames.")

line("cagp_abc", "Central Asia–China gas pipeline, lines A/B/C", "gas", ["UZB", "KAZ", "CHN"],
     [N('gas_gedaim', 'Gedaim (derived)'), g('Olot', 'Alat', 'UZ'), g('Bukhara', 'Bukhara', 'UZ'), g('Navoiy', 'Navoiy', 'UZ'), g('Samarkand', 'Samarkand', 'UZ'),
      g('Jizzax', 'Jizzax', 'UZ'), g('Guliston', 'Gulistan', 'UZ'), g('Chinoz', 'Chinoz', 'UZ'), v(69.10, 41.20), v(69.25, 41.35), g('Saryaghash', 'Saryaghash', 'KZ'),
      v(69.90, 42.05), g('Shymkent', 'Shymkent', 'KZ'), v(70.60, 42.55), g('Taraz', 'Taraz', 'KZ'), v(72.30, 43.00), v(73.18, 43.05), v(73.60, 43.20), v(74.20, 43.30), v(74.71, 43.30), v(75.50, 43.40), v(76.31, 43.28),
      v(76.95, 43.40), g('Konayev (Kapchagay)', 'Kapchagay', 'KZ'), v(78.25, 43.62), v(79.20, 44.00), g('Zharkent', 'Zharkent', 'KZ'), b('KAZ'), N('gas_khorgos', 'Khorgos')],
     ["gas_gedaim", "gas_khorgos"],
     [ev("2007", "under_construction", ["chinaorg08b"], note="Turkmen segment started 2007; Uzbek and Kazakh sections July 2008"),
      ev("2009-12", "operational", ["oge14", "xinhua20"], note="Line A (inaugurated 14–15 Dec 2009)"),
      ev("2010-10", "operational", ["oge14"], note="Line B"),
      ev("2014-05", "operational", ["oge14", "people11"], note="Line C first gas (May–June 2014)"),
      ev("2020-07-30", "operational", ["xinhua20"], note=">19 bcm delivered in H1 2020; 316 bcm cumulative")],
     ["xinhua20", "chinaorg08", "chinaorg08b", "offtech09", "people11", "piglix_cagp", "gem_cagp", "geonames", "naturalearth"],
     qty(1833, "km", ["xinhua20", "chinaorg08", "gem_cagp", "people11"], mn=1801, mx=1840, note="Xinhua: 1,833 km from the TKM–UZB border to Khorgos; China.org 2008: 1,801 km; Line C 1,840 km (People's Daily); Offshore Technology splits 1,833 as 188 TKM + 530 UZB, which conflicts with the 1,300 km Kazakh section (China.org 2008) – here the line starts at the TKM–UZB border"),
     [cap(55, "bcm/y", "gas", "design", ["oge14", "piglix_cagp", "people11", "xinhua20"], mn=55, mx=60, note="A 15 + B 15 + C 25; Xinhua 2020 says designed 60 bcm/y")],
     "digitised",
     GN_NOTE + ". Sources name Olot, Bukhara (construction start), Gazli (Line C), Shymkent and Khorgos and say the line follows the Bukhara–Tashkent–Bishkek–Almaty gas pipeline; the other towns and the unnamed vertices north of the Kyrgyz border are assumptions (memory, unverified); three parallel lines drawn as one; the Turkmen feeder from Saman-Depe (right bank of the Amu Darya, ~188 km) is not drawn",
     names={"zh": "中亚天然气管道", "ru": "Газопровод Центральная Азия — Китай"},
     tags=["gas"], operator="Trans-Asia Gas Pipeline (CNPC/PipeChina) with Uzbekneftegaz/Uztransgaz and Intergas Central Asia/QazaqGaz",
     description="Three parallel 1,067 mm lines (A, B, C) carrying Turkmen, Uzbek and Kazakh gas to China's West–East pipeline at Khorgos.")

line("cagp_d", "Central Asia–China gas pipeline, Line D (proposed/stalled)", "gas", ["TKM", "UZB", "TJK", "KGZ", "CHN"],
     [N('galkynysh', 'Galkynysh field'), v(64.50, 37.60), g('Kerki', 'Kerki', 'TM'), v(66.10, 37.75), b('TKM'), v(66.70, 38.00), g('Boysun', 'Boysun', 'UZ'), g('Denov', 'Denau', 'UZ'), b('UZB'),
      g('Tursunzoda', 'Tursunzoda', 'TJ'), g('Dushanbe', 'Dushanbe', 'TJ'), g('Vahdat', 'Vahdat', 'TJ'), g('Rasht (Gharm)', 'Gharm', 'TJ'), v(71.40, 39.25), b('TJK'),
      g('Daroot-Korgon', 'Daroot-Korgon', 'KG'), v(73.50, 39.62), b('KGZ'), N('gas_wuqia', 'Wuqia')],
     ["galkynysh", "gas_wuqia"],
     [ev("2014-09-13", "under_construction", ["trend_d"], note="ground-breaking of the Tajik section (Xi Jinping, Rahmon)"),
      ev("2020-01-30", "under_construction", ["nca20"], note="first tunnel in Rudaki district nearly complete; launch had been expected by 2022"),
      ev("2024-02-06", "proposed", ["trend_d"], note="construction stalled over pricing disagreements among participants; no pipe in service – treated as proposed")],
     ["trend_d", "nca20", "intelli_d", "wm_galk", "geonames", "naturalearth"], None,
     [cap(30, "bcm/y", "gas", "planned", ["trend_d", "nca20", "intelli_d"], mn=25, mx=30)],
     "schematic",
     "Schematic: Line D has no published route beyond the countries and section lengths; drawn from Galkynysh via Kerki, southern Uzbekistan (Boysun, Denov), Tajikistan (Tursunzoda, Dushanbe, Vahdat, Rasht valley), Kyrgyzstan (Alay valley, Daroot-Korgon) to Wuqia (Xinjiang) through GeoNames towns chosen from memory (assumption, unverified)",
     names={"zh": "中亚天然气管道D线"},
     tags=["gas"], status="proposed",
     description="Planned fourth Turkmenistan–China gas line via Uzbekistan, Tajikistan and Kyrgyzstan, bypassing Kazakhstan, to carry Galkynysh gas.",
     notes="Length: 966 km planned = UZ 205 + TJ 391 + KG 215 + CN 155 (Tajik Ministry of Energy via Trend 2024); ~1,000 km also cited. No `length` is given because the drawn line also includes the unspecified Turkmen feeder from Galkynysh. NOT OPERATIONAL; Tajik works (tunnels) started 2014 but the project stalled.")

line("igdir_nakhchivan_gas", "Iğdır–Nakhchivan gas pipeline", "gas", ["TUR", "AZE"],
     [N('igdir', 'Iğdır (city node)'), v(44.25, 39.84), g('Aralık', 'Aralik', 'TR'), v(44.62, 39.77), v(44.70, 39.70), v(44.765, 39.675), b('TUR'), N('gas_sadarak', 'Sədərək')],
     ["igdir", "gas_sadarak"],
     [ev("2020-12-15", "proposed", ["fed_nakh", "igfa_nakh"], note="MoU signed in Ankara"),
      ev("2023-09-25", "under_construction", ["fed_nakh"], note="ground-breaking by Aliyev and Erdoğan"),
      ev("2025-03-05", "operational", ["metbuat_nakh", "turan_nakh"], note="opened by video link (Ankara)")],
     ["fed_nakh", "turan_nakh", "haberet_nakh", "metbuat_nakh", "igfa_nakh", "geonames", "naturalearth"],
     qty(97.5, "km", ["fed_nakh", "turan_nakh", "igfa_nakh"], mn=85, mx=97.5, note="97.5 km = TR 80 + AZ 17.5 (Report/FED.az, turanews); Turkish reports give the new Turkish part as 85 km"),
     [cap(730, "mcm/y", "gas", "design", ["fed_nakh", "metbuat_nakh", "turan_nakh"], mn=500, mx=730, note="2 mcm/d = 730 mcm/y; 500 mcm/y quoted by Turkish media (= Nakhchivan demand); can be more than doubled")],
     "digitised",
     GN_NOTE + ". Sources give only Iğdır and Sədərək district; the path via Aralık and the Aras valley near Dilucu is an assumption (memory, unverified); starts at the lead's igdir node",
     names={"tr": "Iğdır-Nahçıvan Doğal Gaz Boru Hattı", "az": "İğdır–Naxçıvan qaz kəməri"},
     tags=["gas", "zangezur"], operator="BOTAŞ (TR section); SOCAR (AZ section)",
     description="16-inch line from the Turkish grid at Iğdır to the Nakhchivan exclave, ending its dependence on gas swapped via Iran.")

line("korpeje_kordkuy", "Korpeje–Kordkuy gas pipeline (Turkmenistan–Iran)", "gas", ["TKM", "IRN"],
     [N('gas_korpeje', 'Korpeje (approx.)'), v(54.30, 38.20), v(54.25, 38.00), v(54.32, 37.60), b('TKM'), v(54.20, 37.10), N('gas_kordkuy', 'Kord Kuy')],
     ["gas_korpeje", "gas_kordkuy"],
     [ev("1997-12-29", "operational", ["bbc97", "asbarez97"], note="opened by Niyazov and Khatami"),
      ev("2023-11-18", "operational", ["tnw_korp"], note="Turkmenistan ready to raise deliveries via Korpeje–Kurtkui"),
      ev("2025-03-01", "operational", ["hdn_tm25", "ap_tm25"], note="Turkmen gas delivered to Iran for swap to Türkiye from 1 March 2025 (the sources do not say which of the two links is used)")],
     ["bbc97", "tnw_korp", "asbarez97", "mehr09", "everychina11", "hdn_tm25", "geonames", "naturalearth"],
     qty(197, "km", ["tnw_korp", "bbc97", "asbarez97"], mn=197, mx=200, note="197 km, 132 km in Turkmenistan (mfa.gov.tm via turkishnewsworld); 200 km (IRNA via BBC; Reuters)"),
     [cap(8, "bcm/y", "gas", "design", ["mehr09", "everychina11"], mn=4, mx=8, note="initial 4 bcm/y (1997), full capacity 8 bcm/y; exports never above 6.5 bcm/y (Vremya via Mehr 2009)")],
     "schematic",
     "Schematic: the Korpeje field position is an assumption and the route between Korpeje, the Atrek border and Kord Kuy (GeoNames) is drawn with unnamed vertices to match 132 km in Turkmenistan / ~65 km in Iran",
     names={"tk": "Körpeje–Gurtguýy gaz geçirijisi"},
     tags=["gas", "southern_alternative"], operator="Türkmengaz / NIGC",
     description="First Turkmen gas export line bypassing Russia (1997), from western Turkmenistan to Golestan province in Iran.",
     notes="A new 125 km, 30 bcm/y Korpeje–Gurtguýy line is only proposed (zamanturkmenistan, weak; facts compilation).")

line("dovletabad_sarakhs_khangiran", "Dauletabad–Sarakhs–Khangiran gas pipeline (Turkmenistan–Iran)", "gas", ["TKM", "IRN"],
     [N('gas_salyp_yar', 'Salyp Yar/Sarahs (approx.)'), b('TKM'), v(61.05, 36.42), N('gas_khangiran', 'Khangiran (approx.)')],
     ["gas_salyp_yar", "gas_khangiran"],
     [ev("2009-10", "under_construction", ["gem_dsk"], note="decision July 2009; completed Oct 2009"),
      ev("2010-01-06", "operational", ["gem_dsk", "cctv10", "messenger10"], note="gas from 3 Jan 2010; inaugurated 6 Jan 2010"),
      ev("2025-03-01", "operational", ["hdn_tm25", "ap_tm25"], note="Turkmen gas to Iran for swap to Türkiye (link used not specified)")],
     ["gem_dsk", "messenger10", "irantimes", "everychina11", "cctv10", "mehr09", "geonames", "naturalearth"],
     qty(30.5, "km", ["messenger10", "irantimes"], mn=30.5, mx=35, note="cross-border spur 30.5 km (Messenger) or 35 km (Iran Times); GEM gives 182 km, apparently including the Dauletabad–Sarakhs feeder in Turkmenistan, which is not drawn"),
     [cap(12, "bcm/y", "gas", "design", ["gem_dsk", "everychina11"], mn=6, mx=12, note="6 bcm/y initial, to double to 12 (GEM: 12)")],
     "schematic",
     "Schematic: only the cross-border spur is drawn, from the Sarahs (TKM) GeoNames point standing in for Salyp Yar to an approximate Khangiran position (assumption); the Dauletabad field feeder is not drawn",
     names={"tk": "Döwletabat–Sarahs–Hangeran gaz geçirijisi", "fa": "خط لوله گاز دولت‌آباد–سرخس–خانگیران"},
     tags=["gas", "southern_alternative"], operator="Türkmengaz (TKM side) / NIGC",
     description="Second Turkmenistan–Iran gas link (2010) from the Dauletabad field via Sarahs to the Khangiran refinery, connecting to the Iran Gas Trunkline and the Sarakhs–Tehran line.")

print("\nlength table (geodesic vs official)")
for r in LEN_TABLE:
    print("%-32s %8s %8s %s" % (r[0], r[1], r[2], "" if r[2] is None else "[%s..%s] %+.1f%%" % (r[3], r[4], (r[1] / r[2] - 1) * 100)))
