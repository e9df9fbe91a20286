"""The site engine seam (ropa.site.engine): mkdocs with mkdocs-material by default, Zensical as the
second engine (an optional extra, installed by the test extra so that CI builds with it)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from ropa.cli import main
from ropa.site import engine
from ropa.site.build import build


def _article(page: Path) -> str:
    """What the reader reads: the page's article as text."""
    text = page.read_text(encoding="utf-8")
    found = re.search(r"(?s)<article.*?</article>", text)
    body = re.sub(r"(?s)<script.*?</script>|<[^>]+>", " ", found.group(0) if found else "")
    return " ".join(html.unescape(body).split())


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    if not engine.available("zensical"):
        pytest.skip("Zensical is not installed (pip install -e '.[test]' installs it)")
    out = tmp_path_factory.mktemp("engines")
    register = ROOT / "register"
    build(register, out / "mkdocs", use_cache=False)
    build(register, out / "zensical", use_cache=False, engine="zensical")
    return out / "mkdocs", out / "zensical"


def test_zensical_builds_every_page_that_mkdocs_builds(sites):
    made = [sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")) for site in sites]
    assert made[0] == made[1] and len(made[0]) > 100


@pytest.mark.parametrize(
    "page",
    [
        "public/index.html",
        "public/en/index.html",
        "internal/index.html",
        "internal/status.html",
        "internal/organisation.html",
        "internal/changes.html",
    ],
)
def test_the_reader_reads_the_same_words_with_either_engine(sites, page):
    mkdocs, zensical = sites
    assert _article(zensical / page) == _article(mkdocs / page) != ""


def test_zensical_sites_keep_what_ropa_adds(sites):
    _, zensical = sites
    statement = (zensical / "public" / "index.html").read_text(encoding="utf-8")
    assert "assets/access.js" in statement and "assets/access.css" in statement  # keyboard and contrast
    assert 'lang="nl"' in statement and "Paginakop" in statement  # the theme in the page's language
    assert "fonts.googleapis" not in statement  # no web fonts: readers stay private
    error_page = (zensical / "public" / "404.html").read_text(encoding="utf-8")
    assert 'href="/' not in error_page and 'src="/' not in error_page  # right under a sub-folder too


def test_a_missing_or_unknown_engine_is_said_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "available", lambda name: False)
    result = CliRunner().invoke(
        main, ["build", str(ROOT / "register"), "--out", str(tmp_path / "s"), "--engine", "zensical", "--no-cache"]
    )
    assert result.exit_code == 1
    assert "pip install 'ropa-register[zensical]'" in result.output and "Traceback" not in result.output
    with pytest.raises(engine.BuildFailed, match="ropa knows mkdocs, zensical"):
        engine.run_engine("hugo", [], lambda message: None)


# -- ropa serve: large pages converted piece by piece (ropa.site.chunked) ---------------------------------


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _converting(tmp_path: Path, monkeypatch, size: int, name: str):
    """A generated register of ``size`` activities; the texts the preview converts (ropa.site.chunked),
    as they are converted; and a function that builds site ``name`` with pieces, or whole, and gives
    its pages."""
    import os
    import sys

    from ropa.site import chunked

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # the engine in this process, where the pieces are kept
    monkeypatch.setattr(chunked, "_CACHE", {})
    register = generate(size, tmp_path / "register")
    converted: list[str] = []
    convert = chunked._Converter.convert
    monkeypatch.setattr(
        chunked._Converter,
        "convert",
        lambda self, text, **taken: converted.append(text) or convert(self, text, **taken),
    )

    def site(folder: str, whole: bool) -> dict[str, bytes]:
        monkeypatch.setattr(chunked, "MIN_PIECES", 10**9 if whole else 8)
        build(register, tmp_path / folder, live=True, publish_with_errors=True, sites=(name,), use_cache=False)
        return _pages(tmp_path / folder / name)

    return register, converted, site


def test_a_page_converted_piece_by_piece_is_the_page_converted_whole(tmp_path, monkeypatch):
    """The preview converts the statement in sections and keeps the unchanged ones from the last build;
    every byte of the site equals that of converting each page whole: on the first build, after an
    edit (from memory but the edited section), and where two headings share an id (converted whole)."""
    register, converted, site = _converting(tmp_path, monkeypatch, 30, "public")
    whole = site("whole", True)
    assert site("pieces", False) == whole
    first = len(converted)
    assert first > 2 * 8  # both languages, in sections

    activity = sorted((register / "activities").glob("*.yaml"))[3]
    text = activity.read_text(encoding="utf-8")
    activity.write_text(text.replace("\n  nl: ", "\n  nl: Gewijzigd ", 1), encoding="utf-8")
    converted.clear()
    assert site("edited", False) == site("edited-whole", True)
    assert 0 < len(converted) <= 2 * 4, len(converted)  # the edited sections (and the summary), not the page

    # a second activity of the same name: its heading id depends on the first; its section is converted
    # again with the ids before it taken, as the whole page converts it, and the page is not converted whole
    from ropa.site import chunked

    wholes: list[str] = []
    render_whole = chunked.Page.render
    monkeypatch.setattr(
        chunked.Page, "render", lambda page, *a: wholes.append(page.file.src_uri) or render_whole(page, *a)
    )
    twin = activity.with_name("twin.yaml")
    twin.write_text(activity.read_text(encoding="utf-8").replace(f"id: {activity.stem}", "id: twin"), encoding="utf-8")
    twins = site("twins", False)
    statement = [page for page, html in twins.items() if page.endswith(".html") and b"Gewijzigd" in html]
    assert statement and not [page for page in wholes if page.replace(".md", ".html") in statement], wholes
    wholes.clear()
    assert twins == site("twins-whole", True)
    assert wholes  # the comparison is with pages converted whole
    assert any(b'id="gewijzigd-' in html and b'_1"' in html for html in twins.values())  # the twin's id


def test_a_statement_with_footnotes_is_converted_whole_and_one_without_in_pieces(tmp_path, monkeypatch):
    """Footnotes join a reference to its note at the foot of the page: a page that uses them ("[^") is
    converted whole, and the preview equals the whole build; the footnotes extension, on for every page,
    does not keep a page without them from being converted in pieces."""
    register, converted, site = _converting(tmp_path, monkeypatch, 30, "public")
    assert site("pieces", False) == site("whole", True)
    assert converted  # no footnote anywhere: in pieces

    organisation = register / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    note = (
        '  note: {nl: "Zo staat het in de AVG.[^1]\\n\\n[^1]: Verordening (EU) 2016/679.", en: "As the GDPR says."}\n'
    )
    organisation.write_text(text.replace("\nrights:\n", "\nrights:\n" + note, 1), encoding="utf-8")
    converted.clear()
    pieces = site("footnote", False)
    assert pieces == site("footnote-whole", True)
    assert any(b'class="footnote-ref"' in page for page in pieces.values())
    assert not [t for t in converted if "[^1]" in t]  # the page with the note, whole


def test_a_long_table_converted_in_blocks_is_the_table_converted_whole(tmp_path, monkeypatch):
    """The internal register's overview has a row per activity, a definition's page an item per activity
    that uses it: the preview converts long tables and lists in blocks of rows and items and keeps the
    unchanged blocks; every page equals the page converted whole, on the first build and after an edit
    of one activity (only its blocks converted again)."""
    from ropa.site import chunked

    monkeypatch.setattr(chunked, "ROWS", 2)
    register, converted, site = _converting(tmp_path, monkeypatch, 20, "internal")
    whole = site("whole", True)
    assert site("blocks", False) == whole
    assert len(converted) > 2 * 10  # the overview in blocks, in both languages

    activity = sorted((register / "activities").glob("*.yaml"))[7]
    text = activity.read_text(encoding="utf-8")
    activity.write_text(text.replace("\n  nl: ", "\n  nl: Gewijzigd ", 1), encoding="utf-8")
    converted.clear()
    assert site("edited", False) == site("edited-whole", True)
    overview = [t for t in converted if "Gewijzigd" in t and t.startswith("| ")]
    assert overview and all(t.count("\n") <= 2 + 2 for t in overview)  # a block of the table, not the table
    # the pages of the definitions the activity uses list it among the others: a block of the list
    used_by = [t for t in converted if "Gewijzigd" in t and t.startswith("- ")]
    assert used_by and all(t.count("\n") <= 2 for t in used_by)


def test_a_preview_that_renders_only_changed_pages_is_the_site_rendered_whole(tmp_path, monkeypatch):
    """`ropa serve` keeps each site's Markdown and renders only the pages whose Markdown changed
    (ropa.site.dirty), and the parts of activities it made before (ropa.site.kept); after an edit, a
    removal, an addition and an edit of a definition, both sites are the ones a whole build with nothing
    kept makes, byte for byte, the search index included."""
    import os
    import sys

    import mkdocs.commands.build

    from ropa.site import chunked, internal, public, render

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    dirty: list[bool] = []
    mkdocs_build = mkdocs.commands.build.build
    monkeypatch.setattr(
        mkdocs.commands.build,
        "build",
        lambda config, **kw: dirty.append(kw.get("dirty", False)) or mkdocs_build(config, **kw),
    )
    register = generate(12, tmp_path / "register")
    preview = tmp_path / "preview"

    def both(out: Path, fresh: bool = False) -> dict[str, bytes]:
        if fresh:  # nothing kept from earlier builds in this process (ropa.site.kept, render, chunked)
            for store in (public._VIEWS, internal._PAGES, internal._DEFINITION_PAGES, render._SECTIONS, chunked._CACHE):
                store.clear()
        build(register, out, live=True, publish_with_errors=True, use_cache=False)
        return {**_pages(out / "public"), **{f"internal/{k}": v for k, v in _pages(out / "internal").items()}}

    both(preview)
    activities = sorted((register / "activities").glob("*.yaml"))
    purpose = sorted((register / "purposes").glob("*.yaml"))[0]
    edits = [
        lambda: activities[2].write_text(
            activities[2].read_text(encoding="utf-8").replace("\n  nl: ", "\n  nl: Gewijzigd ", 1), encoding="utf-8"
        ),
        lambda: activities[5].unlink(),
        lambda: (
            activities[1]
            .with_name("nieuw.yaml")
            .write_text(
                activities[1].read_text(encoding="utf-8").replace(f"id: {activities[1].stem}", "id: nieuw"),
                encoding="utf-8",
            )
        ),
        lambda: purpose.write_text(
            purpose.read_text(encoding="utf-8").replace("\n  nl: ", "\n  nl: Ander ", 1), encoding="utf-8"
        ),
    ]
    # the site on show stays as it was until the new one replaces it: the new one shares its unchanged
    # pages with it (ropa.site.build._share_page), and the engine must not write through them
    from ropa.site import build as build_module

    engine = build_module._render
    untouched: list[bool] = []

    def rendered(*args, **kwargs):
        before = _pages(preview / "internal")
        engine(*args, **kwargs)
        untouched.append(_pages(preview / "internal") == before)

    for number, edit in enumerate(edits):
        edit()
        dirty.clear()
        monkeypatch.setattr(build_module, "_render", rendered)
        shown = both(preview)
        monkeypatch.setattr(build_module, "_render", engine)
        assert dirty.count(True) == 2, dirty  # the internal register's two languages rendered dirty
        assert untouched == [True], number
        untouched.clear()
        assert shown == both(tmp_path / f"whole-{number}", fresh=True), number


def test_a_preview_shows_the_statement_first_and_ends_as_the_whole_build(tmp_path):
    """`ropa serve` (ropa.site.build.preview) writes the register's pages while the engine renders the
    statement, puts the statement on show while the register on show is still the last one, then the
    register; both end byte for byte as a whole build with nothing kept makes them."""
    import sys

    from ropa.site import chunked, internal, public, render
    from ropa.site.build import preview
    from ropa.site.engine import Workers

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    register = generate(6, tmp_path / "register")
    out = tmp_path / "preview"
    activity = sorted((register / "activities").glob("*.yaml"))[0]
    page = out / "internal" / "activities" / f"{activity.stem}.html"
    seen: list[tuple[str, bool, bool]] = []

    def shown(site) -> None:  # what the reader sees the moment each site goes on show
        statement = (out / "public" / "index.html").read_text(encoding="utf-8")
        seen.append((site.site, "Gewijzigd" in statement, page.is_file() and "Gewijzigd" in page.read_text("utf-8")))

    with Workers() as workers:
        preview(register, out, workers, shown)
        activity.write_text(activity.read_text(encoding="utf-8").replace("\n  nl: ", "\n  nl: Gewijzigd ", 1))
        seen.clear()
        preview(register, out, workers, shown)
        # the statement's own language first, then each other one as its engine is done, then the register the
        # same way: its own language first (with the last preview's other languages on show), then the others
        assert seen == [
            ("public", True, False),
            ("public (en)", True, False),
            ("internal", True, True),
            ("internal (en)", True, True),
        ]
        seen.clear()
        assert preview(register, out, workers, shown).up_to_date and seen == []  # nothing changed: nothing built
    for store in (public._VIEWS, internal._PAGES, internal._DEFINITION_PAGES, render._SECTIONS, chunked._CACHE):
        store.clear()
    whole = tmp_path / "whole"
    build(register, whole, live=True, publish_with_errors=True, use_cache=False)
    for site in ("public", "internal"):
        assert _pages(out / site) == _pages(whole / site), site


def test_a_preview_indexes_the_statement_for_search_as_a_whole_build_does(tmp_path, monkeypatch):
    """The statement of a preview is indexed section by section, each section that did not change taken
    from the last build (ropa.site.chunked.on_page_context); its search index is the one `ropa build`
    writes, whose search plugin parses the whole page, after an edit as before it."""
    import os
    import sys

    from ropa.site import chunked

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # the engine in this process, where its memory is
    register = generate(12, tmp_path / "register")
    parsed: list[int] = []  # the length of each piece of HTML the search plugin's parser reads
    from material.plugins.search import plugin as search

    feed = search.Parser.feed
    monkeypatch.setattr(search.Parser, "feed", lambda self, data: parsed.append(len(data)) or feed(self, data))

    def indexes(out: Path, live: bool) -> dict[str, bytes]:
        build(register, out, live=live, publish_with_errors=True, use_cache=False, sites=("public",))
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("search_index.json"))}

    preview = tmp_path / "preview"
    chunked._SEARCH.clear()
    first = indexes(preview, True)
    pages, sections = sum(parsed), len(parsed)
    assert sections > 20  # read section by section
    assert first == indexes(tmp_path / "whole", False)
    activity = sorted((register / "activities").glob("*.yaml"))[3]
    activity.write_text(activity.read_text(encoding="utf-8").replace("\n  nl: ", "\n  nl: Gewijzigd ", 1))
    parsed.clear()
    shown = indexes(preview, True)
    assert 0 < sum(parsed) < pages / 3, parsed  # the sections the edit changed, not both pages
    assert shown == indexes(tmp_path / "whole-after", False) and len(shown) == 2
    assert b"Gewijzigd" in shown["public/search/search_index.json"]


def test_a_preview_after_a_failed_one_and_with_the_registers_look_is_the_whole_build(tmp_path, monkeypatch):
    """`ropa serve` after a failure: the statement's template broke (the statement is refused), the
    register was written meanwhile; the next preview is the whole build all the same, not the register
    of before the failure with only the changed pages redone. And the register's look (its mkdocs.yml's
    extra_css) reaches both sites of a preview."""
    from conftest import build_case
    from ropa.site import build as build_module
    from ropa.site.build import preview
    from ropa.site.engine import BuildFailed, Workers

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = build_case("_base", tmp_path / "r")
    (register / "huisstijl.css").write_text(".md-header { background: #123456; }\n", encoding="utf-8")
    (register / "mkdocs.yml").write_text("extra_css: [huisstijl.css]\n", encoding="utf-8")
    out = tmp_path / "out"
    organisation = register / "organisation.yaml"
    template = register / "templates" / "public" / "statement.md.j2"
    with Workers() as workers:
        preview(register, out, workers, lambda site: None)
        for site in ("public", "internal"):
            assert (out / site / "assets" / "register" / "huisstijl.css").is_file(), site
        organisation.write_text(
            organisation.read_text(encoding="utf-8").replace("Testbedrijf B.V.", "Nieuwe Naam B.V.")
        )
        template.parent.mkdir(parents=True)
        template.write_text("# Privacy\n\nZie [elders](missing.md).\n", encoding="utf-8")
        with pytest.raises(BuildFailed):
            preview(register, out, workers, lambda site: None)
        template.unlink()
        preview(register, out, workers, lambda site: None)
        # a register whose pages fail to be written: nothing of the preview goes on show, no staging stays
        shown_before = _pages(out / "public")
        organisation.write_text(organisation.read_text(encoding="utf-8").replace("Nieuwe Naam", "Derde Naam"))

        def broken(*args, **kwargs):
            raise RuntimeError("the register's pages could not be written")

        write_register = build_module._write_register
        monkeypatch.setattr(build_module, "_write_register", broken)
        with pytest.raises(RuntimeError):
            preview(register, out, workers, lambda site: None)
        monkeypatch.setattr(build_module, "_write_register", write_register)
        import time

        deadline = time.time() + 60
        while list(out.glob(".ropa-staging-*")) and time.time() < deadline:
            time.sleep(0.2)  # the statement's engine finishes in its process; then its folder goes
        assert not list(out.glob(".ropa-staging-*")) and _pages(out / "public") == shown_before
        organisation.write_text(organisation.read_text(encoding="utf-8").replace("Derde Naam", "Nieuwe Naam"))
        preview(register, out, workers, lambda site: None)
    whole = tmp_path / "whole"
    build(register, whole, live=True, publish_with_errors=True, use_cache=False)
    for site in ("public", "internal"):
        assert _pages(out / site) == _pages(whole / site), site


def test_raw_html_that_may_span_lines_keeps_its_section_whole(monkeypatch):
    """A register's own statement template may write raw HTML; where it opens an element on a line of
    its own, or holds a comment, its section is converted whole, not in blocks."""
    from ropa.site import chunked

    monkeypatch.setattr(chunked, "ROWS", 2)
    items = "".join(f"- [Activiteit {n}](a{n}.md)\n" for n in range(7))
    assert len(chunked.blocks("## Gebruikt door\n\n" + items)) == 4
    assert len(chunked.blocks('## Gebruikt door\n\n<div class="x"></div>\n\n' + items)) == 4  # closed: cut
    for raw in ("<div>\n\n", "<!--\n\n", "<details><summary>Meer</summary>\n\n"):
        assert len(chunked.blocks("## Gebruikt door\n\n" + raw + items)) == 1, raw
