"""Generate realistic registers of any size for the benchmarks.

Each activity looks like one a privacy officer writes: bilingual name and description, three or four
purposes with their bases (legitimate interest spelt out, consent described), five to eight data
categories each with a retention rule, sources, provision, recipients, a transfer, measures, a DPIA
block, review data and systems: about 90 lines of YAML. Definitions are shared from pools sized like
a large organisation's, and every one of them is used, so a generated register lints clean.

    python bench/generate.py 1000 /tmp/reg-1000
"""

from __future__ import annotations

import random
from pathlib import Path

BASES = ["consent", "contract", "legal-obligation", "legitimate-interests"]
EVENTS = ["end-of-contract", "last-contact", "end-of-employment", "collection", "end-of-fiscal-year", "last-visit"]
COUNTRIES = ["US", "GB", "CH", "JP", "IN", "CA"]
MECHANISMS = {"US": "dpf", "GB": "adequacy", "CH": "adequacy", "JP": "adequacy", "IN": "scc", "CA": "adequacy"}
WORDS = (
    "klant contract factuur levering support planning onderzoek kwaliteit beveiliging personeel "
    "werving marketing analyse archief betaling toegang registratie melding afspraak dossier"
).split()
PERIODS = ["P4W", "P3M", "P6M", "P1Y", "P2Y", "P5Y", "P7Y"]

POOLS_SIZE_CATEGORIES = 90
POOLS = {
    "purposes": 60,
    "data-categories": POOLS_SIZE_CATEGORIES,
    "data-subjects": 15,
    "recipients": 70,
    "measures": 25,
}


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _bilingual(nl: str, en: str, indent: str = "") -> str:
    return f"\n{indent}  nl: {nl}\n{indent}  en: {en}"


def _both(rng: random.Random, words: int) -> str:
    """A short text in both languages, inline."""
    return f"{{nl: {_text(rng, words)}, en: {_text(rng, words)}}}"


SPECIAL = {i for i in range(POOLS_SIZE_CATEGORIES) if i % 30 == 0}
CRIMINAL = {i for i in range(POOLS_SIZE_CATEGORIES) if i % 45 == 1}


def organisation() -> str:
    return """# yaml-language-server: $schema=../../schema/organisation.schema.json
name: Bench Organisatie B.V.
language: nl
address: {street: Teststraat 1, postal_code: 1234 AB, city: Utrecht, country: NL}
email: privacy@bench.example
phone: "+31 30 123 4567"
kvk: "12345678"
dpo: {name: F. G. Tester, email: fg@bench.example, registered: true}
statement:
  title: {nl: Privacyverklaring, en: Privacy statement}
  version: "1.0"
  effective: 2026-01-01
  languages: [nl, en]
rights:
  channels: [{kind: email, value: privacy@bench.example}]
  response_time: P1M
"""


def definition(kind: str, ident: str, i: int, rng: random.Random) -> str:
    head = f"id: {ident}\n"
    if kind == "purposes":
        return head + f"name:{_bilingual(f'Doel {i} {_text(rng, 3)}', f'Purpose {i}')}\ndescription: {_both(rng, 12)}\n"
    if kind == "data-categories":
        extra = "special: health\n" if i in SPECIAL else ("criminal: true\n" if i in CRIMINAL else "")
        return (
            head
            + f"name:{_bilingual(f'Gegevens {i}', f'Data {i}')}\nitems: [{_both(rng, 2)}, {_both(rng, 2)}]\n{extra}"
        )
    if kind == "data-subjects":
        return (
            head
            + f"name:{_bilingual(f'Betrokkenen {i}', f'Data subjects {i}')}\nvulnerable: {str(i % 5 == 0).lower()}\n"
        )
    if kind == "recipients":
        country = COUNTRIES[i % len(COUNTRIES)] if i % 4 == 0 else "NL"
        return (
            head
            + f"kind: processor\nname: Leverancier {i} B.V.\ncategory:{_bilingual(f'Leverancier {i % 9}', f'Supplier {i % 9}')}\n"
            f"country: {country}\ndpf_certified: {str(country == 'US').lower()}\n"
            f"agreement: {{reference: VO-{2020 + i % 6}-{i:03d}, date: 202{i % 6}-0{1 + i % 9}-15}}\n"
        )
    return (
        head + f"name:{_bilingual(f'Maatregel {i}', f'Measure {i}')}\nkind: technical\n"
        f"organisation_wide: {str(i < 5).lower()}\ndescription: {_both(rng, 10)}\n"
    )


def activity(ident: str, i: int, rng: random.Random, ids: dict[str, list[str]]) -> str:
    lines = [
        "# yaml-language-server: $schema=../../schema/activity.schema.json",
        f"id: {ident}",
        f"name:{_bilingual(f'Verwerking {i} {_text(rng, 2)}', f'Processing {i}')}",
        f"description:{_bilingual(_text(rng, 20), 'Processing of personal data for activity ' + str(i))}",
        "role: controller",
        f"data_subjects: [{', '.join(rng.sample(ids['data-subjects'], 2))}]",
        "purposes:",
    ]
    for purpose in rng.sample(ids["purposes"], rng.randint(3, 4)):
        basis = rng.choice(BASES)
        lines += [f"  - purpose: {purpose}", f"    basis: {basis}"]
        if basis == "legitimate-interests":
            lines += [
                f"    legitimate_interest:{_bilingual(_text(rng, 10), 'Our interest in ' + _text(rng, 3), '    ')}",
                f"    assessment: LIA-{i:05d}",
            ]
        elif basis == "consent":
            lines += ["    consent:", f"      how_given: {_both(rng, 6)}", f"      how_withdrawn: {_both(rng, 6)}"]
        elif basis == "legal-obligation":
            lines += ["    law: {nl: Algemene wet inzake rijksbelastingen art. 52, en: General State Taxes Act s. 52}"]
    lines.append("data:")
    sensitive = False
    for category in rng.sample(ids["data-categories"], rng.randint(5, 8)):
        number = int(category.rsplit("-", 1)[1])
        lines += [
            f"  - category: {category}",
            "    retention:",
            f"      period: {rng.choice(PERIODS)}",
            f"      after: {rng.choice(EVENTS)}",
        ]
        if number in SPECIAL:
            sensitive = True
            lines += [
                '    special_condition: {condition: explicit-consent, uavg: "art. 22", '
                "consent: {how_withdrawn: {nl: Via het privacyformulier, en: Through the privacy form}}}"
            ]
        if number in CRIMINAL:
            sensitive = True
            lines += ["    criminal_basis: {law: {nl: UAVG art. 33 lid 4, en: UAVG s. 33(4)}}"]
    lines += [
        "sources:",
        "  - kind: data-subject",
        "  - kind: observed",
        f"    description: {_both(rng, 5)}",
        "provision:",
        "  requirement: contract-prerequisite",
        f"  consequence: {_both(rng, 8)}",
        "recipients:",
    ]
    recipients = rng.sample(ids["recipients"], 3)
    for recipient in recipients:
        lines += [f"  - recipient: {recipient}", f"    purpose: {_both(rng, 4)}"]
    transfers = []
    for recipient in recipients:  # every recipient outside the EEA gets its transfer, as an FG records it
        number = int(recipient.rsplit("-", 1)[1])
        country = COUNTRIES[number % len(COUNTRIES)] if number % 4 == 0 else "NL"
        if country != "NL":
            transfers += [
                f"  - recipient: {recipient}",
                f"    country: {country}",
                f"    mechanisms: [{MECHANISMS[country]}]",
                "    copy: {nl: Opvragen via privacy@bench.example, en: Ask privacy@bench.example}",
                f"    assessment: TIA-{i:05d}",
            ]
    lines += ["transfers:"] + transfers if transfers else []
    lines += [
        f"measures: [{', '.join(rng.sample(ids['measures'], 2))}]",
        "automated_decisions:",
        "  present: false",
        "dpia:",
        f"  required: {str(sensitive).lower()}",
        f"  reason: {_text(rng, 8)}",
    ]
    if sensitive:
        lines += [f"  document: DPIA-{i:05d}", "  date: 2025-06-01", "  outcome: acceptabel"]
    lines += [
        f"owner: Afdeling {rng.choice(WORDS)}",
        "review:",
        f"  last: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "  interval: P1Y",
        "systems:",
        f"  - name: Systeem {i % 40}",
        "    location: Amsterdam",
        "    country: NL",
        f"notes: {_text(rng, 15)}",
    ]
    return "\n".join(lines) + "\n"


def generate(count: int, target: Path, seed: int = 2026) -> Path:
    rng = random.Random(seed)
    ids = {kind: [f"{kind.rstrip('s')}-{i}" for i in range(size)] for kind, size in POOLS.items()}
    target.mkdir(parents=True, exist_ok=True)
    (target / "organisation.yaml").write_text(organisation(), encoding="utf-8")
    schema = {
        "purposes": "purpose",
        "data-categories": "data-category",
        "data-subjects": "data-subject",
        "recipients": "recipient",
        "measures": "measure",
    }
    for kind, names in ids.items():
        folder = target / kind
        folder.mkdir(exist_ok=True)
        for i, ident in enumerate(names):
            text = f"# yaml-language-server: $schema=../../schema/{schema[kind]}.schema.json\n" + definition(
                kind, ident, i, rng
            )
            (folder / f"{ident}.yaml").write_text(text, encoding="utf-8")
    folder = target / "activities"
    folder.mkdir(exist_ok=True)
    # The first activities use every definition once, so none is reported unused.
    for i in range(count):
        ident = f"activity-{i:05d}"
        (folder / f"{ident}.yaml").write_text(activity(ident, i, rng, ids), encoding="utf-8")
    _cover_all(target, ids)
    return target


def _cover_all(target: Path, ids: dict[str, list[str]]) -> None:
    """Add one activity that refers to every definition, so that nothing is reported unused."""
    lines = [
        "id: uses-every-definition",
        "name: {nl: Overzicht van alle definities, en: Overview of all definitions}",
        "owner: FG",
        "review: {last: 2026-06-01, interval: P1Y}",
        "sources: [{kind: data-subject}]",
        "provision: {requirement: voluntary, consequence: {nl: Geen., en: None.}}",
        "dpia: {required: true, document: DPIA-all, date: 2025-06-01, outcome: acceptabel}",
        f"data_subjects: [{', '.join(ids['data-subjects'])}]",
        "purposes:",
    ]
    lines += [f"  - {{purpose: {p}, basis: contract}}" for p in ids["purposes"]]
    conditions = {
        c: (
            ", special_condition: {condition: explicit-consent, consent: {how_withdrawn: {nl: Formulier, en: Form}}}"
            if int(c.rsplit("-", 1)[1]) in SPECIAL
            else ""
        )
        + (
            ", criminal_basis: {law: {nl: UAVG art. 33, en: UAVG s. 33}}"
            if int(c.rsplit("-", 1)[1]) in CRIMINAL
            else ""
        )
        for c in ids["data-categories"]
    }
    lines += ["data:"] + [
        f"  - {{category: {c}, retention: {{period: P1Y, after: end-of-contract}}{conditions[c]}}}"
        for c in ids["data-categories"]
    ]
    lines += ["recipients:"] + [f"  - {{recipient: {r}}}" for r in ids["recipients"]]
    lines += ["transfers:"] + [
        f"  - {{recipient: {r}, country: {c}, mechanisms: [{MECHANISMS[c]}], copy: {{nl: Op verzoek, en: On request}}, assessment: TIA}}"
        for r in ids["recipients"]
        for c in [COUNTRIES[int(r.rsplit("-", 1)[1]) % len(COUNTRIES)]]
        if int(r.rsplit("-", 1)[1]) % 4 == 0
    ]
    lines += [f"measures: [{', '.join(ids['measures'])}]"]
    (target / "activities" / "uses-every-definition.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Generate a register of N activities for the benchmarks.")
    parser.add_argument("activities", type=int, help="how many activities")
    parser.add_argument("folder", type=Path, help="where to write the register")
    args = parser.parse_args()
    generate(args.activities, args.folder)
