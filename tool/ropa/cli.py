"""The `ropa` command. A thin shell: parse options, call the library, turn the result into an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .kinds import FOLDER_KINDS
from .kinds import RECIPIENT_KINDS as _RECIPIENT_KINDS
from .loader import LibyamlMissing

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def progress(quiet: bool = False):
    """Stage messages for long runs: shown on a terminal, silent in CI, in pipes and with --quiet."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return lambda message: None
    return lambda message: click.echo(click.style(f"… {message}", dim=True), err=True)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="ropa")
def main() -> None:
    """ropa keeps a GDPR Article 30 record of processing activities as YAML files in git, checks it
    against its schema and the law, and publishes the privacy statement and the internal register.

    \b
    Examples:
      ropa init mijn-register --name "Voorbeeld B.V." --email privacy@voorbeeld.nl
                                                        start a register repository
      ropa new activity sollicitaties                   add a processing activity
      ropa lint                                         check ./register
      ropa build                                        build ./site/public and ./site/internal
      ropa serve                                        preview both with live reload
      ropa diff main HEAD                               what a branch changes in the register
      ropa export --format xlsx --out register.xlsx     the register as a spreadsheet
      ropa import oud-register.xlsx --out register      a spreadsheet register into YAML
      ropa rules                                        the GDPR rules lint applies
    """


RECIPIENT_KINDS = click.Choice(_RECIPIENT_KINDS)


def stop_on_sigterm() -> None:
    """SIGTERM (CI cancelling a job) unwinds like Ctrl+C, so that temporary folders are removed and the
    previous site is kept, instead of the process vanishing mid-write."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if hasattr(signal, "SIGTERM"):
        try:
            signal.signal(signal.SIGTERM, stop)
        except ValueError:  # not the main thread (tests calling the command in a thread)
            pass


@main.command()
@click.argument("register", default="register", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "text", "json", "github", "sarif", "gitlab"]),
    default="auto",
    show_default=True,
    help="How problems are printed; auto is github inside GitHub Actions, else text.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Run only these rules: ids or families, comma-separated, wildcards allowed.",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules: ids or families, comma-separated.")
@click.option("--no-cache", is_flag=True, help="Parse and validate every file, ignoring the cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary.")
def lint(
    register: Path,
    fmt: str,
    strict: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_cache: bool,
    quiet: bool,
) -> None:
    """Check the register in REGISTER (default ./register).

    Every file is checked against its JSON Schema, every reference between files is resolved, and
    the GDPR rule pack checks the register against the law (`ropa rules` lists the rules). All
    problems are collected in one run and printed as `path:line:col: level [rule] message`.

    Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O errors.

    \b
    Examples:
      ropa lint
      ropa lint examples/interconnect --strict
      ropa lint --select transfers,bases --ignore transfer-no-copy
      ropa lint register --format sarif > ropa.sarif
      ropa lint register --format gitlab > gl-code-quality-report.json
    """
    from .lint import lint as run_lint
    from .register import RegisterNotFound
    from .report import REPORTERS, closing_line, lint_summary, resolve_format, use_colour
    from .rules import BadPatterns, selection

    try:
        chosen, skipped = selection(select, ignore)
    except BadPatterns as exc:
        raise click.UsageError(str(exc)) from None
    fmt = resolve_format(fmt)
    try:
        result = run_lint(register, use_cache=not no_cache, select=chosen, ignore=skipped)
    except RegisterNotFound as exc:
        raise click.UsageError(str(exc)) from None
    summary = lint_summary(register, result)
    REPORTERS[fmt](result.problems, sys.stdout, colour=use_colour(sys.stdout), summary=summary)
    if not quiet and fmt == "text":
        click.echo(closing_line(summary, len(result.suppressed)), err=True)
    sys.exit(result.exit_code(strict=strict))


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="A table, the Markdown reference (docs/rules.md), or JSON.",
)
def rules(fmt: str) -> None:
    """List the GDPR rules of `ropa lint`: id, family, level and legal source.

    \b
    Examples:
      ropa rules
      ropa rules --format markdown > docs/rules.md
    """
    import json

    from .rules import in_order
    from .rules.docs import listing, markdown

    if fmt == "markdown":
        click.echo(markdown(), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(listing(), ensure_ascii=False, indent=2))
    else:
        for r in in_order():
            click.echo(f"{r.id:38} {r.family:13} {r.level:8} {r.source}")


@main.command()
@click.argument("register", default="register", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--out",
    "out",
    default="site",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder that receives public/ and internal/.",
)
@click.option(
    "--force", is_flag=True, help="Build into an OUT that holds files ropa did not write (they are left alone)."
)
@click.option(
    "--publish-with-errors",
    is_flag=True,
    help="Write the public statement even while lint reports errors (it then states the register's gaps).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Parse and validate every file, ignoring the lint cache, and build "
    "the sites even when nothing changed since the last build.",
)
@click.option(
    "--engine",
    type=click.Choice(["mkdocs", "zensical"]),
    default="mkdocs",
    show_default=True,
    help="The site engine that renders the generated pages: mkdocs with mkdocs-material, or Zensical (an "
    "optional extra: pip install 'ropa-register[zensical]'; docs/engines.md says what differs).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build(
    register: Path, out: Path, force: bool, publish_with_errors: bool, no_cache: bool, engine: str, quiet: bool
) -> None:
    """Build the public privacy statement and the internal Article 30 register from REGISTER.

    OUT/public is the privacy statement, in every language of `statement.languages` (the first at
    the root, the others in a sub-folder), to publish on the website. OUT/internal is the register
    for auditors, to keep behind access control.

    Publication follows lint. While lint reports errors, the public statement is not written (an
    existing OUT/public is left as it was), the errors are printed, and only the internal register is
    built, with every finding on its status page, so that they can be fixed; --publish-with-errors
    writes the statement anyway. Files or references that cannot be read stop the whole build.
    Warnings never block.

    Both sites are built beside the old ones and swapped in only when all built; an interrupted or
    failed build leaves the previous sites as they were. ropa replaces only OUT/public and
    OUT/internal, refuses an OUT that is a link, holds the register or is the repository root, and
    copies REGISTER/static/public/ (a CNAME, say) and REGISTER/static/internal/ into the sites.

    Exit status: 0 built, 1 public statement withheld or nothing built because of errors, 2 usage
    or I/O errors.

    \b
    Examples:
      ropa build
      ropa build examples/interconnect --out /tmp/interconnect --publish-with-errors
      SOURCE_DATE_EPOCH=1767225600 ropa build    reproducible: same register, same bytes
    """
    from .register import RegisterNotFound
    from .report import REPORTERS, use_colour
    from .site.build import BuildFailed, BuildRefused
    from .site.build import build as run_build
    from .site.output import OutputRefused

    stop_on_sigterm()
    try:
        report = run_build(
            register,
            out,
            use_cache=not no_cache,
            publish_with_errors=publish_with_errors,
            force=force,
            progress=progress(quiet),
            engine=engine,
        )
    except (RegisterNotFound, OutputRefused) as exc:
        raise click.UsageError(str(exc)) from None
    except BuildFailed as failed:
        click.echo(f"ropa: {failed}", err=True)
        sys.exit(1)
    except BuildRefused as refused:
        REPORTERS["text"](refused.result.structural_errors, sys.stdout, colour=use_colour(sys.stdout), summary={})
        click.echo(
            f"{register}: not built: the register has {len(refused.result.structural_errors)} error(s) "
            "in its files or references",
            err=True,
        )
        sys.exit(refused.result.exit_code())
    if report.withheld:
        REPORTERS["text"](report.withheld, sys.stdout, colour=use_colour(sys.stdout), summary={})
        click.echo(
            f"{register}: public statement not written: lint reports {len(report.withheld)} error(s), listed "
            f"above; built only {out}/internal ({report.pages} pages), whose status page lists every finding. "
            "Fix the errors, or build with --publish-with-errors to publish the statement anyway.",
            err=True,
        )
        sys.exit(1)
    if report.published_errors:
        click.echo(
            f"{register}: published with {len(report.published_errors)} lint error(s) (--publish-with-errors)", err=True
        )
    if not quiet and report.up_to_date:
        click.echo(
            f"{register}: {out}/public and {out}/internal are up to date: nothing they are made from "
            "changed since the last build (--no-cache builds them anew)",
            err=True,
        )
    elif not quiet:
        click.echo(
            f"{register}: built {report.pages} pages into {out}/public and {out}/internal "
            f"(ropa {report.generate_seconds:.1f} s, {engine} {report.engine_seconds:.1f} s)",
            err=True,
        )


@main.command()
@click.argument("register", default="register", type=click.Path(path_type=Path, file_okay=False))
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1 to serve on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def serve(register: Path, port: int, host: str) -> None:
    """Preview both sites of REGISTER with live reload.

    Builds the public statement and the internal register into a temporary folder, serves them and
    rebuilds whenever a file of the register changes, the statement first, then the register (each in its
    own language before the others), redoing only what the edit changed; open pages reload by themselves.
    While the register has errors the last good build stays on show and the errors are printed.

    \b
    Examples:
      ropa serve
      ropa serve examples/isset --port 8080
    """
    from .register import RegisterNotFound
    from .site.serve import serve as run_serve

    if not register.is_dir():
        raise click.UsageError(f"register folder `{register}` not found; give the folder that holds organisation.yaml")
    try:
        stop_on_sigterm()
        run_serve(register, host, port, say=lambda text: click.echo(text, err=True))
    except RegisterNotFound as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        raise click.UsageError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


@main.command()
@click.argument("kind", type=click.Choice([k.name for k in FOLDER_KINDS]))
@click.argument("ident")
@click.option(
    "--register",
    "register",
    default="register",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="The register folder.",
)
@click.option("--name", help="The name (for a recipient: its category). Asked for on a terminal when omitted.")
@click.option("--description", help="A description.")
@click.option("--recipient-kind", type=RECIPIENT_KINDS, help="For a recipient: its kind (asked for on a terminal).")
@click.option("--country", help="For a recipient: its ISO country code, such as NL or US.")
@click.option("--owner", help="For an activity: who is responsible for it.")
def new(
    kind: str,
    ident: str,
    register: Path,
    name: str | None,
    description: str | None,
    recipient_kind: str | None,
    country: str | None,
    owner: str | None,
) -> None:
    """Create a new, schema-valid file of KIND with id IDENT in the register.

    The file gets the editor modeline of its schema and is never written over an existing one.

    \b
    Examples:
      ropa new activity sollicitaties --name Sollicitaties --owner HR
      ropa new recipient mailchimp --name "Nieuwsbriefdienst" --recipient-kind processor --country US
      ropa new purpose werving-en-selectie
    """
    from .kinds import is_id
    from .scaffold import Exists, default_name, new_definition, new_file

    if not is_id(ident):
        raise click.UsageError(f"`{ident}` is not an id: use lower-case letters and digits joined by - or _")
    if not register.is_dir():
        raise click.UsageError(f"register folder `{register}` not found; create one with `ropa init`")
    if name is None and sys.stdin.isatty():
        name = click.prompt("Name", default=default_name(ident))
    if kind == "recipient" and recipient_kind is None:  # a guess would decide which rules apply: ask
        if not sys.stdin.isatty():
            kinds = f"{', '.join(_RECIPIENT_KINDS[:-1])} or {_RECIPIENT_KINDS[-1]}"
            raise click.UsageError(f"give --recipient-kind: {kinds}")
        recipient_kind = click.prompt("Kind of recipient", type=RECIPIENT_KINDS)
    data = new_definition(
        kind, ident, name=name, description=description, recipient_kind=recipient_kind, country=country, owner=owner
    )
    try:
        path = new_file(register, kind, ident, data)
    except Exists as exc:
        click.echo(f"ropa: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"ropa: cannot write the file: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"created {path}", err=True)


def _email(value: str) -> str:
    from .scaffold import is_email

    if not is_email(value.strip()):
        raise click.BadParameter(f"`{value}` is not an e-mail address")
    return value.strip()


@main.command()
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--name", help="The controller's legal name. Asked for on a terminal when omitted.")
@click.option(
    "--email",
    callback=lambda ctx, param, value: _email(value) if value is not None else None,
    help="Where people send privacy questions and requests (Art. 13(1)(a)). Asked for on a terminal when omitted.",
)
@click.option("--kvk", help="Chamber of Commerce (KvK) number, eight digits.")
@click.option("--language", default="nl", show_default=True, help="The language of texts written as one string.")
@click.option("--languages", default="nl,en", show_default=True, help="Languages of the privacy statement.")
@click.option("--commit", is_flag=True, help="Make the files the git repository's first commit.")
@click.option(
    "--ropa-spec",
    help="What CI installs: this version from the package index (default, such as "
    "`ropa-register==0.2.0`), or a path or git URL.",
)
def init(
    folder: Path,
    name: str | None,
    email: str | None,
    kvk: str | None,
    language: str,
    languages: str,
    commit: bool,
    ropa_spec: str | None,
) -> None:
    """Create a new register repository in FOLDER.

    FOLDER is new, empty, or holds only a git repository without commits. ropa init writes a register skeleton with the organisation and its contact details filled in, the schemas
    (for editors), mkdocs.yml, GitHub Actions and GitLab CI workflows pinned to this version of ropa,
    a pre-commit configuration and VS Code settings, and creates the git repository. In it,
    `ropa lint`, `ropa build` and `ropa diff` work at once.

    \b
    Examples:
      ropa init mijn-register --name "Voorbeeld B.V." --email privacy@voorbeeld.nl
      ropa init . --name "Voorbeeld B.V." --email privacy@voorbeeld.nl --commit
    """
    from .scaffold import Exists, GitFailed, first_organisation
    from .scaffold import init as run_init

    interactive = sys.stdin.isatty()
    if name is None:
        if not interactive:
            raise click.UsageError("give --name (the controller's legal name)")
        name = click.prompt("Legal name of the organisation")
    if email is None:
        if not interactive:
            raise click.UsageError(
                "give --email: the address where people send privacy questions and requests; "
                "the statement must give the controller's contact details (Art. 13(1)(a))"
            )
        email = click.prompt("Privacy e-mail address", value_proc=_email)
    if kvk is None and interactive:
        kvk = click.prompt("KvK number (empty: none)", default="", show_default=False) or None
    organisation = first_organisation(name, email, language, languages.split(","), kvk)
    try:
        written = run_init(folder, organisation, ropa_spec=ropa_spec, commit=commit)
    except (Exists, GitFailed) as exc:
        click.echo(f"ropa: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"ropa: cannot write into {folder}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    committed = " and committed them" if commit else ""
    click.echo(
        f"created {len(written)} files in {folder}{committed}; next: cd {folder} && ropa lint && ropa build", err=True
    )


@main.command()
@click.argument("old", default="HEAD")
@click.argument("new", required=False)
@click.option(
    "--register",
    "register",
    default="register",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="The register folder (inside a git repository).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="Plain lines, or Markdown for a pull-request comment or job summary.",
)
@click.option("--lang", default="en", show_default=True, help="The language the changes are told in (nl or en).")
def diff(old: str, new: str | None, register: Path, fmt: str, lang: str) -> None:
    """What changed in the register between git revisions OLD and NEW.

    OLD defaults to HEAD; without NEW the working tree is compared. Changes are told as a privacy
    officer reads them: activities, purposes and their bases, data categories and retention,
    recipients, transfers, DPIA.

    \b
    Examples:
      ropa diff                          uncommitted changes
      ropa diff main HEAD                what this branch changes
      ropa diff v1.0 v2.0 --format markdown >> "$GITHUB_STEP_SUMMARY"
    """
    from .diff import DiffError, DiffRefused, render
    from .diff import diff as run_diff

    if not register.is_dir():
        raise click.UsageError(f"register folder `{register}` not found")
    try:
        changes = run_diff(register, old, new, lang)
    except DiffError as exc:
        raise click.UsageError(f"git: {exc}") from None
    except DiffRefused as refused:
        from .problems import cleaned

        for p in map(cleaned, refused.problems):
            click.echo(f"{p.path}:{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}")
        click.echo(f"ropa: not compared: the register at {refused.side} has files that cannot be read", err=True)
        sys.exit(1)
    click.echo(render(changes, fmt == "markdown"), nl=False)


@main.command()
@click.argument("register", default="register", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "xlsx", "jsonld"]),
    required=True,
    help="json: the whole register, references resolved; csv/xlsx: one row per activity with the "
    "Article 30 columns (as the ICO and AP templates); jsonld: W3C Data Privacy Vocabulary.",
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="The file to write; - for standard output (not for xlsx).",
)
@click.option("--lang", help="Language of the csv/xlsx headers and texts; the register's default when omitted.")
def export(register: Path, fmt: str, out: Path, lang: str | None) -> None:
    """Export the register as data. The output is deterministic: the same register gives the same bytes.

    \b
    Examples:
      ropa export --format xlsx --out verwerkingsregister.xlsx
      ropa export --format csv --out - --lang en
      ropa export examples/isset --format jsonld --out isset.jsonld
    """
    from .export import export as run_export
    from .register import RegisterNotFound

    if fmt == "xlsx" and str(out) == "-":
        raise click.UsageError("xlsx is binary; give a file with --out")
    try:
        data = run_export(register, fmt, lang)
    except RegisterNotFound as exc:
        raise click.UsageError(str(exc)) from None
    except ValueError as exc:
        click.echo(f"ropa: {exc}", err=True)
        sys.exit(1)
    if str(out) == "-":
        sys.stdout.buffer.write(data)
    else:
        out.write_bytes(data)
        click.echo(f"wrote {out}", err=True)


@main.command("import")
@click.argument("table", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="The register folder to create.",
)
@click.option(
    "--lang",
    type=click.Choice(["nl", "en", "de"]),
    help="The language of the spreadsheet's texts; found from its labels when omitted (Dutch when unclear).",
)
@click.option(
    "--force", is_flag=True, help="Write into a folder that is not empty, replacing files with the same name."
)
@click.option("--sheet", help="The workbook's sheet to read; by default the first, in workbook order, with a register.")
def import_(table: Path, out: Path, lang: str | None, force: bool, sheet: str | None) -> None:
    """Turn a spreadsheet register (CSV or XLSX), or the JSON export of the Dutch central government's
    AVG register tool (DICTU, a .zip or .json), into a register folder.

    Columns are recognised by their headers: ropa's own export, or the ICO/AP register templates
    (processing activity, purposes, lawful basis, categories of individuals and of personal data,
    recipients, third countries, retention, security measures...). Every cell that cannot be
    mapped is reported; nothing is dropped silently. Existing files are never overwritten
    without --force.

    \b
    Examples:
      ropa import verwerkingsregister.xlsx --out register
      ropa import ico-template.csv --out register --lang en
      ropa import werkmap.xlsx --sheet Register --out register
      ropa import avg-register-export.zip --out register
    """
    from .importer import UNREADABLE, import_file

    try:
        written, report = import_file(table, out, lang=lang, force=force, sheet=sheet, progress=progress())
    except (ValueError, FileExistsError) as exc:
        click.echo(f"ropa: {exc}", err=True)
        sys.exit(1)
    except UNREADABLE as exc:
        click.echo(f"ropa: cannot read {table} as a spreadsheet: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
    if report.read_as:
        click.echo(f"{table}: read as {report.read_as}", err=True)
    for line in report.unmapped:
        click.echo(f"{table}: not imported: {line}", err=True)
    click.echo(
        f"wrote {len(written)} files into {out}; {len(report.unmapped)} cell(s) or column(s) not mapped; "
        f"run `ropa lint {out}` next",
        err=True,
    )


def run() -> None:
    """Entry point that turns an unexpected exception into a short message (ROPA_DEBUG=1 shows it)."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except LibyamlMissing as exc:  # an installation problem, not a bug: say how to fix it
        click.echo(f"ropa: {exc}", err=True)
        sys.exit(2)
    except Exception as exc:  # a traceback reaching the user is a bug: say so briefly
        if os.environ.get("ROPA_DEBUG"):
            raise
        click.echo(
            f"ropa: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in ropa; run again with ROPA_DEBUG=1 for the details and report them.",
            err=True,
        )
        sys.exit(2)
