"""Second group of Middle Corridor east features (China west of Ürümqi, Almaty–Shu–Arys–Tashkent, Arys–Shalkar–Beyneu,
Zhanaozen and the Kazakhstan–Turkmenistan–Iran line, Turkmen lines to Ashgabat, Tejen, Serakhs and Turkmenabat).

Researched and digitised by a helper session; imported by ``build_east.py``, which keeps the features whose ids it
does not define itself. Not run directly.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import *
from corridorkit.layers.base import country_of
import searoute as sr

LAYER = "middle_corridor"
FN = "via corridorkit facts compilation; not re-read"
A = "2026-11-24"

S = {
 "geonames": GEONAMES, "naturalearth": NE,
 "lanxin": src("lanxin", "Lanzhou–Xinjiang railway (Wikipedia, kiwix mirror 2024-01)", "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Lanxin_railway",
   publisher="Wikipedia mirror", note="1,904 km Lanzhou–Ürümqi, 1,435 mm, double track, 160 km/h; construction 1952, completed 1962, opened 1966; extension to the Kazakh border late 1980s, link-up 12 Sep 1990; all double track after the 20 km Wushaoling Tunnel (2006); route Wuwei, Jinchang, Zhangye, Jiuquan, Jiayuguan, Hami, Shanshan, Turpan, Dabancheng; Lanzhou is where the Lanzhou–Qinghai, Baotou–Lanzhou and Longhai railways converge"),
 "baolan": src("baolan", "New high speed railway linking Baoji, Lanzhou starts operation (Xinhua via english.gov.cn, 9 Jul 2017)", "http://english.gov.cn/news/photos/2017/07/09/content_281475717911320.htm",
   publisher="Xinhua / gov.cn", note="Baoji–Lanzhou high-speed line 401 km; Xi'an–Lanzhou travel time cut from 6 to 3 hours; Lanzhou–Xinjiang HSR 1,776 km (end 2014)"),
 "nxr": src("nxr", "Northern Xinjiang railway (Wikipedia mirror newikis.com)", "https://newikis.com/en/Northern_Xinjiang_railway",
   publisher="Wikipedia mirror", note="Ürümqi–Alashankou 460 km via Changji, Hutubi, Manas, Shihezi, Kuytun, Wusu, Bortala (Bole), Jinghe; opened 1992; second double-track Ürümqi–Jinghe line built 2009; Jinghe–Yining–Khorgas branch opened 2009"),
 "xh2009": src("xh2009", "4 New Rail Lines to Be Operational in Xinjiang by Year-end (Xinhua via chinagate.cn, 6 Nov 2009)", "http://en.chinagate.cn/top_news/2009-11/06/content_18837339.htm",
   publisher="Xinhua / China.org.cn", note="Jinghe–Horgos line 286 km and second Jinghe–Ürümqi line 381.5 km, together 8.8 bn yuan"),
 "rt_wj2": src("rt_wj2", "China opens Second Urumqi-Jinghe rail line (Railway Technology)", "https://www.railway-technology.com/uncategorized/news72080-html/",
   publisher="Railway Technology", note="381.5 km, 120 km/h, capacity 67.1 Mt rising to 91.7 Mt; Jinghe linked to the Horgos and Alataw Pass land ports"),
 "jyh": src("jyh", "Jinghe–Yining–Khorgos railway (Wikipedia mirror eymaps.com)", "https://eymaps.com/en/Jinghe%E2%80%93Yining%E2%80%93Khorgos_railway",
   publisher="Wikipedia mirror", note="286 km, first electrified railway in Xinjiang (Jinghe–Yining electrified); trial operation Dec 2009; 13 km North Tianshan Tunnel; route Jinghe, Nilka County, Yining County, Yining, Huocheng, Khorgos; Zhetygen–Khorgos 293 km on the Kazakh side Dec 2011; Khorgos rail border crossing operational Dec 2012"),
 "khorgas_wiki": src("khorgas_wiki", "Khorgas (Wikipedia mirror alchetron.com)", "https://alchetron.com/Khorgas",
   publisher="Wikipedia mirror", note="Kazakh station opposite Khorgos is Altynkol; tracks joined 2 Dec 2012, first regular trains crossed 22 Dec 2012; border crossing expected to handle 15 Mt/y initially, 30 Mt/y long run; gantry cranes transship containers between gauges"),
 "oceansky": src("oceansky", "New railway crossing Khorgos (Oceansky Logistics news)", "http://oceansky-logistics.com/en/ceansky_news/details/82.html",
   publisher="Oceansky Logistics", note="Zhetygen–Altynkol railway 293 km, 5 stations and 9 junctions; Altynkol–Khorgos turnover planned 10 Mt (2015), 15 Mt (2020); Dostyk–Alashankou the only crossing before, >156 Mt since 1991"),
 "ktz_altynkol": src("ktz_altynkol", "The volume of traffic through the Altynkol-Khorgos border crossing increased by 30% (KTZ)", "https://railways.kz/en/news/volume-traffic-through-altynkol-khorgos-border-crossing-increase/",
   publisher="Kazakhstan Temir Zholy", note=">7 Mt in 7 months of 2023 via Altynkol–Khorgos (+30%); both KZ–CN crossings together 16.2 Mt in 7M2023"),
 "dlg": src("dlg", "Shortening distances (Damu Logistics Group)", "https://dlg.kz/en/news-damu-logistic/shortening-distances.html",
   publisher="DLG", note="Zhetygen–Korgas railroad planned 298 km through Ili, Talgar, Enbekshikazakh, Uygur and Panfilov districts; construction Aug 2009–2012"),
 "alatau": src("alatau", "Alatau, Almaty Region (formerly Zhetigen) – Wikipedia extract", "https://en.wikipedia.org/wiki/Alatau,_Almaty_Region",
   publisher="Wikipedia", note="small town ~50 km north of Almaty on the Turksib; renamed Alatau 9 Jan 2024; air base near Zhetigen at 43.7330 N 77.1168 E"),
 "kzt_dm": src("kzt_dm", "The construction of the second track on the Dostyk – Moiynty site will be completed in 2025 (KTZ)", "https://railways.kz/en/news/the-construction-of-the-second-track-on-the-dostyk-moiynty-site/",
   publisher="Kazakhstan Temir Zholy", note="Dostyk–Moiynty section 836 km; second track will raise capacity fivefold"),
 "kazinform_dm": src("kazinform_dm", "Dostyk-Moyinty railway launch: what it means for Kazakhstan (Kazinform, 30 Sep 2025)", "https://qazinform.com/news/dostyk-moyinty-railway-launch-what-it-means-for-kazakhstan-822243",
   publisher="Kazinform", note="second line launched 30 Sep 2025 by President Tokayev; capacity 12 → 60 train pairs/day; container speeds up to 1,500 km/day; Dostyk–Alashankou volumes to rise fivefold"),
 "inform_dm23": src("inform_dm23", "Over 90 bridges to be built on Dostyk-Moiynty railroad section (Kazinform, 25 Aug 2023)", "https://en.inform.kz/news/over-90-bridges-to-be-built-on-dostyk-moiynty-railroad-section_a4105124/",
   publisher="Kazinform", note="construction of second tracks on the 836 km Dostyk–Moiynty section began Nov 2022; stages incl. Beskol, Ashyozek–Akzhaydak, Tokyrau–Orta-Deresin"),
 "trend_dm24": src("trend_dm24", "Kazakhstan plans to launch train traffic on second track of Dostyk-Moyinty in 2024 (Trend, 1 Jul 2024)", "https://en.trend.az/casia/kazakhstan/3918318.html",
   publisher="Trend", note="second track to open on Dostyk–Aktogay and Moyinty–Balkhash in 2024; 836 km under construction"),
 "todaykz_db": src("todaykz_db", "В Казахстане откроется движение по маршруту «Достык – Бескөл» (today-kz.com)", "https://today-kz.com/personalno/item/42989-v-kazahstane-otkroetsya-dvizhenie-po-marshrutu-dostyk-besk-l",
   publisher="today-kz.com (El.kz)", note="second track Balkhash–Moyinty (127 km) already open; Dostyk–Beskol (166 km) to open by end of March; full 836 km project mid-year (2025)"),
 "dewiki_ad": src("dewiki_ad", "Bahnstrecke Aqtoghai–Dostyk (de.wikipedia, mirror 2023-10)", "https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Bahnstrecke_Aqtoghai%E2%80%93Dostyk",
   publisher="Wikipedia mirror", note="304 km, 1,520 mm; construction began 1954, completed 1959; link to Alashankou 1990; passenger service from 1992; second track since Nov 2022; 12 → 60 train pairs/day"),
 "dostyk_wiki": src("dostyk_wiki", "Dostyk (sco.wikipedia)", "https://sco.wikipedia.org/wiki/Dostyk",
   publisher="Wikipedia", note="45°15′12″N 82°29′04″E; railway reached Druzhba 1959, link completed 12 Sep 1990; bogie-exchange depot; break of gauge 1,520/1,435 mm"),
 "turksib": src("turksib", "Turkestan–Siberia Railway (Wikipedia, mirror 2025-06)", "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Turkestan%E2%80%93Siberia_Railway",
   publisher="Wikipedia mirror", note="2,375 km, 1,520 mm, double track, 25 kV AC; opened 21 Apr 1930; stations Ayagoz, Aktogay (to Moyinty via Balkhash / to Dostyk), Matai, Koksu, Saryozek, Almaty I, Otar, Shu, Lugovaya, Taraz, Tyulkubas, Shymkent, Arys"),
 "turksib_de": src("turksib_de", "Turkestan-Sibirische Eisenbahn (de.wikipedia mirror de.zxc.wiki)", "http://de.zxc.wiki/wiki/Turkestan-Sibirische_Eisenbahn",
   publisher="Wikipedia mirror", note="2,351 km Novosibirsk–Semei–Almaty–Arys; Arys lies on the Trans-Aral Railway Orenburg–Tashkent completed 1906; southern section Arys–Aulie-Ata (Taraz) 1921, to Pishpek 1924; completed 1931"),
 "rg_kz": src("rg_kz", "Kazakhs open northeast link (Railway Gazette)", "https://railwaygazette.com/news/kazakhs-open-northeast-link/29658.article",
   publisher="Railway Gazette International", note="KTZ completed electrification of a further 90 km of its Shu–Almaty line, from Otar to Uzun-Agash"),
 "inform_nz": src("inform_nz", "Transport Committee implementing major transport infrastructure projects under Nurly Zhol (Kazinform, 9 Dec 2015)", "https://en.inform.kz/amp/transport-committee-implementing-major-transport-infrastructure-projects-under-nurly-zhol_a2848214/",
   publisher="Kazinform", note="Kuryk ferry complex 4 Mt/y design, 2015–2017; Borzhakty–Yersai railway 14 km (2014–2015); second track on Shu–Almaty section 110 km (2015–2017)"),
 "kursiv_dm": src("kursiv_dm", "Kazakhstan is going to build new railway to Uzbekistan (Kursiv, 30 Mar 2022)", "https://kz.kursiv.media/en/2022-03-30/kazakhstan-is-going-to-build-new-railway-to-uzbekistan/",
   publisher="Kursiv", note="Darbaza station lies between Arys and Saryagash; Saryagash is the station right on the KZ–UZ border near Tashkent; exporters complain of delays there; Darbaza–Maktaaral bypass planned"),
 "trend_saryagash": src("trend_saryagash", "Kazakhstan starts strategic rail project to ease Saryagash bottleneck (Trend, 21 Jul 2025)", "https://www.trend.az/business/4072351.html",
   publisher="Trend", note="152 km Darbaza–Maktaaral line to ease freight pressure on the Saryagash–Tashkent corridor"),
 "inform_keles": src("inform_keles", "Uzbekistan, Kazakhstan open new railway division point (Kazinform, 30 Jul 2019)", "https://www.inform.kz/en/uzbekistan-kazakhstan-open-new-railway-division-point_a3552153",
   publisher="Kazinform", note="cargo clearance and train traffic from Uzbekistan previously via the Keles and Karakalpakstan interstate division points"),
 "uic_zb": src("uic_zb", "KTZ: Information about the construction of railway lines Zhezkazgan–Beyneu and Arkalyk–Shubarkol (UIC e-news, 9 Sep 2014)", "https://uic.org/com/enews/nr/414/article/ktz-kazakhstan-information-about",
   publisher="UIC", note="Zhezkazgan–Beyneu 988 km; construction from June 2012; Zhezkazgan–Saksaulskaya–Shalkar–Beyneu expected 8.2 Mt in 2014, up to 20 Mt later"),
 "zakon_sb": src("zakon_sb", "Участок железной дороги «Шалкар-Бейнеу» строили 2 тыс. человек (zakon.kz / Kazinform)", "https://www.zakon.kz/amp/redaktsiia-zakonkz/4648270-uchastok-zheleznojj-dorogi-shalkar.html",
   publisher="zakon.kz", note="Shalkar–Beyneu construction from Sep 2012; 498 km of main track and 52 km of station tracks; 4 stations, 8 passing loops"),
 "turkpa": src("turkpa", "Kazakhstan commissions two national railways (TURKPA, 25 Aug 2014)", "https://turkpa.org/news/1091-kazakhstan-commissions-two-national-railways",
   publisher="TURKPA", note="Zhezkazgan–Beyneu commissioned 22 Aug 2014 with stations Beyneu, Shalkar, Saksaulskaya, Zhezkazgan"),
 "bm404": src("bm404", "Казахстан модернизирует транспорт Мангистауской области (Xalq qazeti / AZERTAC)", "https://www.xalqqazeti.az/ru/sosial-heyat/223593-kazaxstan-moderniziruet-transport-manqistauskoy-oblasti",
   publisher="Xalq qazeti", note="Beyneu–Mangistau railway section 404 km to be modernised; new stations Mangistau, Shetpe, Beyneu"),
 "bm_auto": src("bm_auto", "New station buildings in Mangistau (updatenews, Turantimes)", "https://ru.updatenews.info/kazakhstan4/ba-nha-ga-moi-se-duoc-xay-dung-tai-mangistau",
   publisher="updatenews.info", note="Beyneu–Mangistau 404 km; automatic block signalling on Shalkar–Beyneu and Mangistau–Uzen"),
 "aktau_de": src("aktau_de", "Handelshafen Aktau (ru.wikipedia, German mirror perceptiode.com)", "https://perceptiode.com/%D0%90%D0%BA%D1%82%D0%B0%D1%83_(%D0%BF%D0%BE%D1%80%D1%82)",
   publisher="Wikipedia mirror", note="nearest railway station Mangyshlak; ferry Aktau–Alyat part of the Silk Road route; 5.9 Mt in 2015"),
 "portnews": src("portnews", "Aktau Sea Commercial Port obtains status of internationally important port (PortNews, 26 Sep 2023)", "https://www.en.portnews.ru/news/353983/",
   publisher="PortNews", note="three oil berths 7.5 Mt/y; dry bulk berths, grain berth and a ferry berth; container hub up to 300,000 TEU/y to open 2025; 3.8 Mt handled in 2022"),
 "tengri_aktau": src("tengri_aktau", "Aktau seaport expansion (Tengrinews)", "https://en.tengrinews.kz/news/9319",
   publisher="Tengrinews", note="Aktau port constructed in 1963"),
 "astana_aktau": src("astana_aktau", "Kazakh PM assesses logistic potential of Aktau, Kuryk seaports (Astana Times, Sep 2024)", "https://astanatimes.com/2024/09/kazakh-pm-assesses-logistic-potential-of-aktau-kuryk-seaports/",
   publisher="The Astana Times", note=FN + ": Aktau capacity >11 Mt/y (Sep 2024)", accessed="2026-11"),
 "rg_kuryk": src("rg_kuryk", "Caspian Sea port link opened (Railway Gazette)", "https://www.railwaygazette.com/infrastructure/caspian-sea-port-link-opened/41084.article",
   publisher="Railway Gazette International", note="Borzhakty–Ersai railway opened 2 Jul 2015: 13.9 km branch from the Aktau–Uzen line to serve the port near Kuryk; works from 1 Oct 2014"),
 "oreanda_kuryk": src("oreanda_kuryk", "The ferry complex at the port of Kuryk (Oreanda-News, 15 Aug 2016)", "https://www.oreanda.ru/en/torgovlya_i_uslugi/The_ferry_complex_s_which_is_starting_at_the_port_of_Kuryk_will_significantly_/article1043675/",
   publisher="Oreanda-News", note="approach line Ersai station–Kuryk port 13 km; ferry complex to serve 5 ferries/day, 4 Mt/y"),
 "inform_kuryk17": src("inform_kuryk17", "Senators visit Kuryk port ferry complex (Kazinform, 3 Oct 2017)", "https://en.inform.kz/news/senators-visit-kuryk-port-ferry-complex_a3071368/",
   publisher="Kazinform", note="first launch complex (rail component, 4 Mt/y) put into operation Dec 2016; 914 kt in 9M2017; second phase (automotive component) under construction"),
 "qaztv_kuryk": src("qaztv_kuryk", "Launch of car ferry terminal in Kuryk seaport (Qazaq TV)", "https://old.qazaqtv.com/en/view/news_kazakhstan/page_189412_",
   publisher="Qazaq TV", note="two railway and two automobile docks allow 6 Mt/y; car terminal up to 20,000 vehicles a year"),
 "kuryk_de": src("kuryk_de", "Kuryk (ru.wikipedia, German mirror perceptiode.com)", "https://perceptiode.com/%D0%9A%D1%83%D1%80%D1%8B%D0%BA",
   publisher="Wikipedia mirror", note="43°12′N 51°39′E; 11 km from Eraliev station on the Beyneu–Zhanaozen line; Borzhakty–Ersai line built 2015 from this line to the port; second stage of the port opened Aug 2018"),
 "arnika": src("arnika", "Kuryk seaport construction (Arnika photogallery)", "http://english.arnika.org/photogallery/category/137-kuryk-seaport-construction",
   publisher="Arnika", note="the port is emerging in the steppe about 20 km from Kuryk town"),
 "astana_kuryk": src("astana_kuryk", "Kazakhstan's port set to play key role for future of Trans-Caspian route (Astana Times, Apr 2023)", "https://astanatimes.com/2023/04/kazakhstans-port-set-to-play-key-role-for-future-of-trans-caspian-route/",
   publisher="The Astana Times", note=FN + ": Kuryk ferry complex 6 Mt/y total (rail berth 4.1); 2022: 1.8 Mt; opened Dec 2016, operations Mar 2017; 5–8 ferries/day, up to 54 railcars each", accessed="2026-11"),
 "sudohod": src("sudohod", "One millionth tonne of cargo shipped from Kuryk port (sudohodstvo)", "https://en.sudohodstvo.org/en-one-millionth-tonne-of-cargo-shipped-from-kuryk-port",
   publisher="Sudohodstvo", note=FN + ": crossing Baku → Kuryk 18 h, Baku → Aktau 22 h (Kuryk port GM, 2017)", accessed="2026-11"),
 "inform_bs": src("inform_bs", "Solemn jointing and launching new international railway crossing between Kazakhstan and Turkmenistan (Kazinform, 11 May 2013)", "http://inform.kz/eng/article/2557206",
   publisher="Kazinform", note="through service Bolashak (KZ) – Serhetyaka (TM) opened 11 May 2013; Kazakh part Uzen–Bolashak 146 km, construction from 30 Sep 2009; fibre-optic line on Mangyshlak–Uzen–Bolashak"),
 "tdn_bs": src("tdn_bs", "Kazakhstan and Turkmenistan open their first direct rail link (TravelDailyNews Asia, May 2013)", "http://www.traveldailynews.asia/news/article/52307/kazakhstan-and-turkmenistan-open-their",
   publisher="TravelDailyNews", note="146 km line Uzen (Zhanaozen) – Bolashak – Serhetyaka; from Serhetyaka 470 km via Gyzylgaya, Bereket and Etrek to the Iranian border, break of gauge there; Iran 70 km to Gorgan"),
 "eurail_bs": src("eurail_bs", "Asien: Neue Bahnverbindung zwischen Kasachstan und Turkmenistan (Eurailpress, 2013)", "https://www.eurailpress.de/nachrichten/betrieb-services/detail/news/asien-neue-bahnverbindung-zwischen-kasachstan-und-turkmenistan.html",
   publisher="Eurailpress", note="opened 11 May 2013; 146 km in KZ; on the Turkmen side the ~470 km line Serkhetyaka–Bereket–Etrek was completed in the preceding months"),
 "trend_bs25": src("trend_bs25", "Kazakhstan and Turkmenistan talks on Bolashak joint crossing (Trend, 30 Jan 2025)", "https://en.trend.az/business/3999649.html",
   publisher="Trend", note="joint international crossing point at Bolashak station to speed train exchange and cut inspection time; KZ–TM transport volume 1.6 Mt in 2024"),
 "tass_kti": src("tass_kti", "Railway line linking Kazakhstan and Turkmenistan to Iran opened (TASS, 3 Dec 2014)", "https://tass.com/world/764933",
   publisher="TASS", note="inaugurated 3 Dec 2014 at the frontier; Uzen–Gyzylgaya–Bereket–Etrek–Gorgan; KZ 120 km (2012), TM almost 700 km (2014); total 928 km"),
 "azv_kti": src("azv_kti", "Kazakhstan-Turkmenistan-Iran railway inaugurated (AzVision)", "https://en.azvision.az/news/3688/kazakhstan-turkmenistan-iran-railway-inaugurated.html",
   publisher="AzVision", note="925 km: Iran 85, Turkmenistan 700, Kazakhstan 140; initially 3–5 Mt/y, later 10–12 Mt/y"),
 "meo_kti": src("meo_kti", "New railway links Central Asia to trade routes of Persian Gulf (Middle East Online, Dec 2014)", "https://meo.news/node/664167",
   publisher="Middle East Online (AFP)", note="ceremony at Akyayla station ~580 km west of Ashgabat near the Iranian border; capacity up to 12 Mt/y (Turkmen railway ministry)"),
 "railturkey_kti": src("railturkey_kti", "Kazakhstan-Turkmenistan-Iran railway to open today (RailTurkey, 3 Dec 2014)", "https://railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/",
   publisher="RailTurkey.org", note="908 km: Uzen (120 km KZ), Gyzylgaya–Bereket–Etrek (700 km TM), Gorgan (88 km IR); Bereket is the crossroads with the Trans-Caspian railway; 3 Mt in the first phase, 10–12 Mt later"),
 "eurasia_bereket": src("eurasia_bereket", "Railway link between Kazakhstan, Turkmenistan and Iran (eurasia.ro)", "https://eurasia.ro/?p=10686",
   publisher="eurasia.ro", note="construction start ceremony at Bereket (formerly Kazanjyk), ~300 km west of Ashgabat, where the lines from Kazakhstan and Iran meet; route Uzen–Gyzylgaya–Bereket–Etrek–Gorgan"),
 "mehr_ib": src("mehr_ib", "Chinese freight train enters Iran from Incheh-Burun (Mehr, 14 Aug 2018)", "https://en.mehrnews.com/news/136733/Chinese-freight-train-enters-Iran-from-Incheh-Burun",
   publisher="Mehr News Agency", note="Gorgan–Incheh Burun railroad inaugurated Dec 2014; 908 km (IR 88, TM 700, KZ 140); Chinese trains formerly entered via Sarakhs; first Chinese train via Incheh Burun Oct 2017"),
 "messenger_ib": src("messenger_ib", "Inceburun-Gorgan rail project comes on stream (The Messenger, 28 May 2013)", "https://messenger.com.ge/issues/2869_may_28_2013/2869_econ_one.html",
   publisher="The Messenger", note="88 km Gorgan–Incheburun line inaugurated 27 May 2013; capacity 10 Mt/y and 4 m passengers"),
 "irna_ib": src("irna_ib", "Iran's freight wagons arrive in Turkmenistan (IRNA, 4 Apr 2021)", "https://en.irna.ir/news/84283785/Iran-s-freight-wagons-arrive-in-Turkmenistan-Official",
   publisher="IRNA", note="Iranian wagons carry exports to Turkmenistan's Atrak (Etrek) station; gauge difference handled on the Iranian side with a 200 m (dual-gauge) section; Turkmenistan connected its railroad to Iran's in March 2021"),
 "iranproj_ib": src("iranproj_ib", "Iran reports major surge in cargo transit via Turkmen border (The Iran Project / IRNA)", "https://theiranproject.ir/en/news/401869/print/iran-reports-major-surge-in-cargo-transit-via-turkmen-border",
   publisher="The Iran Project (IRNA)", note="loading/unloading at Incheh Borun reached a record average of 40–65 wagons per day"),
 "tmrail_wiki": src("tmrail_wiki", "Rail transport in Turkmenistan (Wikipedia, 2017-08 mirror)", "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Rail_transport_in_Turkmenistan.html",
   publisher="Wikipedia mirror", note="Tejen–Serakhs–Mashhad railway built 1996; Türkmenabat–Ashgabat–Bereket–Türkmenbaşy route partly double-tracked, no electrification; Uzen–Serhetyaka link opened May 2013 (146 km in KZ); Bereket station an intersection of the Trans-Caspian and North–South lines"),
 "tmrail_de": src("tmrail_de", "Schienenverkehr in Turkmenistan (de.wikipedia mirror de.zxc.wiki)", "https://de.zxc.wiki/wiki/Schienenverkehr_in_Turkmenistan",
   publisher="Wikipedia mirror", note="1,520 mm; line diagram Türkmenbaşy – Balkanabat – Bereket (to Serhetyaka/Gyzylgaýa and Etrek) – Serdar – Baharly – Ashgabat – Artyk – Duşak – Tejen (triangle towards Sarahs) – Mary – Türkmenabat"),
 "tm_it": src("tm_it", "Railways of Turkmenistan (turkmenistan.it)", "http://turkmenistan.it/ferroviegb.html",
   publisher="turkmenistan.it", note="main line from Turkmenbashi port via Ashgabat, Mary to Turkmenabat (historic Transcaspian line); Tejen–Serakhs section completed 1996, connecting to the Iranian network"),
 "transkarakum": src("transkarakum", "Trans-Karakum Railway (Wikipedia)", "https://en.wikipedia.org/wiki/Trans-Karakum_Railway",
   publisher="Wikipedia", note="a 132 km stretch of the 280 km Tejen–Serakhs–Mashhad railway was built in Turkmenistan after independence"),
 "rg_sarakhs": src("rg_sarakhs", "Iron and coal will dominate traffic flows (Railway Gazette interview with RAI, 2005)", "https://www.railwaygazette.com/in-depth/iron-and-coal-will-dominate-traffic-flows/32096.article",
   publisher="Railway Gazette International", note="gauge change at Sarakhs on the Turkmenistan frontier; bogie-changing capacity raised from 80 to 160 wagons a day, to 300 with new installations"),
 "iranpress_sarakhs": src("iranpress_sarakhs", "Khorasan railway tourist trains (Iran Press)", "https://iranpress.com/content/10753",
   publisher="Iran Press", note="some 2.3 Mt of goods transferred through the Sarakhs railway line to Central Asia in 2018"),
 "trcasp": src("trcasp", "Trans-Caspian Railroad (Columbia Encyclopedia via encyclopedia.com)", "https://www.encyclopedia.com/reference/encyclopedias-almanacs-transcripts-and-maps/trans-caspian-railroad",
   publisher="encyclopedia.com", note="built in the late 19th century; begins at Turkmenbashi (Krasnovodsk) and passes Ashgabat, Bukhara, Samarkand, Tashkent; connects at Arys with the Turksib and the Kazalinsk line to Orenburg"),
 "eurasia_travel": src("eurasia_travel", "Caspian ferry (Trans Eurasia travel)", "http://eurasia.travel/azerbaijan/transport/caspian_ferry/",
   publisher="eurasia.travel", note="Baku–Turkmenbashi ferry line since 1963; up to 8 Dagestan-class vessels; 27 railcars and 200 passengers each; 306 km; about 12 hours; no fixed schedule"),
 "azerbaijans": src("azerbaijans", "Transport: Caspian ferries (azerbaijans.com)", "https://www.azerbaijans.com/content_473_en.html",
   publisher="azerbaijans.com", note=FN + ": Baku–Turkmenbashi 343 km", accessed="2026-11"),
 "tdh_tm": src("tdh_tm", "Turkmenbashi International Seaport (TDH)", "https://tdh.gov.tm/index.php/en/post/34290/",
   publisher="Turkmen State News Agency (TDH)", note=FN + ": capacity 17–18 Mt/y; container 400,000 TEU; ferry terminal 300k pax, 75k vehicles; opened 2 May 2018", accessed="2026-11"),
 "today_tm": src("today_tm", "Turkmenbashi International Seaport (today.az 2019)", "http://www.today.az/news/regions/177675.html",
   publisher="today.az", note=FN + ": 17 Mt/y excl. oil products; >US$1.5 bn, Gap İnşaat; opened 2 May 2018", accessed="2026-11"),
 "osm_tm": src("osm_tm", "Turkmenbashi International Seaport (Wikipedia, osmarks mirror) – coordinates", "https://en.wikipedia.org/wiki/Turkmenbashi_International_Seaport",
   publisher="Wikipedia", note=FN + ": 40.00 N, 53.03 E", accessed="2026-11"),
 "index_dostyk": src("index_dostyk", "Dostyk (index1520 infrastructure)", "https://index1520.com/en/infrastructure/dostyk/",
   publisher="index1520.com", note=FN + ": station 45.2522 N 82.4839 E; Dostyk 15 trains/day (1,520 mm), 12 (1,435 mm), 760 TEU/day; facts file also gives Dostyk–Alashankou 20 Mt/y (2016) from silkroadnews", accessed="2026-11"),
 "silkroad16": src("silkroad16", "More than 3 mln of freights transported through Chinese-Kazakhstani border via Alashankou-Dostyk passage (Silkroadnews, 22 Jul 2016)", "https://silkroadnews.org/en/news/more-than-3-mln-of-freights-transported-through-chinese-kazakhstani-border-via-alashankou-dostyk-passage",
   publisher="Silkroadnews (Xinhua)", note="annual capacity of the Alashankou–Dostyk passage 20 Mt; train processing time at Dostyk cut to 4 h 15 min from 9 h; >3 Mt in H1 2016"),
 "xinhua_ala25": src("xinhua_ala25", "Alashankou Port >5,000 China-Europe trains in 2025 (Xinhua German, 2 Sep 2025)", "http://german.xinhuanet.com/20250903/2bd103ea5fba45e0822497fde37875e2/c.html",
   publisher="Xinhua", note="double-track upgrade Jinghe–Alashankou commissioned last year (2024); outgoing freight trains can clear customs in 20 minutes with pre-declaration; 125 China–Europe routes via Central Asia"),
 "rf_dostyk": src("rf_dostyk", "No more containers from Kazakhstan to China through Dostyk for the time being (RailFreight.com)", "https://railfreight.com/?p=55748",
   publisher="RailFreight.com", note="55 trains waiting to cross into China; KTZ temporarily stopped accepting container trains until 11 September; congestion also at Khorgos (article undated in stored copy, ~2021)"),
 "gca_2020": src("gca_2020", "Thousands of Loaded Wagons Accumulates at Dostyk-Alashankou (Central Asia news, 31 Jul 2020)", "http://gca.satrapia.com/+thousands-of-loaded-wagons-accumulates-at-dostyk-alashankou+",
   publisher="gca.satrapia.com (KTZ press service)", note="about 3,500 loaded wagons held at the Dostyk–Alashankou crossing in 2020; share of traffic via Altynkol rose from 4% to 23% in 7 months"),
 "caspianpost": src("caspianpost", "Presidential Aide: Dostyk–Moiynty Railway to Reshape Kazakh Economy (Caspian Post, Sep/Oct 2025)", "https://caspianpost.com/kazakhstan/presidential-aide-dostyk-moiynty-railway-to-reshape-kazakh-economy",
   publisher="The Caspian Post", note="12 → 60 train pairs/day; ongoing work on Bakhty–Ayagoz, Moiynty–Kyzylzhar and Altynkol–Zhetygen; ~3,000 km of track rehabilitation"),
 "astana_khorgos": src("astana_khorgos", "Khorgos Gateway boosts transit capacity, handles over 372,000 TEUs in 2025 (Astana Times, 6 Feb 2026)", "https://astanatimes.com/2026/02/khorgos-gateway-boosts-transit-capacity-handles-over-372000-teus-in-2025/",
   publisher="The Astana Times", note=FN + ": >372,000 TEU in 2025 (+2%); 19–20 trains/day since 2022; dry port opened 2015; Khorgos Gateway rail yard ~44.165 N 80.300 E (whereongoogleearth.net, weak)", accessed="2026-11"),
 "khorgos_cn_wiki": src("khorgos_cn_wiki", "Khorgos (Wikipedia via wikimili) – coordinates", "https://en.wikipedia.org/wiki/Khorgas",
   publisher="Wikipedia mirror", note=FN + ": Khorgos city 44.2125 N 80.4097 E", accessed="2026-11"),
 "alat_lead": src("alat_lead", "corridorkit shared node coordinates (lead engineer, addendum session 2)", "https://www.geonames.org/",
   publisher="corridorkit lead", note="alat_port (Port of Baku at Alat) 49.416 E 39.931 N as fixed by the lead for all groups; url is a placeholder (GeoNames) since the coordinate list is internal", accessed=A),
 "twobike": src("twobike", "Caspian Sea ferry – Alat to Kuryk (twobiketo.com travel report)", "https://twobiketo.com/caspian-sea-ferry",
   publisher="twobiketo.com (travel blog, weak)", note="ferries from Baku depart from Alat, ~70 km south; no schedules, rule of thumb every 3–5 days; example crossing Alat 10:30 → Kuryk 11:30 next day local time"),
 "portecon": src("portecon", "Train ferries on the Caspian Sea as part of the Middle Corridor (PortEconomics)", "https://porteconomicsmanagement.org/train-ferries-on-the-caspian-sea-as-part-of-the-middle-corridor",
   publisher="PortEconomics", note=FN + ": >25 rail ferries; MV Azerbaijan 56 railcars; fleet ~95,000 wagons or 4.5 Mt/y", accessed="2026-11"),
 "searoute": src("searoute", "searoute 1.6 (Python) marine network", "https://github.com/genthalili/searoute-py",
   publisher="searoute / Eurostat marnet", note="schematic sea route geometry between port coordinates", accessed=A),
}
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
    d = qty(value, unit, srcs, mn, mx, note, assumption); d["commodity"] = commodity; d["basis"] = basis
    if as_of: d["as_of"] = as_of
    return d

def collect_src_ids(p):
    ids = set()
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "sources" and isinstance(v, list) and v and isinstance(v[0], str): ids.update(v)
                elif k == "source" and isinstance(v, str): ids.add(v)
                else: walk(v)
        elif isinstance(o, list):
            for x in o: walk(x)
    walk(p); return ids

def props(id, name, kind, mode, countries, timeline, geometry_accuracy, names=None, extra_sources=(), **kw):
    p = {"id": id, "name": name, "names": {"en": name, **(names or {})}, "layer": LAYER, "kind": kind, "mode": mode}
    if kw.get("commodities"): p["commodities"] = kw["commodities"]
    p["countries"] = countries
    st = [e for e in timeline if not e.get("expected")]
    p["status"] = kw.get("status") or st[-1]["status"]
    p["status_date"] = kw.get("status_date") or st[-1]["date"]
    p["timeline"] = timeline
    for k in ("capacity", "length", "operator", "owner", "gauge_mm", "electrified", "tracks", "nodes", "crossing", "tags",
              "description", "history", "notes"):
        if k in kw and kw[k] is not None: p[k] = kw[k]
    p["geometry_accuracy"] = geometry_accuracy
    for k in ("geometry_note", "waypoints"):
        if k in kw and kw[k] is not None: p[k] = kw[k]
    ids = collect_src_ids(p) | set(extra_sources)
    p["sources"] = [S[i] for i in sorted(ids)]
    return p

feats = []
T_MC = ["middle_corridor"]
T_X = ["middle_corridor", "crossings"]
T_PORT = ["middle_corridor", "maritime"]
T_IR = ["middle_corridor", "instc"]
RAILC = ["containers", "general_cargo", "passengers"]
FREIGHT = ["containers", "general_cargo"]

exec(open(Path(__file__).resolve().parent / 'east_ext_features.py', encoding='utf-8').read())

