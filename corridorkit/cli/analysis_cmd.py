"""``corridorkit chokepoints`` and ``corridorkit flow``: criticality and capacity on the network."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()


def chokepoints_command(
    as_of: str = typer.Option(None, "--as-of", help="Network as of this date or year."),
    top: int = typer.Option(20, "--top", help="How many to show."),
    by: str = typer.Option("time", "--by", help="Loss in time (Mt x h) or cost (Mt x USD/t)."),
    level: str = typer.Option("asset", "--level", help="asset (lines, crossings, ports) or place."),
    scheduler: str = typer.Option(
        None, "--scheduler", help="tcp://HOST:PORT of a Dask scheduler to spread the N-1 loop over."
    ),
) -> None:
    """Rank assets by N-1 criticality under the shipped demand, with explanations."""
    from corridorkit.analysis.chokepoints import chokepoints
    from corridorkit.analysis.demand import demand_table
    from corridorkit.analysis.network import build_network

    G = build_network(as_of)
    res = chokepoints(G, demand_table(G), weight=by, level=level, top=top, scheduler=scheduler)
    unit = "Mt·h/y" if by == "time" else "Mt·USD/t"
    t = Table(title=f"Top {top} chokepoints as of {as_of or 'reported statuses'} (cargo demand)")
    for c in ("#", "asset", "name", f"loss ({unit})", "unserved (Mt/y)", "OD pairs", "why"):
        t.add_column(c, overflow="fold")
    for i, r in enumerate(res.table.itertuples(), 1):
        t.add_row(
            str(i),
            str(r.element),
            escape(str(r.name)),
            f"{r.loss:,.0f}",
            f"{r.unserved_demand:,.2f}",
            str(r.od_pairs_affected),
            escape(r.explanation),
        )
    console.print(t)
    console.print(
        f"shortest-path trees repaired: {res.recomputations:,} "
        f"(brute force: {res.brute_force_recomputations:,} full Dijkstra runs)"
    )


def flow_command(
    commodity: str = typer.Argument(..., help="gas (bcm/y), oil (Mt/y) or cargo (Mt/y)."),
    sources: list[str] = typer.Option(..., "--from", help="Source place (repeatable)."),
    sinks: list[str] = typer.Option(..., "--to", help="Sink place (repeatable)."),
    as_of: str = typer.Option(None, "--as-of", help="Network as of this date or year."),
    open_asset: list[str] = typer.Option(None, "--open", help="Treat this asset as operational."),
    close_asset: list[str] = typer.Option(None, "--close", help="Treat this asset as closed."),
    avoid: list[str] = typer.Option(
        None, "--avoid", help="ISO3 country whose links carry nothing (repeatable)."
    ),
) -> None:
    """Maximum flow of a commodity between places, with the binding assets (the min cut).

    A place stands for all its sides; ``place:layer`` (e.g. ``aktau_port:rail1520``) picks one.
    """
    from corridorkit.analysis.flows import max_flow
    from corridorkit.analysis.network import build_network, set_asset_active

    G = build_network(as_of)
    for a in open_asset or []:
        set_asset_active(G, a, True)
    for a in close_asset or []:
        set_asset_active(G, a, False)
    r = max_flow(G, commodity, list(sources), list(sinks), avoid_countries=[a.upper() for a in avoid or []])
    if r.unbounded:
        console.print("[yellow]no published capacity limits this flow; the value is not meaningful")
    console.print(
        f"max flow of {commodity}: [bold]{r.value:,.2f} {r.unit}[/bold] "
        f"from {', '.join(r.sources)} to {', '.join(r.sinks)}"
    )
    t = Table(title="Minimum cut: the assets whose capacity binds")
    for c in ("assets", "name", f"capacity ({r.unit})"):
        t.add_column(c)
    for row in r.min_cut.itertuples():
        t.add_row(row.assets, escape(row.name), f"{row.capacity:,.2f}")
    console.print(t)
    if r.uncapacitated:
        console.print(f"links without a published capacity (unbounded): {', '.join(r.uncapacitated)}")


def register(app: typer.Typer) -> None:
    """Add ``chokepoints`` and ``flow`` to the CLI."""
    app.command("chokepoints")(chokepoints_command)
    app.command("flow")(flow_command)
