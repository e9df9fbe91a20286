"""`ropa new` and `ropa init`: new definition files and new register repositories.

Nothing is ever overwritten: an existing file is an error, never replaced.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import yaml

from . import __version__, git
from .kinds import FOLDER_KINDS, KINDS
from .schemafiles import schema_dir

KIND_NAMES = {k.name: k for k in FOLDER_KINDS}

#: An e-mail address as the schemas accept it (their `email` pattern; tests/test_workflow.py checks that
#: they agree).
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def is_email(text: str) -> bool:
    return re.fullmatch(EMAIL_PATTERN, text) is not None


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


def dump(data: dict) -> str:
    """A register file's YAML as ropa writes it (keys in the order given, text as text), with libyaml's
    emitter where PyYAML has it: about ten times faster than the pure-Python one for a large import."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


def default_name(ident: str) -> str:
    """The name of a new definition given none: its id as words."""
    return ident.replace("-", " ").capitalize()


def definition(
    kind: str, ident: str, *, name: str | None = None, description: str | None = None, extra: dict | None = None
) -> dict:
    """The content of a new, schema-valid file of ``kind``: only what the user gave, nothing invented."""
    data: dict = {"id": ident}
    extra = dict(extra or {})
    if kind == "recipient":
        data["kind"] = extra.pop("kind")
        data["category"] = name or ident
        if name:
            data["name"] = name
    else:
        data["name"] = name or default_name(ident)
    if description:
        data["description"] = description
    data.update({k: v for k, v in extra.items() if v not in (None, "")})
    if kind == "activity":
        # Empty lists that lint reports as missing; never `recipients: []` (that says "nobody receives the
        # data") and never a review date that did not happen: those are left to ACTIVITY_QUESTIONS.
        owner = data.pop("owner", None)
        data.update({"role": "controller", "data_subjects": [], "purposes": [], "data": []})
        if owner:
            data["owner"] = owner
    return data


def new_definition(
    kind: str,
    ident: str,
    *,
    name: str | None = None,
    description: str | None = None,
    recipient_kind: str | None = None,
    country: str | None = None,
    owner: str | None = None,
) -> dict:
    """The content of a new file of ``kind`` from the options of `ropa new`; each option that does not
    belong to ``kind`` is left out (a recipient's kind and country, an activity's owner)."""
    extra: dict = {}
    if kind == "recipient":
        extra = {"kind": recipient_kind, "country": country.upper() if country else None}
    elif kind == "activity":
        extra = {"owner": owner}
    return definition(kind, ident, name=name, description=description, extra=extra)


# What a new activity still has to answer, as comments under its keys: `ropa lint` asks for each.
ACTIVITY_QUESTIONS = """\
# Still to answer (ropa lint asks for each):
# sources:            where the data come from, such as [{kind: data-subject}]
# recipients:         who receives the data; `recipients: []` only when nobody does
# transfers:          transfers outside the EEA, with their mechanism
# review: {last: YYYY-MM-DD, interval: P1Y}   the date of a review that took place
"""


def new_file(register: Path, kind: str, ident: str, data: dict) -> Path:
    folder = KIND_NAMES[kind].subfolder
    target = register / folder / f"{ident}.yaml"
    existing = (
        [p for p in (register / folder).rglob(f"{ident}.y*ml") if p.suffix in (".yaml", ".yml")]
        if (register / folder).is_dir()
        else []
    )
    if target.exists() or existing:
        raise Exists(f"{existing[0] if existing else target} already exists; ropa never overwrites a file")
    target.parent.mkdir(parents=True, exist_ok=True)
    questions = ACTIVITY_QUESTIONS if kind == "activity" else ""
    target.write_text(modeline(target, kind, find_schema_dir(register)) + dump(data) + questions, encoding="utf-8")
    return target


def default_spec() -> str:
    """What the generated CI files install: this very version of ropa, from the package index."""
    return f"ropa-register=={__version__}"


def templates_dir() -> Path:
    from .site.render import templates_dir as site_templates

    return site_templates() / "init"


class GitFailed(Exception):
    """The files were written, but git could not create the repository or its first commit."""


def _empty_or_fresh_git(target: Path) -> bool:
    """``target`` holds nothing, or only a git repository without commits (as `git init` leaves it)."""
    entries = [entry.name for entry in target.iterdir()]
    if not entries:
        return True
    return (
        entries == [".git"]
        and git.available()
        and git.quiet(target, "rev-parse", "--git-dir") is not None
        and not git.has_commits(target)
    )


def _enclosing_repository(target: Path) -> Path | None:
    """The work tree that ``target`` (which may not exist yet) would be part of, if any."""
    existing = next((p for p in (target.resolve(), *target.resolve().parents) if p.is_dir()), None)
    top = git.quiet(existing, "rev-parse", "--show-toplevel") if existing and git.available() else None
    return Path(top) if top else None


def first_organisation(name: str, email: str, language: str, languages: list[str], kvk: str | None = None) -> dict:
    """organisation.yaml as `ropa init` writes it: the controller, its privacy address as the way to
    send a request, answered within a month, and a first draft of the statement."""
    organisation: dict = {"name": name, "language": language, "email": email}
    if kvk:
        organisation["kvk"] = kvk
    # a first draft: its version says so until the organisation publishes it (lint asks for one)
    organisation["statement"] = {"version": "0.1", "languages": [lang.strip() for lang in languages if lang.strip()]}
    organisation["rights"] = {"channels": [{"kind": "email", "value": email}], "response_time": "P1M"}
    return organisation


def init(target: Path, organisation: dict, *, ropa_spec: str | None = None, commit: bool = False) -> list[Path]:
    """A new register repository in ``target``; returns the files written.

    ``target`` is new, empty, or holds only a git repository without commits. The git repository is
    created where there is none, unless ``target`` lies inside another repository's work tree (then
    the files belong to that one); with ``commit`` the files become the new repository's first commit.
    Raises :class:`GitFailed` (after writing the files) when git is missing or fails.
    """
    enclosing = _enclosing_repository(target) if not (target / ".git").exists() else None
    if enclosing is not None and commit:
        raise Exists(
            f"{target} is inside the git repository at {enclosing}; ropa init makes a first commit only "
            "in a repository of its own: leave out --commit and commit the files there yourself"
        )
    if target.exists() and not target.is_dir():
        raise Exists(f"{target} is a file; ropa init writes a register repository into a new or empty folder")
    if target.is_dir() and not _empty_or_fresh_git(target):
        raise Exists(
            f"{target} exists and is not empty; ropa init writes only into a new or empty folder "
            "(or one that holds only a git repository without commits)"
        )
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
    write(
        "register/organisation.yaml",
        modeline(register / "organisation.yaml", "organisation", target / "schema") + dump(organisation),
    )
    for kind in FOLDER_KINDS:
        (register / kind.subfolder).mkdir(parents=True, exist_ok=True)
        write(f"register/{kind.folder}/.gitkeep", "")
    spec = ropa_spec or default_spec()
    for source in sorted(p for p in templates_dir().rglob("*") if p.is_file()):
        rel = source.relative_to(templates_dir()).as_posix().replace("dot-", ".")
        write(rel, source.read_text(encoding="utf-8").replace("@ROPA_SPEC@", spec))
    settings = {
        "yaml.schemas": {
            f"schema/{k.schema_file}": (f"register/{k.folder}/**/*.yaml" if k.folder else "register/organisation.yaml")
            for k in KINDS.values()
        }
    }
    write(".vscode/settings.json", json.dumps(settings, indent=2) + "\n")
    if enclosing is None:
        _git_repository(target, commit)
    return written


def _git_repository(target: Path, commit: bool) -> None:
    if not git.available():
        raise GitFailed(
            "git is not installed, so no git repository was created; install git, then run `git init` in the folder"
        )
    try:
        if not (target / ".git").exists():
            git.git(target, "init", "--quiet")
            if git.quiet(target, "config", "--get", "init.defaultBranch") is None:
                git.git(target, "symbolic-ref", "HEAD", "refs/heads/main")  # GitHub's and GitLab's default
        if commit:
            git.git(target, "add", "--all")
            git.git(target, "commit", "--quiet", "--message", "Start the register of processing activities")
    except git.GitError as exc:
        what = "the first commit" if commit else "the git repository"
        raise GitFailed(f"the files are written, but git could not make {what}: {exc}") from None
