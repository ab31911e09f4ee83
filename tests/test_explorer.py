"""explorer.html: an offline page whose routes are `corridorkit route`'s, in every scenario and year shown."""

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corridorkit.analysis.network import build_network
from corridorkit.analysis.routing import resolve_place, route
from corridorkit.analysis.scenarios import apply_scenario, resolve_scenario
from corridorkit.cli.main import app
from corridorkit.maps.explorer import build_explorer

SCENARIOS = ["s1-multivector-pivot", "s2-zangezur-blocked", "s4-turkiye-mediates"]
YEARS = (2025, 2026, 2030)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# (scenario, year, weight, modes, origin, destination): a sample of pairs, scenarios, years and weights,
# with Baku→Nakhchivan by rail, which S1's Meghri section turns from a trip round the Caspian into a day.
CASES = [
    ("s1-multivector-pivot", 2030, "time", ("rail",), "Baku", "Nakhchivan"),
    ("baseline", 2030, "time", ("rail",), "Baku", "Nakhchivan"),
    ("s2-zangezur-blocked", 2030, "time", ("rail", "road", "sea"), "Baku", "Nakhchivan"),
    ("s4-turkiye-mediates", 2030, "distance", ("rail",), "Yerevan", "Kars"),
    ("baseline", 2026, "distance", ("rail",), "Yerevan", "Kars"),
    ("s1-multivector-pivot", 2025, "cost", ("rail", "road", "sea"), "Aktau", "Kars"),
    ("s2-zangezur-blocked", 2026, "time", ("rail", "sea"), "Tbilisi", "Aktau"),
    ("baseline", 2025, "time", ("rail", "road", "sea"), "Xi'an", "Duisburg"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return build_explorer(tmp_path_factory.mktemp("explorer") / "explorer.html", scenarios=SCENARIOS, years=YEARS)


def _data(page: Path) -> dict:
    m = re.search(r'<script id="ck-data" type="application/json">(.*?)</script>', page.read_text(), re.S)
    return json.loads(m.group(1))


def test_the_page_is_one_offline_file_with_clean_popups(page):
    html = page.read_text()
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", html), "fetches something"
    assert "L.map(" in html and "ckExplorer(" in html
    data = _data(page)
    popups = [f["properties"]["popup"] for f in data["features"]]
    assert popups and not any(re.search(r">\s*nan\s*<|: nan\b|\(nan\)", p) for p in popups)
    hrefs = [h for p in popups for h in re.findall(r'href="([^"]*)"', p)]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert all("<th>geometry</th>" in p for p in popups)  # every asset says how accurate its line is


def test_explore_refuses_a_folder_it_did_not_write(tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    r = CliRunner().invoke(app, ["explore", "--out", str(tmp_path)])
    assert r.exit_code == 2
    assert "--out" in r.output and "Traceback" not in r.output
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def _python_route(scenario, year, weight, modes, origin, destination):
    if scenario == "baseline":
        G = build_network(year)
    else:
        G = apply_scenario(resolve_scenario(scenario).model_copy(update={"as_of": year})).network
    o, d = resolve_place(G, origin, layers=modes), resolve_place(G, destination, layers=modes)
    return o, d, route(G, o, d, weight=weight, layers=modes)[0]


@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install chromium); .ci/run installs it",
)
def test_the_page_answers_as_corridorkit_route_does(page):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    years = list(YEARS)
    shots = Path(__file__).parent / "_artifacts"
    shots.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(page.as_uri())
        tab.wait_for_function("document.body.dataset.ckReady === '1'", timeout=30_000)
        for i, (scenario, year, weight, modes, origin, destination) in enumerate(CASES):
            o, d, want = _python_route(scenario, year, weight, modes, origin, destination)
            tab.select_option("#ck-scenario", scenario)
            tab.fill("#ck-year", str(years.index(year)))
            assert tab.inner_text("#ck-year-label") == str(year)
            tab.select_option("#ck-weight", weight)
            for m in ("rail", "road", "sea"):
                tab.set_checked(f"#ck-mode-{m}", m in modes)
            # the first pair by the names a user types, the others by place id
            tab.fill("#ck-from", origin if i == 0 else o)
            tab.dispatch_event("#ck-from", "change")
            tab.fill("#ck-to", destination if i == 0 else d)
            tab.dispatch_event("#ck-to", "change")
            got = tab.eval_on_selector("#ck-route-main", "e => Object.assign({}, e.dataset)")
            case = f"{scenario} {year} {weight} {modes} {origin}→{destination}"
            assert got["assets"].split(" ") == want.assets, case
            assert float(got["hours"]) == pytest.approx(want.total_hours, rel=1e-12), case
            assert float(got["km"]) == pytest.approx(want.total_km, rel=1e-12), case
            assert float(got["usd"]) == pytest.approx(want.total_cost_usd_per_t, rel=1e-12), case
            assert got["days"] == f"{want.total_days:.1f}", case
            if i == 0:
                # S1 opens the Meghri section: the page says the path changed, beside the baseline's
                assert "rail_meghri_section" in got["assets"].split(" ")
                base = tab.eval_on_selector("#ck-route-base", "e => Object.assign({}, e.dataset)")
                assert "rail_meghri_section" not in base["assets"].split(" ")
                assert float(base["hours"]) > 5 * float(got["hours"])
                assert "changes the path" in tab.inner_text("#ck-delta")
                tab.screenshot(path=str(shots / "explorer_route.png"))
        assert errors == []
        browser.close()
