"""``corridorkit explore``: write (and open) the interactive explorer page."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from corridorkit.cli import options as opt


def explore_command(
    out: Path = typer.Option(
        Path("corridorkit-explorer"), "--out", parser=opt.output_dir("explore"),
        help="Output folder for explorer.html (new, empty, or an earlier explorer; replaced whole).",
    ),
    open_: bool = typer.Option(False, "--open", help="Open the explorer in a browser."),
) -> None:
    """Write explorer.html: scenarios and years on one offline map, with routes, search and measuring."""
    import time
    import webbrowser

    from corridorkit.geo.io import atomic_directory, safe_join
    from corridorkit.maps.explorer import build_explorer

    t0 = time.perf_counter()
    with atomic_directory(out, command="explore", option="--out") as tmp:
        build_explorer(safe_join(tmp, "explorer.html"))
    page = out / "explorer.html"
    size = page.stat().st_size / 1e6
    Console().print(f"wrote {page} ({size:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    if open_:
        webbrowser.open(page.resolve().as_uri())


def register(app: typer.Typer) -> None:
    """Add ``explore`` to the CLI."""
    app.command("explore")(explore_command)
