"""How assets are drawn: colour by map group, dash pattern by status (web maps and QGIS styles alike).

The palette lives with the layers so that every output of them (the web maps in
:mod:`corridorkit.maps`, the QGIS styles of the exports) draws an asset the same way.
"""

from __future__ import annotations

#: Dash pattern (Leaflet ``dashArray``, pixels: dash, gap, ...) per status; ``None`` is a solid line.
STATUS_DASH = {
    "operational": None,
    "under_construction": "10 6",
    "proposed": "2 7",
    "suspended": "12 4 2 4",
    "closed": "1 5",
}
STATUS_LABEL = {
    "operational": "operational",
    "under_construction": "under construction",
    "proposed": "proposed",
    "suspended": "suspended",
    "closed": "closed",
}

#: Map groups in display order: (key, label, colour). An asset's group is the first that matches
#: its tags or layer.
GROUPS = [
    ("zangezur", "Zangezur / TRIPP route", "#d62728"),
    ("middle_corridor", "Middle Corridor (TITR)", "#1f77b4"),
    ("gas", "Gas pipelines", "#ff7f0e"),
    ("oil", "Oil pipelines", "#5b3a29"),
    ("northern_alternative", "Northern route (via Russia)", "#7f7f7f"),
    ("southern_alternative", "INSTC / southern alternatives", "#2ca02c"),
    ("europe", "European links", "#17becf"),
    ("maritime", "Maritime baseline", "#1f3b73"),
    ("roads", "Roads", "#9467bd"),
    ("crossings", "Border crossings", "#e377c2"),
    ("chokepoints", "Chokepoints", "#bcbd22"),
    ("energy", "Energy sites", "#8c564b"),
    ("alternatives", "Other alternatives", "#e7298a"),
]
GROUP_COLOUR = {k: c for k, _, c in GROUPS}
GROUP_LABEL = {k: lbl for k, lbl, _ in GROUPS}
#: Colour of an asset whose group has no colour of its own.
DEFAULT_COLOUR = "#444444"
#: Marker radius (pixels) of a point asset by kind; other kinds get 4.
POINT_RADIUS = {"port": 6, "border_crossing": 5, "chokepoint": 7, "field": 6, "terminal": 5}


def group_of(tags, layer: str) -> str:
    """Return the map group of an asset from its tags and layer."""
    keys = set(tags or ()) | {layer}
    if "instc" in keys:  # INSTC assets belong with the southern alternatives (one entry in the control)
        keys.add("southern_alternative")
    for k, _, _ in GROUPS:
        if k in keys:
            return k
    return layer


__all__ = [
    "DEFAULT_COLOUR",
    "GROUPS",
    "GROUP_COLOUR",
    "GROUP_LABEL",
    "POINT_RADIUS",
    "STATUS_DASH",
    "STATUS_LABEL",
    "group_of",
]
