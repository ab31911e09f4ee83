"""``corridorkit report``: the HTML report of what the scenarios change, with maps, plots, tables, exports.

Everything is written into a temporary folder next to the output and moved into
place only when complete, so a failure leaves the previous report intact. Two runs
on the same inputs write byte-identical files.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from corridorkit._version import __version__
from corridorkit.errors import CorridorkitError
from corridorkit.geo.io import atomic_directory, check_output_dir, safe_join, write_text
from corridorkit.log import get_logger
from corridorkit.maps.page import Section

log = get_logger("report")


def build_report(
    out: str | Path,
    *,
    scenario: str | None = None,
    as_of=None,
    progress: bool = True,
    compare_all: bool = True,
) -> Path:
    """Write the report folder (index.html, maps/, plots/, tables/, exports/); return its path.

    Parameters
    ----------
    out
        Output folder: new, empty, or an earlier report, replaced atomically when the report is
        complete. A folder holding anything else is refused
        (:class:`~corridorkit.errors.OutputError`) before any work.
    scenario
        Focus on one scenario (shipped name or YAML file) compared with the baseline; a scenario
        that fails validation is refused before any work.
    as_of
        Date or year of the baseline (default: the shipped ``baseline-2025``).
    progress
        Show a rich progress bar.
    compare_all
        Compare every shipped spatial scenario with the baseline (else only ``scenario``).
    """
    import matplotlib

    matplotlib.use("Agg")
    from rich.console import Console
    from rich.progress import Progress

    from corridorkit.analysis._reuse import reuse_results
    from corridorkit.maps import report_sections as rs

    out = Path(out)
    steps = rs.STEPS
    check_output_dir(out, command="report")
    if scenario is not None:
        from corridorkit.analysis.scenarios import apply_scenario

        apply_scenario(scenario)  # a scenario that fails validation stops the report before any work
    with (
        atomic_directory(out, command="report") as tmp,
        Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar,
        reuse_results(),  # each network state is built, and each flow problem solved, once per report
    ):
        task = bar.add_task("building the report", total=len(steps))
        ctx = rs.Context(tmp=tmp, scenario=scenario, as_of=as_of, compare_all=compare_all)
        sections: list[Section] = [_explorer_section(tmp, scenario)]
        for name, fn in steps:
            bar.update(task, description=name)
            try:
                sec = fn(ctx)
            except CorridorkitError:
                raise
            if sec is not None:
                sections.append(sec)
            bar.advance(task)
        env = Environment(
            loader=FileSystemLoader(str(files("corridorkit.maps") / "templates")),
            autoescape=select_autoescape(["html", "j2"]),
            keep_trailing_newline=True,
        )
        html = env.get_template("report.html.j2").render(
            title=ctx.title,
            subtitle=ctx.subtitle,
            stamp=rs.report_stamp(__version__),
            sections=sections,
            footer=(
                f"corridorkit {__version__}. Data: curated layers with sources per asset; "
                "Natural Earth 5.1.1 (public domain); GLOBE DEM (NOAA NGDC). "
                "See exports/ and tables/ for every number shown."
            ),
        )
        write_text(safe_join(tmp, "index.html"), html)
    return out


def _explorer_section(tmp: Path, scenario: str | None) -> Section:
    """Write explorer.html beside index.html (with the report's own scenario too); return its link."""
    from corridorkit.analysis.scenarios import shipped_scenarios
    from corridorkit.maps.explorer import build_explorer

    scenarios = [n for n in shipped_scenarios() if not n.startswith("baseline")]
    if scenario is not None and scenario not in scenarios and not str(scenario).startswith("baseline"):
        scenarios.append(scenario)
    build_explorer(safe_join(tmp, "explorer.html"), scenarios=scenarios)
    sec = Section("explorer", "Explorer")
    sec.text(
        "One offline page to switch scenarios and years (2025-2032) on the map, ask a route between any two "
        "places beside the baseline's, search, measure and download what is shown."
    )
    sec.links([("Open the explorer (explorer.html)", "explorer.html")])
    return sec


def open_in_browser(path: Path) -> None:
    """Open the report's index.html in the default browser."""
    import webbrowser

    webbrowser.open((path / "index.html").resolve().as_uri())


__all__ = ["build_report", "open_in_browser"]
