"""Facts read off the schemas themselves: which fields are references, and to which kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from .schemafiles import schema

Pattern = tuple[str, ...]  # mapping keys, with "*" for every item of a list


def _walk(node: Any, defs: dict, prefix: Pattern, annotation: str, out: list, depth: int = 0) -> None:
    if not isinstance(node, dict) or depth > 40:
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        _walk(defs[ref[len("#/$defs/") :]], defs, prefix, annotation, out, depth + 1)
    if annotation in node:
        out.append((prefix, node[annotation]))
    for key, sub in node.get("properties", {}).items():
        _walk(sub, defs, prefix + (key,), annotation, out, depth + 1)
    if "items" in node:
        _walk(node["items"], defs, prefix + ("*",), annotation, out, depth + 1)
    for alternative in node.get("anyOf", []) + node.get("oneOf", []):
        _walk(alternative, defs, prefix, annotation, out, depth + 1)


@cache
def annotated(kind: str, annotation: str) -> tuple[tuple[Pattern, Any], ...]:
    """Every (path pattern, value) where the schema of ``kind`` carries ``annotation``."""
    root = schema(kind)
    out: list[tuple[Pattern, Any]] = []
    _walk(root, root.get("$defs", {}), (), annotation, out)
    unique = dict.fromkeys(out)  # a field reached through several anyOf branches counts once
    return tuple(unique)


def reference_fields(kind: str) -> tuple[tuple[Pattern, str], ...]:
    """(path pattern, referenced kind) for every field of ``kind`` that holds an id."""
    return annotated(kind, "x-ropa-ref")


def values_at(data: Any, pattern: Pattern, path: tuple = ()) -> Iterator[tuple[list, Any]]:
    """(concrete path, value) for every value of ``data`` matching ``pattern``; wrong shapes are skipped."""
    if not pattern:
        yield list(path), data
        return
    step, rest = pattern[0], pattern[1:]
    if step == "*":
        if isinstance(data, list):
            for i, item in enumerate(data):
                yield from values_at(item, rest, path + (i,))
    elif isinstance(data, dict) and step in data:
        yield from values_at(data[step], rest, path + (step,))


def dotted(path: list | tuple) -> str:
    """``['purposes', 0, 'basis']`` as ``purposes[0].basis``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


Trie = dict


def trie_of(labelled: Iterable[tuple[Pattern, Any]]) -> Trie:
    """Patterns as a tree of path steps, so that a file is walked once for all of them (see
    :func:`matches`); a node's ``None`` entry holds the labels of the patterns that end there."""
    trie: Trie = {}
    for pattern, label in labelled:
        node = trie
        for step in pattern:
            node = node.setdefault(step, {})
        node.setdefault(None, []).append(label)
    return trie


@cache
def pattern_trie(kind: str, annotation: str) -> Trie:
    """The fields of ``kind`` carrying ``annotation``, labelled with its value (:func:`trie_of`)."""
    return trie_of(annotated(kind, annotation))


def matches(data: Any, trie: Trie) -> list[tuple[list, Any, Any]]:
    """(concrete path, value, annotation) for every value of ``data`` on a path of ``trie``; wrong
    shapes are skipped. The same pairs as :func:`values_at` over every pattern, in one walk."""
    out: list[tuple[list, Any, Any]] = []
    stack: list[tuple[Any, Trie, tuple]] = [(data, trie, ())]
    while stack:
        value, node, path = stack.pop()
        for step, child in node.items():
            if step is None:
                out.extend((list(path), value, label) for label in child)
            elif step == "*":
                if isinstance(value, list):
                    stack.extend((item, child, path + (i,)) for i, item in enumerate(value))
            elif isinstance(value, dict) and step in value:
                stack.append((value[step], child, path + (step,)))
    return out
