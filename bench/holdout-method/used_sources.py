"""Print what earlier hold-outs used, for a modeller's WORK/used-sources.txt: the README of every folder of every
hold-out corpus, the test corpus and the examples (each names its statement's repository, path and address), and
then the repositories and web addresses they name, one per line, for a quick `grep -i`.

    python bench/holdout-method/used_sources.py > WORK/used-sources.txt

Hold-out 118's first modeller chose a statement hold-out 104 had used: the list it was given had been kept by hand
and lacked that set. Made from the folders themselves, the list cannot fall behind them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# owner/name of a GitHub repository, as the READMEs write it (in a link, in backquotes or bare)
REPOSITORY = re.compile(
    r"github\.com/([\w.-]+/[\w.-]+)|`([\w.-]+/[\w.-]+)`|\b([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)\b"
)
ADDRESS = re.compile(r"https?://([^\s/)>\]`'\"]+)")


def readmes(root: Path = ROOT) -> list[Path]:
    """Every statement folder's README: the hold-outs', the test corpus's and the examples'."""
    found = [*root.glob("bench/holdout*/*/README.md"), *root.glob("bench/corpus/*/README.md")]
    found += root.glob("examples/*/README.md")
    return sorted(found)


def names(text: str) -> list[str]:
    """The repositories and web hosts a README names, each once, in the order it names them."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        if not re.search(r"repositor|source|bron|quelle|github|https?://", line, re.I):
            continue
        for match in REPOSITORY.finditer(line):
            name = next(group for group in match.groups() if group)
            if "/" in name and not name.endswith((".md", ".yaml", ".yml", ".json", ".html", ".tsx", ".ts", ".js")):
                seen.setdefault(name.strip(".").lower(), None)
        for match in ADDRESS.finditer(line):
            seen.setdefault(match.group(1).lower().removeprefix("www."), None)
    return list(seen)


def main(out=sys.stdout) -> int:
    listed: dict[str, None] = {}
    for path in readmes():
        text = path.read_text(encoding="utf-8")
        out.write(f"==== {path.relative_to(ROOT)}\n{text}\n")
        for name in names(text):
            listed.setdefault(name, None)
    out.write("==== repositories and addresses\n" + "\n".join(listed) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
