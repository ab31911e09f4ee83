"""``corridorkit chokepoints`` and ``corridorkit flow``: criticality and capacity on the network."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.cli.scenario_option import SCENARIO, scenario_network
from corridorkit.layers.schema import AS_OF_HELP

console = output.console


def chokepoints_command(
    as_of: str = typer.Option(None, "--as-of", parser=opt.as_of, help=AS_OF_HELP),
    top: int = typer.Option(
        20,
        "--top",
        parser=opt.int_range(1, limits.MAX_TOP),
        metavar=f"1..{limits.MAX_TOP}",
        help="How many to show.",
    ),
    by: str = typer.Option(
        "time",
        "--by",
        parser=opt.choice("time", "cost"),
        metavar="time|cost",
        help="Loss in time (Mt x h) or cost (Mt x USD/t).",
    ),
    level: str = typer.Option(
        "asset",
        "--level",
        parser=opt.choice("asset", "place"),
        metavar="asset|place",
        help="asset (lines, crossings, ports) or place.",
    ),
    scheduler: str = typer.Option(
        None,
        "--scheduler",
        parser=opt.scheduler,
        help="tcp://HOST:PORT of a Dask scheduler to spread the N-1 loop over.",
    ),
    scenario: str = SCENARIO,
    fmt: str = output.format_option(),
) -> None:
    """Rank assets by N-1 criticality under the shipped (or the scenario's) demand, with explanations."""
    from corridorkit.analysis.chokepoints import chokepoints
    from corridorkit.analysis.params import coverage_notes

    if scheduler:
        opt.probe_scheduler(scheduler)
    with output.progress("Building the network…"):
        net = scenario_network(scenario, as_of, need_demand=True)
    with output.progress("N-1 criticality: removing each asset in turn…"):
        res = chokepoints(net.network, net.demand, weight=by, level=level, top=top, scheduler=scheduler)
    notes = coverage_notes()
    unit = "Mt·h/y" if by == "time" else "Mt·USD/t"
    if fmt != "table":
        rows = [
            {"rank": i, **rec, "coverage_artefact": rec["element"] in notes}
            for i, rec in enumerate(output.records(res.table), 1)
        ]
        if fmt == "csv":
            output.echo_csv(rows)
            return
        from corridorkit.layers.curated import as_of_date

        day = as_of_date(net.as_of)
        output.echo_json({
            "command": "chokepoints",
            "by": by,
            "loss_unit": unit,
            "level": level,
            "as_of": day.isoformat() if day else None,
            "scenario": net.scenario,
            "recomputations": res.recomputations,
            "brute_force_recomputations": res.brute_force_recomputations,
            "chokepoints": rows,
        })
        return
    t = Table(title=f"Top {top} chokepoints, {net.describe()} (cargo demand)")
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
            escape(r.explanation)
            + (" [dim](coverage artefact: see analysis/params/coverage.yaml)" if r.element in notes else ""),
        )
    console.print(t)
    console.print(
        f"shortest-path trees repaired: {res.recomputations:,} "
        f"(brute force: {res.brute_force_recomputations:,} full Dijkstra runs)"
    )


def flow_command(
    commodity: str = typer.Argument(
        ..., parser=opt.choice("gas", "oil", "cargo"), help="gas (bcm/y), oil (Mt/y) or cargo (Mt/y)."
    ),
    sources: list[str] = typer.Option(..., "--from", help="Source place (repeatable)."),
    sinks: list[str] = typer.Option(..., "--to", help="Sink place (repeatable)."),
    as_of: str = typer.Option(None, "--as-of", parser=opt.as_of, help=AS_OF_HELP),
    open_asset: list[str] = typer.Option(None, "--open", help="Treat this asset as operational."),
    close_asset: list[str] = typer.Option(None, "--close", help="Treat this asset as closed."),
    avoid: list[str] = typer.Option(
        None, "--avoid", help="ISO3 country whose links carry nothing (repeatable)."
    ),
    scenario: str = SCENARIO,
    fmt: str = output.format_option(),
) -> None:
    """Maximum flow of a commodity between places, with the binding assets (the min cut).

    A place stands for all its sides; ``place:layer`` (e.g. ``aktau_port:rail1520``) picks one.
    """
    from corridorkit.analysis.flows import max_flow
    from corridorkit.analysis.network import set_asset_active
    from corridorkit.errors import InputError

    both = sorted(set(open_asset or []) & set(close_asset or []))
    if both:
        raise InputError(
            f"--open and --close both name {', '.join(both)}; an asset is either opened or closed",
            field="--open/--close",
        )
    with output.progress("Building the network…"):
        net = scenario_network(scenario, as_of)
    G = net.network
    avoid_countries = opt.check_countries(G, avoid or ())
    for a in open_asset or []:
        set_asset_active(G, a, True)
    for a in close_asset or []:
        set_asset_active(G, a, False)
    r = max_flow(G, commodity, list(sources), list(sinks), avoid_countries=list(avoid_countries))
    if fmt == "csv":
        output.echo_csv(r.min_cut, ["assets", "name", "capacity"])
        return
    if fmt == "json":
        from corridorkit.layers.curated import as_of_date

        day = as_of_date(net.as_of)
        output.echo_json({
            "command": "flow",
            "commodity": commodity,
            "unit": r.unit,
            "value": None if r.unbounded else r.value,
            "unbounded": r.unbounded,
            "sources": list(r.sources),
            "sinks": list(r.sinks),
            "as_of": day.isoformat() if day else None,
            "scenario": net.scenario,
            "opened": list(open_asset or []),
            "closed": list(close_asset or []),
            "avoid": list(avoid_countries),
            "min_cut": output.records(r.min_cut),
            "edge_flows": output.records(r.edge_flows),
            "uncapacitated": list(r.uncapacitated),
        })
        return
    if r.unbounded:
        console.print("[yellow]no published capacity limits this flow; the value is not meaningful")
    console.print(
        f"max flow of {commodity}: [bold]{r.value:,.2f} {r.unit}[/bold] "
        f"from {', '.join(r.sources)} to {', '.join(r.sinks)}; {net.describe()}"
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
