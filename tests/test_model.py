"""The typed model (ropa.model): generated from the schemas, described, and true of the registers."""

from __future__ import annotations

import ast
import shutil
import types
import typing
from pathlib import Path

import pytest

from conftest import ROOT
from ropa import model, modelgen
from ropa.kinds import KINDS
from ropa.register import read_register

MODEL = Path(model.__file__)  # the checkout's, or the installed wheel's when the suite tests that
REGISTERS = sorted(p.parent for p in (ROOT / "examples").glob("*/organisation.yaml")) + [ROOT / "register"]


def test_committed_model_is_generated_from_the_schemas(monkeypatch):
    assert modelgen.build(ROOT / "schema" / "src") == MODEL.read_text(encoding="utf-8"), (
        "tool/ropa/model.py is stale: run python -m ropa.modelgen"
    )
    monkeypatch.setattr(modelgen, "SOURCES", ROOT / "schema" / "src")
    assert modelgen.main(["--check"]) == 0


def test_a_change_to_the_schemas_changes_the_model(tmp_path):
    shutil.copytree(ROOT / "schema" / "src", tmp_path / "src")
    purpose = tmp_path / "src" / "purpose.yaml"
    purpose.write_text(
        purpose.read_text(encoding="utf-8").replace(
            "  direct_marketing:\n",
            "  urgency:\n    type: string\n    enum: [low, high]\n    description: How urgent it is.\n"
            "  direct_marketing:\n",
        ),
        encoding="utf-8",
    )
    changed = modelgen.build(tmp_path / "src")
    assert changed != MODEL.read_text(encoding="utf-8")
    assert '    urgency: Literal["low", "high"]\n    """How urgent it is."""\n' in changed


def test_every_kind_has_its_typed_dict():
    assert list(model.MODELS) == list(KINDS) == list(typing.get_args(model.KindName))
    for cls in model.MODELS.values():
        assert typing.is_typeddict(cls) and not cls.__required_keys__


def test_every_class_and_field_carries_a_description():
    tree = ast.parse(MODEL.read_text(encoding="utf-8"))
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(classes) > 40
    for cls in classes:
        assert ast.get_docstring(cls), cls.name
        body = cls.body[1:]
        for i, node in enumerate(body):
            if isinstance(node, ast.AnnAssign):
                after = body[i + 1] if i + 1 < len(body) else None
                described = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                assert described and after.value.value.strip(), f"{cls.name}.{ast.unparse(node.target)}"


def _problems(value: object, hint: object, path: str) -> list[str]:
    """Where ``value`` does not fit ``hint``, a type of ropa.model: keys the TypedDicts do not declare
    first of all, and values of another shape."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if typing.is_typeddict(hint):
        if not isinstance(value, dict):
            return [f"{path}: {type(value).__name__}, not a mapping ({hint.__name__})"]  # type: ignore[union-attr]
        fields = typing.get_type_hints(hint)
        found = []
        for key, item in value.items():
            if key in fields:
                found += _problems(item, fields[key], f"{path}.{key}")
            else:
                found.append(f"{path}.{key}: not a field of {hint.__name__}")  # type: ignore[union-attr]
        return found
    if origin in (typing.Union, types.UnionType):
        tries = [_problems(value, arm, path) for arm in args]
        return [] if not all(tries) else min(tries, key=len)
    if origin is typing.Literal:
        return [] if value in args else [f"{path}: {value!r} is not one of {args}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: not a list"]
        return [p for i, item in enumerate(value) for p in _problems(item, args[0], f"{path}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{path}: not a mapping"]
        return [p for key, item in value.items() for p in _problems(item, args[1], f"{path}.{key}")]
    if hint is object:
        return []
    if hint is float:
        hint = (int, float)
    fits = isinstance(value, hint) and not (hint is int and isinstance(value, bool))  # type: ignore[arg-type]
    return [] if fits else [f"{path}: {value!r} is not {hint}"]


def test_the_checker_finds_an_undeclared_key_and_a_wrong_shape():
    assert _problems({"id": "x", "name": {"nl": "X"}, "purposes": [{"purpose": "p"}]}, model.Activity, "a") == []
    assert _problems({"id": "x", "nmae": "X"}, model.Activity, "a") == ["a.nmae: not a field of Activity"]
    assert _problems({"purposes": [{"basis": "vote"}]}, model.Activity, "a") == [
        "a.purposes[0].basis: 'vote' is not one of ('consent', 'contract', 'legal-obligation', 'vital-interests', "
        "'public-task', 'legitimate-interests')"
    ]
    assert _problems({"for": ["college"], "address": {"city": 3}}, model.DPO, "d") == [
        "d.address.city: 3 is not <class 'str'>"
    ]


@pytest.mark.parametrize("folder", REGISTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_registers_files_use_only_declared_fields(folder: Path):
    register = read_register(folder, use_cache=False)
    files = list(register.all_files())
    assert len(files) > 5
    found = []
    for source in files:
        assert source.loaded, source.display
        found += _problems(source.data, model.MODELS[source.kind.name], source.display)
    assert found == []
