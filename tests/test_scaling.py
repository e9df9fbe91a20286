"""Linear in the register's size (issue 15): ropa's own work on a generated register of 4x the
activities takes at most about 4x the operations. Counted as function calls (cProfile), not timed, so
the test says the same on any machine: a quadratic step made of calls (a helper called for every pair
of items) shows as a ratio near 16. Work done inside one call of C code (``item in a_list``) is not
counted; bench/feedback_bench.py prints the times at 1,000 and 10,000 activities for that.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

SMALL, LARGE = 40, 160
LIMIT = (LARGE / SMALL) * 1.25  # room for what grows slower than linear settling in


def calls(work) -> int:
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.fixture(autouse=True)
def one_process(monkeypatch):
    """All work in this process, where it is counted (ropa.forked shares large work with a child)."""
    from ropa import forked

    monkeypatch.setattr(forked, "PARALLEL_FROM", 10**9)


@pytest.fixture(scope="module")
def registers(tmp_path_factory):
    base = tmp_path_factory.mktemp("scaling")
    made = {}
    for size in (SMALL, LARGE):
        generate(size, base / str(size))
        made[size] = base / str(size)
    return made


def _ratio(registers, operation) -> float:
    """``operation(root)`` gives the work to count, prepared (read what it is given, say)."""
    # imports and caches of the process are not the register's cost: both sizes are counted warm
    operation(registers[SMALL])()
    operation(registers[LARGE])()
    large, small = operation(registers[LARGE]), operation(registers[SMALL])
    return calls(large) / calls(small)


def _lint(root: Path):
    from ropa.lint import lint

    return lambda: lint(root, use_cache=False)


def _lint_empty_cache(root: Path):
    """Lint with a cache that is empty at every run: what is parsed is written, and read back within
    the run (register._Batch)."""
    import os
    import tempfile

    from ropa.lint import lint

    def work():
        before = os.environ.get("ROPA_CACHE_DIR")
        with tempfile.TemporaryDirectory() as cache:
            os.environ["ROPA_CACHE_DIR"] = cache
            try:
                lint(root)
            finally:
                if before is None:
                    del os.environ["ROPA_CACHE_DIR"]
                else:
                    os.environ["ROPA_CACHE_DIR"] = before

    return work


def _export(fmt: str):
    def prepare(root: Path):
        from ropa.export import export

        return lambda: export(root, fmt)

    return prepare


def _import_csv(root: Path):
    import tempfile

    from ropa.export import export
    from ropa.importer import import_table

    tmp = Path(tempfile.mkdtemp())
    table = tmp / "register.csv"
    table.write_bytes(export(root, "csv"))
    out = iter(range(10))
    return lambda: import_table(table, tmp / f"out{next(out)}")


def _compare(root: Path):
    from ropa.diff import compare
    from ropa.register import read_register

    old = read_register(root, use_cache=False)
    new = read_register(root, use_cache=False)
    for source in new.of_kind("activity"):  # every activity renamed: a change to tell for each
        source.data["name"] = "Anders"
    return lambda: compare(old, new, "a", "b")


def _build(root: Path):
    import tempfile

    from ropa.site import build as building

    def work():
        real = building._render
        # the site engine is not ropa's own work: in its place, what ropa generated is checked
        building._render = lambda jobs, progress, engine: written.extend(jobs)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                building.build(root, Path(tmp) / "site", use_cache=False, publish_with_errors=True, force=True)
        except OSError:
            pass  # the swap finds no site the engine built; the Markdown, the stage counted here, was written
        finally:
            building._render = real
        assert len(written) >= 2  # the statement and the register were generated

    written: list = []
    return work


@pytest.mark.parametrize(
    "name, operation",
    [
        ("lint", _lint),
        ("lint, cache empty", _lint_empty_cache),
        ("export json", _export("json")),
        ("export csv", _export("csv")),
        ("export xlsx", _export("xlsx")),
        ("export jsonld", _export("jsonld")),
        ("import csv", _import_csv),
        ("diff", _compare),
        ("build without the site engine", _build),
    ],
)
def test_operations_grow_linearly_with_the_register(registers, name, operation):
    ratio = _ratio(registers, operation)
    assert ratio <= LIMIT, f"{name}: {ratio:.1f}x the operations for {LARGE // SMALL}x the activities"
    assert ratio >= 1.5, f"{name}: the count hardly grows ({ratio:.1f}x); it does not measure the register's work"
