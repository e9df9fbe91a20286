"""The internal Article 30 register: an overview, a page per activity and per definition, the
processor record, the lint status and the downloads. Every reference is a link, both ways."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ..dates import add_period
from ..kinds import FOLDER_KINDS
from ..model import Activity, DataUse, RecipientUse, Retention, Review, RightsLimitation, Transfer
from ..problems import Problem
from ..text import recipient_name
from ..values import as_list, mapping
from .kept import Kept
from .markdown import Md, inline, link, paragraphs, with_code
from .mdkv import MARK
from .public import Statement
from .render import Renderer
from .view import Site, basis_list

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


def page_of(kind: str, ident: str) -> str:
    return f"{KIND_FOLDERS[kind]}/{ident}.md"


def table(headers: list[Any], rows: Iterable[list[Any]]) -> Md:
    """A Markdown table; cells that are not Md are escaped."""
    head = "| " + " | ".join(inline(h) for h in headers) + " |"
    lines = [head, "|" + "---|" * len(headers)]
    for row in rows:
        lines.append("| " + " | ".join(inline(c) if c not in (None, "") else "" for c in row) + " |")
    return Md("\n".join(lines) + "\n")


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


def _yes_no(w: Callable[[str], Md], value: Any, otherwise: str) -> str:
    """The words for yes and no for a boolean field, else ``otherwise`` (the field is not given)."""
    return {True: w("yes"), False: w("no")}.get(value, otherwise)


# each activity's page from this process's last internal register in each language (ropa.site.kept)
_PAGES: dict[tuple, dict] = {}


def _index_of(kind: str) -> tuple[str, str, Callable[[Internal], str]]:
    return KIND_TITLES[kind], f"{KIND_FOLDERS[kind]}/index.md", lambda internal: internal.kind_index(kind)


# The internal register's own pages, in the order of its navigation: (wording key of the title, page,
# what makes it). Internal.pages() makes them and the site's navigation lists them (build.py): one list.
NAVIGATION: tuple[tuple[str, str, Callable[[Internal], str]], ...] = (
    ("i.overview", "index.md", lambda internal: internal.overview()),
    ("i.organisation", "organisation.md", lambda internal: internal.organisation()),
    ("i.processor_record", "processor.md", lambda internal: internal.processor_record()),
    _index_of("purpose"),
    _index_of("basis"),
    _index_of("data-category"),
    _index_of("data-subject"),
    _index_of("recipient"),
    _index_of("country"),
    _index_of("measure"),
    ("i.status", "status.md", lambda internal: internal.status()),
    ("i.changes", "changes.md", lambda internal: internal.changes()),
    ("i.rules", "rules.md", lambda internal: internal.rules()),
    ("i.downloads", "downloads.md", lambda internal: internal.downloads()),
)


class Internal:
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
        self.w = renderer.w
        self.L = renderer.L
        self.phrases = Statement(site, renderer)
        self.findings = findings
        self.suppressed = suppressed or []
        self.revisions = revisions
        self.today = today
        self.here = "index.md"

    # -- links ----------------------------------------------------------------------------------
    def to(self, target: str, text: Any) -> Md:
        # Pages live at the top or one folder down, so a relative link needs at most one "../".
        prefix = "../" if "/" in self.here else ""
        return Md(f"[{inline(text)}]({prefix}{target})")

    def name(self, kind: str, ident: str) -> str | None:
        """What the register calls it in the reader's language; None for an undefined reference."""
        if kind == "activity":
            activity = self.site.activity(ident)
            return (self.L.text(activity.get("name")) or ident) if activity else ident
        if kind == "basis":
            return str(self.L.label("legal_basis", ident))
        if kind == "country":
            return str(self.L.country(ident))
        item = self.site.get(kind, ident)
        if item is None:
            return None
        return (self.L.text(item.get("name")) if kind != "recipient" else self.recipient_name(ident)) or ident

    def ref(self, kind: str, ident: str) -> Md:
        text = self.name(kind, ident)
        return inline(ident) if text is None else self.to(page_of(kind, ident), text)

    def refs(self, kind: str, idents: Iterable[str]) -> Md:
        return Md(", ".join(self.ref(kind, i) for i in idents))

    def recipient_name(self, ident: str) -> str:
        return recipient_name(self.L, self.site.get("recipient", ident) or {}, ident)

    # -- pages ----------------------------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        out: dict[str, str] = {}

        def put(path: str, make) -> None:
            self.here = path
            out[path] = make()

        for _, path, make in NAVIGATION:
            put(path, lambda m=make: m(self))
        # an activity's page, from the last build where nothing it shows changed (ropa serve)
        pages = Kept(_PAGES, (self.r.wording, self.today.isoformat()), self.site, [self, self.phrases])
        for activity in self.site.activities:
            put(page_of("activity", activity["id"]), lambda a=activity: pages.make(a, self.activity))
        pages.keep()
        for kind in ("purpose", "data-category", "data-subject", "recipient", "measure"):
            for ident, item in self.site.definitions.get(kind, {}).items():
                put(page_of(kind, ident), lambda k=kind, i=ident, d=item: self.definition(k, i, d))
        for basis in self.site.uses.get("basis", {}):
            put(page_of("basis", basis), lambda b=basis: self.basis(b))
        for country in self.site.uses.get("country", {}):
            put(page_of("country", country), lambda c=country: self.country(c))
        return out

    def overview_rows(self) -> list[list[Any]]:
        rows = []
        for a in self.site.activities:
            review = (a.get("review") or {}).get("last")
            rows.append(
                [
                    self.ref("activity", a["id"]),
                    self.L.label("role", a.get("role", "controller")),
                    self.refs("purpose", [u["purpose"] for u in a.get("purposes", [])]),
                    self.refs("basis", dict.fromkeys(b for u in a.get("purposes", []) for b in basis_list(u))),
                    self.refs("data-subject", a.get("data_subjects", [])),
                    self.refs("data-category", [d["category"] for d in a.get("data", [])]),
                    self.refs("recipient", [r["recipient"] for r in a.get("recipients", [])]),
                    self.refs(
                        "country", dict.fromkeys(t["country"] for t in a.get("transfers", []) if t.get("country"))
                    ),
                    a.get("owner", ""),
                    self._date(review) if review else "",
                ]
            )
        return rows

    def overview(self) -> str:
        w = self.w
        org = self.site.organisation
        head = [
            w("i.activity"),
            w("i.role"),
            w("i.purposes"),
            w("i.bases"),
            w("i.data_subjects"),
            w("i.data_categories"),
            w("i.recipients"),
            w("i.transfers"),
            w("i.owner"),
            w("i.review"),
        ]
        return (
            f"# {w('internal.title')}: {inline(self.L.text(org.get('name')))}\n\n"
            f"{w('i.count', count=len(self.site.activities))}\n\n"
            f'<div class="ropa-table" data-filter="{inline(w("i.filter"))}" '
            f'data-shown="{html.escape(self.r.words["i.shown"], quote=True)}"></div>\n\n'
            + table(head, self.overview_rows())
        )

    def organisation(self) -> str:
        w, L = self.w, self.L
        org = self.site.organisation
        statement = org.get("statement") or {}
        from ..national import jurisdiction

        rows: list[list[Any]] = [
            [w("i.name"), self.L.text(org.get("name"))],
            [w("i.jurisdiction"), L.country(jurisdiction(org)) if jurisdiction(org) else w("i.not_stated")],
            [w("who.address"), self.r.address(org["address"]) if org.get("address") else ""],
            [w("who.email"), org.get("email", "")],
            [w("who.phone"), org.get("phone", "")],
            [w("who.kvk"), org.get("kvk", "")],
            [
                w("i.company_register"),
                " ".join(str((org.get("company_register") or {}).get(k, "")) for k in ("register", "number")).strip(),
            ],
            [w("i.employees"), org.get("employees", "")],
            [w("i.public_authority"), w("yes") if org.get("public_authority") else w("no")],
            [w("i.exemption"), w("yes") if org.get("exemption_claimed") else w("no")],
            [w("i.statement") + " · " + w("i.version_label"), statement.get("version", "")],
            [w("i.effective"), L.date(statement["effective"]) if statement.get("effective") else ""],
            [w("i.languages"), ", ".join(statement.get("languages", []))],
            [w("i.owner"), org.get("owner", "")],
        ]
        text = f"# {w('i.organisation')}\n\n" + key_values(rows)
        if org.get("bodies"):
            text += f"\n## {w('i.bodies')}\n\n" + table(
                [w("i.name"), w("i.activities")],
                [
                    [
                        L.text(b.get("name")),
                        self.refs(
                            "activity", [a["id"] for a in self.site.activities if a.get("controller") == b.get("id")]
                        ),
                    ]
                    for b in org["bodies"]
                ],
            )
        for key, title in (
            ("dpo", "i.dpo"),
            ("privacy_contact", "who.privacy_contact.heading"),
            ("representative", "i.representative"),
        ):
            contacts = [c for c in as_list(org.get(key)) if c]
            if contacts:
                text += f"\n## {w(title)}\n\n" + table(
                    [w("i.name"), w("i.contact"), w("i.registration")],
                    [
                        [
                            contact.get("name", ""),
                            Md(
                                " · ".join(
                                    inline(x)
                                    for x in (
                                        contact.get("email"),
                                        contact.get("phone"),
                                        contact.get("website"),
                                        contact.get("form"),
                                    )
                                    if x
                                )
                            ),
                            _document(contact.get("registration")),
                        ]
                        for contact in contacts
                    ],
                )
        defaults = org.get("defaults") or {}
        if defaults.get("recipients") or defaults.get("transfers"):
            text += f"\n## {w('i.organisation_wide')}\n\n"
            if defaults.get("recipients"):
                text += (
                    table(
                        [w("i.recipient"), w("i.purpose"), w("i.notes")],
                        [
                            [self.ref("recipient", r["recipient"]), L.text(r.get("purpose")), L.text(r.get("note"))]
                            for r in defaults["recipients"]
                        ],
                    )
                    + "\n"
                )
            if defaults.get("transfers"):
                text += self._transfer_table(defaults["transfers"]) + "\n"
        if org.get("rights_limitations"):
            text += f"\n## {w('i.rights_limitations')}\n\n" + self._limitations(org["rights_limitations"])
        joint = [
            i for i, r in self.site.definitions.get("recipient", {}).items() if r.get("kind") == "joint-controller"
        ]
        if joint:
            text += f"\n## {w('i.joint_controllers')}\n\n" + table(
                [w("i.recipient"), w("i.arrangement")],
                [
                    [
                        self.ref("recipient", i),
                        L.text(mapping(mapping(self.site.get("recipient", i)).get("arrangement")).get("summary")),
                    ]
                    for i in joint
                ],
            )
        if org.get("notes"):
            text += f"\n## {w('i.notes')}\n\n{paragraphs(L.text(org['notes']))}\n"
        return text

    def processor_record(self) -> str:
        w, L = self.w, self.L
        text = f"# {w('i.processor_record')}\n\n"
        activities = self.site.processor_activities()
        if not activities:
            return text + w("i.processor_none") + "\n"
        for a in activities:
            text += f"## {self.ref('activity', a['id'])}\n\n"
            rows = [
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
            ]
            text += table([w("i.controllers"), w("i.contact"), w("i.agreement"), w("i.processing_categories")], rows)
            categories = [L.text(c) for c in a.get("processing_categories", [])]
            if categories:
                text += f"\n**{w('i.processing_categories')}:** {inline('; '.join(categories))}\n"
            text += self._clients(a) + "\n"
        return text

    def _clients(self, a: Activity) -> str:
        """Per client controller: the data categories, transfers and measures agreed with it (Art. 30(2));
        and the maintained client list, where there is one."""
        w, L = self.w, self.L
        text = ""
        listing = a.get("client_list") or {}
        if listing:
            text += (
                f"\n**{w('i.client_list')}:** "
                + inline(
                    " · ".join(
                        str(x)
                        for x in (
                            _document(listing.get("document")),
                            listing.get("count", ""),
                            L.text(listing.get("description")),
                        )
                        if x
                    )
                )
                + "\n"
            )
        for c in a.get("controllers", []):
            if c.get("categories") or c.get("transfers") or c.get("measures"):
                text += f"\n### {inline(L.text(c.get('name')))}\n\n"
                if c.get("categories"):
                    text += f"**{w('i.data_categories')}:** {self.refs('data-category', c['categories'])}\n\n"
                if c.get("measures"):
                    text += f"**{w('i.measures')}:** {self.refs('measure', c['measures'])}\n\n"
                if c.get("transfers"):
                    text += self._transfer_table(c["transfers"]) + "\n"
        return text

    def _transfer_table(self, transfers: list[Transfer]) -> str:
        w, L = self.w, self.L
        return table(
            [w("i.country"), w("i.recipient"), w("i.mechanisms"), w("i.tia"), w("i.notes")],
            [
                [
                    L.join([L.country(c) for c in [t.get("country"), *t.get("countries", [])] if c])
                    or L.text(t.get("organisation")),
                    self.ref("recipient", t["recipient"]) if t.get("recipient") else L.text(t.get("description")),
                    ", ".join(L.label("mechanism", m) for m in t.get("mechanisms", [])),
                    _document(t.get("assessment")),
                    L.text(t.get("note")),
                ]
                for t in transfers
            ],
        )

    def _limitations(self, items: list[RightsLimitation]) -> str:
        w, L = self.w, self.L
        return (
            table(
                [w("i.rights"), w("i.law"), w("i.description")],
                [
                    [
                        L.join([L.label("right", r) for r in item.get("rights", [])]),
                        L.law(item.get("article")),
                        L.text(item.get("explanation")),
                    ]
                    for item in items
                ],
            )
            + "\n"
        )

    def activity(self, a: Activity) -> str:
        w, L = self.w, self.L
        review = a.get("review") or {}
        text = f"# {inline(L.text(a.get('name')))}\n\n"
        if a.get("description"):
            text += f"{paragraphs(L.text(a['description']))}\n\n"
        rows: list[list[Any]] = [
            [w("i.role"), L.label("role", a.get("role", "controller"))],
            [w("i.regime"), L.label("regime", a.get("regime", "gdpr"))],
            [
                w("i.controller"),
                self.phrases.controller_name(a["controller"])
                if a.get("controller")
                else L.text(self.site.organisation.get("name")),
            ],
            [w("i.joint_controllers"), self.refs("recipient", a.get("joint_controllers", []))],
            [w("i.audience"), w("i.internal") if a.get("audience") == "internal" else w("i.public")],
            [w("i.owner"), a.get("owner", "")],
            [w("i.review"), L.date(review["last"]) if review.get("last") else ""],
            [w("i.next_review"), self._next_review(review)],
            [w("i.data_subjects"), self.refs("data-subject", a.get("data_subjects", []))],
        ]
        rows.insert(0, [w("i.activity"), a["id"]])
        text += key_values(rows) + "\n"
        if a.get("role") == "processor":
            text += (
                f"## {w('i.controllers')}\n\n"
                + table(
                    [w("i.name"), w("i.agreement"), w("i.processing_categories")],
                    [
                        [
                            L.text(c.get("name")),
                            _document(c.get("agreement")),
                            L.join([L.text(p) for p in c.get("processing", [])]),
                        ]
                        for c in a.get("controllers", [])
                    ],
                )
                + self._clients(a)
                + "\n"
            )
        if a.get("rights_limitations"):
            text += f"## {w('i.rights_limitations')}\n\n" + self._limitations(a["rights_limitations"])
        if a.get("purposes"):
            text += (
                f"## {w('i.purposes')}\n\n"
                + table(
                    [
                        w("i.purpose"),
                        w("i.basis"),
                        w("i.when"),
                        w("i.interest"),
                        w("i.assessment"),
                        w("i.law"),
                        w("i.consent"),
                    ],
                    [
                        [
                            self.ref("purpose", u["purpose"]),
                            self.refs("basis", basis_list(u)),
                            L.text(u.get("when")),
                            L.text(u.get("legitimate_interest")),
                            _document(u.get("assessment")),
                            L.law(u.get("law")),
                            " · ".join(
                                L.text(x)
                                for x in (
                                    (u.get("consent") or {}).get("how_given"),
                                    (u.get("consent") or {}).get("how_withdrawn"),
                                    (u.get("consent") or {}).get("record"),
                                )
                                if x
                            ),
                        ]
                        for u in a["purposes"]
                    ],
                )
                + "\n"
            )
        if a.get("data"):
            text += (
                f"## {w('i.data_categories')}\n\n"
                + table(
                    [w("i.category"), w("i.special"), w("i.retention"), w("i.condition")],
                    [
                        [
                            self.ref("data-category", d["category"]),
                            self._special(d["category"]),
                            Md("<br>".join(self.phrases.retention_rule(r) for r in self._rules(d))),
                            self._condition(d),
                        ]
                        for d in a["data"]
                    ],
                )
                + "\n"
            )
        if a.get("sources"):
            text += (
                f"## {w('i.source')}\n\n"
                + table(
                    [w("i.kind"), w("i.party"), w("i.description"), w("i.data_categories")],
                    [
                        [
                            L.label("source_kind", s.get("kind", "")),
                            self.ref("recipient", s["party"]) if s.get("party") else "",
                            L.text(s.get("description")),
                            self.refs("data-category", s.get("categories", [])),
                        ]
                        for s in a["sources"]
                    ],
                )
                + "\n"
            )
        if a.get("provision"):
            p = a["provision"]
            text += (
                f"## {w('i.provision')}\n\n"
                f"{inline(L.label('provision', p['requirement']) if p.get('requirement') else '')} "
                f"{inline(L.text(p.get('consequence')))}\n\n"
            )
        if a.get("recipients"):
            text += (
                f"## {w('i.recipients')}\n\n"
                + table(
                    [w("i.recipient"), w("i.kind"), w("i.country"), w("i.agreement"), w("i.purpose")],
                    [self._recipient_row(r) for r in a["recipients"]],
                )
                + "\n"
            )
        if a.get("transfers"):
            text += (
                f"## {w('i.transfers')}\n\n"
                + table(
                    [w("i.country"), w("i.recipient"), w("i.mechanisms"), w("i.tia"), w("i.safeguards"), w("i.copy")],
                    [
                        [
                            self.ref("country", t["country"]) if t.get("country") else L.text(t.get("organisation")),
                            self.ref("recipient", t["recipient"])
                            if t.get("recipient")
                            else L.text(t.get("description")),
                            ", ".join(L.label("mechanism", m) for m in t.get("mechanisms", []))
                            + (f" ({L.text(t['mechanism_description'])})" if t.get("mechanism_description") else ""),
                            _document(t.get("assessment")),
                            L.text(t.get("safeguards")),
                            L.text(t.get("copy")),
                        ]
                        for t in a["transfers"]
                    ],
                )
                + "\n"
            )
        measures = list(
            dict.fromkeys(
                a.get("measures", [])
                + [i for i, m in self.site.definitions.get("measure", {}).items() if m.get("organisation_wide")]
            )
        )
        if measures:
            text += f"## {w('i.measures')}\n\n{self.refs('measure', measures)}\n\n"
        automated = a.get("automated_decisions")
        if automated:

            def stated(flag: Any) -> Any:  # a flag the register leaves out is "not stated", never "no"
                return w("yes") if flag is True else w("no") if flag is False else w("i.not_stated")

            text += (
                f"## {w('i.automated')}\n\n"
                + key_values(
                    [
                        [w("i.automated"), stated(automated.get("present"))],
                        [w("i.profiling"), stated(automated.get("profiling"))],
                        [w("i.logic"), L.text(automated.get("logic"))],
                        [w("i.consequences"), L.text(automated.get("consequences"))],
                        [w("i.safeguards"), L.text(automated.get("safeguards"))],
                    ]
                )
                + "\n"
            )
        dpia = a.get("dpia")
        if dpia:
            text += (
                f"## {w('i.dpia')}\n\n"
                + key_values(
                    [
                        [w("i.dpia_required"), w("yes") if dpia.get("required") else w("no")],
                        [w("i.dpia_reason"), dpia.get("reason", "")],
                        [w("i.dpia_document"), _document(dpia.get("document"))],
                        [w("i.dpia_date"), L.date(dpia["date"]) if dpia.get("date") else ""],
                        [w("i.dpia_outcome"), dpia.get("outcome", "")],
                        [w("i.prior_consultation"), w("yes") if dpia.get("prior_consultation") else w("no")],
                    ]
                )
                + "\n"
            )
        council = a.get("works_council")
        if council:
            text += (
                f"## {w('i.works_council')}\n\n"
                + key_values(
                    [
                        [
                            w("i.wc_consent"),
                            _yes_no(w, council.get("consent"), w("i.not_stated")),
                        ],
                        [w("i.dpia_date"), L.date(council["date"]) if council.get("date") else ""],
                        [w("i.dpia_document"), _document(council.get("document"))],
                        [w("i.wc_not_required"), L.text(council.get("not_required"))],
                    ]
                )
                + "\n"
            )
        if a.get("cookies"):
            text += (
                f"## {w('i.cookies')}\n\n"
                + table(
                    [
                        w("cookies.name"),
                        w("cookies.provider"),
                        w("cookies.purpose"),
                        w("cookies.kind"),
                        w("cookies.lifetime"),
                        w("cookies.consent"),
                        w("i.audience"),
                    ],
                    [
                        [
                            c.get("name", ""),
                            self.ref("recipient", c["provider"]) if c.get("provider") else "",
                            L.text(c.get("purpose")),
                            L.label("cookie_kind", c["kind"]) if c.get("kind") else "",
                            L.period(c["lifetime"])
                            if c.get("lifetime") not in (None, "session")
                            else c.get("lifetime", ""),
                            _yes_no(w, c.get("consent"), ""),
                            w("i.internal") if c.get("audience") == "internal" else w("i.public"),
                        ]
                        for c in a["cookies"]
                    ],
                )
                + "\n"
            )
        if a.get("systems"):
            text += (
                f"## {w('i.systems')}\n\n"
                + table(
                    [w("i.system"), w("i.location"), w("i.country"), w("i.notes")],
                    [
                        [
                            s.get("name", ""),
                            s.get("location", ""),
                            L.country(s["country"]) if s.get("country") else "",
                            s.get("note", ""),
                        ]
                        for s in a["systems"]
                    ],
                )
                + "\n"
            )
        if a.get("notes"):
            text += f"## {w('i.notes')}\n\n{paragraphs(L.text(a['notes']))}\n\n"
        if a.get("suppress"):
            text += (
                f"## {w('i.suppressed')}\n\n"
                + table([w("i.rule"), w("i.reason")], [[s.get("rule", ""), s.get("reason", "")] for s in a["suppress"]])
                + "\n"
            )
        return text

    def _rules(self, data_use: DataUse) -> list[Retention]:
        rules = data_use.get("retention")
        return [r for r in (rules if isinstance(rules, list) else [rules]) if isinstance(r, dict)]

    def _special(self, ident: str) -> str:
        from .exports import special_marks

        return ", ".join(special_marks(self.r, self.site.get("data-category", ident) or {}))

    def _condition(self, data_use: DataUse) -> str:
        L = self.L
        parts = []
        condition = data_use.get("special_condition") or {}
        if condition.get("condition"):
            parts.append(
                L.label("special_condition", condition["condition"])
                + (f" (UAVG {condition['uavg']})" if condition.get("uavg") else "")
            )
        for key in ("criminal_basis", "bsn_basis"):
            if data_use.get(key):
                parts.append(L.law(data_use[key].get("law")))
        if data_use.get("necessity"):
            parts.append(f"{self.w('i.necessity')}: {L.text(data_use['necessity'])}")
        return "; ".join(p for p in parts if p)

    def _recipient_row(self, use: RecipientUse) -> list[Any]:
        item = self.site.get("recipient", use["recipient"]) or {}
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

    def _date(self, iso: Any) -> Md:
        """A date as the reader's language writes it, with the ISO date the table sorts by."""
        return Md(f'<time datetime="{html.escape(str(iso))}">{html.escape(self.L.date(str(iso)))}</time>')

    def _next_review(self, review: Review) -> str:
        due = add_period(review.get("last"), review.get("interval"))
        if due is None:
            return ""
        return self.L.date(due.isoformat()) + (f" ({self.w('i.overdue')})" if due < self.today else "")

    def kind_index(self, kind: str) -> str:
        w = self.w
        uses = self.site.uses.get(kind, {})
        if kind in ("basis", "country"):
            idents = list(uses)
        else:
            idents = list(self.site.definitions.get(kind, {}))
        idents.sort(key=lambda i: (self.name(kind, i) or i).casefold())  # by the name a reader looks for
        rows = [[self.ref(kind, i), len(uses.get(i, []))] for i in idents]
        return f"# {w(KIND_TITLES[kind])}\n\n" + table([w("i.name"), w("i.activities")], rows)

    def used_by(self, kind: str, ident: str) -> str:
        activities = self.site.uses.get(kind, {}).get(ident, [])
        return (
            f"## {self.w('i.used_by')}\n\n"
            + ("\n".join(f"- {self.ref('activity', a)}" for a in activities) if activities else self.w("i.none"))
            + "\n"
        )

    def definition(self, kind: str, ident: str, item: dict) -> str:
        w, L = self.w, self.L
        title = self.recipient_name(ident) if kind == "recipient" else L.text(item.get("name"))
        text = f"# {inline(title or ident)}\n\n"
        if item.get("description"):
            text += f"{paragraphs(L.text(item['description']))}\n\n"
        rows: list[list[Any]] = [
            ["id", ident],
            [w("i.audience"), w("i.internal") if item.get("audience") == "internal" else w("i.public")],
        ]
        if kind == "data-category":
            rows += [
                [w("i.description"), L.join([L.text(x) for x in item.get("items", [])])],
                [w("i.special"), self._special(ident)],
            ]
        if kind == "data-subject":
            rows += [
                [w("i.vulnerable"), w("yes") if item.get("vulnerable") else w("no")],
                [w("i.children"), w("yes") if item.get("children") else w("no")],
            ]
        if kind == "recipient":
            rows += [
                [w("i.kind"), L.label("recipient_kind", item.get("kind", ""))],
                [w("i.category"), L.text(item.get("category"))],
                [w("i.public_name"), w("yes") if item.get("public_name") else w("no")],
                [
                    w("i.country"),
                    self.ref("country", item["country"])
                    if item.get("country") in self.site.uses.get("country", {})
                    else (L.country(item["country"]) if item.get("country") else ""),
                ],
                [w("i.agreement"), _document(item.get("agreement"))],
                [w("i.dpf"), w("yes") if item.get("dpf_certified") else w("no")],
                [
                    w("i.group_company"),
                    w("yes")
                    if item.get("group_company") is True
                    else w("no")
                    if item.get("group_company") is False
                    else "",
                ],
                [w("i.processor_of"), self.ref("recipient", item["processor_of"]) if item.get("processor_of") else ""],
                [w("i.sub_processors"), self.refs("recipient", item.get("sub_processors", []))],
                [w("i.arrangement"), L.text((item.get("arrangement") or {}).get("summary"))],
                [w("who.website"), link(item["website"], item["website"]) if item.get("website") else ""],
            ]
        if kind == "measure":
            certification = item.get("certification") or {}
            rows += [
                [w("i.kind"), L.label("measure_kind", item.get("kind", "")) if item.get("kind") else ""],
                [w("i.organisation_wide"), w("yes") if item.get("organisation_wide") else w("no")],
                [w("i.certification"), certification.get("standard", "")],
                [w("i.valid_until"), L.date(certification["valid_until"]) if certification.get("valid_until") else ""],
                [w("i.details"), L.text(item.get("details"))],
            ]
        text += key_values(rows) + "\n"
        if item.get("notes"):
            text += f"## {w('i.notes')}\n\n{paragraphs(L.text(item['notes']))}\n\n"
        return text + self.used_by(kind, ident)

    def basis(self, basis: str) -> str:
        w, L = self.w, self.L
        rows = []
        for ident in self.site.uses["basis"][basis]:
            activity = self.site.activity(ident) or {}
            for use in activity.get("purposes", []):
                if basis in basis_list(use):
                    rows.append(
                        [self.ref("activity", ident), self.ref("purpose", use["purpose"]), L.text(use.get("when"))]
                    )
        return f"# {inline(L.label('legal_basis', basis))}\n\n" + table(
            [w("i.activity"), w("i.purpose"), w("i.when")], rows
        )

    def country(self, code: str) -> str:
        w, L = self.w, self.L
        rows = []
        for ident in self.site.uses["country"][code]:
            for t in (self.site.activity(ident) or {}).get("transfers", []):
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
        return f"# {inline(L.country(code))} ({code})\n\n" + table(
            [w("i.activity"), w("i.recipient"), w("i.mechanisms"), w("i.tia")], rows
        )

    def status(self) -> str:
        w = self.w
        text = f"# {w('i.findings')}\n\n{w('i.findings_intro')}\n\n"
        if self.publication != "published":
            text += f'!!! warning "{w("i.publication")}"\n    {w("i.publication_" + self.publication)}\n\n'
        if not self.findings:
            text += w("i.findings_none") + "\n"
        else:
            text += table(
                [w("i.file"), w("i.level"), w("i.rule"), w("i.message")],
                [
                    [f"{p.path}:{p.line}:{p.column}", p.level, self._rule(p.rule), with_code(p.message)]
                    for p in self.findings
                ],
            )
        if self.suppressed:
            text += f"\n## {w('i.suppressed')}\n\n" + table(
                [w("i.file"), w("i.rule"), w("i.message"), w("i.reason")],
                [
                    [
                        f"{s.problem.path}:{s.problem.line}:{s.problem.column}",
                        self._rule(s.problem.rule),
                        with_code(s.problem.message),
                        s.reason,
                    ]
                    for s in self.suppressed
                ],
            )
        return text

    def _rule(self, rule_id: str) -> Md:
        from ..rules import RULES

        return self.to("rules.md", rule_id) if rule_id in RULES else inline(rule_id)

    def rules(self) -> str:
        from ..rules import FAMILIES, RULES
        from ..rules.docs import FAMILY_TITLES

        w = self.w
        text = f"# {w('i.rules')}\n\n"
        for family in FAMILIES:
            text += (
                f"## {inline(FAMILY_TITLES[family])}\n\n"
                + table(
                    [w("i.rule"), w("i.level"), w("i.law"), w("i.description")],
                    [
                        [r.id, r.level, r.source, with_code(f"{r.rationale} {r.fix}")]
                        for r in sorted(RULES.values(), key=lambda r: r.id)
                        if r.family == family
                    ],
                )
                + "\n"
            )
        return text

    def changes(self) -> str:
        w = self.w
        text = f"# {w('i.changes')}\n\n"
        if self.revisions is None:
            return text + w("i.changes_not_in_git") + "\n"
        text += w("i.changes_intro", count=len(self.revisions)) + "\n\n"
        for revision in self.revisions:
            text += f"## {inline(revision.date)} · {inline(revision.commit[:12])} · {inline(revision.subject)}\n\n"
            if not revision.changes.items:
                text += f"{w('i.changes_none')}\n\n"
            for item in revision.changes.items:
                text += f"- **{inline(item.where)}**: {inline(item.text)}\n"
            text += "\n"
        return text

    def downloads(self) -> str:
        w = self.w
        return (
            f"# {w('i.downloads')}\n\n{w('i.downloads_intro')}\n\n"
            f"- [{w('i.download_json')}](downloads/register.json)\n"
            f"- [{w('i.download_csv')}](downloads/register.csv)\n"
            f"- [{w('i.download_xlsx')}](downloads/register.xlsx)\n"
        )


__all__ = ["Internal", "page_of", "table"]
