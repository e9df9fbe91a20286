"""`ropa export`: the register as JSON, CSV, XLSX or JSON-LD (the same data the internal site offers)."""

from __future__ import annotations

from pathlib import Path

from .lint import lint


def export(register: Path, fmt: str, lang: str | None = None) -> bytes:
    from .national import jurisdiction
    from .site.exports import to_json, written_table
    from .site.jsonld import to_jsonld
    from .site.render import Renderer
    from .site.version import register_version
    from .site.view import build_site

    result = lint(register, rules=False)
    if result.structural_errors:
        raise ValueError(
            f"the register has {len(result.structural_errors)} error(s) in its files or references; "
            "run `ropa lint` and fix them first"
        )
    site = build_site(result.register, "internal")
    default = site.organisation.get("language", "nl")
    if fmt == "json":
        return to_json(site, register_version(result.register))
    if fmt == "jsonld":
        return to_jsonld(site)
    renderer = Renderer(lang or default, default, register, jurisdiction=jurisdiction(site.organisation))
    return written_table(site, renderer, fmt)
