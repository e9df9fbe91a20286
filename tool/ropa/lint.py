"""`ropa lint`: read the register, check its schema and cross-links, then run the GDPR rule pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .dates import today
from .links import check_links
from .overrides import check_overrides
from .problems import Problem, cleaned, rank
from .register import Register, read_register
from .vocab import check_vocabularies


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


def lint(root: Path, *, use_cache: bool = True, select: Iterable[str] = (), ignore: Iterable[str] = (),
         rules: bool = True) -> LintResult:
    """Lint the register at ``root``; ``select``/``ignore`` pick rules by id or family."""
    register = read_register(root, use_cache=use_cache)
    check_links(register)
    check_vocabularies(register)
    check_overrides(register)
    problems = list(register.problems)
    suppressed = []
    if rules:
        from . import rules as pack

        chosen = pack.selected(select, ignore)
        found, suppressed = _run_rules(register, chosen)
        ids = {r.id for r in chosen}
        # Checks done outside the pack (unused-definition) follow the same selection.
        problems = [p for p in problems if p.rule not in pack.RULES or p.rule in ids] + found
    if register.cache is not None:
        register.cache.save()
    # Messages quote what the register holds; nothing in them may reach a terminal or a CI page raw.
    return LintResult(register, sorted((cleaned(p) for p in problems), key=Problem.sort_key), suppressed)


def _run_rules(register: Register, chosen: list) -> tuple[list[Problem], list]:
    """Run the rule pack, or take its findings from the cache when nothing they depend on changed:
    the content and place of every file, the selection and the date (the rules' code and data are in
    the cache's namespace, cache.py)."""
    import hashlib

    from . import rules as pack

    cache = register.cache
    # Files are named by their place in the register, not as shown from the working directory, so
    # that the findings are reused whichever folder ropa is run from.
    shown = {}
    digest = hashlib.blake2b(digest_size=16)
    digest.update(today().isoformat().encode())
    digest.update(",".join(sorted(r.id for r in chosen)).encode())
    for source in register.all_files():
        try:
            place = source.path.relative_to(register.root).as_posix()
        except ValueError:
            place = str(source.path)
        shown[place] = source.display
        digest.update(f"{place}\0{source.key}\0".encode())
    placed = {display: place for place, display in shown.items()}
    key = "rules:" + digest.hexdigest()
    entry = cache.get(key) if cache is not None else None
    if isinstance(entry, dict) and isinstance(entry.get("problems"), list) and isinstance(entry.get("suppressed"), list):
        def problem(values: list) -> Problem:  # related places come back as lists, file names as places
            related = tuple((shown.get(p[0], p[0]), *p[1:]) for p in values[6]) if len(values) > 6 else ()
            return Problem(shown.get(values[0], values[0]), *values[1:6], related)

        problems = [problem(p) for p in entry["problems"]]
        suppressed = [pack.Suppressed(problem(p), reason) for p, reason in entry["suppressed"]]
        return problems, suppressed
    problems, suppressed = pack.run(register, chosen, today())

    def stored(p: Problem) -> list | None:
        values = list(vars(p).values())
        if values[0] not in placed or any(place[0] not in placed for place in p.related):
            return None  # a finding outside the register's files: not cached
        values[0] = placed[values[0]]
        if len(values) > 6:
            values[6] = [[placed[place[0]], *place[1:]] for place in p.related]
        return values

    if cache is not None:
        rows = [stored(p) for p in problems]
        kept = [[stored(s.problem), s.reason] for s in suppressed]
        if all(rows) and all(row for row, _ in kept):
            cache.put(key, {"problems": rows, "suppressed": kept})
    return problems, suppressed
