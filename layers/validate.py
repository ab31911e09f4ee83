"""Read curated GeoJSON files and validate every feature, reporting every problem at once.

Run ``python -m corridorkit.layers.validate FILE...`` to check files by hand;
``corridorkit layers check`` adds the geometry checks (length, countries).
"""

from __future__ import annotations

import json
import math
import numbers
import sys
from dataclasses import dataclass
from pathlib import Path

import shapely
from pydantic import ValidationError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from corridorkit.errors import InputError, Problem
from corridorkit.layers.schema import LINE_KINDS, POINT_KINDS, Asset
from corridorkit.limits import MAX_FILE_BYTES  # the limit lives in corridorkit.limits; tests patch it here

_LINE_TYPES = {"LineString", "MultiLineString"}
_POINT_TYPES = {"Point"}
_WGS84_NAMES = {
    "EPSG:4326",
    "urn:ogc:def:crs:OGC:1.3:CRS84",
    "urn:ogc:def:crs:EPSG::4326",
    "OGC:CRS84",
    "CRS84",
}


@dataclass
class Feature:
    """A validated curated feature: its properties and its geometry."""

    asset: Asset
    geometry: BaseGeometry
    file: str


def read_geojson(path: str | Path) -> dict:
    """Return the parsed GeoJSON object of a file, with clear errors for unreadable files.

    Parameters
    ----------
    path
        The file to read.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("file not found", file=p)
    if p.is_dir():
        raise InputError("expected a file, got a folder", file=p)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"file is {size / 1e6:.0f} MB; files over {MAX_FILE_BYTES / 1e6:.0f} MB are refused "
            "(split it or convert it to GeoPackage)",
            file=p,
        )
    try:
        # utf-8-sig: a byte order mark, which some Windows editors write, is not part of the JSON
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"expected UTF-8 text, got undecodable bytes at {exc.start}", file=p) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=p) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); is the file truncated?",
            file=p,
        ) from None
    except ValueError as exc:
        raise InputError(str(exc), file=p) from None
    except RecursionError:
        raise InputError(
            f"JSON nested deeper than the reader follows (about {sys.getrecursionlimit():,} levels); "
            "GeoJSON needs fewer than 10",
            file=p,
        ) from None


def _reject_constant(name: str) -> float:
    raise ValueError(f"expected finite numbers, got {name} (not valid in GeoJSON)")


def _pydantic_problems(exc: ValidationError, file: str, fid: str) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        if err["type"] == "extra_forbidden":
            msg = "unknown field (typo?)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        elif (
            "input" in err
            and err["type"] not in ("value_error",)
            and not isinstance(err["input"], dict | list)
        ):
            msg = f"{msg}, got {err['input']!r}"
        if err["type"] == "value_error" and not loc:
            for part in msg.split("; "):
                field, _, rest = part.partition(": ")
                if rest and " " not in field:
                    out.append(Problem(rest, file, fid, field))
                else:
                    out.append(Problem(part, file, fid, None))
            continue
        out.append(Problem(msg, file, fid, loc or None))
    return out


def check_crs(obj: dict, file: str) -> list[Problem]:
    """Return problems with a GeoJSON object's declared CRS (RFC 7946 means WGS84 lon/lat)."""
    crs = obj.get("crs")
    if not crs:
        return []
    name = (crs.get("properties") or {}).get("name", "") if isinstance(crs, dict) else ""
    if name in _WGS84_NAMES:
        return []
    return [
        Problem(
            f"declares CRS {name or crs!r}; curated layers must be WGS84 lon/lat (EPSG:4326). "
            "Reproject it first (e.g. with corridorkit.geo.crs.to_wgs84 or ogr2ogr -t_srs EPSG:4326)",
            file,
            None,
            "crs",
        )
    ]


def coordinate_problems(geom: BaseGeometry) -> str | None:
    """Return why coordinates look projected or swapped, or None if they look like lon/lat."""
    coords = shapely.get_coordinates(geom)
    if len(coords) == 0:
        return None
    if not math.isfinite(float(coords.sum())):
        return "coordinates contain NaN or infinity"
    xs, ys = coords[:, 0], coords[:, 1]
    if (abs(xs) > 180).any() or (abs(ys) > 90).any():
        return (
            f"coordinates out of lon/lat range (x {xs.min():.6g}..{xs.max():.6g}, "
            f"y {ys.min():.6g}..{ys.max():.6g}): projected metres? expected EPSG:4326 lon/lat"
        )
    return None


def validate_features(obj: dict, file: str) -> tuple[list[Feature], list[Problem]]:
    """Validate a parsed FeatureCollection; return its features and every problem found.

    Parameters
    ----------
    obj
        The parsed GeoJSON.
    file
        The file name used in problem messages.
    """
    problems: list[Problem] = []
    if not isinstance(obj, dict) or obj.get("type") != "FeatureCollection":
        got = obj.get("type") if isinstance(obj, dict) else type(obj).__name__
        return [], [Problem(f"expected a GeoJSON FeatureCollection, got {got!r}", file, None, "type")]
    problems += check_crs(obj, file)
    raw = obj.get("features")
    if not isinstance(raw, list):
        return [], problems + [Problem("expected a list of features", file, None, "features")]
    features: list[Feature] = []
    seen: dict[str, int] = {}
    for i, f in enumerate(raw):
        props = f.get("properties") if isinstance(f, dict) else None
        fid = str((props or {}).get("id") or (f.get("id") if isinstance(f, dict) else None) or f"#{i}")
        if not isinstance(f, dict) or f.get("type") != "Feature":
            problems.append(Problem("expected a GeoJSON Feature", file, fid, "type"))
            continue
        if not isinstance(props, dict):
            problems.append(Problem("expected an object of properties", file, fid, "properties"))
            continue
        if fid in seen:
            problems.append(Problem(f"duplicate id (also feature #{seen[fid]})", file, fid, "id"))
        seen.setdefault(fid, i)
        asset = None
        try:
            asset = Asset.model_validate(props)
        except ValidationError as exc:
            problems += _pydantic_problems(exc, file, fid)
        geom, gprob = _geometry(f.get("geometry"))
        if gprob:
            problems.append(Problem(gprob, file, fid, "geometry"))
        if asset is not None and geom is not None:
            problems += _geometry_vs_kind(asset, geom, file)
            if asset.is_line is False and asset.nodes:
                problems.append(Problem("only lines list nodes", file, fid, "nodes"))
            features.append(Feature(asset, geom, file))
    return features, problems


def _coordinate_type_problem(g: dict) -> str | None:
    """Return why a GeoJSON geometry's coordinates are not all JSON numbers, or None."""
    stack = [g.get("coordinates")] if "coordinates" in g else [
        x.get("coordinates") for x in g.get("geometries") or [] if isinstance(x, dict)
    ]
    while stack:
        v = stack.pop()
        if isinstance(v, list | tuple):
            stack.extend(v)
        elif isinstance(v, bool) or not isinstance(v, numbers.Real):
            return f"coordinates: expected numbers, got {v!r} ({type(v).__name__})"
    return None


def _geometry(g: object) -> tuple[BaseGeometry | None, str | None]:
    if g is None:
        return None, "missing geometry (null)"
    if not isinstance(g, dict):
        return None, f"expected a GeoJSON geometry object, got {type(g).__name__}"
    bad_type = _coordinate_type_problem(g)
    if bad_type:
        return None, bad_type
    try:
        geom = shape(g)
    except Exception as exc:  # shapely raises several types for malformed input
        return None, f"malformed geometry ({' '.join(str(exc).split())})"
    if geom.is_empty:
        return None, "empty geometry"
    bad = coordinate_problems(geom)
    if bad:
        return None, bad
    if not geom.is_valid:
        return None, f"invalid geometry ({shapely.is_valid_reason(geom)})"
    return geom, None


def _geometry_vs_kind(asset: Asset, geom: BaseGeometry, file: str) -> list[Problem]:
    if asset.kind in LINE_KINDS and geom.geom_type not in _LINE_TYPES:
        return [
            Problem(f"a {asset.kind} needs a LineString, got {geom.geom_type}", file, asset.id, "geometry")
        ]
    if asset.kind in POINT_KINDS and geom.geom_type not in _POINT_TYPES:
        return [Problem(f"a {asset.kind} needs a Point, got {geom.geom_type}", file, asset.id, "geometry")]
    return []


def load_file(path: str | Path, *, strict: bool = True) -> tuple[list[Feature], list[Problem]]:
    """Read and validate one curated GeoJSON file.

    Parameters
    ----------
    path
        The file.
    strict
        Raise :class:`~corridorkit.errors.InputError` listing every problem
        instead of returning them.
    """
    obj = read_geojson(path)
    features, problems = validate_features(obj, str(path))
    if problems and strict:
        raise InputError(problems=problems)
    return features, problems


def main(argv: list[str] | None = None) -> int:
    """Validate files given on the command line; print every problem; return an exit code."""
    files = argv if argv is not None else sys.argv[1:]
    n_bad = 0
    for f in files:
        try:
            feats, probs = load_file(f, strict=False)
        except InputError as exc:
            print(exc)
            n_bad += 1
            continue
        for p in probs:
            print(p)
        n_bad += bool(probs)
        print(f"{f}: {len(feats)} valid features, {len(probs)} problems")
    return 1 if n_bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
