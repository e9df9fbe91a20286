"""Running git: the one place ropa starts git, turns its failures into :class:`GitError` and asks a
repository the questions ropa needs (where its root is, whether it has commits yet)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any


class GitError(Exception):
    """git is missing, or a command failed; the message is git's own (or says which command failed)."""


def git(repo: Path, *args: str, binary: bool = False, timeout: float = 120, data: bytes | None = None) -> Any:
    """The output of ``git -C repo ARGS`` (bytes with ``binary``), given ``data`` on its standard
    input, or :class:`GitError`."""
    try:
        result = subprocess.run(["git", "-C", str(repo), *args], input=data, capture_output=True, timeout=timeout)
    except FileNotFoundError:
        raise GitError("git is not installed; install git to use this command") from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitError(f"git {' '.join(args)}: {exc}") from None
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip() or f"git {' '.join(args)} failed")
    return result.stdout if binary else result.stdout.decode("utf-8")


def quiet(repo: Path, *args: str, timeout: float = 20) -> str | None:
    """The stripped output of a git command, or None when git is missing or the command fails."""
    try:
        return git(repo, *args, timeout=timeout).strip()
    except GitError:
        return None


def available() -> bool:
    return shutil.which("git") is not None


def repo_root(path: Path) -> Path:
    return Path(git(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel").strip())


def has_commits(repo: Path) -> bool:
    return quiet(repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}") is not None
