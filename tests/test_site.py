"""`ropa build`: both sites for every register, nothing internal in public, no injection, no other
hosts, reproducible bytes, cross-links both ways, downloads, overrides and the fidelity of the five
statements."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, build_case
from ropa.cli import main
from ropa.loader import parse
from ropa.register import read_register
from ropa.schemawalk import annotated, values_at
from ropa.site.build import build

SITE_TESTS = Path(__file__).parent / "site"
EXAMPLES = [
    "interconnect",
    "connectis",
    "connaxis",
    "conneqtech",
    "isset",
    "bayern-ehrenamtskarte",
    "gemeente-lindewaard",
]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build a register once per test session: ``built(name) -> out folder``."""
    cache: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in cache:
            source = ROOT / name if (ROOT / name).is_dir() else SITE_TESTS / name
            out = tmp_path_factory.mktemp(name.replace("/", "-"))
            build(source, out, use_cache=False, publish_with_errors=True)  # the examples keep their gaps
            cache[name] = out
        return cache[name]

    return get


def files(folder: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in suffixes)


def article_text(page: Path, code: bool | str = True) -> str:
    """The visible text of a page's article; `code=False` leaves code out, a string stands in for it."""
    content = page.read_text(encoding="utf-8")
    body = content[content.find("<article") : content.find("</article>")]
    if code is not True:
        body = re.sub(r"<code>.*?</code>", code or " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.mark.parametrize("name", ["register"] + [f"examples/{e}" for e in EXAMPLES])
def test_every_register_builds_both_sites_strictly(built, name):
    out = built(name)  # mkdocs runs with strict: true, so any warning fails the build
    assert (out / "public" / "index.html").is_file()
    assert (out / "internal" / "index.html").is_file()
    assert (out / "internal" / "status.html").is_file()


def test_public_site_has_both_languages_with_a_switch(built):
    out = built("register")
    nl = (out / "public" / "index.html").read_text(encoding="utf-8")
    en = (out / "public" / "en" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in nl and '<html lang="en"' in en
    assert "Uw rechten" in nl and "Your rights" in en
    switches_language(out / "public" / "index.html", "en")
    switches_language(out / "public" / "en" / "index.html", "nl")


def test_the_themes_words_are_in_the_pages_language(built):
    """The heading anchors' title and the footer's "Made with" were English on a German or French page
    (a reviewer of hold-out 49's French statement)."""
    german = (built("examples/bayern-ehrenamtskarte") / "public" / "index.html").read_text(encoding="utf-8")
    assert "Dauerhafter Link zu diesem Abschnitt" in german and "Erstellt mit" in german
    assert "Permanent link" not in german and "Made with" not in german
    out = built("register") / "public"
    dutch, english = (out / "index.html").read_text(encoding="utf-8"), (out / "en" / "index.html").read_text("utf-8")
    assert "Gemaakt met" in dutch and "Made with" not in dutch and "Made with" in english


def switches_language(page: Path, other: str) -> None:
    """The page's language switch leads to a page in ``other``."""
    [href] = re.findall(rf'<a href="([^"]*)" hreflang="{other}"', page.read_text(encoding="utf-8"))
    target = (page.parent / href / "index.html").resolve()
    assert f'<html lang="{other}"' in target.read_text(encoding="utf-8"), (page, href)


def test_internal_register_in_every_language_of_the_statement(built):
    out = built("register") / "internal"
    pages = sorted(
        p.relative_to(out).as_posix() for p in out.rglob("*.html") if "en" not in p.relative_to(out).parts[:1]
    )
    english = sorted(p.relative_to(out / "en").as_posix() for p in (out / "en").rglob("*.html"))
    assert pages == english  # the same pages in both languages
    nl, en = (
        (out / "organisation.html").read_text(encoding="utf-8"),
        (out / "en" / "organisation.html").read_text(encoding="utf-8"),
    )
    assert '<html lang="nl"' in nl and '<html lang="en"' in en
    assert ">Organisatie<" in nl and ">Organisation<" in en and "sha256:" in en
    assert (out / "en" / "downloads" / "register.csv").read_text(encoding="utf-8-sig").startswith("Processing activity")
    switches_language(out / "activities" / "sollicitaties.html", "en")
    switches_language(out / "en" / "activities" / "sollicitaties.html", "nl")


def test_a_register_in_one_language_has_one_internal_site_without_a_switch(built):
    out = built("examples/connectis") / "internal"
    assert not (out / "en").exists()
    assert "hreflang=" not in (out / "index.html").read_text(encoding="utf-8")


# -- nothing internal reaches the public site -----------------------------------------------------


def test_marker_register_covers_every_internal_field():
    register = read_register(SITE_TESTS / "markers", use_cache=False)
    by_kind: dict[str, list] = {}
    for source in register.all_files():
        by_kind.setdefault(source.kind.name, []).append(source.data)
    covered, wanted = set(), set()
    for kind, documents in by_kind.items():
        for pattern, audience in annotated(kind, "x-ropa-audience"):
            if audience != "internal":
                continue
            keys = (kind,) + tuple(step for step in pattern if step != "*")  # one field, whatever its shape
            wanted.add(keys)
            if any("MARKER-" in json.dumps(value) for data in documents for _, value in values_at(data, pattern)):
                covered.add(keys)
    assert sorted(wanted - covered) == [], "give these internal fields a MARKER- value in tests/site/markers"
    assert len(wanted) >= 30


def test_no_internal_marker_in_any_public_file(built):
    out = built("markers")
    leaks = [
        f"{path.relative_to(out)}: {sorted(set(re.findall(r'MARKER-[A-Z-]+', path.read_text(encoding='utf-8', errors='replace'))))}"
        for path in (out / "public").rglob("*")
        if path.is_file() and b"MARKER-" in path.read_bytes()
    ]
    assert leaks == []
    # ... while the internal site does show them, so the markers are real.
    internal = "".join(p.read_text(encoding="utf-8") for p in files(out / "internal", ".html"))
    for marker in (
        "MARKER-ACT-OWNER",
        "MARKER-LIA-REFERENCE",
        "MARKER-AGREEMENT-REFERENCE",
        "MARKER-TIA",
        "MARKER-INTERNAL-ACTIVITY-NAME",
        "MARKER-RECIPIENT-NAME",
        "MARKER-UNPAIRED-CONSENT-RECORD",
    ):
        assert marker in internal, marker
    # the unpaired bases' own explanation is public, beside those bases
    public = article_text(out / "public" / "index.html")
    assert "Gerechtvaardigd belang: Contact onderhouden." in public and "Via de afmeldlink." in public


def test_the_published_register_shows_the_public_columns(built):
    out = built("markers") / "public"
    for page in (out / "register.html", out / "en" / "register.html"):
        assert page.is_file()
    text = article_text(out / "register.html")
    assert "Klantenbeheer" in text and "CRM-leverancier" in text and "register.csv" in text
    assert "Registerversie" in text  # readers know which version they read
    assert "verwerkingsregister" in article_text(out / "index.html")  # the statement links to it
    header = (out / "register.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Verwerking" in header and "Eigenaar" not in header and "DPIA" not in header


def test_the_register_is_published_only_when_asked(built):
    assert not (built("register") / "public" / "register.html").exists()


def test_public_statement_keeps_the_public_parts(built):
    text = article_text(built("markers") / "public" / "index.html")
    assert "Klantenbeheer" in text and "Goed contact met klanten." in text and "CRM-leverancier" in text
    assert "Verenigde Staten" in text and "zichtbaar" in text


# -- hostile content ------------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parsed(path: Path) -> _Elements:
    parser = _Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_hostile_text_never_becomes_markup(built):
    out = built("hostile")
    pages = files(out, ".html")
    assert pages
    for page in pages:
        doc = parsed(page)
        for tag, attrs in doc.found:
            assert not [a for a in attrs if a.startswith("on")], (page, tag, attrs)
            assert tag not in ("iframe", "object", "embed"), page
            for key in ("href", "src", "action", "formaction"):
                value = (attrs.get(key) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (page, tag, attrs)
            if tag == "img":
                assert not (attrs.get("src") or "").startswith(("http:", "https:", "//")), (page, attrs)
        assert not any("alert(" in script for script in doc.scripts), page
    text = article_text(out / "public" / "index.html")
    assert "<script>alert('description')</script>" in text  # shown as the text it is
    assert "Kop uit de beschrijving" in text


def test_a_link_to_a_file_the_site_does_not_have_is_text_not_a_broken_link(built):
    """ "[here](CARRIER Privacy statement_Final.pdf)": a target with spaces, no scheme, no page of the site. Its
    words stay; the link goes, so the strict build does not stop on it (hold-out 59's research project)."""
    page = built("hostile") / "public" / "index.html"
    assert "our own copy" in article_text(page)
    assert "Final.pdf" not in page.read_text(encoding="utf-8")


def test_hostile_text_keeps_tables_and_headings_intact(built):
    page = (built("hostile") / "public" / "index.html").read_text(encoding="utf-8")
    cookie_table = page[page.find("<table>") : page.find("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", cookie_table, re.S)
    # five columns in each row: the cookie names no provider, so the table has no provider column
    assert len(rows) == 2 and all(len(re.findall(r"<t[hd]", row)) == 5 for row in rows)
    assert "naam | met pipe" in html.unescape(cookie_table)
    headings = [
        html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", page, re.S)
    ]
    assert not any(h.strip().startswith("Geen kop") for h in headings)
    assert any("Kop uit de beschrijving" in h for h in headings)  # a Markdown field keeps its headings...
    assert not re.search(r"<h1[^>]*>[^<]*Kop uit", page)  # ...moved below the statement's own title


# -- privacy of the readers -----------------------------------------------------------------------

_LOADS = re.compile(r"""(?:src|href)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)""", re.I)


@pytest.mark.parametrize("name", ["register", "examples/conneqtech"])
def test_no_page_loads_anything_from_another_host(built, name):
    out = built(name)
    for page in files(out, ".html"):
        for tag, attrs in parsed(page).found:
            if tag == "a":
                continue  # a link is followed only when the reader clicks it
            for key in ("src", "href", "srcset", "data"):
                value = (attrs.get(key) or "").strip().lower()
                assert not value.startswith(("http:", "https:", "//")), (page, tag, attrs)
    for sheet in files(out, ".css"):
        text = sheet.read_text(encoding="utf-8")
        assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", text), sheet


def test_search_index_is_offline_and_dutch(built):
    out = built("register")
    config = json.loads((out / "public" / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["nl"]
    assert config["pipeline"][0] == "stemmer"  # with assets/search.js, inflected forms find their stem
    assert (out / "public" / "assets" / "javascripts" / "lunr" / "min" / "lunr.du.min.js").is_file()


def test_the_register_overview_is_left_out_of_the_search_index(built):
    """The overview has a row per activity, each activity a page of its own in the index: searching a
    name finds that page once, and an edit of an activity does not index the whole table again."""
    out = built("register")
    docs = json.loads((out / "internal" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages = {entry["location"].split("#")[0] for entry in docs}
    assert "" not in pages and "index.html" not in pages
    assert any(page.startswith("activities/") for page in pages)


# -- reproducibility ------------------------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("name", ["register", "examples/conneqtech"])
def test_builds_are_reproducible(tmp_path, monkeypatch, name):
    """Two builds of one register into two different folders give the same bytes, page for page
    (a register with transfers, cookies and both roles, so that every part of the statement is in it)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    build(ROOT / name, tmp_path / "one" / "site", use_cache=False, publish_with_errors=True)
    build(ROOT / name, tmp_path / "elsewhere" / "out", use_cache=False, publish_with_errors=True)
    one, two = _digest(tmp_path / "one" / "site"), _digest(tmp_path / "elsewhere" / "out")
    assert sorted(one) == sorted(two) and len(one) > 20
    assert [page for page in one if one[page] != two[page]] == []


# What Python's representation of a value looks like when it leaks into a page.
_LEAKS = re.compile(r"object at 0x|<built-in|<bound method|\bNone\b|\{'|'\}|\[\]|\(\)|\bTrue\b|\bFalse\b")
_DOUBLED = re.compile(r"(?<![\w])([A-Z][\w&.-]*(?: [\w&.-]+){0,6}) \(\1\)")


@pytest.mark.parametrize("name", ["register"] + [f"examples/{e}" for e in EXAMPLES])
def test_no_page_shows_python_or_doubled_names(built, name):
    out = built(name)
    for page in files(out, ".html"):
        prose = article_text(page, code=False)  # code shows YAML as the user writes it, `[]` included
        assert not _LEAKS.search(prose), (
            page,
            _LEAKS.search(prose).group(0),
            prose[max(0, _LEAKS.search(prose).start() - 80) :][:160],
        )
        text = article_text(page, code="CODE")
        assert not _DOUBLED.search(text), (page, _DOUBLED.search(text).group(0))
        joins = re.search(r"\w\.;|;\s*;|:\s*;|,\s*,", text)
        assert not joins, (page, joins.group(0), text[max(0, joins.start() - 80) : joins.end() + 40])
    statement = article_text(out / "public" / "index.html")
    for label in ("Van wie:", "Welke gegevens:", "Doelen en grondslagen:", "Herkomst van de gegevens:"):
        after = statement.split(label)[1:]
        assert all(
            part.strip()
            and not part.strip().startswith(
                ("Welke gegevens:", "Doelen en grondslagen:", "Herkomst van de gegevens:", "Hoe lang")
            )
            for part in after
        ), f"{name}: `{label}` with nothing after it"


# -- the internal register ------------------------------------------------------------------------


def test_every_internal_page_names_the_register_version(built):
    for page in files(built("register") / "internal", ".html"):
        if page.name == "404.html":
            continue
        content = page.read_text(encoding="utf-8")
        assert re.search(r"sha256:[0-9a-f]{16}", content), page
        assert re.search(r"commit [0-9a-f]{12}|niet in git", content), page


def test_cross_links_go_both_ways(built):
    internal = built("register") / "internal"
    activity = (internal / "activities" / "sollicitaties.html").read_text(encoding="utf-8")
    purposes = set(re.findall(r'href="\.\./purposes/([a-z0-9-]+)\.html"', activity)) - {"index"}
    assert purposes
    for purpose in purposes:
        back = (internal / "purposes" / f"{purpose}.html").read_text(encoding="utf-8")
        assert 'href="../activities/sollicitaties.html"' in back
    for folder in ("bases", "data-categories", "data-subjects", "recipients", "countries", "measures"):
        assert (internal / folder / "index.html").is_file()
        assert any(p.name != "index.html" for p in (internal / folder).glob("*.html")), folder


def test_overview_has_a_row_per_activity_and_the_table_script(built):
    internal = built("register") / "internal"
    overview = (internal / "index.html").read_text(encoding="utf-8")
    activities = len(list((ROOT / "register" / "activities").glob("*.yaml")))
    assert overview.count('href="activities/') == activities
    assert 'class="ropa-table"' in overview and "assets/ropa.js" in overview


def test_indexes_list_definitions_by_the_name_a_reader_looks_for(built):
    for kind in ("recipients", "purposes", "data-categories", "data-subjects", "measures", "bases"):
        page = (built("register") / "internal" / kind / "index.html").read_text(encoding="utf-8")
        names = [html.unescape(n) for n in re.findall(r'<td><a href="[^"]*">([^<]*)</a>', page)]
        assert len(names) > 2 and names == sorted(names, key=str.casefold), kind


@pytest.mark.parametrize("name", ["register"] + [f"examples/{e}" for e in EXAMPLES])
def test_the_statement_opens_with_a_summary_whose_links_reach_their_sections(built, name):
    for page in sorted((built(name) / "public").rglob("index.html")):
        content = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'\bid="([^"]+)"', content))
        article = content[content.find("<article") : content.find("</article>")]
        box = re.search(
            r'<div class="admonition abstract">\s*<p class="admonition-title">([^<]*)</p>(.*?)</div>', article, re.S
        )
        assert box and box.group(1) in ("In het kort", "In short", "Kurz gefasst"), page
        assert article.find('class="admonition abstract"') < article.find("<h2"), "the summary comes first"
        summary = box.group(2)
        targets = re.findall(r'href="#([^"]*)"', summary)
        assert len(targets) >= 2 and all(t in ids for t in targets), (page, [t for t in targets if t not in ids])
        assert "ropa-summary" not in content


def test_status_page_lists_the_lint_findings(built):
    status = article_text(built("examples/interconnect") / "internal" / "status.html")
    assert "dpia-presumed" in status and "AP list item 17" in status
    assert "geen bevindingen" in article_text(built("register") / "internal" / "status.html")


def test_downloads(built):
    folder = built("register") / "internal" / "downloads"
    activities = len(list((ROOT / "register" / "activities").glob("*.yaml")))
    data = json.loads((folder / "register.json").read_text(encoding="utf-8"))
    assert len(data["activities"]) == activities and data["version"]["content_sha256"]
    rows = list(csv.reader(io.StringIO((folder / "register.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == activities + 1 and rows[0][0] == "Verwerking"
    with zipfile.ZipFile(folder / "register.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert sheet.count("<row ") == activities + 1
    assert html.unescape(re.findall(r"<t[^>]*>([^<]*)</t>", sheet)[0]) == "Verwerking"


# -- overriding templates and wording from the register -------------------------------------------


def test_register_overrides_wording_and_templates(tmp_path):
    register = build_case("_base", tmp_path / "register")
    (register / "templates" / "i18n").mkdir(parents=True)
    (register / "templates" / "i18n" / "nl.yaml").write_text("rights.heading: Wat u kunt vragen\n", encoding="utf-8")
    build(register, tmp_path / "out", use_cache=False)
    text = article_text(tmp_path / "out" / "public" / "index.html")
    assert "Wat u kunt vragen ¶" in text and "Uw rechten ¶" not in text
    (register / "templates" / "public").mkdir()
    (register / "templates" / "public" / "statement.md.j2").write_text(
        "# Eigen verklaring van {{ org.name }}\n\n{{ w('rights.heading') }}\n", encoding="utf-8"
    )
    build(register, tmp_path / "out2", use_cache=False)
    text = article_text(tmp_path / "out2" / "public" / "index.html")
    assert "Eigen verklaring van Testbedrijf B.V." in text


def test_a_previews_banner_stays_the_same_through_edits_and_commits():
    """Every page carries the banner: a preview's must not change when the first edit makes the working
    tree differ from its commit, or with a commit (every page would render again); a build's says both."""
    from ropa.site.build import _banner
    from ropa.site.render import Renderer

    renderer = Renderer("nl", "nl")
    versions = [
        {"commit": "a" * 40, "date": "2026-11-20", "dirty": dirty, "content_sha256": digest}
        for dirty, digest in ((False, "1" * 64), (True, "2" * 64))
    ] + [{"commit": "b" * 40, "date": "2026-11-21", "dirty": False, "content_sha256": "3" * 64}]
    assert len({_banner(v, renderer, live=True) for v in versions}) == 1
    built = [_banner(v, renderer) for v in versions]
    assert len(set(built)) == 3 and "niet-vastgelegde" in built[1] and "aaaaaaaaaaaa" in built[0]


def test_a_template_compiled_for_one_language_is_not_used_for_another(tmp_path):
    """Jinja computes a filter given only constants when it compiles a template; compiled templates
    are kept per language and wording, so the second language gets its own words."""
    from ropa.site.render import Renderer

    register = build_case("_base", tmp_path / "register")
    (register / "templates" / "public").mkdir(parents=True)
    (register / "templates" / "public" / "statement.md.j2").write_text(
        "{{ 'consent' | label('legal_basis') }}\n", encoding="utf-8"
    )
    said = [Renderer(lang, "nl", register).render("public/statement.md.j2") for lang in ("nl", "en", "nl")]
    assert said[0] == said[2] != said[1] and "onsent" in said[1]


def test_a_register_cannot_replace_the_internal_registers_templates(tmp_path):
    """The internal register is the record auditors read, in ropa's layout: a register's files in
    templates/internal/ change none of its pages, and lint reports each as unused."""
    from ropa.dates import today
    from ropa.lint import lint
    from ropa.site import internal
    from ropa.site.render import Renderer, templates_dir
    from ropa.site.view import build_site

    register = build_case("_base", tmp_path / "register")

    def pages() -> dict[str, str]:
        internal._PAGES.clear()  # no activity's page kept from the build before
        internal._DEFINITION_PAGES.clear()
        result = lint(register, use_cache=False)
        site = build_site(result.register, "internal")
        return internal.Internal(site, Renderer("nl", "nl", register), result.problems, today()).pages()

    before = pages()
    names = sorted(path.name for path in (templates_dir() / "internal").glob("*.j2"))
    assert {"activity.md.j2", "definition.md.j2", *(page.template for page in internal.NAVIGATION)} <= set(names)
    (register / "templates" / "internal").mkdir(parents=True)
    for name in names:
        (register / "templates" / "internal" / name).write_text("# Vervalst {{ 1 + 1 }}\n", encoding="utf-8")
    after = pages()
    assert after.keys() == before.keys()
    assert {path: text for path, text in after.items() if path != "status.md"} == {
        path: text for path, text in before.items() if path != "status.md"
    }
    assert not any("Vervalst" in text for text in after.values())
    unused = [p for p in lint(register, use_cache=False).problems if p.rule == "override-unused"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in unused) == names


def test_publication_follows_lint(tmp_path):
    """A legal error withholds the public statement but still builds the internal register, which says
    why; --publish-with-errors publishes anyway and says so."""
    register = build_case("_base", tmp_path / "register")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text().replace("basis: contract", "basis: legitimate-interests"), encoding="utf-8"
    )
    from ropa.lint import lint

    assert lint(register, use_cache=False).count("error") > 0  # legitimate interests without the interest
    (tmp_path / "out" / "public").mkdir(parents=True)
    (tmp_path / "out" / "public" / "index.html").write_text("the statement published earlier", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(register), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 1, result.output
    assert "error [" in result.stdout and "public statement not written" in result.stderr
    assert (tmp_path / "out" / "public" / "index.html").read_text() == "the statement published earlier"
    status = article_text(tmp_path / "out" / "internal" / "status.html")
    assert "niet geschreven, omdat lint fouten meldt" in status
    forced = CliRunner().invoke(
        main, ["build", str(register), "--out", str(tmp_path / "forced"), "--no-cache", "--publish-with-errors"]
    )
    assert forced.exit_code == 0 and "published with" in forced.stderr
    assert (tmp_path / "forced" / "public" / "index.html").is_file()
    assert "toch geschreven" in article_text(tmp_path / "forced" / "internal" / "status.html")


def test_build_refuses_a_register_with_errors(tmp_path):
    register = build_case("typo-key-and-enum", tmp_path / "register")
    result = CliRunner().invoke(main, ["build", str(register), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 1
    assert "schema-unknown-key" in result.stdout and "not built" in result.stderr
    assert not (tmp_path / "out" / "public").exists()


# -- fidelity to the five source statements -------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLES)
def test_built_statement_states_every_fact_of_its_source(built, name):
    facts = parse((Path(__file__).parent / "fidelity" / f"{name}.yaml").read_text(encoding="utf-8")).data["facts"]
    text = article_text(built(f"examples/{name}") / "public" / "index.html").lower()
    missing = [
        f"{fact['what']}: {fact['text']}" for fact in facts if " ".join(str(fact["text"]).split()).lower() not in text
    ]
    assert missing == []
    assert len(facts) >= 25


def test_serve_rebuilds_when_the_register_changes(tmp_path):
    import tempfile
    import threading
    import time
    import urllib.error
    import urllib.request

    from ropa.site.serve import serve

    started = time.time()
    register = build_case("_base", tmp_path / "register")
    stop, ready, said = threading.Event(), [], []
    thread = threading.Thread(
        target=serve,
        args=(register,),
        kwargs=dict(port=0, stop=stop, say=said.append, interval=0.2, ready=ready.append),
        daemon=True,
    )
    thread.start()
    deadline = time.time() + 60
    while not ready and time.time() < deadline:
        time.sleep(0.1)
    assert ready, said
    url = ready[0]
    fetch = lambda path: urllib.request.urlopen(url + path, timeout=10).read().decode("utf-8")  # noqa: E731
    try:
        while fetch("__ropa__/version") != "2" and time.time() < deadline:  # the statement, then the register
            time.sleep(0.1)
        page = fetch("public/index.html")
        assert "Testbedrijf B.V." in page and "/__ropa__/version" in page
        assert "/__ropa__/version" in fetch("internal/index.html")
        organisation = register / "organisation.yaml"
        organisation.write_text(organisation.read_text().replace("Testbedrijf B.V.", "Nieuwe Naam B.V."))
        while fetch("__ropa__/version") == "2" and time.time() < deadline:
            time.sleep(0.2)
        assert "Nieuwe Naam B.V." in fetch("public/index.html")  # the statement is refreshed first
        while "Nieuwe Naam B.V." not in fetch("internal/organisation.html") and time.time() < deadline:
            time.sleep(0.2)
        assert "Nieuwe Naam B.V." in fetch("internal/organisation.html")
        # an edit of the register's own wording shows too: nothing of it is cached past a change
        (register / "templates" / "i18n").mkdir(parents=True)
        (register / "templates" / "i18n" / "nl.yaml").write_text("rights.heading: Wat u kunt vragen\n")
        # (the page, not the build counter: the register's rebuild of the edit before may still count up)
        while "Wat u kunt vragen" not in fetch("public/index.html") and time.time() < deadline:
            time.sleep(0.2)
        assert "Wat u kunt vragen" in fetch("public/index.html")
        # another host name for 127.0.0.1 (DNS rebinding) reads nothing; a NUL in a path is a 400
        request = urllib.request.Request(url + "internal/downloads/register.json", headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(url + "public/%00index.html", timeout=10)
        assert bad.value.code == 400
        organisation.write_text("name: [kapot\n")  # an error keeps the last good build on show
        while not any("not rebuilt" in s for s in said) and time.time() < deadline:
            time.sleep(0.2)
        assert "Nieuwe Naam B.V." in fetch("public/index.html")
    finally:
        stop.set()
        thread.join(timeout=30)
    # the temporary folder of the preview is gone once it stops
    assert not [p for p in Path(tempfile.gettempdir()).glob("ropa-serve-*") if p.stat().st_mtime > started]


def test_build_with_a_relative_out_folder(tmp_path, monkeypatch):
    build_case("_base", tmp_path / "register")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "register", "--out", "site", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "public" / "index.html").is_file()
    assert (tmp_path / "site" / "internal" / "index.html").is_file()


def test_statement_in_a_language_without_ropa_wording(tmp_path):
    register = build_case("_base", tmp_path / "register")
    organisation = register / "organisation.yaml"
    organisation.write_text(organisation.read_text().replace("languages: [nl]", "languages: [nl, en, de]"))
    build(register, tmp_path / "out", use_cache=False)
    assert '<html lang="de"' in (tmp_path / "out" / "public" / "de" / "index.html").read_text(encoding="utf-8")


def test_a_cookie_of_an_internal_party_is_not_shown_as_ours(tmp_path):
    register = build_case("_base", tmp_path / "register")
    (register / "recipients" / "tracker.yaml").write_text(
        "id: tracker\nkind: third-party\ncategory: Advertentienetwerk\naudience: internal\n"
    )
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text() + "cookies:\n  - {name: _x, provider: tracker, kind: tracking, consent: true}\n"
    )
    build(register, tmp_path / "out", use_cache=False)
    text = article_text(tmp_path / "out" / "public" / "index.html")
    assert "_x een derde partij" in text and "Advertentienetwerk" not in text


def test_edge_values_do_not_break_the_build(tmp_path):
    register = build_case("_base", tmp_path / "register")
    organisation = register / "organisation.yaml"
    organisation.write_text(organisation.read_text() + 'website: "https://voorbeeld.nl/\\\\"\n')
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text().replace(
            "review: {last: 2026-06-01, interval: P1Y}", "review: {last: 9999-06-01, interval: P1Y}"
        )
    )
    build(register, tmp_path / "out", use_cache=False)
    page = (tmp_path / "out" / "public" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://voorbeeld.nl/%5C"' in page


def test_csv_cells_cannot_become_formulas(tmp_path):
    from ropa.export import export
    from ropa.importer import import_table

    register = build_case("_base", tmp_path / "register")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text().replace(
            "name: {nl: Klantenservice, en: Customer service}", 'name: \'=HYPERLINK("https://evil.example/","Klik")\''
        )
    )
    data = export(register, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=HYPERLINK(")
    (tmp_path / "r.csv").write_bytes(data)
    import_table(tmp_path / "r.csv", tmp_path / "imported")
    assert export(tmp_path / "imported", "csv") == data


def test_a_build_with_nothing_changed_writes_nothing_and_any_change_rebuilds(tmp_path, monkeypatch):
    import ropa.site.build as build_module

    register = build_case("_base", tmp_path / "register")
    out = tmp_path / "out"
    first = build(register, out)
    assert not first.up_to_date and (out / ".ropa-built").is_file()
    page = out / "public" / "index.html"
    written = page.stat().st_mtime_ns
    monkeypatch.setattr(build_module, "_render", lambda *a: pytest.fail("rebuilt although nothing changed"))
    again = build(register, out)
    assert again.up_to_date and page.stat().st_mtime_ns == written
    monkeypatch.undo()
    for change in (
        lambda: (register / "organisation.yaml").write_text(
            (register / "organisation.yaml").read_text().replace("Testbedrijf B.V.", "Ander B.V.")
        ),
        lambda: (
            (register / "templates" / "i18n").mkdir(parents=True)
            or (register / "templates" / "i18n" / "nl.yaml").write_text("rights.heading: Wat u kunt vragen\n")
        ),
    ):
        change()
        assert not build(register, out).up_to_date
    assert "Wat u kunt vragen" in page.read_text(encoding="utf-8") and "Ander B.V." in page.read_text(encoding="utf-8")
    assert not build(register, out, use_cache=False).up_to_date  # --no-cache builds anew
    assert build(register, out, publish_with_errors=True).up_to_date is False  # other options, other sites


def test_after_an_activity_is_renamed_only_the_pages_of_what_it_uses_are_made_again(tmp_path, monkeypatch):
    """`ropa serve` keeps each definition's page (ropa.site.kept) under what it read: the definition,
    the activities that use it and their names. Renaming an activity makes again the pages of the
    definitions it uses, and those pages are the ones a build with nothing kept makes."""
    import yaml

    from ropa.dates import today
    from ropa.lint import lint
    from ropa.site import internal
    from ropa.site.render import Renderer
    from ropa.site.view import build_site

    register = build_case("_base", tmp_path / "register")
    # a second activity, with a purpose and a category of its own: their pages list only it
    (register / "purposes" / "archiveren.yaml").write_text("id: archiveren\nname: Archiveren\n", encoding="utf-8")
    (register / "data-categories" / "dossiers.yaml").write_text("id: dossiers\nname: Dossiers\n", encoding="utf-8")
    second = (register / "activities" / "klantenservice.yaml").read_text(encoding="utf-8")
    second = second.replace("id: klantenservice", "id: archief").replace("vragen-beantwoorden", "archiveren")
    (register / "activities" / "archief.yaml").write_text(
        second.replace("Klantenservice, en: Customer service", "Archief, en: Archive").replace(
            "category: contactgegevens", "category: dossiers"
        ),
        encoding="utf-8",
    )
    made: list[str] = []
    render = internal.Internal.render

    def counted(self, template, **shown):
        if template == "definition.md.j2":
            made.append(self.here)
        return render(self, template, **shown)

    monkeypatch.setattr(internal.Internal, "render", counted)

    def pages(fresh: bool = False) -> dict[str, str]:
        if fresh:
            internal._PAGES.clear()
            internal._DEFINITION_PAGES.clear()
        result = lint(register, use_cache=False)
        site = build_site(result.register, "internal")
        made.clear()
        return internal.Internal(site, Renderer("nl", "nl", register), result.problems, today()).pages()

    pages(fresh=True)
    assert len(made) == 7  # every definition's page, the first time
    activity = register / "activities" / "klantenservice.yaml"
    data = yaml.safe_load(activity.read_text(encoding="utf-8"))
    activity.write_text(activity.read_text(encoding="utf-8").replace("nl: Klantenservice", "nl: Hernoemde dienst", 1))
    kept = pages()
    uses = {f"{folder}/{ident}" for folder, ident in _definitions_used(data)}
    assert sorted(path.removesuffix(".md") for path in made) == sorted(uses)  # not archiveren, not dossiers
    assert kept == pages(fresh=True)


def _definitions_used(activity: dict) -> list[tuple[str, str]]:
    """(folder of its pages, id) of each definition an activity of the base case refers to."""
    found = [("purposes", u["purpose"]) for u in activity.get("purposes", [])]
    found += [("data-categories", u["category"]) for u in activity.get("data", [])]
    found += [("data-subjects", s) for s in activity.get("data_subjects", [])]
    found += [("recipients", u["recipient"]) for u in activity.get("recipients", [])]
    found += [("measures", m) for m in activity.get("measures", [])]
    return found


def test_a_request_during_the_swap_of_a_site_waits_for_the_new_one(tmp_path):
    """A new build replaces a site with two renames (ropa.site.output): between them the site's folder is
    not there, and a request that falls in that moment is answered from the new site, not with a 404."""
    import functools
    import threading
    import time
    import urllib.request
    from http.server import ThreadingHTTPServer

    from ropa.site.serve import _Handler

    handler = functools.partial(_Handler, directory=str(tmp_path), state={"version": 1}, hosts={"127.0.0.1"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def swapped_in() -> None:
        time.sleep(0.3)
        staged = tmp_path / ".staging-internal"
        staged.mkdir()
        (staged / "organisation.html").write_text("nieuw", encoding="utf-8")
        staged.rename(tmp_path / "internal")

    try:
        threading.Thread(target=swapped_in, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/internal/organisation.html"
        assert urllib.request.urlopen(url, timeout=10).read() == b"nieuw"
    finally:
        server.shutdown()
        server.server_close()


def test_bases_given_but_not_per_purpose_build_both_sites(tmp_path):
    # hold-out 144's first register with `bases_unpaired`: the internal register linked to the page of a basis
    # that no purpose used, and the strict engine refused the whole build
    register = build_case("_base", tmp_path / "register")
    activity = register / "activities" / "klantenservice.yaml"
    activity.write_text(
        activity.read_text().replace("    basis: contract\n", "", 1) + "bases_unpaired: [consent, contract]\n"
    )
    build(register, tmp_path / "out", use_cache=False, publish_with_errors=True)
    statement = article_text(tmp_path / "out" / "public" / "index.html")
    assert "Wij verwerken deze gegevens op een of meer van deze grondslagen: toestemming" in statement
    basis = article_text(tmp_path / "out" / "internal" / "bases" / "consent.html")
    assert "Klantenservice" in basis and "(niet per doel aangegeven)" in basis
    # the overview's bases column counts them too
    overview = (tmp_path / "out" / "internal" / "index.html").read_text(encoding="utf-8")
    row = next(r for r in re.findall(r"<tr>.*?</tr>", overview, re.S) if "activities/klantenservice.html" in r)
    assert 'href="bases/consent.html"' in row and 'href="bases/contract.html"' in row
