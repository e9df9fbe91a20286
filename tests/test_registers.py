"""The demo register and the five example registers lint without any problem."""

from __future__ import annotations

import pytest

from conftest import ROOT
from ropa.lint import lint

REGISTERS = ["register"] + sorted(f"examples/{p.name}" for p in (ROOT / "examples").iterdir() if p.is_dir())


def test_all_registers_are_present():
    assert REGISTERS == ["register", "examples/connaxis", "examples/connectis", "examples/conneqtech",
                         "examples/interconnect", "examples/isset"]


@pytest.mark.parametrize("name", REGISTERS)
def test_register_lints_clean(name):
    result = lint(ROOT / name, use_cache=False)
    assert [f"{p.path}:{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}" for p in result.problems] == []
    assert result.exit_code(strict=True) == 0


@pytest.mark.parametrize("name", REGISTERS)
def test_every_file_has_its_schema_modeline(name):
    for path in sorted((ROOT / name).rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.is_file() and target.parent == ROOT / "schema", path
