"""`ropa lint`: read the register, check its schema and cross-links, then run the GDPR rule pack."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .dates import today
from .links import check_links, check_vocabularies
from .overrides import check_overrides
from .problems import Problem, cleaned, rank
from .register import Register, read_register
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
        from .rules.structural import is_structural

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
    return LintResult(register, sorted((cleaned(p) for p in problems), key=Problem.sort_key), suppressed)


# -- a whole run's result, kept for the next run that reads the same files with the same options


def _result_key(register: Register, select: Iterable[str], ignore: Iterable[str], rules: bool) -> str | None:
    """The cache key of this run's result: every file's place and content, what could not be read, the
    options and the date. None where lint reads more than the register's files (templates or a site
    look, which are checked in place) or runs without a cache."""
    import hashlib

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

    def row(p: Problem) -> list:
        related = [[_place(path, base), line, column] for path, line, column in p.related]
        return [_place(p.path, base), p.line, p.column, p.level, p.rule, p.message, related]

    return {"problems": [row(p) for p in problems], "suppressed": [[row(s.problem), s.reason] for s in suppressed]}


def _from_rows(register: Register, kept: dict) -> LintResult | None:
    from .register import display_path
    from .rules import Suppressed

    base = Path(os.path.abspath(register.root))
    shown_as: dict[str, str] = {}

    def show(place: str) -> str:
        if place not in shown_as:
            shown_as[place] = display_path(base / place)
        return shown_as[place]

    def problem(row: list) -> Problem:
        place, line, column, level, rule, message, related = row
        return Problem(show(place), line, column, level, rule, message, tuple((show(p), ln, c) for p, ln, c in related))

    try:
        problems = [problem(row) for row in kept["problems"]]
        suppressed = [Suppressed(problem(row), reason) for row, reason in kept["suppressed"]]
    except (KeyError, TypeError, ValueError):
        return None  # damaged: lint again
    return LintResult(register, sorted((cleaned(p) for p in problems), key=Problem.sort_key), suppressed)


def _run_rules(register: Register, chosen: list) -> tuple[list[Problem], list]:
    """Run the rule pack, taking from the cache what nothing it depends on has changed since.

    Rules of ``scope="file"`` are kept per file, keyed on the file's content and place, the contents of
    the definitions it refers to and of organisation.yaml, the selection and the date: an edit re-checks
    the files it changed. Rules that weigh files against each other are kept for the register as a
    whole, keyed on every file. The rules' code and data are in the cache's namespace (cache.py)."""
    import hashlib

    from . import rules as pack

    cache = register.cache
    day = today()
    if not chosen:
        return [], []
    if cache is None:
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

    raws: list = []
    # -- rules over the whole register: one entry for every file's content
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{day.isoformat()}\0{','.join(sorted(r.id for r in whole))}".encode())
    for place, display in sorted(shown.items()):
        digest.update(f"{place}\0{files[display].key}\0".encode())
    key = "rules:" + digest.hexdigest()
    entry = cache.get(key)
    if isinstance(entry, dict) and isinstance(entry.get("rows"), list):
        raws += [codec.raw(row) for row in entry["rows"]]
    else:
        fresh = pack.collect(register, whole, day)
        raws += fresh
        rows = [codec.row(raw) for raw in fresh]
        if all(row is not None for row in rows):
            cache.put(key, {"rows": rows})

    # -- rules of one file: kept in the file's own cache entry
    org = register.organisation
    selection = hashlib.blake2b(",".join(sorted(r.id for r in local)).encode(), digest_size=8).hexdigest()
    common = f"{day.isoformat()}\0{selection}\0{org.key if org else ''}"
    # what a file refers to, as the rules see it: the valid definition of each id (the first of a duplicate)
    keys = {(kind, ident): s.key for kind, found in register.definitions().items() for ident, s in found.items()}
    stale: dict[str, tuple] = {}
    for place, display in shown.items():
        source = files[display]
        if not isinstance(source.entry, dict):
            stale[display] = (source, place, None)
            continue
        refs = sorted(
            {
                f"{target}:{value}:{keys.get((target, value), '')}"
                for _, value, target in (source.found_at("x-ropa-ref", cache) if source.valid else [])
            }
        )
        file_key = hashlib.blake2b(
            f"{common}\0{place}\0{source.key}\0{'|'.join(refs)}".encode(), digest_size=16
        ).hexdigest()
        mine = _kept(source.entry, place).get(selection)
        if isinstance(mine, dict) and mine.get("key") == file_key and isinstance(mine.get("rows"), list):
            raws += [codec.raw(row) for row in mine["rows"]]
        else:
            stale[display] = (source, place, file_key)
    if stale:
        fresh = pack.collect(register, local, day, only=set(stale))
        raws += fresh
        per_file: dict[str, list] = {display: [] for display in stale}
        for raw in fresh:
            per_file[raw.problem.path].append(codec.row(raw))
        for display, (source, place, file_key) in stale.items():
            rows = per_file[display]
            if file_key is not None and all(row is not None for row in rows):
                # entries are per content: files with the same bytes share one, so each place has its own;
                # a run with another selection (--select transfers) keeps the last few others
                kept = mapping(source.entry.get("rules"))
                others = {k: v for k, v in _kept(source.entry, place).items() if k != selection}
                recent = dict(list(others.items())[-_SPARE_SELECTIONS:])
                source.entry["rules"] = {**kept, place: {**recent, selection: {"key": file_key, "rows": rows}}}
                cache.touch(source.key)
    return pack.assemble(register, chosen, raws)


_SPARE_SELECTIONS = 2


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
