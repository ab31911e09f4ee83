"""The sections of the report, one function each, in order (``STEPS``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from corridorkit.errors import CorridorkitError, NoRouteError
from corridorkit.geo.io import read_yaml, safe_join, write_text
from corridorkit.log import get_logger
from corridorkit.maps.page import Cell, MatrixCell, Section, fmt_num, safe_href, save_png
from corridorkit.maps.report_validation import validation_section

log = get_logger("report")


@dataclass
class Context:
    """State shared by the sections: output folder, scenarios, computed results."""

    tmp: Path
    scenario: str | None
    as_of: object
    compare_all: bool
    title: str = "Corridors and chokepoints of the South Caucasus and the Caspian"
    subtitle: str = ""
    cache: dict = field(default_factory=dict)

    def path(self, *parts: str) -> Path:
        """Return a path inside the report folder, creating its parent folder."""
        p = safe_join(self.tmp, *parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


def _baseline(ctx: Context):
    from corridorkit.analysis.scenario_model import Scenario
    from corridorkit.analysis.scenarios import apply_scenario

    if "base" not in ctx.cache:
        if ctx.as_of is not None:
            sc = Scenario(
                name=f"baseline-{ctx.as_of}", description="Statuses as of the date given.", as_of=ctx.as_of
            )
        else:
            sc = "baseline-2025"
        ctx.cache["base"] = apply_scenario(sc)
    return ctx.cache["base"]


def _scenario_names(ctx: Context) -> list[str]:
    from corridorkit.analysis.scenario_model import read_scenario
    from corridorkit.analysis.scenarios import shipped_scenarios

    if ctx.scenario:
        return [ctx.scenario]
    names = []
    for name, p in shipped_scenarios().items():
        if name.startswith("baseline-2025"):
            continue
        if read_scenario(p).kind == "spatial" or read_scenario(p).edits:
            names.append(name)
    return names if ctx.compare_all else names[:1]


def _layers(ctx: Context):
    """Return the curated layers as of the baseline's date (loaded once per context)."""
    from corridorkit.layers import load

    if "layers" not in ctx.cache:
        ctx.cache["layers"] = load(as_of=_baseline(ctx).scenario.as_of)
    return ctx.cache["layers"]


def step_intro(ctx: Context) -> Section:
    base = _baseline(ctx)
    gdf = _layers(ctx)
    ctx.subtitle = (
        f"Baseline: {base.scenario.title or base.scenario.name} (as of "
        f"{base.scenario.as_of}). {len(gdf)} curated assets with "
        f"{int(gdf.n_sources.sum())} source citations; network of "
        f"{base.network.number_of_nodes():,} nodes and "
        f"{base.network.number_of_edges():,} links."
    )
    s = Section("overview", "The corridors today")
    s.text(
        "Every line and place below is a curated asset with its sources, status and dates "
        "(click one for its popup). Solid lines are operational; dashed under construction; "
        "dotted proposed or closed."
    )
    from corridorkit.maps.layers_map import layers_map
    from corridorkit.maps.leaflet import save_map

    save_map(layers_map(gdf, title=f"As of {base.scenario.as_of}"), ctx.path("maps", "overview.html"))
    s.map("maps/overview.html", "Overview map of the curated layers")
    counts = gdf.groupby(["layer", "status"]).size().unstack(fill_value=0)
    s.table(
        ["layer"] + list(counts.columns),
        [[layer] + [int(v) for v in row] for layer, row in counts.iterrows()],
        caption="Assets by layer and status",
    )
    return s


def _route_rows(G, specs, label_prefix=""):
    from corridorkit.analysis.routing import DETOUR_FLAG, route

    rows, found = [], []
    for q in specs:
        layers = tuple(q.get("layers") or ("rail", "road", "sea"))
        try:
            r = route(
                G, q["origin"], q["destination"], avoid_countries=tuple(q.get("avoid") or ()), layers=layers
            )[0]
        except NoRouteError as exc:
            rows.append([label_prefix + q["title"], "no route", "", "", "", "", str(exc)])
            continue
        except CorridorkitError as exc:
            rows.append([label_prefix + q["title"], "not in the data", "", "", "", "", str(exc)])
            continue
        found.append((q, r))
        rows.append(
            [
                label_prefix + q["title"],
                round(r.total_days, 1),
                round(r.total_km),
                round(r.total_cost_usd_per_teu),
                len(r.border_crossings),
                len(r.transfers),
                " → ".join(r.countries)
                + (f" (detour: {r.circuity:.1f}× the straight line)" if r.circuity > DETOUR_FLAG else ""),
            ]
        )
    return rows, found


ROUTE_COLS = ["route", "days", "km", "USD/TEU", "borders", "transfers", "countries"]


def step_china_europe(ctx: Context) -> Section:
    from corridorkit.analysis.compare import flow_questions  # noqa: F401  (same params folder)
    from corridorkit.maps.analysis_maps import routes_map
    from corridorkit.maps.leaflet import save_map

    G = _baseline(ctx).network
    specs = [q for q in _questions()["routes"] if q["group"] == "China–Europe"]
    rows, found = _route_rows(G, specs)
    s = Section("china-europe", "China–Europe transit by corridor")
    s.table(
        ROUTE_COLS,
        rows,
        caption="Best route by time on each corridor (network model, "
        "parameters in analysis/params/default.yaml)",
    )
    days = {q["id"]: r.total_days for q, r in found}
    if "china_europe_middle" in days and "china_europe_northern" in days:
        ratio = days["china_europe_middle"] / days["china_europe_northern"]
        s.note(
            f"The Middle Corridor takes {ratio:.1f}× as long as the Northern route in this model; "
            "the World Bank (2023) reports about 3× and a time comparable to the maritime route."
        )
    if found:
        save_map(
            routes_map(
                [(q["title"].split(",")[-1].strip() or q["title"], r) for q, r in found],
                title="China–Europe corridors",
            ),
            ctx.path("maps", "china_europe.html"),
        )
        s.map("maps/china_europe.html", "China–Europe routes")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(7, 2.6))
        labels = [q["title"].split("(")[0].strip() for q, _ in found]
        from corridorkit.maps.analysis_maps import ROUTE_COLOURS

        # the map's colour of each route, so the bars and the lines match
        ax.barh(labels, [r.total_days for _, r in found],
                color=[ROUTE_COLOURS[i % len(ROUTE_COLOURS)] for i in range(len(found))])
        ax.set_xlabel("days (model)")
        ax.invert_yaxis()
        save_png(fig, ctx.path("plots", "china_europe_days.png"))
        s.img("plots/china_europe_days.png", "Transit days by corridor")
    ctx.cache["china_europe"] = found
    return s


def _questions():
    from corridorkit.analysis.compare import questions_path

    return read_yaml(questions_path())


def _scenario_label(ctx: Context, label: str) -> str:
    """Return a scenario's short display name ("Baseline 2025", "S1 Azerbaijan's multi-vector pivot")."""
    from corridorkit.analysis.scenarios import resolve_scenario

    if label == "baseline":
        sc = _baseline(ctx).scenario
    else:
        try:
            sc = resolve_scenario(label)
        except CorridorkitError:
            return label
    title = sc.title or sc.name
    return title.split(":")[0].strip() if title.lower().startswith("baseline") else title


def _reference(label: str, labels: list[str]) -> str:
    """Return the column a scenario's deltas are taken against: its own baseline if shown, else the first."""
    from corridorkit.analysis.scenarios import resolve_scenario

    if label == labels[0]:
        return label
    try:
        root = _root_baseline(resolve_scenario(label))
    except CorridorkitError:
        root = None
    return root if root in labels and root != label else labels[0]


def _matrix_columns(ctx: Context, labels: list[str]) -> list[str]:
    """Return the matrix's column headers: each scenario's name and the column its changes are against."""
    out = []
    for lb in labels:
        ref = _reference(lb, labels)
        name = _scenario_label(ctx, lb)
        out.append(name if ref == lb else f"{name} (vs {_scenario_label(ctx, ref)})")
    return out


def _asset_name(ctx: Context, asset_id: str) -> str:
    """Return an asset's name (its id when it is not a curated asset)."""
    names = ctx.cache.get("asset_names")
    if names is None:
        from corridorkit.layers.curated import load_features

        names = {k: f.asset.name for k, f in load_features()[0].items()}
        ctx.cache["asset_names"] = names
    return names.get(asset_id, asset_id)


def _delta_cell(value, ref, *, higher_is_better: bool, digits: int, unit: str, title: str = "",
                is_ref: bool = False, ref_label: str = "") -> MatrixCell:
    """Return a matrix cell: the value, and its change against the reference coloured."""
    if value is None:
        return MatrixCell("—", title=title)
    if isinstance(value, str):
        return MatrixCell(value, title=title)
    text = fmt_num(float(value), digits)
    if is_ref or ref is None or isinstance(ref, str):
        return MatrixCell(text, title=title)
    d = float(value) - float(ref)
    if abs(d) < 0.5 * 10**-digits:
        return MatrixCell(text, "no change", "same", title)
    tone = "better" if (d > 0) == higher_is_better else "worse"
    return MatrixCell(text, f"{d:+,.{digits}f} {unit}".strip(), tone, title)


def step_energy(ctx: Context) -> Section:
    from corridorkit.analysis.flows import question_flow
    from corridorkit.analysis.scenarios import apply_scenario, shipped_scenarios

    s = Section("energy", "Caspian gas, oil and cargo export capacity")
    s.text(
        "Maximum flow between sources and sinks given every published capacity (max-flow), "
        "with the assets whose capacity binds (the minimum cut)."
    )
    states = [("baseline", _baseline(ctx))]
    for name in _scenario_names(ctx):
        if name in shipped_scenarios() or Path(name).exists():
            try:
                states.append((name, apply_scenario(name)))
            except CorridorkitError as exc:
                log.warning("scenario %s: %s", name, exc)
    ctx.cache["states"] = dict(states)
    labels = [label for label, _ in states]
    csv = []
    results: dict[str, dict[str, object]] = {}
    for q in _questions()["flows"]:
        for label, st in states:
            G = st.network
            r = question_flow(G, q)
            if r is None:
                continue
            results.setdefault(q["id"], {})[label] = r
            cut = ", ".join(
                f"{a} ({c:,.1f})" for a, c in zip(r.min_cut.assets, r.min_cut.capacity, strict=True)
            )
            csv.append(
                {"question": q["id"], "scenario": label, "value": r.value, "unit": r.unit, "min_cut": cut}
            )
    rows = []
    for q in _questions()["flows"]:
        res = results.get(q["id"])
        if not res:
            continue
        cells = []
        unit = next(iter(res.values())).unit
        for label in labels:
            r = res.get(label)
            ref_label = _reference(label, labels)
            ref = res.get(ref_label)
            binding = ""
            if r is not None:
                binding = "binding: " + (", ".join(
                    f"{_asset_name(ctx, a)} ({c:,.1f})"
                    for a, c in zip(r.min_cut.assets, r.min_cut.capacity, strict=True)) or "none")
            value = None if r is None else ("unbounded" if r.unbounded else r.value)
            ref_value = None if ref is None else ("unbounded" if ref.unbounded else ref.value)
            cells.append(_delta_cell(value, ref_value, higher_is_better=True, digits=1, unit=unit,
                                     title=binding, is_ref=label == ref_label,
                                     ref_label=_scenario_label(ctx, ref_label)))
        rows.append((f"{q['title']} ({unit})", cells))
    s.matrix("question", _matrix_columns(ctx, labels), rows,
             caption="Maximum flow per question (rows) and scenario (columns); green: more than the "
             "scenario's own baseline, red: less. Hover a cell for the assets whose capacity binds; "
             "the CSV lists them too.")
    write_text(ctx.path("tables", "capacity_questions.csv"), pd.DataFrame(csv).to_csv(index=False))
    s.files(["tables/capacity_questions.csv"])
    return s


def step_places(ctx: Context) -> Section:
    s = Section("links", "Nakhchivan's and Armenia's links, Central Asia's outlets")
    states = ctx.cache.get("states") or {"baseline": _baseline(ctx)}
    labels = list(states)
    files = []
    for group in ("Nakhchivan", "Armenia", "Central Asia"):
        specs = [q for q in _questions()["routes"] if q["group"] == group]
        s.h3(group)
        per_state = {}
        long_rows = []
        for label, st in states.items():
            r, found = _route_rows(st.network, specs)
            ctx.cache.setdefault("place_routes", []).extend((label, q, rt) for q, rt in found)
            per_state[label] = r
            long_rows += [[label] + row for row in r]
        rows = []
        for i, q in enumerate(specs):
            cells = []
            for label in labels:
                row = per_state[label][i]
                ref_label = _reference(label, labels)
                ref = per_state[ref_label][i]
                if isinstance(row[1], str):  # no route / not in the data
                    cells.append(MatrixCell(row[1], title=str(row[6])))
                    continue
                title = (f"{fmt_num(row[2])} km, {fmt_num(row[3])} USD/TEU, {row[4]} border crossings, "
                         f"{row[5]} transfers; {row[6]}")
                ref_days = None if isinstance(ref[1], str) else ref[1]
                cell = _delta_cell(row[1], ref_days, higher_is_better=False, digits=1, unit="days",
                                   title=title, is_ref=label == ref_label,
                                   ref_label=_scenario_label(ctx, ref_label))
                if ref_days is None and label != ref_label:
                    cell.delta, cell.tone = f"{ref[1]} in {_scenario_label(ctx, ref_label)}", "better"
                cells.append(cell)
            rows.append((q["title"], cells))
        s.matrix("route (best by time)", _matrix_columns(ctx, labels), rows,
                 caption="Days door to door; green: faster than the scenario's own baseline, red: slower. "
                 "Hover a cell for km, cost, borders and countries.")
        fname = f"links_{group.lower().replace(' ', '_')}.csv"
        pd.DataFrame(long_rows, columns=["scenario"] + ROUTE_COLS).to_csv(ctx.path("tables", fname),
                                                                         index=False)
        files.append(f"tables/{fname}")
    s.files(files)
    return s


def step_exposure(ctx: Context) -> Section:
    from corridorkit.analysis.chokepoints import assign, country_exposure

    s = Section("exposure", "Transit exposure: whose territory does trade depend on?")
    s.text(
        "Share of the modelled cargo demand between third countries whose best route crosses "
        "each country (all-or-nothing assignment by time)."
    )
    states = ctx.cache.get("states") or {"baseline": _baseline(ctx)}
    table = {}
    for label, st in states.items():
        ex = country_exposure(st.network, assign(st.network, st.demand), st.demand)
        table[label] = ex.attrs.get("by_country", {})
    countries = sorted({c for v in table.values() for c in v})
    from corridorkit.layers.base import borders

    names = dict(zip(borders("context").adm0_a3, borders("context").name_en, strict=True))
    s.table(
        ["country"] + [_scenario_label(ctx, k) for k in table],
        [[f"{names.get(c, c)} ({c})"] + [round(100 * table[k].get(c, 0.0), 1) for k in table]
         for c in countries],
        caption="% of third-country demand",
    )
    pd.DataFrame(table).to_csv(ctx.path("tables", "country_exposure.csv"))
    s.files(["tables/country_exposure.csv"])
    return s


def step_chokepoints(ctx: Context) -> Section:
    from corridorkit.analysis.chokepoints import chokepoints
    from corridorkit.maps.analysis_maps import chokepoint_map
    from corridorkit.maps.leaflet import save_map

    st = _baseline(ctx)
    res = chokepoints(st.network, st.demand, top=20)
    s = Section("chokepoints", "Top chokepoints")
    s.text(
        "N-1 criticality: each asset removed in turn; loss = Σ demand × extra hours; demand "
        "cut off is counted separately. Exact, computed with the csgraph engine."
    )
    from corridorkit.analysis.params import coverage_notes

    notes = coverage_notes()
    artefacts = [i for i, r in enumerate(res.table.itertuples(), 1) if r.element in notes]
    if artefacts:
        s.note(
            f"Ranks {', '.join(map(str, artefacts))} are coverage artefacts: the asset is the only modelled "
            "link where the real network has others (analysis/params/coverage.yaml says what the model "
            "lacks). Read the other ranks as the region's chokepoints."
        )
    s.table(
        ["#", "asset", "name", "loss (Mt·h/y)", "unserved (Mt/y)", "OD pairs", "why", "coverage"],
        [
            [
                i,
                r.element,
                r.name,
                round(r.loss),
                round(r.unserved_demand, 2),
                r.od_pairs_affected,
                r.explanation,
                notes.get(r.element, ""),
            ]
            for i, r in enumerate(res.table.itertuples(), 1)
        ],
    )
    save_map(
        chokepoint_map(st.network, res.table, title="Top 20 chokepoints"),
        ctx.path("maps", "chokepoints.html"),
    )
    s.map("maps/chokepoints.html", "Chokepoints")
    res.table.to_csv(ctx.path("tables", "chokepoints.csv"), index=False)
    s.files(["tables/chokepoints.csv"])
    ctx.cache["chokepoints"] = res.table
    return s


def step_flows(ctx: Context) -> Section:
    from corridorkit.analysis.chokepoints import assign
    from corridorkit.maps.analysis_maps import flow_map
    from corridorkit.maps.leaflet import save_map

    st = _baseline(ctx)
    a = assign(st.network, st.demand)
    ctx.cache["flows"] = (st.network, a.loads)
    s = Section("flows", "Where the modelled cargo flows")
    save_map(flow_map(st.network, a.loads, title="Assigned cargo demand"), ctx.path("maps", "flows.html"))
    s.map("maps/flows.html", "Cargo flows")
    over = a.loads[a.loads.utilisation > 0.8] if len(a.loads) else a.loads
    if len(over):
        s.table(
            ["asset", "load Mt/y", "capacity Mt/y", "utilisation", "capacity basis"],
            [
                [
                    r.name,
                    round(r.load_mt, 2),
                    round(r.capacity_mt, 2),
                    f"{r.utilisation:.0%}",
                    r.capacity_basis,
                ]
                for r in over.drop_duplicates("asset_id").itertuples()
            ],
            caption="Links above 80 % of capacity",
        )
    a.loads.drop(columns=["u", "v", "key"]).to_csv(ctx.path("tables", "edge_loads.csv"), index=False)
    s.files(["tables/edge_loads.csv"])
    return s



#: The Caspian's shore states: a ferry whose countries are all among them is a Caspian ferry.
CASPIAN_STATES = ("AZE", "KAZ", "TKM", "IRN", "RUS")


def step_capacity_assignment(ctx: Context) -> Section:
    """S5 in numbers: cargo assigned within capacities under baseline-2030, S5, and S5 with S1's investments.

    Moved off Russian routes = the tonnes whose assigned paths cross Russia or Belarus, baseline minus
    scenario; the Middle Corridor's load = tonnes on the Caspian rail ferries; the first link to bind
    as demand grows and the binding links (with what one more Mt/y there is worth) come from the LP.
    """
    from corridorkit.analysis.assignment import against_published, assign_scenario
    from corridorkit.analysis.demand import published_volumes
    from corridorkit.analysis.scenario_model import Scenario
    from corridorkit.analysis.scenarios import resolve_scenario
    from corridorkit.maps.analysis_maps import flow_map
    from corridorkit.maps.leaflet import save_map

    s = Section("capacity", "Where the cargo goes when corridors fill up (S5 in numbers)")
    s1 = resolve_scenario("s1-multivector-pivot")
    s5s1 = Scenario(
        name="s5-with-s1",
        title="S5 with S1's investments",
        description="S5's edits with S1's investments on top.",
        as_of=s1.as_of,
        extends="s5-emancipation",
        kind="spatial",
        edits=list(s1.edits),
    )
    runs = [
        ("baseline-2025", "baseline-2025"),
        ("baseline-2030", "baseline-2030"),
        ("s5-emancipation", "s5-emancipation"),
        ("S5 + S1", s5s1),
    ]
    from corridorkit.analysis.params import load_params

    vot = load_params().value("assignment.value_of_time_usd_per_unit_h.cargo")
    G0 = _state_of(ctx, "baseline-2030").network
    ferries = sorted(
        {
            d["asset_id"]
            for _, _, d in G0.edges(data=True)
            if d.get("sea_kind") == "ferry" and set(d.get("countries") or ()) <= set(CASPIAN_STATES)
        }
    )
    def row(label: str, a) -> list:
        via_russia = float(a.paths[a.paths.countries.str.contains("RUS|BLR")].flow.sum())
        caspian = float(a.links[(a.links.kind == "line") & a.links.asset_id.isin(ferries)].load.sum())
        first = a.summary["first_published_to_bind"] or {}
        top = a.binding.head(1)
        return [
            label,
            round(a.summary["demand"], 2),
            round(via_russia, 2),
            round(caspian, 2),
            round(a.summary["unserved"], 2),
            round(a.summary["diverted"], 2),
            f"{first['name']} ({first['demand_factor']:.2f}x demand)" if first else "none",
            f"{top.name.iloc[0]} ({top.dual.iloc[0]:,.0f} USD/t)" if len(top) else "none",
        ]

    tables: dict[str, list] = {"published": [], "all": []}
    results: dict[tuple[str, str], object] = {}
    for caps in ("published", "all"):
        # with defaults, the states whose gaps the text cites: 2025 and S5
        for label, sc in runs if caps == "published" else [runs[0], runs[2]]:
            try:
                a = assign_scenario(sc, commodity="cargo", capacities=caps)
            except CorridorkitError as exc:
                s.note(f"{label}: {exc}")
                return s
            results[(caps, label)] = a
            tables[caps].append(row(label, a))
    now, base, s5, s5s1_row = tables["published"]
    d_now, d_s5 = tables["all"]
    pub = {r["id"]: r for r in published_volumes()}
    ports = pub.get("middle_corridor_caspian_ports_2024_mt")
    wb = pub.get("middle_corridor_2030_world_bank_mt")
    first5 = results[("published", "s5-emancipation")].summary["first_published_to_bind"] or {}
    services = results[("published", "baseline-2025")].summary["services"]
    fleet_now = services.get("asco_caspian_ferry_fleet", {}).get("load", 0.0)
    s.text(
        f"Cargo demand ({base[1]:,.1f} Mt/y: published volumes by corridor and a gravity model for the rest, "
        "analysis/params/demand.yaml) assigned so that no link, port, crossing or ferry fleet exceeds its "
        f"published capacity, at least total cost (money plus time at US${vot:g}/t/h, plus a transit risk "
        "premium on entering Russia or Belarus); a tonne takes a route costing at most twice its cheapest or "
        f"stays unserved. Under s5-emancipation {base[2] - s5[2]:,.2f} Mt/y move off routes through Russia "
        f"and Belarus ({base[2]:,.2f} -> {s5[2]:,.2f}); the Caspian ferry and cargo-ship routes carry "
        f"{s5[3]:,.2f} Mt/y "
        f"({base[3]:,.2f} under baseline-2030); {s5[4]:,.2f} Mt/y find no room. "
        + (
            f"The first published capacity to bind as demand grows is {first5['name']} "
            f"(at {first5['demand_factor']:.2f}x today's demand). "
            if first5
            else ""
        )
        + f"With S1's investments the ferries carry {s5s1_row[3]:,.2f} Mt/y."
        + (
            f" Against what is published: the model puts {now[3]:,.2f} Mt/y on the Caspian routes in 2025 "
            f"({fleet_now:,.2f} on ASCO's routes to Alat); "
            f"{ports['value']:g} Mt crossed the Kazakh and Azerbaijani ports in {ports['year']} "
            f"({ports['sources'][0]['title']}), about half of it oil by tanker, which the ferries do not "
            "carry. "
            "The rest of the gap is the cost model's: at US$75/t for entering Russia, Kazakh cargo to the "
            "Georgian ports is cheaper by land round the Caspian than by the ferries, so the model sends "
            "it there (S5's higher premium turns part of it to the ferries)."
            if ports
            else ""
        )
        + (
            f" The World Bank projects {wb['value']:g} Mt/y through the Caspian by {wb['year']} with full "
            "implementation; ASCO's published fleet capacity (4.56 Mt/y) would cap the crossing below that."
            if wb
            else ""
        )
    )
    head = [
        "scenario",
        "demand Mt/y",
        "via RUS/BLR Mt/y",
        "Caspian ferries and ships Mt/y",
        "unserved Mt/y",
        "diverted Mt/y",
        "first published capacity to bind as demand grows",
        "most valuable binding link",
    ]
    s.table(head, tables["published"], caption="Within published capacities (exact LP, HiGHS)")
    s.text(
        "The same with the default capacities too (rail 10-50 Mt/y by line class, road 3, sea 50: "
        "assumptions for links with no published figure): the demand moved in 2024, so tonnes left "
        f"unserved here ({d_now[4]:,.2f} Mt/y in 2025, {d_s5[4]:,.2f} under S5) measure the gaps in the "
        "capacity data, not a shortage; `corridorkit layers check --assignment s5-emancipation` lists "
        "those links."
    )
    s.table(head, tables["all"], caption="With default capacities as well (assumptions)")
    a = results[("published", "s5-emancipation")]
    s.table(
        ["link", "capacity Mt/y", "load Mt/y", "one more Mt/y is worth (USD/t)", "capacity basis"],
        [
            [r.name, round(r.capacity, 2), round(r.load, 2), round(r.dual, 1), r.capacity_basis]
            for r in a.binding.itertuples()
        ],
        caption="Binding published capacities under s5-emancipation",
    )
    against = against_published(results[("published", "baseline-2025")])
    if against:
        s.table(
            ["published figure", "year", "published Mt/y", "modelled Mt/y (2025)", "ratio", "source"],
            [
                [
                    r["id"],
                    str(r["year"] or ""),
                    round(r["value"], 2),
                    "not in the network" if r["modelled"] is None else round(r["modelled"], 2),
                    "" if r["ratio"] is None else round(r["ratio"], 2),
                    r["sources"][0]["url"] if r["sources"] else "",
                ]
                for r in against
            ],
            caption="Modelled loads against published volumes (baseline-2025, published capacities)",
        )
    loads = a.edge_loads.rename(columns={"load": "load_mt"})
    G5 = _state_of(ctx, "s5-emancipation").network
    ctx.cache["capacity_assignment"] = (G5, loads, "s5-emancipation")
    save_map(
        flow_map(G5, loads, title="S5: cargo within capacities", layer_name="Cargo flows (capacitated LP)"),
        ctx.path("maps", "capacity_s5.html"),
    )
    s.map("maps/capacity_s5.html", "S5: cargo flows within published capacities, binding links in red")
    n_default = len(results[("all", "s5-emancipation")].uncapacitated_used)
    s.note(
        f"{n_default} assets that carry flow under S5 have a default capacity or none. "
        "docs/capacity_corrections.md lists what has been applied and what is still to apply."
    )
    a.links.to_csv(ctx.path("tables", "capacity_links_s5.csv"), index=False)
    a.od.to_csv(ctx.path("tables", "capacity_od_s5.csv"), index=False)
    with_defaults = results[("all", "s5-emancipation")]
    with_defaults.links.to_csv(ctx.path("tables", "capacity_links_s5_defaults.csv"), index=False)
    s.files(
        ["tables/capacity_links_s5.csv", "tables/capacity_od_s5.csv", "tables/capacity_links_s5_defaults.csv"]
    )
    return s


def _state_of(ctx: Context, name: str):
    """Return a shipped scenario applied, reusing the states the energy step already built."""
    from corridorkit.analysis.scenarios import apply_scenario

    built = ctx.cache.get("states", {})
    if name in built:
        return built[name]
    cache = ctx.cache.setdefault("applied", {})
    if name not in cache:
        cache[name] = apply_scenario(name)
    return cache[name]


def _root_baseline(sc) -> str | None:
    """Return the baseline a scenario is built on (through its ``extends`` chain), if any."""
    from corridorkit.analysis.scenarios import resolve_scenario

    seen = set()
    while sc.extends and sc.name not in seen:
        seen.add(sc.name)
        sc = resolve_scenario(sc.extends)
    return sc.name if sc.name.startswith("baseline") and seen else None


def step_scenarios(ctx: Context) -> Section:
    from corridorkit.analysis.compare import compare
    from corridorkit.analysis.scenarios import edit_chain, resolve_scenario
    from corridorkit.maps.analysis_maps import compare_page

    s = Section("scenarios", "What the scenarios change")
    base = _baseline(ctx)
    for name in _scenario_names(ctx):
        try:
            sc = resolve_scenario(name)
            against = _root_baseline(sc) or (base.scenario.name if ctx.as_of is None else "baseline-2025")
            c = compare(against, name)
        except CorridorkitError as exc:
            s.note(f"{name}: {exc}")
            continue
        s.h3(f"{sc.title or sc.name} (as of {sc.as_of})")
        s.text(sc.description)
        s.note(f"Compared with {against}; each change is traced to the edit that causes it.")
        s.items(c.narrative or ["No change in the metrics."])
        changed = {getattr(e, "asset", None) for _, _, e in edit_chain(sc)}
        changed.discard(None)
        states = ctx.cache.get("states", {})
        G_s = states[name].network if name in states else None
        if G_s is not None:
            fname = f"compare_{sc.name}.html"
            write_text(
                ctx.path("maps", fname),
                compare_page(
                    _state_of(ctx, against).network,
                    G_s,
                    changed,
                    title=f"{sc.title or sc.name} vs {against}",
                    left=against,
                    right=sc.title or sc.name,
                ),
            )
            s.links([("Side-by-side map: baseline vs scenario", f"maps/{fname}")])
        ctx.cache.setdefault("comparisons", {})[sc.name] = (against, c)
        c.od.to_csv(ctx.path("tables", f"od_deltas_{sc.name}.csv"), index=False)
        c.flows.to_csv(ctx.path("tables", f"flow_deltas_{sc.name}.csv"), index=False)
        s.files([f"tables/od_deltas_{sc.name}.csv", f"tables/flow_deltas_{sc.name}.csv"])
    return s


def step_terrain(ctx: Context) -> Section:
    from corridorkit.analysis import terrain

    s = Section("terrain", "Terrain along the contested alignments")
    df = terrain.compare_profiles(out_dir=ctx.path("plots"))

    def schematic(r) -> bool:
        return str(r.get("geometry", "")).startswith("schematic")

    if df.empty:
        s.note("No curated alignment matched the terrain comparisons.")
        return s
    s.text(
        "Elevation profiles sampled every km on the shipped DEM. The minimum shows the level a line "
        "keeps: the Meghri section and the Aras bypass stay in the Araz valley (~400–500 m at their low "
        "ends), the Kars–Dilucu and BTK lines cross high plateaus. Along the Araz gorge, which is "
        "narrower than a ~1 km DEM cell, the samples fall on the gorge walls too, so the maxima and "
        "climbs of the two valley lines are overstated; schematic lines that cut across ridges "
        "(BTK near Tsalka) read higher than the track."
    )
    s.table(
        ["alignment", "asset", "km", "min m", "max m", "climb m", "steepest 5 km ‰", "share > 20 ‰"],
        [
            [
                r["comparison"],
                _asset_name(ctx, r["asset"]) + (" (schematic line)" if schematic(r) else ""),
                r["length_km"],
                r["min_m"],
                r["max_m"],
                "not measured" if schematic(r) else r["climb_m"],
                "not measured" if schematic(r) else r["steepest_sustained_5km_permille"],
                "not measured" if schematic(r) else f"{r['share_above_20permille']:.0%}",
            ]
            for r in df.to_dict("records")
        ],
    )
    if any(schematic(r) for r in df.to_dict("records")):
        s.note("Schematic lines join a few named points, not the track: their climbs and gradients "
               "would be the terrain between those points, not the route's, so they are not shown.")
    s.img("plots/terrain_profiles.png", "Elevation profiles")
    s.note(terrain.CAVEAT)
    df.to_csv(ctx.path("tables", "terrain_profiles.csv"), index=False)
    s.files(["tables/terrain_profiles.csv", "plots/terrain_profiles.png"])
    return s


def step_data(ctx: Context) -> Section:
    from corridorkit.layers.checks import check_features
    from corridorkit.layers.curated import load_features
    from corridorkit.layers.export import asset_tables, write_gis_export

    tables = ctx.cache["asset_tables"] = asset_tables(_layers(ctx))
    for fmt in ("geojson", "gpkg", "parquet"):  # the basemap once: exports/corridorkit.qgz uses the gpkg's
        write_gis_export(tables, fmt, ctx.path("exports", fmt), basemap=fmt == "gpkg")
    by_id, probs = load_features()
    q = check_features(by_id.values(), probs)
    q.to_csv(ctx.path("tables", "data_quality.csv"), index=False)
    s = Section("data", "The data and its quality")
    s.text(
        "Every asset's official length (from its sources) against the length of its drawn "
        "geometry, its number of sources, and whether it crosses the countries its data lists."
    )
    lines = q[q.official_km.notna()]
    s.table(
        ["asset", "official km", "drawn km", "ratio", "sources", "countries ok"],
        [
            [
                r.id,
                round(r.official_km),
                round(r.geodesic_km),
                f"{r.length_ratio:.3f}",
                r.n_sources,
                "yes" if r.countries_ok else "NO",
            ]
            for r in lines.itertuples()
        ],
    )
    s.links(
        [
            ("QGIS project (results, layers and basemap, styled)", "exports/corridorkit.qgz"),
            ("GeoJSON", "exports/geojson/"),
            ("GeoPackage", "exports/gpkg/corridorkit_layers.gpkg"),
            ("Results GeoPackage", "exports/gpkg/corridorkit_results.gpkg"),
            ("GeoParquet", "exports/parquet/"),
            ("CSV tables", "tables/"),
        ]
    )
    return s


def step_gis(ctx: Context) -> None:
    """Export the results the sections computed as GIS layers, with the QGIS project (no section)."""
    from corridorkit.maps.report_gis import export_results

    export_results(ctx)


def step_method(ctx: Context) -> Section:
    from corridorkit.analysis.params import default_params_path

    s = Section("method", "Method, parameters and limits")
    data = read_yaml(default_params_path())
    srcs = data.get("sources", {})
    rows = []

    def walk(node: dict, key: str) -> None:
        if "value" in node:
            src = ", ".join(node.get("sources") or [])
            href = safe_href(srcs.get((node.get("sources") or [None])[0], {}).get("url")) if src else None
            rng = f"{node['min']:g}–{node['max']:g}" if "min" in node and "max" in node else ""
            # parameters span 0.02 USD/t-km tariffs to 80 km/h speeds: print them as given
            value = Cell(f"{node['value']:,g}", num=True) if isinstance(node["value"], int | float) \
                else node["value"]
            rows.append([key, value, rng, Cell(src or "assumption", href=href), node.get("note", "")])
            return
        for k, v in node.items():
            walk(v, f"{key}.{k}")

    for group in ("speed_kmh", "transfer_h", "transfer_h_at", "border_delay_h", "tariff_usd_per_tkm"):
        walk(data.get(group, {}), group)
    s.table(["parameter", "value", "range", "source", "reasoning"], rows)
    s.note(
        "Terrain: the GLOBE DEM has ~1 km cells and reads the sea and everything at or below "
        "0 m as 0; gorges are smoothed, so gradients are lower bounds of local grades. "
        "Geometry: lines are digitised through the places their sources name (see each "
        "asset's geometry accuracy); sea legs follow searoute's marine network."
    )
    return s


def data_version() -> tuple[str, str]:
    """Return (version, date) of the report's inputs.

    The version is the first 12 hex digits of a sha256 over the shipped data manifest (which
    holds the sha256 of every shipped data file) and the parameter and scenario files; the date
    is the latest date a curated source was read.
    """
    import hashlib

    from corridorkit.analysis.params import default_params_path
    from corridorkit.analysis.scenarios import shipped_scenarios
    from corridorkit.layers.base import data_path
    from corridorkit.layers.curated import load_features

    h = hashlib.sha256(data_path("manifest.json").read_bytes())
    params = sorted(Path(default_params_path()).parent.glob("*.yaml"))
    for p in params + [Path(v) for _, v in sorted(shipped_scenarios().items())]:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    dates = [str(src.accessed) for f in load_features()[0].values() for src in f.asset.sources
             if src.accessed]
    return h.hexdigest()[:12], max(dates) if dates else ""


def report_stamp(version: str) -> str:
    """Return the report's stamp: the date, the corridorkit version and the data version.

    The date is ``SOURCE_DATE_EPOCH`` (UTC) when set, else the latest date a source was read,
    so the same inputs give the same report, byte for byte.
    """
    import datetime
    import os

    data, read = data_version()
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        day = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
        when = f"Generated {day} (SOURCE_DATE_EPOCH)"
    else:
        when = (f"Dated {read} (the latest date a source was read; set SOURCE_DATE_EPOCH to stamp a "
                "build date)")
    return f"{when} with corridorkit {version}; data version {data} (sha256 of the data manifest, " \
        "parameters and scenarios)."


STEPS = [
    ("overview map", step_intro),
    ("validation against published figures", validation_section),
    ("China–Europe corridors", step_china_europe),
    ("capacity questions", step_energy),
    ("Nakhchivan and Armenia", step_places),
    ("transit exposure", step_exposure),
    ("chokepoints", step_chokepoints),
    ("flows", step_flows),
    ("capacity assignment", step_capacity_assignment),
    ("scenarios", step_scenarios),
    ("terrain", step_terrain),
    ("data and exports", step_data),
    ("GIS layers of the results", step_gis),
    ("method", step_method),
]
__all__ = ["Context", "STEPS", "data_version", "report_stamp"]
