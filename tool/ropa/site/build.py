"""`ropa build`: lint, write Markdown from the register, then let mkdocs build the two sites.

``OUT/public`` is the privacy statement (its first language at the root, the others under
``OUT/public/<lang>/``); ``OUT/internal`` is the Article 30 register. Generation is a plain function
that writes Markdown and a generated ``mkdocs.yml`` per site; the generated config INHERITs the
project's ``mkdocs.yml`` (beside or inside the register) for its look, and sets what ropa's
templates rely on: the theme, no web fonts, offline search in the site's language, strict mode.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..dates import today
from ..lint import LintResult, lint
from ..national import jurisdiction
from ..overrides import SiteLook, site_look
from ..problems import Problem
from ..register import MAX_FOLDER_DEPTH
from ..values import mapping
from .engine import DEFAULT_ENGINE, BuildFailed, Workers, relative_error_page, run_engine, start_engine  # noqa: F401
from .exports import rows, to_csv, to_json, to_xlsx
from .internal import NAVIGATION, Internal
from .markdown import front_matter, plain_title
from .output import STAMP, Output
from .public import public_register_rows, render_register, render_statement
from .render import Renderer, TemplateFailed, templates_dir
from .version import register_version
from .view import build_site

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français"}


def markdown_extensions(permalink_title: str) -> list:
    toc = {"permalink": True, "permalink_title": permalink_title}
    return ["tables", "admonition", "footnotes", {"toc": toc}, "ropa.site.mdkv", "ropa.site.mdsafe"]


def _chrome(renderer: Renderer) -> dict[str, str]:
    """The words the theme prints around a page, in the page's language from the wording files: the hint
    under a wide table, the footer's "Made with" and the headings' permalink title."""
    return {
        "ropa_scroll_hint": str(renderer.w("site.scroll_hint")),
        "ropa_made_with": str(renderer.w("site.made_with")),
        "ropa_permalink": str(renderer.w("site.permalink")),
    }


class BuildRefused(Exception):
    """The register has errors; the site is not built. Carries the lint result."""

    def __init__(self, result: LintResult):
        super().__init__("the register has errors")
        self.result = result


@dataclass
class BuildReport:
    out: Path
    generate_seconds: float = 0.0
    engine_seconds: float = 0.0
    pages: int = 0
    findings: list[Problem] = field(default_factory=list)
    sites: list[Path] = field(default_factory=list)
    # Error-level findings that kept the public statement from being written (empty when it was).
    withheld: list[Problem] = field(default_factory=list)
    # Error-level findings published anyway, because the build was asked to (`publish_with_errors`).
    published_errors: list[Problem] = field(default_factory=list)
    # Nothing the sites are made from changed since the last build into the same folder: nothing written.
    up_to_date: bool = False


def project_config(register: Path) -> Path | None:
    """The project's own mkdocs.yml, beside the register (at the root of the repository): trusted, and
    inherited as it is. A mkdocs.yml inside the register is data: see :func:`ropa.overrides.site_look`."""
    candidate = register.resolve().parent / "mkdocs.yml"
    return candidate if candidate.is_file() else None


def _config(
    work: Path,
    name: str,
    docs: Path,
    site_dir: Path,
    lang: str,
    project: Path | None,
    extra: dict,
    nav: list | None = None,
    assets: bool = False,
    look: SiteLook | None = None,
) -> Path:
    config: dict = {
        "site_name": plain_title(name),
        "docs_dir": str(docs),
        "site_dir": str(site_dir),
        "use_directory_urls": False,
        "strict": True,
        "theme": {
            "name": "material",
            "language": lang,
            "font": False,  # no Google Fonts: readers stay private
            "custom_dir": str(templates_dir() / "overrides"),
            "features": ["toc.follow", "search.highlight"],
        },
        # the language's stemmer, so that "bewaartermijnen" finds "bewaartermijn" (with assets/search.js)
        "plugins": [
            {
                "search": {
                    "lang": [lang] if lang in ("nl", "en", "de", "fr") else ["en"],
                    "pipeline": ["stemmer", "stopWordFilter", "trimmer"],
                }
            }
        ],
        "markdown_extensions": markdown_extensions(extra["ropa_permalink"]),
        "extra": extra,
        "validation": {
            "omitted_files": "info",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "info",
        },
    }
    if look is not None:  # the register's own allow-listed look; its copyright line shown as text
        config["theme"].update(look.theme)
        config["extra_css"] = list(look.config.get("extra_css", []))
        if "copyright" in look.config:
            config["copyright"] = html.escape(look.config["copyright"])
        for source, target in look.files:
            (docs / target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, docs / target)
    if project is not None:
        config = {"INHERIT": str(project.resolve()), **config}
    if nav is not None:
        config["nav"] = nav
    # every site prints whole (tables that fit, the version banner, no controls) and meets WCAG 2.1 AA
    (docs / "assets").mkdir(parents=True, exist_ok=True)
    for asset in ("print.css", "access.css", "access.js", "search.js"):
        shutil.copyfile(templates_dir() / "assets" / asset, docs / "assets" / asset)
    config["extra_css"] = ["assets/access.css", "assets/print.css", *config.get("extra_css", [])]
    config["extra_javascript"] = ["assets/search.js", "assets/access.js"]
    if assets:
        config["extra_css"] = ["assets/ropa.css", *config["extra_css"]]
        config["extra_javascript"] = ["assets/search.js", "assets/ropa.js", "assets/access.js"]  # cards before the hint
    path = work / f"{docs.name}.mkdocs.yml"
    path.write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    return path


LIVE = ".ropa-live"  # in a preview's output folder: each site's Markdown, kept from one build to the next


def _live(plan: _Plan, jobs: list[Path], out: Path) -> None:
    """``ropa serve``: each site's Markdown goes to a folder kept between builds, where only files whose
    content changed are written (so that their time says what changed), and the site starts from the one
    on show; the engine then renders only the changed pages (ropa.site.dirty). A site whose configuration
    changed (its navigation, banner or look), that is not on show yet or that has no fixed navigation
    (the statement) is rendered whole."""
    keep = out / LIVE
    for config_path in jobs:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        fresh, site_dir = Path(config["docs_dir"]), Path(config["site_dir"])
        docs = keep / fresh.name
        removed, changed = _sync(fresh, docs, plan.made.pop(str(fresh), None))
        config["docs_dir"] = str(docs)
        fingerprint = json.dumps({k: v for k, v in config.items() if k != "site_dir"}, sort_keys=True)
        before = keep / f"{fresh.name}.config.json"
        name, _, lang = site_dir.name.partition("-")  # public, internal-en ... (see _place)
        langs = plan.public_languages if name == "public" else plan.internal_languages
        shown = out / name / lang if lang else out / name
        # a site whose navigation lists its pages by their titles (the statement's) is rendered whole: a
        # dirty build does not read the titles of the pages it leaves alone; its pages are few
        if (
            "nav" in config
            and shown.is_dir()
            and before.is_file()
            and before.read_text(encoding="utf-8") == fingerprint
        ):
            nested = set(langs[1:]) if not lang else set()  # the other languages' sites inside the first
            shutil.copytree(
                shown,
                site_dir,
                ignore=lambda folder, names, top=str(shown), skip=nested: skip if folder == top else (),
                copy_function=_share_page,
            )
            # a page whose Markdown changed or went is written anew (or not at all), never into the file
            # it shares with the site on show
            for rel in removed + changed:
                (site_dir / (rel[: -len(".md")] + ".html" if rel.endswith(".md") else rel)).unlink(missing_ok=True)
            config["extra"]["ropa_dirty"] = True
        before.write_text(fingerprint, encoding="utf-8")
        config_path.write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")


def _forget_live(out: Path) -> None:
    """After a preview that failed: the Markdown kept for each site no longer matches the site on show,
    so the next preview renders every site whole instead of starting from it."""
    for fingerprint in (out / LIVE).glob("*.config.json"):
        fingerprint.unlink(missing_ok=True)


def _share_page(source: str, target: str) -> None:
    """The site on show, as the start of a preview's site: a page the engine leaves alone (its Markdown
    did not change) is the same file in both, linked instead of copied (thousands of pages, a second
    of copying per edit at 1,000 activities); every other file, which the engine may write (the search
    index, the sitemap, the error page, the theme's files), is a copy."""
    name = os.path.basename(source)
    if name.endswith(".html") and name != "404.html":
        try:
            os.link(source, target)
            return
        except OSError:  # another file system, or links not allowed: a copy
            pass
    shutil.copy2(source, target)


def _sync(fresh: Path, docs: Path, files: dict[str, bytes] | None = None) -> tuple[list[str], list[str]]:
    """Make ``docs`` hold what ``fresh`` holds (or ``files``, the files made for it and never written
    there), writing only files that differ; the files removed and the files written."""
    # what was written to the fresh folder (all of it, or only what _config put there: the register's look)
    written = {p.relative_to(fresh).as_posix(): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    files = written if files is None else {**written, **files}
    removed = sorted(
        rel
        for p in (docs.rglob("*") if docs.is_dir() else [])
        if p.is_file() and (rel := p.relative_to(docs).as_posix()) not in files
    )
    for rel in removed:
        (docs / rel).unlink()
    changed = []
    for rel in sorted(files):
        target, data = docs / rel, files[rel]
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            changed.append(rel)
    return removed, changed


def _render(jobs: list[Path], progress: Callable[[str], None], engine: str = DEFAULT_ENGINE) -> None:
    """The site engine's stage: HTML from the generated Markdown and configs (ropa.site.engine)."""
    run_engine(engine, jobs, progress)


def _banner(version: dict, renderer: Renderer, live: bool = False) -> str:
    """Which version of the register the site shows. A preview of ``ropa serve`` says it is one instead
    of giving the commit and the content's hash, which would change the banner of every page with
    every edit or commit (and so make every page render again, see _live)."""
    w = renderer.w
    parts = [str(w("internal.version")) + ":"]
    if live:
        # the files as saved, whatever git holds: a banner that changed with the first edit after a
        # commit ("uncommitted changes") or with a commit would make every page render again
        parts.append(str(w("internal.preview")))
    else:
        if version["commit"]:
            parts.append(str(w("internal.commit", commit=version["commit"][:12], date=version["date"])))
            if version["dirty"]:
                parts.append(str(w("internal.uncommitted")))
        else:
            parts.append(str(w("internal.not_in_git")))
        parts.append(f"· {w('internal.content_hash')} sha256:{version['content_sha256'][:16]}")
    parts.append(f"· {w('internal.generated', version=__version__)}")
    return " ".join(parts).replace("\\", "")


def _alternate(languages: list[str], current: int) -> list[dict]:
    """The language switch of a site built once per language: the first at the root, the others in a
    sub-folder named after the language; links relative to the current site's root."""
    return [
        {
            "name": LANGUAGE_NAMES.get(other, other),
            "lang": other,
            "link": ("" if j == 0 else f"{other}/") if current == 0 else ("../" if j == 0 else f"../{other}/"),
        }
        for j, other in enumerate(languages)
    ]


def _internal_nav(renderer: Renderer) -> list[dict]:
    """The internal register's navigation: its own pages (internal.NAVIGATION), titled in ``renderer``'s language."""
    return [{str(renderer.w(page.title)): page.path} for page in NAVIGATION]


def _internal_files(pages: dict[str, str], renderer: Renderer, site, data: bytes) -> dict[str, bytes]:
    """The internal register's files by their path in the docs folder: its Markdown, its downloads (the
    tables in the page's language; ``data``, the register as JSON, is the same in every language) and
    its assets."""
    files: dict[str, bytes] = {}
    for path, text in pages.items():
        # the overview's tab reads "Overzicht - Verwerkingsregister – <name>", not the name twice; its
        # table is wide and it has no headings to list, so the table takes the table of contents' place
        overview = path == "index.md"
        files[path] = front_matter(
            text,
            str(renderer.w("i.overview")) if overview else None,
            ("toc",) if overview else (),
            searched=not overview,  # a row per activity, each with its own page in the index
        ).encode("utf-8")
    table = rows(site, renderer)
    files["downloads/register.json"] = data
    files["downloads/register.csv"] = to_csv(table)
    files["downloads/register.xlsx"] = to_xlsx(table, str(renderer.w("internal.title")))
    assets = templates_dir() / "assets"
    for asset in sorted(assets.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(assets).as_posix()}"] = asset.read_bytes()
    return files


def _write_files(docs: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def snapshot(register: Path) -> dict[str, tuple[int, int]]:
    """Modification time and size of every file that goes into a build: the register's files, its
    templates, wording, static files and site look, and the project's mkdocs.yml. Walked without
    recursion, hidden names skipped, as deep as the register may be."""
    paths: list[Path] = []
    pending = [(register, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            if entry.is_dir():
                if depth < MAX_FOLDER_DEPTH:
                    pending.append((entry, depth + 1))
            else:
                paths.append(entry)
    project = project_config(register)
    if project is not None:
        paths.append(project)
    state = {}
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        state[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return state


def _stamp(register_root: Path, version: dict, options: dict) -> str:
    """A digest of everything the sites are made from: the register's files (content), the other files
    in its folder and the project's mkdocs.yml (time and size), git's commit and state, ropa's code and
    templates and the site engine's version (time and size of each file), today's date and the build's
    options. The same digest as the last build's into the same folder: nothing to do."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    digest = hashlib.sha256(json.dumps([version, options, today().isoformat()], sort_keys=True, default=str).encode())
    for path, (mtime, size) in sorted(snapshot(register_root).items()):
        digest.update(f"{path}\0{mtime}\0{size}\0".encode())
    for folder in (Path(__file__).resolve().parents[1], templates_dir()):
        for file in sorted(folder.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                stat = file.stat()
                digest.update(f"{file}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
    for package in ("mkdocs", "mkdocs-material", "zensical", "markdown", "jinja2", "babel"):
        try:
            digest.update(f"{package} {package_version(package)}\0".encode())
        except PackageNotFoundError:
            pass
    return digest.hexdigest()


def _built_from(out: Path) -> dict:
    try:
        stored = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return mapping(stored)


def build(
    register_root: Path,
    out: Path,
    *,
    use_cache: bool = True,
    live: bool = False,
    publish_with_errors: bool = False,
    force: bool = False,
    progress: Callable[[str], None] = lambda message: None,
    sites: tuple[str, ...] = ("public", "internal"),
    engine: str = DEFAULT_ENGINE,
) -> BuildReport:
    """Build both sites, or only the internal register while lint has errors.

    Files or references that cannot be read raise :class:`BuildRefused`: nothing is built. Other
    error-level findings (the law) withhold the public statement, which would publish them, unless
    ``publish_with_errors``; the internal register is built either way, with the findings on its
    status page, so that they can be fixed. The sites are built beside the old ones and swapped in
    only when all built (:mod:`ropa.site.output`; ``force`` builds into a folder holding other files).
    ``live`` adds the reload script of ``ropa serve`` to every page (``ropa serve`` itself builds with
    :func:`preview`); ``progress`` hears each stage; ``sites`` names the sites to build; ``engine`` names
    the site engine (:mod:`ropa.site.engine`). When nothing they are made from changed since the last
    build into ``out`` (:func:`_stamp`), nothing is written (``report.up_to_date``); ``use_cache=False``
    rebuilds all the same.
    """
    started = time.perf_counter()
    plan, stamp = _settled(
        register_root,
        out,
        use_cache=use_cache,
        publish_with_errors=publish_with_errors,
        sites=sites,
        live=live,
        progress=progress,
        force=force,
        engine=engine,
    )
    report = plan.report
    if report.up_to_date:
        return report
    with Output(report.out, register_root, force) as output:
        work = output.staging / "work"
        work.mkdir()
        progress("writing the privacy statement and the register pages")
        jobs = _write_statement(plan, work, output.staging)
        jobs += _write_register(plan, work, output.staging, progress)
        if live:
            _live(plan, jobs, report.out)
        report.generate_seconds = time.perf_counter() - started
        began = time.perf_counter()
        try:
            _render(jobs, progress, engine)
        except BaseException:
            if live:
                _forget_live(report.out)
            raise
        report.engine_seconds = time.perf_counter() - began
        built = _place(plan, output.staging)
        output.commit(built)
        _stamped(report, stamp, built)
    return report


def _settled(
    register_root: Path,
    out: Path,
    *,
    use_cache: bool,
    publish_with_errors: bool,
    sites: tuple[str, ...],
    live: bool,
    progress: Callable[[str], None],
    force: bool,
    engine: str,
) -> tuple[_Plan, str]:
    """The plan of a build and its stamp (:func:`_stamp`); ``report.up_to_date`` where the last build
    into ``out`` was made from the same, and nothing need be written."""
    plan = _plan(
        register_root,
        out,
        use_cache=use_cache,
        publish_with_errors=publish_with_errors,
        sites=sites,
        live=live,
        progress=progress,
    )
    report = plan.report
    options = {
        "live": live,
        "publish_with_errors": publish_with_errors,
        "sites": plan.built_sites,
        "force": force,
        "engine": engine,
    }
    stamp = _stamp(register_root, plan.version, options)
    if use_cache and _up_to_date(report.out, stamp, plan.built_sites):
        report.up_to_date = True
        report.sites = [report.out / name for name in plan.built_sites]
    return plan, stamp


def _stamped(report: BuildReport, stamp: str, built: list[str]) -> None:
    """The sites ``built`` are in place: what they were made from, for the next build; the report names them."""
    (report.out / STAMP).write_text(json.dumps({"stamp": stamp, "sites": built}) + "\n", encoding="utf-8")
    report.sites = [report.out / name for name in built]


@dataclass
class Shown:
    """One site of a preview, as it went on show: its pages and where the time went."""

    site: str
    pages: int
    generate_seconds: float
    engine_seconds: float


def preview(
    register_root: Path,
    out: Path,
    workers: Workers,
    shown: Callable[[Shown], None],
    engine: str = DEFAULT_ENGINE,
) -> BuildReport:
    """``ropa serve``: both sites from one lint, each put on show as soon as it is rendered, the
    statement first. The register's pages are written while the engine renders the statement (in its
    worker process), so that the register's turn starts from its engine alone. ``shown`` hears each site
    as it goes on show. Like :func:`build`, nothing is written when nothing the sites are made from
    changed, and files that cannot be read raise :class:`BuildRefused`; the statement is shown even
    while lint reports errors (a preview, never a publication). A register that fails to render after
    the statement went on show leaves the last register on show."""
    started = time.perf_counter()
    plan, stamp = _settled(
        register_root,
        out,
        use_cache=True,
        publish_with_errors=True,
        sites=("public", "internal"),
        live=True,
        progress=lambda message: None,
        force=False,
        engine=engine,
    )
    report = plan.report
    if report.up_to_date:
        return report
    with Output(report.out, register_root, False) as output:
        try:
            _preview(plan, output, workers, shown, engine, started)
        except BaseException:
            _forget_live(report.out)
            raise
        _stamped(report, stamp, plan.built_sites)
    return report


def _preview(
    plan: _Plan, output: Output, workers: Workers, shown: Callable[[Shown], None], engine: str, started: float
) -> None:
    report = plan.report
    work = output.staging / "work"
    work.mkdir()
    # each language's statement goes to its engine process as soon as it is written, and on show as soon as its
    # engine is done: the statement's own language first, while the next is written and rendered (the other
    # languages' pages of the last preview stay on show until theirs are); `ropa build` shows all at once
    jobs: queue.Queue[tuple[Callable[[], None], int, float] | None] = queue.Queue()
    languages = plan.public_languages
    failed: list[BaseException] = []
    lock, abandoned = threading.Lock(), threading.Event()
    (report.out / STAMP).unlink(missing_ok=True)  # the sites change from here on: no longer up to date

    def begin(job: Path) -> None:
        _live(plan, [job], report.out)
        jobs.put((start_engine(engine, [job], lambda message: None, workers), report.pages, time.perf_counter()))

    def show_statement() -> None:  # each language as soon as it is rendered, while the rest is written
        before, showing = 0, True
        for index, lang in enumerate(languages):
            job = jobs.get()
            if job is None:  # writing the statement failed: nothing more comes
                break
            wait, pages, written = job
            try:
                # every engine is waited for, shown or not: it must finish with the staging folder before that goes
                wait()
                if not showing:
                    continue
                with lock:
                    if abandoned.is_set():  # the preview was given up (an error, Ctrl+C): show nothing more
                        showing = False
                        continue
                    _show_language(plan, output, index, lang)
                shown(_shown("public", index, lang, pages - before, written, started))
                before = pages
            except BaseException as exc:  # the first is re-raised below, in the build's own thread
                if showing:
                    failed.append(exc)
                showing = False
        if abandoned.is_set():
            shutil.rmtree(output.staging, ignore_errors=True)  # an engine may have written there

    waiter = threading.Thread(target=show_statement, daemon=True)
    waiter.start()
    try:
        _write_statement(plan, work, output.staging, begin)
    except BaseException:
        with lock:
            abandoned.set()
        jobs.put(None)
        waiter.join()
        raise
    public_pages, public_ready = report.pages, time.perf_counter()

    # the register likewise: each language to its engine as soon as it is written, while the next is written, and
    # on show as soon as its engine is done, the register's own language first (10,000 pages at 1,000 activities:
    # the first language no longer waits for the second to be written)
    begun: list[tuple[Callable[[], None], int, float]] = []

    def begin_register(job: Path) -> None:
        _live(plan, [job], report.out)
        begun.append((start_engine(engine, [job], lambda message: None, workers), report.pages, time.perf_counter()))

    def finish_all() -> None:  # every engine begun must finish with the staging folder before anything else
        for wait, _, _ in begun:
            try:
                wait()
            except BaseException:  # noqa: BLE001 -- the first failure is raised by the caller
                pass

    try:
        _write_register(plan, work, output.staging, lambda message: None, begin_register)
        waiter.join()
    except BaseException:
        with lock:
            abandoned.set()
        finish_all()
        raise
    if failed:
        finish_all()
        raise failed[0]
    before = public_pages
    for index, (wait, pages, written) in enumerate(begun):
        try:
            wait()
        except BaseException:
            finish_all()  # the last register's other languages stay on show
            raise
        lang = plan.internal_languages[index]
        _show_language(plan, output, index, lang, "internal")
        shown(_shown("internal", index, lang, pages - before, written, public_ready))
        before = pages


def _shown(name: str, index: int, lang: str, pages: int, written: float, since: float) -> Shown:
    """Site ``name`` in its ``index``-th language as it goes on show: ``pages`` pages written by ``written``, counted
    from ``since``, and rendered from then until now."""
    return Shown(name if index == 0 else f"{name} ({lang})", pages, written - since, time.perf_counter() - written)


def _show_language(plan: _Plan, output: Output, index: int, lang: str, name: str = "public") -> None:
    """Put site ``name`` (the statement or the register) in its ``index``-th language on show in a preview. The
    first is the site itself: the other languages' folders of the last preview move into it until their own are
    rendered, and each of those then takes the place of its old folder."""
    shown = plan.report.out / name
    if index == 0:
        for other in (plan.public_languages if name == "public" else plan.internal_languages)[1:]:
            if (shown / other).is_dir():
                os.replace(shown / other, output.staging / name / other)
        output.commit([name])
        return
    built, old = output.staging / f"{name}-{lang}", output.staging / f"old-{name}-{lang}"
    if (shown / lang).exists():
        os.replace(shown / lang, old)
    os.replace(built, shown / lang)


# -- the stages of a build ----------------------------------------------------------------------------


@dataclass
class _Plan:
    """What a build works from, settled before anything is written: lint's result, the languages of
    each site and what every page shares."""

    register_root: Path
    result: LintResult
    report: BuildReport
    org: dict
    default: str  # the register's own language
    languages: list[str]  # the statement's languages
    form: str | None  # how the statement addresses the reader (u, je)
    version: dict
    public_languages: list[str]  # empty when the statement is withheld or not asked for
    internal_languages: list[str]  # the register's own language first
    built_sites: list[str]
    live: bool
    project: Path | None
    look: SiteLook | None
    # `ropa serve`: the files made for a docs folder, which _live writes where they changed
    made: dict[str, dict[str, bytes]] = field(default_factory=dict)

    def renderer(self, lang: str) -> Renderer:
        return Renderer(lang, self.default, self.register_root, self.form, jurisdiction(self.org))


def _plan(
    register_root: Path,
    out: Path,
    *,
    use_cache: bool,
    publish_with_errors: bool,
    sites: tuple[str, ...],
    live: bool,
    progress: Callable[[str], None],
) -> _Plan:
    """Lint the register and decide what is built: nothing when files cannot be read (BuildRefused); the
    statement withheld while the law's errors stand, unless ``publish_with_errors``."""
    progress("linting the register")
    result = lint(register_root, use_cache=use_cache)
    if result.structural_errors or result.register.io_errors:
        raise BuildRefused(result)
    errors = [p for p in result.problems if p.level == "error"]
    register = result.register
    report = BuildReport(out=out.resolve(), findings=result.problems)  # resolved: the engine reads site_dir
    if errors and not publish_with_errors:
        report.withheld = errors
    elif errors:
        report.published_errors = errors
    assert register.organisation is not None  # lint refused the build otherwise (register-organisation)
    org = register.organisation.data
    default = org.get("language", "nl")
    statement = mapping(org.get("statement"))
    languages = statement.get("languages") or [default]
    return _Plan(
        register_root=register_root,
        result=result,
        report=report,
        org=org,
        default=default,
        languages=languages,
        form=statement.get("address_form"),
        version=register_version(register),
        public_languages=languages if not report.withheld and "public" in sites else [],
        # the register in every language of the statement, its own language at the root, the others in a
        # sub-folder, with a language switch like the statement's
        internal_languages=[default] + [lang for lang in languages if lang != default] if "internal" in sites else [],
        built_sites=[name for name in sites if name == "internal" or not report.withheld],
        live=live,
        project=project_config(register_root),
        look=site_look(register_root),
    )


def _up_to_date(out: Path, stamp: str, sites: list[str]) -> bool:
    """Whether the last build into ``out`` was made from the same inputs and left these sites."""
    before = _built_from(out)
    return (
        before.get("stamp") == stamp
        and all((out / name / "index.html").is_file() for name in before.get("sites", []))
        and set(sites) <= set(before.get("sites", []))
    )


def _write_statement(
    plan: _Plan, work: Path, staging: Path, written: Callable[[Path], None] | None = None
) -> list[Path]:
    """The statement's pages in each of its languages; the engine's config of each, each also given to
    ``written`` as soon as its language is written."""
    if not plan.public_languages:
        return []
    public = build_site(plan.result.register, "public")
    org, report, jobs = plan.org, plan.report, []
    for i, lang in enumerate(plan.public_languages):
        renderer = plan.renderer(lang)
        docs = work / f"public-{lang}"
        docs.mkdir()
        try:
            statement = render_statement(public, renderer)
        except TemplateFailed as exc:
            raise BuildFailed(f"the statement's template failed: {exc}") from None
        (docs / "index.md").write_text(front_matter(statement), encoding="utf-8")
        report.pages += 1
        if mapping(org.get("statement")).get("publish_register") is True:  # the Art. 30 register, public part
            (docs / "register.md").write_text(
                front_matter(render_register(public, renderer, _banner(plan.version, renderer))), encoding="utf-8"
            )
            (docs / "register.csv").write_bytes(to_csv(public_register_rows(public, renderer)))
            report.pages += 1
        site_dir = staging / "public" if i == 0 else staging / f"public-{lang}"  # nested by _place
        extra: dict[str, Any] = {"alternate": _alternate(plan.languages, i)} if len(plan.languages) > 1 else {}
        extra.update(_chrome(renderer))
        jobs.append(
            _config(
                work,
                renderer.L.text(org["name"]),  # tab title: "<title> - <name>"
                docs,
                site_dir,
                lang,
                plan.project,
                {**extra, "ropa_live": True} if plan.live else extra,
                look=plan.look,
            )
        )
        if written is not None:
            written(jobs[-1])
    return jobs


def _write_register(
    plan: _Plan,
    work: Path,
    staging: Path,
    progress: Callable[[str], None],
    written: Callable[[Path], None] | None = None,
) -> list[Path]:
    """The internal register's pages in each of its languages, with its history read once for all of
    them and its JSON download made once; the engine's config of each, each also given to ``written`` as
    soon as its language is written."""
    from ..diff import histories

    if not plan.internal_languages:
        return []
    result, report, jobs = plan.result, plan.report, []
    internal_site = build_site(result.register, "internal")
    publication = "withheld" if report.withheld else "forced" if report.published_errors else "published"
    progress("reading the register's history")
    told = histories(plan.register_root, plan.internal_languages)
    data = to_json(internal_site, plan.version)
    for i, lang in enumerate(plan.internal_languages):
        renderer = plan.renderer(lang)
        docs = work / ("internal" if i == 0 else f"internal-{lang}")
        docs.mkdir()
        pages = Internal(
            internal_site,
            renderer,
            result.problems,
            today(),
            result.suppressed,
            told[lang] if told is not None else None,
            publication,
        ).pages()
        files = _internal_files(pages, renderer, internal_site, data)
        if plan.live:  # written by _live into the folder kept between builds, only where they changed
            plan.made[str(docs)] = files
        else:
            _write_files(docs, files)
        report.pages += len(pages)
        extra: dict[str, Any] = {
            "ropa_banner": _banner(plan.version, renderer, plan.live),
            **_chrome(renderer),
            **({"ropa_live": True} if plan.live else {}),
        }
        if len(plan.internal_languages) > 1:
            extra["alternate"] = _alternate(plan.internal_languages, i)
        jobs.append(
            _config(
                work,
                f"{renderer.w('internal.title')} – {renderer.L.text(plan.org['name'])}",
                docs,
                staging / "internal" if i == 0 else staging / f"internal-{lang}",
                lang,
                plan.project,
                extra,
                nav=_internal_nav(renderer),
                assets=True,
                look=plan.look,
            )
        )
        if written is not None:
            written(jobs[-1])
    return jobs


def _place(plan: _Plan, staging: Path, names: tuple[str, ...] = ("public", "internal")) -> list[str]:
    """Each language's site was built on its own (so that they could be built side by side): the other
    languages go into the first one's sub-folder. The sites built (of ``names``)."""
    sites = (("public", plan.public_languages), ("internal", plan.internal_languages))
    for name, langs in sites:
        if name not in names:
            continue
        for lang in langs[1:]:
            os.replace(staging / f"{name}-{lang}", staging / name / lang)
    return [name for name, langs in sites if langs and name in names]
