"""Output formats for problems. Every format renders the same :class:`Problem` objects."""

from __future__ import annotations

import json
import os
from typing import Callable, TextIO

import click

from . import __version__
from .problems import Problem

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _text(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    for p in problems:
        level = click.style(p.level, fg=_COLOURS.get(p.level), bold=True) if colour else p.level
        location = click.style(f"{p.path}:{p.line}:{p.column}", bold=True) if colour else f"{p.path}:{p.line}:{p.column}"
        out.write(f"{location}: {level} [{p.rule}] {p.message}\n")


def _json(problems: list[Problem], out: TextIO, *, colour: bool, summary: dict) -> None:
    document = {"tool": "ropa", "version": __version__, **summary, "problems": [p.as_dict() for p in problems]}
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


REPORTERS: dict[str, Callable[..., None]] = {"text": _text, "json": _json}


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or (hasattr(stream, "isatty") and stream.isatty())
