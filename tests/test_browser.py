"""A real browser on the built sites: Debian's headless Chromium driven by Playwright's Python API.

It reads the statement, switches language, searches in Dutch, filters and sorts the register,
follows cross-links both ways and saves screenshots (in $ROPA_SCREENSHOTS, else a temporary folder).
Every request the browser makes is recorded: none may leave this machine. Without chromium the test
is skipped, except under CI (where .ci/run installs it), where that is a failure.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import ROOT
from ropa.site.build import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("chromium is not installed; .ci/run installs Debian's chromium for this test", pytrace=False)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


class _Quiet(SimpleHTTPRequestHandler):
    """Serves the built sites as a static host such as GitHub Pages does: a missing page gets the site's
    own 404.html, with status 404, at the address that was asked for."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            folder = Path(self.directory) / urlparse(self.path).path.lstrip("/")
            for parent in [folder, *folder.parents]:
                page = parent / "404.html"
                if parent != Path(self.directory) and page.is_file() and Path(self.directory) in page.parents:
                    body = page.read_bytes()
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
        super().send_error(code, message, explain)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Both sites of register/ and of examples/interconnect, served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("served")
    build(ROOT / "register", root / "demo", use_cache=False)
    build(ROOT / "examples" / "interconnect", root / "interconnect", use_cache=False, publish_with_errors=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    hosts = {urlparse(url).hostname for url in tab.requests if not url.startswith(("data:", "blob:"))}
    context.close()
    assert hosts <= {"127.0.0.1"}, f"the page contacted other hosts: {hosts - {'127.0.0.1'}}"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("ROPA_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def heading(page) -> str:
    return page.locator("article h1").inner_text().rstrip("¶").strip()  # without the permalink sign


def test_read_the_statement_and_switch_language(page, server, shots):
    page.goto(f"{server}/demo/public/index.html")
    assert heading(page) == "Privacyverklaring"
    assert page.locator("article h2", has_text="Uw rechten").count() == 1
    page.screenshot(path=str(shots / "demo-statement-nl.png"), full_page=False)
    page.locator(".md-header__option .md-select button").hover()
    page.locator("a[hreflang=en]").click()
    page.wait_for_url("**/en/**")
    assert page.locator("html").get_attribute("lang") == "en"
    assert heading(page) == "Privacy statement"
    page.screenshot(path=str(shots / "demo-statement-en.png"))


def test_search_works_offline_in_dutch(page, server, shots):
    page.goto(f"{server}/interconnect/public/index.html")
    page.wait_for_load_state("networkidle")  # the search worker has fetched its index
    page.keyboard.press("/")  # Material's shortcut that opens the search
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.press_sequentially("camerabeeld", delay=40)  # the statement says "Camerabeelden"
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=30000)
    assert results.count() >= 1
    assert "amerabeeld" in page.locator(".md-search-result").inner_text()
    page.screenshot(path=str(shots / "interconnect-search.png"))


def test_follow_cross_links_in_the_internal_register(page, server, shots):
    page.goto(f"{server}/demo/internal/index.html")
    assert "sha256:" in page.locator(".md-banner").inner_text()
    rows = page.locator("article table tbody tr")
    total = rows.count()
    page.locator("input.ropa-filter").fill("sollicit")
    visible = [r for r in rows.all() if r.is_visible()]
    assert 0 < len(visible) < total
    page.screenshot(path=str(shots / "demo-register-filtered.png"))
    page.locator("input.ropa-filter").fill("")
    header = page.locator("article table thead th").first
    header.click()
    first = rows.first.inner_text()
    header.click()
    assert rows.first.inner_text() != first  # sorted the other way
    page.locator("article table a", has_text="Sollicitaties").first.click()
    page.wait_for_url("**/activities/sollicitaties.html")
    page.screenshot(path=str(shots / "demo-activity.png"), full_page=True)
    page.locator("article a[href*='purposes/werving-en-selectie']").first.click()
    page.wait_for_url("**/purposes/werving-en-selectie.html")
    back = page.locator("article a[href*='activities/sollicitaties']")
    assert back.count() == 1
    back.click()
    page.wait_for_url("**/activities/sollicitaties.html")
    page.locator("article a[href*='bases/']").first.click()
    page.wait_for_url("**/bases/*.html")
    assert page.locator("article a[href*='activities/sollicitaties']").count() >= 1
    page.screenshot(path=str(shots / "demo-basis.png"))


def test_the_sites_store_nothing_in_the_readers_browser(page, server):
    """No cookie, no localStorage or sessionStorage entry: not on reading, switching language or searching."""
    for url in (f"{server}/demo/public/index.html", f"{server}/demo/internal/index.html"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially("bewaar", delay=20)
        page.wait_for_timeout(500)
        stored = page.evaluate(
            "() => [document.cookie, localStorage.length, sessionStorage.length,"
            " Object.keys(localStorage), Object.keys(sessionStorage)]"
        )
        assert stored[:3] == ["", 0, 0], stored
        # no invisible control takes the keyboard: every input a Tab reaches is visible
        hidden = page.evaluate(
            "() => [...document.querySelectorAll('input, button, select, textarea, [tabindex]')]"
            ".filter(e => e.tabIndex >= 0 && !e.disabled && e.offsetParent === null"
            " && getComputedStyle(e).visibility !== 'hidden' && e.type !== 'hidden'"
            " && e.closest('[hidden]') === null && e.id.startsWith('__palette')).map(e => e.id)"
        )
        assert hidden == [], hidden


def test_sort_by_keyboard_dates_in_date_order_and_the_count_is_announced(page, server):
    page.goto(f"{server}/demo/internal/index.html")
    page.locator("input.ropa-filter").fill("sollicit")
    status = page.locator(".ropa-shown[role=status][aria-live=polite]")
    assert "getoond" in status.inner_text() and status.inner_text().split()[0].isdigit()
    page.locator("input.ropa-filter").fill("")
    headers = page.locator("article table thead th")
    review = headers.nth(headers.count() - 1)
    button = review.locator("button.ropa-sort")
    assert button.get_attribute("type") == "button" and button.inner_text().strip() == "Laatste review"
    button.focus()
    page.keyboard.press("Space")  # a real button: Space sorts, it does not scroll
    assert review.get_attribute("aria-sort") == "ascending"
    dates = page.locator("article table tbody tr td:last-child time").evaluate_all(
        "cells => cells.map(c => c.getAttribute('datetime'))"
    )
    assert len(dates) > 3 and dates == sorted(dates)  # by date, not by the words of the date
    page.keyboard.press("Enter")
    assert review.get_attribute("aria-sort") == "descending"


@pytest.mark.parametrize("path", ["demo/internal/index.html", "demo/internal/activities/sollicitaties.html"])
def test_a_printed_register_page_keeps_every_column_and_its_version(page, server, path, shots):
    import io

    from pypdf import PdfReader

    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    headers = page.locator("article table th").evaluate_all(  # column headers and key/value row headers
        "cells => cells.map(c => c.innerText.trim()).filter(Boolean)"
    )
    banner = page.locator(".md-banner").inner_text()
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)
    (shots / (path.replace("/", "-") + ".pdf")).write_bytes(pdf)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    joined = text.replace("- ", "").replace(" ", "")  # words broken at a line end join again
    missing = [h for h in headers if h.replace(" ", "") not in joined]
    assert headers and missing == [], missing
    assert "sha256:" in banner and banner.split("sha256:")[1].split()[0][:12] in joined


@pytest.mark.parametrize("path", ["demo/public/index.html", "interconnect/public/index.html"])
def test_a_printed_statement_keeps_its_cookie_table(page, server, path):
    import io

    from pypdf import PdfReader

    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    headers = page.locator("article table thead th").evaluate_all(
        "cells => cells.map(c => c.innerText.trim()).filter(Boolean)"
    )
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf())).pages)
    joined = text.replace("-\n", "").replace("\n", "").replace(" ", "")
    assert headers and [h for h in headers if h.replace(" ", "") not in joined] == []


AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The statement in each language, its error page served under a sub-folder, and every kind of page of
# the internal register, for the demo register and one example.
AXE_PAGES = [
    "demo/public/index.html",
    "demo/public/en/index.html",
    "demo/public/no-such-page",
    "demo/internal/index.html",
    "demo/internal/organisation.html",
    "demo/internal/processor.html",
    "demo/internal/activities/sollicitaties.html",
    "demo/internal/purposes/index.html",
    "demo/internal/purposes/werving-en-selectie.html",
    "demo/internal/bases/index.html",
    "demo/internal/bases/consent.html",
    "demo/internal/data-categories/index.html",
    "demo/internal/data-categories/camerabeelden.html",
    "demo/internal/data-subjects/index.html",
    "demo/internal/data-subjects/sollicitanten.html",
    "demo/internal/recipients/index.html",
    "demo/internal/recipients/accountant.html",
    "demo/internal/countries/index.html",
    "demo/internal/measures/index.html",
    "demo/internal/measures/versleuteling.html",
    "demo/internal/status.html",
    "demo/internal/changes.html",
    "demo/internal/rules.html",
    "demo/internal/downloads.html",
    "demo/internal/no-such-page",
    "demo/internal/en/index.html",
    "demo/internal/en/activities/sollicitaties.html",
    "interconnect/public/index.html",
    "interconnect/internal/index.html",
    "interconnect/internal/activities/beveiliging-vestigingen-en-datacenters.html",
]
# Violations accepted, by rule id, each with the reason (none at present; serious and critical never).
AXE_ACCEPTED: dict[str, str] = {}


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_no_wcag_violation(browser, server, width):
    """axe-core (vendored, tests/vendor/axe-core) over every kind of page at a desktop and a phone width."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    found = {}
    for path in AXE_PAGES:
        tab.goto(f"{server}/{path}")
        tab.wait_for_load_state("networkidle")
        tab.add_script_tag(path=str(AXE))
        result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        assert result["passes"], f"axe checked nothing on {path}"
        for violation in result["violations"]:
            if violation["id"] not in AXE_ACCEPTED or violation["impact"] in ("serious", "critical"):
                found.setdefault(path, []).append(
                    f"{violation['id']} ({violation['impact']}): {violation['nodes'][0]['target']}"
                )
    context.close()
    assert found == {}, found


def test_the_error_page_works_under_a_sub_folder(page, server):
    """A host serves 404.html at the missing address; its styles, scripts and links still resolve."""
    response = page.goto(f"{server}/demo/public/no-such-page")
    assert response.status == 404
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    home = page.locator(".md-header__button.md-logo")
    assert home.evaluate("a => a.href") == f"{server}/demo/public/index.html"
    assert page.locator("link[rel=stylesheet][href*='print.css']").evaluate("l => l.sheet !== null")


def test_key_value_tables_have_row_headers(page, server):
    page.goto(f"{server}/demo/internal/activities/sollicitaties.html")
    table = page.locator("article table[data-ropa=key-value]").first
    assert table.locator("thead").count() == 0
    labels = table.locator("tbody tr > th[scope=row]").all_inner_texts()
    assert labels[:2] == ["Verwerking", "Rol"] and all(label.strip() for label in labels)
    assert page.locator("article th").evaluate_all("cells => cells.filter(c => !c.innerText.trim()).length") == 0


def test_a_phone_reads_the_register_as_cards_and_the_statement_without_hidden_stops(browser, server, shots):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    tab.goto(f"{server}/demo/internal/index.html")
    tab.wait_for_load_state("networkidle")
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= 375  # no sideways scrolling
    first = tab.locator("article table tbody tr").first
    assert first.evaluate("r => getComputedStyle(r).display") == "block"  # a card
    assert first.locator("td").nth(1).get_attribute("data-label") == "Rol"
    assert tab.locator("article table").get_attribute("role") == "table"
    tab.screenshot(path=str(shots / "demo-register-375.png"))
    for path in ("interconnect/internal/index.html", "interconnect/public/index.html"):
        tab.goto(f"{server}/{path}")
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate("() => document.documentElement.scrollWidth") <= 375, path
        tab.screenshot(path=str(shots / (path.replace("/", "-").replace(".html", "") + "-375.png")))
    tab.goto(f"{server}/demo/public/index.html")
    tab.wait_for_load_state("networkidle")
    tab.screenshot(path=str(shots / "demo-statement-375.png"))
    # no Tab stop is a link of the closed navigation drawer; the drawer opens from the keyboard
    stops = []
    for _ in range(12):
        tab.keyboard.press("Tab")
        stops.append(
            tab.evaluate(
                "() => { const e = document.activeElement;"
                " return [e.closest('.md-sidebar--primary') !== null, e.getAttribute('for')] }"
            )
        )
    assert not any(in_drawer for in_drawer, _ in stops), stops
    menu = tab.locator("label.md-header__button[for=__drawer]")
    assert menu.get_attribute("role") == "button" and menu.get_attribute("tabindex") == "0"
    menu.focus()
    tab.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    tab.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    # the cookie table, wider than a phone, says that it scrolls and takes the keyboard
    box = tab.locator("article .md-typeset__scrollwrap.ropa-scrolls").first
    assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
    assert "schuif" in box.get_attribute("aria-label")
    assert box.evaluate("b => b.previousElementSibling.className") == "ropa-scroll-hint"
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "demo/internal/index.html",
        "demo/public/index.html",
        "interconnect/internal/index.html",
        "interconnect/public/index.html",
    ],
)
def test_screenshots_at_desktop_width(page, server, shots, path):
    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    # a table that scrolls sideways says so and takes the keyboard; one that fits does neither
    boxes = page.locator(".md-typeset__scrollwrap").evaluate_all(
        "boxes => boxes.map(b => [b.scrollWidth > b.clientWidth + 1, b.tabIndex === 0,"
        " b.previousElementSibling !== null && b.previousElementSibling.className === 'ropa-scroll-hint'])"
    )
    assert boxes and all(scrolls == focusable == hinted for scrolls, focusable, hinted in boxes), boxes
    page.screenshot(path=str(shots / (path.replace("/", "-").replace(".html", "") + "-1280.png")))


def _search(page, words: str) -> int:
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(words, delay=15)
    page.wait_for_function(
        "() => !/^(Zoeken|Initializing|Typ|Type)/.test(document.querySelector('.md-search-result__meta').innerText)",
        timeout=30000,
    )
    page.wait_for_timeout(300)  # the last keystroke's results
    count = page.locator(".md-search-result__item").count()
    page.keyboard.press("Escape")
    return count


@pytest.mark.parametrize(
    "path, base, inflected",
    [
        ("demo/internal/index.html", "bewaartermijn", "bewaartermijnen"),
        ("demo/internal/index.html", "sollicitant", "sollicitanten"),
        ("demo/public/index.html", "bewaartermijn", "bewaartermijnen"),
        ("demo/public/en/index.html", "retention", "retentions"),
        ("demo/public/en/index.html", "store", "storing"),
    ],
)
def test_search_finds_inflected_forms_with_the_languages_stemmer(page, server, path, base, inflected):
    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    found = _search(page, base)
    assert found >= 1
    assert _search(page, inflected) >= found  # the stem's pages, not none


def test_the_internal_register_switches_language_like_the_statement(page, server):
    page.goto(f"{server}/demo/internal/activities/sollicitaties.html")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.locator(".md-header__option .md-select button").hover()
    page.locator("a[hreflang=en]").click()
    page.wait_for_url("**/internal/en/**")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Register version" in page.locator(".md-banner").inner_text()
    assert page.locator("nav.md-nav--primary").inner_text().count("Recipients") == 1
