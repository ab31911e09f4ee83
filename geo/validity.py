"""Geometry validity: report invalid or empty geometries by feature id; repair only on request."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

from corridorkit.errors import GeometryError, Problem


def geometry_problems(geoms, ids: Sequence[str], *, file: str | None = None) -> list[Problem]:
    """Return a problem for each missing, empty or invalid geometry, naming its feature id.

    Parameters
    ----------
    geoms
        Shapely geometries (array-like; None for missing).
    ids
        The feature id of each geometry.
    file
        The file they came from.
    """
    arr = np.asarray(geoms, dtype=object)
    problems = []
    missing = shapely.is_missing(arr)
    empty = ~missing & shapely.is_empty(np.where(missing, None, arr))
    valid = shapely.is_valid(arr)
    for i, fid in enumerate(ids):
        if missing[i]:
            problems.append(Problem("missing geometry", file, str(fid), "geometry"))
        elif empty[i]:
            problems.append(Problem("empty geometry", file, str(fid), "geometry"))
        elif not valid[i]:
            reason = shapely.is_valid_reason(arr[i])
            problems.append(
                Problem(
                    f"invalid geometry ({reason}); pass repair=True to fix it with shapely.make_valid",
                    file,
                    str(fid),
                    "geometry",
                )
            )
    return problems


def ensure_valid(geoms, ids: Sequence[str], *, file: str | None = None, repair: bool = False) -> np.ndarray:
    """Return the geometries, repaired with ``make_valid`` if asked; raise on invalid ones otherwise.

    Parameters
    ----------
    geoms
        Shapely geometries.
    ids
        Feature ids, for messages.
    file
        Source file, for messages.
    repair
        Repair invalid geometries instead of raising.

    Raises
    ------
    GeometryError
        Listing every missing, empty or invalid geometry (when not repairing).
    """
    arr = np.asarray(geoms, dtype=object)
    if repair:
        bad = ~shapely.is_valid(arr) & ~shapely.is_missing(arr)
        arr = arr.copy()
        arr[bad] = shapely.make_valid(arr[bad])
    problems = geometry_problems(arr, ids, file=file)
    if problems:
        raise GeometryError(problems=problems)
    return arr
