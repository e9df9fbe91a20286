"""Data-driven broken registers, run through the real CLI and compared with golden output.

Each folder in tests/cases/ (except _base) is laid over the valid register in tests/cases/_base and
linted; `expected.txt` holds the exit status and every problem line. Regenerate after an intended
change with ROPA_UPDATE_GOLDEN=1 and review the diff like code.
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from conftest import CASES, build_case
from ropa.cli import main

NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir() and not p.name.startswith("_"))


def run_case(name: str, tmp_path, monkeypatch) -> str:
    register = build_case(name, tmp_path / "register")
    monkeypatch.chdir(register)
    result = CliRunner().invoke(main, ["lint", ".", "--no-cache", "--quiet"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return f"# exit {result.exit_code}\n{result.stdout}"


def test_base_register_is_clean(tmp_path, monkeypatch):
    assert run_case("_base", tmp_path, monkeypatch) == "# exit 0\n"


@pytest.mark.parametrize("name", NAMES)
def test_case(name, tmp_path, monkeypatch):
    actual = run_case(name, tmp_path, monkeypatch)
    golden = CASES / name / "expected.txt"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no {golden}; run with ROPA_UPDATE_GOLDEN=1 and review it"
    assert actual == golden.read_text(encoding="utf-8")
