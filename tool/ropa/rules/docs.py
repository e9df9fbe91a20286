"""The rules reference, generated from the rules themselves (docs/rules.md and the internal site)."""

from __future__ import annotations

from ..structural import STRUCTURAL
from . import FAMILIES, RULES, Rule, in_order
from .examples import CHECKED_ON, dedented, sections

FAMILY_TITLES = {
    "completeness": "Completeness of the record (Art. 30) and the statement (Art. 13/14)",
    "bases": "Legal bases, consent, marketing and cookies",
    "sensitive": "Special categories, biometrics, criminal data, BSN, children",
    "transfers": "Transfers outside the EEA",
    "parties": "Processors and joint controllers",
    "risk": "DPIA, DPO and the small-organisation exemption",
    "norms": "Dutch retention norms",
    "housekeeping": "Housekeeping",
}


def markdown() -> str:
    lines = [
        "# Lint rules",
        "",
        "Generated from the rules in `tool/ropa/rules/` by `ropa rules --format markdown`; do not edit by hand.",
        "",
        "Every finding points at the YAML node it is about. Select or ignore rules by id or family with "
        "`ropa lint --select` / `--ignore` (shell wildcards allowed). Suppress a finding for one item with a "
        "written justification in that item's file:",
        "",
        "```yaml",
        "suppress:",
        "  - rule: retention-vague",
        "    reason: De bewaartermijn volgt uit het contract met de klant; zie VO-2024-003.",
        "```",
        "",
        "Findings of these rules never block `ropa build`; they appear on the internal site's status page, "
        "suppressed ones with their justification.",
        "",
        "Each rule shows an example that it finds something in and a near miss that it stays quiet about: "
        "changes to a small register that lints clean (`ropa/data/rule-examples/base`: one activity, "
        "`klantenservice`, of `Testbedrijf B.V.`). Under each file's name, the keys shown replace that file's "
        "keys and `null` removes a key; a file the register does not have is shown whole. The tests lint "
        "every example as of "
        f"{CHECKED_ON.isoformat()}.",
        "",
    ]
    for family in FAMILIES:
        lines += [f"## {FAMILY_TITLES[family]} (`{family}`)", ""]
        for rule in sorted((r for r in RULES.values() if r.family == family), key=lambda r: r.id):
            lines += [
                f"### `{rule.id}`",
                "",
                f"- **Level:** {rule.level}",
                f"- **Source:** {rule.source}",
                f"- **Why:** {rule.rationale}",
                f"- **Fix:** {rule.fix}",
                "",
                *_examples(rule),
            ]
    lines += [
        "## Structure (`structure`)",
        "",
        "Checks of the files themselves. Their errors block `ropa build`.",
        "",
        "| id | what it finds |",
        "|---|---|",
    ]
    lines += [f"| `{rule_id}` | {text} |" for rule_id, text in STRUCTURAL.items()]
    return "\n".join(lines) + "\n"


def listing() -> list[dict]:
    """The rules as `ropa rules --format json` gives them, in order: what the table and docs/rules.md say
    of each, its example and near miss as YAML text without the declaration's indentation (the files
    they change in the base register, see :mod:`ropa.rules.examples`), and the text that the example's
    finding points at (null where the rule does not say)."""
    return [
        {
            **{k: getattr(r, k) for k in ("id", "family", "level", "source", "rationale", "fix")},
            "example": dedented(r.example),
            "near_miss": dedented(r.near_miss),
            "points_at": r.points_at,
        }
        for r in in_order()
    ]


def _examples(rule: Rule) -> list[str]:
    found = (
        f"**Example (found)**, the finding points at `{rule.points_at}`:" if rule.points_at else "**Example (found):**"
    )
    return [found, "", *_yaml(rule.example), "", "**Near miss (not found):**", "", *_yaml(rule.near_miss), ""]


def _yaml(example: str) -> list[str]:
    """An example as one YAML block: each file's part under a comment with the file's name."""
    parts = []
    for name, text in sections(example):
        parts.append(f"# {name}: removed" if text is None else f"# {name}\n{text.rstrip()}")
    return ["```yaml", "\n\n".join(parts), "```"]
