"""The register as JSON-LD in W3C Data Privacy Vocabulary (DPV 2.x) terms.

Legal bases, Art. 9 conditions and transfer mechanisms use the eu-gdpr extension's terms, which
labels.yaml records per value; retention is a dpv:StorageDuration with an ISO 8601 duration.
"""

from __future__ import annotations

import json
from typing import Any

from ..vocab import labels
from .view import Site, basis_list

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "loc": "https://w3id.org/dpv/loc#",
    "dct": "http://purl.org/dc/terms/",
    "ropa": "urn:ropa:",
}


def _text(value: Any) -> Any:
    if isinstance(value, dict):
        return [{"@value": v, "@language": k} for k, v in sorted(value.items())]
    return value


def _ref(kind: str, ident: str) -> dict:
    return {"@id": f"ropa:{kind}/{ident}"}


def _term(group: str, key: str) -> dict | None:
    term = labels().get(group, {}).get(key, {}).get("dpv")
    return {"@id": term} if term else None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


def document(site: Site) -> dict:
    org = site.organisation
    graph: list[dict] = [{"@id": "ropa:organisation", "@type": "dpv:DataController", "dct:title": org.get("name"),
                          **({"dpv:hasContact": org["email"]} if org.get("email") else {})}]
    kinds = {"purpose": "dpv:Purpose", "data-category": "dpv:PersonalData", "data-subject": "dpv:DataSubject",
             "recipient": "dpv:Recipient", "measure": "dpv:TechnicalOrganisationalMeasure"}
    for kind, rdf_type in kinds.items():
        for ident, item in sorted(site.definitions.get(kind, {}).items()):
            node = {"@id": f"ropa:{kind}/{ident}", "@type": rdf_type,
                    "dct:title": _text(item.get("name") or item.get("category"))}
            if kind == "data-category" and item.get("special"):
                node["@type"] = [rdf_type, "dpv:SpecialCategoryPersonalData"]
            if kind == "recipient":
                node["@type"] = {"processor": "dpv:DataProcessor", "sub-processor": "dpv:DataSubProcessor",
                                 "joint-controller": "dpv:JointDataControllers"}.get(item.get("kind"), rdf_type)
                if item.get("country"):
                    node["dpv:hasCountry"] = {"@id": f"loc:{item['country']}"}
            graph.append(node)
    for activity in site.activities:
        node: dict = {
            "@id": f"ropa:activity/{activity['id']}", "@type": "dpv:PersonalDataHandling",
            "dct:title": _text(activity.get("name")),
            "dpv:hasDataController": {"@id": "ropa:organisation"},
            "dpv:hasPurpose": [_ref("purpose", u["purpose"]) for u in activity.get("purposes", [])],
            "dpv:hasLegalBasis": sorted({t["@id"] for u in activity.get("purposes", [])
                                         for b in basis_list(u) if (t := _term("legal_basis", b))}),
            "dpv:hasPersonalData": [_ref("data-category", d["category"]) for d in activity.get("data", [])],
            "dpv:hasDataSubject": [_ref("data-subject", s) for s in activity.get("data_subjects", [])],
            "dpv:hasRecipient": [_ref("recipient", r["recipient"]) for r in activity.get("recipients", [])],
            "dpv:hasTechnicalOrganisationalMeasure": [_ref("measure", m) for m in activity.get("measures", [])],
        }
        node["dpv:hasLegalBasis"] = [{"@id": t} for t in node["dpv:hasLegalBasis"]]
        storage = []
        for d in activity.get("data", []):
            for rule in _list(d.get("retention")):
                if isinstance(rule, dict) and rule.get("period"):
                    storage.append({"@type": "dpv:StorageDuration", "dpv:hasDuration": rule["period"],
                                    "dpv:hasPersonalData": _ref("data-category", d["category"])})
            condition = (d.get("special_condition") or {}).get("condition")
            if condition and _term("special_condition", condition):
                node.setdefault("dpv:hasLegalBasis", []).append(_term("special_condition", condition))
        if storage:
            node["dpv:hasStorageCondition"] = storage
        transfers = []
        for t in activity.get("transfers", []):
            transfer: dict = {"@type": "dpv:DataTransfer"}
            if t.get("country"):
                transfer["dpv:hasCountry"] = {"@id": f"loc:{t['country']}"}
            if t.get("recipient"):
                transfer["dpv:hasRecipient"] = _ref("recipient", t["recipient"])
            measures = [m for m in (_term("mechanism", x) for x in t.get("mechanisms", [])) if m]
            if measures:
                transfer["dpv:hasLegalMeasure"] = measures
            transfers.append(transfer)
        if transfers:
            node["dpv:hasTransfer"] = transfers
        graph.append({k: v for k, v in node.items() if v not in ([], None)})
    return {"@context": CONTEXT, "@graph": graph}


def to_jsonld(site: Site) -> bytes:
    return (json.dumps(document(site), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
