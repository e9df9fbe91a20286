"""Housekeeping: overdue reviews, translations missing, suppressions nothing needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..dates import add_period
from ..lazyre import lazy_compile
from ..schemawalk import annotated
from . import may_hold, rule
from .context import Context, Finding, mapping


@cache
def _public_texts(kind: str) -> dict:
    """The public text fields of ``kind`` as a trie of path steps; ``True`` marks a text field."""
    hidden = [p for p, a in annotated(kind, "x-ropa-audience") if a == "internal"]
    hidden += [p for p, _ in annotated(kind, "x-ropa-translate")]  # names: translated only where they are
    return _trie(kind, hidden)


@cache
def _plain_texts(kind: str) -> dict:
    """The text fields of ``kind`` printed as written (every text but the Markdown ones), as a trie."""
    return _trie(kind, [p for p, _ in annotated(kind, "x-ropa-markdown")])


def _trie(kind: str, hidden: list) -> dict:
    """The text fields of ``kind`` not under one of ``hidden`` as a trie of path steps; ``True`` marks a
    text field."""
    trie: dict = {}
    for pattern, _ in annotated(kind, "x-ropa-text"):
        if any(pattern[: len(h)] == h for h in hidden):
            continue
        node = trie
        for step in pattern:
            node = node.setdefault(step, {})
        node[True] = True
    return trie


def _texts(data: Any, trie: dict, path: list, found: list | None = None) -> list[tuple[list, Any]]:
    """(path, value) of every text field in ``data``, in one walk (a list: a generator per level cost
    more than the walk itself on a large register)."""
    found = [] if found is None else found
    if True in trie:
        found.append((path, data))
    if isinstance(data, dict):
        for key, sub in trie.items():
            if key is not True and key != "*" and key in data:
                _texts(data[key], sub, path + [key], found)
    elif isinstance(data, list) and "*" in trie:
        every = trie["*"]
        for i, item in enumerate(data):
            _texts(item, every, path + [i], found)
    return found


@rule(
    "review-overdue",
    "housekeeping",
    "warning",
    "GDPR Art. 5(2), 24(1); AP recommendations for registers (2018)",
    "A register is kept up to date: each activity is reviewed at the interval its owner set.",
    "Review the activity and update `review.last`.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          review: {last: '2024-01-01', interval: P1Y}
    """,
    near_miss="""
        activities/klantenservice.yaml:
          # due on 2026-11-22, the day the examples are checked on: not yet overdue
          review: {last: '2025-11-22', interval: P1Y}
    """,
    points_at="'2024-01-01'",
)
def review_overdue(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities(every_regime=True):
        review = mapping(source.data.get("review"))
        last = review.get("last")
        due = add_period(last, review.get("interval"))  # the same due date the internal site shows
        if due is not None and due < ctx.today:
            yield ctx.at(
                source,
                ["review", "last"],
                f"review overdue since {due.isoformat()} (last {last}, every "
                f"{review['interval']}); review the activity and update `review.last`",
            )


@rule(
    "review-missing",
    "housekeeping",
    "info",
    "GDPR Art. 5(2); AP recommendations for registers (2018)",
    "Without an owner and a review date nobody keeps the activity current.",
    "Add `owner:` and `review: {last: ..., interval: P1Y}`.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          owner: null
    """,
    near_miss="""
        activities/klantenservice.yaml:
          review: {interval: P1Y}
    """,
    points_at="klantenservice",
)
def review_missing(ctx: Context) -> Iterator[Finding]:
    for source in ctx.activities(every_regime=True):
        if not source.data.get("owner") or not isinstance(source.data.get("review"), dict):
            missing = " and ".join(k for k in ("owner", "review") if not source.data.get(k))
            yield ctx.at(source, ["id"], f"activity `{source.data['id']}` has no {missing}")


@rule(
    "translation-missing",
    "housekeeping",
    "warning",
    "GDPR Art. 12(1)",
    "The statement is published in several languages; every public text needs each of them.",
    "Write the text as `{nl: ..., en: ...}` with every language of `statement.languages`.",
    scope="file",
    example="""
        organisation.yaml:
          statement:
            languages: [nl, en]
    """,
    near_miss="""
        organisation.yaml:
          statement:
            languages: [nl]
    """,
    points_at="Zonder deze gegevens kunnen wij u niet h",
)
def translation_missing(ctx: Context) -> Iterator[Finding]:
    languages = ctx.languages
    if len(languages) < 2:
        return
    others = [lang for lang in languages if lang != ctx.org.get("language", "nl")]
    for source in ctx.register.all_files():
        if not source.valid or not ctx.in_scope(source) or source.data.get("audience") == "internal":
            continue
        for path, value in _texts(source.data, _public_texts(source.kind.name), []):
            if _law_name(path, value):
                continue  # a law's name is its official title, cited as it is (hold-out 189's dental practice)
            if isinstance(value, str):
                missing = others
            elif isinstance(value, dict):
                missing = [lang for lang in languages if not value.get(lang)]
            else:
                continue
            if missing:
                # one finding per language missing, every text that lacks it listed with it (grouping.py)
                yield ctx.at(
                    source,
                    path,
                    f"text has no {', '.join(missing)} version, but the statement is "
                    f"published in {', '.join(languages)}",
                )


# Markdown a plain text shows as written: a link, text between double asterisks or underscores, an HTML tag
_MARKDOWN = lazy_compile(
    r"\[[^\]\n]{1,300}\]\(\s*<?(?:https?:|mailto:|tel:|www\.)[^)\s]*>?\s*\)"
    r"|(?<![*\w])\*\*(?=\S)[^*\n]{1,300}(?<=\S)\*\*(?![*\w])"
    r"|(?<![_\w])__(?=\S)[^_\n]{1,300}(?<=\S)__(?![_\w])"
    r"|</?(?:a|br|p|strong|b|em|i|u|ul|ol|li|h[1-6])(?:\s[^<>\n]*)?/?>",
    re.I,
)
# what a text holding any of it must hold in its bytes (may_hold)
_MARKDOWN_HINT = ("](", "**", "__", "<")


@rule(
    "markdown-in-plain-text",
    "housekeeping",
    "warning",
    "GDPR Art. 12(1)",
    "Only the fields documented as Markdown are rendered as Markdown; every other text is printed as written, "
    "so a link written as `[label](address)`, `**bold**` or an HTML tag reaches the statement with its brackets, "
    "asterisks and tags, and its reader sees the syntax instead of the link.",
    "Write the address itself (a web address in a text becomes a link, an e-mail address stays as written) and "
    "drop the asterisks or tags; text that needs Markdown belongs in a field documented as Markdown.",
    scope="file",
    example="""
        activities/klantenservice.yaml:
          description: Vragen via het [contactformulier](https://www.voorbeeld.nl/contact) beantwoorden wij zelf.
    """,
    near_miss="""
        activities/klantenservice.yaml:
          # the address written out: the statement makes it a link; "*" alone is no emphasis
          description: Vragen via het contactformulier (https://www.voorbeeld.nl/contact) beantwoorden wij *zelf*.
    """,
    points_at="Vragen via het [contactformulier]",
)
def markdown_in_plain_text(ctx: Context) -> Iterator[Finding]:
    for source in ctx.register.all_files():
        if not source.valid or not ctx.in_scope(source) or not may_hold(ctx, source, _MARKDOWN_HINT):
            continue
        for path, value in _texts(source.data, _plain_texts(source.kind.name), []):
            if isinstance(value, str):
                texts = [(path, value)]
            elif isinstance(value, dict):
                texts = [(path + [lang], text) for lang, text in value.items() if isinstance(text, str)]
            else:
                continue
            for where, text in texts:
                found = _MARKDOWN.search(text)
                if found:
                    shown = " ".join(found.group(0).split())
                    shown = shown if len(shown) <= 60 else shown[:57] + "..."
                    yield ctx.at(
                        source,
                        where,
                        f"plain text holds Markdown or HTML (`{shown}`), which the statement prints as written; "
                        "write the address itself and drop the syntax, or move the text to a Markdown field",
                    )


def _law_name(path: list, value: Any) -> bool:
    """Whether ``value`` at ``path`` is the name of a law: a law given as one text ("Wet op de
    geneeskundige behandelingsovereenkomst, art. 454"), a law's `title`, or a structured law itself (a
    mapping with a title, not a text per language; its `description` is prose, and looked at apart)."""
    if path[-1:] == ["law"]:
        return isinstance(value, str) or (isinstance(value, dict) and "title" in value)
    return path[-2:] == ["law", "title"]


@rule(
    "unused-definition",
    "housekeeping",
    "warning",
    "AP recommendations for registers (2018): one navigable overview",
    "A definition no activity uses is either stale or a missing link.",
    "Refer to it from an activity, or delete the file.",
    scope="register",
    example="""
        purposes/oud.yaml:
          id: oud
          name: Oud
    """,
    near_miss="""
        purposes/oud.yaml:
          id: oud
          name: Oud
        activities/klantenservice.yaml:
          purposes:
            - {purpose: vragen-beantwoorden, basis: contract}
            - {purpose: oud, basis: contract}
    """,
    points_at="oud",
)
def unused_definition(ctx: Context) -> Iterator[Finding]:
    return iter(())  # reported by the cross-link check (links.py); declared here for its documentation


@rule(
    "suppression-unused",
    "housekeeping",
    "info",
    "ropa",
    "A suppression that matches no finding hides nothing and may hide a future problem by mistake.",
    "Remove the `suppress` entry.",
    scope="register",
    example="""
        activities/klantenservice.yaml:
          suppress:
            - {rule: retention-vague, reason: Niet van toepassing hier.}
    """,
    near_miss="""
        activities/klantenservice.yaml:
          suppress:
            - rule: provision-missing
              reason: Wordt in het formulier gemeld.
          provision: null
    """,
    points_at="rule: retention-vague",
)
def suppression_unused(ctx: Context) -> Iterator[Finding]:
    return iter(())  # computed by the rule engine after all rules ran
