"""`ropa new` and `ropa init`: new definition files and new register repositories.

Nothing is ever overwritten: an existing file is an error, never replaced.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import yaml

from . import __version__
from .kinds import FOLDER_KINDS, KINDS
from .schemafiles import schema_dir

KIND_NAMES = {k.name: k for k in FOLDER_KINDS}


class Exists(Exception):
    """The file or folder is already there; ropa does not overwrite it."""


def find_schema_dir(register: Path) -> Path | None:
    """The project's schema/ folder: beside the register (as `ropa init` makes it) or inside it."""
    for candidate in (register.resolve().parent / "schema", register.resolve() / "schema"):
        if (candidate / "activity.schema.json").is_file():
            return candidate
    return None


def modeline(target: Path, kind: str, schemas: Path | None) -> str:
    if schemas is None:
        return ""
    relative = os.path.relpath(schemas / KINDS[kind].schema_file, target.parent).replace(os.sep, "/")
    return f"# yaml-language-server: $schema={relative}\n"


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def definition(kind: str, ident: str, *, name: str | None = None, description: str | None = None,
               extra: dict | None = None, today: date | None = None) -> dict:
    """The content of a new, schema-valid file of ``kind``."""
    data: dict = {"id": ident}
    if kind == "recipient":
        data["kind"] = (extra or {}).pop("kind", None) or "processor"
        data["category"] = name or ident
        if name:
            data["name"] = name
    else:
        data["name"] = name or ident.replace("-", " ").capitalize()
    if description:
        data["description"] = description
    data.update({k: v for k, v in (extra or {}).items() if v not in (None, "")})
    if kind == "activity":
        data.update({"role": data.pop("role", "controller"), "data_subjects": [], "purposes": [], "data": [],
                     "sources": [], "recipients": [], "owner": data.pop("owner", ""),
                     "review": {"last": (today or date.today()).isoformat(), "interval": "P1Y"}})
        if not data["owner"]:
            del data["owner"]
    return data


def new_file(register: Path, kind: str, ident: str, data: dict) -> Path:
    folder = KIND_NAMES[kind].folder
    target = register / folder / f"{ident}.yaml"
    existing = [p for p in (register / folder).rglob(f"{ident}.y*ml") if p.suffix in (".yaml", ".yml")] \
        if (register / folder).is_dir() else []
    if target.exists() or existing:
        raise Exists(f"{existing[0] if existing else target} already exists; ropa never overwrites a file")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(modeline(target, kind, find_schema_dir(register)) + _dump(data), encoding="utf-8")
    return target


def templates_dir() -> Path:
    from .site.render import templates_dir as site_templates

    return site_templates() / "init"


def init(target: Path, organisation: dict, *, ropa_spec: str | None = None) -> list[Path]:
    """A new register repository in ``target``; returns the files written."""
    if target.exists() and any(target.iterdir()):
        raise Exists(f"{target} exists and is not empty; ropa init writes only into a new or empty folder")
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(rel: str, text: str) -> None:
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    shutil.copytree(schema_dir(), target / "schema", ignore=shutil.ignore_patterns("src", "__pycache__", "*.py"))
    written += sorted((target / "schema").glob("*.json"))
    register = target / "register"
    write("register/organisation.yaml", modeline(register / "organisation.yaml", "organisation", target / "schema")
          + _dump(organisation))
    for kind in FOLDER_KINDS:
        (register / kind.folder).mkdir(parents=True, exist_ok=True)
        write(f"register/{kind.folder}/.gitkeep", "")
    spec = ropa_spec or f"ropa=={__version__}"
    for source in sorted(p for p in templates_dir().rglob("*") if p.is_file()):
        rel = source.relative_to(templates_dir()).as_posix().replace("dot-", ".")
        write(rel, source.read_text(encoding="utf-8").replace("@ROPA_SPEC@", spec))
    settings = {"yaml.schemas": {f"schema/{k.schema_file}": (f"register/{k.folder}/**/*.yaml" if k.folder
                                                              else "register/organisation.yaml")
                                 for k in KINDS.values()}}
    write(".vscode/settings.json", json.dumps(settings, indent=2) + "\n")
    return written
