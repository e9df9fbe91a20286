"""Patterns compiled when first used (ropa.lazyre)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ropa.lazyre import LazyPattern, compile_all, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one():
    lazy = lazy_compile(r"\bbewaar(en|t)\b", re.I)
    compiled = re.compile(r"\bbewaar(en|t)\b", re.I)
    assert isinstance(lazy, LazyPattern) and "search" not in vars(lazy)  # not compiled yet
    assert lazy.pattern == compiled.pattern  # its text without compiling
    text = "Wij BEWAREN dit; u bewaart dat."
    assert lazy.search(text).group(0) == compiled.search(text).group(0)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.flags == compiled.flags and lazy.groups == 1
    assert "search" in vars(lazy)  # compiled once, its methods kept as its own


def test_compile_all_compiles_what_is_waiting():
    lazy = lazy_compile(r"wacht")
    compile_all()
    assert "search" in vars(lazy)


def test_a_bad_pattern_fails_when_used():
    lazy = lazy_compile(r"(open")
    try:
        lazy.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern must fail as re.compile does")
    try:
        lazy.missing  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("only a pattern's own attributes are offered")


def test_importing_the_rule_pack_compiles_no_pattern_of_it():
    """The pack's patterns wait until a rule runs: `ropa lint` from the cache, `ropa build` and `ropa
    rules` do not pay for compiling them."""
    script = (
        "import re, sys\n"
        "import ropa.rules\n"
        "from ropa.lazyre import LazyPattern\n"
        "lazy = [v for n, m in list(sys.modules.items()) if n.startswith('ropa.rules') and m\n"
        "        for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "compiled = [v for n, m in list(sys.modules.items()) if n.startswith('ropa.rules') and m\n"
        "            for v in vars(m).values() if isinstance(v, LazyPattern) and 'search' in vars(v)]\n"
        "print(len(lazy), len(compiled))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    waiting, compiled = map(int, done.stdout.split())
    assert waiting > 300
    assert compiled < 20  # patterns built from others' text at import, say


def test_no_rule_tells_patterns_apart_by_a_match():
    """`match.re` is the compiled pattern, never the lazy one the module holds: `match.re is _X` is False."""
    root = Path(__file__).resolve().parents[1] / "tool" / "ropa"
    found = [
        f"{path.name}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.re\s*(is|==|!=)\s", line)
    ]
    assert not found, found
