from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# every page the suite renders fails on a sentence printed with a placeholder left empty (ropa/text.py): set
# before ropa is imported, and inherited by the commands the tests run
os.environ["ROPA_STRICT_WORDING"] = "1"

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own lint cache, never the user's."""
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795305600")  # 2026-11-22: rules that read the date stay put


def build_case(name: str, target: Path) -> Path:
    """The base register with the case's files laid over it; `X.delete` removes X."""
    shutil.copytree(CASES / "_base", target)
    for path in sorted((CASES / name).rglob("*")):
        if path.is_dir() or path.name == "expected.txt":
            continue
        rel = path.relative_to(CASES / name)
        if path.name.endswith(".delete"):
            (target / rel.parent / path.name[: -len(".delete")]).unlink()
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / rel)
    return target
