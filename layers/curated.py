"""Load the curated infrastructure layers (shipped and user files) as GeoDataFrames.

The shipped layers live in ``layers/data/curated/*.geojson``; a user's files in
the same schema (GeoJSON, GeoPackage or GeoParquet) go through the same
validation and can extend or override them (same id: the user's feature wins).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from corridorkit.errors import InputError, Problem, UnknownIdError, did_you_mean
from corridorkit.layers.schema import (
    LINE_KINDS,
    Asset,
    parse_partial_date,
    status_on,
)
from corridorkit.layers.validate import Feature, load_file, validate_features
from corridorkit.log import get_logger
from corridorkit.settings import settings

log = get_logger("layers")

#: Fields stored as nested JSON; GeoPackage/GeoParquet exports keep them as JSON text.
NESTED_FIELDS = (
    "names",
    "commodities",
    "countries",
    "timeline",
    "capacity",
    "length",
    "transit_h",
    "gauge_mm",
    "nodes",
    "crossing",
    "tags",
    "sources",
    "waypoints",
    "osm_way_ids",
)

#: Columns that to_frame() derives; exports carry them, and reading an export back drops them.
DERIVED_COLUMNS = (
    "status_reported",
    "opened",
    "construction_start",
    "expected_completion",
    "suspended",
    "closed",
    "length_km",
    "length_min_km",
    "length_max_km",
    "n_sources",
    "file",
    "geodesic_km",
)

#: How far (km) a node listed by a line may lie from it.
NODE_TOLERANCE_KM = 3.0


def curated_dir() -> Path:
    """Return the folder of the shipped curated layers."""
    return Path(settings.data_dir) / "curated"


def shipped_files() -> list[Path]:
    """Return the shipped curated GeoJSON files, sorted.

    Raises
    ------
    InputError
        The data folder (``settings.data_dir``, ``CORRIDORKIT_DATA_DIR``) holds no curated layers.
    """
    found = sorted(curated_dir().glob("*.geojson"))
    if not found:
        raise InputError(
            f"no curated layers (*.geojson) in {curated_dir()}; settings.data_dir (CORRIDORKIT_DATA_DIR) "
            "must be a folder of corridorkit's data",
            field="data_dir",
        )
    return found


@functools.lru_cache(maxsize=64)
def _load_shipped(path: str, mtime: float) -> tuple[Feature, ...]:
    features, _ = load_file(path, strict=True)
    return tuple(features)


@functools.lru_cache(maxsize=4)
def _shipped_by_id(
    stamps: tuple[tuple[str, float], ...],
) -> tuple[dict[str, Feature], tuple[Problem, ...], tuple[Problem, ...]]:
    """Return the shipped features by id, their duplicate-id problems and node problems (per file state)."""
    by_id: dict[str, Feature] = {}
    problems: list[Problem] = []
    for path, mtime in stamps:
        for f in _load_shipped(path, mtime):
            if f.asset.id in by_id:
                problems.append(
                    Problem(f"duplicate id (also in {by_id[f.asset.id].file})", path, f.asset.id, "id")
                )
            by_id[f.asset.id] = f
    return by_id, tuple(problems), tuple(node_problems(by_id))


def read_user_file(path: str | Path) -> tuple[list[Feature], list[Problem]]:
    """Read a user's layer (YAML source file, GeoJSON, GeoPackage, GeoParquet) through the same validation.

    Parameters
    ----------
    path
        The file: a YAML source file (``docs/sources.md``; lines may be drawn through shipped
        place ids), GeoJSON, GeoPackage or GeoParquet. Nested fields (``sources``, ``capacity`` ...)
        are JSON text in
        GeoPackage/GeoParquet files. A table of :func:`corridorkit.layers.export.export` (typed
        columns) is read from its ``record`` column, the asset's full schema record.
    """
    from corridorkit.layers.validate import read_geojson

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".yaml", ".yml"):
        from corridorkit.layers.sources import read_source, to_feature_collection

        places = {
            f.asset.id: (f.geometry.x, f.geometry.y)
            for sp in shipped_files()
            for f in _load_shipped(str(sp), sp.stat().st_mtime)
            if f.geometry.geom_type == "Point"
        }
        fc, problems = to_feature_collection(read_source(p), str(p), places)
        features, more = validate_features(fc, str(p))
        return features, problems + more
    if suffix in (".geojson", ".json"):
        obj = read_geojson(p)
        for f in obj.get("features") or [] if isinstance(obj, dict) else []:
            if isinstance(f, dict) and isinstance(f.get("properties"), dict):
                rec = f["properties"].get("record")
                f["properties"] = _undo_derived(rec if isinstance(rec, dict) else f["properties"])
        return validate_features(obj, str(p))
    if suffix not in (".gpkg", ".parquet", ".geoparquet"):
        raise InputError(f"unsupported format {suffix!r}; expected .yaml, .geojson, .gpkg, .parquet", file=p)
    if not p.exists():
        raise InputError("file not found", file=p)
    from corridorkit import limits
    from corridorkit.geo.crs import to_wgs84

    if p.stat().st_size > limits.MAX_FILE_BYTES:
        raise InputError(
            f"file is {p.stat().st_size / 1e6:.0f} MB; files over {limits.MAX_FILE_BYTES / 1e6:.0f} MB "
            "are refused",
            file=p,
        )

    try:
        gdf = gpd.read_parquet(p) if suffix != ".gpkg" else _read_gpkg(p)
    except Exception as exc:  # pyogrio/pyarrow raise many types for broken files
        raise InputError(f"cannot read the file ({type(exc).__name__}: {exc})", file=p) from None
    gdf = to_wgs84(gdf, file=str(p))
    feats = []
    problems: list[Problem] = []
    for i, row in gdf.reset_index(drop=True).iterrows():
        props = {}
        if isinstance(row.get("record"), str):  # an export's typed table: its record column is the asset
            try:
                rec = json.loads(row["record"])
            except json.JSONDecodeError as exc:
                problems.append(
                    Problem(f"expected JSON text ({exc.msg})", str(p), str(row.get("id", f"#{i}")), "record")
                )
                continue
            geom = None if row.geometry is None else row.geometry.__geo_interface__
            feats.append({"type": "Feature", "properties": _undo_derived(rec), "geometry": geom})
            continue
        for k, v in row.items():
            if k == "geometry" or _is_missing(v):
                continue
            if k in NESTED_FIELDS and isinstance(v, str):
                try:
                    v = json.loads(v)
                except json.JSONDecodeError as exc:
                    problems.append(
                        Problem(
                            f"expected JSON text, got {v[:40]!r} ({exc.msg})",
                            str(p),
                            str(row.get("id", f"#{i}")),
                            k,
                        )
                    )
                    continue
            props[k] = v.item() if hasattr(v, "item") else v
        geom = None if row.geometry is None else row.geometry.__geo_interface__
        feats.append({"type": "Feature", "properties": _undo_derived(props), "geometry": geom})
    features, more = validate_features({"type": "FeatureCollection", "features": feats}, str(p))
    return features, problems + more


def _read_gpkg(p: Path) -> gpd.GeoDataFrame:
    """Read a GeoPackage's feature tables: its only one, or every one with an ``id`` column.

    An export's asset tables have one; its basemap tables do not.
    """
    import pyogrio

    names = [str(n) for n, g in pyogrio.list_layers(p) if g is not None]
    if len(names) <= 1:
        return gpd.read_file(p, layer=names[0] if names else None)
    parts = [gpd.read_file(p, layer=n) for n in names]
    parts = [g for g in parts if "id" in g.columns]
    if not parts:
        raise InputError(f"no table with an 'id' column among {', '.join(names)}", file=p)
    return gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), geometry="geometry", crs=parts[0].crs)


def _undo_derived(props: dict) -> dict:
    """Turn an exported row back into schema fields: reported status, no derived columns."""
    if "status_reported" in props:
        props = dict(props)
        props["status"] = props.pop("status_reported")
    return {k: v for k, v in props.items() if k not in DERIVED_COLUMNS and v is not None}


def _is_missing(v) -> bool:
    try:
        return v is None or (not isinstance(v, list | dict | str) and pd.isna(v))
    except (TypeError, ValueError):
        return False


def load_features(
    files: Sequence[str | Path] | None = None,
    *,
    shipped: bool = True,
    strict: bool = True,
    override: bool = False,
) -> tuple[dict[str, Feature], list[Problem]]:
    """Return every feature by id (shipped, then user files) and the problems.

    Parameters
    ----------
    files
        User files to add (GeoJSON, GeoPackage, GeoParquet); at most ``limits.MAX_USER_FILES``.
    shipped
        Include the shipped layers.
    strict
        Raise :class:`InputError` listing every problem instead of returning them.
    override
        Let a user feature replace the shipped feature with the same id (logged as a warning).
        Without it, a user feature reusing a shipped id is a problem: a silent replacement of a
        shipped asset is more often a mistake than an intention.
    """
    from corridorkit import limits

    if len(files or []) > limits.MAX_USER_FILES:
        raise InputError(
            f"expected at most {limits.MAX_USER_FILES} user layer files, got {len(files or [])}",
            field="files",
        )
    by_id: dict[str, Feature] = {}
    problems: list[Problem] = []
    if shipped:
        found, duplicates, nodes = _shipped_by_id(tuple((str(p), p.stat().st_mtime) for p in shipped_files()))
        by_id.update(found)
        problems += duplicates
        if not files:  # the shipped layers alone: their node problems were found with them
            problems += nodes
            if problems and strict:
                raise InputError(problems=problems)
            return by_id, problems
    shipped_ids = set(by_id)
    for path in files or []:
        feats, probs = read_user_file(path)
        problems += probs + swap_problems(feats)
        for f in feats:
            if f.asset.id in shipped_ids and not override:
                problems.append(
                    Problem(
                        f"id is a shipped asset (in {Path(by_id[f.asset.id].file).name}); pass --override "
                        "(override=True) to replace it, or give the feature a new id",
                        str(path),
                        f.asset.id,
                        "id",
                    )
                )
                continue
            if f.asset.id in by_id:
                log.warning(
                    "%s: feature %r overrides the one from %s", path, f.asset.id, by_id[f.asset.id].file
                )
            by_id[f.asset.id] = f
    problems += node_problems(by_id)
    if problems and strict:
        raise InputError(problems=problems)
    return by_id, problems


def swap_problems(features: Iterable[Feature]) -> list[Problem]:
    """Return problems for features whose lon/lat look swapped, judged against their countries.

    A feature whose vertices mostly fall outside every country it lists, but inside them
    once x and y are exchanged, was written [lat, lon]. Only features listing countries of
    the shipped borders are judged.
    """
    import shapely

    from corridorkit.layers.base import borders

    feats = [f for f in features if f.asset.countries]
    if not feats:
        return []
    bd = pd.concat([borders("core"), borders("context")], ignore_index=True)
    problems = []
    for f in feats:
        sel = bd[bd.adm0_a3.isin(f.asset.countries) | bd.iso_a3.isin(f.asset.countries)]
        if sel.empty:
            continue
        area = shapely.union_all(sel.geometry.values)
        xy = shapely.get_coordinates(f.geometry)
        if len(xy) == 0 or (abs(xy[:, 0]) > 90).any():
            continue
        xy = xy[:: max(1, len(xy) // 200)]
        inside = shapely.contains_xy(area, xy[:, 0], xy[:, 1]).mean()
        swapped = shapely.contains_xy(area, xy[:, 1], xy[:, 0]).mean()
        if inside < 0.5 and swapped > 0.9:
            problems.append(
                Problem(
                    "coordinates look swapped: as given they fall outside "
                    f"{'-'.join(f.asset.countries)}, with x and y exchanged inside; "
                    "write [lon, lat] (RFC 7946 order), e.g. "
                    f"[{xy[0, 1]:g}, {xy[0, 0]:g}]",
                    f.file,
                    f.asset.id,
                    "geometry",
                )
            )
    return problems


def node_problems(by_id: dict[str, Feature]) -> list[Problem]:
    """Return problems with lines' ``nodes``: unknown ids, non-point nodes, nodes off the line."""
    from corridorkit.geo.geodesic import distance_km

    problems = []
    for f in by_id.values():
        a = f.asset
        if a.kind not in LINE_KINDS:
            continue
        if len(a.nodes) < 2:
            problems.append(Problem("a line needs at least its two end nodes", f.file, a.id, "nodes"))
            continue
        for i, nid in enumerate(a.nodes):
            node = by_id.get(nid)
            if node is None:
                problems.append(
                    Problem(f"unknown node id {nid!r}{did_you_mean(nid, by_id)}", f.file, a.id, f"nodes[{i}]")
                )
                continue
            if node.asset.kind in LINE_KINDS:
                problems.append(
                    Problem(f"node {nid!r} is a line, expected a point", f.file, a.id, f"nodes[{i}]")
                )
                continue
            near = f.geometry.interpolate(f.geometry.project(node.geometry))
            d = distance_km(near.x, near.y, node.geometry.x, node.geometry.y)
            if d > NODE_TOLERANCE_KM:
                problems.append(
                    Problem(
                        f"node {nid!r} lies {d:.1f} km from the line (at most {NODE_TOLERANCE_KM:g} km)",
                        f.file,
                        a.id,
                        f"nodes[{i}]",
                    )
                )
        for end, nid, (x, y) in (
            ("first", a.nodes[0], _end(f.geometry, 0)),
            ("last", a.nodes[-1], _end(f.geometry, -1)),
        ):
            node = by_id.get(nid)
            if node is None or node.asset.kind in LINE_KINDS:
                continue
            d = distance_km(x, y, node.geometry.x, node.geometry.y)
            if d > NODE_TOLERANCE_KM:
                problems.append(
                    Problem(
                        f"the line's {end} vertex lies {d:.1f} km from its {end} "
                        f"node {nid!r} (at most {NODE_TOLERANCE_KM:g} km)",
                        f.file,
                        a.id,
                        "geometry",
                    )
                )
    return problems


def _end(geom, i: int) -> tuple[float, float]:
    line = geom.geoms[0 if i == 0 else -1] if geom.geom_type == "MultiLineString" else geom
    c = line.coords[i]
    return c[0], c[1]


def derived_dates(asset: Asset) -> dict[str, str | None]:
    """Return opened, construction_start, expected_completion, suspended, closed from the timeline."""
    out: dict[str, str | None] = dict.fromkeys(
        ("opened", "construction_start", "expected_completion", "suspended", "closed")
    )
    for e in asset.timeline:
        if e.status == "operational" and e.expected:
            out["expected_completion"] = out["expected_completion"] or e.date
        elif e.status == "operational":
            out["opened"] = out["opened"] or e.date
        elif e.status == "under_construction":
            out["construction_start"] = out["construction_start"] or e.date
        elif e.status == "suspended":
            out["suspended"] = e.date
        elif e.status == "closed":
            out["closed"] = e.date
    return out


def as_of_date(as_of: str | int | date | None) -> date | None:
    """Return the day an ``as_of`` stands for (a year is its last day, a month its last day), or None.

    Raises
    ------
    InputError
        Not a date, a year or a YYYY-MM month.
    """
    if as_of is None:
        return None
    try:
        return parse_partial_date(as_of, end=True)
    except (ValueError, TypeError):
        raise InputError(
            f"expected a year, YYYY-MM, YYYY-MM-DD or a date, got {as_of!r}", field="as_of"
        ) from None


def describe_as_of(as_of: str | int | date | None) -> str:
    """Return the date used, said for a reader: ``"2026-12-31 (--as-of 2026: the year's last day)"``."""
    day = as_of_date(as_of)
    if day is None:
        return "the reported statuses (no --as-of: each asset as of its status_date)"
    text = str(as_of)
    if len(text) == 4:
        return f"{day.isoformat()} (--as-of {text}: the year's last day)"
    if len(text) == 7:
        return f"{day.isoformat()} (--as-of {text}: the month's last day)"
    return day.isoformat()


def status_as_of(asset: Asset, as_of: str | int | date | None) -> str:
    """Return an asset's status on a date (its reported status when ``as_of`` is None).

    Before its first dated event an asset counts as ``proposed`` (it carries no traffic).
    """
    day = as_of_date(as_of)
    if day is None:
        return asset.status
    return status_on(asset.timeline, day) or "proposed"


def to_frame(features: Iterable[Feature], *, as_of: str | int | date | None = None) -> gpd.GeoDataFrame:
    """Return features as a GeoDataFrame (one row each; nested fields as Python objects).

    Parameters
    ----------
    features
        Validated features.
    as_of
        Date (or year) for the ``status`` column; None keeps each asset's reported status.
    """
    from corridorkit.geo.geodesic import length_km

    rows = []
    geoms = []
    for f in features:
        a = f.asset
        row = a.model_dump(mode="json", exclude_none=False)
        row["status_reported"] = a.status
        row["status"] = status_as_of(a, as_of)
        row.update(derived_dates(a))
        row["length_km"] = a.length.value if a.length else None
        row["length_min_km"] = a.length.min if a.length and a.length.min is not None else None
        row["length_max_km"] = a.length.max if a.length and a.length.max is not None else None
        row["n_sources"] = len(a.sources)
        row["file"] = Path(f.file).name
        rows.append(row)
        geoms.append(f.geometry)
    gdf = gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")
    if len(gdf):
        gdf["geodesic_km"] = length_km(gdf.geometry.values).round(3)
        gdf = gdf.sort_values(["layer", "id"]).reset_index(drop=True)
    gdf.attrs["as_of"] = None if as_of is None else str(as_of)
    return gdf


def layer_names() -> list[str]:
    """Return the names of the layers in the shipped data, sorted."""
    by_id, _ = load_features(strict=True)
    return sorted({f.asset.layer for f in by_id.values()})


def load(
    name: str | None = None,
    *,
    as_of: str | int | date | None = None,
    files: Sequence[str | Path] | None = None,
    shipped: bool = True,
    override: bool = False,
) -> gpd.GeoDataFrame:
    """Return the curated layers as a GeoDataFrame, with statuses as of a date.

    Parameters
    ----------
    name
        A layer (``"middle_corridor"``, ``"zangezur"``, ``"energy"``, ``"alternatives"``,
        ``"europe"``, ``"maritime"``, ``"roads"``, ``"crossings"`` ...), a tag
        (``"oil"``, ``"gas"``, ``"instc"`` ...) or None for everything.
    as_of
        A date or a year: each asset's ``status`` is the one its timeline gives on
        that date, counting announced completion dates (a line opening in 2029 is
        ``under_construction`` in 2026 and ``operational`` in 2030). None keeps the
        status as reported.
    files
        User files in the same schema that extend or override the shipped layers.
    shipped
        Include the shipped layers.
    override
        Let features of ``files`` replace shipped features with the same id.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per asset, EPSG:4326, with the schema's fields plus ``status``
        (as of), ``status_reported``, ``opened``, ``construction_start``,
        ``expected_completion``, ``suspended``, ``closed``, ``length_km`` (official),
        ``geodesic_km`` (measured) and ``n_sources``.

    Examples
    --------
    >>> from corridorkit import layers
    >>> gdf = layers.load("energy", as_of=2026)
    >>> gdf.loc[gdf.id == "tcgp", "status"].item()
    'proposed'
    """
    as_of_date(as_of)
    by_id, _ = load_features(files, shipped=shipped, strict=True, override=override)
    feats = list(by_id.values())
    if name is not None:
        layers = {f.asset.layer for f in feats}
        tags = {t for f in feats for t in f.asset.tags}
        if name not in layers | tags:
            raise UnknownIdError(
                f"unknown layer or tag {name!r}{did_you_mean(name, layers | tags)}; layers: {sorted(layers)}",
                field="name",
            )
        feats = [f for f in feats if f.asset.layer == name or name in f.asset.tags]
    return to_frame(feats, as_of=as_of)
