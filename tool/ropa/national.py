"""The national layer beside the GDPR: which country's law, authority and rules apply to a register.

The jurisdiction is ``jurisdiction`` in organisation.yaml, else the country of its ``address`` (or
``postal_address``). Each country ropa knows has a file in ``ropa/data/national/<cc>.yaml``: its
supervisory authority (where there is one for all), its implementing law, and the rules of the pack
that rest on its law and run only for it. To add a country, add its file (see docs/model.md).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .model import Organisation
from .vocab import DATA, data_file


def jurisdiction(org: Organisation | dict) -> str | None:
    if isinstance(org.get("jurisdiction"), str):
        return org["jurisdiction"]
    for key in ("address", "postal_address"):
        value = org.get(key)
        if isinstance(value, dict) and isinstance(value.get("country"), str):
            return value["country"]
    return None


@cache
def _layer(code: str) -> dict | None:
    if not re.fullmatch(r"[A-Za-z]{2}", code):
        return None  # a country code, never a path: the register's `jurisdiction` picks ropa's file, nothing else
    path = DATA / "national" / f"{code.lower()}.yaml"
    return data_file(f"national/{code.lower()}") if path.is_file() else None


@cache
def _consent_ages() -> dict[str, int]:
    return data_file("consent-ages")


def digital_consent_age(org: Organisation | dict) -> int | None:
    """The age from which a child of the organisation's country consents alone to an online service offered
    to them (Art. 8(1)), where ropa knows it."""
    code = jurisdiction(org)
    return _consent_ages().get(code.upper()) if code else None


def layer(org: Organisation) -> dict | None:
    """The national layer of ``org``'s jurisdiction, or None where ropa has none (the EU layer only)."""
    code = jurisdiction(org)
    return _layer(code) if code else None


def in_eea(org: Organisation | dict) -> bool:
    """Whether ``org``'s jurisdiction is a country of the EEA, where Art. 77 GDPR lets people complain to the
    authority of the country where they live or work or where the infringement took place (an institution of
    the Union itself, `EU`, answers to the EDPS alone: Regulation 2018/1725, Art. 63)."""
    code = (jurisdiction(org) or "").upper()
    return code != "EU" and code in data_file("transfers")["eea"]["countries"]


def national_authority(org: Organisation | dict) -> dict:
    """The supervisory authority the law of ``org``'s jurisdiction gives it (its layer's), or none: none
    where ropa has no layer, or where the layer's authority is not the one of every public body
    (`public_bodies: false`: in Belgium the Vlaamse Toezichtcommissie supervises Flemish public bodies) and
    ``org`` is one."""
    authority = (layer(org) or {}).get("supervisory_authority") or {}  # type: ignore[arg-type]
    if authority.get("public_bodies") is False and org.get("public_authority") is True:
        return {}
    return authority


def national_rules() -> dict[str, set[str | None]]:
    """Rule id -> the jurisdictions it runs for (rules not listed run everywhere); None among them where it also
    runs for a register that gives no jurisdiction (`rules_without_jurisdiction`)."""
    found: dict[str, set[str | None]] = {}
    for path in sorted((DATA / "national").glob("*.yaml")):
        data: Any = data_file(f"national/{path.stem}")
        for rule_id in data.get("rules", []):
            found.setdefault(rule_id, set()).add(data["country"])
        for rule_id in data.get("rules_without_jurisdiction", []):
            found.setdefault(rule_id, set()).add(None)
    return found


def national_rights(org: Organisation) -> list[str]:
    """The rights the law of ``org``'s jurisdiction adds to the GDPR's (`rights` of its layer), such as
    the French right to set directives on one's data after death."""
    return [str(r) for r in (layer(org) or {}).get("rights", [])]


@cache
def national_words(code: str | None, lang: str, address_form: str | None = None) -> dict[str, str]:
    """ropa's sentences that the law of jurisdiction ``code`` says otherwise (its layer's ``words``), in
    ``lang`` and the form of address: "Transfers outside the United Kingdom" for the UK GDPR. Swiss German
    writes no ß, so a layer with ``eszett: false`` has ropa's German sentences written with ss."""
    data = _layer(code) if code else None
    if not data:
        return {}
    words = data.get("words") or {}
    name = (data.get("law") or {}).get("name") or {}
    found = {"gdpr": str(name.get(lang) or name["en"])} if name else {}
    found.update({str(k): str(v) for k, v in (words.get(lang) or {}).items()})
    if address_form:
        found.update({str(k): str(v) for k, v in (words.get(f"{lang}.{address_form}") or {}).items()})
    return found


def no_eszett(code: str | None, lang: str) -> bool:
    """Whether ropa's German text is written without ß in jurisdiction ``code`` (Switzerland)."""
    data = _layer(code) if lang == "de" and code else None
    return data is not None and data.get("eszett") is False


@cache
def national_labels(code: str | None) -> dict[str, dict[str, dict[str, str]]]:
    """ropa's labels that the law of jurisdiction ``code`` says otherwise (its layer's ``labels``, by group
    and key, laid over tool/ropa/data/labels.yaml): "UK adequacy regulations" for ``adequacy``."""
    data = _layer(code) if code else None
    return (data or {}).get("labels") or {}


def cites_gdpr_articles(code: str | None) -> bool:
    """Whether the statement names the GDPR's article after a legal basis (``law.articles`` of the layer;
    false in Switzerland, whose law asks no legal basis of the GDPR's kind)."""
    data = _layer(code) if code else None
    return ((data or {}).get("law") or {}).get("articles", True) is not False


@cache
def wrong_complaint_pages() -> list[dict[str, str]]:
    """Pages of supervisory authorities that are not their route for complaints (``not_for_complaints``
    in the national files), whatever the register's jurisdiction: a statement may link to any authority."""
    pages: list[dict[str, str]] = []
    for path in sorted((DATA / "national").glob("*.yaml")):
        data: Any = data_file(f"national/{path.stem}")
        for page in data.get("not_for_complaints", []):
            pages.append({"match": str(page["match"]).lower(), "what": str(page["what"])})
    return pages
