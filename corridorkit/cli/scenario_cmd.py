"""``corridorkit scenario``: list, show, validate, compare scenarios; ``corridorkit ensemble``."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.cli.scenario_option import parse_scenario

app = typer.Typer(help="Scenarios: list, show, validate, compare, timeline.", no_args_is_help=True)
console = output.console


@app.command("list")
def list_(fmt: str = output.format_option()) -> None:
    """List the shipped scenarios."""
    from corridorkit.analysis.scenario_model import read_scenario
    from corridorkit.analysis.scenarios import shipped_scenarios

    if fmt != "table":
        rows = []
        for name, p in shipped_scenarios().items():
            sc = read_scenario(p)
            rows.append({"name": name, "as_of": str(sc.as_of), "extends": sc.extends, "edits": len(sc.edits),
                         "title": sc.title, "kind": sc.kind})
        if fmt == "csv":
            output.echo_csv(rows, ["name", "as_of", "extends", "edits", "title", "kind"])
        else:
            output.echo_json({"command": "scenario list", "scenarios": rows})
        return
    t = Table(title="Shipped scenarios")
    for c in ("name", "as of", "extends", "edits", "title"):
        t.add_column(c, overflow="fold")
    for name, p in shipped_scenarios().items():
        sc = read_scenario(p)
        t.add_row(name, str(sc.as_of), sc.extends or "", str(len(sc.edits)), escape(sc.title or ""))
    console.print(t)


@app.command("show")
def show(
    scenario: str = typer.Argument(..., help="Shipped name or YAML file."),
    fmt: str = output.format_option(),
) -> None:
    """Show a scenario's description and edits with their rationales."""
    from corridorkit.analysis.scenarios import edit_chain, resolve_scenario

    sc = resolve_scenario(scenario)
    if fmt != "table":
        edits = [
            {"scenario": s.name, "position": pos, **e.model_dump(mode="json", exclude_none=True)}
            for s, pos, e in edit_chain(sc)
        ]
        if fmt == "csv":
            output.echo_csv(
                [{"scenario": e["scenario"], "position": e["position"], "op": e["op"],
                  "edit": {k: v for k, v in e.items() if k not in ("scenario", "position", "op", "why")},
                  "why": e.get("why")} for e in edits],
                ["scenario", "position", "op", "edit", "why"],
            )
        else:
            output.echo_json({"command": "scenario show", "scenario": sc.model_dump(mode="json"),
                              "file": sc.file, "edits": edits})
        return
    console.print(
        f"[bold]{escape(sc.title or sc.name)}[/bold] (as of {sc.as_of}"
        + (f", extends {sc.extends}" if sc.extends else "")
        + ")"
    )
    console.print(escape(sc.description))
    t = Table()
    for c in ("from", "#", "edit", "why"):
        t.add_column(c, overflow="fold")
    for s, pos, e in edit_chain(sc):
        body = e.model_dump(exclude={"why", "op", "feature"}, exclude_none=True)
        t.add_row(s.name, str(pos), f"{e.op} {escape(str(body))}", escape(e.why))
    console.print(t)


@app.command("validate")
def validate(file: Path) -> None:
    """Validate a scenario file against the schema and the network (ids, contradictions)."""
    from corridorkit.analysis.scenarios import apply_scenario

    st = apply_scenario(file)
    console.print(f"{file}: valid ({len(st.edits)} edits applied as of {st.scenario.as_of})")


@app.command("compare")
def compare_(
    scenario: str = typer.Argument(..., help="Shipped name or YAML file."),
    against: str = typer.Option("baseline-2025", "--against", parser=parse_scenario,
                                metavar="NAME|FILE", help="The baseline scenario."),
    fmt: str = output.format_option(),
    csv: Path = typer.Option(None, "--csv", parser=opt.output_file("scenario compare", "--csv", "csv"),
                             help="Also write the OD deltas as CSV to this file (kept for old scripts: "
                                  "prefer --format csv > FILE)."),
) -> None:
    """Compare a scenario with a baseline; every delta is traced to the edits that cause it.

    --format csv prints the OD deltas (one row per origin-destination pair); json holds everything:
    the capacity questions, OD deltas, asset loads, country exposure and the narrative.
    """
    from corridorkit.analysis.compare import compare

    with output.progress(f"Comparing {scenario} with {against}: one network per edit…"):
        c = compare(against, scenario)
    if csv:
        from corridorkit.geo.io import write_output_file

        write_output_file(csv, c.od.to_csv(index=False), command="scenario compare", option="--csv",
                          suffixes=opt.SUFFIXES["csv"])
        output.err.print(f"wrote {csv}")
    if fmt == "csv":
        output.echo_csv(c.od)
        return
    if fmt == "json":
        output.echo_json({
            "command": "scenario compare",
            "baseline": c.baseline,
            "scenario": c.scenario,
            "steps": c.steps,
            "flows": output.records(c.flows),
            "od": output.records(c.od),
            "loads": output.records(c.loads),
            "exposure": output.records(c.exposure),
            "narrative": c.narrative,
        })
        return
    t = Table(title=f"{scenario} vs {against}: capacity questions")
    for col in ("question", "baseline", "scenario", "delta", "why"):
        t.add_column(col, overflow="fold")
    for r in c.flows.itertuples():
        t.add_row(
            escape(r.title),
            f"{r.baseline:,.1f} {r.unit}",
            f"{r.scenario:,.1f}",
            f"{r.delta:+,.1f}",
            escape(r.explained_by),
        )
    console.print(t)
    for line in c.narrative:
        console.print(f"• {escape(line)}")


@app.command("timeline")
def timeline_(
    scenario: str,
    years: str = typer.Option(
        "2025,2026,2028,2030", "--years", parser=opt.years,
        help=f"Comma-separated years (at most {limits.MAX_YEARS}).",
    ),
    fmt: str = output.format_option(),
) -> None:
    """Show the same metrics for a series of dates under a scenario."""
    from corridorkit.analysis.compare import timeline

    with output.progress(f"Building {scenario} for {len(years)} dates…"):
        df = timeline(scenario, list(years))
    if fmt == "csv":
        output.echo_csv(df)
        return
    if fmt == "json":
        output.echo_json({"command": "scenario timeline", "scenario": scenario, "years": list(years),
                          "rows": output.records(df)})
        return
    t = Table(title=f"Timeline of {scenario}")
    for c in df.columns:
        t.add_column(str(c))
    for r in df.itertuples(index=False):
        t.add_row(*[f"{v:,.1f}" if isinstance(v, float) else str(v) for v in r])
    console.print(t)


def ensemble_command(
    scenario: str = typer.Option("baseline-2025", "--scenario", parser=parse_scenario, metavar="NAME|FILE",
                                 help="Shipped name or YAML file."),
    samples: int = typer.Option(
        10_000, "--samples", parser=opt.int_range(1, limits.MAX_ENSEMBLE_SAMPLES),
        metavar=f"1..{limits.MAX_ENSEMBLE_SAMPLES}", help="Sampled days.",
    ),
    seed: int = typer.Option(0, "--seed", parser=opt.int_range(0, 2**63 - 1), metavar="0..2^63-1"),
    scheduler: str = typer.Option(None, "--scheduler", parser=opt.scheduler,
                                  help="tcp://HOST:PORT of a Dask scheduler."),
    workers: int = typer.Option(2, "--workers", parser=opt.int_range(1, limits.MAX_WORKERS),
                                metavar=f"1..{limits.MAX_WORKERS}",
                                help="Local Dask workers (no --scheduler)."),
    top: int = typer.Option(15, "--top", parser=opt.int_range(1, limits.MAX_TOP),
                            metavar=f"1..{limits.MAX_TOP}", help="Rows to show (table format)."),
    fmt: str = output.format_option(),
) -> None:
    """Monte Carlo disruption ensemble: OD time percentiles and disconnection probabilities."""
    from corridorkit.analysis.ensembles import run_ensemble
    from corridorkit.analysis.params import load_params
    from corridorkit.analysis.scenarios import apply_scenario

    if scheduler:
        opt.probe_scheduler(scheduler)
    st = apply_scenario(scenario)
    places = [p for p in load_params().od_places if p in st.network.graph["places"]]
    r = run_ensemble(
        st.network,
        places,
        n_samples=samples,
        seed=seed,
        demand=st.demand,
        scheduler=scheduler,
        n_workers=workers,
        progress=output.err.is_terminal,
    )
    ranked = r.table.sort_values(
        ["expected_unserved_mt", "p_disconnected", "mean_extra_h", "origin", "destination"],
        ascending=[False, False, False, True, True],
    )
    if fmt == "csv":
        output.echo_csv(ranked)
        return
    if fmt == "json":
        output.echo_json({"command": "ensemble", "scenario": scenario, "samples": samples, "seed": seed,
                          "pairs": output.records(ranked)})
        return
    df = ranked.head(top)
    t = Table(title=f"Disruption ensemble: {samples:,} sampled days, seed {seed}, {scenario}")
    for c in ("origin", "destination", "baseline h", "p50", "p90", "p99", "P(cut)", escape("E[unserved] Mt")):
        t.add_column(c)
    for x in df.itertuples():
        t.add_row(
            x.origin,
            x.destination,
            f"{x.baseline_h:,.0f}",
            f"{x.p50_h:,.0f}",
            f"{x.p90_h:,.0f}",
            f"{x.p99_h:,.0f}",
            f"{x.p_disconnected:.3f}",
            f"{x.expected_unserved_mt:.3f}",
        )
    console.print(t)


def register(root: typer.Typer) -> None:
    """Add ``scenario`` and ``ensemble`` to the CLI."""
    root.add_typer(app, name="scenario")
    root.command("ensemble")(ensemble_command)
