"""The register as data: JSON (whole, references resolved), and CSV and XLSX with one row per
activity and the Article 30 columns, in the site's language."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .public import Statement
from .render import Renderer
from .view import Site, basis_list
from .xlsx import workbook

COLUMNS = ["i.activity", "i.role", "i.purposes", "i.bases", "i.interest", "i.data_subjects", "i.data_categories",
           "i.special", "i.condition", "i.recipients", "i.transfers", "i.retention", "i.measures", "i.source",
           "i.dpia", "i.automated", "i.owner", "i.review"]


def rows(site: Site, renderer: Renderer) -> list[list[str]]:
    L, w = renderer.L, renderer.w
    phrases = Statement(site, renderer)
    out = [[str(w(c)) for c in COLUMNS]]
    wide = [i for i, m in site.definitions.get("measure", {}).items() if m.get("organisation_wide")]

    def names(kind: str, idents: list[str]) -> str:
        return "; ".join(phrases.recipient_label(i) if kind == "recipient" else phrases.name_of(kind, i) for i in idents)

    for a in site.activities:
        data = a.get("data", [])
        categories = {d["category"]: site.get("data-category", d["category"]) or {} for d in data}
        retention = []
        for d in data:
            rules = d.get("retention")
            rules = rules if isinstance(rules, list) else [rules]
            text = "; ".join(str(phrases.retention_rule(r)) for r in rules if isinstance(r, dict))
            retention.append(f"{phrases.name_of('data-category', d['category'])}: {text}")
        conditions = []
        for d in data:
            condition = (d.get("special_condition") or {}).get("condition")
            if condition:
                conditions.append(f"{phrases.name_of('data-category', d['category'])}: {L.label('special_condition', condition)}")
            for key in ("criminal_basis", "bsn_basis"):
                if d.get(key):
                    conditions.append(f"{phrases.name_of('data-category', d['category'])}: {L.text(d[key].get('law'))}")
        transfers = [f"{L.country(t['country']) if t.get('country') else '?'} ({', '.join(L.label('mechanism', m) for m in t.get('mechanisms', []))})"
                     for t in a.get("transfers", [])]
        dpia = a.get("dpia") or {}
        automated = a.get("automated_decisions") or {}
        out.append([
            L.text(a.get("name")),
            L.label("role", a.get("role", "controller")),
            names("purpose", [u["purpose"] for u in a.get("purposes", [])]),
            "; ".join(f"{phrases.name_of('purpose', u['purpose'])}: {', '.join(L.label('legal_basis', b) for b in basis_list(u))}"
                      for u in a.get("purposes", [])),
            "; ".join(L.text(u["legitimate_interest"]) for u in a.get("purposes", []) if u.get("legitimate_interest")),
            names("data-subject", a.get("data_subjects", [])),
            names("data-category", list(categories)),
            "; ".join(f"{phrases.name_of('data-category', i)}: {L.label('special_category', c['special'])}"
                      for i, c in categories.items() if c.get("special")),
            "; ".join(conditions),
            names("recipient", [r["recipient"] for r in a.get("recipients", [])]),
            "; ".join(transfers),
            "; ".join(retention),
            names("measure", list(dict.fromkeys(a.get("measures", []) + wide))),
            "; ".join(L.label("source_kind", s.get("kind", "")) for s in a.get("sources", [])),
            (str(w("yes")) if dpia.get("required") else str(w("no"))) if dpia else "",
            (str(w("yes")) if automated.get("present") else str(w("no"))) if automated else "",
            a.get("owner", ""),
            a.get("review", {}).get("last", "") if isinstance(a.get("review"), dict) else "",
        ])
    return out


def to_csv(table: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes Excel read it as UTF-8


def to_xlsx(table: list[list[str]], sheet: str) -> bytes:
    return workbook(sheet, table)


def to_json(site: Site, version: dict[str, Any]) -> bytes:
    document = {
        "version": version,
        "organisation": site.organisation,
        "activities": site.activities,
        **{kind: items for kind, items in site.definitions.items()},
        "uses": site.uses,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
