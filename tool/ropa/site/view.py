"""The register as the site templates see it: one audience, references resolved, uses indexed.

For the public audience the register is first *projected*: every field the schemas mark
``x-ropa-audience: internal`` is removed, so are items marked ``audience: internal`` and every
reference to them. The public templates only ever receive the projection, so nothing internal can
reach the public site by a template's mistake.

What the site holds is typed with ropa.model: the projection only leaves fields out, and every field
is optional there, so a projected activity is still an :class:`~ropa.model.Activity`. (One mark is
added where a reference was hidden: ``_hidden: True`` on a source, transfer or cookie whose party is
internal.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, TypeVar, overload

from ..kinds import FOLDER_KINDS
from ..model import Activity, DataCategory, DataSubject, Measure, Organisation, Purpose, PurposeUse, Recipient
from ..register import Register
from ..schemawalk import Trie, annotated, matches, reference_fields, trie_of, values_at

# References that are the identity of their list item: the item goes when its target does.
_ITEM_REFS = {("purposes", "*", "purpose"), ("data", "*", "category"), ("recipients", "*", "recipient")}


def _delete(data: Any, pattern: tuple) -> None:
    if not pattern:
        return
    step, rest = pattern[0], pattern[1:]
    targets = data if step == "*" and isinstance(data, list) else ([data] if isinstance(data, dict) else [])
    if step == "*":
        for item in targets:
            _delete(item, rest)
        return
    for item in targets:
        if not rest:
            item.pop(step, None)
        elif step in item:
            _delete(item[step], rest)


D = TypeVar("D")


def _copy(value: Any) -> Any:
    """A deep copy of a file's data (mappings, lists and scalars), several times faster than
    ``copy.deepcopy``, which also keeps track of every object so that one met twice is copied once.
    A value a YAML alias puts in two places becomes two values, as it is in data read from the cache."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def strip_internal(kind: str, data: D) -> D:
    """A copy of ``data`` without the fields the schema of ``kind`` marks internal: of the same type,
    since every field the schemas mark internal is optional."""
    read: Any = data  # the file of any kind, as a mapping
    projected: Any = _copy(read)
    for pattern, audience in annotated(kind, "x-ropa-audience"):
        if audience == "internal":
            _delete(projected, pattern)
    if kind == "recipient" and read.get("public_name") is True and "name" in read:
        projected["name"] = read["name"]
    return projected


def _public(item: Any) -> bool:
    return not (isinstance(item, dict) and item.get("audience") == "internal")


@dataclass
class Site:
    """What a site shows: organisation, activities and definitions, each a plain dict (typed with
    ropa.model; :meth:`get` gives a definition the type of its kind)."""

    audience: str
    organisation: Organisation
    activities: list[Activity]
    definitions: dict[str, dict[str, dict]]
    _by_id: dict[Any, Activity] = field(default_factory=dict, repr=False)
    _uses: dict[str, dict[str, list[str]]] | None = field(default=None, repr=False)
    # the references of activities shown as read (id of the activity's data -> [path, id, kind] rows, as
    # kept in the lint cache), so that working out the uses need not walk them again
    _refs: dict[int, list] = field(default_factory=dict, repr=False)

    @property
    def uses(self) -> dict[str, dict[str, list[str]]]:
        """Which activities use each definition, legal basis and transfer country; worked out when first
        asked for (the sites and the JSON export ask, the csv and xlsx exports do not)."""
        if self._uses is None:
            self._uses = _uses(self)
        return self._uses

    @overload
    def get(self, kind: Literal["purpose"], ident: Any) -> Purpose | None: ...
    @overload
    def get(self, kind: Literal["data-category"], ident: Any) -> DataCategory | None: ...
    @overload
    def get(self, kind: Literal["data-subject"], ident: Any) -> DataSubject | None: ...
    @overload
    def get(self, kind: Literal["recipient"], ident: Any) -> Recipient | None: ...
    @overload
    def get(self, kind: Literal["measure"], ident: Any) -> Measure | None: ...
    @overload
    def get(self, kind: str, ident: Any) -> dict | None: ...
    def get(self, kind: str, ident: Any) -> Any:
        return self.definitions.get(kind, {}).get(ident)

    def activity(self, ident: Any) -> Activity | None:
        if len(self._by_id) != len(self.activities):
            self._by_id = {a.get("id"): a for a in self.activities}
        return self._by_id.get(ident)

    def activity_name(self, ident: Any) -> tuple[bool, Any]:
        """Whether there is an activity ``ident``, and its name (what a link to its page shows)."""
        activity = self.activity(ident)
        return (activity is not None, activity.get("name") if activity is not None else None)

    def controller_activities(self) -> list[Activity]:
        return [a for a in self.activities if a.get("role", "controller") == "controller"]

    def processor_activities(self) -> list[Activity]:
        return [a for a in self.activities if a.get("role") == "processor"]

    def bases(self, activities: Iterable[Activity] | None = None) -> list[str]:
        """Every legal basis the activities use, in the order of Art. 6(1)."""
        order = ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"]
        used = {b for a in (self.activities if activities is None else activities) for b in bases_of(a)}
        return [b for b in order if b in used]


def basis_list(use: PurposeUse | dict) -> list[str]:
    """The legal bases of a purpose use: one, or a list of them."""
    basis = use.get("basis")
    if isinstance(basis, str):
        return [basis]
    return [b for b in basis if isinstance(b, str)] if isinstance(basis, list) else []


def bases_of(activity: Activity) -> list[str]:
    """The legal bases an activity gives: its purposes' in their order, then those it gives without pairing them
    with a purpose (`bases_unpaired`)."""
    return [b for use in activity.get("purposes", []) for b in basis_list(use)] + list(
        activity.get("bases_unpaired", [])
    )


def build_site(register: Register, audience: str) -> Site:
    """The view of a register that lints without errors, for ``audience`` public or internal."""
    public = audience == "public"
    organisation: Organisation = (
        {**register.organisation.data} if register.organisation and register.organisation.loaded else {}
    )
    definitions: dict[str, dict[str, dict]] = {}
    for kind in FOLDER_KINDS:
        if kind.name == "activity":
            continue
        items = {}
        for source in register.of_kind(kind.name):
            if source.loaded and (not public or _public(source.data)):
                items[source.data["id"]] = strip_internal(kind.name, source.data) if public else source.data
        definitions[kind.name] = items
    activities: list[Activity] = []
    refs: dict[int, list] = {}
    shown: dict[Any, dict] = {
        s.data.get("id"): {} for s in register.of_kind("activity") if s.loaded and (not public or _public(s.data))
    }
    visible = {**definitions, "activity": shown}
    for source in register.of_kind("activity"):
        if not source.loaded or (public and not _public(source.data)):
            continue
        activity = strip_internal("activity", source.data) if public else source.data
        if public:  # a reference to another activity (reused data) stays where that activity is public too
            activity = _without_hidden(activity, visible)
        else:
            refs[id(activity)] = source.found_at("x-ropa-ref", register.cache)
        activities.append(activity)
    if public:
        organisation = strip_internal("organisation", organisation)
        organisation["sections"] = [s for s in organisation.get("sections", []) if _public(s)]
    site = Site(audience, organisation, activities, definitions)
    site._refs = refs
    return site


def _without_hidden(activity: Activity, definitions: dict[str, dict[str, dict]]) -> Activity:
    """``activity`` without references to definitions the public may not see, nor internal cookies: changed
    in place, since it is the copy :func:`strip_internal` made."""
    result: Any = activity  # walked by the schema's reference fields, whatever their type
    result["cookies"] = [c for c in result.get("cookies", []) if _public(c)]
    for pattern, target in reference_fields("activity"):
        visible = definitions.get(target, {})
        if pattern[-1] == "*":  # a list of ids
            holder = _holders(result, pattern[:-1])
            for parent, key in holder:
                parent[key] = [v for v in parent[key] if v in visible]
        else:
            for parent, key in _holders(result, pattern):
                value = parent.get(key)
                if isinstance(value, str) and value not in visible:
                    parent.pop(key)
                    parent["_hidden"] = True  # the party exists, but its details are internal
    for list_key in {p[0] for p in _ITEM_REFS}:
        if isinstance(result.get(list_key), list):
            result[list_key] = [item for item in result[list_key] if not item.get("_hidden")]
    return result


def _holders(data: Any, pattern: tuple) -> list[tuple[Any, Any]]:
    """(mapping, key) for the values at ``pattern``, whose last step is a mapping key."""
    if not pattern:
        return []
    return [
        (parent, pattern[-1])
        for _, parent in values_at(data, pattern[:-1])
        if isinstance(parent, dict) and pattern[-1] in parent
    ]


@lru_cache(maxsize=1)
def _references() -> Trie:
    """An activity's reference fields as a tree (:func:`~ropa.schemawalk.matches`), each labelled
    with its place among them and the kind it refers to."""
    return trie_of((pattern, (number, target)) for number, (pattern, target) in enumerate(reference_fields("activity")))


def _uses(site: Site) -> dict[str, dict[str, list[str]]]:
    """Which activities use each definition, legal basis and transfer country (for cross-links)."""
    # activity ids as the keys of a dict: in order of first use, each once, found without a search
    uses: dict[str, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))

    def add(kind: str, key: Any, activity_id: str) -> None:
        if isinstance(key, str):
            uses[kind][key][activity_id] = None

    trie = _references()
    numbers = {pattern: number for number, (pattern, _) in enumerate(reference_fields("activity"))}
    number_of: dict[tuple, int | None] = {}  # a path as read -> the number of its reference field, once each

    def number(path: list) -> int | None:
        key = tuple(path)
        if key not in number_of:
            number_of[key] = numbers.get(tuple("*" if isinstance(step, int) else step for step in path))
        return number_of[key]

    for activity in site.activities:
        ident = activity["id"]
        # every reference, in the order of the schema's reference fields and within a field in the order
        # of the file (the export lists the uses in that order): as read, else in one walk
        kept = site._refs.get(id(activity))
        found = None
        if kept is not None:
            found = [(number(path), path, value, target) for path, value, target in kept]
            if any(row[0] is None for row in found):
                found = None
        if found is None:
            found = [(field[0], path, value, field[1]) for path, value, field in matches(activity, trie)]
        found.sort(key=lambda row: (row[0], row[1]))
        for _, _, value, target in found:
            add(target, value, ident)
        for basis in bases_of(activity):
            add("basis", basis, ident)
        for transfer in activity.get("transfers", []):
            add("country", transfer.get("country"), ident)
    for kind, items in site.definitions.items():  # organisation-wide measures and recipient chains
        for ident, data in items.items():
            if kind == "measure" and data.get("organisation_wide"):
                for activity in site.activities:
                    add("measure", ident, activity["id"])
    return {kind: {key: list(ids) for key, ids in by_key.items()} for kind, by_key in uses.items()}
