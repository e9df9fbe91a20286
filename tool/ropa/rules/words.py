"""Reading the register's own words: the patterns several rules share and the test that a sentence
does not deny what it mentions. Dutch, English and German."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..lazyre import lazy_compile
from .context import Context, text_of

NEGATION = lazy_compile(
    r"\b(geen|niet|nooit|no|not|never|do not|don't|cannot|can't|won't|kein\w*|nicht|niemals|jamais|aucune?)\b|"
    # French: "ne ... pas" around the verb ("Nous ne demandons pas", "n'utilisons pas"); "pas" alone is Dutch too
    r"\bn(e\s+|['’])(\w+\s+){1,3}?(pas|plus|jamais)\b",
    re.I,
)

# a purpose that tailors content or offers to a person's interests or behaviour (Art. 4(4)): what is said of
# people's behaviour or interests to tailor what they see (personalisation apart), and profiling by name
TAILORING = (
    r"(afgestemd|afstemmen|af te stemmen) op (uw|je|jouw) (interesse|voorkeur|gedrag)|op basis van (uw|je|jouw) "
    r"(surf|klik|koop|zoek)gedrag|tailored to your|based on your (browsing|purchase|search|click)|"
    r"interessenbasiert|auf ihre interessen|segmentati|segmenter|"
    # behaviour followed to tailor what a person sees ("cookies die jouw surfgedrag bijhouden zodat we op maat
    # gemaakte content en advertenties kunnen aanbieden", hold-out 80)
    r"(surf|klik|koop|zoek)gedrag\w* (\w+ ){0,2}?(bijhoud|bij te houden|bijgehouden|volg|gevolgd|vastleg|analy[sz])|"
    r"op maat gemaakte? (content|inhoud|advertenties|aanbiedingen|reclame)|"
    r"(advertenties|aanbiedingen|reclame|content) op maat|tailored (content|ads|adverts|advertising|offers)|"
    r"interest-based (ads|adverts|advertising)"
)
PROFILE_NAMED = r"interesseprofiel|profilering|profiling|nutzungsprofil"
PROFILED = TAILORING + "|" + PROFILE_NAMED
# "gepersonaliseerd", "personalised", "personalisiert" (not "ongepersonaliseerd", "non-personalised")
PERSONALISED = r"(?<!niet-)(?<!\bon)gepersonaliseerd|(?<!non-)(?<!\bnon)(?<!\bun)(?<!niet-ge)(?<!\bonge)personali[sz]"
PROFILING = lazy_compile(PROFILED + "|" + PERSONALISED, re.I)


# what a storage item keeping the visitor's consent choices names as the object of the consent ("Your RUM and Google
# Analytics consent choices", hold-out 216's VAT app, both judges): the tools named there are what was chosen about,
# not what the item does
_CONSENT_OBJECT = lazy_compile(
    r"[\w ,&/-]{0,60}?\b(consent|cookie|toestemmings?|einwilligungs?)[ _-]?(choices?|preferences?|settings?|status|"
    r"state|keuzes?|voorkeur(en)?|auswahl|einstellungen?)\b",
    re.I,
)


def without_consent_object(text: str) -> str:
    """``text`` with the consent choices it says it keeps left out, tools they are about included."""
    return _CONSENT_OBJECT.sub(" ", text)


# abbreviations whose full stops end no sentence: "(z. B. Google Analytics)", "e.g.", "bijv.", "vgl."; an
# article's ("Art. 28", "Abs. 2", "Nr. 1") only before its number; "etc." and "usw." only where the sentence
# goes on in lower case (they end many a sentence: "... Cookies usw. Wir nutzen ...")
_ABBREVIATION = lazy_compile(
    # also before a quotation mark: 'wie z.B. "Google Analytics"' (hold-out 208's chess club)
    r"\b(z\. ?b|e\.g|i\.e|bijv|bv|o\.a|d\.h|u\.a|bspw|bzw|ggf|vgl)\.(?= ?[\w\"„“'‘«])|"
    r"\b(art|abs|nr|lit)\.(?= ?\d)|\b(gem)\.(?= ?(art|§))|\b(etc|usw)\.(?= ?(?-i:[a-zäöüéèàç0-9,;)]))|"
    # a registered association's "e.V." where the sentence goes on in lower case ("Schachklub Kriegshaber e.V. werden")
    r"\b(e\. ?v)\.(?= ?(?-i:[a-zäöü]))",
    re.I,
)


def unabbreviated(text: str) -> str:
    """``text`` with the full stops of its abbreviations taken out, so that a split at full stops keeps
    "keine Analyse-Werkzeuge (z. B. Google Analytics)" one sentence."""
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, its line breaks folded into spaces (a YAML block wraps a sentence); the full stop
    of an abbreviation ends none ("eine Weitergabe an bzw. durch Dritte oder eine Zusammenführung" stays one
    sentence with the "in keinem Fall" before it: hold-out 176's city, both judges)."""
    marked = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\0"), " ".join(text.split()))
    return [part.replace("\0", ".") for part in re.split(r"(?<=[.;!?])\s+", marked)]


def sentence_of(text: str, match: re.Match) -> str:
    """The sentence of ``text`` that holds ``match`` (up to the full stops or semicolons around it)."""
    start = max(text.rfind(".", 0, match.start()), text.rfind(";", 0, match.start())) + 1
    ends = [i for i in (text.find(".", match.end()), text.find(";", match.end())) if i != -1]
    return text[start : min(ends) if ends else len(text)]


def clipped(text: str, most: int = 60) -> str:
    """A text to quote, cut after a whole word where it is longer than ``most`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " ..."


def listed(items: list[str], most: int = 3) -> str:
    """Items for a message, the first ``most`` named and the rest counted ("a, b, c and 2 more")."""
    return ", ".join(items[:most]) + (f" and {len(items) - most} more" if len(items) > most else "")


# where a sentence ends: after a full stop, semicolon, exclamation or question mark, or at a line break
_SENTENCE_BREAK = lazy_compile(r"(?<=[.;!?])\s+|\n")


def sentences_or_lines(text: str) -> list[str]:
    """The sentences of ``text``, a line break also ending one (an item of a list, a heading)."""
    return _SENTENCE_BREAK.split(text)


def said_without_negation(pattern: re.Pattern, text: str, also_not: re.Pattern | None = None) -> re.Match | None:
    """The first match of ``pattern`` in a sentence of ``text`` that does not deny it; with ``also_not``, nor one
    whose words before it match that (a way the organisation reaches people, where a way to reach it is asked)."""
    for sentence in sentences_or_lines(text):
        match = pattern.search(sentence)
        if (
            match
            and not NEGATION.search(sentence[: match.start()])
            and not (also_not is not None and also_not.search(sentence[: match.start()]))
        ):
            return match
    return None


def whole_words(text: str, match: re.Match) -> str:
    """What ``match`` found in ``text``, widened to whole words, for quoting ('fraude' found in
    'fraudebestrijding' quotes 'fraudebestrijding')."""
    start, end = match.span()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


# -- a quick test before a pattern is searched ------------------------------------------------------

# Characters that Python's case-insensitive matching equates with an ASCII letter while their lower case
# holds none (dotless i, long s): a text holding one is always searched.
_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u0307")  # the last: the dot "İ" keeps in lower case ("i\u0307")


def needed_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case ASCII words of which every match of ``pattern`` holds one, found in the pattern's
    literal text; None where the pattern has no such words (of two letters or more). A text whose lower
    case holds none of them cannot match, and is passed over without a search: most texts match no
    rule's pattern, and a search of a pattern that starts with a look-behind tries every position."""
    try:
        from importlib import import_module

        parser, constants = import_module("re._parser"), import_module("re._constants")  # what `re` compiles with
        words = _sequence(list(parser.parse(pattern.pattern, pattern.flags)), constants)
    except Exception:  # a parser of another Python version: no quick test, every text is searched
        return None
    return tuple(sorted(words)) if words and min(map(len, words)) >= 2 else None


def _sequence(items: list, c) -> set[str] | None:
    """The words one of which a match of the items in turn holds: the best of the literal runs and of
    what each item needs by itself (the set whose shortest word is longest)."""
    found: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is c.LITERAL and value < 128:
            run += chr(value).lower()
            continue
        if run and op in (c.BRANCH, c.SUBPATTERN):
            # the parser takes a common start out of alternatives ("Wet ...|Wbp"), and a word may end in a
            # group ("rat(e|ing)"): the run with each start of what follows needs more than the run alone
            leads = _leads(op, value, c)
            if leads:
                found.append({run + lead for lead in leads})
        if run:
            found.append({run})
            run = ""
        needed = _item(op, value, c)
        if needed:
            found.append(needed)
    if run:
        found.append({run})
    return max(found, key=_rarity, default=None)


# words that nearly every privacy statement holds: a quick test that looks for one of them passes almost every
# text, so another word the pattern needs, where it has one of four letters or more, is looked for instead
# ("Privacy ?commiss?ie" by "commiss", not by "privacy")
_COMMON_WORDS = frozenset(
    "privacy data daten gegevens persoonsgegevens personal information informatie informationen mail e-mail "
    "contact kontakt process processing verwerking verwerken verarbeitung verarbeit cookie cookies consent "
    "toestemming einwilligung recht rechte right rights artikel article art wet gesetz website".split()
)


def _rarity(words: set[str]) -> tuple[bool, int, int]:
    """How well a set of needed words passes texts over: none of them common (and each of four letters or
    more), then the shortest as long as can be, then as few as can be."""
    shortest = min(map(len, words))
    return (shortest >= 4 and not words & _COMMON_WORDS, shortest, -len(words))


def _leads(op, value, c) -> set[str] | None:
    """The literal texts one of which every match of an item starts with, none of them empty; None where
    a match may start otherwise."""
    if op is c.LITERAL and value < 128:
        return {chr(value).lower()}
    if op is c.SUBPATTERN:
        return _sequence_leads(list(value[-1]), c)
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:
            leads = _sequence_leads(list(alternative), c)
            if not leads:
                return None
            union |= leads
        return union
    return None


def _sequence_leads(items: list, c) -> set[str] | None:
    """:func:`_leads` of items in turn: their literal start, and what the first other item starts with."""
    lead = ""
    for op, value in items:
        if op is c.LITERAL and value < 128:
            lead += chr(value).lower()
            continue
        leads = _leads(op, value, c) if op in (c.SUBPATTERN, c.BRANCH) else None
        if leads:
            return {lead + more for more in leads}
        break
    return {lead} if lead else None


def _item(op, value, c) -> set[str] | None:
    if op is c.SUBPATTERN:
        return _sequence(list(value[-1]), c)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(value), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _sequence(list(value[2]), c) if value[0] >= 1 else None
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:
            needed = _sequence(list(alternative), c)
            if not needed:
                return None  # this alternative can match without any word
            union |= needed
        return union
    return None


def may_match(words: tuple[str, ...] | None, lowered: str, distinct: str | None = None) -> bool:
    """Whether a text whose lower case is ``lowered`` may match a pattern that needs ``words``
    (:func:`needed_words`); ``distinct`` as :func:`holds_a_word` takes it."""
    if words is None or holds_a_word(words, lowered, distinct):
        return True
    # the letters that fold to ASCII are none of them ASCII: an ASCII text (most) holds none
    return not lowered.isascii() and any(char in lowered for char in _FOLDS_TO_ASCII)


def holds_a_word(words: tuple[str, ...], lowered: str, distinct: str | None = None) -> bool:
    """Whether ``lowered`` holds one of ``words``. With ``distinct``, the text's distinct words
    (:func:`distinct_text_words`), a word made of word characters alone is looked for there, several times
    shorter than the text where the text repeats its words (one word stands within one of them wherever it
    stands)."""
    if distinct is None:
        for word in words:  # a loop, not any(): asked for every pattern of every file
            if word in lowered:
                return True
        return False
    inside, rest = words_apart(words)
    for word in inside:
        if word in distinct:
            return True
    for word in rest:
        if word in lowered:
            return True
    return False


_WORD_RUN = re.compile(r"\w+")

_NEEDS: dict[Any, tuple[str, ...] | None] = {}


def needs_of(pattern: re.Pattern) -> tuple[str, ...] | None:
    """:func:`needed_words` of ``pattern``, worked out once per pattern."""
    needs = _NEEDS.get(pattern, ())
    if needs == ():
        needs = _NEEDS[pattern] = needed_words(pattern)
    return needs


def searched(pattern: re.Pattern, text: str, lowered: str | None = None) -> re.Match | None:
    """``pattern.search(text)``, with no search where ``text`` (``lowered``: its lower case, made once for several
    patterns) holds none of the words every match needs (:func:`needed_words`): most texts hold none."""
    needs = needs_of(pattern)
    if needs is not None and not may_match(needs, text.lower() if lowered is None else lowered):
        return None
    return pattern.search(text)


def distinct_text_words(lowered: str) -> str:
    """The distinct words (runs of word characters) of ``lowered``, each once, between single spaces and
    with a space either side: a word of word characters alone is in ``lowered`` if and only if it is here."""
    return " " + " ".join(set(_WORD_RUN.findall(lowered))) + " "


_APART: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def words_apart(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``words`` in two: those made of word characters alone, and the others (a space, a hyphen)."""
    found = _APART.get(words)
    if found is None:
        inside = tuple(w for w in words if _WORD_RUN.fullmatch(w))
        found = _APART[words] = inside, tuple(w for w in words if not _WORD_RUN.fullmatch(w))
    return found


def parts_may_match(words: tuple[str, ...] | None, lowered: str, starts: list[int]) -> list[int]:
    """The indexes, in order, of the parts of ``lowered`` (lower-cased texts joined by newlines, part ``i``
    starting at ``starts[i]``) of which :func:`may_match` holds, found by looking each word up in the
    whole instead of in every part."""
    if words is None:
        return list(range(len(starts)))
    if any("\n" in word for word in words):  # a word that could run on into the next part: each part alone
        ends = [*starts[1:], len(lowered) + 1]
        parts = [lowered[start : end - 1] for start, end in zip(starts, ends, strict=True)]
        return [i for i, part in enumerate(parts) if may_match(words, part)]
    found: set[int] = set()
    for word in (*words, *_FOLDS_TO_ASCII):
        at = lowered.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.add(i)
            # on from the next part: one occurrence is enough for a part
            at = lowered.find(word, starts[i + 1]) if i + 1 < len(starts) else -1
    return sorted(found)


# a purpose that answers what the person asked: a question, a contact request, a call-back, a helpdesk
ANSWERING = lazy_compile(
    r"(beantwoord|afhandel|behandel|reageren op|antwoord op)\w*\s+(van\s+)?(uw |je |jouw )?(vra(ag|gen)|"
    r"contact|verzoek|bericht|aanvra)|vragen beantwoorden|contactverzoek|terugbel|"
    r"\b(vraag|vragen|klacht|klachten|question|questions|complaints|inquiries|enquiries|anfragen|fragen)\b[^.]{0,60}?"
    r"\b(behandel|beantwoord|afhandel|answer|handl|bearbeit|beantwort)|"
    r"\bhelpdesk|klantenservice|customer (service|support)|kundenservice|kundendienst|service client|"
    r"(answer|respond|reply)\w*\s+(to\s+)?(your\s+)?(question|inquir|enquir|quer(y|ies)|request|message)|"
    # "following up on your inquiries, such as inquiries you send us using our contact form" (hold-out 121)
    r"follow(ing)?[ -]up\s+(on\s+)?(your\s+)?(question|inquir|enquir|quer(y|ies)|request|message)|"
    r"(beantwortung|bearbeitung)\s+(ihrer\s+|deiner\s+|von\s+|der\s+|einer\s+)?(anfrage|nachricht|frage|"
    r"kontaktaufnahme|kontaktanfrage)|anfragen beantworten|"
    r"naar aanleiding van (uw|je|jouw) (bericht|vraag|verzoek|aanvraag)|"
    r"in response to your (message|question|request|inquiry|enquiry)|auf (ihre|deine) (anfrage|nachricht)|"
    r"r[ée]pondre \w+ (vos|votre|tes|ta) (questions?|demandes?|messages?)",
    re.I,
)


def answering(ctx: Context, use: Any) -> str | None:
    """The words that say a purpose answers the person's own question, as the register has them."""
    return ctx.memo("answering", use.get("purpose"), lambda: _answering_words(ctx, use))


def _answering_words(ctx: Context, use: Any) -> str | None:
    purpose = ctx.definition("purpose", use.get("purpose"))
    words = " ".join([text_of(purpose.get("name")), text_of(purpose.get("description"))]).strip()
    words = " ".join((words or str(use.get("purpose"))).replace("-", " ").split())  # the id where nothing else
    found = ANSWERING.search(words)
    return whole_words(words, found) if found else None


_COOKIE_WORDS = lazy_compile(r"cookie|tracker|pixel|local ?storage", re.I)
# "Technische gegevens (zonder cookies)": a category that says it holds none
_NO_COOKIES = lazy_compile(r"\b(zonder|without|ohne|sans|geen|no|keine?|niet)\s+(\w+\s+)?(cookie|tracker|pixel)", re.I)


def cookie_category(ctx: Context, ident: Any) -> bool:
    """Whether data category ``ident`` holds cookies or the like, by its name and id (once per run: the
    rule that asks for the cookies and the one that is answered by them both ask)."""

    def holds() -> bool:
        text = text_of(ctx.definition("data-category", ident).get("name")) + " " + str(ident)
        return bool(_COOKIE_WORDS.search(text)) and not _NO_COOKIES.search(text)

    return ctx.memo("cookie-category", ident, holds) if isinstance(ident, str) else holds()
