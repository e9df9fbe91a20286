"""A Python-Markdown extension for key/value tables: one label and one value per row.

A Markdown table always puts its first row in ``<thead>``, so a key/value table written as one would
use its first pair as column headers and its labels as data cells. ``internal.key_values`` marks such
a table (:data:`MARK` before the first header cell); this treeprocessor moves that first row into the
body and makes the first cell of every row a row header (``<th scope="row">``), so that a screen
reader announces "Rol: verwerkingsverantwoordelijke" instead of "Verwerking, kolom 2".
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

MARK = "\ue000kv\ue000"  # private-use characters: never written by the wording files or escaped text


def _convert(table: Element) -> None:
    head, body = table.find("thead"), table.find("tbody")
    if head is None or body is None:
        return
    first = head.find("tr")
    table.remove(head)
    if first is not None:
        body.insert(0, first)
    for row in body:
        for number, cell in enumerate(row):
            cell.attrib.pop("align", None)
            cell.attrib.pop("style", None)
            cell.tag = "th" if number == 0 else "td"
            if number == 0:
                cell.set("scope", "row")
    table.set("data-ropa", "key-value")  # not a class: Material styles tables without one


class _KeyValue(Treeprocessor):
    def run(self, root: Element) -> None:
        for table in root.iter("table"):
            cell = table.find("thead/tr/th")
            if cell is not None and cell.text is not None and cell.text.startswith(MARK):
                cell.text = cell.text[len(MARK) :]
                _convert(table)


class KeyValueExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_KeyValue(md), "ropa_key_value", 1)  # after inline, before ropa_safe (0)


def makeExtension(**kwargs) -> KeyValueExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return KeyValueExtension(**kwargs)
