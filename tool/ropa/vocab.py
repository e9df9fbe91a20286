"""Reference vocabularies shipped as data files in ropa/data/, and the check that values use them."""

from __future__ import annotations

import difflib
import re
from functools import cache
from pathlib import Path

from .loader import parse
from .problems import then
from .register import Register
from .schemawalk import dotted
from .values import mapping

DATA = Path(__file__).resolve().parent / "data"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


@cache
def data_file(name: str) -> dict:
    """A data file read with ropa's own loader, so that a key such as `NO` stays text."""
    return parse((DATA / f"{name}.yaml").read_text(encoding="utf-8")).data


def countries() -> dict[str, dict[str, str]]:
    return data_file("countries")


def retention_events() -> dict[str, dict[str, str]]:
    return data_file("retention-events")


def labels() -> dict[str, dict[str, dict[str, str]]]:
    """Dutch and English labels of every closed vocabulary, by group (legal_basis, mechanism...)."""
    return data_file("labels")


_WORD = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_vocabularies(register: Register) -> None:
    org = register.organisation.data if register.organisation is not None and register.organisation.loaded else {}
    own_events = mapping(org.get("events"))
    known = {"country": countries(), "retention-event": {**retention_events(), **own_events}}
    for source in register.all_files():
        if not source.loaded:
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


# Which rights apply per legal basis (the ICO's reading of Art. 17(3), 20(1) and 21(1)).
RIGHTS_BY_BASIS = {
    "consent": ["access", "rectification", "erasure", "restriction", "portability"],
    "contract": ["access", "rectification", "erasure", "restriction", "portability"],
    "legal-obligation": ["access", "rectification", "restriction"],
    "vital-interests": ["access", "rectification", "erasure", "restriction"],
    "public-task": ["access", "rectification", "restriction", "objection"],
    "legitimate-interests": ["access", "rectification", "erasure", "restriction", "objection"],
}
