"""The template environment: ropa's templates in site_templates/, overridable from the register.

Templates are looked up first in ``REGISTER/templates/`` and then in ropa's ``site_templates/``, so
an organisation overrides the statement's template (:data:`ropa.overrides.TEMPLATES`; the internal
register's, in ``site_templates/internal/``, are ropa's alone), or any sentence of the fixed wording
(``templates/i18n/<lang>.yaml``), without forking ropa. Every value a template prints is escaped for
Markdown unless it is :class:`~ropa.site.markdown.Md`, so text from the register can never turn into
markup, whatever a template does. The words themselves come from the text layer (:mod:`ropa.text`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..model import Address, Retention
from ..schemafiles import shipped_dir
from ..text import Language, Words, party, retention_phrase
from . import markdown as md
from .kept import remember


def templates_dir() -> Path:
    return shipped_dir("site_templates", "site_templates")


class _RegisterTemplates(jinja2.BaseLoader):
    """The templates a register may replace, read only from inside the register: a link out of it,
    an absolute name or `..` finds nothing (lint reports such files)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        from ..overrides import TEMPLATES

        path = self.folder / template
        if template not in TEMPLATES or not path.is_file():
            raise jinja2.TemplateNotFound(template)
        try:
            path.resolve().relative_to(self.folder.resolve().parent)
        except (ValueError, OSError, RuntimeError):
            raise jinja2.TemplateNotFound(template) from None
        text = path.read_text(encoding="utf-8")
        mtime = path.stat().st_mtime_ns
        return text, str(path), lambda: path.is_file() and path.stat().st_mtime_ns == mtime


# Sections of a page rendered by this process's last build of that page, by what they are made from
# (see Renderer.section); `ropa serve` renders again only the sections an edit changed.
_SECTIONS: dict[tuple, dict[str, Any]] = {}


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process and source: every build of ``ropa serve`` makes a new
    environment. Kept in memory only, never on disk, where a file could be put that is not ropa's."""

    def __init__(self) -> None:
        self.codes: dict[str, tuple[str | None, Any]] = {}

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        """A template compiled for one language and wording: Jinja computes a filter given constants
        (``{{ 'scc' | label('mechanism') }}``) when it compiles, with the filters of that language."""
        key = f"{self.get_cache_key(name, filename)}:{getattr(environment, 'ropa_wording', '')}"
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.codes.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.codes[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED = CompiledTemplates()


def _finalize(value: Any) -> Any:
    """Escape every printed value for Markdown; Markup (ropa's Md, or a macro's output) is already safe."""
    if value is None:
        return md.Md("")
    return md.escape(value)


class Renderer:
    """Renders ropa's templates for one language, in the organisation's form of address."""

    def __init__(
        self,
        lang: str,
        default_lang: str,
        register: Path | None = None,
        address_form: str | None = None,
        jurisdiction: str | None = None,
    ):
        # the jurisdiction's national layer says what its law is called and where its sentences differ
        # (ropa.national): the organisation's, from organisation.yaml (ropa.national.jurisdiction)
        self.L = Language(lang, default_lang, address_form, jurisdiction)
        # where a link in the register's own text that names no host leads: the page the statement was published
        # at (`statement.url`), whose text it is; set by the public statement, None elsewhere
        self.link_base: str | None = None
        self.words = Words(lang, register, address_form, jurisdiction)
        self.texts = self.words.texts
        loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(templates_dir()))]
        if register is not None and (register / "templates").is_dir():
            loaders.insert(0, _RegisterTemplates(register / "templates"))
        self.env = SandboxedEnvironment(  # a register's own templates get no way out of the data they are given
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=True,  # values become Md in finalize; anything else would be HTML-escaped
            finalize=_finalize,
            undefined=jinja2.Undefined,  # a key the register leaves out is simply absent
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            bytecode_cache=_COMPILED,
        )
        L = self.L
        self.env.filters.update(
            t=L.text,
            label=lambda key, group: L.label(group, key),
            period=L.period,
            date=L.date,
            law=L.law,
            event=L.event,
            country=L.country,
            inline=md.inline,
            paragraphs=md.paragraphs,
            markdown=lambda value, level=2: md.user_markdown(value, level, base=self.link_base),
            link=md.link,
            tmd=lambda value, level=2: md.user_markdown(L.text(value), level, base=self.link_base),
            tpar=lambda value: md.paragraphs(L.text(value)),
            boxed=md.boxed,
            titled=md.titled,
        )
        self.env.globals.update(
            w=self.w,
            lang=lang,
            link=md.link,
            Md=md.Md,
            join=self.join,
            address=self.address,
            party=party,
            section=self.section,
        )
        # the language, the form of address and every sentence of the wording, as one digest: what a
        # part kept from an earlier build (ropa.site.kept, Renderer.section) depends on besides its data
        self.wording = hashlib.blake2b(
            repr((lang, default_lang, address_form, jurisdiction, sorted(self.texts.items()))).encode(), digest_size=16
        ).hexdigest()
        self.env.ropa_wording = self.wording  # type: ignore[attr-defined]  # its templates' compiled code (CompiledTemplates)
        self._before: dict[str, Any] = {}
        self._now: dict[str, Any] = {}

    def w(self, key: str, **values: Any) -> md.Md:
        """A fixed sentence, its ``{placeholders}`` filled with escaped values."""
        return md.Md(self.words.fill(key, _finalize, **values))

    def join(self, items: list[Any], style: str = "standard") -> md.Md:
        """``a, b en c`` (or, with ``style="or"``, ``a, b of c``; ``style="side"``, ``a; b``) in the page's
        language, every item escaped."""
        return md.Md(self.L.join(items, _finalize, style))

    def retention(self, rule: Retention | dict, events: dict | None = None) -> md.Md:
        return md.Md(retention_phrase(self.words, self.L, rule, _finalize, events))

    def address(self, a: Address) -> md.Md:
        """A postal address on one line, each part escaped."""
        city = " ".join(p for p in (a.get("postal_code"), a.get("city")) if p)
        # the attention line first, as on an envelope: "t.a.v. de FG, Postbus 100, 9990 AA Lindewaard"
        parts = [
            self.w("address.attention", name=self.L.text(a["attention"])) if a.get("attention") else None,
            a.get("street"),
            self.w("address.po_box", number=a["po_box"]) if a.get("po_box") else None,
            city,
            self.L.country(a["country"]) if a.get("country") else None,
        ]
        return md.Md(", ".join(_finalize(p) for p in parts if p))

    def section(self, view: Any, macro: Any) -> Any:
        """``macro(view)``, or its text from the last render of this page where ``view`` is the same: a
        macro given only its view prints the same text for the same view, wording and template."""
        key = repr(view)
        done = self._before.get(key)
        if done is None:
            done = macro(view)
        self._now[key] = done
        return done

    def render(self, template: str, **context: Any) -> str:
        try:
            loaded = self.env.get_template(template)
            source = self.env.loader.get_source(self.env, template)[0] if self.env.loader else ""
            page = (template, self.wording, hashlib.blake2b(source.encode(), digest_size=16).hexdigest())
            self._before, self._now = _SECTIONS.get(page, {}), {}
            text = loaded.render(**context)
            remember(_SECTIONS, page, self._now)
            return text
        except jinja2.TemplateError as exc:  # the sandbox refused something, or a register's template is wrong
            raise _failed(exc, template) from None

    def page(self, template: str, **context: Any) -> str:
        """``template`` rendered without :meth:`render`'s sections kept from the last render (nor its
        read of the template's source to know them by): for the many small pages of the internal
        register, which keeps its pages whole (ropa.site.internal)."""
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateError as exc:
            raise _failed(exc, template) from None


def _failed(exc: jinja2.TemplateError, template: str) -> TemplateFailed:
    where = getattr(exc, "filename", None) or template
    line = getattr(exc, "lineno", None)
    return TemplateFailed(f"{where}{':' + str(line) if line else ''}: {type(exc).__name__}: {exc}")


class TemplateFailed(Exception):
    """A template could not be rendered: the sandbox refused what it tried, or it has a mistake."""
