"""Risk: DPIA triggers (Art. 35(3), the AP's list, WP248), the DPO, and the Art. 30(5) exemption."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Activity
from ..national import jurisdiction
from . import rule
from .completeness import public_body
from .context import Context, Finding, as_list, dicts, mapping, text_of
from .practice import _STAFF as _EMPLOYEES

# AP list items ropa can see in the register itself; the others an activity declares in dpia.ap_list.
_DERIVED_AP = {"biometric": 17, "genetic": 6}


def triggers(ctx: Context, activity: Activity) -> list[str]:
    """Why this activity needs a DPIA (empty when nothing points to one): certain and presumed reasons."""
    certain, presumed = grounds(ctx, activity)
    return certain + presumed


def grounds(ctx: Context, activity: Activity) -> tuple[list[str], list[str]]:
    """(certain, presumed): Art. 35(3) and AP items the register declares make a DPIA certain; two WP248
    criteria, or AP items ropa derives from the data (which apply only at scale), presume one."""
    return ctx.memo("dpia-grounds", activity.get("id"), lambda: _grounds(ctx, activity))


def _held(ctx: Context, activity: Activity) -> list:
    """The data categories an activity holds: not those that stay on the person's own device."""
    return [
        ctx.definition("data-category", d.get("category"))
        for d in dicts(activity.get("data"))
        if d.get("on_device") is not True
    ]


def _grounds(ctx: Context, activity: Activity) -> tuple[list[str], list[str]]:
    reasons = []
    presumed: list[str] = []
    dpia = mapping(activity.get("dpia"))
    automated = mapping(activity.get("automated_decisions"))
    categories = _held(ctx, activity)
    subjects = [ctx.definition("data-subject", s) for s in as_list(activity.get("data_subjects"))]
    criteria = {c for c in as_list(dpia.get("criteria")) if isinstance(c, str)}
    if automated.get("present") is True:
        criteria.add("automated-decision")
    if automated.get("profiling") is True:
        criteria.add("evaluation-scoring")
    if any(c.get("special") or c.get("criminal") or c.get("highly_personal") for c in categories):
        criteria.add("sensitive-data")
    if any(s.get("vulnerable") is True or s.get("children") is True for s in subjects):
        criteria.add("vulnerable-subjects")
    if automated.get("present") is True and automated.get("profiling") is True:
        reasons.append("Art. 35(3)(a): automated decisions based on profiling")
    if "large-scale" in criteria and any(c.get("special") or c.get("criminal") for c in categories):
        reasons.append("Art. 35(3)(b): large-scale special-category or criminal data")
    declared = {i for i in as_list(dpia.get("ap_list")) if isinstance(i, int)}
    derived = {_DERIVED_AP[c["special"]] for c in categories if c.get("special") in _DERIVED_AP}
    if automated.get("profiling") is True:
        derived.add(15)
    if jurisdiction(ctx.org) not in (None, "NL"):
        derived = set()  # the AP's list binds Dutch controllers; elsewhere WP248 and that country's own list
    names = ctx.dpia["ap_list"]["items"]
    reasons += [f"AP list item {i} ({names[str(i)]['en']})" for i in sorted(declared) if str(i) in names]
    presumed += [
        f"AP list item {i} ({names[str(i)]['en']}) when large-scale or systematic"
        for i in sorted(derived - declared)
        if str(i) in names
    ]
    if len(criteria) >= 2 and not (criteria <= _CARE and _one_practice(ctx)):
        presumed.append("WP248 criteria: " + ", ".join(sorted(criteria)))
    return reasons, presumed


# Patients' or clients' data kept by an individual physician, other care professional or lawyer are not
# processed on a large scale (recital 91), and WP248 (III.B.a) takes them out of its presumption: the two
# criteria the sensitive data and the patients meet do not presume a DPIA for a small practice.
_CARE = {"sensitive-data", "vulnerable-subjects"}
_PRACTICE = lazy_compile(
    r"praktijk|practice|praxis|eenmans|one-person|sole (trader|practitioner)|zzp|"
    r"advocat|lawyer|solicitor|rechtsanwalt|kanzlei|"
    # one professional's own trade: a therapist, a coach
    r"therapeut|therapist|\bcoach(ing)?\b|prestatiebegeleiding|\btcm\b|acupunct|"
    # a practice named by its care ("Fysiotherapie Be You", hold-out 66; "Mondzorg ...", "Zahnarztpraxis")
    r"fysiotherapie|\bfysio\b|physiotherap|\bphysio\b|oefentherapie|osteopath|tandarts|mondzorg|zahnarzt|huisarts|verloskund|"
    r"logopedie|ergotherapie|di[eë]tetiek|psycholog|psychotherap",
    re.I,
)
_SMALL = 10  # fewer employees than this: a micro enterprise (Commission Recommendation 2003/361/EC)


def _one_practice(ctx: Context) -> bool:
    org = ctx.org
    employees = org.get("employees")
    if isinstance(employees, int) and employees >= _SMALL:
        return False
    said = [text_of(org.get(k)) for k in ("name", "description")] + [
        text_of(t) for t in as_list(org.get("trade_names"))
    ]
    return bool(_PRACTICE.search(" ".join(said)))


@rule(
    "dpia-missing",
    "risk",
    "error",
    "GDPR Art. 35(1), 35(3), 35(4); WP248 rev.01; NL: AP DPIA list (Stcrt. 2019, 64418); DE: DSK Muss-Liste (2018); FR: CNIL délibération n° 2018-327",
    "Processing likely to result in a high risk needs a DPIA before it starts.",
    "Carry out the DPIA and record it under `dpia:` (`required: true`, `document`, `date`, `outcome`).",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          # profiling with decisions about people: a DPIA is certainly required (Art. 35(3)(a))
          automated_decisions:
            present: true
            profiling: true
            logic: Score.
            consequences: Geen krediet.
            exception: contract
            safeguards: Een medewerker beslist op verzoek.
    """,
    near_miss="""
        activities/klantenservice.yaml:
          automated_decisions:
            present: true
            profiling: true
            logic: Score.
            consequences: Geen krediet.
            exception: contract
            safeguards: Een medewerker beslist op verzoek.
          dpia:
            required: true
            document: DPIA-1
            date: '2026-01-01'
            outcome: acceptabel
    """,
    points_at="klantenservice",
)
def dpia_missing(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities("controller"):
        reasons, _ = grounds(ctx, source.data)
        if not reasons:
            continue
        dpia = mapping(source.data.get("dpia"))
        if dpia.get("required") is True and dpia.get("document"):
            continue
        where = ["dpia"] if dpia else ["id"]
        state = "`dpia.required` is false" if dpia.get("required") is False else "no DPIA is recorded"
        yield ctx.at(source, where, f"a DPIA is required ({'; '.join(reasons)}) but {state}")


@rule(
    "dpia-presumed",
    "risk",
    "warning",
    "GDPR Art. 35(1), 35(4); WP248 rev.01 III.B.a; NL: AP DPIA list (Stcrt. 2019, 64418); DE: DSK Muss-Liste (2018); FR: CNIL délibération n° 2018-327",
    "Two or more WP248 criteria, or data on the AP's list, presume a DPIA; the controller may decide "
    "otherwise, but must document why.",
    "Carry out the DPIA (`dpia: {required: true, document: ...}`), or record `required: false` with the `reason`.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P2Y, after: end-of-contract}
            - category: vingerafdruk
              retention: {period: P1Y}
              special_condition: {condition: explicit-consent}
        data-categories/vingerafdruk.yaml:
          id: vingerafdruk
          name: vingerafdruk
          special: biometric
    """,
    near_miss="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P2Y, after: end-of-contract}
            - category: vingerafdruk
              retention: {period: P1Y}
              special_condition: {condition: explicit-consent}
          dpia:
            required: false
            reason: Eén lezer, vijf medewerkers, met pincode als alternatief.
        data-categories/vingerafdruk.yaml:
          id: vingerafdruk
          name: vingerafdruk
          special: biometric
    """,
    points_at="klantenservice",
)
def dpia_presumed(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities("controller"):
        certain, presumed = grounds(ctx, source.data)
        if certain or not presumed:
            continue  # dpia-missing speaks, or nothing presumes a DPIA
        dpia = mapping(source.data.get("dpia"))
        if (dpia.get("required") is True and dpia.get("document")) or (
            dpia.get("required") is False and dpia.get("reason")
        ):
            continue
        if dpia.get("required") is True:
            yield ctx.at(
                source,
                ["dpia"],
                f"a DPIA is presumed ({'; '.join(presumed)}) and recorded as required, but "
                "names no `document`; add where the DPIA is kept",
            )
            continue
        # activities presumed on the same grounds are one question to answer (and often one DPIA)
        yield ctx.at(
            source,
            ["dpia"] if dpia else ["id"],
            f"a DPIA is presumed ({'; '.join(presumed)}); carry it out, or record `required: false` with the reason",
            group=("dpia-presumed", tuple(presumed)),
            what="activities",
        )


@rule(
    "dpo-missing",
    "risk",
    "warning",
    "GDPR Art. 37(1)",
    "A public authority, and an organisation whose core activities are large-scale monitoring or large-scale "
    "special-category or criminal data, must designate a DPO.",
    "Add `dpo:` to organisation.yaml.",
    scope="register",
    example="""
        organisation.yaml:
          public_authority: true
    """,
    near_miss="""
        organisation.yaml:
          public_authority: true
          dpo: {name: FG, email: fg@x.example}
    """,
    points_at="true",
)
def dpo_missing(ctx: Context) -> Iterator[Finding]:
    if ctx.organisation is None or ctx.org.get("dpo"):
        return
    if ctx.org.get("public_authority") is True:
        yield ctx.at_organisation(["public_authority"], "a public authority must designate a DPO; add `dpo:`")
        return
    for source in ctx.activities():
        dpia = mapping(source.data.get("dpia"))
        criteria = set(as_list(dpia.get("criteria")))
        categories = _held(ctx, source.data)
        large_sensitive = "large-scale" in criteria and any(c.get("special") or c.get("criminal") for c in categories)
        if large_sensitive or {"large-scale", "systematic-monitoring"} <= criteria:
            yield ctx.at_organisation(
                ["name"],
                f"activity `{source.data['id']}` is large-scale "
                f"{'special-category data' if large_sensitive else 'systematic monitoring'}; "
                "if that is a core activity a DPO is required: add `dpo:`",
            )
            return


@rule(
    "exemption-not-applicable",
    "risk",
    "error",
    "GDPR Art. 30(5); WP29 position paper of 19 April 2018",
    "The Art. 30(5) exemption needs fewer than 250 employees and processing that is occasional, unlikely to "
    "be a risk and without special-category or criminal data.",
    "Drop `exemption_claimed` and keep the record.",
    scope="register",
    example="""
        organisation.yaml:
          exemption_claimed: true
    """,
    near_miss="""
        organisation.yaml:
          exemption_claimed: false
    """,
    points_at="true",
)
def exemption(ctx: Context) -> Iterator[Finding]:
    if ctx.organisation is None or ctx.org.get("exemption_claimed") is not True:
        return
    reasons = []
    employees = ctx.org.get("employees")
    if isinstance(employees, int) and employees >= 250:
        reasons.append(f"{employees} employees")
    sensitive = {
        ident for ident, s in ctx.index["data-category"].items() if s.data.get("special") or s.data.get("criminal")
    }
    if any(d.get("category") in sensitive for a in ctx.activities() for d in dicts(a.data.get("data"))):
        reasons.append("special-category or criminal data are processed")
    if any(True for _ in ctx.activities()):
        reasons.append("the register holds regular processing (customers, staff), which is never occasional")
    yield ctx.at_organisation(["exemption_claimed"], "the Art. 30(5) exemption does not apply: " + "; ".join(reasons))


def _public_health(ctx: Context, activity: Activity) -> bool:
    """Whether a public authority holds health data of people other than its own staff: a GGD's patients, a
    municipality's Wmo clients, a ministry's certificate holders, whom a public body serves in numbers (AP
    list item 7 applies at scale, which a single practice does not reach; a public body's staff records
    are asked of as staff monitoring where they are that)."""
    if not public_body(ctx.org) or not any(c.get("special") == "health" for c in _held(ctx, activity)):
        return False
    subjects = [ctx.name("data-subject", s) for s in as_list(activity.get("data_subjects")) if isinstance(s, str)]
    return not subjects or not all(_STAFF.search(name) for name in subjects)


# staff and applicants: the organisation's own people, whose records are not those of the people it serves
_STAFF = lazy_compile(_EMPLOYEES.pattern + r"|sollicit|applicant", re.I)


@rule(
    "dpia-indicated",
    "risk",
    "warning",
    "AP DPIA list (Stcrt. 2019, 64418)",
    "Camera images, location, communication content, employee monitoring and IoT data need a DPIA when "
    "processed on a large scale or systematically, and so do health data, which a public body holds of the "
    "people it serves in numbers; the register does not say whether that is so.",
    "Record the decision under `dpia:` (`required` with a `reason`, and the DPIA where required).",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P2Y, after: end-of-contract}
            - category: beelden
              retention: {period: P4W}
        data-categories/beelden.yaml:
          id: beelden
          name: Camerabeelden
    """,
    near_miss="""
        activities/klantenservice.yaml:
          data:
            - category: contactgegevens
              retention: {period: P2Y, after: end-of-contract}
            - category: beelden
              retention: {period: P4W}
          dpia: {required: false, reason: Eén camera bij de deur.}
        data-categories/beelden.yaml:
          id: beelden
          name: Camerabeelden
    """,
    points_at="klantenservice",
)
def dpia_indicated(ctx: Context) -> Iterator[Finding]:
    indications = ctx.dpia["indications"]
    names = ctx.dpia["ap_list"]["items"]
    for source in ctx.activities("controller"):
        if isinstance(source.data.get("dpia"), dict) or triggers(ctx, source.data):
            continue  # a decision is recorded, or dpia-missing speaks
        words = " ".join(
            [
                str(d.get("category")) + " " + str(ctx.definition("data-category", d.get("category")).get("name"))
                for d in dicts(source.data.get("data"))
            ]
            + [str(s) for s in as_list(source.data.get("data_subjects"))]
        ).lower()
        found = {int(item) for item, keys in indications.items() if any(k in words for k in keys)}
        if _public_health(ctx, source.data):
            found.add(7)
        items = sorted(found)
        if items:
            listed = ", ".join(f"{i} ({names[str(i)]['en']})" for i in items)
            yield ctx.at(
                source,
                ["id"],
                f"activity `{source.data['id']}` looks like AP list item {listed}; record "
                "whether a DPIA is required (`dpia: {required: ..., reason: ...}`)",
            )
