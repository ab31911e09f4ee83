"""A hand-built network layer: Ganja (AZ) - Beyuk Kesik border - Tbilisi - Akhalkalaki (gauge break) - Kars,
with a slower road alternative via the Red Bridge and an unbuilt rail shortcut."""

from tests.conftest import feature, make_asset

PLACES = {  # id: (lon, lat, country, kind)
    "t_ganja": (46.36, 40.68, "AZE", "city"),
    "t_bk": (45.07, 41.32, None, "border_crossing"),  # AZE-GEO rail
    "t_redbridge": (45.12, 41.36, None, "border_crossing"),  # AZE-GEO road (placed 5 km away)
    "t_tbilisi": (44.79, 41.72, "GEO", "city"),
    "t_akhalkalaki": (43.49, 41.41, "GEO", "station"),
    "t_kars": (43.10, 40.61, "TUR", "city"),
}


def place(pid):
    lon, lat, country, kind = PLACES[pid]
    extra = {}
    if kind == "border_crossing":
        mode = "road" if pid == "t_redbridge" else "rail"
        extra["crossing"] = {"countries": ["AZE", "GEO"], "modes": [mode]}
        country_list = ["AZE", "GEO"]
        if pid == "t_redbridge":
            extra["crossing"]["delay_h"] = {"value": 6, "unit": "h", "sources": ["s1"]}
    else:
        country_list = [country]
    props = make_asset(
        id=pid,
        name=pid[2:].title(),
        names={},
        kind=kind,
        mode="multimodal",
        countries=country_list,
        gauge_mm=None,
        capacity=[],
        nodes=[],
        **extra,
    )
    return feature(props, (lon, lat), "Point")


def line(
    lid, nodes, *, mode="rail", gauge=1520, status="operational", countries=("AZE", "GEO"), capacity=None
):
    coords = [PLACES[n][:2] for n in nodes]
    timeline = [{"date": "2000", "status": "operational", "sources": ["s1"]}]
    if status != "operational":
        timeline = [{"date": "2020", "status": status, "sources": ["s1"]}]
    props = make_asset(
        id=lid,
        name=lid,
        names={},
        kind="rail_line" if mode == "rail" else "road",
        mode=mode,
        countries=list(countries),
        gauge_mm=[gauge] if mode == "rail" else None,
        nodes=list(nodes),
        timeline=timeline,
        status=status,
        status_date="2024",
        capacity=capacity or [],
    )
    return feature(props, coords)


def features():
    return [place(p) for p in PLACES] + [
        line("t_az_main", ["t_ganja", "t_bk"], countries=("AZE",)),
        line("t_ge_main", ["t_bk", "t_tbilisi"], countries=("GEO",)),
        line("t_ge_btk", ["t_tbilisi", "t_akhalkalaki"], countries=("GEO",)),
        line("t_btk_new", ["t_akhalkalaki", "t_kars"], gauge=1435, countries=("GEO", "TUR")),
        line("t_road_az", ["t_ganja", "t_redbridge"], mode="road", countries=("AZE",)),
        line("t_road_ge", ["t_redbridge", "t_tbilisi"], mode="road", countries=("GEO",)),
        line("t_shortcut", ["t_ganja", "t_kars"], status="proposed", countries=("AZE", "ARM", "TUR")),
    ]
