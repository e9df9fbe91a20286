"""A Python-Markdown extension that makes rendered Markdown safe, whatever its source text was.

ropa escapes plain text and filters Markdown fields before mkdocs sees them; this is the second
line, applied to the parsed tree, where no Markdown syntax trick can hide a link: every image that
is not a file of the site itself is dropped (it would load from another host), and every link whose
target is not http, https, mailto, tel or a relative path becomes plain text.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

_SAFE = re.compile(r"^(https?:|mailto:|tel:|#|[^:/?#]*(?:[/?#]|$))", re.I)


def safe_target(url: str) -> bool:
    url = "".join(url.split()).replace("\\", "/")  # browsers ignore whitespace and read \ as /
    return bool(_SAFE.match(url)) and not url.startswith("//")


class _Sanitiser(Treeprocessor):
    def run(self, root: Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img" and not (
                    safe_target(child.get("src", ""))
                    and ":" not in child.get("src", "")
                    and not child.get("src", "").startswith("/")
                ):
                    text = child.get("alt", "")
                    index = list(parent).index(child)
                    parent.remove(child)
                    if text:  # keep the words the image stood for
                        if index == 0:
                            parent.text = (parent.text or "") + text + (child.tail or "")
                        else:
                            previous = parent[index - 1]
                            previous.tail = (previous.tail or "") + text + (child.tail or "")
                    continue
                if child.tag == "a" and not safe_target(child.get("href") or ""):
                    child.tag = "span"  # the words stay, the target goes (mkdocs expects every <a> to have one)
                    child.attrib.pop("href", None)
                for attribute in [a for a in child.attrib if a.lower().startswith("on")]:
                    del child.attrib[attribute]


class SafeExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_Sanitiser(md), "ropa_safe", 0)  # after every other treeprocessor


def makeExtension(**kwargs) -> SafeExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return SafeExtension(**kwargs)
