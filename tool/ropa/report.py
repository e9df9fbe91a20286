"""Output formats for problems. Every format renders the same :class:`Problem` objects.

``text`` (``path:line:col: level [rule] message``), ``json``, ``github`` (workflow-command annotations,
plus a job summary in ``$GITHUB_STEP_SUMMARY``), ``sarif`` (2.1.0, with rule metadata) and ``gitlab``
(a code-quality report). ``auto`` is ``github`` inside GitHub Actions and ``text`` elsewhere.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import quote

import click

from . import __version__
from .problems import Problem

if TYPE_CHECKING:
    from .lint import LintResult

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def legal_source(rule_id: str, country: str | None = None) -> str:
    """The law or guidance a rule rests on ("GDPR Art. 13(2)(a)"); empty for the checks of files. With
    ``country`` (the register's jurisdiction) the national laws of other countries are left out: a French
    register's finding cites no Dutch act (hold-out 102's dance school)."""
    from .rules import RULES

    rule = RULES.get(rule_id)
    source = rule.source if rule is not None and rule.source != "ropa" else ""
    return _for_country_once(source, country) if country else source


# a national law in a rule's source, by the country it is of: "NL: UAVG art. 5", "UK: PECR reg. 6"
_NATIONAL = re.compile(r"^(AT|BE|CH|CZ|DE|DK|ES|FI|FR|IE|IT|LU|NL|NO|PL|PT|SE|UK): ")


def for_country(source: str, country: str) -> str:
    """``source`` without the national laws of countries other than ``country`` (ISO 3166-1; the United
    Kingdom's is written UK in sources), in the list itself or in brackets after a European act. An item after
    one marked with a country is that country's too ("NL: AWR art. 52(4); BW 2:10(3)") until another is marked."""
    own = "UK" if country == "GB" else country
    kept: list[str] = []
    current = None
    for part in _items(source):
        marked = _NATIONAL.match(part)
        if marked:
            current = marked.group(1)
        if current is None or current == own:
            kept.append(_brackets_for(part, own))
    return "; ".join(kept)


# a report asks for the source of every finding, thousands of the same few rules: each source is split once
_for_country_once = functools.lru_cache(maxsize=1024)(for_country)


def _items(text: str) -> list[str]:
    """``text`` split at the semicolons outside brackets."""
    items, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return [item for item in items if item]


def _brackets_for(part: str, own: str) -> str:
    """``part`` with each bracket that lists national laws ("(NL: ...; DE: ...)") kept for ``own`` alone, and
    dropped where none of them is its."""
    out, depth, start = [], 0, None
    last = 0
    for i, char in enumerate(part):
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and start is not None:
                inner = part[start + 1 : i]
                if _NATIONAL.match(inner.strip()):
                    left = for_country(inner, own)
                    out.append(part[last:start].rstrip() + (f" ({left})" if left else ""))
                    last = i + 1
    out.append(part[last:])
    return "".join(out)


def _text(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    for p in problems:
        level = click.style(p.level, fg=_COLOURS.get(p.level), bold=True) if colour else p.level
        location = f"{p.path}:{p.line}:{p.column}"
        message = p.message.replace("\r", "\\r").replace("\n", "\\n")  # one problem, one line
        source = legal_source(p.rule, summary.get("jurisdiction"))
        if source:
            message = f"{message} — {click.style(source, dim=True) if colour else source}"
        out.write(f"{click.style(location, bold=True) if colour else location}: {level} [{p.rule}] {message}\n")


def _json(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    country = summary.get("jurisdiction")
    document = {
        "tool": "ropa",
        "version": __version__,
        **summary,
        "problems": [
            {**p.as_dict(), **({"source": source} if (source := legal_source(p.rule, country)) else {})}
            for p in problems
        ],
    }
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _github(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    for p in problems:
        properties = ",".join(
            f"{k}={_escape_property(str(v))}"
            for k, v in (("file", p.path), ("line", p.line), ("col", p.column), ("title", f"ropa [{p.rule}]"))
        )
        source = legal_source(p.rule, summary.get("jurisdiction"))
        out.write(
            f"::{_GITHUB_LEVEL[p.level]} {properties}::{_escape_data(p.message + (f' — {source}' if source else ''))}\n"
        )
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        try:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(job_summary(problems, summary))
        except OSError as exc:  # the summary is a courtesy; the annotations and exit status are what count
            click.echo(f"ropa: cannot write the job summary to {target}: {exc.strerror or exc}", err=True)


# Inside a line (a table cell, a list item), these are what can start a link, image, code span, emphasis,
# HTML or a new cell; escaped, they are shown as they are.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]#!|<>~])")


def md_text(value: object) -> str:
    """Text shown as exactly that text in GitHub-flavoured Markdown: no links, images, code or HTML."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(value).split()))


def job_summary(problems: list[Problem], summary: dict) -> str:
    """A Markdown summary of a lint run, for a GitHub job summary or a pull-request comment. Every text
    from the register is escaped: a key or value cannot add a link, an image or a fake result."""
    counts = Counter(p.level for p in problems)
    lines = [
        f"### ropa lint: {md_text(summary.get('register', ''))}",
        "",
        f"{summary.get('files', 0)} files · {counts['error']} errors · {counts['warning']} warnings · "
        f"{counts['info']} notices",
        "",
    ]
    if problems:
        lines += ["| file | level | rule | message |", "|---|---|---|---|"]
        for p in problems[:200]:
            lines.append(
                f"| {md_text(f'{p.path}:{p.line}:{p.column}')} | {p.level} | {md_text(p.rule)} | {md_text(p.message)} |"
            )
        if len(problems) > 200:
            lines.append(f"| | | | … and {len(problems) - 200} more |")
    return "\n".join(lines) + "\n\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _sarif(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    from .rules import RULES
    from .structural import STRUCTURAL

    used = sorted({p.rule for p in problems})
    descriptors = []
    for rule_id in sorted(set(RULES) | set(STRUCTURAL) | set(used)):
        rule = RULES.get(rule_id)
        if rule is not None:
            descriptors.append(
                {
                    "id": rule.id,
                    "name": rule.id,
                    "shortDescription": {"text": rule.rationale},
                    "fullDescription": {"text": f"{rule.rationale} Source: {rule.source}."},
                    "help": {"text": rule.fix},
                    "defaultConfiguration": {"level": _SARIF_LEVEL[rule.level]},
                    "properties": {"family": rule.family, "source": rule.source},
                }
            )
        else:
            text = STRUCTURAL.get(rule_id) or STRUCTURAL.get(rule_id.split("-")[0], "A problem with a register file.")
            descriptors.append(
                {
                    "id": rule_id,
                    "name": rule_id,
                    "shortDescription": {"text": text},
                    "defaultConfiguration": {"level": "error"},
                    "properties": {"family": "structure"},
                }
            )
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = [
        {
            "ruleId": p.rule,
            "ruleIndex": index[p.rule],
            "level": _SARIF_LEVEL[p.level],
            "message": {"text": p.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": quote(p.path.replace(os.sep, "/"))},
                        "region": {"startLine": p.line, "startColumn": p.column},
                    }
                }
            ],
            # the other places with the same cause (one vague sentence reused, one recipient without a country)
            **(
                {
                    "relatedLocations": [
                        {
                            "id": i,
                            "physicalLocation": {
                                "artifactLocation": {"uri": quote(path.replace(os.sep, "/"))},
                                "region": {"startLine": line, "startColumn": column},
                            },
                        }
                        for i, (path, line, column) in enumerate(p.related)
                    ]
                }
                if p.related
                else {}
            ),
            **(
                {"properties": {"source": source}}
                if (source := legal_source(p.rule, summary.get("jurisdiction")))
                else {}
            ),
        }
        for p in problems
    ]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ropa",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "results": results,
            }
        ],
    }
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


_GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _gitlab(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    report = []
    for p in problems:
        # one per finding: the place is part of it, so that two equal messages in one file both show
        fingerprint = hashlib.sha256(f"{p.path}\0{p.line}\0{p.column}\0{p.rule}\0{p.message}".encode()).hexdigest()
        report.append(
            {
                "description": p.message,
                "check_name": p.rule,
                "fingerprint": fingerprint,
                "severity": _GITLAB_SEVERITY[p.level],
                "location": {"path": p.path.replace(os.sep, "/"), "lines": {"begin": p.line}},
            }
        )
    out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


REPORTERS: dict[str, Callable[..., None]] = {
    "text": _text,
    "json": _json,
    "github": _github,
    "sarif": _sarif,
    "gitlab": _gitlab,
}
FORMATS = ["auto", *REPORTERS]


def lint_summary(register: Path, result: LintResult) -> dict:
    """What the reports of a lint run give beside its problems: the register, its files and the counts."""
    return {
        "register": str(register),
        "files": result.files,
        "errors": result.count("error"),
        "warnings": result.count("warning"),
        "infos": result.count("info"),
        # the country whose law applies: the sources of findings cite its national laws, not other countries'
        "jurisdiction": _jurisdiction(result),
    }


def _jurisdiction(result: LintResult) -> str | None:
    from .national import jurisdiction

    organisation = result.register.organisation
    data = organisation.data if organisation is not None and organisation.loaded else None
    return jurisdiction(data) if isinstance(data, dict) else None


def closing_line(summary: dict, suppressed: int = 0) -> str:
    """The line a text report of `ropa lint` ends with: ``register: 12 files, 1 error, 2 warnings``."""
    counts = ", ".join(
        f"{n} {word}{'s' if n != 1 else ''}"
        for n, word in ((summary["errors"], "error"), (summary["warnings"], "warning"), (summary["infos"], "info"))
        if n
    )
    hidden = f", {suppressed} suppressed" if suppressed else ""
    return f"{summary['register']}: {summary['files']} files, {counts or 'no problems'}{hidden}"


def resolve_format(name: str) -> str:
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or (hasattr(stream, "isatty") and stream.isatty())
