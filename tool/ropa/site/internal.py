"""The internal Article 30 register: an overview, a page per activity and per definition, the
processor record, the lint status and the downloads. Every reference is a link, both ways.

Its pages are laid out by ropa's templates in ``site_templates/internal/``, one per kind of page (and
``_parts.md.j2`` for the parts several pages share), rendered by the statement's environment
(:class:`~ropa.site.render.Renderer`), so that every value from the register is escaped for Markdown
when it is printed. A template gives its page its headings, sections and tables (which columns, which
labels, in what order); this module is the view the templates read (:class:`Internal`): which pages and
rows there are, the links between pages, names and dates, each cell of a table as text.
:data:`NAVIGATION` lists the register's own pages and their templates; it makes those pages and the
site's navigation.

The cells are made here and a table is put together by :meth:`Internal.table`, not by a loop in the
template: a template's call costs microseconds, and a register of a thousand activities has a few
hundred thousand cells. Unlike the statement, a register cannot replace these templates
(:data:`ropa.overrides.TEMPLATES`): the internal register is the record auditors read, in ropa's layout.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, NamedTuple

from ..dates import add_period
from ..kinds import FOLDER_KINDS
from ..model import Activity, DataCategory, DataUse, RecipientUse, Retention, Review, RightsLimitation, Transfer
from ..problems import Problem
from ..text import recipient_name
from ..values import as_list, mapping, requirements
from .kept import Kept
from .markdown import Md, inline, label, link, with_code
from .mdkv import MARK
from .public import Statement
from .render import Renderer, templates_dir
from .view import Site, bases_of, basis_list

# the register's kinds in the folders they have in the register, and the site's own index pages
KIND_FOLDERS = {kind.name: kind.subfolder for kind in FOLDER_KINDS} | {"basis": "bases", "country": "countries"}
KIND_TITLES = {
    "purpose": "i.purposes",
    "data-category": "i.data_categories",
    "data-subject": "i.data_subjects",
    "recipient": "i.recipients",
    "measure": "i.measures",
    "basis": "i.bases",
    "country": "i.countries",
}
FOLDER = "internal"  # the internal register's templates, in site_templates/


def page_of(kind: str, ident: str) -> str:
    return f"{KIND_FOLDERS[kind]}/{ident}.md"


def table(headers: list[Any], rows: Iterable[list[Any]]) -> Md:
    """A Markdown table, without a newline after its last row; cells that are not Md are escaped."""
    lines = ["| " + " | ".join(inline(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    for row in rows:
        lines.append(
            "| " + " | ".join("" if c in (None, "") else c if type(c) is Md else inline(c) for c in row) + " |"
        )
    return Md("\n".join(lines))


def key_values(rows: list[list[Any]]) -> Md:
    """A table of label/value pairs, each label a row header (see :mod:`ropa.site.mdkv`)."""
    (label, value), *rest = rows
    return table([Md(MARK + inline(label)), value], rest)


def _document(value: Any) -> str:
    if isinstance(value, dict):
        parts = [
            value.get("reference") or value.get("title"),
            value.get("date"),
            value.get("location"),
            value.get("url"),
            value.get("note"),
        ]
        return " · ".join(str(p) for p in parts if p)
    return "" if value is None else str(value)


def _layout() -> str:
    """The internal register's templates as one digest: a page kept from an earlier build (ropa serve)
    was laid out by them."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted((templates_dir() / FOLDER).glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# each activity's page from this process's last internal register in each language (ropa.site.kept)
_PAGES: dict[tuple, dict] = {}
_DEFINITION_PAGES: dict[tuple, dict] = {}  # likewise, a definition's page


class Page(NamedTuple):
    """One of the internal register's own pages: the wording key of its title, where it is, the
    template (in site_templates/internal/) that lays it out and what that template is given."""

    title: str
    path: str
    template: str
    shows: Callable[[Internal], dict[str, Any]]


def _index_of(kind: str) -> Page:
    return Page(KIND_TITLES[kind], f"{KIND_FOLDERS[kind]}/index.md", "index.md.j2", lambda view: view.kind_index(kind))


# The internal register's own pages, in the order of its navigation. Internal.pages() makes them and
# the site's navigation lists them (build.py): one list.
NAVIGATION: tuple[Page, ...] = (
    Page("i.overview", "index.md", "overview.md.j2", lambda view: view.overview()),
    Page("i.organisation", "organisation.md", "organisation.md.j2", lambda view: view.organisation()),
    Page("i.processor_record", "processor.md", "processor.md.j2", lambda view: view.processor_record()),
    _index_of("purpose"),
    _index_of("basis"),
    _index_of("data-category"),
    _index_of("data-subject"),
    _index_of("recipient"),
    _index_of("country"),
    _index_of("measure"),
    Page("i.status", "status.md", "status.md.j2", lambda view: view.status()),
    Page("i.changes", "changes.md", "changes.md.j2", lambda view: view.changes()),
    Page("i.rules", "rules.md", "rules.md.j2", lambda view: {"families": view.rules()}),
    Page("i.downloads", "downloads.md", "downloads.md.j2", lambda view: {}),
)


class Internal:
    """The internal register's view: what each of its pages shows, for its template to lay out.

    Every template is given this view as ``view``, what its page shows (the dict a method of it returns)
    and three helpers: ``w`` (the wording, each sentence looked up once per build), ``table(heads,
    rows)`` and ``key_values(rows)``, whose column heads and labels are wording keys.
    """

    def __init__(
        self,
        site: Site,
        renderer: Renderer,
        findings: list[Problem],
        today: date,
        suppressed: list | None = None,
        revisions: list | None = None,
        publication: str = "published",
    ):
        self.publication = publication  # published, withheld (lint errors) or forced (published with errors)
        self.site = site
        self.r = renderer
        self.L = renderer.L
        self.phrases = Statement(site, renderer)
        self.findings = findings
        self.suppressed = suppressed or []
        self.revisions = revisions
        self.today = today
        self.here = "index.md"
        self._words: dict[str, Md] = {}
        self._labels: dict[str, Md] = {}
        self._found: dict[tuple[str, str], Any] = {}  # what this page looked up (see page_started)

    # -- the templates' helpers -----------------------------------------------------------------
    def w(self, key: str, **values: Any) -> Md:
        """A fixed sentence (Renderer.w); one without values is looked up once per build."""
        if values:
            return self.r.w(key, **values)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = self.r.w(key)
        return found

    def label(self, key: Any) -> Any:
        """A column head or label: a wording key; keys in a tuple are one label, ``a · b`` (as text)."""
        if isinstance(key, Md):
            return key
        if isinstance(key, tuple):
            return " · ".join(str(self.w(k)) for k in key)
        return self.w(key)

    def table(self, heads: list[Any], rows: Iterable[list[Any]]) -> Md:
        """A Markdown table: ``heads`` are wording keys (see :meth:`label`), each cell is escaped unless Md."""
        return table([self.label(h) for h in heads], rows)

    def key_values(self, rows: list[tuple[Any, Any]]) -> Md:
        """A table of label/value pairs, each label a wording key (see :meth:`label`)."""
        return key_values([[self.label(k), v] for k, v in rows])

    def render(self, template: str, **shown: Any) -> str:
        """The page that ``template`` (in site_templates/internal/) lays out from what it ``shown``."""
        return self.r.page(
            f"{FOLDER}/{template}", view=self, w=self.w, table=self.table, key_values=self.key_values, **shown
        )

    # -- links ----------------------------------------------------------------------------------
    def to(self, target: str, text: Any) -> Md:
        # Pages live at the top or one folder down, so a relative link needs at most one "../".
        prefix = "../" if "/" in self.here else ""
        return Md(f"[{self.labelled(text)}]({prefix}{target})")

    def labelled(self, text: Any) -> Md:
        """``label(text)``, once per build for each name."""
        if type(text) is not str:
            return label(text)
        found = self._labels.get(text)
        if found is None:
            found = self._labels[text] = label(text)
        return found

    def get(self, kind: str, ident: Any) -> Any:
        """``site.get`` (``site.activity`` for an activity), looked up once per page: what a kept page
        read (ropa.site.kept) lists each thing once."""
        if type(ident) is not str:
            return self.site.activity(ident) if kind == "activity" else self.site.get(kind, ident)
        key = (kind, ident)
        if key in self._found:
            return self._found[key]
        found = self._found[key] = self.site.activity(ident) if kind == "activity" else self.site.get(kind, ident)
        return found

    def name(self, kind: str, ident: str) -> str | None:
        """What the register calls it in the reader's language; None for an undefined reference."""
        if kind == "activity":  # its name alone: a page that links to it is kept while that stays the same
            exists, name = self.site.activity_name(ident)
            return (self.L.text(name) or ident) if exists else ident
        if kind == "basis":
            return str(self.L.label("legal_basis", ident))
        if kind == "country":
            return str(self.L.country(ident))
        item = self.get(kind, ident)
        if item is None:
            return None
        return (self.L.text(item.get("name")) if kind != "recipient" else self.recipient_name(ident)) or ident

    def ref(self, kind: str, ident: str) -> Md:
        text = self.name(kind, ident)
        return inline(ident) if text is None else self.to(page_of(kind, ident), text)

    def refs(self, kind: str, idents: Iterable[str]) -> Md:
        return Md(", ".join(self.ref(kind, i) for i in idents))

    def recipient_name(self, ident: str) -> str:
        return recipient_name(self.L, self.get("recipient", ident) or {}, ident)

    def consent_cell(self, consent: Any) -> str:
        """How consent is given, withdrawn and recorded, in one cell of a table of purposes."""
        said = mapping(consent)
        return " · ".join(
            self.L.text(x) for x in (said.get("how_given"), said.get("how_withdrawn"), said.get("record")) if x
        )

    def yes_no(self, value: Any) -> Md:
        """The words for yes and no: "no" for a flag the register leaves out."""
        return self.w("yes") if value else self.w("no")

    def flag(self, value: Any, otherwise: Any) -> Any:
        """The words for yes and no for a boolean field, else ``otherwise`` (the field is not given)."""
        return {True: self.w("yes"), False: self.w("no")}.get(value, otherwise)

    def long_date(self, iso: Any) -> str:
        """A date as the reader's language writes it; "" for none."""
        return self.L.date(iso) if iso else ""

    # -- pages ----------------------------------------------------------------------------------
    def page_started(self, path: str) -> None:
        self.here = path
        self._found = {}

    def pages(self) -> dict[str, str]:
        out: dict[str, str] = {}

        def put(path: str, make) -> None:
            self.page_started(path)
            out[path] = make()

        for page in NAVIGATION:
            put(page.path, lambda p=page: self.render(p.template, **p.shows(self)))
        # an activity's page, from the last build where nothing it shows changed (ropa serve)
        made_by = (self.r.wording, _layout(), self.today.isoformat())
        pages = Kept(_PAGES, made_by, self.site, [self, self.phrases])
        for activity in self.site.activities:
            put(
                page_of("activity", activity["id"]),
                lambda a=activity: pages.make(a, lambda a: self.render("activity.md.j2", **self.activity(a))),
            )
        pages.keep()
        # a definition's page lists the activities that use it, by name: after an edit of an activity,
        # only the pages of what it uses are made again
        definitions = Kept(_DEFINITION_PAGES, made_by, self.site, [self, self.phrases])
        for kind in ("purpose", "data-category", "data-subject", "recipient", "measure"):
            for ident, item in self.site.definitions.get(kind, {}).items():
                put(
                    page_of(kind, ident),
                    lambda k=kind, i=ident, d=item: definitions.make(
                        (k, i, d), lambda _: self.render("definition.md.j2", **self.definition(k, i, d))
                    ),
                )
        definitions.keep()
        for basis in self.site.uses.get("basis", {}):
            put(page_of("basis", basis), lambda b=basis: self.render("basis.md.j2", **self.basis(b)))
        for country in self.site.uses.get("country", {}):
            put(page_of("country", country), lambda c=country: self.render("country.md.j2", **self.country(c)))
        return out

    # -- the overview and the organisation --------------------------------------------------------
    def overview(self) -> dict[str, Any]:
        return {
            "name": self.L.text(self.site.organisation.get("name")),
            "count": len(self.site.activities),
            # the wording the overview's filter script fills in, as the value of an HTML attribute
            "shown": Md(html.escape(self.r.words["i.shown"], quote=True)),
            "rows": self.overview_rows(),
        }

    def overview_rows(self) -> list[list[Any]]:
        rows = []
        for a in self.site.activities:
            review = (a.get("review") or {}).get("last")
            rows.append(
                [
                    self.ref("activity", a["id"]),
                    self.L.label("role", a.get("role", "controller")),
                    self.refs("purpose", [u["purpose"] for u in a.get("purposes", [])]),
                    self.refs("basis", dict.fromkeys(bases_of(a))),
                    self.refs("data-subject", a.get("data_subjects", [])),
                    self.refs("data-category", [d["category"] for d in a.get("data", [])]),
                    self.refs("recipient", [r["recipient"] for r in a.get("recipients", [])]),
                    self.refs(
                        "country", dict.fromkeys(t["country"] for t in a.get("transfers", []) if t.get("country"))
                    ),
                    a.get("owner", ""),
                    self.sortable_date(review) if review else "",
                ]
            )
        return rows

    def organisation(self) -> dict[str, Any]:
        L = self.L
        org = self.site.organisation
        statement = org.get("statement") or {}
        from ..national import jurisdiction

        defaults = org.get("defaults") or {}
        joint = [
            i for i, r in self.site.definitions.get("recipient", {}).items() if r.get("kind") == "joint-controller"
        ]
        return {
            "org": org,
            "jurisdiction": L.country(jurisdiction(org)) if jurisdiction(org) else self.w("i.not_stated"),
            "address": self.r.address(org["address"]) if org.get("address") else "",
            "company_register": " ".join(
                str((org.get("company_register") or {}).get(k, "")) for k in ("register", "number")
            ).strip(),
            "registrations": "; ".join(
                f"{r.get('register', '')} {r.get('number', '')}".strip() for r in org.get("registrations") or []
            ),
            "version": statement.get("version", ""),
            "effective": self.long_date(statement.get("effective")),
            "languages": ", ".join(statement.get("languages", [])),
            "bodies": [
                [
                    L.text(b.get("name")),
                    self.refs(
                        "activity", [a["id"] for a in self.site.activities if a.get("controller") == b.get("id")]
                    ),
                ]
                for b in org.get("bodies") or []
            ],
            "contacts": self.contacts(),
            "default_recipients": [
                [self.ref("recipient", r["recipient"]), L.text(r.get("purpose")), L.text(r.get("note"))]
                for r in defaults.get("recipients") or []
            ],
            "default_transfers": self.transfer_rows(defaults.get("transfers") or []),
            "limitations": self.limitation_rows(org.get("rights_limitations") or []),
            "joint": [
                [
                    self.ref("recipient", i),
                    L.text(mapping(mapping(self.get("recipient", i)).get("arrangement")).get("summary")),
                ]
                for i in joint
            ],
        }

    def contacts(self) -> list[tuple[str, list[list[Any]]]]:
        """The organisation's data protection officers, privacy contacts and representatives: the
        wording key of each kind's heading and a row for each."""
        found = []
        for key, title in (
            ("dpo", "i.dpo"),
            ("privacy_contact", "who.privacy_contact.heading"),
            ("representative", "i.representative"),
        ):
            contacts = [c for c in as_list(self.site.organisation.get(key)) if c]
            if contacts:
                found.append((title, [self.contact_row(c) for c in contacts]))
        return found

    def contact_row(self, contact: dict) -> list[Any]:
        fax = f"{self.r.words['who.fax']} {contact['fax']}" if contact.get("fax") else None
        ways = (contact.get("email"), contact.get("phone"), fax, contact.get("website"), contact.get("form"))
        return [
            contact.get("name", ""),
            Md(" · ".join(inline(x) for x in ways if x)),
            _document(contact.get("registration")),
        ]

    def transfer_rows(self, transfers: list[Transfer]) -> list[list[Any]]:
        L = self.L
        return [
            [
                L.join([L.country(c) for c in [t.get("country"), *t.get("countries", [])] if c])
                or L.text(t.get("organisation")),
                self.ref("recipient", t["recipient"]) if t.get("recipient") else L.text(t.get("description")),
                ", ".join(L.label("mechanism", m) for m in t.get("mechanisms", [])),
                _document(t.get("assessment")),
                L.text(t.get("note")),
            ]
            for t in transfers
        ]

    def limitation_rows(self, items: list[RightsLimitation]) -> list[list[Any]]:
        L = self.L
        return [
            [
                L.join([L.label("right", r) for r in item.get("rights", [])]),
                L.law(item.get("article")),
                L.text(item.get("explanation")),
            ]
            for item in items
        ]

    # -- processor activities -----------------------------------------------------------------------
    def processor_record(self) -> dict[str, Any]:
        L = self.L
        return {
            "activities": [
                {
                    "ref": self.ref("activity", a["id"]),
                    "controllers": [
                        [
                            L.text(c.get("name")),
                            Md(
                                " · ".join(
                                    inline(x)
                                    for x in ((c.get("contact") or {}).get("email"), (c.get("dpo") or {}).get("email"))
                                    if x
                                )
                            ),
                            _document(c.get("agreement")),
                            L.join([L.text(p) for p in c.get("processing", [])]),
                        ]
                        for c in a.get("controllers", [])
                    ],
                    "categories": "; ".join(L.text(c) for c in a["processing_categories"])
                    if a.get("processing_categories")
                    else None,
                    "clients": self.clients(a),
                }
                for a in self.site.processor_activities()
            ]
        }

    def clients(self, a: Activity) -> dict[str, Any]:
        """Per client controller: the data categories, transfers and measures agreed with it (Art. 30(2));
        and the maintained client list, where there is one (None where there is none)."""
        L = self.L
        listing = a.get("client_list") or {}
        parts = (_document(listing.get("document")), listing.get("count", ""), L.text(listing.get("description")))
        return {
            "listing": " · ".join(str(x) for x in parts if x) if listing else None,
            "controllers": [
                {
                    "name": L.text(c.get("name")),
                    "categories": self.refs("data-category", c.get("categories") or []),
                    "measures": self.refs("measure", c.get("measures") or []),
                    "transfers": self.transfer_rows(c.get("transfers") or []),
                }
                for c in a.get("controllers", [])
                if c.get("categories") or c.get("transfers") or c.get("measures")
            ],
        }

    # -- an activity ----------------------------------------------------------------------------
    def activity(self, a: Activity) -> dict[str, Any]:
        """What an activity's page shows; a section the activity does not have is None (or empty)."""
        w, L = self.w, self.L
        review = a.get("review") or {}
        automated = a.get("automated_decisions")
        dpia = a.get("dpia")
        council = a.get("works_council")
        provision = a.get("provision")
        measures = list(
            dict.fromkeys(
                a.get("measures", [])
                + [i for i, m in self.site.definitions.get("measure", {}).items() if m.get("organisation_wide")]
            )
        )

        def stated(flag: Any) -> Any:  # a flag the register leaves out is "not stated", never "no"
            return w("yes") if flag is True else w("no") if flag is False else w("i.not_stated")

        return {
            "a": a,
            "role": L.label("role", a.get("role", "controller")),
            "regime": L.label("regime", a.get("regime", "gdpr")),
            "controller": self.phrases.controller_name(a["controller"])
            if a.get("controller")
            else L.text(self.site.organisation.get("name")),
            "joint_controllers": self.refs("recipient", a.get("joint_controllers", [])),
            "audience": w("i.internal") if a.get("audience") == "internal" else w("i.public"),
            "owner": a.get("owner", ""),
            "review": self.long_date(review.get("last")),
            "next_review": self.next_review(review),
            "data_subjects": self.refs("data-subject", a.get("data_subjects", [])),
            "processor": {
                "controllers": [
                    [
                        L.text(c.get("name")),
                        _document(c.get("agreement")),
                        L.join([L.text(p) for p in c.get("processing", [])]),
                    ]
                    for c in a.get("controllers", [])
                ],
                "clients": self.clients(a),
            }
            if a.get("role") == "processor"
            else None,
            "limitations": self.limitation_rows(a.get("rights_limitations") or []),
            "purposes": [
                [
                    self.ref("purpose", u["purpose"]),
                    self.refs("basis", basis_list(u)),
                    L.text(u.get("when")),
                    L.text(u.get("legitimate_interest")),
                    _document(u.get("assessment")),
                    L.law(u.get("law")),
                    self.consent_cell(u.get("consent")),
                ]
                for u in a.get("purposes") or []
            ]
            # the unpaired bases' own explanations, in a row of their own (the purposes' columns)
            + [
                [
                    self.r.words["i.basis_unpaired"],
                    self.refs("basis", a.get("bases_unpaired") or []),
                    "",
                    L.text(e.get("legitimate_interest")),
                    "",
                    L.law(e.get("law")) if e.get("law") else L.text(e.get("task")),
                    self.consent_cell(e.get("consent")),
                ]
                for e in [a.get("bases_explained") or {}]
                if a.get("bases_unpaired") and e
            ],
            "data": [
                [
                    self.ref("data-category", d["category"]),
                    self.special(d["category"]),
                    Md("<br>".join(self.phrases.retention_rule(r) for r in self.retention_rules(d))),
                    self.condition(d),
                ]
                for d in a.get("data") or []
            ],
            "sources": [
                [
                    L.label("source_kind", s.get("kind", "")),
                    self.ref("recipient", s["party"]) if s.get("party") else "",
                    L.text(s.get("description")),
                    self.refs("data-category", s.get("categories", [])),
                ]
                for s in a.get("sources") or []
            ],
            "provision": {
                "requirement": L.join([L.label("provision", r) for r in requirements(provision)]),
                "consequence": L.text(provision.get("consequence")),
            }
            if provision
            else None,
            "recipients": [self.recipient_row(r) for r in a.get("recipients") or []],
            "recipients_open": a.get("recipients_complete") is False,
            "purposes_open": a.get("purposes_complete") is False,
            "data_open": a.get("data_complete") is False,
            "transfers_open": a.get("transfers_complete") is False,
            "bases_unpaired": self.refs("basis", a.get("bases_unpaired") or []),
            "transfers": [
                [
                    self.ref("country", t["country"]) if t.get("country") else L.text(t.get("organisation")),
                    self.ref("recipient", t["recipient"]) if t.get("recipient") else L.text(t.get("description")),
                    ", ".join(L.label("mechanism", m) for m in t.get("mechanisms", []))
                    + (f" ({L.text(t['mechanism_description'])})" if t.get("mechanism_description") else ""),
                    _document(t.get("assessment")),
                    L.text(t.get("safeguards")),
                    L.text(t.get("copy")),
                ]
                for t in a.get("transfers") or []
            ],
            "measures": self.refs("measure", measures) if measures else None,
            "automated": {
                "present": stated(automated.get("present")),
                "profiling": stated(automated.get("profiling")),
                "logic": L.text(automated.get("logic")),
                "consequences": L.text(automated.get("consequences")),
                "safeguards": L.text(automated.get("safeguards")),
            }
            if automated
            else None,
            "dpia": {
                "required": self.yes_no(dpia.get("required")),
                "reason": dpia.get("reason", ""),
                "document": _document(dpia.get("document")),
                "date": self.long_date(dpia.get("date")),
                "outcome": dpia.get("outcome", ""),
                "prior_consultation": self.yes_no(dpia.get("prior_consultation")),
            }
            if dpia
            else None,
            "council": {
                "consent": self.flag(council.get("consent"), w("i.not_stated")),
                "date": self.long_date(council.get("date")),
                "document": _document(council.get("document")),
                "not_required": L.text(council.get("not_required")),
            }
            if council
            else None,
            "cookies": [
                [
                    c.get("name", ""),
                    self.ref("recipient", c["provider"])
                    if c.get("provider")
                    else (self.w("cookies.ourselves") if c.get("first_party") is True else ""),
                    L.text(c.get("purpose")),
                    L.label("cookie_kind", c["kind"]) if c.get("kind") else "",
                    L.period(c["lifetime"])
                    if c.get("lifetime") not in (None, "session", "until-deleted")
                    else c.get("lifetime", ""),
                    self.flag(c.get("consent"), ""),
                    w("i.internal") if c.get("audience") == "internal" else w("i.public"),
                ]
                for c in a.get("cookies") or []
            ],
            "systems": [
                [
                    s.get("name", ""),
                    s.get("location", ""),
                    L.country(s["country"]) if s.get("country") else "",
                    s.get("note", ""),
                ]
                for s in a.get("systems") or []
            ],
            "suppressed": [[s.get("rule", ""), s.get("reason", "")] for s in a.get("suppress") or []],
        }

    def retention_rules(self, data_use: DataUse) -> list[Retention]:
        rules = data_use.get("retention")
        return [r for r in (rules if isinstance(rules, list) else [rules]) if isinstance(r, dict)]

    def special(self, ident: str) -> str:
        from .exports import special_marks

        return ", ".join(special_marks(self.r, self.get("data-category", ident) or DataCategory()))

    def condition(self, data_use: DataUse) -> str:
        L = self.L
        parts = []
        condition = data_use.get("special_condition") or {}
        if condition.get("condition"):
            parts.append(
                L.label("special_condition", condition["condition"])
                + (f" ({L.text(condition['law'])})" if condition.get("law") else "")
                + (f" (UAVG {condition['uavg']})" if condition.get("uavg") else "")
            )
        for key in ("criminal_basis", "bsn_basis"):
            if data_use.get(key):
                parts.append(L.law(data_use[key].get("law")))
        if data_use.get("necessity"):
            parts.append(f"{self.w('i.necessity')}: {L.text(data_use['necessity'])}")
        return "; ".join(p for p in parts if p)

    def recipient_row(self, use: RecipientUse) -> list[Any]:
        item = self.get("recipient", use["recipient"]) or {}
        return [
            self.ref("recipient", use["recipient"]),
            self.L.label("recipient_kind", item.get("kind", "")),
            self.L.country(item["country"]) if item.get("country") else "",
            _document(item.get("agreement"))
            + (
                f" ({self.w('i.authorisation')}: {self.w('i.authorisation_' + use['authorisation'])})"
                if use.get("authorisation") in ("specific", "general")
                else ""
            ),
            self.L.text(use.get("purpose")),
        ]

    def sortable_date(self, iso: Any) -> Md:
        """A date as the reader's language writes it, with the ISO date the table sorts by."""
        return Md(f'<time datetime="{html.escape(str(iso))}">{html.escape(self.L.date(str(iso)))}</time>')

    def next_review(self, review: Review) -> str:
        due = add_period(review.get("last"), review.get("interval"))
        if due is None:
            return ""
        return self.L.date(due.isoformat()) + (f" ({self.w('i.overdue')})" if due < self.today else "")

    # -- the index pages and the definitions --------------------------------------------------------
    def kind_index(self, kind: str) -> dict[str, Any]:
        uses = self.site.uses.get(kind, {})
        if kind in ("basis", "country"):
            idents = list(uses)
        else:
            idents = list(self.site.definitions.get(kind, {}))
        idents.sort(key=lambda i: (self.name(kind, i) or i).casefold())  # by the name a reader looks for
        return {"title": KIND_TITLES[kind], "rows": [[self.ref(kind, i), len(uses.get(i, []))] for i in idents]}

    def definition(self, kind: str, ident: str, item: dict) -> dict[str, Any]:
        w, L = self.w, self.L
        title = self.recipient_name(ident) if kind == "recipient" else L.text(item.get("name"))
        shown: dict[str, Any] = {
            "kind": kind,
            "ident": ident,
            "item": item,
            "title": title or ident,
            "audience": w("i.internal") if item.get("audience") == "internal" else w("i.public"),
            "used_by": [self.ref("activity", a) for a in self.site.uses.get(kind, {}).get(ident, [])],
        }
        if kind == "data-category":
            shown["listed"] = L.join([L.text(x) for x in item.get("items", [])])
            if shown["listed"] and item.get("items_complete") is False:  # examples only, as the statement says
                shown["listed"] = f"{w('data.such_as')} {shown['listed']}"
            shown["special"] = self.special(ident)
        if kind == "data-subject":
            shown["vulnerable"] = self.yes_no(item.get("vulnerable"))
            shown["children"] = self.yes_no(item.get("children"))
        if kind == "recipient":
            shown |= {
                "recipient_kind": L.label("recipient_kind", item.get("kind", "")),
                "category": L.text(item.get("category")),
                "public_name": self.yes_no(item.get("public_name")),
                "country": self.ref("country", item["country"])
                if item.get("country") in self.site.uses.get("country", {})
                else (L.country(item["country"]) if item.get("country") else ""),
                "agreement": _document(item.get("agreement")),
                "dpf": self.yes_no(item.get("dpf_certified")),
                "group_company": w("yes")
                if item.get("group_company") is True
                else w("no")
                if item.get("group_company") is False
                else "",
                "processor_of": self.ref("recipient", item["processor_of"]) if item.get("processor_of") else "",
                "sub_processors": self.refs("recipient", item.get("sub_processors", [])),
                "arrangement": L.text((item.get("arrangement") or {}).get("summary")),
                "website": link(item["website"], item["website"]) if item.get("website") else "",
            }
        if kind == "measure":
            certification = item.get("certification") or {}
            shown |= {
                "measure_kind": L.label("measure_kind", item.get("kind", "")) if item.get("kind") else "",
                "organisation_wide": self.yes_no(item.get("organisation_wide")),
                "standard": certification.get("standard", ""),
                "holder": self.ref("recipient", certification["holder"]) if certification.get("holder") else "",
                "valid_until": self.long_date(certification.get("valid_until")),
                "details": L.text(item.get("details")),
            }
        return shown

    def basis(self, basis: str) -> dict[str, Any]:
        rows = []
        for ident in self.site.uses["basis"][basis]:
            activity = self.get("activity", ident) or {}
            for use in activity.get("purposes", []):
                if basis in basis_list(use):
                    rows.append(
                        [self.ref("activity", ident), self.ref("purpose", use["purpose"]), self.L.text(use.get("when"))]
                    )
            if basis in activity.get("bases_unpaired", []):  # the activity's, not paired with a purpose
                rows.append([self.ref("activity", ident), self.r.words["i.basis_unpaired"], ""])
        return {"title": self.L.label("legal_basis", basis), "rows": rows}

    def country(self, code: str) -> dict[str, Any]:
        L = self.L
        rows = []
        for ident in self.site.uses["country"][code]:
            for t in (self.get("activity", ident) or {}).get("transfers", []):
                if t.get("country") == code:
                    rows.append(
                        [
                            self.ref("activity", ident),
                            self.ref("recipient", t["recipient"])
                            if t.get("recipient")
                            else L.text(t.get("description")),
                            ", ".join(L.label("mechanism", m) for m in t.get("mechanisms", [])),
                            _document(t.get("assessment")),
                        ]
                    )
        return {"code": code, "title": L.country(code), "rows": rows}

    # -- lint's findings, the register's history and ropa's rules ------------------------------------
    def status(self) -> dict[str, Any]:
        return {
            "publication": self.publication,
            "findings": [
                [f"{p.path}:{p.line}:{p.column}", p.level, self.rule(p.rule), with_code(p.message)]
                for p in self.findings
            ],
            "suppressed": [
                [
                    f"{s.problem.path}:{s.problem.line}:{s.problem.column}",
                    self.rule(s.problem.rule),
                    with_code(s.problem.message),
                    s.reason,
                ]
                for s in self.suppressed
            ],
        }

    def rule(self, rule_id: str) -> Md:
        from ..rules import RULES

        return self.to("rules.md", rule_id) if rule_id in RULES else inline(rule_id)

    def rules(self) -> list[tuple[str, list[list[Any]]]]:
        """Each family of ropa's rules, with its title, and a row for each rule."""
        from ..rules import FAMILIES, RULES
        from ..rules.docs import FAMILY_TITLES

        return [
            (
                FAMILY_TITLES[family],
                [
                    [r.id, r.level, r.source, with_code(f"{r.rationale} {r.fix}")]
                    for r in sorted(RULES.values(), key=lambda r: r.id)
                    if r.family == family
                ],
            )
            for family in FAMILIES
        ]

    def changes(self) -> dict[str, Any]:
        return {"revisions": self.revisions}


__all__ = ["NAVIGATION", "Internal", "page_of", "table"]
