"""The register as data: JSON (whole, references resolved), and CSV and XLSX with one row per
activity and the Article 30 columns, in the site's language."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Any

from ..model import Activity, DataCategory
from .markdown import plain
from .public import Statement
from .render import Renderer
from .view import Site, basis_list
from .xlsx import package, sheet_rows, workbook


def _document(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(value[k]) for k in ("reference", "date") if value.get(k)) or "recorded"
    return str(value)


COLUMNS = [
    "i.activity",
    "i.controller",
    "i.role",
    "i.regime_column",
    "i.purposes",
    "i.bases",
    "i.law_column",
    "i.interest",
    "i.assessment",
    "i.data_subjects",
    "i.data_categories",
    "i.special",
    "i.condition",
    "i.recipients",
    "i.transfers",
    "i.retention",
    "i.measures",
    "i.source",
    "i.dpia",
    "i.automated",
    "i.owner",
    "i.review",
]


def special_marks(renderer: Renderer, category: DataCategory) -> list[str]:
    """What makes a data category sensitive, as the export's `special` column writes it."""
    L, w = renderer.L, renderer.w
    marks = [L.label("special_category", category["special"])] if category.get("special") else []
    if category.get("criminal"):
        marks.append(str(w("i.criminal")))
    if category.get("bsn"):
        marks.append(str(w("i.bsn")))
    return marks


def rows(site: Site, renderer: Renderer) -> list[list[str]]:
    """The table: a header, and a row for each activity."""
    return [_header(renderer), *_activity_rows(site, renderer, _in_order(site, renderer))]


def _header(renderer: Renderer) -> list[str]:
    return [str(renderer.w(c)) for c in COLUMNS]


def _in_order(site: Site, renderer: Renderer) -> list[Activity]:
    """Rows by name: the order a reader expects, and the same whatever the files are called."""
    return sorted(site.activities, key=lambda a: (renderer.L.text(a.get("name")).lower(), a["id"]))


def _activity_rows(site: Site, renderer: Renderer, activities: list[Activity]) -> list[list[str]]:
    L, w = renderer.L, renderer.w
    phrases = Statement(site, renderer)
    out: list[list[str]] = []
    wide = [i for i, m in site.definitions.get("measure", {}).items() if m.get("organisation_wide")]

    def one_line(value: Any) -> str:
        return " ".join(str(value).split())

    def lines(items: Iterable[str]) -> str:
        """Items of free text, one per line: their text may hold any separator."""
        return "\n".join(one_line(i) for i in items)

    labels: dict[str, str] = {}

    def recipient(ident: str) -> str:
        """The recipient as the statement names it, with its kind where the register gives one and the
        name does not already say it: "Salarisverwerker (verwerker)". Once per recipient."""
        if not isinstance(ident, str):
            return str(ident)
        if ident not in labels:
            label = phrases.recipient_label(ident)
            kind = (site.get("recipient", ident) or {}).get("kind")
            kind_label = L.label("recipient_kind", kind) if kind else ""
            labels[ident] = f"{label} ({kind_label})" if kind_label and kind_label != label else label
        return labels[ident]

    name_of = phrases.name_of  # which keeps each definition's name once asked for

    def names(kind: str, idents: list[str]) -> str:
        if kind == "recipient":
            return "; ".join(recipient(i) for i in idents)
        return "; ".join(name_of(kind, i) for i in idents)

    marks: dict[str, list[str]] = {}

    def category_marks(ident: str, category: DataCategory) -> list[str]:
        if ident not in marks:
            marks[ident] = special_marks(renderer, category)
        return marks[ident]

    said: dict[str, str] = {}

    def retention_text(rule: Any) -> str:
        """A retention rule as plain text, once per rule: categories share them across activities (the
        phrase itself is kept by phrases.retention_rule, its plain text here)."""
        key = repr(rule)
        if key not in said:
            said[key] = plain(phrases.retention_rule(rule))
        return said[key]

    org = site.organisation
    ours = ", ".join(x for x in (L.text(org.get("name")), org.get("email")) if x)
    defaults = org.get("defaults") or {}

    def controller_of(a: Activity) -> str:
        """Who the controller is: a body or party the activity names, the clients of a processor
        activity (Art. 30(2)(a)), else the organisation itself; joint controllers with it."""
        if a.get("role") == "processor":
            clients = [L.text(c.get("name")) for c in a.get("controllers", [])]
            listing = a.get("client_list") or {}
            if listing:
                clients.append(str(w("i.client_list")) + (f": {listing['count']}" if listing.get("count") else ""))
            return "; ".join(x for x in clients if x)
        main = phrases.controller_name(a["controller"]) if a.get("controller") else ours
        joint = [phrases.recipient_label(j) for j in a.get("joint_controllers", [])]
        return "; ".join([main, *joint])

    for a in activities:
        data = a.get("data", [])
        categories = {d["category"]: site.get("data-category", d["category"]) or {} for d in data}
        retention = []
        for d in data:
            retention_rules = d.get("retention")
            rules = retention_rules if isinstance(retention_rules, list) else [retention_rules]
            text = "; ".join(retention_text(r) for r in rules if isinstance(r, dict))
            if text:
                retention.append(f"{name_of('data-category', d['category'])}: {text}")
        conditions = []
        for d in data:
            condition = (d.get("special_condition") or {}).get("condition")
            if condition:
                conditions.append(
                    f"{name_of('data-category', d['category'])}: {L.label('special_condition', condition)}"
                )
            for key in ("criminal_basis", "bsn_basis"):
                if d.get(key):
                    conditions.append(f"{name_of('data-category', d['category'])}: {L.law(d[key].get('law'))}")
        general = defaults.get("transfers", []) if a.get("role", "controller") == "controller" else []
        transfers = [
            f"{L.join([L.country(c) for c in [t.get('country'), *t.get('countries', [])] if c]) or '?'} "
            f"({', '.join(L.label('mechanism', m) for m in t.get('mechanisms', []))})"
            for t in [*a.get("transfers", []), *general]
            if isinstance(t, dict)
        ]
        dpia = a.get("dpia") or {}
        automated = a.get("automated_decisions") or {}
        out.append(
            [
                L.text(a.get("name")),
                controller_of(a),
                L.label("role", a.get("role", "controller")),
                L.label("regime", a["regime"]) if a.get("regime", "gdpr") != "gdpr" else "",
                names("purpose", [u["purpose"] for u in a.get("purposes", [])]),
                lines(
                    [
                        f"{name_of('purpose', u['purpose'])}: {', '.join(L.label('legal_basis', b) for b in basis_list(u))}"
                        for u in a.get("purposes", [])
                    ]
                    # the bases the activity gives without pairing them with a purpose, under their own label
                    + [
                        f"{w('i.basis_unpaired')}: {', '.join(L.label('legal_basis', b) for b in unpaired)}"
                        for unpaired in [a.get("bases_unpaired")]
                        if unpaired
                    ]
                ),
                lines(
                    f"{name_of('purpose', u['purpose'])}: {L.law(u['law'])}"
                    for u in a.get("purposes", [])
                    if u.get("law")
                ),
                lines(L.text(u["legitimate_interest"]) for u in a.get("purposes", []) if u.get("legitimate_interest")),
                lines(_document(u["assessment"]) for u in a.get("purposes", []) if u.get("assessment")),
                names("data-subject", a.get("data_subjects", [])),
                names("data-category", list(categories)),
                lines(
                    f"{name_of('data-category', i)}: {', '.join(category_marks(i, c))}"
                    for i, c in categories.items()
                    if category_marks(i, c)
                ),
                lines(conditions),
                names(
                    "recipient",
                    list(
                        dict.fromkeys(
                            [r["recipient"] for r in a.get("recipients", [])]
                            + (
                                [r["recipient"] for r in defaults.get("recipients", []) if isinstance(r, dict)]
                                if a.get("role", "controller") == "controller"
                                else []
                            )
                        )
                    ),
                ),
                lines(transfers),
                lines(retention),
                names("measure", list(dict.fromkeys(a.get("measures", []) + wide))),
                "; ".join(L.label("source_kind", s.get("kind", "")) for s in a.get("sources", [])),
                (str(w("yes")) if dpia.get("required") else str(w("no"))) if dpia else "",
                (str(w("yes")) if automated.get("present") else str(w("no"))) if automated else "",
                a.get("owner", ""),
                a.get("review", {}).get("last", "") if isinstance(a.get("review"), dict) else "",
            ]
        )
    return out


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA) else cell


def _csv_lines(table: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([[_inert(c) for c in row] for row in table])
    return buffer.getvalue()


def to_csv(table: list[list[str]]) -> bytes:
    return ("\ufeff" + _csv_lines(table)).encode("utf-8")  # the BOM makes Excel read it as UTF-8


def to_xlsx(table: list[list[str]], sheet: str) -> bytes:
    return workbook(sheet, table)


def written_table(site: Site, renderer: Renderer, fmt: str) -> bytes:
    """``to_csv(rows(...))`` or ``to_xlsx(rows(...), <the register's title>)``, byte for byte; a large register's
    rows are made and written in two halves side by side, the second by a forked process (ropa.forked),
    each row depending on its activity alone (10,000 activities: about 1.3 s of work)."""
    from ..forked import both, can_fork

    activities = _in_order(site, renderer)

    def written(part: list[Activity], first: int) -> str:  # ``first``: the sheet's number of the part's first row
        table = _activity_rows(site, renderer, part)
        return _csv_lines(table) if fmt == "csv" else sheet_rows(table, first)

    half = len(activities) // 2
    if can_fork(len(activities), scale=5):  # 2,000 activities: a tenth of a second's work in each half
        parts: tuple[str, ...] = both(
            lambda: written(activities[:half], 2), lambda: written(activities[half:], half + 2)
        )
    else:
        parts = (written(activities, 2),)
    if fmt == "csv":
        return ("\ufeff" + _csv_lines([_header(renderer)]) + "".join(parts)).encode("utf-8")
    return package(str(renderer.w("internal.title")), sheet_rows([_header(renderer)], 1) + "".join(parts))


def to_json(site: Site, version: dict[str, Any]) -> bytes:
    document = {
        "version": version,
        "organisation": site.organisation,
        "activities": site.activities,
        **{kind: items for kind, items in site.definitions.items()},
        "uses": site.uses,
    }
    return (pretty_json(document) + "\n").encode("utf-8")


_orjson: Any
try:
    import orjson as _orjson
except ImportError:  # a declared dependency; without it the documents are written by the writer below
    _orjson = None


def plain_values(value: Any) -> bool:
    """Whether ``value`` holds only what orjson writes exactly as json.dumps does: text, booleans, None, whole
    numbers of 64 bits, finite floats that Python writes without an exponent (orjson writes 1e-05 as 0.00001),
    and lists, tuples and mappings of them with text keys. Text, the commonest value, is passed over where
    it is found, without a step of its own."""
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        kind = type(item)
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    return False
            values: Iterable[Any] = item.values()
        elif kind is list or kind is tuple:
            values = item
        else:
            values = (item,)
        for inner in values:
            kind = type(inner)
            if kind is str or inner is None or kind is bool:
                continue
            if kind is dict or kind is list or kind is tuple:
                push(inner)
            elif kind is int:
                if not -(2**63) <= inner < 2**64:
                    return False
            elif kind is float:
                if not math.isfinite(inner) or "e" in repr(inner):
                    return False
            else:
                return False
    return True


class _Fallback(Exception):
    """Something only json.dumps knows what to do with."""


def pretty_json(value: Any, *, plain: bool | None = None) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``, byte for byte, several times
    faster: the standard library's encoder is pure Python once it indents. A document of plain values (text,
    whole numbers of 64 bits, floats json writes without an exponent, and mappings with text keys) is written
    by orjson, which writes such values exactly as json.dumps does (10,000 activities: 2.6 s -> 0.2 s, with
    0.3 s to check the values). Anything else is written here, a long list at the document's top (the
    activities) shared with a forked process where the machine has a second core (ropa.forked); what this
    writer does not know (a key that is no string, a type JSON lacks) goes to json.dumps. ``plain`` is what the
    caller knows of the values (:func:`plain_values`), where it made the document; None: asked here."""
    if _orjson is not None and (plain_values(value) if plain is None else plain):
        try:
            return _orjson.dumps(value, option=_orjson.OPT_INDENT_2 | _orjson.OPT_SORT_KEYS).decode("utf-8")
        except (TypeError, ValueError):  # nested deeper than orjson goes, or text it cannot encode (a lone surrogate)
            pass
    try:
        longest = _longest_list(value)
        return _shared(value, longest) if longest is not None else _written(value, "\n")
    except (_Fallback, TypeError, RecursionError):  # TypeError: keys that are no strings, or no sortable ones
        return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


# A list item's place in the document while its list is written apart: a string no register holds (the
# text is checked to hold it once, or the document is written in one piece)
_PLACE = "\x00ropa: the list written apart\x00"


def _longest_list(value: Any) -> str | None:
    """The key of a top-level list long enough to share its writing with a second process, if any."""
    from ..forked import can_fork

    if type(value) is not dict:
        return None
    lists = [(len(v), k) for k, v in value.items() if type(k) is str and type(v) is list]
    if not lists:
        return None
    size, key = max(lists)
    return key if can_fork(size, scale=5) else None  # 2,000 items: each half a tenth of a second or more


def _shared(value: dict, key: str) -> str:
    items = value[key]
    half = len(items) // 2

    def here() -> tuple[str, str]:  # the list's halves at the document's second level: "[\n    ...\n  ]"
        document = _written({k: (_PLACE if k == key else v) for k, v in value.items()}, "\n")
        return document, _written(items[:half], "\n  ")

    from ..forked import both

    (document, first), second = both(here, lambda: _written(items[half:], "\n  "))
    place = encode_basestring(_PLACE)
    if document.count(place) != 1:
        raise _Fallback
    return document.replace(place, first[: -len("\n  ]")] + "," + second[1:], 1)


def _written(value: Any, newline: str) -> str:
    """``value``'s text as :func:`pretty_json` writes it, at the depth ``newline`` indents to."""
    out: list[str] = []
    _pretty(value, newline, out)
    return "".join(out)


def _one_string(value: Any) -> str | None:
    """``"key": "value"`` for a dict of one string key and one string value; None for anything else."""
    if type(value) is dict and len(value) == 1:
        ((key, item),) = value.items()
        if type(key) is str and type(item) is str:
            return encode_basestring(key) + ": " + encode_basestring(item)
    return None


def _pretty(value: Any, newline: str, out: list[str]) -> None:
    append, encode = out.append, encode_basestring
    kind = type(value)
    if kind is dict:
        if not value:
            append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for key in sorted(value):
            if type(key) is not str:
                raise _Fallback
            item = value[key]
            if type(item) is str:  # most values: written here, in one piece, instead of in a call of their own
                append(sep + encode(key) + ": " + encode(item))
            elif (one := _one_string(item)) is not None:
                append(sep + encode(key) + ": {" + inner + "  " + one + inner + "}")
            else:
                append(sep + encode(key) + ": ")
                _pretty(item, inner, out)
            sep = "," + inner
        append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for item in value:
            if type(item) is str:
                append(sep + encode(item))
            elif (one := _one_string(item)) is not None:  # a reference, {"@id": ...}: the commonest node
                append(sep + "{" + inner + "  " + one + inner + "}")
            else:
                append(sep)
                _pretty(item, inner, out)
            sep = "," + inner
        append(newline + "]")
    elif isinstance(value, str):
        append(encode(value))
    elif value is None:
        append("null")
    elif value is True:
        append("true")
    elif value is False:
        append("false")
    elif isinstance(value, int):
        append(int.__repr__(value))
    elif isinstance(value, float):
        append(json.dumps(value))
    elif isinstance(value, dict):  # a subclass: as json.dumps writes it
        _pretty(dict(value), newline, out)
    elif isinstance(value, (list, tuple)):
        _pretty(list(value), newline, out)
    else:
        raise _Fallback
