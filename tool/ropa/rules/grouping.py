"""Which findings share one cause, so that a gap is reported once, not once per place it shows.

One vague retention sentence reused for every data category, one recipient without a country in every
activity that uses it, one practice (a review, a statement on provision) missing everywhere: a privacy
officer reads each as one gap. :data:`CAUSES` gives, per rule, the cause of a finding from the place
it points at; findings of one rule with one cause are reported once, at the first place, with the
other places listed (``Problem.related``: SARIF relatedLocations, JSON ``related``, a count in text).
Rules not listed report every finding on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from .context import Finding, bases, text_of


def _at(data: Any, path: list) -> Any:
    for step in path:
        if isinstance(data, dict) and isinstance(step, str):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            data = data[step]
        else:
            return None
    return data


def _everywhere(finding: Finding) -> Any:
    return "everywhere"


def _activity(finding: Finding) -> Any:
    return finding.source.data.get("id") if isinstance(finding.source.data, dict) else None


def _purpose(finding: Finding) -> Any:
    use = _at(finding.source.data, finding.path[:2])
    return use.get("purpose") if isinstance(use, dict) else None


class Places(NamedTuple):
    """A cause with its own name for the places it groups (the purposes of one activity)."""

    key: Any
    what: str


def _pooled(
    mark: Callable[[dict], Any], kind: Callable[[Finding], Any] = lambda finding: None
) -> Callable[[Finding], Any]:
    """The purpose (one purpose used in many activities), or, where two or more purposes of the activity share the
    fault (``mark``: no basis; consent with the same other basis), the activity: a statement that pools one list
    of bases for all its purposes, or gives none, has one gap, not one per purpose (hold-outs 60 and 61)."""

    def cause(finding: Finding) -> Any:
        use = _at(finding.source.data, finding.path[:2])
        if not isinstance(use, dict):
            return None
        fault = mark(use)
        uses = finding.source.data.get("purposes") if isinstance(finding.source.data, dict) else None
        alike = [u for u in uses if isinstance(u, dict) and mark(u) == fault] if isinstance(uses, list) else []
        if fault is not None and len(alike) > 1:
            return Places(("activity", finding.source.display, fault, kind(finding)), "purposes")
        return use.get("purpose")

    return cause


def _no_basis(use: dict) -> Any:
    return None if bases(use) else "none"


def _interest_unstated(use: dict) -> Any:
    return "unstated" if "legitimate-interests" in bases(use) and not use.get("legitimate_interest") else None


def _reads_as_obligation(finding: Finding) -> Any:
    return "reads as a legal obligation" in finding.message


def _consent_and_other(use: dict) -> Any:
    found = bases(use)
    return tuple(sorted(found)) if "consent" in found and len(found) > 1 else None


def _same_bases(finding: Finding) -> Any:
    """The same pair of bases (consent and another) wherever a purpose gives it: one choice not made."""
    use = _at(finding.source.data, finding.path[:2])
    return _consent_and_other(use) if isinstance(use, dict) else None


def _category(finding: Finding) -> Any:
    use = _at(finding.source.data, finding.path[:2])
    return use.get("category") if isinstance(use, dict) else None


def _retention_absent(finding: Finding) -> Any:
    """The activity, where none of its data categories has a retention (the statement says nothing on how long
    the activity keeps its data: one gap, hold-out 70); otherwise the data category, wherever it lacks one."""
    data = finding.source.data.get("data") if isinstance(finding.source.data, dict) else None
    if isinstance(data, list) and not any(isinstance(d, dict) and d.get("retention") for d in data):
        return Places(("activity", finding.source.display), "data categories")
    return _category(finding)


def _retention_text(finding: Finding) -> Any:
    """The same sentence (or the same bare selection list) wherever it is used."""
    value = _at(finding.source.data, finding.path)
    if isinstance(value, dict):  # the retention itself: a selection list without its category
        archive = value.get("archive")
        return ("list", text_of((archive if isinstance(archive, dict) else value).get("selection_list")))
    if isinstance(value, list):
        return ("list", repr(value))
    return ("text", " ".join(text_of(value).split()).casefold())


def _transfer(finding: Finding) -> Any:
    transfer = _at(finding.source.data, finding.path[:2])
    if not isinstance(transfer, dict):
        return None
    return transfer.get("recipient") or " ".join(text_of(transfer.get("description")).split()).casefold() or None


def _transfer_message(finding: Finding) -> Any:
    """One recipient's transfers with one fault (a country without a decision, a recipient not certified)."""
    key = _transfer(finding)
    return None if key is None else (key, finding.message)


def _recipient_use(finding: Finding) -> Any:
    use = _at(finding.source.data, finding.path[:2])
    return use.get("recipient") if isinstance(use, dict) else None


def _mechanism_text(finding: Finding) -> Any:
    transfer = _at(finding.source.data, finding.path[:2])
    if not isinstance(transfer, dict):
        return None
    return (transfer.get("recipient"), " ".join(text_of(transfer.get("mechanism_description")).split()).casefold())


def _source_named(finding: Finding) -> Any:
    """One source, by its party or its words, wherever an activity names it: "van derden" written for every
    activity is one gap."""
    item = _at(finding.source.data, finding.path)
    if not isinstance(item, dict):
        return None
    return text_of(item.get("party")) or " ".join(text_of(item.get("description")).split()).casefold() or None


def _withdrawal_text(finding: Finding) -> Any:
    return " ".join(text_of(_at(finding.source.data, finding.path)).split()).casefold() or None


def _languages_missing(finding: Finding) -> Any:
    """The languages a text lacks: one statement language the register's texts are not written in is one gap, however
    many texts lack it (hold-out 181's DNS host, 52 findings for a German register published in English too)."""
    return finding.message.split(" version", 1)[0]


# rule id -> (the cause of a finding, what its places are called in the count)
CAUSES: dict[str, tuple[Callable[[Finding], Any], str]] = {
    # a statement that names legitimate interests for several purposes of an activity and no interest: one gap
    "legitimate-interest-unstated": (_pooled(_interest_unstated, _reads_as_obligation), "activities"),
    "legitimate-interest-no-assessment": (_purpose, "activities"),
    # one sentence of the statement (rights.withdrawal) says it for every consent: one finding, its purposes listed
    "consent-no-withdrawal": (_everywhere, "purposes"),
    "purpose-no-basis": (_pooled(_no_basis), "activities"),
    "basis-law-missing": (_purpose, "activities"),
    "retention-missing": (_retention_absent, "activities"),
    "retention-vague": (_retention_text, "places"),
    "activity-no-measures": (_everywhere, "activities"),
    "activity-no-data-subjects": (_everywhere, "activities"),
    "source-missing": (_everywhere, "activities"),
    "source-categories-unstated": (_source_named, "activities"),
    "provision-missing": (_everywhere, "activities"),
    "recipients-not-stated": (_everywhere, "activities"),
    "recipients-not-all-named": (_everywhere, "activities"),
    "automated-decisions-not-stated": (_everywhere, "activities"),
    "transfers-not-stated": (_everywhere, "activities"),
    "recipient-kind-not-stated": (_everywhere, "recipients"),
    "gender-no-need": (_category, "activities"),
    "birthplace-no-need": (_category, "activities"),
    "processor-requests-not-stated": (_everywhere, "activities"),
    "controller-body-not-named": (_everywhere, "activities"),
    "cookie-consent-not-stated": (_everywhere, "cookies"),
    "review-missing": (_everywhere, "activities"),
    "translation-missing": (_languages_missing, "texts"),
    "transfer-no-country": (_transfer, "transfers"),
    "transfer-no-mechanism": (_transfer, "transfers"),
    "transfer-scc-no-assessment": (_transfer, "transfers"),
    "transfer-adequacy-without-decision": (_transfer_message, "transfers"),
    "transfer-no-copy": (_everywhere, "transfers"),
    "transfer-mechanism-other": (_mechanism_text, "transfers"),
    "transfer-missing": (_recipient_use, "activities"),
    "retention-open-exception": (_retention_text, "places"),
    "retention-indefinite": (_retention_text, "places"),
    "retention-until-asked": (_retention_text, "places"),
    "cookie-undocumented": (_everywhere, "cookies"),
    "consent-withdrawal-harder": (_withdrawal_text, "purposes"),
    "contract-basis-unfit": (_purpose, "activities"),
    "consent-unfit": (_purpose, "activities"),
    # "consent or legitimate interests" said once for everything (hold-out 70's election-data company): one gap
    "basis-consent-and-other": (_same_bases, "purposes"),
    # children consenting alone to an activity's purposes: one way of asking consent, one gap (hold-out 77's
    # youth psychologist had four findings for one intake)
    "children-consent-no-parent": (_activity, "purposes"),
}


def cause(rule_id: str, finding: Finding) -> tuple[Any, str]:
    """(the cause of ``finding``, or None where it stands alone; what its places are called)."""
    if finding.group is not None:
        return finding.group, finding.what
    entry = CAUSES.get(rule_id)
    if entry is None:
        return None, finding.what
    key = entry[0](finding)
    if isinstance(key, Places):
        return (rule_id, key.key), key.what
    return (None if key is None else (rule_id, key)), entry[1]
