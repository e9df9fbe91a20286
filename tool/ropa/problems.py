"""The one problem type every check produces and every output format renders."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
    # other places with the same cause, reported with this one: ((path, line, column), ...)
    related: tuple = ()

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
            **(
                {"related": [{"path": p, "line": line, "column": column} for p, line, column in self.related]}
                if self.related
                else {}
            ),
        }


# What a message may not carry to a terminal, a CI log or a report: control characters (an ESC
# sequence recolours or rewrites a terminal), bidirectional controls, and line breaks.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LONG = re.compile(r"\S{121,}")
MAX_MESSAGE = 2000


def clean(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` safe to print anywhere: controls shown as escapes, absurdly long words and messages cut."""
    text = _CONTROL.sub(lambda m: "\\n" if m.group(0) == "\n" else f"\\u{ord(m.group(0)):04x}", str(text))
    text = _LONG.sub(lambda m: f"{m.group(0)[:60]}…({len(m.group(0)):,} characters)…{m.group(0)[-20:]}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cleaned(problem: Problem) -> Problem:
    """The problem with its message and path made safe to print (see :func:`clean`)."""
    message, path = clean(problem.message), clean(problem.path, 400)
    return (
        problem if (message, path) == (problem.message, problem.path) else replace(problem, message=message, path=path)
    )


def rank(level: str) -> int:
    """0 for error, 1 for warning, 2 for info."""
    return _RANK[level]


def then(message: str, advice: str) -> str:
    """``message`` followed by ``advice``: a new sentence after a question, else after a semicolon."""
    return f"{message} {advice[0].upper()}{advice[1:]}" if message.endswith("?") else f"{message}; {advice}"
