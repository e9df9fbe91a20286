"""`ropa import` of the Dutch central government's AVG register tool (DICTU): its JSON export.

The tool exports one JSON file per register kind and department: "AVG Verantwoordelijke" (the
Art. 30(1) record of a controller), "AVG Verwerker" (the Art. 30(2) record of a processor) and "WPG
Verantwoordelijke" (processing under the Wet politiegegevens). Each file is a list of records with
`Naam`, `Doelen`, `Betrokkenen`, `Ontvangers`, `Verwerkers`, `Beveiliging`, `Doorgifte`, `GebPia` and
more; the export comes as the single JSON files or as a zip of them (entry names may hold a `/` inside
a department name, and the files start with a byte-order mark).

Every record becomes an activity; every field either lands in the register or is named in the report.
What the format holds as free text (a retention period, a country) stays text and is reported where
ropa would have liked a structured value, so that lint and the privacy officer can take it from there.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from .importer import MAX_FILE_BYTES, MAX_PART_BYTES, MAX_PARTS, Importer, Report, TableError, slug

KINDS = {  # the folder name of the export -> (role, regime)
    "AVG Verantwoordelijke": ("controller", "gdpr"),
    "AVG Verwerker": ("processor", "gdpr"),
    "WPG Verantwoordelijke": ("controller", "police-data"),
}
BASES = {
    "toestemming": "consent",
    "toestemming betrokkene": "consent",
    "uitvoering overeenkomst": "contract",
    "uitvoering van een overeenkomst": "contract",
    "overeenkomst": "contract",
    "wettelijke verplichting": "legal-obligation",
    "wettelijke plicht": "legal-obligation",
    "vitaal belang": "vital-interests",
    "vitale belangen": "vital-interests",
    "algemeen belang": "public-task",
    "taak van algemeen belang": "public-task",
    "publiekrechtelijke taak": "public-task",
    "openbaar gezag": "public-task",
    "algemeen belang of openbaar gezag": "public-task",
    "gerechtvaardigd belang": "legitimate-interests",
    "gerechtvaardigde belangen": "legitimate-interests",
}
SPECIAL = {  # the flags of a group of data subjects -> ropa's special category
    "RasOfEtniciteit": "racial-ethnic-origin",
    "PolitiekeGezindheid": "political-opinions",
    "GodsdienstOfLevensovertuiging": "religious-philosophical-beliefs",
    "LidmaatschapVakvereniging": "trade-union-membership",
    "Genetisch": "genetic",
    "Biometrisch": "biometric",
    "Gezondheid": "health",
    "SeksueleLeven": "sex-life-orientation",
}
SPECIAL_NAMES = {
    "racial-ethnic-origin": "Gegevens over ras of etnische afkomst",
    "political-opinions": "Politieke opvattingen",
    "religious-philosophical-beliefs": "Godsdienst of levensovertuiging",
    "trade-union-membership": "Lidmaatschap van een vakbond",
    "genetic": "Genetische gegevens",
    "biometric": "Biometrische gegevens",
    "health": "Gegevens over gezondheid",
    "sex-life-orientation": "Gegevens over seksueel gedrag of seksuele gerichtheid",
}
WPG_SUBJECTS = {
    "Verdachten": "Verdachten",
    "Slachtoffers": "Slachtoffers",
    "Veroordeelden": "Veroordeelden",
    "Derden": "Derden",
}
WPG_PURPOSES = {  # Wet politiegegevens: the article a purpose of a boa or police register rests on
    "Artikel8": "8",
    "Artikel9": "9",
    "Artikel10Lid1A": "10 lid 1 sub a",
    "Artikel10Lid1B": "10 lid 1 sub b",
    "Artikel10Lid1C": "10 lid 1 sub c",
    "Artikel12": "12",
    "Artikel13Lid1": "13 lid 1",
    "Artikel13Lid2": "13 lid 2",
    "Artikel13Lid3": "13 lid 3",
}
WPG_PROVISION = [
    "Artikel15",
    "Artikel15A",
    "Artikel16",
    "Artikel17",
    "Artikel17A",
    "Artikel18",
    "Artikel19",
    "Artikel20",
    "Artikel22",
]
MAX_RECORDS = 20_000


def read_export(path: Path) -> list[tuple[str, list]]:
    """(register kind, records) for each JSON file of the export at ``path`` (a zip or one file)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TableError(
            f"{path} is {size / 1048576:.0f} MiB; ropa imports files up to {MAX_FILE_BYTES // 1048576} MiB"
        )
    if path.suffix.lower() == ".zip":
        out = []
        with zipfile.ZipFile(path) as archive:
            entries = [e for e in archive.infolist() if e.filename.lower().endswith(".json")]
            if len(archive.infolist()) > MAX_PARTS:
                raise TableError(f"{path} holds more than {MAX_PARTS} files")
            for entry in sorted(entries, key=lambda e: e.filename):
                if entry.file_size > MAX_PART_BYTES:
                    raise TableError(f"{path}: {entry.filename} unpacks to more than {MAX_PART_BYTES // 1048576} MiB")
                with archive.open(entry) as handle:  # read no more than it claims: a lying header is refused
                    raw = handle.read(MAX_PART_BYTES + 1)
                if len(raw) > MAX_PART_BYTES:
                    raise TableError(f"{path}: {entry.filename} unpacks to more than {MAX_PART_BYTES // 1048576} MiB")
                out.append((_kind_of(entry.filename), _records(raw, f"{path}: {entry.filename}")))
        if not out:
            raise TableError(f"{path} holds no JSON files of a register export")
        return out
    return [(_kind_of(str(path)), _records(path.read_bytes(), str(path)))]


def _kind_of(name: str) -> str:
    """The register kind from the export's folder name ("AVG Verwerker Verwerkingen/JSON/...")."""
    for kind in sorted(KINDS, key=len, reverse=True):
        if kind.lower() in name.lower():
            return kind
    return ""


def _records(raw: bytes, where: str) -> list:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TableError(f"{where}: not a JSON export ({exc})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise TableError(f"{where}: not a list of register records")
    if len(data) > MAX_RECORDS:
        raise TableError(f"{where}: more than {MAX_RECORDS:,} records; split the export")
    return data


def looks_like_dictu(path: Path) -> bool:
    """A zip of DICTU JSON files, or one such file (records with `Naam` and `Doelen`)."""
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                return any(n.lower().endswith(".json") for n in archive.namelist())
        except zipfile.BadZipFile:
            return False
    if path.suffix.lower() == ".json":
        head = path.read_bytes()[:4096].decode("utf-8-sig", errors="replace")
        return '"Naam"' in head or '"Doelen"' in head
    return False


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _yes(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    return True if text in ("ja", "yes", "true") else False if text in ("nee", "no", "false") else None


class DictuImporter(Importer):
    def __init__(self) -> None:
        super().__init__("nl")
        self.organisation = {"name": "", "language": "nl", "jurisdiction": "NL", "statement": {"languages": ["nl"]}}
        self.controllers: dict[str, str] = {}  # controller name -> body id (several in one export)

    def define(self, what: str, name: str, /, **fields: Any) -> str:
        """As the spreadsheet importer, but a recipient's kind only where the export gives one: the
        register tool's `Ontvangers` are recipients of any kind, and a guess would decide which checks apply."""
        fresh = name not in self.ids[what]
        ident = super().define(what, name, **fields)
        if fresh and what == "recipient" and "kind" not in fields:
            self.defs[what][ident].pop("kind", None)
        return ident

    def cell(self, record: str, field: str, value: Any, why: str) -> None:
        self.report.unmapped.append(f"record {record!r}, {field}: {str(value)[:120]!r} {why}")

    # -- parties ----------------------------------------------------------------------------------
    def controller(self, party: dict) -> str | None:
        """The organisation from the first controller; a body for each other one (a ministry's
        record names the minister, another the secretary-general)."""
        name = _text(party.get("Naam"))
        if not name:
            return None
        if not self.organisation["name"]:
            self.organisation["name"] = name
            address = {
                k: v
                for k, v in (
                    ("street", _text(party.get("Adres"))),
                    ("postal_code", _text(party.get("Postcode"))),
                    ("city", _text(party.get("Plaats"))),
                )
                if v
            }
            if address:
                self.organisation["address"] = {
                    **address,
                    **({"country": "NL"} if _text(party.get("Land")).upper() in ("NEDERLAND", "NL") else {}),
                }
            box = {
                k: v
                for k, v in (
                    ("po_box", _text(party.get("Postbus"))),
                    ("postal_code", _text(party.get("PostbusPostcode"))),
                    ("city", _text(party.get("PostbusPlaats"))),
                )
                if v
            }
            if box.get("po_box"):
                self.organisation["postal_address"] = box
            for key, field in (("email", "Email"), ("phone", "Telefoon")):
                if _text(party.get(field)) and ("@" in _text(party.get(field)) if key == "email" else True):
                    self.organisation[key] = _text(party.get(field))
            if _text(party.get("ContactFg")):
                self.organisation["dpo"] = {"name": _text(party["ContactFg"])}
            self.controllers[name] = ""
            return None
        if name not in self.controllers:
            ident = slug(name, set(self.controllers.values()) | {""})
            self.controllers[name] = ident
            self.organisation.setdefault("bodies", []).append({"id": ident, "name": name})
        return self.controllers[name] or None

    def processor(self, party: dict) -> str | None:
        name = _text(party.get("Naam"))
        if not name:
            return None
        ident = self.define("recipient", name, kind="processor", name=name, category=name)
        contact = {
            k: v for k, v in (("email", _text(party.get("Email"))), ("phone", _text(party.get("Telefoon")))) if v
        }
        if contact and "@" in contact.get("email", "@"):
            self.defs["recipient"][ident].setdefault("contact", contact)
        if _text(party.get("Land")) and _text(party.get("Land")).upper() in ("NEDERLAND", "NL"):
            self.defs["recipient"][ident]["country"] = "NL"
        return ident

    # -- one record -------------------------------------------------------------------------------
    def record(self, kind: str, data: dict) -> None:
        role, regime = KINDS.get(kind, ("controller", "gdpr"))
        name = _text(data.get("Naam")) or _text(data.get("Nummer")) or "Verwerking"
        label = f"{name} ({_text(data.get('Nummer'))})" if _text(data.get("Nummer")) else name
        ident = slug(
            f"{name}-{_text(data.get('Nummer'))}" if name in {a["name"] for a in self.activities.values()} else name,
            set(self.activities),
        )
        activity: dict = {"id": ident, "name": name}
        if role == "processor":
            activity["role"] = "processor"
        if regime != "gdpr":
            activity["regime"] = regime
        handled = {"Naam", "Id"}

        def take(field: str, handler: Callable[[Any], None]) -> None:
            handled.add(field)
            if data.get(field) not in (None, "", [], {}):
                handler(data[field])

        # who is controller
        def controllers(parties: list) -> None:
            if role == "processor":  # our clients (Art. 30(2)(a))
                activity["controllers"] = [
                    {
                        "name": _text(p.get("Naam")),
                        **({"contact": {"email": _text(p["Email"])}} if "@" in _text(p.get("Email")) else {}),
                    }
                    for p in parties
                    if isinstance(p, dict) and _text(p.get("Naam"))
                ]
                for p in parties:
                    if isinstance(p, dict) and not self.organisation["name"] and _text(p.get("ContactFg")):
                        self.organisation["dpo"] = {"name": _text(p["ContactFg"])}
                return
            bodies = [self.controller(p) for p in parties if isinstance(p, dict)]
            if bodies and bodies[0]:
                activity["controller"] = bodies[0]
            if len(parties) > 1:
                self.cell(
                    label,
                    "Verantwoordelijken",
                    len(parties),
                    "names several controllers: the first is the "
                    "controller of the activity; record the others as joint controllers where they are",
                )

        take("Verantwoordelijken", controllers)
        take(
            "Verwerkers",
            lambda ps: activity.setdefault("recipients", []).extend(
                {"recipient": r} for r in (self.processor(p) for p in ps if isinstance(p, dict)) if r
            ),
        )
        take(
            "Ontvangers",
            lambda rs: activity.setdefault("recipients", []).extend(
                {"recipient": self.define("recipient", _text(r.get("Omschrijving")))}
                for r in rs
                if isinstance(r, dict) and _text(r.get("Omschrijving"))
            ),
        )
        take("Doelen", lambda ds: self._purposes(label, activity, ds, regime))
        take("Betrokkenen", lambda bs: self._subjects(label, activity, bs, regime))
        take("Betrokkene", lambda bs: None if data.get("Betrokkenen") else self._subjects(label, activity, bs, regime))
        take("BijzondereGegevens", lambda flags: self._special_flags(activity, flags))
        take(
            "Categorien",
            lambda cs: activity.__setitem__(
                "processing_categories",
                [_text(c.get("Omschrijving")) for c in cs if isinstance(c, dict) and _text(c.get("Omschrijving"))],
            ),
        )
        take(
            "Systemen",
            lambda ss: activity.__setitem__(
                "systems",
                [
                    {"name": _text(s.get("Omschrijving"))}
                    for s in ss
                    if isinstance(s, dict) and _text(s.get("Omschrijving"))
                ],
            ),
        )
        take("Beveiliging", lambda b: self._security(activity, b))
        take("Doorgifte", lambda d: self._transfers(label, activity, d))
        take("Besluitvorming", lambda b: self._decisions(activity, b))
        take("GebPia", lambda g: self._dpia(label, activity, g))
        take("Ontvanger", lambda o: self._wpg_provision(activity, o))
        take(
            "Contactpersonen",
            lambda cs: activity.__setitem__(
                "owner",
                "; ".join(
                    " ".join(
                        x
                        for x in (
                            _text(c.get("Naam")),
                            f"({_text(c.get('Functie'))})" if _text(c.get("Functie")) else "",
                        )
                        if x
                    )
                    for c in cs
                    if isinstance(c, dict) and _text(c.get("Naam"))
                ),
            ),
        )
        take(
            "LaatsteWijzigDatum",
            lambda d: (
                activity.__setitem__("review", {"last": _text(d)[:10]})
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", _text(d)[:10])
                else None
            ),
        )
        notes = []
        for field, what in (
            ("Nummer", "nummer"),
            ("Status", "status"),
            ("Versie", "versie"),
            ("Dienst", "dienst"),
            ("AanmaakDatum", "aangemaakt"),
            ("VerdelingVerantwoordelijkheid", "verdeling verantwoordelijkheid"),
            ("VerdelingVerantwoordelijkheidSubverwerkers", "verdeling verantwoordelijkheid subverwerkers"),
        ):
            handled.add(field)
            if _text(data.get(field)):
                notes.append(f"{what}: {_text(data[field])}")
        handled.update({"Opmerkingen", "Bijlagen"})
        notes += [
            f"opmerking: {_text(o.get('Omschrijving') if isinstance(o, dict) else o)}"
            for o in data.get("Opmerkingen") or []
        ]
        notes += [
            f"bijlage: {_text(b.get('Naam') or b.get('Omschrijving') if isinstance(b, dict) else b)}"
            for b in data.get("Bijlagen") or []
        ]
        if notes:
            activity["notes"] = "Uit het DICTU-verwerkingsregister: " + "; ".join(notes) + "."
        for field in data:
            if field not in handled and data[field] not in (None, "", [], {}):
                self.cell(label, field, data[field], "is a field ropa does not know; not imported")
        self.activities[ident] = activity

    def _purposes(self, label: str, activity: dict, doelen: list, regime: str) -> None:
        uses = []
        for doel in doelen:
            if not isinstance(doel, dict):
                continue
            if regime == "police-data":  # Wpg: the article of the Wet politiegegevens instead of a basis
                articles = [a for key, a in WPG_PURPOSES.items() if doel.get(key) is True]
                name = (
                    _text(doel.get("Omschrijving"))
                    or _text(doel.get("Toelichting"))
                    or f"Taken op grond van de Wet politiegegevens, art. {', '.join(articles) or '?'}"
                )
                use = {"purpose": self.define("purpose", name)}
                if articles:
                    use["law"] = f"Wet politiegegevens, art. {', '.join(articles)}"
                uses.append(use)
                continue
            name = _text(doel.get("Doel"))
            if not name:
                continue
            use = {"purpose": self.define("purpose", name[:200])}
            if len(name) > 200:
                self.defs["purpose"][use["purpose"]]["description"] = name
            basis = _text(doel.get("Rechtsgrond"))
            found = BASES.get(basis.lower().rstrip("."))
            if found:
                use["basis"] = found
            elif basis:
                use["note"] = f"Grondslag in het DICTU-register: {basis}"
                self.cell(label, "Doelen.Rechtsgrond", basis, "is not a legal basis ropa recognises; kept as a note")
            uses.append(use)
        if uses:
            activity["purposes"] = uses

    def _subjects(self, label: str, activity: dict, groups: Any, regime: str) -> None:
        if isinstance(groups, dict):  # Wpg: flags per kind of person
            subjects = [
                self.define("data-subject", name) for key, name in WPG_SUBJECTS.items() if groups.get(key) is True
            ]
            if _text(groups.get("ToelichtingDerden")):
                subjects.append(self.define("data-subject", _text(groups["ToelichtingDerden"])))
            activity["data_subjects"] = subjects
            return
        subjects = []
        data: list = []
        sources: list = []
        provision: dict[str, Any] | None = None
        for group in groups:
            if not isinstance(group, dict):
                continue
            subjects.append(self.define("data-subject", _text(group.get("Omschrijving"))[:200] or "Betrokkenen"))
            first_retention = None
            for item in group.get("Gegevens") or []:
                if not isinstance(item, dict) or not _text(item.get("Omschrijving")):
                    continue
                text = _text(item["Omschrijving"])
                category = self.define("data-category", text[:120])
                if len(text) > 120:
                    self.defs["data-category"][category]["description"] = text
                use: dict = {"category": category}
                retention = _text(item.get("Bewaartermijn"))
                if retention:
                    use["retention"] = {"criteria": retention}
                    first_retention = first_retention or use["retention"]
                if _text(item.get("Verzameldoel")):
                    use["note"] = f"Verzameldoel: {_text(item['Verzameldoel'])}"
                data.append(use)
                if item.get("IsBronBetrokkene") is True:
                    sources.append({"kind": "data-subject"})
                elif _text(item.get("BronOmschrijving")):
                    sources.append({"kind": "third-party", "description": _text(item["BronOmschrijving"])})
                if item.get("IsBetrokkeneVerplicht") is not None and provision is None:
                    provision = {"obliged": item["IsBetrokkeneVerplicht"] is True}
                    if _text(item.get("BetrokkeneConsequenties")):
                        provision["consequence"] = _text(item["BetrokkeneConsequenties"])
            # the group's flags: which special categories (and criminal data) its data hold
            for flag, special in SPECIAL.items():
                if group.get(flag) is True:
                    category = self.define("data-category", SPECIAL_NAMES[special], special=special)
                    data.append(
                        {"category": category, **({"retention": dict(first_retention)} if first_retention else {})}
                    )
            if group.get("Strafrechtelijk") is True:
                category = self.define("data-category", "Strafrechtelijke gegevens", criminal=True)
                data.append({"category": category, **({"retention": dict(first_retention)} if first_retention else {})})
        activity["data_subjects"] = list(dict.fromkeys(subjects))
        first: dict[Any, dict] = {}  # one use per category, the first
        for use in data:
            first.setdefault(use["category"], use)
        activity["data"] = list(first.values())
        unique_sources = []
        for s in sources:
            if s not in unique_sources:
                unique_sources.append(s)
        if unique_sources:
            activity["sources"] = unique_sources
        if provision:
            activity["provision"] = provision
        if any("retention" in d and list(d["retention"]) == ["criteria"] for d in activity["data"]):
            self.cell(
                label,
                "Betrokkenen.Gegevens.Bewaartermijn",
                "",
                "retention is free text in the export; kept as "
                "criteria (give a period and the event it counts from where there is one)",
            )

    def _special_flags(self, activity: dict, flags: dict) -> None:
        data = activity.setdefault("data", [])
        for flag, special in SPECIAL.items():
            if isinstance(flags, dict) and flags.get(flag) is True:
                data.append({"category": self.define("data-category", SPECIAL_NAMES[special], special=special)})

    def _security(self, activity: dict, b: dict) -> None:
        if not isinstance(b, dict):
            return
        measures = [self.define("measure", _text(m)) for m in b.get("Maatregelen") or [] if _text(m)]
        for field, name in (("Pseudonimisering", "Pseudonimisering"), ("Encryptie", "Versleuteling")):
            value = _text(b.get(field))
            if _yes(value) is True:
                measures.append(self.define("measure", name, kind="technical"))
            elif value and _yes(value) is None:  # a description instead of yes or no
                measures.append(self.define("measure", f"{name}: {value}"[:120], kind="technical"))
        for access in b.get("Toegang") or []:
            if _text(access):
                measures.append(self.define("measure", f"Toegang: {_text(access)}"[:120], kind="organisational"))
        if measures:
            activity["measures"] = list(dict.fromkeys(measures))

    def _transfers(self, label: str, activity: dict, d: dict) -> None:
        if not isinstance(d, dict):
            return
        if d.get("BuitenEu") is False:
            activity["transfers"] = []
            return
        if d.get("BuitenEu") is not True:
            return
        where = _text(d.get("BuitenEuOmschrijving"))
        code = self.country_names.get(where.lower()) if where else None
        transfer: dict = {"country": code} if code else {"description": where or "Buiten de EU"}
        if d.get("BuitenEuPassendBeschermingsniveau") is True:
            transfer["mechanisms"] = ["adequacy"]
        if _text(d.get("BuitenEuPassendBeschermingsniveauOmschrijving")):
            transfer["mechanism_description"] = _text(d["BuitenEuPassendBeschermingsniveauOmschrijving"])
        if not code:
            self.cell(
                label, "Doorgifte.BuitenEuOmschrijving", where, "names no country ropa knows; kept as description"
            )
        activity["transfers"] = [transfer]

    def _decisions(self, activity: dict, b: dict) -> None:
        if not isinstance(b, dict) or not isinstance(b.get("HasBesluitvorming"), bool):
            return
        decisions: dict = {"present": b["HasBesluitvorming"]}
        if _text(b.get("Logica")):
            decisions["logic"] = _text(b["Logica"])
        if _text(b.get("BelangGevolgen")):
            decisions["consequences"] = _text(b["BelangGevolgen"])
        activity["automated_decisions"] = decisions

    def _dpia(self, label: str, activity: dict, g: dict) -> None:
        done = _yes(g.get("Uitgevoerd")) if isinstance(g, dict) else None
        if done is True:
            activity["dpia"] = {"required": True, "document": f"DPIA uit het DICTU-register ({label})"}
        elif done is False:  # not carried out says nothing about whether one was needed: lint asks
            activity["notes"] = (
                activity.get("notes", "") + " Geen DPIA uitgevoerd volgens het DICTU-register."
            ).strip()

    def _wpg_provision(self, activity: dict, o: dict) -> None:
        if not isinstance(o, dict):
            return
        articles = [key.replace("Artikel", "") for key in WPG_PROVISION if o.get(key) is True]
        if articles:
            ident = self.define(
                "recipient",
                f"Ontvangers op grond van de Wet politiegegevens, art. {', '.join(articles)}",
                kind="authority",
            )
            activity.setdefault("recipients", []).append(
                {"recipient": ident, "law": f"Wet politiegegevens, art. {', '.join(articles)}"}
            )
        elif all(o.get(k) is True for k in ("GeenTerBeschikking", "GeenVerstrekking", "GeenDoorgifte")):
            activity["recipients"] = []


def import_dictu(
    path: Path, out: Path, *, force: bool = False, progress: Callable[[str], None] = lambda message: None
) -> tuple[list[Path], Report]:
    progress(f"reading {path}")
    exports = read_export(path)
    if out.exists() and any(out.iterdir()) and not force:
        raise FileExistsError(f"{out} exists and is not empty; ropa never overwrites files unless given --force")
    importer = DictuImporter()
    for kind, records in exports:
        if not kind:
            importer.report.unmapped.append(
                "a file of the export is of no register kind ropa knows (AVG "
                "Verantwoordelijke, AVG Verwerker, WPG Verantwoordelijke); read as a controller register"
            )
        for data in records:
            importer.record(kind, data)
    if not importer.organisation["name"]:
        importer.organisation["name"] = PurePosixPath(path.name).stem
        importer.report.unmapped.append(
            "no controller in the export: organisation.yaml is named after the file; fill in `name`"
        )
    progress(f"writing {len(importer.activities)} activities into {out}")
    importer.report.read_as = "the JSON export of the central government's AVG register tool (DICTU)"
    return importer.write(out), importer.report
