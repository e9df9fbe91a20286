"""The public schemas: generated from their sources, valid 2020-12, and consistent with the code."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import ROOT
from ropa import schemagen
from ropa.kinds import KINDS
from ropa.schemawalk import annotated, reference_fields
from ropa.vocab import countries, retention_events


def test_committed_schemas_are_generated_from_their_sources():
    assert schemagen.build(ROOT / "schema" / "src") == {
        k.schema_file: json.loads((ROOT / "schema" / k.schema_file).read_text(encoding="utf-8")) for k in KINDS.values()
    }
    # byte for byte as `python -m ropa.schemagen` writes them (read from this checkout, so that the suite
    # also runs against an installed wheel, which holds no schema sources)
    for name, schema in schemagen.build(ROOT / "schema" / "src").items():
        assert (ROOT / "schema" / name).read_text(encoding="utf-8") == schemagen.render(schema), name


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_is_valid_2020_12_and_closed(kind):
    schema = json.loads((ROOT / "schema" / KINDS[kind].schema_file).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    for name, definition in schema["$defs"].items():
        if definition.get("type") == "object" and "properties" in definition:
            assert definition.get("additionalProperties") is False, f"{kind}: $defs/{name} accepts unknown keys"


def test_reference_fields_name_real_kinds():
    for kind in KINDS:
        for pattern, target in reference_fields(kind):
            assert target in KINDS and target != "organisation", (kind, pattern)
    assert (("purposes", "*", "purpose"), "purpose") in reference_fields("activity")


def test_internal_fields_are_marked():
    internal = {pattern for pattern, value in annotated("activity", "x-ropa-audience") if value == "internal"}
    for field in [
        ("owner",),
        ("review",),
        ("systems",),
        ("notes",),
        ("dpia",),
        ("controllers",),
        ("purposes", "*", "assessment"),
        ("transfers", "*", "assessment"),
    ]:
        assert field in internal, field
    recipient = {pattern for pattern, value in annotated("recipient", "x-ropa-audience") if value == "internal"}
    assert {("name",), ("agreement",), ("contact",)} <= recipient


def test_vocabularies():
    assert countries()["NO"]["en"] == "Norway"
    assert len(countries()) == 249 + 1  # every ISO 3166-1 country, and EU for the Union as a whole
    assert countries()["EU"]["en"] == "the European Union"
    from ropa.text import shipped_languages

    assert all(set(v) == set(shipped_languages()) for v in retention_events().values())


def test_every_label_speaks_each_statement_language():
    from ropa.text import shipped_languages
    from ropa.vocab import labels

    missing = [
        f"{group}.{key}.{lang}{variant}"
        for group, entries in labels().items()
        for key, entry in entries.items()
        for variant in {""} | {k[2:] for k in entry if k.startswith("nl_") and k != "nl_je"}
        for lang in sorted(shipped_languages())
        if f"{lang}{variant}" not in entry
    ]
    assert missing == []


# Which labels group of tool/ropa/data/labels.yaml names the values of each enumerated schema field.
LABELLED = {
    ("activity", ("purposes", "*", "basis")): "legal_basis",
    ("data-category", ("special",)): "special_category",
    ("activity", ("data", "*", "special_condition", "condition")): "special_condition",
    ("activity", ("transfers", "*", "mechanisms", "*")): "mechanism",
    ("recipient", ("kind",)): "recipient_kind",
    ("activity", ("sources", "*", "kind")): "source_kind",
    ("activity", ("provision", "requirement")): "provision",
    ("activity", ("cookies", "*", "kind")): "cookie_kind",
    ("activity", ("cookies", "*", "technology")): "technology",
    ("measure", ("kind",)): "measure_kind",
    ("activity", ("role",)): "role",
    ("organisation", ("rights", "channels", "*", "kind")): "channel",
    ("activity", ("data", "*", "retention", "action")): "action",
    ("activity", ("automated_decisions", "exception")): "automated_exception",
    ("activity", ("regime",)): "regime",
    ("purpose", ("channels", "*")): "contact_channel",
    ("activity", ("rights_limitations", "*", "rights", "*")): "right",
}


def _enum_at(kind: str, pattern: tuple) -> set[str]:
    """The enum values the schema of ``kind`` allows at ``pattern`` (following $ref, items, anyOf)."""
    root = json.loads((ROOT / "schema" / KINDS[kind].schema_file).read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node, rest):
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            walk(root["$defs"][node["$ref"].split("/")[-1]], rest)
        for alternative in node.get("anyOf", []):
            walk(alternative, rest)
        if not rest:
            found.update(node.get("enum", []))
            if "items" in node:  # a list of enum values, such as `basis: [a, b]`
                walk(node["items"], rest)
            return
        if rest[0] == "*":
            walk(node.get("items"), rest[1:])
        else:
            walk(node.get("properties", {}).get(rest[0]), rest[1:])

    walk(root, pattern)
    return found


@pytest.mark.parametrize("kind,pattern", sorted(LABELLED))
def test_every_enumerated_value_has_dutch_and_english_labels(kind, pattern):
    from ropa.vocab import labels

    values = _enum_at(kind, pattern)
    assert values, (kind, pattern)
    group = labels()[LABELLED[(kind, pattern)]]
    assert set(group) == values
    assert all(entry["nl"] and entry["en"] for entry in group.values())
