"""Add the Ruse–Giurgiu rail link between Bulgaria and Romania to europe_sea.geojson (idempotent).

Before these, the European tail of the Middle Corridor had no rail link between Bulgaria and Romania: a train
from Türkiye (Kapıkule) reached Central Europe only through Serbia and the Subotica–Kelebia crossing, so with
the Hungarian Kelebia–Budapest line closed for reconstruction (2025) nothing reached Budapest without Russia.
Added (replaced if present):

- ``ruse`` and ``giurgiu_nord``: the stations at either end of the Danube bridge;
- ``rail_ruse_stara_zagora_dimitrovgrad``: BDZ/NRIC line 4 Ruse – Gorna Oryahovitsa – Veliko Tarnovo – across the
  Balkan – Stara Zagora – Dimitrovgrad (joins ``dimitrovgrad_bg`` on the Kapıkule line);
- ``rail_ruse_giurgiu``: Ruse – Friendship Bridge (1954, rail and road) – Giurgiu Nord, 11.3 km;
- ``ruse_giurgiu_border``: the Ruse–Giurgiu rail border crossing (BGR–ROU, 1,435 mm both sides);
- ``rail_giurgiu_videle_bucharest``: the way freight trains take from Giurgiu Nord to Bucharest, by Videle.
  The direct Giurgiu – Grădiștea – Bucharest line, cut when the Grădiștea bridge over the Argeș collapsed in
  August 2005, reopened for local passenger trains on 1 June 2024, but freight and international trains still
  run by Videle (tonnage restriction at Daia until the modernisation, works 2026–2028). The direct line is not a
  feature because the router does not separate passenger-only lines from freight ones; its history is in the
  timeline of the Videle route.

Geometry: GeoNames towns with straight legs, the bridge at its Wikipedia coordinate, one unnamed vertex at
Giurgiu Nord; border vertex from Natural Earth. Existing features are kept byte for byte (same json.dump
settings as the file: indent=1, ensure_ascii=False, no trailing newline).
Run from the repository root: ``python scripts/curated/europe_links.py`` then ``python scripts/update_manifest.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import GEONAMES, NE, border_point, gn, line_feature, point_feature, src, wp, write  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EUROPE = ROOT / "layers" / "data" / "curated" / "europe_sea.geojson"
ACC = "2026-11-29"
ACC0 = "2026-11-24"  # sources already cited in europe_sea.geojson, kept as recorded there

COMMON = ["containers", "general_cargo", "passengers"]
TAGS = ["europe", "middle_corridor"]

S = {
    "geonames": GEONAMES | {"accessed": ACC},
    "naturalearth": NE | {"accessed": ACC},
    "th_bridge": src(
        "th_bridge", "Romania – TransportationHistory.org (June 20, 1954: Giurgiu–Ruse bridge opened)",
        "https://transportationhistory.org/tag/romania/", "TransportationHistory.org",
        "20 June 1954: steel truss bridge over the Danube between Giurgiu (Romania) and Ruse (Bulgaria) opened; "
        "7,295 ft (2,223.52 m) long", ACC),
    "rowiki_bridge": src(
        "rowiki_bridge", "Podul Prieteniei Giurgiu-Ruse (Romanian Wikipedia)",
        "https://ro.wikipedia.org/wiki/Podul_Prieteniei_Giurgiu-Ruse", "Wikipedia",
        "opened 20 June 1954; two decks: a two-lane road and a railway, plus footways; 2.8 km long (with approaches); "
        "at Danube km 488.70; 43°53′22″N 26°0′19″E; 85 m central span can be lifted", ACC),
    "enwiki_bridge": src(
        "enwiki_bridge", "Giurgiu–Ruse Friendship Bridge (English Wikipedia text, soft.lk copy)",
        "https://soft.lk/key/Giurgiu-Rousse_Friendship_Bridge", "Wikipedia (mirror)",
        "opened 20 June 1954; 2,223.52 m; two decks, a two-lane road and a railway; 85 m lifting central span; since "
        "January 2007 no customs control at the border (EU internal border); Bulgarian part reopened 3 Sep 2011 after "
        "two months of rehabilitation", ACC),
    "lokomotivy_ruse": src(
        "lokomotivy_ruse", "BDŽ 07.111 at Ruse, 16 May 2016 (photo note)",
        "https://www.lokomotivy.net/zobraz2.php?rada=gbg_07&loko=7111000", "lokomotivy.net",
        "Ruse is linked to Giurgiu by the two-deck, 2.8 km Friendship Bridge built in 1954; the border crossing matters "
        "mainly for freight trains; it is not electrified and CFR locomotives normally work the trains into Ruse", ACC),
    "czwiki_ruse_varna": src(
        "czwiki_ruse_varna", "Železniční trať Ruse–Varna (Czech Wikipedia, czech.wiki copy)",
        "https://www.czech.wiki/wiki/%C5%BDelezni%C4%8Dn%C3%AD_tra%C5%A5_Ruse%E2%80%93Varna", "Wikipedia (mirror)",
        "line 9, single track, 1,435 mm, opened 7 Nov 1866; route diagram: BG/RO border at km 5.731 from Ruse "
        "Razpredelitelna, Danube bridge 2,223 m, onward to CFR lines towards Bucharest/Videle; line 4 to Gorna "
        "Oryahovitsa branches at Ruse", ACC),
    "hotnews2019": src(
        "hotnews2019", "S-ar putea relua circulația feroviară între Medgidia și Negru Vodă (HotNews, Oct 2019)",
        "https://economie.hotnews.ro/stiri-industrie_feroviara-23416355-putea-relua-circulatia-feroviara-intre-medgidia-negru-voda-linie-abandonata-2012.htm",
        "HotNews.ro", "Medgidia is 198 km from Bucharest by rail; Giurgiu Nord–Ruse 11.3 km to be modernised", ACC0),
    "cfr2019": src(
        "cfr2019", "Development of the Romanian cross-border railway connections (CFR SA, INNORAIL 2019)",
        "https://docslib.org/doc/1364377/development-of-the-romanian-cross-border-railway-connections", "CFR SA (docslib copy)",
        "TEN-T core lines with cross-border links: București–Brașov–Sighișoara–Teiuș–Simeria–Arad–Curtici–Lőkösháza (HU); "
        "București–Giurgiu–Ruse; Rhine–Danube corridor Wien/Bratislava–Budapest–Arad–Brașov/Craiova–București–Constanța; "
        "Orient/East-Med corridor", ACC0),
    "ri_schengen": src(
        "ri_schengen", "Romania and Bulgaria to officially become full Schengen members as of January 1, 2025 (12 Dec 2024)",
        "https://www.romania-insider.com/romania-full-schengen-official-january-2025", "Romania Insider",
        "Council of the EU decided to lift checks on persons at the internal land borders with and between Bulgaria and "
        "Romania from 1 January 2025", ACC),
    "reuters_bridge": src(
        "reuters_bridge", "Romania and Bulgaria become full members of EU's Schengen zone (Reuters, 1 Jan 2025)",
        "https://www.jpost.com/breaking-news/article-835700", "Reuters (via The Jerusalem Post)",
        "at midnight the two interior ministers raised a barrier on the Friendship Bridge at Ruse; the crossing is a "
        "major transit point for international trade and bottlenecks are common", ACC),
    "b2eu_schengen": src(
        "b2eu_schengen", "Romania and Bulgaria granted full Schengen membership",
        "https://www.b2eu-consulting.eu/news-detail/romania-and-bulgaria-granted-full-schengen-membership", "B2EU Consulting",
        "the Budapest agreement allows temporary land border checks between Romania and Bulgaria (and Hungary and Romania) "
        "for at least six months from 1 January 2025", ACC),
    "birdanov": src(
        "birdanov", "100 години железопътна линия Търново – Плачковци (Г. Бирданов, Железопътен транспорт, 2010)",
        "http://www.jptactis.com/article.php?src=compiled/2010/9/Birdanov-10-10.htm", "Железопътен транспорт (jptactis.com)",
        "Ruse–Veliko Tarnovo line, 129.863 km with 8 stations and 4 halts, opened 8 October 1900; Tarnovo–Plachkovtsi "
        "centenary in 2010; choice of the Trans-Balkan route south of Tarnovo", ACC),
    "dir_line4": src(
        "dir_line4", "Когато железницата беше гордост: 125 години от линията Русе – Велико Търново (dir.bg, 8 Oct 2025)",
        "https://dnes.dir.bg/na-fokus/kogato-zheleznitsata-beshe-gordost-snimki", "Dnes.dir.bg (photos: NRIC)",
        "Ruse–Veliko Tarnovo, 130 km, opened 8 Oct 1900; part of railway line No. 4 Ruse – Polski Trambesh – Gorna "
        "Oryahovitsa – Dabovo – Tulovo – Stara Zagora – Mericheri – Dimitrovgrad-sever – Kardzhali – Podkova", ACC),
    "dnesplus2005": src(
        "dnesplus2005", "Възстановено е движението на влаковете в участъка Дряново – Царева ливада (26 Aug 2005)",
        "https://dnesplus.bg/bulgaria/vazstanoveno-e-dvizhenieto-na-vlakovete-v-uchastaka-dryanovo-careva-livada_292792",
        "Dnes+ (citing NRIC)",
        "Dryanovo–Tsareva Livada, part of main line 4 Ruse – Gorna Oryahovitsa – Stara Zagora – Dimitrovgrad – Podkova, "
        "closed 3 Aug 2005 by four landslides after the July floods and reopened 26 Aug 2005 14:30, restoring through "
        "running Dabovo – Gorna Oryahovitsa across the Balkan", ACC),
    "vlaky_ruse": src(
        "vlaky_ruse", "Trať Ruse – Dimitrovgrad (Libor Peltan, 4 Jul 2021)",
        "https://www.vlaky.net/zeleznice/spravy/8080-Trat-Ruse-Dimitrovgrad/", "vlaky.net",
        "north–south line from Ruse across the Stara Planina to Dimitrovgrad, crossing all main west–east lines; "
        "electrified single track from Ruse, summit station Borovo, down the Yantra valley to the Gorna Oryahovitsa junction", ACC),
    "bnr_go_plovdiv": src(
        "bnr_go_plovdiv", "БДЖ възстановява бързия влак Горна Оряховица – Казанлък – Пловдив (BNR Stara Zagora, Feb 2024)",
        "https://parliament140.bnr.bg/starazagora/post/101946617/bdj-vazstanovava-barzia-vlak-gorna-orahovica-kazanlak-plovdiv",
        "Bulgarian National Radio",
        "from 12 Feb 2024 the Gorna Oryahovitsa – Plovdiv fast train runs again via Veliko Tarnovo, Dryanovo, Tryavna, "
        "Tsareva Livada and Kazanlak", ACC),
    "bdz_july": src(
        "bdz_july", "Temporary changes of the timetable and route of some trains in July (BDZ)",
        "http://www.bdz.bg/en/news/temporary-changes-of-the-timetable-and-route-of-some-trains-in-july.html", "BDZ",
        "works on Gorna Oryahovitsa – Krastets (Trans-Balkan line); the international Istanbul – Bucharest trains "
        "redirected via Karnobat, Shumen and Kaspichan for the month (year of the notice not shown)", ACC),
    "europafm_gradistea": src(
        "europafm_gradistea", "GIURGIU: De mâine, vor circula din nou trenurile pe ruta Giurgiu-Grădiștea",
        "https://europafm.ro/giurgiu-de-maine-vor-circula-din-nou-trenurile-pe-ruta-giurgiu-gradistea", "Europa FM",
        "the Grădiștea bridge over the Argeș collapsed in the floods of 13 August 2005; since then the rail link to "
        "Bucharest is interrupted and the Bucharest–Ruse fast trains via Giurgiu Nord are diverted via Videle", ACC),
    "business24_2019": src(
        "business24_2019", "Toate trenurile spre Sofia, Salonic și Istanbul ocolesc prin Videle (Business24, Jun 2019)",
        "http://www.business24.ro/macroeconomie/stiri-macroeconomie/toate-trenurile-spre-sofia-salonic-si-istanbul-ocolesc-prin-videle-din-cauza-ca-autoritatile-nu-sunt-in-stare-de-14-ani-sa-repare-un-pod-1604355",
        "Business24.ro",
        "CFR Călători summer trains to Sofia, Thessaloniki and Halkalı (7 Jun–7 Oct 2019) all run via Videle; the direct "
        "Bucharest–Giurgiu line over Grădiștea is about 60 km and the detour nearly doubles it; line opened 1869", ACC),
    "agerpres2024": src(
        "agerpres2024", "REPORTAJ După 19 ani de la prăbuşirea podului de la Grădiştea, a fost reluată călătoria cu trenul "
        "pe relaţia Bucureşti – Giurgiu (Agerpres, 1 Jun 2024)",
        "https://agerpres.ro/2024/06/01/reportaj-dupa-19-ani-de-la-prabusirea-podului-de-la-gradistea-a-fost-reluata-calatoria-cu-trenul-pe---1304931",
        "Agerpres", "on Saturday 1 June 2024 the Bucharest Nord – Bucharest Progresul – Giurgiu train reached Giurgiu again, "
        "19 years after the bridge collapse; about two hours to Bucharest", ACC),
    "mainnews2024": src(
        "mainnews2024", "După reluarea circulației pe calea ferată București – Giurgiu, trenurile internaționale și marfarele "
        "vor ocoli prin Videle cel puțin încă 4 ani (Mainnews, 22 Apr 2024)",
        "https://mainnews.ro/exclusiv-calea-ferata-bucuresti-giurgiu-trenurile-internationale-si-marfarele/", "Mainnews.ro",
        "state secretary Ionuț Săvoiu: the direct line reopens (June 2024), but international passenger trains and freight "
        "trains will keep detouring via Videle for at least four more years because of an embankment problem", ACC),
    "adevarul2026": src(
        "adevarul2026", "Modernizarea primei căi ferate din România, tot mai aproape: când încep lucrările pe ruta "
        "București–Giurgiu (Adevărul, 3 Jan 2026)",
        "https://adevarul.ro/stiri-interne/modernizarea-primei-cai-ferate-din-romania-tot-2498136.html", "Adevărul",
        "passenger trains back on the direct line since June 2024 over the new Grădiștea bridge; a new viaduct at Daia "
        "will remove the tonnage restrictions that still force freight trains to go round by Videle; design ordered 22 Sep "
        "(2025), works from spring 2026 for 2.5 years (end 2028 at best)", ACC),
    "jurnal_giurgiu2025": src(
        "jurnal_giurgiu2025", "CFR SA a emis ordinul de începere a proiectării pentru modernizarea liniei București – Giurgiu "
        "(Jurnal Giurgiuvean, 22 Sep 2025)",
        "https://jurnalgiurgiuvean.ro/deputat-marian-mina-orasul-nostru-va-fi-din-nou-conectat-printr-o-linie-moderna-rapida-si-sigura-care-aduce-oportunitati-pentru-oameni-pentru-economie-si-pentru-viitorul-comunitatii/",
        "Jurnal Giurgiuvean", "93.45 km of single track București Nord – Jilava – Giurgiu Nord – border to be modernised and "
        "electrified, Daia viaduct, doubling Daia–Frătești, ERTMS L2; 36 months; Arcada & Alstom; CEF + state budget", ACC),
    "ziare_1869": src(
        "ziare_1869", "REPORTAJ Aniversare tristă a 150 de ani de la inaugurarea căii ferate Giurgiu-Bucureşti (Oct 2019)",
        "https://www.ziarelive.ro/stiri/reportaj-aniversare-trista-a-150-de-ani-de-la-inaugurarea-caii-ferate-giurgiu-bucuresti.html",
        "Ziarelive (citing Agerpres)", "the Giurgiu–Bucharest railway, the first in the Romanian principalities, opened on "
        "31 October 1869; in 2019 its trains still went round by Videle (about three hours)", ACC),
}


def _src(*ids):
    return [S[i] for i in ids]


def _g(label, name, cc):
    lon, lat, gid, _ = gn(name, cc)
    return (lon, lat), wp(f"{label} (GeoNames {gid})", lon, lat)


RUSE_GID = gn("Ruse", "BG")[2]


BRIDGE = (26.00528, 43.88944)  # Friendship Bridge, 43°53′22″N 26°0′19″E (Romanian Wikipedia)
GIURGIU_NORD = (25.99, 43.925)  # unnamed vertex: see the giurgiu_nord geometry_note


def build(nodes: dict) -> list[dict]:
    ruse, w_ruse = _g("Ruse", "Ruse", "BG")
    out = []
    # --- stations -------------------------------------------------------------------------------------------
    out.append(point_feature({
        "id": "ruse", "name": "Ruse", "names": {"en": "Ruse", "bg": "Русе", "ro": "Ruse"},
        "layer": "europe", "kind": "station", "mode": "rail", "commodities": COMMON, "countries": ["BGR"],
        "status": "operational", "status_date": "1954-06-20",
        "timeline": [
            {"date": "1866-11-07", "status": "operational", "sources": ["czwiki_ruse_varna"],
             "note": "Ruse–Varna, the first railway in today's Bulgaria, opened"},
            {"date": "1954-06-20", "status": "operational", "sources": ["th_bridge", "rowiki_bridge"],
             "note": "Danube (Friendship) Bridge to Giurgiu opened: Ruse becomes Bulgaria's rail gateway to Romania"}],
        "operator": "NRIC (Bulgaria)",
        "tags": TAGS,
        "description": "Danube port city and rail junction: line 4 south across the Balkan to Stara Zagora and Dimitrovgrad, "
                       "line 9 east to Kaspichan/Varna, and the Friendship Bridge north to Giurgiu (Romania).",
        "notes": "The border and marshalling station is Ruse Razpredelitelna, east of the city (the BG/RO border is at km "
                 "5.731 from it, Czech Wikipedia); the point is the GeoNames city centre.",
        "sources": _src("geonames", "czwiki_ruse_varna", "th_bridge", "rowiki_bridge", "dir_line4"),
        "geometry_accuracy": "digitised",
        "geometry_note": f"GeoNames coordinate of Ruse (geonameid {RUSE_GID}); "
                         "town/city centre, not a surveyed station",
        "waypoints": [w_ruse],
    }, *ruse))
    out.append(point_feature({
        "id": "giurgiu_nord", "name": "Giurgiu Nord", "names": {"en": "Giurgiu Nord", "ro": "Giurgiu Nord", "bg": "Гюргево Север"},
        "layer": "europe", "kind": "station", "mode": "rail", "commodities": COMMON, "countries": ["ROU"],
        "status": "operational", "status_date": "2024-06-01",
        "timeline": [
            {"date": "1954-06-20", "status": "operational", "sources": ["th_bridge", "rowiki_bridge"],
             "note": "Friendship Bridge to Ruse opened (the Giurgiu–Bucharest railway itself dates from 31 Oct 1869)"},
            {"date": "2005-08-13", "status": "operational", "sources": ["europafm_gradistea"],
             "note": "Grădiștea bridge collapsed: Bucharest–Ruse trains through Giurgiu Nord diverted via Videle"},
            {"date": "2024-06-01", "status": "operational", "sources": ["agerpres2024", "mainnews2024"],
             "note": "direct Bucharest–Giurgiu passenger trains again; freight and international trains still via Videle"}],
        "operator": "CFR SA (infrastructure)",
        "tags": TAGS,
        "description": "Junction north of Giurgiu where the line from the Friendship Bridge (Ruse) meets the lines to "
                       "Bucharest: direct by Grădiștea (passenger trains since June 2024) and by Videle (freight).",
        "notes": "Position is an assumption: no surveyed coordinate was found. Placed ~4 km north of the bridge so that "
                 "Ruse – bridge – Giurgiu Nord is about the 11.3 km HotNews gives (border at km 5.7 from Ruse "
                 "Razpredelitelna, Czech Wikipedia). Giurgiu town centre (GeoNames 677106) is ~4.8 km to the south-west.",
        "sources": _src("hotnews2019", "czwiki_ruse_varna", "th_bridge", "rowiki_bridge", "europafm_gradistea",
                        "agerpres2024", "mainnews2024", "ziare_1869"),
        "geometry_accuracy": "schematic",
        "geometry_note": "unnamed vertex placed from the line kilometres (11.3 km Giurgiu Nord–Ruse, border at km 5.731 "
                         "from Ruse Razpredelitelna), not a surveyed station",
        "waypoints": [{"name": "Giurgiu Nord (approximate, from line kilometres)", "lon": GIURGIU_NORD[0],
                       "lat": GIURGIU_NORD[1], "source": "hotnews2019"}],
    }, *GIURGIU_NORD))
    # --- Ruse – bridge – Giurgiu Nord, and the border crossing ---------------------------------------------
    bpt = border_point(BRIDGE, GIURGIU_NORD, "BGR")
    link = [ruse, BRIDGE, bpt, GIURGIU_NORD]
    out.append(line_feature({
        "id": "rail_ruse_giurgiu", "name": "Ruse – Friendship Bridge – Giurgiu Nord railway",
        "names": {"en": "Ruse – Friendship Bridge – Giurgiu Nord railway", "bg": "Русе – Дунав мост – Гюргево",
                  "ro": "Ruse – Podul Prieteniei – Giurgiu Nord"},
        "layer": "europe", "kind": "rail_line", "mode": "rail", "commodities": COMMON, "countries": ["BGR", "ROU"],
        "status": "operational", "status_date": "2025-01-01",
        "timeline": [
            {"date": "1954-06-20", "status": "operational", "sources": ["th_bridge", "rowiki_bridge"],
             "note": "Danube (Friendship) Bridge opened: lower deck railway, upper deck two-lane road"},
            {"date": "2019-10", "status": "operational", "sources": ["hotnews2019", "cfr2019"],
             "note": "Giurgiu Nord–Ruse (11.3 km) listed for modernisation; București–Giurgiu–Ruse a TEN-T core cross-border line"},
            {"date": "2025-01-01", "status": "operational", "sources": ["ri_schengen", "reuters_bridge"],
             "note": "Bulgaria and Romania full Schengen members: checks on persons at the bridge lifted"}],
        "length": {"value": 11.3, "unit": "km", "sources": ["hotnews2019"], "note": "Giurgiu Nord – Ruse"},
        "operator": "NRIC (Bulgaria) / CFR SA (Romania)",
        "gauge_mm": [1435], "electrified": False, "tracks": 1,
        "nodes": ["ruse", "ruse_giurgiu_border", "giurgiu_nord"],
        "tags": TAGS,
        "description": "Single-track standard-gauge link from Ruse over the Danube (Friendship) Bridge to Giurgiu Nord: "
                       "the only rail link between Bulgaria and Romania east of Vidin–Calafat, and the rail way north "
                       "from Türkiye and Bulgaria to Bucharest and Corridor IV that avoids Serbia.",
        "notes": "Bridge: opened 20 June 1954; 2,223.52 m (TransportationHistory.org; 2,223 m on the Czech Wikipedia "
                 "line diagram), 2.8 km with approaches (Romanian Wikipedia); rail on the lower deck, road above. Not "
                 "electrified across the border (lokomotivy.net, 2016; electrification to the border is in the 2025 "
                 "CFR modernisation contract). Single track: the bridge carries one railway (Romanian Wikipedia: 'one "
                 "deck for rail traffic').",
        "sources": _src("th_bridge", "rowiki_bridge", "enwiki_bridge", "czwiki_ruse_varna", "hotnews2019", "cfr2019", "lokomotivy_ruse",
                        "jurnal_giurgiu2025", "ri_schengen", "reuters_bridge", "geonames", "naturalearth"),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs Ruse (GeoNames centre, ~2 km from the line) – Friendship Bridge (Wikipedia "
                         "coordinate) – Natural Earth border – Giurgiu Nord (unnamed vertex); shorter than the 11.3 km line",
        "waypoints": [
            w_ruse,
            {"name": "Friendship Bridge (Romanian Wikipedia coordinate)", "lon": BRIDGE[0], "lat": BRIDGE[1], "source": "rowiki_bridge"},
            wp("BGR/ROU border on the bridge-Giurgiu Nord leg (Natural Earth)", *bpt, source="naturalearth"),
            {"name": "Giurgiu Nord (approximate, from line kilometres)", "lon": GIURGIU_NORD[0], "lat": GIURGIU_NORD[1],
             "source": "hotnews2019"}],
    }, link))
    out.append(point_feature({
        "id": "ruse_giurgiu_border", "name": "Ruse–Giurgiu rail border crossing (Friendship Bridge)",
        "names": {"en": "Ruse–Giurgiu rail border crossing (Friendship Bridge)", "bg": "Русе – Гюргево (Дунав мост)",
                  "ro": "Giurgiu – Ruse (Podul Prieteniei)"},
        "layer": "europe", "kind": "border_crossing", "mode": "rail", "commodities": COMMON, "countries": ["BGR", "ROU"],
        "status": "operational", "status_date": "2025-01-01",
        "timeline": [
            {"date": "1954-06-20", "status": "operational", "sources": ["th_bridge", "rowiki_bridge"],
             "note": "Friendship Bridge opened"},
            {"date": "2025-01-01", "status": "operational", "sources": ["ri_schengen", "reuters_bridge"],
             "note": "internal Schengen border: checks on persons lifted (temporary checks allowed for at least six months)"}],
        "crossing": {
            "countries": ["BGR", "ROU"], "modes": ["rail"], "name_other_side": "Giurgiu Nord (Romania)",
            "delay_h": {"value": 2, "min": 0.5, "max": 8, "unit": "h", "assumption": True,
                        "sources": ["lokomotivy_ruse", "enwiki_bridge", "ri_schengen", "b2eu_schengen"],
                        "note": "No published rail dwell time. Assumption: ~2 h. An EU internal border since 2007 (no "
                                "customs) and inside Schengen from 1 Jan 2025 (checks on persons lifted; temporary checks "
                                "allowed for at least six months), so no formalities, but trains change infrastructure "
                                "manager and crew, and the crossing is not electrified (diesel locomotive through to "
                                "Ruse), which means a locomotive change or hand-over with brake test. Range 0.5 h (diesel "
                                "worked through, papers only) to 8 h (waiting for a path or locomotive)."},
        },
        "tags": TAGS + ["crossings"],
        "description": "BGR–ROU rail crossing on the Danube (Friendship) Bridge between Ruse and Giurgiu; standard gauge "
                       "(1,435 mm) on both sides, so no gauge break.",
        "sources": _src("naturalearth", "th_bridge", "rowiki_bridge", "enwiki_bridge", "lokomotivy_ruse", "czwiki_ruse_varna",
                        "ri_schengen", "reuters_bridge", "b2eu_schengen"),
        "geometry_accuracy": "schematic",
        "geometry_note": "where the drawn bridge–Giurgiu Nord leg meets the Natural Earth border (north of the bridge's "
                         "midpoint because of the simplified border); not a surveyed checkpoint",
        "waypoints": [wp("Ruse–Giurgiu border (Natural Earth)", *bpt, source="naturalearth")],
    }, *bpt))
    # --- Bulgarian line 4: Ruse – Gorna Oryahovitsa – Stara Zagora – Dimitrovgrad ----------------------------
    pts, wps = [], []
    for label, name in [("Ruse", "Ruse"), ("Borovo", "Borovo"), ("Polski Trambesh", "Polski Trambesh"),
                        ("Gorna Oryahovitsa", "Gorna Oryahovitsa"), ("Veliko Tarnovo", "Veliko Tarnovo"),
                        ("Dryanovo", "Dryanovo"), ("Tryavna", "Tryavna"), ("Stara Zagora", "Stara Zagora"),
                        ("Dimitrovgrad (Bulgaria)", "Dimitrovgrad")]:
        c, w = _g(label, name, "BG")
        pts.append(c)
        wps.append(w)
    dim = tuple(nodes["dimitrovgrad_bg"])
    assert pts[-1] == dim, (pts[-1], dim)
    out.append(line_feature({
        "id": "rail_ruse_stara_zagora_dimitrovgrad",
        "name": "Ruse – Gorna Oryahovitsa – Stara Zagora – Dimitrovgrad railway (line 4)",
        "names": {"en": "Ruse – Gorna Oryahovitsa – Stara Zagora – Dimitrovgrad railway (line 4)",
                  "bg": "Русе – Горна Оряховица – Стара Загора – Димитровград (жп линия 4)"},
        "layer": "europe", "kind": "rail_line", "mode": "rail", "commodities": COMMON, "countries": ["BGR"],
        "status": "operational", "status_date": "2025-10-08",
        "timeline": [
            {"date": "2005-08-03", "status": "suspended", "sources": ["dnesplus2005"],
             "note": "Dryanovo–Tsareva Livada closed by four landslides after the July 2005 floods"},
            {"date": "2005-08-26", "status": "operational", "sources": ["dnesplus2005"],
             "note": "reopened: through running Dabovo – Gorna Oryahovitsa across the Balkan restored"},
            {"date": "2024-02-12", "status": "operational", "sources": ["bnr_go_plovdiv"],
             "note": "Gorna Oryahovitsa – Veliko Tarnovo – Dryanovo – Tryavna fast trains running"},
            {"date": "2025-10-08", "status": "operational", "sources": ["dir_line4"],
             "note": "125 years of Ruse–Veliko Tarnovo, part of line 4 Ruse – Gorna Oryahovitsa – Stara Zagora – Dimitrovgrad – Podkova"}],
        "operator": "NRIC (Bulgaria)",
        "gauge_mm": [1435], "electrified": True, "tracks": 1,
        "nodes": ["ruse", "dimitrovgrad_bg"],
        "tags": TAGS,
        "description": "Bulgaria's north–south main line 4 from the Danube at Ruse by Borovo, Polski Trambesh and the "
                       "Gorna Oryahovitsa junction, Veliko Tarnovo and the Trans-Balkan section (Dryanovo, Tryavna, "
                       "Krastets, Dabovo) to Tulovo, Stara Zagora and Dimitrovgrad, where it meets the Kapıkule line; "
                       "the route of the Istanbul–Bucharest trains.",
        "history": "Ruse–Veliko Tarnovo (129.863 km) opened on 8 October 1900; the line was carried across the Balkan "
                   "south of Tarnovo in the following decade (Tarnovo–Plachkovtsi centenary in 2010, Birdanov). The "
                   "timeline starts with the first dated event found for the whole line (2005); earlier as-of dates "
                   "treat the line as absent.",
        "notes": "No official length of the Ruse–Dimitrovgrad line found; Ruse–Veliko Tarnovo is 129.863 km (Birdanov; "
                 "'130 km' dir.bg). Electrified single track (vlaky.net). Dabovo and Tulovo are not in the GeoNames cache, "
                 "so the Balkan crossing is one straight leg Tryavna – Stara Zagora (the Krastets summit and Radunci "
                 "loops are not drawn). Stara Zagora – Dimitrovgrad is shared with rail_burgas_stara_zagora_dimitrovgrad "
                 "(no Stara Zagora node exists; the line ends at dimitrovgrad_bg). The Istanbul–Bucharest trains normally "
                 "use this line (BDZ notice).",
        "sources": _src("geonames", "birdanov", "dir_line4", "dnesplus2005", "vlaky_ruse", "bnr_go_plovdiv", "bdz_july"),
        "geometry_accuracy": "schematic",
        "geometry_note": "Named control points are GeoNames town coordinates (geonameid in the waypoint name); straight "
                         "between them; Dabovo/Tulovo not in the cache (one straight leg Tryavna–Stara Zagora). The drawn "
                         "Ruse–Veliko Tarnovo part is 96 km against 129.863 km by rail (-26 %), so the whole drawn line "
                         "(~218 km) is likely about a quarter shorter than the real one",
        "waypoints": wps,
    }, pts))
    # --- Giurgiu Nord – Videle – Bucharest ------------------------------------------------------------------------
    videle, w_videle = _g("Videle", "Videle", "RO")
    buc = tuple(nodes["bucharest"])
    bw = wp("Bucharest (GeoNames 683506)", *buc)
    out.append(line_feature({
        "id": "rail_giurgiu_videle_bucharest", "name": "Giurgiu Nord – Videle – Bucharest railway (freight route)",
        "names": {"en": "Giurgiu Nord – Videle – Bucharest railway (freight route)", "ro": "Giurgiu Nord – Videle – București"},
        "layer": "europe", "kind": "rail_line", "mode": "rail", "commodities": COMMON, "countries": ["ROU"],
        "status": "operational", "status_date": "2026-01-03",
        "timeline": [
            {"date": "2005-08-13", "status": "operational", "sources": ["europafm_gradistea"],
             "note": "Grădiștea bridge over the Argeș collapsed in the floods: the direct Giurgiu–Bucharest line (opened "
                     "31 Oct 1869) is cut and all Bucharest–Giurgiu–Ruse trains go round by Videle"},
            {"date": "2019-06", "status": "operational", "sources": ["business24_2019"],
             "note": "all trains from Bucharest to Sofia, Thessaloniki and Halkalı still via Videle"},
            {"date": "2024-06-01", "status": "operational", "sources": ["agerpres2024", "mainnews2024"],
             "note": "direct line over the new Grădiștea bridge reopened for local passenger trains; international and "
                     "freight trains keep running via Videle (embankment/tonnage limits)"},
            {"date": "2025-09-22", "status": "operational", "sources": ["jurnal_giurgiu2025"],
             "note": "design ordered for modernising and electrifying the direct line (93.45 km, Daia viaduct)"},
            {"date": "2026-01-03", "status": "operational", "sources": ["adevarul2026"],
             "note": "freight trains still go round by Videle until the Daia viaduct (works 2026–2028)"}],
        "operator": "CFR SA (infrastructure)",
        "gauge_mm": [1435],
        "nodes": ["giurgiu_nord", "bucharest"],
        "tags": TAGS,
        "description": "The way freight (and international) trains take between Giurgiu Nord and Bucharest: north-west "
                       "to Videle and east along the Bucharest–Craiova main line. The direct line by Grădiștea carries "
                       "only local passenger trains (since 1 June 2024) because of tonnage limits at Daia.",
        "history": "The Bucharest–Giurgiu railway, Romania's first, opened on 31 October 1869. Its Argeș bridge at "
                   "Grădiștea collapsed on 13 August 2005, after which all trains were diverted via Videle. A new bridge "
                   "reopened the direct line to passenger trains on 1 June 2024 (2 h 4 min – 2 h 19 min for 93 km); "
                   "freight still uses Videle until the modernisation (contract Arcada–Alstom, 93.45 km, works 2026–2028).",
        "notes": "No official length of the Videle route found (Business24 2019: the detour nearly doubles the ~60 km "
                 "direct route; Digi24 2025: 20 km longer). The direct Bucharest–Grădiștea–Giurgiu line is not a "
                 "feature: the router does not tell passenger-only lines from freight ones, and freight may not use it "
                 "(Mainnews 2024, Adevărul 2026). Intermediate stations of the Videle route are not drawn.",
        "sources": _src("geonames", "europafm_gradistea", "business24_2019", "agerpres2024", "mainnews2024", "adevarul2026",
                        "jurnal_giurgiu2025", "ziare_1869", "hotnews2019"),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs Giurgiu Nord (unnamed vertex) – Videle – Bucharest (GeoNames town centres)",
        "waypoints": [{"name": "Giurgiu Nord (approximate, from line kilometres)", "lon": GIURGIU_NORD[0],
                       "lat": GIURGIU_NORD[1], "source": "hotnews2019"}, w_videle, bw],
    }, [GIURGIU_NORD, videle, buc]))
    return out


def main() -> None:
    fc = json.loads(EUROPE.read_text(encoding="utf-8"))
    nodes = {}
    for fn in (ROOT / "layers" / "data" / "curated").glob("*.geojson"):
        for f in json.loads(fn.read_text(encoding="utf-8"))["features"]:
            if f["geometry"]["type"] == "Point":
                nodes[f["properties"]["id"]] = f["geometry"]["coordinates"]
    new = build(nodes)
    ids = {f["properties"]["id"] for f in new}
    feats = [f for f in fc["features"] if f["properties"]["id"] not in ids] + new
    write(EUROPE, feats)  # indent=1, ensure_ascii=False: the format europe_sea.geojson was written in
    print(f"europe_sea.geojson: {len(feats)} features ({len(new)} added or replaced)")


if __name__ == "__main__":
    main()
