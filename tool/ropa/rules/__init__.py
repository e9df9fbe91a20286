"""The GDPR rule pack: checks of the register against the law, as a privacy officer reviews it.

Every rule is a :class:`Rule` with a stable id, a family, a default level, the legal source, a short
rationale and a fix hint, and a ``check(ctx)`` generator that yields findings pointing at a YAML node.
Rules live one family per module in this package; :data:`RULES` collects them. Reference data that
changes with the law (adequacy decisions, invalid mechanisms, the AP's DPIA list, retention norms) is
read from ``ropa/data/``, never written into a rule.

A finding is suppressed for one item only by a ``suppress`` entry with a written justification in the
file it points at; suppressed findings are kept (the internal site shows them) but not reported.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from ..problems import Problem
from ..register import Register, SourceFile
from .context import Context, Finding
from .grouping import cause


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    level: str
    source: str
    rationale: str
    fix: str
    check: Callable[[Context], Iterator[Finding]] = field(compare=False, repr=False)


RULES: dict[str, Rule] = {}
FAMILIES = ("completeness", "bases", "sensitive", "transfers", "parties", "risk", "norms", "housekeeping")


def rule(id: str, family: str, level: str, source: str, rationale: str, fix: str):
    """Register the decorated ``check(ctx)`` generator as a rule."""
    if family not in FAMILIES or level not in ("error", "warning", "info"):
        raise ValueError(f"rule {id}: bad family or level")

    def register(check: Callable[[Context], Iterator[Finding]]) -> Callable[[Context], Iterator[Finding]]:
        if id in RULES:
            raise ValueError(f"rule {id} is defined twice")
        RULES[id] = Rule(id, family, level, source, rationale, fix, check)
        return check

    return register


@dataclass
class Suppressed:
    problem: Problem
    reason: str


def matches(rule: Rule, patterns: Iterable[str]) -> bool:
    """True when a pattern names the rule's id or family (shell wildcards allowed)."""
    return any(fnmatch.fnmatchcase(rule.id, p) or fnmatch.fnmatchcase(rule.family, p) for p in patterns)


def selected(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    select, ignore = list(select), list(ignore)
    return [r for r in RULES.values() if (not select or matches(r, select)) and not matches(r, ignore)]


def unknown_patterns(patterns: Iterable[str]) -> list[str]:
    """Patterns of --select/--ignore that name no rule, family or structural check."""
    from .structural import STRUCTURAL

    names = set(RULES) | set(FAMILIES) | set(STRUCTURAL) | {"structure"}
    return [p for p in patterns if not any(fnmatch.fnmatchcase(n, p) for n in names)]


def run(register: Register, rules: list[Rule], today) -> tuple[list[Problem], list[Suppressed]]:
    """Run ``rules``; return the findings to report and the suppressed ones."""
    from ..national import jurisdiction, national_rules

    ctx = Context(register, today)
    problems: list[Problem] = []
    suppressed: list[Suppressed] = []
    used: set[tuple[str, int]] = set()
    here, national = jurisdiction(ctx.org), national_rules()
    for current in rules:
        if current.id in national and here not in national[current.id]:
            continue  # a rule of another country's law
        groups: dict = {}
        for finding in current.check(ctx):
            line, column = finding.source.locate(finding.path, key=finding.key)
            problem = Problem(finding.source.display, line, column, current.level, current.id, finding.message)
            reason = _suppression(finding.source, current.id)
            if reason is not None:  # each place answers for itself: a suppression covers its own file only
                suppressed.append(Suppressed(problem, reason[1]))
                used.add((finding.source.display, reason[0]))
            else:
                key, what = cause(current.id, finding)
                # one node (a YAML anchor shared by many data categories) is one cause in any case
                groups.setdefault(key if key is not None else ("node", problem.path, problem.line, problem.column),
                                  []).append((problem, what))
        problems.extend(_one_per_cause(members) for members in groups.values())
    if any(r.id == "suppression-unused" for r in rules):
        problems.extend(_unused_suppressions(register, used))
    return problems, suppressed


_ONE = {"activities": "activity", "places": "place", "transfers": "transfer", "cookies": "cookie",
        "purposes": "purpose", "data categories": "data category", "texts": "text", "files": "file"}


def _one_per_cause(members: list[tuple[Problem, str]]) -> Problem:
    """Findings with one cause as one: at the first place, the count and the other places related."""
    ordered = sorted(members, key=lambda m: m[0].sort_key())
    first, what = ordered[0]
    others = [m[0] for m in ordered[1:]]
    if not others:
        return first
    if len(others) == 1:
        what = _ONE.get(what, what)
    return replace(first, message=f"{first.message} (and {len(others)} more {what}, listed with this finding)",
                   related=tuple((p.path, p.line, p.column) for p in others))


def _suppression(source: SourceFile, rule_id: str) -> tuple[int, str] | None:
    entries = source.data.get("suppress") if isinstance(source.data, dict) else None
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict) and entry.get("rule") == rule_id and isinstance(entry.get("reason"), str):
            return index, entry["reason"]
    return None


def _unused_suppressions(register: Register, used: set[tuple[str, int]]) -> list[Problem]:
    meta = RULES["suppression-unused"]
    out = []
    for source in register.all_files():
        entries = source.data.get("suppress") if source.loaded else None
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if (source.display, index) in used or not isinstance(entry, dict):
                continue
            line, column = source.locate(["suppress", index])
            rule_id = entry.get("rule")
            message = (f"suppression of `{rule_id}` matches no finding here; remove it" if rule_id in RULES
                       else f"`{rule_id}` is not a rule of ropa; check the id (`ropa rules` lists them)")
            out.append(Problem(source.display, line, column, meta.level, meta.id, message))
    return out


# The rule families register themselves on import.
from . import (bases, completeness, housekeeping, marketing, norms, parties, people, practice, processors,  # noqa: E402,F401
               risk, sensitive, transfers)
