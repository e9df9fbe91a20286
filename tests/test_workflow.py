"""The git workflow around a register: ropa init, ropa new, ropa diff, the CI templates and the
pre-commit hook, exercised as a user would, in a real git repository."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT, build_case
from ropa.cli import main
from ropa.lint import lint

ROPA = shutil.which("ropa", path=str(Path(sys.executable).parent))


def invoke(*args: str, cwd: Path | None = None):
    return CliRunner().invoke(main, list(args))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.email=ci@example.invalid", "-c", "user.name=CI", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture
def repo(tmp_path):
    target = tmp_path / "repo"
    result = invoke(
        "init",
        str(target),
        "--name",
        "Voorbeeld B.V.",
        "--email",
        "privacy@voorbeeld.example",
        "--kvk",
        "12345678",
        "--ropa-spec",
        str(ROOT),
    )
    assert result.exit_code == 0, result.output
    assert (target / ".git").is_dir()  # ropa init made the repository
    git(target, "add", "-A")
    git(target, "commit", "-qm", "init")
    return target


@pytest.fixture
def identity(monkeypatch):
    """A git author, as a developer's machine has one (a clean CI machine may not)."""
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "CI")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "ci@example.invalid")


def test_init_leads_to_lint_build_and_diff_without_a_commit(tmp_path, monkeypatch):
    """What init prints as the next step works at once, and so does `ropa diff` before any commit."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))  # no init.defaultBranch
    result = invoke("init", str(tmp_path / "demo"), "--name", "Demo B.V.", "--email", "privacy@demo.example")
    assert result.exit_code == 0, result.output
    assert "next: cd" in result.stderr and "ropa lint && ropa build" in result.stderr
    monkeypatch.chdir(tmp_path / "demo")
    assert git(Path("."), "symbolic-ref", "HEAD").strip() == "refs/heads/main"  # as GitHub and GitLab name it
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], capture_output=True).returncode != 0
    assert invoke("lint", "--strict").exit_code == 0
    assert invoke("build").exit_code == 0
    diff = invoke("diff")
    assert diff.exit_code == 0, diff.output
    assert diff.stdout == "organisation: new organisation Demo B.V.\n"
    assert invoke("diff", "no-such-revision").exit_code == 2  # only an unborn HEAD counts as empty


def test_init_with_commit_makes_the_first_commit(tmp_path, identity):
    result = invoke(
        "init", str(tmp_path / "demo"), "--name", "Demo B.V.", "--email", "privacy@demo.example", "--commit"
    )
    assert result.exit_code == 0, result.output
    repo = tmp_path / "demo"
    assert git(repo, "log", "--format=%s").strip() == "Start the register of processing activities"
    assert git(repo, "status", "--porcelain").strip() == ""  # everything it wrote is in the commit
    assert "register/organisation.yaml" in git(repo, "ls-files")


def test_init_accepts_a_folder_that_holds_only_an_empty_git_repository(tmp_path, identity):
    folder = tmp_path / "repo"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "trunk")
    result = invoke("init", str(folder), "--name", "Demo B.V.", "--email", "privacy@demo.example")
    assert result.exit_code == 0, result.output
    assert git(folder, "symbolic-ref", "HEAD").strip() == "refs/heads/trunk"  # the user's branch is kept
    # ... but not one with history: its files would be the user's
    used = tmp_path / "used"
    used.mkdir()
    git(used, "init", "-q")
    git(used, "commit", "-q", "--allow-empty", "-m", "first")
    refused = invoke("init", str(used), "--name", "Demo B.V.", "--email", "privacy@demo.example")
    assert refused.exit_code == 1 and "without commits" in refused.stderr


def test_init_inside_another_repository_adds_files_to_it(tmp_path, identity):
    """A register kept beside the code that uses it: no repository nested inside the existing one."""
    app = tmp_path / "app"
    app.mkdir()
    git(app, "init", "-q")
    git(app, "commit", "-q", "--allow-empty", "-m", "app")
    result = invoke("init", str(app / "privacy"), "--name", "Demo B.V.", "--email", "privacy@demo.example")
    assert result.exit_code == 0, result.output
    assert not (app / "privacy" / ".git").exists()
    assert "privacy/register/organisation.yaml" in git(app, "status", "--porcelain", "--untracked-files=all")
    refused = invoke("init", str(app / "other"), "--name", "Demo B.V.", "--email", "privacy@demo.example", "--commit")
    assert refused.exit_code == 1 and "inside the git repository" in refused.stderr
    assert not (app / "other").exists() and git(app, "log", "--format=%s").strip() == "app"


def test_init_asks_for_the_contact_details_it_needs(tmp_path):
    missing = invoke("init", str(tmp_path / "a"), "--name", "Demo B.V.")
    assert missing.exit_code == 2 and "--email" in missing.stderr and "Art. 13(1)(a)" in missing.stderr
    wrong = invoke("init", str(tmp_path / "b"), "--name", "Demo B.V.", "--email", "privacy at demo")
    assert wrong.exit_code == 2 and "not an e-mail address" in wrong.stderr
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_init_without_git_says_so_after_writing_the_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    result = invoke("init", str(tmp_path / "demo"), "--name", "Demo B.V.", "--email", "privacy@demo.example")
    assert result.exit_code == 1 and "git is not installed" in result.stderr
    assert (tmp_path / "demo" / "register" / "organisation.yaml").is_file()


def test_new_activity_invents_nothing(repo):
    result = invoke("new", "activity", "sollicitaties", "--register", str(repo / "register"), "--name", "Sollicitaties")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((repo / "register" / "activities" / "sollicitaties.yaml").read_text())
    assert "recipients" not in data and "review" not in data and "sources" not in data
    rules = {p.rule for p in lint(repo / "register", use_cache=False).problems}
    # no sources invented; lint asks for them only where others may give the data (source-missing)
    assert {"recipients-not-stated", "review-missing", "activity-no-purpose"} <= rules
    refused = invoke("new", "recipient", "ats", "--register", str(repo / "register"), "--name", "ATS")
    assert refused.exit_code == 2 and "--recipient-kind" in refused.stderr


def test_init_makes_a_register_that_lints_and_builds(repo, monkeypatch):
    for path in (
        ".github/workflows/ropa.yml",
        ".gitlab-ci.yml",
        ".pre-commit-config.yaml",
        ".vscode/settings.json",
        "mkdocs.yml",
        "schema/activity.schema.json",
        "register/organisation.yaml",
    ):
        assert (repo / path).is_file(), path
    result = lint(repo / "register", use_cache=False)
    assert result.problems == [] and result.exit_code(strict=True) == 0
    monkeypatch.chdir(repo)
    assert invoke("build", "register", "--out", "site").exit_code == 0
    assert (repo / "site" / "public" / "index.html").is_file()


def test_init_never_overwrites(repo):
    result = invoke("init", str(repo), "--name", "Ander B.V.", "--email", "privacy@ander.example")
    assert result.exit_code == 1 and "not empty" in result.stderr


def test_new_scaffolds_valid_files_and_never_overwrites(repo):
    register = str(repo / "register")
    for kind, ident in (
        ("purpose", "werving"),
        ("data-category", "cv"),
        ("data-subject", "sollicitanten"),
        ("recipient", "ats"),
        ("measure", "versleuteling"),
        ("activity", "sollicitaties"),
    ):
        extra = ["--recipient-kind", "processor"] if kind == "recipient" else []
        result = invoke("new", kind, ident, "--register", register, "--name", ident.capitalize(), *extra)
        assert result.exit_code == 0, result.output
        path = next((repo / "register").rglob(f"{ident}.yaml"))
        assert path.read_text().startswith("# yaml-language-server: $schema=../../schema/")
    assert lint(repo / "register", use_cache=False).structural_errors == []
    again = invoke("new", "purpose", "werving", "--register", register, "--name", "Anders")
    assert again.exit_code == 1 and "never overwrites" in again.stderr
    assert "Werving" in (repo / "register" / "purposes" / "werving.yaml").read_text()
    assert invoke("new", "purpose", "Not An Id", "--register", register).exit_code == 2


def _schemas() -> dict[str, dict]:
    """The JSON Schemas in schema/, by file name."""
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in (ROOT / "schema").glob("*.schema.json")}


def test_ropa_checks_ids_and_addresses_as_the_schemas_do():
    """ropa's own id and e-mail patterns are the schemas' (schema/src/common.yaml writes them once), so
    that `ropa new` and `ropa init` accept what lint accepts and nothing else."""
    from ropa.kinds import ID_PATTERN, RECIPIENT_KINDS, is_id
    from ropa.scaffold import EMAIL_PATTERN, is_email

    schemas = _schemas()
    assert len(schemas) == 7
    assert {schema["$defs"]["id"]["pattern"] for schema in schemas.values()} == {ID_PATTERN}
    emails = {schema["$defs"]["email"]["pattern"] for schema in schemas.values() if "email" in schema["$defs"]}
    assert emails == {EMAIL_PATTERN}
    common = yaml.safe_load((ROOT / "schema" / "src" / "common.yaml").read_text(encoding="utf-8"))["$defs"]
    assert (common["id"]["pattern"], common["email"]["pattern"]) == (ID_PATTERN, EMAIL_PATTERN)
    offered = set(schemas["recipient.schema.json"]["properties"]["kind"]["enum"]) - {"controller", "chain-partner"}
    assert set(RECIPIENT_KINDS) == offered
    for ident, valid in (
        ("werving", True),
        ("cv_2024", True),
        ("a-b_c", True),
        ("Werving", False),
        ("a--b", False),
        ("-a", False),
        ("a_", False),
        ("werving\n", False),
        ("", False),
    ):
        assert is_id(ident) is valid, ident
    assert is_email("privacy@voorbeeld.nl") and not is_email("privacy@voorbeeld") and not is_email("a b@c.nl")


def test_new_writes_only_the_options_of_its_kind():
    from ropa.scaffold import new_definition

    options = {"name": None, "description": None, "recipient_kind": "processor", "country": "us", "owner": "HR"}
    assert new_definition("recipient", "mailchimp", **options) == {
        "id": "mailchimp",
        "kind": "processor",
        "category": "mailchimp",
        "country": "US",
    }
    assert new_definition("activity", "werving-en-selectie", **options) == {
        "id": "werving-en-selectie",
        "name": "Werving en selectie",
        "role": "controller",
        "data_subjects": [],
        "purposes": [],
        "data": [],
        "owner": "HR",
    }
    assert new_definition("purpose", "werving", **options) == {"id": "werving", "name": "Werving"}


def test_diff_tells_what_changed(tmp_path):
    repo = tmp_path / "r"
    build_case("_base", repo / "register")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    activity = repo / "register" / "activities" / "klantenservice.yaml"
    text = activity.read_text().replace("period: P2Y", "period: P5Y")
    text = text.replace(
        "recipients:\n  - recipient: crm-leverancier",
        "recipients:\n  - recipient: crm-leverancier\n  - recipient: mailer",
    )
    text = text.replace(
        "transfers: []", "transfers:\n  - {recipient: mailer, country: US, mechanisms: [scc], assessment: TIA, copy: x}"
    )
    activity.write_text(text)
    (repo / "register" / "recipients" / "mailer.yaml").write_text(
        "id: mailer\nkind: processor\nname: Mailer Inc.\ncategory: Nieuwsbriefdienst\ncountry: US\nagreement: VO-2\n"
    )
    working = invoke("diff", "--register", str(repo / "register")).stdout
    assert (
        "Customer service: retention of Contactgegevens: 2 years after the end of the contract -> 5 years after"
        in working
    )
    assert "new processor Mailer Inc. (Nieuwsbriefdienst) in United States" in working
    assert (
        "new transfer to United States (Mailer Inc. (Nieuwsbriefdienst)) under standard contractual clauses" in working
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "change")
    markdown = invoke("diff", "HEAD~1", "HEAD", "--register", str(repo / "register"), "--format", "markdown").stdout
    assert markdown.startswith("### Register changes HEAD~1..HEAD") and "- **Customer service**:" in markdown
    assert (
        "No changes"
        in invoke("diff", "HEAD", "HEAD", "--register", str(repo / "register"), "--format", "markdown").stdout
    )
    assert invoke("diff", "no-such-revision", "--register", str(repo / "register")).exit_code == 2
    # The internal site's change log tells the same story, commit by commit.
    from ropa.site.build import build

    build(repo / "register", tmp_path / "site", use_cache=False)
    changes = (tmp_path / "site" / "internal" / "changes.html").read_text(encoding="utf-8")
    assert "bewaartermijn van Contactgegevens: 2 jaar na het einde van de overeenkomst -&gt; 5 jaar" in changes
    assert changes.index("· change") < changes.index("· base") and "nieuwe verwerking" in changes
    dutch = invoke("diff", "HEAD~1", "HEAD", "--register", str(repo / "register"), "--lang", "nl").stdout
    assert "Klantenservice: bewaartermijn van Contactgegevens: 2 jaar" in dutch
    assert (
        "nieuwe doorgifte naar Verenigde Staten (Mailer Inc. (Nieuwsbriefdienst)) op grond van standaardcontractbepalingen"
        in dutch
    )


def test_history_tells_each_commit_as_diff_does_and_writes_out_only_what_changed(tmp_path, monkeypatch):
    """The internal register's change log: each commit against its parent, as `ropa diff` tells it, with
    only the files in which one revision differs from the one read before it written out (at 1,000
    activities and 15 commits, every revision in full took 15-25 s, on every `ropa serve` refresh)."""
    from ropa import diff as diffing

    repo = tmp_path / "r"
    build_case("_base", repo / "register")
    register = repo / "register"
    (register / "notes").write_text("a file\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    git(repo, "rm", "-q", str(register / "notes"))  # a file in one revision, a folder in the next
    (register / "notes").mkdir()
    (register / "notes" / "a.txt").write_text("now a folder\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "notes")
    activities = sorted((register / "activities").glob("*.yaml"))
    first = activities[0]
    first.write_text(first.read_text().replace("period: P2Y", "period: P5Y"))
    git(repo, "commit", "-qam", "longer")
    copy = register / "activities" / "kopie.yaml"
    copy.write_text(re.sub(r"(?m)^id: .*$", "id: kopie", first.read_text(), count=1))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "added")
    (register / "README.md").write_text("no register file\n")  # a commit that changes no activity
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "readme")
    git(repo, "rm", "-q", str(activities[-1]))
    git(repo, "commit", "-qm", "removed")
    written: list[int] = []
    real = diffing._extract
    monkeypatch.setattr(
        diffing, "_extract", lambda root, target, blobs: (written.append(len(blobs)), real(root, target, blobs))
    )
    monkeypatch.setattr(diffing, "_told", [])
    told = diffing.histories(register, ["en", "nl"])
    assert told is not None
    extracted = sum(written)
    subjects = [r.subject for r in told["en"]]
    assert subjects == ["removed", "readme", "added", "longer", "notes", "base"]
    for lang in ("en", "nl"):
        for revision in told[lang]:
            rev = revision.commit
            expected = diffing.diff(register, f"{rev}~1", rev, lang) if revision.subject != "base" else None
            if expected is not None:
                assert [(c.where, c.text) for c in revision.changes.items] == [
                    (c.where, c.text) for c in expected.items
                ]
    texts = {r.subject: [c.text for c in r.changes.items] for r in told["en"]}
    assert texts["removed"] == ["processing activity removed"] and texts["added"] == ["new processing activity"]
    assert texts["readme"] == texts["notes"] == [] and any("5 years" in t for t in texts["longer"])
    assert len(texts["base"]) > len(activities)  # the first commit: everything is new
    files = sum(1 for p in register.rglob("*") if p.is_file())
    # both sides once in full (the newest commit and its parent), then a file or two per commit; every
    # revision in full would be six times the register
    assert extracted <= 2 * files + 2 * 6, (written, files)
    # asked again with nothing committed (a refresh of `ropa serve`): the same answer, nothing read
    monkeypatch.setattr(diffing, "_git_batch", lambda root, shas: pytest.fail("read again"))
    assert diffing.histories(register, ["en", "nl"]) == told
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")  # a commit outside the register: still the same
    assert diffing.histories(register, ["en", "nl"]) == told


def test_history_writes_nothing_outside_its_folder_and_survives_odd_commits(tmp_path, monkeypatch):
    """A pull request controls the commits: a crafted tree with an absolute file name (git would refuse to
    check it out, but a server may accept the push), a register folder that was a file before, subjects
    with separators of lines that forge an entry. The change log writes nothing outside its temporary
    folder, leaves such entries out and tells the commits as they are."""
    from ropa import diff as diffing

    monkeypatch.setattr(diffing, "_told", [])
    repo = tmp_path / "r"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "register").write_text("a file first\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "register was a file")
    (repo / "register").unlink()
    build_case("_base", repo / "register")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "the register \u2028 with\x1cforged\t\t2020-01-01\tApproved by the DPO")
    told = diffing.histories(repo / "register", ["en"])
    assert told is not None
    assert [r.subject for r in told["en"]] == [
        "the register \u2028 with\x1cforged\t\t2020-01-01\tApproved by the DPO",
        "register was a file",
    ]
    # the register at the repository's root, and a commit whose tree names a file by an absolute path
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    root = tmp_path / "root"
    build_case("_base", root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")

    def run(*args: str, data: bytes | None = None) -> bytes:
        return subprocess.run(["git", "-C", str(root), *args], input=data, capture_output=True, check=True).stdout

    blob = run("hash-object", "-w", "--stdin", data=b"attacker's bytes\n").strip()
    listing = run("ls-tree", "HEAD")  # the commit's own entries, and one more
    entries = b"".join(
        f"{meta.split()[0].decode()} {name.decode()}".encode() + b"\0" + bytes.fromhex(meta.split()[2].decode())
        for meta, name in (line.split(b"\t", 1) for line in listing.splitlines())
    )
    crafted = entries + b"100644 " + str(victim).encode() + b"\0" + bytes.fromhex(blob.decode())
    tree = run("hash-object", "-t", "tree", "--literally", "-w", "--stdin", data=crafted).strip().decode()
    parent = run("rev-parse", "HEAD").strip().decode()
    commit = run("commit-tree", tree, "-p", parent, "-m", "crafted", data=b"").strip().decode()
    run("update-ref", "refs/heads/main", commit)
    git(root, "commit", "-q", "--allow-empty", "-m", "after")
    told = diffing.histories(root, ["en"])
    assert told is not None and [r.subject for r in told["en"]][:2] == ["after", "crafted"]
    assert victim.read_text() == "precious\n"
    assert diffing.checkout(root, commit, tmp_path / "out").is_dir() and victim.read_text() == "precious\n"


def _runs(commands: list[str]) -> list[str]:
    """The `ropa ...` commands of a CI script, with CI variables replaced by local values."""
    out = []
    for command in commands:
        for line in command.splitlines():
            line = line.strip()
            for found in re.findall(r"(ropa (?:lint|build|diff)[^|>;&]*)", line):
                found = re.sub(r'"?\$\{\{[^}]*\}\}"?|"?\$CI_MERGE_REQUEST_DIFF_BASE_SHA"?', "HEAD", found)
                out.append(found.strip())
    return out


def test_github_workflow_parses_and_its_commands_run(repo):
    workflow = yaml.safe_load((repo / ".github" / "workflows" / "ropa.yml").read_text())
    assert set(workflow["jobs"]) == {"lint", "publish"}
    assert workflow["jobs"]["publish"]["needs"] == "lint"
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = {s["uses"].split("@")[0] for s in steps if "uses" in s}
    assert {
        "actions/checkout",
        "actions/setup-python",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "actions/upload-artifact",
    } <= uses
    assert any(f'pip install "{ROOT}"' in s.get("run", "") for s in steps)
    # each job keeps ropa's cache where ropa looks for it when nothing else is set
    cached = [s["with"]["path"] for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert len(cached) == len(workflow["jobs"]) and set(cached) == {"~/.cache/ropa"}
    assert str(_default_cache_dir()).endswith("/.cache/ropa")
    commands = _runs([s["run"] for s in steps if "run" in s])
    assert any(c.startswith("ropa lint") for c in commands) and any(c.startswith("ropa diff") for c in commands)
    assert any(c.startswith("ropa build") for c in commands)
    for command in commands:
        result = subprocess.run(
            [ROPA, *shlex.split(command)[1:]], cwd=repo, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    assert (repo / "site" / "public" / "index.html").is_file()


def _default_cache_dir():
    """Where ropa keeps its cache with neither ROPA_CACHE_DIR nor XDG_CACHE_HOME set."""
    from ropa.cache import cache_dir

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("ROPA_CACHE_DIR", raising=False)
        patch.delenv("XDG_CACHE_HOME", raising=False)
        patch.setenv("HOME", "/home/runner")
        return cache_dir()


def test_gitlab_ci_parses_and_its_commands_run(repo):
    pipeline = yaml.safe_load((repo / ".gitlab-ci.yml").read_text())
    cache = pipeline["variables"]["ROPA_CACHE_DIR"]
    assert cache == "$CI_PROJECT_DIR/.ropa-cache" and pipeline["cache"]["paths"] == [".ropa-cache/"]
    assert pipeline["lint"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert pipeline["pages"]["artifacts"]["paths"][0] == "public"
    commands = _runs(pipeline["lint"]["script"] + pipeline["pages"]["script"])
    assert any("--format gitlab" in c for c in commands)
    for command in commands:
        result = subprocess.run(
            [ROPA, *shlex.split(command)[1:]], cwd=repo, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, (command, result.stderr)


def test_pre_commit_hooks_lint_the_whole_register():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    [hook] = hooks
    assert hook["id"] == "ropa-lint" and hook["entry"] == "ropa lint" and hook["pass_filenames"] is False
    result = subprocess.run(
        [ROPA, *shlex.split(hook["entry"])[1:], *hook["args"]], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_this_repository_uses_its_own_workflow():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ropa.yml").read_text())
    commands = _runs([s["run"] for job in workflow["jobs"].values() for s in job["steps"] if "run" in s])
    assert "ropa lint register" in commands and any(c.startswith("ropa build register") for c in commands)


def test_diff_tells_changes_in_the_files_order_whatever_the_hash_seed(tmp_path):
    """What changed within an activity is told in the order of its file, not of a set of strings,
    whose order Python changes from process to process (the internal register's change log is built
    again at every build, and must come out the same)."""
    repo = tmp_path / "r"
    register = build_case("_base", repo / "register")
    names = [f"soort-{n}" for n in range(8)]
    for name in names:
        (register / "data-categories" / f"{name}.yaml").write_text(f"id: {name}\nname: Soort {name}\n")
        (register / "data-subjects" / f"{name}.yaml").write_text(f"id: {name}\nname: Groep {name}\n")
    activity = register / "activities" / "klantenservice.yaml"
    uses = "".join(f"  - category: {name}\n    retention: {{period: P2Y, after: end-of-contract}}\n" for name in names)
    text = activity.read_text().replace("data:\n", "data:\n" + uses)
    activity.write_text(text)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    text = text.replace("period: P2Y", "period: P3Y").replace(
        "data_subjects: [klanten]", f"data_subjects: [{', '.join(names)}]"
    )
    activity.write_text(text)
    git(repo, "commit", "-qam", "change")
    told = {
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from ropa.cli import run; run()",
                "diff",
                "HEAD~1",
                "HEAD",
                "--register",
                str(register),
            ],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert len(told) == 1
    [said] = told
    places = [said.index(f"Soort {name}") for name in names] + [said.index(f"Groep {name}") for name in names]
    assert places[:8] == sorted(places[:8]) and places[8:] == sorted(places[8:])


def test_diff_reads_only_what_changed_and_tells_the_same(tmp_path, monkeypatch):
    """Unchanged activities are not read; what diff tells is what reading both whole trees tells,
    for commits and for the working tree with a changed, a new untracked, a removed and a moved file."""
    import ropa.diff as diffing

    repo = tmp_path / "r"
    shutil.copytree(ROOT / "examples" / "interconnect", repo / "register")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    activities = sorted((repo / "register" / "activities").glob("*.yaml"))
    changed = yaml.safe_load(activities[0].read_text())
    changed["name"] = "Anders"
    activities[0].write_text(yaml.safe_dump(changed, allow_unicode=True, sort_keys=False))
    (repo / "register" / "activities" / "nieuw.yaml").write_text(
        activities[1].read_text().replace(f"id: {activities[1].stem}", "id: nieuw")
    )
    activities[2].unlink()
    activities[3].rename(activities[3].with_name("verplaatst.yaml"))
    (repo / "register" / "purposes" / "extra.yaml").write_text("id: extra\nname: Extra\n")

    def both(old, new):
        fast = diffing.render(diffing.diff(repo / "register", old, new), markdown=False)
        with monkeypatch.context() as m:
            m.setattr(diffing, "_unchanged_activities", lambda *a: frozenset())
            whole = diffing.render(diffing.diff(repo / "register", old, new), markdown=False)
        assert fast == whole
        return fast

    read = []
    real = diffing.read_register
    monkeypatch.setattr(
        diffing,
        "read_register",
        lambda path, **k: read.append(len(list((path / "activities").glob("*.yaml")))) or real(path, **k),
    )
    working = both("HEAD", None)
    assert "Anders" in working and "extra" in working.lower()
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "change")
    assert both("HEAD~1", "HEAD") == working.replace("working tree", "HEAD")
    assert both("HEAD", "HEAD") == both("HEAD", None).replace("working tree", "HEAD")
    # the first reading, of HEAD against the working tree: only the changed, removed and moved file
    assert read[0] == 3 and len(activities) > 6
