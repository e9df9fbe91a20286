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
    assert schemagen.main(["--check"]) == 0


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
    for field in [("owner",), ("review",), ("systems",), ("notes",), ("dpia",), ("controllers",),
                  ("purposes", "*", "assessment"), ("transfers", "*", "assessment")]:
        assert field in internal, field
    recipient = {pattern for pattern, value in annotated("recipient", "x-ropa-audience") if value == "internal"}
    assert {("name",), ("agreement",), ("contact",)} <= recipient


def test_vocabularies():
    assert countries()["NO"]["en"] == "Norway"
    assert len(countries()) == 249
    assert all(set(v) == {"nl", "en"} for v in retention_events().values())
