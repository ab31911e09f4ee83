"""The one error hierarchy of corridorkit.

Every error corridorkit raises on purpose derives from :class:`CorridorkitError`.
Errors about a user's data also derive from the builtin they resemble
(``ValueError``, ``FileNotFoundError``), so ``except ValueError`` still works.
An :class:`InputError` names the file, the feature id and the field, and says
what was expected::

    layers/data/curated/energy.geojson: feature 'btc': field 'capacity': expected a number >= 0, got -5
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike


def did_you_mean(name: str, known: Iterable[str], *, cutoff: float = 0.6, n: int = 3) -> str:
    """Return `` (did you mean 'a', 'b'?)`` for the known names closest to ``name``, or ``""``.

    The one "did you mean" of corridorkit: every :class:`UnknownIdError` message that suggests
    names builds its hint here.
    """
    import difflib

    close = difflib.get_close_matches(str(name), sorted(set(known)), n=n, cutoff=cutoff)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


class CorridorkitError(Exception):
    """Base class of every error corridorkit raises on purpose.

    ``exit_code`` is the command line's exit code for it: 1, a failure (a download, a solver, a
    missing dependency); the errors about what the user gave set 2 (bad input).
    """

    exit_code: int = 1


@dataclass(frozen=True)
class Problem:
    """One problem found in a piece of input.

    Parameters
    ----------
    message
        What is wrong and what was expected.
    file
        The file the problem is in, if any.
    feature
        The id (or position) of the feature, if any.
    field
        The field (dotted path for nested fields), if any.
    """

    message: str
    file: str | None = None
    feature: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.feature is not None:
            parts.append(f"feature '{self.feature}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


class InputError(CorridorkitError, ValueError):
    """Bad input: a file, a feature or a field that is not what was expected.

    Carries every problem found (validation reports all problems at once), and
    the first problem's file, feature and field as attributes.
    """

    exit_code = 2

    def __init__(
        self,
        message: str | None = None,
        *,
        file: str | PathLike[str] | None = None,
        feature: str | None = None,
        field: str | None = None,
        problems: Iterable[Problem] | None = None,
    ) -> None:
        probs = list(problems or [])
        if message is not None:
            probs.insert(0, Problem(message, _s(file), feature, field))
        if not probs:
            probs = [Problem("invalid input", _s(file), feature, field)]
        self.problems: list[Problem] = probs
        first = probs[0]
        self.file = first.file
        self.feature = first.feature
        self.field = first.field
        super().__init__(self._render())

    def _render(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems:"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


class CRSError(InputError):
    """A layer's coordinate reference system is missing, wrong or suspicious."""


class GeometryError(InputError):
    """A geometry is invalid, empty or of the wrong type."""


class SettingsError(CorridorkitError, ValueError):
    """A setting (an environment variable such as ``CORRIDORKIT_LOG_LEVEL``) has a wrong value."""

    exit_code = 2


class DataFileNotFoundError(CorridorkitError, FileNotFoundError):
    """A file that was asked for does not exist."""

    exit_code = 2


class UnknownIdError(InputError, KeyError):
    """An id (asset, place, crossing, country) that is not known; suggests close matches."""

    def __str__(self) -> str:  # KeyError would quote the message
        return self._render()


class OutputError(InputError):
    """An output path that cannot or may not be written.

    Raised before any work starts when an output option names a folder or file that
    holds something corridorkit did not write (it replaces only its own earlier
    outputs), a file where a folder is expected (or the reverse), a file name with
    the wrong suffix, or a place that cannot be written.
    """


class UnsafePathError(CorridorkitError, ValueError):
    """An output path would escape the output folder."""

    exit_code = 2


class NoRouteError(CorridorkitError):
    """No route exists between two places; the message names what cuts them off."""

    exit_code = 2


class DependencyError(CorridorkitError, ImportError):
    """An optional dependency is missing; the message names what to install."""


def _s(path: str | PathLike[str] | None) -> str | None:
    return None if path is None else str(path)
