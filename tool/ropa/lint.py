"""`ropa lint`: read the register, check its schema and cross-links, then run the GDPR rule pack."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from .dates import today
from .links import check_links, check_vocabularies
from .overrides import check_overrides
from .problems import Problem, cleaned, rank
from .register import Register, SourceFile, read_register
from .values import mapping


@dataclass
class LintResult:
    register: Register
    problems: list[Problem]
    suppressed: list = field(default_factory=list)  # rules.Suppressed

    @property
    def files(self) -> int:
        return sum(1 for _ in self.register.all_files())

    def count(self, level: str) -> int:
        return sum(1 for p in self.problems if p.level == level)

    @property
    def structural_errors(self) -> list[Problem]:
        from .structural import is_structural

        return [p for p in self.problems if p.level == "error" and is_structural(p.rule)]

    def exit_code(self, strict: bool = False) -> int:
        """0 clean, 1 errors (or warnings with ``strict``), 2 when a file could not be read."""
        if self.register.io_errors:
            return 2
        worst = min((rank(p.level) for p in self.problems), default=None)
        if worst is None:
            return 0
        return 1 if worst == 0 or (strict and worst == 1) else 0


def lint(
    root: Path, *, use_cache: bool = True, select: Iterable[str] = (), ignore: Iterable[str] = (), rules: bool = True
) -> LintResult:
    """Lint the register at ``root``; ``select``/``ignore`` pick rules by id or family."""
    register = read_register(root, use_cache=use_cache)
    key = _result_key(register, select, ignore, rules)
    kept = register.cache.get(key) if key is not None else None  # a key only where there is a cache
    if isinstance(kept, dict):  # nothing lint reads changed since a run with these options
        result = _from_rows(register, kept)
        if result is not None:
            register.cache.save()
            return result
    check_links(register)
    check_vocabularies(register)
    check_overrides(register)
    problems = list(register.problems)
    suppressed: list = []
    if rules:
        from . import rules as pack

        chosen = pack.selected(select, ignore)
        found, suppressed = _run_rules(register, chosen)
        ids = {r.id for r in chosen}
        # Checks done outside the pack (unused-definition) follow the same selection.
        problems = [p for p in problems if p.rule not in pack.RULES or p.rule in ids] + found
    if register.cache is not None:
        if key is not None:
            register.cache.put(key, _to_rows(register, problems, suppressed))
        register.cache.save()
    # Messages quote what the register holds; nothing in them may reach a terminal or a CI page raw.
    return _result(register, problems, suppressed)


def _result(register: Register, problems: list[Problem], suppressed: list) -> LintResult:
    """Findings and suppressed findings in the order of their places, whether they came from the cache or not."""
    return LintResult(
        register,
        sorted((cleaned(p) for p in problems), key=Problem.sort_key),
        sorted(suppressed, key=lambda s: (s.problem.sort_key(), s.reason)),
    )


# -- a whole run's result, kept for the next run that reads the same files with the same options


def _result_key(register: Register, select: Iterable[str], ignore: Iterable[str], rules: bool) -> str | None:
    """The cache key of this run's result: every file's place and content, what could not be read, the
    options and the date. None where lint reads more than the register's files (templates or a site
    look, which are checked in place) or runs without a cache."""
    cache = register.cache
    if (
        cache is None
        or not cache.enabled
        or (register.root / "templates").exists()
        or (register.root / "mkdocs.yml").exists()
    ):
        return None
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{today().isoformat()}\0{sorted(select)}\0{sorted(ignore)}\0{rules}\0".encode())
    base = os.path.abspath(register.root)
    for source in register.all_files():
        digest.update(f"{register.place(source)}\0{source.key}\0".encode())
    for p in register.problems:  # what reading found: files not read, and why
        digest.update(repr((_place(p.path, base), p.line, p.column, p.level, p.rule, p.message)).encode())
    return "lint:" + digest.hexdigest()


def _place(display: str, base: str) -> str:
    """A shown path as a place in the register, whichever folder ropa runs from."""
    return os.path.relpath(os.path.abspath(display), base).replace(os.sep, "/")


def _to_rows(register: Register, problems: list[Problem], suppressed: list) -> dict:
    base = os.path.abspath(register.root)
    places: dict[str, str] = {}  # a grouped finding lists thousands of places, most of them again and again

    def place(display: str) -> str:
        if display not in places:
            places[display] = _place(display, base)
        return places[display]

    def row(p: Problem) -> list:
        related = [[place(path), line, column] for path, line, column in p.related]
        return [place(p.path), p.line, p.column, p.level, p.rule, p.message, related]

    return {"problems": [row(p) for p in problems], "suppressed": [[row(s.problem), s.reason] for s in suppressed]}


def _from_rows(register: Register, kept: dict) -> LintResult | None:
    from .register import display_file
    from .rules import Suppressed

    base = Path(os.path.abspath(register.root))
    shown_as: dict[str, str] = {}

    def show(place: str) -> str:  # a register file's place, as display_path shows it (its folder's once)
        if place not in shown_as:
            shown_as[place] = display_file(base / place)
        return shown_as[place]

    def problem(row: list) -> Problem:
        place, line, column, level, rule, message, related = row
        return Problem(show(place), line, column, level, rule, message, tuple((show(p), ln, c) for p, ln, c in related))

    try:
        problems = [problem(row) for row in kept["problems"]]
        suppressed = [Suppressed(problem(row), reason) for row, reason in kept["suppressed"]]
    except (KeyError, TypeError, ValueError):
        return None  # damaged: lint again
    return _result(register, problems, suppressed)


def _run_rules(register: Register, chosen: list) -> tuple[list[Problem], list]:
    """Run the rule pack, taking from the cache what nothing it depends on has changed since.

    Rules of ``scope="file"`` are kept per file, keyed on the file's content and place, the contents of
    the definitions it refers to and of organisation.yaml, the selection and the date: an edit re-checks
    the files it changed. Rules that weigh files against each other are kept per rule, keyed on what
    they read of every file (:func:`_whole_rules`). The rules' code and data are in the cache's
    namespace (cache.py)."""
    from . import rules as pack

    cache = register.cache
    day = today()
    if not chosen:
        return [], []
    if cache is None or not cache.enabled:
        return pack.assemble(register, chosen, pack.collect(register, chosen, day))
    local = [r for r in chosen if r.scope == "file"]
    whole = [r for r in chosen if r.scope != "file"]
    # Files are named by their place in the register, not as shown from the working directory, so
    # that the findings are reused whichever folder ropa is run from.
    shown: dict[str, str] = {}
    files = {source.display: source for source in register.all_files()}
    for source in files.values():
        shown[register.place(source)] = source.display
    placed = {display: place for place, display in shown.items()}
    codec = _RowCodec(shown, placed)

    # -- rules over the whole register: each kept under what it read of every file
    raws: list = _whole_rules(register, whole, day, codec, {place: files[display] for place, display in shown.items()})

    # -- rules of one file: kept in the file's own cache entry
    org = register.organisation
    selection = hashlib.blake2b(",".join(sorted(r.id for r in local)).encode(), digest_size=8).hexdigest()
    common = f"{day.isoformat()}\0{selection}\0{org.key if org else ''}"
    # what a file refers to, as the rules see it: the valid definition of each id (the first of a duplicate)
    index = register.definitions()
    keys = {(kind, ident): s.key for kind, found in index.items() for ident, s in found.items()}
    # whether a file is the one its id stands for (the first of a duplicate): the others are not judged
    judged = {id(s) for found in index.values() for s in found.values()}
    # Checked first, for every file at once: no definition but the activities changed since the file's
    # findings were kept, and none of the activities it refers to (the usual case after an edit of an
    # activity). Only where that fails are the definitions it refers to compared one by one.
    definitions = hashlib.blake2b(digest_size=16)
    for (kind, ident), key in sorted(keys.items()):
        if kind != "activity":
            definitions.update(f"{kind}\0{ident}\0{key}\0".encode())
    quick = f"{common}\0{definitions.hexdigest()}"
    stale: dict[str, tuple] = {}
    for place, display in shown.items():
        source = files[display]
        if not isinstance(source.entry, dict):
            stale[display] = (source, place, None, [], False)
            continue
        mine = _kept(source.entry, place).get(selection)
        first = source is org or id(source) in judged
        if (
            isinstance(mine, dict)
            and mine.get("quick") == quick
            and mine.get("first") is first
            and isinstance(mine.get("activities"), list)
            and all(keys.get(("activity", i), "") == k for i, k in mine["activities"])
            and isinstance(mine.get("rows"), list)
        ):
            raws += [codec.raw(row) for row in mine["rows"]]
            continue
        found = source.found_at("x-ropa-ref", cache) if source.valid else []
        refs = sorted({f"{target}:{value}:{keys.get((target, value), '')}" for _, value, target in found})
        file_key = hashlib.blake2b(
            f"{common}\0{place}\0{source.key}\0{first}\0{'|'.join(refs)}".encode(), digest_size=16
        ).hexdigest()
        activities = sorted({value for _, value, target in found if target == "activity" and isinstance(value, str)})
        referred = [[i, keys.get(("activity", i), "")] for i in activities]
        if isinstance(mine, dict) and mine.get("key") == file_key and isinstance(mine.get("rows"), list):
            raws += [codec.raw(row) for row in mine["rows"]]
            mine.update(quick=quick, activities=referred, first=first)  # quick again next time
            cache.touch(source.key)
        else:
            stale[display] = (source, place, file_key, referred, first)
    if stale:
        fresh = pack.collect(register, local, day, only=set(stale))
        raws += fresh
        per_file: dict[str, list] = {display: [] for display in stale}
        for raw in fresh:
            per_file[raw.problem.path].append(codec.row(raw))
        for display, (source, place, file_key, referred, first) in stale.items():
            rows = per_file[display]
            if file_key is not None and all(row is not None for row in rows):
                # entries are per content: files with the same bytes share one, so each place has its own;
                # a run with another selection (--select transfers) keeps the last few others
                kept = mapping(source.entry.get("rules"))
                others = {k: v for k, v in _kept(source.entry, place).items() if k != selection}
                recent = dict(list(others.items())[-_SPARE_SELECTIONS:])
                mine = {"key": file_key, "quick": quick, "activities": referred, "first": first, "rows": rows}
                source.entry["rules"] = {**kept, place: {**recent, selection: mine}}
                cache.touch(source.key)
    return pack.assemble(register, chosen, raws)


_SPARE_SELECTIONS = 2


def _whole_rules(register: Register, rules: list, day, codec: _RowCodec, files: dict[str, SourceFile]) -> list:
    """The findings of rules that weigh files against each other, each rule's taken from the cache
    where nothing it read has changed since a run that kept them.

    A run of such a rule notes what it read (:func:`ropa.rules.collect`): which top-level fields of
    the files of each kind, which files whole, which tests of files' bytes. Its findings are kept
    under a key made of what those read now (fields as digests, :func:`ropa.register.field_digests`;
    a file whole as its content; a test as its answer for every file), the places, validity and ids of
    all files, the date and the rule; with them, the content of every file they point at (a position
    moves with any edit of its file). The same values read give the same findings, so an edit of a field no rule
    of this kind read (an activity's name, its description) runs none of them again. The rules' code
    and data are in the cache's namespace (cache.py)."""
    from . import rules as pack

    cache = register.cache
    columns = _Columns(files, cache)
    found: dict[str, list] = {}
    pending = []
    for current in rules:
        read = cache.get("reads:" + current.id)
        entry = cache.get(columns.key(current.id, day, read)) if _is_reads(read) else None
        if isinstance(entry, dict) and isinstance(entry.get("rows"), list) and columns.unchanged(entry.get("at")):
            found[current.id] = [codec.raw(row) for row in entry["rows"]]
        else:
            pending.append(current)
    if pending:
        reads: dict[str, list] = {}
        for raw in pack.collect(register, pending, day, reads=reads, holds=columns.known):
            found.setdefault(raw.problem.rule, []).append(raw)
        for current in pending:
            rows = [codec.row(raw) for raw in found.get(current.id, [])]
            read = reads.get(current.id)
            if _is_reads(read) and all(row is not None for row in rows):
                cache.put("reads:" + current.id, read)
                cache.put(columns.key(current.id, day, read), {"rows": rows, "at": columns.at(rows)})
    return [raw for current in rules for raw in found.get(current.id, [])]


def _is_reads(value: Any) -> TypeGuard[list]:
    return isinstance(value, list) and all(
        isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item) for item in value
    )


class _Columns:
    """The register by field: for a kind and a top-level field, the digest of every file of that kind
    with the digest of that field's value (``*``: of the whole file), computed once per run."""

    def __init__(self, files: dict[str, SourceFile], cache: Any = None):
        # the rule pack's names, looked up once: column() and _holds() run for every file of a kind
        from .rules import BYTES_TEST, FILE, bytes_hold, distinct_words

        self._bytes_test, self._file, self._bytes_hold, self._distinct_words = (
            BYTES_TEST,
            FILE,
            bytes_hold,
            distinct_words,
        )
        self.files = files
        self.cache = cache
        # (field digests or None, content key, file) in place order
        self.by_kind: dict[str, list[tuple[Any, str, SourceFile]]] = {}
        base = hashlib.blake2b(digest_size=16)
        places = sorted(files)
        ordered = [files[place] for place in places]
        for place, source, fields in zip(places, ordered, _field_digests(ordered), strict=True):
            self.by_kind.setdefault(source.kind.name, []).append((fields, source.key, source))
            ident = source.ident if source.loaded else None
            base.update(f"{place}\0{source.kind.name}\0{source.valid}\0{ident!r}\0".encode())
        self.base = base.hexdigest()
        self._columns: dict[tuple[str, str], str] = {}
        self._bytes: dict[str, bytes] = {}
        self._words: dict[str, bytes] = {}  # each file's distinct words (rules.distinct_words), made once
        # the answers of tests of bytes the rules made as they ran, by test and file content
        self.known: dict[str, dict[str, bool]] = {}

    def column(self, kind: str, name: str) -> str:
        BYTES_TEST, FILE = self._bytes_test, self._file
        if kind.startswith(FILE):  # one file, read whole: its content
            source = self.files.get(name)
            return source.key if source is not None else "-"
        if (kind, name) not in self._columns:
            rows = self.by_kind.get(kind, [])
            if name == "*":
                values = [key for _, key, _ in rows]
            elif name.startswith(BYTES_TEST):  # whether each file's bytes hold one of the words
                values = [self._holds(source, name) for _, _, source in rows]
            else:  # a file whose fields are not known (not a mapping) counts with all of its content
                values = [key if fields is None else fields.get(name, "-") for fields, key, _ in rows]
            self._columns[kind, name] = hashlib.blake2b("\0".join(values).encode(), digest_size=16).hexdigest()
        return self._columns[kind, name]

    def _holds(self, source: SourceFile, test: str) -> str:
        """The answer of a test of bytes for one file: "1", "0", or "-" where its bytes are not known.
        It is kept in the file's cache entry, so that after an edit only the edited files are tested
        again (about a third of a second for three tests of 10,000 files)."""
        BYTES_TEST, bytes_hold, distinct_words = self._bytes_test, self._bytes_hold, self._distinct_words
        entry = source.entry if isinstance(source.entry, dict) else None
        kept = entry.get("holds") if entry is not None else None
        if isinstance(kept, dict):
            answer = kept.get(test)
            if answer in ("0", "1"):
                return answer
        if source.raw is None:
            return "-"
        held = self.known.get(test, {}).get(source.key)
        if held is None:
            lowered = self._bytes.get(source.key)
            if lowered is None:
                lowered = self._bytes[source.key] = source.raw.lower()
            words = self._words
            held = bytes_hold(
                lowered,
                test[len(BYTES_TEST) :].split("|"),
                lambda: (
                    words[source.key] if source.key in words else words.setdefault(source.key, distinct_words(lowered))
                ),
            )
        answer = str(int(held))
        if entry is not None and self.cache is not None:
            entry["holds"] = {**kept, test: answer} if isinstance(kept, dict) else {test: answer}
            self.cache.touch(source.key)
        return answer

    def key(self, rule: str, day, read: list) -> str:
        digest = hashlib.blake2b(f"{day.isoformat()}\0{rule}\0{self.base}\0".encode(), digest_size=16)
        for kind, name in read:
            digest.update(f"{kind}\0{name}\0{self.column(kind, name)}\0".encode())
        return f"rules:{rule}:{digest.hexdigest()}"

    def at(self, rows: list) -> list[list[str]]:
        """The files ``rows`` point at, with their content keys."""
        places = {row[0] for row in rows} | {related[0] for row in rows for related in row[6]}
        return [[place, self.files[place].key] for place in sorted(places) if place in self.files]

    def unchanged(self, at: Any) -> bool:
        if not isinstance(at, list):
            return False
        for item in at:
            if not (isinstance(item, list) and len(item) == 2):
                return False
            source = self.files.get(item[0]) if isinstance(item[0], str) else None
            if source is None or source.key != item[1]:
                return False
        return True


def _field_digests(files: list[SourceFile]) -> list[dict | None]:
    """Each file's field digests as the cache keeps them (JSON text, decoded here in one go), or None
    where they are not known."""
    from .cache import loads

    texts = [s.entry.get("fields") if isinstance(s.entry, dict) else None for s in files]
    try:
        decoded = loads("[" + ",".join(t if isinstance(t, str) else "null" for t in texts) + "]")
    except ValueError:  # a damaged entry: the files count with all of their content
        return [None] * len(files)
    return [d if isinstance(d, dict) and all(isinstance(v, str) for v in d.values()) else None for d in decoded]


def _kept(entry: dict, place: str) -> dict:
    """A file's cached rule findings at ``place``, per selection of rules."""
    kept = entry.get("rules")
    mine = kept.get(place) if isinstance(kept, dict) else None
    return mapping(mine)


class _RowCodec:
    """Findings as kept in the cache: places instead of names as shown from the working directory."""

    def __init__(self, shown: dict[str, str], placed: dict[str, str]):
        self.shown, self.placed = shown, placed

    def row(self, raw) -> list | None:
        p = raw.problem
        if p.path not in self.placed or any(place[0] not in self.placed for place in p.related):
            return None  # a finding outside the register's files: not cached
        related = [[self.placed[place[0]], *place[1:]] for place in p.related]
        return [
            self.placed[p.path],
            p.line,
            p.column,
            p.level,
            p.rule,
            p.message,
            related,
            raw.cause,
            raw.what,
            raw.reason,
            raw.used,
        ]

    def raw(self, row: list):
        from .rules import Raw

        path, line, column, level, rule, message, related, cause, what, reason, used = row
        related = tuple((self.shown.get(place[0], place[0]), *place[1:]) for place in related)
        return Raw(
            Problem(self.shown.get(path, path), line, column, level, rule, message, related), cause, what, reason, used
        )
