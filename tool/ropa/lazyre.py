"""Regular expressions compiled when first used, not when their module is imported.

The rule pack holds some 400 patterns. Compiling them all took about a fifth of a second on every
command that imports the pack, most of which use none of them: a warm `ropa lint` takes its findings
from the cache and only asks the rules for their sources, `ropa build` and `ropa serve` for their
levels. A :class:`LazyPattern` keeps its text until a method of the pattern is first asked for; it
then compiles and keeps the compiled pattern's methods as its own, so every later call costs what a
call of a compiled pattern costs. A run of the rules compiles them all at once first
(:func:`compile_all`), before it shares the work with a forked process, so the two do not each
compile them.
"""

from __future__ import annotations

import re
from typing import Any, cast

# what a compiled pattern offers; each becomes the lazy pattern's own attribute once it is compiled
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "flags",
    "groups",
    "groupindex",
)

_WAITING: list[LazyPattern] = []


class LazyPattern:
    """A pattern that compiles itself when first used; ``pattern`` is its text from the start."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # called only for what is not yet the instance's own
        if name not in _ATTRIBUTES:
            raise AttributeError(name)
        self._compile()
        return self.__dict__[name]

    def _compile(self) -> None:
        compiled = re.compile(self.pattern, self._flags)
        for name in _ATTRIBUTES:
            self.__dict__[name] = getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    lazy = LazyPattern(pattern, flags)
    _WAITING.append(lazy)
    return cast(re.Pattern[str], lazy)


def compile_all() -> None:
    """Compile every lazy pattern made so far that has not been used yet."""
    while _WAITING:
        lazy = _WAITING.pop()
        if "search" not in lazy.__dict__:
            lazy._compile()
