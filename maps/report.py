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
    jobs: int | None = None,
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
    jobs
        Processes: 2 builds the sections that need nothing from the others (:data:`SIDE_STEPS`: the
        explorer, validation, terrain, data exports) in a second process while this one builds the rest;
        1 builds all here. Default: 2 where the machine has two cores and ``fork``, else 1. The files
        are the same either way.
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
    jobs = default_jobs() if jobs is None else jobs
    with (
        atomic_directory(out, command="report") as tmp,
        reuse_results(),  # each network state is built, and each flow problem solved, once per report
    ):
        ctx = rs.Context(tmp=tmp, scenario=scenario, as_of=as_of, compare_all=compare_all)
        side = None
        if jobs > 1:
            _shared_states()  # built once, before the fork: both processes start from them
            # forked before the progress bar's thread starts; it writes its own files into tmp
            side = _start_side(ctx)
        try:
            with Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar:
                task = bar.add_task("building the report", total=len(steps))
                done: dict[str, Section | None] = {}
                if side is None:
                    done = _side_sections(ctx, SIDE_STEPS) | done
                for name, fn in steps:
                    bar.update(task, description=name)
                    if name in SIDE_STEPS:
                        bar.advance(task)
                        continue
                    if name in _AFTER_SIDE and side is not None:  # it reads what the side left in the cache
                        done |= _join_side(side, ctx)
                        side = None
                    done[name] = fn(ctx)
                    bar.advance(task)
                if side is not None:
                    done |= _join_side(side, ctx)
                    side = None
        finally:
            if side is not None:
                side[0].shutdown(cancel_futures=True)
        sections: list[Section] = [
            sec for sec in (done["explorer"], *(done[name] for name, _ in steps)) if sec is not None
        ]
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


#: Sections that read nothing another section computes; with ``jobs=2`` they (and the explorer) are
#: built in a second process. Their order on the page does not change.
SIDE_STEPS = ("validation against published figures", "capacity assignment", "terrain", "data and exports")
#: Sections that read what a side section left in the context's cache (the asset tables).
_AFTER_SIDE = ("GIS layers of the results",)
#: What a side section leaves in the context's cache for the others.
_SIDE_CACHE = ("asset_tables", "capacity_assignment_tables")


def default_jobs() -> int:
    """Return the report's default number of processes: 2 with two cores and ``fork``, else 1."""
    import multiprocessing
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 2 if cores >= 2 and "fork" in multiprocessing.get_all_start_methods() else 1


def _shared_states() -> None:
    """Build the baseline states both processes of a report need (kept by the reuse block)."""
    from corridorkit.analysis.scenarios import apply_scenario

    for name in ("baseline-2025", "baseline-2030"):
        apply_scenario(name)


def _side_sections(ctx, names) -> dict:
    """Build the explorer and the named sections in order; return them by name, with the cache they fill."""
    from corridorkit.analysis._reuse import reuse_results
    from corridorkit.maps import report_sections as rs

    with reuse_results():
        done: dict = {"explorer": _explorer_section(ctx.tmp, ctx.scenario)}
        for name, fn in rs.STEPS:
            if name in names:
                done[name] = fn(ctx)
    return done


def _side_job(ctx, names) -> tuple[dict, dict]:
    from corridorkit.maps.report_gis import assignment_tables

    done = _side_sections(ctx, names)
    assignment_tables(ctx.cache)  # tables, not the network they are drawn from, go back to the parent
    return done, {k: ctx.cache[k] for k in _SIDE_CACHE if k in ctx.cache}


def _start_side(ctx):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    return pool, pool.submit(_side_job, ctx, SIDE_STEPS)


def _join_side(side, ctx) -> dict:
    """Wait for the side process; return its sections and put what it cached into ``ctx.cache``."""
    pool, fut = side
    try:
        done, cache = fut.result()
    finally:
        pool.shutdown()
    ctx.cache.update(cache)
    return done


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
