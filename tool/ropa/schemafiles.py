"""Access to the public schema files shipped with ropa (schema/ in the repository)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .kinds import KINDS

_PACKAGE = Path(__file__).resolve().parent


def shipped_dir(installed: str, checkout: str) -> Path:
    """A data folder of ropa: inside the installed package (a wheel), else in the source checkout."""
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parents[1] / checkout


def schema_dir() -> Path:
    return shipped_dir("schemas", "schema")


@cache
def schema_text(kind: str) -> str:
    return (schema_dir() / KINDS[kind].schema_file).read_text(encoding="utf-8")


@cache
def schema(kind: str) -> dict:
    return json.loads(schema_text(kind))
