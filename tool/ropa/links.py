"""Cross-linking: ids match file names and are unique, every reference resolves, and every
definition is used by something."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .kinds import FOLDER_KINDS, KINDS, is_id
from .problems import then
from .register import Register, SourceFile
from .schemawalk import dotted
from .values import mapping
from .vocab import countries, retention_events

# Definitions that activities refer to; an unused one is reported.
_REFERABLE = ("purpose", "data-category", "data-subject", "recipient", "measure")


def check_links(register: Register) -> None:
    index = _index(register)
    # A definition whose file could not be read is reported there; references to it are not errors too.
    unreadable = {
        kind.name: {s.stem for s in register.of_kind(kind.name) if not s.loaded or not isinstance(s.ident, str)}
        for kind in FOLDER_KINDS
    }
    used: dict[str, set[str]] = defaultdict(set)
    for source in register.all_files():
        if not source.loaded:
            continue
        unknown = False
        for target, value in source.found_values("x-ropa-ref", register.cache):  # what is not text: the schema's
            used[target].add(value)
            if value not in index[target] and value not in unreadable[target]:
                unknown = True
        if unknown:  # reported at each place that refers to it
            for path, value, target in source.found_at("x-ropa-ref", register.cache):
                if isinstance(value, str) and value not in index[target] and value not in unreadable[target]:
                    _unknown(register, source, path, value, target, index)
    for source in register.of_kind("measure"):
        if source.loaded and source.data.get("organisation_wide") is True:
            used["measure"].add(source.data.get("id"))
    for source in register.of_kind("activity"):
        # `controller:` names a body of the organisation or another party of recipients/ (controller-unknown
        # checks which): a party named there is used
        if source.loaded and source.may_hold_field("controller") and isinstance(source.data.get("controller"), str):
            used["recipient"].add(source.data["controller"])
    for kind in _REFERABLE:
        for ident, source in index[kind].items():
            if ident not in used[kind]:
                register.problem_at(
                    source,
                    ["id"],
                    "warning",
                    "unused-definition",
                    f"{KINDS[kind].label} `{ident}` is not used by any activity or definition; "
                    f"refer to it or delete {register.place(source)}",
                )


def _index(register: Register) -> dict[str, dict[str, SourceFile]]:
    """``{kind: {id: file}}``, reporting ids that differ from their file name or occur twice."""
    index: dict[str, dict[str, SourceFile]] = {kind.name: {} for kind in FOLDER_KINDS}
    for kind in FOLDER_KINDS:
        stems: dict[str, SourceFile] = {}
        for source in register.of_kind(kind.name):
            first = stems.setdefault(source.stem, source)
            if first is not source:
                register.problem(
                    source,
                    1,
                    1,
                    "error",
                    "id-duplicate",
                    f"{kind.label} file name `{source.path.name}` is also used by {register.place(first)}; "
                    "ids, and so file names, must be unique within their kind",
                )
            if not source.loaded:
                continue
            ident = source.ident
            if not isinstance(ident, str):
                continue  # missing or malformed: the schema has reported it
            if ident == "index":
                register.problem_at(
                    source,
                    ["id"],
                    "error",
                    "id-reserved",
                    "`index` is reserved for the list pages of the internal site; choose another id",
                )
            if ident != source.stem:
                advice = (
                    f"rename the file to {ident}{source.path.suffix} or set `id: {source.stem}`"
                    if is_id(source.stem)
                    else f"rename the file to {ident}{source.path.suffix} (file names follow the id: lower case)"
                )
                register.problem_at(
                    source,
                    ["id"],
                    "error",
                    "id-mismatch",
                    f"id `{ident}` differs from the file name `{source.path.name}`; {advice}",
                )
            defined = index[kind.name].get(ident)
            if defined is not None and defined.stem != source.stem:  # same stem: reported above
                register.problem_at(
                    source,
                    ["id"],
                    "error",
                    "id-duplicate",
                    f"{kind.label} id `{ident}` is already defined in {register.place(defined)}; "
                    "ids must be unique within their kind",
                )
                continue
            index[kind.name].setdefault(ident, source)
    return index


def _unknown(
    register: Register, source: SourceFile, path: list, value: str, target: str, index: dict[str, dict[str, SourceFile]]
) -> None:
    kind = KINDS[target]
    close = difflib.get_close_matches(value, list(index[target]), n=1, cutoff=0.6)
    advice = f"did you mean `{close[0]}`?" if close else f"add {kind.folder}/{value}.yaml or correct the id"
    register.problem_at(
        source,
        path,
        "error",
        "ref-unknown",
        f"`{dotted(path)}` refers to {kind.label} `{value}`, which is not defined; {advice}",
    )


# -- closed vocabularies: countries and retention events (x-ropa-vocab) --------------------------------------------

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_WORD = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_vocabularies(register: Register) -> None:
    org = register.organisation.data if register.organisation is not None and register.organisation.loaded else {}
    own_events = mapping(org.get("events"))
    known = {"country": countries(), "retention-event": {**retention_events(), **own_events}}
    for source in register.all_files():
        if not source.loaded:
            continue
        if all(value in known[vocabulary] for vocabulary, value in source.found_values("x-ropa-vocab", register.cache)):
            continue
        for path, value, vocabulary in source.found_at("x-ropa-vocab", register.cache):
            if not isinstance(value, str) or value in known[vocabulary]:
                continue
            if vocabulary == "country":
                if re.fullmatch(r"[A-Z]{2}", value):  # other shapes were reported by the schema
                    register.problem_at(
                        source,
                        path,
                        "error",
                        "vocab-country",
                        f"`{dotted(path)}`: `{value}` is not an ISO 3166-1 country code"
                        f"{_close(value, known[vocabulary])}",
                    )
            elif _SLUG.match(value) or (_WORD.match(value) and _close(value, known[vocabulary])):
                # an id (with hyphens), or one word close to an id such as `receit`: a typo, not a phrase
                message = f"`{dotted(path)}`: `{value}` is not a known event{_close(value, known[vocabulary])}"
                register.problem_at(
                    source,
                    path,
                    "error",
                    "vocab-event",
                    then(
                        message,
                        f"use one of {', '.join(known[vocabulary])}, name it in `events` of "
                        'organisation.yaml, or write the event as a phrase such as "het afsluiten van het dossier"',
                    ),
                )


def _close(value: str, options: dict) -> str:
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""
