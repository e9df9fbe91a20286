"""Which version of the register a site shows: git commit and date, and a hash of the content."""

from __future__ import annotations

import hashlib

from ..git import quiet as _git
from ..register import Register


def content_hash(register: Register) -> str:
    """sha256 over every register file's path (relative to the register) and bytes."""
    digest = hashlib.sha256()
    for source in sorted(register.all_files(), key=lambda s: s.path.relative_to(register.root).as_posix()):
        digest.update(source.path.relative_to(register.root).as_posix().encode() + b"\0")
        digest.update(source.raw or b"")
        digest.update(b"\0")
    return digest.hexdigest()


def register_version(register: Register) -> dict:
    root = register.root.resolve()
    version: dict[str, object] = {"content_sha256": content_hash(register), "commit": None, "date": None, "dirty": None}
    commit = _git(root, "log", "-1", "--format=%H %cI", "--", ".")
    if commit:
        sha, when = commit.split(" ", 1)
        version.update(
            commit=sha,
            date=when[:10],
            dirty=bool(_git(root, "status", "--porcelain", "--untracked-files=normal", "--", ".")),
        )
    return version
