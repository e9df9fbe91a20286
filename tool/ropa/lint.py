"""`ropa lint`: read the register, check its schema and cross-links, then run the GDPR rule pack."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable

from .links import check_links
from .problems import Problem, rank
from .register import Register, read_register
from .vocab import check_vocabularies


def today() -> date:
    """The date the rules judge by: SOURCE_DATE_EPOCH when set (reproducible runs), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).date()
    return date.today()


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
    problems = list(register.problems)
    suppressed = []
    if rules:
        from . import rules as pack

        chosen = pack.selected(select, ignore)
        found, suppressed = pack.run(register, chosen, today())
        ids = {r.id for r in chosen}
        # Checks done outside the pack (unused-definition) follow the same selection.
        problems = [p for p in problems if p.rule not in pack.RULES or p.rule in ids] + found
    return LintResult(register, sorted(problems, key=Problem.sort_key), suppressed)
