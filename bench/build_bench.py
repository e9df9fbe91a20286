"""Time `ropa build` (both sites) as a whole process on generated registers and print a table.

For each size: the whole process, ropa's own share (lint, Markdown generation, exports) and
mkdocs' share, as reported by `ropa build`, and the peak memory.

    python bench/build_bench.py              # 200 and 1,000 activities
    python bench/build_bench.py 1000 --repeat 3

Targets (issue 3), on a 2-core machine: 1,000 activities build both sites in at most 60 s, and
ropa's own share is at most 15 % of the build.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

BIN = Path(sys.executable).parent


def run(register: Path, out: Path, cache: Path) -> tuple[float, float, float, float, int]:
    env = {**os.environ, "ROPA_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(BIN / "ropa"), "build", str(register), "--out", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ropa build failed: {stderr[-800:]}")
    match = re.search(r"built (\d+) pages .*\(ropa ([\d.]+) s, mkdocs ([\d.]+) s\)", stderr)
    if not match:
        raise SystemExit(f"unexpected output: {stderr}")
    pages, own, mkdocs = int(match.group(1)), float(match.group(2)), float(match.group(3))
    return wall, own, mkdocs, usage.ru_maxrss / 1024, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 1000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the median is shown")
    args = parser.parse_args()
    print(
        f"ropa build (both sites), whole process, cold lint cache; median of {args.repeat}; "
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    print(
        f"{'activities':>10} {'pages':>6} {'total s':>8} {'ropa s':>7} {'mkdocs s':>9} {'ropa %':>7} {'ms/page':>8} {'peak MiB':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="ropa-build-bench-") as tmp:
        for size in args.sizes:
            register = generate(size, Path(tmp) / f"register-{size}")
            runs = [
                run(register, Path(tmp) / f"site-{size}-{i}", Path(tmp) / f"cache-{size}-{i}")
                for i in range(args.repeat)
            ]
            wall = statistics.median(r[0] for r in runs)
            own = statistics.median(r[1] for r in runs)
            mkdocs = statistics.median(r[2] for r in runs)
            peak = max(r[3] for r in runs)
            pages = runs[0][4]
            print(
                f"{size:>10,} {pages:>6} {wall:8.1f} {own:7.1f} {mkdocs:9.1f} {100 * own / wall:6.1f}% "
                f"{1000 * mkdocs / pages:8.1f} {peak:9.0f}"
            )


if __name__ == "__main__":
    main()
