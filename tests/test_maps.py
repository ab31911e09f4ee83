"""Offline maps: no CDN, escaped text, deterministic output, and a real browser draws them."""

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from corridorkit.layers import load
from corridorkit.maps.layers_map import layers_map
from corridorkit.maps.leaflet import render_map, safe_json, save_map
from corridorkit.maps.style import popup_html, safe_link
from tests import netfixture

EVIL = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def fixture_layers(write_fc):
    feats = netfixture.features()
    feats[0]["properties"]["name"] = EVIL
    feats[0]["properties"]["names"] = {"en": EVIL, "hy": "Գանձակ", "az": "Gəncə"}
    return load(files=[write_fc(feats, name="net.geojson")], shipped=False)


def test_map_has_no_cdn_and_escapes_every_string(fixture_layers):
    html = render_map(layers_map(fixture_layers, title=EVIL))
    assert "<script>alert" not in html
    assert 'alert("pwned")</script>' not in html
    # external resources: no src/href to any http(s) host except Leaflet's attribution link
    external = set(re.findall(r'(?:src|href)=["\'](https?://[^"\']+)', html))
    assert external <= {"https://leafletjs.com"}
    assert "cdn" not in " ".join(external)
    assert "Gəncə" in html or "G\\u0259nc\\u0259" in html


def test_same_inputs_give_byte_identical_maps(fixture_layers, tmp_path):
    a = save_map(layers_map(fixture_layers), tmp_path / "a.html").read_bytes()
    b = save_map(layers_map(fixture_layers), tmp_path / "b.html").read_bytes()
    assert a == b


def test_safe_json_cannot_close_a_script_tag():
    text = safe_json({"name": "</script><script>alert(1)</script>"})
    assert "</script>" not in text and "<" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"


def test_popups_link_only_http_urls():
    assert safe_link("javascript:alert(1)", "x") == "x"
    assert safe_link("https://example.org/a?b=<c>", "t") == "t"  # markup in a URL: not linked
    assert safe_link("https://example.org/a?b=1&c=2", "t") == (
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">t</a>'
    )
    html = popup_html(
        {
            "name": EVIL,
            "id": "a",
            "sources": [{"id": "s", "title": EVIL, "url": "javascript:alert(1)", "accessed": "2026"}],
        }
    )
    assert "<script>" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PROBE = """<script>
window.addEventListener('load', function() { setTimeout(function() {
  var n = document.querySelectorAll('path.leaflet-interactive').length;
  document.title = 'CKPROBE ' + JSON.stringify({leaflet: typeof L !== 'undefined', paths: n});
}, 500); });
</script>"""


def chromium(args, url):
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tempfile.mkdtemp()}",
        "--virtual-time-budget=5000",
    ]
    return subprocess.run([CHROMIUM, *flags, *args, url], capture_output=True, text=True, timeout=120)


@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install chromium); .ci/run installs it",
)
def test_a_browser_draws_the_map_offline(fixture_layers, tmp_path):
    html = render_map(layers_map(fixture_layers, hillshade=False))
    html = html.replace("</body>", PROBE + "</body>")
    page = tmp_path / "map.html"
    page.write_text(html, encoding="utf-8")
    r = chromium(["--enable-logging=stderr", "--v=0", "--dump-dom"], page.as_uri())
    m = re.search(r"CKPROBE (\{.*?\})", r.stdout)
    assert m, r.stderr[-2000:]
    probe = json.loads(m.group(1))
    assert probe["leaflet"] is True
    # fixture: 7 lines + 6 places + basemap polygons; at least the 13 assets are drawn
    assert probe["paths"] >= 13
    errors = [ln for ln in r.stderr.splitlines() if "CONSOLE" in ln and ("Uncaught" in ln or "Error" in ln)]
    assert errors == []
    shot = Path(__file__).parent.parent / "tests" / "_artifacts"
    shot.mkdir(exist_ok=True)
    s = chromium([f"--screenshot={shot / 'map_fixture.png'}", "--window-size=1200,800"], page.as_uri())
    assert (shot / "map_fixture.png").stat().st_size > 10_000, s.stderr[-1000:]
