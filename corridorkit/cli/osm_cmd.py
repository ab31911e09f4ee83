"""``corridorkit osm``: OpenStreetMap rail track for curated lines (download or a local .osm file)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output

app = typer.Typer(
    help="OpenStreetMap rail data: put OSM track on a curated line (fetch) or read a local .osm file (load).",
    no_args_is_help=True,
)
console = output.console
err = Console(stderr=True)


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn corridorkit errors into a one-line message and their exit code, as the entry point does."""
    from corridorkit.errors import CorridorkitError
    from corridorkit.settings import settings

    try:
        yield
    except CorridorkitError as exc:
        if settings.debug:
            raise
        err.print(f"[bold red]error:[/bold red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def _km(v: float | None) -> str:
    return "—" if v is None else f"{v:,.1f}"


@app.command("fetch")
def fetch_command(
    asset: str = typer.Option(
        ..., "--asset", help="A curated rail line id (e.g. rail_btk_akhalkalaki_kartsakhi)."
    ),
    buffer_km: float = typer.Option(
        3.0, "--buffer-km", parser=opt.float_range(0, limits.MAX_BUFFER_KM, lo_open=True, unit="km"),
        help=f"Corridor half-width round the curated line (at most {limits.MAX_BUFFER_KM:g} km).",
    ),
    out: Path = typer.Option(
        None, "--out", parser=opt.output_file("osm fetch", "--out", "geojson"),
        help="GeoJSON file for the updated feature (default: <output dir>/osm/<ID>.geojson).",
    ),
    files: list[Path] = typer.Option(None, "--file", "-f", exists=True, dir_okay=False,
                                     help="A user layer file to add (repeatable)."),
    override: bool = typer.Option(False, "--override",
                                  help="Let a --file feature replace the shipped asset with the same id."),
) -> None:
    """Download OSM rail track round a curated line, check it, and write the line with OSM geometry.

    Exits 1 without writing when the track fails the check (the curated geometry is kept).
    The file holds the curated id: load it with ``--file FILE --override`` to use the OSM track.
    """
    from corridorkit.geo.io import (
        check_output_file,
        feature_collection,
        json_text,
        safe_join,
        write_output_file,
    )
    from corridorkit.layers import osm
    from corridorkit.layers.curated import load_features
    from corridorkit.settings import settings

    with _errors():
        by_id, _ = load_features(files, override=override)
        feature = osm.find_asset(asset, by_id)
        target = out or safe_join(Path(settings.output_dir), "osm", f"{asset}.geojson")
        check_output_file(target, command="osm fetch", option="--out", suffixes=opt.SUFFIXES["geojson"])
        with console.status(f"Downloading OSM rail ways within {buffer_km:g} km of {asset} (osmnx, cached)…"):
            G = osm.graph_for_asset(feature, buffer_km=buffer_km)
        rep = osm.replace_geometry(feature, G, features=by_id, buffer_km=buffer_km)
        _print_check(rep, G)
        if not rep.replaced:
            console.print(f"[bold yellow]kept the curated geometry of {asset}:[/bold yellow]")
            for r in rep.reasons:
                console.print(f"  - {escape(r)}", soft_wrap=True)
            raise typer.Exit(1)
        fc = feature_collection([rep.to_geojson()], name=asset)
        fc["attribution"] = osm.ODBL_ATTRIBUTION
        write_output_file(target, json_text(fc), command="osm fetch", option="--out",
                          suffixes=opt.SUFFIXES["geojson"])
        for note in rep.notes:
            console.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
        console.print(
            f"replaced the {feature.asset.geometry_accuracy} geometry of {asset} with OSM ways "
            f"{', '.join(map(str, rep.osm_way_ids))}; wrote {target}",
            soft_wrap=True,
        )
        console.print(osm.ODBL_ATTRIBUTION)


def _print_check(rep, G) -> None:
    t = Table(title=f"OSM track for {rep.asset_id}")
    t.add_column("check")
    t.add_column("value", overflow="fold")
    lo, hi = rep.accepted_km or (None, None)
    t.add_row("OSM ways", ", ".join(map(str, rep.osm_way_ids)) or "—")
    t.add_row("OSM track km", _km(rep.osm_km))
    t.add_row("official km", _km(rep.official_km))
    t.add_row("accepted km", f"{_km(lo)} – {_km(hi)}")
    t.add_row("curated geometry km", _km(rep.curated_km))
    t.add_row(
        "countries listed / found",
        f"{'-'.join(rep.countries_listed)} / {'-'.join(rep.countries_found) or '—'}",
    )
    t.add_row("ends off the line's ends (km)", f"{_km(rep.start_offset_km)} / {_km(rep.end_offset_km)}")
    if rep.name_match_share is not None:
        t.add_row("track named like the asset", f"{rep.name_match_share:.0%}")
    t.add_row("source", escape(G.graph.get("source", "")))
    t.add_row("retrieved", rep.retrieved or "—")
    t.add_row("result", "[green]replaced[/green]" if rep.replaced else "[red]kept the curated geometry[/red]")
    console.print(t)


@app.command("load")
def load_command(
    file: Path = typer.Argument(..., metavar="FILE.osm", help="OSM XML (.osm, .osm.bz2, .osm.gz)."),
    out: Path = typer.Option(None, "--out", parser=opt.output_file("osm load", "--out", "geojson"),
                             help="Write the rail ways as GeoJSON (one line per OSM way)."),
    fmt: str = output.format_option(),
) -> None:
    """Summarise a local OSM XML file (rail nodes, edges, km by gauge, stations); optionally write it."""
    from corridorkit.geo.io import json_text, write_output_file
    from corridorkit.layers import osm
    from corridorkit.layers.export import to_geojson_dict

    with _errors():
        G = osm.graph_from_file(file)
        s = osm.summary(G)
        if fmt != "table":
            import dataclasses

            rec = dataclasses.asdict(s) if dataclasses.is_dataclass(s) else dict(vars(s))
            if fmt == "json":
                output.echo_json({"command": "osm load", "file": str(file), **rec,
                                  "attribution": osm.ODBL_ATTRIBUTION})
            else:
                output.echo_csv([{"measure": k, "value": v} for k, v in rec.items()], ["measure", "value"])
        t = Table(title=f"OSM rail in {escape(file.name)}")
        t.add_column("measure")
        t.add_column("value", justify="right", overflow="fold")
        t.add_row("rail nodes", f"{s.rail_nodes:,}")
        t.add_row("rail edges (directed)", f"{s.rail_edges:,}")
        t.add_row("rail ways", f"{s.rail_ways:,}")
        t.add_row("rail km", f"{s.rail_km:,.1f}")
        for g, km in s.km_by_gauge.items():
            t.add_row(f"  gauge {g}{'' if g == 'unknown' else ' mm'}", f"{km:,.1f} km")
        t.add_row("stations", escape(", ".join(s.stations)) or "—")
        t.add_row("road edges (one-way)", f"{s.road_edges:,} ({s.oneway_road_edges:,})")
        t.add_row("level crossings", f"{s.level_crossings:,}")
        t.add_row("retrieved", s.retrieved)
        if fmt == "table":
            console.print(t)
        if out:
            gdf = osm.rail_lines(G)
            fc = to_geojson_dict(gdf, name=file.stem)
            fc["attribution"] = osm.ODBL_ATTRIBUTION
            write_output_file(out, json_text(fc), command="osm load", option="--out",
                              suffixes=opt.SUFFIXES["geojson"])
            output.say(fmt, f"wrote {len(gdf)} rail ways to {out}")
        output.say(fmt, osm.ODBL_ATTRIBUTION)


def register(main_app: typer.Typer) -> None:
    """Add ``osm fetch`` and ``osm load`` to the CLI."""
    main_app.add_typer(app, name="osm")
