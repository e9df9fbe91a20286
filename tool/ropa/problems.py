"""The one problem type every check produces and every output format renders."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("error", "warning", "info")
_RANK = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Problem:
    """A finding at ``path:line:column`` (1-based), with a rule id, a level and a message."""

    path: str
    line: int
    column: int
    level: str
    rule: str
    message: str

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, _RANK.get(self.level, 9), self.rule, self.message)

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "level": self.level,
            "rule": self.rule,
            "message": self.message,
        }


def rank(level: str) -> int:
    """0 for error, 1 for warning, 2 for info."""
    return _RANK[level]


def then(message: str, advice: str) -> str:
    """``message`` followed by ``advice``: a new sentence after a question, else after a semicolon."""
    return f"{message} {advice[0].upper()}{advice[1:]}" if message.endswith("?") else f"{message}; {advice}"
