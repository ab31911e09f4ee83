"""``corridorkit report``: the main job."""

from __future__ import annotations

from pathlib import Path

import typer

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.cli.scenario_option import parse_scenario


def report_command(
    out: Path = typer.Option(
        Path("corridorkit-report"), "--out", parser=opt.output_dir("report"),
        help="Output folder (new, empty, or an earlier report; replaced whole).",
    ),
    scenario: str = typer.Option(None, "--scenario", parser=parse_scenario, metavar="NAME|FILE",
                                 help="Focus on one scenario (name or YAML)."),
    as_of: str = typer.Option(None, "--as-of", parser=opt.as_of,
                              help="Baseline date or year (default 2025)."),
    open_: bool = typer.Option(False, "--open", help="Open the report in a browser."),
    jobs: int = typer.Option(None, "--jobs", parser=opt.int_range(1, limits.MAX_REPORT_JOBS),
                             metavar=f"1..{limits.MAX_REPORT_JOBS}",
                             help="Processes (default 2 with two cores; the same files either way)."),
) -> None:
    """Write the HTML report (maps, plots, tables, GeoJSON/GPKG/GeoParquet) from the shipped data."""
    import time

    from corridorkit.maps.report import build_report, open_in_browser

    t0 = time.perf_counter()
    path = build_report(out, scenario=scenario, as_of=as_of, jobs=jobs)
    output.console.print(f"wrote {path / 'index.html'} in {time.perf_counter() - t0:.1f} s")
    if open_:
        open_in_browser(path)


def register(app: typer.Typer) -> None:
    """Add ``report`` to the CLI."""
    app.command("report")(report_command)
