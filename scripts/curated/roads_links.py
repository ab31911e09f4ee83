"""Add the road links to Nakhchivan through Iran and Türkiye to roads.geojson (idempotent).

Before these, the shipped roads let a truck from Baku reach Nakhchivan without Armenia only by the Caspian
ferry round through Turkmenistan, which no one does. Added (replaced if present):

- ``road_ir_astara_ardabil_tabriz``: Astara (Iran) over the Heyran pass to Ardabil, then by Sarab to Tabriz;
- ``julfa_jolfa_road_border``: the Jolfa–Julfa road crossing (AZE–IRN), beside the rail crossing;
- ``road_jolfa_crossing_access`` and ``road_julfa_nakhchivan``: Jolfa (Iran) to the Aras bridge, and from the
  crossing by Julfa up the valley to Nakhchivan.

and through Türkiye (before them Nakhchivan reached Kars by road only through Armenia and Georgia):

- ``road_igdir``: Iğdır as a road place (the rail station of the same name is still being built);
- ``road_kars_igdir``: Kars – Tuzluca – Iğdır, 130 km (Iğdır governorship);
- ``road_igdir_dilucu``: Iğdır – Aralık – Dilucu crossing, about 75 km (Iğdır governorship);
- ``road_sadarak_nakhchivan``: from the Dilucu–Sadarak crossing by Sharur to Nakhchivan.

Geometry is schematic (GeoNames towns and a few unnamed vertices).
Run from the repository root: ``python scripts/curated/roads_links.py`` then ``python scripts/update_manifest.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import GEONAMES, NE, gn, src, write  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ROADS = ROOT / "layers" / "data" / "curated" / "roads.geojson"
ACC = "2026-11-29"

S = {
    "iran_daily_heyran": src(
        "iran_daily_heyran", "Heyran Tourist Region (Iran Daily, 12 May 2017)", "http://www.iran-daily.com/News/192595.html",
        "Iran Daily", "the Heyran pass (about 1,500 m) lies on the road linking Astara and Ardabil, ~30 km west of Astara",
        ACC),
    "azernews_astara25": src(
        "azernews_astara25", "New highway near Astarachay bridge on Iran-Azerbaijan border (Azernews, 9 Apr 2025)",
        "https://www.azernews.az/business/240168.html", "Azernews",
        "second Astarachay road bridge inaugurated 30 Dec 2023 (four lanes); the first bridge has served since WWII; "
        "new four-lane highway beside it partly open in 2024", ACC),
    "rmto_jolfa": src(
        "rmto_jolfa", "Jolfa Border Terminal (Iran Road Maintenance and Transportation Organization)",
        "http://www.rmto.ir/en/Pages/jolfa.aspx", "RMTO",
        "Jolfa land border terminal with Nakhchivan, 135 km from Tabriz; official border by cabinet act of 29 April 1996; "
        "Jolfa–Nakhchivan bridge; 24-hour traffic since 1999; Nakhchivan–Jolfa–Baku bus line since October 2007", ACC),
    "vestik_jolfa26": src(
        "vestik_jolfa26", "Iran starts building a customs post on the border with Azerbaijan (Vestnik Kavkaza, 27 Jan 2026)",
        "https://vestikavkaza.ru/news/v-irane-nacali-stroit-tamozennyj-punkt-na-granice-s-azerbajdzanom.html",
        "Vestnik Kavkaza", "Jolfa customs takes up to 300 trucks a day", ACC),
    "igdir_ulasim": src(
        "igdir_ulasim", "Iğdır: Ulaşım (Iğdır Valiliği, Çevre ve Şehircilik İl Müdürlüğü)", "https://igdir.csb.gov.tr/ulasim-i-1142",
        "T.C. Iğdır Valiliği",
        "the 130 km Iğdır–Kars road; Erzurum and Kars roads join near Tuzluca; the province centre is linked to the "
        "Dilucu border gate via Aralık by an asphalt road of about 75 km", ACC),
    "trwiki_azetur": src(
        "trwiki_azetur", "Azerbaycan-Türkiye sınırı (Turkish Wikipedia, IPFS copy)",
        "https://tr.wikipedia.org/wiki/Azerbaycan-T%C3%BCrkiye_s%C4%B1n%C4%B1r%C4%B1", "Wikipedia",
        "Dilucu (Iğdır) opened 20.05.1992, counterpart Sədərək, road M7 on the Nakhchivan side; the only "
        "Azerbaijan–Türkiye crossing", ACC),
    "geonames": GEONAMES,
    "naturalearth": NE,
}


def _pt(name, cc):
    lon, lat, _gid, official = gn(name, cc)
    return round(lon, 5), round(lat, 5), official


def _feature(props, coords, kind="LineString"):
    return {"type": "Feature", "properties": props, "geometry": {"type": kind, "coordinates": coords}}


def _sources(ids):
    return [S[i] for i in ids]


def build() -> list[dict]:
    nodes = {}
    for fn in (ROOT / "layers" / "data" / "curated").glob("*.geojson"):
        for f in json.loads(fn.read_text(encoding="utf-8"))["features"]:
            if f["geometry"]["type"] == "Point":
                nodes[f["properties"]["id"]] = f["geometry"]["coordinates"]
    ardabil, sarab, bostanabad = _pt("Ardabil", "IR"), _pt("Sarab", "IR"), _pt("Bostanabad", "IR")
    astara_b, tabriz = nodes["astara_border"], [46.2919, 38.08]  # the Tabriz end of road_ir_nurduz_jolfa_tabriz
    heyran = (48.60, 38.37)  # unnamed vertex at the Heyran pass, ~30 km west of Astara (Iran Daily)
    astara_line = [astara_b, [48.84, 38.41], [48.78, 38.39], list(heyran), [48.45, 38.40], list(ardabil[:2]), [47.95, 38.05],
                   list(sarab[:2]), list(bostanabad[:2]), tabriz]
    out = []
    out.append(_feature({
        "id": "road_ir_astara_ardabil_tabriz",
        "name": "Astara – Heyran pass – Ardabil – Sarab – Tabriz road (Iran)",
        "names": {"en": "Astara – Heyran pass – Ardabil – Sarab – Tabriz road (Iran)",
                  "fa": "آستارا – گردنه حیران – اردبیل – سراب – تبریز"},
        "layer": "roads", "kind": "road", "mode": "road",
        "commodities": ["general_cargo", "vehicles", "passengers"], "countries": ["IRN"],
        "status": "operational", "status_date": "2025-04-09",
        "timeline": [
            {"date": "2017-05-12", "status": "operational", "sources": ["iran_daily_heyran"],
             "note": "the Astara–Ardabil road over the Heyran pass in use (the road is far older; opening date not recorded)"},
            {"date": "2025-04-09", "status": "operational", "sources": ["azernews_astara25"],
             "note": "second Astarachay road bridge (Dec 2023) and a new four-lane approach at the Astara crossing"}],
        "nodes": ["astara_border", "tabriz"],
        "tags": ["roads", "southern_alternative"],
        "description": "Iran's road from the Astara crossing over the Heyran pass to Ardabil and on by Sarab and "
                       "Bostanabad to Tabriz: the way Azerbaijani trucks reach Jolfa and Nakhchivan through Iran.",
        "notes": "No official length found. Ardabil–Sarab–Tabriz: the towns are GeoNames places; that the trunk road "
                 "runs through them is an assumption of this digitisation, not read in a source.",
        "sources": _sources(["iran_daily_heyran", "azernews_astara25", "geonames", "naturalearth"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs through the Astara crossing (corridorkit node), an unnamed Heyran pass vertex, "
                         "GeoNames town centres (Ardabil, Sarab, Bostanabad) and the Tabriz end of road_ir_nurduz_jolfa_tabriz",
        "waypoints": [
            {"name": "Astara crossing (corridorkit node astara_border)", "lon": astara_b[0], "lat": astara_b[1], "source": "naturalearth"},
            {"name": "Heyran pass (unnamed vertex, ~30 km west of Astara)", "lon": heyran[0], "lat": heyran[1], "source": "iran_daily_heyran"},
            {"name": ardabil[2], "lon": ardabil[0], "lat": ardabil[1], "source": "geonames"},
            {"name": sarab[2], "lon": sarab[0], "lat": sarab[1], "source": "geonames"},
            {"name": bostanabad[2], "lon": bostanabad[0], "lat": bostanabad[1], "source": "geonames"},
            {"name": "Tabriz (end of road_ir_nurduz_jolfa_tabriz)", "lon": tabriz[0], "lat": tabriz[1], "source": "geonames"}],
    }, astara_line))
    border = nodes["julfa_jolfa_border"]
    out.append(_feature({
        "id": "julfa_jolfa_road_border",
        "name": "Julfa – Jolfa road border crossing (Aras bridge)",
        "names": {"en": "Julfa – Jolfa road border crossing (Aras bridge)", "az": "Culfa sərhəd-keçid məntəqəsi",
                  "fa": "پایانه مرزی جلفا"},
        "layer": "roads", "kind": "border_crossing", "mode": "road",
        "commodities": ["general_cargo", "vehicles", "passengers"], "countries": ["AZE", "IRN"],
        "status": "operational", "status_date": "2026-01-27",
        "timeline": [
            {"date": "1996-04-29", "status": "operational", "sources": ["rmto_jolfa"],
             "note": "Jolfa made an official land border terminal by act of the Iranian cabinet"},
            {"date": "2026-01-27", "status": "operational", "sources": ["vestik_jolfa26"],
             "note": "Jolfa customs takes up to 300 trucks a day"}],
        "capacity": [{"value": 300, "unit": "trucks/d", "commodity": "vehicles", "basis": "actual_throughput",
                      "as_of": "2026-01", "sources": ["vestik_jolfa26"], "note": "up to 300 trucks a day"}],
        "crossing": {"countries": ["AZE", "IRN"], "modes": ["road"],
                     "delay_h": {"value": 3, "unit": "h", "min": 1, "max": 24, "sources": ["vestik_jolfa26"],
                                 "assumption": True,
                                 "note": "No published delay. Assumption: ~3 h, a busy single customs post (up to 300 trucks/day)."},
                     "name_other_side": "Julfa (Nakhchivan AR, Azerbaijan)"},
        "tags": ["roads", "crossings", "southern_alternative"],
        "description": "Road crossing between Jolfa (Iran) and Julfa (Nakhchivan) over the Aras, beside the rail crossing.",
        "notes": "Placed at the rail crossing's point (corridorkit julfa_jolfa_border); the road bridge is a few hundred metres away.",
        "sources": _sources(["rmto_jolfa", "vestik_jolfa26"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "the rail crossing's point reused",
    }, list(border), kind="Point"))
    julfa, nakh, jolfa = nodes["julfa"], nodes["nakhchivan"], nodes["jolfa_ir"]
    common = {"layer": "roads", "kind": "road", "mode": "road",
              "commodities": ["general_cargo", "vehicles", "passengers"], "status": "operational"}
    out.append(_feature({
        "id": "road_jolfa_crossing_access",
        "name": "Jolfa – Aras bridge access road (Iran)",
        "names": {"en": "Jolfa – Aras bridge access road (Iran)", "fa": "جلفا – پل ارس"},
        **common, "countries": ["IRN"], "status_date": "1996-04-29",
        "timeline": [{"date": "1996-04-29", "status": "operational", "sources": ["rmto_jolfa"],
                      "note": "official border terminal; the Jolfa–Nakhchivan bridge in use"}],
        "nodes": ["jolfa_ir", "julfa_jolfa_road_border"],
        "tags": ["roads", "southern_alternative"],
        "description": "The short Iranian approach from Jolfa to the Aras bridge and the Julfa crossing.",
        "notes": "No official length found; about 2 km as drawn.",
        "sources": _sources(["rmto_jolfa", "geonames", "naturalearth"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight leg from the corridorkit node jolfa_ir to the crossing",
        "waypoints": [
            {"name": "Jolfa, Iran (corridorkit node jolfa_ir)", "lon": jolfa[0], "lat": jolfa[1], "source": "geonames"},
            {"name": "Julfa–Jolfa crossing", "lon": border[0], "lat": border[1], "source": "naturalearth"}],
    }, [list(jolfa), list(border)]))
    out.append(_feature({
        "id": "road_julfa_nakhchivan",
        "name": "Julfa – Nakhchivan road",
        "names": {"en": "Julfa – Nakhchivan road", "az": "Culfa – Naxçıvan yolu"},
        **common, "countries": ["AZE"], "status_date": "2007-10",
        "timeline": [
            {"date": "1996-04-29", "status": "operational", "sources": ["rmto_jolfa"],
             "note": "official border terminal at Jolfa; the Jolfa–Nakhchivan bridge in use"},
            {"date": "2007-10", "status": "operational", "sources": ["rmto_jolfa"],
             "note": "scheduled Nakhchivan–Jolfa–Baku bus line opened"}],
        "nodes": ["julfa_jolfa_road_border", "nakhchivan"],
        "tags": ["roads", "southern_alternative", "zangezur"],
        "description": "From the Aras crossing at Julfa up the valley to Nakhchivan city.",
        "notes": "No official length found.",
        "sources": _sources(["rmto_jolfa", "geonames", "naturalearth"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs crossing – Julfa – three unnamed valley vertices – Nakhchivan (corridorkit nodes)",
        "waypoints": [
            {"name": "Julfa–Jolfa crossing", "lon": border[0], "lat": border[1], "source": "naturalearth"},
            {"name": "Julfa (corridorkit node julfa)", "lon": julfa[0], "lat": julfa[1], "source": "geonames"},
            {"name": "Nakhchivan (corridorkit node nakhchivan)", "lon": nakh[0], "lat": nakh[1], "source": "geonames"}],
    }, [list(border), list(julfa), [45.58, 39.03], [45.52, 39.10], [45.46, 39.16], list(nakh)]))
    out += _turkiye_links(nodes)
    return out


def _turkiye_links(nodes) -> list[dict]:
    kars, dil = nodes["kars"], nodes["dilucu_border"]
    sad, sha, nak = nodes["sadarak"], nodes["sharur"], nodes["nakhchivan"]
    igd, ara, tuz = _pt("Iğdır", "TR"), _pt("Aralık", "TR"), _pt("Tuzluca", "TR")
    common = {"layer": "roads", "kind": "road", "mode": "road",
              "commodities": ["general_cargo", "vehicles", "passengers"], "status": "operational"}
    out = [_feature({
        "id": "road_igdir", "name": "Iğdır (road junction)", "names": {"en": "Iğdır (road junction)", "tr": "Iğdır"},
        "layer": "roads", "kind": "station", "mode": "road", "commodities": ["general_cargo", "vehicles", "passengers"],
        "countries": ["TUR"], "status": "operational", "status_date": "1992-05-20",
        "timeline": [{"date": "1992-05-20", "status": "operational", "sources": ["trwiki_azetur"],
                      "note": "Iğdır's road to the new Dilucu crossing in use (the town's roads are older)"}],
        "tags": ["roads", "zangezur"],
        "description": "Iğdır as a road place: the junction of the Kars, Doğubeyazıt and Dilucu roads.",
        "sources": _sources(["igdir_ulasim", "trwiki_azetur", "geonames"]),
        "geometry_accuracy": "digitised", "geometry_note": f"GeoNames city centre ({igd[2]})",
    }, [igd[0], igd[1]], kind="Point")]
    kars_line = [list(kars), [43.30, 40.45], [43.41, 40.37], [43.55, 40.20], list(tuz[:2]), [43.85, 39.98], list(igd[:2])]
    out.append(_feature({
        "id": "road_kars_igdir", "name": "Kars – Tuzluca – Iğdır road", "names": {"en": "Kars – Tuzluca – Iğdır road", "tr": "Kars – Tuzluca – Iğdır karayolu"},
        **common, "countries": ["TUR"], "status_date": "1992-05-20",
        "timeline": [{"date": "1992-05-20", "status": "operational", "sources": ["igdir_ulasim"],
                      "note": "the state road in use (date is that of the Dilucu crossing it serves; the road is older)"}],
        "length": {"value": 130, "unit": "km", "sources": ["igdir_ulasim"]},
        "nodes": ["kars", "road_igdir"], "tags": ["roads", "zangezur"],
        "description": "State road from Kars by Digor and Tuzluca down to the Iğdır plain; Nakhchivan's road to Kars and the Black Sea.",
        "notes": "The Digor-area vertices are placed along the valley without a source (assumption); the drawn line is shorter than the official 130 km.",
        "sources": _sources(["igdir_ulasim", "geonames"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs Kars (corridorkit node) – three unnamed vertices towards Digor – Tuzluca – unnamed – Iğdır (GeoNames)",
        "waypoints": [
            {"name": "Kars (corridorkit node kars)", "lon": kars[0], "lat": kars[1], "source": "geonames"},
            {"name": tuz[2], "lon": tuz[0], "lat": tuz[1], "source": "geonames"},
            {"name": igd[2], "lon": igd[0], "lat": igd[1], "source": "geonames"}],
    }, kars_line))
    out.append(_feature({
        "id": "road_igdir_dilucu", "name": "Iğdır – Aralık – Dilucu road", "names": {"en": "Iğdır – Aralık – Dilucu road", "tr": "Iğdır – Aralık – Dilucu yolu"},
        **common, "countries": ["TUR"], "status_date": "1992-05-20",
        "timeline": [{"date": "1992-05-20", "status": "operational", "sources": ["trwiki_azetur"],
                      "note": "Dilucu crossing opened; the asphalt road from Iğdır by Aralık serves it"}],
        "length": {"value": 75, "unit": "km", "min": 70, "max": 80, "sources": ["igdir_ulasim"],
                   "note": "'about 75 km' (yaklaşık 75 kilometre)"},
        "nodes": ["road_igdir", "dilucu_border"], "tags": ["roads", "zangezur"],
        "description": "Asphalt road from Iğdır east by Aralık to the Dilucu crossing into Nakhchivan.",
        "sources": _sources(["igdir_ulasim", "trwiki_azetur", "geonames", "naturalearth"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs Iğdır – unnamed – Aralık – unnamed – Dilucu crossing (corridorkit node)",
        "waypoints": [
            {"name": igd[2], "lon": igd[0], "lat": igd[1], "source": "geonames"},
            {"name": ara[2], "lon": ara[0], "lat": ara[1], "source": "geonames"},
            {"name": "Dilucu crossing (corridorkit node dilucu_border)", "lon": dil[0], "lat": dil[1], "source": "naturalearth"}],
    }, [list(igd[:2]), [44.30, 39.93], list(ara[:2]), [44.66, 39.80], list(dil)]))
    out.append(_feature({
        "id": "road_sadarak_nakhchivan", "name": "Sadarak – Sharur – Nakhchivan road (M7)",
        "names": {"en": "Sadarak – Sharur – Nakhchivan road (M7)", "az": "Sədərək – Şərur – Naxçıvan yolu (M7)"},
        **common, "countries": ["AZE"], "status_date": "1992-05-20",
        "timeline": [{"date": "1992-05-20", "status": "operational", "sources": ["trwiki_azetur"],
                      "note": "Sədərək crossing opened with Dilucu; road M7 on the Nakhchivan side"}],
        "nodes": ["dilucu_border", "nakhchivan"], "tags": ["roads", "zangezur"],
        "description": "From the Sadarak–Dilucu crossing by Sharur down the Aras plain to Nakhchivan city.",
        "notes": "No official length found.",
        "sources": _sources(["trwiki_azetur", "geonames", "naturalearth"]),
        "geometry_accuracy": "schematic",
        "geometry_note": "straight legs through the corridorkit nodes Dilucu crossing, Sadarak, Sharur, one unnamed vertex, Nakhchivan",
        "waypoints": [
            {"name": "Dilucu–Sadarak crossing", "lon": dil[0], "lat": dil[1], "source": "naturalearth"},
            {"name": "Sadarak (corridorkit node sadarak)", "lon": sad[0], "lat": sad[1], "source": "geonames"},
            {"name": "Sharur (corridorkit node sharur)", "lon": sha[0], "lat": sha[1], "source": "geonames"},
            {"name": "Nakhchivan (corridorkit node nakhchivan)", "lon": nak[0], "lat": nak[1], "source": "geonames"}],
    }, [list(dil), list(sad), list(sha), [45.2, 39.38], list(nak)]))
    return out


def main() -> None:
    fc = json.loads(ROADS.read_text(encoding="utf-8"))
    new = build()
    ids = {f["properties"]["id"] for f in new}
    ids.add("road_jolfa_julfa_nakhchivan")  # an earlier draft's id, split in two
    feats = [f for f in fc["features"] if f["properties"]["id"] not in ids] + new
    write(ROADS, feats)
    print(f"roads.geojson: {len(feats)} features ({len(new)} added or replaced)")


if __name__ == "__main__":
    main()
