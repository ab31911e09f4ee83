"""Build layers/data/curated/energy.geojson (layer 'energy'): pipelines, terminals, fields and junctions.

Run from the repository root: ``python scripts/curated/build_energy.py``. Sources are in ``S`` below; nodes in
``energy_points.py``, pipelines in ``energy_lines.py`` (researched and digitised by a helper session, 2026-11-24/25).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import *  # noqa: E402,F403
import common as _common  # noqa: E402

READ = "2026-11-24"  # when this group's sources were read
READ2 = "2026-11-29"  # sources of the Kazakh oil outlets (Atyrau–Kenkiyak–Kumkol, Aktau–Sangachal)


def src(id, title, url, publisher=None, note=None, accessed=READ):  # noqa: F811
    return _common.src(id, title, url, publisher, note, accessed)


GEONAMES = dict(_common.GEONAMES, accessed=READ)
NE = dict(_common.NE, accessed=READ)

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "layers" / "data" / "curated" / "energy.geojson"
LAYER = "energy"
FN = "via corridorkit facts compilation; not re-read"
F = "2026-11"

def n(id, title, url, publisher=None, note=None):
    return src(id, title, url, publisher, note, accessed=READ2)

def s(id, title, url, publisher=None, note=None, facts=False):
    if facts:
        note = FN + (": " + note if note else "")
        return src(id, title, url, publisher, note, accessed=F)
    return src(id, title, url, publisher, note)

S = {
 "geonames": GEONAMES, "naturalearth": NE,
 # ---- coordinates
 "nn_sangachal": s("nn_sangachal", "Sangachalterminalen (nn.wikipedia)", "https://nn.wikipedia.org/wiki/Sangachalterminalen", "Wikipedia", "coordinates 40.2013 N, 49.4813 E; 55 km S of Baku (bp)", facts=True),
 "ml_sd": s("ml_sd", "Shah Deniz (MarineLink oil rigs)", "https://ports.marinelink.com/oilrigs/rig/shah-deniz", "MarineLink", "39.937 N, 50.377 E", facts=True),
 "ml_acg": s("ml_acg", "Azeri-Chirag-Gunashli (MarineLink oil rigs)", "https://ports.marinelink.com/oilrigs/rig/azerichiraggunashli", "MarineLink",
             "complex at 40.21967 N, 51.09767 E; 100–120 km E of Baku; Phase 1 incl. a 30-inch offshore pipeline over 190 km to Sangachal; West Azeri from Dec 2005, East Azeri Jan 2007"),
 "bp_acg": s("bp_acg", "Azeri-Chirag-Deepwater Gunashli (bp Azerbaijan)", "https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/acg2.html", "bp",
             "ACG about 100 km east of Baku, largest oilfield in the Azerbaijan sector; PSA signed Sept 1994, effective 12 Dec 1994, extended in 2017 to mid-century"),
 "oga_acg": s("oga_acg", "Azeri-Chirag-Gunashli Oilfield (Oil & Gas Advancement)", "https://oilandgasadvancement.com/projects/azeri-chirag-gunashli-oilfield-azerbaijan", "oilandgasadvancement.com",
              "field 120 km off the coast; production since November 1997 (Chirag-1); 176 km 24-inch oil pipeline Chirag–Sangachal"),
 "azn_acg": s("azn_acg", "Central Azeri platform restarted (Azernews, 3 May 2019)", "https://www.azernews.az/oil_and_gas/150127.html", "Azernews",
              "ACG = 6 production platforms + 2 PCWU; 2018 average 584,000 b/d (~29 Mt)"),
 "piglix_tengiz": s("piglix_tengiz", "Tengiz Field (Wikipedia via piglix)", "http://piglix.com/piglix/Tengiz_Field", "Wikipedia mirror", "46.1528 N, 53.3833 E", facts=True),
 "wm_galk": s("wm_galk", "Galkynysh Gas Field (Wikipedia via wikimili)", "https://wikimili.com/en/Galkynysh_Gas_Field", "Wikipedia mirror",
              "37.3014 N, 62.3586 E, near Yolöten, Mary Province; discovery announced 2 Nov 2006; renamed Galkynysh Nov 2011; production started Sept 2013; operator Türkmengaz"),
 "tp_galk": s("tp_galk", "The President of Turkmenistan visited the world's largest gas field Galkynysh (Turkmenportal, 3 Jan 2022)", "https://turkmenportal.com/en/blog/42999/prezident-turkmenistana-posetil-krupneishee-v-mire-gazovoe-mestorozhdenie-galkynysh", "Turkmenportal",
             "50 km from Mary; area 1,842 km2; operation began summer 2013; reserves with Yashlar 27.4 tcm (GCA)"),
 "ports_ge": s("ports_ge", "List of ports in Georgia (Wikipedia, osmarks mirror)", "https://en.wikipedia.org/wiki/List_of_ports_in_Georgia_(country)", "Wikipedia",
               "Supsa terminal 42.0258 N, 41.7666 E; Kulevi 42.2675 N, 41.6386 E; 2015 throughput Supsa 4.2 Mt, Kulevi 2.5 Mt; Kulevi owned by SOCAR since 2007", facts=True),
 "facts_khorgos": s("facts_khorgos", "Khorgos (Wikipedia via wikimili)", "https://wikimili.com/en/Khorgas", "Wikipedia mirror", "Khorgos (CN city) 44.2125 N, 80.4097 E", facts=True),
 # ---- BTC
 "bp_btc": s("bp_btc", "BTC (bp Azerbaijan)", "https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html", "bp",
             "1,768 km (AZ 443 / GE 249 / TR 1,076); 1.0 mb/d, 1.2 mb/d since Mar 2009 with DRA; route through AZ districts Garadagh, Absheron, Hajigabul, Agsu, Kurdamir, Ujar, Agdash, Yevlakh, Goranboy, Samukh, Shamkir, Tovuz, Agstafa; BP operates AZ/GE sections, BOTAŞ International the TR section", facts=True),
 "bp_ge_btc": s("bp_ge_btc", "Baku-Tbilisi-Ceyhan pipeline (bp Georgia)", "https://bp.com/en_ge/georgia/home/who-we-are/btc.html", "bp",
                "443 km AZ, 249 km GE, 1,076 km TR to Ceyhan Marine Terminal; buried; max altitude 2,800 m; capacity 1 mb/d, 1.2 mb/d after 2009 DRA work; 8 pump stations (2 AZ, 2 GE, 4 TR), 2 intermediate pigging stations, 101 block valves; Kodiana alpine section"),
 "geoenc_btc": s("geoenc_btc", "Baku–Tbilisi–Ceyhan pipeline (Georgian Encyclopedia)", "https://georgianencyclopedia.ge/en/form_eng/410", "Georgian Encyclopedia", "1,776 km (449/235/1,092)", facts=True),
 "hurriyet05": s("hurriyet05", "Sezer attends opening of Baku-Tblisi-Ceyhan pipeline (Hürriyet, 13 Oct 2005)", "http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726", "Hürriyet",
                 "total 1,743 km incl. 235 km in Georgia; annual capacity 50 Mt; first pumping station in Georgia in Gardabani district on the AZ border"),
 "turinsaat": s("turinsaat", "BTC crude oil pipeline project, Lot B (Tur İnşaat)", "http://turinsaat.com.tr/en/portfolio-item/baku-tbilisi-ceyhan-crude-oil-pipeline-project-and-block-valve-stations-excavation-filling-pipe-culvert-and-drainage-pipe-installation-lot-b/", "Tur İnşaat",
                 "1,768 km: 443 AZ, 249 GE, 1,076 TR; Turkish section 1,075,336 m; ground-breaking 17 Sept 2002 at Sangachal; in operation 2006"),
 "yenimesaj": s("yenimesaj", "BTC'den ilk tanker yola çıktı (Yeni Mesaj, June 2006)", "https://www.yenimesaj.com.tr/btcden-ilk-tanker-yola-cikti-H1142927.htm", "Yeni Mesaj",
                "line filled from May 2005 (10 million bbl); first oil reached Ceyhan terminal 28 May 2006; first tanker British Hawthorn left Ceyhan 4 June 2006"),
 "hurriyet20": s("hurriyet20", "BTC hattından 14 yılda 4 bin 500'den fazla tankere ham petrol yüklendi (Hürriyet, 2 June 2020)", "https://hurriyet.com.tr/ekonomi/btc-hattindan-14-yilda-4-bin-500den-fazla-tankere-ham-petrol-yuklendi-41532510", "Hürriyet (AA)",
                 "end point: Haydar Aliyev Marine Terminal in Ceyhan district, Adana; operations began 2 June 2006, official opening 13 July 2006; BOTAŞ International (BIL) operates the Turkish side"),
 "hurriyet06": s("hurriyet06", "Oil expected at Ceyhan by March 2006 (Hürriyet, 20 Jan 2006)", "http://www.hurriyet.com.tr/gundem/oil-expected-at-ceyhan-by-march-2006-3817085", "Hürriyet",
                 "Ceyhan terminal: 7 oil tanks and a 2 km berth where two 300,000 t tankers can load simultaneously; Turkish section 1,070 km"),
 "beyaz23": s("beyaz23", "Türkiye'nin Ceyhan terminalinde petrol sevkiyatı yeniden başladı (Beyaz Gazete, Feb 2023)", "https://mobile.beyazgazete.com/haber/turkiye-nin-ceyhan-terminalinde-petrol-sevkiyati-yeniden-basladi-6727985.html", "Beyaz Gazete",
              "loading at Ceyhan stopped after the 6 Feb 2023 Kahramanmaraş earthquakes damaged a BTC overpass; resumed after repairs"),
 "pgj25": s("pgj25", "Azerbaijan, Kazakhstan plan to boost oil transit through BTC by 2027 (PGJ/Reuters, Oct 2025)", "http://www.pgjonline.com/news/2025/october/azerbaijan-kazakhstan-plan-to-boost-oil-transit-through-btc-pipeline-by-2027", "Pipeline & Gas Journal",
            "Jan–Aug 2025 AZ exports via BTC 18.4 Mt (−5.3%); Kazakh oil via BTC 3.4 Mt since 2023; target 7 Mt/y by 2027", facts=True),
 "caliber23": s("caliber23", "Oil transportation via Baku-Supsa temporarily resumed (Caliber)", "https://caliber.az/en/post/oil-transportation-via-baku-supsa-temporarily-resumed", "Caliber.az (Report/Eurasianet)",
                "Baku-Supsa halted March then May 2022 (Black Sea mine fears), volumes re-routed to BTC (~3 million bbl/month); two cargoes Feb 2023 during Ceyhan closure; BTC pumps 1.2 mb/d, expandable to 2.2 mb/d (bp)"),
 # ---- SCP / SCPX
 "sgc_scp": s("sgc_scp", "South Caucasus Pipeline (Southern Gas Corridor CJSC)", "https://www.sgc.az/en/project/scp", "SGC",
              "692 km (AZ 443 / GE 249), 42 inch; SCPX loop 489 km (AZ 424 / GE 63 / 2 km TANAP tie-in), 48 inch, 2 new compressor stations in GE, operating since 30 Jun 2018; capacity 7.41 bcm/y before, ~23.4 after SCPX, expandable to 31", facts=True),
 "bp_ge_scp": s("bp_ge_scp", "South Caucasus Pipeline (bp Georgia)", "https://www.bp.com/en_ge/georgia/home/who-we-are/scp.html", "bp",
                "692 km, Shah Deniz field through Georgia to the Georgia–Turkey border, built in the BTC corridor in Georgia, completed 2006; gas entered the Georgian section Sept 2006; 12 km link to the Georgian grid near Gardabani; first commercial gas to Georgia Jan 2007; at the border links to the Turkish extension to the grid at Erzurum"),
 "encom": s("encom", "PLIMA Gas22: SCPX (Energy Community)", "https://energy-community.org/regionalinitiatives/infrastructure/PLIMA/Gas22.html", "Energy Community Secretariat",
            "SCP deliveries from 2006; current capacity 7.4 bcm/y, 692.0 km; SCPX expands to 23 bcm/y (+16) with a 48-inch loop ~489 km (424 AZ, 63 GE, 2 km tie-in); CSG1 and CSG2 in Georgia; SCPFX +5 bcm/y (planned)"),
 "enka": s("enka", "SCPX Early Works and Facilities (ENKA)", "https://www.enka.com/portfolio-item/scpx-early-works-and-facilities/", "ENKA",
           "existing 690 km 42-inch SCP, 7.4 bcm/y; SCPX new 48-inch pipeline +~16 bcm/y connected to TANAP; compressor stations CSG-1 and CSG-2 and AREA 81 pressure reduction/metering at the GE–TR border (operational 2017); brownfield works at PSG-1 Gardabani and AREA 80 at Vale"),
 "gogc": s("gogc", "Gas Transportation (Georgian Oil and Gas Corporation)", "http://www.gogc.ge/en/gas-transportation", "GOGC",
           "SCP length 691 km, 249 km in Georgia, same corridor as BTC; first commercial gas Jan 2007"),
 "xebersaati17": s("xebersaati17", "SCPX project: construction complete at majority of facilities in Georgia (Trend via xebersaati, 30 Dec 2017)", "http://www.xebersaati.com/news/159264-scpx-project-construction-complete-at-majority-of-facilities-in-georgia/", "Trend",
                   "CSG1, Area 81 at the GE–TR border and the 62 km SCPX extension incl. TANAP connection completed; CSG2 90% complete"),
 "minenergy_sgc": s("minenergy_sgc", "Southern Gas Corridor (Ministry of Energy of Azerbaijan)", "https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196", "Ministry of Energy of Azerbaijan",
                    "TANAP Phase 0 inaugurated 12 Jun 2018 (Eskişehir), first commercial gas 30 Jun 2018; Europe section 30 Nov 2019; SOCAR 51, BOTAŞ 30, BP 12, SOCAR Turkey 7 %", facts=True),
 "cpc_sgc": s("cpc_sgc", "Trans-Caspian gas: from pipedream to pipeline? (Caspian Policy Center, 2025)", "https://www.caspianpolicy.org/research/category/trans-caspian-gas-from-pipedream-to-pipeline", "Caspian Policy Center",
              "AZ gas exports 2024 25.2 bcm (GE 2.4, TR 9.9, Europe 12.9); Southern Gas Corridor 'pretty much full'", facts=True),
 # ---- TANAP
 "tanap": s("tanap", "Route and Above Ground Installations (TANAP)", "https://tanap.com/en/route-above-ground-installations", "TANAP Doğalgaz İletim A.Ş.",
            "from the Georgia–Turkey border (Ardahan-Posof) to the Turkish–Greek border (Edirne-İpsala); 20 provinces (Ardahan, Kars, Erzurum, Erzincan, Bayburt, Gümüşhane, Giresun, Sivas, Yozgat, Kırşehir, Kırıkkale, Ankara, Eskişehir, Bilecik, Kütahya, Bursa, Balıkesir, Çanakkale, Tekirdağ, Edirne); 1,811 km incl. 2x17.5 km under the Marmara Sea; offtakes Eskişehir and Thrace; 2 compressor stations (7 at 31 bcm/y); Phase 0 Ardahan–Eskişehir 1,339 km 56-inch; Phase 1 Eskişehir–İpsala 455 km 48-inch; 16 bcm/y at the outset, then 24 and 31"),
 "socarde18": s("socarde18", "Erfolgreiche Verbindung mit TANAP an türkisch-griechischer Grenze (SOCAR Deutschland, Dec 2018)", "https://socar.de/2018/12/erfolgreiche-verbindung-mit-tanap-an-tuerkisch-griechischer-grenze/", "SOCAR Deutschland (haqqin.az)",
                "TANAP joined to TAP on the bank of the Maritsa/Evros at the TR–GR border; TANAP 1,850 km from Türkgözü (Ardahan) to İpsala (Edirne); 16 bcm/y initial, ~6 to Türkiye; TAP 878 km (GR 550, AL 215, Adriatic 105, IT 8)"),
 "yapi18": s("yapi18", "TANAP 12 Haziran'da devreye giriyor (yapi.com.tr/AA, 2018)", "http://yapi.com.tr/haberler/tanap-12-haziranda-devreye-giriyor-_166221.html", "yapi.com.tr (Anadolu Agency)",
             "opening 12 June 2018 at the Eskişehir Compressor and Metering Station, the first point of gas delivery in Türkiye; route from Türkgözü village (Posof, Ardahan) through 20 provinces; 1,850 km; ends at İpsala; 16 bcm/y (10 Europe, 6 Türkiye)"),
 "todayaz19": s("todayaz19", "Opening ceremony of TANAP-Europe connection (Trend via today.az, 29 Nov 2019)", "http://www.today.az/news/business/188720.html", "Trend / today.az",
                "ceremony 30 Nov 2019 in İpsala, Edirne, near the Greek border where TANAP connects to TAP"),
 "oga_tanap": s("oga_tanap", "Shareholder agreement signed for TANAP (Oil & Gas Advancement)", "https://oilandgasadvancement.com/news/shareholder-agreement-signed-for-trans-anatolian-natural-gas-pipeline-project", "oilandgasadvancement.com",
                "1,850 km; starts at Türkgözü village, Posof district, Ardahan; 1,334 km from the border to Eskişehir (56-inch); 16 → 24 (2023) → 31 bcm/y (2026) planned"),
 "brecorder": s("brecorder", "TANAP (Business Recorder)", "https://brecorder.com/news/amp/549234", "Business Recorder", "16 bcm/y (6 Türkiye + 10 Europe); to 24 then 31", facts=True),
 # ---- TAP
 "trend_tap18": s("trend_tap18", "TAP (Trend, 2018)", "https://en.trend.az/business/energy/2920077.html", "Trend", "878 km = GR 550 / AL 215 / Adriatic 105 / IT 8; highest point 1,800 m (AL), deepest −820 m", facts=True),
 "tap_gr": s("tap_gr", "In Greece (TAP AG)", "https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece", "TAP AG",
             "route from Kipoi (GR–TR border) across northern Greece to the Albanian border SW of Ieropigi; compressor station at Kipoi", facts=True),
 "wiki_tap": s("wiki_tap", "Trans Adriatic Pipeline (Wikipedia)", "https://en.wikipedia.org/wiki/Trans_Adriatic_Pipeline", "Wikipedia",
               "10 bcm/y expandable to 20; Bilisht – Fier – Adriatic – Melendugno (Apulia); TAP AG shareholders BP, SOCAR, Snam, Fluxys, Enagás (20% each)", facts=True),
 "trend_tap21": s("trend_tap21", "TAP (Trend 3486831)", "https://en.trend.az/business/energy/3486831.html", "Trend",
                  "construction from 17 May 2016; gas to Europe from 31 Dec 2020; allocation 8 IT / 1 GR / 1 BG", facts=True),
 "kobi": s("kobi", "TANAP ile TAP arasındaki altın kaynak (kobipostasi.net)", "https://kobipostasi.net/?p=108824", "Kobi Postası",
           "golden weld TANAP–TAP on the Meriç (Evros) river bank at the TR–GR border; TAP 878 km: 550 GR, 215 AL, 105 Adriatic, 8 IT"),
 # ---- TCGP / Turkmenistan
 "wstream": s("wstream", "Plan of work (W-Stream Caspian Pipeline Company)", "http://w-stream-transcaspian.com/plan-of-work/", "W-Stream",
              "~300 km subsea Türkmenbaşy area → Sangachal; up to 32 bcm/y incl. 8 'early gas'", facts=True),
 "investtm": s("investtm", "Trans-Caspian gas pipeline (invest.gov.tm news 1302)", "https://invest.gov.tm/news/view?id=1302", "Agency for Protection from Economic Risks / invest.gov.tm", "30 bcm/y", facts=True),
 "azvision_tcgp": s("azvision_tcgp", "Trans-Caspian pipeline (azvision.az news 39472)", "https://azvision.az/news/39472", "AzVision", "about 300 km", facts=True),
 "reuters15": s("reuters15", "Turkmenistan boosts gas export capacity with East-West link (Reuters, 23 Dec 2015)", "https://www.reuters.com/article/turkmenistan-pipeline-idUSL8N14C0GT20151223", "Reuters",
                "East-West pipeline completed 23 Dec 2015 (ceremony at Belek near the Caspian); 773 km; 30 bcm/y; US$2.5 bn; connects Galkynysh and other eastern fields to the Caspian coast; proposed Trans-Caspian pipeline 'has so far remained on paper'"),
 "gundogar15": s("gundogar15", "23 декабря сдадут в эксплуатацию газопровод «Восток-Запад» (Gundogar, 19 Dec 2015)", "http://gundogar-news.com/index.php?category_id=2&news_id=7273", "Gundogar",
                 "the new main connects the Shatlyk compressor station (Mary velayat) with the Belek compressor station (Balkan velayat); built by Türkmennebitgazgurlushyk for Türkmengaz"),
 "presstv15": s("presstv15", "Turkmenistan completes East-West gas pipeline (Press TV, 23 Dec 2015)", "https://presstv.ir/Detail/2015/12/23/442928/Turkmenistan-gas-pipeline-Caspian-Sea-President-Gurbanguly-Berdimuhamedow--", "Press TV (AFP)",
                "opening at Belek compressor station ~500 km NW of Ashgabat; ~800 km; proposed TCGP ~US$5 bn, up to 30 bcm/y"),
 "hdn_tm25": s("hdn_tm25", "Türkiye to receive 1.3 bcm of Turkmen gas in 2025: Minister (Hürriyet Daily News, 13 Feb 2025)", "https://www.hurriyetdailynews.com/turkiye-to-receive-1-3-bcm-of-turkmen-gas-in-2025-minister-205769", "Hürriyet Daily News (AA)",
              "Turkmen gas sent to Iran and on to Türkiye's Gürbulak entry via the Iran–Türkiye pipeline under a swap from 1 March 2025 (1.3 bcm in 2025); minister: the key challenge for a Caspian pipeline is the legal status/transit of the Caspian Sea"),
 "ap_tm25": s("ap_tm25", "Turkmenistan reaches deal with Turkey to ship natural gas via Iran (AP, 11 Feb 2025)", "https://www.mymotherlode.com/news/world/3509888/turkmenistan-reaches-deal-with-turkey-to-ship-natural-gas-via-iran.html", "Associated Press",
              "Türkmengaz–BOTAŞ contract, supplies from 1 March 2025 via Iran; in 2024 Turkmenistan signed a contract with Iran for 10 bcm/y to be shipped on to Iraq"),
 # ---- CPC
 "cpc21": s("cpc21", "Reliable Channel for Caspian Crude (CPC, interview with N. Gorban, 26 Apr 2021)", "https://www.cpc.ru/EN/press/pressaboutus/Pages/20210426.aspx", "Caspian Pipeline Consortium",
            "1,511 km from the Tengiz field through Atyrau Oblast, then Astrakhan Oblast, Kalmykia, Stavropol Krai and Krasnodar Krai to the Marine Terminal near Novorossiysk; 15 pump stations; crude received at Tengiz PS, Atyrau PS, Komsomolskaya PS and Kropotkin PS"),
 "cpc23": s("cpc23", "CPC suspends loading (CPC press release, 27 Nov 2023)", "https://www.cpc.ru/en/press/releases/2023/pages/20231127-1.aspx", "Caspian Pipeline Consortium",
            "Tengiz–Novorossiysk pipeline 1,511 km, carries over two-thirds of Kazakhstan's export crude plus Russian crude; Marine Terminal with three SPMs 5 km offshore"),
 "cpc21b": s("cpc21b", "Results of bottom sediment, water and air samples near CPC Marine Terminal (CPC, 7 Sep 2021)", "http://www.cpc.ru/en/press/releases/2021/pages/20210907.aspx", "Caspian Pipeline Consortium",
             "CPC Marine Terminal (MT) in Yuzhnaya Ozereyevka"),
 "tengri11": s("tengri11", "Project to expand CPC pipeline capacity launched (Tengrinews, 1 Jul 2011)", "https://en.tengrinews.kz/industry_infrastructure/Project-to-expand-Caspian-Pipeline-Consortium-pipeline-2923/", "Tengrinews",
               "expansion to 67 Mt/y: 10 new pump stations, upgrade of 5, third SPM at the Yuzhnaya Ozereevka loading terminal; 2010 throughput 34.9 Mt"),
 "gem_cpc": s("gem_cpc", "Caspian Pipeline (Global Energy Monitor)", "https://www.gem.wiki/Caspian_Pipeline", "Global Energy Monitor",
              "67 Mt/y after the 2018 expansion; shareholders Transneft 24%, KMG 19%, Chevron 15% ...", facts=True),
 "tportal26": s("tportal26", "Poznato koliko je nafte prebačeno Kaspijskim naftovodnim konzorcijem u prošloj godini (tportal/TASS, 26 Feb 2026)", "https://www.tportal.hr/vijesti/clanak/poznato-koliko-je-nafte-prebaceno-kaspijskim-naftovodnim-konzorcijem-u-prosloj-godini-20260226", "tportal.hr (TASS)",
                "throughput 2024 63.01 Mt, 2025 70.52 Mt; ~72.5 Mt/y from KZ, up to 83 Mt/y incl. Russian entry", facts=True),
 "ice25": s("ice25", "Transneft: Kazakh oil via CPC down ~30% after pumping station damage (ICE/Interfax, 18 Feb 2025)", "https://www.ice.it/it/news/notizie-dal-mondo/279372", "ICE – Italian Trade Agency (Interfax)",
            "seven drones struck Kropotkinskaya, the largest CPC pump station, on 17 Feb 2025; oil moved by an emergency scheme bypassing the station; 1.5–2 months to repair"),
 "capvue25": s("capvue25", "Kropotkinskaya oil pumping station restoration completed by the CPC (capitalvue.top, May 2025)", "https://capitalvue.top/en/kropotkinskaya-oil-pumping-station-restoration-project-completed-by-the-cpc", "capitalvue.top (Kazinform rewrite; weak)",
               "restoration finished, full operation after a planned stop on 20 May 2025"),
 # ---- Baku–Novorossiysk
 "gem_bn": s("gem_bn", "Baku-Novorossiysk Oil Pipeline (Global Energy Monitor)", "https://www.gem.wiki/Baku-Novorossiysk_Oil_Pipeline", "Global Energy Monitor",
             "1,330 km from Sangachal Terminal to Novorossiysk; SOCAR (AZ) / Transneft (RU); 5.3 Mt/y, 105,000 bpd; diameter 720 mm; commissioned 25 Oct 1997; AIOC stopped using it 1 Apr 2007, SOCAR operator; status 'Operating'"),
 "azn20": s("azn20", "SOCAR transported about 85,000 tons via Baku-Novorossiysk in July (Azernews, 4 Aug 2020)", "https://www.azernews.az/oil_and_gas/167679.html", "Azernews",
            "3 pump stations Sangachal, Sumgayit, Siyazan; diameter 530 mm; 1,330 km of which 231 km in Azerbaijan; filling started Oct 1996; max 105,000 b/d; 2019 volume 824,000 t"),
 "todayaz21": s("todayaz21", "SOCAR and Transneft deal for 2021 (Azernews via today.az, 21 Jan 2021)", "http://www.today.az/news/business/202715.html", "today.az / Azernews",
                "max 105,000 b/d; 3 pump stations Sangachal, Sumgayit, Siyazan; 530 mm; 1,330 km (231 km AZ); 2020 exports 613,000 t"),
 "trend18bn": s("trend18bn", "SOCAR October 2018 plans for Baku-Novorossiysk (Trend, 2018)", "https://www.trend.az/business/energy/2966855.html", "Trend",
                "length 1,147 km: Azerbaijani section 231 km, Russian 916 km; max 105,000 b/d; 1.5 Mt in 2017"),
 "seanews23": s("seanews23", "Azerbaijani oil briefly resumes flowing through Baku-Supsa pipeline (sea-news.az, 2 Mar 2023)", "https://sea-news.az/2023/03/02/azerbaijani-oil-briefly-resumes-flowing-through-baku-supsa-pipeline/", "sea-news.az (Report/Eurasianet)",
                "Baku-Supsa halted temporarily in March and permanently in May 2022 (mine fears in the Black Sea), re-routed to BTC; restarted for two cargoes only because of the six-day Ceyhan closure after the 6 Feb 2023 earthquakes; flow through Baku–Novorossiysk was also halted in 2022 and re-routed to BTC"),
 # ---- Baku–Supsa
 "socar_supsa": s("socar_supsa", "Baku-Supsa Pipeline (SOCAR)", "https://www.socar.az/en/page/baku-supsa-pipeline", "SOCAR",
                  "829.6 km (AZ 456.4 / GE 373.2); 90 kb/d nominal, 106 kb/d max; first oil at Supsa 8 Apr 1999, opened 17 Apr 1999; 6 pump stations (3+3); BP operates for the ACG partners", facts=True),
 "trend_supsa": s("trend_supsa", "bp resumed oil transportation through Baku-Supsa (Trend, 17 Feb 2023)", "https://en.trend.az/business/energy/3711592.html", "Trend",
                  "837 km; >7 Mt/y (145,000 b/d); operator bp; pumping stopped March 2022, resumed after repairs 1–17 April, then suspended for lack of shipper nominations; two tankers loaded at Supsa Feb 2023"),
 "spnews23": s("spnews23", "Crude oil transportation through Baku-Supsa oil pipeline suspended again (SPNews, 2023)", "https://spnews.io/en/news-detail/crude-oil-transportation-through-baku-supsa-oil-pipeline-suspended-again-38667", "SPNews (Trend)",
               "pipeline in working condition but needs shipper nominations; exports suspended since May 2022; 837 km, >7 Mt/y (145,000 b/d)"),
 "ng_supsa": s("ng_supsa", "Азербайджан возобновит эксплуатацию нефтепровода Баку-Супса (Novosti-Gruzia, 24 Oct)", "https://www.newsgeorgia.ge/azerbajdzhan-vozobnovit-jekspluataciju-nefteprovoda-baku-supsa/", "Novosti-Gruzia",
               "President Aliyev in Georgia: 'I know it is not operating now, but we want to load this channel too'; opened 1999, >7 Mt/y (article year not shown in the stored copy)"),
 "it_supsa": s("it_supsa", "Oleodotto Baku-Supsa (it.wikipedia mirror)", "https://profilpelajar.com/it/Oleodotto_Baku-Supsa", "Wikipedia mirror",
               "833 km Sangachal–Supsa; terminal inaugurated 17 Apr 1999; cost US$556 m; sections near Zestaponi and the Kura river re-routed in 2006–08 repairs; shut Aug 2008 during the South Ossetia conflict"),
 "wikisum_supsa": s("wikisum_supsa", "Western Route Export Pipeline (wikisum)", "https://wikisum.wiki/wiki/Western_Route_Export_Pipeline", "wikisum (weak)",
                    "July 2015: South Ossetian de facto border pushed forward near the village of Orchosani, taking control of a short length of the pipeline"),
 # ---- Central Asia–China
 "xinhua20": s("xinhua20", "China-Central Asia gas pipeline delivers 19 bcm in H1 (Xinhua, 30 Jul 2020)", "http://xinhuanet.com/english/2020-07/30/c_139251568.htm", "Xinhua",
               "runs from the TKM–UZB border through Uzbekistan and Kazakhstan to Khorgos (Xinjiang) where it joins the West–East pipeline; 1,833 km; designed 60 bcm/y; 10 years in operation"),
 "chinaorg08": s("chinaorg08", "Central Asian gas pipeline construction (China.org.cn, 2 Jul 2008)", "http://english.china.org.cn/business/highlights/2008-07/02/content_15923080.htm", "China.org.cn",
                 "1,801 km from the TKM–UZB border through central Uzbekistan and southern Kazakhstan into China via Horgos; two parallel lines; construction began at Bukhara"),
 "chinaorg08b": s("chinaorg08b", "Kazakhstan joins construction of pan-Central Asia pipeline (China.org.cn/Xinhua, 10 Jul 2008)", "http://english.china.org.cn/environment/news/2008-07/10/content_15988108.htm", "China.org.cn (Xinhua)",
                  "Kazakh section 1,300 km, construction opened in Almaty 9 Jul 2008; Uzbek part started July 2008, Turkmen segment 2007"),
 "offtech09": s("offtech09", "Samandepe gas pipeline inaugurated (Offshore Technology, Dec 2009)", "https://www.offshore-technology.com/uncategorized/news72407-html/", "Offshore Technology",
                "1,833 km of which 188 km in Turkmenistan and 530 km in Uzbekistan (a different split than Xinhua's border-to-Khorgos 1,833 km)"),
 "people11": s("people11", "Uzbekistan to build gas pipeline to China (People's Daily, 19 Dec 2011)", "http://en.people.cn/90778/7681457.html", "People's Daily Online",
               "Line C commencement at Gazli, 110 km from Bukhara, 15 Dec 2011; Line C 1,840 km, 529 km in Uzbekistan, 25 bcm/y; whole system >55 bcm/y from 2014"),
 "piglix_cagp": s("piglix_cagp", "Central Asia–China gas pipeline (Wikipedia via piglix)", "http://piglix.com/piglix/Central_Asia%E2%80%93China_gas_pipeline", "Wikipedia mirror",
                  "from the right bank of the Amu Darya (Saman-Depe) via Olot, Shymkent to Horgos; runs alongside the Bukhara–Tashkent–Bishkek–Almaty pipeline; 1,833 km; 55 bcm/y; 1,067 mm; commissioned 2009"),
 "oge14": s("oge14", "China, Central Asian countries open 3rd gas line (Oil&Gas Eurasia, 2014)", "https://www.oilandgaseurasia.com/en/news/china-central-asian-countries-open-3rd-gas-line/", "Oil&Gas Eurasia",
            "A 15 + B 15 + C 25 = 55 bcm/y; A Dec 2009, B Oct 2010, C 2014", facts=True),
 "gem_cagp": s("gem_cagp", "Central Asia-China Gas Pipeline (Global Energy Monitor)", "https://www.gem.wiki/Central_Asia-China_Gas_Pipeline", "Global Energy Monitor",
               "~1,830–1,833 km per line; operators PipeChina/PetroChina with Türkmengaz, Uztransgaz, Intergas Central Asia", facts=True),
 "trend_d": s("trend_d", "Tajikistan names reason behind setback of Line D construction (Trend, 6 Feb 2024)", "https://en.trend.az/casia/tajikistan/3857739.html", "Trend",
              "Line D 966 km through Turkmenistan, Uzbekistan (205 km), Tajikistan (391), Kyrgyzstan (215), China (155); Tajik section groundbreaking 13 Sept 2014 (Xi Jinping, Rahmon); 42 tunnels (63.3 km) in TJ; gas from Galkynysh; ~30 bcm/y; delayed by pricing disagreements among other participants"),
 "nca20": s("nca20", "Tajikistan builds first tunnel for Line D (nCa, 30 Jan 2020)", "https://newscentralasia.net/2020/01/30/tajikistan-builds-first-tunnel-for-the-central-asia-china-gas-pipeline-line-d", "News Central Asia",
            "first tunnel in Rudaki district ~99.8% complete; 25–30 bcm/y; GlobalData expected launch by 2022 (did not happen)"),
 "intelli_d": s("intelli_d", "Hopes for accelerating construction of fourth strand of Central Asia-China gas pipeline (bne IntelliNews)", "https://www.intellinews.com/hopes-for-accelerating-construction-of-fourth-strand-of-central-asia-china-gas-pipeline-discussed-by-tajikistan-china-289785", "bne IntelliNews",
                "Line D needed for an extra 25 bcm/y of Turkmen gas, linked to Galkynysh stage 2; passes through Kyrgyzstan, not Kazakhstan; Tajik–Chinese talks on accelerating it"),
 # ---- Kazakhstan–China oil
 "rferl06": s("rferl06", "Kazakhstan-China oil pipeline: first oil (RFE/RL, 2006)", "https://staging.rferl.org/a/1069776.html", "RFE/RL (AP, ITAR-TASS)",
              "first crude through the 962 km pipeline across the Alataw pass into China late on 11 July 2006; US$700 m; capacity 20 Mt/y envisaged"),
 "jt07": s("jt07", "China secures new access to Kazakh oil (Jamestown EDM, Dec 2007)", "https://jamestown.org/program/china-secures-new-access-to-kazakh-oil/", "Jamestown Foundation",
           "Atasu–Alashankou 962 km completed 2005; Kenkiyak–Kumkol 750 km announced; links Kenkiyak–Atyrau and Kumkol–Atasu"),
 "pravda06": s("pravda06", "Kazakhstan launches oil pipeline to China (Pravda.ru, 2006)", "https://english.pravda.ru/news/world/72832-n/", "Pravda.ru (AP)",
               "~1,000 km pipeline from the central town of Atasu, 280 km south of Astana, to the Alataw Pass; 50/50 CNPC–KazMunaiGas"),
 "gem_kzcn": s("gem_kzcn", "Kazakhstan-China Pipeline (Global Energy Monitor)", "https://www.gem.wiki/Kazakhstan-China_Pipeline", "Global Energy Monitor",
               "2,228 km Atyrau–Kenkiyak–Kumkol–Atasu–Alashankou; 20 Mt/y (400 kb/d); Atasu–Alashankou 988 km (Wikipedia)", facts=True),
 "kcp": s("kcp", "Kenkiyak – Kumkol (KazakhstanChina Pipeline LLP)", "https://kcp.kz/projects/project1?language=en", "KCP",
          "Atasu–Alashankou first stage, Kenkiyak–Kumkol second stage; passes Aktobe, Kyzylorda and Ulytau oblasts; 483 km Kenkiyak–Aralsk area + 311 km to Kumkol; completed Sept 2009; 10 Mt/y initially, up to 20"),
 # ---- Iğdır–Nakhchivan
 "fed_nakh": s("fed_nakh", "İğdır-Naxçıvan qaz kəməri ən qısa zamanda istifadəyə veriləcək (FED.az / Report, 2024)", "https://fed.az/az/energetika/alparslan-bayraktar-en-qisa-zamanda-i̇gdir-naxcivan-qaz-kemeri-istifadeye-verilecek-199630", "FED.az (Report)",
              "groundbreaking 25 Sept 2023 (Aliyev, Erdoğan); 16-inch; 97.5 km from Iğdır to Sədərək district (AZ 17.5 km, TR 80 km); 2 mcm/d = 730 mcm/y, can be more than doubled"),
 "turan_nakh": s("turan_nakh", "Состоялась церемония открытия газопровода Игдыр-Нахичевань (turanews.kz, Mar 2025)", "https://turanews.kz/ru/news/sostoialas-seremoniia-otkrytiia-gazoprovoda-igdyr-nahichevan", "turanews.kz",
                 "official opening with Erdoğan and Aliyev; BOTAŞ-built 80 km line; 97.5 km total (80 TR, 17.5 AZ); 2 mcm/d"),
 "haberet_nakh": s("haberet_nakh", "Iğdır-Nahçıvan doğal gaz boru hattı açıldı (haberet.com, Mar 2025)", "https://haberet.com/gundem/igdir-nahcivan-dogal-gaz-boru-hatti-acildi-yilda-500-milyon-metrekup-gaz-tasinacak-85617", "haberet.com",
                   "line opened; 500 mcm/y capacity quoted; ends Nakhchivan's dependence on gas via Iran"),
 "metbuat_nakh": s("metbuat_nakh", "Erdoğan on the Iğdır–Nakhchivan pipeline (metbuat.az, Mar 2025)", "https://metbuat.az/news/1520613/erdogan-azerbaycan-prezidenti-ile-gorusu-barede-danisdi.html", "metbuat.az",
                   "opening ceremony by video link in Ankara on 5 March; max throughput 730 mcm/y today, expandable"),
 "igfa_nakh": s("igfa_nakh", "Iğdır-Nahçıvan hattından gaz akışı başladı (İGFA)", "https://guncelgirishaber.xyz/igdir-nahcivan-hattindan-gaz-akisi-basladi/amp", "İGFA (news rewrite; weak)",
                "Turkish part 85 km, branching from the Eastern Anatolia main transmission line via the Iğdır line; MoU Dec 2020"),
 # ---- Turkmenistan–Iran
 "bbc97": s("bbc97", "Iranian media reports on new gas pipeline (BBC Monitoring, 29 Dec 1997)", "http://news.bbc.co.uk/2/hi/world/monitoring/43226.stm", "BBC",
            "opened 29 Dec 1997 by Niyazov and Khatami; 200 km Korpedzhe (western Turkmenistan) – Kord Kuy (northern Iran); initial 4 bcm/y, to double by 2006; US$195 m, built by Iran's NOEC"),
 "tnw_korp": s("tnw_korp", "Turkmenistan will Erdgaslieferungen an den Iran entlang der Route Korpeje-Kurtkui erhöhen (Turkish News World, Nov 2023)", "https://de.turkishnewsworld.com/turkmenistan-will-erdgaslieferungen-an-den-iran-entlang-der-route-korpeje-kurtkui-erhoehen", "turkishnewsworld.com (mfa.gov.tm)",
               "opened Dec 1997; 197 km from the Korpeje field to the Iranian town of Kurtkui, 132 km in Turkmenistan; Turkmenistan ready to raise deliveries (18 Nov 2023 commission)"),
 "mehr09": s("mehr09", "Dovletabad-Sarakhs-Khangiran pipeline (Mehr News, 2009)", "https://en.mehrnews.com/amp/36662", "Mehr News Agency",
             "Korpeje–Kurt Kui full capacity 8 bcm/y, exports never above 6.5 bcm/y; DSK to deliver 33 mcm/d in the first phase, 50 mcm/d later"),
 "asbarez97": s("asbarez97", "Iran Turkmen pipeline opens to big fanfare (Asbarez/Reuters, Dec 1997)", "https://asbarez.com/34803/iran-turkmen-pipeline-opens-to-big-fanfare/", "Asbarez (Reuters)",
                "Korpedzhe gas field in the southwestern corner of Turkmenistan near the Iranian border; 200 km; US$190 m"),
 "gem_dsk": s("gem_dsk", "Dauletabad-Sarakhs-Khangiran Gas Pipeline (Global Energy Monitor)", "https://www.gem.wiki/Dauletabad-Sarakhs-Khangiran_Gas_Pipeline", "Global Energy Monitor",
              "operating; Türkmengaz; 12 bcm/y; 182 km (incl. the Dauletabad–Sarakhs part); 48 inch; gas from 3 Jan 2010, inaugurated 6 Jan 2010 at Salyp Yar (Sarahs district) border village; connects to the Iran Gas Trunkline at Khangiran"),
 "messenger10": s("messenger10", "New gas pipeline between Iran and Turkmenistan (The Messenger, 8 Jan 2010)", "https://messenger.com.ge/issues/2019_january_8_2010/2019_econ_two.html", "The Messenger (Georgia)",
                  "30.5 km between Dovletabad, Serakhs and Khangiran; up to 20 bcm/y Turkmen exports to Iran in total"),
 "irantimes": s("irantimes", "2nd gas pipe to Turkmens completed (Iran Times)", "https://iran-times.com/2nd-gas-pipe-to-turkmens-completed", "Iran Times",
                "the short spur line is 35 km long; serves the Mashhad area; imports to rise from ~8 to 14 bcm/y"),
 "everychina11": s("everychina11", "Iran, Turkmenistan open Sarakhs-Tehran pipeline (2011)", "https://news.everychina.com/wz40116f/middle_east_iran_turkmenistan_open_sarakhs_tehran_pipeline.html", "everychina (AFP rewrite; weak)",
                   "cross-border Dovletabad–Khangiran pipeline opened January (2010), 6 bcm/y, to double to 12; Korpedje–Kord-Kuy since 1997, 8 bcm/y"),
 "cctv10": s("cctv10", "Turkmenistan launches Iran pipeline (CCTV, 7 Jan 2010)", "http://english.cctv.com/program/worldwidewatch/20100107/101867.shtml", "CCTV (AP)",
             "inaugurated 6 Jan 2010 at its gauging station in the Sarahs district near the Iranian border; older link 8 bcm/y"),
 "intelli_kzcn": s("intelli_kzcn", "Russian oil transit via Kazakhstan to China and Uzbekistan in 2024 (bne IntelliNews 360373)", "https://www.intellinews.com/", "bne IntelliNews", "10.21 Mt of Russian oil transited Kazakhstan to China and Uzbekistan in 2024", facts=True),
 "trend_kzcn": s("trend_kzcn", "Kazakhstan–Russia oil transit agreement to China extended to 2034 (Trend 3893699)", "https://en.trend.az/business/energy/3893699.html", "Trend", "10 Mt/y Russian oil transit to China via Kazakhstan extended to 2034", facts=True),
 "report_cpc25": s("report_cpc25", "CPC terminal infrastructure damaged in unmanned boat attack (Report.az, 29 Nov 2025)", "https://report.az/en/other-countries/cpc-terminal-infrastructure-damaged-in-unmanned-boat-attack", "Report.az",
                   "29 Nov 2025 04:06 MSK: SPM-2 (second offloading berth) significantly damaged by an unmanned boat; loading suspended and tankers moved out; no oil released; further operation of SPM-2 not feasible"),
 "tass_cpc25": s("tass_cpc25", "CPC SPM-2 shipments suspended indefinitely after attack (TASS, 2 Dec 2025)", "https://tass.com/economy/2052441", "TASS",
                 "Transneft: one of the three single point moorings (SPM-2) critically damaged on the night of 29 Nov 2025; shipments at SPM-2 suspended indefinitely"),
 "baird_cpc25": s("baird_cpc25", "CPC fast-tracks third SPM repair at Black Sea terminal after drone attack (Reuters via Baird Maritime, Dec 2025)", "https://www.bairdmaritime.com/amp/story/shipping/ports/cpc-fast-tracks-third-spm-repair-at-black-sea-terminal-after-drone-attack", "Baird Maritime (Reuters)",
                  "CPC resumed limited loadings from the remaining operational mooring (SPM-1) on Monday (1 Dec 2025) at just over half normal capacity; SPM-3 under maintenance since mid-November, expected back within ~7 days; SPM-2 repairs months; CPC Blend plan 1.7 mb/d for December vs ~1.45 mb/d in November"),
 "azn_ceyhan17": s("azn_ceyhan17", "BTC marşrutunun son məntəqəsi (Azərbaycan qəzeti, 14 Sep 2017)", "http://www.azerbaijan-news.az/index.php?mod=3&id=129854", "Azərbaycan (newspaper of the Milli Majlis)",
                   "the route ends in the Gulf of İskenderun where the terminal named after Heydar Aliyev lies; 7 storage tanks of 1 million bbl each; 2 km jetty loading two tankers at once; 33 m water depth at the jetty head; BTC 1.2 mb/d; 1,768 km"),
 "investtm24": s("investtm24", "Trans-Caspian gas pipeline project may be resumed (invest.gov.tm, Nov 2024, citing TASS)", "https://invest.gov.tm/news/view?id=1302", "invest.gov.tm",
                 "'suspended project' may be resumed; the 2018 Caspian Convention lets such projects be agreed only between the states whose waters the pipeline crosses; 30 bcm/y for at least 30 years envisaged"),
 "exussr_tcgp": s("exussr_tcgp", "Turkmenistan and Azerbaijan revive EU gas pipeline talks (exussr.org)", "https://exussr.org/n/371059", "exussr.org (aggregator; weak)",
                  "Gurbanguly Berdimuhamedov in Baku for talks centred on the Trans-Caspian Gas Pipeline; obstacles: ~US$5 bn funding gap, no long-term European purchase contracts (article date not shown in the stored copy)"),
 # ---- Kazakh oil outlets besides CPC (read 2026-11-29)
 "kmg_ar24": n("kmg_ar24", "Midstream (KazMunayGas Annual Report 2024)", "https://ar2024.kmg.kz/en/strategic-report/operating-review/midstream", "KazMunayGas",
               "KazakhstanChina Pipeline (KCP, KTO 50%): Atasu–Alashankou and Kenkiyak–Kumkol, 1,759 km, 20 Mt/y; MunaiTas (KTO 51%): Kenkiyak–Atyrau 449 km, 6 Mt/y; KazTransOil: Uzen–Atyrau–Samara (Atyrau–Samara section 17.5 Mt/y), Port of Aktau oil loading 5.2 Mt/y (large-capacity vessel berths); KCP 2024 volumes 18.789 Mt = export 1.200, transit 9.979, domestic 7.610"),
 "inform22": n("inform22", "Kazakhstan to expand Atyrau-Kenkiyak-Kumkol oil pipeline (Kazinform, 20 May 2022)", "https://www.inform.kz/en/kazakhstan-to-expand-atyrau-kenkiyak-kumkol-oil-pipeline_a3935353", "Kazinform",
               "PM Smailov: expanding Atyrau–Kenkiyak–Kumkol from 6 to 12 Mt/y being considered; Kazakhstan–China pipeline carries 11.5 Mt/y of 20; Atyrau–Samara 11 Mt/y of 17; oil via Aktau and Kuryk to Baku, then BTC or rail to Batumi; rail tank-car fleet for Tengizchevroil shipments to grow from 1,500 to 3,500"),
 "pipeliner03": n("pipeliner03", "Kazakhs open pipe to boost exports (Pipeliner, 2003)", "https://www.pipeliner.com.au/internationalnews/kazakhs-open-pipe-to-boost-exports/", "The Australian Pipeliner",
                  "450 km pipeline links Kenkiyak wells with Atyrau–Samara and CPC; ~US$160 m; 6 Mt in its first year, 12 Mt in 2006 (article date not shown in the stored copy; the opening was in 2003 per OGJ)"),
 "ogj05": n("ogj05", "Kazakhstan-China oil line section filling (Oil & Gas Journal, 15 Dec 2005)", "http://www.ogj.com/content/ogj/en/articles/2005/12/kazakhstan-china-oil-line-section-filling.html", "Oil & Gas Journal",
            "first section (Aktobe fields to Atyrau) completed 2003; Atasu–Alashankou line-fill; once Kenkiyak–Kumkol–Atasu operates, crude from the far west incl. Kashagan is to be added"),
 "akipress19": n("akipress19", "Kazakhstan plans to increase oil exports to China (AKIpress via for.kg, citing Reuters, 4 Jul 2019)", "https://for.kg/news-585868-en.html", "AKIpress (Reuters)",
                 "Kazakhstan to reverse the Kenkiyak–Atyrau pipeline, then used westwards, from H2 2020 (extra pump stations) to lift exports to China to 6–7 Mt/y; exports to China 1.3 Mt in 2018 vs 11.8 Mt in 2013"),
 "vlast_kenk": n("vlast_kenk", "Few People, Not Much Oil, and Nobody Listening (Vlast.kz, via smi24.net mirror)", "https://smi24.net/pics/420009794", "Vlast.kz (mirror)",
                 "Kenkiyak village, two hours' drive south of Aktobe, is the terminal of the Kenkiyak–Atyrau oil pipeline, which operates in one of two directions as the government decides (article date not shown in the stored copy)"),
 "engime_kenk": n("engime_kenk", "Кеңқияқ кен орны туралы жалпы мәліметтер (engime.org)", "http://g.engime.org/1-ken-orni-turali-jalpi-melimetter.html?page=2", "engime.org (student paper; weak)",
                  "Kenkiyak field ~250 km SE of Aktobe, Temir district, Aktobe region"),
 "oilprice23": n("oilprice23", "Kazakhstan And China Discuss Expanding Oil Pipelines (OilPrice.com, 29 May 2023, citing Interfax)", "https://oilprice.com/Latest-Energy-News/World-News/Kazakhstan-And-China-Discuss-Expanding-Oil-Pipelines.html", "OilPrice.com (Interfax)",
                 "Kenkiyak–Atyrau could be doubled from 6 to 12 Mt/y, Kenkiyak–Kumkol raised from 10 to 15 Mt/y; 2022 throughput 4.5 Mt (Kenkiyak–Atyrau) and 8.1 Mt (Kenkiyak–Kumkol); expansion ~US$200 m, work from 2024 over 2–3 years"),
 "royalgaz_kk": n("royalgaz_kk", "Kazaks go eastwards (Bloomberg via The Royal Gazette)", "https://www.royalgazette.com/other/business/article/20110205/kazaks-go-eastwards", "Bloomberg (Royal Gazette)",
                  "Kenkiyak–Kumkol 761 km, US$1 bn, to be completed Oct 2009 with 10 Mt/y (200 kb/d), doubled if necessary (the stored copy is dated 2011 but reads as a 2008 story)"),
 "globalsec_kzcn": n("globalsec_kzcn", "Kazakhstan-China Pipeline (GlobalSecurity.org)", "https://www.globalsecurity.org/military/world/centralasia/pipeline.htm", "GlobalSecurity.org",
                     "Kenkiyak–Kumkol (492 miles) started commercial operations on 6 Oct 2009 and connects Kenkiyak–Atyrau with Atasu–Alashankou; system capacity raised from 240 to 400 kb/d"),
 "wiki_kzcn": n("wiki_kzcn", "Kazakhstan–China oil pipeline (Wikipedia, IPFS mirror)", "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Alashankou-Dushanzi_Crude_Oil_Pipeline.html", "Wikipedia (IPFS mirror of the 2017 article)",
                "from Atyrau via Aktobe, Kenkiyak, Kumkol, Atasu to Alashankou, 2,228 km; Kenkiyak–Kumkol completed 11 Jul 2009; Kenkiyak–Atyrau 449 km, 120 kb/d (~6 Mt/y), upgradable to 180 kb/d; built and operated by MunaiTas"),
 "petrokz_kumkol": n("petrokz_kumkol", "Media tour of PetroKazakhstan's oil fields (PetroKazakhstan)", "https://petrokazakhstan.kz/en/media-tour-of-petrokazakhstans-oil-fields/", "PetroKazakhstan",
                     "the Kumkol field is about 200 km from Kyzylorda; >4 Mt/y produced; oil goes to the Shymkent refinery"),
 "petrokz_jub": n("petrokz_jub", "Kumkol: Silver Jubilee (PetroKazakhstan)", "https://petrokazakhstan.kz/en/kumkol-silver-jubilee/", "PetroKazakhstan", "Kumkol discovered 1984, oil produced two years later"),
 "kursiv24": n("kursiv24", "Russia beefs up its oil exports to China via Kazakhstan (Kursiv, 9 Apr 2024)", "https://kz.kursiv.media/en/2024-04-09/russia-beefs-up-its-oil-exports-to-china-via-kazakhstan/", "Kursiv",
               "Q1 2024 via Atasu–Alashankou: 2.507 Mt Russian transit, 0.282 Mt Kazakh oil; Kazakh oil exports to China 11.2 Mt in 2013, 5.7 Mt in 2023 (customs); Russian transit 9.989 Mt in 2023"),
 "nca24": n("nca24", "Kazakhstan considers that it is not profitable to build new oil export pipelines (nCa, 19 Aug 2024, citing Kazinform)", "https://www.newscentralasia.net/2024/08/19/kazakhstan-considers-that-it-is-not-profitable-to-build-new-oil-export-pipelines/", "News Central Asia",
            "2023 load: Atasu–Alashankou 11.2 Mt of 20 Mt/y; Atyrau–Samara 9.2 Mt of 17 Mt/y"),
 "trend_kzoil24": n("trend_kzoil24", "Kazakhstan's oil transportation via main pipelines Jan–Oct 2024 (Trend, 24 Nov 2024)", "https://en.trend.az/business/3974518.html", "Trend (Ministry of Energy of Kazakhstan)",
                    "Jan–Oct 2024: 3.1 Mt shipped from Aktau (1.6 Mt to Makhachkala, 1.2 Mt towards BTC); Atasu–Alashankou >1 Mt of Kazakh oil; Atyrau–Samara ~7.2 Mt; transit 8.2 Mt Russia→China"),
 "trend_aktau24": n("trend_aktau24", "KazTransOil boost oil transit from Aktau port to Baku (Trend via MENAFN, 14 Jan 2024)", "https://menafn.com/1107722129/Kaztransoil-Boost-Oil-Transit-From-Aktau-Port-To-Baku", "Trend (KazTransOil)",
                    "2023: 3.376 Mt exported from Aktau; towards BTC 1.392 Mt (0.250 Mt in 2022), of which 1.057 Mt from Tengiz; 1.984 Mt to Makhachkala; KMG–SOCAR agreement for 1.5 Mt/y of Tengiz oil via BTC; 12–14 tankers of Kazakh oil a month reach Azerbaijan"),
 "todayaz24": n("todayaz24", "KazTransOil transported over 800,000 tons of oil toward Baku in Jan–Jul 2024 (today.az/Azernews)", "https://today.az/news/business/251628.html", "today.az (Azernews)",
                "Jan–Jul 2024: 0.837 Mt via Aktau towards BTC; up to 1.5 Mt planned for 2024; KMG–SOCAR agreement of March 2024 to raise BTC transit to 2.2 Mt/y"),
 "caspol23": n("caspol23", "Kazakhstan Sends Second Oil Shipment Across the Caspian Sea to Baku (Caspian Policy Center, 2023)", "https://caspianpolicy.org/research/articles/kazakhstan-sends-second-oil-shipment-across-the-caspian-sea-to-baku", "Caspian Policy Center",
               "first batch (Kashagan) shipped 20 Mar 2023; second, 9,959 t of Tengiz oil on the tanker Shusha, 27 Mar 2023 to the Sangachal terminal 42 km south of Baku, thence BTC; 125,000 t planned for April 2023"),
 "report_akk25": n("report_akk25", "Yerlan Akkenjenov: Kazakhstan works to raise exports via BTC (Report.az, 2 Oct 2025)", "https://report.az/energetika/yerlan-akkenjenov-qazaxistan-btc-ile-ixraci-artirmaq-uzerinde-isleyir", "Report.az",
                   "Jan–Aug 2025: 923,000 t of Kazakh oil via BTC; agreement provides for up to 2.2 Mt/y; 2025 could reach 1.2 Mt"),
 "dayaz26": n("dayaz26", "Через порт Актау в Азербайджан отправлено 1,5 млн тонн казахстанской нефти (Day.Az, 28 Jan 2026)", "https://news.day.az/economy/1812501.html", "Day.Az (Kazakh Energy Minister Akkenzhenov)",
              "1.5 Mt of Kazakh oil sent via Aktau to Azerbaijan (period not stated; read here as 2025); Atyrau–Samara 8.8 Mt; Kazakhstan–China 1 Mt plus 10 Mt Russian transit; 2.2 Mt Aktau→Makhachkala; BTC contract 2.2 Mt, physical deliveries could reach 7 Mt"),
 "haqqin25": n("haqqin25", "Kazakh oil shipments via BTC suspended (haqqin.az, 16 Aug 2025)", "https://haqqin.az/news/357238", "haqqin.az",
               "up to 35 kb/d of Kashagan and Tengiz crude via BTC temporarily stopped after a cargo contaminated with organochlorines (18–21 July) passed the Azertrans terminal; Azertrans terminal (2001) next to bp's Sangachal terminal, up to 20 Mt/y, joined to BTC by a 30-inch tie-in; Kazakhstan redirected the volumes to CPC"),
 "tukib25": n("tukib25", "Kazakistan, BTC Boru Hattıyla Petrol İhracatını Yeniden Başlattı (TÜKİB, Sept 2025)", "https://tukib.kz/haber/kazakistan-btc-boru-hattiyla-petrol-ihracatini-yeniden-baslatti", "TÜKİB (KazMunayGas)",
              "shipments towards BTC resumed 13 Sept 2025 with 8.8 kt of Kashagan oil from Aktau; stopped in August; Jan–Aug 2025 0.9 Mt via BTC"),
 "energyasia08": n("energyasia08", "Kazakhstan: BTC pipeline exporting crude oil from Kazakh Tengiz field (EnergyAsia, 26 Dec 2008)", "http://energyasia.com/kazakhstan-btc-pipeline-exporting-crude-oil-from-kazakh-tengiz-field/", "EnergyAsia",
                   "BTC has begun delivering Tengiz crude; tankers carry it from Aktau to Azerbaijan"),
 "seanews23a": n("seanews23a", "It is planned to increase the transshipment of oil in the port of Aktau to 12.5 million tons (sea-news.az, 9 Aug 2023)", "https://sea-news.az/2023/08/09/it-is-planned-to-increase-the-transshipment-of-oil-in-the-port-of-aktau-to-12-5-million-tons/", "sea-news.az (Caspian Barrel)",
                 "berths 4, 5 and 8 allow ~7.5 Mt/y of oil; with berths 9 and 10 restored (2023–2025) 12.5 Mt/y"),
 "tacis06": n("tacis06", "Aktau Port Development, Masterplanning & Feasibility Study (EU TACIS, via Scribd)", "https://www.scribd.com/document/352709382/Feasibility-Study-Port-Of-7", "EU TACIS (consultants' report)",
              "2006: 11.5 Mt handled, 87% oil; oil berths 4, 5, 9, 10 plus ferry jetty 8; rail access to the port limited by Sai-Utes–Mangyshlak (12.6 Mt/y, ~10.1 Mt/y left for oil); a 500 mm pipeline from the Buzachi field, 4–4.2 Mt/y"),
 "chevron15": n("chevron15", "Moving crude by rail in Kazakhstan (Chevron, 23 Feb 2015)", "https://www.chevron.com/stories/moving-crude-by-rail-in-kazakhstan", "Chevron",
                "CPC is the main carrier of Tengiz crude; TCO's own railroad (290 km of track, 96 km mainline) is the alternative; 61.7 Mt shipped by rail from Tengiz to Black Sea ports since 1995"),
 "rg22": n("rg22", "Chevron considers exporting Kazakh oil by rail (Railway Gazette, Sept 2022)", "https://railwaygazette.com/freight/chevron-considers-exporting-kazakh-oil-by-rail/62541.article", "Railway Gazette",
           "Chevron CEO (7 Sept 2022): may restart rail exports from Tengiz because of CPC problems; in 2011 ~15 Mt/y went by rail west to Ukraine and ~5 Mt via Aktau and tanker to Azerbaijan, then by pipeline to Supsa or Ceyhan"),
 "ms23": n("ms23", "Japan's Inpex to send test cargo of Kashagan crude via BTC (Reuters via MarketScreener, 2023)", "https://m-de.marketscreener.com/kurs/aktie/INPEX-CORPORATION-6498754/news/Japanische-Firma-Inpex-schickt-Testladung-Kashagan-Rohol-uber-die-BTC-Pipeline-43209784/", "Reuters (MarketScreener)",
           "KazTransOil: Inpex's Kashagan crude is already moving by rail to the port of Aktau; the port expects to ship 1.5 Mt of Tengiz crude to Baku this year (2023)"),
 "kcts16": n("kcts16", "Azerbaijan and Kazakhstan plan laying the pipeline of 56 million tonnes capacity (Silkroadnews/Trend, 6 Oct 2016)", "https://silkroadnews.org/en/news/azerbaijan-and-kazakhstan-plan-laying-the-pipeline-of-56-million-tonnes-capacity", "Silkroadnews (Trend)",
            "KCTS: the Eskene–Kuryk feasibility study provides for a pump station at Tengiz and a new Tengiz–Oporny–Uzen–Aktau main oil pipeline (i.e. none exists), an oil terminal at Kuryk and expansion of Aktau port; 23–25 Mt/y initially, up to 56"),
}

def SS(*ids): return [S[i] for i in ids]
def ev(date, status, srcs, note=None, expected=False):
    d = {"date": date, "status": status, "sources": list(srcs)}
    if note: d["note"] = note
    if expected: d["expected"] = True
    return d
def qty(value, unit, srcs, mn=None, mx=None, note=None, assumption=False):
    d = {"value": value, "unit": unit, "sources": list(srcs)}
    if mn is not None: d["min"] = mn
    if mx is not None: d["max"] = mx
    if note: d["note"] = note
    if assumption: d["assumption"] = True
    return d
def cap(value, unit, commodity, basis, srcs, as_of=None, mn=None, mx=None, note=None, assumption=False):
    d = qty(value, unit, srcs, mn, mx, note, assumption)
    d["commodity"] = commodity; d["basis"] = basis
    if as_of: d["as_of"] = as_of
    return d

def props(id, name, kind, mode, countries, status, status_date, timeline, sources, acc, names=None, **kw):
    p = {"id": id, "name": name, "names": {"en": name, **(names or {})}, "layer": LAYER, "kind": kind, "mode": mode}
    if kw.get("commodities"): p["commodities"] = kw["commodities"]
    p["countries"] = countries; p["status"] = status; p["status_date"] = status_date; p["timeline"] = timeline
    for k in ("capacity", "length", "operator", "owner", "gauge_mm", "nodes", "tags", "description", "history", "notes"):
        if kw.get(k) is not None: p[k] = kw[k]
    p["sources"] = sources
    p["geometry_accuracy"] = acc
    for k in ("geometry_note", "waypoints"):
        if kw.get(k) is not None: p[k] = kw[k]
    return p

feats = []
PT = {}   # id -> (lon, lat)
PT_SRC = {}

def used_ids(srcs, *parts):
    ids = list(srcs)
    def add(i):
        if i not in ids: ids.append(i)
    for part in parts:
        for x in (part or []):
            for i in x.get("sources", []): add(i)
            if x.get("source"): add(x["source"])
    return ids

def point(id, name, kind, cc3, lonlat, srcs, tl, acc, gnote, wpname, wpsrc, names=None, commodities=None, tags=None, **kw):
    lon, lat = lonlat
    PT_SRC[id] = wpsrc
    srcs = used_ids(srcs, tl, kw.get("capacity"), [{"source": wpsrc}])
    PT[id] = (lon, lat)
    p = props(id, name, kind, "pipeline",
              [cc3], kw.pop("status", tl[-1]["status"]), kw.pop("status_date", tl[-1]["date"]), tl,
              SS(*srcs), acc, names=names, commodities=commodities, tags=tags, geometry_note=gnote,
              waypoints=[wp(wpname, lon, lat, wpsrc)], **kw)
    feats.append(point_feature(p, lon, lat))

exec(open(HERE / 'energy_points.py', encoding='utf-8').read())
exec(open(HERE / 'energy_lines.py', encoding='utf-8').read())

write(OUT, feats)
print("features", len(feats))
