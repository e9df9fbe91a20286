"""`ropa lint`: read the register, check its schema and its cross-links, collect every problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .links import check_links
from .problems import Problem, rank
from .register import Register, read_register
from .vocab import check_vocabularies


@dataclass
class LintResult:
    register: Register
    problems: list[Problem]

    @property
    def files(self) -> int:
        return sum(1 for _ in self.register.all_files())

    def count(self, level: str) -> int:
        return sum(1 for p in self.problems if p.level == level)

    def exit_code(self, strict: bool = False) -> int:
        """0 clean, 1 errors (or warnings with ``strict``), 2 when a file could not be read."""
        if self.register.io_errors:
            return 2
        worst = min((rank(p.level) for p in self.problems), default=None)
        if worst is None:
            return 0
        return 1 if worst == 0 or (strict and worst == 1) else 0


def lint(root: Path, *, use_cache: bool = True) -> LintResult:
    register = read_register(root, use_cache=use_cache)
    check_links(register)
    check_vocabularies(register)
    problems = sorted(register.problems, key=Problem.sort_key)
    return LintResult(register, problems)
