"""``corridorkit route`` and ``corridorkit od``: routes and OD matrices on the multimodal network."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.cli.scenario_option import SCENARIO, scenario_network
from corridorkit.layers.schema import AS_OF_HELP

console = output.console
AS_OF = typer.Option(None, "--as-of", parser=opt.as_of, help=AS_OF_HELP)


def route_command(
    origin: str = typer.Argument(..., help="Place id or name (e.g. Baku, Xi'an, poti_port)."),
    destination: str = typer.Argument(..., help="Place id or name."),
    by: str = typer.Option("time", "--by", parser=opt.choice("time", "cost", "distance"),
                           metavar="time|cost|distance",
                           help="time, cost or distance."),
    k: int = typer.Option(1, "--k", parser=opt.int_range(1, limits.MAX_ROUTES),
                          metavar=f"1..{limits.MAX_ROUTES}",
                          help="Number of genuinely different alternatives."),
    as_of: str = AS_OF,
    scenario: str = SCENARIO,
    avoid: list[str] = typer.Option(None, "--avoid", help="ISO3 country to avoid (repeatable)."),
    mode: list[str] = typer.Option(
        None, "--mode", parser=opt.choice("rail", "road", "sea"), metavar="rail|road|sea",
        help="Use only these modes: rail, road, sea (repeatable; default all).",
    ),
    fmt: str = output.format_option(spatial=True),
    geojson: Path = typer.Option(None, "--geojson", parser=opt.output_file("route", "--geojson", "geojson"),
                                 help="Also write --format geojson to this file (.geojson; kept for old "
                                      "scripts: prefer --format geojson > FILE)."),
    params: Path = typer.Option(None, "--params", help="YAML file overriding model parameters."),
    files: list[Path] = typer.Option(
        None, "--file", "-f", help="A user layer file (YAML source, GeoJSON ...) to add (repeatable)."
    ),
) -> None:
    """Route between two places: legs, transfers, border crossings, countries and totals.

    Every answer states the date used and flags a detour (route km over the straight line above
    the model's detour threshold) and any border crossed inside a line the data does not split.
    """
    from corridorkit.analysis.routing import route

    with output.progress("Building the network…"):
        net = scenario_network(scenario, as_of, params_file=params, files=files)
    G = net.network
    avoid_countries = opt.check_countries(G, avoid or ())
    kw = {}
    if mode:
        kw["layers"] = list(mode)
    with output.progress("Routing…"):
        routes = route(G, origin, destination, weight=by, k=k, avoid_countries=avoid_countries, **kw)
    result = route_result(G, routes, by=by, net=net, modes=list(mode or []), avoid=list(avoid_countries))
    if geojson:
        from corridorkit.geo.io import write_output_file

        write_output_file(geojson, output.json_output(route_geojson(G, routes, result)), command="route",
                          option="--geojson", suffixes=opt.SUFFIXES["geojson"])
        output.err.print(f"wrote {geojson}")
    if fmt == "json":
        output.echo_json(result)
    elif fmt == "geojson":
        output.echo_json(route_geojson(G, routes, result))
    elif fmt == "csv":
        output.echo_csv(
            [{"route": r["rank"], **leg} for r in result["routes"] for leg in r["legs"]],
            ["route", "kind", "mode", "asset_id", "name", "from_place", "to_place", "km", "hours",
             "cost_usd_per_t", "countries"],
        )
    else:
        _print_routes(G, routes, by=by, net=net)


def route_result(G, routes, *, by: str, net, modes: list[str], avoid: list[str]) -> dict:
    """Return the JSON of ``corridorkit route``: the question, then every route with its legs."""
    from corridorkit.analysis.routing import DETOUR_FLAG
    from corridorkit.layers.curated import as_of_date

    info = G.graph["place_info"]
    day = as_of_date(net.as_of)
    out = {
        "command": "route",
        "origin": routes[0].origin,
        "origin_name": info[routes[0].origin]["name"],
        "destination": routes[0].destination,
        "destination_name": info[routes[0].destination]["name"],
        "by": by,
        "as_of": day.isoformat() if day else None,
        "scenario": net.scenario,
        "modes": modes,
        "avoid": avoid,
        "routes": [],
    }
    for i, r in enumerate(routes, 1):
        out["routes"].append({
            "rank": i,
            "days": r.total_days,
            "hours": r.total_hours,
            "km": r.total_km,
            "cost_usd_per_t": r.total_cost_usd_per_t,
            "cost_usd_per_teu": r.total_cost_usd_per_teu,
            "countries": list(r.countries),
            "border_crossings": [dict(b) for b in r.border_crossings],
            "transfers": [dict(t) for t in r.transfers],
            "circuity": r.circuity,
            "detour": bool(r.circuity > DETOUR_FLAG),
            "assets": r.assets,
            "legs": output.records(r.legs),
        })
    return output.rounded(out)


def route_geojson(G, routes, result: dict) -> dict:
    """Return every route as RFC 7946 features: a summary feature per route, then its edges.

    The summary (``role: "summary"``) is a MultiLineString of the whole route with its days, km,
    cost, countries and crossings; each edge (``role: "edge"``) carries its asset, mode and time.
    Printed through :func:`output.json_output`: coordinates at 5 decimals (about a metre).
    """
    from shapely.geometry import MultiLineString, mapping

    from corridorkit.geo.io import feature_collection

    features = []
    for r, summary in zip(routes, result["routes"], strict=True):
        parts = [
            list(line.coords)
            for e in r.edges
            if e.get("geometry") is not None
            for line in getattr(e["geometry"], "geoms", [e["geometry"]])
            if line.geom_type == "LineString" and len(line.coords) > 1
        ]
        features.append({
            "type": "Feature",
            "geometry": mapping(MultiLineString(parts)),
            "properties": {
                "role": "summary",
                "route": summary["rank"],
                "origin": result["origin"],
                "destination": result["destination"],
                "by": result["by"],
                "as_of": result["as_of"],
                "scenario": result["scenario"],
                "days": summary["days"],
                "km": summary["km"],
                "hours": summary["hours"],
                "cost_usd_per_t": summary["cost_usd_per_t"],
                "cost_usd_per_teu": summary["cost_usd_per_teu"],
                "countries": "-".join(summary["countries"]),
                "border_crossings": ", ".join(b["crossing"] for b in summary["border_crossings"]),
                "n_border_crossings": len(summary["border_crossings"]),
                "n_transfers": len(summary["transfers"]),
            },
        })
        for e in r.edges:
            g = e.get("geometry")
            if g is None or g.is_empty:
                continue
            features.append({
                "type": "Feature",
                "geometry": mapping(g),
                "properties": output.rounded({
                    "role": "edge",
                    "route": summary["rank"],
                    "asset_id": e.get("asset_id"),
                    "name": e.get("name"),
                    "kind": e.get("kind"),
                    "mode": e.get("mode"),
                    "km": (e.get("length") or 0.0) / 1000.0,
                    "hours": e.get("time_h"),
                    "cost_usd_per_t": e.get("cost_usd_per_t"),
                }),
            })
    return feature_collection(features, name="route")


def _print_routes(G, routes, *, by: str, net) -> None:
    from corridorkit.analysis.routing import DETOUR_FLAG

    console = output.console
    for i, r in enumerate(routes, 1):
        info = G.graph["place_info"]
        t = Table(
            title=f"Route {i}: {escape(info[r.origin]['name'])} → "
            f"{escape(info[r.destination]['name'])} (by {by})"
        )
        for c in ("mode", "asset", "from → to", "km", "hours", "USD/t", "countries"):
            t.add_column(c, overflow="fold")
        for leg in r.legs.itertuples():
            t.add_row(
                leg.mode,
                escape(leg.name),
                f"{leg.from_place} → {leg.to_place}",
                f"{leg.km:,.0f}",
                f"{leg.hours:,.1f}",
                f"{leg.cost_usd_per_t:,.1f}",
                leg.countries,
            )
        t.add_row(
            "[bold]total",
            "",
            "",
            f"[bold]{r.total_km:,.0f}",
            f"[bold]{r.total_hours:,.1f}",
            f"[bold]{r.total_cost_usd_per_t:,.1f}",
            "-".join(r.countries),
        )
        console.print(t)
        crossings = ", ".join(
            b["crossing"] if b["modelled"] else f"{'→'.join(b['countries'])} inside {b['crossing']}"
            for b in r.border_crossings
        )
        console.print(
            f"{r.total_days:.1f} days; {len(r.border_crossings)} border crossings ({crossings or 'none'}); "
            f"{len(r.transfers)} transfers; ≈ US${r.total_cost_usd_per_teu:,.0f} per TEU; "
            f"{net.describe()}"
        )
        if r.unmodelled_crossings:
            console.print(
                f"[yellow]note:[/yellow] {len(r.unmodelled_crossings)} border(s) crossed inside a line "
                "the data "
                "does not split at a crossing point: counted, but no border time is charged there"
            )
        if r.circuity > DETOUR_FLAG:
            console.print(f"[yellow]detour:[/yellow] {r.circuity:.1f}× the straight line")


def od_command(
    by: str = typer.Option("time", "--by", parser=opt.choice("time", "cost", "distance"),
                           metavar="time|cost|distance",
                           help="time (hours), cost (USD/t) or distance (km)."),
    as_of: str = AS_OF,
    scenario: str = SCENARIO,
    fmt: str = output.format_option(),
    csv: Path = typer.Option(None, "--csv", parser=opt.output_file("od", "--csv", "csv"),
                             help="Also write the matrix as CSV to this file (kept for old scripts: prefer "
                                  "--format csv > FILE)."),
) -> None:
    """OD matrix between the shipped named places (scipy.sparse.csgraph).

    CSV: one row per origin, one column per destination (empty: no route). JSON: the places, their
    names and the matrix as rows (null: no route).
    """
    from corridorkit.analysis.od import od_matrix

    with output.progress("Building the network…"):
        net = scenario_network(scenario, as_of)
    m = od_matrix(net.network, weight=by)
    unit = {"time": "hours", "cost": "USD/t", "distance": "km"}[by]
    if csv:
        from corridorkit.geo.io import write_output_file

        write_output_file(csv, m.round(2).to_csv(), command="od", option="--csv",
                          suffixes=opt.SUFFIXES["csv"])
        output.err.print(f"wrote {csv}")
    if fmt == "csv":
        output.echo_csv([{"origin": o, **row} for o, row in m.to_dict("index").items()],
                        ["origin", *m.columns])
        return
    if fmt == "json":
        from corridorkit.layers.curated import as_of_date

        info = net.network.graph["place_info"]
        day = as_of_date(net.as_of)
        output.echo_json({
            "command": "od",
            "by": by,
            "unit": unit,
            "as_of": day.isoformat() if day else None,
            "scenario": net.scenario,
            "places": list(m.index),
            "names": {p: info[p]["name"] for p in m.index if p in info},
            "matrix": m.values.tolist(),
        })
        return
    t = Table(title=f"OD matrix ({by}, {unit}), {net.describe()}")
    t.add_column("from \\ to")
    for c in m.columns:
        t.add_column(c, justify="right")
    for o, row in m.iterrows():
        t.add_row(o, *["—" if v == float("inf") else f"{v:,.0f}" for v in row])
    console.print(t)


def network_command(
    as_of: str = AS_OF,
    fmt: str = output.format_option(),
) -> None:
    """Summarise the network: nodes, links by kind, transfers, and what does not join up."""
    from collections import Counter

    from corridorkit.analysis.network import build_network
    from corridorkit.layers.curated import as_of_date, describe_as_of

    with output.progress("Building the network…"):
        G = build_network(as_of)
    rep = G.graph["report"]
    kinds = Counter((d["kind"], d.get("transfer") or d["layer"]) for _, _, d in G.edges(data=True))
    inactive = sorted({d["asset_id"] for _, _, d in G.edges(data=True) if not d["active"]})
    if fmt != "table":
        rows = [{"kind": k, "layer": lyr, "links": n} for (k, lyr), n in sorted(kinds.items())]
        if fmt == "csv":
            output.echo_csv(rows, ["kind", "layer", "links"])
            return
        day = as_of_date(as_of)
        output.echo_json({
            "command": "network",
            "as_of": day.isoformat() if day else None,
            "nodes": G.number_of_nodes(),
            "links": G.number_of_edges(),
            "links_by_kind": rows,
            "switched_off": inactive,
            "isolated_places": list(rep.isolated_places),
            "dangling_ends": [{"asset": a, "node": n} for a, n in rep.dangling_ends],
            "near_misses": [{"a": a, "b": b, "km": d} for a, b, d in rep.near_misses],
        })
        return
    t = Table(title=f"Network as of {describe_as_of(as_of)}: {G.number_of_nodes():,} nodes, "
              f"{G.number_of_edges():,} directed links")
    t.add_column("kind")
    t.add_column("layer / transfer")
    t.add_column("links", justify="right")
    for (k, lyr), n in sorted(kinds.items()):
        t.add_row(k, lyr, str(n))
    console.print(t)
    console.print(f"switched off (not operational then): {', '.join(inactive) or 'none'}")
    console.print(f"places no line reaches: {', '.join(rep.isolated_places) or 'none'}")
    console.print("dangling line ends (a junction or station only one line reaches): "
                  + (", ".join(f"{a}@{n}" for a, n in rep.dangling_ends) or "none"))
    console.print("near-misses (distinct places under 2 km apart): "
                  + (", ".join(f"{a}~{b} ({d} km)" for a, b, d in rep.near_misses) or "none"))


def register(app: typer.Typer) -> None:
    """Add ``route``, ``od`` and ``network`` to the CLI."""
    app.command("route")(route_command)
    app.command("od")(od_command)
    app.command("network")(network_command)
