"""What one activity's (or one definition's) part of a site was made from, kept from this process's last
build, so that ``ropa serve`` makes again only the parts an edit changed.

A part (the statement's view of an activity, the internal register's page of an activity or of a
definition) is made by a function that reads the site through ``.site`` attributes of the objects that
make it. While it is made, those attributes are a :class:`Reading` of the site, which writes down every
definition, activity (or only its name) and use of a definition looked up. The part is kept with that
list and reused only where the activity (the definition) is the same and each thing it looked up is
too; everything else it may depend on (the organisation, the wording, the day) is the key of the whole
store. A part that reads the site in a way the reading does not follow
fails loudly instead of being kept wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..model import Activity
from .view import Site

T = TypeVar("T")
_KEEP = 8  # stores per kind of part: languages, and the wordings or days an edit goes through


def remember(stores: dict[tuple, Any], key: tuple, store: Any) -> None:
    """Keep ``store`` under ``key`` as the newest of ``stores``, which hold the last few only."""
    stores.pop(key, None)
    stores[key] = store
    while len(stores) > _KEEP:
        del stores[next(iter(stores))]


class Reading:
    """The site as one part reads it, writing down each definition and activity it looks up."""

    def __init__(self, site: Site):
        self._site = site
        self.read: list[tuple[str, Any, str]] = []

    def get(self, kind: str, ident: Any) -> dict | None:
        found = self._site.get(kind, ident)
        self.read.append((kind, ident, repr(found)))
        return found

    def activity(self, ident: Any) -> Activity | None:
        found = self._site.activity(ident)
        self.read.append(("activity", ident, repr(found)))
        return found

    def activity_name(self, ident: Any) -> tuple[bool, Any]:
        found = self._site.activity_name(ident)
        self.read.append(("activity-name", ident, repr(found)))
        return found

    @property
    def definitions(self) -> _AllOfKind:
        return _AllOfKind(self)

    @property
    def uses(self) -> _Uses:
        return _Uses(self)

    def __getattr__(self, name: str) -> Any:
        if name == "organisation":  # read whole: part of the store's key
            return self._site.organisation
        raise AttributeError(f"an activity's part reads `site.{name}`, which ropa.site.kept does not follow")


class _AllOfKind:
    """``site.definitions`` as a part reads it: every definition of a kind (the organisation-wide
    measures an activity's page lists), written down as one thing looked up."""

    def __init__(self, reading: Reading):
        self._reading = reading

    def get(self, kind: str, default: Any = None) -> Any:
        found = self._reading._site.definitions.get(kind, default)
        self._reading.read.append(("definitions", kind, repr(found)))
        return found


class _Uses:
    """``site.uses`` as a part reads it: which activities use a definition (a definition's page lists
    them), and whether anything uses a country (a recipient's page links to the country's page then);
    each written down as one thing looked up."""

    def __init__(self, reading: Reading):
        self._reading = reading

    def get(self, kind: str, default: Any = None) -> _UsesOfKind:
        return _UsesOfKind(self._reading, kind, self._reading._site.uses.get(kind, default or {}))


class _UsesOfKind:
    def __init__(self, reading: Reading, kind: str, found: dict):
        self._reading, self._kind, self._found = reading, kind, found

    def get(self, ident: Any, default: Any = None) -> Any:
        found = self._found.get(ident, default)
        self._reading.read.append(("uses", (self._kind, ident), repr(found)))
        return found

    def __contains__(self, ident: Any) -> bool:
        found = ident in self._found
        self._reading.read.append(("used", (self._kind, ident), repr(found)))
        return found


def _now(site: Site, kind: str, ident: Any, memo: dict) -> str:
    """How the thing a part looked up reads now: once per build for each thing (the parts of a large
    register look up the same definitions again and again)."""
    if kind == "definitions":
        if ident not in memo:
            memo[ident] = repr(site.definitions.get(ident))
        return memo[ident]
    if kind == "activity-name":
        if ("activity-name", ident) not in memo:
            memo["activity-name", ident] = repr(site.activity_name(ident))
        return memo["activity-name", ident]
    if kind in ("uses", "used"):  # (kind of definition, id): the activities that use it, or whether any does
        if (kind, ident) not in memo:
            of_kind = site.uses.get(ident[0], {})
            memo[kind, ident] = repr(of_kind.get(ident[1], []) if kind == "uses" else ident[1] in of_kind)
        return memo[kind, ident]
    if type(ident) is not str:
        return repr(site.activity(ident) if kind == "activity" else site.get(kind, ident))
    key = (kind, ident)
    if key not in memo:
        memo[key] = repr(site.activity(ident) if kind == "activity" else site.get(kind, ident))
    return memo[key]


class Kept:
    """``make(part)`` for each part (an activity, or a definition as its kind, id and content), from
    the last build where nothing it read changed."""

    def __init__(self, stores: dict[tuple, dict], key: tuple, site: Site, holders: list[Any]):
        self.stores, self.key, self.site, self.holders = stores, (*key, repr(site.organisation)), site, holders
        self.before: dict[str, tuple[list, Any]] = stores.get(self.key, {})
        self.now: dict[str, tuple[list, Any]] = {}
        self.whole: dict[Any, str] = {}  # what was looked up, as it reads now, once per build

    def make(self, activity: Activity | tuple, make: Callable[[Any], T]) -> T:
        key = repr(activity)
        kept = self.before.get(key)
        if kept is not None and all(_now(self.site, kind, ident, self.whole) == seen for kind, ident, seen in kept[0]):
            self.now[key] = kept
            return kept[1]
        reading = Reading(self.site)
        for holder in self.holders:
            holder.site = reading
        try:
            made = make(activity)
        finally:
            for holder in self.holders:
                holder.site = self.site
        self.now[key] = (reading.read, made)
        return made

    def keep(self) -> None:
        """Keep what this build made (and only that) for the next."""
        remember(self.stores, self.key, self.now)
