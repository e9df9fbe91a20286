"""ropa's layers: each module imports only from its own layer or below, wherever the import stands
(at the top or inside a function, where it waits for a heavy dependency to be needed). The layers,
lowest first; a module not listed fails the test, so a new module must be given its place."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tool" / "ropa"

LAYERS = [
    # reading YAML values, kinds of file, the typed views of their contents (generated), dates, problems and
    # which of them are structural, where ropa's shipped files are, git, patterns compiled when first used
    {
        "__init__",
        "values",
        "kinds",
        "dates",
        "problems",
        "structural",
        "schemafiles",
        "git",
        "data",
        "model",
        "forked",
        "lazyre",
    },
    # the YAML loader, the schemas' annotations, reference data and national layers
    {"loader", "schemawalk", "vocab", "national"},
    # the text layer (wording, Babel), the lint cache
    {"text", "cache"},
    # the register as read: files, schema checks, cross-links, overrides, retention read back from text
    {"register", "validate", "links", "overrides", "readback"},
    # the rule pack
    {"rules"},
    # lint and its reports; diff of two revisions
    {"lint", "report", "diff"},
    # the sites: views, statement, internal register, exports of the view, the site engine
    {"site"},
    # commands' libraries: export, import, new files
    {"export", "importer", "dictu", "scaffold"},
    # the command line and the generators of its docs, schemas and typed model
    {"cli", "clidocs", "schemagen", "modelgen", "__main__"},
]


def _module(name: str) -> str:
    """The module an import names: ``from . import __version__`` imports from the package itself."""
    parts = name.split(".")
    while parts and not ((PACKAGE.joinpath(*parts).with_suffix(".py")).is_file() or PACKAGE.joinpath(*parts).is_dir()):
        parts.pop()
    return ".".join(parts) or "__init__"


def _layer(module: str) -> int:
    top = _module(module).split(".")[0]
    for number, names in enumerate(LAYERS):
        if top in names:
            return number
    raise AssertionError(f"ropa.{module} has no layer in tests/test_layers.py; give it one")


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module under ropa) of every import of ropa's own modules in ``path``."""
    package = ".".join(path.relative_to(PACKAGE).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                names = [target] if node.module else [".".join([*base, alias.name]) for alias in node.names]
                found += [(node.lineno, name) for name in names if name]
            elif node.module and node.module.startswith("ropa."):
                found.append((node.lineno, node.module.removeprefix("ropa.")))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name.removeprefix("ropa.")) for a in node.names if a.name.startswith("ropa.")]
    return found


def test_every_module_imports_only_its_own_layer_or_below():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        own = _layer(module)
        for line, imported in _imports(path):
            if _layer(imported) > own:
                wrong.append(f"{path.relative_to(PACKAGE)}:{line} imports ropa.{imported} from a higher layer")
    assert wrong == []


def test_the_layers_name_every_module():
    for path in PACKAGE.rglob("*.py"):
        _layer(".".join(path.relative_to(PACKAGE).with_suffix("").parts))
