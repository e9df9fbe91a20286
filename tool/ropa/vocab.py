"""Reference vocabularies shipped as data files in ropa/data/, and the check that values use them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .loader import parse

DATA = Path(__file__).resolve().parent / "data"


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


# The kinds of recipient that are third parties (Art. 4(10)): not the organisation's processors, its own
# staff, or an authority the law obliges it to give data to (the exception a "we share with no third
# parties" sentence makes).
THIRD_PARTY_KINDS = frozenset({"third-party", "controller", "joint-controller", "chain-partner", "public"})


# Which rights apply per legal basis (the ICO's reading of Art. 17(3), 20(1) and 21(1)).
RIGHTS_BY_BASIS = {
    "consent": ["access", "rectification", "erasure", "restriction", "portability"],
    "contract": ["access", "rectification", "erasure", "restriction", "portability"],
    "legal-obligation": ["access", "rectification", "restriction"],
    "vital-interests": ["access", "rectification", "erasure", "restriction"],
    "public-task": ["access", "rectification", "restriction", "objection"],
    "legitimate-interests": ["access", "rectification", "erasure", "restriction", "objection"],
}
