"""The output folder of `ropa build`: checked, locked, written atomically, never emptied blindly.

Both sites are built into a staging folder inside ``--out`` (so on the same file system), and only
when every site built are ``public/`` and ``internal/`` swapped into place, one rename each; on any
failure or interruption the previous sites stay as they were and the staging folder is removed. A
lock keeps two builds out of one folder. ropa refuses an output folder that is a link, that is or
holds the register, that is the repository's root, or that holds files ropa did not write (unless
forced), and it only ever replaces ``public/`` and ``internal/`` there.

Files a site needs besides what ropa makes (a ``CNAME`` for GitHub Pages, a ``robots.txt``, a
verification file) go in ``REGISTER/static/public/`` or ``REGISTER/static/internal/``: they are copied
into the site at every build.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from .. import git

MARKER = ".ropa-site"
LOCK = ".ropa-lock"
STAMP = ".ropa-built"  # what the sites in the folder were built from (see build.py: _stamp)
SITES = ("public", "internal")
MAX_STATIC_FILES = 200
MAX_STATIC_BYTES = 20 * 1024 * 1024


class OutputRefused(Exception):
    """The output folder is not one ropa may write into; the message says why and what to do."""


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def check(out: Path, register: Path, force: bool = False) -> None:
    """Raise :class:`OutputRefused` unless ``out`` is safe to build into."""
    if out.is_symlink():
        raise OutputRefused(f"{out} is a link; give the real folder, so that ropa cannot write somewhere unexpected")
    resolved, reg = out.resolve(), register.resolve()
    if resolved == reg or _inside(reg, resolved) or _inside(resolved, reg):
        raise OutputRefused(
            f"{out} is, holds or lies inside the register {register}; build into a folder of its "
            "own, such as --out site beside the register"
        )
    top = git.quiet(reg, "rev-parse", "--show-toplevel") if git.available() else None
    if top and Path(top).resolve() == resolved:
        raise OutputRefused(
            f"{out} is the root of the git repository; build into a folder of its own, such as --out site"
        )
    for name in SITES:
        if (out / name).is_symlink():
            raise OutputRefused(
                f"{out / name} is a link; ropa replaces {name}/ at every build and will not follow "
                "a link to do so: remove the link"
            )
        if (out / name).exists() and not (out / name).is_dir():
            raise OutputRefused(f"{out / name} is a file; ropa writes the {name} site there: move it away")
    if not out.exists() or force or (out / MARKER).is_file():
        return
    foreign = sorted(p.name for p in out.iterdir() if p.name not in (*SITES, MARKER, LOCK, STAMP))
    if foreign:
        shown = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
        raise OutputRefused(
            f"{out} holds files ropa did not write ({shown}); ropa replaces public/ and internal/ "
            "there at every build. Give an empty or new folder, or --force to build beside them "
            "(they are left alone)"
        )


class Output:
    """``with Output(out, register) as output:`` build into ``output.staging``, then ``output.commit``."""

    def __init__(self, out: Path, register: Path, force: bool = False):
        self.out = out
        self.register = register
        self.force = force
        self.staging: Path = out
        self._lock: Any = None

    def __enter__(self) -> Output:
        check(self.out, self.register, self.force)
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock = _acquire(self.out / LOCK)
        try:
            self.staging = Path(tempfile.mkdtemp(prefix=".ropa-staging-", dir=self.out))
        except BaseException:
            _release(self._lock)
            raise
        return self

    def commit(self, names: list[str]) -> None:
        """Put the built sites ``names`` in place of the old ones, with the register's static files.
        A site not built this time stays, unless another register's build left it (then it goes)."""
        marker = self.out / MARKER
        before = marker.read_text(encoding="utf-8") if marker.is_file() else ""
        if f"register: {self.register.resolve()}\n" not in before:
            for name in SITES:
                if name not in names and (self.out / name).is_dir() and before:
                    os.replace(self.out / name, self.staging / f"other-{name}")
        for name in names:
            _copy_static(self.register / "static" / name, self.staging / name)
        for name in names:
            target, built = self.out / name, self.staging / name
            old = self.staging / f"old-{name}"
            if target.exists():
                os.replace(target, old)
            try:
                os.replace(built, target)
            except OSError:
                if old.exists():
                    os.replace(old, target)  # put the previous site back
                raise
        (self.out / MARKER).write_text(
            "This folder is written by `ropa build`, which replaces public/ and internal/ here at every build.\n"
            f"register: {self.register.resolve()}\n",
            encoding="utf-8",
        )

    def __exit__(self, *exc: Any) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)  # whatever was not committed, and the old sites
        _release(self._lock)


def _copy_static(source: Path, site: Path) -> None:
    """The register's static files for one site, copied in; links out of the register are not followed."""
    if not source.is_dir() or source.is_symlink():
        return
    files = [p for p in sorted(source.rglob("*")) if p.is_file() and not p.is_symlink()]
    if len(files) > MAX_STATIC_FILES or sum(p.stat().st_size for p in files) > MAX_STATIC_BYTES:
        raise OutputRefused(
            f"{source} holds more than {MAX_STATIC_FILES} files or {MAX_STATIC_BYTES // 1048576} MiB; "
            "static files are for a CNAME, robots.txt and the like"
        )
    for path in files:
        target = site / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def _acquire(path: Path) -> Any:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; builds there are not guarded against each other
        return None
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise OutputRefused(f"another `ropa build` is writing into {path.parent}; wait for it to finish") from None
    return handle


def _release(handle: Any) -> None:
    if handle is not None:
        with suppress(OSError):
            handle.close()
