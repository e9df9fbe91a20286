"""Large pages converted in pieces, each piece once, for `ropa serve`.

At 1,000 activities the statement is one Markdown page of several megabytes per language, and an
edit of one activity changes a few lines of it. mkdocs converts the whole page on every build;
here the page is cut where a section starts (a ``##`` or ``###`` heading after a blank line), and a
long table (the internal register's overview has a row per activity) or list (a definition's page has
an item per activity that uses it) between blocks of :data:`ROWS` rows or items; each piece is
converted by the same extensions mkdocs uses, and a piece that did not change since the last build of
that page is taken from memory (the engine's worker of ``ropa serve`` lives as long
as the preview). A block of a table is converted as a table with the table's head, a block of a list
as a list, and its HTML is cut where it joins its neighbours.

The result is the page mkdocs would have made from the whole text, byte for byte
(tests/test_engine.py compares them); wherever that cannot be guaranteed the page is converted whole:

- heading ids: the ``toc`` extension makes an id unique against the ids given in the page's text and
  the ids of the headings before it, so a piece converted alone is right as long as none of its heading
  ids was taken by an earlier piece or given anywhere on the page; a piece where one was (two activities
  of the same name) is converted again with those ids taken, as they are within the whole page, and the
  page is converted whole only where an id written as raw HTML is among them;
- reference-style link definitions apply to the whole page, and so do extensions such as footnotes
  and abbreviations: a page with a definition, or built with an extension not known to end its work
  within a section (:data:`PIECEWISE`), is converted whole; so is a page where a code block spans the
  start of a section;
- a piece that made mkdocs warn (an unknown link) is not kept, so that the warning is given again.

Only builds with the live flag of ``ropa serve`` use it (see :func:`on_pre_page`); ``ropa build``
converts every page whole. The same hook keeps the theme's compiled templates from one preview to the
next (:func:`on_env`).
"""

from __future__ import annotations

import logging
import re
import types
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from typing import Any

import markdown
from markdown.extensions.toc import nest_toc_tokens
from markdown.treeprocessors import Treeprocessor
from mkdocs.plugins import event_priority

from .mdkv import MARK

try:  # mkdocs 1.x's own steps of Page.render, repeated here piece by piece
    from mkdocs.structure.pages import (
        Page,
        _ExtractAnchorsTreeprocessor,
        _ExtractTitleTreeprocessor,
        _RawHTMLPreprocessor,
        _RelativePathTreeprocessor,
    )
    from mkdocs.structure.toc import get_toc
except ImportError:  # another mkdocs: pages are converted whole
    Page = None  # type: ignore[assignment,misc]

# a section starts: a level-2 or level-3 ATX heading after a blank line
_BOUNDARY = re.compile(r"\n\n(?=#{2,3} )")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.M)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
# extensions whose work ends within a section; any other (footnotes, abbreviations, snippets ...) may
# join what is far apart on the page, and the page is then converted whole
PIECEWISE = frozenset(
    {
        "tables",
        "admonition",
        "toc",
        "fenced_code",
        "attr_list",
        "def_list",
        "sane_lists",
        "ropa.site.mdkv",
        "ropa.site.mdsafe",
        # a footnote joins its reference to its text at the foot of the page, but only through a definition
        # ("[^1]: ..."), which _REFERENCE finds: a page with one is converted whole, and on a page without one
        # the extension does nothing
        "footnotes",
    }
)
_HEADING_ID = re.compile(r'<h[1-6][^>]*\sid="([^"]*)"')
MIN_PIECES = 8  # smaller pages gain nothing


@dataclass(frozen=True)
class _Piece:
    html: str
    tokens: tuple[dict, ...]  # the toc tokens of its headings, flat, in order
    title: str | None  # mkdocs' title, where the piece starts with an h1
    anchors: frozenset[str]  # every id the piece holds
    given: frozenset[str]  # the ids its text gives (attr_list), which no heading of the page may take
    links: tuple[tuple[str, str, str], ...]  # (linked file's src_uri, anchor, original link)


# (page, config) -> {piece text: its conversion}; replaced by each build of the page, so that memory
# holds one build of each page
_CACHE: dict[tuple, dict[str, _Piece]] = {}


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    """The mkdocs hook: pages of a live build are rendered piece by piece."""
    if Page is not None and isinstance(page, Page):
        page.render = types.MethodType(render, page)  # type: ignore[method-assign]
    return page


_THEME_CODE: Any = None


def on_env(env: Any, config: Any, files: Any) -> Any:
    """The mkdocs hook: the theme's templates compiled once per engine process, not once per preview."""
    global _THEME_CODE
    from .render import CompiledTemplates

    if _THEME_CODE is None:
        _THEME_CODE = CompiledTemplates()
    env.bytecode_cache = _THEME_CODE
    return env


def pieces(text: str) -> list[str]:
    """``text`` cut before each section; joined with blank lines they are ``text`` again."""
    return _BOUNDARY.split(text)


# A table of more rows than this is converted in blocks of as many rows (the internal register's
# overview has a row per activity); each block is a table of its own, with the table's head, whose
# HTML is cut where it joins its neighbours. A list of more items (the activities a definition's page
# lists) is cut the same way, between items.
ROWS = 100
_TABLE = re.compile(r"^\|[^\n]*\n\|(?: *:?-+:? *\|)+ *\n(?:\|[^\n]*(?:\n|$))+", re.M)
_HEAD_END = "<tbody>\n"
_TAIL = "\n</tbody>\n</table>"
# a tight list of one-line items ("- [name](page.md)"), which Markdown converts item by item
_LIST = re.compile(r"^(?:- [^\n]*(?:\n|$))+", re.M)
_RULE = re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.M)  # a line Markdown reads as a horizontal rule
_LIST_HEAD, _LIST_TAIL = "<ul>\n", "\n</ul>"
# raw HTML a template may write that can reach across lines: a comment, a script, or a line that opens
# more elements than it closes (a register's own statement template may write such HTML; ropa's do not)
_RAW = ("<!--", "<script", "<style")
_RAW_LINE = re.compile(r"^ {0,3}<[a-zA-Z]", re.M)
_OPENING = re.compile(
    r"<(?!(?:br|img|hr|input|meta|link|wbr|source|col|area|embed|param|track)\b)[a-zA-Z][^>]*(?<!/)>", re.I
)
_CLOSING = re.compile(r"</[a-zA-Z]")


def _open_html(part: str) -> bool:
    if "<" not in part:
        return False  # most sections: no HTML at all
    lowered = part.lower()
    if any(raw in lowered for raw in _RAW):
        return True
    for start in _RAW_LINE.finditer(part):
        end = part.find("\n", start.start())
        line = part[start.start() :] if end < 0 else part[start.start() : end]
        if len(_OPENING.findall(line)) > len(_CLOSING.findall(line)):
            return True
    return False


@dataclass(frozen=True)
class _Block:
    text: str
    continues: str  # "table" or "list" where the rows or items go on from the block before: its HTML
    # starts after the table's head or the list's start; "" otherwise
    continued: str  # the same where they go on in the next block: its HTML ends before their end


def _alone(part: str, start: int, end: int) -> bool:
    """Whether ``part[start:end]`` stands on its own: a blank line (or the part's edge) on both sides."""
    return (start == 0 or part.startswith("\n\n", start - 2)) and (end == len(part) or part[end] == "\n")


def blocks(part: str) -> list[_Block]:
    """``part``, a section, cut between the rows of its long tables and the items of its long lists."""
    cuts: list[tuple[int, str, str]] = []  # (where a block starts, the head it repeats, what it cuts)
    if _open_html(part):
        return [_Block(part, "", "")]  # raw HTML that may reach across rows or items: the section whole
    for table in _TABLE.finditer(part):
        if table.start() and not part.startswith("\n\n", table.start() - 2):
            continue  # not a table of its own (a line that happens to start with a bar)
        lines = table.group(0).splitlines(keepends=True)
        head = "".join(lines[:2])
        if head.startswith("| " + MARK) or len(lines) - 2 <= ROWS:
            continue  # a key/value table (ropa.site.mdkv) or a short one: whole
        at = table.start() + len(head)
        for number, line in enumerate(lines[2:]):
            if number and number % ROWS == 0:
                cuts.append((at, head, "table"))
            at += len(line)
    for found in _LIST.finditer(part):
        lines = found.group(0).splitlines(keepends=True)
        if len(lines) <= ROWS or not _alone(part, found.start(), found.end()) or _RULE.search(found.group(0)):
            continue  # short, run into the text around it, or holding what Markdown reads as a rule
        at = found.start()
        for number, line in enumerate(lines):
            if number and number % ROWS == 0:
                cuts.append((at, "", "list"))
            at += len(line)
    if not cuts:
        return [_Block(part, "", "")]
    cuts.sort()
    out, start, repeated, going = [], 0, "", ""
    for at, head, kind in cuts:
        out.append(_Block(repeated + part[start:at], going, kind))
        start, repeated, going = at, head, kind
    out.append(_Block(repeated + part[start:], going, ""))
    return out


def _joined(html: str, block: _Block) -> str | None:
    """The block's HTML as a part of its table's or list's; None where it does not have the expected
    shape."""
    if block.continues == "table":
        if not html.startswith("<table>\n<thead>") or _HEAD_END not in html:
            return None
        html = html[html.index(_HEAD_END) + len(_HEAD_END) :]
    elif block.continues == "list":
        if not html.startswith(_LIST_HEAD):
            return None
        html = html[len(_LIST_HEAD) :]
    if block.continued == "table":
        if not html.endswith(_TAIL):
            return None
        html = html[: -len(_TAIL)]
    elif block.continued == "list":
        if not html.endswith(_LIST_TAIL):
            return None
        html = html[: -len(_LIST_TAIL)]
    return html


def render(page: Any, config: Any, files: Any) -> None:
    """What ``Page.render`` does, piece by piece, with unchanged pieces taken from the last build."""
    text = page.markdown
    parts = pieces(text) if text is not None else []
    if (
        _REFERENCE.search(text or "")
        or any(len(_FENCE.findall(part)) % 2 for part in parts)  # a code block across a section's start
        or not all(isinstance(name, str) and name in PIECEWISE for name in config["markdown_extensions"])
    ):
        Page.render(page, config, files)
        return
    split = [blocks(part) for part in parts]  # cutting the statement's 2,000 sections is worth doing once
    cut = [block for found in split for block in found]
    section_of = [number for number, found in enumerate(split) for _ in found]
    if len(cut) < MIN_PIECES:
        Page.render(page, config, files)
        return
    key = (page.file.src_uri, repr(config["markdown_extensions"]), repr(config["mdx_configs"]), config["site_url"])
    before = _CACHE.get(key, {})
    converter = _Converter(page, config, files)
    done: list[_Piece] = []
    keep: dict[str, _Piece] = {}
    for block in cut:
        piece = before.get(block.text)
        if piece is None or not _replayable(piece, files):
            piece, warned = converter.convert(block.text)
            if warned:  # converted again next time, so that mkdocs warns again
                done.append(piece)
                continue
        keep[block.text] = piece
        done.append(piece)
    if not _ids_as_whole(done):
        done = _reseeded(done, cut, converter)
    html = [_joined(piece.html, block) for piece, block in zip(done, cut, strict=True)]
    if not _ids_as_whole(done) or any(part is None for part in html):
        _CACHE.pop(key, None)
        Page.render(page, config, files)
        return
    _CACHE[key] = keep
    # each section's HTML, which the search index reads section by section (on_page_context); the page's
    # content is their join, as it is the join of its blocks. Gathered in one pass: a pass per section
    # over every block is quadratic (a few tenths of a second for the statement of 1,000 activities)
    gathered: list[list[str]] = [[] for _ in parts]
    for h, at in zip(html, section_of, strict=True):
        if h:
            gathered[at].append(h)
    sections = ["\n".join(found) for found in gathered]
    page.content = "\n".join(section for section in sections if section)
    page.ropa_sections = [section for section in sections if section]
    page.toc = get_toc(nest_toc_tokens([dict(token) for piece in done for token in piece.tokens]))
    page._title_from_render = done[0].title
    page.present_anchor_ids = set().union(*(piece.anchors for piece in done))
    if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
        links: dict = {}
        for piece in done:
            for src_uri, anchor, original in piece.links:
                links.setdefault(files.get_file_from_path(src_uri), {})[anchor] = original
        page.links_to_anchors = links


# -- the search index, section by section ----------------------------------------------------------

# page (its source file, so one per site) -> (what its entries take from the page, {a section's HTML:
# its entries}); replaced by each build of the page, like _CACHE
_SEARCH: dict[str, tuple[tuple, dict[str, list[dict]]]] = {}
# what makes the search plugin's parser carry state from one section into the next: the page is indexed whole
_INDEX_WHOLE = (*_RAW, "<object", "data-search-exclude")
_SECTION_START = re.compile(r'<h[2-6][^>]*\sid="')


@event_priority(50)  # before the search plugin indexes the page
def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """The mkdocs hook: a page rendered in pieces is indexed for search section by section, and a
    section whose HTML did not change since the last build takes its entries from memory. Indexing
    parses the page's HTML, which for the statement of 1,000 activities is most of the engine's time."""
    for plugin in config.plugins.values():
        index: Any = getattr(plugin, "search_index", None)
        if type(index).__name__ == "SearchIndex" and type(index).__module__.startswith("material.plugins.search"):
            if not getattr(index, "ropa_sections", False):
                whole = index.add_entry_from_context
                index.add_entry_from_context = lambda page, i=index, w=whole: _index(i, w, page)
                index.ropa_sections = True
    return context


def _index(index: Any, whole: Any, page: Any) -> None:
    """What ``SearchIndex.add_entry_from_context`` adds for ``page``, section by section where the page
    was rendered in pieces, each section as the search plugin's parser reads it within the whole page."""
    from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

    sections = getattr(page, "ropa_sections", None)
    search = page.meta.get("search") or {}
    lowered = page.content.lower() if sections else ""
    if (
        not sections
        or search.get("exclude")
        or "\n".join(sections) != page.content  # another plugin changed the page since it was rendered
        or not all(_SECTION_START.match(section) for section in sections[1:])
        or any(raw in lowered for raw in _INDEX_WHOLE)
    ):
        whole(page)
        return
    # an entry's location is the page's URL and its section's id, and its title falls back to the page's
    key = (repr(page.meta.get("title", page.title)), repr(page.meta.get("tags")), repr(search.get("boost")))
    place = f"{page.file.abs_src_path}\0{page.url}"
    kept_key, kept = _SEARCH.get(place, ((), {}))
    before: dict[str, list[dict]] = kept if kept_key == key else {}
    keep: dict[str, list[dict]] = {}
    for number, section in enumerate(sections):
        entries = before.get(section)
        if entries is None:
            parser = Parser()
            parser.feed(section)
            parser.close()
            found = parser.data
            if number and found and found[0].el.tag == "hx" and not found[0].title and not found[0].text:
                # the parser opens a page that starts below h1 with an empty section; within the whole
                # page the section's heading follows the sections before it
                found = found[1:]
            start = len(index.entries)
            for part in found:
                if not part.is_excluded():
                    index.create_entry_for_section(part, page.toc, page.url, page)
            entries = [dict(entry) for entry in index.entries[start:]]
        else:
            index.entries.extend(dict(entry) for entry in entries)
        keep[section] = entries
    _SEARCH[place] = (key, keep)


def _replayable(piece: _Piece, files: Any) -> bool:
    return all(files.get_file_from_path(src_uri) is not None for src_uri, _, _ in piece.links)


def _ids_as_whole(done: list[_Piece]) -> bool:
    """Whether every heading got the id it gets when the page is converted whole: none of a piece's
    heading ids was used before it on the page, and none is an id of another kind."""
    headings = [set(_HEADING_ID.findall(piece.html)) for piece in done]
    others = set().union(*(piece.anchors - ids for piece, ids in zip(done, headings, strict=True)))
    used: set[str] = set()
    for ids in headings:
        if ids & (used | others):
            return False
        used |= ids
    return True


def _reseeded(done: list[_Piece], cut: list[_Block], converter: _Converter) -> list[_Piece]:
    """The pieces with each heading id as the whole page gives it: a piece whose headings took an id
    that the page's text gives or a heading before it took is converted again with those ids taken.
    Pieces converted so are not kept (their ids depend on the pieces before them)."""
    taken = set().union(*(piece.given for piece in done))  # what toc finds given in the whole page
    out: list[_Piece] = []
    for piece, block in zip(done, cut, strict=True):
        own = [found for found in _HEADING_ID.findall(piece.html) if found not in piece.given]
        if any(found in taken for found in own):
            piece, _ = converter.convert(block.text, taken=taken)
            own = [found for found in _HEADING_ID.findall(piece.html) if found not in piece.given]
        taken.update(own)
        out.append(piece)
    return out


class _Taken(Treeprocessor):
    """Before ``toc`` names the headings: notes the ids the piece's text gives, and adds the ids taken
    before the piece on the page as elements that ``toc`` counts as used; :class:`_Untaken` removes them."""

    def __init__(self, md: Any) -> None:
        super().__init__(md)
        self.taken: frozenset[str] = frozenset()
        self.given: frozenset[str] = frozenset()
        self.holder: Any = None

    def run(self, root: Any) -> None:
        self.given = frozenset(el.attrib["id"] for el in root.iter() if "id" in el.attrib)
        self.holder = None
        if self.taken:
            self.holder = etree.SubElement(root, "div")
            for found in sorted(self.taken - self.given):
                etree.SubElement(self.holder, "span", {"id": found})


class _Untaken(Treeprocessor):
    def __init__(self, md: Any, taken: _Taken) -> None:
        super().__init__(md)
        self.taken_by = taken

    def run(self, root: Any) -> None:
        if self.taken_by.holder is not None:
            root.remove(self.taken_by.holder)
            self.taken_by.holder = None


class _Converter:
    """One Markdown instance for the page, set up as mkdocs sets it up, reset before each piece."""

    def __init__(self, page: Any, config: Any, files: Any):
        self.md = markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {}
        )
        # just before toc (5) names the headings, and right after it, before mkdocs collects the anchors
        # (registered below at the same priority as toc, so run after it)
        self.taken = _Taken(self.md)
        self.md.treeprocessors.register(self.taken, "ropa_taken_ids", 5.5)
        self.md.treeprocessors.register(_Untaken(self.md, self.taken), "ropa_untaken_ids", 5)
        self.raw_html = _RawHTMLPreprocessor()
        self.raw_html._register(self.md)
        self.anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
        self.anchors._register(self.md)
        self.relative = _RelativePathTreeprocessor(page.file, files, config)
        self.relative._register(self.md)
        self.title = _ExtractTitleTreeprocessor()
        self.title._register(self.md)

    def convert(self, text: str, taken: set[str] | frozenset[str] = frozenset()) -> tuple[_Piece, bool]:
        """The piece, and whether mkdocs warned while converting it; ``taken``: ids its headings may
        not take (given or taken before it on the page)."""
        self.md.reset()
        self.taken.taken = frozenset(taken)
        self.raw_html.present_anchor_ids = set()
        self.anchors.present_anchor_ids = set()
        self.relative.links_to_anchors = {}
        self.title.title = None
        warnings = _Warnings()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(warnings)
        try:
            html = self.md.convert(text)
        finally:
            logger.removeHandler(warnings)
        piece = _Piece(
            html,
            tuple(_flatten(getattr(self.md, "toc_tokens", []))),
            self.title.title,
            frozenset(self.anchors.present_anchor_ids | self.raw_html.present_anchor_ids),
            self.taken.given,
            tuple(
                (file.src_uri, anchor, original)
                for file, anchors in self.relative.links_to_anchors.items()
                for anchor, original in anchors.items()
            ),
        )
        return piece, warnings.count > 0


def _flatten(tokens: list[dict]) -> list[dict]:
    flat = []
    for token in tokens:
        flat.append({k: v for k, v in token.items() if k != "children"})
        flat.extend(_flatten(token.get("children", [])))
    return flat


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
