"""Generate ropa.model, the typed views of the register's files, from the schemas in schema/src/.

One ``TypedDict(total=False)`` per kind of file and per object the schemas describe (a purpose use, a
data use, a retention rule, a transfer ...), each field typed from its schema: ``Literal`` for an
enum, a union for ``anyOf``/``oneOf``, ``list[...]``, a nested TypedDict, and the aliases ``Text``,
``Markdown`` and the like for the multilingual texts that may be a string or ``{lang: text}``. Every
class and field carries the schema's description, so the model reads like the schema it comes from
and can never drift from it: a test fails when the committed model.py is out of date.

    python -m ropa.modelgen          # write tool/ropa/model.py
    python -m ropa.modelgen --check  # exit 1 when the committed model is out of date
"""

from __future__ import annotations

import json
import keyword
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schemagen
from .kinds import KINDS

WIDTH = 120
TARGET = Path(__file__).resolve().parent / "model.py"
SOURCES = Path(__file__).resolve().parents[2] / "schema" / "src"

# Names of the shared definitions whose CamelCase would misspell an abbreviation.
DEF_NAMES = {"dpo": "DPO", "dpia": "DPIA"}
# Names of the objects the schemas describe in place, by (owner, step): a field name, ``[]`` for the
# items of a list, ``|`` for a branch of an anyOf. Unlisted ones are named owner + field.
INLINE_NAMES = {
    ("Organisation", "bodies[]"): "Body",
    ("Organisation", "company_register"): "CompanyRegister",
    ("Organisation", "defaults"): "Defaults",
    ("Activity", "client_list"): "ClientList",
    ("Activity", "works_council"): "WorksCouncil",
    ("Measure", "certification"): "Certification",
    ("Recipient", "arrangement"): "Arrangement",
    ("Retention", "archive"): "Archive",
    ("Law", "|"): "StructuredLaw",
    ("Document", "|"): "StructuredDocument",
    ("Suppressions", "[]"): "Suppression",
}
# What the schemas leave undescribed, said here: objects described in place, by their name here ...
INLINE_DOCS = {
    "Body": "A part of the organisation that is the controller of some activities itself.",
    "StructuredDocument": "An internal document as a mapping: its reference, dates and where it is kept.",
    "StructuredLaw": "A statutory provision as a mapping: its title, article, paragraph, point and where it is published.",
    "Suppression": "A lint finding suppressed for one item, with a written justification.",
    "Certification": "The certificate of a measure: its standard, scope, issuer and validity.",
}
# ... and shared definitions, by their name in the schemas.
DEF_DOCS = {
    "lang_text": "A text per language: two-letter language codes such as `nl` and `en`, each with its text.",
    "text_list": "A list of texts, each a string or per language.",
    "address": "A postal or visiting address.",
    "contact": "How to reach a person, role or department.",
    "recipient_use": "A recipient (recipients/) the data go to, with what it does with them and on which grounds.",
    "transfer": "A transfer to a country outside the EEA or an international organisation, with its mechanisms.",
    "retention": "A retention rule: how long data are kept, from which event, under which law or criteria.",
    "rights_limitation": "Rights that do not apply or apply only in part, with the article that limits them.",
    "client": "A controller (client) a processor activity acts for.",
    "purpose_use": "A purpose (purposes/) of an activity with its Art. 6(1) legal basis.",
    "data_use": "A data category (data-categories/) of an activity with its retention and the conditions for it.",
    "statutory_basis": "A statutory basis: the law and article, with an explanation.",
    "source": "Where the data come from (Art. 14(2)(f)).",
    "cookie": "A cookie or similar technology that an activity places or reads.",
    "system": "A system or storage location of an activity.",
    "channel": "A way to send a request to exercise a right (e-mail, post, a form ...).",
    "section": "An extra section of the privacy statement, in Markdown.",
}
# How a field without a description is named in its own: its key, with these written as people do.
_WORDS = {"dpo": "DPO", "dpia": "DPIA", "url": "URL", "vat": "VAT", "kvk": "KvK", "bsn": "BSN"}
_SCALARS = {"string": "str", "boolean": "bool", "integer": "int", "number": "float", "null": "None"}

HEADER = '''\
"""Typed views of the register's files, generated from the schemas by ``python -m ropa.modelgen``: do
not edit; a test fails when this file is out of date.

One ``TypedDict`` per kind of file (:class:`Organisation`, :class:`Activity`, :class:`Purpose`,
:class:`DataCategory`, :class:`DataSubject`, :class:`Recipient`, :class:`Measure`) and per object
within them. Each is ``total=False``: these are annotations of what a file that passed schema
validation holds, never checks of their own. A file that failed validation may hold anything, and the
rules and sites read only valid files (``SourceFile.valid``); the required fields are marked so in
their descriptions. Texts that may be written per language are :data:`Text` (or :data:`Markdown`):
a string, or a mapping of two-letter language codes to strings.
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict
'''


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_") if part)


def _human(key: str) -> str:
    words = [_WORDS.get(w, w) for w in key.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "?", "!")) else text + "."


@dataclass
class _Field:
    key: str
    type: str
    doc: str


@dataclass
class _Class:
    name: str
    doc: str
    fields: list[_Field] = field(default_factory=list)
    used_in: list[str] = field(default_factory=list)  # Owner.field where the schemas use it

    @property
    def functional(self) -> bool:
        """Written as ``TypedDict("Name", {...})``: a key is no Python name (``for``)."""
        return any(not f.key.isidentifier() or keyword.iskeyword(f.key) for f in self.fields)


@dataclass
class _Alias:
    name: str
    type: str
    doc: str
    classes: set[str]  # the classes its type names: the alias is then written as a string


class _Model:
    def __init__(self, schemas: dict[str, dict]):
        self.defs: dict[str, dict] = {}
        for schema in schemas.values():
            self.defs.update(schema.get("$defs", {}))
        self.classes: dict[str, _Class] = {}
        self.aliases: dict[str, _Alias] = {}
        self.named: dict[str, str] = {}  # $defs name -> Python name ("str" for a plain string)
        self.found_in: dict[str, str] = {}  # class name -> the kind of file it was first found in
        for kind in KINDS.values():
            schema = schemas[kind.schema_file]
            self.kind = kind.name
            self._object(_camel(kind.name), schema, schema.get("description", ""))

    # -- names --------------------------------------------------------------------------------
    def _claim(self, name: str) -> str:
        if name in self.classes or name in self.aliases:
            raise ValueError(f"two types of the schemas would both be named {name}; name one in INLINE_NAMES")
        return name

    def _ref(self, name: str) -> str:
        """The Python type of ``#/$defs/name``."""
        if name in self.named:
            return self.named[name]
        node = self.defs[name]
        if node.get("type") == "object" and "properties" in node:
            python = self.named[name] = DEF_NAMES.get(name, _camel(name))
            self._object(python, node, node.get("description") or DEF_DOCS.get(name, ""))
            return python
        if node.get("type") == "string" and "enum" not in node:  # an id, a date, an address: a string
            self.named[name] = "str"
            return "str"
        python = self.named[name] = self._claim(DEF_NAMES.get(name, _camel(name)))
        doc = node.get("description") or DEF_DOCS.get(name) or _human(name)
        alias = self.aliases[python] = _Alias(python, "", _sentence(doc), set())
        alias.type = self._type(node, python, "")
        alias.classes = {n for n in self.classes if n in _words(alias.type)}
        return python

    # -- types --------------------------------------------------------------------------------
    def _object(self, name: str, node: dict, doc: str) -> str:
        cls = self.classes[self._claim(name)] = _Class(name, _sentence(doc) if doc else "")
        self.found_in[name] = self.kind
        required = set(node.get("required", []))
        for key, sub in node.get("properties", {}).items():
            cls.fields.append(_Field(key, self._type(sub, name, key), self._doc(key, sub, key in required)))
        if not cls.doc:
            cls.doc = INLINE_DOCS.get(name) or f"The `{name}` object of the schemas."
        return name

    def _type(self, node: dict, owner: str, step: str) -> str:
        python = self._node_type(node, owner, step)
        place = f"{owner}.{step.rstrip('[]|{}')}" if step.rstrip("[]|{}") else owner
        for word in _words(python):
            cls = self.classes.get(word)
            if cls is not None and cls.name != owner and place not in cls.used_in:
                cls.used_in.append(place)
        return python

    def _node_type(self, node: dict, owner: str, step: str) -> str:
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref.removeprefix("#/$defs/"))
        if "const" in node:
            return f"Literal[{_literal(node['const'])}]"
        if "enum" in node:
            return "Literal[" + ", ".join(_literal(v) for v in node["enum"]) + "]"
        branches = node.get("anyOf", []) + node.get("oneOf", [])
        if branches:
            arms: list[str] = []
            for branch in branches:
                arm = self._type(branch, owner, step + "|")
                if arm not in arms:
                    arms.append(arm)
            return " | ".join(arms)
        kind = node.get("type")
        if kind == "array":
            return f"list[{self._type(node.get('items', {}), owner, step + '[]')}]"
        if kind == "object":
            if "properties" in node:
                name = INLINE_NAMES.get((owner, step)) or owner + _camel(step.replace("[]", "_item").strip("|"))
                return self._object(name, node, node.get("description", ""))
            values = node.get("additionalProperties")
            return f"dict[str, {self._type(values, owner, step + '{}') if isinstance(values, dict) else 'object'}]"
        if isinstance(kind, str) and kind in _SCALARS:
            return _SCALARS[kind]
        return "object"

    def _doc(self, key: str, node: dict, required: bool) -> str:
        """A field's description: its own, else what it refers to, else its name."""
        ref = node.get("$ref", "").removeprefix("#/$defs/")
        target = self.defs.get(ref, {})
        pointer = node.get("x-ropa-ref") or node.get("items", {}).get("x-ropa-ref")
        if node.get("description"):
            text = _sentence(node["description"])
        elif pointer:
            folder = KINDS[pointer].folder
            text = f"Id of a definition in {folder}/." if "x-ropa-ref" in node else f"Ids of definitions in {folder}/."
        elif target.get("type") == "object" and target.get("description"):
            text = _sentence(target["description"])
        elif target.get("description") or ref in DEF_DOCS:
            described = _sentence(target.get("description") or DEF_DOCS[ref])
            text = f"{_human(key)}: {described[:1].lower()}{described[1:]}"
        else:
            text = _human(key) + "."
        if required:
            text += " Required."
        if "default" in node:
            text += f" Default: `{json.dumps(node['default'], ensure_ascii=False)}`."
        return text

    # -- writing ------------------------------------------------------------------------------
    def render(self) -> str:
        plain = [a for a in self.aliases.values() if not a.classes]
        named = [a for a in self.aliases.values() if a.classes]
        out = [HEADER]
        out += ["# -- texts, lists and enumerations " + "-" * (WIDTH - 34), ""]
        for alias in _ordered(plain):
            out += [f"{alias.name}: TypeAlias = {alias.type}", *_docstring(alias.doc, ""), ""]
        for alias in named:  # they name classes defined below: written as strings
            out += [f'{alias.name}: TypeAlias = "{alias.type}"', *_docstring(alias.doc, ""), ""]
        kinds = [_camel(k.name) for k in KINDS.values()]
        out += ["", "# -- the kinds of file " + "-" * (WIDTH - 22)]
        for name in kinds:
            out += ["", "", *self._class_lines(self.classes[name])]
        later = [c for c in self.classes.values() if c.name not in kinds]
        for kind in KINDS.values():
            here = [c for c in later if self.found_in[c.name] == kind.name]
            if here:
                where = kind.subfolder + "/" if kind.folder else "organisation.yaml"
                title = f"# -- objects first found in {where} "
                out += ["", "", title + "-" * (WIDTH - len(title))]
            # a class written as a call (a key that is no Python name) names the others when it is run
            for cls in [c for c in here if not c.functional] + [c for c in here if c.functional]:
                out += ["", "", *self._class_lines(cls)]
        out += ["", "", "KindName: TypeAlias = Literal[" + ", ".join(_literal(k) for k in KINDS) + "]"]
        out += _docstring("The schema name of a kind of file.", "")
        out += ["", "MODELS: dict[str, type] = {"]
        out += [f"    {_literal(k)}: {_camel(k)}," for k in KINDS]
        out += ["}", *_docstring("The TypedDict of each kind of file, by its schema name.", "")]
        return "\n".join(_wrapped(out)) + "\n"

    @staticmethod
    def _used(cls: _Class) -> str:
        return " In " + ", ".join(f"``{place}``" for place in cls.used_in) + "." if cls.used_in else ""

    def _class_lines(self, cls: _Class) -> list[str]:
        if cls.functional:
            lines = [f"{cls.name} = TypedDict(", f"    {_literal(cls.name)},", "    {"]
            for f in cls.fields:
                lines += ["        # " + line for line in textwrap.wrap(f.doc, WIDTH - 10, break_on_hyphens=False)]
                # evaluated when the module is run: a class is named as a string, defined before or after
                names_class = any(word in self.classes for word in _words(f.type))
                lines.append(f"        {_literal(f.key)}: {_literal(f.type) if names_class else f.type},")
            lines += ["    },", "    total=False,", ")", *_docstring(cls.doc + self._used(cls), "")]
            return lines
        lines = [f"class {cls.name}(TypedDict, total=False):", *_docstring(cls.doc + self._used(cls), "    ")]
        for f in cls.fields:
            lines += ["", f"    {f.key}: {f.type}", *_docstring(f.doc, "    ")]
        return lines


def _words(text: str) -> set[str]:
    return set("".join(c if c.isalnum() or c == "_" else " " for c in text).split())


def _ordered(aliases: list[_Alias]) -> list[_Alias]:
    """Aliases after the aliases their types name: they are evaluated when the module is imported."""
    by_name = {a.name: a for a in aliases}
    done: dict[str, _Alias] = {}

    def visit(alias: _Alias) -> None:
        if alias.name in done:
            return
        for word in sorted(_words(alias.type)):
            if word in by_name and word != alias.name:
                visit(by_name[word])
        done[alias.name] = alias

    for alias in aliases:
        visit(alias)
    return list(done.values())


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _docstring(text: str, indent: str) -> list[str]:
    text = text.replace("\\", "\\\\").replace('"""', '\\"""')
    if text.endswith('"'):
        text += " "
    width = WIDTH - len(indent) - 3
    lines = textwrap.wrap('"""' + text, width, break_on_hyphens=False, break_long_words=False) or ['"""']
    lines[-1] += '"""'
    return [indent + line for line in lines]


def _wrapped(lines: list[str]) -> Iterator[str]:
    """Lines as ruff format writes them: a subscript or union too long for one line, one item a line."""
    for line in lines:
        if len(line) <= WIDTH or line.lstrip().startswith(('"""', "#")) or "[" not in line:
            yield line
            continue
        indent = line[: len(line) - len(line.lstrip())]
        head, _, rest = line.partition("[")
        body = rest[: rest.rindex("]")]
        items = _split(body)
        yield f"{head}["
        for item in items:
            yield from _wrapped([f"{indent}    {item},"])
        yield f"{indent}]" + rest[rest.rindex("]") + 1 :]


def _split(body: str) -> list[str]:
    """The comma-separated items of ``body`` at its top level."""
    items, depth, current = [], 0, ""
    for char in body:
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    return [*items, current.strip()] if current.strip() else items


def build(src_dir: Path | None = None) -> str:
    """The text of model.py for the schemas in ``src_dir`` (schema/src/ of the checkout by default)."""
    return _Model(schemagen.build(src_dir or SOURCES)).render()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = build()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if current == text:
        return 0
    if "--check" in argv:
        print("out of date: tool/ropa/model.py (run python -m ropa.modelgen)", file=sys.stderr)
        return 1
    TARGET.write_text(text, encoding="utf-8")
    print("wrote tool/ropa/model.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
