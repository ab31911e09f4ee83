"""The report's page model: sections made of text, tables, maps and images, and the number formats they use.

Both the report builder (``maps/report.py``) and its sections (``maps/report_sections.py``,
``maps/report_validation.py``) import from here, so neither imports the other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from corridorkit.geo.io import write_bytes


@dataclass
class Cell:
    """A table cell: text (escaped by the template), numeric alignment, optional http(s) link."""

    text: str
    num: bool = False
    href: str | None = None


@dataclass
class MatrixCell:
    """A cell of a questions x scenarios matrix.

    ``text`` is the value; ``delta`` its change against the reference column (empty in the
    reference itself); ``tone`` says whether that change is ``better``, ``worse`` or ``same``;
    ``title`` is a hover text.
    """

    text: str
    delta: str = ""
    tone: str = ""
    title: str = ""


@dataclass
class Section:
    """A report section: an anchor id, a title and blocks (text, tables, maps, images)."""

    id: str
    title: str
    blocks: list[dict] = field(default_factory=list)

    def text(self, t: str) -> None:
        """Add a paragraph."""
        self.blocks.append({"kind": "text", "text": t})

    def note(self, t: str) -> None:
        """Add a highlighted note."""
        self.blocks.append({"kind": "note", "text": t})

    def h3(self, t: str) -> None:
        """Add a sub-heading."""
        self.blocks.append({"kind": "h3", "text": t})

    def items(self, items: list[str]) -> None:
        """Add a bullet list."""
        if items:
            self.blocks.append({"kind": "list", "items": items})

    def map(self, src: str, title: str) -> None:
        """Embed a map file."""
        self.blocks.append({"kind": "map", "src": src, "title": title})

    def img(self, src: str, alt: str) -> None:
        """Add an image."""
        self.blocks.append({"kind": "img", "src": src, "alt": alt})

    def links(self, links: list[tuple[str, str]]) -> None:
        """Add a line of links (text, href)."""
        self.blocks.append({"kind": "links", "links": [{"text": t, "href": h} for t, h in links]})

    def files(self, paths: list[str]) -> None:
        """Add the links to the files behind the section (paths relative to the report)."""
        if paths:
            self.blocks.append({"kind": "files", "links": [{"text": Path(p).name, "href": p} for p in paths]})

    def matrix(self, row_label: str, columns: list[str], rows: list[tuple[str, list[MatrixCell]]],
               caption: str | None = None) -> None:
        """Add a matrix: one row per question, one column per scenario, changes coloured."""
        self.blocks.append({"kind": "matrix", "row_label": row_label, "columns": columns,
                            "rows": [{"label": label, "cells": cells} for label, cells in rows],
                            "caption": caption})

    def table(self, columns: list[str], rows: list[list], caption: str | None = None) -> None:
        """Add a table; cells may be Cell, numbers (right-aligned) or text."""
        out = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, Cell):
                    cells.append(v)
                elif isinstance(v, int | float | np.number) and not isinstance(v, bool):
                    cells.append(Cell(fmt_num(v), num=True))
                else:
                    cells.append(Cell("" if v is None else str(v)))
            out.append(cells)
        self.blocks.append({"kind": "table", "columns": columns, "rows": out, "caption": caption})


def fmt_num(v, digits: int = 1) -> str:
    """Return a number for a table: thousands separators, ``—`` for missing, ``no route`` for infinity."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, float) and math.isinf(v):
        return "no route"
    if isinstance(v, int | np.integer):
        return f"{int(v):,}"
    return f"{float(v):,.{digits}f}"


def safe_href(url: str | None) -> str | None:
    """Return the URL if it is http(s), else None (no javascript: or data: links from data)."""
    return url if url and url.startswith(("http://", "https://")) else None


def save_png(fig, path: Path) -> None:
    """Save a matplotlib figure as PNG, deterministically and atomically."""
    import io

    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    write_bytes(path, buf.getvalue())


__all__ = ["Cell", "MatrixCell", "Section", "fmt_num", "safe_href", "save_png"]
