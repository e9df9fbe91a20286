"""Reading the register's own words: the patterns several rules share and the test that a sentence
does not deny what it mentions. Dutch, English and German."""

from __future__ import annotations

import re

NEGATION = re.compile(r"\b(geen|niet|nooit|no|not|never|do not|don't|kein\w*|nicht|niemals)\b", re.I)

# a purpose that tailors content or offers to a person's interests or behaviour (Art. 4(4))
PROFILING = re.compile(
    r"afgestemd op (uw|je|jouw) (interesse|voorkeur|gedrag)|op basis van (uw|je|jouw) "
    r"(surf|klik|koop|zoek)gedrag|interesseprofiel|gepersonaliseerd|personali[sz]|profilering|"
    r"profiling|tailored to your|based on your (browsing|purchase|search|click)|"
    r"interessenbasiert|auf ihre interessen|nutzungsprofil|segmentati|segmenter",
    re.I,
)


def said_without_negation(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of ``pattern`` in a sentence of ``text`` that does not deny it."""
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", text):
        match = pattern.search(sentence)
        if match and not NEGATION.search(sentence[: match.start()]):
            return match
    return None
