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
