"""Reading a register folder: find its files, parse and schema-check each one, keep every problem.

A register is a folder holding ``organisation.yaml`` and one folder per kind of definition
(``activities/``, ``purposes/``, ``data-categories/``, ``data-subjects/``, ``recipients/``,
``measures/``), each file holding one definition whose id is its file name. Kind folders may have
sub-folders to group files. Problems in one file never stop the others from being read.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeGuard

import yaml

from .cache import FileCache, content_key, dumps, loads
from .forked import can_fork, quiet_collector
from .kinds import FOLDER_KINDS, ORGANISATION, ORGANISATION_FILE, YAML_SUFFIXES, Kind
from .loader import Document, LoadError, LoadProblem, compose_root, decode, locate, locate_in_text, parse, read_bytes
from .problems import Problem

# Folders a register may hold besides the kind folders; reported when a name looks like a typo of one.
_OTHER_FOLDERS = {"overrides", "templates", "assets", "docs", "static"}


class RegisterNotFound(Exception):
    """The register folder does not exist or is not a folder (a usage error, exit 2)."""


@dataclass
class SourceFile:
    """One file of the register and what was read from it."""

    path: Path
    display: str
    kind: Kind
    _raw: bytes | None = None  # the file's bytes (``raw``)
    _unread: bool = False  # known from the cache by its signature: the bytes are read when first asked for
    valid: bool = False  # read and matching its schema: the rule pack judges only such files
    key: str = ""  # content key in the lint cache
    entry: Any = None  # its entry in the lint cache, which also keeps what was found in it (found_at)
    _root: Any = None
    _located: int = 0  # positions asked before the node tree was built
    _found: dict = field(default_factory=dict)  # found_at's answers, decoded
    _text: str | None = None  # the data as the cache keeps them (JSON), until first asked for
    _batch: Any = None  # the files decoded together with this one
    _place: str | None = None  # Register.place's answer

    # what the file holds; None when it could not be read as YAML. No default: until set, it is read
    # through __getattr__ (from the cache's JSON text)
    data: Any = field(init=False, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        """``data`` kept in the cache as JSON text is decoded when first asked for: alone, or, once
        several files of its kind were asked for, together with all the others (:class:`_Batch`);
        from then on it is a plain attribute."""
        if name != "data":
            raise AttributeError(name)
        batch = self.__dict__.get("_batch")
        if batch is not None:
            batch.asked()
        if "data" not in self.__dict__:
            self.data, self._text = self._decode(), None
        return self.__dict__["data"]

    @property
    def raw(self) -> bytes | None:
        """The file's bytes; None where they could not be read. A file the cache knew by its signature
        (:func:`read_register`) is read only when its bytes are asked for."""
        if self._unread:
            self._unread = False
            try:
                self._raw = read_bytes(self.path)
            except (OSError, LoadError):
                self._raw = None
        return self._raw

    @raw.setter
    def raw(self, value: bytes | None) -> None:
        self._raw, self._unread = value, False

    def _decode(self) -> Any:
        """This file's data from its JSON text; parsed again from its bytes where the text is damaged."""
        if self._text is None:
            return None
        try:
            return json.loads(self._text)
        except ValueError:
            return _parse_file(self.kind.name, self.raw or b"")[0]

    def _decoded(self) -> bool:
        return "data" in self.__dict__ or self._text is None

    def found_at(self, annotation: str, cache: Any = None) -> list:
        """[path, value, annotation value] for every field of this file whose schema carries
        ``annotation`` (references, vocabularies): walked once per content, then kept in the cache."""
        if annotation not in self._found and self._batch is not None:
            self._batch.found(annotation)
        if annotation in self._found:
            return self._found[annotation]
        kept = self.entry.get(annotation) if isinstance(self.entry, dict) else None
        if isinstance(kept, str):  # kept as JSON text, like the data: decoded when first asked for
            try:
                kept = json.loads(kept)
            except ValueError:
                kept = None
        if _found_rows(kept):
            self._found[annotation] = kept  # written by found_at itself
            return kept
        found = _find(self.data, self.kind.name, annotation)
        self._found[annotation] = found
        if isinstance(self.entry, dict):
            self.entry[annotation] = dumps(found)
            if cache is not None:
                cache.touch(self.key)
        return found

    def found_values(self, annotation: str, cache: Any = None) -> list[tuple[str, str]]:
        """(annotation value, value) for every distinct text value found_at finds, in the order first found:
        what the link and vocabulary checks ask of every file, kept in the cache beside found_at's rows in a
        form its own format reads without decoding JSON (see :func:`_values_kept`). A check that finds a
        value wrong asks found_at for the rows, with the path of each place."""
        kept = self.entry.get(annotation + _VALUES) if isinstance(self.entry, dict) else None
        values = _values_read(kept)
        if values is not None:
            return values
        kept = _values_kept(self.found_at(annotation, cache))
        if isinstance(self.entry, dict):
            self.entry[annotation + _VALUES] = kept
            if cache is not None:
                cache.touch(self.key)
        return _values_read(kept) or []

    @property
    def ident(self) -> Any:
        """The file's ``id`` (None where it has none), read without decoding data kept in the cache."""
        if not self._decoded() and isinstance(self.entry, dict) and "id" in self.entry:
            return self.entry["id"]
        return self.data.get("id") if isinstance(self.data, dict) else None

    def may_hold_field(self, name: str) -> bool:
        """Whether the file's top-level mapping may hold the field ``name``: False only where it surely does
        not, told from the JSON text the cache keeps without decoding it (the key's quoted name followed by
        a colon occurs nowhere in it). A caller that reads one field of every file decodes only those that
        may hold it."""
        if not self._decoded():
            return f'"{name}":' in (self._text or "")
        return isinstance(self.data, dict) and name in self.data

    @property
    def loaded(self) -> bool:
        if not self._decoded():  # a mapping's JSON starts with {
            return bool(self._text and self._text.startswith("{"))
        return isinstance(self.data, dict)

    @property
    def stem(self) -> str:
        return self.path.stem

    def locate(self, path: list, key: bool = False) -> tuple[int, int]:
        """Position of ``path`` in this file. Parsed in another process or read from the cache, the
        file has no node tree here: the first positions are read from libyaml's events up to the node
        (cheap, and most files need one or two), after that the tree is built once."""
        if self._root is None:
            if self.raw is None:
                return 1, 1
            self._located += 1
            try:
                if self._located <= 2:
                    found = locate_in_text(decode(self.raw), path, key=key)
                    if found is not None:
                        return found
                self._root = compose_root(decode(self.raw))
            except (LoadError, yaml.YAMLError):
                return 1, 1
        return locate(self._root, path, key=key)


@dataclass
class Register:
    root: Path
    organisation: SourceFile | None = None
    files: dict[str, list[SourceFile]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    io_errors: int = 0
    cache: Any = None  # the FileCache this register was read with; saved by lint() when it is done

    def of_kind(self, kind: str) -> list[SourceFile]:
        return self.files.get(kind, [])

    def all_files(self) -> Iterator[SourceFile]:
        if self.organisation is not None:
            yield self.organisation
        for kind in FOLDER_KINDS:
            yield from self.of_kind(kind.name)

    def place(self, source: SourceFile) -> str:
        """Where ``source`` lies in the register (``activities/x.yaml``), whichever folder ropa runs from."""
        if source._place is None:
            source._place = self._place(source.path)
        return source._place

    def _place(self, source: Path) -> str:
        path, prefix = str(source), str(self.root) + os.sep
        if path.startswith(prefix):  # found below the root by discover(): what follows it, without a parse
            return path[len(prefix) :].replace(os.sep, "/")
        try:
            return source.relative_to(self.root).as_posix()
        except ValueError:
            return str(source)

    def definitions(self) -> dict[str, dict[str, SourceFile]]:
        """The files that define something, by kind and id: only those that match their schema (the
        others are their schema messages' to report; judging or showing them would only add echoes),
        the first of a duplicated id."""
        index: dict[str, dict[str, SourceFile]] = {}
        for kind in FOLDER_KINDS:
            index[kind.name] = {}
            for source in self.of_kind(kind.name):
                if source.valid and isinstance(source.ident, str):
                    index[kind.name].setdefault(source.ident, source)
        return index

    def problem(self, source: SourceFile | str, line: int, column: int, level: str, rule: str, message: str) -> None:
        display = source.display if isinstance(source, SourceFile) else source
        self.problems.append(Problem(display, line, column, level, rule, message))

    def problem_at(
        self, source: SourceFile, path: list, level: str, rule: str, message: str, key: bool = False
    ) -> None:
        line, column = source.locate(path, key=key)
        self.problem(source, line, column, level, rule, message)


def display_path(path: Path) -> str:
    """The path as a person would type it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


@lru_cache(maxsize=4096)
def _folder_shown(cwd: str, folder: str) -> str | None:
    try:
        rel = os.path.relpath(folder, cwd)
    except ValueError:  # another drive on Windows
        return None
    return None if rel.startswith("..") else rel


def display_file(path: Path) -> str:
    """:func:`display_path` for a file, its folder's relative path computed once per folder."""
    folder = _folder_shown(os.getcwd(), str(path.parent))
    if folder is None:
        return str(path)
    return path.name if folder == "." else os.path.join(folder, path.name)


# Kind folders may hold sub-folders to group files, a few levels deep; a tree deeper than this is a
# mistake (or an attack on the walk) and is reported instead of read.
MAX_FOLDER_DEPTH = 16


@dataclass
class Stray:
    """Something in the register folder that is not read, and why."""

    path: Path
    message: str
    rule: str = "register-stray-file"
    level: str = "warning"


def _outside(path: Path, root: Path) -> bool:
    """``path`` (a link, or inside one) leads out of the register folder ``root`` (resolved)."""
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # elsewhere, unreadable, or a loop of links
        return True
    return False


def discover(root: Path) -> tuple[Path | None, dict[str, list[Path]], list[Stray]]:
    """Find the organisation file, the files of each kind, and what is not read (with why)."""
    if not root.is_dir():
        raise RegisterNotFound(f"register folder `{root}` not found; give the folder that holds organisation.yaml")
    organisation = None
    found: dict[str, list[Path]] = {}
    strays: list[Stray] = []
    folder_names = {k.subfolder: k for k in FOLDER_KINDS}
    real_root = root.resolve()
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise RegisterNotFound(f"cannot read the register folder `{root}`: {exc.strerror or exc}") from None
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            if name in _GIT_CONTROL and not (root / ".git").exists():  # at a repository's top they are its own
                strays.append(
                    Stray(
                        entry,
                        f"`{name}` in the register changes what git shows of it (ropa diff, the "
                        "change log) without changing the files; remove it, and keep git settings at the "
                        "root of the repository",
                        "register-git-control",
                        "error",
                    )
                )
            continue
        if entry.is_symlink() and _outside(entry, real_root):
            strays.append(
                Stray(
                    entry,
                    f"`{name}` is a link to a place outside the register; register files must be "
                    "inside the register folder: replace the link with the file",
                    "register-outside",
                    "error",
                )
            )
            continue
        if entry.is_dir():
            if name in folder_names:
                kind = folder_names[name]
                files, odd = _walk_kind(entry, real_root)
                found[kind.name] = files
                strays.extend(odd)
            elif name not in _OTHER_FOLDERS:
                close = difflib.get_close_matches(name, list(folder_names), n=1, cutoff=0.7)
                if close:
                    strays.append(Stray(entry, f"folder `{name}` is not read; did you mean `{close[0]}`?"))
        elif name in (ORGANISATION_FILE, "organisation.yml"):
            if organisation is None:
                organisation = entry
            else:
                strays.append(Stray(entry, f"both {organisation.name} and {name} exist; keep one"))
        elif entry.suffix in YAML_SUFFIXES and name not in ("mkdocs.yml", "mkdocs.yaml"):
            hint = (
                "; did you mean organisation.yaml?"
                if difflib.get_close_matches(entry.stem, ["organisation", "organization"], n=1, cutoff=0.7)
                else "; definitions belong in a kind folder such as activities/"
            )
            strays.append(Stray(entry, f"file `{name}` is not read{hint}"))
    return organisation, found, strays


# git files that change what `git archive`, diffs or checkouts show of the files beside them
_GIT_CONTROL = {".gitattributes", ".gitmodules"}


def _walk_kind(folder: Path, real_root: Path) -> tuple[list[Path], list[Stray]]:
    """The YAML files of a kind folder (sub-folders included, breadth first, never recursing in Python
    and never following a link out of the register), and what else is there that looks meant."""
    files: list[tuple[str, Path]] = []  # (path below the kind folder, for the order; the file)
    odd: list[Stray] = []
    pending: list[tuple[Path, str, int]] = [(folder, "", 0)]
    while pending:
        current, below, depth = pending.pop(0)
        try:  # os.scandir: whether an entry is a folder or a link comes with it, without a stat per file
            with os.scandir(current) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            odd.append(
                Stray(
                    current,
                    f"cannot read this folder: {exc.strerror or exc}; its definitions are not checked",
                    "io-error",
                    "error",
                )
            )
            continue
        for entry in entries:
            name = entry.name
            path = current / name
            if name.startswith("."):
                if name in _GIT_CONTROL:
                    odd.append(
                        Stray(
                            path,
                            f"`{name}` in the register changes what git shows of it; remove it",
                            "register-git-control",
                            "error",
                        )
                    )
                continue
            if name.lower().startswith("readme"):
                continue
            link = entry.is_symlink()
            if link and _outside(path, real_root):
                odd.append(
                    Stray(
                        path,
                        f"`{name}` is a link to a place outside the register; register files must be "
                        "inside the register folder: replace the link with the file",
                        "register-outside",
                        "error",
                    )
                )
                continue
            if entry.is_dir():
                if link:
                    odd.append(Stray(path, f"folder `{name}` is a link and is not read; move the files here instead"))
                elif depth + 1 >= MAX_FOLDER_DEPTH:
                    odd.append(
                        Stray(
                            path,
                            f"folders are nested more than {MAX_FOLDER_DEPTH} levels deep here; a kind "
                            "folder needs a few levels at most: move the files up",
                            "register-depth",
                            "error",
                        )
                    )
                else:
                    pending.append((path, f"{below}{name}/", depth + 1))
                continue
            suffix = os.path.splitext(name)[1]
            if suffix in YAML_SUFFIXES:
                if entry.is_file():
                    files.append((below + name, path))
                else:
                    odd.append(
                        Stray(
                            path,
                            "a link to a file that does not exist; remove it or restore its target",
                            "io-error",
                            "error",
                        )
                    )
            elif suffix.lower() in YAML_SUFFIXES:
                odd.append(Stray(path, f"file `{name}` is not read: rename it to end in `.yaml`"))
            else:
                odd.append(Stray(path, f"file `{name}` is not read: a kind folder holds `.yaml` definitions only"))
    files.sort(key=lambda item: item[0])
    return [path for _, path in files], odd


def _parse_file(kind: str, raw: bytes) -> tuple[Any, list[LoadProblem], Document | None]:
    """Decode, parse and schema-check one file's bytes; the Document is kept for positions."""
    try:
        document = parse(decode(raw))
    except LoadError as exc:
        return None, [exc.problem], None
    from .validate import validate  # imported only when something must be validated

    # A value the loader already refused (a tag, say) gets that one message, not a schema one too.
    refused = {(p.line, p.column) for p in document.problems}
    problems = list(document.problems)
    problems += [p for p in validate(kind, document.data, document.root) if (p.line, p.column) not in refused]
    return document.data, problems, document


def _found_rows(value: Any) -> TypeGuard[list]:
    """Whether ``value`` is what found_at writes: a list of [path, value, annotation value]."""
    return isinstance(value, list) and (not value or (isinstance(value[0], list) and len(value[0]) == 3))


_VALUES = ":values"  # the key of found_values' answer in a file's cache entry, after the annotation's


def _values_kept(rows: list) -> str | list[str]:
    """found_values' answer as the cache keeps it: the annotation values and values, one after the other, in
    one string separated by NUL, or, where a value holds a NUL itself (a YAML escape may write one), as a
    list of those strings."""
    parts: list[str] = []
    seen: set[tuple[str, str]] = set()
    for _, value, label in rows:
        if isinstance(value, str) and isinstance(label, str) and (label, value) not in seen:
            seen.add((label, value))
            parts += (label, value)
    return parts if any("\0" in part for part in parts) else "\0".join(parts)


def _values_read(kept: Any) -> list[tuple[str, str]] | None:
    """found_values' answer from what the cache keeps (:func:`_values_kept`); None where it keeps nothing usable."""
    if isinstance(kept, str):
        parts: list = kept.split("\0") if kept else []
    elif isinstance(kept, list) and all(isinstance(part, str) for part in kept):
        parts = kept
    else:
        return None
    if len(parts) % 2:
        return None
    return list(zip(parts[::2], parts[1::2], strict=True))


class _Batch:
    """The files of one kind whose data came from the cache as JSON text. A lint after an edit asks for
    the data of the edited file and the few it refers to: each is decoded alone. Once more are asked
    for (a rule over the whole register asks for every one), the rest are decoded at once, one large
    document several times faster than ten thousand small ones."""

    ALONE = 16  # the files decoded one by one before the rest are decoded at once

    def __init__(self) -> None:
        self.files: list[SourceFile] = []
        self.alone = 0
        self.done = False
        self.annotations: set[str] = set()  # what found_at keeps, decoded for every file already
        self.found_alone: dict[str, int] = {}  # how many files found_at was asked of, per annotation

    def found(self, annotation: str) -> None:
        """What found_at keeps for ``annotation`` (JSON text in the cache), decoded for all the files at once
        once more than ALONE files were asked for it (before that, each is decoded alone by found_at)."""
        if annotation in self.annotations:
            return
        self.found_alone[annotation] = asked = self.found_alone.get(annotation, 0) + 1
        if asked <= self.ALONE:
            return
        self.annotations.add(annotation)
        pending = [
            f
            for f in self.files
            if annotation not in f._found and isinstance(f.entry, dict) and isinstance(f.entry.get(annotation), str)
        ]
        try:
            decoded = loads("[" + ",".join(f.entry[annotation] for f in pending) + "]")
        except ValueError:
            return  # one is damaged: each is read on its own (found_at)
        for source, value in zip(pending, decoded, strict=True):
            if _found_rows(value):
                source._found[annotation] = value

    def asked(self) -> None:
        """A file's data are asked for: decoded alone, or with all the others once several were."""
        self.alone += 1
        if self.alone > self.ALONE and not self.done:
            self.done = True
            pending = [f for f in self.files if not f._decoded()]
            try:
                decoded = loads("[" + ",".join(f._text or "null" for f in pending) + "]")
            except ValueError:  # one is damaged: each is decoded on its own (and a damaged one parsed again)
                decoded = [f._decode() for f in pending]
            for source, data in zip(pending, decoded, strict=True):
                source.data, source._text = data, None


def _apply(register: Register, source: SourceFile, entry: dict, batch: _Batch) -> None:
    source.entry = entry
    source._text = entry["data"]  # JSON text (see _parse_job): decoded when first used
    source._batch = batch
    batch.files.append(source)
    source.valid = entry["data"].startswith("{") and not entry["problems"]
    for line, column, rule, message in entry["problems"]:
        register.problem(source, line, column, "error", rule, message)


def _parse_entry(job: tuple[str, bytes], digests: bool = True) -> dict:
    return _parse_job(job, digests)[0]


def _parse_job(job: tuple[str, bytes], digests: bool = True) -> tuple[dict, Any]:
    """The cache entry of one file, and its node tree when positions will be wanted (it has problems). Without
    ``digests`` (no cache to key findings in) the entry has no field digests, which only the cache's keys use."""
    data, problems, document = _parse_file(*job)
    # the data as JSON text: the cache keeps and writes it as it is, and a file is decoded only when used
    entry = {
        "data": dumps(data),
        "id": data.get("id") if isinstance(data, dict) else None,  # asked of every file: kept beside the data
        "problems": [[p.line, p.column, p.rule, p.message] for p in problems],
    }
    if isinstance(data, dict):  # what every lint asks of every file (found_at), found where it is parsed
        for annotation in FOUND_WHEN_PARSED:
            rows = _find(data, job[0], annotation)
            entry[annotation] = dumps(rows)
            entry[annotation + _VALUES] = _values_kept(rows)
        if digests:
            entry["fields"] = dumps(field_digests(data))
    return entry, (document.root if document is not None and problems else None)


def field_digests(data: dict) -> dict[str, str]:
    """A digest of each top-level field's value: what lint keys the findings of a rule over the whole
    register on, the fields that rule read of each file (lint.py), so that an edit of other fields
    does not run it again."""
    # repr, not JSON: the values are plain text, numbers, lists and mappings as the loader makes them, whose
    # repr is as exact and several times faster to make
    return {str(key): hashlib.blake2b(repr(value).encode(), digest_size=8).hexdigest() for key, value in data.items()}


# the annotations lint looks up in every file: references (links.py, lint.py) and vocabularies
FOUND_WHEN_PARSED = ("x-ropa-ref", "x-ropa-vocab")


def _find(data: Any, kind: str, annotation: str) -> list:
    """[path, value, annotation value] for every field of ``data`` whose schema carries ``annotation``."""
    from .schemawalk import matches, pattern_trie

    return [[path, value, label] for path, value, label in matches(data, pattern_trie(kind, annotation))]


def _parse_all(jobs: list[tuple[str, bytes]], digests: bool = True) -> list[tuple[dict, Any]]:
    """(cache entry, node tree or None) per job. Large batches are parsed by two forked processes
    (:mod:`ropa.forked`); node trees then stay behind, and a position needed later is found by parsing
    that file again. The executor forks both workers before it starts its own thread
    (multiprocessing.Pool's handler thread may fork a replacement worker while the pool is being shut
    down, which hung a test)."""
    if can_fork(len(jobs)):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            with ProcessPoolExecutor(
                2, mp_context=multiprocessing.get_context("fork"), initializer=quiet_collector
            ) as pool:
                entries = pool.map(functools.partial(_parse_entry, digests=digests), jobs, chunksize=64)
                return [(entry, None) for entry in entries]
        except (OSError, RuntimeError, BrokenProcessPool):  # no processes to be had here: parse in this one
            pass
    return [_parse_job(job, digests) for job in jobs]


# A file whose status last changed this long before it was read is known again by its signature: a later
# write changes its status time, which the clock moves on from (a write in the same tick as the read could
# leave it unchanged, as git's index knows)
_SETTLED_NS = 2_000_000_000
# where st_ctime is that time (POSIX); on Windows it is the creation time, and every file is read
_STATUS_TIMES = os.name == "posix"


def _signature(path: Path, kind: Kind, cwd: str) -> tuple[str, list[int]] | None:
    """The cache key of a file's signature and the signature: device, inode, size and the times of its
    last change of content and of status. None where it cannot be had."""
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except OSError:
        return None
    where = name if os.path.isabs(name) else os.path.normpath(os.path.join(cwd, name))
    return f"stat:{kind.name}:{where}", [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _usable(entry: Any) -> TypeGuard[dict]:
    """Whether a cache entry is one of a parsed file, as read_register writes it."""
    return isinstance(entry, dict) and isinstance(entry.get("problems"), list) and isinstance(entry.get("data"), str)


def read_register(
    root: Path, *, use_cache: bool = True, cache_of: Path | None = None, cache: FileCache | None = None
) -> Register:
    """Read and schema-check every file of the register at ``root``.

    ``cache_of`` reads through the cache of another register folder (an older revision of it, say);
    ``cache`` reads through a cache already open (``ropa diff`` reads two revisions through one).
    """
    organisation_path, found, strays = discover(root)
    register = Register(root=root)
    for stray in strays:
        if stray.rule == "io-error":
            register.io_errors += 1
        register.problem(display_path(stray.path), 1, 1, stray.level, stray.rule, stray.message)

    cache = cache if cache is not None else FileCache(cache_of or root, enabled=use_cache)
    jobs: list[tuple[Path, Kind]] = []
    if organisation_path is None:
        register.problem(
            display_path(root),
            1,
            1,
            "error",
            "register-organisation",
            f"no {ORGANISATION_FILE} in the register; add it with at least `name:` of the controller",
        )
    else:
        jobs.append((organisation_path, ORGANISATION))
    for kind in FOLDER_KINDS:
        jobs.extend((path, kind) for path in found.get(kind.name, []))

    pending: list[tuple[SourceFile, str]] = []  # files the cache does not know: parsed below
    batches: dict[str, _Batch] = {}  # one per kind: a rule that reads the purposes decodes no activity
    settled, cwd = time.time_ns() - _SETTLED_NS, os.getcwd()
    # signatures only where the cache already knows files: a first run (a fresh clone in CI, whose inodes and
    # times no later run sees) pays nothing for them, and the run after it records them
    signed = cache.enabled and _STATUS_TIMES and bool(cache.entries)
    for path, kind in jobs:
        source = SourceFile(path=path, display=display_file(path), kind=kind)
        if kind is ORGANISATION:
            register.organisation = source
        else:
            register.files.setdefault(kind.name, []).append(source)
        signature = _signature(path, kind, cwd) if signed else None
        known = cache.get(signature[0]) if signature is not None else None
        if (
            signature is not None
            and isinstance(known, list)
            and known[:-1] == signature[1]
            and isinstance(known[-1], str)
        ):
            entry = cache.get(known[-1])
            if _usable(entry):  # unchanged since it was read: its bytes are read only if asked for
                source.key, source._unread = known[-1], True
                _apply(register, source, entry, batches.setdefault(kind.name, _Batch()))
                continue
        try:
            raw = read_bytes(path)
        except LoadError as exc:
            register.problem(source, 1, 1, "error", exc.problem.rule, exc.problem.message)
            continue
        except OSError as exc:
            register.io_errors += 1
            register.problem(source, 1, 1, "error", "io-error", f"cannot read the file: {exc.strerror or exc}")
            continue
        source.raw = raw
        key = source.key = content_key(kind.name, raw)
        entry = cache.get(key)
        if _usable(entry):
            # known by its content: from now on by its signature too, once its status has settled
            if signature is not None and signature[1][-1] < settled and len(raw) == signature[1][2]:
                cache.put(signature[0], [*signature[1], key])
            _apply(register, source, entry, batches.setdefault(kind.name, _Batch()))
        else:  # absent, or damaged in the cache: parse the file again
            pending.append((source, key))
    for (source, key), (entry, root) in zip(
        pending, _parse_all([(s.kind.name, s.raw or b"") for s, _ in pending], digests=cache.enabled), strict=True
    ):
        cache.put(key, entry)
        source._root = root
        _apply(register, source, entry, batches.setdefault(source.kind.name, _Batch()))
    register.cache = cache
    return register
