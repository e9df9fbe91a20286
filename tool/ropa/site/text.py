"""Language-aware text: pick a translation, and write periods, dates and labels in Dutch or English."""

from __future__ import annotations

import re
from typing import Any

from ..vocab import countries, labels, retention_events

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
_UNITS = {  # singular, plural
    "nl": {"Y": ("jaar", "jaar"), "M": ("maand", "maanden"), "W": ("week", "weken"), "D": ("dag", "dagen"),
           "H": ("uur", "uur"), "m": ("minuut", "minuten"), "S": ("seconde", "seconden")},
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
           "H": ("hour", "hours"), "m": ("minute", "minutes"), "S": ("second", "seconds")},
}
_AND = {"nl": "en", "en": "and"}
_PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


class Language:
    """Text in one language, falling back to the register's default language.

    ropa's own words (labels, months, units, country names) exist in Dutch and English; for another
    language they are given in English, while the register's own texts stay in that language.
    """

    def __init__(self, lang: str, default: str):
        self.lang = lang
        self.default = default
        self.words = lang if lang in MONTHS else "en"

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):
            for key in (self.lang, self.default):
                if isinstance(value.get(key), str):
                    return value[key]
            return next((v for v in value.values() if isinstance(v, str)), "")
        return str(value)

    def label(self, group: str, key: str) -> str:
        entry = labels().get(group, {}).get(key)
        return entry[self.words] if entry else key

    def period(self, iso: str) -> str:
        """``P1Y6M`` as "1 jaar en 6 maanden" / "1 year and 6 months"."""
        match = _PERIOD.match(iso or "")
        if not match:
            return iso or ""
        parts = []
        for amount, unit in zip(match.groups(), "YMWDHmS"):
            if amount is not None:
                n = int(amount)
                singular, plural = _UNITS[self.words][unit]
                parts.append(f"{n} {singular if n == 1 else plural}")
        if len(parts) > 1:
            return ", ".join(parts[:-1]) + f" {_AND[self.words]} " + parts[-1]
        return parts[0] if parts else iso

    def date(self, iso: str) -> str:
        """``2021-12-01`` as "1 december 2021"; ``2018-07`` as "juli 2018"."""
        match = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", iso or "")
        if not match or not 1 <= int(match.group(2)) <= 12:
            return iso or ""
        year, month, day = match.groups()
        name = MONTHS[self.words][int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"

    def event(self, value: Any) -> str:
        if isinstance(value, str) and value in retention_events():
            return retention_events()[value][self.words]
        return self.text(value)

    def country(self, code: str) -> str:
        entry = countries().get(code)
        return entry[self.words] if entry else code
