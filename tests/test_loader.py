"""The YAML loader: every trap of issue 2 gets one clear problem at line:col, never a traceback or hang."""

from __future__ import annotations

import pytest

from ropa import loader
from ropa.loader import LoadError, decode, load, locate, parse, source_text


def problem_of(text: str):
    with pytest.raises(LoadError) as caught:
        parse(text)
    return caught.value.problem


def test_plain_mapping_with_positions():
    doc = parse("id: x\npurposes:\n  - purpose: werving\n    basis: consent\n")
    assert doc.data == {"id": "x", "purposes": [{"purpose": "werving", "basis": "consent"}]}
    assert doc.problems == []
    assert locate(doc.root, ["purposes", 0, "basis"]) == (4, 12)
    assert locate(doc.root, ["purposes", 0, "basis"], key=True) == (4, 5)
    assert locate(doc.root, ["missing", "deeper"]) == (1, 1)  # the deepest node reached


def test_duplicate_key_is_an_error_at_the_second_key():
    doc = parse("id: a\nname: Eerste\nname: Tweede\n")
    assert doc.data["name"] == "Eerste"
    [problem] = doc.problems
    assert (problem.line, problem.column, problem.rule) == (3, 1, "yaml-duplicate-key")
    assert "line 2" in problem.message


def test_every_duplicate_is_reported():
    doc = parse("a: 1\na: 2\nb: {c: 1, c: 2}\n")
    assert [(p.line, p.rule) for p in doc.problems] == [(2, "yaml-duplicate-key"), (3, "yaml-duplicate-key")]


@pytest.mark.parametrize("word", ["NO", "No", "no", "yes", "Yes", "on", "off", "ON", "y", "n"])
def test_yaml11_booleans_stay_text(word):
    assert parse(f"country: {word}\n").data == {"country": word}


def test_only_true_and_false_are_booleans():
    assert parse("a: true\nb: False\nc: TRUE\n").data == {"a": True, "b": False, "c": True}


@pytest.mark.parametrize("value", ["2024-05-25", "2024-05-25T10:00:00Z", "2001-12-14 21:59:43.10 -5"])
def test_unquoted_dates_stay_strings(value):
    assert parse(f"effective: {value}\n").data == {"effective": value}


def test_numbers_follow_yaml12():
    data = parse("a: 012\nb: 0o17\nc: 0x1F\nd: 3.10\ne: 1:20\nf: 1_000\ng: .inf\n").data
    assert data == {"a": 12, "b": 15, "c": 31, "d": 3.1, "e": "1:20", "f": "1_000", "g": float("inf")}


def test_keys_are_always_the_text_as_written():
    assert parse("NO: Noorwegen\ntrue: x\n1: y\n").data == {"NO": "Noorwegen", "true": "x", "1": "y"}


def test_tab_indentation_has_one_clear_message():
    problem = problem_of("id: x\nname:\n\tnl: Naam\n")
    assert (problem.line, problem.column, problem.rule) == (3, 1, "yaml-syntax")
    assert "tab" in problem.message and "spaces" in problem.message


def test_byte_order_mark_is_accepted_and_positions_stay_right():
    doc = parse(decode(b"\xef\xbb\xbfid: x\nname: y\n"))
    assert doc.data == {"id": "x", "name": "y"}
    assert locate(doc.root, ["name"]) == (2, 7)


def test_crlf_line_ends_are_accepted_and_positions_stay_right():
    doc = parse(decode(b"id: x\r\nname: y\r\ndescription: |\r\n  twee\r\n  regels\r\n"))
    assert doc.data == {"id": "x", "name": "y", "description": "twee\nregels\n"}
    assert locate(doc.root, ["name"]) == (2, 7)


def test_non_utf8_bytes_are_pointed_at():
    with pytest.raises(LoadError) as caught:
        decode("id: x\nname: café\n".encode("latin-1"))
    problem = caught.value.problem
    assert (problem.line, problem.column, problem.rule) == (2, 10, "yaml-encoding")
    assert "0xE9" in problem.message and "UTF-8" in problem.message


def test_utf16_is_refused_with_advice():
    with pytest.raises(LoadError) as caught:
        decode("id: x\n".encode("utf-16"))
    assert "UTF-16" in caught.value.problem.message


def test_binary_file_is_refused():
    with pytest.raises(LoadError) as caught:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in caught.value.problem.message


@pytest.mark.parametrize("text", ["", "   \n\n", "# alleen commentaar\n"])
def test_empty_file(text):
    assert problem_of(text).rule == "yaml-empty"


def test_list_where_a_mapping_is_expected_loads_for_the_schema_to_report():
    # The loader keeps the shape; the schema reports it with the file's kind in mind (test_validate).
    assert parse("- id: x\n").data == [{"id": "x"}]


def test_billion_laughs_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    problem = problem_of("\n".join(lines) + "\n")
    assert problem.rule == "yaml-alias"


def test_harmless_aliases_are_expanded():
    data = parse("base: &r {period: P1Y}\nother: *r\n").data
    assert data == {"base": {"period": "P1Y"}, "other": {"period": "P1Y"}}


def test_recursive_alias_is_refused():
    assert problem_of("a: &x [1, *x]\n").rule == "yaml-alias"


@pytest.mark.parametrize(
    "text",
    [
        "x: !!python/object/apply:os.system ['echo pwned']\n",
        "x: !!python/name:os.system\n",
        "x: !custom waarde\n",
        "x: !!binary aGFsbG8=\n",
        "x: !!timestamp 2024-01-01\n",
        "x: !!set {a, b}\n",
    ],
)
def test_tags_are_refused(text):
    doc = parse(text)
    assert [p.rule for p in doc.problems] == ["yaml-tag"]
    assert doc.problems[0].line == 1


def test_core_tags_are_allowed():
    assert parse("a: !!str 012\nb: !!int '7'\n").data == {"a": "012", "b": 7}


def test_merge_keys_and_complex_keys_are_refused():
    assert [p.rule for p in parse("<<: {a: 1}\n").problems] == ["yaml-key"]
    assert [p.rule for p in parse("? [a, b]\n: 1\n").problems] == ["yaml-key"]


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, "- " * 100_000 + "x", "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 200))],
)
def test_deep_nesting_is_refused_without_crashing(text):
    problem = problem_of(text)
    assert problem.rule == "yaml-depth" and "64 levels" in problem.message
    # The position is inside the nesting, past the limit: ropa's own count or, where libyaml (0.2.5 as
    # bundled from PyYAML 6.0.4) stops first, libyaml's; either way never 1:1 of the file.
    line = text.splitlines()[problem.line - 1]
    opened = (
        sum(line.count("b:") for line in text.splitlines()[: problem.line])
        if line.strip() == "b:"
        else line[: problem.column - 1].count("[") + line[: problem.column - 1].count("- ")
    )
    assert opened >= loader.MAX_DEPTH, (problem.line, problem.column)


def test_libyaml_own_depth_limit_is_reported_as_depth(monkeypatch):
    # Deeper than libyaml's own limit (1,000 in the libyaml PyYAML 6.0.4 bundles): with ropa's cheap
    # pre-count switched off, whatever libyaml does the finding is still yaml-depth with a position.
    monkeypatch.setattr(loader, "_CHEAP_DEPTH_LIMIT", 10**9)
    problem = problem_of("[" * 5_000 + "]" * 5_000)
    assert problem.rule == "yaml-depth" and problem.line == 1 and problem.column > loader.MAX_DEPTH


def test_pyyaml_without_libyaml_gives_a_clear_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(loader, "_Parser", None)
    with pytest.raises(loader.LibyamlMissing, match="without libyaml"):
        parse("id: x\n")
    from ropa.cli import run

    (tmp_path / "register").mkdir()
    (tmp_path / "register" / "organisation.yaml").write_text("name: X\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.argv", ["ropa", "lint", "--no-cache"])
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "without libyaml" in err and "pip install" in err and "internal error" not in err


def test_very_large_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * (loader.MAX_BYTES + 1))
    with pytest.raises(LoadError) as caught:
        load(big)
    assert caught.value.problem.rule == "yaml-size"


def test_second_document_is_refused():
    problem = problem_of("a: 1\n---\nb: 2\n")
    assert problem.line == 2 and "one YAML document" in problem.message


def test_syntax_error_has_position_and_hint():
    problem = problem_of("id: x\nname: Werving: en selectie\n")
    assert (problem.line, problem.rule) == (2, "yaml-syntax")
    assert "quotes" in problem.message


def test_control_character_is_pointed_at():
    problem = problem_of("id: x\nname: a\x07b\n")
    assert (problem.line, problem.column) == (2, 8)


def test_source_text_keeps_what_was_written():
    doc = parse("version: 3.10\nkvk: 012345\n")
    assert source_text(doc.root, ["version"]) == "3.10"
    assert source_text(doc.root, ["kvk"]) == "012345"
    assert source_text(doc.root, ["missing"]) is None


def test_positions_from_events_agree_with_the_node_tree():
    """SourceFile.locate reads positions from libyaml's events (no tree) for files parsed elsewhere;
    they must be the tree's, or None where the tree has to decide (aliases, missing paths)."""
    from yaml.nodes import MappingNode, SequenceNode

    from ropa.loader import locate, locate_in_text

    def paths(node, prefix=()):
        yield list(prefix), False
        if isinstance(node, MappingNode):
            for k, v in node.value:
                yield list(prefix) + [k.value], True
                yield from paths(v, prefix + (k.value,))
        elif isinstance(node, SequenceNode):
            for i, v in enumerate(node.value):
                yield from paths(v, prefix + (i,))

    text = (
        "id: a\nname: {nl: A, en: B}\ndata:\n  - category: x\n    retention: &r {period: P1Y, after: collection}\n"
        "  - category: y\n    retention: *r\nlist: [1, [2, 3], {k: v}]\n"
    )
    root = parse(text).root
    checked = 0
    for path, key in paths(root):
        found = locate_in_text(text, path, key=key)
        if found is not None:
            assert found == locate(root, path, key=key), (path, key)
            checked += 1
    assert checked > 15
    assert locate_in_text(text, ["data", 1, "retention", "period"]) is None  # inside an alias: the tree decides
    assert locate_in_text(text, ["nothing"]) is None


def test_a_field_a_file_surely_lacks_is_told_without_decoding_its_data(tmp_path, monkeypatch):
    """Links read `controller` of every activity; in a warm run the files that cannot hold it are passed
    over without decoding the data the cache keeps as JSON text."""
    import shutil
    from pathlib import Path

    from ropa.register import read_register

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    register = tmp_path / "register"
    shutil.copytree(Path(__file__).resolve().parents[1] / "examples" / "interconnect", register)
    first = sorted((register / "activities").glob("*.yaml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "controller: interconnect\n", encoding="utf-8")
    read_register(register).cache.save()  # the second read takes the data from the cache
    activities = list(read_register(register).of_kind("activity"))
    holding = [a for a in activities if a.path == first]
    lacking = [a for a in activities if a.path != first]
    assert holding and lacking
    assert all(not a.may_hold_field("controller") for a in lacking)
    assert all("data" not in a.__dict__ for a in lacking)  # not decoded to tell
    assert all(a.may_hold_field("controller") for a in holding)


def test_a_path_through_an_alias_is_placed_at_the_key_it_stands_under():
    """`retention: *bewaren` under the second category: its value stands where the anchor is, under the
    first; the finding about the second points at its own key (hold-out 60: a message naming one category
    pointed at the line of another)."""
    text = (
        "data:\n"
        "  - category: naam\n"
        "    retention: &bewaren\n"
        "      criteria: zolang nodig\n"
        "  - category: adres\n"
        "    retention: *bewaren\n"
    )
    root = parse(text).root
    assert locate(root, ["data", 0, "retention", "criteria"]) == (4, 17)
    assert locate(root, ["data", 1, "retention", "criteria"]) == (6, 5)
    assert locate(root, ["data", 1, "retention"]) == (6, 5)
    assert source_text(root, ["data", 1, "retention", "criteria"]) == "zolang nodig"  # the value itself is read


@pytest.mark.parametrize(
    "text",
    [
        "id: a\nname: {nl: x, en: y}\nlist: [1, 2.5, true, null, '0x1F', 0o17, .inf]\n",
        "id: a\nid: b\nx: 1\nx: 2\n",  # duplicates
        "? [a, b]\n: 1\nc: 2\n",  # a list as key
        "<<: {a: 1}\nb: 2\n'<<': 3\n",  # a merge key, and a quoted one that is plain text
        "a\u200e: 1\nb: 'x\u202ey'\n",  # hidden characters in a key and a value
        'a: "x\\u200ey"\n"k\\u202e": 1\n',  # written as escapes
        "a: !!str 1\nb: !!int x\nc: !custom v\nd: !!seq {x: 1}\ne: !!map [1]\n",  # tags
        "a: " + "[" * 70 + "]" * 70 + "\n",  # too deep
        "- " + "\n- ".join(["x"] * (loader.MAX_VALUES + 1)) + "\n",  # too many values
    ],
)
def test_a_file_without_anchors_is_built_as_one_with_them(text):
    """A tree without aliases is built by a faster path: the same values, problems and errors."""
    root = loader.compose_root(text)
    hidden = "\\" in text or loader._HIDDEN.search(text) is not None  # as parse tells it

    def built(how):
        builder = loader._Builder()
        try:
            value = builder.build_plain(root, hidden) if how == "plain" else builder.build(root)
            return repr(value), builder.problems, builder.values
        except LoadError as exc:
            return "error", exc.problem, None

    assert built("plain") == built("build")
    # and parse, which picks the path and what it may skip, gives what the full builder gives
    try:
        document = loader.parse(text)
        parsed = (repr(document.data), document.problems)
    except LoadError as exc:
        parsed = ("error", exc.problem)
    full = built("build")
    assert parsed == (full[0], full[1])
