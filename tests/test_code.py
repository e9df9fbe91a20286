"""The project's own code passes its own checks, configured in pyproject.toml: ruff (lint and
format) and mypy. Run by the README's test command, so CI runs them too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CODE = ["tool", "tests", "bench", "setup.py"]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN))
    if found is None:
        pytest.fail(f"{name} is not installed; pip install -e '.[test]' installs it")
    return found


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    result = _run(_tool("ruff"), "check", "--no-cache", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted():
    result = _run(_tool("ruff"), "format", "--check", "--no-cache", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = _run(_tool("mypy"), "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
