"""``corridorkit validate``: the model against published figures (analysis/params/validation.yaml)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit.cli import options as opt
from corridorkit.cli import output

console = output.console

STATUS_STYLE = {
    "ok": "green",
    "explained": "yellow",
    "outside": "red",
    "no route": "red",
    "not in model": "dim",
    "input check": "dim",
}


def _fmt(v, metric: str) -> str:
    if v is None or v != v:
        return ""
    if metric == "via":
        return "yes" if v >= 1 else "no"
    if v == float("inf"):
        return "∞"
    return f"{v:,.1f}" if metric == "days" else f"{v:,.0f}"


def validate_command(
    group: str = typer.Option(
        None, "--group", help="Only this group (e.g. 'China–Europe', 'Caspian crossings')."
    ),
    questions: Path = typer.Option(
        None, "--questions", help="A validation file of your own (default: the shipped one).", dir_okay=False
    ),
    params: Path = typer.Option(
        None, "--params", help="YAML file overriding model parameters.", dir_okay=False
    ),
    csv: Path = typer.Option(
        None,
        "--csv",
        parser=opt.output_file("validate", "--csv", "csv"),
        help="Also write the whole table (with sources) as CSV to this file (replaces only a file validate "
             "wrote; prefer --format csv > FILE).",
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Exit 1 if any question is outside without an explanation."
    ),
    fmt: str = output.format_option(),
) -> None:
    """Compare the model's answers with published figures: observed vs modelled, with the error.

    Each question (origin, destination, date, modes, the published figure, its range and
    sources) is answered with the same routing as `corridorkit route`. Status: ok (within
    tolerance), explained (outside, with the known reason), outside, no route, not in model
    (a place the network does not have yet), input check (the reference is the data's own
    official length: shown, not counted).
    """
    from corridorkit.analysis.params import load_params
    from corridorkit.analysis.validation import load_questions, run, score

    vs = load_questions(questions)
    with output.progress("Answering the validation questions…"):
        df = run(vs, params=load_params(params), group=group)
    if df.empty:
        raise typer.BadParameter(f"no question in group {group!r}", param_hint="--group")
    s = score(df)
    if csv:
        from corridorkit.geo.io import write_output_file

        write_output_file(csv, df.to_csv(index=False), command="validate", option="--csv", suffixes=(".csv",))
        output.err.print(f"wrote {csv}")
    if fmt != "table":
        if fmt == "csv":
            output.echo_csv(df)
        else:
            output.echo_json(
                {"command": "validate", "group": group, "score": s, "questions": output.records(df)}
            )
        if strict and s["outside"] + s["no route"]:
            raise typer.Exit(1)
        return
    t = Table(title="How well the model reproduces published figures")
    for c in ("question", "metric", "published", "accepted", "modelled", "error", "status", "why / route"):
        t.add_column(c, overflow="fold")
    for r in df.itertuples():
        acc = "" if r.metric == "via" else f"{_fmt(r.low, r.metric)}–{_fmt(r.high, r.metric)}"
        err = "" if r.error_pct is None or r.error_pct != r.error_pct else f"{r.error_pct:+.0f} %"
        why = r.explanation or r.detail or r.route
        style = STATUS_STYLE.get(r.status, "")
        t.add_row(
            escape(r.question),
            r.metric,
            _fmt(r.published, r.metric),
            acc,
            _fmt(r.modelled, r.metric),
            err,
            f"[{style}]{r.status}[/{style}]",
            escape(str(why)),
        )
    console.print(t)
    answerable = s["total"] - s["not in model"] - s["input check"]
    console.print(
        f"{s['ok']} of the {answerable} questions the model can answer are within tolerance; "
        f"{s['explained']} outside and explained; {s['outside'] + s['no route']} outside or unanswered "
        f"without an explanation; {s['not in model']} not in the model yet; {s['input check']} input checks "
        "(the reference is the data's own figure, not counted)"
    )
    if strict and s["outside"] + s["no route"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``validate`` to the CLI."""
    app.command("validate")(validate_command)
