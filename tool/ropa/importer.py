"""`ropa import`: a spreadsheet register (ICO/AP-style columns, or ropa's own CSV/XLSX) as a register folder.

Every column is recognised by its header (Dutch, English or German, ropa's own or the ICO/AP template's) and
every cell is mapped onto the model; what cannot be mapped is listed in a report, never dropped
silently. Existing files are never overwritten unless asked. ropa's own export, imported and
exported again, is identical.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .kinds import KINDS
from .readback import read_retention
from .scaffold import dump, find_schema_dir, modeline
from .vocab import countries, labels

# Column -> phrases that name it (lower case; Dutch, English, German; ropa's own headers come from the
# wording files). A header is matched by meaning, not by the first phrase found in it: see `match_columns`.
SYNONYMS = {
    "activity": [
        "business function",
        "name of processing",
        "processing activity",
        "verwerkingsactiviteit",
        "naam verwerking",
        "verarbeitungstätigkeit",
    ],
    "controller": [
        "name and contact details of controller",
        "controller",
        "verwerkingsverantwoordelijke",
        "verantwortlicher",
    ],
    "joint_controllers": [
        "name and contact details of joint controller",
        "joint controller",
        "joint controllers",
        "gezamenlijke verwerkingsverantwoordelijke",
        "gemeinsam verantwortliche",
    ],
    "role": ["role", "rol"],
    "purposes": [
        "purpose of the processing",
        "purpose of processing",
        "purposes",
        "purpose",
        "doel van de verwerking",
        "doeleinden",
        "doel",
        "zweck der verarbeitung",
        "zweck",
    ],
    "bases": ["article 6 lawful basis", "lawful basis", "legal bases", "rechtsgrond", "grondslag"],
    "regime": ["governing law", "wettelijk regime"],
    "law": ["statutory provision", "wettelijke bepaling", "rechtsvorschrift"],
    "interest": ["legitimate interests for the processing", "legitimate interest", "gerechtvaardigd belang"],
    "assessment": ["link to record of legitimate interests assessment", "interests assessment", "belangenafweging"],
    "data_subjects": ["categories of individuals", "data subjects", "categorieën betrokkenen", "betrokkenen"],
    "data": ["categories of personal data", "personal data", "categorieën persoonsgegevens", "persoonsgegevens"],
    "special": ["special", "bijzonder"],
    "condition": [
        "article 9 basis",
        "article 9 condition",
        "condition or statutory basis",
        "voorwaarde",
        "uitzonderingsgrond",
        "schedule 1 condition",
    ],
    "recipients": ["categories of recipients", "recipients", "categorieën ontvangers", "ontvangers", "empfänger"],
    "transfers": [
        "names of third countries",
        "third countries",
        "transfers",
        "doorgifte",
        "derde landen",
        "drittländer",
    ],
    "transfer_safeguards": [
        "safeguards for exceptional transfers",
        "safeguards",
        "waarborgen",
        "garanties",
        "garantien",
    ],
    "retention": ["retention schedule", "retention", "bewaartermijn"],
    "measures": [
        "general description of technical and organisational security measures",
        "security measures",
        "beveiligingsmaatregelen",
    ],
    "source": ["source of personal data", "source of the personal data", "source", "herkomst", "bron", "herkunft"],
    "dpia": ["dpia", "data protection impact assessment required"],
    "automated": ["automated decision-making", "automated decision", "geautomatiseerde besluitvorming"],
    "owner": ["owner", "eigenaar", "role or responsibility"],
    # a data map: one row per system, purpose and data category; rows of one system and purpose are one activity
    "system": ["fides system", "system name", "system", "systeem", "applicatie", "application", "anwendung"],
    "review": ["last review", "laatste review"],
}
# Words that rule a column out for a header even where one of its phrases occurs in it: "Name and contact
# details of joint controller" is not the controller, "The source of the personal data" not the data.
EXCLUDE = {
    "controller": [
        "joint",
        "gezamenlijk",
        "gemeinsam",
        "processor",
        "verwerker",
        "representative",
        "vertegenwoordiger",
        "protection officer",
        "dpo",
        "contract",
    ],
    "data": [
        "third countr",
        "derde land",
        "source",
        "bron",
        "herkomst",
        "transfer",
        "doorgifte",
        "location",
        "locatie",
        "breach",
        "retention",
        "bewaar",
        "special",
        "bijzonder",
        "security",
        "beveilig",
        "article 9",
    ],
    "bases": ["article 9", "special", "bijzonder", "condition"],
    "special": ["article 9", "condition", "basis", "voorwaarde"],
    "interest": ["assessment", "afweging", "link"],
    "transfers": ["safeguard", "waarborg"],
    "recipients": ["third countr", "derde land"],
    "purposes": ["legitimate", "lawful", "rechtsgrond"],
}
_IGNORED_IN_HEADERS = re.compile(
    r"\((if applicable|if possible|indien van toepassing|optional|optioneel)\)|[*:?]", re.I
)


def _header(title: str) -> str:
    return " ".join(_IGNORED_IN_HEADERS.sub(" ", title).lower().replace("_", " ").replace("/", " / ").split())


def _score(header: str, phrase: str) -> float:
    """How well ``phrase`` names ``header``: 3 for the whole header, else more for a phrase that covers
    more of it; each word of the phrase may be the start of a header word ("interest" in "interests")."""
    if header == phrase:
        return 3.0
    words = phrase.split()
    pattern = r"(?<!\w)" + r"\w*\s+".join(re.escape(w) for w in words) + r"\w*"
    if not re.search(pattern, header):
        return 0.0
    return 1.0 + len(words) / max(len(header.split()), 1)


def match_columns(header: list[str], own: dict[str, str]) -> tuple[dict[int, str], list[int]]:
    """Column index -> ropa column, and the indexes no column fits. Every header is scored against every
    column's phrases; the best pairs are taken first, and neither a header nor a column is taken twice."""
    own = {_header(title): column for title, column in own.items()}
    pairs = []
    for index, title in enumerate(header):
        name = _header(title)
        if not name:
            continue
        if name in own:
            pairs.append((4.0, index, own[name]))
            continue
        for column, phrases in SYNONYMS.items():
            if any(word in name for word in EXCLUDE.get(column, ())):
                continue
            best = max(_score(name, phrase) for phrase in phrases)
            if best:
                pairs.append((best, index, column))
    mapping: dict[int, str] = {}
    for _, index, column in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if index not in mapping and column not in mapping.values():
            mapping[index] = column
    unknown = [i for i, title in enumerate(header) if i not in mapping and _header(title)]
    return mapping, unknown


@dataclass
class Report:
    unmapped: list[str] = field(default_factory=list)
    read_as: str = ""  # the format recognised, said to the user first

    def cell(self, row: int, column: str, text: str, why: str) -> None:
        self.unmapped.append(f"row {row}, column {column!r}: {text!r} {why}")


# -- reading spreadsheets -------------------------------------------------------------------------

# Limits on what an imported file may make ropa do: a spreadsheet comes from anywhere, and a register
# of even a large organisation has some thousands of rows.
MAX_FILE_BYTES = 50 * 1024 * 1024  # the file as given
MAX_PART_BYTES = 50 * 1024 * 1024  # one part of a workbook, uncompressed
MAX_PARTS = 2000  # parts in a workbook
MAX_ROWS = 100_000
MAX_COLUMNS = 16_384  # Excel's own limit (column XFD)
MAX_CELL_CHARS = 32_767  # Excel's own limit


class TableError(ValueError):
    """The file is not a table ropa can read, or is over a limit; the message says which."""


def read_table(path: Path) -> list[list[str]]:
    """The rows of the first sheet (or the CSV file), as text."""
    return read_sheets(path)[0][1]


def read_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(sheet name, rows as text) for every sheet of a workbook, in workbook order; one unnamed sheet
    for a CSV file."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TableError(
            f"{path} is {size / 1048576:.0f} MiB; ropa imports files up to {MAX_FILE_BYTES // 1048576} MiB"
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # what Dutch Excel saves as "CSV"
    csv.field_size_limit(MAX_CELL_CHARS * 4)  # the csv module's own limit, above ropa's check below
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)  # spreadsheets save with , or ; (Dutch Excel) or tabs
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True):
            _check_row(path, len(rows), row)
            # ropa's CSV guards cells that look like formulas with a leading apostrophe; take it off again.
            rows.append([c[1:] if c.startswith("'") and c[1:2] in ("=", "+", "-", "@", "\t", "\r") else c for c in row])
    except csv.Error as exc:
        raise TableError(f"{path}, row {len(rows) + 1}: not a CSV row ({exc})") from None
    return [("", rows)]


def _check_row(path: Path, count: int, row: list) -> None:
    if count >= MAX_ROWS:
        raise TableError(f"{path} has more than {MAX_ROWS:,} rows; split it")
    if len(row) > MAX_COLUMNS:
        raise TableError(f"{path}, row {count + 1}: a cell lies beyond column XFD, the last a spreadsheet has")
    if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in row):
        raise TableError(f"{path}, row {count + 1}: a cell is longer than {MAX_CELL_CHARS:,} characters")


def _part(book: zipfile.ZipFile, name: str) -> bytes:
    """One part of a workbook, read no further than the limit, whatever its header claims."""
    with book.open(name) as handle:
        data = handle.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise TableError(
            f"the workbook's part {name} unpacks to more than {MAX_PART_BYTES // 1048576} MiB; a register "
            "is far smaller (is it a zip bomb?)"
        )
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise TableError(f"the workbook's part {name} declares a DTD or entities, which a workbook never needs")
    return data


def _read_xlsx(path: Path) -> list[tuple[str, list[list[str]]]]:
    import zlib

    try:
        with zipfile.ZipFile(path) as book:  # the limits first: openpyxl trusts what the file says
            names = book.namelist()
            if len(names) > MAX_PARTS:
                raise TableError(f"{path} holds {len(names):,} parts; a workbook has a few dozen")
            if not any(re.fullmatch(r"xl/worksheets/[^/]+\.xml", n) for n in names):
                raise TableError(f"{path} holds no worksheet")
            for name in names:
                if name.endswith((".xml", ".rels")):
                    data = _part(book, name)
                    if name.startswith("xl/worksheets/"):
                        for letters in set(re.findall(rb'<c [^>]*?r="([A-Za-z]+)[0-9]', data)):
                            if len(letters) > 3 or _column_number(letters.decode().upper()) > MAX_COLUMNS:
                                raise TableError(
                                    f"{path}: cell {letters.decode()!r}... lies beyond column XFD, the "
                                    "last a spreadsheet has"
                                )
        return _read_workbook(path)
    except TableError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ElementTree.ParseError,
        NotImplementedError,
        RuntimeError,
        OSError,
        ValueError,
        TypeError,
        IndexError,
    ) as exc:
        raise TableError(
            f"{path} is not a readable XLSX workbook ({type(exc).__name__}: {exc}); save it again from "
            "the spreadsheet program, or as CSV"
        ) from None


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _read_workbook(path: Path) -> list[tuple[str, list[list[str]]]]:
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns of styles and extensions it does not read
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in book.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue  # a chart sheet
            sheet.reset_dimensions()  # a workbook's own idea of its size is not trusted
            rows: list[list[str]] = []
            for row in sheet.iter_rows(values_only=True):
                _check_row(path, len(rows), list(row))
                cells = [_cell_text(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
            sheets.append((sheet.title, rows))
    finally:
        book.close()
    if not sheets:
        raise TableError(f"{path} holds no worksheet")
    return sheets


def _cell_text(value: Any) -> str:
    """A typed cell as the text a register holds: a date as YYYY-MM-DD, TRUE as yes, 3.0 as 3."""
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- mapping ------------------------------------------------------------------------------------


def slug(text: str, taken: set[str]) -> str:
    base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:60].strip("-") or "item"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def _reverse(group: str, lang: str) -> dict[str, str]:
    # every wording ropa has (nl, en, de, the statement's variants): a spreadsheet exported in one
    # language reads back whatever the importer's own language; the importer's language wins a clash
    out: dict[str, str] = {}
    for key, entry in labels()[group].items():
        for _variant, text in sorted(entry.items(), key=lambda item: item[0] == lang):
            if isinstance(text, str):
                out[text.lower()] = key
    return out


OWN_COLUMNS = (
    ("activity", "activity"),
    ("controller", "controller"),
    ("role", "role"),
    ("regime_column", "regime"),
    ("purposes", "purposes"),
    ("bases", "bases"),
    ("law_column", "law"),
    ("interest", "interest"),
    ("assessment", "assessment"),
    ("data_subjects", "data_subjects"),
    ("data_categories", "data"),
    ("special", "special"),
    ("condition", "condition"),
    ("recipients", "recipients"),
    ("transfers", "transfers"),
    ("retention", "retention"),
    ("measures", "measures"),
    ("source", "source"),
    ("dpia", "dpia"),
    ("automated", "automated"),
    ("owner", "owner"),
    ("review", "review"),
)

FREE_TEXT = {"bases", "law", "interest", "assessment", "special", "condition", "transfers", "retention"}


def _split(cell: str, lines_only: bool = False) -> list[str]:
    """Items of a cell: one per line (ropa's own export of free text), else separated by semicolons."""
    parts = cell.split("\n") if lines_only or "\n" in cell.strip() else cell.split(";")
    return [part.strip() for part in parts if part.strip()]


class Importer:
    def __init__(self, lang: str):
        self.lang = lang
        self.report = Report()
        self.defs: dict[str, dict[str, dict]] = {
            k: {} for k in ("purpose", "data-category", "data-subject", "recipient", "measure")
        }
        self.ids: dict[str, dict[str, str]] = {k: {} for k in self.defs}
        self.activities: dict[str, dict] = {}
        self.organisation: dict = {"name": "", "language": lang, "statement": {"languages": [lang]}}
        self.words = {k: str(v).lower() for k, v in _wording(lang).items()}
        self.own = False
        self.own_lang = lang  # the language of ropa's own export, where that is what is read
        self.grouped: dict[tuple[str, str], str] = {}  # (system, purposes) -> activity id, for a data map
        self.country_names = {
            name.lower(): code
            for code, entry in countries().items()
            for name in entry.values()
            if isinstance(name, str)
        }

    def columns(self, header: list[str]) -> dict[int, str]:
        titles = {" ".join(title.lower().split()) for title in header}
        own: dict[str, str] = {}
        # ropa's own export (its exact headers, in whichever language it was written) writes free-text
        # items one per line; the importer's own language is tried first
        for lang, words in [(self.lang, self.words)] + [
            (other, w) for other, w in _all_words().items() if other != self.lang
        ]:
            candidate = {words.get(f"i.{key}", ""): column for key, column in OWN_COLUMNS}
            if sum(1 for title in titles if title in candidate) >= len(candidate) - 2:
                own, self.own, self.own_lang = candidate, True, lang
                break
        else:
            own = {self.words.get(f"i.{key}", ""): column for key, column in OWN_COLUMNS}
        mapping, unknown = match_columns(header, own)
        for index in unknown:
            self.report.unmapped.append(
                f"column {header[index]!r} is not a column ropa knows; its cells are not imported"
            )
        return mapping

    def title_block(self, rows: list[tuple[int, list[str]]]) -> None:
        """Rows above the header: "label | value" pairs that name the organisation (as a data map's
        controller block does) become its facts; every other cell is reported."""
        for number, row in rows:
            cells = [c.strip() for c in row if c.strip()]
            label = _header(cells[0]) if cells else ""
            field = next((f for f, words in TITLE_FIELDS.items() if label in words), None)
            if field and len(cells) >= 2:
                value = " ".join(cells[1:])
                if field == "dpo":
                    self.organisation["dpo"] = {"name": value}
                elif (field == "email" and "@" not in value) or (
                    field == "website" and not value.startswith(("http://", "https://"))
                ):
                    self.report.cell(
                        number,
                        cells[0],
                        value,
                        f"is not a{'n e-mail address' if field == 'email' else ' web address'}: not imported",
                    )
                    continue
                else:
                    self.organisation[field] = value
                self.report.unmapped.append(
                    f"row {number}: {cells[0]!r} above the header is read as the organisation's {field}: {value!r}"
                )
            elif cells:
                self.report.unmapped.append(f"row {number}: {' | '.join(cells)!r} above the header is not imported")

    def define(self, what: str, name: str, /, **fields: Any) -> str:
        """The id of the definition of kind ``what`` named ``name``, created on first use; ``fields``
        (a recipient's `kind`, say) are set on it."""
        if name in self.ids[what]:
            return self.ids[what][name]
        ident = slug(name, set(self.defs[what]))
        self.ids[what][name] = ident
        self.defs[what][ident] = {
            "id": ident,
            **({"category": name} if what == "recipient" else {"name": name}),
            **fields,
        }
        return ident

    def _controller(self, activity: dict, cell: str) -> None:
        """The controller column: for a processor activity its client controllers; else the organisation
        (on its first row), or a body of it or another controller, and joint controllers after `;`."""
        parts = [p.strip() for p in cell.split(";") if p.strip()]
        if activity.get("role") == "processor":
            listing = str(self.words.get("i.client_list", "")).lower()
            for part in parts:
                label, _, count = part.partition(":")
                if listing and label.strip().lower() == listing:
                    activity["client_list"] = {"count": int(count)} if count.strip().isdigit() else {}
                else:
                    activity.setdefault("controllers", []).append({"name": part})
            return
        first, joint = parts[0], parts[1:]
        main, email = _name_and_email(first)
        if not self.organisation["name"]:
            self.organisation["name"] = main
            if email:
                self.organisation["email"] = email
        elif main != self.organisation["name"]:  # a body of the organisation is this activity's controller
            bodies = self.organisation.setdefault("bodies", [])
            found = next((b["id"] for b in bodies if b["name"] == main), None)
            if found is None:
                found = slug(main, {b["id"] for b in bodies})
                bodies.append({"id": found, "name": main})
            activity["controller"] = found
        if joint:
            activity["joint_controllers"] = [self.define("recipient", j, kind="joint-controller") for j in joint]

    def split(self, cells: dict[str, str], column: str) -> list[str]:
        return _split(cells.get(column, ""), lines_only=self.own and column in FREE_TEXT)

    def row(self, number: int, cells: dict[str, str]) -> None:
        cells = dict(cells)
        none: set[str] = set()  # columns whose cell says there is nothing ("N/A", "geen")
        for column, value in cells.items():
            word = value.strip().lower().rstrip(".")
            if word in NOT_APPLICABLE or (word in NONE and column in ("recipients", "transfers")):
                cells[column] = ""
                if column in ("recipients", "transfers"):
                    none.add(column)
                    self.report.cell(
                        number,
                        column,
                        value.strip(),
                        "is read as none: the activity records no "
                        + ("recipients" if column == "recipients" else "transfers outside the EEA"),
                    )
                elif column != "activity":
                    self.report.cell(number, column, value.strip(), "is read as empty (not applicable)")
        name = cells.get("activity", "").strip()
        system = "" if self.own else cells.get("system", "").strip()  # ropa's own export has an activity column
        group = None
        if system and cells.get("purposes", "").strip():
            # a data map names the department in the activity column: the activity is a system's purpose
            group = (system, cells["purposes"].strip())
            department, name = name, f"{cells['purposes'].strip()} ({system})"
            if department:
                cells["owner"] = cells.get("owner", "").strip() or department
        if not name:
            if any(v.strip() for v in cells.values()):
                self.report.cell(number, "activity", "", "is empty: the row has no activity name and is skipped")
            return
        activity: dict = {"id": slug(name, set(self.activities)), "name": name}
        if system:
            activity["systems"] = [{"name": system}]
        role = _reverse("role", self.lang).get(cells.get("role", "").strip().lower())
        if role:
            activity["role"] = role
        elif cells.get("role", "").strip():
            self.report.cell(number, "role", cells["role"], "is not a role (controller or processor)")
        if cells.get("controller", "").strip():
            self._controller(activity, cells["controller"])
        for joint in self.split(cells, "joint_controllers"):
            name, email = _name_and_email(joint)
            ident = self.define("recipient", name or joint, kind="joint-controller")
            if email:
                self.defs["recipient"][ident]["contact"] = {"email": email}
            if ident not in activity.setdefault("joint_controllers", []):
                activity["joint_controllers"].append(ident)
        purposes: list[dict[str, Any]] = [{"purpose": self.define("purpose", p)} for p in self.split(cells, "purposes")]
        names = [self.defs["purpose"][u["purpose"]]["name"] for u in purposes]
        bases = _reverse("legal_basis", self.lang)
        unpaired_label = self.words.get("i.basis_unpaired", "")
        entries, unpaired = [], []
        for part in self.split(cells, "bases"):
            label, _, rest = part.partition(":")
            if not unpaired_label or label.strip().lower() != unpaired_label:
                entries.append(part)
                continue
            # the bases the activity gives without pairing them with a purpose (ropa's own export)
            given = [b.strip() for b in rest.split(",") if b.strip()]
            if any(not bases.get(b.lower()) for b in given):
                self.report.cell(number, "bases", part, "has a legal basis ropa does not know")
            unpaired += [bases[b.lower()] for b in given if bases.get(b.lower())]
        for position, part in enumerate(entries):
            purpose, _, rest = part.partition(":")
            if len(entries) == len(purposes) and purpose.strip() == names[position]:
                use = purposes[position]  # one entry per purpose use, in order (ropa's own export)
            elif purpose.strip() in names:
                use = purposes[names.index(purpose.strip())]
            elif len(purposes) == 1 and not rest:
                use, rest = purposes[0], purpose
            else:
                self.report.cell(number, "bases", part, "names no purpose of this row")
                continue
            named = [bases.get(b.strip().lower()) for b in rest.split(",") if b.strip()]
            if None in named:
                self.report.cell(number, "bases", part, "has a legal basis ropa does not know")
            known = [b for b in named if b]
            if known:
                use["basis"] = known[0] if len(known) == 1 else known
        for part in self.split(cells, "law"):  # "purpose: law", one line per purpose with a law
            purpose, _, law = part.partition(":")
            if purpose.strip() in names and law.strip():
                purposes[names.index(purpose.strip())]["law"] = law.strip()
            elif len(purposes) == 1 and not law.strip():
                purposes[0]["law"] = purpose.strip()
            else:
                self.report.cell(number, "law", part, "names no purpose of this row")
        regime = cells.get("regime", "").strip()
        if regime:
            known_regime = _reverse("regime", self.lang).get(regime.lower())
            if known_regime:
                activity["regime"] = known_regime
            else:
                self.report.cell(
                    number, "regime", regime, "is not a regime ropa knows (gdpr, police-data, judicial-data)"
                )
        interests = self.split(cells, "interest")
        assessments = self.split(cells, "assessment")
        li_uses = [
            u
            for u in purposes
            if "legitimate-interests" in (u["basis"] if isinstance(u.get("basis"), list) else [u.get("basis")])
        ]
        for target, values, key in ((li_uses, interests, "legitimate_interest"), (li_uses, assessments, "assessment")):
            if values and len(values) != len(target):
                self.report.cell(
                    number,
                    key,
                    "; ".join(values),
                    f"does not match the {len(target)} purpose(s) on legitimate interests",
                )
            for use, value in zip(target, values, strict=False):
                use[key] = value
        if purposes:
            activity["purposes"] = purposes
        if unpaired:
            activity["bases_unpaired"] = list(dict.fromkeys(unpaired))
        subjects = [self.define("data-subject", s) for s in self.split(cells, "data_subjects")]
        if subjects:
            activity["data_subjects"] = subjects
        data = [{"category": self.define("data-category", c)} for c in self.split(cells, "data")]
        by_category = {self.defs["data-category"][d["category"]]["name"]: d for d in data}
        self._special(number, cells, by_category)
        self._by_category(number, "retention", cells, by_category, lambda use, text: self._retention(number, use, text))
        if data:
            activity["data"] = data
        recipients = [{"recipient": self._recipient(r)} for r in self.split(cells, "recipients")]
        if recipients or "recipients" in none:
            activity["recipients"] = recipients
        transfers = [t for t in (self._transfer(number, part) for part in self.split(cells, "transfers")) if t]
        safeguards = cells.get("transfer_safeguards", "").strip()
        if safeguards and transfers:
            for transfer in transfers:
                transfer.setdefault("safeguards", safeguards)
        elif safeguards:
            self.report.cell(
                number,
                "transfer_safeguards",
                safeguards,
                "names safeguards, but the row has no transfer (no third country): not imported",
            )
        if transfers or "transfers" in none:
            activity["transfers"] = transfers
        measures = [self.define("measure", m) for m in self.split(cells, "measures")]
        if measures:
            activity["measures"] = measures
        sources = _reverse("source_kind", self.lang)
        kinds = []
        for part in self.split(cells, "source"):
            kind = sources.get(part.lower())
            if kind:
                kinds.append({"kind": kind})
            else:
                kinds.append({"kind": "third-party", "description": part})
                self.report.cell(number, "source", part, "is not a kind of source; imported as a third-party source")
        if kinds:
            activity["sources"] = kinds
        for column, key, flag in (("dpia", "dpia", "required"), ("automated", "automated_decisions", "present")):
            value = cells.get(column, "").strip().lower()
            if value:
                if value in YES:
                    activity[key] = {flag: True}
                elif value in NO:
                    activity[key] = {flag: False}
                else:
                    self.report.cell(number, column, cells[column], "is not yes or no")
        if cells.get("owner", "").strip():
            activity["owner"] = cells["owner"].strip()
        review = cells.get("review", "").strip()
        if review:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", review):
                activity["review"] = {"last": review}
            else:
                self.report.cell(number, "review", review, "is not a date (YYYY-MM-DD)")
        if group is not None and group in self.grouped:
            _merge(self.activities[self.grouped[group]], activity)
            return
        if group is not None:
            self.grouped[group] = activity["id"]
        self.activities[activity["id"]] = activity

    def _recipient(self, cell: str) -> str:
        """A recipient, with its kind where the cell ends in one ("Salarisverwerker (verwerker)"), as
        ropa's own export writes it; a recipient of unknown kind gets none (lint asks)."""
        match = re.fullmatch(r"(.+?) \(([^()]+)\)", cell.strip())
        kind = _reverse("recipient_kind", self.lang).get(match.group(2).lower()) if match else None
        if match and kind:
            return self.define("recipient", match.group(1), kind=kind)
        own_kind = _reverse("recipient_kind", self.lang).get(cell.strip().lower())
        return self.define("recipient", cell, **({"kind": own_kind} if own_kind else {}))

    def _retention(self, number: int, use: dict, text: str) -> None:
        """Retention as rules where ropa's own export wrote it; else the text, as the criteria."""
        if not self.own:
            use["retention"] = {"criteria": text}
            return
        rules, lost = read_retention(text, self.own_lang)
        use["retention"] = rules[0] if len(rules) == 1 else rules
        if lost:
            self.report.cell(
                number,
                "retention",
                text,
                "names a period that ropa could not read back as a rule; kept as text (criteria)",
            )

    def _by_category(self, number: int, column: str, cells: dict[str, str], by_category: dict, store) -> None:
        parts = self.split(cells, column)
        if len(by_category) == 1 and len(parts) == 1 and not any(parts[0].startswith(f"{n}:") for n in by_category):
            store(next(iter(by_category.values())), parts[0])  # one category in the row: the cell is about it
            return
        for part in parts:
            name = next((n for n in sorted(by_category, key=len, reverse=True) if part.startswith(f"{n}:")), None)
            if name is None:
                self.report.cell(number, column, part, "names no data category of this row")
                continue
            if part[len(name) + 1 :].strip():
                store(by_category[name], part[len(name) + 1 :].strip())

    def _special(self, number: int, cells: dict[str, str], by_category: dict) -> None:
        specials = _reverse("special_category", self.lang)
        criminal, bsn = self.words.get("i.criminal", "").lower(), self.words.get("i.bsn", "").lower()

        def mark(use: dict, text: str) -> None:
            definition = self.defs["data-category"][use["category"]]
            for word in (w.strip().lower() for w in text.split(",") if w.strip()):
                if word in specials:
                    definition["special"] = specials[word]
                elif word in (criminal, "criminal-offence data", "strafrechtelijke gegevens"):
                    definition["criminal"] = True
                elif word in (bsn, "national identification number", "burgerservicenummer", "bsn"):
                    definition["bsn"] = True
                else:
                    self.report.cell(number, "special", word, "is not a special category")

        self._by_category(number, "special", cells, by_category, mark)
        conditions = _reverse("special_condition", self.lang)

        def condition(use: dict, text: str) -> None:
            definition = self.defs["data-category"][use["category"]]
            if text.lower() in conditions:
                use["special_condition"] = {"condition": conditions[text.lower()]}
            elif definition.get("bsn") and not definition.get("criminal"):
                use["bsn_basis"] = {"law": text}
            else:
                use["criminal_basis"] = {"law": text}

        self._by_category(number, "condition", cells, by_category, condition)

    def _transfer(self, number: int, part: str) -> dict | None:
        match = re.fullmatch(r"(.*?)\s*\((.*)\)", part)
        country_text, mechanisms = (match.group(1), match.group(2)) if match else (part, "")
        transfer: dict = {}
        if country_text.strip() not in ("?", ""):
            # one country, or several as the export joins them ("Verenigde Staten, Argentinië en Bolivia")
            names = [
                n.strip() for n in re.split(r",\s*|\s+(?:en|and|und|or|of|oder)\s+", country_text.strip()) if n.strip()
            ]
            codes = [self.country_names.get(n.lower()) or (n if re.fullmatch(r"[A-Z]{2}", n) else None) for n in names]
            whole = self.country_names.get(country_text.strip().lower())
            if whole is not None:
                codes = [whole]
            if None in codes or not codes:
                self.report.cell(number, "transfers", part, "names no country ropa knows")
                transfer["description"] = country_text.strip()
            elif len(codes) == 1:
                transfer["country"] = codes[0]
            else:
                transfer["countries"] = codes
        known = _reverse("mechanism", self.lang)
        found = []
        for label in _split_labels(mechanisms, known):
            if label.lower() in known:
                found.append(known[label.lower()])
            else:
                self.report.cell(number, "transfers", label, "is not a transfer mechanism ropa knows")
        if found:
            transfer["mechanisms"] = found
        return transfer or None

    def write(self, out: Path) -> list[Path]:
        schemas = find_schema_dir(out)
        written = []
        files = {Path("organisation.yaml"): ("organisation", self.organisation)}
        for kind, items in self.defs.items():
            for ident, data in items.items():
                files[Path(KINDS[kind].subfolder) / f"{ident}.yaml"] = (kind, data)
        for ident, data in self.activities.items():
            files[Path("activities") / f"{ident}.yaml"] = ("activity", data)
        for rel, (kind, data) in files.items():
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(modeline(target, kind, schemas) + dump(data), encoding="utf-8")
            written.append(target)
        return written


def _name_and_email(cell: str) -> tuple[str, str | None]:
    """ "Voorbeeld B.V., privacy@voorbeeld.nl" as the name and the first e-mail address in it."""
    pieces = [p.strip() for p in cell.split(",") if p.strip()]
    emails = [p for p in pieces if "@" in p]
    return ", ".join(p for p in pieces if p not in emails), (emails[0] if emails else None)


def _merge(into: dict, row: dict) -> None:
    """Add a data map row's items to the activity of its system and purpose: lists gain what they lack
    (a data category once, with the first retention given for it), single facts keep their first value."""
    for key, value in row.items():
        if key in ("id", "name"):
            continue
        if isinstance(value, list):
            current = into.setdefault(key, [])
            if key == "data":
                known = {d["category"]: d for d in current}
                for item in value:
                    if item["category"] not in known:
                        current.append(item)
                    elif "retention" in item and "retention" not in known[item["category"]]:
                        known[item["category"]]["retention"] = item["retention"]
            else:
                current.extend(item for item in value if item not in current)
        elif key not in into:
            into[key] = value


def _split_labels(text: str, known: dict[str, str]) -> list[str]:
    """Mechanism labels joined by ", " (labels themselves may hold commas: match the longest known first)."""
    rest, found = text.strip(), []
    while rest:
        label = next((k for k in sorted(known, key=len, reverse=True) if rest.lower().startswith(k)), None)
        if label is None:
            head, _, rest = rest.partition(", ")
            found.append(head)
        else:
            found.append(rest[: len(label)])
            rest = rest[len(label) :].lstrip(", ").strip()
    return found


@cache
def _all_words() -> dict[str, dict[str, str]]:
    """The sentences and labels of every language ropa writes, lower case, by language."""
    from .text import Words

    return {lang: {k: str(v).lower() for k, v in Words(lang).texts.items()} for lang in ("nl", "en", "de")}


# Labels of a title block above the header (a data map's controller block) -> the organisation's field
TITLE_FIELDS = {
    "name": {
        "organization name",
        "organisation name",
        "name of organisation",
        "name of organization",
        "organisation",
        "organization",
        "naam organisatie",
        "organisatie",
        "controller",
        "verwerkingsverantwoordelijke",
    },
    "email": {"email", "e-mail", "e-mailadres", "email address", "contact email"},
    "phone": {"phone", "telephone", "telefoon", "telefoonnummer"},
    "website": {"website", "url"},
    "dpo": {"data protection officer", "dpo", "functionaris gegevensbescherming", "fg", "datenschutzbeauftragter"},
}
# A cell that says the column does not apply; in the recipients and transfers columns, also "none"
NOT_APPLICABLE = {
    "n/a",
    "na",
    "n.a",
    "nvt",
    "n.v.t",
    "not applicable",
    "niet van toepassing",
    "nicht zutreffend",
    "entfällt",
    "-",
    "–",
    "—",
}
NONE = {"none", "geen", "keine", "no", "nee", "nein"}
YES = {"yes", "ja", "y", "true", "oui", "j"}
NO = {"no", "nee", "nein", "n", "false", "non"}


def _wording(lang: str) -> dict:
    from .text import Words

    return Words(lang).texts


def detect_language(rows: list[list[str]]) -> str:
    """The language whose labels (roles, legal bases, kinds of source, yes and no) the cells use most;
    Dutch where none stands out."""
    scores = {}
    for lang in ("nl", "en", "de"):
        words = {
            str(entry[lang]).lower()
            for group in ("role", "legal_basis", "source_kind")
            for entry in labels()[group].values()
            if isinstance(entry.get(lang), str)
        }
        words |= {_all_words()[lang].get("yes", ""), _all_words()[lang].get("no", "")}
        scores[lang] = sum(
            1 for row in rows for cell in row for part in re.split(r"[;\n]", cell) if part.strip().lower() in words
        )
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > scores["nl"] else "nl"


# Headers only a known template has, to say which one a spreadsheet was read as
_TEMPLATES = (
    (
        "the ICO's documentation template for controllers",
        {
            "business function",
            "article 6 lawful basis for processing personal data",
            "retention schedule",
            "categories of individuals",
        },
    ),
    (
        "the AP's model register (verwerkingsregister)",
        {"naam verwerking", "doel van de verwerking", "categorieën betrokkenen", "categorieën persoonsgegevens"},
    ),
)


def _template(header: list[str], mapping: dict[int, str], own: bool) -> str:
    if own:
        return "ropa's own export"
    names = {_header(title) for title in header}
    for label, marks in _TEMPLATES:
        if sum(1 for mark in marks if any(name.startswith(mark) for name in names)) >= 3:
            return f"{label} ({len(mapping)} of {len(names)} columns mapped)"
    return f"a spreadsheet with {len(mapping)} of {len(names)} columns mapped"


def _stack(upper: list[str], lower: list[str]) -> list[str]:
    """A header set over two rows (a title merged over its sub-columns): the upper title, carried over
    the columns its merged cell spans, before each lower one."""
    out, group = [], ""
    for j in range(max(len(upper), len(lower))):
        top = upper[j].strip() if j < len(upper) else ""
        bottom = lower[j].strip() if j < len(lower) else ""
        if top:
            group = top if bottom else ""  # a title over sub-columns carries on; a title alone does not
            out.append(f"{top} {bottom}".strip())
        else:
            out.append(f"{group} {bottom}".strip() if bottom else "")
            group = group if bottom else ""
    return out


def _find_header(rows: list[list[str]], lang: str) -> tuple[int, int, list[str]] | None:
    """(first header row, last header row, header) among the first 20 rows: one row, or two stacked."""

    def fits(header: list[str]) -> int:
        columns = Importer(lang).columns(header)
        return len(columns) if len(columns) >= 3 and "activity" in columns.values() else 0

    for i, row in enumerate(rows[:20]):
        if fits(row):
            # a title over sub-columns in the row below makes the header two rows high
            if i + 1 < len(rows) and fits(stacked := _stack(row, rows[i + 1])) > fits(row):
                return i, i + 1, stacked
            return i, i, row
    for i, row in enumerate(rows[:20]):
        if i + 1 < len(rows) and fits(stacked := _stack(row, rows[i + 1])):
            return i, i + 1, stacked
    return None


def import_table(
    path: Path,
    out: Path,
    *,
    lang: str | None = None,
    force: bool = False,
    sheet: str | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> tuple[list[Path], Report]:
    progress(f"reading {path}")
    sheets = read_sheets(path)
    if sheet is not None and sheet not in [name for name, _ in sheets]:
        raise ValueError(f"{path} has no sheet {sheet!r}; its sheets are " + ", ".join(repr(n) for n, _ in sheets))
    found = None
    for name, table in sheets:  # the first sheet, in workbook order, with a register's header row
        if sheet is not None and name != sheet:
            continue
        # row numbers as the spreadsheet shows them: blank rows are skipped but still counted
        numbered = [(n, r) for n, r in enumerate(table, start=1) if any(c.strip() for c in r)]
        rows = [r for _, r in numbered]
        if not rows:
            continue
        lang = lang or detect_language(rows[:200])
        located = _find_header(rows, lang)
        if located is not None:
            found = (name, numbered, rows, *located)
            break
    if found is None:
        where = f"sheet {sheet!r}" if sheet else ("any sheet" if len(sheets) > 1 else "the file")
        raise ValueError(
            f"{path}: no header row with a processing-activity column was found in the first 20 rows of {where}"
        )
    name, numbered, rows, first, header_index, header = found
    importer = Importer(lang or "nl")
    importer.title_block(numbered[:first])
    mapping = importer.columns(header)
    importer.report.read_as = importer.report.read_as or _template(header, mapping, importer.own)
    if len(sheets) > 1:
        importer.report.read_as += f", sheet {name!r}"
        skipped = [n for n, _ in sheets[: [n for n, _ in sheets].index(name)]]
        if skipped and sheet is None:
            importer.report.unmapped.append(
                "sheet"
                + ("s " if len(skipped) > 1 else " ")
                + ", ".join(repr(n) for n in skipped)
                + " before it hold"
                + ("" if len(skipped) > 1 else "s")
                + " no register and "
                + ("are" if len(skipped) > 1 else "is")
                + " not imported"
            )
    if out.exists() and any(out.iterdir()) and not force:
        raise FileExistsError(f"{out} exists and is not empty; ropa never overwrites files unless given --force")
    total = len(rows) - header_index - 1
    for position, (number, row) in enumerate(numbered[header_index + 1 :], start=1):
        if position % 500 == 0:
            progress(f"mapping row {position} of {total}")
        importer.row(number, {column: row[index] if index < len(row) else "" for index, column in mapping.items()})
    progress(f"writing {len(importer.activities)} activities into {out}")
    if not importer.organisation["name"]:
        importer.organisation["name"] = path.stem
        importer.report.unmapped.append(
            "no controller column: organisation.yaml is named after the file; fill in `name`"
        )
    return importer.write(out), importer.report


def import_file(
    path: Path,
    out: Path,
    *,
    lang: str | None = None,
    force: bool = False,
    sheet: str | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> tuple[list[Path], Report]:
    """`ropa import`: the export of the Dutch government's AVG register tool (DICTU, a .zip or .json,
    which has no language or sheets to choose) where ``path`` is one, else a spreadsheet register."""
    from .dictu import import_dictu, looks_like_dictu

    if looks_like_dictu(path):
        return import_dictu(path, out, force=force, progress=progress)
    return import_table(path, out, lang=lang, force=force, sheet=sheet, progress=progress)


#: What :func:`import_file` raises for a file it cannot read, or a damaged one: an OSError, or the error of
#: a broken zip, XML or CSV. (A ValueError says that the file was read but holds no register.)
UNREADABLE: tuple[type[Exception], ...] = (
    OSError,
    zipfile.BadZipFile,
    ElementTree.ParseError,
    csv.Error,
    IndexError,
    KeyError,
)


__all__ = ["import_file", "import_table", "Report", "read_table", "UNREADABLE"]
