"""The rules reference, generated from the rules themselves (docs/rules.md and the internal site)."""

from __future__ import annotations

from . import FAMILIES, RULES
from .structural import STRUCTURAL

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
