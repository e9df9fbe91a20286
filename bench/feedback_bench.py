"""How fast ropa answers in ordinary use (issue 15): time each operation as a whole process on
generated registers and print a table.

Per size, on a register made by `generate.py` inside a git repository of its own:

- `ropa serve`: a one-line edit of an activity (its name) until the served statement shows it, and
  until the internal register's page of that activity shows it (sizes up to --build-max only); the
  bench asks for the build's number as the preview's pages do and loads a page when it changes;
- `ropa build` again with nothing changed (sizes up to --build-max only); before these two, 14 more
  commits give the repository a history of 16 for the internal register's change log;
- `ropa lint` warm; warm after editing one file; warm from two working directories in turn; right
  after `ropa export`;
- `ropa export` in each format; `ropa import` of the CSV and XLSX export; `ropa diff HEAD~1 HEAD`.

    python bench/feedback_bench.py                  # 1,000 and 10,000 activities
    python bench/feedback_bench.py 1000 --repeat 3
    python bench/feedback_bench.py 1000 --serve-only   # `ropa serve` alone, on the same register

Targets (issue 15), on this 2-core machine: the statement shows an edit within 2 s at 1,000
activities (the internal register within 5 s); a rebuild with nothing changed at 1,000 in under 5 s;
warm lint of 10,000 at most 1 s, and at most 1.5 s after editing one file; export and diff of 10,000
at most 3 s; cold lint 10,000 in at most 6 s. Figures are medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

BIN = Path(sys.executable).parent
ROPA = str(BIN / "ropa")


def run(*args: str, cwd: Path, check: bool = True) -> float:
    began = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - began
    if check and done.returncode not in (0, 1):  # lint exits 1 on findings
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return took


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", *args],
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def rename(path: Path, new: str) -> None:
    """Change the activity's Dutch name: a one-line edit."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^(\s+nl: ).*$", lambda m: m.group(1) + new, text, count=1), encoding="utf-8")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_times(register: Path, work: Path, repeat: int) -> tuple[float, float]:
    """Seconds from saving an edit to the statement, and to the internal page, showing it."""
    port = free_port()
    server = subprocess.Popen(
        [ROPA, "serve", str(register), "--port", str(port)],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 900
        while time.time() < deadline and "__ropa__" not in fetch(f"{base}/public/index.html"):
            time.sleep(0.5)
        activity = sorted((register / "activities").glob("*.yaml"))[0]
        public, internal = [], []
        for i in range(repeat):
            marker = f"Bewerkt{i}x{int(time.time())}"
            began = time.perf_counter()
            rename(activity, marker)
            seen_public = seen_internal = None
            # as the preview's pages do: ask for the build's number, and load a page when it changes
            # (fetching the 2.7 MB statement twenty times a second would compete with the build)
            version = fetch(f"{base}/__ropa__/version")
            while (seen_public is None or seen_internal is None) and time.perf_counter() - began < 600:
                now = fetch(f"{base}/__ropa__/version")
                if now != version:
                    version = now
                    if seen_public is None and marker in fetch(f"{base}/public/index.html"):
                        seen_public = time.perf_counter() - began
                    if seen_internal is None and marker in fetch(f"{base}/internal/activities/{activity.stem}.html"):
                        seen_internal = time.perf_counter() - began
                time.sleep(0.05)
            public.append(seen_public or float("nan"))
            internal.append(seen_internal or float("nan"))
            time.sleep(1.5)  # let the server's last rebuild finish before the next edit
        return statistics.median(public), statistics.median(internal)
    finally:
        server.terminate()
        server.wait(30)


def measure(size: int, repeat: int, build_max: int, serve_only: bool = False) -> list[tuple[str, str, float]]:
    rows: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory(prefix="ropa-feedback-") as tmp:
        root = Path(tmp)
        repo, other = root / "repo", root / "elsewhere"
        register = repo / "register"
        other.mkdir()
        generate(size, register)
        git("init", "-q", cwd=repo)
        git("add", "-A", cwd=repo)
        git("commit", "-q", "-m", "register", cwd=repo)
        activity = sorted((register / "activities").glob("*.yaml"))[1]

        def median(*args: str, before=None, cwd: Path = repo) -> float:
            times = []
            for _ in range(repeat):
                if before:
                    before()
                times.append(run(*args, cwd=cwd))
            return statistics.median(times)

        if serve_only:
            # the same history as a whole run: lint's edits of one activity, committed once
            rename(activity, "Naam 0")
            git("commit", "-q", "-am", "one edit", cwd=repo)
        else:
            # a median like the rest: one run right after writing and committing the register varied by 2 s
            rows.append(("ropa lint, cold", "", median(ROPA, "lint", "register", "--no-cache")))
            run(ROPA, "lint", "register", cwd=repo)
            rows.append(("ropa lint, warm", "", median(ROPA, "lint", "register")))
            counter = iter(range(10**6))
            rows.append(
                (
                    "ropa lint, warm after editing one file",
                    "",
                    median(ROPA, "lint", "register", before=lambda: rename(activity, f"Naam {next(counter)}")),
                )
            )
            turns = []
            for _ in range(repeat):
                turns.append(run(ROPA, "lint", str(register), cwd=other))
                turns.append(run(ROPA, "lint", "register", cwd=repo))
            rows.append(("ropa lint, warm, two working directories in turn", "", statistics.median(turns)))
            rows.append(
                (
                    "ropa lint, right after ropa export",
                    "",
                    median(
                        ROPA,
                        "lint",
                        "register",
                        before=lambda: run(
                            ROPA, "export", "register", "--format", "json", "--out", str(root / "x.json"), cwd=repo
                        ),
                    ),
                )
            )
            for fmt in ("csv", "json", "xlsx", "jsonld"):
                rows.append(
                    (
                        f"ropa export {fmt}",
                        "",
                        median(ROPA, "export", "register", "--format", fmt, "--out", str(root / f"register.{fmt}")),
                    )
                )
            for fmt in ("csv", "xlsx"):
                target = root / f"imported-{fmt}"
                times = []
                for _ in range(repeat):
                    shutil.rmtree(target, ignore_errors=True)
                    times.append(run(ROPA, "import", str(root / f"register.{fmt}"), "--out", str(target), cwd=repo))
                rows.append((f"ropa import {fmt}", "", statistics.median(times)))
            git("commit", "-q", "-am", "one edit", cwd=repo)
            rows.append(("ropa diff HEAD~1 HEAD", "", median(ROPA, "diff", "HEAD~1", "HEAD", "--register", "register")))
        if size <= build_max:
            # a register with a history, as users have one: the internal register's change log tells the
            # last 15 commits (each a one-line edit of its own activity here)
            for i, path in enumerate(sorted((register / "activities").glob("*.yaml"))[2:16]):
                rename(path, f"Historie {i}")
                git("commit", "-q", "-am", f"history {i}", cwd=repo)
            out = root / "site"
            if not serve_only:
                run(ROPA, "build", "register", "--out", str(out), cwd=repo)
                rows.append(
                    ("ropa build again, nothing changed", "", median(ROPA, "build", "register", "--out", str(out)))
                )
            public, internal = serve_times(register, repo, repeat)
            rows.append(("ropa serve: edit -> visible in the statement", "", public))
            rows.append(("ropa serve: edit -> visible in the internal register", "", internal))
    return rows


def bytecode() -> None:
    """Time ropa as pip installs it: with its modules' bytecode written. A shell that forbids writing
    bytecode (PYTHONDONTWRITEBYTECODE) would make every timed process compile ropa's code again; an
    editable checkout gets its bytecode here, once, before anything is timed."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    import importlib.util

    spec = importlib.util.find_spec("ropa")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=False, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build-max", type=int, default=1000, help="largest size to build and serve")
    parser.add_argument("--serve-only", action="store_true", help="measure `ropa serve` alone")
    args = parser.parse_args()
    bytecode()
    results = {size: measure(size, args.repeat, args.build_max, args.serve_only) for size in args.sizes}
    names = list(dict.fromkeys(name for rows in results.values() for name, _, _ in rows))
    print(f"ropa, whole processes; medians of {args.repeat}; {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(f"{'operation':<54}" + "".join(f"{size:>12,}" for size in args.sizes))
    for name in names:
        cells = []
        for size in args.sizes:
            value = next((v for n, _, v in results[size] if n == name), None)
            cells.append(f"{value:>11.2f}s" if value is not None else f"{'–':>12}")
        print(f"{name:<54}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
