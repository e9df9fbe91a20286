"""A cache of parsed and schema-checked files, keyed on their content.

A file whose bytes, kind, ropa version and schemas are unchanged since the last run is not parsed or
validated again: its data and problems come from the cache. The cache lives outside the register
(``$ROPA_CACHE_DIR``, else ``$XDG_CACHE_HOME/ropa``, else ``~/.cache/ropa``), one file per register
folder and a journal beside it of what later runs added (see :meth:`FileCache.save`); anything
unreadable in them is ignored and rebuilt. The cache is stored with :mod:`marshal` (strings, numbers,
lists and dicts only, read about four times as fast as the same JSON: 0.06 s against 0.27 s for the
56 MB of 10,000 files), the journal as JSON lines. Both are the user's own files, written by ropa
alone; nothing of a register is ever read with marshal.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

from . import __version__
from .kinds import KINDS
from .schemafiles import schema_text

_FORMAT = 2  # 2: each file's data kept as JSON text
_SPARE_RULE_RUNS = 3
_JOURNAL_SHARE = 4  # the journal is folded into the cache once it is a quarter of its size


def cache_dir() -> Path:
    explicit = os.environ.get("ROPA_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ropa"


def content_key(kind: str, raw: bytes) -> str:
    return hashlib.blake2b(kind.encode() + b"\0" + raw, digest_size=16).hexdigest()


def code_files() -> list[Path]:
    """The code and reference data that produce what the cache keeps: parsing, validation, the rules
    and their data files (the sites' code is not among them)."""
    package = Path(__file__).resolve().parent
    return sorted(p for pattern in ("*.py", "rules/*.py", "data/**/*.yaml") for p in package.glob(pattern))


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of :func:`code_files`: a maintainer who changes a rule's message, or a release that
    does, sees the change at once instead of stale findings. About 0.6 MB read once per process."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    for path in code_files():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _namespace() -> str:
    digest = hashlib.blake2b(f"{_FORMAT}:{__version__}:{_code_digest()}".encode(), digest_size=16)
    for kind in sorted(KINDS):
        digest.update(schema_text(kind).encode())
    return digest.hexdigest()


def dumps(value: Any) -> str:
    """JSON as the cache keeps it: compact, and text as it is (not escaped to ASCII)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    """A large document of what the cache keeps: ``json.loads`` of text, :mod:`marshal` of bytes.
    Millions of small objects: Python's cycle collector would walk them again and again while they are
    made (four fifths of the time at 10,000 files), and they hold no cycles, so it pauses while they are
    read and they are set aside from its later walks (gc.freeze)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        if isinstance(text, bytes):
            return marshal.loads(text)
        return json.loads(text)
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


class FileCache:
    """Entries ``{key: {"data": "<the file's data as JSON>", "problems": [[line, column, rule, message], ...]}}``."""

    def __init__(self, register: Path, enabled: bool = True, readonly: bool = False):
        self.enabled = enabled
        self.readonly = readonly  # read through it, never write it (another revision's files)
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.changed: set[str] = set()  # entries put or changed in place by this run: what save() writes
        self.dirty = False
        self._sizes = (0, 0)  # characters of the stored cache and of its journal, as read
        self._whole = False  # the stored cache and all of its journal were read
        if not enabled:
            return
        self.namespace = _namespace()
        name = hashlib.blake2b(str(register.resolve()).encode(), digest_size=12).hexdigest()
        self.path = cache_dir() / f"lint-{name}.marshal"
        self.journal = self.path.with_suffix(".journal")
        try:
            data = self.path.read_bytes()
            stored = loads(data)
            entries = stored.get("entries")
            if (
                stored.get("namespace") == self.namespace
                and isinstance(entries, dict)
                and all(isinstance(key, str) for key in entries)  # as ropa writes it; anything else is damage
            ):
                self.entries = entries
                self._sizes, self._whole = (len(data), 0), True
        except Exception:  # noqa: BLE001 -- a damaged file may fail in any way (MemoryError on a bad length)
            self.entries = {}
        if self._whole:
            self._read_journal()

    def _read_journal(self) -> None:
        """The entries written since the stored cache, one JSON line each; a line that cannot be read
        (a run stopped while it wrote) ends the reading, and the next save writes everything afresh."""
        try:
            text = self.journal.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            self._whole = False
            return
        self._sizes = (self._sizes[0], len(text))
        lines = text.splitlines()
        try:
            rows = loads("[" + ",".join(lines) + "]")
        except ValueError:  # read line by line up to the damaged one
            rows = []
            for line in lines:
                try:
                    rows.append(json.loads(line))
                except ValueError:
                    self._whole = False
                    break
        for row in rows:
            if isinstance(row, list) and len(row) == 3 and row[0] == self.namespace and isinstance(row[1], str):
                self.entries[row[1]] = row[2]
            else:
                self._whole = False

    def get(self, key: str) -> Any | None:
        if not self.enabled:
            return None
        entry = self.entries.get(key)
        if entry is not None:
            self.used.add(key)
        return entry

    def put(self, key: str, entry: Any) -> None:
        if self.enabled:
            self.entries[key] = entry
            self.used.add(key)
            self.changed.add(key)
            self.dirty = True

    def touch(self, key: str) -> None:
        """The entry under ``key`` was changed in place (a file's rule findings, say): save it."""
        if self.enabled and key in self.entries:
            self.changed.add(key)
            self.dirty = True

    def save(self) -> None:
        """Keep what this run put or changed. Usually that is appended to the journal beside the stored
        cache, a few lines where rewriting the whole cache of a large register would cost a good part of
        a second; the cache is written afresh, with only the entries this run used (entries of files
        that no longer exist are dropped), when the journal has grown past a quarter of it or a tenth
        of the entries went unused."""
        if not self.enabled or self.readonly:
            return
        # the rule pack's findings (per rule) and whole results (lint.py) of the last few runs stay even
        # when this run did not use them (an export, a lint with another selection), so that the next
        # lint still finds them; so does what each rule read when it last ran
        unused: dict[str, list[str]] = {}
        for k in self.entries:
            if k not in self.used and k.startswith(("rules:", "lint:", "reads:")):  # per rule ("rules:<id>:<key>")
                unused.setdefault(k if k.startswith("reads:") else k.rsplit(":", 1)[0], []).append(k)
        spare = {k for group in unused.values() for k in group[-_SPARE_RULE_RUNS:]}
        kept = {k: v for k, v in self.entries.items() if k in self.used or k in spare}
        dropped = len(self.entries) - len(kept)
        if not self.dirty and dropped == 0:
            return
        lines = "".join(dumps([self.namespace, key, kept[key]]) + "\n" for key in sorted(self.changed) if key in kept)
        stored, journal = self._sizes
        if self._whole and (journal + len(lines)) * _JOURNAL_SHARE < stored and dropped * 10 <= len(self.entries):
            if lines:
                self._append(lines)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".lint-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(marshal.dumps({"namespace": self.namespace, "entries": kept}))
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self.journal.unlink(missing_ok=True)
            self.path.with_suffix(".json").unlink(missing_ok=True)  # the JSON cache of ropa before 2026-12
        except (OSError, ValueError):  # ValueError: a value marshal cannot write (none is known)
            pass  # a cache that cannot be written only costs time

    def _append(self, lines: str) -> None:
        """Lines added to the journal in one write, so that two runs writing at once do not mix them;
        an entry is the same whoever writes it (its key is made from what it is made of)."""
        try:
            fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, lines.encode("utf-8"))
            finally:
                os.close(fd)
        except OSError:
            pass
