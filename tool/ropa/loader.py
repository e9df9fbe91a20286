"""Safe YAML loading that keeps positions and never loses or reinterprets what a person wrote.

libyaml (PyYAML's C parser) builds the node tree; the resolver and constructor here are ropa's own:

* YAML 1.2 core scalars only: ``true``/``false`` are the only booleans (``NO`` stays Norway, ``yes``
  stays text), there are no timestamps (``2024-05-25`` stays the string it looks like), no sexagesimal
  or old-style octal numbers, and mapping keys are always the text as written;
* a duplicate key, a tag other than the core ones, a merge key, a complex key, nesting deeper than
  :data:`MAX_DEPTH` or aliases expanding beyond :data:`MAX_VALUES` values are problems, never
  silently accepted;
* encoding trouble (UTF-16, non-UTF-8 bytes, binary content), an empty file and a file over
  :data:`MAX_BYTES` each get one message at ``line:col``. A UTF-8 byte-order mark and CRLF line ends
  are valid YAML and are read as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # libyaml, PyYAML's C extension: the wheels on PyPI carry it, a PyYAML built from source may not
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - exercised by a test that hides the module
    CParser = None  # type: ignore[assignment, misc]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_VALUES = 200_000
# An upper bound on nesting depth that is cheap to compute (every nesting level needs one of these
# characters); above it the exact depth is measured from parser events before anything recurses.
_DEPTH_CHARS = "[{-:?"
_CHEAP_DEPTH_LIMIT = 5_000

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, SEQ, MAP = (_T + n for n in ("str", "int", "float", "bool", "null", "seq", "map"))
_SCALAR_TAGS = {STR, INT, FLOAT, BOOL, NULL}

_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL)$")
_INT_RE = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT_RE = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_MAYBE_NUMBER = frozenset("-+.0123456789")
# Characters that hide what a text says (Trojan source): control characters other than tab and line
# ends, and the Unicode controls that reorder text (bidirectional embeddings, overrides, isolates and
# marks). A reviewer of a pull request must see exactly what will be published.
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class LoadProblem:
    """A problem found while reading or parsing one file; 1-based line and column."""

    line: int
    column: int
    rule: str
    message: str


class LibyamlMissing(RuntimeError):
    """PyYAML was installed without libyaml, which ropa's loader is built on."""


def _libyaml_missing() -> LibyamlMissing:
    return LibyamlMissing(
        f"PyYAML {yaml.__version__} was installed without libyaml (its C extension), which ropa reads register "
        "files with; reinstall it from a wheel: pip install --force-reinstall --only-binary pyyaml pyyaml"
    )


class LoadError(Exception):
    """The file cannot be read as YAML at all; carries the single problem that says why."""

    def __init__(self, problem: LoadProblem):
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class Document:
    """A parsed file: its plain data, the node tree for positions, and problems found on the way."""

    data: Any
    root: Node
    problems: list[LoadProblem] = field(default_factory=list)


def _fail(line: int, column: int, rule: str, message: str) -> LoadError:
    return LoadError(LoadProblem(line, column, rule, message))


# --- reading -------------------------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; :class:`LoadError` for a file too large to be a register file, OSError as usual."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _fail(
            1,
            1,
            "yaml-size",
            f"file is {size / 1048576:.1f} MiB; a register file may hold at most "
            f"{MAX_BYTES // 1048576} MiB: split it into smaller files",
        )
    return path.read_bytes()


def read_text(path: Path) -> str:
    """Read ``path`` as UTF-8 text, or raise :class:`LoadError` saying what is wrong with the bytes."""
    return decode(read_bytes(path))


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(1, 1, "yaml-encoding", "file is encoded as UTF-16; save it as UTF-8")
    if b"\x00" in raw[:8192]:
        raise _fail(1, 1, "yaml-encoding", "file is binary, not YAML text; only .yaml text files belong in a register")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before[before.rfind(b"\n") + 1 :]
        if line == 1 and line_start.startswith(b"\xef\xbb\xbf"):
            line_start = line_start[3:]  # the byte-order mark is not a column anyone sees
        column = len(line_start.decode("utf-8", "replace")) + 1
        raise _fail(
            line,
            column,
            "yaml-encoding",
            f"byte 0x{raw[exc.start]:02X} is not valid UTF-8; save the file as UTF-8 "
            "(it looks like Latin-1 or Windows-1252)",
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


# --- parsing -------------------------------------------------------------------------------------


class _Resolver:
    """ropa's YAML 1.2 core resolver, mixed into libyaml's parser and composer."""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            if not implicit[0]:
                return STR
            if value == "" or (value[0] in "~nN" and _NULL_RE.match(value)):
                return NULL
            first = value[0]
            if first in "tTfF" and _BOOL_RE.match(value):
                return BOOL
            if first in _MAYBE_NUMBER:
                if _INT_RE.match(value):
                    return INT
                if _FLOAT_RE.match(value):
                    return FLOAT
            return STR
        return SEQ if kind is SequenceNode else MAP


_Parser: Any = type("_Parser", (_Resolver, CParser), {}) if CParser is not None else None


_SYNTAX_HINTS = (
    ("mapping values are not allowed", "a value contains `: `; put the whole value in quotes"),
    ("could not find expected ':'", "a line is missing `:` after its key, or is indented wrongly"),
    ("did not find expected key", "check the indentation of this line against the keys above it"),
    ("did not find expected '-' indicator", "check the indentation of this list item"),
    ("found undefined alias", "an alias (*name) refers to an anchor (&name) that is not defined above it"),
    ("expected a single document", "a register file holds one YAML document; remove the second `---`"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
    (
        "found unknown escape character",
        "in double quotes a backslash starts an escape; use single quotes or write \\\\",
    ),
    ("control characters are not allowed", "remove the invisible control character"),
)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (exc.problem or "").strip()
    if "maximum nesting depth" in problem:  # libyaml 0.2.5 as bundled from PyYAML 6.0.4 stops deep nesting itself
        return _depth_error(line, column)
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t" or "'\\t'" in problem:
        return _fail(
            line,
            column,
            "yaml-syntax",
            "tab character in indentation; YAML indents with spaces only: replace the tab with spaces",
        )
    hint = next((h for key, h in _SYNTAX_HINTS if key in problem or key in (exc.context or "")), None)
    message = f"YAML syntax error: {problem}"
    if exc.context and exc.context_mark and exc.context_mark is not mark:
        message += f" ({exc.context} at line {exc.context_mark.line + 1})"
    if hint:
        message += f"; {hint}"
    return _fail(line, column, "yaml-syntax", message)


def _nesting_depth_exceeds(text: str, limit: int) -> tuple[int, int] | None:
    """The 1-based (line, column) where nesting first goes deeper than ``limit``, measured from parser
    events before anything recurses; None where it does not (or cannot, by a cheap count)."""
    if sum(text.count(c) for c in _DEPTH_CHARS) < _CHEAP_DEPTH_LIMIT:
        return None
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > limit:
                return _where(event.start_mark)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return None


def _depth_error(line: int, column: int) -> LoadError:
    return _fail(
        line,
        column,
        "yaml-depth",
        f"values are nested more than {MAX_DEPTH} levels deep; "
        "a register file never needs that: check the brackets and indentation",
    )


def locate_in_text(text: str, path: list, *, key: bool = False) -> tuple[int, int] | None:
    """1-based (line, column) of the node at ``path`` in ``text``, read from libyaml's events and
    stopped as soon as it is found: no node tree is built. None where the path runs through an alias,
    a complex key, or is not there (the caller then composes the tree)."""
    target = list(path)
    stack: list[list] = []  # per open collection: ["map", expecting a key?] or ["seq", index]
    current: list = []  # the path of the node the next value event starts
    events: Any = yaml.parse(text, Loader=yaml.CSafeLoader)  # a generator (closed when done)
    try:
        for event in events:
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentStartEvent)):
                continue
            if isinstance(event, yaml.MappingEndEvent):
                stack.pop()
                _advance(stack, current)
                continue
            if isinstance(event, yaml.SequenceEndEvent):
                stack.pop()
                current.pop()
                _advance(stack, current)
                continue
            if isinstance(event, (yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                return None
            top = stack[-1] if stack else None
            if top is not None and top[0] == "map" and top[1]:  # a mapping key
                if not isinstance(event, yaml.ScalarEvent):
                    return None
                if key and current == target[:-1] and event.value == target[-1]:
                    return _where(event.start_mark)
                top[1] = False
                current.append(event.value)
                continue
            if current == target and not key:  # the value at the path (an alias: where its anchor is)
                return None if isinstance(event, yaml.AliasEvent) else (_where(event.start_mark))
            if isinstance(event, yaml.AliasEvent):
                if current == target[: len(current)]:
                    return None  # the path goes on inside an anchor defined elsewhere
                _advance(stack, current)
            elif isinstance(event, yaml.MappingStartEvent):
                stack.append(["map", True])
            elif isinstance(event, yaml.SequenceStartEvent):
                stack.append(["seq", 0])
                current.append(0)
            else:
                _advance(stack, current)
        return None
    finally:
        events.close()


def _where(mark: Any) -> tuple[int, int]:
    """A parser's mark (0-based) as line and column (1-based)."""
    return mark.line + 1, mark.column + 1


def _advance(stack: list[list], current: list) -> None:
    """After a value: a mapping expects its next key; a sequence moves to its next index."""
    if not stack:
        return
    top = stack[-1]
    if top[0] == "map":
        current.pop()
        top[1] = True
    else:
        top[1] += 1
        current[-1] = top[1]


def compose_root(text: str) -> Node:
    """The node tree of a file that :func:`parse` has read before (its limits already checked), for
    positions only: no depth pass, no data built."""
    parser = _Parser(text)
    try:
        return parser.get_single_node()
    finally:
        parser.dispose()


def parse(text: str) -> Document:
    """Parse one YAML document; raise :class:`LoadError` when it cannot be read at all."""
    if _Parser is None:
        raise _libyaml_missing()
    if not text.strip():
        raise _fail(1, 1, "yaml-empty", "file is empty; write the definition's keys, starting with `id:`")
    try:
        depth = _nesting_depth_exceeds(text, MAX_DEPTH)
        if depth:
            raise _depth_error(*depth)
        parser = _Parser(text)
        try:
            root = parser.get_single_node()
        finally:
            parser.dispose()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text) from None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        raise _fail(
            line,
            column,
            "yaml-syntax",
            f"character U+{exc.character:04X} is not allowed in YAML ({exc.reason}); remove it",
        ) from None
    except yaml.YAMLError as exc:  # errors without a position
        raise _fail(1, 1, "yaml-syntax", f"YAML syntax error: {exc}") from None
    if root is None:
        raise _fail(1, 1, "yaml-empty", "file holds only comments; write the definition's keys, starting with `id:`")
    builder = _Builder()
    # without an anchor (`&`) a file has no alias: every node is its own value, built without the memo
    # and where neither the text nor an escape in it holds a hidden character, no value does
    data = (
        builder.build_plain(root, hidden="\\" in text or _HIDDEN.search(text) is not None)
        if "&" not in text
        else builder.build(root)
    )
    return Document(data, root, builder.problems)


def load(path: Path) -> Document:
    return parse(read_text(path))


# --- constructing plain data from nodes ----------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.problems: list[LoadProblem] = []
        self.values = 0
        self.memo: dict[int, tuple[Any, int]] = {}
        self.active: set[int] = set()

    def problem(self, node: Node, rule: str, message: str) -> None:
        self.problems.append(LoadProblem(node.start_mark.line + 1, node.start_mark.column + 1, rule, message))

    def build(self, root: Node) -> Any:
        value, _ = self.node(root, 1)
        return value

    def build_plain(self, root: Node, hidden: bool = True) -> Any:
        """The value of a tree with no aliases (no node appears twice): what :meth:`build` gives, faster
        (no memo of the nodes built, no method call per node; with ``hidden`` false, known to hold no
        hidden character, no search of each text for one). Unusual nodes (a tag, a complex or merge key,
        a hidden character) take :meth:`build`'s own steps."""
        search = _HIDDEN.search

        def holds_hidden(text: str) -> bool:
            return hidden and search(text) is not None

        scalar = self.scalar

        def value(node: Node, depth: int) -> Any:
            if depth > MAX_DEPTH:
                self.node(node, depth)  # raises, as build does
            self.values += 1
            if self.values > MAX_VALUES:
                self.count(node, 0)  # raises, as build does
            kind = type(node)  # compared by identity: no subclass of a node is ever made
            if kind is ScalarNode:
                node = cast(ScalarNode, node)
                if node.tag == STR:
                    text = node.value
                    if hidden and search(text):
                        self.hidden(node, text)
                    return text
                return scalar(node)
            if kind is SequenceNode:
                self.check_tag(node, SEQ)
                return [value(item, depth + 1) for item in node.value]
            node = cast(MappingNode, node)  # YAML has no fourth kind of node
            self.check_tag(node, MAP)
            pairs = node.value
            keys: list[Any] = [key.value if type(key) is ScalarNode else None for key, _ in pairs]
            if None in keys or "<<" in keys or len(set(keys)) < len(keys) or holds_hidden("".join(keys)):
                return self._mapping_apart(node, depth, value)
            return {key: value(pair[1], depth + 1) for key, pair in zip(keys, pairs, strict=True)}

        return value(root, 1)

    def _mapping_apart(self, node: MappingNode, depth: int, value: Callable[[Node, int], Any]) -> dict[str, Any]:
        """A mapping with a key that needs a message (a duplicate, a merge key, a list as key, a hidden
        character): built by :meth:`mapping`'s steps, its values by ``value``."""
        result: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = self._usable_key(key_node, seen)
            if key is not None:
                result[key] = value(value_node, depth + 1)
        return result

    def _usable_key(self, key_node: Node, seen: dict[str, Node]) -> str | None:
        """The key of a mapping entry, or None where it cannot be one (a list or mapping as key, a merge key, a
        duplicate), each reported; a key with a hidden character is reported and kept."""
        if not isinstance(key_node, ScalarNode):
            self.problem(key_node, "yaml-key", "a key must be plain text, not a list or mapping")
            return None
        key = key_node.value
        if _HIDDEN.search(key):
            self.hidden(key_node, key)
        if key == "<<" and not key_node.style:  # plain, not quoted
            self.problem(key_node, "yaml-key", "merge keys (`<<`) are not supported; write the keys out")
            return None
        if key in seen:
            first = seen[key].start_mark
            self.problem(
                key_node,
                "yaml-duplicate-key",
                f"duplicate key `{key}`; it is already set at line {first.line + 1}, column "
                f"{first.column + 1}: remove one of the two or merge them",
            )
            return None
        seen[key] = key_node
        return key

    def node(self, node: Node, depth: int) -> tuple[Any, int]:
        """Return the value of ``node`` and how many values it expands to (aliases counted in full)."""
        key = id(node)
        if key in self.memo:  # an alias: the same node again
            value, size = self.memo[key]
            self.count(node, size)
            return value, size
        if key in self.active:
            raise _fail(
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                "yaml-alias",
                "an alias refers to a value that contains it; write the value out instead",
            )
        if depth > MAX_DEPTH:
            raise _fail(
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                "yaml-depth",
                f"values are nested more than {MAX_DEPTH} levels deep",
            )
        self.active.add(key)
        if isinstance(node, ScalarNode):
            value, size = self.scalar(node), 1
            self.count(node, 1)
        elif isinstance(node, SequenceNode):
            self.check_tag(node, SEQ)
            self.count(node, 1)
            value, size = [], 1
            for item in node.value:
                item_value, item_size = self.node(item, depth + 1)
                value.append(item_value)
                size += item_size
        else:
            assert isinstance(node, MappingNode)  # YAML has no fourth kind of node
            value, size = self.mapping(node, depth)
        self.active.discard(key)
        self.memo[key] = (value, size)
        return value, size

    def count(self, node: Node, size: int) -> None:
        self.values += size
        if self.values > MAX_VALUES:
            raise _fail(
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                "yaml-alias",
                f"aliases expand this file to more than {MAX_VALUES:,} values; "
                "write the values out instead of nesting aliases",
            )

    def check_tag(self, node: Node, expected: str) -> bool:
        if node.tag == expected:
            return True
        self.problem(
            node,
            "yaml-tag",
            f"tag `{node.tag.replace(_T, '!!')}` is not allowed here; "
            "register files hold plain text, numbers, true/false, lists and mappings: remove the tag",
        )
        return False

    def hidden(self, node: Node, value: str) -> None:
        found = _HIDDEN.search(value)
        if found:
            self.problem(
                node,
                "yaml-hidden-character",
                f"text holds the invisible character U+{ord(found.group(0)):04X} (a control or bidirectional "
                "character that changes how the text reads); remove it so that reviewers see what is published",
            )

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == STR:
            if _HIDDEN.search(value):
                self.hidden(node, value)
            return value
        if tag == NULL:
            return None
        try:
            if tag == BOOL:
                if value.lower() in ("true", "false"):
                    return value.lower() == "true"
                raise ValueError
            if tag == INT:
                if value.startswith("0o"):
                    return int(value[2:], 8)
                return int(value, 16) if value.startswith("0x") else int(value, 10)
            if tag == FLOAT:
                lowered = value.lower()
                if lowered.endswith(".inf"):
                    return float("-inf") if lowered.startswith("-") else float("inf")
                return float("nan") if lowered == ".nan" else float(value)
        except ValueError:
            if tag in (INT, FLOAT) and node.tag == tag and not node.style and len(value) > 100:
                # too many digits for a number (Python reads at most 4,300): no tag was written
                self.problem(
                    node,
                    "yaml-number",
                    f"a number of {len(value):,} digits; no register value is that long: "
                    "write it in quotes if it is text, or correct it",
                )
            else:
                self.problem(node, "yaml-tag", f"`{value}` cannot be read as {tag.replace(_T, '!!')}; remove the tag")
            return value
        self.check_tag(node, STR)
        return None

    def mapping(self, node: MappingNode, depth: int) -> tuple[dict[str, Any], int]:
        self.check_tag(node, MAP)
        self.count(node, 1)
        result: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        size = 1
        for key_node, value_node in node.value:
            key = self._usable_key(key_node, seen)
            if key is None:
                continue
            value, value_size = self.node(value_node, depth + 1)
            result[key] = value
            size += value_size
        return result, size


# --- positions -----------------------------------------------------------------------------------


def _walk(root: Node, path: Iterable[str | int], key: bool, aliases: bool = False) -> tuple[Node, bool]:
    """The node at ``path`` and whether the whole path was found (else the deepest node reached). With
    ``aliases``, a path that runs through an alias (`retention: *bewaren`) ends at the key the alias stands
    under: the aliased node itself stands where its anchor is, under another entry."""
    node = root
    steps = list(path)
    for i, step in enumerate(steps):
        if isinstance(node, MappingNode):
            pair = next(((k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value == step), None)
            if pair is None:
                return node, False
            if aliases and pair[1].start_mark.index < pair[0].start_mark.index:
                return pair[0], True  # an alias: its value was written before its key, at the anchor
            node = pair[0] if key and i == len(steps) - 1 else pair[1]
        elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            node = node.value[step]
        else:
            return node, False
    return node, True


def locate(root: Node, path: Iterable[str | int], *, key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at ``path`` (mapping keys and list indexes).

    With ``key=True`` and a path ending in a mapping key, the position of the key itself. Where the
    path leaves the tree (a missing key), the deepest node reached; where it runs through an alias, the
    key the alias stands under (the anchor's position would name another entry: hold-out 60).
    """
    node, _ = _walk(root, path, key, aliases=True)
    return node.start_mark.line + 1, node.start_mark.column + 1


def source_text(root: Node, path: Iterable[str | int]) -> str | None:
    """The scalar exactly as written at ``path``, or None where that is not a scalar."""
    node, found = _walk(root, path, False)
    return node.value if found and isinstance(node, ScalarNode) else None
