"""The CLI reference (docs/cli.md), generated from the commands' own help so it cannot drift.

python -m ropa.clidocs > docs/cli.md
"""

from __future__ import annotations

import click

from .cli import main


def _help(command: click.Command, name: str, parent: click.Context | None = None) -> str:
    # make_context applies the command's context settings (-h, widths); the width is fixed here so
    # that the reference does not depend on the terminal it is generated in.
    ctx = command.make_context(
        name, [], parent=parent, resilient_parsing=True, terminal_width=100, max_content_width=100
    )
    return command.get_help(ctx)


def markdown() -> str:
    root = main.make_context("ropa", [], resilient_parsing=True, terminal_width=100, max_content_width=100)
    parts = [
        "# Command-line reference",
        "",
        "Generated from the commands' help by `python -m ropa.clidocs`; a test fails when it is stale.",
        "",
        "```",
        _help(main, "ropa"),
        "```",
        "",
    ]
    for name in sorted(main.commands):
        parts += [f"## `ropa {name}`", "", "```", _help(main.commands[name], name, root), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    click.echo(markdown(), nl=False)
