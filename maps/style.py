"""How assets look on maps: colour by group, line style by status, escaped popups and tooltips."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from corridorkit.layers.palette import (  # noqa: F401  (the palette, shared with the QGIS styles)
    DEFAULT_COLOUR,
    GROUP_COLOUR,
    GROUP_LABEL,
    GROUPS,
    POINT_RADIUS,
    STATUS_DASH,
    STATUS_LABEL,
    group_of,
)


def esc(value) -> str:
    """Return text safe to place in HTML (``<script>`` shows as text)."""
    return html.escape("" if value is None else str(value), quote=True)


_URL_OK = re.compile(r"^https?://[^\s<>\"']+$")


def safe_link(url: str | None, label: str) -> str:
    """Return an escaped link for an http(s) URL, or the escaped label alone for anything else."""
    if url and _URL_OK.match(url):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(label)}</a>'
    return esc(label)


def line_style(status: str, group: str, *, weight: float = 3.0) -> dict:
    """Return Leaflet path options for a line asset."""
    style = {
        "color": GROUP_COLOUR.get(group, DEFAULT_COLOUR),
        "weight": weight,
        "opacity": 0.9 if status != "closed" else 0.5,
    }
    dash = STATUS_DASH.get(status)
    if dash:
        style["dashArray"] = dash
    return style


def point_style(status: str, group: str, kind: str) -> dict:
    """Return Leaflet circle-marker options for a point asset."""
    radius = POINT_RADIUS.get(kind, 4)
    colour = GROUP_COLOUR.get(group, DEFAULT_COLOUR)
    return {
        "radius": radius,
        "color": "#222222" if status == "operational" else colour,
        "weight": 1.5,
        "fillColor": colour,
        "fillOpacity": 0.9 if status == "operational" else 0.35,
        "dashArray": STATUS_DASH.get(status),
    }


def tooltip_text(name: str, names: Mapping[str, str] | None, status: str) -> str:
    """Return the escaped tooltip: English name, local names, status."""
    local = [v for k, v in (names or {}).items() if k != "en" and v != name]
    extra = f" — {' / '.join(local[:3])}" if local else ""
    return esc(f"{name}{extra} ({STATUS_LABEL.get(status, status)})")


def has_value(value) -> bool:
    """Return whether a field has a value worth showing (not None, empty, NaN or NaT)."""
    if value is None:
        return False
    if isinstance(value, float) and value != value:
        return False
    if isinstance(value, str | list | tuple | dict | set) and len(value) == 0:
        return False
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, list | tuple | dict | set | str) and pd.isna(value)):
            return False
    except (TypeError, ValueError):
        pass
    return not (isinstance(value, str) and value.strip().lower() in ("nan", "none", "nat"))


def _v(row: Mapping, key: str):
    """Return ``row[key]`` or None when it has no value."""
    value = row.get(key)
    return value if has_value(value) else None


def popup_html(row: Mapping) -> str:
    """Return the popup of an asset: the fields that have a value, escaped, with its sources as links."""
    parts = [f"<div class='ck-popup'><b>{esc(row.get('name'))}</b>"]
    names = row.get("names") if isinstance(row.get("names"), Mapping) else {}
    local = [(k, v) for k, v in names.items() if k != "en" and has_value(v)]
    if local:
        parts.append("<br>" + " · ".join(f"{esc(k)}: {esc(v)}" for k, v in local))
    parts.append("<table>")

    def add(label, value):
        if has_value(value):
            parts.append(f"<tr><th>{esc(label)}</th><td>{value}</td></tr>")

    add("id", esc(_v(row, "id")))
    kind, mode = _v(row, "kind"), _v(row, "mode")
    add("kind", esc(f"{kind} ({mode})" if kind and mode else kind or mode))
    status = _v(row, "status")
    if status:
        date, reported = _v(row, "status_date"), _v(row, "status_reported")
        when = (f" (reported {reported}" + (f" {date}" if date else "") + ")"
                if reported and reported != status else (f" ({date})" if date else ""))
        add("status", esc(f"{STATUS_LABEL.get(status, status)}{when}"))
    countries = row.get("countries")
    if isinstance(countries, list | tuple) and countries:
        add("countries", esc(" → ".join(str(c) for c in countries)))
    for k in ("opened", "construction_start", "expected_completion", "suspended", "closed"):
        add(k.replace("_", " "), esc(_v(row, k)) if _v(row, k) is not None else None)
    for c in row.get("capacity") if isinstance(row.get("capacity"), list) else []:
        rng = f" ({c['min']:g}–{c['max']:g})" if c.get("min") is not None and c.get("max") is not None else ""
        add(
            "capacity",
            esc(
                f"{c['value']:g} {c['unit']} {c['commodity']}{rng}, {c['basis']}"
                + (" — assumption" if c.get("assumption") else "")
                + (f" [{', '.join(c.get('sources'))}]" if c.get("sources") else "")
            ),
        )
    length = row.get("length")
    if isinstance(length, Mapping) and has_value(length.get("value")):
        rng = (
            f" ({length['min']:g}–{length['max']:g})"
            if length.get("min") is not None and length.get("max") is not None
            else ""
        )
        add("official length", esc(f"{length['value']:g} km{rng}"))
    if _v(row, "geodesic_km") and row.get("kind") in ("rail_line", "road", "pipeline", "sea_link"):
        add("drawn length", esc(f"{row['geodesic_km']:,.0f} km (geodesic)"))
    gauge = row.get("gauge_mm")
    if isinstance(gauge, list | tuple) and gauge:
        add("gauge", esc(" / ".join(f"{g} mm" for g in gauge)))
    for k in ("operator", "owner", "description", "history", "notes"):
        add(k, esc(_v(row, k)) if _v(row, k) is not None else None)
    accuracy, note = _v(row, "geometry_accuracy"), _v(row, "geometry_note")
    if accuracy or note:
        add("geometry", esc(f"{accuracy or 'accuracy not recorded'}" + (f": {note}" if note else "")))
    srcs = row.get("sources") if isinstance(row.get("sources"), list) else []
    if srcs:

        def source(s: Mapping) -> str:
            label = s.get("title") or s.get("url") or s.get("id")
            out = f"[{esc(s.get('id'))}] " if has_value(s.get("id")) else ""
            out += safe_link(s.get("url"), label)
            if has_value(s.get("publisher")):
                out += f" {esc(s.get('publisher'))}"
            if has_value(s.get("accessed")):
                out += f" (read {esc(s.get('accessed'))})"
            return out

        add("sources", "<br>".join(source(s) for s in srcs))
    parts.append("</table></div>")
    return "".join(parts)


def _swatch(colour: str, dash: str | None, opacity: float = 1.0) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f"<svg width='30' height='8' style='vertical-align:middle;margin-right:6px'>"
        f"<line x1='0' y1='4' x2='30' y2='4' stroke='{colour}' stroke-width='3'"
        f" stroke-opacity='{opacity}'{d}/></svg>"
    )


def legend_html(groups: list[str]) -> str:
    """Return the legend: one swatch per group shown, then the line styles by status."""
    rows = ["<b>Layers</b>"]
    seen = set()
    for g in groups:
        label = GROUP_LABEL.get(g, g)
        if label in seen:
            continue
        seen.add(label)
        rows.append(f"<div>{_swatch(GROUP_COLOUR.get(g, '#444444'), None)}{esc(label)}</div>")
    rows.append("<b>Status</b>")
    for status, dash in STATUS_DASH.items():
        rows.append(
            f"<div>{_swatch('#333333', dash, 0.5 if status == 'closed' else 1.0)}"
            f"{esc(STATUS_LABEL[status])}</div>"
        )
    return "".join(rows)
