"""Escaping for Markdown, so that text from YAML can never become HTML, script or structure.

Every value a template prints is passed through :func:`escape` unless it is :class:`Md`, Markdown that
ropa produced itself. Plain text becomes one line with every character Markdown or HTML could read as
syntax escaped; text documented as Markdown is sanitised instead: raw HTML is escaped, links keep only
safe schemes, images are reduced to their text (they would load from another host) and headings are
moved below the heading they appear under.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from markupsafe import Markup

from ..text import MARKDOWN_LINK, WEB_SCHEMES, relative_target

# What Python-Markdown treats as escapable (plus `|`, which the tables extension adds).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


class Md(Markup):
    """Markdown that is safe to print as is (a Markup, so Jinja never escapes it again).

    Unlike Markup, joining it with a plain string does not HTML-escape that string: the result is
    a plain string again, which a template would still escape. Only ropa's helpers make Md.
    """

    def __add__(self, other: object) -> str:  # type: ignore[override]
        return str(self) + str(other)

    def __radd__(self, other: object) -> str:  # type: ignore[override]
        return str(other) + str(self)


def inline(value: Any) -> Md:
    """Plain text as one line of Markdown that shows exactly that text, a web address in it as a link to
    itself (hold-out 73: the addresses of a processor's terms printed as text no one could click)."""
    if isinstance(value, Markup):  # Md, or the output of a template macro
        return Md(value)
    text = " ".join(str(value).split())
    out, last = [], 0
    for found in _BARE_URL.finditer(text):
        url = found.group(0)
        out.append(_text(text[last : found.start()]))
        out.append(f"[{_text(url)}](<{_encode(url)}>)")
        last = found.end()
    out.append(_text(text[last:]))
    return Md("".join(out))


def label(value: Any) -> Md:
    """Plain text as the label of a link: one line that shows exactly that text, with no link inside it."""
    if isinstance(value, Markup):
        return Md(value)
    return Md(_text(" ".join(str(value).split())))


def _text(text: str) -> str:
    """Text as Markdown that shows exactly it: HTML and Markdown's characters escaped."""
    return _SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


# a web address written out in plain text, without the punctuation that ends its sentence or closes a bracket
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\"'\[\]()]*[^\s<>\"'\[\]().,;:!?]")


escape = inline


def with_code(value: Any) -> Md:
    """ropa's own messages as one line: `quoted` stretches as code, everything else escaped text."""
    parts = str(value).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: no code at all
        return inline(value)
    return Md(
        "".join(
            inline(part) if i % 2 == 0 else f"`{part}`" if part.strip() else inline("``")
            for i, part in enumerate(parts)
        )
    )


def paragraphs(value: Any) -> Md:
    """Plain text with blank lines between paragraphs, each paragraph escaped."""
    blocks = [b for b in re.split(r"\n\s*\n", str(value or "")) if b.strip()]
    return Md("\n\n".join(inline(b) for b in blocks))


def safe_url(url: str) -> str | None:
    url = url.strip()
    if url.lower().startswith(WEB_SCHEMES):
        return url
    return None


def link(text: Any, url: str) -> Md:
    """A Markdown link to ``url`` if its scheme is safe, else the text alone."""
    target = safe_url(str(url or ""))
    label_ = label(text if text else url)
    if target is None:
        return label_
    return Md(f"[{label_}](<{_encode(target)}>)")


def _encode(url: str) -> str:
    """Characters that would end or confuse a Markdown link target, percent-encoded."""
    return "".join(
        c if c.isprintable() and c not in ' <>\\"' else "".join(f"%{b:02X}" for b in c.encode()) for c in url
    )


_AUTOLINK = re.compile(r"&lt;((?:https?://|mailto:)[^\s<>\[\]()]+)>")
# a link reference definition, "[label]: target"; a footnote's ("[^1]: text", the footnotes extension) is none
_REFDEF = re.compile(r"^( {0,3}\[(?!\^)[^\]]+\]:\s*)(\S+)(.*)$", re.M)
# a footnote's text that starts with a heading's hashes would be a heading at the foot of the page
_FOOTNOTE_HEADING = re.compile(r"^( {0,3}\[\^[^\]]+\]:[ \t]*)(#+)", re.M)
_HEADING = re.compile(r"^((?:[ ]{0,3}>[ ]?)*[ ]{0,3})(#{1,6})", re.M)
_SETEXT = re.compile(r"^([ ]{0,3})(=+|-+)[ ]*$", re.M)


_LIST_UNDER_TEXT = re.compile(
    r"^([ ]{0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t]|>|#)\S[^\n]*)\n([ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t])", re.M
)


def user_markdown(value: Any, level: int = 2, base: str | None = None) -> Md:
    """Markdown written in the register, made safe; its headings start at ``level`` + 1. A link that names no
    host leads where it led on the page at ``base``, the statement's own address, if one is given."""
    text = str(value or "")
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    # An autolink, <https://...> or <mailto:...>, is a link and not HTML: write it as one (its scheme checked).
    text = _AUTOLINK.sub(
        lambda m: f"[{m.group(1)}](<{_encode(m.group(1))}>)" if safe_url(m.group(1)) else m.group(0), text
    )

    def fix_link(match: re.Match) -> str:
        bang, label, url = match.groups()
        if bang:  # an image would be fetched from wherever it points: keep its text only
            return label
        target = url if (url.startswith(("#", "/")) is False and safe_url(url)) else None
        if target:
            return f"[{label}](<{target}>)"
        there = relative_target(url, base)
        return f"[{label}](<{_encode(there)}>)" if there else label

    text = MARKDOWN_LINK.sub(fix_link, text)
    # a list right under a line of text ("... your rights:\n- You have the right to ...") is a list to its writer;
    # Markdown wants a blank line before it, without which the items run into one paragraph (hold-out 59)
    text = _LIST_UNDER_TEXT.sub(r"\1\n\n\2", text)
    text = _REFDEF.sub(lambda m: m.group(1) + (m.group(2) if safe_url(m.group(2)) else "#") + m.group(3), text)
    text = text.replace("{", "\\{").replace("}", "\\}")
    text = _FOOTNOTE_HEADING.sub(lambda m: m.group(1) + "".join("\\" + c for c in m.group(2)), text)
    text = _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + level), text)
    # A line of = or - under text would make a top-level (setext) heading: keep it as the characters.
    text = _SETEXT.sub(lambda m: m.group(1) + "".join("\\" + c for c in m.group(2)), text)
    return Md(text.strip())


def boxed(value: Md) -> Md:
    """Markdown already made safe, as the body of an admonition (``!!! important "..."``): each line
    indented by four spaces, blank lines kept blank."""
    return Md("\n".join(f"    {line}" if line.strip() else "" for line in str(value).splitlines()))


def titled(value: Md, default: str) -> tuple[str, Md]:
    """The title and body of an admonition whose body is ``value``: where the organisation's own text opens
    with a heading ("### Right to object"), that heading is the title, said once instead of under a title of
    ropa's that says the same; otherwise ``default``."""
    text = str(value).strip()
    first, _, rest = text.partition("\n")
    heading = re.fullmatch(r"#{1,6}\s+(.*?)\s*#*\s*", first)
    if heading is None or not rest.strip():
        return default, value
    title = plain_title(_heading_words(heading.group(1)))
    return (title, Md(rest.strip())) if title else (default, value)


_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")


def _heading_words(text: str) -> str:
    """The words of a heading's Markdown: a link as its text, a character escaped by a backslash as itself."""
    return re.sub(r"\\(.)", r"\1", _LINK.sub(r"\1", text))


def plain_title(text: str) -> str:
    """A title safe in every place a theme prints one, escaped or not (``<title>``, attributes):
    without ``<``, ``>`` and ``"``, on one line."""
    return " ".join(re.sub(r'[<>"]', "", text).split())


def front_matter(page: str, title: str | None = None, hide: tuple[str, ...] = (), searched: bool = True) -> str:
    """``page`` with a `title` (for the browser tab) taken from its first heading unless given, so that
    mkdocs never derives a title itself (it would take the heading's text unescaped); ``hide`` names
    parts of the theme's page to leave out (``toc``: the table of contents beside a wide table); a page
    not ``searched`` is left out of the site's search index."""
    if title is None:
        first = next((line for line in page.splitlines() if line.startswith("# ")), "")
        title = html.unescape(_heading_words(first[2:]))
    hidden = f"hide: {json.dumps(list(hide))}\n" if hide else ""
    unsearched = "" if searched else "search:\n  exclude: true\n"
    return f"---\ntitle: {json.dumps(plain_title(title), ensure_ascii=False)}\n{hidden}{unsearched}---\n\n{page}"


def plain(text: str) -> str:
    """Markdown made by :func:`inline` read back as the text it shows (for terminals and exports): a link as
    its label (a web address inline made a link of is its own label)."""
    text = _INLINE_LINK.sub(r"\1", str(text))
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


_INLINE_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(<[^>]*>\)")
