"""ropa export and ropa import: deterministic data, ICO/AP-style spreadsheets, and ropa's own CSV
and XLSX surviving an import and export unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT
from ropa.cli import main
from ropa.export import export
from ropa.importer import import_table, read_table
from ropa.lint import lint

REGISTERS = ["register"] + [f"examples/{p.name}" for p in sorted((ROOT / "examples").iterdir()) if p.is_dir()]


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "jsonld"])
def test_exports_are_the_same_bytes_in_another_process(fmt, tmp_path):
    """Deterministic across processes, not only within one: another interpreter with another hash seed
    (the order of sets), another working directory and an empty cache writes the same bytes."""
    out = tmp_path / f"register.{fmt}"
    env = {**os.environ, "PYTHONHASHSEED": "4242", "ROPA_CACHE_DIR": str(tmp_path / "cache")}
    ropa = str(Path(sys.executable).parent / "ropa")
    command = [ropa, "export", str(ROOT / "register"), "--format", fmt, "--out", str(out)]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == export(ROOT / "register", fmt)


@pytest.mark.parametrize("name", REGISTERS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_own_export_survives_import_and_export(name, fmt, tmp_path):
    first = tmp_path / f"register.{fmt}"
    first.write_bytes(export(ROOT / name, fmt))
    written, report = import_table(first, tmp_path / "imported")
    assert report.unmapped == []
    assert lint(tmp_path / "imported", use_cache=False).structural_errors == []
    assert export(tmp_path / "imported", fmt) == first.read_bytes()


def test_xlsx_reads_back_as_the_csv_rows(tmp_path):
    (tmp_path / "r.xlsx").write_bytes(export(ROOT / "register", "xlsx"))
    (tmp_path / "r.csv").write_bytes(export(ROOT / "register", "csv"))
    assert read_table(tmp_path / "r.xlsx") == read_table(tmp_path / "r.csv")


ICO = (
    "Business function,Purpose of the processing,Name and contact details of controller,Categories of individuals,"
    "Categories of personal data,Categories of recipients,Names of third countries or international organisations,"
    "Retention schedule (if possible),Article 6 lawful basis for processing personal data,Favourite colour\n"
    'HR,Payroll,"Voorbeeld B.V., privacy@voorbeeld.example",Employees,Bank details,Payroll provider,'
    '"United States (standard contractual clauses of the European Commission (Decision (EU) 2021/914))",'
    '"Bank details: seven years",Payroll: legal obligation,blue\n'
    'Marketing,"Newsletter; Events",,Subscribers,E-mail address,Mail provider,Mars (adequacy),,'
    '"Newsletter: vibes; Events: consent",green\n'
)


def test_ico_style_spreadsheet_is_mapped_and_the_rest_reported(tmp_path):
    source = tmp_path / "ico.csv"
    source.write_text(ICO, encoding="utf-8")
    written, report = import_table(source, tmp_path / "register", lang="en")
    text = "\n".join(report.unmapped)
    assert "'Favourite colour' is not a column ropa knows" in text
    assert "'Mars (adequacy)' names no country ropa knows" in text
    assert "'Newsletter: vibes' has a legal basis ropa does not know" in text
    result = lint(tmp_path / "register", use_cache=False)
    assert result.structural_errors == []
    activity = (tmp_path / "register" / "activities" / "hr.yaml").read_text()
    assert "basis: legal-obligation" in activity and "country: US" in activity and "mechanisms:\n  - scc" in activity
    assert "name: Voorbeeld B.V." in (tmp_path / "register" / "organisation.yaml").read_text()


def test_import_never_overwrites_unless_asked(tmp_path):
    source = tmp_path / "r.csv"
    source.write_bytes(export(ROOT / "register", "csv"))
    target = tmp_path / "register"
    target.mkdir()
    (target / "organisation.yaml").write_text("name: Mijn eigen B.V.\n")
    result = CliRunner().invoke(main, ["import", str(source), "--out", str(target)])
    assert result.exit_code == 1 and "never overwrites" in result.stderr
    assert (target / "organisation.yaml").read_text() == "name: Mijn eigen B.V.\n"
    assert CliRunner().invoke(main, ["import", str(source), "--out", str(target), "--force"]).exit_code == 0


def test_import_of_a_spreadsheet_without_an_activity_column_is_refused(tmp_path):
    source = tmp_path / "x.csv"
    source.write_text("a,b,c\n1,2,3\n")
    result = CliRunner().invoke(main, ["import", str(source), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no header row" in result.stderr


def test_jsonld_uses_dpv_terms():
    document = json.loads(export(ROOT / "register", "jsonld"))
    assert document["@context"]["dpv"] == "https://w3id.org/dpv#"
    activities = [n for n in document["@graph"] if n["@type"] == "dpv:Process"]
    assert len(activities) == len(list((ROOT / "register" / "activities").glob("*.yaml")))
    assert all(a["@id"].startswith("https://www.kwartelaar.example/ropa/activity/") for a in activities)
    bases = {b["@id"] for a in activities for b in a.get("dpv:hasLegalBasis", [])}
    assert {"eu-gdpr:A6-1-a", "eu-gdpr:A6-1-b", "eu-gdpr:A6-1-c", "eu-gdpr:A6-1-f", "eu-gdpr:A9-2-h"} <= bases
    transfers = [t for a in activities for t in a.get("dpv:hasProcess", [])]
    assert transfers and all(t["dpv:hasProcessing"] == {"@id": "dpv:Transfer"} for t in transfers)
    assert any({"@id": "eu-gdpr:A46-2-c"} in t.get("dpv:hasLegalBasis", []) for t in transfers)
    durations = [
        s["dpv:hasDuration"] for a in activities for s in a.get("dpv:hasStorageCondition", []) if "dpv:hasDuration" in s
    ]
    assert {"@value": "P4W", "@type": "xsd:duration"} in durations


def _odd_places(site) -> dict:
    """Every place the JSON-LD document takes a value of the register as it is, as a setter."""
    rule = next(
        r for a in site.activities for d in a.get("data", []) for r in d.get("retention") or [] if "period" in r
    )
    return {
        "email": lambda v: site.organisation.__setitem__("email", v),
        "website": lambda v: site.organisation.__setitem__("website", v),
        "name": lambda v: site.organisation.__setitem__("name", v),
        "activity": lambda v: site.activities[0].__setitem__("name", v),
        "language": lambda v: site.activities[0].__setitem__("name", {"nl": "naam", v: "x"}),
        "purpose": lambda v: next(iter(site.definitions["purpose"].values())).__setitem__("name", v),
        "period": lambda v: rule.__setitem__("period", v),
    }


@pytest.mark.parametrize("place", ["email", "website", "name", "activity", "language", "purpose", "period"])
@pytest.mark.parametrize(
    "odd",
    [1e-05, float("nan"), 2**70, __import__("datetime").date(2026, 1, 1)],
    ids=["exponent", "nan", "big", "date"],
)
def test_jsonld_is_written_as_json_dumps_writes_it_whatever_the_register_holds(place, odd, monkeypatch):
    """orjson writes the document where the register's values in it are plain, and only those are looked at;
    a value orjson would write otherwise (or json.dumps not at all) sends the document to the other writer."""
    from ropa.site import exports, jsonld
    from ropa.site.view import build_site

    site = build_site(lint(ROOT / "register", rules=False).register, "internal")
    asked: list = []
    real = exports.plain_values
    monkeypatch.setattr(jsonld, "plain_values", lambda value: asked.append(value) or real(value))
    plain = json.dumps(jsonld.document(site), ensure_ascii=False, indent=2, sort_keys=True)
    assert jsonld.to_jsonld(site) == (plain + "\n").encode("utf-8")
    assert asked == [[]]  # the register's values that are no text, not the graph
    _odd_places(site)[place](odd)
    try:
        expected = json.dumps(jsonld.document(site), ensure_ascii=False, indent=2, sort_keys=True)
    except TypeError:
        with pytest.raises(TypeError):
            jsonld.to_jsonld(site)
        return
    assert expected != plain
    assert jsonld.to_jsonld(site) == (expected + "\n").encode("utf-8")


DPV_TERMS = {
    line
    for line in (ROOT / "tests" / "data" / "dpv-2.3-terms.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
}


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's parser
@pytest.mark.parametrize("name", REGISTERS)
def test_every_jsonld_iri_is_a_current_dpv_term_or_the_organisations_own(name):
    import rdflib

    graph = rdflib.Graph().parse(data=export(ROOT / name, "jsonld").decode("utf-8"), format="json-ld")
    assert len(graph) > 50
    organisation = yaml.safe_load((ROOT / name / "organisation.yaml").read_text(encoding="utf-8"))
    from ropa.site.jsonld import base_of

    base = base_of(organisation)
    outside = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, rdflib.URIRef):
                iri = str(node)
                if iri.startswith("https://w3id.org/dpv"):
                    if iri not in DPV_TERMS:
                        outside.add(iri)
                elif not iri.startswith(
                    (base, "http://purl.org/dc/terms/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                ):
                    outside.add(iri)
    assert outside == set()
    durations = [o for o in graph.objects(None, rdflib.URIRef("https://w3id.org/dpv#hasDuration"))]
    assert all(d.datatype == rdflib.XSD.duration for d in durations)


def test_two_organisations_never_share_a_controller_iri():
    from ropa.site.jsonld import base_of

    assert base_of({"name": "Gemeente A"}) != base_of({"name": "Gemeente B"})
    assert base_of({"name": "X", "website": "https://x.example"}) == "https://x.example/ropa/"
    assert (
        base_of({"name": "X", "linked_data_base": "https://id.x.example/register"}) == "https://id.x.example/register/"
    )


def test_export_command(tmp_path):
    out = tmp_path / "r.xlsx"
    assert (
        CliRunner().invoke(main, ["export", str(ROOT / "register"), "--format", "xlsx", "--out", str(out)]).exit_code
        == 0
    )
    assert out.read_bytes()[:2] == b"PK"
    result = CliRunner().invoke(
        main, ["export", str(ROOT / "register"), "--format", "csv", "--out", "-", "--lang", "en"]
    )
    assert result.stdout.startswith("\ufeffProcessing activity,Controller,")


# -- the Dutch central government's AVG register tool (DICTU) ---------------------------------------


@pytest.fixture
def dictu_sample():
    return ROOT / "tests" / "data" / "dictu-avg-export-sample.zip"  # source and licence: tests/data/README.md


def test_the_government_register_export_imports_lints_and_builds(dictu_sample, tmp_path):
    from ropa.dictu import import_dictu
    from ropa.site.build import build

    written, report = import_dictu(dictu_sample, tmp_path / "register")
    assert report.read_as.startswith("the JSON export of the central government's AVG register tool")
    result = lint(tmp_path / "register", use_cache=False)
    assert result.structural_errors == []
    activities = {a.data["id"]: a.data for a in result.register.of_kind("activity")}
    assert {a["name"] for a in activities.values()} == {"Jet Tours", "Test"}
    controller = next(a for a in activities.values() if a["name"] == "Jet Tours")
    assert controller["purposes"][0]["basis"] == "consent"  # "Toestemming betrokkene"
    assert controller["provision"] == {
        "obliged": True,
        "consequence": "Dan kan de betrokkene geen gebruik maken van het Platform.",
    }
    categories = {c.data["id"]: c.data for c in result.register.of_kind("data-category")}
    specials = {categories[d["category"]].get("special") for d in controller["data"]}
    assert {"health", "racial-ethnic-origin"} <= specials  # the group's flags
    processor = next(a for a in activities.values() if a.get("role") == "processor")
    assert processor["controllers"][0]["name"].startswith("De Minister van Volksgezondheid")
    assert processor["processing_categories"] == [
        "Afschermen",
        "Gebruiken",
        "Opvragen",
        "Wissen/vernietigen van gegevens",
    ]
    police = next(a for a in activities.values() if a.get("regime") == "police-data")
    assert police["purposes"][0]["law"] == "Wet politiegegevens, art. 8"
    assert police["data_subjects"] == ["slachtoffers"]
    # what could not be structured is said, not dropped
    assert any("'Land' names no country" in line for line in report.unmapped)
    report = build(tmp_path / "register", tmp_path / "site", use_cache=False, publish_with_errors=True)
    assert (tmp_path / "site" / "public" / "index.html").is_file()


def test_a_dictu_part_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    import zipfile

    from ropa import dictu
    from ropa.importer import TableError

    source = tmp_path / "export.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "AVG Verantwoordelijke Verwerkingen/JSON/a.json", "[" + ",".join(['{"Naam": "x"}'] * 5000) + "]"
        )
    monkeypatch.setattr(dictu, "MAX_PART_BYTES", 10_000)
    with pytest.raises(TableError, match="unpacks to more than"):
        dictu.read_export(source)


def test_the_cli_recognises_the_export(dictu_sample, tmp_path):
    result = CliRunner().invoke(main, ["import", str(dictu_sample), "--out", str(tmp_path / "register")])
    assert result.exit_code == 0, result.output
    assert "read as the JSON export of the central government's AVG register tool (DICTU)" in result.stderr


# The headers of the ICO's documentation template for controllers, as its workbook writes them
ICO_TEMPLATE = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 condition for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "The source of the personal data (if applicable)",
]


def test_ico_template_headers_are_matched_by_meaning(tmp_path):
    from ropa.importer import match_columns

    mapping, unknown = match_columns(ICO_TEMPLATE, {})
    by_header = {ICO_TEMPLATE[i]: column for i, column in mapping.items()}
    assert by_header["Purpose of processing"] == "purposes"
    assert by_header["Name and contact details of joint controller (if applicable)"] == "joint_controllers"
    assert "controller" not in by_header.values()  # the joint controller never becomes the organisation
    assert by_header[ICO_TEMPLATE[7]] == "transfers" and by_header[ICO_TEMPLATE[8]] == "transfer_safeguards"
    assert by_header["Categories of personal data"] == "data"
    assert by_header["Article 9 condition for processing special category data"] == "condition"
    assert by_header["Legitimate interests for the processing (if applicable)"] == "interest"
    assert by_header["Link to record of legitimate interests assessment (if applicable)"] == "assessment"
    assert by_header["The source of the personal data (if applicable)"] == "source"
    assert [ICO_TEMPLATE[i] for i in unknown] == ["Link to contract with processor", "Rights available to individuals"]


def test_an_ico_template_imports_with_every_cell_placed_or_reported(tmp_path):
    import csv

    rows = [
        ["Documentation template for controllers"],
        [],
        ICO_TEMPLATE,
        [
            "HR",
            "Payroll",
            "N/A",
            "Employees",
            "Bank details",
            "Payroll provider",
            "contracts/payroll.pdf",
            "United States (standard contractual clauses of the European Commission (Decision (EU) 2021/914))",
            "TIA-2024-03 and encryption at rest",
            "Bank details: seven years",
            "Technical: encryption",
            "Payroll: legal obligation",
            "N/A",
            "N/A",
            "N/A",
            "Access, rectification",
            "data subject",
        ],
        [],
        [
            "Research",
            "Study",
            "Universiteit Voorbeeld, privacy@uni.example",
            "Participants",
            "Health data",
            "N/A",
            "",
            "N/A",
            "",
            "Health data: five years",
            "",
            "Study: legitimate interests",
            "Health data: explicit consent",
            "Advancing research",
            "LIA-7",
            "",
            "third party",
        ],
    ]
    source = tmp_path / "ico.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    written, report = import_table(source, tmp_path / "register", lang="en")
    text = "\n".join(report.unmapped)
    assert report.read_as.startswith("the ICO's documentation template for controllers")
    assert "'Link to contract with processor' is not a column ropa knows" in text
    assert "row 6, column 'recipients': 'N/A' is read as none" in text  # the row number the sheet shows
    assert "row 4, column 'joint_controllers': 'N/A' is read as empty" in text
    assert not (tmp_path / "register" / "recipients" / "n-a.yaml").exists()
    hr = yaml.safe_load((tmp_path / "register" / "activities" / "hr.yaml").read_text())
    assert (
        hr["transfers"][0]["country"] == "US"
        and hr["transfers"][0]["safeguards"] == "TIA-2024-03 and encryption at rest"
    )
    research = yaml.safe_load((tmp_path / "register" / "activities" / "research.yaml").read_text())
    assert research["recipients"] == [] and research["transfers"] == []
    assert research["purposes"][0]["legitimate_interest"] == "Advancing research"
    assert research["purposes"][0]["assessment"] == "LIA-7"
    joint = research["joint_controllers"][0]
    assert (
        yaml.safe_load((tmp_path / "register" / "recipients" / f"{joint}.yaml").read_text())["kind"]
        == "joint-controller"
    )
    assert research["data"][0]["special_condition"] == {"condition": "explicit-consent"}
    # nothing became the organisation but a controller column, and there is none
    assert "no controller column" in text
    assert lint(tmp_path / "register", use_cache=False).structural_errors == []


# A data map export: the controller block above the header, then one row per system, purpose and data
# category (the column titles of a data-mapping tool's export)
DATA_MAP = [
    ["Organization Name", "Voorbeeld Software B.V."],
    ["Data Protection Officer", "J. de Vries"],
    [],
    [
        "Fides Dataset",
        "Fides System",
        "Department or Business Function",
        "Purpose of Processing",
        "Joint Controller",
        "Categories of Individuals",
        "Categories of Personal Data (Fides Taxonomy)",
        "Categories of Recipients",
        "Link to Contract with Processor",
        "Third Country Transfers",
        "Safeguards for Exceptional Transfers of Personal Data",
        "Retention Schedule",
        "General Description of Security Measures",
        "Role or Responsibility",
        "Article 6 lawful basis for processing personal data",
        "Article 9 condition for processing special category data",
        "Legitimate interests for the processing (if applicable)",
        "Link to record of legitimate interests assessment (if applicable)",
        "Rights available to individuals",
        "Existence of automated decision-making, including profiling (if applicable)",
        "The source of the personal data (if applicable)",
        "Data Protection Impact Assessment required?",
    ],
]
for system, purpose, category, retention in (
    ("CRM", "Customer support", "Contact details", "2 years after the end of the contract"),
    ("CRM", "Customer support", "Order history", "N/A"),
    ("CRM", "Marketing", "Contact details", "N/A"),
    ("Payroll", "Salary payment", "Bank details", "N/A"),
    ("Payroll", "Salary payment", "Salary", "N/A"),
):
    DATA_MAP.append(
        [
            "N/A",
            system,
            "Engineering",
            purpose,
            "N/A",
            "Customers" if system == "CRM" else "Employees",
            category,
            "N/A",
            "N/A",
            "N/A",
            "N/A",
            retention,
            "N/A",
            "Data steward",
            "contract" if purpose != "Marketing" else "consent",
            "N/A",
            "N/A",
            "N/A",
            "N/A",
            "N/A",
            "N/A",
            "No",
        ]
    )


def test_a_data_map_becomes_one_activity_per_system_and_purpose(tmp_path):
    import csv

    source = tmp_path / "datamap.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(DATA_MAP)
    written, report = import_table(source, tmp_path / "register", lang="en")
    activities = sorted(p.stem for p in (tmp_path / "register" / "activities").glob("*.yaml"))
    assert len(activities) == 3, activities  # not five activities named "Engineering"
    support = yaml.safe_load((tmp_path / "register" / "activities" / "customer-support-crm.yaml").read_text())
    assert support["name"] == "Customer support (CRM)" and support["owner"] == "Data steward"
    assert [d["category"] for d in support["data"]] == ["contact-details", "order-history"]
    assert support["data"][0]["retention"] == {"criteria": "2 years after the end of the contract"}
    assert support["systems"] == [{"name": "CRM"}] and support["dpia"] == {"required": False}
    organisation = yaml.safe_load((tmp_path / "register" / "organisation.yaml").read_text())
    assert organisation["name"] == "Voorbeeld Software B.V." and organisation["dpo"] == {"name": "J. de Vries"}
    text = "\n".join(report.unmapped)
    assert "row 1: 'Organization Name' above the header is read as the organisation's name" in text
    assert "'Fides Dataset' is not a column ropa knows" in text
    assert lint(tmp_path / "register", use_cache=False).structural_errors == []


def test_a_real_workbook_with_typed_cells_merged_headers_and_an_instructions_sheet(tmp_path):
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    instructions = book.active
    instructions.title = "Instructions"
    instructions["A1"] = "Fill in one row per processing activity."
    register = book.create_sheet("Register")
    register.append(["Verwerkingsregister Voorbeeld B.V."])
    register.append([])
    # a title merged over its two sub-columns, the other headers merged over both header rows
    register.append(["Naam verwerking", "Categorieën", None, "Bewaartermijn", "DPIA", "Laatste review"])
    register.append([None, "betrokkenen", "persoonsgegevens", None, None, None])
    register.merge_cells("B3:C3")
    for column in "ADEF":
        register.merge_cells(f"{column}3:{column}4")
    register.append(
        [
            "Salarisadministratie",
            "Medewerkers",
            "Bankgegevens",
            "Bankgegevens: 7 jaar",
            True,
            datetime.datetime(2026, 3, 10),
        ]
    )
    register.append([])
    register.append(
        ["Nieuwsbrief", "Abonnees", "E-mailadres", "E-mailadres: tot afmelding", False, datetime.date(2025, 11, 1)]
    )
    source = tmp_path / "werkmap.xlsx"
    book.save(source)

    written, report = import_table(source, tmp_path / "register", lang="nl")
    assert report.read_as.endswith("sheet 'Register'")
    assert "sheet 'Instructions' before it holds no register and is not imported" in report.unmapped
    assert "row 1: 'Verwerkingsregister Voorbeeld B.V.' above the header is not imported" in report.unmapped
    salary = yaml.safe_load((tmp_path / "register" / "activities" / "salarisadministratie.yaml").read_text())
    assert salary["data_subjects"] == ["medewerkers"] and salary["data"][0]["category"] == "bankgegevens"
    assert salary["dpia"] == {"required": True} and salary["review"] == {"last": "2026-03-10"}
    newsletter = yaml.safe_load((tmp_path / "register" / "activities" / "nieuwsbrief.yaml").read_text())
    assert newsletter["dpia"] == {"required": False} and newsletter["review"] == {"last": "2025-11-01"}
    assert not [line for line in report.unmapped if "row 7" in line or "row 8" in line]  # blank row 6 counted

    # the sheet can be named; a sheet that does not exist is refused with the names there are
    assert import_table(source, tmp_path / "again", lang="nl", sheet="Register")[0]
    with pytest.raises(ValueError, match="has no sheet 'Blad1'; its sheets are 'Instructions', 'Register'"):
        import_table(source, tmp_path / "none", lang="nl", sheet="Blad1")


def test_xlsx_export_has_a_default_style_and_typed_dates(tmp_path):
    import datetime
    import warnings

    import openpyxl

    (tmp_path / "r.xlsx").write_bytes(export(ROOT / "register", "xlsx"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl warns of a workbook without a default style
        sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    review = [row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert review and all(isinstance(v, datetime.datetime) for v in review if v is not None)


def _meaning(register: Path) -> dict:
    """What an export and import must keep, keyed by names (ids may differ): per activity its bases per
    purpose, retention rules and Art. 9 conditions per data category, recipients with their kinds and
    transfers with their mechanisms."""

    def load(folder: str) -> dict:
        return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (register / folder).glob("*.yaml")}

    def text(value):
        return value.get("nl") or value.get("en") or value.get("de") if isinstance(value, dict) else value

    purposes, categories, recipients = load("purposes"), load("data-categories"), load("recipients")
    organisation = yaml.safe_load((register / "organisation.yaml").read_text(encoding="utf-8"))
    defaults, events = organisation.get("defaults") or {}, organisation.get("events") or {}
    out = {}
    for activity in load("activities").values():
        if activity.get("role", "controller") == "controller":  # what the register says once applies to each
            activity = {
                **activity,
                "recipients": activity.get("recipients", [])
                + [r for r in defaults.get("recipients", []) if r not in activity.get("recipients", [])],
                "transfers": activity.get("transfers", []) + defaults.get("transfers", []),
            }

        def retention(rules):
            rules = rules if isinstance(rules, list) else [rules]
            # The rules that set a period or an end, with their conditions; an organisation's own event reads
            # back as its words. Rules of words alone (criteria, with or without a condition) are kept as
            # words, but where one ends and the next begins is not in the text ("; " may be in either).
            structural = ("period", "after", "until", "permanent", "archive", "consent", "bound", "when")
            return [
                {
                    k: text(events.get(v, v) if isinstance(v, str) else v) if k in ("after", "until", "when") else v
                    for k, v in r.items()
                    if k in structural
                }
                for r in rules
                if isinstance(r, dict) and {"period", "until", "permanent", "after"} & set(r)
            ]

        out[text(activity["name"])] = {
            "bases": sorted(
                (text(purposes[u["purpose"]]["name"]), str(u.get("basis"))) for u in activity.get("purposes", [])
            ),
            "retention": sorted(
                (text(categories[d["category"]]["name"]), json.dumps(retention(d.get("retention")), sort_keys=True))
                for d in activity.get("data", [])
            ),
            "conditions": sorted(
                (text(categories[d["category"]]["name"]), d["special_condition"]["condition"])
                for d in activity.get("data", [])
                if d.get("special_condition")
            ),
            "recipient_kinds": sorted(
                str(recipients[r["recipient"]].get("kind")) for r in activity.get("recipients", [])
            ),
            "transfers": sorted(
                (str(t.get("country")), tuple(t.get("mechanisms", []))) for t in activity.get("transfers", [])
            ),
        }
    return out


@pytest.mark.parametrize("name", REGISTERS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_own_round_trip_keeps_the_meaning(name, fmt, tmp_path):
    (tmp_path / f"r.{fmt}").write_bytes(export(ROOT / name, fmt))
    written, report = import_table(tmp_path / f"r.{fmt}", tmp_path / "imported")
    assert report.unmapped == []
    original, imported = _meaning(ROOT / name), _meaning(tmp_path / "imported")
    assert sorted(original) == sorted(imported)
    for activity in original:
        for key in original[activity]:
            assert imported[activity][key] == original[activity][key], (activity, key)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bases_not_given_per_purpose_survive_export_and_import(fmt, tmp_path):
    # `bases_unpaired` once fell out of the export's bases column, so a re-import lost them
    import shutil

    register = tmp_path / "register"
    shutil.copytree(ROOT / "examples" / "connectis", register)
    activity = register / "activities" / "aanvragen-eherkenning.yaml"
    activity.write_text(activity.read_text(encoding="utf-8") + "bases_unpaired: [contract, legitimate-interests]\n")
    (tmp_path / f"r.{fmt}").write_bytes(export(register, fmt))
    _written, report = import_table(tmp_path / f"r.{fmt}", tmp_path / "imported")
    assert report.unmapped == []
    imported = [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in (tmp_path / "imported" / "activities").glob("*.yaml")
    ]
    given = [a.get("bases_unpaired") for a in imported if a.get("bases_unpaired")]
    assert given == [["contract", "legitimate-interests"]]
    # the JSON-LD export names them as the activity's legal bases
    graph = json.loads(export(register, "jsonld"))["@graph"]
    node = next(n for n in graph if n["@id"].endswith("activity/aanvragen-eherkenning"))
    assert {"@id": "eu-gdpr:A6-1-b"} in node["dpv:hasLegalBasis"]
    assert {"@id": "eu-gdpr:A6-1-f"} in node["dpv:hasLegalBasis"]


@pytest.mark.parametrize(
    "lang, text, rules",
    [
        ("nl", "2 jaar na het einde van de overeenkomst", [{"period": "P2Y", "after": "end-of-contract"}]),
        (
            "en",
            "at most 1 year and 6 months after the last contact (with your consent)",
            [{"period": "P1Y6M", "bound": "at-most", "after": "last-contact", "consent": True}],
        ),
        (
            "nl",
            "4 weken na de vacature; tot het intrekken van de toestemming",
            [{"period": "P4W", "after": {"nl": "de vacature"}}, {"until": "consent-withdrawn"}],
        ),
        ("nl", "Zolang nodig; daarna niet meer", [{"criteria": "Zolang nodig; daarna niet meer"}]),
        (
            "nl",
            "1 jaar na het einde van de overeenkomst; daarna worden de gegevens verwijderd of geanonimiseerd",
            [{"period": "P1Y", "after": "end-of-contract", "action": "erase-or-anonymise"}],
        ),
        (
            "en",
            "1 year after the end of the contract; after that the data are anonymised",
            [{"period": "P1Y", "after": "end-of-contract", "action": "anonymise"}],
        ),
    ],
)
def test_retention_text_reads_back_only_as_rules_ropa_writes_so(lang, text, rules):
    from ropa.readback import read_retention

    assert read_retention(text, lang) == (rules, False)
    assert read_retention("ongeveer 7 jaar, of langer", "nl")[1] is True  # a period ropa cannot read: said


def _nested(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"b": [1, 2.5, -0.0, 1e300, True, False, None], "a": {"é": 'ü ☃ \n\t"\\', "": []}, "c": [[], {}, [{}]]},
        [{"z": 1, "y": {"x": [0, {"w": "v"}]}}],
        {"mixed keys": {1: "one", "two": 2}},  # keys that are no strings: json.dumps's business
        {"ref": {"@id": "a/b"}, "refs": [{"@id": "é"}, {"@id": 1}, {"k": "v", "l": "w"}], "key": {2: "two"}},
        float("nan"),
        "\u2028\x00",
        # what orjson would write otherwise, or not at all: left to the writer of ropa's own
        [1e-05, 1e16, 2**70, -(2**63)],
        {"lone": "\ud800"},
        _nested(300),
    ],
)
@pytest.mark.parametrize("orjson", [True, False], ids=["orjson", "python"])
def test_pretty_json_writes_what_json_dumps_writes(value, orjson, monkeypatch):
    from ropa.site import exports

    if not orjson:
        monkeypatch.setattr(exports, "_orjson", None)
    _writes_as_json_dumps(value)


def test_a_register_export_is_written_by_orjson_where_it_can_be(monkeypatch):
    """The values a register's export holds are plain: orjson writes them (an installed dependency)."""
    from ropa.site import exports

    assert exports._orjson is not None
    written = []
    real = exports._orjson.dumps
    monkeypatch.setattr(exports._orjson, "dumps", lambda *a, **k: written.append(1) or real(*a, **k), raising=False)
    _writes_as_json_dumps({"activities": [dict(_ITEM, n=i) for i in range(10)], "version": 1.5})
    assert written == [1]


def _writes_as_json_dumps(value) -> bool:
    """pretty_json writes ``value`` as json.dumps does, or raises TypeError where json.dumps does; whether
    json.dumps could write it."""
    from ropa.site.exports import pretty_json

    try:
        expected = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    except TypeError:
        with pytest.raises(TypeError):
            pretty_json(value)
        return False
    assert pretty_json(value) == expected
    return True


_ITEM = {"id": "a", "name": {"nl": 'é ☃ \n"x"'}, "refs": [{"@id": "b"}, "c", 1, None], "e": {}, "f": []}


@pytest.mark.parametrize(
    "value",
    [
        {"activities": [dict(_ITEM, n=i) for i in range(2500)], "version": {"commit": None}, "uses": {"x": [1]}},
        {
            "@graph": [_ITEM] * 2001 + ["\x00ropa: the list written apart\x00"],
            "b": "\x00ropa: the list written apart\x00",
        },
        {"activities": [_ITEM] * 2000 + [{1: "a key that is no string"}]},
        {"activities": [_ITEM] * 2000 + [object()]},
    ],
)
def test_pretty_json_shares_a_long_list_with_a_second_process_and_writes_the_same(value, monkeypatch):
    """A document with a long list at its top that orjson does not write has the list's second half written
    by a forked process (2 cores or more): the text is what json.dumps writes, whatever the list holds."""
    from ropa import forked
    from ropa.site import exports

    monkeypatch.setattr(exports, "_orjson", None)

    shared = []
    real = forked.both
    monkeypatch.setattr(forked, "both", lambda here, there: (shared.append(1), real(here, there))[1])
    monkeypatch.setattr(forked.os, "cpu_count", lambda: 2)
    _writes_as_json_dumps(value)
    assert shared == [1]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_large_table_written_in_two_halves_is_the_table_written_whole(fmt, monkeypatch):
    """The export's rows, made and written by two processes for a large register, are byte for byte the
    table made and written in one piece (the halves meet at the right row, the header stays bold)."""
    from ropa import forked
    from ropa.national import jurisdiction
    from ropa.site.exports import rows, to_csv, to_xlsx, written_table
    from ropa.site.render import Renderer
    from ropa.site.view import build_site

    site = build_site(lint(ROOT / "register", rules=False).register, "internal")
    renderer = Renderer("nl", "nl", ROOT / "register", jurisdiction=jurisdiction(site.organisation))
    table = rows(site, renderer)
    whole = to_csv(table) if fmt == "csv" else to_xlsx(table, str(renderer.w("internal.title")))
    shared = []
    real = forked.both
    monkeypatch.setattr(forked, "both", lambda here, there: (shared.append(1), real(here, there))[1])
    monkeypatch.setattr(forked, "can_fork", lambda size, scale=1: size > 1)
    assert len(table) > 3 and written_table(site, renderer, fmt) == whole
    assert shared == [1]


def _pretty_in_a_daemon(value, queue):
    from ropa.site.exports import pretty_json

    try:
        queue.put(pretty_json(value))
    except Exception as failed:  # noqa: BLE001 -- told to the test, which fails on it
        queue.put(repr(failed))


def test_pretty_json_in_a_daemonic_process_writes_alone():
    """A pool's worker may have no children: there the long list is written without a fork."""
    import multiprocessing

    value = {"activities": [dict(_ITEM, n=i) for i in range(2500)]}
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    worker = context.Process(target=_pretty_in_a_daemon, args=(value, queue), daemon=True)
    worker.start()
    try:
        assert queue.get(timeout=60) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    finally:
        worker.join(10)


@pytest.mark.parametrize("name", ["interconnect", "gemeente-lindewaard"])
def test_the_json_export_is_what_json_dumps_would_write(name):
    exported = export(ROOT / "examples" / name, "json")
    assert exported == (json.dumps(json.loads(exported), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
