"""``corridorkit profile`` and ``corridorkit alignment``: terrain along lines and least-cost alignments."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def _summary_table(title: str, summary: dict) -> Table:
    t = Table(title=title)
    t.add_column("measure")
    t.add_column("value", justify="right")
    for k, v in summary.items():
        if k != "caveat":
            t.add_row(k.replace("_", " "), f"{v:,.3f}" if isinstance(v, float) and v < 1 else
                      (f"{v:,.1f}" if isinstance(v, float) else str(v)))
    return t


def profile_command(
    target: str = typer.Argument(..., help="A curated line asset id, or a GeoJSON file with one line."),
    spacing_km: float = typer.Option(1.0, "--spacing-km", help="Sample spacing along the line."),
    dem: Path = typer.Option(None, "--dem", help="Your own DEM (any CRS); default: the shipped GLOBE DEM."),
    plot: Path = typer.Option(None, "--plot", help="Write the profile as PNG or SVG."),
    csv: Path = typer.Option(None, "--csv", help="Write the samples as CSV."),
) -> None:
    """Elevation profile of a line: min/max, climb, steepest sustained gradient (per mille)."""
    from corridorkit.analysis import terrain

    p = Path(target)
    if p.suffix.lower() in (".geojson", ".json") or p.exists():
        from shapely.geometry import shape

        from corridorkit.errors import InputError
        from corridorkit.layers.validate import read_geojson

        obj = read_geojson(p)
        feats = obj.get("features", [obj]) if obj.get("type") == "FeatureCollection" else [obj]
        geoms = [shape(f["geometry"]) for f in feats if f.get("geometry")]
        lines = [g for g in geoms if g.geom_type in ("LineString", "MultiLineString")]
        if not lines:
            raise InputError("expected a LineString feature", file=p, field="geometry")
        prof = terrain.profile(lines[0], dem=dem, spacing_km=spacing_km, name=p.stem)
    else:
        prof = terrain.profile_asset(target, dem=dem, spacing_km=spacing_km)
    console.print(_summary_table(f"Profile: {prof.name}", prof.summary))
    console.print(f"[yellow]{terrain.CAVEAT}")
    if csv:
        from corridorkit.geo.io import write_text

        write_text(csv, prof.samples.to_csv(index=False))
    if plot:
        import io

        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        from corridorkit.geo.io import write_bytes

        ax = prof.plot()
        ax.set_title(prof.name)
        buf = io.BytesIO()
        fmt = "svg" if plot.suffix.lower() == ".svg" else "png"
        plt.rcParams["svg.hashsalt"] = "corridorkit"
        ax.figure.savefig(buf, format=fmt, dpi=110, bbox_inches="tight",
                          metadata={"Date": None} if fmt == "svg" else {"Software": None})
        plt.close(ax.figure)
        write_bytes(plot, buf.getvalue())
        console.print(f"wrote {plot}")


def _lonlat(text: str) -> tuple[float, float]:
    try:
        lon, lat = (float(x) for x in text.split(","))
    except ValueError:
        raise typer.BadParameter(f"expected LON,LAT (e.g. 46.24,38.90), got {text!r}") from None
    return lon, lat


def alignment_command(
    start: str = typer.Argument(..., help="LON,LAT"),
    end: str = typer.Argument(..., help="LON,LAT"),
    within: str = typer.Option(None, "--within", help="Stay inside this country (ISO3, e.g. ARM)."),
    ruling_gradient: float = typer.Option(20.0, "--ruling-gradient", help="Per mille."),
    compare_with: str = typer.Option(None, "--compare", help="A curated line asset to compare with."),
    geojson: Path = typer.Option(None, "--geojson", help="Write the alignment as GeoJSON."),
) -> None:
    """Least-cost alignment on a slope-based cost surface (scikit-image MCP_Geometric)."""
    from corridorkit.analysis import terrain

    ref = None
    if compare_with:
        from corridorkit.layers.curated import load_features

        by_id, _ = load_features()
        ref = by_id[compare_with].geometry if compare_with in by_id else None
    a = terrain.least_cost_alignment(_lonlat(start), _lonlat(end), within=within,
                                     ruling_gradient=ruling_gradient, reference=ref)
    console.print(_summary_table(f"Least-cost alignment ({a.length_km:,.1f} km)",
                                 {**a.profile.summary, **a.comparison}))
    console.print(f"[yellow]{terrain.CAVEAT}")
    if geojson:
        from corridorkit.geo.io import feature_collection, write_json

        write_json(geojson, feature_collection([a.to_geojson()]))
        console.print(f"wrote {geojson}")


def register(app: typer.Typer) -> None:
    """Add ``profile`` and ``alignment`` to the CLI."""
    app.command("profile")(profile_command)
    app.command("alignment")(alignment_command)
