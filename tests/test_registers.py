"""The demo register and the five example registers.

The demo has no finding above info. The examples are faithful to real statements with real gaps:
their findings are pinned in tests/golden/lint-<name>.txt, each judged by a privacy officer's eye
(a true gap in the source statement, or a false alarm to fix in the rule). Regenerate with
ROPA_UPDATE_GOLDEN=1 after an intended change and review the diff like code.
"""

from __future__ import annotations

import os

import pytest

from conftest import ROOT
from ropa.lint import lint

EXAMPLES = sorted(p.name for p in (ROOT / "examples").iterdir() if p.is_dir())
REGISTERS = ["register"] + [f"examples/{e}" for e in EXAMPLES]


def test_all_registers_are_present():
    assert EXAMPLES == ["bayern-ehrenamtskarte", "connaxis", "connectis", "conneqtech", "gemeente-lindewaard", "interconnect",
                        "isset"]


def _lines(name: str) -> list[str]:
    result = lint(ROOT / name, use_cache=False)
    assert result.structural_errors == [], result.structural_errors
    return [f"{os.path.relpath(p.path, ROOT / name) if os.path.isabs(p.path) else p.path}:{p.line}:{p.column}: "
            f"{p.level} [{p.rule}] {p.message}" for p in result.problems]


def test_demo_register_has_no_findings_above_info():
    result = lint(ROOT / "register", use_cache=False)
    assert [p for p in result.problems if p.level != "info"] == []
    assert result.exit_code(strict=True) == 0


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_findings_match_their_golden_file(name, monkeypatch):
    monkeypatch.chdir(ROOT / "examples" / name)
    result = lint(ROOT / "examples" / name, use_cache=False)
    assert result.structural_errors == []
    lines = [f"{os.path.relpath(ROOT / 'examples' / name / p.path) if not os.path.isabs(p.path) else os.path.relpath(p.path)}"
             f":{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}" for p in result.problems]
    text = "\n".join(lines) + "\n"
    golden = ROOT / "tests" / "golden" / f"lint-{name}.txt"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", REGISTERS)
def test_every_file_has_its_schema_modeline(name):
    for path in sorted((ROOT / name).rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.is_file() and target.parent == ROOT / "schema", path
