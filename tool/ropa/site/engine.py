"""The site engine: what turns the Markdown and the config ropa generates into HTML.

Site generation (build.py) writes, per site and language, a folder of Markdown and an mkdocs-style
config (JSON, which is YAML). An engine renders each config into its ``site_dir``; nothing else in
ropa knows which engine it is.

- ``mkdocs`` (the default): mkdocs 1.x with mkdocs-material, in this process or side by side in worker
  processes, strict (a warning stops the build).
- ``zensical``: Zensical, the successor the Material team builds (an optional extra,
  ``pip install 'ropa-register[zensical]'``), run as ``python -m zensical build --strict`` in this
  interpreter, so that ropa's Markdown extensions load. It reads the same config; ropa writes it beside
  the folders with relative paths (Zensical wants the docs and the site inside the project folder) and
  asks for the classic Material look (``theme.variant: classic``). What differs is documented in
  docs/engines.md.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

ENGINES = ("mkdocs", "zensical")
DEFAULT_ENGINE = "mkdocs"


class BuildFailed(Exception):
    """The engine refused the generated site; carries its warnings."""


def available(engine: str) -> bool:
    """Whether ``engine`` is installed beside ropa."""
    return engine in ENGINES and importlib.util.find_spec(engine) is not None


class Workers:
    """Engine processes that outlive one build: one per site (by its config's name), so that a site is
    always rendered by the same process and what that process keeps (:mod:`ropa.site.chunked`) serves
    the next build of the site. ``ropa serve`` holds one for as long as it runs."""

    def __init__(self) -> None:
        self._pools: dict[str, ProcessPoolExecutor] = {}

    def pool(self, config_path: Path) -> ProcessPoolExecutor:
        name = config_path.name
        if getattr(self._pools.get(name), "_broken", False):  # its process died (killed, out of memory)
            self._pools.pop(name).shutdown(wait=False, cancel_futures=True)
        if name not in self._pools:
            # spawn: a clean interpreter, safe beside the threads of `ropa serve`
            self._pools[name] = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return self._pools[name]

    def close(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(cancel_futures=True)
        self._pools.clear()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_engine(engine: str, jobs: list[Path], progress: Callable[[str], None], workers: Workers | None = None) -> None:
    """Render every site of ``jobs`` (their config files) with ``engine``; in the processes of
    ``workers`` where given."""
    start_engine(engine, jobs, progress, workers)()


def start_engine(
    engine: str, jobs: list[Path], progress: Callable[[str], None], workers: Workers | None = None
) -> Callable[[], None]:
    """Start rendering ``jobs``; the function returned waits until they are rendered (raising
    :class:`BuildFailed` if one was refused). With ``workers`` the sites render in their processes
    while this one goes on (``ropa serve`` writes the register's pages meanwhile); without, they
    render when the function is called."""
    if engine not in ENGINES:
        raise BuildFailed(f"unknown site engine `{engine}`; ropa knows {', '.join(ENGINES)}")
    if not available(engine):
        raise BuildFailed(f"the site engine `{engine}` is not installed; pip install 'ropa-register[{engine}]'")
    one = _mkdocs if engine == "mkdocs" else _zensical
    # the largest first, so that the last to finish is a small one
    order = sorted(jobs, key=lambda config: -sum(1 for _ in _docs_dir(config).rglob("*.md")))
    if workers is None:
        return functools.partial(_render_here, one, engine, order, progress)
    progress(f"{engine}: {len(jobs)} sites")
    futures = [workers.pool(config).submit(_job, one, config) for config in order]

    def wait() -> None:
        try:
            failures = [failure for future in futures if (failure := future.result())]
        except BrokenProcessPool as exc:  # the next build starts a new process (Workers.pool)
            raise BuildFailed(f"the site engine's process stopped ({exc}); the next build starts it again") from None
        if failures:
            raise BuildFailed(failures[0])

    return wait


def _render_here(one: Callable[[Path], None], engine: str, order: list[Path], progress: Callable[[str], None]) -> None:
    """Render the sites in ``order`` in this process, or side by side in processes of their own."""
    parallel = min(len(order), os.cpu_count() or 1, 4)
    if parallel < 2:
        for number, config in enumerate(order, start=1):
            progress(f"{engine}: site {number} of {len(order)} ({config.stem.replace('.mkdocs', '')})")
            one(config)
        return
    progress(f"{engine}: {len(order)} sites, {parallel} at a time")
    # spawn: a clean interpreter per worker, safe beside the threads of `ropa serve`
    with ProcessPoolExecutor(max_workers=parallel, mp_context=multiprocessing.get_context("spawn")) as pool:
        failures = [failure for failure in pool.map(functools.partial(_job, one), order) if failure]
    if failures:
        raise BuildFailed(failures[0])


def _docs_dir(config_path: Path) -> Path:
    return Path(json.loads(config_path.read_text(encoding="utf-8"))["docs_dir"])


# -- mkdocs ---------------------------------------------------------------------------------------

# the theme's own files (mkdocs-material's some 10,000 icons, scripts and styles), as mkdocs finds them for a
# build: found once per process and theme, not walked and matched again for every build (a quarter of a second
# of each site of `ropa serve`, whose engine processes build the same sites again and again)
_THEME_FILES: dict[tuple, list[tuple[str, str]]] = {}
# the folders packages are installed in, whose files do not change while ropa runs
_INSTALLED = tuple(os.path.realpath(p) + os.sep for p in (sys.prefix, sys.base_prefix))


def _theme_key(config) -> tuple:
    """What the theme files found depend on: the theme's folders and static templates, and what is in each
    folder outside the installed packages (a project's overrides, which may change while `ropa serve` runs)."""
    own: list[tuple[str, str, int]] = []
    for folder in config.theme.dirs:
        if os.path.realpath(folder).startswith(_INSTALLED):
            continue
        for top, dirs, names in os.walk(folder):
            dirs.sort()
            own.extend((top, name, os.stat(os.path.join(top, name)).st_mtime_ns) for name in sorted(names))
    return tuple(config.theme.dirs), tuple(config.theme.static_templates), tuple(own)


def _remember_theme_files() -> None:
    """Make mkdocs' Files.add_files_from_theme answer from :data:`_THEME_FILES` (once per process)."""
    from mkdocs.structure.files import File, Files

    if getattr(Files.add_files_from_theme, "ropa_remembered", False):
        return
    find = Files.add_files_from_theme

    def add_files_from_theme(self, env, config) -> None:
        key = _theme_key(config)
        if key not in _THEME_FILES:
            found = Files([])
            find(found, env, config)
            _THEME_FILES[key] = [(file.src_uri, str(file.src_dir)) for file in found]
        for path, folder in _THEME_FILES[key]:
            if self.get_file_from_path(path) is None:  # the site's own files come first, as in mkdocs
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    add_files_from_theme.ropa_remembered = True  # type: ignore[attr-defined]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]


def _mkdocs(config_path: Path) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _remember_theme_files()

    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    dirty = False
    try:
        config = load_config(str(config_path))
        dirty = bool(config.extra.get("ropa_dirty"))
        if config.extra.get("ropa_live"):  # a preview of `ropa serve`: large pages converted piece by piece
            from . import chunked

            # registered as mkdocs registers a hook: a module whose on_ functions are events
            config.plugins["ropa-live"] = chunked  # type: ignore[assignment]
        if dirty:  # only the pages whose Markdown changed (ropa.site.dirty)
            from .dirty import NO_DIRTY_WARNING, SearchKept

            config.plugins["ropa-dirty"] = SearchKept()  # type: ignore[assignment]
            logging.getLogger("mkdocs.commands.build").addFilter(NO_DIRTY_WARNING)
        mkdocs_build(config, dirty=dirty)
    except (MkDocsException, SystemExit) as exc:
        raise BuildFailed("mkdocs stopped: " + ("; ".join(warnings) or str(exc))) from None
    finally:
        logger.removeHandler(handler)
        if dirty:
            logging.getLogger("mkdocs.commands.build").removeFilter(NO_DIRTY_WARNING)
    if not config.site_url:
        relative_error_page(Path(config.site_dir) / "404.html")


# -- Zensical -------------------------------------------------------------------------------------


def _zensical(config_path: Path) -> None:
    config = json.loads(config_path.read_text(encoding="utf-8"))
    root = config_path.parent.parent  # the staging folder: work/ and the sites' folders beside it
    site_dir = Path(config["site_dir"])
    config["docs_dir"] = os.path.relpath(config["docs_dir"], root)
    config["site_dir"] = os.path.relpath(site_dir, root)
    config["theme"]["variant"] = "classic"
    project = root / f"{config_path.name.removesuffix('.mkdocs.yml')}.zensical.yml"
    project.write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "zensical", "build", "--strict", "--config-file", str(project)],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=1800,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise BuildFailed(f"zensical could not run: {exc}") from None
    finally:
        project.unlink(missing_ok=True)
    if done.returncode != 0 or not (site_dir / "index.html").is_file():
        # the last line of its error output says why (a Python traceback ends in the exception)
        said = [line.strip() for line in done.stderr.splitlines() if line.strip()] or [
            line.strip() for line in done.stdout.splitlines() if line.strip()
        ]
        raise BuildFailed("zensical stopped: " + (said[-1] if said else f"exit status {done.returncode}"))
    if not config.get("site_url"):
        relative_error_page(site_dir / "404.html")


def _job(render: Callable[[Path], None], config_path: Path) -> str | None:
    """One site, in a worker process: None, or why the engine refused it."""
    try:
        render(config_path)
    except BuildFailed as exc:
        return str(exc)
    return None


# -- both -----------------------------------------------------------------------------------------

_ROOTED = re.compile(r'((?:href|src)=")/(?!/)')


def relative_error_page(page: Path) -> None:
    """Without a ``site_url``, the engine writes the error page's links from the server's root
    (``/assets/...``), so that it is unstyled and its links go nowhere when the site is served from a
    sub-folder, as GitHub Pages serves a project site. Written relative to the site's root instead, it is
    right wherever the site lives, for a missing page one level down, as the server shows it
    (``/project/missing``)."""
    if not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    text = _ROOTED.sub(r"\1./", text).replace('"base": "/"', '"base": "."')
    page.write_text(text, encoding="utf-8")
