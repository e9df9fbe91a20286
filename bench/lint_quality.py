"""Precision and recall of `ropa lint` on registers its rules were not written from.

Each folder of bench/corpus/ holds a register modelled from one real privacy statement by someone who
had only ropa's documentation (not its code, rules or examples), and `gaps.yaml`: the statement's
real gaps, listed independently by a privacy officer who saw the statement and the register's
activity ids but not the rules or the findings. Each gap has a topic from a fixed list and the
activities it concerns (or `organisation`).

A finding counts as found for a gap when its rule's topic is the gap's topic and it points at one of
the gap's activities (or at organisation.yaml or a definition, or anywhere for an organisation-wide
gap), counting the places a grouped finding lists. This matching by topic is generous; where
`coverage.yaml` holds a second reviewer's verdict per gap (found, half, missed), the script prints that
judged recall as well, and that is the figure to quote. Findings that match no gap are false alarms
unless `verdicts.yaml` records that reviewer's verdict that they are real gaps the list missed. Per
rule family and per level it prints true positives, false positives and precision; per topic, gaps,
found and recall. Where `fixed.yaml` holds a reviewer's verdict on whether the statement ropa writes from
the register still has each gap the findings did not find (fixed, partly, not-fixed; the right to complain
that ropa always prints, say), it prints how many gaps are found or gone from the written statement,
apart from the findings' own recall.

    python bench/lint_quality.py [--corpus bench/corpus] [--list]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tool"))

from ropa.lint import lint  # noqa: E402
from ropa.rules import RULES  # noqa: E402

TOPICS = [
    "controller-contact",
    "dpo",
    "purposes",
    "legal-basis",
    "consent",
    "legitimate-interest",
    "special-data",
    "retention",
    "recipients",
    "processors",
    "transfers",
    "rights",
    "complaint",
    "automated-decisions",
    "cookies",
    "provision",
    "source",
    "security",
    "dpia",
    "children",
    "data-minimisation",
    "records",
    "other",
]

# The topic of each rule's findings, as a gap list would name it.
RULE_TOPIC = {
    "activity-no-data": "data-minimisation",
    "activity-no-data-subjects": "purposes",
    "activity-no-measures": "security",
    "activity-no-purpose": "purposes",
    "automated-decision-incomplete": "automated-decisions",
    "automated-decision-unlawful": "automated-decisions",
    "automated-decisions-not-stated": "automated-decisions",
    "basis-law-missing": "legal-basis",
    "complaint-authority-unknown": "complaint",
    "controller-body-not-named": "controller-contact",
    "controller-contact-missing": "controller-contact",
    "controller-address-missing": "controller-contact",
    "controller-unknown": "controller-contact",
    "cookie-consent-not-stated": "cookies",
    "declaration-contradicted": "other",
    "dpo-unreachable": "dpo",
    "dpo-contact-shared": "dpo",
    "objection-not-highlighted": "rights",
    "processor-record-incomplete": "records",
    "processor-requests-not-stated": "rights",
    "provision-missing": "provision",
    "purpose-no-basis": "legal-basis",
    "recipient-kind-not-stated": "recipients",
    "recipients-not-stated": "recipients",
    "recipients-denied": "recipients",
    "response-time-too-long": "rights",
    "retention-missing": "retention",
    "retention-permanent-no-ground": "retention",
    "retention-vague": "retention",
    "rights-limitation-no-article": "rights",
    "source-missing": "source",
    "source-unspecified": "source",
    "transfer-no-country": "transfers",
    "transfers-denied": "transfers",
    "transfers-not-stated": "transfers",
    "analytics-without-consent": "cookies",
    "consent-no-withdrawal": "consent",
    "consent-withdrawal-way-missing": "consent",
    "legitimate-interest-no-assessment": "legitimate-interest",
    "legitimate-interest-unstated": "legitimate-interest",
    "marketing-email-basis": ["legal-basis", "consent"],
    "public-authority-legitimate-interest": "legal-basis",
    "tracking-without-consent": "cookies",
    "biometric-identification-basis": "special-data",
    "bsn-no-basis": "special-data",
    "national-number-no-basis": "legal-basis",
    "children-consent-no-parent": "children",
    "criminal-data-no-basis": "special-data",
    "special-category-no-condition": "special-data",
    "transfer-adequacy-without-decision": "transfers",
    "transfer-compelling-no-safeguards": "transfers",
    "transfer-inside-eea": "transfers",
    "transfer-invalid-mechanism": "transfers",
    "transfer-mechanism-other": "transfers",
    "transfer-missing": "transfers",
    "transfer-no-copy": "transfers",
    "transfer-no-mechanism": "transfers",
    "transfer-scc-no-assessment": "transfers",
    "joint-controller-no-arrangement": "processors",
    "joint-controller-no-contact-point": "processors",
    "processor-no-agreement": "processors",
    "dpia-indicated": "dpia",
    "dpia-missing": "dpia",
    "dpia-presumed": "dpia",
    "dpo-missing": "dpo",
    "exemption-not-applicable": "records",
    "applicant-retention-too-long": "retention",
    "camera-retention-too-long": "retention",
    "fiscal-retention-too-short": "retention",
    "medical-retention-too-short": "retention",
    "controller-organ-not-named": "controller-contact",
    "authority-complaint-conditional": ["complaint", "rights"],
    "authority-complaint-link-wrong": "complaint",
    "cookies-not-stated": "cookies",
    "provision-voluntary-but-required": "provision",
    "review-missing": "records",
    "review-overdue": "records",
    "suppression-unused": "records",
    "translation-missing": "other",
    "unused-definition": "records",
}
RULE_TOPIC.update(
    {
        "activity-no-purpose": ["purposes", "legal-basis"],
        "activity-no-data": ["data-minimisation", "retention"],
        "retention-indefinite": "retention",
        "retention-until-asked": "retention",
        "portability-misdescribed": "rights",
        "portability-overbroad": "rights",
        "rights-holders-narrowed": "rights",
        "consent-irrevocable": "consent",
        "controller-legal-entity-unclear": "controller-contact",
        "retention-no-event": "retention",
        "retention-law-no-event": "retention",
        "processor-role-unlikely": ["processors", "recipients"],
        "channel-data-not-listed": ["data-minimisation", "purposes"],
        "public-authority-not-declared": ["legitimate-interest", "dpo", "controller-contact"],
        "retention-fiscal-too-broad": "retention",
        "special-category-section-silent": ["special-data", "children"],
        "children-age-unchecked": "children",
        "rights-text-inapplicable": ["rights", "consent"],
        "recipient-unspecified": "recipients",
        "care-messages-health": "special-data",
        "care-provider-no-health-data": "special-data",
        "certification-not-a-scheme": "other",
        "retention-open-exception": "retention",
        "contract-basis-unfit": "legal-basis",
        "consent-unfit": ["consent", "legal-basis"],
        "basis-consent-and-other": ["legal-basis", "consent"],
        "bases-stacked": ["legal-basis"],
        "consent-to-statement": ["consent"],
        "personal-data-denied": ["other", "data-minimisation"],
        "consent-withdrawal-harder": "consent",
        "transfer-derogation-systematic": "transfers",
        "identification-id-copy": "rights",
        "rights-fee": "rights",
        "dpo-conflict": "dpo",
        "police-request-as-duty": ["recipients", "legal-basis"],
        "social-media-page-joint-control": ["recipients", "processors", "other"],
        "identification-in-person-only": "rights",
        "contact-domain-mismatch": "controller-contact",
        "rights-contact-missing": ["rights", "controller-contact"],
        "rights-text-incomplete": "rights",
        "rights-hedged": "rights",
        "site-host-unrecorded": ["processors", "transfers", "recipients"],
        "cookie-undocumented": "cookies",
        "cookie-unclassified-without-consent": "cookies",
        "cookies-undescribed": "cookies",
        "data-category-open-ended": "data-minimisation",
        "reuse-no-compatibility": "purposes",
        "processors-none": "processors",
        "dpo-not-stated": "dpo",
        "controller-body-not-named": "controller-contact",
        "fiscal-retention-too-long": "retention",
        "processor-own-basis": ["processors", "legal-basis"],
        "processor-end-unclear": ["processors", "retention"],
        "sub-processor-unauthorised": "processors",
        "staff-monitoring-no-works-council": "other",
        "children-data-unneeded": ["children", "data-minimisation"],
        "transfer-bcr-outside-group": "transfers",
        "transfer-scc-version-unclear": "transfers",
        "third-party-own-marketing": ["recipients", "legal-basis"],
        "profiling-contradicted": "automated-decisions",
        "email-tracking-without-consent": ["cookies", "consent"],
        "device-tracking-basis": ["legal-basis", "cookies", "consent"],
        "cookie-refusal-browser-only": ["cookies", "consent"],
        "statement-undated": "other",
        "statement-stale": "other",
        "statement-changes-passive": "other",
        "retention-law-unnamed": "retention",
        "transfer-likely": "transfers",
        "purpose-vague": "purposes",
        "special-category-unmarked": "special-data",
        "gender-no-need": "data-minimisation",
        "birthplace-no-need": "data-minimisation",
        "contact-consumer-mailbox": ["processors", "security", "transfers"],
        "children-not-addressed": "children",
    }
)

# Housekeeping of the register itself (owner, review, unused files) is not a gap of a statement: such
# findings are left out of both counts, as a statement-based gap list cannot contain them.
HOUSEKEEPING = {"review-missing", "review-overdue", "suppression-unused", "unused-definition", "translation-missing"}


def _activity_of(path: str) -> str | None:
    parts = Path(path).parts
    return Path(path).stem if "activities" in parts else None


def _places(problem) -> list[str]:
    return [problem.path] + [p for p, _, _ in problem.related]


def evaluate(folder: Path) -> dict:
    gaps = (yaml.safe_load((folder / "gaps.yaml").read_text(encoding="utf-8")) or {}).get("gaps", [])
    verdicts_file = folder / "verdicts.yaml"
    # a reviewer's verdicts on findings that match no listed gap, by "path:line [rule]"
    judged: dict[str, str] = {}
    if verdicts_file.is_file():
        for v in (yaml.safe_load(verdicts_file.read_text(encoding="utf-8")) or {}).get("findings", []):
            judged[v.get("finding", "")] = v.get("verdict", "")
    result = lint(folder / "register", use_cache=False)
    problems = [p for p in result.problems if p.rule in RULES and p.rule not in HOUSEKEEPING]
    found_gaps: set[str] = set()
    outcome = []
    for p in problems:
        topic = RULE_TOPIC.get(p.rule, "other")
        topics = [topic] if isinstance(topic, str) else list(topic)
        activities = {_activity_of(place) for place in _places(p)}
        matches = []
        for gap in gaps:
            where = gap.get("where", "organisation")
            where = [where] if isinstance(where, str) else list(where)
            if gap.get("topic") not in topics:
                continue
            # a finding on organisation.yaml or a definition concerns every activity
            if "organisation" in where or "any" in where or activities & set(where) or activities == {None}:
                matches.append(gap["id"])
        found_gaps.update(matches)
        key = f"{Path(p.path).resolve().relative_to((folder / 'register').resolve()).as_posix()}:{p.line} [{p.rule}]"
        # a reviewer's verdict on the finding decides; without one, matching a listed gap does
        ok = judged[key] == "true-gap" if key in judged else bool(matches)
        outcome.append((p, topics[0], ok, matches, key, judged.get(key)))
    coverage_file = folder / "coverage.yaml"
    coverage = {}
    if coverage_file.is_file():  # a reviewer's judgement of which gaps the findings catch, where there is one
        coverage = {
            g["id"]: g.get("coverage")
            for g in (yaml.safe_load(coverage_file.read_text(encoding="utf-8")) or {}).get("gaps", [])
        }
    fixed_file = folder / "fixed.yaml"
    fixed = {}
    if fixed_file.is_file():  # a reviewer's judgement of whether the statement ropa writes still has a gap
        fixed = {
            g["id"]: g.get("fixed")
            for g in (yaml.safe_load(fixed_file.read_text(encoding="utf-8")) or {}).get("gaps", [])
        }
    return {"gaps": gaps, "found": found_gaps, "findings": outcome, "coverage": coverage, "fixed": fixed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus")
    parser.add_argument("--list", action="store_true", help="also list every false alarm and every missed gap")
    parser.add_argument(
        "--unjudged",
        type=Path,
        help="write the findings that match no gap and have no verdict "
        "yet, one file per corpus folder, into this folder (for a reviewer)",
    )
    args = parser.parse_args()
    folders = sorted(f for f in args.corpus.iterdir() if (f / "gaps.yaml").is_file() and (f / "register").is_dir())
    if not folders:
        print(f"no corpus folders with register/ and gaps.yaml under {args.corpus}", file=sys.stderr)
        return 2
    by_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_level: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_topic: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    details = []
    unjudged: dict[str, list[str]] = {}
    judged: dict[str, int] = collections.Counter()
    judged_total, judged_folders = 0, []
    written: dict[str, int] = collections.Counter()  # judged coverage, or what the statement ropa writes fixes
    for folder in folders:
        outcome = evaluate(folder)
        if outcome["coverage"]:
            judged_folders.append(folder.name)
            for gap in outcome["gaps"]:
                judged[outcome["coverage"].get(gap["id"], "missed")] += 1
                judged_total += 1
                if outcome["fixed"]:
                    covered, fixed = outcome["coverage"].get(gap["id"]), outcome["fixed"].get(gap["id"])
                    written["gaps"] += 1
                    if covered == "found" or fixed == "fixed":
                        written["found" if covered == "found" else "fixed"] += 1
                    elif covered == "half" or fixed == "partly":
                        written["some"] += 1
        for p, _topic, ok, _, key, verdict in outcome["findings"]:
            by_family[RULES[p.rule].family][0 if ok else 1] += 1
            by_level["error + warning" if p.level in ("error", "warning") else "info"][0 if ok else 1] += 1
            if not ok:
                unjudged.setdefault(folder.name, []).append(f"{key} {p.message}") if verdict is None else None
                details.append(
                    f"  false alarm  {folder.name}: {key} {p.message[:110]}" + ("" if verdict else "  (no verdict yet)")
                )
        for gap in outcome["gaps"]:
            hit = gap["id"] in outcome["found"]
            by_topic[gap.get("topic", "other")][0] += 1
            by_topic[gap.get("topic", "other")][1] += hit
            if not hit:
                details.append(
                    f"  missed       {folder.name}: {gap['id']} [{gap.get('topic')}] {str(gap.get('gap'))[:110]}"
                )
    print(f"corpus: {', '.join(f.name for f in folders)}\n")
    print(f"{'family':<14}{'true pos':>10}{'false pos':>11}{'precision':>11}")
    tp = fp = 0
    for family in sorted(by_family):
        t, f = by_family[family]
        tp, fp = tp + t, fp + f
        print(f"{family:<14}{t:>10}{f:>11}{t / (t + f):>11.0%}")
    print(f"{'all':<14}{tp:>10}{fp:>11}{(tp / (tp + fp) if tp + fp else 0):>11.0%}\n")
    print(f"{'level':<16}{'true pos':>8}{'false pos':>11}{'precision':>11}")
    for level in ("error + warning", "info"):
        t, f = by_level[level]
        print(f"{level:<16}{t:>8}{f:>11}{(t / (t + f) if t + f else 0):>11.0%}")
    print()
    print(f"{'gap topic':<22}{'gaps':>6}{'found':>7}{'recall':>8}")
    gaps = found = 0
    for topic in sorted(by_topic, key=TOPICS.index if all(t in TOPICS for t in by_topic) else str):
        g, h = by_topic[topic]
        gaps, found = gaps + g, found + h
        print(f"{topic:<22}{g:>6}{h:>7}{h / g:>8.0%}")
    print(f"{'all':<22}{gaps:>6}{found:>7}{(found / gaps if gaps else 0):>8.0%}")
    if judged_total:
        print(
            f"\njudged coverage (a reviewer's verdict per gap, {judged_total} gaps in {len(judged_folders)} statements):"
        )
        print(
            f"  found {judged['found']}, half-found {judged['half']}, missed {judged['missed']}: "
            f"recall {judged['found'] / judged_total:.0%} (found), {(judged['found'] + judged['half']) / judged_total:.0%} "
            "(found or half)"
        )
    if written["gaps"]:
        n = written["gaps"]
        print(
            f"\nthe statement ropa writes from the register (a reviewer's verdict on each gap the findings did not "
            f"find, {n} gaps):\n  found {written['found']}, not found but gone from the written statement "
            f"{written['fixed']}, half-found or partly gone {written['some']}: "
            f"{(written['found'] + written['fixed']) / n:.0%} found or gone, "
            f"{(written['found'] + written['fixed'] + written['some']) / n:.0%} with the half ones"
        )
    if args.list:
        print()
        print("\n".join(details))
    if args.unjudged:
        args.unjudged.mkdir(parents=True, exist_ok=True)
        for name, lines in unjudged.items():
            (args.unjudged / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
