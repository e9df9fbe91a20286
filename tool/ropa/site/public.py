"""The public privacy statement: the projected register, put into the words of site_templates/."""

from __future__ import annotations

from typing import Any

from .markdown import Md
from .render import Renderer
from .view import Site, basis_list

# Which rights apply per legal basis (gdpr-reference.md section 2, the ICO's reading).
RIGHTS = {
    "consent": ["access", "rectification", "erasure", "restriction", "portability"],
    "contract": ["access", "rectification", "erasure", "restriction", "portability"],
    "legal-obligation": ["access", "rectification", "restriction"],
    "vital-interests": ["access", "rectification", "erasure", "restriction"],
    "public-task": ["access", "rectification", "restriction"],
    "legitimate-interests": ["access", "rectification", "erasure", "restriction"],
}
RIGHT_ORDER = ["access", "rectification", "erasure", "restriction", "portability"]


def _list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


def retention_phrase(r: Renderer, rule: dict) -> Md:
    """One retention rule in plain words: "4 weken na het sluiten van de vacature (met uw toestemming)"."""
    w, L = r.w, r.L
    if rule.get("period") and rule.get("after"):
        text = w("retention.period_after", period=L.period(rule["period"]), event=L.event(rule["after"]))
    elif rule.get("period"):
        text = w("retention.period", period=L.period(rule["period"]))
    elif rule.get("until"):
        text = w("retention.until", event=L.event(rule["until"]))
    elif rule.get("after"):
        text = w("retention.until", event=L.event(rule["after"]))
    else:
        text = Md("")
    parts = [text] if text else []
    if rule.get("criteria"):
        parts.append(r.join([L.text(rule["criteria"])]))
    extras = []
    if rule.get("consent"):
        extras.append(w("retention.consent"))
    if rule.get("law"):
        extras.append(r.join([L.text(rule["law"])]))
    sentence = Md(" ".join(parts) or w("retention.unknown"))
    if extras:
        sentence = Md(f"{sentence} ({'; '.join(extras)})")
    if rule.get("when"):
        sentence = Md(f"{r.join([L.text(rule['when'])])}: {sentence}")
    if rule.get("action") == "anonymise":
        sentence = Md(f"{sentence}; {w('retention.anonymise')}")
    return sentence


class Statement:
    """Builds the context of the statement template for one language."""

    def __init__(self, site: Site, renderer: Renderer):
        self.site = site
        self.r = renderer
        self.L = renderer.L

    def name_of(self, kind: str, ident: str) -> str:
        item = self.site.get(kind, ident) or {}
        return self.L.text(item.get("name")) or ident

    def recipient_label(self, ident: str) -> str:
        item = self.site.get("recipient", ident) or {}
        category = self.L.text(item.get("category"))
        name = item.get("name")  # present only when the register marks it public
        if name and category:
            return f"{category} ({name})"
        return name or category or self.L.label("recipient_kind", item.get("kind", ""))

    def retention_rule(self, rule: dict) -> Md:
        return retention_phrase(self.r, rule)

    def activity(self, activity: dict) -> dict:
        L, w = self.L, self.r.w
        purposes = []
        for use in activity.get("purposes", []):
            consent = use.get("consent") or {}
            purposes.append({
                "name": self.name_of("purpose", use["purpose"]),
                "bases": [L.label("legal_basis", b) for b in basis_list(use)],
                "when": L.text(use.get("when")),
                "interest": L.text(use.get("legitimate_interest")),
                "law": L.text(use.get("law")),
                "how_given": L.text(consent.get("how_given")),
                "how_withdrawn": L.text(consent.get("how_withdrawn")),
                "parental": consent.get("parental") is True,
            })
        data, retention, special = [], [], []
        for use in activity.get("data", []):
            category = self.site.get("data-category", use["category"]) or {}
            name = L.text(category.get("name")) or use["category"]
            data.append({"name": name, "examples": [L.text(i) for i in category.get("items", [])],
                         "special": L.label("special_category", category["special"]) if category.get("special") else ""})
            rules = _list(use.get("retention"))
            retention.append({"name": name, "rules": [self.retention_rule(r) for r in rules if isinstance(r, dict)]})
            condition = use.get("special_condition") or {}
            if category.get("special") and condition.get("condition"):
                key = condition["condition"]
                special.append(w("activity.special_condition", category=name,
                                 kind=L.label("special_category", category["special"]),
                                 condition=L.label("special_condition", key),
                                 article=self._article("special_condition", key)))
            if category.get("criminal") and use.get("criminal_basis"):
                special.append(w("activity.criminal_basis", category=name, law=L.text(use["criminal_basis"].get("law"))))
            if category.get("bsn") and use.get("bsn_basis"):
                special.append(w("activity.bsn_basis", category=name, law=L.text(use["bsn_basis"].get("law"))))
        sources = []
        for source in activity.get("sources", []):
            if source.get("kind") == "data-subject" and not source.get("description"):
                continue
            party = self.recipient_label(source["party"]) if source.get("party") else ""
            sources.append({"label": L.label("source_kind", source.get("kind", "")),
                            "party": w("source.party", party=party) if party else "",
                            "description": L.text(source.get("description"))})
        provision = activity.get("provision") or {}
        automated = activity.get("automated_decisions") or {}
        return {
            "id": activity["id"],
            "name": L.text(activity.get("name")),
            "description": L.text(activity.get("description")),
            "subjects": [self.name_of("data-subject", s) for s in activity.get("data_subjects", [])],
            "data": data,
            "purposes": purposes,
            "sources": sources,
            "provision": {
                "requirement": L.label("provision", provision["requirement"]) if provision.get("requirement") else "",
                "obliged": provision.get("obliged"),
                "consequence": L.text(provision.get("consequence")),
            } if provision else None,
            "retention": retention,
            "recipients": [{"label": self.recipient_label(r["recipient"]), "purpose": L.text(r.get("purpose"))}
                           for r in activity.get("recipients", [])],
            "transfers": [self.transfer(t) for t in activity.get("transfers", [])],
            "automated": automated if automated.get("present") else None,
            "special": special,
            "cookies": bool(activity.get("cookies")),
            "processing_categories": [L.text(c) for c in activity.get("processing_categories", [])],
        }

    def _article(self, group: str, key: str) -> str:
        from ..vocab import labels

        return labels()[group][key].get("article", "")

    def transfer(self, transfer: dict) -> dict:
        L = self.L
        recipient = self.recipient_label(transfer["recipient"]) if transfer.get("recipient") else ""
        return {
            "country": L.country(transfer["country"]) if transfer.get("country") else L.text(transfer.get("organisation")),
            "recipient": recipient or L.text(transfer.get("description")),
            "description": L.text(transfer.get("description")) if recipient else "",
            "mechanisms": [L.label("mechanism", m) for m in transfer.get("mechanisms", [])],
            "mechanism_description": L.text(transfer.get("mechanism_description")),
            "safeguards": L.text(transfer.get("safeguards")),
            "copy": L.text(transfer.get("copy")),
        }

    def context(self) -> dict:
        site, L = self.site, self.L
        org = site.organisation
        controller = [self.activity(a) for a in site.controller_activities()]
        processor = [self.activity(a) for a in site.processor_activities()]
        bases = site.bases(site.controller_activities())
        rights = [r for r in RIGHT_ORDER if any(r in RIGHTS[b] for b in bases)] if bases else RIGHT_ORDER[:4]
        automated = [a for a in controller if a["automated"]]
        if any(a["automated"].get("exception") != "law" for a in automated):
            rights.append("automated")  # Art. 22(3); under a law the safeguards are the law's own
        objection = [L.label("legal_basis", b) for b in bases if b in ("legitimate-interests", "public-task")]
        cookies = []
        for activity in site.activities:
            for cookie in activity.get("cookies", []):
                cookies.append({
                    "name": cookie.get("name", ""),
                    "provider": self.recipient_label(cookie["provider"]) if cookie.get("provider")
                    else (str(self.r.w("cookies.third_party")) if cookie.get("_hidden") else ""),
                    "purpose": L.text(cookie.get("purpose")),
                    "kind": L.label("cookie_kind", cookie["kind"]) if cookie.get("kind") else "",
                    "technology": cookie.get("technology", "cookie"),
                    "lifetime": cookie.get("lifetime"),
                    "consent": cookie.get("consent"),
                })
        recipients = []
        for ident in sorted(site.uses.get("recipient", {})):
            item = site.get("recipient", ident)
            if item is None or item.get("kind") == "internal":
                continue
            recipients.append({"label": self.recipient_label(ident), "kind": L.label("recipient_kind", item["kind"]),
                               "description": L.text(item.get("description")),
                               "arrangement": L.text((item.get("arrangement") or {}).get("summary"))
                               if item.get("kind") == "joint-controller" else ""})
        measures = [m for ident, m in sorted(site.definitions.get("measure", {}).items())
                    if ident in site.uses.get("measure", {})]
        statement = org.get("statement") or {}
        authority = org.get("supervisory_authority") or {}
        return {
            "org": org,
            "statement": statement,
            "title": L.text(statement.get("title")) or self.r.texts["title"],
            "controller": controller,
            "processor": processor,
            "rights": rights,
            "objection": objection,
            "consent_used": "consent" in bases or any(
                (d.get("special_condition") or {}).get("condition") == "explicit-consent"
                for a in site.controller_activities() for d in a.get("data", [])),
            "automated": automated,
            "cookies": cookies,
            "recipients": recipients,
            "transfers": [t for a in controller + processor for t in a["transfers"]],
            "measures": [m for m in measures if m.get("kind") != "certification"],
            "certifications": [m for m in measures if m.get("kind") == "certification"],
            "authority": {
                "name": L.text(authority.get("name")) or "Autoriteit Persoonsgegevens",
                "url": authority.get("complaint_url") or authority.get("website")
                or "https://www.autoriteitpersoonsgegevens.nl",
                "address": authority.get("address"),
                "phone": authority.get("phone"),
            },
            "short_name": org.get("short_name") or org.get("name", ""),
        }


def render_statement(site: Site, renderer: Renderer) -> str:
    return renderer.render("public/statement.md.j2", **Statement(site, renderer).context())
