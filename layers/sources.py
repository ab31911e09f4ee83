"""Asset source files: the curated data written as YAML, and the builder that turns it into GeoJSON.

A source file (``layers/data/sources/<name>.yaml``, format in ``docs/sources.md``) holds a
``sources:`` table of source records by id, a default ``layer``, and a list of ``assets`` whose
fields are the schema's (:class:`corridorkit.layers.schema.Asset`) plus ``geometry``: a point
``[lon, lat]``, a line ``[[lon, lat], ...]``, or a line ``{path: [...]}`` drawn through place ids
and ``[lon, lat]`` vertices. :func:`to_feature_collection` expands a parsed file into the RFC 7946
FeatureCollection the rest of corridorkit reads (each feature carrying its full source records);
:func:`build` writes the shipped GeoJSON from the shipped source files, byte for byte the same
for the same sources.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from corridorkit.errors import InputError, Problem
from corridorkit.geo.io import read_yaml, write_json, write_output_file, write_text
from corridorkit.settings import settings

#: Suffixes read as asset source files.
SOURCE_SUFFIXES = (".yaml", ".yml")
#: Decimal places kept in coordinates (about 1 m).
COORD_DIGITS = 5


def sources_dir() -> Path:
    """Return the folder of the shipped asset source files."""
    return Path(settings.data_dir) / "sources"


def source_files(folder: str | Path | None = None) -> list[Path]:
    """Return the asset source files in a folder (default: the shipped ones), sorted by name."""
    d = Path(folder) if folder is not None else sources_dir()
    return sorted(p for p in d.iterdir() if p.suffix in SOURCE_SUFFIXES and not p.name.startswith("_"))


def read_source(path: str | Path) -> dict:
    """Return a source file parsed, with a clear :class:`InputError` for unreadable YAML.

    Parameters
    ----------
    path
        The YAML file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("file not found", file=p)
    if p.is_dir():
        raise InputError("expected a file, got a folder", file=p)
    try:
        obj = read_yaml(p)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise InputError(f"not valid YAML{where}: {getattr(exc, 'problem', None) or exc}", file=p) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"expected UTF-8 text, got undecodable bytes at {exc.start}", file=p) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=p) from None
    if not isinstance(obj, dict) or not isinstance(obj.get("assets"), list):
        raise InputError(
            "expected a mapping with an 'assets' list (see docs/sources.md)", file=p, field="assets"
        )
    return obj


def points_of(obj: Mapping) -> dict[str, tuple[float, float]]:
    """Return the point assets' positions by id in a parsed source file (``geometry: [lon, lat]``)."""
    out: dict[str, tuple[float, float]] = {}
    for a in obj.get("assets") or []:
        if isinstance(a, dict) and isinstance(a.get("id"), str) and _is_pair(a.get("geometry")):
            out[a["id"]] = (float(a["geometry"][0]), float(a["geometry"][1]))
    return out


def to_feature_collection(
    obj: Mapping, file: str, places: Mapping[str, tuple[float, float]] | None = None
) -> tuple[dict, list[Problem]]:
    """Expand a parsed source file into a GeoJSON FeatureCollection.

    Parameters
    ----------
    obj
        The parsed file (:func:`read_source`).
    file
        Its name, for problem messages.
    places
        Positions of point assets defined elsewhere (other source files, the shipped layers),
        for lines drawn through place ids; the file's own points are added.

    Returns
    -------
    tuple
        The FeatureCollection and every problem found (features with a problem are left out).
    """
    problems: list[Problem] = []
    table = obj.get("sources") or {}
    if not isinstance(table, dict):
        problems.append(Problem("expected a mapping of source records by id", file, None, "sources"))
        table = {}
    known = {**(places or {}), **points_of(obj)}
    default_layer = obj.get("layer")
    features = []
    for i, raw in enumerate(obj["assets"]):
        if not isinstance(raw, dict):
            problems.append(Problem("expected a mapping of fields", file, f"#{i}", None))
            continue
        fid = str(raw.get("id") or f"#{i}")
        props = {k: _plain(v) for k, v in raw.items() if k != "geometry"}
        if "layer" not in props and default_layer:
            props["layer"] = default_layer
        if isinstance(props.get("name"), str):
            names = props.get("names") if isinstance(props.get("names"), dict) else {}
            if "en" not in names:
                props["names"] = {**names, "en": props["name"]}
        refs = props.get("sources")
        if isinstance(refs, list):
            expanded = []
            for j, s in enumerate(refs):
                if isinstance(s, str):
                    if s not in table:
                        problems.append(Problem(f"unknown source id {s!r}", file, fid, f"sources[{j}]"))
                        continue
                    rec = {"id": s, **{k: _plain(v) for k, v in table[s].items() if k != "id"}}
                    expanded.append(rec)
                else:
                    expanded.append(s)
            props["sources"] = expanded
        geom, msg = _geometry(raw.get("geometry"), known)
        if msg:
            problems.append(Problem(msg, file, fid, "geometry"))
            continue
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": features}, problems


def _is_pair(v: Any) -> bool:
    return (
        isinstance(v, list | tuple)
        and len(v) == 2
        and all(isinstance(c, int | float) and not isinstance(c, bool) for c in v)
    )


def _r(x: float) -> float:
    return round(float(x), COORD_DIGITS)


def _geometry(g: Any, places: Mapping[str, tuple[float, float]]) -> tuple[dict | None, str | None]:
    if _is_pair(g):
        return {"type": "Point", "coordinates": [_r(g[0]), _r(g[1])]}, None
    if isinstance(g, dict) and set(g) == {"path"} and isinstance(g["path"], list):
        coords = []
        for j, item in enumerate(g["path"]):
            if isinstance(item, str):
                if item not in places:
                    return None, f"path[{j}]: unknown place id {item!r} (a point asset in any source file)"
                coords.append(places[item])
            elif _is_pair(item):
                coords.append((item[0], item[1]))
            else:
                return None, f"path[{j}]: expected a place id or [lon, lat], got {item!r}"
        return _line(coords)
    if isinstance(g, list) and g and all(_is_pair(c) for c in g):
        return _line(g)
    return None, (
        "expected [lon, lat] (a point), [[lon, lat], ...] (a line) or {path: [place id | [lon, lat], ...]}, "
        f"got {str(g)[:60]!r}"
    )


def _line(coords: Sequence) -> tuple[dict | None, str | None]:
    out: list[list[float]] = []
    for x, y in coords:
        c = [_r(x), _r(y)]
        if not out or out[-1] != c:
            out.append(c)
    if len(out) < 2:
        return None, "a line needs at least two distinct positions"
    return {"type": "LineString", "coordinates": out}, None


def _plain(v: Any) -> Any:
    """YAML dates (an unquoted 2026-11-30) become ISO strings, as the schema expects."""
    if isinstance(v, _dt.date | _dt.datetime):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def geojson_text(fc: Mapping) -> str:
    """Return the shipped GeoJSON text of a FeatureCollection (indent 1, UTF-8 characters kept)."""
    return json.dumps(fc, ensure_ascii=False, indent=1)


@dataclass
class BuildResult:
    """What :func:`build` did: files written or found different, and the problems."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    different: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def build(
    folder: str | Path | None = None,
    out: str | Path | None = None,
    *,
    check: bool = False,
    manifest: bool = True,
) -> BuildResult:
    """Build the curated GeoJSON layers from the asset source files.

    Parameters
    ----------
    folder
        The source files (default: the shipped ``layers/data/sources``).
    out
        Where the GeoJSON goes (default: the shipped ``layers/data/curated``). Only the files
        named after a source file are written; nothing else in the folder is touched, and in a
        folder of your own a file is replaced only if ``layers build`` wrote it (see
        :func:`corridorkit.geo.io.write_output_file`).
    check
        Write nothing; report which built files differ from those in ``out``.
    manifest
        Refresh the curated entries of ``layers/data/manifest.json`` (only when building the
        shipped data into the shipped folder).

    Raises
    ------
    InputError
        Listing every problem in every source file, before anything is written.
    """
    src = Path(folder) if folder is not None else sources_dir()
    dst = Path(out) if out is not None else Path(settings.data_dir) / "curated"
    files = source_files(src)
    if not files:
        raise InputError("no .yaml source files", file=src)
    parsed = {p: read_source(p) for p in files}
    places: dict[str, tuple[float, float]] = {}
    for obj in parsed.values():
        places.update(points_of(obj))
    result = BuildResult()
    texts: dict[Path, str] = {}
    seen: dict[str, Path] = {}
    for p, obj in parsed.items():
        fc, probs = to_feature_collection(obj, str(p), places)
        result.problems += probs
        for f in fc["features"]:
            fid = f["properties"].get("id")
            if fid in seen:
                result.problems.append(Problem(f"duplicate id (also in {seen[fid].name})", str(p), fid, "id"))
            seen.setdefault(fid, p)
        texts[dst / f"{p.stem}.geojson"] = geojson_text(fc)
    if result.problems:
        raise InputError(problems=result.problems)
    for target, text in texts.items():
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == text:
            result.unchanged.append(target)
        elif check:
            result.different.append(target)
        elif out is None:  # the package's own data folder
            write_text(target, text)
            result.written.append(target)
        else:  # a user's folder: replace only what `layers build` wrote there before
            write_output_file(target, text, command="layers build", option="--out", suffixes=(".geojson",))
            result.written.append(target)
    shipped = folder is None and out is None
    if manifest and shipped and not check:
        update_manifest(dst)
    return result


def update_manifest(curated: Path | None = None) -> Path:
    """Record the curated layers in ``manifest.json`` (sha256, size, sources, licence); return its path."""
    data = Path(settings.data_dir)
    curated = curated or data / "curated"
    path = data / "manifest.json"
    man = json.loads(path.read_text(encoding="utf-8"))
    files = {k: v for k, v in man["files"].items() if not k.startswith("curated/")}
    for p in sorted(curated.glob("*.geojson")):
        fc = json.loads(p.read_text(encoding="utf-8"))
        feats = fc["features"]
        urls = sorted({s["url"] for f in feats for s in f["properties"].get("sources", [])})
        acc: dict[str, int] = {}
        for f in feats:
            a = f["properties"].get("geometry_accuracy")
            acc[a] = acc.get(a, 0) + 1
        files[f"curated/{p.name}"] = {
            "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
            "bytes": p.stat().st_size,
            "source": {
                "title": "Curated for corridorkit from the public sources each feature cites",
                "features": len(feats),
                "distinct_source_urls": len(urls),
                "geometry_accuracy": dict(sorted(acc.items())),
            },
            "licence": "CC BY 4.0 (corridorkit curated data); town coordinates from GeoNames "
            "(CC BY 4.0); figures are facts from the cited sources",
            "url": "https://www.geonames.org/",
            "transformation": f"built by `corridorkit layers build` from sources/{p.stem}.yaml "
            "(docs/sources.md); geometry digitised through the waypoints each feature records",
        }
    man["files"] = dict(sorted(files.items()))
    write_json(path, man, indent=1)
    return path


# --- writing source files ------------------------------------------------------------------------


class _Flow(list):
    """A list written in YAML flow style (``[a, b]``)."""


class _Dumper(yaml.SafeDumper):
    pass


def _flow_repr(dumper: yaml.SafeDumper, data: _Flow):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(data), flow_style=True)


_Dumper.add_representer(_Flow, _flow_repr)


def _styled(v: Any, key: str | None = None) -> Any:
    if isinstance(v, dict):
        return {k: _styled(x, k) for k, x in v.items()}
    if isinstance(v, list):
        if all(not isinstance(x, dict | list) for x in v):
            return _Flow(v)
        if key == "geometry" or all(_is_pair(x) for x in v):
            return _Flow([_Flow(x) for x in v])
        return [_styled(x) for x in v]
    return v


def dump_source(obj: Mapping, header: str = "") -> str:
    """Return a source file's YAML text: block style, scalar lists and coordinates in flow style.

    Parameters
    ----------
    obj
        ``{"layer"?, "sources", "assets"}``.
    header
        Comment lines written first (without ``#``).
    """
    body = yaml.dump(
        _styled(dict(obj)), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, indent=2
    )
    lines = [f"# {h}".rstrip() for h in header.splitlines()] if header else []
    return "\n".join(lines + [body]) if lines else body


# --- templates for new layers ----------------------------------------------------------------------

_TEMPLATE_HEAD = """\
# A corridorkit layer: your assets in the format of the shipped data (docs/sources.md).
# Check it:   corridorkit layers check {name}
# Use it:     corridorkit route A B -f {name}   (any command that takes --file / -f)
# Every figure names a source from the table below; a figure no source states is an assumption:
# give it `assumption: true` and a `note` saying why. Dates are quoted ISO strings.
layer: my_layer                     # a group name shown in maps and `layers list --layer`
sources:
  my_source:                        # an id you choose; figures refer to it
    title: Title of the page or document
    url: https://example.org/where-you-read-it
    accessed: '{today}'             # the date you read it
    publisher: Who published it
assets:
"""

_LINE_BODY = """\
  - id: my_{kind}                   # lowercase a-z, 0-9, _; unique across all layers
    name: My {label}
    names: {{ru: ..., tr: ...}}       # optional: local scripts (en is added from name)
    kind: {kind}
    mode: {mode}
    commodities: [{commodities}]
{gauge}    countries: [AZE, GEO]             # ISO3 codes crossed, in order (Natural Earth ADM0_A3)
    status: operational             # operational | under_construction | proposed | suspended | closed
    status_date: '{today}'
    timeline:                       # dated status changes; expected: true for announced future dates
      - {{date: '2010', status: operational, sources: [my_source]}}
    length: {{value: 120, min: 115, max: 125, unit: km, sources: [my_source]}}   # official route length
    capacity:
      - {{value: 5, unit: {unit}, commodity: {commodity}, basis: design, sources: [my_source]}}
    nodes: [baku, tbilisi]          # the stops, in order: point ids from the shipped data or this file
    geometry_accuracy: schematic    # surveyed | digitised | schematic
    geometry_note: straight legs between the stations
    sources: [my_source]
    geometry:
      path: [baku, [47.5, 40.9], tbilisi]   # place ids and [lon, lat] vertices; or [[lon, lat], ...]
"""

_POINT_BODY = """\
  - id: my_{kind}                   # lowercase a-z, 0-9, _; unique across all layers
    name: My {label}
    kind: {kind}
    mode: {mode}
    commodities: [{commodities}]
    countries: [{countries}]
    status: operational             # operational | under_construction | proposed | suspended | closed
    status_date: '{today}'
    timeline:
      - {{date: '2010', status: operational, sources: [my_source]}}
{extra}    geometry_accuracy: digitised
    geometry_note: position from the source's map
    sources: [my_source]
    geometry: [44.9, 41.7]          # [lon, lat]
"""

_CROSSING = """\
    crossing:
      countries: [GEO, TUR]
      modes: [road]
      delay_h: {value: 6, min: 2, max: 24, unit: h, sources: [my_source]}   # typical wait, if published
"""

_PORT = """\
    capacity:
      - {value: 2, unit: Mt/y, commodity: general_cargo, basis: design, sources: [my_source]}
"""


def template(kind: str, name: str = "my_layer.yaml", today: str | None = None) -> str:
    """Return a commented source file with one asset of a kind, to fill in.

    Parameters
    ----------
    kind
        A schema kind (``rail_line``, ``road``, ``pipeline``, ``sea_link``, ``station``, ``port``,
        ``border_crossing`` ...).
    name
        The file name the comments refer to.
    today
        The date written as ``accessed`` and ``status_date`` (default: today).

    Raises
    ------
    InputError
        An unknown kind (the known ones are listed).
    """
    from corridorkit.layers.schema import LINE_KINDS, POINT_KINDS

    today = today or _dt.date.today().isoformat()
    head = _TEMPLATE_HEAD.format(name=name, today=today)
    if kind in LINE_KINDS:
        mode = {"rail_line": "rail", "road": "road", "pipeline": "pipeline", "sea_link": "sea"}[kind]
        commodity = "gas" if kind == "pipeline" else "general_cargo"
        unit = "bcm/y" if kind == "pipeline" else "Mt/y"
        gauge = (
            "    gauge_mm: [1520]                # rail only: [1520] or [1435]\n"
            if kind == "rail_line"
            else ""
        )
        body = _LINE_BODY.format(
            kind=kind,
            label=kind.replace("_", " "),
            mode=mode,
            commodities=commodity if kind == "pipeline" else "containers, general_cargo",
            gauge=gauge,
            today=today,
            unit=unit,
            commodity=commodity,
        )
    elif kind in POINT_KINDS:
        extra = _CROSSING if kind == "border_crossing" else _PORT if kind in ("port", "terminal") else ""
        mode = {"port": "sea", "terminal": "pipeline", "field": "pipeline", "chokepoint": "sea"}.get(
            kind, "rail"
        )
        body = _POINT_BODY.format(
            kind=kind,
            label=kind.replace("_", " "),
            mode="road" if kind == "border_crossing" else mode,
            commodities="general_cargo",
            countries="GEO, TUR" if kind == "border_crossing" else "GEO",
            today=today,
            extra=extra,
        )
    else:
        raise InputError(
            f"unknown kind {kind!r}; expected one of {', '.join(LINE_KINDS + POINT_KINDS)}", field="kind"
        )
    return head + body
