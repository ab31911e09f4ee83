"""``corridorkit profile`` and ``corridorkit alignment``: terrain along lines and least-cost alignments."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from corridorkit import limits
from corridorkit.cli import options as opt
from corridorkit.cli import output

console = output.console


def _summary_table(title: str, summary: dict) -> Table:
    t = Table(title=title)
    t.add_column("measure")
    t.add_column("value", justify="right")
    for k, v in summary.items():
        if k != "caveat":
            t.add_row(k.replace("_", " "), f"{v:,.3f}" if isinstance(v, float) and v < 1 else
                      (f"{v:,.1f}" if isinstance(v, float) else str(v)))
    return t


PLOT = opt.output_file("profile", "--plot", "plot")


def _line_from_file(p: Path, feature_id: str | None):
    """Return (line, feature id) of the one line feature of a GeoJSON file, or of ``feature_id``."""
    from shapely.geometry import shape

    from corridorkit.errors import InputError
    from corridorkit.layers.validate import read_geojson

    obj = read_geojson(p)
    if not isinstance(obj, dict):
        raise InputError(f"expected a GeoJSON object, got {type(obj).__name__}", file=p)
    feats = obj.get("features") if obj.get("type") == "FeatureCollection" else [obj]
    if not isinstance(feats, list):
        raise InputError("expected a list of features", file=p, field="features")
    lines = []
    for i, f in enumerate(feats):
        if not isinstance(f, dict):
            raise InputError("expected a GeoJSON Feature", file=p, feature=f"#{i}")
        fid = str((f.get("properties") or {}).get("id") or f.get("id") or f"#{i}")
        g = f.get("geometry") if f.get("type") == "Feature" else f
        gtype = g.get("type") if isinstance(g, dict) else None
        if gtype not in ("LineString", "MultiLineString"):
            if feature_id == fid or len(feats) == 1:
                raise InputError(f"expected a LineString or MultiLineString, got {gtype}", file=p,
                                 feature=fid, field="geometry")
            continue
        try:
            geom = shape(g)
        except Exception as exc:  # shapely raises several types for malformed coordinates
            raise InputError(f"malformed geometry ({' '.join(str(exc).split())})", file=p, feature=fid,
                             field="geometry") from None
        lines.append((fid, geom))
    if feature_id is not None:
        found = [x for x in lines if x[0] == feature_id]
        if not found:
            from corridorkit.errors import did_you_mean

            hint = did_you_mean(feature_id, [x[0] for x in lines])
            raise InputError(f"no line feature {feature_id!r}{hint}", file=p, field="--feature")
        return found[0][1], feature_id
    if not lines:
        raise InputError("expected a LineString feature", file=p, field="geometry")
    if len(lines) > 1:
        ids = ", ".join(x[0] for x in lines[:10]) + (" ..." if len(lines) > 10 else "")
        raise InputError(f"the file holds {len(lines)} line features ({ids}); choose one with --feature ID",
                         file=p)
    return lines[0][1], lines[0][0]


def profile_command(
    target: str = typer.Argument(..., help="A curated line asset id, or a GeoJSON file with a line."),
    spacing_km: float = typer.Option(
        1.0, "--spacing-km", parser=opt.float_range(limits.MIN_SPACING_KM, limits.MAX_SPACING_KM, unit="km"),
        metavar=f"{limits.MIN_SPACING_KM:g}..{limits.MAX_SPACING_KM:g}",
        help="Sample spacing along the line.",
    ),
    feature: str = typer.Option(None, "--feature", help="The line's id when the file holds several."),
    dem: Path = typer.Option(None, "--dem", exists=True, dir_okay=False,
                             help="Your own DEM (any CRS); default: the shipped GLOBE DEM."),
    plot: Path = typer.Option(None, "--plot", parser=PLOT, help="Write the profile as PNG or SVG."),
    csv: Path = typer.Option(None, "--csv", parser=opt.output_file("profile", "--csv", "csv"),
                             help="Also write the samples as CSV to this file (prefer --format csv > FILE)."),
    fmt: str = output.format_option(),
) -> None:
    """Elevation profile of a line: min/max, climb, steepest sustained gradient (per mille).

    --format csv prints the samples; json the summary and the samples.
    """
    from corridorkit.analysis import terrain

    p = Path(target)
    if p.suffix.lower() in (".geojson", ".json") or p.exists():
        line, fid = _line_from_file(p, feature)
        output.say(fmt, f"profile of feature {fid!r} in {p}")
        name = p.stem if fid.startswith("#") else fid
        prof = terrain.profile(line, dem=dem, spacing_km=spacing_km, name=name)
    else:
        prof = terrain.profile_asset(target, dem=dem, spacing_km=spacing_km)
    if fmt == "csv":
        output.echo_csv(prof.samples)
    elif fmt == "json":
        output.echo_json({"command": "profile", "name": prof.name, "spacing_km": spacing_km,
                          "summary": prof.summary, "samples": output.records(prof.samples)})
    else:
        console.print(_summary_table(f"Profile: {prof.name}", prof.summary))
        console.print(f"[yellow]{terrain.CAVEAT}")
    from corridorkit.geo.io import write_output_file

    if csv:
        write_output_file(csv, prof.samples.to_csv(index=False), command="profile", option="--csv",
                          suffixes=opt.SUFFIXES["csv"])
    if plot:
        import io

        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        ax = prof.plot()
        ax.set_title(prof.name)
        buf = io.BytesIO()
        fmt = "svg" if plot.suffix.lower() == ".svg" else "png"
        plt.rcParams["svg.hashsalt"] = "corridorkit"
        ax.figure.savefig(buf, format=fmt, dpi=110, bbox_inches="tight",
                          metadata={"Date": None} if fmt == "svg" else {"Software": None})
        plt.close(ax.figure)
        write_output_file(plot, buf.getvalue(), command="profile", option="--plot",
                          suffixes=opt.SUFFIXES["plot"])
        output.say(fmt, f"wrote {plot}")


def _country(value: str) -> str:
    """Parse ``--within``: an ISO3 code of a country in the shipped borders (close codes suggested)."""
    from corridorkit.layers.base import borders

    code = str(value).strip().upper()
    known = sorted(set(borders("core").adm0_a3))
    if code not in known:
        raise ValueError(f"expected an ISO3 code of a country in the region ({', '.join(known)}), got "
                         f"{value!r}{opt._near(code, known)}")
    return code


def alignment_command(
    start: str = typer.Argument(..., parser=opt.lonlat, metavar="START",
                                help="LON,LAT (a negative longitude works too, or put -- before the ends)."),
    end: str = typer.Argument(..., parser=opt.lonlat, metavar="END", help="LON,LAT"),
    within: str = typer.Option(None, "--within", parser=_country,
                               help="Stay inside this country (ISO3, e.g. ARM)."),
    ruling_gradient: float = typer.Option(
        20.0, "--ruling-gradient", parser=opt.float_range(0, limits.MAX_RULING_GRADIENT, lo_open=True,
                                                          unit="per mille"),
        help=f"Per mille (above 0, at most {limits.MAX_RULING_GRADIENT:g}).",
    ),
    compare_with: str = typer.Option(None, "--compare", help="A curated line asset to compare with."),
    geojson: Path = typer.Option(None, "--geojson",
                                 parser=opt.output_file("alignment", "--geojson", "geojson"),
                                 help="Also write the alignment as GeoJSON to this file (prefer --format "
                                      "geojson > FILE)."),
    fmt: str = output.format_option(spatial=True),
) -> None:
    """Least-cost alignment on a slope-based cost surface (scikit-image MCP_Geometric)."""
    from corridorkit.analysis import terrain

    ref = None
    if compare_with:
        from corridorkit.errors import UnknownIdError, did_you_mean
        from corridorkit.layers.curated import load_features

        by_id, _ = load_features()
        if compare_with not in by_id or not by_id[compare_with].asset.is_line:
            lines = [k for k, f in by_id.items() if f.asset.is_line]
            raise UnknownIdError(
                f"--compare {compare_with}: not a curated line asset{did_you_mean(compare_with, lines)}",
                field="--compare",
            )
        ref = by_id[compare_with].geometry
    with output.progress("Least-cost path over the cost surface…"):
        a = terrain.least_cost_alignment(start, end, within=within, ruling_gradient=ruling_gradient,
                                         reference=ref)
    from corridorkit.geo.io import feature_collection, json_text, write_output_file

    if geojson:
        write_output_file(geojson, json_text(feature_collection([a.to_geojson()])), command="alignment",
                          option="--geojson", suffixes=opt.SUFFIXES["geojson"])
        output.say(fmt, f"wrote {geojson}")
    summary = {**a.profile.summary, **a.comparison}
    if fmt == "geojson":
        output.echo_json(feature_collection([a.to_geojson()]))
    elif fmt == "json":
        output.echo_json({"command": "alignment", "start": list(start), "end": list(end), "within": within,
                          "ruling_gradient": ruling_gradient, "length_km": a.length_km, "summary": summary,
                          "geometry": a.to_geojson()["geometry"]})
    elif fmt == "csv":
        output.echo_csv([{"measure": k, "value": v} for k, v in summary.items()], ["measure", "value"])
    else:
        console.print(_summary_table(f"Least-cost alignment ({a.length_km:,.1f} km)", summary))
        console.print(f"[yellow]{terrain.CAVEAT}")


def register(app: typer.Typer) -> None:
    """Add ``profile`` and ``alignment`` to the CLI."""
    app.command("profile")(profile_command)
    # ignore_unknown_options: an end such as -46.4,39.2 is a value, not an option
    app.command("alignment", context_settings={"ignore_unknown_options": True})(alignment_command)
