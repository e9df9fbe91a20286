"""Rendering only the pages that changed, for `ropa serve`.

An edit of one activity changes a handful of the internal register's Markdown files (its page, the
overviews that list it); at 1,000 activities rendering all 1,300 pages again takes half a minute.
``ropa serve`` keeps each site's Markdown between builds, writes only files whose content changed,
and starts the new site from the one on show (``build._live``); mkdocs then renders only the pages
whose Markdown is newer than their HTML (its "dirty" build). What mkdocs does not do for such a
build is done here:

- its search index would hold only the pages rendered this time: :class:`SearchKept` puts back the
  entries of every other page, in the order a whole build writes them, so that the index is the one a
  whole build makes;
- it warns that a dirty build may leave navigation out of date, which in strict mode stops the build:
  the warning is dropped. ropa's navigation is a fixed list of overview pages, and a build whose
  configuration (navigation, banner, look) changed is rendered whole (``build._live`` decides).

tests/test_engine.py builds a site whole and dirty after edits, additions and removals, and compares
every file.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

_DIRTY_WARNING = "A 'dirty' build is being performed"


class _NoDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(_DIRTY_WARNING)


NO_DIRTY_WARNING = _NoDirtyWarning()


class SearchKept:
    """An mkdocs hook: the search index of a dirty build completed with the pages not rendered."""

    def __init__(self) -> None:
        self.before: list[dict] = []
        self.pages: list[str] = []  # every page's URL, in the order the build renders them
        self.rendered: set[str] = set()

    def on_pre_build(self, config: Any) -> None:
        index = Path(config.site_dir) / "search" / "search_index.json"
        try:
            self.before = json.loads(index.read_text(encoding="utf-8"))["docs"]
        except (OSError, ValueError, KeyError, TypeError):
            self.before = []

    @event_priority(-100)  # after every other plugin has added or removed files
    def on_files(self, files: Any, config: Any) -> Any:
        pages = files.documentation_pages()
        self.pages = [file.url for file in pages]
        self.rendered = {file.url for file in pages if file.is_modified()}
        return files

    @event_priority(-100)  # after the search plugin wrote the index of the pages it saw
    def on_post_build(self, config: Any) -> None:
        index = Path(config.site_dir) / "search" / "search_index.json"
        if not index.is_file():
            return
        written = json.loads(index.read_text(encoding="utf-8"))
        by_page: dict[str, list[dict]] = {}
        for doc in written["docs"]:
            by_page.setdefault(_page(doc), []).append(doc)
        kept: dict[str, list[dict]] = {}
        for doc in self.before:
            kept.setdefault(_page(doc), []).append(doc)
        docs = []
        for url in self.pages:
            docs += by_page.get(url, []) if url in self.rendered else kept.get(url, [])
        written["docs"] = docs
        # as the search plugin writes it
        index.write_text(json.dumps(written, separators=(",", ":"), default=str), encoding="utf-8")


def _page(doc: dict) -> str:
    return str(doc.get("location", "")).split("#", 1)[0]
