"""``corridorkit data``: the shipped data files and their provenance."""

from __future__ import annotations

from rich.table import Table

from corridorkit.cli import output


def data(fmt: str = output.format_option()) -> None:
    """List the shipped data files with their source, licence and transformation."""
    from corridorkit.layers.base import manifest, verify_manifest

    man = manifest()
    if fmt != "table":
        bad = verify_manifest()
        rows = [{"file": rel, **e} for rel, e in man["files"].items()]
        if fmt == "csv":
            output.echo_csv(rows, ["file", "bytes", "sha256", "licence", "url", "transformation", "source"])
        else:
            output.echo_json({"command": "data", "files": rows, "sha256_mismatches": [str(b) for b in bad]})
        return
    table = Table(title="Shipped data (corridorkit/layers/data)", show_lines=True)
    for col in ("file", "MB", "source", "licence", "how it was made"):
        table.add_column(col, overflow="fold")
    for rel, e in man["files"].items():
        src = e.get("source", {})
        src_txt = (
            f"{src.get('package', '')} {src.get('version', '')}\n{src.get('member', '')}"
            if "package" in src
            else src.get("title", "")
        )
        src_txt += f"\n{e.get('url', '')}"
        table.add_row(
            rel, f"{e['bytes'] / 1e6:.2f}", src_txt, e.get("licence", ""), e.get("transformation", "")
        )
    console = output.console
    console.print(table)
    bad = verify_manifest()
    if bad:
        for b in bad:
            console.print(f"[red]{b}[/red]")
    else:
        console.print(f"all {len(man['files'])} files match their sha256 in the manifest")
