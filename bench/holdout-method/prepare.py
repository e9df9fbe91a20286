"""Prepare a hold-out's working folder, fill in its briefs, and keep what it made: the steps of this folder's
README that are the same every time.

    python bench/holdout-method/prepare.py freeze NN [--commit C] [--work DIR] [--frozen VENV]
    python bench/holdout-method/prepare.py brief NN KIND X [--sector S] [--date D]  # KIND: model gaps judge1 judge2 fixed
    python bench/holdout-method/prepare.py notfound NN X    # gaps the first judge did not mark found
    python bench/holdout-method/prepare.py keep NN X NAME   # copy into bench/holdoutNN/NAME
    python bench/holdout-method/prepare.py later RULE WORK --rule-text TEXT --after NN  # step 8: the findings to judge

`freeze` builds the wheel of the commit into its own environment (FROZEN), copies the documentation and schemas
the modellers read, the two scripts they may run and the list of sources earlier hold-outs used, and writes
WORK/lintbuild.sh X, which lints and builds DIR (step 3). WORK is /tmp/hNN and FROZEN /tmp/hNN/frozen unless told."""

from __future__ import annotations

import argparse
import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KEPT = (
    "README.md",
    "gaps.yaml",
    "verdicts.yaml",
    "verdicts-second.yaml",
    "coverage.yaml",
    "coverage-second.yaml",
    "fixed.yaml",
)


def _work(args: argparse.Namespace) -> Path:
    return Path(args.work or f"/tmp/h{args.nn}")


def freeze(args: argparse.Namespace) -> None:
    work = _work(args)
    frozen = Path(args.frozen or work / "frozen")
    commit = subprocess.run(
        ["git", "rev-parse", args.commit], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    src = work / "src"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    if (frozen / "commit.txt").is_file() and (frozen / "commit.txt").read_text().strip() == commit:
        print(f"{frozen} already holds {commit[:8]}")
    else:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(frozen)], check=True)
        subprocess.run([str(frozen / "bin/pip"), "install", "-q", str(src)], check=True)
        (frozen / "commit.txt").write_text(commit + "\n")
    docs = work / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    (docs / "schema").mkdir(parents=True)
    for name in ("model.md", "rules.md"):
        shutil.copy(src / "docs" / name, docs / name)
    for schema in sorted((src / "schema").glob("*.json")):
        shutil.copy(schema, docs / "schema" / schema.name)
    for name in ("validate.py", "totext.py"):
        shutil.copy(src / "bench/holdout-method" / name, work / name)
    used = subprocess.run(
        [sys.executable, str(HERE / "used_sources.py")], check=True, capture_output=True, text=True
    ).stdout
    (work / "used-sources.txt").write_text(used)
    (work / "lintbuild.sh").write_text(
        "#!/bin/sh\n# lint and build WORK/X with the frozen rules (step 3)\nset -e\n"
        f'd="{work}/$1"\ncd "$d/register"\n'
        f'"{frozen}/bin/ropa" lint . --format text -q > "$d/findings.txt" || true\n'
        f'"{frozen}/bin/ropa" build . --publish-with-errors --out "$d/site" > "$d/build.log" 2>&1\n'
        f'"{frozen}/bin/python" "{work}/totext.py" "$d/site/public/index.html" > "$d/written.md"\n'
        'wc -l "$d/findings.txt"\n'
    )
    (work / "lintbuild.sh").chmod(0o755)
    (work / "frozen.txt").write_text(f"{frozen}\n")
    (work / "commit.txt").write_text(commit + "\n")
    shutil.rmtree(src)
    print(f"WORK {work}  FROZEN {frozen}  commit {commit[:8]}")


def brief(args: argparse.Namespace) -> None:
    work = _work(args)
    kind = args.kind
    name = {"judge1": "judge", "judge2": "judge"}.get(kind, kind)
    text = (HERE / f"{name}-brief.md").read_text()
    if kind == "model":
        text += "\n" + (HERE / "model-notes.md").read_text()
    frozen = (work / "frozen.txt").read_text().strip()
    date = args.date or datetime.date.today().isoformat()
    directory = work / args.x
    second = kind == "judge2"
    fill = {
        "OUTDIR": str(directory),
        "VERDICTS": "verdicts-second.yaml" if second else "verdicts.yaml",
        "COVERAGE": "coverage-second.yaml" if second else "coverage.yaml",
        "JUDGE": ", second judge" if second else "",
        "SECTOR": args.sector or "",
        "FROZEN": frozen,
        "WORK": str(work),
        "DIR": str(directory),
        "DATE": date,
        "NN": args.nn,
    }
    for word, value in fill.items():
        text = text.replace(word, value)
    print(text)


def notfound(args: argparse.Namespace) -> None:
    directory = _work(args) / args.x
    coverage = yaml.safe_load((directory / "coverage.yaml").read_text())
    ids = [g["id"] for g in coverage["gaps"] if g.get("coverage") != "found"]
    (directory / "notfound.txt").write_text("\n".join(ids) + "\n")
    print(f"{len(ids)} gaps not found")


def keep(args: argparse.Namespace) -> None:
    directory = _work(args) / args.x
    target = ROOT / "bench" / f"holdout{args.nn}" / args.name
    target.mkdir(parents=True, exist_ok=True)
    if (target / "register").exists():
        shutil.rmtree(target / "register")
    shutil.copytree(directory / "register", target / "register")
    for name in KEPT:
        if (directory / name).is_file():
            shutil.copy(directory / name, target / name)
        else:
            print(f"missing: {directory / name}")
    print(f"kept in {target.relative_to(ROOT)}; replace mentions of {directory} in its README by hand")


def later(args: argparse.Namespace) -> None:
    """Step 8: every finding of RULE (this checkout's rules) on every register of the corpora, with each register's
    README and gaps, in WORK/later/, and the judge's brief filled in as WORK/later-brief.md."""
    import glob

    from ropa.lint import lint

    work = Path(args.work)
    out = work / "later"
    if out.exists():
        shutil.rmtree(out)
    (out / "regs").mkdir(parents=True)
    lines = []
    folders = sorted(
        glob.glob(str(ROOT / "bench/holdout*/*/register")) + glob.glob(str(ROOT / "bench/corpus/*/register"))
    )
    for register in map(Path, folders):
        problems = [p for p in lint(register, use_cache=False, select=[args.rule]).problems if p.rule == args.rule]
        if not problems:
            continue
        name = f"{register.parent.parent.name}/{register.parent.name}"
        regs = out / "regs" / name.replace("/", "-")
        shutil.copytree(register, regs / "register")
        for kept in ("README.md", "gaps.yaml"):
            if (register.parent / kept).is_file():
                shutil.copy(register.parent / kept, regs / kept)
        for p in problems:
            shown = (Path.cwd() / p.path).resolve().relative_to(register.resolve())
            lines.append(f"{name}: {shown}:{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}")
    (out / "findings.txt").write_text("\n".join(lines) + "\n")
    text = (HERE / "later-brief.md").read_text()
    text = text.replace(
        "N findings on M registers",
        f"{len(lines)} findings on {len(set(line.split(':')[0] for line in lines))} registers",
    )
    text = re.sub(r"^RULE:.*$", lambda _: f"RULE: {args.rule_text}", text, flags=re.M)
    text = (
        text.replace("after hold-out NN", f"after hold-out {args.after}")
        .replace("WORK", str(work))
        .replace("DATE", args.date or datetime.date.today().isoformat())
    )
    (work / "later-brief.md").write_text(text)
    print(f"{len(lines)} findings in {out / 'findings.txt'}; brief {work / 'later-brief.md'}")


# each command: its function, its positional arguments and its options (an option ending in "!" is required)
COMMANDS = {
    "freeze": (freeze, ["nn"], ["--commit=HEAD", "--work", "--frozen"]),
    "brief": (brief, ["nn", "kind", "x"], ["--sector", "--date", "--work"]),
    "notfound": (notfound, ["nn", "x"], ["--work"]),
    "keep": (keep, ["nn", "x", "name"], ["--work"]),
    "later": (later, ["rule", "work"], ["--rule-text!", "--after!", "--date"]),
}
KINDS = ("model", "gaps", "judge1", "judge2", "fixed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (func, positional, options) in COMMANDS.items():
        p = commands.add_parser(name)
        for argument in positional:
            p.add_argument(argument, **({"choices": KINDS} if argument == "kind" else {}))
        for option in options:
            flag, _, default = option.rstrip("!").partition("=")
            p.add_argument(flag, required=option.endswith("!"), default=default or None)
        p.set_defaults(func=func)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
