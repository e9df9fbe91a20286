"""The GDPR rule pack: checks of the register against the law, as a privacy officer reviews it.

Every rule is a :class:`Rule` with a stable id, a family, a default level, the legal source, a short
rationale and a fix hint, and a ``check(ctx)`` generator that yields findings pointing at a YAML node.
Rules live one family per module in this package; :data:`RULES` collects them. Reference data that
changes with the law (adequacy decisions, invalid mechanisms, the AP's DPIA list, retention norms) is
read from ``ropa/data/``, never written into a rule.

A rule's ``scope`` says what its findings depend on. ``"register"`` (the default): the rule may weigh
files against each other (is a definition used anywhere, does any activity ask consent, is any
measure organisation-wide) and runs whole whenever a field it read of any file changed (lint.py notes
what it reads through the files' data: such a rule reads files through ``data`` alone, and where it
passes files over by a test of their bytes it does so through :func:`may_hold`). ``"file"``, declared
where it is true: what the rule finds about a file depends on that file, the definitions it refers to
and organisation.yaml alone, so that lint keeps its findings per file and an edit re-checks only the
files it changed; tests/test_rules.py checks the property on the example registers in examples/.

Beside its declaration each rule gives an example that it finds something in and a near miss that it
stays quiet about, as the files they change in a small base register (:mod:`ropa.rules.examples`);
tests/test_rules.py lints them, and docs/rules.md shows them.

A finding is suppressed for one item only by a ``suppress`` entry with a written justification in the
file it points at; suppressed findings are kept (the internal site shows them) but not reported.
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..forked import PARALLEL_FROM, both, can_fork, fewer_collections
from ..lazyre import compile_all
from ..problems import Problem
from ..register import Register, SourceFile
from ..structural import STRUCTURAL
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
    # "register" (the default, always right): the rule runs whole whenever a field it read changed. "file": what
    # the rule finds about a file depends on nothing but that file, the definitions it refers to and
    # organisation.yaml, so that an edit re-checks only the files it changed (lint.py); a rule says so
    # only when that is true of its code (tests/test_rules.py checks what it can).
    scope: str = "register"
    # A register the rule finds something in and a near miss it stays quiet about, as YAML text of the
    # files they change in the shipped base register (written as in the declaration, indented), and the
    # text the example's finding points at: see ropa.rules.examples, which reads them.
    example: str = field(default="", compare=False, repr=False)
    near_miss: str = field(default="", compare=False, repr=False)
    points_at: str | None = field(default=None, compare=False, repr=False)


RULES: dict[str, Rule] = {}
FAMILIES = ("completeness", "bases", "sensitive", "transfers", "parties", "risk", "norms", "housekeeping")


def rule(
    id: str,
    family: str,
    level: str,
    source: str,
    rationale: str,
    fix: str,
    *,
    scope: str = "register",
    example: str,
    near_miss: str,
    points_at: str | None = None,
):
    """Register the decorated ``check(ctx)`` generator as a rule, with its two examples (YAML text, see
    :mod:`ropa.rules.examples`) and the text that the example's finding points at."""
    if family not in FAMILIES or level not in ("error", "warning", "info") or scope not in ("file", "register"):
        raise ValueError(f"rule {id}: bad family, level or scope")

    def register(check: Callable[[Context], Iterator[Finding]]) -> Callable[[Context], Iterator[Finding]]:
        if id in RULES:
            raise ValueError(f"rule {id} is defined twice")
        RULES[id] = Rule(id, family, level, source, rationale, fix, check, scope, example, near_miss, points_at)
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
    from ..structural import STRUCTURAL

    names = set(RULES) | set(FAMILIES) | set(STRUCTURAL) | {"structure"}
    return [p for p in patterns if not any(fnmatch.fnmatchcase(n, p) for n in names)]


class BadPatterns(ValueError):
    """Patterns of --select/--ignore that name nothing, or name the checks of files and references."""


def split_patterns(values: Iterable[str]) -> list[str]:
    """The patterns of an option given any number of times, each a comma-separated list."""
    return [p.strip() for value in values for p in value.split(",") if p.strip()]


def selection(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """The patterns of --select and --ignore as `ropa lint` is given them, ready for :func:`selected`.
    Raises :class:`BadPatterns` for a pattern that names no rule, family or structural check, and for
    one that would select or skip checks of files and references, which always run (`--select
    structure` is allowed: it runs no rules at all)."""
    from ..structural import is_structural

    chosen, skipped = split_patterns(select), split_patterns(ignore)
    unknown = unknown_patterns(chosen + skipped)
    if unknown:
        raise BadPatterns(f"no rule or family matches {', '.join(unknown)}; `ropa rules` lists them")
    fixed = [p for p in chosen + skipped if is_structural(p) or (p == "structure" and p in skipped)]
    if fixed:
        raise BadPatterns(
            f"{', '.join(fixed)}: the checks of files and references always run; only the GDPR "
            "rules can be selected or ignored (`--select structure` runs no rules at all)"
        )
    return chosen, skipped


def in_order() -> list[Rule]:
    """The rules family by family (in the order of :data:`FAMILIES`), by id within a family."""
    return sorted(RULES.values(), key=lambda r: (FAMILIES.index(r.family), r.id))


@dataclass(frozen=True)
class Raw:
    """One finding before findings with one cause are joined: where it is, what causes it (a string,
    so that it can be kept in the cache), and the suppression that answers it, if any."""

    problem: Problem
    cause: str | None
    what: str
    reason: str | None = None  # the suppression's reason: the finding is suppressed
    used: int | None = None  # the index of that suppression in its file's `suppress`


# The work of the rules is the number run times the files they may read: the whole pack (180 rules) over
# 250 files or more is shared with a forked process. Measured cold on generated registers, the fork saved
# 0.06 s of 0.25 s at 50 activities (312 files), 0.15 s of 0.53 s at 250 and 0.45 s of 1.7 s at 1,000; a
# run after an edit, which runs a few rules again over a few files, stays in this process.
RULE_FILES_TO_FORK = 45_000


def collect(
    register: Register,
    rules: list[Rule],
    today,
    only: set[str] | None = None,
    *,
    reads: dict | None = None,
    holds: dict | None = None,
) -> list[Raw]:
    """Every finding of ``rules``; with ``only`` (files by display name) just those about these files.
    On a large register the rules are shared with a forked copy of this process (:mod:`ropa.forked`), each
    process taking the next rule when it is free; the findings are the same, in the same order.

    With ``reads`` (a dict), each rule runs with a context of its own and ``reads[rule id]`` becomes
    what it read of the register: ``[kind, field]`` for each top-level field of a file of that kind it
    read, ``[FILE + kind, place]`` for a file it went through whole (``[kind, "*"]`` where it went
    through many of a kind), and the tests of files' bytes it made (:func:`may_hold`). What a
    rule finds depends on these alone (with the files' places, validity and ids, and the files its
    findings point at), which lint.py keys its findings on. With ``holds`` too, ``holds[test][content key]``
    becomes the answer each test of bytes the rules made gave for a file, which lint.py keys on without
    making the test again."""
    files = list(register.all_files())
    watched = _watch(register, files) if reads is not None else None
    noting = reads is not None
    try:
        size = len(only) if only is not None else len(files)
        if len(rules) > 1 and can_fork(len(rules) * size, RULE_FILES_TO_FORK / PARALLEL_FROM):
            for source in files:  # decoded once, before the fork, instead of in both processes
                source.data  # noqa: B018
            compile_all()  # the patterns too
            # Rules of one file (and what it refers to) are split by file: each process checks half of
            # the files, so a file's texts are lowered and searched in one process, not in both. The rules
            # over the whole register go to whichever process is free. What a rule read is noted whole, so
            # where it is noted every rule is taken whole.
            local = [current for current in rules if current.scope == "file"] if not noting else []
            if len(local) > 1:
                apart = set(map(id, local))
                rest_rules = [current for current in rules if id(current) not in apart]
                halves = _halves([s for s in files if only is None or s.display in only])
            else:
                rest_rules, halves = rules, (set(), set())
            first, second = _shared(rest_rules)
            with fewer_collections():
                (mine, mine_read, mine_ran, mine_held), (theirs, their_read, their_ran, their_held) = both(
                    lambda: _collect_split(register, local, halves[0], first(), today, only, noting),
                    lambda: _collect_split(register, local, halves[1], second(), today, only, noting),
                )
            ran = set(mine_ran) | set(their_ran)
            # a rule the other process took but did not finish (it died): run here (a rule split by file
            # was run by both, each for its half, or the other's half again here by forked.both)
            rest = [current for current in rest_rules if current.id not in ran]
            extra, extra_read, _, extra_held = (
                _collect(register, rest, today, only, noting) if rest else ([], {}, [], {})
            )
            by_rule: dict[str, list[Raw]] = {}
            for raw in mine + theirs + extra:
                by_rule.setdefault(raw.problem.rule, []).append(raw)
            found = [raw for current in rules for raw in by_rule.get(current.id, [])]
            if local:  # each process found its half's: in file order, as one process finds them
                found = _in_file_order(found, files, local)
            read = {**mine_read, **their_read, **extra_read}
            held = [mine_held, their_held, extra_held]
        else:
            found, read, _, answers = _collect(register, rules, today, only, noting)
            found = _in_file_order(found, files, [current for current in rules if current.scope == "file"])
            held = [answers]
    finally:
        if watched is not None:
            _unwatch(watched)
    if reads is not None:
        reads.update(read)
    if holds is not None:
        for answers in held:
            for test, by_key in answers.items():
                holds.setdefault(test, {}).update(by_key)
    return found


def _shared(rules: list[Rule]) -> tuple[Callable[[], Iterator[Rule]], Callable[[], Iterator[Rule]]]:
    """The rules each of two processes runs: whichever is free takes the next one in order (the rules'
    costs differ a hundredfold, so a fixed half keeps one process waiting for the other). Where no
    shared counter can be had, every other rule."""
    import multiprocessing

    try:
        counter = multiprocessing.get_context("fork").Value("i", 0)
    except (OSError, ValueError, ImportError):  # no shared memory or semaphores here
        return (lambda: iter(rules[0::2])), (lambda: iter(rules[1::2]))

    def taken() -> Iterator[Rule]:
        while True:
            with counter.get_lock():
                index = counter.value
                counter.value = index + 1
            if index >= len(rules):
                return
            yield rules[index]

    return taken, taken


def _in_file_order(found: list[Raw], files: list[SourceFile], local: list[Rule]) -> list[Raw]:
    """``found`` with each rule of one file's findings in the order of their files (each file's in the order
    the rule found them): the same whether the files were split between two processes or not."""
    ids = {current.id for current in local}
    if not ids:
        return found
    order = {source.display: i for i, source in enumerate(files)}
    last = len(files)
    rank = {rule: i for i, rule in enumerate(dict.fromkeys(raw.problem.rule for raw in found))}
    return sorted(
        found,
        key=lambda raw: (
            rank[raw.problem.rule],
            order.get(raw.problem.path, last) if raw.problem.rule in ids else 0,
        ),
    )


def _halves(files: list[SourceFile]) -> tuple[set[str], set[str]]:
    """``files`` by display name in two halves of about equal size in bytes, each file to the lighter half,
    largest first: the work of the rules of one file grows with its length."""
    halves: tuple[set[str], set[str]] = (set(), set())
    weight = [0, 0]
    for source in sorted(files, key=lambda s: -len(s.raw or b"")):
        lighter = 0 if weight[0] <= weight[1] else 1
        halves[lighter].add(source.display)
        weight[lighter] += len(source.raw or b"") + 1
    return halves


def _collect_split(
    register: Register,
    local: list[Rule],
    files: set[str],
    rules: Iterable[Rule],
    today,
    only: set[str] | None,
    noting: bool,
) -> tuple[list[Raw], dict[str, list[list[str]]], list[str], dict[str, dict[str, bool]]]:
    """The findings of the rules of one file ``local`` about ``files``, then of ``rules`` (as _collect)."""
    # the values made of one file's data (its texts, lowered) made for the first, kept for the second
    shared: dict = {}
    raws, reads, ran, answers = _collect(register, local, today, files, noting, shared) if local else ([], {}, [], {})
    more, more_reads, more_ran, more_answers = _collect(register, rules, today, only, noting, shared)
    for test, by_key in more_answers.items():
        answers.setdefault(test, {}).update(by_key)
    return raws + more, {**reads, **more_reads}, more_ran, answers


def _collect(
    register: Register,
    rules: Iterable[Rule],
    today,
    only: set[str] | None,
    noting: bool = False,
    file_memo: dict | None = None,
) -> tuple[list[Raw], dict[str, list[list[str]]], list[str], dict[str, dict[str, bool]]]:
    """The findings of ``rules``, what each read (with ``noting``), the ids of the rules run to the end, and
    (with ``noting``) the answers of the tests of bytes they made, by test and file content. ``file_memo``:
    the values made of one file's data (Context.file_memo) to take and add to, shared with another run."""
    from ..national import jurisdiction, national_rules

    ctx = Context(register, today, only, file_memo)
    raws: list[Raw] = []
    reads: dict[str, list[list[str]]] = {}
    ran: list[str] = []
    answers: dict[str, dict[str, bool]] = {}
    if noting:
        _NOTING.answers = answers
    here, national = jurisdiction(ctx.org), national_rules()
    for current in rules:
        if noting:  # a context of its own: nothing it reads comes from another rule's memo, unnoted
            index = ctx.index  # the files' ids, places and validity, which lint.py always keys on
            previous, ctx = ctx, Context(register, today, only)
            ctx.__dict__["index"] = index
            ctx.share_files_with(previous)
            notes: set[tuple[str, str]] = set()
            _NOTING.notes = notes
            here = jurisdiction(ctx.org)
        try:
            if current.id in national and here not in national[current.id]:
                ran.append(current.id)
                continue  # a rule of another country's law
            for finding in current.check(ctx):
                if only is not None and finding.source.display not in only:
                    continue  # organisation.yaml's findings, say, when only an activity is checked again
                line, column = finding.source.locate(finding.path, key=finding.key)
                problem = Problem(finding.source.display, line, column, current.level, current.id, finding.message)
                key, what = cause(current.id, finding)
                reason = _suppression(finding.source, current.id)
                raws.append(
                    Raw(
                        problem,
                        None if key is None else repr(key),
                        what,
                        *(reason[1], reason[0]) if reason is not None else (None, None),
                    )
                )
            ran.append(current.id)
        finally:
            if noting:
                _NOTING.notes = None
                reads[current.id] = _gathered(notes)
    if noting:
        _NOTING.answers = None
    return raws, reads, ran, answers


# -- what a rule reads of the register ----------------------------------------------------------------

# where the running rule's reads are noted, if anywhere: per thread, so that two lints in one process
# (a library caller's threads) do not note each other's reads
_NOTING = threading.local()
_ALL = "*"
# [FILE + kind, place]: every field of the file at that place was read (it was gone through, or its size
# asked); more than _FILES_APART of one kind are noted as [kind, "*"] instead
FILE = "@"
_FILES_APART = 64
# a pseudo-field: whether a file's bytes hold one of some words, for rules that pass files over by that test
BYTES_TEST = "\0bytes-hold:"


def bytes_hold(lowered: bytes, words: Iterable[str], tokens: Callable[[], bytes] | None = None) -> bool:
    """Whether lower-cased bytes hold one of ``words`` (ASCII, lower case): the test of
    :func:`may_hold`, and the value lint.py keys a rule's findings on for each file it was made of.
    A word written ``=eu`` counts only as a whole word (no letter or digit either side), so that a short
    word ("eu", "eer") does not hold in most files by being part of longer ones ("leverancier", "meer").

    A word of letters and digits alone stands inside one of the bytes' words wherever it stands, so it
    is looked for in their distinct words (:func:`distinct_words`, ``tokens`` where it is made once per
    file), a few times shorter than the bytes; a whole phrase in the bytes with every other byte a
    space; a word with other characters in the bytes themselves. The answer is the same either way."""
    key = words if isinstance(words, tuple) else tuple(words)
    encoded = _ENCODED.get(key)
    if encoded is None:
        encoded = _ENCODED[key] = tuple(_encoded(word) for word in key)
    distinct = spaced = None
    for word, where in encoded:
        if where == _IN_WORDS:
            if distinct is None:
                distinct = tokens() if tokens is not None else distinct_words(lowered)
            if word in distinct:
                return True
        elif where == _IN_BYTES:
            if word in lowered:
                return True
        else:
            if spaced is None:
                spaced = spaced_bytes(lowered)
            if word in spaced:
                return True
    return False


def spaced_bytes(lowered: bytes) -> bytes:
    """``lowered`` with every byte but a letter or digit made a space, and a space either side: whole
    words stand between spaces."""
    return b" " + lowered.translate(_TO_SPACE) + b" "


def distinct_words(lowered: bytes) -> bytes:
    """The distinct words (runs of letters and digits) of ``lowered``, each once, between single spaces
    and with a space either side."""
    return b" " + b" ".join(set(lowered.translate(_TO_SPACE).split())) + b" "


# where bytes_hold looks for a word: in the distinct words, the bytes, or the bytes with spaces for the rest
_IN_WORDS, _IN_BYTES, _IN_SPACED = range(3)


def _encoded(word: str) -> tuple[bytes, int]:
    if word.startswith("="):  # a whole word, found in the bytes with spaces for the rest
        whole = word[1:].encode()
        return b" " + whole + b" ", _IN_WORDS if whole.isalnum() else _IN_SPACED
    # of a phrase, its longest word: the bytes may break a phrase over two lines (a folded text)
    longest = max(word.split() or [word], key=len).encode()
    return longest, _IN_WORDS if longest.isalnum() else _IN_BYTES


_TO_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


# the words of each tuple bytes_hold was asked about, encoded once
_ENCODED: dict[tuple, tuple[tuple[bytes, int], ...]] = {}


# whether each tuple of words may_hold was asked about is ASCII alone
_ASCII_WORDS: dict[tuple[str, ...], bool] = {}


def may_hold(ctx: Context, source: SourceFile, words: tuple[str, ...]) -> bool:
    """Whether ``source``'s texts may hold one of ``words`` (ASCII, lower case, matched in any case): a
    file whose bytes hold none of them is passed over unread. What a rule finds then depends on this
    answer for every file it asked about, so the test is noted as a read (lint.py keys it like a field)."""
    plain = _ASCII_WORDS.get(words)
    if plain is None:  # the same few tuples are asked about for every file
        plain = _ASCII_WORDS[words] = all(word.isascii() for word in words)
    if source.raw is None or not plain:
        return True  # no test to make: the rule reads the file
    lowered = ctx.file_memo("raw-lowered", source, source.raw.lower, data=False)
    answer = bytes_hold(
        lowered, words, lambda: ctx.file_memo("raw-words", source, lambda: distinct_words(lowered), data=False)
    )
    notes = getattr(_NOTING, "notes", None)
    if notes is not None:
        test = BYTES_TEST + "|".join(words)
        notes.add((source.kind.name, test))
        answers = getattr(_NOTING, "answers", None)
        if answers is not None:  # lint.py keys the findings on it: not made again there
            answers.setdefault(test, {})[source.key] = answer
    return answer


class _Reading(dict):
    """A file's data (its top-level mapping) that notes the fields read of it while a rule runs."""

    __slots__ = ("_kind", "_place")
    _kind: str
    _place: str

    def _note(self, key: Any = _ALL) -> None:
        notes = getattr(_NOTING, "notes", None)
        if notes is not None:
            if key is _ALL or not isinstance(key, str):  # every field of this one file
                notes.add((FILE + self._kind, self._place))
            else:
                notes.add((self._kind, key))

    def get(self, key, default=None):
        self._note(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self._note(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key):
        self._note(key)
        return dict.__contains__(self, key)


def _through_all(name: str) -> Callable:
    method = getattr(dict, name)

    def read_all(self, *args, **kwargs):
        self._note()
        return method(self, *args, **kwargs)

    read_all.__name__ = name
    return read_all


# Everything else that reads a mapping reads (or may read) every field. Overriding __iter__ and keys
# also sends dict(x), {**x} and json.dumps(x) through them.
for _name in (
    "__iter__", "keys", "items", "values", "__len__", "__eq__", "__ne__", "__repr__", "__or__", "__ror__",
    "__reversed__", "__reduce__", "__reduce_ex__", "copy", "setdefault", "pop", "popitem", "update",
    "__setitem__", "__delitem__", "clear", "__ior__",
):  # fmt: skip
    setattr(_Reading, _name, _through_all(_name))


def _gathered(notes: set[tuple[str, str]]) -> list[list[str]]:
    """The reads as lint.py keeps them; more than _FILES_APART files of one kind read whole count as the
    kind read whole."""
    files: dict[str, int] = {}
    for kind, _ in notes:
        if kind.startswith(FILE):
            files[kind] = files.get(kind, 0) + 1
    crowded = {kind for kind, count in files.items() if count > _FILES_APART}
    kept = {(kind, name) for kind, name in notes if kind not in crowded}
    kept |= {(kind[len(FILE) :], _ALL) for kind in crowded}
    return sorted([kind, name] for kind, name in kept)


def _watch(register: Register, files: list[SourceFile]) -> list[tuple[SourceFile, Any]]:
    """Give every file's data a :class:`_Reading` in its place; the originals, to put back."""
    kept = []
    for source in files:
        data = source.data
        if isinstance(data, dict):
            reading = _Reading(data)
            reading._kind, reading._place = source.kind.name, register.place(source)
            kept.append((source, data))
            source.data = reading
    return kept


def _unwatch(kept: list[tuple[SourceFile, Any]]) -> None:
    for source, data in kept:
        source.data = data


def assemble(register: Register, rules: list[Rule], raws: list[Raw]) -> tuple[list[Problem], list[Suppressed]]:
    """The findings to report (those with one cause joined) and the suppressed ones."""
    problems: list[Problem] = []
    suppressed: list[Suppressed] = []
    used: set[tuple[str, int]] = set()
    groups: dict = {}
    for raw in raws:
        problem = raw.problem
        if raw.reason is not None and raw.used is not None:  # a suppression covers its own file only
            suppressed.append(Suppressed(problem, raw.reason))
            used.add((problem.path, raw.used))
            continue
        # one node (a YAML anchor shared by many data categories) is one cause in any case
        key = (
            (problem.rule, raw.cause)
            if raw.cause is not None
            else (problem.rule, "node", problem.path, problem.line, problem.column)
        )
        groups.setdefault(key, []).append((problem, raw.what))
    problems.extend(_one_per_cause(members) for members in groups.values())
    if any(r.id == "suppression-unused" for r in rules):
        problems.extend(_unused_suppressions(register, used))
    return problems, suppressed


def run(register: Register, rules: list[Rule], today) -> tuple[list[Problem], list[Suppressed]]:
    """Run ``rules``; return the findings to report and the suppressed ones."""
    return assemble(register, rules, collect(register, rules, today))


_ONE = {
    "activities": "activity",
    "places": "place",
    "transfers": "transfer",
    "cookies": "cookie",
    "purposes": "purpose",
    "data categories": "data category",
    "texts": "text",
    "files": "file",
    "recipients": "recipient",
    "processors": "processor",
}


def _one_per_cause(members: list[tuple[Problem, str]]) -> Problem:
    """Findings with one cause as one: at the first place, the count and the other places related."""
    ordered = sorted(members, key=lambda m: m[0].sort_key())
    first, what = ordered[0]
    others = [m[0] for m in ordered[1:]]
    if not others:
        return first
    if len(others) == 1:
        what = _ONE.get(what, what)
    return replace(
        first,
        message=f"{first.message} (and {len(others)} more {what}, listed with this finding)",
        related=tuple((p.path, p.line, p.column) for p in others),
    )


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
        if not source.may_hold_field("suppress"):
            continue  # its data need not be decoded (register.SourceFile.data)
        entries = source.data.get("suppress") if source.loaded else None
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if (source.display, index) in used or not isinstance(entry, dict):
                continue
            line, column = source.locate(["suppress", index])
            rule_id = entry.get("rule")
            message = (
                f"suppression of `{rule_id}` matches no finding here; remove it"
                if rule_id in RULES
                # a check of the register's structure, files or wording is fixed, not suppressed
                else f"`{rule_id}` is a check of the register's files, not a rule, and cannot be suppressed; fix "
                "what it reports"
                if rule_id in STRUCTURAL
                else f"`{rule_id}` is not a rule of ropa; check the id (`ropa rules` lists them)"
            )
            out.append(Problem(source.display, line, column, meta.level, meta.id, message))
    return out


# The rule families register themselves on import.
from . import bases, completeness, housekeeping, marketing, norms, parties, people  # noqa: E402, F401, I001
from . import practice, processors, risk, sensitive, transfers  # noqa: E402, F401, I001
