"""``corridorkit assign``: a scenario's demand assigned within every capacity."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.cli.scenario_option import parse_scenario

console = output.console


def assign_command(
    scenario: str = typer.Option(..., "--scenario", parser=parse_scenario, metavar="NAME|FILE",
                                 help="Shipped scenario name or YAML file."),
    as_of: str = typer.Option(
        None, "--as-of", parser=opt.as_of, help="Network as of this date or year (overrides the scenario's)."
    ),
    commodity: str = typer.Option("cargo", "--commodity", parser=opt.choice("cargo", "oil", "gas"),
                                  metavar="cargo|oil|gas", help="cargo (Mt/y), oil (Mt/y) or gas (bcm/y)."),
    fmt: str = output.format_option(),
    against: str = typer.Option(None, "--against", parser=parse_scenario, metavar="NAME|FILE",
                                help="A second scenario: add the difference table."),
    top: int = typer.Option(15, "--top", parser=opt.int_range(1, limits.MAX_TOP),
                            metavar=f"1..{limits.MAX_TOP}", help="Rows per table (table format)."),
    capacities: str = typer.Option(
        "all", "--capacities", parser=opt.choice("all", "published"), metavar="all|published",
        help="all: published and default capacities; published: defaults (assumptions) limit nothing.",
    ),
) -> None:
    """Assign a scenario's OD demand so that no link, port or crossing exceeds its capacity.

    Least total generalized cost (money + time x value of time); what cannot fit is unserved, per OD pair.
    Binding links carry their dual price: what one more unit of capacity there is worth (USD/t, i.e.
    million USD/y per Mt/y).
    """
    from corridorkit.analysis.assignment import assign_scenario, compare_assignments, json_records

    with output.progress(f"Assigning {scenario}…"):
        a = assign_scenario(scenario, commodity=commodity, as_of=as_of, capacities=capacities)
    b = None
    if against:
        with output.progress(f"Assigning {against}…"):
            b = assign_scenario(against, commodity=commodity, as_of=as_of, capacities=capacities)
    diff = compare_assignments(b, a) if b is not None else None
    if fmt == "json":
        out = {"assignment": a.to_dict()}
        if b is not None:
            out["against"] = {"scenario": b.scenario, "summary": b.summary}
            out["difference"] = {"links": json_records(diff[0]), "od": json_records(diff[1])}
        output.echo_json({"command": "assign", **out})
        return
    if fmt == "csv":
        output.echo_csv(diff[0] if diff is not None else a.links)
        return
    _print_tables(a, b, diff, top)


def _print_tables(a, b, diff, top: int) -> None:
    from corridorkit.analysis.assignment import against_published

    u, s = a.unit, a.summary
    console.print(
        f"[bold]{escape(str(a.scenario))}[/bold], {a.commodity}: demand {s['demand']:,.2f} {u}, "
        f"served {s['served']:,.2f}, unserved {s['unserved']:,.2f}, diverted {s['diverted']:,.2f}; "
        f"transport cost {s['transport_cost_musd']:,.0f} M USD/y"
    )
    firsts = (("first_to_bind", "first to bind"), ("first_published_to_bind", "first published capacity"))
    for key, what in firsts:
        first = s.get(key)
        if first:
            basis = escape(str(first["capacity_basis"]))
            console.print(
                f"{what} as demand grows: {escape(first['element'])} ({basis}) "
                f"at {first['demand_factor']:.2f}x today's demand (all-or-nothing loads)"
            )
    lp = s["lp"]
    console.print(
        f"LP: {lp['variables']:,} variables, {lp['equality_rows']:,} flow rows, {lp['capacity_rows']:,} "
        f"capacity rows, {lp['nonzeros']:,} nonzeros; HiGHS {lp['solve_s']:.2f} s"
    )
    t = Table(title=f"Binding links (value of one more {u} of capacity)")
    for c in ("element", "name", f"capacity ({u})", "load", "dual (USD/unit)", "basis"):
        t.add_column(c, overflow="fold")
    for r in a.binding.head(top).itertuples():
        t.add_row(
            escape(r.element),
            escape(str(r.name)),
            f"{r.capacity:,.2f}",
            f"{r.load:,.2f}",
            f"{r.dual:,.1f}",
            escape(str(r.capacity_basis)),
        )
    console.print(t)
    t = Table(title="Most used links")
    for c in ("element", f"load ({u})", "capacity", "utilisation", "without capacities"):
        t.add_column(c, overflow="fold")
    for r in a.links[a.links.load > 0].head(top).itertuples():
        t.add_row(
            escape(r.element),
            f"{r.load:,.2f}",
            f"{r.capacity:,.2f}",
            f"{r.utilisation:.0%}",
            f"{r.load_uncapacitated:,.2f}",
        )
    console.print(t)
    od = a.od[(a.od.unserved > 1e-9) | (a.od.diverted > 1e-9)]
    od = od.sort_values(["unserved", "diverted"], ascending=False).head(top)
    t = Table(title="OD pairs with unserved or diverted demand")
    for c in ("origin", "destination", "demand", "served", "unserved", "diverted", "paths", "reason"):
        t.add_column(c)
    for r in od.itertuples():
        t.add_row(
            r.origin,
            r.destination,
            f"{r.demand:,.2f}",
            f"{r.served:,.2f}",
            f"{r.unserved:,.2f}",
            f"{r.diverted:,.2f}",
            str(r.paths),
            r.reason,
        )
    console.print(t)
    if diff is not None:
        t = Table(title=f"{a.scenario} vs {b.scenario}: link loads ({u})")
        for c in ("element", b.scenario, a.scenario, "delta", "binds"):
            t.add_column(str(c), overflow="fold")
        for r in diff[0].head(top).itertuples():
            binds = {(False, False): "", (True, False): "was", (False, True): "now", (True, True): "both"}
            t.add_row(
                escape(r.element),
                f"{r.load_base:,.2f}",
                f"{r.load_other:,.2f}",
                f"{r.delta_load:+,.2f}",
                binds[(bool(r.binding_base), bool(r.binding_other))],
            )
        console.print(t)
        sb = b.summary
        console.print(
            f"served {sb['served']:,.2f} -> {s['served']:,.2f}; unserved {sb['unserved']:,.2f} -> "
            f"{s['unserved']:,.2f}; diverted {sb['diverted']:,.2f} -> {s['diverted']:,.2f} {u}"
        )
    pub = against_published(a)
    if pub:
        t = Table(title=f"Modelled against published volumes ({u})")
        for c in ("published figure", "year", "published", "modelled", "ratio", "source"):
            t.add_column(c, overflow="fold")
        for r in pub:
            t.add_row(
                escape(r["id"]),
                str(r["year"] or ""),
                f"{r['value']:,.2f}",
                "not in the network" if r["modelled"] is None else f"{r['modelled']:,.2f}",
                "" if r["ratio"] is None else f"{r['ratio']:.2f}",
                escape(r["sources"][0]["url"] if r["sources"] else ""),
            )
        console.print(t)
    if a.uncapacitated_used:
        console.print(
            f"{len(a.uncapacitated_used)} assets carried flow on a default or missing capacity: "
            + escape(", ".join(a.uncapacitated_used[:12]))
            + (" ..." if len(a.uncapacitated_used) > 12 else "")
        )


def register(app: typer.Typer) -> None:
    """Add ``assign`` to the CLI."""
    app.command("assign")(assign_command)
