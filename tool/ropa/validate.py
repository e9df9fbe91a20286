"""JSON Schema validation of one file, with messages that say what is wrong and what to write instead.

Two validators per kind, each built once and reused. jsonschema-rs (compiled, about 200 times faster)
decides whether a file is valid; only a file it rejects goes through jsonschema, whose error objects
carry what the messages need. Each schema error becomes a :class:`LoadProblem` positioned on the YAML
node it is about: the offending key for an unknown key, the mapping for a missing key, the value
otherwise. tests/test_validate.py checks that both validators agree on every case the tests hold.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from yaml.nodes import Node

from .loader import LoadProblem, _walk, locate, source_text
from .problems import then
from .schemafiles import schema
from .schemawalk import dotted

_TYPE_WORDS = {
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with `- `)",
    "string": "text",
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
    "null": "empty",
}


@cache
def fast_validator(kind: str) -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(schema(kind), validate_formats=True)


@cache
def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    # In ECMA-262, which JSON Schema follows, `$` matches only at the very end; Python's `$` also
    # matches before a final newline, so "NL\n" would pass `^[A-Z]{2}$`. `\Z` is the ECMA meaning.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern_keyword(checker: Any, pattern: str, instance: Any, _schema: dict) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if isinstance(instance, str) and not _ecma_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def validator(kind: str) -> Any:
    import jsonschema

    ecma = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern_keyword})
    return ecma(schema(kind), format_checker=jsonschema.FormatChecker(formats=["date"]))


def validate(kind: str, data: Any, root: Node) -> list[LoadProblem]:
    if fast_validator(kind).is_valid(data):
        return []
    # Never accept silently what the fast validator refused, even if the two ever disagree.
    return explain_errors(kind, data, root) or [
        LoadProblem(
            1,
            1,
            "schema",
            f"the file does not match the {kind} schema, but no detail could be found; "
            "please report this to the ropa maintainers with the file",
        )
    ]


def explain_errors(kind: str, data: Any, root: Node) -> list[LoadProblem]:
    """Every schema error of ``data`` as a positioned problem (jsonschema, for its error details)."""
    from jsonschema.exceptions import relevance

    problems = []
    for error in sorted(validator(kind).iter_errors(data), key=relevance):
        for path, on_key, rule, message in _explain(error, root):
            line, column = locate(root, path, key=on_key)
            problems.append(LoadProblem(line, column, rule, message))
    return problems


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null" if value is None else "string"


def _at(path: list) -> str:
    return f"`{dotted(path)}`: " if path else ""


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def _hint(error: Any) -> str | None:
    hint = error.schema.get("x-ropa-hint") if isinstance(error.schema, dict) else None
    return hint


def _split_by_comma(root: Node, path: list, key: Any, mapping: Any) -> bool:
    """An unknown key that is the tail of a sentence cut at a comma in a flow mapping:
    ``{criteria: As long as needed, and no longer}``."""
    if not (isinstance(key, str) and " " in key.strip() and mapping.get(key) is None):
        return False
    node, found = _walk(root, path, False)
    return found and getattr(node, "flow_style", False) is True


def _explain(error: Any, root: Node) -> Iterator[tuple[list, bool, str, str]]:
    """Yield (path, on_key, rule, message) for one schema error."""
    path = list(error.absolute_path)
    kind = error.validator
    value = error.instance

    if kind in ("anyOf", "oneOf"):
        chosen = _branch(error)
        if chosen is not None:
            yield from _explain(chosen, root)
            return
        hint = _hint(error) or "the value does not have an accepted form"
        yield path, False, "schema-type", f"{_at(path)}{_got(value, root, path)} is not accepted here; {hint}"
        return

    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for key in value:
            if key in error.schema.get("properties", {}):
                continue
            where = f" in `{dotted(path)}`" if path else ""
            suggestion = _suggest(key, allowed) or (f"; accepted keys: {', '.join(allowed)}" if allowed else "")
            if _split_by_comma(root, path, key, value):
                suggestion = (
                    "; in `{...}` a comma ends the value before it, so the rest of the sentence became a key: "
                    "put the whole text in quotes, or write the mapping on separate lines"
                )
            yield path + [key], True, "schema-unknown-key", f"unknown key `{key}`{where}{suggestion}"
        return

    if kind == "required":
        for key in error.validator_value:
            if isinstance(value, dict) and key not in value:
                where = f" in `{dotted(path)}`" if path else ""
                yield path, False, "schema-required", f"missing key `{key}`{where}; add `{key}:` with its value"
        return

    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        words = " or ".join(str(_TYPE_WORDS.get(t, t)) for t in expected)
        if not path and "object" in expected:
            yield (
                path,
                False,
                "schema-type",
                (
                    f"the file must be a mapping of keys such as `id: ...`, "
                    f"not {_TYPE_WORDS.get(_json_type(value), 'this')}"
                ),
            )
            return
        message = f"{_at(path)}expected {words}, not {_got(value, root, path)}"
        written = source_text(root, path)
        if "string" in expected and written and not isinstance(value, str):
            message += f'; put it in quotes to keep it as written: "{written}"'
        elif "boolean" in expected and isinstance(value, str):
            message += "; YAML booleans are true and false only"
        yield path, False, "schema-type", message
        return

    if kind in ("enum", "const"):
        options = [str(o) for o in (error.validator_value if kind == "enum" else [error.validator_value])]
        shown = ", ".join(options) if len(options) <= 24 else ", ".join(options[:24]) + ", ..."
        message = f"{_at(path)}`{value}` is not an accepted value{_suggest(str(value), options)}"
        yield path, False, "schema-enum", then(message, f"use one of: {shown}")
        return

    if kind == "pattern":
        hint = _hint(error) or f"it must match {error.validator_value}"
        if "propertyNames" in error.relative_schema_path or "propertyNames" in error.schema_path:
            yield path + [value], True, "schema-format", f"{_at(path)}key `{value}` is not accepted; {hint}"
            return
        yield path, False, "schema-format", f"{_at(path)}`{value}` is not accepted; {hint}"
        return

    if kind == "format":
        yield path, False, "schema-format", f"{_at(path)}`{value}` is not a valid {error.validator_value}"
        return

    if kind in ("minItems", "minLength", "minProperties"):
        yield path, False, "schema-empty", f"{_at(path)}must not be empty; give a value or remove the key"
        return

    if kind == "uniqueItems":
        yield path, False, "schema-duplicate", f"{_at(path)}lists the same value more than once"
        return

    yield path, False, "schema", f"{_at(path)}{error.message}"


def _got(value: Any, root: Node, path: list) -> str:
    kind = _json_type(value)
    written = source_text(root, path)
    if kind in ("object", "array", "null"):
        return {"object": "a mapping", "array": "a list", "null": "an empty value"}[kind]
    shown = written if written is not None else str(value)
    return f"{_TYPE_WORDS[kind]} `{shown}`" if kind != "string" else f"text `{shown}`"


def _branch(error: Any) -> Any:
    """The error to report from an anyOf/oneOf: from the branch whose type fits the value, if any."""
    from jsonschema.exceptions import best_match

    # a branch whose type does not fit the value at all is not the one meant, whatever else it says of it (a
    # list checked against the enum of the single-value branch)
    unfit = {e.schema_path[0] for e in error.context if e.validator == "type" and not e.path and e.schema_path}
    fitting = [
        e
        for e in error.context
        if (e.validator != "type" or e.path) and (e.schema_path[0] if e.schema_path else None) not in unfit
    ]
    if not fitting:
        return None
    by_branch: dict[Any, list[Any]] = {}
    for sub in fitting:
        by_branch.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)
    # The branch with the fewest errors is the one the person most likely meant.
    branch_errors = min(by_branch.values(), key=len)
    return best_match(branch_errors)
