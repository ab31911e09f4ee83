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
err = Console(stderr=True, soft_wrap=True)


def _log_level(value: str) -> str:
    from corridorkit.cli.options import choice
    from corridorkit.settings import LOG_LEVELS

    return choice(*(x.lower() for x in LOG_LEVELS))(value).upper()


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
    log_level: str = typer.Option(
        None,
        "--log-level",
        parser=_log_level,
        help="DEBUG, INFO, WARNING, ERROR or CRITICAL (default: $CORRIDORKIT_LOG_LEVEL or WARNING).",
    ),
) -> None:
    """Configure logging and error display for every subcommand."""
    from corridorkit.log import configure
    from corridorkit.settings import check_environment, settings

    settings.debug = debug
    check_environment()
    if log_level:
        settings.log_level = log_level.upper()
    configure()


def _register() -> None:
    """Add every sub-command; a missing dependency is an error that names it, not a vanished command."""
    try:
        from corridorkit.cli import (
            analysis_cmd,
            assign_cmd,
            data_cmd,
            explore_cmd,
            layers_cmd,
            osm_cmd,
            report_cmd,
            route_cmd,
            scenario_cmd,
            terrain_cmd,
            validate_cmd,
        )
    except ModuleNotFoundError as exc:  # a broken install: say which package, not a traceback
        raise SystemExit(
            f"corridorkit: the package {exc.name!r} is missing; reinstall corridorkit (pip install -e .)"
        ) from None

    app.command("data")(data_cmd.data)
    app.add_typer(layers_cmd.app, name="layers")
    for mod in (
        report_cmd,
        explore_cmd,
        route_cmd,
        analysis_cmd,
        scenario_cmd,
        terrain_cmd,
        osm_cmd,
        validate_cmd,
        assign_cmd,
    ):
        mod.register(app)


_register()


def cli_main(args: list[str] | None = None) -> int:
    """Run the CLI on ``args`` (default ``sys.argv[1:]``) and return the exit code.

    Exit codes: 0 done; 2 bad input (a bad option value, an unknown id, a file that fails its
    checks); 1 a failure (a download, a solver, a check that found problems, an unexpected error).
    An error prints one line (``error: ...``) on stderr; ``--debug`` shows the traceback instead.
    """
    argv = list(sys.argv[1:] if args is None else args)
    debug = "--debug" in argv
    try:
        rv = app(args=argv, prog_name="corridorkit", standalone_mode=False)
    except typer.Abort:
        err.print("aborted")
        return 1
    except typer.TyperException as exc:  # typer's (vendored click's) usage errors: bad option values
        if type(exc).__name__ == "NoArgsIsHelpError":
            # typer's rich help has already printed itself while the error was built
            if exc.format_message().strip():
                typer.echo(exc.format_message())
            return getattr(exc, "exit_code", 2)
        if debug:
            raise
        ctx = getattr(exc, "ctx", None)
        where = f"{ctx.command_path}: " if ctx is not None and " " in ctx.command_path else ""
        msg = " ".join(exc.format_message().replace("Value error, ", "").split())
        err.print(f"[bold red]error:[/bold red] {escape(where + msg)}")
        return getattr(exc, "exit_code", 2)
    except CorridorkitError as exc:
        if debug:
            raise
        err.print(f"[bold red]error:[/bold red] {escape(str(exc))}")
        return exc.exit_code
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    except RecursionError:
        if debug:
            raise
        err.print("[bold red]error:[/bold red] input nested too deeply to process")
        return 2
    except Exception as exc:  # a bug, not a user's mistake: say so in one line, not a traceback
        if debug:
            raise
        err.print(
            f"[bold red]internal error:[/bold red] {escape(type(exc).__name__)}: {escape(str(exc))} "
            "(please report it; --debug shows the traceback)"
        )
        return 1
    return rv if isinstance(rv, int) else 0


def run() -> None:
    """Run the CLI and exit with its code (the ``corridorkit`` entry point)."""
    raise SystemExit(cli_main())
