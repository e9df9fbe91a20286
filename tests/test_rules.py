"""The GDPR rule pack: for every rule a register that triggers it and one that does not.

Each case starts from tests/cases/_base (which lints clean) and changes a few files. A rule without
both cases here fails test_every_rule_has_cases, so a new rule cannot land untested.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import CASES, build_case
from ropa.cli import main
from ropa.lint import lint
from ropa.rules import RULES

ACTIVITY = "activities/klantenservice.yaml"
BASE = {
    "organisation.yaml": yaml.safe_load((CASES / "_base" / "organisation.yaml").read_text()),
    ACTIVITY: yaml.safe_load((CASES / "_base" / ACTIVITY).read_text()),
    "recipients/crm-leverancier.yaml": yaml.safe_load(
        (CASES / "_base" / "recipients/crm-leverancier.yaml").read_text()
    ),
}
LI = {
    "purpose": "vragen-beantwoorden",
    "basis": "legitimate-interests",
    "legitimate_interest": "Vragen snel beantwoorden.",
    "assessment": "LIA-1",
}
CONSENT = {"purpose": "vragen-beantwoorden", "basis": "consent", "consent": {"how_withdrawn": "Afmeldlink."}}
US_CRM = {
    "id": "crm-leverancier",
    "kind": "processor",
    "category": "CRM",
    "country": "US",
    "agreement": "VO-1",
    "dpf_certified": True,
}


def act(**changes):
    """The base activity with top-level keys replaced (None removes a key)."""
    data = copy.deepcopy(BASE[ACTIVITY])
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return {ACTIVITY: data}


def org(**changes):
    data = copy.deepcopy(BASE["organisation.yaml"])
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return {"organisation.yaml": data}


def category(ident, **fields):
    return {f"data-categories/{ident}.yaml": {"id": ident, "name": fields.pop("name", ident), **fields}}


def uses(*data_uses, **more):
    base = [{"category": "contactgegevens", "retention": {"period": "P2Y", "after": "end-of-contract"}}]
    return act(data=base + list(data_uses), **more)


def transfer(**fields):
    entry = {"recipient": "crm-leverancier", "country": "US", "mechanisms": ["dpf"], "copy": "Op verzoek."}
    entry.update(fields)
    return {**act(transfers=[entry]), "recipients/crm-leverancier.yaml": US_CRM}


def subject(ident, **fields):
    return {f"data-subjects/{ident}.yaml": {"id": ident, "name": fields.pop("name", ident), **fields}}


DPIA = {"required": True, "document": "DPIA-1", "date": "2026-01-01", "outcome": "acceptabel"}
PROFILING = {
    "present": True,
    "profiling": True,
    "logic": "Score.",
    "consequences": "Geen krediet.",
    "exception": "contract",
    "safeguards": "Een medewerker beslist op verzoek.",
}

SELECTION_LIST = {"selection_list": "Selectielijst gemeenten en intergemeentelijke organen 2020"}
NEWSLETTER = {
    "activities/nieuwsbrief.yaml": {
        "id": "nieuwsbrief",
        "name": "Nieuwsbrief",
        "data_subjects": ["klanten"],
        "purposes": [
            {
                "purpose": "nieuws",
                "basis": "legitimate-interests",
                "legitimate_interest": "Klanten informeren.",
                "assessment": "LIA-2",
            }
        ],
        "data": [{"category": "contactgegevens", "retention": {"period": "P1Y", "after": "unsubscribed"}}],
        "sources": [{"kind": "reused", "activity": "klantenservice"}],
        "recipients": [],
        "transfers": [],
        "automated_decisions": {"present": False},
        "measures": ["versleuteling"],
        "owner": "Marketing",
        "review": {"last": "2026-06-01", "interval": "P1Y"},
    },
    "purposes/nieuws.yaml": {"id": "nieuws", "name": "Nieuws sturen"},
}


def with_sources(files: dict, **source) -> dict:
    files = copy.deepcopy(files)
    files["activities/nieuwsbrief.yaml"]["sources"][0].update(source)
    return files


# rule id -> (files that trigger it, files that do not); the second is a near miss where one is known
CASES_BY_RULE = {
    "retention-indefinite": (
        act(
            data=[{"category": "contactgegevens", "retention": {"criteria": "Wij bewaren deze gegevens voor altijd."}}]
        ),
        act(
            data=[
                {
                    "category": "contactgegevens",
                    "retention": {"criteria": "Wij bewaren ze niet voor altijd: 2 jaar na het einde van het contract."},
                }
            ]
        ),
    ),
    "retention-no-event": (
        act(data=[{"category": "contactgegevens", "retention": {"period": "P2Y"}}]),
        act(data=[{"category": "contactgegevens", "retention": {"period": "P7Y", "when": "fiscale bewaarplicht"}}]),
    ),
    "contract-basis-unfit": (
        {**act(data_subjects=["bezoekers"]), **subject("bezoekers", name="Websitebezoekers")},
        {
            **act(
                data_subjects=["bezoekers"],
                purposes=[
                    {"purpose": "vragen-beantwoorden", "basis": "contract", "when": "als u een account aanmaakt"}
                ],
            ),
            **subject("bezoekers", name="Websitebezoekers"),
        },
    ),
    "consent-unfit": (act(purposes=[CONSENT]), act(purposes=[CONSENT], provision={"requirement": "voluntary"})),
    "basis-consent-and-other": (
        act(purposes=[{**LI, "basis": ["consent", "legitimate-interests"], "consent": CONSENT["consent"]}]),
        act(
            purposes=[
                {
                    **LI,
                    "basis": ["consent", "legitimate-interests"],
                    "consent": CONSENT["consent"],
                    "when": "toestemming voor de nieuwsbrief, gerechtvaardigd belang voor het klantcontact",
                }
            ]
        ),
    ),
    "consent-withdrawal-harder": (
        act(
            purposes=[{**CONSENT, "consent": {"how_withdrawn": "Schriftelijk, per aangetekende brief."}}],
            provision={"requirement": "voluntary"},
        ),
        act(
            purposes=[
                {**CONSENT, "consent": {"how_withdrawn": "Schriftelijk of per e-mail aan privacy@testbedrijf.example."}}
            ],
            provision={"requirement": "voluntary"},
        ),
    ),
    "transfer-derogation-systematic": (
        transfer(mechanisms=["derogation-consent"]),
        transfer(mechanisms=["scc", "derogation-consent"], assessment="TIA-1"),
    ),
    "identification-id-copy": (
        org(rights={"identification": "Stuur een kopie van uw paspoort mee."}),
        org(rights={"identification": "Stuur geen kopie van uw paspoort mee; wij bellen u terug."}),
    ),
    "contact-domain-mismatch": (
        org(rights={"channels": [{"kind": "email", "value": "privacy@testbedrjf.example"}]}),
        org(rights={"channels": [{"kind": "email", "value": "privacy@mailservice.example"}]}),
    ),
    "cookie-undocumented": (
        act(cookies=[{"name": "voorkeur", "purpose": "Voorkeuren onthouden", "kind": "preferences", "consent": True}]),
        act(cookies=[{"purpose": "Voorkeuren onthouden", "kind": "preferences", "consent": True, "lifetime": "P1Y"}]),
    ),
    "cookie-unclassified-without-consent": (
        act(cookies=[{"name": "x", "lifetime": "P1Y", "kind": "unclassified", "consent": False}]),
        act(cookies=[{"name": "x", "lifetime": "P1Y", "kind": "unclassified", "consent": True}]),
    ),
    "data-category-open-ended": (
        category("contactgegevens", name="Contactgegevens", items=["naam", "e-mailadres", "etc."]),
        category(
            "contactgegevens",
            name="Contactgegevens",
            items=["naam", "e-mailadres", "etc."],
            description="Wat u ons zelf opgeeft in het contactformulier.",
        ),
    ),
    "retention-open-exception": (
        act(
            data=[
                {
                    "category": "contactgegevens",
                    "retention": {
                        "period": "P2Y",
                        "after": "end-of-contract",
                        "criteria": "Daarna verwijderen wij ze, tenzij wij ze nog nodig hebben voor andere doeleinden.",
                    },
                }
            ]
        ),
        act(
            data=[
                {
                    "category": "contactgegevens",
                    "retention": {
                        "period": "P2Y",
                        "after": "end-of-contract",
                        "criteria": "Daarna verwijderen wij ze, tenzij u eerder om verwijdering vraagt.",
                    },
                }
            ]
        ),
    ),
    "reuse-no-compatibility": (NEWSLETTER, with_sources(NEWSLETTER, compatibility="CA-2026-1")),
    "cookies-undescribed": (
        {
            **uses({"category": "cookiegegevens", "retention": {"period": "P1Y", "after": "collection"}}),
            **category("cookiegegevens", name="Cookies"),
        },
        {
            **uses(
                {"category": "cookiegegevens", "retention": {"period": "P1Y", "after": "collection"}},
                cookies=[{"name": "sessie", "lifetime": "session", "kind": "functional", "consent": False}],
            ),
            **category("cookiegegevens", name="Cookies"),
        },
    ),
    "dpo-not-stated": (
        {
            **uses(
                {
                    "category": "gezondheid",
                    "retention": {"period": "P5Y", "after": "end-of-contract"},
                    "special_condition": {"condition": "health-social-care", "uavg": "art. 30 lid 3"},
                }
            ),
            **category("gezondheid", name="Gezondheid", special="health"),
        },
        {
            **uses(
                {
                    "category": "gezondheid",
                    "retention": {"period": "P5Y", "after": "end-of-contract"},
                    "special_condition": {"condition": "health-social-care", "uavg": "art. 30 lid 3"},
                }
            ),
            **category("gezondheid", name="Gezondheid", special="health"),
            **org(notes="Geen FG verplicht: een kleine praktijk, geen grootschalige verwerking (AP-drempel)."),
        },
    ),
    "rights-text-incomplete": (
        org(rights={"text": "U heeft recht op inzage en correctie van uw gegevens."}),
        org(rights={"text": "U heeft recht op inzage, correctie, verwijdering, beperking en overdraagbaarheid."}),
    ),
    "consent-by-use": (
        org(
            statement={
                "version": "1.0",
                "effective": "2026-01-01",
                "languages": ["nl"],
                "intro": "Door gebruik te maken van onze website gaat u akkoord met deze privacyverklaring.",
            }
        ),
        org(
            statement={
                "version": "1.0",
                "effective": "2026-01-01",
                "languages": ["nl"],
                "intro": "Door gebruik te maken van onze website geeft u ons gegevens over uw bezoek.",
            }
        ),
    ),
    "outdated-reference": (
        org(
            statement={
                "version": "1.0",
                "effective": "2026-01-01",
                "languages": ["nl"],
                "intro": "Wij houden ons aan de Wet bescherming persoonsgegevens.",
            }
        ),
        org(
            statement={
                "version": "1.0",
                "effective": "2026-01-01",
                "languages": ["nl"],
                "intro": "Wij houden ons aan de AVG; zij verving in 2018 de vroegere wet.",
            }
        ),
    ),
    "identification-in-person-only": (
        org(rights={"identification": "U identificeert zich aan de balie van het gemeentehuis."}),
        org(rights={"identification": "U identificeert zich aan de balie of online met DigiD."}),
    ),
    "rights-contact-missing": (
        org(email=None, rights={"identification": "Wij bellen u terug."}),
        org(email=None, privacy_contact={"form": "https://testbedrijf.example/privacy"}),
    ),
    "processors-none": (
        {"recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "kind": "third-party"}},
        {"recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "kind": "sub-processor"}},
    ),
    "controller-contact-missing": (
        org(email=None, address=None),
        org(email=None, address=None, phone="+31 30 123 4567"),
    ),
    # a processor acts for its clients' purposes (Art. 30(2) asks none)
    "activity-no-purpose": (
        act(purposes=[]),
        act(purposes=[], role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
    ),
    "activity-no-data-subjects": (
        act(data_subjects=[]),
        act(data_subjects=[], role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
    ),
    "activity-no-data": (
        act(data=[]),
        act(data=[], role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
    ),
    "purpose-no-basis": (
        act(purposes=[{"purpose": "vragen-beantwoorden"}]),
        act(
            purposes=[{"purpose": "vragen-beantwoorden"}],
            role="processor",
            controllers=[{"name": "Klant A"}],
            processing_categories=["Hosting"],
        ),
    ),
    "retention-missing": (
        act(data=[{"category": "contactgegevens"}]),
        act(data=[{"category": "contactgegevens", "retention": {"permanent": True, "law": "Archiefwet 1995"}}]),
    ),
    "retention-vague": (
        act(data=[{"category": "contactgegevens", "retention": {"criteria": "Zolang als dat nodig is."}}]),
        act(data=[{"category": "contactgegevens", "retention": {"criteria": "Tot het einde van de garantie."}}]),
    ),
    "retention-permanent-no-ground": (
        act(data=[{"category": "contactgegevens", "retention": {"permanent": True}}]),
        act(
            data=[
                {
                    "category": "contactgegevens",
                    "retention": {
                        "permanent": True,
                        "archive": {"selection_list": "Selectielijst gemeenten en intergemeentelijke organen 2020"},
                    },
                }
            ]
        ),
    ),
    "controller-body-not-named": (
        org(bodies=[{"id": "college", "name": "het college"}]),
        {**org(bodies=[{"id": "college", "name": "het college"}]), **act(controller="college")},
    ),
    "activity-no-measures": (
        act(measures=[]),
        {
            **act(measures=[]),
            "measures/versleuteling.yaml": {"id": "versleuteling", "name": "Versleuteling", "organisation_wide": True},
        },
    ),
    "source-missing": (
        act(sources=None),
        act(sources=None, role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
    ),
    "source-unspecified": (
        act(sources=[{"kind": "third-party"}]),
        act(sources=[{"kind": "third-party", "description": "Handelsregister"}]),
    ),
    "provision-missing": (
        act(provision=None),
        act(
            provision=None,
            data=[
                {
                    "category": "contactgegevens",
                    "retention": {"period": "P2Y", "after": "end-of-contract"},
                    "provision": {"requirement": "voluntary", "consequence": "Wij kunnen u dan niet terugbellen."},
                }
            ],
        ),
    ),
    "automated-decision-incomplete": (
        act(automated_decisions={"present": True, "logic": "Score."}),
        act(automated_decisions={"present": True, "logic": "Score.", "consequences": "Geen krediet."}),
    ),
    "transfer-no-country": (transfer(country=None), transfer()),
    "processor-record-incomplete": (
        act(role="processor"),
        act(role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
    ),
    "legitimate-interest-unstated": (act(purposes=[{**LI, "legitimate_interest": None}]), act(purposes=[LI])),
    "legitimate-interest-no-assessment": (act(purposes=[{**LI, "assessment": None}]), act(purposes=[LI])),
    "consent-no-withdrawal": (
        act(purposes=[{"purpose": "vragen-beantwoorden", "basis": "consent"}]),
        act(purposes=[CONSENT]),
    ),
    "public-authority-legitimate-interest": (
        {**org(public_authority=True, dpo={"name": "FG"}), **act(purposes=[LI])},
        {**org(public_authority=False), **act(purposes=[LI])},
    ),
    "marketing-email-basis": (
        {
            **act(purposes=[{"purpose": "vragen-beantwoorden", "basis": "contract"}]),
            "purposes/vragen-beantwoorden.yaml": {"id": "vragen-beantwoorden", "name": "Nieuwsbrief sturen"},
        },
        {
            **act(purposes=[CONSENT]),
            "purposes/vragen-beantwoorden.yaml": {"id": "vragen-beantwoorden", "name": "Nieuwsbrief sturen"},
        },
    ),
    "tracking-without-consent": (
        act(cookies=[{"name": "_fbp", "kind": "marketing", "consent": False}]),
        act(cookies=[{"name": "_fbp", "kind": "marketing"}]),
    ),  # silent: another rule asks
    "analytics-without-consent": (
        act(cookies=[{"name": "_ga", "kind": "analytics", "provider": "crm-leverancier"}]),
        act(cookies=[{"name": "_ga", "kind": "analytics", "provider": "crm-leverancier", "consent": True}]),
    ),
    "special-category-no-condition": (
        {
            **uses({"category": "gezondheid", "retention": {"period": "P1Y"}}),
            **category("gezondheid", special="health"),
        },
        {
            **uses(
                {
                    "category": "gezondheid",
                    "retention": {"period": "P1Y"},
                    "special_condition": {"condition": "explicit-consent"},
                }
            ),
            **category("gezondheid", special="health"),
        },
    ),
    "biometric-identification-basis": (
        {
            **uses(
                {
                    "category": "vingerafdruk",
                    "retention": {"period": "P1Y"},
                    "special_condition": {"condition": "substantial-public-interest", "uavg": "art. 23"},
                },
                dpia=DPIA,
            ),
            **category("vingerafdruk", special="biometric"),
        },
        {
            **uses(
                {
                    "category": "vingerafdruk",
                    "retention": {"period": "P1Y"},
                    "special_condition": {"condition": "substantial-public-interest", "uavg": "art. 29"},
                },
                dpia=DPIA,
            ),
            **category("vingerafdruk", special="biometric"),
        },
    ),
    "criminal-data-no-basis": (
        {**uses({"category": "vog", "retention": {"period": "P4W"}}), **category("vog", criminal=True)},
        {
            **uses({"category": "vog", "retention": {"period": "P4W"}, "criminal_basis": {"law": "UAVG art. 33"}}),
            **category("vog", criminal=True),
        },
    ),
    "bsn-no-basis": (
        {**uses({"category": "bsn", "retention": {"period": "P5Y"}}), **category("bsn", bsn=True)},
        {
            **uses({"category": "bsn", "retention": {"period": "P5Y"}, "bsn_basis": {"law": "Wet LB art. 28"}}),
            **category("bsn", bsn=True),
        },
    ),
    "children-consent-no-parent": (
        {**act(purposes=[CONSENT]), **subject("klanten", name="Klanten", children=True)},
        {
            **act(purposes=[{**CONSENT, "consent": {"how_withdrawn": "Mail.", "parental": True}}]),
            **subject("klanten", name="Klanten", children=True),
        },
    ),
    "transfer-missing": ({"recipients/crm-leverancier.yaml": US_CRM}, transfer()),
    "transfer-no-mechanism": (transfer(mechanisms=None), transfer()),
    "transfer-invalid-mechanism": (transfer(mechanisms=["privacy-shield"]), transfer()),
    "transfer-adequacy-without-decision": (
        transfer(mechanisms=["adequacy"]),
        transfer(country="JP", mechanisms=["adequacy"]),
    ),
    "transfer-scc-no-assessment": (transfer(mechanisms=["scc"]), transfer(mechanisms=["scc"], assessment="TIA-1")),
    "transfer-compelling-no-safeguards": (
        transfer(mechanisms=["compelling-legitimate-interests"]),
        transfer(mechanisms=["compelling-legitimate-interests"], safeguards="Versleuteld, eenmalig."),
    ),
    "transfer-no-copy": (
        transfer(mechanisms=["scc"], assessment="TIA-1", copy=None),
        transfer(mechanisms=["scc"], assessment="TIA-1"),
    ),
    "transfer-mechanism-other": (transfer(mechanisms=["other"]), transfer()),
    "transfer-inside-eea": (transfer(country="DE"), transfer()),
    "processor-no-agreement": (
        {"recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "agreement": None}},
        # bound by a law instead of a contract (Art. 28(3): "a contract or other legal act")
        {
            "recipients/crm-leverancier.yaml": {
                **BASE["recipients/crm-leverancier.yaml"],
                "agreement": None,
                "legal_act": "Wet digitale overheid, art. 5",
            }
        },
    ),
    "joint-controller-no-arrangement": (
        {
            "recipients/crm-leverancier.yaml": {
                "id": "crm-leverancier",
                "kind": "joint-controller",
                "category": "Partner",
            }
        },
        {
            "recipients/crm-leverancier.yaml": {
                "id": "crm-leverancier",
                "kind": "joint-controller",
                "category": "Partner",
                "arrangement": {"summary": "Wij beantwoorden verzoeken.", "document": "GV-1"},
            }
        },
    ),
    "dpia-missing": (
        act(automated_decisions=PROFILING),  # Art. 35(3)(a): certain
        act(automated_decisions=PROFILING, dpia=DPIA),
    ),
    "dpia-presumed": (
        {
            **uses(
                {
                    "category": "vingerafdruk",
                    "retention": {"period": "P1Y"},
                    "special_condition": {"condition": "explicit-consent"},
                }
            ),
            **category("vingerafdruk", special="biometric"),
        },
        {
            **uses(
                {
                    "category": "vingerafdruk",
                    "retention": {"period": "P1Y"},
                    "special_condition": {"condition": "explicit-consent"},
                },
                dpia={"required": False, "reason": "Eén lezer, vijf medewerkers, met pincode als alternatief."},
            ),
            **category("vingerafdruk", special="biometric"),
        },
    ),
    "basis-law-missing": (
        act(purposes=[{"purpose": "vragen-beantwoorden", "basis": "legal-obligation"}]),
        act(purposes=[{"purpose": "vragen-beantwoorden", "basis": "legal-obligation", "law": "AWR art. 52"}]),
    ),
    "response-time-too-long": (org(rights={"response_time": "P2M"}), org(rights={"response_time": "P4W"})),
    "automated-decision-unlawful": (
        act(automated_decisions={"present": True, "logic": "Score.", "consequences": "Nee."}),
        act(
            automated_decisions={
                "present": True,
                "logic": "Score.",
                "consequences": "Nee.",
                "exception": "contract",
                "safeguards": "Een medewerker beslist op verzoek.",
            }
        ),
    ),
    "dpia-indicated": (
        {**uses({"category": "beelden", "retention": {"period": "P4W"}}), **category("beelden", name="Camerabeelden")},
        {
            **uses(
                {"category": "beelden", "retention": {"period": "P4W"}},
                dpia={"required": False, "reason": "Eén camera bij de deur."},
            ),
            **category("beelden", name="Camerabeelden"),
        },
    ),
    "dpo-missing": (
        org(public_authority=True),
        org(public_authority=True, dpo={"name": "FG", "email": "fg@x.example"}),
    ),
    "exemption-not-applicable": (org(exemption_claimed=True), org(exemption_claimed=False)),
    "applicant-retention-too-long": (
        {
            **act(
                data=[
                    {
                        "category": "contactgegevens",
                        "retention": {
                            "period": "P2M",
                            "after": "end-of-procedure",
                            "when": "als u niet in dienst komt",
                        },
                    }
                ]
            ),
            **subject("klanten", name="Sollicitanten"),
        },
        {
            **act(
                data=[
                    {
                        "category": "contactgegevens",
                        "retention": [
                            {"period": "P4W", "after": "end-of-procedure"},
                            {"period": "P1Y", "consent": True},
                        ],
                    }
                ]
            ),
            **subject("klanten", name="Sollicitanten"),
        },
    ),
    "camera-retention-too-long": (
        {
            **uses({"category": "beelden", "retention": {"period": "P8W"}}, dpia=DPIA),
            **category("beelden", name="Camerabeelden"),
        },
        {
            **uses({"category": "beelden", "retention": {"period": "P4W"}}, dpia=DPIA),
            **category("beelden", name="Camerabeelden"),
        },
    ),
    "fiscal-retention-too-short": (
        {
            **uses(
                {"category": "facturen", "retention": {"period": "P5Y"}},
                purposes=[{"purpose": "vragen-beantwoorden", "basis": "legal-obligation", "law": "AWR"}],
            ),
            **category("facturen", name="Facturen"),
        },
        {
            **uses(
                {"category": "facturen", "retention": {"period": "P7Y", "after": "end-of-fiscal-year"}},
                purposes=[{"purpose": "vragen-beantwoorden", "basis": "legal-obligation", "law": "AWR"}],
            ),
            **category("facturen", name="Facturen"),
        },
    ),
    # due today (2026-11-22, the tests' date) is not yet overdue
    "review-overdue": (
        act(review={"last": "2024-01-01", "interval": "P1Y"}),
        act(review={"last": "2025-11-22", "interval": "P1Y"}),
    ),
    "review-missing": (act(owner=None), act(review={"interval": "P1Y"})),
    "translation-missing": (org(statement={"languages": ["nl", "en"]}), org(statement={"languages": ["nl"]})),
    "unused-definition": (
        {"purposes/oud.yaml": {"id": "oud", "name": "Oud"}},
        {
            "purposes/oud.yaml": {"id": "oud", "name": "Oud"},
            **act(
                purposes=[
                    {"purpose": "vragen-beantwoorden", "basis": "contract"},
                    {"purpose": "oud", "basis": "contract"},
                ]
            ),
        },
    ),
    "recipients-not-stated": (
        {**act(recipients=None), "recipients/crm-leverancier.yaml": None},
        {**act(recipients=[]), "recipients/crm-leverancier.yaml": None},
    ),
    # asked only where the activity shows a sign of decisions about people; a plain customer service shows none
    "automated-decisions-not-stated": (
        {
            **act(automated_decisions=None),
            "purposes/vragen-beantwoorden.yaml": {"id": "vragen-beantwoorden", "name": "Kredietwaardigheid toetsen"},
        },
        act(automated_decisions=None),
    ),
    # asked only where a processor's location is unknown; the same processor in NL is no question
    "transfers-not-stated": (
        {
            **act(transfers=None),
            "recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "country": None},
        },
        act(transfers=None),
    ),
    "transfer-likely": (
        {
            "recipients/crm-leverancier.yaml": {
                **BASE["recipients/crm-leverancier.yaml"],
                "country": None,
                "name": "Mailchimp",
            }
        },
        {
            "recipients/crm-leverancier.yaml": {
                **BASE["recipients/crm-leverancier.yaml"],
                "country": "IE",
                "name": "Mailchimp",
            }
        },
    ),
    "purpose-vague": (
        {"purposes/vragen-beantwoorden.yaml": {"id": "vragen-beantwoorden", "name": "Administratieve doeleinden"}},
        {
            "purposes/vragen-beantwoorden.yaml": {
                "id": "vragen-beantwoorden",
                "name": "Administratieve doeleinden",
                "description": "Het bijhouden van de ledenadministratie: wie lid is, sinds wanneer, en welke "
                "contributie is betaald.",
            }
        },
    ),
    "special-category-unmarked": (
        {
            "data-categories/contactgegevens.yaml": {
                "id": "contactgegevens",
                "name": "Contactgegevens",
                "items": ["naam", "e-mailadres", "medische klachten die u ons meldt"],
            }
        },
        {
            "data-categories/contactgegevens.yaml": {
                "id": "contactgegevens",
                "name": "Contactgegevens",
                "items": ["naam", "e-mailadres", "geen medische gegevens"],
            }
        },
    ),
    "gender-no-need": (
        {
            "data-categories/contactgegevens.yaml": {
                "id": "contactgegevens",
                "name": "Contactgegevens",
                "items": ["naam", "e-mailadres", "geslacht"],
            }
        },
        {
            **uses(),
            ACTIVITY: {
                **uses()[ACTIVITY],
                "data": [
                    {
                        "category": "contactgegevens",
                        "retention": {"period": "P2Y", "after": "end-of-contract"},
                        "necessity": "Voor de indeling in de competitie.",
                    }
                ],
            },
            "data-categories/contactgegevens.yaml": {
                "id": "contactgegevens",
                "name": "Contactgegevens",
                "items": ["naam", "e-mailadres", "geslacht"],
            },
        },
    ),
    "declaration-contradicted": (
        {**transfer(), **org(declarations={"sells_data": False, "transfers_outside_eea": False})},
        {**transfer(), **org(declarations={"sells_data": False, "transfers_outside_eea": True})},
    ),
    "cookie-consent-not-stated": (
        act(cookies=[{"name": "voorkeur", "kind": "preferences"}]),
        act(cookies=[{"name": "sessie", "kind": "functional"}]),
    ),
    "objection-not-highlighted": (
        {**org(rights={"text": "U heeft rechten."}), **act(purposes=[LI])},
        {**org(rights={"text": "U heeft rechten.", "objection": "U kunt bezwaar maken."}), **act(purposes=[LI])},
    ),
    "processor-requests-not-stated": (
        act(role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"]),
        act(
            role="processor",
            controllers=[{"name": "Klant A"}],
            processing_categories=["Hosting"],
            rights_requests={"via": ["controller"]},
        ),
    ),
    "complaint-authority-unknown": (
        org(address={"city": "Wenen", "country": "AT"}),
        org(address={"city": "Wenen", "country": "AT"}, supervisory_authority={"name": "Datenschutzbehörde"}),
    ),
    "dpo-unreachable": (org(dpo={"name": "F. G."}), org(dpo={"name": "F. G.", "website": "https://x.example/fg"})),
    "rights-limitation-no-article": (
        act(rights_limitations=[{"rights": ["portability"]}]),
        act(rights_limitations=[{"rights": ["portability"], "article": "AVG art. 11"}]),
    ),
    "recipient-kind-not-stated": (
        {
            "recipients/crm-leverancier.yaml": {
                **BASE["recipients/crm-leverancier.yaml"],
                "kind": None,
                "agreement": None,
            }
        },
        {
            "recipients/crm-leverancier.yaml": {
                **BASE["recipients/crm-leverancier.yaml"],
                "kind": "third-party",
                "agreement": None,
            }
        },
    ),
    "controller-unknown": (
        act(controller="college"),
        {**org(bodies=[{"id": "college", "name": "College van B&W"}]), **act(controller="college")},
    ),
    "joint-controller-no-contact-point": (
        {
            "recipients/crm-leverancier.yaml": {
                "id": "crm-leverancier",
                "kind": "joint-controller",
                "category": "Partner",
                "arrangement": {"summary": "Wij beantwoorden verzoeken.", "document": "GV-1"},
            }
        },
        {
            "recipients/crm-leverancier.yaml": {
                "id": "crm-leverancier",
                "kind": "joint-controller",
                "category": "Partner",
                "arrangement": {"summary": "Wij beantwoorden verzoeken.", "document": "GV-1", "contact_point": "ons"},
            }
        },
    ),
    "fiscal-retention-too-long": (
        {
            **uses({"category": "facturen", "retention": {"period": "P10Y", "after": "end-of-fiscal-year"}}),
            **category("facturen", name="Facturen"),
        },
        {
            **uses(
                {
                    "category": "facturen",
                    "retention": {
                        "period": "P10Y",
                        "after": "end-of-fiscal-year",
                        "law": "AWR art. 52 lid 5 (onroerende zaken)",
                    },
                }
            ),
            **category("facturen", name="Facturen"),
        },
    ),
    "medical-retention-too-short": (
        {
            **uses({"category": "patientendossier", "retention": {"period": "P15Y", "after": "end-of-contract"}}),
            **category("patientendossier", name="Patiëntendossier"),
        },
        {
            **uses({"category": "patientendossier", "retention": {"period": "P20Y", "after": "end-of-contract"}}),
            **category("patientendossier", name="Patiëntendossier"),
        },
    ),
    "controller-organ-not-named": (
        org(name="Ministerie van Testzaken", public_authority=True),
        org(
            name="Ministerie van Testzaken",
            public_authority=True,
            bodies=[{"id": "minister", "name": "De minister van Testzaken"}],
        ),
    ),
    "authority-complaint-conditional": (
        org(
            rights={
                "authority_complaint": "Komt u er met ons niet uit? Dan kunt u een klacht indienen bij\n"
                "de Autoriteit Persoonsgegevens."
            }
        ),
        org(
            rights={
                "authority_complaint": "Komt u er met ons niet uit? U kunt ook altijd direct een klacht indienen bij\n"
                "de Autoriteit Persoonsgegevens."
            }
        ),
    ),
    "processor-own-basis": (
        act(role="processor", controllers=[{"name": "Klant A"}], processing_categories=["Hosting"], purposes=[CONSENT]),
        act(
            role="processor",
            controllers=[{"name": "Klant A"}],
            processing_categories=["Hosting"],
            purposes=[{"purpose": "vragen-beantwoorden"}],
        ),
    ),
    "processor-end-unclear": (
        act(
            role="processor",
            controllers=[{"name": "Klant A"}],
            processing_categories=["Hosting"],
            data=[{"category": "contactgegevens", "retention": {"period": "P2Y", "after": "collection"}}],
        ),
        act(
            role="processor",
            controllers=[{"name": "Klant A"}],
            processing_categories=["Hosting"],
            data=[
                {"category": "contactgegevens", "retention": {"period": "P1M", "after": "end-of-processing-agreement"}}
            ],
        ),
    ),
    "sub-processor-unauthorised": (
        {
            **act(
                role="processor",
                controllers=[{"name": "Klant A"}],
                processing_categories=["Hosting"],
                recipients=[{"recipient": "crm-leverancier"}],
            ),
            "recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "kind": "sub-processor"},
        },
        {
            **act(
                role="processor",
                controllers=[{"name": "Klant A"}],
                processing_categories=["Hosting"],
                recipients=[{"recipient": "crm-leverancier", "authorisation": "general"}],
            ),
            "recipients/crm-leverancier.yaml": {**BASE["recipients/crm-leverancier.yaml"], "kind": "sub-processor"},
        },
    ),
    "staff-monitoring-no-works-council": (
        {
            **uses({"category": "beelden", "retention": {"period": "P4W", "after": "recording"}}, dpia=DPIA),
            **category("beelden", name="Camerabeelden"),
            **subject("klanten", name="Medewerkers"),
        },
        {
            **uses({"category": "beelden", "retention": {"period": "P4W", "after": "recording"}}, dpia=DPIA),
            **category("beelden", name="Camerabeelden"),
            **subject("klanten", name="Medewerkers"),
            **org(employees=30),
        },
    ),
    "children-data-unneeded": (
        {
            **uses({"category": "nationaliteit", "retention": {"period": "P1Y", "after": "end-of-contract"}}),
            **category("nationaliteit", name="Nationaliteit"),
            **subject("klanten", name="Jeugdleden", children=True),
        },
        {
            **uses(
                {
                    "category": "nationaliteit",
                    "retention": {"period": "P1Y", "after": "end-of-contract"},
                    "necessity": "De bond vraagt de nationaliteit voor deelname aan internationale toernooien.",
                }
            ),
            **category("nationaliteit", name="Nationaliteit"),
            **subject("klanten", name="Jeugdleden", children=True),
        },
    ),
    "transfer-bcr-outside-group": (
        {**transfer(mechanisms=["bcr"]), "recipients/crm-leverancier.yaml": {**US_CRM, "group_company": False}},
        {**transfer(mechanisms=["bcr"]), "recipients/crm-leverancier.yaml": {**US_CRM, "group_company": True}},
    ),
    "transfer-scc-version-unclear": (
        {
            **transfer(mechanisms=["scc"], assessment="TIA-1"),
            **org(statement={"languages": ["nl"], "updated": "2019-05"}),
        },
        {
            **transfer(mechanisms=["scc"], assessment="TIA-1"),
            **org(statement={"languages": ["nl"], "updated": "2021-09"}),
        },
    ),
    "third-party-own-marketing": (
        act(recipients=[{"recipient": "partners", "purpose": "Voor hun eigen marketing."}])
        | {"recipients/partners.yaml": {"id": "partners", "kind": "third-party", "category": "Partners"}},
        act(recipients=[{"recipient": "partners", "purpose": "Wij geven geen gegevens voor marketing."}])
        | {"recipients/partners.yaml": {"id": "partners", "kind": "third-party", "category": "Partners"}},
    ),
    "profiling-contradicted": (
        {
            **act(automated_decisions={"present": False, "profiling": False}),
            "purposes/vragen-beantwoorden.yaml": {
                "id": "vragen-beantwoorden",
                "name": "Aanbiedingen afgestemd op uw interesses",
            },
        },
        {
            **act(automated_decisions={"present": False, "profiling": False}),
            "purposes/vragen-beantwoorden.yaml": {"id": "vragen-beantwoorden", "name": "Vragen beantwoorden"},
        },
    ),
    "email-tracking-without-consent": (
        act(description="In de nieuwsbrief meten wij of u de e-mail opent en op welke links u klikt."),
        act(description="Wij meten niet of u de e-mail opent."),
    ),
    "cookie-refusal-browser-only": (
        {
            **act(
                cookies=[{"name": "_ga", "kind": "analytics", "consent": False, "lifetime": "P2Y"}],
                description="U kunt cookies via uw browserinstellingen uitschakelen.",
            )
        },
        {
            **act(
                cookies=[{"name": "_ga", "kind": "analytics", "consent": True, "lifetime": "P2Y"}],
                description="U kunt cookies via uw browserinstellingen uitschakelen.",
            )
        },
    ),
    "statement-undated": (org(statement={"languages": ["nl"]}), org(statement={"languages": ["nl"], "version": "1.0"})),
    "statement-stale": (
        org(statement={"languages": ["nl"], "updated": "2018-05-25"}),
        org(statement={"languages": ["nl"], "updated": "2025-05-25"}),
    ),
    "retention-law-unnamed": (
        uses(
            {
                "category": "facturen",
                "retention": {"period": "P7Y", "after": "end-of-fiscal-year", "law": "wettelijke bewaarplicht"},
            }
        )
        | category("facturen"),
        uses(
            {
                "category": "facturen",
                "retention": {
                    "period": "P7Y",
                    "after": "end-of-fiscal-year",
                    "law": "wettelijke bewaarplicht (AWR art. 52 lid 4)",
                },
            }
        )
        | category("facturen"),
    ),
    "suppression-unused": (
        act(suppress=[{"rule": "retention-vague", "reason": "Niet van toepassing hier."}]),
        act(provision=None, suppress=[{"rule": "provision-missing", "reason": "Wordt in het formulier gemeld."}]),
    ),
}


def _without_none(value):
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def run(files: dict, tmp_path: Path):
    register = build_case("_base", tmp_path / "register")
    for rel, data in files.items():
        path = register / rel
        if data is None:  # the case removes this file
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(_without_none(data), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return lint(register, use_cache=False)


def test_every_rule_has_cases():
    assert sorted(RULES) == sorted(CASES_BY_RULE)


@pytest.mark.parametrize("rule_id", sorted(CASES_BY_RULE))
def test_rule_triggers(rule_id, tmp_path):
    result = run(CASES_BY_RULE[rule_id][0], tmp_path)
    structural = [p for p in result.structural_errors]
    assert structural == [], structural  # the case itself must be a valid register
    fired = [p for p in result.problems if p.rule == rule_id]
    assert fired, [f"{p.rule}: {p.message}" for p in result.problems]
    assert all(p.level == RULES[rule_id].level and p.line >= 1 for p in fired)
    if rule_id in POINTS_AT:  # the finding's line:col is the node it is about
        lines = Path(fired[0].path).read_text(encoding="utf-8").splitlines()
        assert lines[fired[0].line - 1][fired[0].column - 1 :].startswith(POINTS_AT[rule_id]), (
            lines[fired[0].line - 1],
            fired[0].column,
        )


# rule id -> what the line of its finding starts with at the finding's column
POINTS_AT = {
    "retention-indefinite": "Wij bewaren deze gegevens voor altijd.",
    "retention-no-event": "P2Y",
    "contract-basis-unfit": "contract",
    "consent-unfit": "consent",
    "basis-consent-and-other": "- consent",
    "consent-withdrawal-harder": "Schriftelijk, per aangetekende brief.",
    "transfer-derogation-systematic": "- derogation-consent",
    "identification-id-copy": "Stuur een kopie",
    "contact-domain-mismatch": "privacy@testbedrjf.example",
    "cookie-undocumented": "name: voorkeur",
    "cookie-unclassified-without-consent": "name: x",
    "data-category-open-ended": "etc.",
    "retention-open-exception": "Daarna verwijderen wij ze, tenzij",
    "reuse-no-compatibility": "kind: reused",
    "retention-vague": "Zolang als dat nodig is.",
    "identification-in-person-only": "U identificeert zich",
    "processors-none": "Testbedrijf B.V.",
    "cookies-undescribed": "category: cookiegegevens",
    "consent-by-use": "Door gebruik te maken",
    "outdated-reference": "Wij houden ons aan de Wet",
    "rights-text-incomplete": "U heeft recht op inzage en correctie",
    "transfer-no-country": "recipient: crm-leverancier",
    "purpose-no-basis": "purpose: vragen-beantwoorden",
    "fiscal-retention-too-long": "P10Y",
    "processor-own-basis": "consent",
    "medical-retention-too-short": "P15Y",
    "controller-organ-not-named": "Ministerie van Testzaken",
    "authority-complaint-conditional": "'Komt u er met ons niet uit?",
    "processor-end-unclear": "processor",
    "sub-processor-unauthorised": "recipient: crm-leverancier",
    "staff-monitoring-no-works-council": "- klanten",
    "children-data-unneeded": "nationaliteit",
    "transfer-bcr-outside-group": "- bcr",
    "transfer-scc-version-unclear": "- scc",
    "third-party-own-marketing": "recipient: partners",
    "profiling-contradicted": "false",
    "email-tracking-without-consent": "In de nieuwsbrief",
    "cookie-refusal-browser-only": "U kunt cookies",
    "statement-stale": "languages",
    "retention-law-unnamed": "wettelijke bewaarplicht",
    "automated-decisions-not-stated": "klantenservice",
    "transfers-not-stated": "klantenservice",
    "transfer-likely": "crm-leverancier",
    "purpose-vague": "Administratieve doeleinden",
    "special-category-unmarked": "medische klachten",
    "gender-no-need": "contactgegevens",
    # positions of the findings that point at an absence: the item or file it is missing from
    "dpo-not-stated": "Testbedrijf B.V.",
    "rights-contact-missing": "identification: Wij bellen u terug.",
    "controller-contact-missing": "Testbedrijf B.V.",
    "activity-no-purpose": "klantenservice",
    "activity-no-data-subjects": "klantenservice",
    "activity-no-data": "klantenservice",
    "retention-missing": "category: contactgegevens",
    "retention-permanent-no-ground": "true",
    "controller-body-not-named": "klantenservice",
    "activity-no-measures": "klantenservice",
    "source-missing": "klantenservice",
    "source-unspecified": "kind: third-party",
    "provision-missing": "- kind: data-subject",
    "automated-decision-incomplete": "present: true",
    "processor-record-incomplete": "processor",
    "legitimate-interest-unstated": "purpose: vragen-beantwoorden",
    "legitimate-interest-no-assessment": "purpose: vragen-beantwoorden",
    "consent-no-withdrawal": "purpose: vragen-beantwoorden",
    "public-authority-legitimate-interest": "legitimate-interests",
    "marketing-email-basis": "contract",
    "tracking-without-consent": "name: _fbp",
    "analytics-without-consent": "name: _ga",
    "special-category-no-condition": "category: gezondheid",
    "biometric-identification-basis": "condition: substantial-public-interest",
    "criminal-data-no-basis": "category: vog",
    "bsn-no-basis": "category: bsn",
    "children-consent-no-parent": "purpose: vragen-beantwoorden",
    "transfer-missing": "recipient: crm-leverancier",
    "transfer-no-mechanism": "recipient: crm-leverancier",
    "transfer-invalid-mechanism": "privacy-shield",
    "transfer-adequacy-without-decision": "- adequacy",
    "transfer-scc-no-assessment": "recipient: crm-leverancier",
    "transfer-compelling-no-safeguards": "recipient: crm-leverancier",
    "transfer-no-copy": "recipient: crm-leverancier",
    "transfer-mechanism-other": "- other",
    "transfer-inside-eea": "DE",
    "processor-no-agreement": "processor",
    "joint-controller-no-arrangement": "joint-controller",
    "dpia-missing": "klantenservice",
    "dpia-presumed": "klantenservice",
    "basis-law-missing": "purpose: vragen-beantwoorden",
    "response-time-too-long": "P2M",
    "automated-decision-unlawful": "present: true",
    "dpia-indicated": "klantenservice",
    "dpo-missing": "true",
    "exemption-not-applicable": "true",
    "applicant-retention-too-long": "P2M",
    "camera-retention-too-long": "P8W",
    "fiscal-retention-too-short": "P5Y",
    "review-overdue": "'2024-01-01'",
    "review-missing": "klantenservice",
    "translation-missing": "Zonder deze gegevens kunnen wij u niet h",
    "unused-definition": "oud",
    "recipients-not-stated": "klantenservice",
    "declaration-contradicted": "klantenservice",
    "cookie-consent-not-stated": "name: voorkeur",
    "objection-not-highlighted": "U heeft rechten.",
    "processor-requests-not-stated": "klantenservice",
    "complaint-authority-unknown": "Testbedrijf B.V.",
    "dpo-unreachable": "name: F. G.",
    "rights-limitation-no-article": "rights:",
    "recipient-kind-not-stated": "crm-leverancier",
    "controller-unknown": "college",
    "joint-controller-no-contact-point": "summary: Wij beantwoorden verzoeken.",
    "statement-undated": "languages:",
    "suppression-unused": "rule: retention-vague",
}


@pytest.mark.parametrize("rule_id", sorted(CASES_BY_RULE))
def test_rule_stays_quiet(rule_id, tmp_path):
    result = run(CASES_BY_RULE[rule_id][1], tmp_path)
    assert result.structural_errors == []
    assert [p.message for p in result.problems if p.rule == rule_id] == []


def test_a_suppressed_finding_is_kept_with_its_reason(tmp_path):
    result = run(
        act(provision=None, suppress=[{"rule": "provision-missing", "reason": "Wordt in het formulier gemeld."}]),
        tmp_path,
    )
    assert not [p for p in result.problems if p.rule == "provision-missing"]
    [suppressed] = result.suppressed
    assert suppressed.problem.rule == "provision-missing" and suppressed.reason == "Wordt in het formulier gemeld."


def test_findings_point_at_the_node(tmp_path):
    result = run(transfer(mechanisms=["scc", "privacy-shield"], assessment="TIA-1"), tmp_path)
    [finding] = [p for p in result.problems if p.rule == "transfer-invalid-mechanism"]
    lines = (tmp_path / "register" / ACTIVITY).read_text().splitlines()
    assert "privacy-shield" in lines[finding.line - 1][finding.column - 1 :]


def test_select_and_ignore_by_id_family_and_wildcard(tmp_path):
    files = transfer(mechanisms=["privacy-shield"], copy=None)
    del files[ACTIVITY]["provision"]
    everything = {p.rule for p in run(files, tmp_path / "a").problems}
    assert {"transfer-invalid-mechanism", "provision-missing"} <= everything
    only = {p.rule for p in lint(tmp_path / "a" / "register", use_cache=False, select=["transfers"]).problems}
    assert "transfer-invalid-mechanism" in only and "provision-missing" not in only
    without = {p.rule for p in lint(tmp_path / "a" / "register", use_cache=False, ignore=["transfer-*"]).problems}
    assert "provision-missing" in without and not any(r.startswith("transfer-") for r in without)


def test_unknown_rule_name_is_a_usage_error(tmp_path):
    register = build_case("_base", tmp_path / "register")
    result = CliRunner().invoke(main, ["lint", str(register), "--select", "transfer-nonsense"])
    assert result.exit_code == 2 and "no rule or family matches transfer-nonsense" in result.output


def test_build_is_not_blocked_by_legal_findings(tmp_path):
    from ropa.site.build import build

    run(transfer(mechanisms=["privacy-shield"]), tmp_path)
    report = build(tmp_path / "register", tmp_path / "out", use_cache=False)
    assert any(p.rule == "transfer-invalid-mechanism" for p in report.findings)
    status = (tmp_path / "out" / "internal" / "status.html").read_text(encoding="utf-8")
    assert "transfer-invalid-mechanism" in status


def test_every_rule_documents_itself():
    for rule in RULES.values():
        assert rule.source and rule.rationale.endswith(".") and rule.fix, rule.id
        assert rule.check.__module__.startswith("ropa.rules."), rule.id


def test_docs_rules_reference_is_current():
    from ropa.rules.docs import markdown

    assert (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8") == markdown()


def test_output_formats_render_the_same_findings(tmp_path, monkeypatch):
    run(transfer(mechanisms=["privacy-shield"], copy=None), tmp_path)
    register = str(tmp_path / "register")
    text = CliRunner().invoke(main, ["lint", register, "-q", "--format", "text"]).stdout.splitlines()
    sarif = json.loads(CliRunner().invoke(main, ["lint", register, "--format", "sarif"]).stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert len(results) == len(text)
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert any(r["id"] == "transfer-invalid-mechanism" and "Schrems" in r["properties"]["source"] for r in rules)
    gitlab = json.loads(CliRunner().invoke(main, ["lint", register, "--format", "gitlab"]).stdout)
    assert len(gitlab) == len(text) and {g["severity"] for g in gitlab} <= {"major", "minor", "info"}
    assert len({g["fingerprint"] for g in gitlab}) == len(gitlab)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    github = CliRunner().invoke(main, ["lint", register, "-q"]).stdout.splitlines()  # auto: github in Actions
    assert len(github) == len(text)
    assert all(line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in github)
    assert "transfer-invalid-mechanism" in summary.read_text(encoding="utf-8")


def test_cached_rule_findings_equal_fresh_ones_and_follow_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    run(act(review={"last": "2025-06-01", "interval": "P1Y"}, provision=None), tmp_path)
    register = tmp_path / "register"
    fresh = lint(register, use_cache=False)
    first = lint(register)
    again = lint(register)  # from the cache
    assert [vars(p) for p in again.problems] == [vars(p) for p in first.problems] == [vars(p) for p in fresh.problems]
    assert any(p.rule == "review-overdue" for p in again.problems)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01: the review is not yet due
    assert not any(p.rule == "review-overdue" for p in lint(register).problems)
    activity = register / ACTIVITY
    activity.write_text(activity.read_text().replace("owner: Klantenservice", "owner: Iemand anders"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795305600")
    changed = lint(register)
    assert any(p.rule == "review-overdue" for p in changed.problems)


def test_cached_findings_serve_every_working_directory_and_survive_an_export(tmp_path, monkeypatch):
    """The rule pack's findings are kept per register, whichever folder ropa runs from, and a run that
    does not use them (an export, another selection) does not throw them away."""
    import ropa.rules as pack

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    run(act(provision=None), tmp_path)
    register = tmp_path / "register"
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    first = lint(Path("register"))
    calls = []
    real = pack.collect
    monkeypatch.setattr(pack, "collect", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.chdir(elsewhere)
    there = lint(register)
    assert calls == []  # from the cache
    assert [p.path for p in there.problems] == [
        str(register / Path(p.path).relative_to("register")) if p.path.startswith("register") else p.path
        for p in first.problems
    ]
    lint(register, rules=False)  # as an export reads the register
    lint(register, select=["structure"])
    lint(register, select=["transfers"])
    ran = len(calls)
    assert ran >= 1  # the other selection ran the pack
    monkeypatch.chdir(tmp_path)
    assert [vars(p) for p in lint(Path("register")).problems] == [vars(p) for p in first.problems]
    assert len(calls) == ran  # and the full selection's findings were still there


# -- national layers: rules that rest on a country's law run only for its jurisdiction ----------------

BSN_WITHOUT_BASIS = {**uses({"category": "bsn", "retention": {"period": "P5Y"}}), **category("bsn", bsn=True)}


@pytest.mark.parametrize("jurisdiction, fires", [(None, True), ("NL", True), ("DE", False), ("FR", False)])
def test_dutch_rules_run_only_for_a_dutch_register(jurisdiction, fires, tmp_path):
    files = {**BSN_WITHOUT_BASIS, **org(jurisdiction=jurisdiction)}  # the base address is in the Netherlands
    assert any(p.rule == "bsn-no-basis" for p in run(files, tmp_path).problems) is fires


def test_the_authority_comes_from_the_layer_or_the_register(tmp_path):
    def unknown(files, where):
        return [p for p in run(files, tmp_path / where).problems if p.rule == "complaint-authority-unknown"]

    assert unknown(org(jurisdiction="NL"), "nl") == []  # the Autoriteit Persoonsgegevens by default
    assert unknown(org(jurisdiction="DE"), "de")  # Germany has one per Land: the register must say which
    named = {
        "name": "Der Bayerische Landesbeauftragte für den Datenschutz",
        "website": "https://www.datenschutz-bayern.de",
    }
    assert unknown(org(jurisdiction="DE", supervisory_authority=named), "de-named") == []


def test_gdpr_rules_do_not_run_on_police_data(tmp_path):
    files = act(purposes=[{"purpose": "vragen-beantwoorden"}], regime="police-data")
    assert not [p for p in run(files, tmp_path).problems if p.rule == "purpose-no-basis"]


@pytest.mark.parametrize(
    "retention",
    [
        {"criteria": "So lange, wie es für die Aufgabe erforderlich ist."},
        {"criteria": "Volgens de termijnen uit de gemeentelijke selectielijst."},
        {"archive": {"selection_list": "Selectielijst gemeenten en intergemeentelijke organen 2020"}},
    ],
)
def test_retention_that_determines_no_period_is_vague(retention, tmp_path):
    result = run(act(data=[{"category": "contactgegevens", "retention": retention}]), tmp_path)
    assert [p.rule for p in result.problems if p.rule.startswith("retention-")] == ["retention-vague"]


@pytest.mark.parametrize(
    "retention",
    [
        {
            "archive": {
                "selection_list": "Selectielijst gemeenten en intergemeentelijke organen 2020",
                "category": "1.1.2",
            }
        },
        {"criteria": "Volgens categorie 1.1.2 van de selectielijst: 10 jaar na het einde van de uitkering."},
    ],
)
def test_a_selection_list_with_its_category_is_a_period(retention, tmp_path):
    result = run(act(data=[{"category": "contactgegevens", "retention": retention}]), tmp_path)
    assert [p.rule for p in result.problems if p.rule.startswith("retention-")] == []


def test_a_sub_processor_is_covered_by_the_processor_that_lists_it(tmp_path):
    files = {
        "recipients/crm-leverancier.yaml": {
            **US_CRM,
            "country": "NL",
            "dpf_certified": None,
            "sub_processors": ["hosting"],
        },
        "recipients/hosting.yaml": {"id": "hosting", "kind": "sub-processor", "category": "Hosting", "country": "NL"},
        **act(recipients=[{"recipient": "crm-leverancier"}, {"recipient": "hosting"}]),
    }
    assert not [p for p in run(files, tmp_path).problems if p.rule == "processor-no-agreement"]


def test_a_processor_bound_by_law_needs_no_contract(tmp_path):
    files = {
        "recipients/crm-leverancier.yaml": {
            **BASE["recipients/crm-leverancier.yaml"],
            "agreement": None,
            "legal_act": "Wet op het Centraal bureau voor de statistiek, art. 33",
        }
    }
    assert not [p for p in run(files, tmp_path).problems if p.rule == "processor-no-agreement"]


def test_a_public_authority_on_consent_alone_is_asked_why(tmp_path):
    authority = org(public_authority=True)
    task = {**CONSENT, "law": "Participatiewet, art. 7"}
    fired = [
        p
        for p in run(
            {**authority, **act(purposes=[task], provision={"requirement": "voluntary"})}, tmp_path / "a"
        ).problems
        if p.rule == "consent-unfit"
    ]
    assert [p.message for p in fired] == [
        "a public authority rests `vragen-beantwoorden`, a task under the law it names, "
        "on consent; such tasks rest on a legal obligation or its public task (EDPB "
        "5/2020 par. 16-17): choose that basis, or say in `when:` where people have a "
        "real choice"
    ]
    # a voluntary service of a public body (a survey, a card) may rest on consent
    assert not [
        p
        for p in run(
            {**authority, **act(purposes=[CONSENT], provision={"requirement": "voluntary"})}, tmp_path / "b"
        ).problems
        if p.rule == "consent-unfit"
    ]


def test_a_minimum_retention_is_no_end_and_a_maximum_is_a_period(tmp_path):
    at_least = run(
        uses(
            {
                "category": "contactgegevens",
                "retention": {"period": "P7Y", "bound": "at-least", "after": "end-of-contract"},
            }
        ),
        tmp_path / "a",
    )
    assert [p.message for p in at_least.problems if p.rule == "retention-indefinite"] == [
        "`contactgegevens` is kept at least P7Y: a minimum, with no end; say when the data are deleted"
    ]
    at_most = run(
        uses(
            {
                "category": "contactgegevens",
                "retention": {"period": "P3Y", "bound": "at-most", "after": "end-of-contract"},
            }
        ),
        tmp_path / "b",
    )
    assert not [p for p in at_most.problems if p.rule.startswith("retention-")]


@pytest.mark.parametrize(
    "text, description, fires",
    [
        ("U heeft rechten:\n\n- **Recht op inzage.** ...\n- **Recht van bezwaar.** U kunt bezwaar maken.", None, True),
        ("U heeft rechten.\n\n## Uw recht van bezwaar\n\nU kunt altijd bezwaar maken.", None, False),
        ("U heeft rechten.", "Wij bellen u. Wilt u dat niet, dan kunt u hiertegen bezwaar maken.", False),
    ],
)
def test_objection_is_highlighted_by_a_heading_or_at_the_activity(text, description, fires, tmp_path):
    """A bold item in the list of every right is not "separately from any other information" (Art. 21(4));
    a heading of its own, or a notice at the activity itself, is."""
    files = {**org(rights={"text": text}), **act(purposes=[LI], description=description)}
    found = [p for p in run(files, tmp_path).problems if p.rule == "objection-not-highlighted"]
    assert bool(found) is fires


# -- rules kept per file: an edit re-checks what it changed, and nothing else may differ -------------


def _shard_equals_whole(register_root):
    """For each rule of scope "file": its findings about each file, checked alone, equal those of a
    whole run (the property the per-file cache rests on)."""
    from ropa.dates import today
    from ropa.rules.context import Context

    reg = lint(register_root, use_cache=False, rules=False).register
    files = [s for s in reg.all_files() if s.loaded]
    differing = []
    for current in RULES.values():
        if current.scope != "file":
            continue
        whole = sorted((f.source.display, tuple(f.path), f.message) for f in current.check(Context(reg, today())))
        alone = sorted(
            (f.source.display, tuple(f.path), f.message)
            for s in files
            for f in current.check(Context(reg, today(), {s.display}))
            if f.source.display == s.display
        )
        if whole != alone:
            differing.append(current.id)
    return differing


@pytest.mark.parametrize("name", ["interconnect", "connaxis", "gemeente-lindewaard", "bayern-ehrenamtskarte"])
def test_rules_of_file_scope_find_the_same_about_each_file_alone(name):
    root = Path(__file__).resolve().parents[1]
    assert _shard_equals_whole(root / "examples" / name) == []


def test_per_file_findings_follow_every_kind_of_edit(tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    root = Path(__file__).resolve().parents[1]
    register = tmp_path / "interconnect"
    shutil.copytree(root / "examples" / "interconnect", register)

    def same():
        cached = [vars(p) for p in lint(register).problems]
        assert cached == [vars(p) for p in lint(register, use_cache=False).problems]
        return cached

    before = same()
    activity = next((register / "activities").glob("*.yaml"))
    edits = [
        # an activity, a definition it refers to, organisation.yaml, a file removed, a file added
        lambda: activity.write_text(activity.read_text() + "\nowner_was: null\n"),  # the file no longer valid
        lambda: activity.write_text(activity.read_text().replace("\nowner_was: null\n", "")),
        # a data category that becomes special: the activities that use it lack an Art. 9 exception
        lambda: (register / "data-categories" / "contactgegevens.yaml").write_text(
            (register / "data-categories" / "contactgegevens.yaml").read_text() + "special: health\n"
        ),
        lambda: (register / "organisation.yaml").write_text(
            (register / "organisation.yaml").read_text() + "\npublic_authority: true\n"
        ),
        lambda: next((register / "recipients").glob("*.yaml")).unlink(),  # referenced by activities
        lambda: (register / "activities" / "nieuw.yaml").write_text(
            "id: nieuw\nname: Nieuw\ndata_subjects: [x]\npurposes: [{purpose: y}]\n"
        ),
    ]
    seen = [before]
    for edit in edits:
        edit()
        seen.append(same())
    # each edit changed what lint reports (the second undoes the first)
    assert seen[2] == seen[0] and len({repr(s) for s in seen}) == len(seen) - 1


def test_a_finding_that_depends_on_other_files_follows_them(tmp_path, monkeypatch):
    """activity-no-measures looks at every measure file (one marked organisation-wide answers for all
    activities): adding one must clear the finding of activities that did not change."""
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    run(act(measures=[]), tmp_path)
    register = tmp_path / "register"
    assert any(p.rule == "activity-no-measures" for p in lint(register).problems)
    (register / "measures" / "beleid.yaml").write_text(
        "id: beleid\nname: Beveiligingsbeleid\norganisation_wide: true\n"
    )
    cached = [vars(p) for p in lint(register).problems]
    assert cached == [vars(p) for p in lint(register, use_cache=False).problems]
    assert not any(p["rule"] == "activity-no-measures" for p in cached)
