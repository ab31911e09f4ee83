"""Execute the notebooks in place and store their outputs, small enough to diff.

Usage::

    python scripts/run_notebooks.py [notebooks/NAME.ipynb ...]

Each notebook runs top to bottom (nbclient, the ``python3`` kernel, working directory
``notebooks/``). Outputs stay (tables, plots, text) except rich HTML larger than
``--max-html`` characters (an interactive folium map inlines Leaflet and every layer, several
MB): that output is replaced by a one-line note saying how to see it. Execution timings and
object addresses (``<Styler at 0x..>``) are dropped, so re-running on the same inputs changes
nothing but what the code prints.
The test command (``pytest``: tests/test_notebooks.py) re-executes the notebooks without storing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTE = ("[interactive map: {size:.1f} MB of HTML, not stored in the notebook; run the cell to see it, "
        "or save it with corridorkit.maps.leaflet.save_map]")


def shrink(nb, max_html: int) -> int:
    """Replace HTML outputs larger than ``max_html`` characters by a note; return how many."""
    n = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            data = out.get("data") or {}
            plain = data.get("text/plain")
            if isinstance(plain, str) and " at 0x" in plain:  # "<Styler at 0x7f..>": differs every run
                data["text/plain"] = re.sub(r" at 0x[0-9a-f]+", "", plain)
            html = data.get("text/html")
            if html is None:
                continue
            text = "".join(html) if isinstance(html, list) else html
            if len(text) > max_html:
                out["data"] = {"text/plain": NOTE.format(size=len(text) / 1e6)}
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="*", type=Path)
    ap.add_argument("--max-html", type=int, default=100_000, help="largest HTML output kept (characters)")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    args = ap.parse_args()
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=args.timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        n = shrink(nb, args.max_html)
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, path)
        note = f", {n} map output(s) replaced" if n else ""
        print(f"{path.name}: {path.stat().st_size / 1e3:,.0f} kB{note}")


if __name__ == "__main__":
    main()
