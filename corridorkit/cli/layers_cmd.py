"""``corridorkit layers``: list, show, export, check, build and start the curated infrastructure layers."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from corridorkit.cli import options as opt
from corridorkit.cli import output
from corridorkit.layers.schema import AS_OF_HELP

app = typer.Typer(
    help="The curated infrastructure layers: list, show, export, check, build, new.", no_args_is_help=True
)
console = output.console

AS_OF = typer.Option(None, "--as-of", parser=opt.as_of, help=AS_OF_HELP)
FILES = typer.Option(
    None, "--file", "-f", exists=True, dir_okay=False, help="A user layer file to add (repeatable)."
)
OVERRIDE = typer.Option(
    False, "--override", help="Let a --file feature replace the shipped asset with the same id (said so)."
)


LINE_KINDS = ("rail_line", "road", "pipeline", "sea_link")


def _fmt_len(v) -> str:
    return "" if v is None or v != v else f"{v:,.0f}"


@app.command("list")
def list_(
    layer: str = typer.Option(None, "--layer", "-l", help="Only this layer or tag (e.g. energy, gas)."),
    as_of: str = AS_OF,
    files: list[Path] = FILES,
    override: bool = OVERRIDE,
    fmt: str = output.format_option(),
) -> None:
    """List the curated assets: id, name, kind, status, countries, official and measured length."""
    from corridorkit.layers.curated import load

    gdf = load(layer, as_of=as_of, files=files, override=override)
    if fmt != "table":
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "layer": r.layer,
                "kind": r.kind,
                "status": r.status,
                "countries": list(r.countries),
                "official_km": r.length_km,
                "geodesic_km": r.geodesic_km if r.kind in LINE_KINDS else None,
            }
            for r in gdf.itertuples()
        ]
        if fmt == "csv":
            output.echo_csv(rows, list(rows[0]) if rows else ["id"])
        else:
            output.echo_json({"command": "layers list", "layer": layer, "as_of": as_of, "assets": rows})
        return
    t = Table(title=f"{len(gdf)} curated assets" + (f" as of {as_of}" if as_of else ""))
    for c in ("id", "name", "layer", "kind", "status", "countries", "official km", "geodesic km"):
        t.add_column(c, overflow="fold")
    for r in gdf.itertuples():
        t.add_row(
            r.id,
            escape(r.name),
            r.layer,
            r.kind,
            r.status,
            "-".join(r.countries),
            _fmt_len(r.length_km),
            _fmt_len(r.geodesic_km) if r.kind in LINE_KINDS else "",
        )
    console.print(t)


@app.command("show")
def show(
    asset_id: str = typer.Argument(..., metavar="ID"),
    as_of: str = AS_OF,
    files: list[Path] = FILES,
    override: bool = OVERRIDE,
    fmt: str = typer.Option(
        "table",
        "--format",
        parser=opt.choice("table", "json"),
        metavar="table|json",
        help="table (for a person) or json (the full record: every field, every "
        "source, the geometry; docs/cli_output.md).",
    ),
) -> None:
    """Show every field of one asset, with its sources."""
    from corridorkit.errors import UnknownIdError, did_you_mean
    from corridorkit.layers.curated import derived_dates, load_features, status_as_of

    by_id, _ = load_features(files, override=override)
    if asset_id not in by_id:
        raise UnknownIdError(f"unknown asset id {asset_id!r}{did_you_mean(asset_id, by_id)}", field="id")
    f = by_id[asset_id]
    a = f.asset
    if fmt == "json":
        from shapely.geometry import mapping

        from corridorkit.geo.geodesic import line_length_km

        output.echo_json(
            {
                "command": "layers show",
                "asset": a.model_dump(mode="json"),
                "as_of": as_of,
                "status_as_of": status_as_of(a, as_of) if as_of else None,
                "derived_dates": derived_dates(a),
                "geodesic_km": line_length_km(f.geometry) if a.is_line else None,
                "geometry": mapping(f.geometry),
                "file": str(f.file),
            }
        )
        return
    t = Table(show_header=False, title=escape(a.name))
    t.add_column("field", style="bold")
    t.add_column("value", overflow="fold")
    t.add_row("id", a.id)
    for k, v in a.names.items():
        t.add_row(f"name ({k})", escape(v))
    t.add_row("layer / kind / mode", f"{a.layer} / {a.kind} / {a.mode}")
    t.add_row("countries", " → ".join(a.countries))
    t.add_row(
        "status",
        f"{a.status} (reported {a.status_date})"
        + (f"; as of {as_of}: {status_as_of(a, as_of)}" if as_of else ""),
    )
    for k, v in derived_dates(a).items():
        if v:
            t.add_row(k.replace("_", " "), v)
    for e in a.timeline:
        t.add_row(
            "timeline",
            f"{e.date}: {e.status}{' (expected)' if e.expected else ''}"
            f" [{', '.join(e.sources)}]" + (f" — {escape(e.note)}" if e.note else ""),
        )
    for c in a.capacity:
        rng = f" (range {c.min:g}–{c.max:g})" if c.min is not None or c.max is not None else ""
        t.add_row(
            "capacity",
            f"{c.value:g} {c.unit} {c.commodity}, {c.basis}{rng} "
            f"[{', '.join(c.sources)}]" + (f" — {escape(c.note)}" if c.note else ""),
        )
    if a.length:
        rng = (
            f" (range {a.length.min:g}–{a.length.max:g})"
            if a.length.min is not None or a.length.max is not None
            else ""
        )
        t.add_row("official length", f"{a.length.value:g} km{rng} [{', '.join(a.length.sources)}]")
    if a.is_line:
        from corridorkit.geo.geodesic import line_length_km

        t.add_row("geodesic length", f"{line_length_km(f.geometry):,.1f} km")
    for k in ("operator", "owner", "description", "history", "notes", "geometry_note"):
        v = getattr(a, k)
        if v:
            t.add_row(k, escape(str(v)))
    if a.gauge_mm:
        t.add_row("gauge", " / ".join(f"{g} mm" for g in a.gauge_mm))
    if a.nodes:
        t.add_row("nodes", " → ".join(a.nodes))
    if a.crossing:
        t.add_row("crossing", escape(a.crossing.model_dump_json(exclude_none=True)))
    t.add_row("geometry accuracy", a.geometry_accuracy)
    for s in a.sources:
        t.add_row(
            f"source {s.id}",
            f"{escape(s.title)} — {escape(s.publisher or '')} "
            f"{s.url} (read {s.accessed})" + (f" — {escape(s.note)}" if s.note else ""),
        )
    t.add_row("file", f.file)
    console.print(t)


@app.command("export")
def export_(
    fmt: str = typer.Option(
        "geojson",
        "--format",
        parser=opt.choice("geojson", "gpkg", "parquet"),
        metavar="geojson|gpkg|parquet",
        help="geojson, gpkg or parquet.",
    ),
    out: Path = typer.Option(
        Path("corridorkit-layers"),
        "--out",
        parser=opt.output_dir("layers export"),
        help="Output folder (new, empty, or an earlier export; replaced whole).",
    ),
    as_of: str = AS_OF,
    files: list[Path] = FILES,
    override: bool = OVERRIDE,
) -> None:
    """Export the layers for a GIS: a typed table per layer and geometry type, sources, capacities, timeline.

    RFC 7946 GeoJSON (related tables as CSV), a GeoPackage with QGIS styles in its layer_styles
    table, or GeoParquet 1.1; each with the Natural Earth basemap and a QGIS project
    (corridorkit_layers.qgz) that opens every table styled as the web maps.
    """
    from corridorkit.layers.export import export

    for p in export(fmt, out, as_of=as_of, files=files, override=override):
        console.print(f"wrote {p}")


@app.command("check")
def check(
    files: list[Path] = typer.Argument(None, help="User layer files; none: the shipped layers."),
    shipped: bool = typer.Option(
        None, "--shipped/--no-shipped", help="Include the shipped layers (default: only when no files)."
    ),
    show_all: bool = typer.Option(False, "--all", help="Show passing assets too."),
    override: bool = OVERRIDE,
    assignment: str = typer.Option(
        None,
        "--assignment",
        help="Also assign this scenario's demand (cargo, oil, gas) and list every link it relied on "
        "whose capacity is a default or missing, not from a source.",
    ),
    fmt: str = output.format_option(),
) -> None:
    """Check data quality per asset (sources, length, countries, nodes); exit 1 if any check fails."""
    from corridorkit.layers.checks import check_features
    from corridorkit.layers.curated import load_features

    if assignment:
        from corridorkit.analysis.scenarios import resolve_scenario

        resolve_scenario(assignment)  # an unknown name stops here (exit 2), before the checks run
    use_shipped = (not files) if shipped is None else shipped
    by_id, problems = load_features(files, shipped=use_shipped, strict=False, override=override)
    schema_problems = [
        p for p in problems if not (p.field or "").startswith(("nodes", "geometry")) or p.feature not in by_id
    ]
    user = {str(f) for f in files or []}
    feats = [f for f in by_id.values() if use_shipped or f.file in user]
    with output.progress("Checking every asset…"):
        df = check_features(feats, [p for p in problems if p not in schema_problems])
    n_bad = int((~df.ok).sum()) if len(df) else 0
    unsourced: tuple[list[dict], list[str]] | None = None
    if assignment:
        with output.progress(f"Assigning {assignment}…"):
            unsourced = _unsourced_capacities_used(assignment)
    if fmt != "table":
        rows = output.records(df if show_all or not len(df) else df[~df.ok])
        if fmt == "csv":
            output.echo_csv(rows, list(df.columns))
        else:
            output.echo_json(
                {
                    "command": "layers check",
                    "checked": len(df),
                    "failed": n_bad,
                    "assets": rows,
                    "schema_problems": [
                        {"file": p.file, "feature": p.feature, "field": p.field, "message": p.message}
                        for p in schema_problems
                    ],
                    **(
                        {
                            "unsourced_capacities_used": {
                                "scenario": assignment,
                                "links": unsourced[0],
                                "not_assigned": unsourced[1],
                            }
                        }
                        if unsourced is not None
                        else {}
                    ),
                }
            )
        if n_bad or schema_problems:
            raise typer.Exit(1)
        return
    t = Table(title="Data quality")
    for c in ("id", "sources", "official km", "geodesic km", "ratio", "countries", "status", "problems"):
        t.add_column(c, overflow="fold")
    for r in df.itertuples():
        if r.ok and not show_all:
            continue
        t.add_row(
            r.id,
            str(r.n_sources),
            _fmt_len(r.official_km),
            _fmt_len(r.geodesic_km),
            "" if r.length_ratio is None or r.length_ratio != r.length_ratio else f"{r.length_ratio:.3f}",
            "-".join(r.countries_found) + ("" if r.countries_ok else " ✗"),
            f"{r.status} ({r.status_date})",
            escape("; ".join(r.problems)) or "ok",
        )
    console.print(t)
    for p in schema_problems:
        console.print(f"[red]{escape(str(p))}[/red]")
    n_len = int(df.length_ok.notna().sum()) if len(df) else 0
    console.print(
        f"{len(df)} assets checked: {len(df) - n_bad} pass, {n_bad} fail; "
        f"{n_len} with an official length; {len(schema_problems)} schema problems"
    )
    if unsourced is not None:
        _print_unsourced(assignment, *unsourced)
    if n_bad or schema_problems:
        raise typer.Exit(1)


def _unsourced_capacities_used(scenario: str) -> tuple[list[dict], list[str]]:
    """Return the links a scenario's assignment loaded whose capacity is a default or missing.

    One record per commodity and asset (its largest load), and a note per commodity not assigned.
    """
    from corridorkit.analysis.assignment import assign_scenario
    from corridorkit.analysis.mcf import TOL
    from corridorkit.errors import InputError

    rows: list[dict] = []
    notes: list[str] = []
    for commodity in ("cargo", "oil", "gas"):
        try:
            a = assign_scenario(scenario, commodity=commodity)
        except InputError as exc:  # e.g. no demand or no capacity for this commodity
            notes.append(f"{commodity}: not assigned ({exc})")
            continue
        used = a.links[(a.links.load > TOL) & a.links.capacity_basis.str.startswith(("default", "none"))]
        by_asset = used.sort_values(["load", "asset_id"], ascending=[False, True]).drop_duplicates("asset_id")
        for r in by_asset.sort_values("asset_id").itertuples():
            rows.append(
                {
                    "commodity": commodity,
                    "asset": r.asset_id,
                    "name": r.name,
                    "load": float(r.load),
                    "capacity": None if r.capacity != r.capacity else float(r.capacity),
                    "unit": a.unit,
                    "basis": r.capacity_basis,
                }
            )
    return rows, notes


def _print_unsourced(scenario: str, rows: list[dict], notes: list[str]) -> None:
    t = Table(title=f"Links the assignment of {escape(scenario)} relied on without a sourced capacity")
    for c in ("commodity", "asset", "name", "load", "capacity", "unit", "basis"):
        t.add_column(c, overflow="fold")
    for r in rows:
        cap = "none" if r["capacity"] is None else f"{r['capacity']:,.2f}"
        t.add_row(
            r["commodity"], r["asset"], escape(r["name"]), f"{r['load']:,.2f}", cap, r["unit"], r["basis"]
        )
    for n in notes:
        console.print(escape(n))
    console.print(t)
    console.print(f"{len(rows)} links carried flow on a default or missing capacity")


@app.command("build")
def build_(
    sources: Path = typer.Option(
        None, "--sources", help="Folder of YAML source files (default: the shipped layers/data/sources)."
    ),
    out: Path = typer.Option(
        None, "--out", help="Folder for the GeoJSON (default: the shipped layers/data/curated)."
    ),
    check_only: bool = typer.Option(
        False, "--check", help="Write nothing; exit 1 if a built layer differs from the one in --out."
    ),
) -> None:
    """Build the curated GeoJSON layers from the YAML asset source files (docs/sources.md).

    Writes only the GeoJSON files named after a source file (and, for the shipped data, the
    manifest); every problem in every source file is listed before anything is written.
    """
    from corridorkit.layers.sources import build

    if out is not None and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file; expected a folder", param_hint="--out")
    r = build(sources, out, check=check_only)
    for p in r.written:
        console.print(f"wrote {p}")
    for p in r.different:
        console.print(f"[red]differs from its source file:[/red] {p}")
    console.print(
        f"{len(r.written) + len(r.unchanged) + len(r.different)} layers: {len(r.written)} written, "
        f"{len(r.unchanged)} unchanged, {len(r.different)} different"
    )
    if r.different:
        raise typer.Exit(1)


@app.command("new")
def new(
    kind: str = typer.Option(
        ..., "--kind", help="rail_line, road, pipeline, sea_link, station, port, border_crossing ..."
    ),
    out: Path = typer.Option(
        Path("my_layer.yaml"), "--out", help="The file to write (refused if it exists).", dir_okay=False
    ),
) -> None:
    """Write a commented template of a layer source file with one asset of a kind, to fill in."""
    from corridorkit.geo.io import write_text
    from corridorkit.layers.sources import template

    text = template(kind, name=out.name)
    if out.exists():
        raise typer.BadParameter(
            f"{out} exists; choose another name (nothing was overwritten)", param_hint="--out"
        )
    write_text(out, text)
    console.print(f"wrote {out}: fill it in, then `corridorkit layers check {out}`")
