"""Schema validation: the fast validator and jsonschema agree, and messages say what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CASES, ROOT
from ropa.kinds import FOLDER_KINDS, ORGANISATION
from ropa.loader import LoadError, decode, parse
from ropa.validate import explain_errors, fast_validator, validator

_FOLDERS = {k.folder: k.name for k in FOLDER_KINDS}


def _kind_of(path: Path) -> str | None:
    if path.name == "organisation.yaml":
        return ORGANISATION.name
    for part in path.parts:
        if part in _FOLDERS:
            return _FOLDERS[part]
    return None


def _documents():
    roots = [CASES, ROOT / "examples", ROOT / "register"]
    for root in roots:
        for path in sorted(root.rglob("*.y*ml")):
            kind = _kind_of(path.relative_to(root))
            if kind is None:
                continue
            try:
                yield path, kind, parse(decode(path.read_bytes())).data
            except LoadError:
                continue


TRICKY = [
    ("activity", {"id": "a", "name": "A", "review": {"last": "2024-02-30"}}),
    ("activity", {"id": "a", "name": "A", "review": {"last": "2024-02-29"}}),
    ("activity", {"id": "a", "name": "A", "review": {"last": "2023-02-29"}}),
    ("activity", {"id": "a", "name": "A", "review": {"interval": "P"}}),
    ("activity", {"id": "a", "name": "A", "review": {"interval": "P1Y2M3W4D"}}),
    ("activity", {"id": "a", "name": "A", "review": {"interval": "PT1H"}}),
    ("activity", {"id": "a", "name": "A", "cookies": [{"lifetime": "session"}]}),
    ("activity", {"id": "a", "name": "A", "cookies": [{"lifetime": "sessie"}]}),
    ("activity", {"id": "a", "name": {"nl": "A", "EN": "B"}}),
    ("activity", {"id": "a", "name": {}}),
    ("activity", {"id": "A-b", "name": "x"}),
    ("activity", {"id": "a--b", "name": "x"}),
    ("organisation", {"name": "X", "email": "a b@c.nl"}),
    ("organisation", {"name": "X", "email": "privacy@voorbeeld.nl"}),
    ("organisation", {"name": "X", "kvk": "1234567"}),
    ("organisation", {"name": "X", "statement": {"updated": "2018-07"}}),
    ("organisation", {"name": "X", "statement": {"languages": ["nl", "nl"]}}),
    ("recipient", {"id": "r", "kind": "processor", "country": "NL\n"}),
    ("organisation", {"name": "X", "website": "https://voorbeeld.nl/privacy"}),
    ("organisation", {"name": "X", "website": "ftp://voorbeeld.nl"}),
]


def test_validators_agree_on_every_register_file():
    seen = 0
    for path, kind, data in _documents():
        slow = not any(True for _ in validator(kind).iter_errors(data))
        assert fast_validator(kind).is_valid(data) == slow, path
        seen += 1
    assert seen > 100


@pytest.mark.parametrize("kind,data", TRICKY)
def test_validators_agree_on_tricky_values(kind, data):
    slow = not any(True for _ in validator(kind).iter_errors(data))
    assert fast_validator(kind).is_valid(data) == slow


def messages(kind: str, text: str) -> list[tuple[int, int, str, str]]:
    doc = parse(text)
    return [(p.line, p.column, p.rule, p.message) for p in explain_errors(kind, doc.data, doc.root)]


def test_unknown_key_points_at_the_key_and_suggests():
    [(line, column, rule, message)] = messages("purpose", "id: x\nname: X\ndescriptoin: y\n")
    assert (line, column, rule) == (3, 1, "schema-unknown-key")
    assert "did you mean `description`?" in message


def test_a_sentence_cut_at_a_comma_in_braces_says_to_quote_it():
    text = "id: a\nname: A\ndata:\n  - category: c\n    retention: {criteria: As long as needed, and no longer}\n"
    [(line, column, rule, message)] = messages("activity", text)
    assert (line, rule) == (5, "schema-unknown-key")
    assert "`and no longer`" in message and "put the whole text in quotes" in message
    # the same key in block style is an ordinary unknown key
    [(_, _, _, message)] = messages(
        "activity",
        text.replace("{criteria: As long as needed, and no longer}", "\n      criteria: x\n      and no longer: y"),
    )
    assert "quotes" not in message


@pytest.mark.parametrize("phone", ["(089) 2126-72-0", "+49 89 1261-01", "073-8800 000", "1400", "14 020"])
def test_telephone_numbers_as_people_write_them(phone):
    assert messages("organisation", f'name: X\nphone: "{phone}"\n') == []


@pytest.mark.parametrize("phone", ["12", "info@example.nl", "+31 20 123 4567 ext. 5"])
def test_what_is_no_telephone_number_is_refused(phone):
    [(_, _, rule, message)] = messages("organisation", f'name: X\nphone: "{phone}"\n')
    assert rule == "schema-format" and "1400" in message


def test_missing_key_points_at_the_mapping():
    [(line, column, rule, message)] = messages("purpose", "id: x\ndescription: Iets\n")
    assert (line, column, rule) == (1, 1, "schema-required")
    assert "`name:`" in message


def test_number_where_text_is_expected_keeps_what_was_written():
    [(_, _, rule, message)] = messages("organisation", "name: X\nstatement:\n  version: 3.10\n")
    assert rule == "schema-type" and '"3.10"' in message


def test_enum_suggests_the_closest_value():
    [(_, _, _, message)] = messages("activity", "id: a\nname: A\npurposes:\n  - {purpose: p, basis: consnet}\n")
    assert "did you mean `consent`?" in message


def test_text_of_the_wrong_shape_explains_both_forms():
    [(_, _, _, message)] = messages("purpose", "id: a\nname: [a, b]\n")
    assert "{nl: ..., en: ...}" in message


def test_list_for_a_whole_file():
    [(line, column, _, message)] = messages("purpose", "- id: a\n")
    assert (line, column) == (1, 1) and "must be a mapping" in message
