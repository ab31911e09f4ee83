"""What every command prints: ``--format table|csv|json`` (and ``geojson``), one console, progress.

The one place the CLI decides how results reach the user (docs/cli_output.md documents the JSON
of each command):

- ``table`` (default): rich tables for a person. When stdout is not a terminal (a file, a pipe)
  the tables print at full width: a line is as long as its content and nothing is wrapped or
  cut mid-word, whatever ``COLUMNS`` says.
- ``csv``: the command's main table as CSV on stdout (UTF-8, header row, numbers with at most
  six significant digits).
- ``json``: one JSON object on stdout, the command's complete result (numbers with at most six
  significant digits; a missing or infinite value is ``null``).
- ``geojson`` (spatial results only): an RFC 7946 FeatureCollection on stdout.

Progress spinners go to stderr and only to a terminal, so captured output stays clean.
"""

from __future__ import annotations

import contextlib
import csv as _csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import typer
from rich.console import Console, ConsoleDimensions

from corridorkit.cli import options as opt

#: The formats every result-printing command accepts; spatial results add ``geojson``.
FORMATS = ("table", "csv", "json")

#: Width of a table written to a file or a pipe: wide enough that rich never wraps a cell.
FULL_WIDTH = 100_000

#: Significant digits of a number in CSV and JSON output.
DIGITS = 6
#: Decimals of a GeoJSON coordinate in JSON output (1e-5 degrees: about a metre).
COORDINATE_DECIMALS = 5

FORMAT_HELP = (
    "table (for a person), csv (the main table){json}{geo}. "
    "Written to a file or a pipe, tables print at full width, never wrapped."
)


class ResultConsole(Console):
    """A rich console on stdout that prints at full width when stdout is not a terminal."""

    @property
    def size(self) -> ConsoleDimensions:
        """Return the terminal's size, or (``FULL_WIDTH``, height) when not writing to a terminal."""
        size = super().size
        if self.is_terminal:
            return size
        return ConsoleDimensions(FULL_WIDTH, size.height)

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size

    def print(self, *objects: Any, **kwargs: Any) -> None:
        """Print like rich; off a terminal a table is at least as wide as its title, so no title wraps."""
        if not self.is_terminal:
            from rich.table import Table
            from rich.text import Text

            for obj in objects:
                if isinstance(obj, Table) and obj.title:
                    title = obj.title if isinstance(obj.title, Text) else Text.from_markup(str(obj.title))
                    obj.min_width = max(obj.min_width or 0, title.cell_len + 4)
        super().print(*objects, **kwargs)


#: The console every command prints its results to (stdout).
console = ResultConsole(soft_wrap=False)
#: Progress and notes for a person (stderr).
err = Console(stderr=True, soft_wrap=True)


def format_option(*, spatial: bool = False, default: str = "table") -> Any:
    """Return the ``--format`` option: table, csv, json (and geojson when ``spatial``)."""
    values = FORMATS + (("geojson",) if spatial else ())
    return typer.Option(
        default,
        "--format",
        parser=opt.choice(*values),
        metavar="|".join(values),
        help=FORMAT_HELP.format(
            json=", json" if spatial else " or json",
            geo=" (everything; docs/cli_output.md) or geojson (an RFC 7946 FeatureCollection)"
            if spatial else " (everything; docs/cli_output.md)",
        ),
    )


@contextlib.contextmanager
def progress(message: str) -> Iterator[None]:
    """Show a rich spinner with ``message`` on stderr while the block runs (only on a terminal)."""
    if not err.is_terminal:
        yield
        return
    with err.status(message):
        yield


def rounded(value: Any, digits: int = DIGITS) -> Any:
    """Return ``value`` with every float at ``digits`` significant digits (NaN and infinity: None).

    Walks dicts, lists and tuples; numpy scalars become Python numbers, dates become ISO text.
    """
    import datetime as dt

    import numpy as np
    import pandas as pd

    if isinstance(value, bool | type(None) | str):
        return value
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        r = float(f"{value:.{digits}g}")
        return int(r) if r.is_integer() and abs(r) < 1e15 else r
    if isinstance(value, Mapping):
        return {
            str(k): _coordinates(v) if k == "coordinates" else rounded(v, digits) for k, v in value.items()
        }
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return [rounded(v, digits) for v in items]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [rounded(v, digits) for v in value.tolist()]
    return str(value)


def _coordinates(c: Any) -> Any:
    """Return GeoJSON coordinates at ``COORDINATE_DECIMALS`` decimals (about a metre)."""
    if isinstance(c, int | float):
        return round(float(c), COORDINATE_DECIMALS)
    return [_coordinates(x) for x in c]


def records(df) -> list[dict]:
    """Return a DataFrame's rows as dicts of plain, rounded values (missing values: None)."""
    return rounded(df.to_dict("records"))


def json_output(obj: Any) -> str:
    """Return ``obj`` as the JSON text a command prints (rounded, indented, non-ASCII kept)."""
    return json.dumps(rounded(obj), ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def echo_json(obj: Any) -> None:
    """Print ``obj`` as JSON on stdout (see :func:`json_output`)."""
    typer.echo(json_output(obj), nl=False)


def csv_output(rows: Iterable[Mapping[str, Any]] | Any, columns: Sequence[str] | None = None) -> str:
    """Return CSV text of ``rows`` (dicts, or a DataFrame), numbers rounded, lists joined with ``;``."""
    if hasattr(rows, "to_dict"):
        columns = list(columns or rows.columns)
        rows = rows.to_dict("records")
    rows = list(rows)
    if columns is None:
        columns = list(rows[0]) if rows else []
    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue()


def _cell(v: Any) -> str:
    v = rounded(v)
    if v is None:
        return ""
    if isinstance(v, list):
        return ";".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v)


def echo_csv(rows: Iterable[Mapping[str, Any]] | Any, columns: Sequence[str] | None = None) -> None:
    """Print ``rows`` as CSV on stdout (see :func:`csv_output`)."""
    typer.echo(csv_output(rows, columns), nl=False)


def stdout_is_data(fmt: str) -> bool:
    """Return whether stdout carries data (csv, json, geojson) so notes must go to stderr."""
    return fmt != "table"


def say(fmt: str, message: str) -> None:
    """Print ``message`` to stdout in table format, to stderr otherwise (never inside CSV/JSON)."""
    (err if stdout_is_data(fmt) else console).print(message)

