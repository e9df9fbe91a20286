"""The register as JSON-LD in terms of the W3C Data Privacy Vocabulary (DPV 2.3) and its GDPR extension.

Each activity is a `dpv:Process` with its purposes, legal bases (Art. 6 and Art. 9 from the eu-gdpr
extension), personal data, data subjects, recipients, measures and storage conditions; a transfer is a
`dpv:Process` of `dpv:Transfer` within it, with its country and its Chapter V legal basis. Durations are
`xsd:duration` literals, with the event they count from. Only terms of DPV 2.3 that are not marked for
deprecation are used (tests/data/dpv-2.3-terms.txt lists them); what has no term is written as text
(`dct:description`), never left out.

IRIs of the register's own things are minted under a base the organisation controls: its website
(`https://example.org/ropa/activity/...`), or an explicit `linked_data_base`; without either, a URN
made from the organisation's name, so that two organisations' exports never merge into one controller.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..model import Organisation, Transfer
from ..values import mapping
from ..vocab import labels, retention_events
from .exports import plain_values, pretty_json
from .view import Site, bases_of

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "loc": "https://w3id.org/dpv/loc#",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# recipient kind -> its DPV types (every one is also a dpv:Recipient)
RECIPIENT_TYPES = {
    "processor": ["dpv:DataProcessor"],
    "sub-processor": ["dpv:DataSubProcessor"],
    "joint-controller": ["dpv:DataController"],
    "controller": ["dpv:DataController"],
    "third-party": ["dpv:ThirdParty"],
    "authority": ["dpv:Authority"],
    "chain-partner": ["dpv:DataController"],
    "internal": [],
    "public": [],  # anyone: published data (DPV has no recipient type for the public)
}


def base_of(organisation: Organisation) -> str:
    """Where the register's own IRIs live: the configured base, the website, or a URN of the name."""
    configured = organisation.get("linked_data_base")
    if isinstance(configured, str) and configured:
        return configured if configured.endswith(("/", "#", ":")) else configured + "/"
    website = organisation.get("website")
    if isinstance(website, str) and website.startswith(("https://", "http://")):
        return website.rstrip("/") + "/ropa/"
    name = organisation.get("name")
    name = name if isinstance(name, str) else next(iter(name.values()), "") if isinstance(name, dict) else ""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    return f"urn:ropa:{slug.strip('-') or 'organisation'}:"


def _text(value: Any) -> Any:
    if isinstance(value, dict):
        return [{"@value": v, "@language": k} for k, v in sorted(value.items()) if isinstance(v, str)]
    return value


def _term(group: str, key: str) -> dict | None:
    term = labels().get(group, {}).get(key, {}).get("dpv")
    return {"@id": term} if term else None


def _label(group: str, key: str) -> str:
    entry = labels().get(group, {}).get(key, {})
    return entry.get("en") or key


def _list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


def _duration(iso: str) -> dict:
    return {"@value": iso, "@type": "xsd:duration"}


def _event(value: Any) -> Any:
    """An event as text: ropa's own events by their English label, a phrase as written."""
    if isinstance(value, str):
        entry = retention_events().get(value)
        return entry.get("en") if entry else value
    return _text(value)


class _Document:
    def __init__(self, site: Site):
        self.site = site
        self.base = base_of(site.organisation)
        self.stored: dict[tuple, dict] = {}
        # the register's own values the document holds as they are, where they are no text: whether orjson
        # may write the document is asked of these alone, not of the whole graph the document builds around
        # them (see to_jsonld); every value of the register placed in the document passes take()
        self.taken: list = []

    def take(self, value: Any) -> Any:
        if type(value) is not str:
            self.taken.append(value)
        return value

    def text(self, value: Any) -> Any:
        """A text of the register as the document holds it: a language map's texts are text, its keys taken."""
        if isinstance(value, dict):
            self.taken.extend(key for key in value if type(key) is not str)
            return _text(value)
        return self.take(value)

    def iri(self, kind: str, ident: str) -> dict:
        return {"@id": f"{self.base}{kind}/{ident}"}

    def iris(self, kind: str, idents: Iterable[str]) -> list[dict]:
        prefix = f"{self.base}{kind}/"
        return [{"@id": prefix + ident} for ident in idents]

    def storage(self, category: str, rule: dict) -> dict:
        """``storage_condition``, once for each category and rule written alike (a register repeats its
        retention rules: 65,000 of them at 10,000 activities); the document only writes the nodes out."""
        try:
            key = (category, *rule.items())
            node = self.stored.get(key)
        except TypeError:  # a value in a language map, say: not hashable, so not shared
            return self.storage_condition(category, rule)
        if node is None:
            node = self.stored[key] = self.storage_condition(category, rule)
        return node

    def storage_condition(self, category: str, rule: dict) -> dict:
        """One retention rule as a storage condition: a period (from an event), until an event,
        permanent, or the criteria in words."""
        node: dict = {"dpv:hasPersonalData": self.iri("data-category", category)}
        notes = []
        if rule.get("stored") is False:
            node["@type"] = ["dpv:StorageDuration", "dpv:TemporalDuration"]
            node["dpv:hasDuration"] = _duration("PT0S")
            notes.append("not stored: used only as the data pass")
        elif rule.get("permanent"):
            node["@type"] = "dpv:EndlessDuration"
        elif rule.get("period"):
            node["@type"] = ["dpv:StorageDuration", "dpv:TemporalDuration"]
            node["dpv:hasDuration"] = _duration(self.take(rule["period"]))
            if rule.get("bound"):
                notes.append("at most" if rule["bound"] == "at-most" else "at least")
            if rule.get("after"):
                notes.append(f"counted from: {_plain(_event(rule['after']))}")
        elif rule.get("until") or rule.get("after"):
            node["@type"] = ["dpv:StorageDuration", "dpv:UntilEventDuration"]
            notes.append(f"until: {_plain(_event(rule.get('until') or rule.get('after')))}")
        else:
            node["@type"] = ["dpv:StorageDuration", "dpv:IndeterminateDuration"]
        for key, label in (("criteria", "criteria"), ("when", "applies when"), ("law", "law")):
            if rule.get(key):
                notes.append(f"{label}: {_plain(rule[key])}")
        if rule.get("consent"):
            notes.append("only with consent")
        if rule.get("action") == "anonymise":
            notes.append("anonymised at the end")
        elif rule.get("action") == "erase-or-anonymise":
            notes.append("erased or anonymised at the end")
        elif rule.get("action") == "restrict":
            notes.append("restricted at the end: kept but no longer used")
        archive = mapping(rule.get("archive"))
        if archive.get("selection_list"):
            notes.append(
                f"selection list: {_plain(archive['selection_list'])}"
                + (f", category {archive['category']}" if archive.get("category") else "")
            )
        if notes:
            node["dct:description"] = "; ".join(notes)
        return node

    def transfer(self, transfer: Transfer) -> dict:
        node: dict = {"@type": "dpv:Process", "dpv:hasProcessing": {"@id": "dpv:Transfer"}}
        countries = [c for c in [transfer.get("country"), *_list(transfer.get("countries"))] if isinstance(c, str)]
        if countries:
            node["dpv:hasThirdCountry"] = [{"@id": f"loc:{c}"} for c in countries]
        if transfer.get("recipient"):
            node["dpv:hasRecipient"] = self.iri("recipient", transfer["recipient"])
        bases: list = []
        unnamed: list = []
        for mechanism in _list(transfer.get("mechanisms")):
            term = _term("mechanism", mechanism)
            (bases if term else unnamed).append(term or mechanism)
        if bases:
            node["dpv:hasLegalBasis"] = bases
        notes = [f"mechanism without a DPV term: {_label('mechanism', m)}" for m in unnamed]
        for key in ("mechanism_description", "safeguards", "organisation", "description"):
            if transfer.get(key):
                notes.append(f"{key.replace('_', ' ')}: {_plain(transfer[key])}")
        if notes:
            node["dct:description"] = "; ".join(notes)
        return node

    def document(self) -> dict:
        return {"@context": CONTEXT, "@graph": self.graph()}

    def graph(self) -> list[dict]:
        site, org = self.site, self.site.organisation
        controller = {"@id": f"{self.base}organisation"}
        graph: list[dict] = [
            {
                **controller,
                "@type": "dpv:DataController",
                "dct:title": self.text(org.get("name")),
                **({"dpv:hasContact": self.take(org["email"])} if org.get("email") else {}),
                **({"dct:identifier": self.take(org["website"])} if org.get("website") else {}),
            }
        ]
        bodies = {b["id"]: b for b in org.get("bodies", []) if isinstance(b, dict) and b.get("id")}
        for ident, body in sorted(bodies.items()):  # the organisation's bodies that are controllers themselves
            graph.append(
                {**self.iri("body", ident), "@type": "dpv:DataController", "dct:title": self.text(body.get("name"))}
            )
        kinds = {
            "purpose": "dpv:Purpose",
            "data-category": "dpv:PersonalData",
            "data-subject": "dpv:DataSubject",
            "recipient": "dpv:Recipient",
            "measure": "dpv:TechnicalOrganisationalMeasure",
        }
        for kind, rdf_type in kinds.items():
            for ident, item in sorted(site.definitions.get(kind, {}).items()):
                node: dict = {
                    **self.iri(kind, ident),
                    "@type": rdf_type,
                    "dct:title": self.text(item.get("name") or item.get("category") or ident),
                }
                if kind == "data-category" and item.get("special"):
                    node["@type"] = [rdf_type, "dpv:SpecialCategoryPersonalData"]
                if kind == "recipient":
                    node["@type"] = [rdf_type, *RECIPIENT_TYPES.get(str(item.get("kind")), [])]
                    countries = [c for c in [item.get("country"), *_list(item.get("countries"))] if isinstance(c, str)]
                    if countries:
                        node["dpv:hasCountry"] = [{"@id": f"loc:{c}"} for c in countries]
                graph.append(node)
        for activity in site.activities:
            processor = activity.get("role") == "processor"
            node = {
                **self.iri("activity", activity["id"]),
                "@type": "dpv:Process",
                "dct:title": self.text(activity.get("name")),
                "dpv:hasPurpose": self.iris("purpose", (u["purpose"] for u in activity.get("purposes", []))),
                "dpv:hasPersonalData": self.iris("data-category", (d["category"] for d in activity.get("data", []))),
                "dpv:hasDataSubject": self.iris("data-subject", activity.get("data_subjects", [])),
                "dpv:hasRecipient": self.iris("recipient", (r["recipient"] for r in activity.get("recipients", []))),
                "dpv:hasTechnicalOrganisationalMeasure": self.iris("measure", activity.get("measures", [])),
            }
            if processor:  # Art. 30(2): we process on behalf of the clients, who are the controllers
                node["dpv:hasDataProcessor"] = controller
                clients = [c.get("name") for c in activity.get("controllers", []) if c.get("name")]
                if clients:
                    node["dct:description"] = "processed on behalf of: " + "; ".join(_plain(c) for c in clients)
            elif activity.get("controller") in bodies:
                node["dpv:hasDataController"] = self.iri("body", activity["controller"])
            elif activity.get("controller") in site.definitions.get("recipient", {}):
                node["dpv:hasDataController"] = self.iri("recipient", activity["controller"])
            else:
                node["dpv:hasDataController"] = controller
            if activity.get("joint_controllers"):
                node["dpv:hasJointDataControllers"] = [self.iri("recipient", j) for j in activity["joint_controllers"]]
            bases = {t["@id"] for b in bases_of(activity) if (t := _term("legal_basis", b))}
            for d in activity.get("data", []):
                condition = mapping(d.get("special_condition")).get("condition")
                term = _term("special_condition", condition) if condition else None
                if term:
                    bases.add(term["@id"])
            node["dpv:hasLegalBasis"] = [{"@id": b} for b in sorted(bases)]
            node["dpv:hasStorageCondition"] = [
                self.storage(d["category"], rule)
                for d in activity.get("data", [])
                for rule in _list(d.get("retention"))
                if isinstance(rule, dict)
            ]
            node["dpv:hasProcess"] = [self.transfer(t) for t in activity.get("transfers", []) if isinstance(t, dict)]
            graph.append({k: v for k, v in node.items() if v not in ([], None)})
        return graph


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("en") or value.get("nl") or next((v for v in value.values() if isinstance(v, str)), "")
    return str(value)


def document(site: Site) -> dict:
    return _Document(site).document()


def to_jsonld(site: Site) -> bytes:
    """The document as json.dumps writes it (sorted, indented). Everything in it but the register's values is
    text and structure this module makes, so whether orjson may write it is asked of those values alone
    (10,000 activities: 0.4 s to walk the whole graph)."""
    written = _Document(site)
    value = written.document()  # fills written.taken
    return (pretty_json(value, plain=plain_values(written.taken)) + "\n").encode("utf-8")
