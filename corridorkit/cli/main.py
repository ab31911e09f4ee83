"""The ``corridorkit`` command: the entry point wires subcommands together and turns errors into messages."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from corridorkit._version import __version__
from corridorkit.errors import CorridorkitError

HELP = """corridorkit: trade corridors and energy infrastructure of the South Caucasus, the Caspian
and the Middle Corridor between China and Europe.

Start with `corridorkit data` (what ships with the package) and `corridorkit layers list`
(the curated infrastructure). `corridorkit report` writes the full HTML report.
"""

app = typer.Typer(
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    add_completion=False,
)
err = Console(stderr=True)
_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corridorkit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of errors."),
    log_level: str = typer.Option("WARNING", "--log-level", help="DEBUG, INFO, WARNING or ERROR."),
) -> None:
    """Configure logging and error display for every subcommand."""
    from corridorkit.log import configure
    from corridorkit.settings import settings

    _state["debug"] = debug
    settings.log_level = log_level
    configure()


def _register() -> None:
    from corridorkit.cli import data_cmd, layers_cmd

    app.command("data")(data_cmd.data)
    app.add_typer(layers_cmd.app, name="layers")
    for mod in (
        "report_cmd", "route_cmd", "analysis_cmd", "scenario_cmd", "terrain_cmd", "osm_cmd", "assign_cmd"
    ):
        try:
            m = __import__(f"corridorkit.cli.{mod}", fromlist=["register"])
        except ModuleNotFoundError:
            continue
        m.register(app)


_register()


def run() -> None:
    """Run the CLI; a corridorkit error prints its message and exits 2 (``--debug`` shows the traceback)."""
    debug = "--debug" in sys.argv
    try:
        app()
    except CorridorkitError as exc:
        if debug:
            raise
        err.print(f"[bold red]error:[/bold red] {escape(str(exc))}")
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise SystemExit(130) from None
