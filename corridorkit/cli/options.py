"""Typed option values for the CLI: ranges, choices, dates, coordinates, output files.

Each factory returns a ``parser`` for ``typer.Option(..., parser=...)``: typer runs it while
parsing the command line, before any work, and turns its ``ValueError`` into one line naming
the option and the value (exit code 2). Limits come from :mod:`corridorkit.limits`.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable
from pathlib import Path

from corridorkit import limits


def _near(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=3, cutoff=0.5)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def int_range(lo: int, hi: int | None = None) -> Callable[[str], int]:
    """Return a parser of a whole number in ``lo..hi`` (``hi`` None: no upper limit)."""
    want = f"a whole number from {lo:,} to {hi:,}" if hi is not None else f"a whole number >= {lo:,}"

    def parse(value) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            n = value
        else:
            try:
                n = int(str(value).strip().replace("_", ""))
            except ValueError:
                raise ValueError(f"expected {want}, got {value!r}") from None
        if n < lo or (hi is not None and n > hi):
            raise ValueError(f"expected {want}, got {value!r}")
        return n

    return parse


def float_range(lo: float, hi: float, *, lo_open: bool = False, unit: str = "") -> Callable[[str], float]:
    """Return a parser of a finite number in ``[lo, hi]`` (``(lo, hi]`` with ``lo_open``)."""
    u = f" {unit}" if unit else ""
    want = f"a number above {lo:g} and at most {hi:g}{u}" if lo_open else f"a number from {lo:g} to {hi:g}{u}"

    def parse(value) -> float:
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"expected {want}, got {value!r}") from None
        if not math.isfinite(x) or x < lo or x > hi or (lo_open and x == lo):
            raise ValueError(f"expected {want}, got {value!r}")
        return x

    return parse


def choice(*values: str) -> Callable[[str], str]:
    """Return a parser of one of ``values`` (case-insensitive; close matches suggested)."""

    def parse(value) -> str:
        v = str(value).strip().lower()
        if v in values:
            return v
        raise ValueError(f"expected one of {', '.join(values)}, got {value!r}{_near(v, values)}")

    return parse


def as_of(value) -> str:
    """Parse ``--as-of``: a year or a date (YYYY, YYYY-MM, YYYY-MM-DD) within the accepted years."""
    from corridorkit.layers.schema import _DATE_RE, parse_partial_date

    v = str(value).strip()
    want = f"a year or a date YYYY[-MM[-DD]] from {limits.MIN_YEAR} to {limits.MAX_YEAR}"
    if not _DATE_RE.match(v):
        raise ValueError(f"expected {want}, got {value!r}")
    try:
        d = parse_partial_date(v)
    except ValueError:
        raise ValueError(f"expected {want}, got {value!r} (no such date)") from None
    if not limits.MIN_YEAR <= d.year <= limits.MAX_YEAR:
        raise ValueError(f"expected {want}, got {value!r}")
    return v


def years(value) -> list[int]:
    """Parse a comma-separated list of years (at most ``MAX_YEARS``, each within the accepted years)."""
    parts = [p.strip() for p in str(value).split(",")]
    want = (
        f"comma-separated years from {limits.MIN_YEAR} to {limits.MAX_YEAR} "
        f"(at most {limits.MAX_YEARS})"
    )
    if len(parts) > limits.MAX_YEARS:
        raise ValueError(f"expected {want}, got {len(parts):,} years")
    out = []
    for p in parts:
        if not p.isdigit() or not limits.MIN_YEAR <= int(p) <= limits.MAX_YEAR:
            raise ValueError(f"expected {want}, got {p!r} in {str(value)[:60]!r}")
        out.append(int(p))
    return out


def lonlat(value) -> tuple[float, float]:
    """Parse ``LON,LAT`` in degrees (longitude -180..180, latitude -90..90)."""
    text = str(value).strip()
    try:
        lon, lat = (float(x) for x in text.split(","))
    except ValueError:
        raise ValueError(f"expected LON,LAT in degrees (e.g. 46.24,38.90), got {text!r}") from None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(
            f"expected LON,LAT with longitude -180..180 and latitude -90..90, got {text!r}"
            + (" (swapped? write LON first)" if -90 <= lon <= 90 and -180 <= lat <= 180 else "")
        )
    return lon, lat


def scheduler(value) -> str:
    """Parse a Dask scheduler address: ``PROTOCOL://HOST:PORT`` or ``synchronous``."""
    import re

    v = str(value).strip()
    if v == "synchronous" or re.fullmatch(r"(tcp|tls|ws|wss|ucx)://[A-Za-z0-9._\-\[\]:]+:\d{1,5}", v):
        return v
    raise ValueError(f"expected an address such as tcp://HOST:PORT (or 'synchronous'), got {value!r}")


def probe_scheduler(address: str, option: str = "--scheduler") -> None:
    """Refuse a scheduler address where nothing answers (a TCP connect, ``SCHEDULER_TIMEOUT_S``)."""
    import socket

    from corridorkit.errors import InputError

    if address == "synchronous" or not address.startswith(("tcp://", "tls://")):
        return
    host, _, port = address.split("://", 1)[1].rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=limits.SCHEDULER_TIMEOUT_S):
            pass
    except OSError as exc:
        raise InputError(
            f"{option} {address}: no Dask scheduler answers there within {limits.SCHEDULER_TIMEOUT_S} s "
            f"({exc.strerror or type(exc).__name__}); start one (dask scheduler) or leave the option out"
        ) from None


#: File name suffixes each kind of output file may have.
SUFFIXES = {
    "geojson": (".geojson", ".json"),
    "csv": (".csv",),
    "plot": (".png", ".svg"),
}


def output_file(command: str, option: str, kind: str) -> Callable[[str], Path]:
    """Return a parser of an output file name that ``command`` may write (see geo.io.check_output_file).

    The check runs while the command line is parsed, so nothing is computed for an output that
    would be refused: a wrong suffix, a folder, a file corridorkit did not write, an unwritable place.
    """

    def parse(value) -> Path:
        from corridorkit.errors import OutputError
        from corridorkit.geo.io import check_output_file

        try:
            return check_output_file(Path(value), command=command, option=None, suffixes=SUFFIXES[kind])
        except OutputError as exc:
            raise ValueError(str(exc)) from None

    return parse


def output_dir(command: str) -> Callable[[str], Path]:
    """Return a parser of an output folder that ``command`` may (re)write (see geo.io.check_output_dir)."""

    def parse(value) -> Path:
        from corridorkit.errors import OutputError
        from corridorkit.geo.io import check_output_dir

        try:
            return check_output_dir(Path(value), command=command, option=None)
        except OutputError as exc:
            raise ValueError(str(exc)) from None

    return parse


def check_countries(G, codes: Iterable[str], option: str = "--avoid") -> tuple[str, ...]:
    """Return ISO3 codes upper-cased, refusing any code no link of the network ``G`` passes through."""
    from corridorkit.errors import UnknownIdError

    known = sorted({c for _, _, d in G.edges(data=True) for c in d.get("countries") or [] if c})
    out = []
    for code in codes:
        c = str(code).strip().upper()
        if c not in known:
            raise UnknownIdError(
                f"{option} {code}: not a country code of the network (ISO3, e.g. RUS){_near(c, known)}; "
                f"known: {', '.join(known)}"
            )
        out.append(c)
    return tuple(out)
