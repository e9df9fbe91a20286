"""How often two privacy officers agree on the same findings and gaps: the ceiling that lint_quality's
precision and recall are read against.

Where a hold-out folder holds a second judge's files beside the first (`verdicts-second.yaml`,
`coverage-second.yaml`), both written blind to each other from the same statement, register, gap list and
findings, this prints per folder and in total:

- findings: how many both judged, how often they agree, Cohen's kappa, and the precision each judge's
  verdicts give (at every level, and at error and warning level by the rule's level as it is now);
- gaps: how often they give the same coverage (found, half, missed), and the recall (found, and found or
  half) each judge's coverage gives.

    python bench/judge_agreement.py [--corpus bench/holdout36 ...]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tool"))

from ropa.rules import RULES  # noqa: E402

LEVEL = {rule_id: rule.level for rule_id, rule in RULES.items()}


def _verdicts(path: Path) -> dict[str, bool]:
    """Each finding's key and whether the judge holds it a true gap."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(f["finding"]): f.get("verdict") == "true-gap" for f in data.get("findings") or []}


def _coverage(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(g["id"]): str(g.get("coverage")) for g in data.get("gaps") or []}


def _rule(key: str) -> str:
    return key.rsplit("[", 1)[-1].rstrip("]") if "[" in key else ""


def _kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = first * second + (1 - first) * (1 - second)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def measure(folder: Path) -> dict | None:
    first, second = folder / "verdicts.yaml", folder / "verdicts-second.yaml"
    if not (first.is_file() and second.is_file()):
        return None
    a, b = _verdicts(first), _verdicts(second)
    keys = [k for k in a if k in b]
    pairs = [(a[k], b[k]) for k in keys]
    loud = [(a[k], b[k]) for k in keys if LEVEL.get(_rule(k)) in ("error", "warning")]
    result = {
        "folder": folder,
        "pairs": pairs,
        "loud": loud,
        "unmatched": sorted(set(a) ^ set(b)),
        "disagreements": [(k, a[k], b[k]) for k in keys if a[k] != b[k]],
        "gaps": [],
    }
    ca, cb = folder / "coverage.yaml", folder / "coverage-second.yaml"
    if ca.is_file() and cb.is_file():
        x, y = _coverage(ca), _coverage(cb)
        result["gaps"] = [(x[g], y[g]) for g in x if g in y]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", type=Path, help="hold-out folders (default: every bench/holdout*)")
    parser.add_argument("--list", action="store_true", help="list each finding the judges disagree on")
    args = parser.parse_args()
    corpora = args.corpus or sorted(ROOT.glob("bench/holdout*"))
    results = [r for c in corpora for d in sorted(p for p in c.iterdir() if p.is_dir()) if (r := measure(d))]
    if not results:
        print("no folder holds a second judge's verdicts (verdicts-second.yaml)")
        return 1
    print(
        f"{'folder':<34} {'both':>5}{'agree':>7}{'kappa':>7}{'prec 1':>8}{'prec 2':>8}{'e+w 1':>7}{'e+w 2':>7}"
        f"{'gaps':>6}{'same':>6}{'found 1':>9}{'found 2':>9}"
    )
    total: dict[str, list] = collections.defaultdict(list)
    for r in results:
        total["pairs"] += r["pairs"]
        total["loud"] += r["loud"]
        total["gaps"] += r["gaps"]
        _row(str(r["folder"].relative_to(ROOT) if r["folder"].is_relative_to(ROOT) else r["folder"]), r)
    print()
    _row("all", total)
    gaps = total["gaps"]
    if gaps:
        either = lambda i: sum(g[i] in ("found", "half") for g in gaps)  # noqa: E731
        print(
            f"\ngaps found or half-found: judge 1 {_pct(either(0), len(gaps))}, judge 2 {_pct(either(1), len(gaps))}; "
            f"coverage the same on {_pct(sum(x == y for x, y in gaps), len(gaps))} of {len(gaps)} gaps, "
            f"found by one and missed by the other on {sum({x, y} == {'found', 'missed'} for x, y in gaps)}"
        )
    for r in results:
        for key in r["unmatched"]:
            print(f"not judged by both: {r['folder'].name}: {key}")
        if args.list:
            for key, one, two in r["disagreements"]:
                print(
                    f"{r['folder'].name}: {key}: judge 1 {'true' if one else 'false'}, "
                    f"judge 2 {'true' if two else 'false'}"
                )
    return 0


def _row(name: str, r: dict) -> None:
    pairs, loud, gaps = r["pairs"], r["loud"], r["gaps"]
    kappa = _kappa(pairs)
    print(
        f"{name:<34} {len(pairs):>5}{_pct(sum(a == b for a, b in pairs), len(pairs)):>7}"
        f"{(f'{kappa:.2f}' if kappa is not None else '-'):>7}"
        f"{_pct(sum(a for a, _ in pairs), len(pairs)):>8}{_pct(sum(b for _, b in pairs), len(pairs)):>8}"
        f"{_pct(sum(a for a, _ in loud), len(loud)):>7}{_pct(sum(b for _, b in loud), len(loud)):>7}"
        f"{len(gaps):>6}{_pct(sum(x == y for x, y in gaps), len(gaps)):>6}"
        f"{_pct(sum(x == 'found' for x, _ in gaps), len(gaps)):>9}{_pct(sum(y == 'found' for _, y in gaps), len(gaps)):>9}"
    )


if __name__ == "__main__":
    sys.exit(main())
