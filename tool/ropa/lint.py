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
    the content and place of every file, the rules' code and data, the selection and the date."""
    import hashlib

    from . import rules as pack

    cache = register.cache
    digest = hashlib.blake2b(digest_size=16)
    digest.update(pack.fingerprint().encode())
    digest.update(today().isoformat().encode())
    digest.update(",".join(sorted(r.id for r in chosen)).encode())
    for source in register.all_files():
        digest.update(f"{source.display}\0{source.key}\0".encode())
    key = "rules:" + digest.hexdigest()
    entry = cache.get(key) if cache is not None else None
    if isinstance(entry, dict) and isinstance(entry.get("problems"), list) and isinstance(entry.get("suppressed"), list):
        def problem(values: list) -> Problem:  # related places come back from JSON as lists
            return Problem(*values[:6], tuple(tuple(place) for place in values[6]) if len(values) > 6 else ())

        problems = [problem(p) for p in entry["problems"]]
        suppressed = [pack.Suppressed(problem(p), reason) for p, reason in entry["suppressed"]]
        return problems, suppressed
    problems, suppressed = pack.run(register, chosen, today())
    if cache is not None:
        cache.put(key, {"problems": [list(vars(p).values()) for p in problems],
                        "suppressed": [[list(vars(s.problem).values()), s.reason] for s in suppressed]})
    return problems, suppressed
