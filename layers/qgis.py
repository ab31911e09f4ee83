"""QGIS styles and projects for the exports: the web maps' colours and dashes, in QGIS's own formats.

A :class:`Style` is a list of rules (conditions on columns -> a symbol). It is written as
QGIS's QML (a rule-based renderer) and as OGC SLD 1.1, into a GeoPackage's ``layer_styles``
table (QGIS's schema: the style QGIS applies when it opens the table) and into a QGIS project
(``.qgz``: a zip holding one ``.qgs`` XML file) whose layers point at the exported files by
relative paths. Everything is built from :mod:`corridorkit.layers.palette`, the palette the
web maps use. Output is deterministic (fixed keys, dates and zip timestamps).
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corridorkit.layers.palette import (
    DEFAULT_COLOUR,
    GROUP_COLOUR,
    GROUP_LABEL,
    GROUPS,
    POINT_RADIUS,
    STATUS_DASH,
    STATUS_LABEL,
)

#: The QGIS version the XML follows (QGIS 3.x reads it).
QGIS_VERSION = "3.34.0-Prizren"
#: Dash style of a point's outline by status (QGIS markers take named styles, not dash arrays).
_MARKER_OUTLINE = {"under_construction": "dash", "proposed": "dot", "suspended": "dash dot", "closed": "dot"}
_NS = uuid.UUID("6b1f3a4e-2f0c-4d6e-9a55-6f0d8e1c2b17")


@dataclass(frozen=True)
class Symbol:
    """How a feature is drawn (sizes in pixels, like the web maps).

    Parameters
    ----------
    kind
        ``"line"``, ``"marker"`` (points) or ``"fill"`` (polygons).
    colour
        Line colour, or the fill colour of a marker or polygon (``#rrggbb``).
    width
        Line width, or the outline width of a marker or polygon.
    dash
        Dash pattern (``"10 6"``: dash, gap ...), ``None`` for solid.
    opacity
        Opacity of the whole symbol.
    size
        Marker diameter.
    fill_opacity
        Opacity of a marker's or polygon's fill.
    outline
        Outline colour of a marker or polygon (``None``: no outline).
    outline_style
        QGIS outline style of a marker (``solid``, ``dash``, ``dot``, ``dash dot``).
    size_expression
        A QGIS expression giving the line width or marker size per feature (data-defined).
    """

    kind: str
    colour: str
    width: float = 1.0
    dash: str | None = None
    opacity: float = 1.0
    size: float = 8.0
    fill_opacity: float = 1.0
    outline: str | None = None
    outline_style: str = "solid"
    size_expression: str | None = None


@dataclass(frozen=True)
class Rule:
    """A legend entry: the features whose columns meet every condition, drawn with one symbol.

    ``conditions`` holds ``(column, operator, value)`` with operators ``=``, ``>``, ``>=``,
    ``<``, ``<=``; ``None`` is the "every other feature" rule (QGIS's ELSE).
    """

    label: str
    conditions: tuple[tuple[str, str, object], ...] | None
    symbol: Symbol


@dataclass
class Style:
    """A named rule-based style of one table."""

    name: str
    rules: list[Rule]
    description: str = ""
    geometry: str = "line"  # line, point, polygon: the kind of table it styles


def _rgba(hex_colour: str, alpha: float = 1.0) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{round(255 * alpha)}"


def _literal(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return f"{v:g}"
    return "'" + str(v).replace("'", "''") + "'"


def expression(conditions) -> str:
    """Return the QGIS expression of a rule's conditions (``ELSE`` for the catch-all rule)."""
    if conditions is None:
        return "ELSE"
    if not conditions:
        return ""
    return " AND ".join(f'"{c}" {op} {_literal(v)}' for c, op, v in conditions)


def _key(*parts: str) -> str:
    return "{" + str(uuid.uuid5(_NS, "/".join(parts))) + "}"


# ---------------------------------------------------------------------------------------- styles
def asset_style(table: pd.DataFrame, geometry: str, name: str) -> Style:
    """Return the style of an asset table: colour by ``map_group``, dash by ``status``, as the web maps.

    Parameters
    ----------
    table
        An asset table of :func:`corridorkit.layers.export.asset_tables` (``map_group``,
        ``status`` and ``kind`` columns).
    geometry
        ``"line"`` or ``"point"``.
    name
        The table's name (the style is named after it).
    """
    order = {k: i for i, (k, _, _) in enumerate(GROUPS)}
    s_order = {k: i for i, k in enumerate(STATUS_DASH)}
    rules = []
    if geometry == "point":
        combos = sorted(
            {(r.map_group, r.status, r.kind) for r in table.itertuples()},
            key=lambda t: (order.get(t[0], 99), t[0], s_order.get(t[1], 99), t[1], t[2]),
        )
        for group, status, kind in combos:
            colour = GROUP_COLOUR.get(group, DEFAULT_COLOUR)
            operational = status == "operational"
            sym = Symbol(
                "marker",
                colour,
                width=1.5,
                size=2 * POINT_RADIUS.get(kind, 4),
                fill_opacity=0.9 if operational else 0.35,
                outline="#222222" if operational else colour,
                outline_style=_MARKER_OUTLINE.get(status, "solid"),
            )
            label = (
                f"{GROUP_LABEL.get(group, group)} — {kind.replace('_', ' ')}, "
                f"{STATUS_LABEL.get(status, status)}"
            )
            rules.append(
                Rule(label, (("map_group", "=", group), ("status", "=", status), ("kind", "=", kind)), sym)
            )
        rules.append(Rule("other", None, Symbol("marker", DEFAULT_COLOUR, width=1.5, outline="#222222")))
    else:
        combos = sorted(
            {(r.map_group, r.status) for r in table.itertuples()},
            key=lambda t: (order.get(t[0], 99), t[0], s_order.get(t[1], 99), t[1]),
        )
        for group, status in combos:
            sym = Symbol(
                "line",
                GROUP_COLOUR.get(group, DEFAULT_COLOUR),
                width=3.0,
                dash=STATUS_DASH.get(status),
                opacity=0.5 if status == "closed" else 0.9,
            )
            label = f"{GROUP_LABEL.get(group, group)} — {STATUS_LABEL.get(status, status)}"
            rules.append(Rule(label, (("map_group", "=", group), ("status", "=", status)), sym))
        rules.append(Rule("other", None, Symbol("line", DEFAULT_COLOUR, width=3.0)))
    return Style(name, rules, "Colour by map group, dash by status (as the web maps)", geometry)


#: Basemap styles: the web maps' land, sea and border colours.
def basemap_style(name: str) -> Style:
    """Return the style of a basemap table (``basemap_countries_*``, ``basemap_seas``, ``basemap_lakes``)."""
    if "countries" in name:
        sym = Symbol("fill", "#f4f1ea", width=0.6, outline="#6b6b6b")
    else:
        sym = Symbol("fill", "#c6dbea", width=0.5, outline="#9dbcd4")
    return Style(name, [Rule(name.replace("basemap_", "").replace("_", " "), (), sym)], "Basemap", "polygon")


# ------------------------------------------------------------------------------------------- QML
def _opt(parent: ET.Element, name: str | None, value, typ: str = "QString") -> ET.Element:
    el = ET.SubElement(parent, "Option")
    if name is not None:
        el.set("name", name)
    el.set("type", typ)
    el.set("value", str(value))
    return el


def _symbol_xml(sym: Symbol, name: str) -> ET.Element:
    kind = {"line": "line", "marker": "marker", "fill": "fill"}[sym.kind]
    el = ET.Element(
        "symbol",
        {"type": kind, "name": name, "alpha": f"{sym.opacity:g}", "clip_to_extent": "1", "force_rhr": "0"},
    )
    cls = {"line": "SimpleLine", "marker": "SimpleMarker", "fill": "SimpleFill"}[sym.kind]
    lyr = ET.SubElement(el, "layer", {"class": cls, "enabled": "1", "locked": "0", "pass": "0"})
    o = ET.SubElement(lyr, "Option", {"type": "Map"})
    if sym.kind == "line":
        _opt(o, "capstyle", "round")
        _opt(o, "customdash", (sym.dash or "5 2").replace(" ", ";"))
        _opt(o, "customdash_unit", "Pixel")
        _opt(o, "joinstyle", "round")
        _opt(o, "line_color", _rgba(sym.colour))
        _opt(o, "line_style", "solid")
        _opt(o, "line_width", f"{sym.width:g}")
        _opt(o, "line_width_unit", "Pixel")
        _opt(o, "use_custom_dash", "1" if sym.dash else "0")
    elif sym.kind == "marker":
        _opt(o, "angle", "0")
        _opt(o, "color", _rgba(sym.colour, sym.fill_opacity))
        _opt(o, "name", "circle")
        _opt(o, "outline_color", _rgba(sym.outline or sym.colour))
        _opt(o, "outline_style", sym.outline_style if sym.outline else "no")
        _opt(o, "outline_width", f"{sym.width:g}")
        _opt(o, "outline_width_unit", "Pixel")
        _opt(o, "size", f"{sym.size:g}")
        _opt(o, "size_unit", "Pixel")
    else:
        _opt(o, "color", _rgba(sym.colour, sym.fill_opacity))
        _opt(o, "outline_color", _rgba(sym.outline or sym.colour))
        _opt(o, "outline_style", "solid" if sym.outline else "no")
        _opt(o, "outline_width", f"{sym.width:g}")
        _opt(o, "outline_width_unit", "Pixel")
        _opt(o, "style", "solid")
    if sym.size_expression:
        dd = ET.SubElement(lyr, "data_defined_properties")
        m = ET.SubElement(dd, "Option", {"type": "Map"})
        _opt(m, "name", "")
        props = ET.SubElement(m, "Option", {"name": "properties", "type": "Map"})
        prop = ET.SubElement(
            props, "Option", {"name": "size" if sym.kind == "marker" else "outlineWidth", "type": "Map"}
        )
        _opt(prop, "active", "true", "bool")
        _opt(prop, "expression", sym.size_expression)
        _opt(prop, "type", "3", "int")
        _opt(m, "type", "collection")
    return el


def renderer_xml(style: Style) -> ET.Element:
    """Return the ``renderer-v2`` element (a rule-based renderer) of a style."""
    r = ET.Element(
        "renderer-v2",
        {
            "type": "RuleRenderer",
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
            "referencescale": "-1",
        },
    )
    rules = ET.SubElement(r, "rules", {"key": _key(style.name, "root")})
    symbols = ET.SubElement(r, "symbols")
    for i, rule in enumerate(style.rules):
        attrs = {"key": _key(style.name, str(i)), "label": rule.label, "symbol": str(i)}
        f = expression(rule.conditions)
        if f:
            attrs["filter"] = f
        ET.SubElement(rules, "rule", attrs)
        symbols.append(_symbol_xml(rule.symbol, str(i)))
    return r


def _text(el: ET.Element) -> str:
    ET.indent(el, space=" ")
    return ET.tostring(el, encoding="unicode")


def qml(style: Style) -> str:
    """Return the QML document of a style (what QGIS saves with *Save Style… > QGIS QML*)."""
    root = ET.Element("qgis", {"version": QGIS_VERSION, "styleCategories": "Symbology"})
    root.append(renderer_xml(style))
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + _text(root) + "\n"


# ------------------------------------------------------------------------------------------- SLD
_OGC_OP = {
    "=": "PropertyIsEqualTo",
    ">": "PropertyIsGreaterThan",
    ">=": "PropertyIsGreaterThanOrEqualTo",
    "<": "PropertyIsLessThan",
    "<=": "PropertyIsLessThanOrEqualTo",
}
_SLD = "http://www.opengis.net/sld"
_SE = "http://www.opengis.net/se"
_OGC = "http://www.opengis.net/ogc"


def _svg(parent: ET.Element, name: str, value) -> None:
    ET.SubElement(parent, f"{{{_SE}}}SvgParameter", {"name": name}).text = str(value)


def sld(style: Style, table: str) -> str:
    """Return the OGC SLD 1.1 document of a style (data-defined sizes are left out)."""
    ET.register_namespace("", _SLD)
    ET.register_namespace("se", _SE)
    ET.register_namespace("ogc", _OGC)
    root = ET.Element(f"{{{_SLD}}}StyledLayerDescriptor", {"version": "1.1.0"})
    nl = ET.SubElement(root, f"{{{_SLD}}}NamedLayer")
    ET.SubElement(nl, f"{{{_SE}}}Name").text = table
    us = ET.SubElement(nl, f"{{{_SLD}}}UserStyle")
    ET.SubElement(us, f"{{{_SE}}}Name").text = style.name
    fts = ET.SubElement(us, f"{{{_SE}}}FeatureTypeStyle")
    for rule in style.rules:
        r = ET.SubElement(fts, f"{{{_SE}}}Rule")
        ET.SubElement(r, f"{{{_SE}}}Name").text = rule.label
        if rule.conditions is None:
            ET.SubElement(r, f"{{{_SE}}}ElseFilter")
        elif rule.conditions:
            flt = ET.SubElement(r, f"{{{_OGC}}}Filter")
            parent = ET.SubElement(flt, f"{{{_OGC}}}And") if len(rule.conditions) > 1 else flt
            for c, op, v in rule.conditions:
                cmp_ = ET.SubElement(parent, f"{{{_OGC}}}{_OGC_OP[op]}")
                ET.SubElement(cmp_, f"{{{_OGC}}}PropertyName").text = c
                ET.SubElement(cmp_, f"{{{_OGC}}}Literal").text = str(v)
        s = rule.symbol
        if s.kind == "line":
            sym = ET.SubElement(r, f"{{{_SE}}}LineSymbolizer")
            st = ET.SubElement(sym, f"{{{_SE}}}Stroke")
            _svg(st, "stroke", s.colour)
            _svg(st, "stroke-opacity", f"{s.opacity:g}")
            _svg(st, "stroke-width", f"{s.width:g}")
            if s.dash:
                _svg(st, "stroke-dasharray", s.dash)
        elif s.kind == "marker":
            sym = ET.SubElement(r, f"{{{_SE}}}PointSymbolizer")
            g = ET.SubElement(sym, f"{{{_SE}}}Graphic")
            m = ET.SubElement(g, f"{{{_SE}}}Mark")
            ET.SubElement(m, f"{{{_SE}}}WellKnownName").text = "circle"
            fl = ET.SubElement(m, f"{{{_SE}}}Fill")
            _svg(fl, "fill", s.colour)
            _svg(fl, "fill-opacity", f"{s.fill_opacity:g}")
            st = ET.SubElement(m, f"{{{_SE}}}Stroke")
            _svg(st, "stroke", s.outline or s.colour)
            _svg(st, "stroke-width", f"{s.width:g}")
            ET.SubElement(g, f"{{{_SE}}}Size").text = f"{s.size:g}"
        else:
            sym = ET.SubElement(r, f"{{{_SE}}}PolygonSymbolizer")
            fl = ET.SubElement(sym, f"{{{_SE}}}Fill")
            _svg(fl, "fill", s.colour)
            if s.outline:
                st = ET.SubElement(sym, f"{{{_SE}}}Stroke")
                _svg(st, "stroke", s.outline)
                _svg(st, "stroke-width", f"{s.width:g}")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _text(root) + "\n"


# ---------------------------------------------------------------------------------- layer_styles
def write_layer_styles(gpkg: str | Path, styles: dict[str, Style]) -> None:
    """Write each table's style as its default QGIS style into a GeoPackage's ``layer_styles`` table.

    The table has QGIS's schema (``f_table_catalog``, ``f_table_schema``, ``f_table_name``,
    ``f_geometry_column``, ``styleName``, ``styleQML``, ``styleSLD``, ``useAsDefault``,
    ``description``, ``owner``, ``ui``, ``update_time``) and is registered in ``gpkg_contents``
    as an attribute table, as QGIS itself writes it.

    Parameters
    ----------
    gpkg
        An existing GeoPackage holding the styled tables (geometry column ``geom``).
    styles
        Table name -> style.
    """
    import pyogrio

    rows = [
        {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": table,
            "f_geometry_column": "geom",
            "styleName": st.name,
            "styleQML": qml(st),
            "styleSLD": sld(st, table),
            "useAsDefault": True,
            "description": st.description,
            "owner": "",
            "ui": None,
            "update_time": pd.Timestamp("2000-01-01T00:00:00Z"),
        }
        for table, st in sorted(styles.items())
    ]
    df = pd.DataFrame(rows)
    df["ui"] = df["ui"].astype("string")
    pyogrio.write_dataframe(
        df, str(gpkg), layer="layer_styles", driver="GPKG", use_arrow=True, layer_options={"FID": "id"}
    )


# --------------------------------------------------------------------------------------- project
@dataclass(frozen=True)
class ProjectLayer:
    """One layer of a QGIS project.

    Parameters
    ----------
    name
        The name shown in QGIS's layer panel.
    source
        The data source relative to the project file (``./x.gpkg|layername=t``, ``./t.parquet``).
    geometry
        ``"point"``, ``"line"``, ``"polygon"`` or ``None`` (a table without geometry).
    group
        The layer panel group it goes in.
    style
        Its style (``None`` for a table without geometry).
    visible
        Checked in the layer panel.
    """

    name: str
    source: str
    geometry: str | None
    group: str
    style: Style | None = None
    visible: bool = True


_GEOM = {
    "point": ("Point", "Point"),
    "line": ("Line", "LineString"),
    "polygon": ("Polygon", "MultiPolygon"),
    None: ("No geometry", "NoGeometry"),
}


def _srs(parent: ET.Element) -> None:
    from pyproj import CRS

    s = ET.SubElement(parent, "spatialrefsys", {"nativeFormat": "Wkt"})
    for tag, text in (
        ("wkt", CRS.from_epsg(4326).to_wkt()),
        ("proj4", "+proj=longlat +datum=WGS84 +no_defs"),
        ("srsid", "3452"),
        ("srid", "4326"),
        ("authid", "EPSG:4326"),
        ("description", "WGS 84"),
        ("projectionacronym", "longlat"),
        ("ellipsoidacronym", "EPSG:7030"),
        ("geographicflag", "true"),
    ):
        ET.SubElement(s, tag).text = text


def project_xml(
    title: str, layers: list[ProjectLayer], relations: list[tuple[str, str, str, str]] = ()
) -> str:
    """Return the ``.qgs`` XML of a project: the layers in panel order (top first), EPSG:4326.

    Parameters
    ----------
    title
        The project title.
    layers
        The layers, the first drawn on top.
    relations
        ``(child layer, child field, parent layer, parent field)`` by layer name: QGIS shows the
        child rows in the parent's feature form (e.g. the sources of an asset).
    """
    ids = {lyr.name: "ck_" + uuid.uuid5(_NS, lyr.source).hex for lyr in layers}
    root = ET.Element("qgis", {"projectname": title, "version": QGIS_VERSION})
    ET.SubElement(root, "homePath", {"path": ""})
    ET.SubElement(root, "title").text = title
    _srs(ET.SubElement(root, "projectCrs"))
    tree = ET.SubElement(root, "layer-tree-group")
    ET.SubElement(tree, "customproperties")
    groups: dict[str, ET.Element] = {}
    for lyr in layers:
        if lyr.group not in groups:
            groups[lyr.group] = ET.SubElement(
                tree, "layer-tree-group", {"name": lyr.group, "checked": "Qt::Checked", "expanded": "1"}
            )
            ET.SubElement(groups[lyr.group], "customproperties")
        el = ET.SubElement(
            groups[lyr.group],
            "layer-tree-layer",
            {
                "id": ids[lyr.name],
                "name": lyr.name,
                "source": lyr.source,
                "providerKey": "ogr",
                "checked": "Qt::Checked" if lyr.visible else "Qt::Unchecked",
                "expanded": "0",
            },
        )
        ET.SubElement(el, "customproperties")
    pl = ET.SubElement(root, "projectlayers")
    for lyr in layers:
        geom, wkb = _GEOM[lyr.geometry]
        ml = ET.SubElement(
            pl,
            "maplayer",
            {
                "type": "vector",
                "geometry": geom,
                "wkbType": wkb,
                "styleCategories": "AllStyleCategories",
                "readOnly": "0",
            },
        )
        ET.SubElement(ml, "id").text = ids[lyr.name]
        ET.SubElement(ml, "datasource").text = lyr.source
        ET.SubElement(ml, "layername").text = lyr.name
        _srs(ET.SubElement(ml, "srs"))
        ET.SubElement(ml, "provider", {"encoding": "UTF-8"}).text = "ogr"
        if lyr.style is not None and lyr.geometry is not None:
            ml.append(renderer_xml(lyr.style))
    order = ET.SubElement(root, "layerorder")
    for lyr in layers:
        ET.SubElement(order, "layer", {"id": ids[lyr.name]})
    rel = ET.SubElement(root, "relations")
    for child, cfield, parent, pfield in relations:
        if child in ids and parent in ids:
            r = ET.SubElement(
                rel,
                "relation",
                {
                    "id": "rel_" + uuid.uuid5(_NS, f"{child}/{parent}").hex,
                    "name": f"{child} of {parent}",
                    "referencingLayer": ids[child],
                    "referencedLayer": ids[parent],
                    "strength": "Association",
                },
            )
            ET.SubElement(r, "fieldRef", {"referencingField": cfield, "referencedField": pfield})
    props = ET.SubElement(root, "properties")
    paths = ET.SubElement(props, "Paths")
    ET.SubElement(paths, "Absolute", {"type": "bool"}).text = "false"
    gui = ET.SubElement(props, "Gui")
    for c, v in (("CanvasColorRedPart", 221), ("CanvasColorGreenPart", 232), ("CanvasColorBluePart", 239)):
        ET.SubElement(gui, c, {"type": "int"}).text = str(v)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + _text(root) + "\n"


def write_project(path: str | Path, title: str, layers: list[ProjectLayer], relations=()) -> Path:
    """Write a QGIS project (``.qgz``: a zip holding ``<stem>.qgs``); return its path.

    Layer sources are relative to the project's folder (``./...``), so the folder can be moved
    or shared whole. The zip carries fixed timestamps: the same layers give the same bytes.
    """
    from corridorkit.geo.io import atomic_write

    p = Path(path)
    text = project_xml(title, layers, relations)
    info = zipfile.ZipInfo(f"{p.stem}.qgs", date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with atomic_write(p, "wb") as fh, zipfile.ZipFile(fh, "w") as z:
        z.writestr(info, text.encode("utf-8"))
    return p


__all__ = [
    "ProjectLayer",
    "Rule",
    "Style",
    "Symbol",
    "asset_style",
    "basemap_style",
    "expression",
    "project_xml",
    "qml",
    "sld",
    "write_layer_styles",
    "write_project",
]
