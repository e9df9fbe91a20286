"""Time `ropa lint` as a whole process on generated registers and print a table.

For each size: a cold run (empty cache), a warm run (nothing changed since), the peak memory of the
cold run, and, side by side in the same run, check-jsonschema validating the same activity files
against the same schema (which does less: no cross-links, no other kinds of file).

    python bench/lint_bench.py                 # 200, 1,000 and 10,000 activities
    python bench/lint_bench.py 1000 --repeat 5 --no-check-jsonschema

Targets (issue 2), on a 2-core machine: 1,000 activities cold <= 1.5 s, warm <= 0.5 s; 10,000 cold
<= 15 s with peak memory < 1 GB; cold ropa at least 8x faster than check-jsonschema. Issue 4: the
GDPR rule pack adds at most 30 % (the `rules +` columns compare with `--select structure`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tree_rss(pid: int) -> int:
    """Resident KiB of a process and all its descendants (ropa parses on two processes), from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB (the whole process tree, sampled) and exit code of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        finished, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if finished:
            break
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0,):
        raise SystemExit(f"{' '.join(cmd[:3])} ... exited {proc.returncode}: {stderr[-500:]}")
    return elapsed, max(peak, usage.ru_maxrss) / 1024, proc.returncode


def bench(size: int, repeat: int, compare: bool, work: Path) -> dict:
    register = generate(size, work / f"register-{size}")
    ropa = [str(BIN / "ropa"), "lint", str(register), "--quiet"]
    colds, warms, peaks = [], [], []
    for i in range(repeat):
        cache = work / f"cache-{size}-{i}"
        env = {**os.environ, "ROPA_CACHE_DIR": str(cache)}
        cold, peak, _ = run(ropa, env)
        warm, _, _ = run(ropa, env)
        colds.append(cold)
        warms.append(warm)
        peaks.append(peak)
    row = {"size": size, "cold": statistics.median(colds), "warm": statistics.median(warms), "peak": max(peaks)}
    # The same runs without the GDPR rule pack, to show what the rules add (issue 4: at most 30 %).
    bare_colds, bare_warms = [], []
    for i in range(repeat):
        env = {**os.environ, "ROPA_CACHE_DIR": str(work / f"cache-bare-{size}-{i}")}
        bare_colds.append(run(ropa + ["--select", "structure"], env)[0])
        bare_warms.append(run(ropa + ["--select", "structure"], env)[0])
    row["rules_cold"] = row["cold"] / statistics.median(bare_colds) - 1
    row["rules_warm"] = row["warm"] / statistics.median(bare_warms) - 1
    if compare:
        checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
        if checker is None:
            row["cjs"] = None
        else:
            files = sorted(str(p) for p in (register / "activities").glob("*.yaml"))
            row["cjs"], _, _ = run(
                [checker, "--schemafile", str(ROOT / "schema" / "activity.schema.json"), *files], dict(os.environ)
            )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is shown")
    parser.add_argument("--no-check-jsonschema", action="store_true", help="skip the side-by-side comparison")
    parser.add_argument(
        "--compare-up-to",
        type=int,
        default=1000,
        help="run check-jsonschema only up to this size (it takes minutes at 10,000)",
    )
    args = parser.parse_args()
    print(
        f"ropa lint, whole process; median of {args.repeat} runs; {os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    print(
        f"{'activities':>10} {'files':>6} {'cold s':>8} {'warm s':>8} {'peak MiB':>9} {'check-jsonschema s':>19} "
        f"{'speed-up':>9} {'rules +cold':>12} {'rules +warm':>12}"
    )
    with tempfile.TemporaryDirectory(prefix="ropa-bench-") as tmp:
        for size in args.sizes:
            compare = not args.no_check_jsonschema and size <= args.compare_up_to
            row = bench(size, args.repeat, compare, Path(tmp))
            files = sum(1 for _ in Path(tmp, f"register-{size}").rglob("*.yaml"))
            cjs = row.get("cjs")
            cjs_text = f"{cjs:19.2f}" if cjs else f"{'-':>19}"
            ratio = f"{cjs / row['cold']:8.1f}x" if cjs else f"{'-':>9}"
            print(
                f"{size:>10,} {files:>6} {row['cold']:8.2f} {row['warm']:8.2f} {row['peak']:9.0f} {cjs_text} {ratio} "
                f"{100 * row['rules_cold']:11.0f}% {100 * row['rules_warm']:11.0f}%"
            )


if __name__ == "__main__":
    main()
