"""Each rule's two examples: a register it finds something in, and a near miss it stays quiet about.

The examples stand beside the rule's declaration (``@rule(..., example=..., near_miss=...,
points_at=...)``) as YAML text: the files they change in a small base register shipped with ropa
(``ropa/data/rule-examples/base``, which lints clean). Under each file's name, the top-level keys given
replace that file's keys and a key set to ``null`` removes it; a file the base does not have is written
whole, and a file set to ``null`` is removed. ``points_at`` is the text that the line of the example's
finding starts with at the finding's column.

tests/test_rules.py lints every example as of :data:`CHECKED_ON` (rules about reviews and dates depend
on the day), and docs/rules.md shows them.
"""

from __future__ import annotations

import shutil
import textwrap
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

BASE = Path(__file__).resolve().parents[1] / "data" / "rule-examples" / "base"
CHECKED_ON = date(2026, 11, 22)


def dedented(text: str) -> str:
    """An example's YAML as a reader sees it: without the indentation of the rule's declaration."""
    return textwrap.dedent(text).strip("\n") + "\n"


def changes(text: str) -> dict[str, dict[str, Any] | None]:
    """The files an example changes: each file's name, relative to the register, with the top-level keys
    it sets (``None`` for a key removes it), or ``None`` for a file removed."""
    parsed = yaml.safe_load(dedented(text))
    if not isinstance(parsed, dict) or not parsed:
        raise ValueError("an example is a mapping of file names to the keys they change")
    for name, change in parsed.items():
        path = PurePosixPath(name) if isinstance(name, str) else None
        if path is None or path.is_absolute() or ".." in path.parts or path.suffix != ".yaml":
            raise ValueError(f"{name!r} is not the name of a YAML file inside the register")
        if change is not None and not (isinstance(change, dict) and change):
            raise ValueError(f"{name}: give the keys the example changes, or null to remove the file")
    return parsed


def write(text: str, target: Path) -> Path:
    """The base register with the example's changes, written to ``target`` (which must not exist)."""
    shutil.copytree(BASE, target)
    for name, change in changes(text).items():
        path = target / name
        if change is None:
            path.unlink()
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
        for key, value in change.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


def sections(text: str) -> list[tuple[str, str | None]]:
    """Each file an example changes, with its part of the example as written (for the docs), or ``None``
    for a file removed. A comment above a file's name belongs to that file's part."""
    parts: list[tuple[str, bool, list[str]]] = []
    comments: list[str] = []
    for line in dedented(text).splitlines():
        if line[:1].strip() and line.startswith("#"):
            comments.append(line)
        elif line[:1].strip():
            name, _, rest = line.partition(":")
            parts.append((name.strip(), rest.strip() == "null", comments))
            comments = []
        elif parts:
            parts[-1][2].append(line)
    out: list[tuple[str, str | None]] = []
    for name, removed, lines in parts:
        inner = [line for line in lines if line.strip() and line[:1].isspace()]
        cut = min((len(line) - len(line.lstrip()) for line in inner), default=0)
        text_of_file = "\n".join(line[cut:] if line[:1].isspace() else line for line in lines)
        out.append((name, None if removed else text_of_file + "\n"))
    return out
