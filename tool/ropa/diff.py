"""`ropa diff`: what changed in the register between two git revisions, in a privacy officer's terms.

Sollicitaties: retention of CV: 4 weeks after the end of the application procedure -> 1 year ...
Sollicitaties: new recipient Recruitee (processor, United States); transfer to United States under SCCs
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .cache import FileCache
from .git import GitError, has_commits, repo_root
from .git import git as _git
from .kinds import ACTIVITY
from .national import jurisdiction
from .register import Register, read_register
from .text import Language, Words, recipient_name, retention_phrase

DiffError = GitError  # a revision or the repository could not be read


class DiffRefused(Exception):
    """One side of the comparison has files that cannot be read or do not match their schema."""

    def __init__(self, side: str, problems: list):
        super().__init__(side)
        self.side = side
        self.problems = problems


def checkout(register: Path, rev: str, into: Path, skip: frozenset[PurePosixPath] = frozenset()) -> Path:
    """The register folder as it was at ``rev``, extracted under ``into``, without the files at the
    places in ``skip`` (relative to the register)."""
    root = repo_root(register)
    rel = register.resolve().relative_to(root).as_posix()
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except DiffError:
        if rev == "HEAD" and not has_commits(root):  # a new repository, as `ropa init` leaves it: all is new
            (into / rel).mkdir(parents=True)
            return into / rel
        raise DiffError(f"`{rev}` is not a commit of the repository at {root}") from None
    target = into / rel if rel != "." else into
    target.mkdir(parents=True, exist_ok=True)  # a register that did not exist yet: everything in it is new
    _extract(root, target, [(sha, inside) for inside, sha in _files(root, rel, rev).items() if inside not in skip])
    return target


def _files(root: Path, rel: str, rev: str) -> dict[PurePosixPath, str]:
    """The register's files at ``rev`` (relative to the register) with their blob ids. The committed
    tree itself, blob by blob: `git archive` would honour export-ignore and other attributes in the
    register, which a pull request can set to hide a file from the comparison. Links and submodules are
    no register files (lint reports them in the working tree)."""
    return {
        inside: sha
        for mode, kind, sha, inside in _tree(root, rel, rev, rel)
        if kind == b"blob" and mode != b"120000" and _inside(inside)
    }


def _inside(path: PurePosixPath) -> bool:
    """Whether a tree entry's place is a file inside the register: not the register folder itself (a file
    where a later revision has the folder), not absolute, with no ".." (a crafted tree can hold such names,
    which git itself would refuse to check out)."""
    return bool(path.parts) and not path.is_absolute() and ".." not in path.parts


def _extract(root: Path, target: Path, blobs: list[tuple[str, PurePosixPath]]) -> None:
    """Write each blob at its place under ``target``."""
    if not blobs:
        return
    contents = _git_batch(root, [sha for sha, _ in blobs])
    for (_sha, inside), data in zip(blobs, contents, strict=True):
        path = target.joinpath(*inside.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


class _Extracted:
    """A folder that holds one revision of the register after another, writing and removing only the
    files in which the next differs from the last: the revisions a history compares share most files."""

    def __init__(self, root: Path, rel: str, into: Path):
        self.root = root
        self.target = into / rel if rel != "." else into
        self.target.mkdir(parents=True)
        self.files: dict[PurePosixPath, str] = {}

    def at(self, files: dict[PurePosixPath, str], skip: frozenset[PurePosixPath]) -> Path:
        wanted = {inside: sha for inside, sha in files.items() if inside not in skip}
        for inside in self.files.keys() - wanted.keys():
            self.target.joinpath(*inside.parts).unlink()
        changed = [(sha, inside) for inside, sha in wanted.items() if self.files.get(inside) != sha]
        for _sha, inside in changed:  # a new file rather than new bytes in the old one: lint's cache knows
            path = self.target.joinpath(*inside.parts)  # files by their status as well
            if path.is_dir() and not path.is_symlink():  # a folder in the last revision, a file in this one
                shutil.rmtree(path)
            path.unlink(missing_ok=True)
        _extract(self.root, self.target, changed)
        self.files = wanted
        return self.target


def _tree(root: Path, rel: str, rev: str, folder: str) -> list[tuple[bytes, bytes, str, PurePosixPath]]:
    """(mode, kind, blob id, place in the register) of everything under ``folder`` at ``rev``."""
    listing = _git(root, "ls-tree", "-r", "-z", "--full-tree", rev, "--", folder, binary=True)
    entries = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, name = entry.partition(b"\t")
        mode, kind, sha = meta.split(b" ")
        path = PurePosixPath(name.decode("utf-8", "surrogateescape"))
        entries.append((mode, kind, sha.decode(), path.relative_to(rel) if rel != "." else path))
    return entries


def _git_batch(root: Path, shas: list[str]) -> list[bytes]:
    """The contents of ``shas``, read by one `git cat-file --batch` (raw blobs: no filters applied)."""
    output = _git(root, "cat-file", "--batch", binary=True, data=("\n".join(shas) + "\n").encode())
    contents, at = [], 0
    for _ in shas:
        end = output.index(b"\n", at)
        header = output[at:end].split(b" ")
        size = int(header[2])
        contents.append(output[end + 1 : end + 1 + size])
        at = end + 1 + size + 1  # the blob, then a newline
    return contents


@dataclass
class Change:
    where: str  # the activity's name, or a kind of definition, or "organisation"
    text: str


@dataclass
class Changes:
    old: str
    new: str
    items: list[Change] = field(default_factory=list)

    def add(self, where: str, text: str) -> None:
        self.items.append(Change(where, text))


class _View:
    def __init__(self, register: Register, L: Language):
        self.L = L
        self.defs: dict[str, dict[Any, dict]] = {
            kind: {i: s.data for i, s in found.items()} for kind, found in register.definitions().items()
        }
        self.org = register.organisation.data if register.organisation and register.organisation.valid else {}

    def name(self, kind: str, ident: Any) -> str:
        item = self.defs[kind].get(ident) or {}
        if kind == "recipient":
            return recipient_name(self.L, item, ident)
        return self.L.text(item.get("name")) or ident


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


def _retention(say: _Say, value: Any) -> str:
    rules = [r for r in _as_list(value) if isinstance(r, dict)]
    return "; ".join(retention_phrase(say.words, say.L, r) for r in rules)


class _Say:
    """The diff's phrases, from the wording files (d.*), filled in as plain text."""

    def __init__(self, words: Words, L: Language):
        self.words, self.L = words, L

    def __call__(self, key: str, **values: Any) -> str:
        return self.words.fill(f"d.{key}", **values)


def compare(old: Register, new: Register, old_rev: str, new_rev: str, lang: str = "en") -> Changes:
    org = new.organisation.data if new.organisation and new.organisation.valid else {}
    default = org.get("language", "nl")
    code = jurisdiction(org)  # its labels: "UK adequacy regulations"
    L = Language(lang, default, jurisdiction=code)
    say = _Say(Words(lang, jurisdiction=code), L)
    a, b = _View(old, L), _View(new, L)
    changes = Changes(old_rev, new_rev)
    definitions, organisation = say("definitions"), say("organisation")
    for kind in ("purpose", "data-category", "data-subject", "measure"):
        label = say(f"kind.{kind}")
        for ident in sorted(set(b.defs[kind]) - set(a.defs[kind])):
            changes.add(definitions, say("new", what=label, name=b.name(kind, ident)))
        for ident in sorted(set(a.defs[kind]) - set(b.defs[kind])):
            changes.add(definitions, say("removed", what=label, name=a.name(kind, ident)))
    for ident in sorted(set(b.defs["recipient"]) - set(a.defs["recipient"])):
        item = b.defs["recipient"][ident]
        where = say("in_country", country=L.country(item["country"])) if item.get("country") else ""
        changes.add(
            definitions,
            say("new", what=L.label("recipient_kind", item.get("kind", "")), name=b.name("recipient", ident)) + where,
        )
    for ident in sorted(set(a.defs["recipient"]) - set(b.defs["recipient"])):
        changes.add(definitions, say("removed", what=say("kind.recipient"), name=a.name("recipient", ident)))
    for ident in sorted(set(a.defs["recipient"]) & set(b.defs["recipient"])):
        before, after = a.defs["recipient"][ident], b.defs["recipient"][ident]
        for key in ("country", "kind", "agreement"):
            if before.get(key) != after.get(key):
                changes.add(
                    definitions,
                    say(
                        "changed",
                        name=b.name("recipient", ident),
                        what=say(f"field.{key}"),
                        old=_short(L, say, key, before.get(key)),
                        new=_short(L, say, key, after.get(key)),
                    ),
                )
    for ident in sorted(set(b.defs["activity"]) - set(a.defs["activity"])):
        changes.add(b.name("activity", ident), say("activity_new"))
    for ident in sorted(set(a.defs["activity"]) - set(b.defs["activity"])):
        changes.add(a.name("activity", ident), say("activity_removed"))
    for ident in sorted(set(a.defs["activity"]) & set(b.defs["activity"])):
        _activity(changes, a, b, a.defs["activity"][ident], b.defs["activity"][ident], say)
    if b.org and not a.org:  # the first version of the register, as `ropa init` writes it
        changes.add(organisation, say("new", what=organisation, name=L.text(b.org.get("name")) or "-"))
        return changes
    for key in ("name", "email", "phone", "dpo", "kvk"):
        if a.org.get(key) != b.org.get(key):
            changes.add(organisation, say("org_changed", what=say(f"field.{key}")))
    before, after = (a.org.get("statement") or {}), (b.org.get("statement") or {})
    for key in ("version", "effective", "languages"):
        if before.get(key) != after.get(key):
            changes.add(
                organisation,
                say(
                    "changed",
                    name=say("statement"),
                    what=say(f"field.{key}"),
                    old=_listed(before.get(key)),
                    new=_listed(after.get(key)),
                ),
            )
    return changes


def _listed(value: Any) -> str:
    """A statement setting as plain text: a list joined, never Python's representation of it."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value) if value not in (None, "") else "-"


def _short(L: Language, say: Any, key: str, value: Any) -> str:
    if value in (None, ""):
        return say("none")
    if key == "country":
        return L.country(value)
    if key == "kind":
        return L.label("recipient_kind", value)
    if isinstance(value, dict):
        return str(value.get("reference") or say("recorded"))
    return str(value)


def _activity(changes: Changes, a: _View, b: _View, old: dict, new: dict, say: _Say) -> None:
    L = say.L
    where = b.name("activity", new["id"])
    if L.text(old.get("name")) != L.text(new.get("name")):
        changes.add(where, say("renamed", old=L.text(old.get("name"))))
    if old.get("role", "controller") != new.get("role", "controller"):
        changes.add(
            where,
            say(
                "changed",
                name=say("field.role"),
                what="",
                old=L.label("role", old.get("role", "controller")),
                new=L.label("role", new.get("role", "controller")),
            ).replace(" :", ":"),
        )
    old_p = {u.get("purpose"): u for u in _as_list(old.get("purposes")) if isinstance(u, dict)}
    new_p = {u.get("purpose"): u for u in _as_list(new.get("purposes")) if isinstance(u, dict)}
    basis = lambda u: ", ".join(L.label("legal_basis", x) for x in _as_list(u.get("basis"))) or say("no_basis")  # noqa: E731
    for p in [p for p in new_p if p not in old_p]:  # in the file's order: the same page at every build
        changes.add(where, say("purpose_new", name=b.name("purpose", p), basis=basis(new_p[p])))
    for p in [p for p in old_p if p not in new_p]:
        changes.add(where, say("removed", what=say("kind.purpose"), name=a.name("purpose", p)))
    for p in [p for p in new_p if p in old_p]:
        if basis(old_p[p]) != basis(new_p[p]):
            changes.add(
                where, say("basis_changed", name=b.name("purpose", p), old=basis(old_p[p]), new=basis(new_p[p]))
            )
    old_d = {d.get("category"): d for d in _as_list(old.get("data")) if isinstance(d, dict)}
    new_d = {d.get("category"): d for d in _as_list(new.get("data")) if isinstance(d, dict)}
    for c in [c for c in new_d if c not in old_d]:
        changes.add(
            where,
            say(
                "data_new",
                name=b.name("data-category", c),
                retention=_retention(say, new_d[c].get("retention")) or say("none"),
            ),
        )
    for c in [c for c in old_d if c not in new_d]:
        changes.add(where, say("removed", what=say("kind.data-category"), name=a.name("data-category", c)))
    for c in [c for c in new_d if c in old_d]:
        before, after = _retention(say, old_d[c].get("retention")), _retention(say, new_d[c].get("retention"))
        if before != after:
            changes.add(
                where,
                say(
                    "retention_changed",
                    name=b.name("data-category", c),
                    old=before or say("none"),
                    new=after or say("none"),
                ),
            )
    old_s, new_s = dict.fromkeys(_as_list(old.get("data_subjects"))), dict.fromkeys(_as_list(new.get("data_subjects")))
    for s in [s for s in new_s if s not in old_s]:
        changes.add(where, say("new", what=say("kind.data-subject"), name=b.name("data-subject", s)))
    for s in [s for s in old_s if s not in new_s]:
        changes.add(where, say("removed", what=say("kind.data-subject"), name=a.name("data-subject", s)))
    old_r = {r.get("recipient") for r in _as_list(old.get("recipients")) if isinstance(r, dict)}
    new_r = {r.get("recipient") for r in _as_list(new.get("recipients")) if isinstance(r, dict)}
    for r in sorted(new_r - old_r, key=str):
        item = b.defs["recipient"].get(r) or {}
        country = say("in_country", country=L.country(item["country"])) if item.get("country") else ""
        changes.add(
            where,
            say("new", what=L.label("recipient_kind", item.get("kind", "")), name=b.name("recipient", r)) + country,
        )
    for r in sorted(old_r - new_r, key=str):
        changes.add(where, say("removed", what=say("kind.recipient"), name=a.name("recipient", r)))

    def describe(t: dict, v: _View) -> str:
        return say(
            "transfer",
            country=L.country(t["country"]) if t.get("country") else say("unnamed_country"),
            recipient=v.name("recipient", t["recipient"]) if t.get("recipient") else say("no_recipient"),
            mechanisms=", ".join(L.label("mechanism", m) for m in _as_list(t.get("mechanisms"))) or say("no_mechanism"),
        )

    old_t = {describe(t, a) for t in _as_list(old.get("transfers")) if isinstance(t, dict)}
    new_t = {describe(t, b) for t in _as_list(new.get("transfers")) if isinstance(t, dict)}
    for t in sorted(new_t - old_t):
        changes.add(where, say("transfer_new", transfer=t))
    for t in sorted(old_t - new_t):
        changes.add(where, say("transfer_removed", transfer=t))
    for key, flag in (("dpia", "required"), ("automated_decisions", "present")):
        was = old[key].get(flag) if isinstance(old.get(key), dict) else None
        now = new[key].get(flag) if isinstance(new.get(key), dict) else None
        if bool(was) != bool(now):
            changes.add(
                where,
                say(
                    "flag_changed",
                    what=say(f"field.{key}"),
                    old=say("yes" if was else "no"),
                    new=say("yes" if now else "no"),
                ),
            )


def _activity_blobs(root: Path, rel: str, rev: str) -> dict[PurePosixPath, str] | None:
    """The activity files of the register at ``rev`` (relative to the register) with their blob ids;
    None where ``rev`` is no commit (lets :func:`checkout` say why)."""
    folder = f"{rel}/{ACTIVITY.subfolder}" if rel != "." else ACTIVITY.subfolder
    try:
        return {inside: sha for _, kind, sha, inside in _tree(root, rel, rev, folder) if kind == b"blob"}
    except DiffError:
        return None


def _same_activities(old: dict[PurePosixPath, str], new: dict[PurePosixPath, str]) -> frozenset[PurePosixPath]:
    """Activity files (places in the register, with their blob ids) at the same place with the same content
    in both revisions: whatever they say, they change nothing."""
    return frozenset(
        path for path, blob in old.items() if path.parts[:1] == (ACTIVITY.subfolder,) and new.get(path) == blob
    )


def _unchanged_activities(register: Path, old_rev: str, new_rev: str | None) -> frozenset[PurePosixPath]:
    """Activity files with the same content at the same place in both revisions (None: the working
    tree): whatever they say, they change nothing, so neither side needs to read them. The other files
    (organisation.yaml, the definitions that give activities their names) are read in full."""
    try:
        root = repo_root(register)
        rel = register.resolve().relative_to(root).as_posix()
        old = _activity_blobs(root, rel, old_rev)
        if old is None:
            return frozenset()
        if new_rev is not None:
            new = _activity_blobs(root, rel, new_rev) or {}
            return _same_activities(old, new)
        # the working tree: what git sees changed since old_rev, or not tracked at all
        folder = f"{rel}/{ACTIVITY.subfolder}" if rel != "." else ACTIVITY.subfolder
        changed = _git(root, "diff", "--name-only", "-z", "--no-renames", old_rev, "--", folder, binary=True)
        untracked = _git(root, "ls-files", "--others", "-z", "--", folder, binary=True)
        moved = {
            PurePosixPath(n.decode("utf-8", "surrogateescape")) for n in (changed + b"\0" + untracked).split(b"\0") if n
        }
        moved = {p.relative_to(rel) if rel != "." else p for p in moved}
        return frozenset(path for path in old if path not in moved)
    except (DiffError, ValueError, OSError, subprocess.SubprocessError):
        return frozenset()  # compare everything


_FEW = 300


def diff(register: Path, old_rev: str, new_rev: str | None, lang: str = "en") -> Changes:
    """Changes between ``old_rev`` and ``new_rev`` (None: the working tree), told in ``lang``."""
    # Activities that are the same in both revisions are not read at all; the other files are read
    # through the register's lint cache, which is keyed on content, so that only what lint has not
    # seen is parsed. Nothing is written to it.
    same = _unchanged_activities(register, old_rev, new_rev)
    # loading the cache costs more than parsing a few hundred files: used where many are to be read
    many = sum(1 for _ in register.rglob("*.y*ml")) - len(same) > _FEW
    cache = FileCache(register, enabled=many, readonly=True)
    with tempfile.TemporaryDirectory(prefix="ropa-diff-") as tmp:
        old = read_register(checkout(register, old_rev, Path(tmp) / "old", same), cache=cache)
        if new_rev is None and not same:
            new = read_register(register, cache=cache)
        elif new_rev is None:
            new = read_register(_working_tree(register, Path(tmp) / "new", same), cache=cache)
        else:
            new = read_register(checkout(register, new_rev, Path(tmp) / "new", same), cache=cache)
        for side, read in ((old_rev, old), (new_rev or "the working tree", new)):
            broken = [
                p
                for p in read.problems
                if p.level == "error" and p.rule not in ("register-organisation", "register-git-control")
            ]  # lint reports those
            if broken:  # a file that cannot be read would otherwise look removed
                raise DiffRefused(side, broken)
        return compare(old, new, old_rev, new_rev or "working tree", lang)


def _working_tree(register: Path, into: Path, skip: frozenset[PurePosixPath]) -> Path:
    """A copy of the register's working tree without the files in ``skip``, or the register itself
    where it holds anything but plain files and folders (lint has its say on links)."""
    files = []
    for path in register.rglob("*"):
        inside = PurePosixPath(path.relative_to(register).as_posix())
        if inside.parts[0] == ".git":
            continue
        if path.is_symlink():
            return register
        if path.is_file() and inside not in skip:
            files.append((path, into.joinpath(*inside.parts)))
    into.mkdir(parents=True)
    for path, target in files:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return into


@dataclass
class Revision:
    commit: str
    date: str
    subject: str
    changes: Changes


def history(register: Path, limit: int = 15, lang: str = "en") -> list[Revision] | None:
    """The register's last ``limit`` commits with what each changed, newest first; None outside git."""
    told = histories(register, [lang], limit)
    return None if told is None else told[lang]


def histories(register: Path, langs: list[str], limit: int = 15) -> dict[str, list[Revision]] | None:
    """:func:`history` told in each of ``langs``. Each commit is compared with its (first) parent as
    ``ropa diff`` compares them: activities the commit did not touch are not read on either side, the
    other files are read through the register's lint cache (read only, so that reading old revisions
    does not push the current files out of it), and each revision is written out only where it differs
    from the one read before it. A commit never changes, so the last answer is kept for as long as the
    process runs (``ropa serve`` asks again after every edit)."""
    try:
        root = repo_root(register)
        rel = register.resolve().relative_to(root).as_posix()
        # one record per commit, ended by NUL: a subject may hold any other separator of lines; the tree
        # (%T) keys the kept answer on what each commit holds, not only on its name
        log = _git(root, "log", "-z", f"-n{limit}", "--format=%H%x09%P%x09%T%x09%cs%x09%s", "--", rel)
    except (DiffError, ValueError, OSError, subprocess.SubprocessError):
        return None
    entries = [record.split("\t", 4) for record in log.split("\0") if record.strip()]
    key = (str(root), rel, tuple(tuple(e) for e in entries), tuple(langs))
    if _told and _told[0] == key:
        return {lang: list(revisions) for lang, revisions in _told[1].items()}
    revisions: dict[str, list[Revision]] = {lang: [] for lang in langs}
    cache = FileCache(register, readonly=True)
    listed: dict[str, dict[PurePosixPath, str]] = {}

    def files(commit: str | None) -> dict[PurePosixPath, str]:
        if not commit:  # the parent of the first commit: an empty register
            return {}
        if commit not in listed:
            listed.clear()  # a history goes back one commit at a time: the last listing is all that returns
            try:
                listed[commit] = _files(root, rel, commit)
            except DiffError:  # not in this clone (a shallow one): as before the first commit
                listed[commit] = {}
        return listed[commit]

    with tempfile.TemporaryDirectory(prefix="ropa-history-") as tmp:
        old_side, new_side = _Extracted(root, rel, Path(tmp) / "old"), _Extracted(root, rel, Path(tmp) / "new")
        for sha, parents, _tree_id, when, subject in entries:
            new, old = files(sha), files(parents.split(" ")[0])
            same = _same_activities(old, new)
            current = read_register(new_side.at(new, same), cache=cache)
            parent = read_register(old_side.at(old, same), cache=cache)
            for lang in langs:
                revisions[lang].append(
                    Revision(sha, when, subject, compare(parent, current, f"{sha[:12]}~1", sha[:12], lang))
                )
    _told[:] = [key, revisions]
    return {lang: list(told) for lang, told in revisions.items()}


_told: list = []  # histories' last question and answer


def render(changes: Changes, markdown: bool) -> str:
    if not changes.items:
        return (
            f"### Register changes {changes.old}..{changes.new}\n\nNo changes.\n"
            if markdown
            else f"no changes in the register between {changes.old} and {changes.new}\n"
        )
    groups: dict[str, list[str]] = {}
    for item in changes.items:
        groups.setdefault(item.where, []).append(item.text)
    if markdown:
        lines = [f"### Register changes {changes.old}..{changes.new}", ""]
        for where, texts in groups.items():
            lines.append(f"- **{_md(where)}**: " + "; ".join(_md(t) for t in texts))
        return "\n".join(lines) + "\n"
    return "".join(f"{where}: {'; '.join(texts)}\n" for where, texts in groups.items())


def _md(text: str) -> str:
    from .report import md_text

    return md_text(text)
