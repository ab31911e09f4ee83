"""``corridorkit route`` and ``corridorkit od``: routes and OD matrices on the multimodal network."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.layers.schema import AS_OF_HELP

console = Console()
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
    avoid: list[str] = typer.Option(None, "--avoid", help="ISO3 country to avoid (repeatable)."),
    mode: list[str] = typer.Option(
        None, "--mode", parser=opt.choice("rail", "road", "sea"), metavar="rail|road|sea",
        help="Use only these modes: rail, road, sea (repeatable; default all).",
    ),
    geojson: Path = typer.Option(None, "--geojson", parser=opt.output_file("route", "--geojson", "geojson"),
                                 help="Write the best route's path here (.geojson)."),
    params: Path = typer.Option(None, "--params", help="YAML file overriding model parameters."),
    files: list[Path] = typer.Option(
        None, "--file", "-f", help="A user layer file (YAML source, GeoJSON ...) to add (repeatable)."
    ),
) -> None:
    """Route between two places: legs, transfers, border crossings, countries and totals.

    Every answer states the date used and flags a detour (route km over the straight line above
    the model's detour threshold) and any border crossed inside a line the data does not split.
    """
    from corridorkit.analysis.network import build_network
    from corridorkit.analysis.params import load_params
    from corridorkit.analysis.routing import DETOUR_FLAG, route
    from corridorkit.layers.curated import describe_as_of

    G = build_network(as_of, params=load_params(params), files=files or None)
    avoid_countries = opt.check_countries(G, avoid or ())
    kw = {}
    if mode:
        kw["layers"] = list(mode)
    routes = route(G, origin, destination, weight=by, k=k, avoid_countries=avoid_countries, **kw)
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
            f"as of {describe_as_of(as_of)}"
        )
        if r.unmodelled_crossings:
            console.print(
                f"[yellow]note:[/yellow] {len(r.unmodelled_crossings)} border(s) crossed inside a line "
                "the data "
                "does not split at a crossing point: counted, but no border time is charged there"
            )
        if r.circuity > DETOUR_FLAG:
            console.print(f"[yellow]detour:[/yellow] {r.circuity:.1f}× the straight line")
    if geojson:
        from corridorkit.geo.io import json_text, write_output_file
        from corridorkit.layers.export import to_geojson_dict

        text = json_text(to_geojson_dict(routes[0].to_gdf(), name="route"), indent=None)
        write_output_file(geojson, text, command="route", option="--geojson",
                          suffixes=opt.SUFFIXES["geojson"])
        console.print(f"wrote {geojson}")


def od_command(
    by: str = typer.Option("time", "--by", parser=opt.choice("time", "cost", "distance"),
                           metavar="time|cost|distance",
                           help="time (hours), cost (USD/t) or distance (km)."),
    as_of: str = AS_OF,
    csv: Path = typer.Option(None, "--csv", parser=opt.output_file("od", "--csv", "csv"),
                             help="Write the matrix as CSV."),
) -> None:
    """OD matrix between the shipped named places (scipy.sparse.csgraph)."""
    from corridorkit.analysis.network import build_network
    from corridorkit.analysis.od import od_matrix
    from corridorkit.layers.curated import describe_as_of

    m = od_matrix(build_network(as_of), weight=by)
    if csv:
        from corridorkit.geo.io import write_output_file

        write_output_file(csv, m.round(2).to_csv(), command="od", option="--csv",
                          suffixes=opt.SUFFIXES["csv"])
        console.print(f"wrote {csv}")
    t = Table(title=f"OD matrix ({by}) as of {describe_as_of(as_of)}")
    t.add_column("from \\ to")
    for c in m.columns:
        t.add_column(c[:10], justify="right")
    for o, row in m.iterrows():
        t.add_row(o, *["—" if v == float("inf") else f"{v:,.0f}" for v in row])
    console.print(t)


def network_command(
    as_of: str = AS_OF,
) -> None:
    """Summarise the network: nodes, links by kind, transfers, and what does not join up."""
    from collections import Counter

    from corridorkit.analysis.network import build_network
    from corridorkit.layers.curated import describe_as_of

    G = build_network(as_of)
    rep = G.graph["report"]
    kinds = Counter((d["kind"], d.get("transfer") or d["layer"]) for _, _, d in G.edges(data=True))
    t = Table(title=f"Network as of {describe_as_of(as_of)}: {G.number_of_nodes():,} nodes, "
              f"{G.number_of_edges():,} directed links")
    t.add_column("kind")
    t.add_column("layer / transfer")
    t.add_column("links", justify="right")
    for (k, lyr), n in sorted(kinds.items()):
        t.add_row(k, lyr, str(n))
    console.print(t)
    inactive = sorted({d["asset_id"] for _, _, d in G.edges(data=True) if not d["active"]})
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
