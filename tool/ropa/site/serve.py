"""`ropa serve`: build both sites into a temporary folder, serve them on 127.0.0.1 and rebuild
whenever a file of the register (or its templates, or the project's mkdocs.yml) changes.

Pages of a served build carry a small script that asks ``/__ropa__/version`` four times a second and
reloads when a new build is ready; normal builds do not have it. The register's files are looked at
four times a second, less often where looking takes longer than a twentieth of that (a register of
thousands of files). A register with errors keeps the last good build on show and prints the errors.
"""

from __future__ import annotations

import functools
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .build import BuildRefused, Shown, preview, snapshot
from .engine import Workers
from .output import SITES

_INDEX = """<!doctype html><meta charset="utf-8"><title>ropa serve</title>
<ul><li><a href="public/index.html">Privacyverklaring / privacy statement</a></li>
<li><a href="internal/index.html">Verwerkingsregister / record of processing activities</a></li></ul>"""


_LOCAL = {"localhost", "127.0.0.1", "::1", "[::1]"}
_SWAP_WAIT = 2.0  # seconds a request waits for a site folder that a new build is swapping into place


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, state: dict, hosts: set[str], **kwargs):
        self.state = state
        self.hosts = hosts
        super().__init__(*args, **kwargs)

    def _host_allowed(self) -> bool:
        """Only requests addressed to this machine's own names: a page elsewhere that points a name of
        its own at 127.0.0.1 (DNS rebinding) must not read the internal register."""
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in self.hosts

    def do_HEAD(self) -> None:  # noqa: N802 (the http.server name)
        if not self._host_allowed():
            self.send_error(403, "Host not allowed")
            return
        try:
            super().do_HEAD()
        except (ValueError, OSError):  # a NUL or another impossible path: a bad request, not a traceback
            self.send_error(400, "Bad request")

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        if not self._host_allowed():
            self.send_error(403, "Host not allowed")
            return
        if self.path.startswith("/__ropa__/version"):
            body = str(self.state["version"]).encode()
        elif self.path in ("/", "/index.html"):
            body = _INDEX.encode()
        else:
            try:
                super().do_GET()
            except (ValueError, OSError):
                self.send_error(400, "Bad request")
            return
        self.send_response(200)
        self.send_header(
            "Content-Type", "text/plain; charset=utf-8" if b"<" not in body else "text/html; charset=utf-8"
        )
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_head(self):
        """As http.server serves a file, except while a new build replaces the site the file is in: a
        site is swapped into place with two renames (ropa.site.output), and between them its folder is
        not there. A request that falls in that moment waits for the new site instead of failing."""
        site = Path(self.directory) / self.path.lstrip("/").split("?", 1)[0].split("/", 1)[0]
        if site.name in SITES and not site.is_dir():
            deadline = time.monotonic() + _SWAP_WAIT
            while not site.is_dir() and time.monotonic() < deadline:
                time.sleep(0.01)
        return super().send_head()

    def translate_path(self, path: str) -> str:
        from urllib.parse import unquote

        if "\x00" in unquote(path):
            raise ValueError("a NUL in the path")
        return super().translate_path(path)

    def log_message(self, *args: object) -> None:
        pass


def serve(
    register: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    stop: threading.Event | None = None,
    say: Callable[[str], None] = print,
    interval: float | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    stop = stop or threading.Event()
    state = {"version": 0}
    # the engine's processes live as long as the preview: each keeps what the last build of its site
    # converted (ropa.site.chunked), so that an edit is converted alone
    with tempfile.TemporaryDirectory(prefix="ropa-serve-") as tmp, Workers() as workers:
        out = Path(tmp)

        def rebuild() -> None:
            # the statement first (two pages, seconds), then the register (a page per definition): an
            # edit shows in the statement without waiting for the register, whose pages are written
            # while the statement renders
            def on_show(site: Shown) -> None:
                state["version"] += 1
                say(
                    f"{site.site}: built {site.pages} page{'' if site.pages == 1 else 's'} "
                    f"(ropa {site.generate_seconds:.1f} s, "
                    f"mkdocs {site.engine_seconds:.1f} s)"
                )

            try:
                report = preview(register, out, workers, on_show)
            except BuildRefused as refused:
                for p in refused.result.problems:
                    if p.level == "error":
                        say(f"{p.path}:{p.line}:{p.column}: {p.level} [{p.rule}] {p.message}")
                say("not rebuilt: the register has errors; showing the last good build")
                return
            except Exception as failed:  # noqa: BLE001 -- a template, the output folder, the engine: keep serving
                say(f"not rebuilt: {failed}; showing the last good build")
                return
            if report.published_errors and not report.up_to_date:
                say(
                    f"preview only: lint reports {len(report.published_errors)} error(s) (see the status page); "
                    "`ropa build` will not write the public statement until they are fixed"
                )

        rebuild()
        hosts = _LOCAL | ({host.lower()} if host not in ("0.0.0.0", "::") else set())
        handler = functools.partial(_Handler, directory=str(out), state=state, hosts=hosts)
        httpd = ThreadingHTTPServer((host, port), handler)
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        url = f"http://{host}:{httpd.server_address[1]}/"
        say(f"serving {url}  (public/ and internal/; Ctrl+C stops)")
        if ready:
            ready(url)
        seen = snapshot(register)
        wait = interval if interval is not None else 0.25
        try:
            while not stop.wait(wait):
                began = time.perf_counter()
                now = snapshot(register)
                if interval is None:  # a quarter of a second, or long enough that looking costs a fifth of a core
                    wait = max(0.25, 4 * (time.perf_counter() - began))
                if now != seen:
                    seen = now
                    rebuild()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.shutdown()
            httpd.server_close()
