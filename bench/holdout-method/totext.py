"""The text of a built statement page (its article), headings as Markdown, for the reviewer of the written
statement.

    python bench/holdout-method/totext.py site/public/index.html > written.md
"""

import re
import sys
from html.parser import HTMLParser

_BLOCK = ("p", "div", "tr", "table", "ul", "ol", "dl")
_CELL = ("td", "th", "dd")


class _Article(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.depth = 0  # inside <article>
        self.skip = 0  # inside <script>, <style> or <nav>

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style", "nav"):
            self.skip += 1
        if not self.depth or self.skip:
            return
        if tag in ("h1", "h2", "h3", "h4"):
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in _BLOCK:
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in _CELL:
            self.out.append(" | ")
        elif tag == "dt":
            self.out.append("\n* ")
        elif tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style", "nav"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.out.append(data)


def main() -> None:
    parser = _Article()
    with open(sys.argv[1], encoding="utf-8") as handle:
        parser.feed(handle.read())
    text = re.sub(r"[ \t]+", " ", "".join(parser.out))
    print(re.sub(r"\n\s*\n+", "\n\n", text).strip())


if __name__ == "__main__":
    main()
