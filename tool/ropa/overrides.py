"""What a register may change of ropa's output, and the checks that keep it data.

A register is edited in pull requests by colleagues and imported from spreadsheets from anywhere, so
everything in it is data, never code:

* **Wording** (``templates/i18n/<lang>.yaml``): plain sentences for keys ropa knows, with only the
  ``{placeholders}`` ropa's own sentence has. They are shown as text (escaped), like any other value.
* **Templates** (``templates/public/statement.md.j2``): rendered in Jinja's sandbox, read only from
  inside the register, given only the values ropa hands them.
* **Site look** (``mkdocs.yml`` inside the register): an allow-list of presentation settings (colours,
  logo, favicon, theme features, copyright line, style sheets from inside the register). Hooks,
  plugins, ``!ENV``, scripts and anything else are errors. (A ``mkdocs.yml`` beside the register, at
  the root of the repository, is the project's own and is used as it is.)

`ropa lint` reports every override a register carries as info, so that a reviewer sees that a pull
request changes how the statement reads, and every violation as an error at ``file:line:col``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .loader import LoadError, locate, parse, read_text
from .register import Register, display_path
from .text import PLACEHOLDER, Words
from .values import mapping

# The templates a register may replace (under REGISTER/templates/).
TEMPLATES = ("public/statement.md.j2",)
_LANG_FILE = re.compile(r"^[a-z]{2}\.yaml$")
_IMAGE = (".png", ".svg", ".jpg", ".jpeg", ".webp", ".ico")
_FEATURES = re.compile(r"^(navigation|toc|search|content\.tooltips|header\.autohide)(\.[a-z]+)*$")
_COLOUR = re.compile(r"^[a-z]+(?:[ -][a-z]+)*$|^#[0-9a-fA-F]{3,8}$")
_MEDIA = re.compile(r"^\(prefers-color-scheme: (light|dark)\)$")
_ICON = re.compile(r"^[a-z0-9-]+(/[a-z0-9-]+)*$")
# In a style sheet: anything that would load from elsewhere, or run, when a reader opens the page.
_CSS_OUTSIDE = re.compile(r"@import|url\(\s*['\"]?\s*(?:[a-z][a-z0-9+.-]*:|//)|expression\(|javascript:", re.I)
MAX_CSS_BYTES = 256 * 1024


@dataclass
class SiteLook:
    """The allow-listed settings of a register's own mkdocs.yml, and the files they need copied."""

    config: dict = field(default_factory=dict)
    theme: dict = field(default_factory=dict)
    files: list[tuple[Path, str]] = field(default_factory=list)  # (source, path under the site)
    problems: list[tuple[str, int, int, str, str, str]] = field(default_factory=list)


def check_overrides(register: Register) -> None:
    """Report the register's overrides (info) and everything in them that is not allowed (errors)."""
    root = register.root
    templates = root / "templates"
    if templates.is_dir() and not templates.is_symlink():
        for path in sorted(p for p in templates.rglob("*") if p.is_file() or p.is_symlink()):
            rel = path.relative_to(templates).as_posix()
            shown = display_path(path)
            if _outside(path, root):
                register.problem(
                    shown,
                    1,
                    1,
                    "error",
                    "override-outside",
                    f"`templates/{rel}` is a link out of the register; templates must be files inside it",
                )
            elif rel.startswith("i18n/") and _LANG_FILE.match(path.name):
                _check_wording(register, path, path.stem)
            elif rel in TEMPLATES:
                _check_template(register, path, rel)
            else:
                register.problem(
                    shown,
                    1,
                    1,
                    "warning",
                    "override-unused",
                    f"`templates/{rel}` is not used: a register can replace "
                    f"{', '.join('`templates/' + t + '`' for t in TEMPLATES)} and wording in "
                    "`templates/i18n/<lang>.yaml`",
                )
    elif templates.is_symlink():
        register.problem(
            display_path(templates),
            1,
            1,
            "error",
            "override-outside",
            "`templates` is a link; templates must be files inside the register",
        )
    look = site_look(root)
    for where, line, column, level, rule, message in look.problems:
        register.problem(where, line, column, level, rule, message)
    _check_languages(register)


def _check_languages(register: Register) -> None:
    """A statement language ropa has no sentences for prints ropa's English ones, unless the register
    gives its own (``templates/i18n/<lang>.yaml``) for every one: say so before anyone publishes a French
    page half in English."""
    from .text import shipped_languages, wording_dir

    org = register.organisation
    if org is None or not org.valid:
        return
    statement = mapping(org.data.get("statement"))
    languages = statement.get("languages")
    if languages is None:
        # no languages: the statement is written in the organisation's language (a Danish association's page,
        # hold-out 70, came out half in English with no word of warning)
        places: list[tuple[str, list]] = [(org.data["language"], ["language"])] if "language" in org.data else []
    elif isinstance(languages, list):
        places = [(lang, ["statement", "languages", i]) for i, lang in enumerate(languages)]
    else:
        return
    english = _wording_keys(wording_dir() / "en.yaml")
    for lang, where in places:
        if not isinstance(lang, str) or lang in shipped_languages():
            continue
        own = register.root / "templates" / "i18n" / f"{lang}.yaml"
        missing = english - (_wording_keys(own) if own.is_file() and not _outside(own, register.root) else set())
        if missing:
            register.problem_at(
                org,
                where,
                "warning",
                "wording-language-missing",
                f"ropa has no sentences in `{lang}` (it has {', '.join(sorted(shipped_languages()))}): the statement "
                f"in `{lang}` would print {len(missing)} of its sentences, and the names of legal bases, rights and "
                "transfer mechanisms, in English; publish in a language ropa has, or write its sentences in "
                f"`templates/i18n/{lang}.yaml` (docs/statement.md lists the keys; the names stay English)",
            )


def _wording_keys(path: Path) -> set[str]:
    try:
        data = parse(read_text(path)).data
    except (LoadError, OSError):
        return set()
    return {str(k) for k in data} if isinstance(data, dict) else set()


def _outside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return True
    return False


def _check_wording(register: Register, path: Path, lang: str) -> None:
    shown = display_path(path)
    try:
        document = parse(read_text(path))
    except LoadError as exc:
        register.problem(shown, exc.problem.line, exc.problem.column, "error", exc.problem.rule, exc.problem.message)
        return
    except OSError as exc:
        register.problem(shown, 1, 1, "error", "io-error", f"cannot read the file: {exc.strerror or exc}")
        return
    for problem in document.problems:
        register.problem(shown, problem.line, problem.column, "error", problem.rule, problem.message)
    if not isinstance(document.data, dict):
        register.problem(
            shown,
            1,
            1,
            "error",
            "wording-not-text",
            "a wording file maps keys of ropa's sentences to the organisation's own sentences",
        )
        return
    own = Words(lang).texts
    for key, sentence in document.data.items():
        line, column = locate(document.root, [key], key=True)
        if key not in own:
            close = [k for k in own if k.split(".")[-1] == str(key).split(".")[-1]][:1]
            hint = f"; did you mean `{close[0]}`?" if close else "; docs/statement.md lists the keys"
            register.problem(
                shown, line, column, "error", "wording-unknown-key", f"`{key}` is not one of ropa's sentences{hint}"
            )
            continue
        line, column = locate(document.root, [key])
        if not isinstance(sentence, str):
            register.problem(
                shown, line, column, "error", "wording-not-text", f"`{key}` must be one sentence of plain text"
            )
            continue
        allowed = set(PLACEHOLDER.findall(str(own[key])))
        used = set(PLACEHOLDER.findall(sentence))
        braces = re.sub(PLACEHOLDER, "", sentence)
        if used - allowed or "{" in braces or "}" in braces:
            names = ", ".join("{" + a + "}" for a in sorted(allowed))
            register.problem(
                shown,
                line,
                column,
                "error",
                "wording-placeholder",
                (f"`{key}` may use only {names}" if allowed else f"`{key}` takes no placeholders")
                + "; other braces are not filled in: write the text without them",
            )
    count = sum(1 for key in document.data if key in own)
    if count:
        register.problem(
            shown,
            1,
            1,
            "info",
            "override-wording",
            f"this register replaces {count} of ropa's sentences in `{lang}`; they are printed as plain "
            "text: review them like the statement itself",
        )


def _check_template(register: Register, path: Path, rel: str) -> None:
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment

    shown = display_path(path)
    try:
        SandboxedEnvironment().parse(read_text(path))
    except TemplateSyntaxError as exc:
        register.problem(shown, exc.lineno or 1, 1, "error", "template-syntax", f"template syntax error: {exc.message}")
        return
    except (LoadError, OSError) as exc:
        register.problem(shown, 1, 1, "error", "io-error", f"cannot read the template: {exc}")
        return
    register.problem(
        shown,
        1,
        1,
        "info",
        "override-template",
        f"this register replaces ropa's template `{rel}`; it runs in a sandbox, but decides what the "
        "statement says: review it like the statement itself",
    )


# -- the site's look --------------------------------------------------------------------------------


def site_look(root: Path) -> SiteLook:
    """The allow-listed settings of ``REGISTER/mkdocs.yml`` (if there is one), with their problems."""
    look = SiteLook()
    path = root / "mkdocs.yml"
    if not path.exists():
        return look
    shown = display_path(path)

    def problem(keys: list, rule: str, message: str, key: bool = False) -> None:
        line, column = locate(document.root, keys, key=key) if document is not None else (1, 1)
        look.problems.append((shown, line, column, "error", rule, message))

    document = None
    if _outside(path, root):
        problem([], "override-outside", "`mkdocs.yml` is a link out of the register")
        return look
    try:
        document = parse(read_text(path))
    except LoadError as exc:  # !ENV and other tags are refused here: a register holds plain data
        look.problems.append(
            (shown, exc.problem.line, exc.problem.column, "error", exc.problem.rule, exc.problem.message)
        )
        return look
    for p in document.problems:
        look.problems.append(
            (
                shown,
                p.line,
                p.column,
                "error",
                "site-config-key" if p.rule == "yaml-tag" else p.rule,
                p.message
                + (
                    "; environment variables and other tags are not read in a register's mkdocs.yml"
                    if p.rule == "yaml-tag"
                    else ""
                ),
            )
        )
    data = mapping(document.data)
    allowed = "copyright, theme (palette, logo, favicon, features, icon), extra_css"
    for key, value in data.items():
        if key == "copyright":
            if isinstance(value, str) and len(value) <= 300:
                look.config["copyright"] = value  # escaped when the config is written
            else:
                problem([key], "site-config-value", "`copyright` is one line of plain text")
        elif key == "theme" and isinstance(value, dict):
            _theme(root, value, look, problem)
        elif key == "extra_css" and isinstance(value, list):
            for i, item in enumerate(value):
                target = _register_file(root, item, (".css",))
                if target is None:
                    problem(
                        [key, i],
                        "site-config-value",
                        "`extra_css` lists style sheets inside the register (a path relative to it, ending in .css)",
                    )
                elif target.stat().st_size > MAX_CSS_BYTES or _CSS_OUTSIDE.search(target.read_text("utf-8", "replace")):
                    problem(
                        [key, i],
                        "site-config-value",
                        f"`{item}` loads from another host or runs code "
                        "(@import, url() to another site, expression); a privacy statement loads nothing from "
                        "elsewhere",
                    )
                else:
                    look.files.append((target, f"assets/register/{target.name}"))
                    look.config.setdefault("extra_css", []).append(f"assets/register/{target.name}")
        elif key == "site_name":
            pass  # ropa names the sites after the organisation; harmless, not used
        else:
            problem(
                [key],
                "site-config-key",
                f"`{key}` is not allowed in a register's mkdocs.yml (it could run "
                f"code, load from elsewhere or change what is published); allowed: {allowed}",
                key=True,
            )
    return look


def _theme(root: Path, theme: dict, look: SiteLook, problem: Any) -> None:
    for key, value in theme.items():
        if key == "name" and value == "material":
            continue
        if key == "palette":
            entries = value if isinstance(value, list) else [value]
            ok = all(isinstance(e, dict) and _palette(e) for e in entries) and entries
            if ok:
                # one scheme: a toggle between schemes stores the reader's choice in their browser, and a
                # privacy statement stores nothing
                look.theme["palette"] = {k: v for k, v in entries[0].items() if k not in ("toggle", "media")}
            else:
                problem(
                    ["theme", key],
                    "site-config-value",
                    "`palette` takes scheme, primary, accent, media and toggle (icon, name) with plain colour names",
                )
        elif key in ("logo", "favicon"):
            target = _register_file(root, value, _IMAGE)
            if target is None:
                problem(
                    ["theme", key],
                    "site-config-value",
                    f"`{key}` is an image file inside the register ({', '.join(_IMAGE)})",
                )
            else:
                look.files.append((target, f"assets/register/{target.name}"))
                look.theme[key] = f"assets/register/{target.name}"
        elif key == "features":
            if isinstance(value, list) and all(isinstance(f, str) and _FEATURES.match(f) for f in value):
                look.theme["features"] = value
            else:
                problem(
                    ["theme", key],
                    "site-config-value",
                    "`features` lists navigation.*, toc.*, search.* or content.tooltips features",
                )
        elif (
            key == "icon"
            and isinstance(value, dict)
            and all(isinstance(k, str) and isinstance(v, str) and _ICON.match(v) for k, v in value.items())
        ):
            look.theme["icon"] = value
        else:
            problem(
                ["theme", key],
                "site-config-key",
                f"`theme.{key}` is not allowed in a register's mkdocs.yml; "
                "allowed: palette, logo, favicon, features, icon",
                key=True,
            )


def _palette(entry: dict) -> bool:
    for key, value in entry.items():
        if key in ("primary", "accent") and not (isinstance(value, str) and _COLOUR.match(value)):
            return False
        if key == "scheme" and value not in ("default", "slate"):
            return False
        if key == "media" and not (isinstance(value, str) and _MEDIA.match(value)):
            return False
        if key == "toggle" and not (
            isinstance(value, dict)
            and set(value) <= {"icon", "name"}
            and all(isinstance(v, str) and len(v) < 80 for v in value.values())
        ):
            return False
        if key not in ("primary", "accent", "scheme", "media", "toggle"):
            return False
    return True


def _register_file(root: Path, value: Any, suffixes: tuple[str, ...]) -> Path | None:
    """A file inside the register named by a relative path, with one of ``suffixes``; else None."""
    if not isinstance(value, str) or not value or value.startswith(("/", "\\")) or ":" in value:
        return None
    target = root / value
    if not target.is_file() or target.suffix.lower() not in suffixes or _outside(target, root):
        return None
    return target
