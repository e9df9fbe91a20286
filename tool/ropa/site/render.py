"""The template environment: ropa's templates in site_templates/, overridable from the register.

Templates are looked up first in ``REGISTER/templates/`` and then in ropa's ``site_templates/``, so
an organisation overrides any template, or any sentence of the fixed wording
(``templates/i18n/<lang>.yaml``), without forking ropa. Every value a template prints is escaped for
Markdown unless it is :class:`~ropa.site.markdown.Md`, so text from the register can never turn into
markup, whatever a template does.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from ..loader import parse
from ..schemafiles import shipped_dir
from . import markdown as md
from .text import Language


def templates_dir() -> Path:
    return shipped_dir("site_templates", "site_templates")


@lru_cache(maxsize=None)
def _wording_file(path: str) -> dict[str, str]:
    file = Path(path)
    return parse(file.read_text(encoding="utf-8")).data if file.is_file() else {}


def wording(lang: str, register: Path | None) -> dict[str, str]:
    """The fixed texts in ``lang``: ropa's, with the register's own sentences laid over them."""
    own = templates_dir() / "i18n" / f"{lang}.yaml"
    texts = dict(_wording_file(str(own if own.is_file() else templates_dir() / "i18n" / "en.yaml")))
    if register is not None:
        texts.update(_wording_file(str(register / "templates" / "i18n" / f"{lang}.yaml")))
    return texts


def _finalize(value: Any) -> Any:
    """Escape every printed value for Markdown; Markup (ropa's Md, or a macro's output) is already safe."""
    if value is None:
        return md.Md("")
    return md.escape(value)


class Renderer:
    """Renders ropa's templates for one language."""

    def __init__(self, lang: str, default_lang: str, register: Path | None = None):
        self.L = Language(lang, default_lang)
        self.texts = wording(lang, register)
        search = [str(register / "templates")] if register is not None and (register / "templates").is_dir() else []
        search.append(str(templates_dir()))
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search),
            autoescape=True,  # values become Md in finalize; anything else would be HTML-escaped
            finalize=_finalize,
            undefined=jinja2.Undefined,  # a key the register leaves out is simply absent
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        L = self.L
        self.env.filters.update(
            t=L.text, label=lambda key, group: L.label(group, key), period=L.period, date=L.date,
            event=L.event, country=L.country, inline=md.inline, paragraphs=md.paragraphs,
            markdown=md.user_markdown, link=md.link,
            tmd=lambda value, level=2: md.user_markdown(L.text(value), level),
            tpar=lambda value: md.paragraphs(L.text(value)),
        )
        self.env.globals.update(w=self.w, lang=lang, link=md.link, Md=md.Md, join=self.join, address=self.address)

    def w(self, key: str, **values: Any) -> md.Md:
        """A fixed sentence, its ``{placeholders}`` filled with escaped values."""
        template = self.texts.get(key)
        if template is None:
            raise KeyError(f"no wording `{key}` for language {self.L.lang}")
        return md.Md(str(template).format(**{k: _finalize(v) for k, v in values.items()}))

    def join(self, items: list[Any]) -> md.Md:
        """``a, b en c`` with every item escaped."""
        parts = [_finalize(i) for i in items if i not in (None, "")]
        if len(parts) <= 1:
            return md.Md("".join(parts))
        return md.Md(", ".join(parts[:-1]) + f" {self.texts['and']} " + parts[-1])

    def address(self, a: dict) -> md.Md:
        """A postal address on one line, each part escaped."""
        city = " ".join(p for p in (a.get("postal_code"), a.get("city")) if p)
        parts = [a.get("street"), self.w("address.po_box", number=a["po_box"]) if a.get("po_box") else None, city,
                 self.L.country(a["country"]) if a.get("country") else None,
                 self.w("address.attention", name=a["attention"]) if a.get("attention") else None]
        return md.Md(", ".join(_finalize(p) for p in parts if p))

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)
