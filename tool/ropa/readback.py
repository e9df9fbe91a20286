"""Reading ropa's own wording back into the register's structure, for the import of its own export.

The export writes a retention rule as the statement says it ("2 jaar na het einde van de overeenkomst",
"at most 3 years after the last contact (with your consent)"). Reading it back, a candidate rule is
parsed from the words and accepted only when ropa writes exactly those words for it again; anything
else stays the text it was, and the importer says so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .text import ACTION_WORDS, Language, Words, retention_phrase
from .vocab import retention_events

_ORDER = "YMWD"


def _score(rules: list[dict]) -> int:
    """Lower is a better reading: little text left as words (criteria, a condition with its ": "), no
    more rules than needed, and of equal readings the one with fewer parts."""

    def words(rule: dict) -> int:
        phrases = [v for k, v in rule.items() if k in ("after", "until") and isinstance(v, dict)]
        return (
            len(rule.get("criteria", ""))
            + (len(rule["when"]) + 2 if isinstance(rule.get("when"), str) else 0)
            + len(rule.get("law", ""))
            + sum(len(" ".join(p.values())) for p in phrases)
        )

    return sum(words(r) + 3 + len(r) for r in rules)


_AND = re.compile(r",\s*|\s+(?:en|and|und)\s+")


@lru_cache(maxsize=8)
def _reader(lang: str) -> RetentionReader:
    return RetentionReader(lang)


def read_retention(text: str, lang: str) -> tuple[list[dict], bool]:
    """The retention rules that ropa writes as ``text`` in ``lang`` (text it cannot read as a rule becomes
    criteria), and whether criteria that name a period were left: a rule ropa could not read back."""
    reader = _reader(lang)
    rules = reader.rules(text)
    lost = any("criteria" in r and len(r) == 1 and reader.looks_like_a_period(r["criteria"]) for r in rules)
    return rules, lost


class RetentionReader:
    def __init__(self, lang: str):
        self.lang = lang
        self.words = Words(lang)
        self.language = Language(lang, lang)
        # "2 jaar" -> ("Y", 2): every amount a register plausibly uses, as the language writes it
        self.units: dict[str, tuple[str, int]] = {}
        for letter, most in zip(_ORDER, (100, 240, 520, 3660), strict=False):
            for amount in range(1, most + 1):
                self.units[self.language.period(f"P{amount}{letter}").lower()] = (letter, amount)
        self.events = {self.language.event(key).lower(): key for key in retention_events()}
        self.bounds = {
            self.words.fill(f"retention.{bound}", period="").strip().lower(): bound for bound in ("at-most", "at-least")
        }
        after = self.words.fill("retention.period_after", period="\0", event="\1")
        self.after = after.split("\0")[1].split("\1")[0]  # " na ", " after ", " nach "
        self.until = self.words.fill("retention.until", event="\1").split("\1")[0]  # "tot ", "until "
        self.consent = self.words["retention.consent"]

    def rules(self, text: str) -> list[dict]:
        """The rules, joined with "; " (which a condition or criteria may hold too): rules ropa writes
        wherever they fit, and criteria (text as written) only for what no rule reads as."""
        segments = tuple(text.split("; "))
        readings = [self._structured(segments)]
        for k in range(1, len(segments)):
            head, rest = self._structured(segments[:k]), self._structured(segments[k:])
            if rest is not None:  # criteria first, then rules
                readings.append([{"criteria": "; ".join(segments[:k])}] + rest)
            if head is not None:  # rules first, then criteria
                readings.append(head + [{"criteria": "; ".join(segments[k:])}])
        readings.append([{"criteria": text}])
        # the reading that leaves the least text unread as a rule; of readings that differ only in where
        # criteria are cut ("; " inside them), the one with fewer rules
        return min((r for r in readings if r is not None), key=_score)

    def looks_like_a_period(self, text: str) -> bool:
        """Whether ``text`` names an amount of time ("7 jaar"), which criteria written as such rarely do."""
        return bool(
            re.search(
                r"\b\d+ ("
                + "|".join(
                    sorted({re.escape(k.split(" ", 1)[1]) for k in self.units if " " in k}, key=len, reverse=True)
                )
                + r")\b",
                text.lower(),
            )
        )

    def _structured(self, segments: tuple[str, ...]) -> list[dict] | None:
        """The best reading of ``segments`` as rules ropa writes, each of one or more segments."""
        if not segments:
            return []
        readings = []
        for k in range(1, len(segments) + 1):
            first = self.rule("; ".join(segments[:k]))
            if first is not None:
                rest = self._structured(segments[k:])
                if rest is not None:
                    readings.append([first] + rest)
        return min(readings, key=_score) if readings else None

    def rule(self, text: str) -> dict | None:
        # Several rules may give the same words (an event named by ropa, or the same words as a phrase
        # that runs on into the criteria): the one with the fewest words outside ropa's own is meant.
        found = list(self._readings(text))
        return min(found, key=lambda r: _score([r])) if found else None

    def _readings(self, text: str):
        """Every rule ropa writes as exactly ``text``."""
        body, action = text, None
        for value, key in ACTION_WORDS.items():
            ending = f"; {self.words[key]}"
            if text.endswith(ending):
                body, action = text[: -len(ending)], value
        # "als u niet wordt aangenomen: 4 weken na ...": the condition first, where there is one
        splits = [(None, body)] + [(body[: m.start()], body[m.end() :]) for m in re.finditer(r": ", body)]
        for when, rest in splits:
            candidates = []
            if when:
                candidates.append({"criteria": rest})  # a condition and what happens then, in words
            for core, consent, law in self._notes(rest):
                # "3 maanden. Opgenomen gesprekken ...": a rule, then its criteria as a sentence or a clause
                heads = [(core, None)] + [(core[: m.start()], core[m.end() :]) for m in re.finditer(r"\. |, ", core)]
                for head, criteria in heads:
                    for candidate in self._candidates(head):
                        candidate.update(
                            {k: v for k, v in (("criteria", criteria), ("consent", consent or None), ("law", law)) if v}
                        )
                        candidates.append(candidate)
            for candidate in candidates:
                if when:
                    candidate["when"] = when
                if action:
                    candidate["action"] = action
                if retention_phrase(self.words, self.language, candidate) == text:
                    yield candidate

    def _notes(self, text: str):
        """(rule text, consent, law): the text as it stands, and without the notes ropa adds at its end
        ("(met uw toestemming; AWR art. 52)", or "– ..." where the notes hold brackets themselves)."""
        yield text, False, None
        if text.endswith(f" ({self.consent})"):
            yield text[: -len(self.consent) - 3], True, None
        if " – " in text:
            core, _, notes = text.rpartition(" – ")
            parts = notes.split("; ")
            consent = parts[0] == self.consent
            yield core, consent, "; ".join(parts[1:] if consent else parts) or None
        if text.endswith(")") and " (" in text:
            core, _, notes = text.rpartition(" (")
            parts = notes[:-1].split("; ")
            if parts[0] == self.consent:
                yield core, True, "; ".join(parts[1:]) or None
            elif "(" not in notes[:-1]:
                yield core, False, notes[:-1]

    def _template(self, key: str) -> re.Pattern:
        """The sentence ``key`` as a pattern, each ``{name}`` a group."""
        parts = re.split(r"\{(\w+)\}", self.words[key])
        return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)) + "$")

    def _selection(self, core: str) -> tuple[str, dict] | None:
        """The rule text and its archive, where it ends in the selection list it follows."""
        match = re.search(r" \(([^()]*)\)$", core)
        archive = self._archive(match.group(1)) if match else None
        return (core[: match.start()], archive) if match and archive else None

    def _archive(self, words: str) -> dict | None:
        """The selection list (and its category) that ``words`` name as ropa writes them, or None."""
        for key in ("retention.selection_list", "retention.selection_list_plain"):
            found = self._template(key).match(words)
            if found:
                return {
                    "selection_list": found.group("list"),
                    **({"category": found.group("category")} if "category" in found.groupdict() else {}),
                }
        return None

    def _permanent(self, core: str):
        permanent = self.words["retention.permanent"]
        if not core.startswith(permanent):
            return
        rest = core[len(permanent) :]
        rule: dict[str, Any] = {"permanent": True}
        archive: dict[str, Any] = {}
        selection = re.match(r" \((.*?)\)(?=;|$)", rest)
        if selection:
            archive.update(self._archive(selection.group(1)) or {})
            rest = rest[selection.end() :]
        if rest.startswith("; "):
            found = self._template("retention.archive_transfer").match(rest[2:])
            period = self._period(found.group("period")) if found else None
            if period is None:
                return
            archive["transfer"] = period
            rest = ""
        if rest:
            return
        if archive:
            rule["archive"] = archive
        yield rule

    def _candidates(self, core: str):
        yield from self._permanent(core)
        selection = self._selection(core)
        if selection is not None:
            head, archive = selection
            for candidate in self._candidates(head):
                if "archive" not in candidate:
                    yield {**candidate, "archive": archive}
        if core.lower().startswith(self.until.lower()):
            event = core[len(self.until) :]
            yield {"until": self._event(event)}
        for contracted, article in (("bis zum ", "dem "), ("bis zur ", "der ")):  # German contracts "bis zu dem"
            if self.lang == "de" and core.startswith(contracted):
                yield {"until": self._event(article + core[len(contracted) :])}
        head, _, event = core.partition(self.after)
        bound = None
        for words, name in self.bounds.items():
            if head.lower().startswith(words + " "):
                bound, head = name, head[len(words) + 1 :]
        period = self._period(head)
        if period is None:
            return
        rule: dict = {"period": period}
        if bound:
            rule["bound"] = bound
        if event:
            rule["after"] = self._event(event)
        yield rule

    def _period(self, text: str) -> str | None:
        found: dict[str, int] = {}
        for piece in _AND.split(text.strip().lower()):
            unit = self.units.get(piece)
            if unit is None or unit[0] in found:
                return None
            found[unit[0]] = unit[1]
        if not found:
            return None
        return "P" + "".join(f"{found[u]}{u}" for u in _ORDER if u in found)

    def _event(self, text: str):
        """A named event, or the words as a phrase; words that join rules ("; ") are never one event."""
        if text.lower() in self.events:
            return self.events[text.lower()]
        return {self.lang: text} if "; " not in text else {self.lang: "\0"}  # \0 never reads back
