"""What a rule sees: the register's files by kind and id, reference data, and how to report a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from typing import Any, Literal, overload

from ..dates import period_days as days  # the rules import it from here
from ..lazyre import lazy_compile
from ..model import (
    Activity,
    DataCategory,
    DataSubject,
    DataUse,
    Measure,
    Organisation,
    Purpose,
    PurposeUse,
    Recipient,
    Statement,
)
from ..national import jurisdiction
from ..register import Register, SourceFile
from ..values import as_list, dicts, mapping  # noqa: F401  (the rules import them from here)
from ..vocab import data_file

# what a text gives as examples: after "like", "such as", "zoals", "wie" ..., or a list in brackets
_EXAMPLES = lazy_compile(
    r"\b(?:like|such as|e\.\s?g\.|including|zoals|bijvoorbeeld|bijv\.|waaronder|wie|z\.\s?b\.|beispielsweise|etwa|"
    r"comme|notamment|tels? que)\s+([^.;()]+)|\(([^()]*,[^()]*)\)",
    re.I,
)


def own_words(recipient: Recipient | dict) -> str:
    """The words a recipient is named by: its id, name, public name and website."""
    return " ".join(text_of(recipient.get(k)) for k in ("id", "name", "public_name", "website"))


@dataclass
class Finding:
    source: SourceFile
    path: list
    message: str
    key: bool = False
    # Findings of one rule with the same group have one cause (one vague sentence reused, one recipient
    # without a country, one practice missing everywhere): they are reported once, with the others as
    # related places. ``what`` names the places in the count ("activities", "data categories").
    group: Any = None
    what: str = "places"


def span(period: str) -> float:
    """:func:`days` of a period from ropa's own reference data, which is always one."""
    found = days(period)
    if found is None:
        raise ValueError(f"not an ISO 8601 period: {period!r}")
    return found


def activity_of(source: SourceFile) -> Activity:
    """The typed view of an activity file the rules read: one that matches its schema (``valid``), so
    that its fields have the types :class:`~ropa.model.Activity` gives them."""
    return source.data


def bases(use: PurposeUse | dict) -> list[str]:
    """The legal bases of a purpose use: one, or a list of them."""
    basis = use.get("basis")
    if type(basis) is str:  # most uses name one (asked a million times over 10,000 activities)
        return [basis]
    return [b for b in as_list(basis) if isinstance(b, str)]


def unpaired(activity: Activity | dict) -> list[str]:
    """The legal bases an activity gives without pairing them with a purpose (`bases_unpaired`)."""
    return [b for b in as_list(activity.get("bases_unpaired")) if isinstance(b, str)]


def undecided(use: PurposeUse | dict) -> bool:
    """Three or more bases for one purpose, with no `when:` saying which applies when: the basis is not
    chosen yet. bases-stacked asks for the choice; what each of the bases would need (a law, an
    assessment, a contract that fits) is not asked until then."""
    return len(set(bases(use))) >= 3 and not use.get("when")


def cookies_only(activity: Activity | dict) -> bool:
    """An activity that only places functional or preference cookies and names no personal data (a cookie
    that remembers a choice, say): it has no data to give a source, recipients or a provision for. The
    cookie rules (ePrivacy art. 5(3)) still apply, whether or not a cookie holds personal data."""
    cookies = dicts(activity.get("cookies"))
    return (
        not dicts(activity.get("data"))
        and bool(cookies)
        and all(c.get("kind") in ("functional", "preferences") for c in cookies)
    )


def device_only(activity: Activity | dict) -> bool:
    """An activity all of whose data stay on the person's device (`on_device: true`) and that places no cookies:
    the organisation never receives them (hold-out 72's field app, whose data go from the phone to the
    customer's own server), so it needs no basis of its own for them, nor asks for them to be provided."""
    data = dicts(activity.get("data"))
    return bool(data) and all(d.get("on_device") is True for d in data) and not dicts(activity.get("cookies"))


def retention_path(use: DataUse | dict, i: int, j: int, key: str) -> list:
    """The path of ``key`` in retention rule ``j`` of data use ``i`` (one rule, or a list of them)."""
    return ["data", i, "retention"] + ([j] if isinstance(use.get("retention"), list) else []) + [key]


def text_of(value: Any) -> str:
    """All languages of a text, for matching words."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join([v for v in value.values() if isinstance(v, str)])
    return ""


def not_after(provider: dict) -> str:
    """The lookbehinds that keep a provider's name from counting after a word of its `not_after` (data/providers.yaml):
    "Azure OpenAI" is Microsoft's service, not OpenAI's."""
    return "".join(f"(?<!{re.escape(word)} )" for word in provider.get("not_after", []))


class Context:
    def __init__(self, register: Register, today: date, only: set[str] | None = None, file_memo: dict | None = None):
        self.register = register
        self.today = today
        # With ``only`` (files by their display name) the activities, definitions and statement files a
        # rule walks are those files alone; every definition can still be looked up. A rule whose
        # findings about a file depend on nothing but that file, what it refers to and
        # organisation.yaml (``scope="file"``) then checks just the files that changed.
        self.only = only
        self._memo: dict[tuple[str, Any], Any] = {}
        # values made of one file's data alone, shared by the contexts of one run of the rules
        self._file_memo: dict[tuple[str, str], Any] = {} if file_memo is None else file_memo

    def share_files_with(self, other: Context) -> None:
        """Use ``other``'s values made of one file's data (:meth:`file_memo`): a rule that runs with a
        context of its own, so that what it reads is noted apart, still finds what earlier rules made."""
        self._file_memo = other._file_memo

    def in_scope(self, source: SourceFile) -> bool:
        return self.only is None or source.display in self.only

    # -- the register -------------------------------------------------------------------------
    @cached_property
    def organisation(self) -> SourceFile | None:
        org = self.register.organisation
        return org if org is not None and org.valid else None

    @property
    def org(self) -> Organisation:
        """organisation.yaml where it matches its schema, else empty."""
        return self.organisation.data if self.organisation else {}

    @property
    def org_name(self) -> str:
        """The organisation's name and legal name in all languages, for the rules that read from them what kind of
        body it is (a care practice, a church, a German GmbH)."""
        return " ".join(text_of(self.org.get(k)) for k in ("name", "legal_name"))

    @property
    def statement(self) -> Statement:
        """organisation.yaml's `statement` (title, version, dates, languages ...)."""
        return self.org["statement"] if isinstance(self.org.get("statement"), dict) else {}

    @property
    def statement_date(self) -> str:
        """The statement's latest date (`updated` or `effective`, YYYY-MM-DD or YYYY-MM), or ""."""
        return max((str(self.statement[k]) for k in ("updated", "effective") if self.statement.get(k)), default="")

    def statement_files(self) -> list[SourceFile]:
        """The files whose prose the statement prints as written: organisation.yaml and the activities."""
        return [
            *([self.organisation] if self.organisation and self.in_scope(self.organisation) else []),
            *self.definitions("activity"),
        ]

    @cached_property
    def index(self) -> dict[str, dict[str, SourceFile]]:
        return self.register.definitions()

    def activities(self, role: str | None = None, *, every_regime: bool = False) -> Iterator[SourceFile]:
        """The activities of ``role`` (any when None) that fall under the GDPR and are the organisation's
        own (its `controller` is none, or one of its `bodies`); with ``every_regime`` also those under the
        Wet politiegegevens or Wjsg (Art. 2(2)(d) GDPR), and those the statement describes for another
        controller (`controller:` naming a party of recipients/): the pack's legal rules do not apply to
        them, since their duties lie elsewhere, but housekeeping and the cross-references do."""
        memo = self.__dict__.setdefault("_activities_memo", {})
        if (role, every_regime) not in memo:  # asked by most rules: the files are sorted out once per run
            bodies = {b.get("id") for b in dicts(self.org.get("bodies"))}
            memo[role, every_regime] = [
                source
                for source in self.index["activity"].values()
                if self.in_scope(source)
                and (role is None or source.data.get("role", "controller") == role)
                and (
                    every_regime
                    or (
                        source.data.get("regime", "gdpr") == "gdpr"
                        and (not source.data.get("controller") or source.data.get("controller") in bodies)
                    )
                )
            ]
        yield from memo[role, every_regime]

    def _uses(self, key: str, role: str | None) -> list[tuple[SourceFile, int, Any]]:
        memo = self.__dict__.setdefault("_uses_memo", {})
        if (key, role) not in memo:
            memo[key, role] = [
                (source, i, use)
                for source in self.activities(role)
                for i, use in enumerate(dicts(source.data.get(key)))
            ]
        return memo[key, role]

    def purpose_uses(self, role: str | None = "controller") -> list[tuple[SourceFile, int, PurposeUse]]:
        """(activity file, index, purpose use) for every purpose of every activity of ``role``."""
        return self._uses("purposes", role)

    def data_uses(self, role: str | None = "controller") -> list[tuple[SourceFile, int, DataUse]]:
        """(activity file, index, data use) for every data category of every activity of ``role``."""
        return self._uses("data", role)

    def memo(self, name: str, key: Any, compute: Any) -> Any:
        """``compute()`` once per (name, key) for this run of the rules."""
        try:
            return self._memo[name, key]
        except KeyError:
            value = self._memo[name, key] = compute()
            return value

    def file_memo(self, name: str, source: SourceFile, compute: Any, *, data: bool = True) -> Any:
        """``compute()`` once per (name, file) for every rule of a run: a value made of the whole of the
        file's data (its texts, say) and nothing else. Each use counts as reading the whole file, as
        computing it would, so a rule's noted reads are the same whether it made the value or found it;
        with ``data=False``, a value made of the file's bytes alone, which reads none of its data."""
        if data and isinstance(source.data, dict):
            source.data.keys()  # noted as a read of every field where reads are noted (rules._Reading)
        try:
            return self._file_memo[name, source.display]
        except KeyError:
            value = self._file_memo[name, source.display] = compute()
            return value

    @overload
    def definition(self, kind: Literal["activity"], ident: Any) -> Activity: ...
    @overload
    def definition(self, kind: Literal["purpose"], ident: Any) -> Purpose: ...
    @overload
    def definition(self, kind: Literal["data-category"], ident: Any) -> DataCategory: ...
    @overload
    def definition(self, kind: Literal["data-subject"], ident: Any) -> DataSubject: ...
    @overload
    def definition(self, kind: Literal["recipient"], ident: Any) -> Recipient: ...
    @overload
    def definition(self, kind: Literal["measure"], ident: Any) -> Measure: ...
    @overload
    def definition(self, kind: str, ident: Any) -> dict: ...
    def definition(self, kind: str, ident: Any) -> Any:
        """The valid definition of ``kind`` with id ``ident``, typed by its kind; empty where there is none."""
        source = self.index[kind].get(ident) if isinstance(ident, str) else None
        return source.data if source else {}

    def definitions(self, kind: str) -> Iterator[SourceFile]:
        if self.only is None:
            yield from self.index[kind].values()
        else:
            yield from (s for s in self.index[kind].values() if s.display in self.only)

    def name(self, kind: str, ident: Any) -> str:
        data = self.definition(kind, ident)
        return text_of(data.get("name")) or str(ident)

    def recipients_of(self, source: SourceFile) -> list[str]:
        """The ids of the recipients an activity passes data to: its own, the register's defaults and
        the providers of its cookies."""
        defaults = mapping(self.org.get("defaults"))
        found = [u.get("recipient") for u in dicts(source.data.get("recipients")) + dicts(defaults.get("recipients"))]
        found += [c.get("provider") for c in dicts(source.data.get("cookies"))]
        return list(dict.fromkeys(r for r in found if isinstance(r, str)))

    @cached_property
    def wide_measures(self) -> list[str]:
        return [i for i, s in self.index["measure"].items() if s.data.get("organisation_wide") is True]

    @cached_property
    def languages(self) -> list[str]:
        statement = mapping(self.org.get("statement"))
        languages = [lang for lang in as_list(statement.get("languages")) if isinstance(lang, str)]
        return languages or [self.org.get("language", "nl")]

    # -- reference data -----------------------------------------------------------------------
    @cached_property
    def transfers(self) -> dict:
        return data_file("transfers")

    @cached_property
    def eea(self) -> set[str]:
        return set(self.transfers["eea"]["countries"])

    @cached_property
    def providers(self) -> list[tuple[re.Pattern, dict]]:
        """(the words that name it, the entry) for each provider seated outside the EEA (data/providers.yaml)."""
        return [
            (
                re.compile(
                    r"(?<![\w-])" + not_after(p) + "(" + "|".join(re.escape(n) for n in p["names"]) + r")(?![\w-])",
                    re.I,
                ),
                p,
            )
            for p in data_file("providers")["providers"]
        ]

    @cached_property
    def area(self) -> str:
        """The area data leave in a transfer, as a message names it: "the EEA", or the controller's own
        country where it is outside the EEA ("the United Kingdom", whose law restricts transfers out of it)."""
        from ..national import jurisdiction
        from ..vocab import countries

        here = jurisdiction(self.org)
        if here is None or here in self.eea or here not in countries():
            return "the EEA"
        name = countries()[here]["en"]
        return f"the {name}" if name.startswith(("United", "Netherlands")) else name

    @cached_property
    def home(self) -> set[str]:
        """The countries data stay in without a transfer: the EEA's, or the controller's own where `area` is
        its country (the United Kingdom)."""
        from ..national import jurisdiction

        here = jurisdiction(self.org)
        return self.eea if self.area == "the EEA" or here is None else {here}

    @cached_property
    def _any_provider(self) -> re.Pattern:
        return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in self.providers), re.I)

    def providers_named(self, recipient: Recipient) -> list[dict]:
        """The providers seated outside the EEA that a recipient names (one, or several for "AI providers
        such as OpenAI and Anthropic"); one search for all of them first, as most recipients name none."""
        words = own_words(recipient)
        if recipient.get("kind") != "public":
            # the providers a category gives as what the recipient is: "cloud storage services like Dropbox, Google
            # Drive, or Amazon Webservices" (hold-out 62), "Advertentienetwerken (Google, Facebook, LinkedIn)"; not
            # a platform it works on ("Verwerker voor het verzorgen van een website en/of Facebook (content)"), nor
            # one the public reads a page on
            words += " " + " ".join(" ".join(m) for m in _EXAMPLES.findall(text_of(recipient.get("category"))))
        if not self._any_provider.search(words):
            return []
        return [p for pattern, p in self.providers if pattern.search(words)]

    @cached_property
    def dpia(self) -> dict:
        return data_file("dpia")

    @cached_property
    def norms(self) -> dict:
        return data_file("retention-norms")

    # -- findings -----------------------------------------------------------------------------
    def at_organisation(self, path: list, message: str, **kwargs: Any) -> Finding:
        """A finding in organisation.yaml: the rules find something there only where it was read."""
        assert self.organisation is not None
        return self.at(self.organisation, path, message, **kwargs)

    @staticmethod
    def at(
        source: SourceFile, path: list, message: str, key: bool = False, *, group: Any = None, what: str = "places"
    ) -> Finding:
        return Finding(source, path, message, key, group, what)


def cookie_name(cookie: dict, i: int) -> str:
    """A cookie as a message names it: "`_ga`", or "at `cookies[2]`" where it has no name."""
    return f"`{cookie['name']}`" if cookie.get("name") else f"at `cookies[{i}]`"


def subjects_text(ctx: Context, activity: Activity | dict) -> str:
    """The names of an activity's data subjects, as one text (once per run and activity)."""
    return ctx.memo(
        "subjects",
        activity.get("id"),
        lambda: " ".join(
            ctx.name("data-subject", s) for s in as_list(activity.get("data_subjects")) if isinstance(s, str)
        ),
    )


def uses_sensitive_data(ctx: Context, activity: Activity | dict) -> bool:
    """Whether an activity uses a data category of a special category or of criminal-offence data."""
    return any(
        (category := ctx.definition("data-category", d.get("category"))).get("special") or category.get("criminal")
        for d in dicts(activity.get("data"))
    )


def declared(ctx: Context, key: str) -> Any:
    """What organisation.yaml declares for the whole register (`declarations.<key>`), or None."""
    return mapping(ctx.org.get("declarations")).get(key)


@cache
def _authorities() -> dict[str, tuple[re.Pattern | None, re.Pattern]]:
    """Country -> (words of its authority's name, its web domains), from data/authorities.yaml."""
    return {
        country: (re.compile(entry["name"], re.I) if entry.get("name") else None, re.compile(entry["domain"], re.I))
        for country, entry in data_file("authorities").items()
    }


def authorities_named(said: str) -> list[str]:
    """The countries whose data protection authority ``said`` names, by the words of its name or its web domain
    (data/authorities.yaml)."""
    return [
        country
        for country, (name, domain) in _authorities().items()
        if said and ((name is not None and name.search(said)) or domain.search(said))
    ]


def authority_places(org: Organisation | dict) -> list[tuple[list, str]]:
    """(path, text) of every place organisation.yaml names the authority to complain to: the authority's name,
    website and complaint page, and the organisation's own text on complaining to it."""
    authority = mapping(org.get("supervisory_authority"))
    return [
        (["supervisory_authority", key], text_of(authority.get(key))) for key in ("name", "website", "complaint_url")
    ] + [(["rights", "authority_complaint"], text_of(mapping(org.get("rights")).get("authority_complaint")))]


def foreign_authority(org: Organisation | dict) -> tuple[str, str, list] | None:
    """(the organisation's country, the other country, path) where organisation.yaml names, as the authority to
    complain to, only the authority of another country than the one it is established in; None where it names
    its own (another beside it may be the one where people live), none ropa knows, or its country is unknown."""
    here = (jurisdiction(org) or "").upper()
    known = _authorities()
    if here not in known:
        return None
    named: dict[str, list] = {}
    for path, said in authority_places(org):
        for country in authorities_named(said):
            named.setdefault(country, path)
    if not named or here in named:
        return None
    country, path = next(iter(named.items()))
    return here, country, path
