"""Offline folium maps: Leaflet inlined from the django-js-lib-leaflet wheel, safe GeoJSON layers.

A map written here references no CDN and no tile server: opened from disk on a
machine without internet it draws everything. Text from data never reaches the
page as markup: popups and tooltips are built from escaped strings, and the
embedded JSON escapes ``<``, ``>`` and ``&`` so no string can close a script tag.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from corridorkit.geo.io import write_text


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Return Leaflet's JS and CSS (images inlined as data URIs) from django-js-lib-leaflet."""
    try:
        root = files("js_lib_leaflet") / "static" / "js_lib_leaflet"
    except ModuleNotFoundError as exc:  # pragma: no cover - dependency of the package
        from corridorkit.errors import DependencyError

        raise DependencyError(
            "Leaflet's assets come from the package django-js-lib-leaflet; "
            "install it with `pip install django-js-lib-leaflet`"
        ) from exc
    js = (root / "leaflet.js").read_text(encoding="utf-8")
    css = (root / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        name = match.group(1)
        data = (root / "images" / name).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode()})"

    css = re.sub(r"url\(images/([\w\-.]+\.png)\)", inline, css)
    return js, css


class Raw(Element):
    """HTML that goes into the page as given.

    A branca ``Element(text)`` compiles its text as a Jinja template: ``{{ ... }}`` in a
    name would be evaluated, ``{# ...`` would swallow what follows and ``{%`` would stop the
    page with a template error, and inlining Leaflet this way compiled ~200 KB of JavaScript as
    a template for every map. Text from data reaches a page only through this element or as a
    value a fixed template inserts (``{{ this.data_js }}``), never as template source.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self._html = html

    def render(self, **kwargs) -> str:
        """Return the HTML unchanged."""
        return self._html


class SafeMacro(MacroElement):
    """A branca macro element whose rendered output is added to the page as :class:`Raw` HTML.

    branca's ``MacroElement.render`` wraps what its macros produce in ``Element(...)``, which
    compiles it as a Jinja template a second time: the data a macro inserted (GeoJSON with
    names, legend text) would be evaluated as template source. Every element of ours derives
    from this class instead.
    """

    def render(self, **kwargs) -> None:
        """Render the header, html and script macros into the figure, then the children."""
        figure = self.get_root()
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                text = str(macro(self, kwargs)).removesuffix("\n")  # as a template's last newline goes
                getattr(figure, part).add_child(Raw(text), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


def safe_json(obj) -> str:
    """Return JSON that is safe inside a ``<script>`` element (no ``<``, ``>``, ``&`` literal)."""
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def offline_map(*, location=(41.5, 47.0), zoom_start: int = 5, **kwargs) -> folium.Map:
    """Return a folium Map with Leaflet inlined and no tile layer.

    Parameters
    ----------
    location
        Initial centre (lat, lon).
    zoom_start
        Initial zoom.
    kwargs
        Passed to :class:`folium.Map`.
    """
    m = folium.Map(location=list(location), zoom_start=zoom_start, tiles=None, control_scale=True, **kwargs)
    m.add_child(Panes(), name="panes")
    # Instance attributes, not the class lists that every folium map shares.
    m.default_js = []
    m.default_css = []
    js, css = leaflet_assets()
    m.get_root().header.add_child(Raw(f"<style>{css}</style>"), name="leaflet_css")
    m.get_root().header.add_child(Raw(f"<script>{js}</script>"), name="leaflet_js")
    m.get_root().header.add_child(
        Raw(
            "<style>html,body{margin:0;padding:0;height:100%;width:100%;}"
            ".folium-map{position:absolute;top:0;bottom:0;left:0;right:0;}"
            ".leaflet-container{background:#dde8ef;font:13px/1.4 system-ui,sans-serif;}"
            ".ck-popup td,.ck-popup th{padding:1px 6px;text-align:left;vertical-align:top;}"
            ".ck-popup{max-height:320px;overflow:auto;}"
            ".ck-legend{background:#fff;padding:6px 10px;border-radius:4px;"
            "box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px system-ui,sans-serif;}"
            ".ck-legend i{display:inline-block;width:26px;height:0;margin-right:6px;"
            "vertical-align:middle;border-top-width:3px;}</style>"
        ),
        name="ck_css",
    )
    return m


class SafeGeoJson(SafeMacro):
    """A GeoJSON layer whose features carry ready-made style, escaped tooltip and popup HTML.

    Each feature's properties hold ``_style`` (Leaflet path options, plus ``radius``
    for points), ``_tip`` (plain text, escaped here) and ``_popup`` (HTML built by
    :mod:`corridorkit.maps.style` from escaped values).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJson({{ this.data_js }}, {
  {% if this.pane %}pane: {{ this.pane|tojson }},{% endif %}
  style: function(f) { return f.properties._style; },
  pointToLayer: function(f, latlng) {
    var o = Object.assign({}, f.properties._style);
    {% if this.pane %}o.pane = {{ this.pane|tojson }};{% endif %}
    return L.circleMarker(latlng, o); },
  onEachFeature: function(f, layer) {
    if (f.properties._tip) { layer.bindTooltip(f.properties._tip, {sticky: true}); }
    if (f.properties._popup) { layer.bindPopup(f.properties._popup, {maxWidth: 460}); }
  }
});
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
""")

    def __init__(
        self, data: dict | None, *, name: str, show: bool = True, pane: str | None = None, encoded=None
    ) -> None:
        super().__init__()
        self._name = "SafeGeoJson"
        self.pane = pane
        self.layer_name = name
        self.show = show
        if encoded is not None:  # (data_js, n_features) encoded before, e.g. a basemap layer every map shares
            self.data_js, self.n_features = encoded
        else:
            self.data_js = safe_json(data)
            self.n_features = len(data.get("features", []))

    def render(self, **kwargs):
        """Render and register with the map's layer control under its name."""
        super().render(**kwargs)


class LayerControl(SafeMacro):
    """A layer control listing base overlays and SafeGeoJson layers by name."""

    _template = Template("""
{% macro script(this, kwargs) %}
L.control.layers(null, {
{%- for name, var in this.entries %}
  {{ name|tojson }}: {{ var }},
{%- endfor %}
}, {collapsed: {{ this.collapsed|tojson }}}).addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, layers: list[SafeGeoJson], *, collapsed: bool = False) -> None:
        super().__init__()
        self._name = "LayerControl"
        self.layers = layers
        self.collapsed = collapsed

    @property
    def entries(self):
        """(label, JS variable) pairs of the layers."""
        return [(lyr.layer_name, lyr.get_name()) for lyr in self.layers]


#: Custom panes below Leaflet's overlay pane (400), where the assets are drawn, and the labels'
#: pane above it (under tooltips, 650, and popups, 700).
PANES = {"ckbase": 350, "ckshade": 360, "ckborders": 370, "cklabels": 450}

#: Labels: ``ckLabels(map, labels)`` draws each label ``[lat, lon, text, class, min_zoom]`` (in
#: priority order) as text on the labels pane and, after every zoom or move, shows a label only
#: when the zoom reaches its ``min_zoom`` and its box does not overlap a label shown before it.
#: The text is set with ``textContent``, never parsed as HTML.
LABEL_JS = """
function ckLabels(map, labels) {
  var items = labels.map(function(l) {
    var el = document.createElement('div'); el.className = 'ck-label ' + l[3]; el.textContent = l[2];
    var icon = L.divIcon({className: 'ck-label-icon', html: el, iconSize: null});
    var mk = L.marker([l[0], l[1]], {icon: icon, pane: 'cklabels', interactive: false, keyboard: false});
    mk.addTo(map);
    return {mk: mk, el: el, z: l[4]};
  });
  var retries = 0, retry = null;
  function place() {
    var zoom = map.getZoom(), shown = [], unmeasured = false;
    items.forEach(function(it) {
      var ok = zoom >= it.z, w = it.el.offsetWidth, h = it.el.offsetHeight;
      if (ok && (w === 0 || h === 0)) { unmeasured = true; }  // not laid out yet: measure again soon
      if (ok) {
        var p = map.latLngToContainerPoint(it.mk.getLatLng());
        var box = [p.x - w / 2 - 3, p.y - h / 2 - 2, p.x + w / 2 + 3, p.y + h / 2 + 2];
        ok = !shown.some(function(b) {
          return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; });
        if (ok) { shown.push(box); }
      }
      it.el.style.visibility = ok ? 'visible' : 'hidden';
    });
    // a label not laid out yet (size 0: page still loading, map in a hidden tab) is measured again later,
    // backing off to once a second; only a placement with every label measured counts as placed
    if (unmeasured) {
      clearTimeout(retry); retry = setTimeout(place, Math.min(1000, 50 * Math.pow(2, retries++)));
    }
    else { retries = 0; map.getContainer().setAttribute('data-ck-labels', 'placed'); }
  }
  map.on('zoomend moveend resize', place); map.whenReady(place); setTimeout(place, 0);
  if (window.ResizeObserver) {  // a label whose size changes (fonts arriving, styles applied) is placed again
    var ro = new ResizeObserver(function() { place(); });
    items.forEach(function(it) { ro.observe(it.el); });
  }
  window.addEventListener('load', place);
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(place); }
}
"""

#: The labels' CSS: countries in grey capitals, seas in blue italics, places dark with a halo.
LABEL_CSS = (
    ".ck-label-icon{background:none;border:none;}"
    ".ck-label{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;pointer-events:none;"
    "font:12px/1.1 system-ui,sans-serif;color:#222;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;}"
    ".ck-country{font-size:11px;letter-spacing:.12em;text-transform:uppercase;color:#6d6d6d;}"
    ".ck-sea{font-style:italic;color:#3f6f94;font-size:12px;letter-spacing:.06em;}"
    ".ck-lake{font-style:italic;color:#3f6f94;font-size:11px;}"
    ".ck-place{font-weight:600;}"
    ".ck-place::before{content:'';display:inline-block;width:5px;height:5px;border-radius:50%;"
    "background:#222;margin-right:3px;vertical-align:middle;}"
    ".ck-change{font-weight:700;color:#b30000;background:rgba(255,255,255,.85);padding:0 3px;"
    "border-radius:3px;}"
)


class Panes(SafeMacro):
    """Creates the basemap panes (land and seas, hillshade, borders) under the asset layers."""

    _template = Template("""
{% macro script(this, kwargs) %}
{%- for name, z in this.panes.items() %}
{{ this._parent.get_name() }}.createPane({{ name|tojson }});
{{ this._parent.get_name() }}.getPane({{ name|tojson }}).style.zIndex = {{ z }};
{%- endfor %}
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "Panes"
        self.panes = PANES


class Labels(SafeMacro):
    """Map labels (places, countries, seas) drawn by :data:`LABEL_JS`, collision-free.

    Parameters
    ----------
    labels
        ``[lat, lon, text, css class, min_zoom]`` rows in priority order (the first wins
        where two overlap).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
ckLabels({{ this._parent.get_name() }}, {{ this.data_js }});
{% endmacro %}
""")

    def __init__(self, labels: list[list]) -> None:
        super().__init__()
        self._name = "Labels"
        self.data_js = safe_json(labels)



def add_labels(m: folium.Map, labels: list[list]) -> None:
    """Add collision-free labels to a map (see :class:`Labels`)."""
    labels_code = Raw(f"<style>{LABEL_CSS}</style><script>{LABEL_JS}</script>")
    m.get_root().header.add_child(labels_code, name="ck_labels")
    m.add_child(Labels(labels), name="labels")


class Legend(SafeMacro):
    """A Leaflet control holding legend HTML (built from escaped text), inserted as a JSON string."""

    _template = Template("""
{% macro script(this, kwargs) %}
var legend = L.control({position: {{ this.position_js }}});
legend.onAdd = function() {
  var d = L.DomUtil.create('div', 'ck-legend'); d.innerHTML = {{ this.html_js }}; return d; };
legend.addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, html: str, position: str = "bottomleft") -> None:
        super().__init__()
        self._name = "Legend"
        self.html_js = safe_json(html)
        self.position_js = json.dumps(position)


def add_legend(m: folium.Map, html: str, *, position: str = "bottomleft") -> None:
    """Add a legend (HTML built from escaped text) as a Leaflet control."""
    m.add_child(Legend(html, position), name="legend")


def _stable_ids(root) -> None:
    """Give every element a deterministic id, so the same map renders byte-identically."""
    counter = 0

    def walk(el):
        nonlocal counter
        el._id = f"{counter:06x}"
        counter += 1
        for child in el._children.values():
            walk(child)

    walk(root)


def render_map(m: folium.Map) -> str:
    """Return the map's HTML, with deterministic element ids."""
    root = m.get_root()
    _stable_ids(root)
    # folium keys children by name (which includes the old id): rebuild the keys too
    _rekey(root)
    html = m.get_root().render()
    return html


def _rekey(el) -> None:
    items = list(el._children.items())
    el._children.clear()
    for key, child in items:
        new = child.get_name() if key.endswith(tuple("0123456789abcdef")) and "_" in key else key
        el._children[new] = child
        _rekey(child)


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Write the map as one self-contained HTML file, atomically; return the path."""
    return write_text(path, render_map(m))
